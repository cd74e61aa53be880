#pragma once

#include "common/clock.h"
#include "config/destination.h"
#include "storage/storage.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace qad {

// Raised when a 401/403 pauses a destination; a resume acknowledges it (setDestinationPaused()).
inline constexpr char kAuthenticationFailedAlert[] = "authentication_failed";

// Decides, raises (stores) and returns alerts for a destination (SPEC §8), only those the destination
// subscribes to, and not again while the same alert is open (not acknowledged) and younger than an hour.
// Types: flow_run_start, flow_run_success, flow_run_failure, flow_run_delay,
// activation_skipped_rate_exceeded, authentication_failed.
class AlertEvaluator
{
public:
    AlertEvaluator(Storage &storage, const Clock *clock = SystemClock::instance());

    QList<AlertRecord> runStarted(const Destination &destination);
    QList<AlertRecord> activationFailed(
        const Destination &destination, const QString &activationId, const QString &message);
    QList<AlertRecord> authenticationFailed(const Destination &destination, const QString &message);
    // Periodic checks on the stored status: an hour that closed with no failures (flow run success), an
    // activation pending longer than the threshold (delay), excluded ÷ received over the last hour above the
    // threshold (skipped rate).
    QList<AlertRecord> evaluate(const Destination &destination);

private:
    QList<AlertRecord> raise(const Destination &destination, const QString &type, const QString &message);

    Storage &m_storage;
    const Clock *m_clock;
    // destination id -> the last hour reported as a success: once per hour, even after an acknowledgement
    QHash<QString, QDateTime> m_successReported;
};

} // namespace qad
