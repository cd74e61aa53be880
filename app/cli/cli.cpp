#include "cli/cli.h"

#include "cli/destinationcommands.h"
#include "cli/doctorcommand.h"
#include "cli/historycommands.h"
#include "cli/runcommand.h"
#include "cli/sendcommands.h"
#include "cli/tokencommands.h"
#include "common/files.h"
#include "secrets/keychainsecretstore.h"
#include "storage/sqlitestorage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <qad/version.h>
#include <unistd.h>

namespace qad::cli {

Context::Context(QString configDir, QString dataDir, QTextStream &o, QTextStream &e)
    : out(o)
    , err(e)
    , m_configDir(std::move(configDir))
    , m_dataDir(std::move(dataDir))
{ }

Context::~Context() = default;

ConfigStore *Context::config()
{
    if (!m_config) {
        auto store = std::make_unique<ConfigStore>(m_configDir);
        if (const Status status = store->load(); !status) {
            fail(UsageError, status.error().message);
            return nullptr;
        }
        m_config = std::move(store);
    }
    return m_config.get();
}

const Destination *Context::destination(const QString &idOrName)
{
    ConfigStore *store = config();
    if (!store) {
        return nullptr;
    }
    const QList<const Destination *> matches = store->matching(idOrName);
    if (matches.size() == 1) {
        return matches.constFirst();
    }
    if (matches.isEmpty()) {
        // A near miss (part of a name, the start of an id too short to be taken as one) is named, so that
        // the user need not look it up.
        const QString key = idOrName.trimmed();
        constexpr qsizetype kNearShown = 5;
        QStringList near;
        for (const Destination &d : store->destinations()) {
            if (!key.isEmpty()
                && (d.id.startsWith(key, Qt::CaseInsensitive) || d.name.contains(key, Qt::CaseInsensitive))) {
                near.append(QStringLiteral("  %1 (%2)").arg(d.name, d.id));
            }
        }
        if (near.size() > kNearShown) {
            near.resize(kNearShown);
            near.append(QStringLiteral("  …"));
        }
        if (near.isEmpty()) {
            fail(UsageError,
                Tr::tr("No destination \"%1\". `qadctl destination list` shows the ids and names.")
                    .arg(idOrName));
        } else {
            fail(UsageError,
                Tr::tr("No destination \"%1\": a destination is named by its whole name (in any case), its "
                       "id, or the start of its id of 4 characters or more. Did you mean:\n%2")
                    .arg(idOrName, near.join(QLatin1Char('\n'))));
        }
        return nullptr;
    }
    QStringList candidates;
    for (const Destination *d : matches) {
        candidates.append(QStringLiteral("  %1 (%2)").arg(d->name, d->id));
    }
    fail(UsageError,
        Tr::tr("\"%1\" could mean more than one destination (by name or by the start of the id):\n%2\nUse "
               "the full id of the one you mean.")
            .arg(idOrName, candidates.join(QLatin1Char('\n'))));
    return nullptr;
}

SecretStore &Context::secrets()
{
    if (!m_secrets) {
        // A locked keyring asks for its password in a window of its own. Typed in a terminal, the command has
        // someone to answer it: it waits for them as qad does (two minutes), and says what it waits for.
        // Elsewhere (a service, a cron job, a pipe) nobody will: ten seconds, then the way round it.
        const bool someoneToAnswer = isatty(STDERR_FILENO) == 1;
        auto store = std::make_unique<KeychainSecretStore>(
            QStringLiteral(QAD_KEYCHAIN_SERVICE), someoneToAnswer ? 120 * 1000 : 10 * 1000);
        if (someoneToAnswer) {
            store->setWaitNotice([this](bool waiting) {
                if (waiting) {
                    err << Tr::tr(
                        "Waiting for the keychain: if it asks for your password, enter it in its window.")
                        << Qt::endl;
                }
            });
        }
        m_secrets = std::move(store);
    }
    return *m_secrets;
}

Storage *Context::storage()
{
    if (!m_storage) {
        auto storage = std::make_unique<SqliteStorage>(m_dataDir);
        if (const Status status = storage->open(); !status) {
            fail(OperationFailed, status.error().message);
            return nullptr;
        }
        m_storage = std::move(storage);
    }
    return m_storage.get();
}

int Context::fail(int code, const QString &message)
{
    err << QStringLiteral("qadctl: ") << message << Qt::endl;
    return code;
}

void Context::warn(const QString &message)
{
    err << Tr::tr("warning: %1").arg(message) << Qt::endl;
}

bool parseCommand(
    Context &ctx, QCommandLineParser &parser, const QStringList &args, const QString &usage, int *exitCode)
{
    parser.setApplicationDescription(usage);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        QStringList { QStringLiteral("h"), QStringLiteral("help") }, Tr::tr("Show this help."));
    parser.addOption(help);
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList { QStringLiteral("qadctl") } + args)) {
        *exitCode = ctx.fail(
            UsageError, parser.errorText() + QLatin1Char('\n') + Tr::tr("Run with --help for the options."));
        return false;
    }
    // An option that takes one value, given twice, is refused rather than the last one silently winning
    // (`run --source a --source b` reading only b). Identities, mappings and audiences add up.
    for (const QString &name : parser.optionNames()) {
        if (name == u"identity" || name == u"map" || name == u"audience") {
            continue;
        }
        if (const QStringList values = parser.values(name); values.size() > 1) {
            const QString option = (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
            *exitCode = ctx.fail(UsageError,
                Tr::tr("%1 is given %2 times (%3): give it once.")
                    .arg(option)
                    .arg(values.size())
                    .arg(values.join(QStringLiteral(", "))));
            return false;
        }
    }
    if (parser.isSet(help)) {
        // Qt's usage line names the executable by the path it was started with, and no command: it is to be
        // copied, so it names qadctl and the command words ("Usage: qadctl run [options] ID…").
        QString text = parser.helpText();
        const QString program
            = QCoreApplication::instance() ? QCoreApplication::arguments().value(0) : QString();
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && (lineEnd < 0 || at < lineEnd)) {
            text.replace(at, program.size(),
                ctx.command().isEmpty() ? QStringLiteral("qadctl")
                                        : QStringLiteral("qadctl ") + ctx.command());
        }
        ctx.out << text;
        *exitCode = Success;
        return false;
    }
    return true;
}

bool asksForHelp(const QStringList &args)
{
    for (const QString &arg : args) {
        if (arg == u"--") {
            return false;
        }
        if (arg == u"--help" || arg == u"-h") {
            return true;
        }
    }
    return false;
}

QString pathArgumentProblem(const QString &what, const QString &path)
{
    if (!path.contains(QChar::ReplacementCharacter)) {
        return {};
    }
    return Tr::tr("%1: \"%2\" is not valid UTF-8 (� marks the bytes that are not), so it cannot be used as a "
                  "path. Rename it, or give a symbolic link to it whose name is valid UTF-8.")
        .arg(what, path);
}

bool openInput(Context &ctx, QFile &file, const QString &what, const QString &path, int *exitCode)
{
    if (path.trimmed().isEmpty()) {
        *exitCode = ctx.fail(
            UsageError, Tr::tr("%1: no file given; give a file, or - for standard input.").arg(what));
        return false;
    }
    if (const QString problem = pathArgumentProblem(what, path); !problem.isEmpty()) {
        *exitCode = ctx.fail(UsageError, problem);
        return false;
    }
    if (path != u"-" && QFileInfo(path).isDir()) {
        *exitCode = ctx.fail(UsageError,
            Tr::tr("%1: %2 is a directory; give the path of a file.")
                .arg(what, QDir::toNativeSeparators(path)));
        return false;
    }
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *exitCode = ctx.fail(UsageError,
            Tr::tr("%1: cannot read %2: %3.").arg(what, QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

WholeNumber parseWholeNumber(const QString &text, int min, int max)
{
    WholeNumber n;
    n.value = text.toInt(&n.isNumber);
    if (!n.isNumber) {
        // Digits all the same, too many for an int.
        static const QRegularExpression digits(QStringLiteral("^\\s*([+-]?)[0-9]+\\s*$"));
        const QRegularExpressionMatch match = digits.match(text);
        if (!match.hasMatch()) {
            return n;
        }
        n.isNumber = true;
        n.beyond = match.captured(1) == u"-" ? -1 : 1;
    }
    if (n.beyond == 0 && (n.value < min || n.value > max)) {
        n.beyond = n.value < min ? -1 : 1;
    }
    if (n.beyond != 0) {
        n.value = n.beyond < 0 ? min : max;
    }
    return n;
}

QString wholeNumberProblem(const QCommandLineOption &option, const QString &text, const WholeNumber &n)
{
    const QString name = option.names().constFirst();
    if (!n.isNumber) {
        return Tr::tr("--%1: \"%2\" is not a whole number.").arg(name, text);
    }
    if (n.beyond > 0) {
        return Tr::tr("--%1: %2 is too large.").arg(name, text.trimmed());
    }
    if (n.beyond < 0) {
        return Tr::tr("--%1: %2 is too small.").arg(name, text.trimmed());
    }
    return {};
}

std::optional<int> wholeNumberOption(
    Context &ctx, const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max)
{
    const QString text = parser.value(option);
    const WholeNumber n = parseWholeNumber(text, min, max);
    if (const QString problem = wholeNumberProblem(option, text, n); !problem.isEmpty()) {
        ctx.fail(UsageError,
            problem + QLatin1Char(' ') + Tr::tr("Use a whole number from %1 to %2.").arg(min).arg(max));
        return std::nullopt;
    }
    return n.value;
}

namespace {

QString globalHelp()
{
    return Tr::tr(
        "Usage: qadctl [--config-dir DIR] [--data-dir DIR] COMMAND [options]\n"
        "\n"
        "Streams customer-profile activations to Qualtrics Automations (JSON events).\n"
        "\n"
        "Commands:\n"
        "  destination add|edit|list|show|remove|export|import   configure destinations\n"
        "  token set|delete|check ID                               the API token, in the OS keychain\n"
        "  sample ID [--count N]                                   sample profiles for a destination "
        "(NDJSON)\n"
        "  test-send ID [--profile FILE] [--json]                  send one profile and show the exchange\n"
        "  run ID… --source PATH|- [--follow] [--exit-when-idle]    stream profile updates to destinations\n"
        "  history ID [--status S] [--limit N] [--json]            activations, newest first\n"
        "  status ID [--json]                                      delivery status, counters, open alerts\n"
        "  replay ID (--failed | --activation AID)                 send again\n"
        "  pause ID, resume ID                                     stop or restart sending\n"
        "  doctor                                                  check keychain, token sources, paths, "
        "database, config, allocator\n"
        "\n"
        "Global options:\n"
        "  --config-dir DIR   where destinations are configured (default: %1)\n"
        "  --data-dir DIR     where the history database lives (default: %2)\n"
        "  --help             this help; COMMAND --help for a command's options\n"
        "  --version          the version\n"
        "\n"
        "Environment: QAD_API_TOKEN supplies the token explicitly on servers without a keychain.\n"
        "Exit codes: 0 success, 1 the operation failed, 2 usage or configuration error.\n")
        .arg(files::configDirectory(), files::dataDirectory());
}

// Takes the global options out of the argument list, wherever they stand.
bool extractGlobalOptions(QStringList &args, QString *configDir, QString *dataDir, QString *error)
{
    for (int i = 0; i < args.size();) {
        const QString arg = args.at(i);
        QString *target = nullptr;
        QString name;
        for (const auto &[option, dest] : { std::pair { QStringLiteral("--config-dir"), configDir },
                 std::pair { QStringLiteral("--data-dir"), dataDir } }) {
            if (arg == option || arg.startsWith(option + QLatin1Char('='))) {
                target = dest;
                name = option;
            }
        }
        if (!target) {
            if (arg == u"--") {
                break;
            }
            ++i;
            continue;
        }
        if (arg.size() > name.size()) {
            *target = arg.mid(name.size() + 1);
            args.removeAt(i);
        } else if (i + 1 < args.size()) {
            *target = args.at(i + 1);
            args.remove(i, 2);
        } else {
            *error = Tr::tr("%1 needs a directory.").arg(name);
            return false;
        }
        if (target->isEmpty()) {
            *error = Tr::tr("%1 needs a directory.").arg(name);
            return false;
        }
        if (QString problem = pathArgumentProblem(name, *target); !problem.isEmpty()) {
            *error = std::move(problem);
            return false;
        }
    }
    return true;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    QString configDir;
    QString dataDir;
    QString error;
    if (!extractGlobalOptions(args, &configDir, &dataDir, &error)) {
        err << QStringLiteral("qadctl: ") << error << Qt::endl;
        return UsageError;
    }
    if (args.isEmpty()) {
        err << globalHelp(); // no command: a usage error, told where problems go
        return UsageError;
    }
    if (args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        out << globalHelp();
        return Success;
    }
    if (args.first() == u"--version" || args.first() == u"-v" || args.first() == u"version") {
        out << QStringLiteral("qadctl %1").arg(QStringLiteral(QAD_VERSION_STRING)) << Qt::endl;
        return Success;
    }

    Context ctx(files::configDirectory(configDir), files::dataDirectory(dataDir), out, err);
    const QString command = args.takeFirst();
    ctx.addCommandWord(command);
    if (command == u"destination") {
        return destinationCommand(ctx, args);
    }
    if (command == u"token") {
        return tokenCommand(ctx, args);
    }
    if (command == u"sample") {
        return sampleCommand(ctx, args);
    }
    if (command == u"test-send") {
        return testSendCommand(ctx, args);
    }
    if (command == u"doctor") {
        return doctorCommand(ctx, args);
    }
    if (command == u"run") {
        return runCommand(ctx, args);
    }
    if (command == u"history") {
        return historyCommand(ctx, args);
    }
    if (command == u"status") {
        return statusCommand(ctx, args);
    }
    if (command == u"replay") {
        return replayCommand(ctx, args);
    }
    if (command == u"pause" || command == u"resume") {
        return pauseResumeCommand(ctx, args, command == u"pause");
    }
    return ctx.fail(
        UsageError, Tr::tr("Unknown command \"%1\". Run qadctl --help for the commands.").arg(command));
}

ShownState shownState(const Destination &d, const DestinationRuntime &runtime, const DeliveryHealth &health)
{
    if (runtime.state != u"paused" && d.state == DestinationState::Paused) {
        return { QStringLiteral("paused"), d.pausedReason };
    }
    return { DestinationStatus::stateOf(runtime, health), runtime.reason };
}

} // namespace qad::cli
