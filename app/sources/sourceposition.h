#pragma once

#include <QByteArrayView>
#include <QString>

namespace qad {

// How many bytes before a checkpoint its digest covers: enough that a rewritten file is told from the one
// read, little enough to hash for every batch and to read back at a start.
inline constexpr qint64 kSourceDigestBytes = 4096;

// Where reading a source stopped: saved in the same transaction as what the lines before it produced, per
// source and destination, so a restart neither loses nor re-reads lines (SPEC §4).
struct SourcePosition
{
    QString source; // absolute path; "-" for standard input (never checkpointed)
    quint64 inode = 0; // the file's identity, to notice rotation while we were stopped
    qint64 offset = 0; // bytes consumed
    qint64 line = 0; // lines consumed
    // sourceDigest() of the last kSourceDigestBytes bytes before `offset` (all of them when fewer), to notice
    // a file rewritten in place while we were stopped (`export > same.ndjson`: same inode, as long or longer,
    // other bytes). 0: unknown (a checkpoint saved before there were digests), and nothing is compared.
    quint64 digest = 0;
};

// The first 64 bits of the SHA-1 of `bytes`, never 0 (0 is "unknown"). Stable across runs, machines and Qt
// versions, which qHash is not (seeded, and hardware-dependent).
quint64 sourceDigest(QByteArrayView bytes);

} // namespace qad
