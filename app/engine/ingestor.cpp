#include "engine/ingestor.h"

#include "mapping/exportdecision.h"
#include "profiles/profilereader.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <optional>
#include <vector>

namespace qad {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::Ingestor)
};

constexpr qsizetype kExcerptBytes = 200;
constexpr qsizetype kMaxCachedStates = 200'000;
const QString kStandardInput = QStringLiteral("-");

QString cacheKey(const QString &destinationId, const QString &profileKey)
{
    return destinationId + QChar(0x1f) + profileKey;
}

bool inAnySelectedAudience(const Destination &destination, const Profile &profile)
{
    return std::any_of(destination.audiences.cbegin(), destination.audiences.cend(),
        [&](const Audience &audience) { return profile.ups.contains(audience.id); });
}

// The reader did not move forward in the same file (truncated, replaced, or read again from the start): the
// positions of older checkpoints no longer describe these bytes. An offset equal to the last one is no sign
// of it (SourceRecord::startsOver): a framing error can share the checkpoint of the record before it, and
// forgetting the checkpoints there would give a destination ahead what it had already, and the reject twice.
bool movedBack(const std::optional<SourcePosition> &last, const SourceRecord &next)
{
    return last && (next.startsOver || next.after.inode != last->inode || next.after.offset < last->offset);
}

enum class Coverage {
    Due, // the destination has not had the record
    ReadBefore, // its own checkpoint covers the record: it was processed before a restart
    Past, // the rest of an earlier file, which the destination is past without having read it
};

// Whether the destination's checkpoint covers the record; a checkpoint that is passed is forgotten. While the
// rest of an earlier file (`earlier`, its inode) is read before the file at the path, a checkpoint elsewhere
// (in the file at the path, or at its start) is further on.
Coverage covered(QHash<QString, SourcePosition> &ahead, const QString &destinationId,
    const SourcePosition &position, quint64 earlier)
{
    const auto it = ahead.find(destinationId);
    if (it == ahead.end()) {
        return Coverage::Due;
    }
    if (it->inode == position.inode && position.offset <= it->offset) {
        return Coverage::ReadBefore;
    }
    if (earlier != 0 && position.inode == earlier && it->inode != earlier) {
        // A checkpoint in the file at the path was saved after this file was read to its end (offset 0: a
        // destination that starts with the file at the path).
        return it->offset > 0 ? Coverage::ReadBefore : Coverage::Past;
    }
    ahead.erase(it);
    return Coverage::Due;
}

// Collects one call's work; reads previous states through the cache and remembers what it wrote there.
class BatchBuilder
{
public:
    BatchBuilder(Storage &storage, QHash<QString, ProfileState> &cache, const QString &source, QDateTime now)
        : m_storage(storage)
        , m_cache(cache)
        , m_source(source)
        , m_now(std::move(now))
        , m_today(m_now.date())
    { }

    void reject(const SourceRecord &record, const QString &reason)
    {
        batch.rejects.append({ m_source, record.line, reason, record.bytes.left(kExcerptBytes), m_now });
        ++result.rejected;
    }

    // The profile's key for the destination, remembered for the one read of states that are not in memory
    // (fetchWanted()). Nullopt, and counted as unchanged, when the destination selects none of the profile's
    // audiences: that spares a state lookup for the many profiles a destination does not select.
    std::optional<QString> want(const Destination &destination, const Profile &profile)
    {
        if (!inAnySelectedAudience(destination, profile)) {
            ++result.unchanged;
            return std::nullopt;
        }
        QString key = profileKey(destination, profile);
        if (!key.isEmpty() && !m_cache.contains(cacheKey(destination.id, key))) {
            m_wanted[destination.id].insert(key);
        }
        return key;
    }

    // Reads the wanted states, a destination at a time: one read instead of one per profile (each read of its
    // own takes and releases the database's read lock, and starts with an empty page cache when another
    // connection wrote in between).
    Status fetchWanted()
    {
        for (auto it = m_wanted.cbegin(); it != m_wanted.cend(); ++it) {
            const QStringList keys(it->cbegin(), it->cend());
            const Expected<QHash<QString, ProfileState>> stored = m_storage.profileStates(it.key(), keys);
            if (!stored) {
                return stored.error();
            }
            for (const QString &key : keys) {
                // "never exported" is worth caching too
                m_cache.insert(cacheKey(it.key(), key), stored->value(key));
            }
        }
        m_wanted.clear();
        return {};
    }

    // `key` is what want() returned for the same destination and profile.
    Status add(const Destination &destination, const Profile &profile, const QString &key)
    {
        const Expected<std::optional<ProfileState>> previous = previousState(destination.id, key);
        if (!previous) {
            return previous.error();
        }
        const ExportDecision decision = decideExport(destination, profile, key, *previous, m_today);
        switch (decision.kind) {
        case ExportDecision::Kind::Nothing:
            ++result.unchanged;
            break;
        case ExportDecision::Kind::Export:
            addActivation(destination, decision);
            break;
        case ExportDecision::Kind::TooLarge:
            addTooLarge(destination, decision);
            break;
        case ExportDecision::Kind::Excluded:
            batch.exclusions.append({ destination.id, decision.profileKey, decision.payload.exclusionCode,
                decision.payload.reason, m_now, false });
            ++batch.received[destination.id];
            ++result.excluded;
            break;
        }
        return {};
    }

    // The commit did not happen: what this call cached would be ahead of the database, the reference.
    void forgetWritten()
    {
        for (const QString &key : std::as_const(m_written)) {
            m_cache.remove(key);
        }
    }

    IngestBatch batch;
    IngestResult result;

private:
    Expected<std::optional<ProfileState>> previousState(
        const QString &destinationId, const QString &profileKey)
    {
        if (profileKey.isEmpty()) {
            return std::optional<ProfileState>(); // excluded for want of an identity: nothing to compare with
        }
        const QString key = cacheKey(destinationId, profileKey);
        auto it = m_cache.constFind(key);
        if (it == m_cache.constEnd()) { // not wanted before: read it now
            m_wanted[destinationId].insert(profileKey);
            if (const Status fetched = fetchWanted(); !fetched) {
                return fetched.error();
            }
            it = m_cache.constFind(key);
        }
        return it->audiences.isEmpty() ? std::nullopt : std::optional<ProfileState>(*it);
    }

    // A new activation of the decision's profile, made now, and counted as received.
    ActivationRecord &newActivation(const Destination &destination, const ExportDecision &decision)
    {
        ActivationRecord activation;
        activation.id = ActivationRecord::newId();
        activation.destinationId = destination.id;
        activation.profileKey = decision.profileKey;
        activation.audiences = decision.audiences;
        activation.createdAt = m_now;
        activation.payload = decision.payload.body;
        batch.activations.append(std::move(activation));
        ++batch.received[destination.id];
        ++result.activations;
        return batch.activations.last();
    }

    void addActivation(const Destination &destination, const ExportDecision &decision)
    {
        newActivation(destination, decision).status = ActivationStatus::Pending;
        batch.states.append({ { destination.id, decision.profileKey }, decision.newState });

        // Later updates of the same profile in this call must compare with this export.
        const QString key = cacheKey(destination.id, decision.profileKey);
        m_cache.insert(key, decision.newState);
        m_written.insert(key);
    }

    // Kept as an activation that failed for good, with its body, so that it is counted, listed and alerted
    // on as a failure (SPEC §6: `payload_too_large`, not retried). Nothing was exported: the state stays.
    void addTooLarge(const Destination &destination, const ExportDecision &decision)
    {
        ActivationRecord &activation = newActivation(destination, decision);
        activation.status = ActivationStatus::Failed;
        activation.lastError = decision.payload.reason;
        result.failed.append({ destination.id, activation.id, decision.payload.reason });
    }

    Storage &m_storage;
    QHash<QString, ProfileState> &m_cache;
    QString m_source;
    QDateTime m_now;
    QDate m_today;
    QSet<QString> m_written;
    QHash<QString, QSet<QString>> m_wanted; // destination id -> profile keys whose state is to be read
};

// A record's profile and the destinations it is for, between the two passes of Ingestor::ingest().
struct Parsed
{
    Profile profile;
    QList<QPair<const Destination *, QString>> due; // those that select it, with its key for each
};

} // namespace

Ingestor::Ingestor(Storage &storage, QList<Destination> destinations, const Clock *clock)
    : m_storage(storage)
    , m_destinations(std::move(destinations))
    , m_clock(clock)
{ }

Expected<std::optional<SourcePosition>> Ingestor::resumePosition(
    const QString &sourceName, const std::function<bool(const SourcePosition &)> &inFileAtPath)
{
    m_checkpoints.clear();
    m_lastPosition.reset();
    m_earlierInode = 0;
    m_inAnotherEarlierFile.clear();
    std::optional<SourcePosition> earliest; // in the file at the path
    std::optional<SourcePosition> earlier; // in a file rotated away since, before all of the one at the path
    QStringList fresh; // destinations that have seen nothing of the source yet
    for (const Destination &destination : std::as_const(m_destinations)) {
        const Expected<std::optional<SourcePosition>> stored
            = m_storage.checkpoint(sourceName, destination.id);
        if (!stored) {
            return stored.error();
        }
        if (!stored->has_value()) {
            fresh.append(destination.id);
            continue;
        }
        const SourcePosition &position = **stored;
        m_checkpoints.insert(destination.id, position);
        std::optional<SourcePosition> &first = !inFileAtPath || inFileAtPath(position) ? earliest : earlier;
        if (!first || position.offset < first->offset) {
            first = position;
        }
    }
    if (earlier) {
        // Resumed in the earlier file, whose rest comes first. A destination that starts with the file at the
        // path (new, or last in yet another earlier file, which is not read) skips that rest: a checkpoint at
        // the path's start, offset 0, which the path's first record passes.
        m_earlierInode = earlier->inode;
        for (const Destination &destination : std::as_const(m_destinations)) {
            const auto it = m_checkpoints.find(destination.id);
            if (it == m_checkpoints.end()) {
                m_checkpoints.insert(destination.id, SourcePosition {});
            } else if (it->inode != m_earlierInode && !inFileAtPath(*it)) {
                m_inAnotherEarlierFile.append(destination.id);
                *it = SourcePosition {};
            }
        }
        m_lastPosition = earlier;
        return earlier;
    }
    if (!fresh.isEmpty() || m_destinations.isEmpty()) {
        return std::optional<SourcePosition>();
    }
    m_lastPosition = earliest;
    return earliest;
}

void Ingestor::readFromStart()
{
    m_lastPosition.reset();
    if (m_earlierInode == 0) {
        m_checkpoints.clear();
        return;
    }
    // The earlier file could not be read (the source tells why): the file at the path is read from its start,
    // news to all but those with a checkpoint in it.
    for (auto it = m_checkpoints.begin(); it != m_checkpoints.end();) {
        if (it->offset == 0 || it->inode == m_earlierInode) {
            it = m_checkpoints.erase(it);
        } else {
            ++it;
        }
    }
    m_earlierInode = 0;
}

QStringList Ingestor::forgetCheckpointsUnless(const std::function<bool(const SourcePosition &)> &stillHolds)
{
    QStringList forgotten;
    for (auto it = m_checkpoints.begin(); it != m_checkpoints.end();) {
        // Offset 0: the start of the file at the path, nothing to check.
        if (it->offset == 0 || stillHolds(*it)) {
            ++it;
            continue;
        }
        forgotten.append(it.key());
        if (m_earlierInode != 0 && it->inode != m_earlierInode) {
            *it = SourcePosition {}; // past the earlier file still; all of the file at the path is news
            ++it;
        } else {
            it = m_checkpoints.erase(it);
        }
    }
    return forgotten;
}

Expected<IngestResult> Ingestor::ingest(const QList<SourceRecord> &records, const QString &sourceName)
{
    if (records.isEmpty()) {
        return IngestResult {};
    }
    // Bounded memory; cleared between calls only, since updates within a call must see each other.
    if (m_stateCache.size() > kMaxCachedStates) {
        m_stateCache.clear();
    }

    BatchBuilder builder(m_storage, m_stateCache, sourceName, m_clock->now().toUTC());
    builder.result.records = int(records.size());
    QHash<QString, SourcePosition> ahead = m_checkpoints;
    std::optional<SourcePosition> last = m_lastPosition;
    quint64 earlier = m_earlierInode;
    std::vector<Parsed> parsed;
    parsed.reserve(size_t(records.size()));

    for (const SourceRecord &record : records) {
        if (earlier != 0 && record.after.inode != earlier) {
            // The rest of the earlier file was read: on to the file at the path, which is no step back. The
            // checkpoints in it still count.
            earlier = 0;
        } else if (movedBack(last, record)) {
            ahead.clear();
        }
        last = record.after;
        QList<const Destination *> due;
        bool seenBefore = false;
        for (const Destination &destination : std::as_const(m_destinations)) {
            switch (covered(ahead, destination.id, record.after, earlier)) {
            case Coverage::Due:
                due.append(&destination);
                break;
            case Coverage::ReadBefore:
                // It committed the record's reject with its checkpoint: not twice.
                seenBefore = true;
                break;
            case Coverage::Past:
                break;
            }
        }
        if (!record.error.isEmpty()) {
            if (!seenBefore) {
                builder.reject(record, record.error);
            }
            continue;
        }
        if (due.isEmpty() && seenBefore) {
            continue;
        }
        ProfileReadResult read = readProfile(record.bytes);
        if (!read.ok()) {
            if (!seenBefore) {
                builder.reject(
                    record, Tr::tr("line %1: %2").arg(QString::number(record.line), read.error.message));
            }
            continue;
        }
        Parsed &entry = parsed.emplace_back();
        entry.profile = std::move(read.profile);
        for (const Destination *destination : std::as_const(due)) {
            if (std::optional<QString> key = builder.want(*destination, entry.profile)) {
                entry.due.append({ destination, std::move(*key) });
            }
        }
    }

    // Second pass, in the records' order: the states were read at once, later updates of a profile compare
    // with what its earlier ones exported.
    if (const Status fetched = builder.fetchWanted(); !fetched) {
        return fetched.error();
    }
    for (const Parsed &entry : parsed) {
        for (const auto &[destination, key] : entry.due) {
            const Status added = builder.add(*destination, entry.profile, key);
            if (!added) {
                builder.forgetWritten();
                return added.error();
            }
        }
    }

    if (sourceName != kStandardInput) { // standard input cannot seek: nothing to resume from
        SourcePosition position = *last;
        position.source = sourceName;
        for (const Destination &destination : std::as_const(m_destinations)) {
            // A checkpoint still ahead of this call stays where it is; moving it back would produce twice.
            if (!ahead.contains(destination.id)) {
                builder.batch.checkpoints.append({ destination.id, position });
            }
        }
    }

    const Status committed = m_storage.commitIngest(builder.batch);
    if (!committed) {
        builder.forgetWritten(); // the caller retries the same records
        return committed.error();
    }
    m_checkpoints = std::move(ahead);
    m_lastPosition = last;
    m_earlierInode = earlier;
    builder.result.rejects = builder.batch.rejects;
    return builder.result;
}

} // namespace qad
