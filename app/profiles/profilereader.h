#pragma once

#include "profiles/profile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace qad {

inline constexpr qsizetype kMaxProfileBytes = 1024 * 1024; // a line (or document) over 1 MiB is rejected
inline constexpr int kMaxProfileDepth = 64;

// Why an input was rejected, precise enough to fix it ("line 12: invalid JSON at offset 40: …").
struct ProfileError
{
    enum class Kind { InvalidUtf8, InvalidJson, NotAnObject, TooLarge, TooDeep, WrongType };
    Kind kind = Kind::InvalidJson;
    QString message;
};

struct ProfileReadResult
{
    bool ok() const { return error.message.isEmpty(); }
    Profile profile;
    ProfileError error;
};

// Parses one profile document (one NDJSON line or one array element's bytes). Accepts the short and the
// `xdm:`-prefixed key forms.
ProfileReadResult readProfile(const QByteArray &json);
ProfileReadResult readProfile(const QJsonObject &object);

// For a text that Qt's parser read: where and why it is not JSON all the same (RFC 8259 refuses unknown
// escapes, unescaped control characters and unpaired surrogates in strings, and numbers like `1.` and `.5`,
// which Qt reads), or nothing. readProfile(const QByteArray &) checks this itself.
std::optional<ProfileError> strictJsonError(const QByteArray &json);

// Removes the `xdm:` prefix from every key, recursively (other prefixes such as `schema:` are kept).
QJsonObject normaliseXdmKeys(const QJsonObject &object);

} // namespace qad
