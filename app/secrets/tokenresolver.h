#pragma once

#include "secrets/secretstore.h"

namespace qad {

// Where a destination's token comes from: the explicit QAD_API_TOKEN environment variable (servers without
// a keychain) wins; otherwise the keychain.
struct ResolvedToken
{
    enum class Source { Environment, Keychain, None };
    Source source = Source::None;
    QString token;
    Error error; // when source == None: why, and how to fix it

    bool ok() const { return source != Source::None; }
};

inline constexpr char kTokenEnvironmentVariable[] = "QAD_API_TOKEN";

ResolvedToken resolveToken(SecretStore &store, const QString &destinationId);
QString toString(ResolvedToken::Source source);

} // namespace qad
