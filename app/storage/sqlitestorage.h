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

    static inline constexpr int kSchemaVersion = 1;
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

private:
    Status migrate();

    QString m_directory;
    QString m_connectionName;
};

} // namespace qad
