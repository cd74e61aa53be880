#pragma once

#include "secrets/secretstore.h"

#include <QHash>

namespace qad {

// For unit tests of code that needs a SecretStore but not the OS keychain. Can be told to fail.
class MemorySecretStore final : public SecretStore
{
public:
    ReadResult read(const QString &key) override;
    Status write(const QString &key, const QString &secret) override;
    Status remove(const QString &key) override;
    QString backendName() const override;

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    int size() const { return int(m_secrets.size()); }

private:
    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
};

} // namespace qad
