#include "engine/ingestor.h"

#include "mapping/exportdecision.h"
#include "profiles/profilereader.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <optional>
#include <tuple>
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

// Whether the destination's checkpoint covers the record; a checkpoint that is passed is forgotten. While an
// earlier file (`earlier`, its inode) is read before the file at the path, a checkpoint elsewhere (in a file
// rotated after it, in the file at the path, or at the start of one) is further on: those in the earlier
// files passed are forgotten as reading moves on (Ingestor::ingest()).
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
        // A checkpoint in a later file was saved after this file was read to its end (offset 0: a destination
        // that starts with that file).
        return it->offset > 0 ? Coverage::ReadBefore : Coverage::Past;
    }
    ahead.erase(it);
    return Coverage::Due;
}

// A profile's key for a destination, with the identities it is made of (profileIdentities()).
struct Keyed
{
    QString key;
    QStringList identities;
};

// Collects one call's work; reads previous states through the cache and remembers what it wrote there.
//
// A profile is found again when its identities change (SPEC §5: an exit is sent once, and only a change of
// a mapped value exports): its state stays under the key it was first exported with, and each of its other
// identities points to that key (profile_identity). An update whose own key has no state takes the state of
// the first of its identities that has one: a device id added to an email, or an email dropped, is the same
// profile, not a new one that qualifies again or whose exit is never sent.
class BatchBuilder
{
public:
    BatchBuilder(Storage &storage, IngestCache &cache, const QString &source, QDateTime now)
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
    std::optional<Keyed> want(const Destination &destination, const Profile &profile)
    {
        if (!inAnySelectedAudience(destination, profile)) {
            ++result.unchanged;
            return std::nullopt;
        }
        Keyed keyed;
        keyed.identities = profileIdentities(destination, profile);
        keyed.key = profileKey(keyed.identities);
        if (!keyed.key.isEmpty()) {
            m_wanted[destination.id].insert(keyed.key, keyed.identities);
        }
        return keyed;
    }

    // Reads what the wanted profiles need, a destination at a time: their states, and for those without one
    // the states their identities lead to. One read of each kind instead of one per profile (each read of its
    // own takes and releases the database's read lock, and starts with an empty page cache when another
    // connection wrote in between).
    Status fetchWanted()
    {
        for (auto it = m_wanted.cbegin(); it != m_wanted.cend(); ++it) {
            const QString &destinationId = it.key();
            QStringList keys;
            for (auto wanted = it->cbegin(); wanted != it->cend(); ++wanted) {
                keys.append(wanted.key());
            }
            if (const Status read = fetchStates(destinationId, keys); !read) {
                return read;
            }
            QStringList identities;
            for (auto wanted = it->cbegin(); wanted != it->cend(); ++wanted) {
                if (!hasState(destinationId, wanted.key())) {
                    identities.append(wanted.value());
                }
            }
            if (const Status read = fetchKeysOf(destinationId, identities); !read) {
                return read;
            }
            // What those identities lead to: the state their key points to, or the one of the identity alone.
            keys.clear();
            for (const QString &identity : std::as_const(identities)) {
                keys.append(identity);
                keys.append(m_cache.keysOf.value(cacheKey(destinationId, identity)));
            }
            keys.removeAll(QString());
            if (const Status read = fetchStates(destinationId, keys); !read) {
                return read;
            }
        }
        m_wanted.clear();
        return {};
    }

    // `keyed` is what want() returned for the same destination and profile.
    Status add(const Destination &destination, const Profile &profile, const Keyed &keyed)
    {
        const Expected<QString> stateKey = stateKeyOf(destination.id, keyed);
        if (!stateKey) {
            return stateKey.error();
        }
        const std::optional<ProfileState> previous = previousState(destination.id, *stateKey);
        // Identities not known to lead to the state: a profile's first export, or one whose identities
        // changed.
        const bool pointersDue = *stateKey != keyed.key || !previous;
        const ExportDecision decision = decideExport(destination, profile, keyed.key, previous, m_today);
        switch (decision.kind) {
        case ExportDecision::Kind::Nothing:
            ++result.unchanged;
            if (previous && pointersDue) {
                pointTo(destination.id, *stateKey, keyed.identities);
            }
            break;
        case ExportDecision::Kind::Export:
            newActivation(destination, decision, *stateKey).status = ActivationStatus::Pending;
            keepState(destination.id, *stateKey, decision.newState);
            if (pointersDue) {
                pointTo(destination.id, *stateKey, keyed.identities);
            }
            break;
        case ExportDecision::Kind::TooLarge:
            addTooLarge(destination, decision, *stateKey);
            keepState(destination.id, *stateKey, decision.newState);
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
        for (const QString &key : std::as_const(m_writtenStates)) {
            m_cache.states.remove(key);
        }
        for (const QString &key : std::as_const(m_writtenKeysOf)) {
            m_cache.keysOf.remove(key);
        }
    }

    IngestBatch batch;
    IngestResult result;

private:
    Status fetchStates(const QString &destinationId, QStringList keys)
    {
        keys.removeIf(
            [&](const QString &key) { return m_cache.states.contains(cacheKey(destinationId, key)); });
        if (keys.isEmpty()) {
            return {};
        }
        const Expected<QHash<QString, ProfileState>> stored = m_storage.profileStates(destinationId, keys);
        if (!stored) {
            return stored.error();
        }
        for (const QString &key : std::as_const(keys)) {
            // "never exported" is worth caching too
            m_cache.states.insert(cacheKey(destinationId, key), stored->value(key));
        }
        return {};
    }

    Status fetchKeysOf(const QString &destinationId, QStringList identities)
    {
        identities.removeIf([&](const QString &identity) {
            const QString key = cacheKey(destinationId, identity);
            return m_cache.keysOf.contains(key) || m_noKeyOf.contains(key);
        });
        identities.removeDuplicates();
        if (identities.isEmpty()) {
            return {};
        }
        const Expected<QHash<QString, QString>> stored = m_storage.profileKeysOf(destinationId, identities);
        if (!stored) {
            return stored.error();
        }
        for (const QString &identity : std::as_const(identities)) {
            const QString key = cacheKey(destinationId, identity);
            if (const QString pointed = stored->value(identity); !pointed.isEmpty()) {
                m_cache.keysOf.insert(key, pointed);
            } else {
                // Known for this call only: once the profile is exported its state is found by its key, so a
                // cache of every identity seen without one would only grow (by a fifth of qadctl's memory
                // over 50,000 new profiles).
                m_noKeyOf.insert(key);
            }
        }
        return {};
    }

    // Whether the cache holds an exported state under `profileKey` (read before).
    bool hasState(const QString &destinationId, const QString &profileKey) const
    {
        return !m_cache.states.value(cacheKey(destinationId, profileKey)).audiences.isEmpty();
    }

    // The key whose state the profile compares with: its own, or the one its identities lead to. Reads what
    // fetchWanted() did not (a profile that was not wanted before).
    Expected<QString> stateKeyOf(const QString &destinationId, const Keyed &keyed)
    {
        if (keyed.key.isEmpty()) {
            return keyed.key; // excluded for want of an identity: nothing to compare with
        }
        if (const Status read = fetchStates(destinationId, { keyed.key }); !read) {
            return read.error();
        }
        if (hasState(destinationId, keyed.key)) {
            return keyed.key;
        }
        if (const Status read = fetchKeysOf(destinationId, keyed.identities); !read) {
            return read.error();
        }
        for (const QString &identity : keyed.identities) {
            const QString pointed = m_cache.keysOf.value(cacheKey(destinationId, identity));
            for (const QString &candidate : { pointed, identity }) {
                if (candidate.isEmpty()) {
                    continue;
                }
                if (const Status read = fetchStates(destinationId, { candidate }); !read) {
                    return read.error();
                }
                if (hasState(destinationId, candidate)) {
                    return candidate;
                }
            }
        }
        return keyed.key;
    }

    std::optional<ProfileState> previousState(const QString &destinationId, const QString &stateKey) const
    {
        const auto it = m_cache.states.constFind(cacheKey(destinationId, stateKey));
        if (stateKey.isEmpty() || it == m_cache.states.constEnd() || it->audiences.isEmpty()) {
            return std::nullopt;
        }
        return *it;
    }

    // The new state, to be committed and seen by later updates of the same profile in this call.
    void keepState(const QString &destinationId, const QString &stateKey, const ProfileState &state)
    {
        if (stateKey.isEmpty()) {
            return;
        }
        batch.states.append({ { destinationId, stateKey }, state });
        const QString key = cacheKey(destinationId, stateKey);
        m_cache.states.insert(key, state);
        m_writtenStates.insert(key);
    }

    // Each of `identities` that is not the state's key itself points to it, so that an update with other
    // identities of the same profile finds it.
    void pointTo(const QString &destinationId, const QString &stateKey, const QStringList &identities)
    {
        if (stateKey.isEmpty()) {
            return;
        }
        for (const QString &identity : identities) {
            const QString pointer = cacheKey(destinationId, identity);
            if (identity == stateKey || m_cache.keysOf.value(pointer) == stateKey) {
                continue;
            }
            batch.identities.append({ { destinationId, identity }, stateKey });
            m_cache.keysOf.insert(pointer, stateKey);
            m_writtenKeysOf.insert(pointer);
        }
    }

    // A new activation of the decision's profile, made now, and counted as received. It goes out in order
    // with the profile's others by the key of the state it was compared with: the profile's own key changes
    // with its identities (an exit sent after a device id was added), that one does not.
    ActivationRecord &newActivation(
        const Destination &destination, const ExportDecision &decision, const QString &stateKey)
    {
        ActivationRecord activation;
        activation.id = ActivationRecord::newId();
        activation.destinationId = destination.id;
        activation.profileKey = decision.profileKey;
        activation.orderKey = stateKey;
        activation.audiences = decision.audiences;
        activation.createdAt = m_now;
        activation.payload = decision.payload.body;
        batch.activations.append(std::move(activation));
        ++batch.received[destination.id];
        ++result.activations;
        return batch.activations.last();
    }

    // Kept as an activation that failed for good, with its body, so that it is counted, listed and alerted
    // on as a failure (SPEC §6: `payload_too_large`, not retried).
    void addTooLarge(const Destination &destination, const ExportDecision &decision, const QString &stateKey)
    {
        ActivationRecord &activation = newActivation(destination, decision, stateKey);
        activation.status = ActivationStatus::Failed;
        activation.lastError = decision.payload.reason;
        result.failed.append({ destination.id, activation.id, decision.payload.reason });
    }

    Storage &m_storage;
    IngestCache &m_cache;
    QString m_source;
    QDateTime m_now;
    QDate m_today;
    QSet<QString> m_writtenStates;
    QSet<QString> m_writtenKeysOf;
    QSet<QString> m_noKeyOf; // cacheKey(destination, identity) read in this call, with no key
    // destination id -> profile key -> its identities, whose state is to be read
    QHash<QString, QHash<QString, QStringList>> m_wanted;
};

// A record's profile and the destinations it is for, between the two passes of Ingestor::ingest().
struct Parsed
{
    Profile profile;
    QList<QPair<const Destination *, Keyed>> due; // those that select it, with its key for each
};

} // namespace

Ingestor::Ingestor(Storage &storage, QList<Destination> destinations, const Clock *clock)
    : m_storage(storage)
    , m_destinations(std::move(destinations))
    , m_clock(clock)
{ }

Expected<std::optional<SourcePosition>> Ingestor::resumePosition(const QString &sourceName,
    const std::function<bool(const SourcePosition &)> &inFileAtPath,
    const std::function<QList<quint64>(const SourcePosition &)> &rotatedSince)
{
    m_checkpoints.clear();
    m_lastPosition.reset();
    m_earlierFiles.clear();
    m_inAnotherEarlierFile.clear();
    std::optional<SourcePosition> earliest; // in the file at the path
    std::optional<SourcePosition> earlier; // in a file rotated away since, before all of the one at the path
    QList<quint64> earlierFiles; // read from `earlier` on, before the file at the path
    bool earlierFound = false; // the source found `earlier`'s file, and earlierFiles is what it reads
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
        if (!inFileAtPath || inFileAtPath(position)) {
            if (!earliest || position.offset < earliest->offset) {
                earliest = position;
            }
            continue;
        }
        QList<quint64> files = rotatedSince ? rotatedSince(position) : QList<quint64> {};
        const bool found = !files.isEmpty();
        if (!found) {
            files = { position.inode };
        }
        // Offsets in different files tell nothing: of the files found, the one with the more files rotated
        // after it is the older, and read first; one that is not found cannot be read, whatever its age.
        const auto rank = [](bool inFileFound, qsizetype filesFrom, qint64 offset) {
            return std::make_tuple(inFileFound, filesFrom, -offset);
        };
        const bool first = !earlier
            || rank(found, files.size(), position.offset)
                > rank(earlierFound, earlierFiles.size(), earlier->offset);
        if (first) {
            earlier = position;
            earlierFiles = files;
            earlierFound = found;
        }
    }
    if (earlier) {
        // Resumed in the earliest file, whose rest comes first, then the files rotated after it. A
        // destination whose checkpoint is in one of those skips what comes before it; one that starts with
        // the file at the path (new, or last in yet another earlier file, which is not read) skips them all:
        // a checkpoint at the path's start, offset 0, which the path's first record passes.
        m_earlierFiles = earlierFiles;
        for (const Destination &destination : std::as_const(m_destinations)) {
            const auto it = m_checkpoints.find(destination.id);
            if (it == m_checkpoints.end()) {
                m_checkpoints.insert(destination.id, SourcePosition {});
            } else if (!m_earlierFiles.contains(it->inode) && !inFileAtPath(*it)) {
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
    if (m_earlierFiles.isEmpty()) {
        m_checkpoints.clear();
        return;
    }
    // The earliest file could not be read (the source tells why): the file at the path is read from its
    // start, news to all but those with a checkpoint in it.
    for (auto it = m_checkpoints.begin(); it != m_checkpoints.end();) {
        if (it->offset == 0 || m_earlierFiles.contains(it->inode)) {
            it = m_checkpoints.erase(it);
        } else {
            ++it;
        }
    }
    m_earlierFiles.clear();
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
        if (!m_earlierFiles.isEmpty() && it->inode != m_earlierFiles.constFirst()) {
            // Past the earliest file still; all of the file it is in (a later one, or the one at the path) is
            // news: its start.
            *it = SourcePosition { {}, it->inode };
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
    if (m_cache.states.size() + m_cache.keysOf.size() > kMaxCachedStates) {
        m_cache = {};
    }

    BatchBuilder builder(m_storage, m_cache, sourceName, m_clock->now().toUTC());
    builder.result.records = int(records.size());
    QHash<QString, SourcePosition> ahead = m_checkpoints;
    std::optional<SourcePosition> last = m_lastPosition;
    QList<quint64> earlier = m_earlierFiles;
    std::vector<Parsed> parsed;
    parsed.reserve(size_t(records.size()));

    for (const SourceRecord &record : records) {
        if (!earlier.isEmpty() && record.after.inode != earlier.constFirst()) {
            // An earlier file was read: on to one rotated after it, or to the file at the path, which is no
            // step back. The checkpoints further on still count; those in the files passed are behind.
            const qsizetype next = earlier.indexOf(record.after.inode);
            const QList<quint64> passed = next < 0 ? earlier : earlier.first(next);
            ahead.removeIf([&](const auto &checkpoint) { return passed.contains(checkpoint.value().inode); });
            earlier = next < 0 ? QList<quint64> {} : earlier.sliced(next);
        } else if (movedBack(last, record)) {
            ahead.clear();
        }
        last = record.after;
        QList<const Destination *> due;
        bool seenBefore = false;
        const quint64 reading = earlier.isEmpty() ? 0 : earlier.constFirst();
        for (const Destination &destination : std::as_const(m_destinations)) {
            switch (covered(ahead, destination.id, record.after, reading)) {
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
            if (std::optional<Keyed> keyed = builder.want(*destination, entry.profile)) {
                entry.due.append({ destination, std::move(*keyed) });
            }
        }
    }

    // Second pass, in the records' order: the states were read at once, later updates of a profile compare
    // with what its earlier ones exported.
    if (const Status fetched = builder.fetchWanted(); !fetched) {
        return fetched.error();
    }
    for (const Parsed &entry : parsed) {
        for (const auto &[destination, keyed] : entry.due) {
            const Status added = builder.add(*destination, entry.profile, keyed);
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
    m_earlierFiles = earlier;
    builder.result.rejects = builder.batch.rejects;
    return builder.result;
}

} // namespace qad
