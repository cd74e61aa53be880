#pragma once

#include <QString>

namespace qad {

// Where reading a source stopped: saved in the same transaction as what the lines before it produced, per
// source and destination, so a restart neither loses nor re-reads lines (SPEC §4).
struct SourcePosition
{
    QString source; // absolute path; "-" for standard input (never checkpointed)
    quint64 inode = 0; // the file's identity, to notice rotation while we were stopped
    qint64 offset = 0; // bytes consumed
    qint64 line = 0; // lines consumed
};

} // namespace qad
