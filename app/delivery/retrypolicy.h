#pragma once

#include "config/destination.h"
#include "delivery/outcome.h"
#include "storage/storage.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <optional>

namespace qad {

struct RetryDecision
{
    ActivationStatus next = ActivationStatus::Failed;
    std::optional<QDateTime> nextAttemptAt;
    bool exhausted = false; // failed because the retry horizon is over
    bool pauseDestination = false; // 401 / 403: the activation goes back to pending, the destination pauses
};

// The state after attempt number `attemptNumber` (1 = the first) of an activation first attempted at
// `firstAttemptAt` (SPEC §6): succeeded; retry after the schedule's delay with full jitter (a uniformly random
// wait between zero and the delay) but never sooner than Retry-After; failed when not retryable or when the next
// attempt would fall beyond the retry horizon (exhausted); pending and paused on 401/403.
RetryDecision decideRetry(const DeliverySettings &settings, const Outcome &outcome, int attemptNumber,
                          const QDateTime &firstAttemptAt, const QDateTime &now, QRandomGenerator *random);

// The schedule's delay before attempt `attemptNumber + 1`, before jitter, in seconds.
int scheduledDelaySeconds(const DeliverySettings &settings, int attemptNumber);

} // namespace qad
