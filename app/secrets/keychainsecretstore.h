#pragma once

#include "secrets/secretstore.h"

namespace qad {

// The OS keychain through QtKeychain 0.13 (Secret Service on Linux), service "qad". No plaintext fallback:
// when no keychain answers, every call fails with a message saying so and pointing at QAD_API_TOKEN.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("qad"), int timeoutMs = 10000);

    ReadResult read(const QString &key) override;
    Status write(const QString &key, const QString &secret) override;
    Status remove(const QString &key) override;
    QString backendName() const override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace qad
