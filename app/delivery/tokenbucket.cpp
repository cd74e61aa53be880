#include "delivery/tokenbucket.h"

#include <algorithm>

namespace qad {

namespace {

constexpr qint64 kUnitsPerToken = 60000; // one token = perMinute units per ms × 60000 ms / perMinute

// One second's worth of tokens, at least one, so that a low limit still lets a request through.
qint64 capacityUnits(int perMinute)
{
    return std::max(kUnitsPerToken, qint64(perMinute) * 1000);
}

} // namespace

TokenBucket::TokenBucket(int perMinute, const Clock *clock)
    : TokenBucket(perMinute, clock->nowMs())
{
    m_clock = clock;
}

TokenBucket::TokenBucket(int perMinute, qint64 nowMs)
    : m_perMinute(std::max(perMinute, 0))
    , m_capacity(capacityUnits(m_perMinute))
    , m_units(m_capacity)
    , m_lastMs(nowMs)
{ }

void TokenBucket::refill(qint64 nowMs) const
{
    // A clock set back (a ManualClock, an NTP step) must not drain the bucket or stall it.
    const qint64 elapsed = std::max<qint64>(nowMs - m_lastMs, 0);
    m_lastMs = nowMs;
    if (m_perMinute == 0) {
        return;
    }
    // Long enough to fill it from empty (at most a minute): full. Also keeps the product below from
    // overflowing.
    const qint64 fillMs = (m_capacity + m_perMinute - 1) / m_perMinute;
    m_units = elapsed >= fillMs ? m_capacity : std::min(m_capacity, m_units + elapsed * m_perMinute);
}

bool TokenBucket::tryTakeAt(qint64 nowMs)
{
    if (m_perMinute == 0) {
        return true;
    }
    refill(nowMs);
    if (m_units < kUnitsPerToken) {
        return false;
    }
    m_units -= kUnitsPerToken;
    return true;
}

qint64 TokenBucket::msUntilAvailableAt(qint64 nowMs) const
{
    if (m_perMinute == 0) {
        return 0;
    }
    refill(nowMs);
    const qint64 missing = kUnitsPerToken - m_units;
    return missing <= 0 ? 0 : (missing + m_perMinute - 1) / m_perMinute;
}

void TokenBucket::setPerMinuteAt(int perMinute, qint64 nowMs)
{
    refill(nowMs);
    const bool wasUnlimited = m_perMinute == 0;
    m_perMinute = std::max(perMinute, 0);
    m_capacity = capacityUnits(m_perMinute);
    m_units = wasUnlimited ? m_capacity : std::min(m_units, m_capacity);
}

} // namespace qad
