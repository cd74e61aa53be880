#pragma once

#include "secrets/secretstore.h"

#include <functional>

class QEventLoop;

namespace qad {

// The OS keychain through QtKeychain 0.13 (Secret Service on Linux), service "qad". No plaintext fallback:
// when no keychain answers, every call fails with a message saying so and pointing at QAD_API_TOKEN.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("qad"), int timeoutMs = 10000);

    // Called with true once a call has gone `afterMs` without an answer, and with false when that call is
    // over. A keychain may be waiting for the user (a locked login keyring asks for its password in a window
    // of its own): a GUI says so rather than look stuck, since it takes no input meanwhile, and offers to
    // stop waiting (cancelWait()).
    using WaitNotice = std::function<void(bool waiting)>;
    void setWaitNotice(WaitNotice notice, int afterMs = 500);

    // Ends the call that waits for the keychain now, as the user asked, with an error saying so; nothing
    // when no call waits. For the wait notice's window: once it shows, the call takes input again, and the
    // window is modal so that its button is the one input a GUI takes meanwhile.
    void cancelWait();

    ReadResult read(const QString &key) override;
    Status write(const QString &key, const QString &secret) override;
    Status remove(const QString &key) override;
    QString backendName() const override;

private:
    QString m_service;
    int m_timeoutMs;
    WaitNotice m_waitNotice;
    int m_waitNoticeAfterMs = 500;
    QEventLoop *m_waitingLoop = nullptr; // the call in progress
    bool m_cancelled = false;
};

} // namespace qad
