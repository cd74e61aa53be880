#include "common/clock.h"

namespace qad {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

SystemClock *SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{ }

} // namespace qad
