#pragma once

#include "common/error.h"
#include "delivery/attempt.h"
#include "mapping/profilestate.h"
#include "sources/sourceposition.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <optional>

namespace qad {

enum class ActivationStatus { Pending, Sending, Retrying, Succeeded, Failed };
QString toString(ActivationStatus status);
std::optional<ActivationStatus> activationStatusFromString(const QString &text);

// One profile export for one destination (SPEC §7).
struct ActivationRecord
{
    QString id; // also the Idempotency-Key
    QString destinationId;
    QString profileKey; // mapped identity values, e.g. "Email:dave@example.com"
    // Whose activations this one goes out in order with (SPEC §6): the key of the profile's exported state,
    // which stays the key the profile was first exported under when its identities change (Ingestor), where
    // profileKey holds the identities this activation was sent with (what the history shows and searches).
    // Left empty, it is written as the profile key.
    QString orderKey;
    QByteArray audiences; // JSON object: audience id -> status, as sent
    QDateTime createdAt;
    QByteArray payload; // the exact body
    ActivationStatus status = ActivationStatus::Pending;
    int attemptCount = 0; // every attempt made (the history lists them all), replays and pauses included
    std::optional<QDateTime> nextAttemptAt;
    bool isTest = false;
    QString lastError;
    // For the retry horizon: the first attempt since the activation was made or last replayed that did not
    // pause the destination for authentication.
    std::optional<QDateTime> firstAttemptAt;
    // How far along the retry schedule the activation is (SPEC §6): its attempts since firstAttemptAt that
    // ended in a retryable failure. A replay starts the schedule again; an attempt that paused the
    // destination for authentication does not move it on. Derived from the attempts, not stored: claimDue()
    // fills it, other reads leave it 0.
    int retryableFailures = 0;

    static QString newId();
};

// Why `activation` cannot be replayed (a test send; one still queued), or a null error when it can.
Error replayRefusal(const ActivationRecord &activation);

// A profile update that produced nothing because it was excluded (SPEC §5), kept with its reason.
struct ExclusionRecord
{
    QString destinationId;
    QString profileKey;
    QString code; // "no_mapped_identity", "hashed_email", …
    QString reason;
    QDateTime at;
    bool isTest = false;
};

// A row of the history, as a view pages past it (keyset paging: no OFFSET over a million rows).
struct HistoryCursor
{
    QDateTime createdAt;
    QString id;
};

// Which activations to read, newest first (created time, then insertion order). The filters combine with AND;
// an empty or unset one does not filter. Every member has a default so `{ id, status, limit }` still compiles
// without a missing-initializer warning.
struct HistoryQuery
{
    QString destinationId;
    std::optional<ActivationStatus> status;
    int limit = 100;
    QString identityContains {}; // part of the profile key, e.g. "dave@"; case-insensitive for ASCII letters
    std::optional<QDateTime> from {}; // created at or after
    std::optional<QDateTime> to {}; // created before
    bool includeTests = true;
    // Only the rows after this one (older): the next page.
    std::optional<HistoryCursor> olderThan {};
    // Only the rows before this one (newer): the `limit` nearest to it, still returned newest first.
    std::optional<HistoryCursor> newerThan {};
    // When not empty, only these activations (to refresh rows already on screen).
    QStringList ids {};
};

// One line of the history view: the activation without its payload, and what its latest attempt got.
struct HistoryEntry
{
    ActivationRecord activation; // payload left empty: read it with Storage::activation(id)
    int lastHttpStatus = 0; // 0: not attempted yet, or no response
};

// A line of input that was not a usable profile (SPEC §4).
struct RejectRecord
{
    QString source;
    qint64 line = 0;
    QString reason;
    QByteArray excerpt; // the first bytes of the line
    QDateTime at;
};

// Everything a run of input lines produced, committed as one transaction with the checkpoints.
struct IngestBatch
{
    QList<ActivationRecord> activations;
    QList<ExclusionRecord> exclusions;
    QList<RejectRecord> rejects;
    // (destination id, profile key) -> the new last-exported state
    QList<QPair<QPair<QString, QString>, ProfileState>> states;
    // (destination id, identity) -> the key of the profile state it belongs to, for a profile exported with
    // identities other than its key's (profileIdentities()): found again when those identities change
    QList<QPair<QPair<QString, QString>, QString>> identities;
    // destination id -> profile updates that concerned it (the "profiles received" counter)
    QHash<QString, int> received;
    // one per destination fed by the source
    QList<QPair<QString, SourcePosition>> checkpoints;
};

// The result of one attempt and the activation's next state (SPEC §6).
struct AttemptOutcome
{
    Attempt attempt;
    ActivationStatus next = ActivationStatus::Failed;
    std::optional<QDateTime> nextAttemptAt;
};

// Runtime state of a destination, shared by every process on the same data directory.
struct DestinationRuntime
{
    QString state = QStringLiteral("enabled"); // "enabled", "paused"
    QString reason; // "authentication", "user"
    QString lastError;
    QDateTime updatedAt;
};

// Delivery status in Experience Platform's names (SPEC §7).
struct StatusCounters
{
    qint64 received = 0;
    qint64 activated = 0;
    qint64 excluded = 0;
    qint64 failed = 0;
    qint64 latencyMsSum = 0;
    qint64 latencyCount = 0;
    // Of the profiles received in the hour, those whose activation has succeeded since, whenever it was sent.
    // `activated` counts deliveries in the hour they happened (a backlog sent later, a replay); the rate is
    // taken from this, so that it is the share of the hour's own profiles and never over 100 %.
    qint64 receivedActivated = 0;
    // (activated + excluded) ÷ received (SPEC §7), of the profiles received in the hour, or in all. Only an
    // activation older than the history kept (its hour purged, itself held by a long pause) could count where
    // its receipt no longer does: the rate stops at 100 %.
    double activationRate() const
    {
        return received > 0 ? double(std::min(receivedActivated + excluded, received)) / double(received)
                            : 1.0;
    }
};

struct HourlyCounters
{
    static constexpr qint64 kHourMs = 3'600'000;
    // The start of the UTC hour holding `ms` (ms since the epoch).
    static qint64 hourStart(qint64 ms) { return ms - (((ms % kHourMs) + kHourMs) % kHourMs); }

    QDateTime hour; // start of the hour, UTC
    StatusCounters counters;
};

// How delivery is going, kept as outcomes are written (SPEC §7): whether the last attempt failed (the state
// "error"), the last failure, and the final outcomes of the last two 10-second buckets, for the send rate.
struct DeliveryHealth
{
    static constexpr qint64 kBucketMs = 10 * 1000;

    bool failing = false; // the newest attempt written did not succeed
    QString lastError; // its message, kept after later successes
    QDateTime lastErrorAt;
    qint64 bucket = 0; // the newest bucket with an outcome: ms since the epoch ÷ kBucketMs
    qint64 bucketCount = 0; // final outcomes (succeeded or failed) in it
    qint64 previousCount = 0; // in the bucket before it

    // Final outcomes per second over the 10 s before `now`, the previous bucket weighed by how much of it
    // the window still covers. 0 once nothing came for 20 s.
    double sendRate(const QDateTime &now) const
    {
        const qint64 nowMs = now.toMSecsSinceEpoch();
        const qint64 current = nowMs / kBucketMs;
        const double into = double(nowMs % kBucketMs) / double(kBucketMs);
        double count = 0;
        if (current == bucket) {
            count = double(bucketCount) + double(previousCount) * (1.0 - into);
        } else if (current == bucket + 1) {
            count = double(bucketCount) * (1.0 - into);
        }
        return count * 1000.0 / double(kBucketMs);
    }
};

struct DestinationStatus
{
    StatusCounters total;
    QList<HourlyCounters> hours; // newest first
    qint64 queueDepth = 0; // pending + sending + retrying
    qint64 retrying = 0;
    qint64 failedNow = 0; // failed for good and not replayed since: what is left to look at
    std::optional<QDateTime> oldestPendingSince; // for the flow-run delay alert
    DestinationRuntime runtime;
    DeliveryHealth health;

    // The counters of the UTC hour holding `at`: "this hour" when `at` is now. Zero when nothing happened in
    // it, however recent the last hour with figures.
    StatusCounters countersOfHour(const QDateTime &at) const
    {
        const qint64 start = HourlyCounters::hourStart(at.toMSecsSinceEpoch());
        for (const HourlyCounters &h : hours) {
            if (h.hour.toMSecsSinceEpoch() == start) {
                return h.counters;
            }
        }
        return {};
    }

    // The state shown (SPEC §7): "paused" as the shared run-time state says, else "error" while the newest
    // attempt failed, else "enabled".
    QString shownState() const { return stateOf(runtime, health); }
    static QString stateOf(const DestinationRuntime &runtime, const DeliveryHealth &health)
    {
        if (runtime.state == u"paused") {
            return runtime.state;
        }
        return health.failing ? QStringLiteral("error") : QStringLiteral("enabled");
    }
    // The pause's reason while it has one, else the last failed attempt's message (kept after it recovered).
    QString shownLastError() const
    {
        return runtime.lastError.isEmpty() ? health.lastError : runtime.lastError;
    }
    QDateTime shownLastErrorAt() const
    {
        return runtime.lastError.isEmpty() ? health.lastErrorAt : runtime.updatedAt;
    }
};

struct AlertRecord
{
    qint64 id = 0;
    QString destinationId;
    QString type; // "flow_run_start", "flow_run_success", "flow_run_failure", "flow_run_delay",
                  // "activation_skipped_rate_exceeded", "authentication_failed"
    QString message;
    QDateTime raisedAt;
    std::optional<QDateTime> acknowledgedAt;
};

// The durable record (SPEC §6, §7) behind one interface: SQLite now, PostgreSQL planned. An instance is used
// from one thread (each thread opens its own).
class Storage
{
public:
    virtual ~Storage() = default;

    virtual Status open() = 0;
    virtual int schemaVersion() const = 0;

    // Durable before the first attempt.
    virtual Status insertActivation(const ActivationRecord &activation) = 0;
    // The attempt and the activation's next state in one transaction.
    virtual Status recordAttempt(
        const Attempt &attempt, ActivationStatus next, std::optional<QDateTime> nextAttemptAt)
        = 0;
    virtual Status insertExclusion(const ExclusionRecord &exclusion) = 0;

    virtual Expected<ActivationRecord> activation(const QString &id) = 0;
    // Newest first; every field of the query applies.
    virtual Expected<QList<ActivationRecord>> activations(const HistoryQuery &query) = 0;
    // The same rows without their payloads, with the latest attempt's HTTP status: what a history view lists.
    virtual Expected<QList<HistoryEntry>> history(const HistoryQuery &query) = 0;
    // How many activations match the query (filters and cursors), counting at most `limit` when it is
    // positive, so a view can say "more than 10,000" without counting a million rows.
    virtual Expected<qint64> countActivations(const HistoryQuery &query) = 0;
    // The creation time of the activation `rows` places down the destination's history from `before`
    // (exclusive; none: from the newest), or none when the history ends first. Splits an identity search,
    // which may have to read every key, into steps of a bounded size; it walks the index that search reads.
    virtual Expected<std::optional<QDateTime>> createdAtAfter(
        const QString &destinationId, const std::optional<QDateTime> &before, int rows)
        = 0;
    // An identity search answered from an index of the profile keys, without reading the history: the page
    // history(query) would return, or none when no index narrows this search to a few rows (then read it in
    // steps, see createdAtAfter()). By default there is no such index.
    virtual Expected<std::optional<QList<HistoryEntry>>> indexedSearch(const HistoryQuery &query)
    {
        Q_UNUSED(query)
        return std::optional<QList<HistoryEntry>>();
    }
    virtual Expected<QList<Attempt>> attempts(const QString &activationId) = 0;
    virtual Expected<QList<ExclusionRecord>> exclusions(const QString &destinationId, int limit = 100) = 0;

    // --- Ingest (sources -> activations), SPEC §4, §5 ---
    virtual Status commitIngest(const IngestBatch &batch) = 0;
    // The last exported states of these profiles of a destination, read at once; a profile never exported
    // is not in the answer.
    virtual Expected<QHash<QString, ProfileState>> profileStates(
        const QString &destinationId, const QStringList &profileKeys)
        = 0;
    // The profile keys that these identities ("Email:…", "external_id:…") were last exported under, for a
    // profile whose identities changed since; an identity with none is not in the answer.
    virtual Expected<QHash<QString, QString>> profileKeysOf(
        const QString &destinationId, const QStringList &identities)
        = 0;
    Expected<std::optional<ProfileState>> profileState(
        const QString &destinationId, const QString &profileKey)
    {
        const Expected<QHash<QString, ProfileState>> states = profileStates(destinationId, { profileKey });
        if (!states) {
            return states.error();
        }
        const auto it = states->constFind(profileKey);
        return it == states->constEnd() ? std::nullopt : std::optional<ProfileState>(*it);
    }
    virtual Expected<std::optional<SourcePosition>> checkpoint(
        const QString &source, const QString &destinationId)
        = 0;
    virtual Expected<QList<RejectRecord>> rejects(int limit = 100) = 0;

    // --- Outbox (delivery), SPEC §6 ---
    // After a crash, what was being sent to these destinations is due again (at-least-once). Only these:
    // another process may be streaming others from the same database, and what it is sending is its own (each
    // destination streams in one process at a time). Test sends are left to whoever sent them.
    virtual Expected<int> recoverInFlight(const QStringList &destinationIds) = 0;
    // Test sends that the program sending them never recorded an answer for (it crashed or was killed), made
    // before `before` (longer ago than any test's deadline): failed, with an attempt saying `message`. How
    // many.
    virtual Expected<int> closeUnansweredTests(const QDateTime &before, const QString &message) = 0;
    // Marks up to `limit` due activations (pending, or retrying with next_attempt_at <= now) of the given
    // destinations as sending and returns them, oldest first. An activation is not due while an older one of
    // its profile (the same orderKey) waits for a retry: a profile's activations go out in the order they
    // were made.
    virtual Expected<QList<ActivationRecord>> claimDue(
        const QStringList &destinationIds, const QDateTime &now, int limit)
        = 0;
    // Claimed activations that were not sent go back to pending (those still `sending`; others are left).
    virtual Status unclaim(const QStringList &activationIds) = 0;
    // Earliest next_attempt_at of retrying activations (to arm a timer).
    virtual Expected<std::optional<QDateTime>> nextRetryAt(const QStringList &destinationIds) = 0;
    // Attempts and next states, many at once in one transaction; updates the counters.
    virtual Status recordAttempts(const QList<AttemptOutcome> &outcomes) = 0;
    // Failed activations back to pending (attempt history kept). Returns how many.
    virtual Expected<int> replayFailed(const QString &destinationId) = 0;
    virtual Status replayActivation(const QString &activationId) = 0;
    // How many are not final yet (pending, sending, retrying).
    virtual Expected<qint64> unfinishedCount(const QStringList &destinationIds) = 0;

    // --- Status, runtime state, retention, alerts, SPEC §7, §8 ---
    virtual Expected<DestinationStatus> status(const QString &destinationId, int hours = 24) = 0;
    virtual Expected<DestinationRuntime> runtime(const QString &destinationId) = 0;
    // How delivery is going (kept with the outcomes); also part of status().
    virtual Expected<DeliveryHealth> deliveryHealth(const QString &destinationId) = 0;
    virtual Status setRuntime(const QString &destinationId, const DestinationRuntime &runtime) = 0;
    // The same unless a state written later (by updatedAt) is there: a pause that could not be written at
    // once must not undo a resume given since. Returns whether it was written.
    virtual Expected<bool> setRuntimeUnlessNewer(
        const QString &destinationId, const DestinationRuntime &runtime)
        = 0;
    // Removes final activations (and their attempts), exclusions and rejects older than `before`. Never
    // touches pending, sending or retrying work. Returns the activations removed.
    virtual Expected<qint64> purge(const QDateTime &before) = 0;
    virtual Expected<qint64> raiseAlert(const AlertRecord &alert) = 0;
    virtual Status acknowledgeAlert(qint64 alertId) = 0;
    // Not acknowledged, newest first; an empty destination id lists every destination's.
    virtual Expected<QList<AlertRecord>> openAlerts(const QString &destinationId) = 0;
};

} // namespace qad
