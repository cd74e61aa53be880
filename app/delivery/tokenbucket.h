#pragma once

#include "common/clock.h"

namespace qad {

// The rate limit (SPEC §6): `perMinute` requests per minute on average, with bursts of at most one second's
// worth. 0 means unlimited. Time comes from the clock, so tests move it instead of sleeping.
class TokenBucket
{
public:
    TokenBucket(int perMinute, const Clock *clock);

    bool tryTake();
    // How long until a token is available (0 when one is).
    qint64 msUntilAvailable() const;
    int perMinute() const { return m_perMinute; }
    void setPerMinute(int perMinute);

private:
    void refill() const;

    // Tokens are counted in units of 1/60000 so that a millisecond adds exactly `perMinute` units: integer
    // arithmetic, no rounding drift between msUntilAvailable() and tryTake().
    int m_perMinute;
    const Clock *m_clock;
    qint64 m_capacity = 0; // units
    mutable qint64 m_units = 0;
    mutable qint64 m_lastMs = 0;
};

} // namespace qad
