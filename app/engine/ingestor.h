#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "config/destination.h"
#include "sources/profilesource.h"
#include "storage/storage.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

namespace qad {

struct IngestResult
{
    int records = 0; // read from the source
    int rejected = 0; // not a usable profile (SPEC §4)
    int activations = 0; // created, all destinations together (those in `failed` included)
    int excluded = 0;
    int unchanged = 0; // destination × profile pairs that produced nothing
    QList<RejectRecord> rejects; // as committed, in the source's order
    // Activations that failed as they were created, never sent: a body over 100 KB (SPEC §6).
    struct Failure
    {
        QString destinationId;
        QString activationId;
        QString reason;
    };
    QList<Failure> failed;
};

// What the ingest keeps in memory between its calls, the database staying the reference. Keys are
// "destinationId\x1fprofileKey" and "destinationId\x1fidentity".
struct IngestCache
{
    QHash<QString, ProfileState> states; // -> the profile's last exported state (no audiences: none)
    QHash<QString, QString> keysOf; // identity -> the key of the profile state it belongs to
};

// Turns source records into activations, exclusions and rejects for a set of destinations (SPEC §4, §5) and
// commits each call's work, with the source checkpoints, in one transaction. Keeps the last exported state of
// recently seen profiles in memory (the database stays the reference). Used from one thread.
class Ingestor
{
public:
    Ingestor(Storage &storage, QList<Destination> destinations, const Clock *clock = SystemClock::instance());

    // Where to resume `sourceName`: the earliest checkpoint among the destinations (nullopt: from the start).
    // Records at or before a destination's own checkpoint are skipped for it, so nothing is produced twice.
    // A checkpoint in an earlier file than the one now at the path (`inFileAtPath` false: rotated since; no
    // `inFileAtPath`, none is) comes before all of the file at the path, whatever its offset: the earliest of
    // those is where to resume (the source reads the rest of that file, then those rotated after it, then
    // the one at the path from its start). Of checkpoints in different earlier files, the one in the oldest
    // file found comes first: `rotatedSince` gives the files the source reads from it on before the file at
    // the path (ProfileSource::rotatedSince(); without it, or when it finds none, just that file). A
    // destination whose checkpoint is in one of those files skips what comes before it; those that are past
    // them (a checkpoint in the file at the path, none yet, or one in yet another earlier file:
    // resumedInAnotherFile()) skip them all.
    Expected<std::optional<SourcePosition>> resumePosition(const QString &sourceName,
        const std::function<bool(const SourcePosition &)> &inFileAtPath = {},
        const std::function<QList<quint64>(const SourcePosition &)> &rotatedSince = {});
    // The destinations whose checkpoint is in an earlier file other than the one resumed in: what that file
    // holds after it is not read; they get the file at the path from its start.
    QStringList resumedInAnotherFile() const { return m_inAnotherEarlierFile; }
    // The source did not resume at that position but reads from its start (ProfileSource::resume(): the file
    // was replaced, truncated or rewritten in place since): no record is skipped as seen before, since the
    // offsets of the checkpoints no longer describe these bytes. When the position was in an earlier file
    // (not found), the checkpoints in the file at the path stay: check them with forgetCheckpointsUnless().
    void readFromStart();
    // After resume(): the destinations whose own checkpoint further on no longer describes the source
    // (`stillHolds` false: the file was rewritten in place past the earliest one) skip nothing as seen before
    // (but the rest of an earlier file they are past); identical profiles produce nothing again (SPEC §5).
    // Returns their ids.
    QStringList forgetCheckpointsUnless(const std::function<bool(const SourcePosition &)> &stillHolds);
    Expected<IngestResult> ingest(const QList<SourceRecord> &records, const QString &sourceName);

private:
    Storage &m_storage;
    QList<Destination> m_destinations;
    const Clock *m_clock;
    // destination id -> checkpoint still ahead of the reading position (resume): records up to it are skipped
    // for that destination. Kept with the inode so a replaced file's first lines are not skipped.
    // An offset of 0: a destination that starts with the file of that inode (0: the file at the path) while
    // earlier files are read.
    QHash<QString, SourcePosition> m_checkpoints;
    std::optional<SourcePosition> m_lastPosition; // after the last committed record, to notice a restart
    // The inodes of the earlier files read before the file at the path (resumePosition()), oldest first, the
    // one being read first: each goes once a record of a later one comes; all of them once one of another
    // file (the one at the path) comes. Empty otherwise.
    QList<quint64> m_earlierFiles;
    QStringList m_inAnotherEarlierFile; // resumedInAnotherFile()
    IngestCache m_cache;
};

} // namespace qad
