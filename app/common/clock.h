#pragma once

#include <QDateTime>

namespace qad {

// Time is a seam: tests move a ManualClock instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    static SystemClock *instance();
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC));
    QDateTime now() const override { return m_now; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void set(const QDateTime &at) { m_now = at; }

private:
    QDateTime m_now;
};

} // namespace qad
