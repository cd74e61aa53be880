#include "secrets/memorysecretstore.h"

#include <QCoreApplication>

namespace qad {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::MemorySecretStore)
};

Error unavailableError()
{
    return Error { Tr::tr("The in-memory secret store is set to be unavailable (a test simulating a missing "
                          "keychain). Set QAD_API_TOKEN or make the store available again.") };
}

// Overwrites a secret we are about to drop, so it does not linger in freed memory. (A copy a caller still
// holds is theirs: fill() detaches rather than touch it.)
void wipe(QString &secret)
{
    secret.fill(QChar(0));
}
} // namespace

SecretStore::ReadResult MemorySecretStore::read(const QString &key)
{
    ReadResult result;
    if (m_unavailable) {
        result.error = unavailableError();
        return result;
    }
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend()) {
        result.status = ReadStatus::NotFound;
        result.error = Error { Tr::tr("No API token is stored for destination \"%1\". Store one with "
                                      "`qadctl token set %1`.")
                                   .arg(key) };
        return result;
    }
    result.status = ReadStatus::Found;
    result.secret = *it;
    return result;
}

Status MemorySecretStore::write(const QString &key, const QString &secret)
{
    if (m_unavailable) {
        return unavailableError();
    }
    auto it = m_secrets.find(key);
    if (it != m_secrets.end()) {
        wipe(*it);
        *it = secret;
    } else {
        m_secrets.insert(key, secret);
    }
    return Status::success();
}

Status MemorySecretStore::remove(const QString &key)
{
    if (m_unavailable) {
        return unavailableError();
    }
    auto it = m_secrets.find(key);
    if (it != m_secrets.end()) {
        wipe(*it);
        m_secrets.erase(it);
    }
    return Status::success();
}

QString MemorySecretStore::backendName() const
{
    return Tr::tr("In-memory (tests only)");
}

} // namespace qad
