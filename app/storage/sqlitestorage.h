#pragma once

#include "storage/sqlitestatement.h"
#include "storage/storage.h"

#include <QHash>
#include <QMap>
#include <QPair>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>

class QSqlDatabase;
class QSqlError;

namespace qad {

// An error of the SQLite database at `databasePath`: what failed, SQLite's own words, and what to do, which
// depends on SQLite's error code in `error` (a damaged file, a full disk, a lock held too long, a file that
// cannot be written).
Error sqliteError(const QString &what, const QSqlError &error, const QString &databasePath);

// SQLite in WAL mode (qad.sqlite in the data directory), readable by the user only, with a schema version and
// step-by-step migrations. One named connection per instance; use an instance from one thread.
class SqliteStorage final : public Storage
{
public:
    explicit SqliteStorage(QString dataDirectory);
    ~SqliteStorage() override;
    SqliteStorage(const SqliteStorage &) = delete;
    SqliteStorage &operator=(const SqliteStorage &) = delete;

    static inline constexpr int kSchemaVersion = 10;
    QString databasePath() const;
    // An identity search whose page is among this many of the newest rows walks them rather than ask the
    // trigram index (see searchCandidates()); 0 always asks the index.
    void setSearchWalkRows(int rows) { m_searchWalkRows = qMax(0, rows); }

    Status open() override;
    // Reads every page of the open database (SQLite's quick_check): an error says what is damaged.
    Status verify();
    int schemaVersion() const override;
    Status insertActivation(const ActivationRecord &activation) override;
    Status recordAttempt(
        const Attempt &attempt, ActivationStatus next, std::optional<QDateTime> nextAttemptAt) override;
    Status insertExclusion(const ExclusionRecord &exclusion) override;
    Expected<ActivationRecord> activation(const QString &id) override;
    Expected<QList<ActivationRecord>> activations(const HistoryQuery &query) override;
    Expected<QList<HistoryEntry>> history(const HistoryQuery &query) override;
    Expected<qint64> countActivations(const HistoryQuery &query) override;
    Expected<std::optional<QDateTime>> createdAtAfter(
        const QString &destinationId, const std::optional<QDateTime> &before, int rows) override;
    // Through the trigram index of the profile keys (schema 3), when that is quicker than walking the
    // history: see searchCandidates().
    Expected<std::optional<QList<HistoryEntry>>> indexedSearch(const HistoryQuery &query) override;
    Expected<QList<Attempt>> attempts(const QString &activationId) override;
    Expected<QList<ExclusionRecord>> exclusions(const QString &destinationId, int limit) override;

    Status commitIngest(const IngestBatch &batch) override;
    Expected<QHash<QString, ProfileState>> profileStates(
        const QString &destinationId, const QStringList &profileKeys) override;
    Expected<QHash<QString, QString>> profileKeysOf(
        const QString &destinationId, const QStringList &identities) override;
    Expected<std::optional<SourcePosition>> checkpoint(
        const QString &source, const QString &destinationId) override;
    Expected<QList<RejectRecord>> rejects(int limit) override;

    Expected<int> recoverInFlight(const QStringList &destinationIds) override;
    Expected<int> closeUnansweredTests(const QDateTime &before, const QString &message) override;
    Expected<QList<ActivationRecord>> claimDue(
        const QStringList &destinationIds, const QDateTime &now, int limit) override;
    Status unclaim(const QStringList &activationIds) override;
    Expected<std::optional<QDateTime>> nextRetryAt(const QStringList &destinationIds) override;
    Status recordAttempts(const QList<AttemptOutcome> &outcomes) override;
    Expected<int> replayFailed(const QString &destinationId) override;
    Status replayActivation(const QString &activationId) override;
    Expected<qint64> unfinishedCount(const QStringList &destinationIds) override;

    Expected<DestinationStatus> status(const QString &destinationId, int hours) override;
    Expected<DestinationRuntime> runtime(const QString &destinationId) override;
    Expected<DeliveryHealth> deliveryHealth(const QString &destinationId) override;
    Status setRuntime(const QString &destinationId, const DestinationRuntime &runtime) override;
    Expected<bool> setRuntimeUnlessNewer(
        const QString &destinationId, const DestinationRuntime &runtime) override;
    Expected<qint64> purge(const QDateTime &before) override;
    Expected<qint64> raiseAlert(const AlertRecord &alert) override;
    Status acknowledgeAlert(qint64 alertId) override;
    Expected<QList<AlertRecord>> openAlerts(const QString &destinationId) override;

private:
    Status migrate();

    // `FROM activations … WHERE …` for a history query, with its values in order.
    struct HistorySql
    {
        QString fromWhere;
        QVariantList values;
    };
    // `candidates`: when not empty, a JSON array of the only rowids to consider (see searchCandidates()).
    static HistorySql historySql(const HistoryQuery &query, const QString &candidates);
    // Runs `SELECT columns` over the query's rows, in its order and up to its limit, on `q`.
    Status selectHistory(
        QSqlQuery &q, const QString &columns, const HistoryQuery &query, const QString &candidates);
    Expected<QList<HistoryEntry>> readHistory(const HistoryQuery &query, const QString &candidates);
    Expected<std::optional<QString>> searchCandidates(const QString &text, int rows);
    QSqlDatabase database() const;
    Expected<bool> writeRuntime(
        const QString &destinationId, const DestinationRuntime &runtime, bool unlessNewer);

    // Shared by the two source files (the core and the streaming side).
    // sqliteError() for this database.
    Error sqlError(const QString &what, const QSqlError &error) const;
    static QString activationColumns();
    static constexpr int kActivationColumnCount = 13; // how many activationColumns() names
    static ActivationRecord activationFromQuery(const QSqlQuery &query, int firstColumn = 0);
    static ActivationRecord activationFromStatement(const SqliteStatement &statement, int firstColumn = 0);
    static QString text(const QString &value);
    static QVariant msOrNull(const std::optional<QDateTime> &at);
    static QDateTime fromMs(const QVariant &ms);

    // Steps of the streaming side, each inside the caller's transaction, with this connection's statements.
    using CounterDeltas
        = QMap<QPair<QString, qint64>, StatusCounters>; // (destination, hour start ms) -> to add
    Status insertActivations(QSqlDatabase &db, const QList<ActivationRecord> &activations);
    Expected<qint64> purgeActivations(qint64 beforeMs, const QString &what);
    Status insertExclusions(QSqlDatabase &db, const QList<ExclusionRecord> &exclusions);
    Status insertRejects(QSqlDatabase &db, const QList<RejectRecord> &rejects);
    Status upsertProfileStates(QSqlDatabase &db, const IngestBatch &batch, qint64 atMs);
    Status upsertCheckpoints(QSqlDatabase &db, const IngestBatch &batch, qint64 atMs);
    // Per destination, what a batch of outcomes tells of delivery's health (see DeliveryHealth).
    struct HealthDelta
    {
        qint64 finals = 0; // succeeded or failed for good
        qint64 lastAtMs = -1; // when the newest attempt ended
        bool lastSucceeded = true;
        QString lastError;
        qint64 lastErrorAtMs = -1;
    };
    using HealthDeltas = QHash<QString, HealthDelta>;
    Status recordOutcomes(QSqlDatabase &db, const QList<AttemptOutcome> &outcomes, CounterDeltas &deltas,
        HealthDeltas *health = nullptr);
    Status addCounters(QSqlDatabase &db, const CounterDeltas &deltas);
    Status updateHealth(QSqlDatabase &db, const HealthDeltas &health);
    Expected<DeliveryHealth> readHealth(QSqlDatabase &db, const QString &destinationId) const;
    Expected<QList<QPair<qint64, ActivationRecord>>> dueCandidates(
        QSqlDatabase &db, const QStringList &destinationIds, const QDateTime &now, int limit);
    Status markSending(
        QSqlDatabase &db, const QList<QPair<qint64, ActivationRecord>> &claimed, const QDateTime &now);
    Expected<StatusCounters> totalCounters(QSqlDatabase &db, const QString &destinationId) const;
    Expected<QList<HourlyCounters>> hourlyCounters(
        QSqlDatabase &db, const QString &destinationId, int hours) const;
    Status readQueue(QSqlDatabase &db, const QString &destinationId, DestinationStatus &status) const;

    QString m_directory;
    QString m_connectionName;
    int m_searchWalkRows = 100'000;
    // The statements run for every batch while streaming, prepared once. Finalized before the connection
    // closes.
    SqliteStatementCache m_statements;
};

} // namespace qad
