#pragma once

#include "common/clock.h"

namespace qad {

// The rate limit (SPEC §6): `perMinute` requests per minute on average, with bursts of at most one second's
// worth. 0 means unlimited. Time comes from the clock, so tests move it instead of sleeping.
class TokenBucket
{
public:
    TokenBucket(int perMinute, const Clock *clock);
    // Without a clock of its own: every call says what time it is (a bucket shared by workers with their own
    // clocks).
    TokenBucket(int perMinute, qint64 nowMs);

    bool tryTake() { return tryTakeAt(m_clock->nowMs()); }
    // How long until a token is available (0 when one is).
    qint64 msUntilAvailable() const { return msUntilAvailableAt(m_clock->nowMs()); }
    int perMinute() const { return m_perMinute; }
    void setPerMinute(int perMinute) { setPerMinuteAt(perMinute, m_clock->nowMs()); }

    bool tryTakeAt(qint64 nowMs);
    qint64 msUntilAvailableAt(qint64 nowMs) const;
    void setPerMinuteAt(int perMinute, qint64 nowMs);

private:
    void refill(qint64 nowMs) const;

    // Tokens are counted in units of 1/60000 so that a millisecond adds exactly `perMinute` units: integer
    // arithmetic, no rounding drift between msUntilAvailable() and tryTake().
    int m_perMinute;
    const Clock *m_clock = nullptr; // only for the calls that do not say the time
    qint64 m_capacity = 0; // units
    mutable qint64 m_units = 0;
    mutable qint64 m_lastMs = 0;
};

} // namespace qad
