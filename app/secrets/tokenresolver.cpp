#include "secrets/tokenresolver.h"

#include <QCoreApplication>
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
    QString fromEnvironment = qEnvironmentVariable(kTokenEnvironmentVariable);
    if (!fromEnvironment.isEmpty()) {
        resolved.source = ResolvedToken::Source::Environment;
        resolved.token = std::move(fromEnvironment);
        return resolved;
    }

    SecretStore::ReadResult read = store.read(destinationId);
    if (read.status == SecretStore::ReadStatus::Found) {
        resolved.source = ResolvedToken::Source::Keychain;
        resolved.token = std::move(read.secret);
        return resolved;
    }
    resolved.error = read.error;
    if (resolved.error.isNull()) {
        resolved.error
            = Error { Tr::tr("No API token for destination \"%1\": store one with `qadctl token set %1`, "
                             "or set %2.")
                          .arg(destinationId, QLatin1String(kTokenEnvironmentVariable)) };
    }
    return resolved;
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
