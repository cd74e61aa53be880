// The streaming side of SqliteStorage (ingest, outbox, status, alerts). Placeholder bodies: being implemented.
#include "storage/sqlitestorage.h"

namespace qad {

static Error notYet()
{
    return Error { QStringLiteral("not implemented yet") };
}

Status SqliteStorage::commitIngest(const IngestBatch &) { return notYet(); }
Expected<std::optional<ProfileState>> SqliteStorage::profileState(const QString &, const QString &) { return notYet(); }
Expected<std::optional<SourcePosition>> SqliteStorage::checkpoint(const QString &, const QString &) { return notYet(); }
Expected<QList<RejectRecord>> SqliteStorage::rejects(int) { return notYet(); }
Expected<int> SqliteStorage::recoverInFlight() { return notYet(); }
Expected<QList<ActivationRecord>> SqliteStorage::claimDue(const QStringList &, const QDateTime &, int) { return notYet(); }
Expected<std::optional<QDateTime>> SqliteStorage::nextRetryAt(const QStringList &) { return notYet(); }
Status SqliteStorage::recordAttempts(const QList<AttemptOutcome> &) { return notYet(); }
Expected<int> SqliteStorage::replayFailed(const QString &) { return notYet(); }
Status SqliteStorage::replayActivation(const QString &) { return notYet(); }
Expected<qint64> SqliteStorage::unfinishedCount(const QStringList &) { return notYet(); }
Expected<DestinationStatus> SqliteStorage::status(const QString &, int) { return notYet(); }
Expected<DestinationRuntime> SqliteStorage::runtime(const QString &) { return notYet(); }
Status SqliteStorage::setRuntime(const QString &, const DestinationRuntime &) { return notYet(); }
Expected<qint64> SqliteStorage::purge(const QDateTime &) { return notYet(); }
Expected<qint64> SqliteStorage::raiseAlert(const AlertRecord &) { return notYet(); }
Status SqliteStorage::acknowledgeAlert(qint64) { return notYet(); }
Expected<QList<AlertRecord>> SqliteStorage::openAlerts(const QString &) { return notYet(); }

} // namespace qad
