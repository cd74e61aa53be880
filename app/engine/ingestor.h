#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "config/destination.h"
#include "sources/profilesource.h"
#include "storage/storage.h"

#include <QHash>
#include <QList>

#include <optional>

namespace qad {

struct IngestResult
{
    int records = 0; // read from the source
    int rejected = 0; // not a usable profile (SPEC §4)
    int activations = 0; // created, all destinations together
    int excluded = 0;
    int unchanged = 0; // destination × profile pairs that produced nothing
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
    Expected<std::optional<SourcePosition>> resumePosition(const QString &sourceName);
    Expected<IngestResult> ingest(const QList<SourceRecord> &records, const QString &sourceName);

private:
    Storage &m_storage;
    QList<Destination> m_destinations;
    const Clock *m_clock;
    QHash<QString, qint64> m_checkpointOffsets; // destination id -> offset already covered (resume)
    QHash<QString, ProfileState> m_stateCache; // "destinationId\\x1fprofileKey" -> state
};

} // namespace qad
