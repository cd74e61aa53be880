#pragma once

#include "common/error.h"

#include <QString>

namespace qad {

// Where the API token lives (SPEC §9). Implementations: the OS keychain (QtKeychain) and, for unit tests,
// memory. Calls are synchronous and bounded by a timeout; the key is the destination id.
class SecretStore
{
public:
    enum class ReadStatus { Found, NotFound, Failed };
    struct ReadResult
    {
        ReadStatus status = ReadStatus::Failed;
        QString secret; // only when Found
        Error error; // NotFound and Failed: what happened and what to do
    };

    virtual ~SecretStore() = default;
    virtual ReadResult read(const QString &key) = 0;
    virtual Status write(const QString &key, const QString &secret) = 0;
    // Deleting a key that does not exist succeeds.
    virtual Status remove(const QString &key) = 0;
    // Human-readable backend description for `qadctl doctor`, e.g. "Secret Service (libsecret)".
    virtual QString backendName() const = 0;
};

} // namespace qad
