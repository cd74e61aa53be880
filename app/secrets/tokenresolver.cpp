#include "secrets/tokenresolver.h"

#include <QCoreApplication>
#include <algorithm>
#include <utility>

namespace qad {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::TokenResolver)
};
} // namespace

ResolvedToken resolveToken(SecretStore &store, const QString &destinationId)
{
    ResolvedToken resolved;
    // The explicit variable wins, so a server without a keychain never waits for one.
    QString fromEnvironment = qEnvironmentVariable(kTokenEnvironmentVariable).trimmed();
    if (!fromEnvironment.isEmpty()) {
        if (!isWellFormedToken(fromEnvironment)) {
            fromEnvironment.fill(QLatin1Char('\0'));
            resolved.error
                = Error { Tr::tr("%1 holds a space, a tab, a line break or another control character "
                                 "inside the token: set it to the API token alone.")
                              .arg(QLatin1String(kTokenEnvironmentVariable)) };
            return resolved;
        }
        resolved.source = ResolvedToken::Source::Environment;
        resolved.token = std::move(fromEnvironment);
        return resolved;
    }

    SecretStore::ReadResult read = store.read(destinationId);
    if (read.status == SecretStore::ReadStatus::Found && !isWellFormedToken(read.secret.trimmed())) {
        read.secret.fill(QLatin1Char('\0'));
        resolved.error
            = Error { Tr::tr("The API token of destination \"%1\" in the keychain holds a space, a "
                             "line break or another control character: store it again with "
                             "`qadctl token set %1`.")
                          .arg(destinationId) };
        return resolved;
    }
    if (read.status == SecretStore::ReadStatus::Found) {
        resolved.source = ResolvedToken::Source::Keychain;
        resolved.token = std::move(read.secret);
        return resolved;
    }
    resolved.error = read.error;
    // A keychain that is locked or does not answer may answer the same command later; a missing token is a
    // configuration to fix.
    resolved.error.transient = read.status == SecretStore::ReadStatus::Failed;
    if (resolved.error.isNull()) {
        resolved.error
            = Error { Tr::tr("No API token for destination \"%1\": store one with `qadctl token set %1`, "
                             "or set %2.")
                          .arg(destinationId, QLatin1String(kTokenEnvironmentVariable)) };
    }
    return resolved;
}

bool isWellFormedToken(const QString &token)
{
    return std::none_of(token.cbegin(), token.cend(),
        [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; });
}

QString toString(ResolvedToken::Source source)
{
    switch (source) {
    case ResolvedToken::Source::Environment:
        return Tr::tr("environment (QAD_API_TOKEN)");
    case ResolvedToken::Source::Keychain:
        return Tr::tr("keychain");
    case ResolvedToken::Source::None:
        break;
    }
    return Tr::tr("none");
}

} // namespace qad
