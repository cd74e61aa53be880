#include "delivery/accountbudget.h"

#include "delivery/tokenbucket.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <map>
#include <utility>

namespace qad {

// One account's budget, shared by the destinations that send with its credentials.
class AccountBudgetState
{
public:
    explicit AccountBudgetState(qint64 nowMs)
        : bucket(0, nowMs)
    { }

    mutable QMutex mutex;
    TokenBucket bucket; // at the highest limit of its members
    std::map<int, int> limits; // limit -> how many members have it
    std::optional<QDateTime> holdUntil;
    qint64 lastMs = 0; // the time of the last call: the members' clocks may not be the system's (tests)

    void applyLimits(qint64 nowMs)
    {
        lastMs = nowMs;
        bucket.setPerMinuteAt(limits.empty() ? 0 : limits.rbegin()->first, nowMs);
    }
};

namespace {

struct Registry
{
    QMutex mutex;
    QHash<QString, std::weak_ptr<AccountBudgetState>> budgets;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

AccountBudget::AccountBudget(const QString &accountKey, int perMinute, qint64 nowMs)
    : m_perMinute(perMinute)
{
    if (accountKey.isEmpty() || perMinute <= 0) {
        return; // a lifted limit is outside the account's budget
    }
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        std::weak_ptr<AccountBudgetState> &slot = r.budgets[accountKey];
        m_state = slot.lock();
        if (!m_state) {
            m_state = std::make_shared<AccountBudgetState>(nowMs);
            slot = m_state;
        }
        // Forget accounts no destination uses any more.
        for (auto it = r.budgets.begin(); it != r.budgets.end();) {
            it = it->expired() ? r.budgets.erase(it) : std::next(it);
        }
    }
    QMutexLocker lock(&m_state->mutex);
    ++m_state->limits[perMinute];
    m_state->applyLimits(nowMs);
}

AccountBudget::~AccountBudget()
{
    leave();
}

AccountBudget::AccountBudget(AccountBudget &&other) noexcept
    : m_state(std::move(other.m_state))
    , m_perMinute(other.m_perMinute)
{ }

AccountBudget &AccountBudget::operator=(AccountBudget &&other) noexcept
{
    if (this != &other) {
        leave();
        m_state = std::move(other.m_state);
        m_perMinute = other.m_perMinute;
    }
    return *this;
}

void AccountBudget::leave()
{
    if (!m_state) {
        return;
    }
    {
        QMutexLocker lock(&m_state->mutex);
        if (auto it = m_state->limits.find(m_perMinute); it != m_state->limits.end() && --it->second == 0) {
            m_state->limits.erase(it);
        }
        // The remaining members keep what is left of the current tokens, at their own highest limit.
        m_state->applyLimits(m_state->lastMs);
    }
    m_state.reset();
}

qint64 AccountBudget::msUntilAvailable(qint64 nowMs) const
{
    if (!m_state) {
        return 0;
    }
    QMutexLocker lock(&m_state->mutex);
    m_state->lastMs = nowMs;
    return m_state->bucket.msUntilAvailableAt(nowMs);
}

bool AccountBudget::tryTake(qint64 nowMs)
{
    if (!m_state) {
        return true;
    }
    QMutexLocker lock(&m_state->mutex);
    m_state->lastMs = nowMs;
    return m_state->bucket.tryTakeAt(nowMs);
}

void AccountBudget::holdUntil(const QDateTime &until)
{
    if (!m_state) {
        return;
    }
    QMutexLocker lock(&m_state->mutex);
    m_state->holdUntil = m_state->holdUntil ? std::max(*m_state->holdUntil, until) : until;
}

std::optional<QDateTime> AccountBudget::heldUntil() const
{
    if (!m_state) {
        return std::nullopt;
    }
    QMutexLocker lock(&m_state->mutex);
    return m_state->holdUntil;
}

QString AccountBudget::accountKey(const Destination &destination, const QString &token)
{
    if (destination.authMode == AuthMode::Basic) {
        return destination.username.isEmpty() ? QString()
                                              : QStringLiteral("user:") + destination.username.toLower();
    }
    if (token.isEmpty()) {
        return {};
    }
    return QStringLiteral("token:")
        + QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace qad
