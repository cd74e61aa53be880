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
    // When source == None: why, and how to fix it. Transient when the keychain could not be read (locked,
    // not answering); otherwise the token is missing or malformed, a configuration error.
    Error error;

    bool ok() const { return source != Source::None; }
};

inline constexpr char kTokenEnvironmentVariable[] = "QAD_API_TOKEN";

// The token from QAD_API_TOKEN, trimmed, or the keychain's. A token with a space, a tab, a line break or
// another control character inside is refused: sent as it is, it would fail authentication (and pause the
// destination) or, with a line break, add a header of its own to the request.
ResolvedToken resolveToken(SecretStore &store, const QString &destinationId);
// Whether `token` (already trimmed) holds only what an API token can: no whitespace, no control character.
bool isWellFormedToken(const QString &token);
QString toString(ResolvedToken::Source source);

} // namespace qad
