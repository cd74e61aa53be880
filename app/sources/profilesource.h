#pragma once

#include "common/error.h"
#include "sources/sourceposition.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>

namespace qad {

// One profile document cut out of a source, with where it came from and where reading stands after it.
struct SourceRecord
{
    QByteArray bytes; // one NDJSON line (without the newline) or one JSON-array element
    qint64 line = 0; // 1-based line where the record starts
    SourcePosition after; // the checkpoint that covers this record. Its digest is set on the last record
                          // read() returns (the one a checkpoint is saved from), not always on the others:
                          // hashing every record would cost for nothing
    QString error; // set when the source itself rejects the record (e.g. a line over 1 MiB); bytes then hold
                   // only an excerpt
    // The first record since the source started reading a stream from its byte 0 (opened, rotated, truncated
    // or rewritten in place; not resumed at a checkpoint): checkpoints saved before it describe other bytes,
    // whatever its offset. Offsets alone cannot tell: a file rewritten to the same length gives its first
    // record the offset of the last one read, and two records of one reading can share a checkpoint (`}{`
    // in an array: the missing comma's reject is where the element before it ends).
    bool startsOver = false;
};

// What ProfileSource::resume() did with a checkpoint.
enum class Resumed {
    AtCheckpoint, // reading goes on right after it
    FromStart, // the file was replaced, truncated or rewritten in place since: all of it is read
};

// A stream of profile documents: an NDJSON file, a JSON-array file, standard input, or a named pipe or device
// (SPEC §4). Reading never blocks: read() returns what is available now. Used from one thread.
class ProfileSource
{
public:
    virtual ~ProfileSource() = default;

    // "-" for standard input, else the absolute path (a named pipe's too).
    virtual QString name() const = 0;
    // Up to `max` complete records available now (fewer, or none, is normal while following).
    virtual QList<SourceRecord> read(int max) = 0;
    // True once a source that is not followed is exhausted (and stays so).
    virtual bool atEnd() const = 0;
    // Continue after a checkpoint. A file that was truncated below the offset, or rewritten in place (the
    // bytes before the offset are not those of the checkpoint's digest) since is read from its start; the
    // last is told by takeNotice(). One rotated since (another file at the path) is looked for beside it: the
    // rest of it is read first, then the files rotated after it, whole, oldest first (those that cannot be
    // read, such as compressed ones, told by takeNotice()), then the file at the path from its start; when it
    // is not found, the file at the path is read from its start and takeNotice() says what could not be
    // read. Standard input cannot seek: returns an error. A named pipe or device cannot either, and all it
    // gives is new: Resumed::FromStart.
    virtual Expected<Resumed> resume(const SourcePosition &position) = 0;
    // Before resume(): whether a checkpoint was saved in the file now at the source's path, rather than in
    // one rotated away since (or the path names nothing now). Only a file can tell; the others say yes.
    virtual bool inFileAtPath(const SourcePosition &position) const
    {
        Q_UNUSED(position)
        return true;
    }
    // Before resume(): for a checkpoint saved in a file rotated away since and found beside the path, the
    // files resume() reads before the one at the path, by inode, oldest first: its own, then those rotated
    // after it. The longer, the older the checkpoint's file. Empty otherwise (in the file at the path, or not
    // found). Only a file can tell.
    virtual QList<quint64> rotatedSince(const SourcePosition &position) const
    {
        Q_UNUSED(position)
        return {};
    }
    // Whether the bytes before `position` are still those it was saved after: the same file, as long, the
    // same bytes by its digest (an unknown digest is taken as the same). After resume() at the earliest of
    // several checkpoints, the others are asked: a file rewritten in place past the first can keep its start.
    // Only a file can tell; the others say no.
    virtual bool stillHolds(const SourcePosition &position) const
    {
        Q_UNUSED(position)
        return false;
    }
    // A problem that stops reading (the file vanished and is not followed, cannot be opened…); empty when
    // fine.
    virtual Error error() const = 0;
    // What the source noticed and did about it that the user should hear of, once: a file rewritten in place
    // and read again from its start, the rest of a rotated file that could not be read, files rotated in
    // between that cannot be (compressed). Empty when there is nothing new; taking it clears it (several at
    // once come one a line).
    virtual QString takeNotice() = 0;
};

struct SourceOptions
{
    bool follow = false; // like tail -F: wait for growth, survive rotation and truncation; a named pipe: read
                         // the next writer after one closes it
};

// Whether a file of this type (st_mode) is read like standard input: neither a regular file nor a directory
// (a named pipe, `<(…)`'s /dev/fd/N, a character device). It cannot seek, and opening or reading it may wait
// for a writer for as long as that takes.
bool isStreamMode(unsigned int mode);

// Opens `path` ("-" for standard input; a path that is not a regular file, such as a named pipe, is read like
// it, without ever waiting). The format is told by the start: `[` a JSON array, a first line holding only `{`
// a sequence of (pretty-printed) values one after another, anything else NDJSON.
Expected<std::unique_ptr<ProfileSource>> openProfileSource(const QString &path, const SourceOptions &options);

} // namespace qad
