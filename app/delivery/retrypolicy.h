#pragma once

#include "config/destination.h"
#include "delivery/outcome.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <optional>

namespace qad {

struct RetryDecision
{
    enum class Next {
        Succeeded,
        Retry, // at nextAttemptAt
        Failed, // permanently (see exhausted)
        Paused, // 401 / 403: back to pending, the destination pauses, nothing is dropped
    };
    Next next = Next::Failed;
    std::optional<QDateTime> nextAttemptAt;
    bool exhausted = false; // failed because the retry horizon is over
};

// The state after attempt number `attemptNumber` on the retry schedule (1 = its first) of an activation whose
// schedule started at `firstAttemptAt` (SPEC §6): succeeded; retry after the schedule's delay with full
// jitter (a uniformly random wait between zero and the delay) but never sooner than Retry-After; failed when
// not retryable or when the next attempt would fall beyond the retry horizon (exhausted); paused on 401/403.
// The worker numbers an activation's retryable failures since its schedule (re)started (a replay starts it
// again; a 401/403 does not move it on), not all its attempts.
RetryDecision decideRetry(const DeliverySettings &settings, const Outcome &outcome, int attemptNumber,
    const QDateTime &firstAttemptAt, const QDateTime &now, QRandomGenerator *random);

// The schedule's delay after attempt `attemptNumber` (1-based), before jitter, in seconds: the list
// (5 s, 30 s, 2 min, 10 min, 30 min, 1 h by default), then retryRepeatSeconds.
int scheduledDelaySeconds(const DeliverySettings &settings, int attemptNumber);

} // namespace qad
