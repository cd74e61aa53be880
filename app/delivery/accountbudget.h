#pragma once

#include "config/destination.h"

#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

namespace qad {

class AccountBudgetState;

// Qualtrics allows 3,000 calls a minute per account (SPEC §2), not per destination: destinations that send
// with the same credentials share one budget, whichever worker of the process sends for them (qadctl runs one
// worker for all its destinations, qad one per destination). A destination's own rate limit still holds; the
// account's is the highest of the limits of the destinations sharing it (3,000 by default). A destination
// whose limit is lifted (0) is outside it. A 429 holds every destination of the account.
class AccountBudget
{
public:
    AccountBudget() = default; // none: nothing shared
    // Joins the budget of `accountKey` (see accountKey(); empty: none) for a destination limited to
    // `perMinute`.
    AccountBudget(const QString &accountKey, int perMinute, qint64 nowMs);
    ~AccountBudget();
    AccountBudget(AccountBudget &&other) noexcept;
    AccountBudget &operator=(AccountBudget &&other) noexcept;
    AccountBudget(const AccountBudget &) = delete;
    AccountBudget &operator=(const AccountBudget &) = delete;

    bool isShared() const { return bool(m_state); }
    // How long until the account can take one more request (0: now).
    qint64 msUntilAvailable(qint64 nowMs) const;
    bool tryTake(qint64 nowMs);
    // After a 429: no destination of the account sends before `until`.
    void holdUntil(const QDateTime &until);
    std::optional<QDateTime> heldUntil() const;

    // Who the budget belongs to: the Qualtrics user for Basic auth; for the X-API-TOKEN header, the token's
    // digest (kept in memory only). Empty when unknown (no token yet): then nothing is shared.
    static QString accountKey(const Destination &destination, const QString &token);

private:
    void leave();

    std::shared_ptr<AccountBudgetState> m_state;
    int m_perMinute = 0;
};

} // namespace qad
