#pragma once

#include "sources/profilesource.h"
#include "sources/recordframer.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <deque>
#include <memory>
#include <utility>

namespace qad {

// An NDJSON or JSON-array file, read in chunks so a file of any size costs only the record in progress.
// Followed like `tail -F`: waits for growth, for a path that does not exist yet or vanished, and starts over
// on rotation (the path names another file), truncation (the file shrank below what was read) or a rewrite in
// place (it grew, but the bytes before what was read are not the ones read). Resumed in a file rotated while
// it was not read, it reads what that file holds after the checkpoint first, found beside the path, then the
// files rotated after it, whole, oldest first (logrotate's `rotate 5` ran more than once); the same when the
// path was rotated more than once while a followed file was read to its end.
class FileSource final : public ProfileSource
{
public:
    // Fails when the file cannot be opened, unless it is followed and does not exist yet.
    static Expected<std::unique_ptr<FileSource>> open(const QString &path, const SourceOptions &options);

    QString name() const override { return m_path; }
    QList<SourceRecord> read(int max) override;
    bool atEnd() const override;
    Expected<Resumed> resume(const SourcePosition &position) override;
    bool inFileAtPath(const SourcePosition &position) const override;
    bool stillHolds(const SourcePosition &position) const override;
    QList<quint64> rotatedSince(const SourcePosition &position) const override;
    Error error() const override { return m_error.isNull() ? m_pathError : m_error; }
    QString takeNotice() override { return std::exchange(m_notice, {}); }

private:
    // A file rotated beside m_path, read before the file at the path: where it was found, and which it is.
    struct Rotated
    {
        QString path;
        quint64 inode = 0;
    };

    FileSource(QString path, const SourceOptions &options);

    Status openFile() { return openFile(m_path); }
    // Opens `path` (m_path, or the rotated file resume() found beside it) as the file read.
    Status openFile(const QString &path);
    // Reading on after a checkpoint in the open file, which is the one it was saved in.
    Resumed resumeAt(const SourcePosition &position);
    // resume() at a checkpoint saved in a file that is no longer at the path: in it, found beside the path
    // (findRotated()), then the files rotated after it (rotatedAfter()); else from the start of the file at
    // the path, told by takeNotice().
    Resumed resumeRotated(const SourcePosition &position);
    // The path of the file a checkpoint was saved in, rotated beside m_path since: a regular file of the same
    // directory whose name starts with m_path's (f.ndjson.1, f.ndjson-20261129; not a compressed one), with
    // the checkpoint's inode on the directory's device, that still holds the checkpoint (as long, the same
    // bytes before it by its digest: a reused inode is not taken for it). Empty when there is none, `why`
    // then saying why, for the notice.
    QString findRotated(const SourcePosition &position, QString *why) const;
    // The files rotated beside m_path after the one open as `earlier` (the file a checkpoint was saved in, or
    // the one followed until the path named another), to read whole before the file at the path, oldest
    // first: those last written after it (at the same time: named after it, f.ndjson.1 after f.ndjson.2,
    // f.ndjson-20261129 after f.ndjson-20261128), neither it nor the file at the path. Those that cannot be
    // read (compressed, by name or by their first bytes; not readable) go to `unreadable` instead, named
    // with why.
    QList<Rotated> rotatedAfter(int earlier, QStringList *unreadable) const;
    // Opens the first of m_rotated that is still there (by its inode: renamed by another rotation since, it
    // is looked for beside the path), telling and dropping those that are not. False when none is left.
    bool openRotated();
    // Adds to the notice takeNotice() gives: several things can happen before it is taken.
    void tell(const QString &notice);
    void tellUnreadable(const QStringList &unreadable);
    void startOver();
    // Reads one chunk into the framer: bytes read, 0 at the end of the file, -1 on a read error.
    qint64 readChunk();
    // At the end of a followed file: acts on rotation or truncation; true when there may be more to read.
    bool followPath();
    // Before reading on at the end of a followed file: true when the file grew, but the bytes before the read
    // position are no longer the ones read (rewritten in place, `>`, faster than a truncation could be seen).
    bool rewrittenWhileFollowed() const;
    // Sets the digest of a checkpoint from the bytes read (m_chunk's window; from the file for a checkpoint
    // before it), unless it is set already.
    void stamp(SourcePosition &position) const;
    // Stamps the newest queued record: called before the window moves on.
    void stampNewest();
    // Reads the `count` bytes of the open file that end at `end` into `into`, without moving the read
    // position: how many it read (fewer when the file is shorter now).
    qint64 readBefore(qint64 end, char *into, qint64 count) const;
    // The open file is the one a checkpoint was saved in (its inode), and still reaches the checkpoint.
    bool sameFileAs(const SourcePosition &position) const;
    // The bytes a checkpoint at `offset` keeps the digest of: the kSourceDigestBytes before it, or all.
    QByteArray digestedBytesBefore(qint64 offset) const;
    // Whether `before` (digestedBytesBefore()) are the bytes the checkpoint was saved after; an unknown
    // digest matches.
    static bool digestMatches(const SourcePosition &position, const QByteArray &before);
    void clearWindow(qint64 at);

    QString m_path;
    SourceOptions m_options;
    QFile m_file;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    // The read buffer, a window on the file: the last kSourceDigestBytes read before, then the latest chunk,
    // so the bytes before every record of that chunk are at hand for its checkpoint's digest.
    QByteArray m_chunk;
    qint64 m_windowStart = 0; // the file offset of m_chunk's first byte
    qint64 m_windowSize = 0; // the bytes of m_chunk that hold the file's, from m_windowStart
    bool m_followedToEnd = false; // followed: the last read found nothing more
    // The files rotated beside m_path that are read before it, the open one first: after resume() in the file
    // a checkpoint was saved in, found beside m_path after a rotation, that file, then those rotated after
    // it; after a followed file was rotated more than once, those rotated in between. Each is read to its
    // end, then m_path from its start. Empty otherwise.
    QList<Rotated> m_rotated;
    QString m_notice; // for takeNotice()
    RecordFramer m_framer;
    std::deque<SourceRecord> m_queue;
    bool m_finished = false; // a file that is not followed was read to its end
    Error m_error; // reading stopped
    // Followed: the path names something that cannot be opened (a directory, no permission). Waited on like a
    // missing file, like `tail -F`: reading goes on once it can be opened.
    Error m_pathError;
};

} // namespace qad
