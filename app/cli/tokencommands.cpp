#include "cli/tokencommands.h"

#include "config/validation.h"
#include "delivery/credentialcheck.h"
#include "secrets/tokenresolver.h"

#include <QNetworkAccessManager>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace qad::cli {

namespace {

// Reads the token from standard input: the whole of it when piped, one line without echo on a terminal.
QString readTokenFromStdin(Context &ctx, const Destination &d)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved {};
    if (terminal) {
        ctx.err << Tr::tr("API token for \"%1\" (input hidden): ").arg(d.name) << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QByteArray bytes;
    char buffer[4096];
    while (true) {
        if (terminal) {
            if (!fgets(buffer, sizeof buffer, stdin)) {
                break;
            }
            bytes.append(buffer);
            if (bytes.endsWith('\n')) {
                break;
            }
            continue;
        }
        const size_t n = fread(buffer, 1, sizeof buffer, stdin);
        if (n == 0) {
            break;
        }
        bytes.append(buffer, qsizetype(n));
    }
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        ctx.err << Qt::endl;
    }
    QString token = QString::fromUtf8(bytes).trimmed();
    bytes.fill('\0');
    return token;
}

int set(Context &ctx, const Destination &d)
{
    QString token = readTokenFromStdin(ctx, d);
    if (token.isEmpty()) {
        return ctx.fail(UsageError,
            Tr::tr("No token on standard input. Pipe it in, e.g. "
                   "`printf '%s' \"$TOKEN\" | qadctl token set %1`.")
                .arg(d.id));
    }
    if (!isWellFormedToken(token)) {
        token.fill(QLatin1Char('\0'));
        return ctx.fail(UsageError,
            Tr::tr("The token has spaces, several lines or control characters; give only the API token."));
    }
    const Status status = ctx.secrets().write(d.id, token);
    token.fill(QLatin1Char('\0'));
    if (!status) {
        return ctx.fail(OperationFailed, status.error().message);
    }
    ctx.err
        << Tr::tr("Token for \"%1\" stored in the keychain (%2).").arg(d.name, ctx.secrets().backendName())
        << Qt::endl;
    if (!qEnvironmentVariableIsEmpty(kTokenEnvironmentVariable)) {
        ctx.warn(Tr::tr("QAD_API_TOKEN is set in this environment and takes precedence over the keychain."));
    }
    return Success;
}

int remove(Context &ctx, const Destination &d)
{
    if (const Status status = ctx.secrets().remove(d.id); !status) {
        return ctx.fail(OperationFailed, status.error().message);
    }
    ctx.err << Tr::tr("Token for \"%1\" deleted from the keychain.").arg(d.name) << Qt::endl;
    return Success;
}

int check(Context &ctx, const Destination &d, bool offline)
{
    // As test-send and run: a configuration edited by hand is refused before the token is even read.
    if (const QList<ValidationIssue> issues = validateDestination(d); hasErrors(issues)) {
        return ctx.fail(UsageError,
            Tr::tr("Nothing was sent: destination \"%1\" is not valid. Fix it first with `qadctl destination "
                   "edit`:\n%2")
                .arg(d.name, issueLines(issues).join(QLatin1Char('\n'))));
    }
    ResolvedToken token = resolveToken(ctx.secrets(), d.id);
    if (!token.ok()) {
        return ctx.fail(exitCodeFor(token.error), token.error.message);
    }
    ctx.out << Tr::tr("Token source: %1").arg(toString(token.source)) << Qt::endl;
    if (offline) {
        token.token.fill(QLatin1Char('\0'));
        return Success;
    }
    QNetworkAccessManager network;
    const CredentialCheck result
        = checkCredentials(&network, d.url, token.token, d.delivery.timeoutSeconds * 1000);
    token.token.fill(QLatin1Char('\0'));
    if (result.result != CredentialCheck::Result::Valid) {
        return ctx.fail(OperationFailed, result.message); // refused, or no verdict: a problem, on stderr
    }
    ctx.out << result.message << Qt::endl;
    if (result.result == CredentialCheck::Result::Valid && !d.username.isEmpty()
        && result.userName.compare(d.username, Qt::CaseInsensitive) != 0 && !result.userName.isEmpty()) {
        ctx.warn(
            Tr::tr("the token belongs to %1, but the destination's username is %2; Basic auth needs both to "
                   "match.")
                .arg(result.userName, d.username));
    }
    return Success;
}

} // namespace

int tokenCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), Tr::tr("set, delete or check."));
    parser.addPositionalArgument(QStringLiteral("ID"), Tr::tr("The destination."));
    const QCommandLineOption offline(QStringLiteral("offline"),
        Tr::tr("check: only say where the token comes from; do not ask Qualtrics."));
    parser.addOption(offline);
    int code = Success;
    if (!parseCommand(ctx, parser, args,
            Tr::tr("qadctl token set|delete|check ID: the destination's API token in the OS keychain.\n"
                   "set reads the token from standard input; check verifies it with Qualtrics "
                   "(whoami) without starting a workflow."),
            &code)) {
        return code;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return ctx.fail(UsageError, Tr::tr("Use: qadctl token set|delete|check ID"));
    }
    const QString action = positional.at(0);
    // The action first: `token frob ID` is about the action, whatever ID is.
    if (action != u"set" && action != u"delete" && action != u"check") {
        return ctx.fail(UsageError, Tr::tr("token needs one of: set, delete, check."));
    }
    const Destination *d = ctx.destination(positional.at(1));
    if (!d) {
        return UsageError;
    }
    if (action == u"set") {
        return set(ctx, *d);
    }
    if (action == u"delete") {
        return remove(ctx, *d);
    }
    if (action == u"check") {
        return check(ctx, *d, parser.isSet(offline));
    }
    return ctx.fail(UsageError, Tr::tr("token needs one of: set, delete, check."));
}

} // namespace qad::cli
