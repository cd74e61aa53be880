// The streaming side of SqliteStorage (SPEC §4–§8): ingest, outbox, status, retention, alerts.
#include "storage/sqlitestatement.h"
#include "storage/sqlitestorage.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace qad {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::SqliteStorage)
};

// JSON object columns are NOT NULL: nothing stored reads back as an empty object.
QByteArray jsonObject(const QByteArray &json)
{
    return json.isEmpty() ? QByteArrayLiteral("{}") : json;
}

// "?, ?, ?" for an IN list.
QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

QStringList distinct(QStringList ids)
{
    ids.removeDuplicates();
    return ids;
}

// The hour a batch's counters go to: the producer's clock, as carried by the records, so a test clock works.
QDateTime batchTime(const IngestBatch &batch)
{
    QDateTime at;
    const auto consider = [&at](const QDateTime &t) {
        if (t.isValid() && (!at.isValid() || t > at)) {
            at = t;
        }
    };
    for (const ActivationRecord &a : batch.activations) {
        consider(a.createdAt);
    }
    for (const ExclusionRecord &e : batch.exclusions) {
        consider(e.at);
    }
    for (const RejectRecord &r : batch.rejects) {
        consider(r.at);
    }
    return at.isValid() ? at : QDateTime::currentDateTimeUtc();
}

// BEGIN IMMEDIATE takes the write lock up front, so two processes on one database wait for each other (busy
// timeout) instead of failing to upgrade a read lock. Rolls back unless committed, so nothing is
// half-written.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db)
        : m_db(db)
    { }
    ~Transaction()
    {
        if (m_open) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("ROLLBACK"));
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    QSqlError begin(bool write = true)
    {
        QSqlQuery q(m_db);
        if (!q.exec(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))) {
            return q.lastError();
        }
        m_open = true;
        return {};
    }
    QSqlError commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            return q.lastError();
        }
        m_open = false;
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// Every commit waits until its WAL frames are on the disk (synchronous=FULL), so a power cut or a crash of
// the system loses nothing committed. A claim is the exception: if a power cut takes it, its activations are
// pending again and are sent again, as anything in flight is. Any later commit that waits for the disk (an
// outcome, an ingest) carries the claim with it, since the WAL is written and synced in order; so a claim
// never goes missing while what came after it stays. SQLite refuses to change this inside a transaction: make
// one before the claim's Transaction, so it is undone after the transaction ends.
class UnsyncedCommits
{
public:
    explicit UnsyncedCommits(const QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    ~UnsyncedCommits() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous=FULL")); }
    UnsyncedCommits(const UnsyncedCommits &) = delete;
    UnsyncedCommits &operator=(const UnsyncedCommits &) = delete;

private:
    QSqlDatabase m_db;
};

// Failed activations queued again by a replay no longer count among the identities failed of the hour they
// failed in (their last attempt's, or their creation's when they failed unsent): each counts again if it
// fails again, and once as activated if it is delivered, so an hour never shows a profile both ways.
// `activationId` empty: every failed activation of the destination. Runs in the caller's transaction,
// before the activations leave `failed`.
QSqlError uncountFailed(const QSqlDatabase &db, const QString &destinationId, const QString &activationId)
{
    QSqlQuery hours(db);
    hours.prepare(QStringLiteral(
        "SELECT failed_hour, COUNT(*) FROM (SELECT (COALESCE((SELECT MAX(t.started_at) FROM attempts t "
        "WHERE t.activation_id = a.id), a.created_at) / 3600000) * 3600000 AS failed_hour FROM activations a "
        "WHERE a.destination_id = ? AND a.status = 'failed' AND a.is_test = 0%1) GROUP BY failed_hour")
                      .arg(activationId.isEmpty() ? QString() : QStringLiteral(" AND a.id = ?")));
    hours.addBindValue(destinationId);
    if (!activationId.isEmpty()) {
        hours.addBindValue(activationId);
    }
    if (!hours.exec()) {
        return hours.lastError();
    }
    QList<QPair<qint64, qint64>> perHour;
    while (hours.next()) {
        perHour.append({ hours.value(0).toLongLong(), hours.value(1).toLongLong() });
    }
    QSqlQuery uncount(db);
    uncount.prepare(QStringLiteral("UPDATE hourly_counters SET failed = MAX(failed - ?, 0) "
                                   "WHERE destination_id = ? AND hour = ?"));
    for (const auto &[hour, count] : std::as_const(perHour)) {
        uncount.addBindValue(count);
        uncount.addBindValue(destinationId);
        uncount.addBindValue(hour);
        if (!uncount.exec()) {
            return uncount.lastError();
        }
    }
    return {};
}

} // namespace

// --- Ingest ---

Status SqliteStorage::insertActivations(QSqlDatabase &db, const QList<ActivationRecord> &activations)
{
    if (activations.isEmpty()) {
        return {};
    }
    const auto insert = m_statements.statement(db,
        QByteArrayLiteral(
            "INSERT INTO activations (id, destination_id, profile_key, audiences, created_at, payload, "
            "status, attempt_count, next_attempt_at, is_test, last_error, first_attempt_at, updated_at, "
            "order_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // The search's trigram index, by the row's rowid (see kMigrations, step 3).
    const auto index = m_statements.statement(
        db, QByteArrayLiteral("INSERT INTO activations_fts (rowid, profile_key) VALUES (?, ?)"));
    for (const SqliteStatement *statement : { &*insert, &*index }) {
        if (!statement->isValid()) {
            return sqlError(Tr::tr("Preparing to save activations"), statement->lastError());
        }
    }
    for (const ActivationRecord &a : activations) {
        const qint64 createdMs = a.createdAt.toMSecsSinceEpoch();
        const QByteArray profileKey = a.profileKey.toUtf8();
        insert->bindText(0, a.id);
        insert->bindText(1, a.destinationId);
        insert->bindText(2, profileKey);
        insert->bindText(3, jsonObject(a.audiences));
        insert->bindInt(4, createdMs);
        insert->bindBlob(5, a.payload);
        insert->bindText(6, toString(a.status));
        insert->bindInt(7, a.attemptCount);
        insert->bindMsOrNull(8, a.nextAttemptAt);
        insert->bindInt(9, a.isTest ? 1 : 0);
        insert->bindText(10, a.lastError);
        insert->bindMsOrNull(11, a.firstAttemptAt);
        insert->bindInt(12, createdMs);
        insert->bindText(13, a.orderKey.isEmpty() ? profileKey : a.orderKey.toUtf8());
        if (!insert->exec()) {
            return sqlError(Tr::tr("Saving activation %1").arg(a.id), insert->lastError());
        }
        index->bindInt(0, insert->lastInsertRowId());
        index->bindText(1, profileKey);
        if (!index->exec()) {
            return sqlError(Tr::tr("Saving activation %1").arg(a.id), index->lastError());
        }
    }
    return {};
}

Status SqliteStorage::insertExclusions(QSqlDatabase &db, const QList<ExclusionRecord> &exclusions)
{
    if (exclusions.isEmpty()) {
        return {};
    }
    const auto insert = m_statements.statement(db,
        QByteArrayLiteral("INSERT INTO exclusions (destination_id, profile_key, code, reason, at, is_test) "
                          "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!insert->isValid()) {
        return sqlError(Tr::tr("Preparing to save exclusions"), insert->lastError());
    }
    for (const ExclusionRecord &e : exclusions) {
        insert->bindText(0, e.destinationId);
        insert->bindText(1, e.profileKey);
        insert->bindText(2, e.code);
        insert->bindText(3, e.reason);
        insert->bindInt(4, e.at.toMSecsSinceEpoch());
        insert->bindInt(5, e.isTest ? 1 : 0);
        if (!insert->exec()) {
            return sqlError(Tr::tr("Saving an exclusion"), insert->lastError());
        }
    }
    return {};
}

Status SqliteStorage::insertRejects(QSqlDatabase &db, const QList<RejectRecord> &rejects)
{
    if (rejects.isEmpty()) {
        return {};
    }
    const auto insert = m_statements.statement(db,
        QByteArrayLiteral("INSERT INTO rejects (source, line, reason, excerpt, at) VALUES (?, ?, ?, ?, ?)"));
    if (!insert->isValid()) {
        return sqlError(Tr::tr("Preparing to save rejected lines"), insert->lastError());
    }
    for (const RejectRecord &r : rejects) {
        insert->bindText(0, r.source);
        insert->bindInt(1, r.line);
        insert->bindText(2, r.reason);
        insert->bindBlob(3, r.excerpt);
        insert->bindInt(4, r.at.toMSecsSinceEpoch());
        if (!insert->exec()) {
            return sqlError(Tr::tr("Saving a rejected line"), insert->lastError());
        }
    }
    return {};
}

Status SqliteStorage::upsertProfileStates(QSqlDatabase &db, const IngestBatch &batch, qint64 atMs)
{
    if (!batch.states.isEmpty()) {
        const auto upsert = m_statements.statement(db,
            QByteArrayLiteral(
                "INSERT INTO profile_state (destination_id, profile_key, audiences, fingerprint, "
                "refused, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (destination_id, "
                "profile_key) DO UPDATE SET audiences = excluded.audiences, fingerprint = "
                "excluded.fingerprint, refused = excluded.refused, updated_at = excluded.updated_at"));
        if (!upsert->isValid()) {
            return sqlError(Tr::tr("Preparing to save profile states"), upsert->lastError());
        }
        upsert->bindInt(5, atMs);
        for (const auto &[key, state] : batch.states) {
            upsert->bindText(0, key.first);
            upsert->bindText(1, key.second);
            upsert->bindText(2, jsonObject(state.audiences));
            upsert->bindBlob(3, state.fingerprint);
            if (state.refused.isEmpty()) {
                upsert->bindNull(4);
            } else {
                upsert->bindBlob(4, state.refused);
            }
            if (!upsert->exec()) {
                return sqlError(
                    Tr::tr("Saving the exported state of %1").arg(key.second), upsert->lastError());
            }
        }
    }
    if (!batch.identities.isEmpty()) {
        const auto upsert = m_statements.statement(db,
            QByteArrayLiteral(
                "INSERT INTO profile_identity (destination_id, identity, profile_key) VALUES (?, ?, ?) "
                "ON CONFLICT (destination_id, identity) DO UPDATE SET profile_key = "
                "excluded.profile_key"));
        if (!upsert->isValid()) {
            return sqlError(Tr::tr("Preparing to save profile states"), upsert->lastError());
        }
        for (const auto &[identity, profileKey] : batch.identities) {
            upsert->bindText(0, identity.first);
            upsert->bindText(1, identity.second);
            upsert->bindText(2, profileKey);
            if (!upsert->exec()) {
                return sqlError(
                    Tr::tr("Saving the exported state of %1").arg(profileKey), upsert->lastError());
            }
        }
    }
    return {};
}

Status SqliteStorage::upsertCheckpoints(QSqlDatabase &db, const IngestBatch &batch, qint64 atMs)
{
    if (batch.checkpoints.isEmpty()) {
        return {};
    }
    const auto upsert = m_statements.statement(db,
        QByteArrayLiteral(
            "INSERT INTO checkpoints (source, destination_id, inode, \"offset\", line, digest, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, destination_id) DO UPDATE SET "
            "inode = excluded.inode, \"offset\" = excluded.\"offset\", line = excluded.line, "
            "digest = excluded.digest, updated_at = excluded.updated_at"));
    if (!upsert->isValid()) {
        return sqlError(Tr::tr("Preparing to save read positions"), upsert->lastError());
    }
    upsert->bindInt(6, atMs);
    for (const auto &[destinationId, position] : batch.checkpoints) {
        upsert->bindText(0, position.source);
        upsert->bindText(1, destinationId);
        // SQLite integers are signed; the bits of the inode and the digest round-trip.
        upsert->bindInt(2, qint64(position.inode));
        upsert->bindInt(3, position.offset);
        upsert->bindInt(4, position.line);
        upsert->bindInt(5, qint64(position.digest));
        if (!upsert->exec()) {
            return sqlError(
                Tr::tr("Saving the read position of %1").arg(position.source), upsert->lastError());
        }
    }
    return {};
}

Status SqliteStorage::addCounters(QSqlDatabase &db, const CounterDeltas &deltas)
{
    if (deltas.isEmpty()) {
        return {};
    }
    const auto upsert = m_statements.statement(db,
        QByteArrayLiteral(
            "INSERT INTO hourly_counters (destination_id, hour, received, activated, excluded, failed, "
            "latency_ms_sum, latency_count, received_activated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (destination_id, hour) DO UPDATE SET "
            "received = hourly_counters.received + excluded.received, "
            "activated = hourly_counters.activated + excluded.activated, "
            "excluded = hourly_counters.excluded + excluded.excluded, "
            "failed = hourly_counters.failed + excluded.failed, "
            "latency_ms_sum = hourly_counters.latency_ms_sum + excluded.latency_ms_sum, "
            "latency_count = hourly_counters.latency_count + excluded.latency_count, "
            "received_activated = hourly_counters.received_activated + excluded.received_activated"));
    if (!upsert->isValid()) {
        return sqlError(Tr::tr("Preparing to update the delivery counters"), upsert->lastError());
    }
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        const StatusCounters &c = it.value();
        upsert->bindText(0, it.key().first);
        upsert->bindInt(1, it.key().second);
        upsert->bindInt(2, c.received);
        upsert->bindInt(3, c.activated);
        upsert->bindInt(4, c.excluded);
        upsert->bindInt(5, c.failed);
        upsert->bindInt(6, c.latencyMsSum);
        upsert->bindInt(7, c.latencyCount);
        upsert->bindInt(8, c.receivedActivated);
        if (!upsert->exec()) {
            return sqlError(Tr::tr("Updating the delivery counters"), upsert->lastError());
        }
    }
    return {};
}

// One row per destination and batch. Every value on the right is the row's before this write, so a batch
// written late (an older outcome) changes neither the state nor the last error it does not postdate.
Status SqliteStorage::updateHealth(QSqlDatabase &db, const HealthDeltas &health)
{
    if (health.isEmpty()) {
        return {};
    }
    const auto upsert = m_statements.statement(db,
        QByteArrayLiteral(
            "INSERT INTO delivery_health (destination_id, failing, last_error, last_error_at, last_at, "
            "bucket, bucket_count, previous_count) VALUES (?, ?, ?, ?, ?, ?, ?, 0) "
            "ON CONFLICT (destination_id) DO UPDATE SET "
            "failing = CASE WHEN excluded.last_at >= delivery_health.last_at THEN excluded.failing "
            "ELSE delivery_health.failing END, "
            "last_error = CASE WHEN excluded.last_error_at >= COALESCE(delivery_health.last_error_at, -1) "
            "THEN excluded.last_error ELSE delivery_health.last_error END, "
            "last_error_at = CASE WHEN excluded.last_error_at >= COALESCE(delivery_health.last_error_at, -1) "
            "THEN excluded.last_error_at ELSE delivery_health.last_error_at END, "
            "last_at = MAX(excluded.last_at, delivery_health.last_at), "
            "previous_count = CASE WHEN excluded.bucket <= delivery_health.bucket "
            "THEN delivery_health.previous_count WHEN excluded.bucket = delivery_health.bucket + 1 "
            "THEN delivery_health.bucket_count ELSE 0 END, "
            "bucket_count = CASE WHEN excluded.bucket <= delivery_health.bucket "
            "THEN delivery_health.bucket_count + excluded.bucket_count ELSE excluded.bucket_count END, "
            "bucket = MAX(excluded.bucket, delivery_health.bucket)"));
    if (!upsert->isValid()) {
        return sqlError(Tr::tr("Preparing to update the delivery state"), upsert->lastError());
    }
    for (auto it = health.cbegin(); it != health.cend(); ++it) {
        const HealthDelta &h = it.value();
        upsert->bindText(0, it.key());
        upsert->bindInt(1, h.lastSucceeded ? 0 : 1);
        upsert->bindText(2, text(h.lastError));
        if (h.lastErrorAtMs >= 0) {
            upsert->bindInt(3, h.lastErrorAtMs);
        } else {
            upsert->bindNull(3);
        }
        upsert->bindInt(4, h.lastAtMs);
        upsert->bindInt(5, h.lastAtMs / DeliveryHealth::kBucketMs);
        upsert->bindInt(6, h.finals);
        if (!upsert->exec()) {
            return sqlError(Tr::tr("Updating the delivery state"), upsert->lastError());
        }
    }
    return {};
}

Expected<DeliveryHealth> SqliteStorage::readHealth(QSqlDatabase &db, const QString &destinationId) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT failing, last_error, last_error_at, bucket, bucket_count, previous_count "
                       "FROM delivery_health WHERE destination_id = ?"));
    q.addBindValue(destinationId);
    if (!q.exec()) {
        return sqlError(Tr::tr("Reading the delivery state of %1").arg(destinationId), q.lastError());
    }
    DeliveryHealth health; // no row: nothing sent yet
    if (q.next()) {
        health.failing = q.value(0).toInt() != 0;
        health.lastError = q.value(1).toString();
        health.lastErrorAt = q.value(2).isNull() ? QDateTime() : fromMs(q.value(2));
        health.bucket = q.value(3).toLongLong();
        health.bucketCount = q.value(4).toLongLong();
        health.previousCount = q.value(5).toLongLong();
    }
    return health;
}

Status SqliteStorage::commitIngest(const IngestBatch &batch)
{
    const qint64 atMs = batchTime(batch).toMSecsSinceEpoch();
    CounterDeltas deltas;
    for (auto it = batch.received.cbegin(); it != batch.received.cend(); ++it) {
        deltas[{ it.key(), HourlyCounters::hourStart(atMs) }].received += it.value();
    }
    for (const ExclusionRecord &e : batch.exclusions) {
        if (!e.isTest) {
            deltas[{ e.destinationId, HourlyCounters::hourStart(atMs) }].excluded += 1;
        }
    }
    for (const ActivationRecord &a : batch.activations) {
        if (a.status == ActivationStatus::Failed && !a.isTest) { // failed as it was made: over 100 KB
            deltas[{ a.destinationId, HourlyCounters::hourStart(atMs) }].failed += 1;
        }
    }

    QSqlDatabase db = database();
    Transaction transaction(db);
    if (const QSqlError error = transaction.begin(); error.isValid()) {
        return sqlError(Tr::tr("Starting to save ingested profiles"), error);
    }
    Status step = insertActivations(db, batch.activations);
    if (step) {
        step = insertExclusions(db, batch.exclusions);
    }
    if (step) {
        step = insertRejects(db, batch.rejects);
    }
    if (step) {
        step = upsertProfileStates(db, batch, atMs);
    }
    if (step) {
        step = upsertCheckpoints(db, batch, atMs);
    }
    if (step) {
        step = addCounters(db, deltas);
    }
    if (!step) {
        return step; // the transaction rolls back
    }
    if (const QSqlError error = transaction.commit(); error.isValid()) {
        return sqlError(Tr::tr("Saving ingested profiles"), error);
    }
    return {};
}

namespace {

// Runs `select` (destination id, one key) for each of `keys` in one read transaction: a statement on its own
// takes and releases the read lock, and finds the page cache emptied whenever another connection has written
// since. `row` takes each key with a row. Returns the error that stopped it, if any.
template<typename Row>
QSqlError selectEach(QSqlDatabase &db, SqliteStatement &select, const QString &destinationId,
    const QStringList &keys, Row &&row)
{
    if (!select.isValid()) {
        return select.lastError();
    }
    Transaction snapshot(db);
    if (QSqlError error = snapshot.begin(false); error.isValid()) {
        return error;
    }
    select.bindText(0, destinationId);
    for (const QString &key : keys) {
        select.bindText(1, key);
        if (!select.exec()) {
            return select.lastError();
        }
        if (select.hasRow()) {
            row(key, select);
        }
    }
    select.reset(); // ends the statement's read: the transaction can end
    return snapshot.commit();
}

} // namespace

Expected<QHash<QString, ProfileState>> SqliteStorage::profileStates(
    const QString &destinationId, const QStringList &profileKeys)
{
    QHash<QString, ProfileState> states;
    if (profileKeys.isEmpty()) {
        return states;
    }
    QSqlDatabase db = database();
    const auto select = m_statements.statement(db,
        QByteArrayLiteral(
            "SELECT audiences, fingerprint, refused FROM profile_state WHERE destination_id = ? AND "
            "profile_key = ?"));
    const QSqlError error = selectEach(
        db, *select, destinationId, profileKeys, [&states](const QString &key, SqliteStatement &row) {
            states.insert(key, ProfileState { row.bytes(0), row.bytes(1), row.bytes(2) });
        });
    if (error.isValid()) {
        return sqlError(Tr::tr("Reading the exported states of profiles"), error);
    }
    return states;
}

Expected<QHash<QString, QString>> SqliteStorage::profileKeysOf(
    const QString &destinationId, const QStringList &identities)
{
    QHash<QString, QString> keys;
    if (identities.isEmpty()) {
        return keys;
    }
    QSqlDatabase db = database();
    const auto select = m_statements.statement(db,
        QByteArrayLiteral(
            "SELECT profile_key FROM profile_identity WHERE destination_id = ? AND identity = ?"));
    const QSqlError error = selectEach(db, *select, destinationId, identities,
        [&keys](const QString &identity, SqliteStatement &row) { keys.insert(identity, row.text(0)); });
    if (error.isValid()) {
        return sqlError(Tr::tr("Reading the exported states of profiles"), error);
    }
    return keys;
}

Expected<std::optional<SourcePosition>> SqliteStorage::checkpoint(
    const QString &source, const QString &destinationId)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT inode, \"offset\", line, digest FROM checkpoints WHERE source = ? AND destination_id = ?"));
    q.addBindValue(source);
    q.addBindValue(destinationId);
    if (!q.exec()) {
        return sqlError(Tr::tr("Reading the read position of %1").arg(source), q.lastError());
    }
    if (!q.next()) {
        return std::optional<SourcePosition>();
    }
    return std::optional<SourcePosition>(SourcePosition { source, quint64(q.value(0).toLongLong()),
        q.value(1).toLongLong(), q.value(2).toLongLong(), quint64(q.value(3).toLongLong()) });
}

Expected<QList<RejectRecord>> SqliteStorage::rejects(int limit)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT source, line, reason, excerpt, at FROM rejects ORDER BY at DESC, id DESC "
                       "LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        return sqlError(Tr::tr("Reading the rejected lines"), q.lastError());
    }
    QList<RejectRecord> result;
    while (q.next()) {
        result.append({ q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toByteArray(), fromMs(q.value(4)) });
    }
    return result;
}

// --- Outbox ---

Expected<int> SqliteStorage::recoverInFlight(const QStringList &destinationIds)
{
    const QStringList ids = distinct(destinationIds);
    if (ids.isEmpty()) {
        return 0;
    }
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("UPDATE activations SET status = 'pending', updated_at = ? WHERE status = 'sending' "
                       "AND destination_id IN (%1) AND is_test = 0")
            .arg(placeholders(ids.size())));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    for (const QString &id : ids) {
        q.addBindValue(id);
    }
    if (!q.exec()) {
        return sqlError(Tr::tr("Requeueing the activations that were being sent"), q.lastError());
    }
    return q.numRowsAffected();
}

Expected<int> SqliteStorage::closeUnansweredTests(const QDateTime &before, const QString &message)
{
    // Found and closed in one write transaction: a test answered meanwhile cannot be closed as unanswered.
    QSqlDatabase db = database();
    Transaction transaction(db);
    if (const QSqlError error = transaction.begin(); error.isValid()) {
        return sqlError(Tr::tr("Looking for unanswered test sends"), error);
    }
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id FROM activations WHERE status IN ('pending', 'sending') AND is_test = 1 "
                       "AND created_at < ?"));
    q.addBindValue(before.toMSecsSinceEpoch());
    if (!q.exec()) {
        return sqlError(Tr::tr("Looking for unanswered test sends"), q.lastError());
    }
    QList<AttemptOutcome> closed;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (q.next()) {
        Attempt attempt;
        attempt.activationId = q.value(0).toString();
        attempt.startedAt = now;
        attempt.outcome.cls = OutcomeClass::Failed;
        attempt.outcome.code = QStringLiteral("unanswered");
        attempt.outcome.message = message;
        closed.append(AttemptOutcome { attempt, ActivationStatus::Failed, std::nullopt });
    }
    q.finish();
    if (closed.isEmpty()) {
        return 0; // the transaction rolls back: nothing was written
    }
    CounterDeltas deltas; // test sends count nowhere: stays empty
    if (const Status recorded = recordOutcomes(db, closed, deltas); !recorded) {
        return recorded.error();
    }
    if (const QSqlError error = transaction.commit(); error.isValid()) {
        return sqlError(Tr::tr("Looking for unanswered test sends"), error);
    }
    return int(closed.size());
}

namespace {

// The condition that keeps an activation behind an older one of its profile waiting for a retry. By the order
// key: the profile key of an exit sent after a device id was added is not its qualification's.
QString notBehindARetry()
{
    return QStringLiteral(
        " AND NOT EXISTS (SELECT 1 FROM activations AS r INDEXED BY activations_retry_profile "
        "WHERE r.status = 'retrying' AND r.destination_id = a.destination_id AND r.order_key = a.order_key "
        "AND (r.created_at < a.created_at OR (r.created_at = a.created_at AND r.rowid < a.rowid))) ");
}

// ActivationRecord::retryableFailures of `a`, as a column after activationColumns(): its retryable failures
// since first_attempt_at (NULL until the first attempt, and again after a replay), so neither the attempts
// before a replay (started before it) nor a 401/403 that paused the destination count. A claimed activation
// that was never attempted, or not since its replay, looks nothing up.
QString retryableFailuresColumn()
{
    return QStringLiteral(
        ", CASE WHEN a.first_attempt_at IS NULL THEN 0 ELSE (SELECT COUNT(*) FROM attempts AS t WHERE "
        "t.activation_id = a.id AND t.started_at >= a.first_attempt_at AND t.outcome = 'retry') END ");
}

} // namespace

// Per destination, the oldest pending and the oldest due retries (each query walks an index in order and
// stops at `limit`); the caller merges them. Test sends are never claimed: test-send delivers them itself.
Expected<QList<QPair<qint64, ActivationRecord>>> SqliteStorage::dueCandidates(
    QSqlDatabase &db, const QStringList &destinationIds, const QDateTime &now, int limit)
{
    // INDEXED BY: otherwise the planner may prefer the history index and walk every final activation.
    // An activation waits while an older one of its profile (by creation, then rowid) waits for a retry.
    static const QByteArray pendingSql = [] {
        return (QStringLiteral("SELECT rowid, %1%2 FROM activations AS a INDEXED BY activations_queue WHERE "
                               "status = 'pending' AND destination_id = ? AND is_test = 0")
                    .arg(activationColumns(), retryableFailuresColumn())
            + notBehindARetry() + QStringLiteral("ORDER BY created_at, rowid LIMIT ?"))
            .toUtf8();
    }();
    static const QByteArray retryingSql = [] {
        return (QStringLiteral("SELECT rowid, %1%2 FROM activations AS a WHERE status = 'retrying' "
                               "AND destination_id = ? AND next_attempt_at <= ? AND is_test = 0")
                    .arg(activationColumns(), retryableFailuresColumn())
            + notBehindARetry() + QStringLiteral("ORDER BY created_at, rowid LIMIT ?"))
            .toUtf8();
    }();
    const auto pending = m_statements.statement(db, pendingSql);
    const auto retrying = m_statements.statement(db, retryingSql);
    for (const SqliteStatement *statement : { &*pending, &*retrying }) {
        if (!statement->isValid()) {
            return sqlError(Tr::tr("Preparing to claim due activations"), statement->lastError());
        }
    }
    QList<QPair<qint64, ActivationRecord>> candidates;
    for (const QString &destinationId : destinationIds) {
        pending->bindText(0, destinationId);
        pending->bindInt(1, limit);
        retrying->bindText(0, destinationId);
        retrying->bindInt(1, now.toMSecsSinceEpoch());
        retrying->bindInt(2, limit);
        for (SqliteStatement *statement : { &*pending, &*retrying }) {
            bool ok = statement->exec();
            for (; ok && statement->hasRow(); ok = statement->next()) {
                ActivationRecord activation = activationFromStatement(*statement, 1);
                activation.retryableFailures = int(statement->int64(1 + kActivationColumnCount));
                candidates.append({ statement->int64(0), std::move(activation) });
            }
            if (!ok) {
                return sqlError(
                    Tr::tr("Finding due activations of %1").arg(destinationId), statement->lastError());
            }
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
        return std::make_pair(a.second.createdAt, a.first) < std::make_pair(b.second.createdAt, b.first);
    });
    if (candidates.size() > limit) {
        candidates.resize(limit);
    }
    return candidates;
}

// One statement for the whole claim: a statement per row cost more in binding and stepping than the rows'
// updates themselves.
Status SqliteStorage::markSending(
    QSqlDatabase &db, const QList<QPair<qint64, ActivationRecord>> &claimed, const QDateTime &now)
{
    if (claimed.isEmpty()) {
        return {};
    }
    QByteArray rowids;
    rowids.reserve(claimed.size() * 8 + 2);
    rowids += '[';
    for (const auto &[rowid, activation] : claimed) {
        if (rowids.size() > 1) {
            rowids += ',';
        }
        rowids += QByteArray::number(rowid);
    }
    rowids += ']';
    const auto update = m_statements.statement(db,
        QByteArrayLiteral("UPDATE activations SET status = 'sending', updated_at = ? "
                          "WHERE rowid IN (SELECT value FROM json_each(?))"));
    if (!update->isValid()) {
        return sqlError(Tr::tr("Preparing to claim due activations"), update->lastError());
    }
    update->bindInt(0, now.toMSecsSinceEpoch());
    update->bindText(1, rowids);
    if (!update->exec()) {
        return sqlError(Tr::tr("Claiming due activations"), update->lastError());
    }
    return {};
}

Expected<QList<ActivationRecord>> SqliteStorage::claimDue(
    const QStringList &destinationIds, const QDateTime &now, int limit)
{
    if (destinationIds.isEmpty() || limit <= 0) {
        return QList<ActivationRecord>();
    }
    QSqlDatabase db = database();
    const UnsyncedCommits unsynced(db);
    Transaction transaction(db);
    if (const QSqlError error = transaction.begin(); error.isValid()) {
        return sqlError(Tr::tr("Starting to claim due activations"), error);
    }
    auto candidates = dueCandidates(db, distinct(destinationIds), now, limit);
    if (!candidates) {
        return candidates.error();
    }
    if (const Status marked = markSending(db, *candidates, now); !marked) {
        return marked.error();
    }
    if (const QSqlError error = transaction.commit(); error.isValid()) {
        return sqlError(Tr::tr("Claiming due activations"), error);
    }
    QList<ActivationRecord> claimed;
    claimed.reserve(candidates->size());
    for (auto &candidate : candidates.value()) {
        candidate.second.status = ActivationStatus::Sending;
        claimed.append(std::move(candidate.second));
    }
    return claimed;
}

Status SqliteStorage::unclaim(const QStringList &activationIds)
{
    if (activationIds.isEmpty()) {
        return {};
    }
    QSqlDatabase db = database();
    Transaction transaction(db);
    if (const QSqlError error = transaction.begin(); error.isValid()) {
        return sqlError(Tr::tr("Starting to requeue activations"), error);
    }
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("UPDATE activations SET status = 'pending', updated_at = ? WHERE id = ? "
                                  "AND status = 'sending'"))) {
        return sqlError(Tr::tr("Preparing to requeue activations"), q.lastError());
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &id : activationIds) {
        q.bindValue(0, now);
        q.bindValue(1, id);
        if (!q.exec()) {
            return sqlError(Tr::tr("Requeueing activation %1").arg(id), q.lastError());
        }
    }
    if (const QSqlError error = transaction.commit(); error.isValid()) {
        return sqlError(Tr::tr("Requeueing activations"), error);
    }
    return {};
}

Expected<std::optional<QDateTime>> SqliteStorage::nextRetryAt(const QStringList &destinationIds)
{
    const QStringList ids = distinct(destinationIds);
    if (ids.isEmpty()) {
        return std::optional<QDateTime>();
    }
    // Asked whenever the worker has nothing due, which at a few activations a second is after each one.
    const auto select = m_statements.statement(database(),
        QStringLiteral("SELECT MIN(next_attempt_at) FROM activations WHERE status = 'retrying' "
                       "AND destination_id IN (%1) AND is_test = 0")
            .arg(placeholders(ids.size()))
            .toUtf8());
    for (int i = 0; i < ids.size(); ++i) {
        select->bindText(i, ids.at(i));
    }
    if (!select->exec() || !select->hasRow()) {
        return sqlError(Tr::tr("Finding the next retry"), select->lastError());
    }
    if (select->isNull(0)) {
        return std::optional<QDateTime>();
    }
    return std::optional<QDateTime>(QDateTime::fromMSecsSinceEpoch(select->int64(0), Qt::UTC));
}

Status SqliteStorage::recordAttempts(const QList<AttemptOutcome> &outcomes)
{
    if (outcomes.isEmpty()) {
        return {};
    }
    QSqlDatabase db = database();
    Transaction transaction(db);
    if (const QSqlError error = transaction.begin(); error.isValid()) {
        return sqlError(Tr::tr("Starting to record attempts"), error);
    }
    CounterDeltas deltas;
    HealthDeltas health;
    if (const Status recorded = recordOutcomes(db, outcomes, deltas, &health); !recorded) {
        return recorded;
    }
    if (const Status counted = addCounters(db, deltas); !counted) {
        return counted;
    }
    if (const Status kept = updateHealth(db, health); !kept) {
        return kept;
    }
    if (const QSqlError error = transaction.commit(); error.isValid()) {
        return sqlError(Tr::tr("Recording %n attempt(s)", nullptr, int(outcomes.size())), error);
    }
    return {};
}

Expected<int> SqliteStorage::replayFailed(const QString &destinationId)
{
    QSqlDatabase db = database();
    Transaction transaction(db);
    QSqlError error = transaction.begin();
    if (!error.isValid()) {
        error = uncountFailed(db, destinationId, {});
    }
    if (error.isValid()) {
        return sqlError(Tr::tr("Replaying the failed activations of %1").arg(destinationId), error);
    }
    QSqlQuery q(db);
    // first_attempt_at goes back to NULL so the retry schedule starts again: its horizon (24 h after the
    // first attempt) and its steps (counted from first_attempt_at, see retryableFailuresColumn()).
    // attempt_count stays: the history keeps every attempt. A row final before schema 10 gets its order key
    // (kMigrations), as every queued one has.
    q.prepare(QStringLiteral(
        "UPDATE activations SET status = 'pending', next_attempt_at = NULL, first_attempt_at = NULL, "
        "order_key = COALESCE(order_key, profile_key), updated_at = ? WHERE status = 'failed' AND "
        "destination_id = ? AND is_test = 0"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(destinationId);
    if (!q.exec()) {
        return sqlError(Tr::tr("Replaying the failed activations of %1").arg(destinationId), q.lastError());
    }
    const int replayed = q.numRowsAffected();
    if (error = transaction.commit(); error.isValid()) {
        return sqlError(Tr::tr("Replaying the failed activations of %1").arg(destinationId), error);
    }
    return replayed;
}

Status SqliteStorage::replayActivation(const QString &activationId)
{
    QSqlDatabase db = database();
    // Read and changed under the write lock: nothing changes it in between.
    Transaction transaction(db);
    if (const QSqlError error = transaction.begin(); error.isValid()) {
        return sqlError(Tr::tr("Replaying activation %1").arg(activationId), error);
    }
    auto current = activation(activationId);
    if (!current) {
        return current.error();
    }
    if (Error refused = replayRefusal(*current); !refused.isNull()) {
        return refused;
    }
    if (current->status == ActivationStatus::Failed) {
        if (const QSqlError error = uncountFailed(db, current->destinationId, activationId);
            error.isValid()) {
            return sqlError(Tr::tr("Replaying activation %1").arg(activationId), error);
        }
    }
    QSqlQuery q(db);
    // As replayFailed(): the retry schedule starts again.
    q.prepare(QStringLiteral(
        "UPDATE activations SET status = 'pending', next_attempt_at = NULL, first_attempt_at = NULL, "
        "order_key = COALESCE(order_key, profile_key), updated_at = ? WHERE id = ? AND status IN "
        "('failed', 'succeeded')"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(activationId);
    if (!q.exec()) {
        return sqlError(Tr::tr("Replaying activation %1").arg(activationId), q.lastError());
    }
    if (q.numRowsAffected() != 1) {
        return Error { Tr::tr(
            "Activation %1 changed while it was being replayed: look at its status and try again.")
                           .arg(activationId) };
    }
    // Delivered, it counted among its hour's profiles activated; queued again, it counts once it is
    // delivered again (the deliveries themselves stay counted as they happened).
    if (current->status == ActivationStatus::Succeeded) {
        QSqlQuery uncount(db);
        uncount.prepare(
            QStringLiteral("UPDATE hourly_counters SET received_activated = received_activated - 1 "
                           "WHERE destination_id = ? AND hour = ? AND received_activated > 0"));
        uncount.addBindValue(current->destinationId);
        uncount.addBindValue(HourlyCounters::hourStart(current->createdAt.toMSecsSinceEpoch()));
        if (!uncount.exec()) {
            return sqlError(Tr::tr("Replaying activation %1").arg(activationId), uncount.lastError());
        }
    }
    if (const QSqlError error = transaction.commit(); error.isValid()) {
        return sqlError(Tr::tr("Replaying activation %1").arg(activationId), error);
    }
    return {};
}

Expected<qint64> SqliteStorage::unfinishedCount(const QStringList &destinationIds)
{
    const QStringList ids = distinct(destinationIds);
    if (ids.isEmpty()) {
        return qint64(0);
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM activations WHERE status IN ('pending', 'sending', 'retrying') "
                       "AND destination_id IN (%1) AND is_test = 0")
            .arg(placeholders(ids.size())));
    for (const QString &id : ids) {
        q.addBindValue(id);
    }
    if (!q.exec() || !q.next()) {
        return sqlError(Tr::tr("Counting the queued activations"), q.lastError());
    }
    return q.value(0).toLongLong();
}

// --- Status, runtime state, retention, alerts ---

static StatusCounters countersFromQuery(const QSqlQuery &q, int c)
{
    StatusCounters counters;
    counters.received = q.value(c + 0).toLongLong();
    counters.activated = q.value(c + 1).toLongLong();
    counters.excluded = q.value(c + 2).toLongLong();
    counters.failed = q.value(c + 3).toLongLong();
    counters.latencyMsSum = q.value(c + 4).toLongLong();
    counters.latencyCount = q.value(c + 5).toLongLong();
    counters.receivedActivated = q.value(c + 6).toLongLong();
    return counters;
}

Expected<StatusCounters> SqliteStorage::totalCounters(QSqlDatabase &db, const QString &destinationId) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT TOTAL(received), TOTAL(activated), TOTAL(excluded), TOTAL(failed), TOTAL(latency_ms_sum), "
        "TOTAL(latency_count), TOTAL(received_activated) FROM hourly_counters WHERE destination_id = ?"));
    q.addBindValue(destinationId);
    if (!q.exec() || !q.next()) {
        return sqlError(Tr::tr("Reading the delivery counters of %1").arg(destinationId), q.lastError());
    }
    return countersFromQuery(q, 0);
}

Expected<QList<HourlyCounters>> SqliteStorage::hourlyCounters(
    QSqlDatabase &db, const QString &destinationId, int hours) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT hour, received, activated, excluded, failed, latency_ms_sum, latency_count, "
                       "received_activated FROM hourly_counters WHERE destination_id = ? ORDER BY hour DESC "
                       "LIMIT ?"));
    q.addBindValue(destinationId);
    q.addBindValue(std::max(hours, 0));
    if (!q.exec()) {
        return sqlError(Tr::tr("Reading the hourly counters of %1").arg(destinationId), q.lastError());
    }
    QList<HourlyCounters> result;
    while (q.next()) {
        result.append({ fromMs(q.value(0)), countersFromQuery(q, 1) });
    }
    return result;
}

Status SqliteStorage::readQueue(
    QSqlDatabase &db, const QString &destinationId, DestinationStatus &status) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT status, COUNT(*), MIN(created_at) FROM activations "
                       "WHERE status IN ('pending', 'sending', 'retrying', 'failed') AND destination_id = ? "
                       "AND is_test = 0 GROUP BY status"));
    q.addBindValue(destinationId);
    if (!q.exec()) {
        return sqlError(Tr::tr("Reading the queue of %1").arg(destinationId), q.lastError());
    }
    while (q.next()) {
        const qint64 count = q.value(1).toLongLong();
        if (q.value(0).toString() == toString(ActivationStatus::Failed)) {
            status.failedNow = count;
            continue;
        }
        const QDateTime oldest = fromMs(q.value(2));
        status.queueDepth += count;
        if (q.value(0).toString() == toString(ActivationStatus::Retrying)) {
            status.retrying = count;
        }
        if (!status.oldestPendingSince || oldest < *status.oldestPendingSince) {
            status.oldestPendingSince = oldest;
        }
    }
    return {};
}

Expected<DestinationStatus> SqliteStorage::status(const QString &destinationId, int hours)
{
    QSqlDatabase db = database();
    // One read transaction: every figure comes from the same snapshot.
    Transaction snapshot(db);
    if (const QSqlError error = snapshot.begin(false); error.isValid()) {
        return sqlError(Tr::tr("Reading the status of %1").arg(destinationId), error);
    }
    DestinationStatus result;
    auto total = totalCounters(db, destinationId);
    if (!total) {
        return total.error();
    }
    result.total = *total;
    auto perHour = hourlyCounters(db, destinationId, hours);
    if (!perHour) {
        return perHour.error();
    }
    result.hours = *perHour;
    if (const Status queue = readQueue(db, destinationId, result); !queue) {
        return queue.error();
    }
    auto state = runtime(destinationId);
    if (!state) {
        return state.error();
    }
    result.runtime = *state;
    auto health = readHealth(db, destinationId);
    if (!health) {
        return health.error();
    }
    result.health = *health;
    return result;
}

Expected<DeliveryHealth> SqliteStorage::deliveryHealth(const QString &destinationId)
{
    QSqlDatabase db = database();
    return readHealth(db, destinationId);
}

Expected<DestinationRuntime> SqliteStorage::runtime(const QString &destinationId)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT state, reason, last_error, updated_at FROM destination_runtime WHERE destination_id = ?"));
    q.addBindValue(destinationId);
    if (!q.exec()) {
        return sqlError(Tr::tr("Reading the state of %1").arg(destinationId), q.lastError());
    }
    DestinationRuntime result; // no row: enabled
    if (q.next()) {
        result.state = q.value(0).toString();
        result.reason = q.value(1).toString();
        result.lastError = q.value(2).toString();
        result.updatedAt = fromMs(q.value(3));
    }
    return result;
}

Status SqliteStorage::setRuntime(const QString &destinationId, const DestinationRuntime &runtime)
{
    const auto written = writeRuntime(destinationId, runtime, false);
    return written ? Status {} : Status { written.error() };
}

Expected<bool> SqliteStorage::setRuntimeUnlessNewer(
    const QString &destinationId, const DestinationRuntime &runtime)
{
    return writeRuntime(destinationId, runtime, true);
}

// One statement: the comparison and the write cannot be split by another process's write.
Expected<bool> SqliteStorage::writeRuntime(
    const QString &destinationId, const DestinationRuntime &runtime, bool unlessNewer)
{
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral(
            "INSERT INTO destination_runtime (destination_id, state, reason, last_error, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (destination_id) DO UPDATE SET state = excluded.state, "
            "reason = excluded.reason, last_error = excluded.last_error, updated_at = excluded.updated_at")
        + (unlessNewer ? QStringLiteral(" WHERE destination_runtime.updated_at <= excluded.updated_at")
                       : QString()));
    q.addBindValue(destinationId);
    q.addBindValue(text(runtime.state));
    q.addBindValue(text(runtime.reason));
    q.addBindValue(text(runtime.lastError));
    q.addBindValue(runtime.updatedAt.isValid() ? runtime.updatedAt.toMSecsSinceEpoch()
                                               : QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        return sqlError(Tr::tr("Saving the state of %1").arg(destinationId), q.lastError());
    }
    return q.numRowsAffected() > 0;
}

namespace {

constexpr int kPurgeChunk = 1000;

// Runs a DELETE that removes at most kPurgeChunk rows until it removes fewer, each run its own short
// transaction: a large purge never holds the write lock long enough for the ingest or the delivery worker to
// time out.
// A failure is told as `what` failed, in SQLite's words and with the advice its code calls for.
Expected<qint64> deleteInChunks(const QSqlDatabase &db, const QString &sql, qint64 bound, const QString &what,
    const QString &databasePath)
{
    qint64 removed = 0;
    for (qint64 changed = kPurgeChunk; changed >= kPurgeChunk;) {
        Transaction transaction(db);
        QSqlQuery q(db);
        if (QSqlError error = transaction.begin(); error.isValid()) {
            return sqliteError(what, error, databasePath);
        }
        q.prepare(sql);
        q.addBindValue(bound);
        if (!q.exec()) {
            return sqliteError(what, q.lastError(), databasePath);
        }
        changed = q.numRowsAffected();
        if (QSqlError error = transaction.commit(); error.isValid()) {
            return sqliteError(what, error, databasePath);
        }
        removed += changed;
    }
    return removed;
}

} // namespace

// Final activations created before the time, in chunks like deleteInChunks(), each chunk's keys taken out of
// the trigram index first: a contentless FTS5 index forgets a row only when told the text it indexed.
Expected<qint64> SqliteStorage::purgeActivations(qint64 beforeMs, const QString &what)
{
    const QSqlDatabase db = database();
    qint64 removed = 0;
    for (qint64 changed = kPurgeChunk; changed >= kPurgeChunk;) {
        Transaction transaction(db);
        if (QSqlError error = transaction.begin(); error.isValid()) {
            return sqlError(what, error);
        }
        QSqlQuery chunk(db);
        chunk.prepare(QStringLiteral("SELECT json_group_array(rowid), COUNT(*) FROM (SELECT rowid FROM "
                                     "activations WHERE status IN ('succeeded', 'failed') AND created_at < ? "
                                     "LIMIT %1)")
                          .arg(kPurgeChunk));
        chunk.addBindValue(beforeMs);
        if (!chunk.exec() || !chunk.next()) {
            return sqlError(what, chunk.lastError());
        }
        const QString rowids = chunk.value(0).toString();
        changed = chunk.value(1).toLongLong();
        chunk.finish();
        for (const QString &sql :
            { QStringLiteral("INSERT INTO activations_fts (activations_fts, rowid, profile_key) "
                             "SELECT 'delete', rowid, profile_key FROM activations "
                             "WHERE rowid IN (SELECT value FROM json_each(?))"),
                QStringLiteral("DELETE FROM activations WHERE rowid IN (SELECT value FROM json_each(?))") }) {
            QSqlQuery q(db);
            q.prepare(sql);
            q.addBindValue(rowids);
            if (!q.exec()) {
                return sqlError(what, q.lastError());
            }
        }
        if (QSqlError error = transaction.commit(); error.isValid()) {
            return sqlError(what, error);
        }
        removed += changed;
    }
    return removed;
}

Expected<qint64> SqliteStorage::purge(const QDateTime &before)
{
    const qint64 beforeMs = before.toMSecsSinceEpoch();
    // Only final activations: pending, sending and retrying work is kept whatever its age. Their attempts go
    // with them (ON DELETE CASCADE). Acknowledged alerts age out with the rest; open ones stay.
    const QList<QPair<QString, qint64>> statements = {
        { QStringLiteral(
              "DELETE FROM exclusions WHERE id IN (SELECT id FROM exclusions WHERE at < ? LIMIT %1)")
                .arg(kPurgeChunk),
            beforeMs },
        { QStringLiteral("DELETE FROM rejects WHERE id IN (SELECT id FROM rejects WHERE at < ? LIMIT %1)")
                .arg(kPurgeChunk),
            beforeMs },
        { QStringLiteral("DELETE FROM hourly_counters WHERE hour < ?"), HourlyCounters::hourStart(beforeMs) },
        { QStringLiteral("DELETE FROM alerts WHERE acknowledged_at IS NOT NULL AND raised_at < ?"),
            beforeMs },
    };
    const QString what = Tr::tr("Purging the history older than %1").arg(before.toString(Qt::ISODate));
    const auto activations = purgeActivations(beforeMs, what);
    if (!activations) {
        return activations.error();
    }
    for (const auto &[sql, bound] : statements) {
        if (const auto count = deleteInChunks(database(), sql, bound, what, databasePath()); !count) {
            return count.error();
        }
    }
    return *activations;
}

Expected<qint64> SqliteStorage::raiseAlert(const AlertRecord &alert)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO alerts (destination_id, type, message, raised_at, acknowledged_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(text(alert.destinationId));
    q.addBindValue(text(alert.type));
    q.addBindValue(text(alert.message));
    q.addBindValue(
        alert.raisedAt.isValid() ? alert.raisedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(msOrNull(alert.acknowledgedAt));
    if (!q.exec()) {
        return sqlError(Tr::tr("Saving an alert"), q.lastError());
    }
    return q.lastInsertId().toLongLong();
}

Status SqliteStorage::acknowledgeAlert(qint64 alertId)
{
    QSqlQuery q(database());
    // Acknowledging twice keeps the first time.
    q.prepare(
        QStringLiteral("UPDATE alerts SET acknowledged_at = COALESCE(acknowledged_at, ?) WHERE id = ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(alertId);
    if (!q.exec()) {
        return sqlError(Tr::tr("Acknowledging alert %1").arg(alertId), q.lastError());
    }
    if (q.numRowsAffected() != 1) {
        return Error {
            Tr::tr("There is no alert %1: list the open alerts with `qadctl status`.").arg(alertId)
        };
    }
    return {};
}

Expected<QList<AlertRecord>> SqliteStorage::openAlerts(const QString &destinationId)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, destination_id, type, message, raised_at FROM alerts "
                                 "WHERE acknowledged_at IS NULL");
    if (!destinationId.isEmpty()) {
        sql += QStringLiteral(" AND destination_id = ?");
    }
    q.prepare(sql + QStringLiteral(" ORDER BY raised_at DESC, id DESC"));
    if (!destinationId.isEmpty()) {
        q.addBindValue(destinationId);
    }
    if (!q.exec()) {
        return sqlError(Tr::tr("Reading the open alerts"), q.lastError());
    }
    QList<AlertRecord> result;
    while (q.next()) {
        result.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), fromMs(q.value(4)), std::nullopt });
    }
    return result;
}

} // namespace qad
