#pragma once

#include "common/error.h"
#include "delivery/attempt.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

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
    QByteArray audiences; // JSON object: audience id -> status, as sent
    QDateTime createdAt;
    QByteArray payload; // the exact body
    ActivationStatus status = ActivationStatus::Pending;
    int attemptCount = 0;
    std::optional<QDateTime> nextAttemptAt;
    bool isTest = false;
    QString lastError;

    static QString newId();
};

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

struct HistoryQuery
{
    QString destinationId;
    std::optional<ActivationStatus> status;
    int limit = 100;
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
    virtual Status recordAttempt(const Attempt &attempt, ActivationStatus next,
                                 std::optional<QDateTime> nextAttemptAt) = 0;
    virtual Status insertExclusion(const ExclusionRecord &exclusion) = 0;

    virtual Expected<ActivationRecord> activation(const QString &id) = 0;
    // Newest first.
    virtual Expected<QList<ActivationRecord>> activations(const HistoryQuery &query) = 0;
    virtual Expected<QList<Attempt>> attempts(const QString &activationId) = 0;
    virtual Expected<QList<ExclusionRecord>> exclusions(const QString &destinationId, int limit = 100) = 0;
};

} // namespace qad
