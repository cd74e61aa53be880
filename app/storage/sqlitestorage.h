#pragma once

#include "storage/storage.h"

#include <QString>

namespace qad {

// SQLite in WAL mode (qad.sqlite in the data directory), readable by the user only, with a schema version and
// step-by-step migrations. One named connection per instance; use an instance from one thread.
class SqliteStorage final : public Storage
{
public:
    explicit SqliteStorage(QString dataDirectory);
    ~SqliteStorage() override;
    SqliteStorage(const SqliteStorage &) = delete;
    SqliteStorage &operator=(const SqliteStorage &) = delete;

    static inline constexpr int kSchemaVersion = 2;
    QString databasePath() const;

    Status open() override;
    int schemaVersion() const override;
    Status insertActivation(const ActivationRecord &activation) override;
    Status recordAttempt(const Attempt &attempt, ActivationStatus next,
                         std::optional<QDateTime> nextAttemptAt) override;
    Status insertExclusion(const ExclusionRecord &exclusion) override;
    Expected<ActivationRecord> activation(const QString &id) override;
    Expected<QList<ActivationRecord>> activations(const HistoryQuery &query) override;
    Expected<QList<Attempt>> attempts(const QString &activationId) override;
    Expected<QList<ExclusionRecord>> exclusions(const QString &destinationId, int limit) override;

    Status commitIngest(const IngestBatch &batch) override;
    Expected<std::optional<ProfileState>> profileState(const QString &destinationId,
                                                       const QString &profileKey) override;
    Expected<std::optional<SourcePosition>> checkpoint(const QString &source, const QString &destinationId) override;
    Expected<QList<RejectRecord>> rejects(int limit) override;

    Expected<int> recoverInFlight() override;
    Expected<QList<ActivationRecord>> claimDue(const QStringList &destinationIds, const QDateTime &now,
                                               int limit) override;
    Expected<std::optional<QDateTime>> nextRetryAt(const QStringList &destinationIds) override;
    Status recordAttempts(const QList<AttemptOutcome> &outcomes) override;
    Expected<int> replayFailed(const QString &destinationId) override;
    Status replayActivation(const QString &activationId) override;
    Expected<qint64> unfinishedCount(const QStringList &destinationIds) override;

    Expected<DestinationStatus> status(const QString &destinationId, int hours) override;
    Expected<DestinationRuntime> runtime(const QString &destinationId) override;
    Status setRuntime(const QString &destinationId, const DestinationRuntime &runtime) override;
    Expected<qint64> purge(const QDateTime &before) override;
    Expected<qint64> raiseAlert(const AlertRecord &alert) override;
    Status acknowledgeAlert(qint64 alertId) override;
    Expected<QList<AlertRecord>> openAlerts(const QString &destinationId) override;

private:
    Status migrate();

    QString m_directory;
    QString m_connectionName;
};

} // namespace qad
