#include "delivery/retrypolicy.h"

#include <algorithm>

namespace qad {

namespace {

// Full jitter can draw a wait of zero; a floor keeps a failing endpoint from being hit in a tight loop.
constexpr qint64 kMinRetryDelayMs = 1000;

qint64 jitteredDelayMs(int scheduledSeconds, QRandomGenerator *random)
{
    const qint64 scheduledMs = qint64(std::max(scheduledSeconds, 0)) * 1000;
    // bounded() excludes its upper end: +1 makes the scheduled delay itself a possible draw.
    const qint64 drawn = random->bounded(qint64(0), scheduledMs + 1);
    return std::max(drawn, kMinRetryDelayMs);
}

} // namespace

int scheduledDelaySeconds(const DeliverySettings &settings, int attemptNumber)
{
    const qsizetype index = std::max(attemptNumber, 1) - 1;
    if (index < settings.retryDelaysSeconds.size()) {
        return settings.retryDelaysSeconds.at(index);
    }
    return settings.retryRepeatSeconds;
}

RetryDecision decideRetry(const DeliverySettings &settings, const Outcome &outcome, int attemptNumber,
    const QDateTime &firstAttemptAt, const QDateTime &now, QRandomGenerator *random)
{
    RetryDecision decision;
    if (outcome.cls == OutcomeClass::Succeeded) {
        decision.next = RetryDecision::Next::Succeeded;
        return decision;
    }
    if (outcome.pausesDestination) {
        decision.next = RetryDecision::Next::Paused;
        return decision;
    }
    if (outcome.cls != OutcomeClass::Retry) {
        decision.next = RetryDecision::Next::Failed;
        return decision;
    }

    qint64 delayMs = jitteredDelayMs(
        scheduledDelaySeconds(settings, attemptNumber), random ? random : QRandomGenerator::global());
    if (outcome.retryAfterSeconds) {
        // The server knows when it can take more: jitter may spread retries out, never bring them forward.
        delayMs = std::max(delayMs, qint64(*outcome.retryAfterSeconds) * 1000);
    }
    const QDateTime nextAttemptAt = now.addMSecs(delayMs);
    if (nextAttemptAt > firstAttemptAt.addSecs(settings.retryHorizonSeconds)) {
        decision.next = RetryDecision::Next::Failed;
        decision.exhausted = true;
        return decision;
    }
    decision.next = RetryDecision::Next::Retry;
    decision.nextAttemptAt = nextAttemptAt;
    return decision;
}

} // namespace qad
