// qad: the Qt Widgets application (SPEC §1). Parses the command line, loads the configuration, installs the
// translators and shows the main window; everything else lives in qad_ui and the core.
#include "appcontext.h"
#include "common/allocator.h"
#include "common/eventdispatch.h"
#include "common/files.h"
#include "config/configstore.h"
#include "delivery/tlstrust.h"
#include "keychainwaitindicator.h"
#include "language.h"
#include "mainwindow.h"
#include "secrets/keychainsecretstore.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <cstdio>
#include <memory>
#include <qad/version.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::ui::Main)
};

struct Options
{
    QCommandLineOption configDir { QStringLiteral("config-dir"),
        Tr::tr("Read and write the destinations in DIR instead of the default configuration directory."),
        Tr::tr("DIR") };
    QCommandLineOption dataDir { QStringLiteral("data-dir"),
        Tr::tr("Keep the history database in DIR instead of the default data directory."), Tr::tr("DIR") };
    QCommandLineOption language { QStringLiteral("lang"),
        Tr::tr(
            "Show the interface in LANGUAGE (en, fr or ko) instead of the one chosen in Preferences or the "
            "system's."),
        Tr::tr("LANGUAGE") };
};

// Options are described in the language in effect: call after the translators are installed.
void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(Tr::tr("Streams customer-profile activations to Qualtrics Automations "
                                            "JSON-event URLs. The headless twin is qadctl."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.configDir);
    parser.addOption(options.dataDir);
    parser.addOption(options.language);
}

QStringList rawArguments(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        args.append(QString::fromLocal8Bit(argv[i]));
    }
    return args;
}

// --help and --version print and exit: they must work in a terminal with no display.
bool wantsTerminalOnly(const QStringList &args)
{
    static const QStringList flags { QStringLiteral("-h"), QStringLiteral("--help"),
        QStringLiteral("--help-all"), QStringLiteral("-?"), QStringLiteral("-v"),
        QStringLiteral("--version") };
    return std::any_of(args.cbegin() + 1, args.cend(), [](const QString &a) { return flags.contains(a); });
}

// Where the language comes from: --lang, else Preferences, else the system. Read before the parser proper so
// that --help is already translated. Unknown options are reported later, by the parser proper.
QString languageFor(const QStringList &args, const Options &options)
{
    QCommandLineParser pre;
    pre.addOption(options.configDir);
    pre.addOption(options.language);
    pre.parse(args);
    if (pre.isSet(options.configDir)) {
        qad::ui::setSettingsDirectory(qad::files::configDirectory(pre.value(options.configDir)));
    }
    return qad::ui::effectiveLanguage(
        pre.value(options.language), qad::ui::savedLanguage(), QLocale::system().uiLanguages());
}

void applyLocale(const QString &language, const QStringList &args, const Options &options)
{
    QCommandLineParser pre;
    pre.addOption(options.language);
    pre.parse(args);
    // Numbers and dates follow a language the user chose; otherwise the system's locale stays as it is.
    if (pre.isSet(options.language) || !qad::ui::savedLanguage().isEmpty()) {
        QLocale::setDefault(QLocale(language));
    }
}

int printAndExit(int argc, char *argv[], const QStringList &args)
{
    QCoreApplication app(argc, argv);
    const Options english;
    const qad::ui::Translators translators(languageFor(args, english));
    const Options options;
    QCommandLineParser parser;
    describe(parser, options);
    parser.process(app); // prints --help or --version and exits
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything qad writes (config, database, settings) is the user's alone, and a token in memory never
    // lands in a core dump.
    umask(077);
    const rlimit noCore { 0, 0 };
    setrlimit(RLIMIT_CORE, &noCore);

    // The same names as qadctl: both find the same configuration and data directories.
    QCoreApplication::setApplicationName(QStringLiteral("qad"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QAD_VERSION_STRING));

    const QStringList raw = rawArguments(argc, argv);
    if (wantsTerminalOnly(raw)) {
        return printAndExit(argc, argv, raw);
    }

    qad::keepFreedMemoryForReuse();
    qad::useQtDispatcherInWorkerThreads();
    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral(QAD_DISPLAY_NAME));
    QGuiApplication::setDesktopFileName(QStringLiteral(QAD_APP_ID));
    QApplication::setWindowIcon(qad::ui::applicationIcon());

    // Qt removed its own options (-platform, -style…) from the arguments.
    const QStringList args = QCoreApplication::arguments();
    const QString language = languageFor(args, Options {});
    const qad::ui::Translators translators(language);
    applyLocale(language, args, Options {});

    const Options options;
    QCommandLineParser parser;
    describe(parser, options);
    if (!parser.parse(args)) {
        QTextStream(stderr) << parser.errorText() << QLatin1Char('\n')
                            << Tr::tr("Run qad --help to see the options.") << Qt::endl;
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << Tr::tr(
            "qad takes no arguments besides its options; run qad --help to see them.")
                            << Qt::endl;
        return 2;
    }
    if (parser.isSet(options.language) && !qad::ui::isAvailableLanguage(parser.value(options.language))) {
        QTextStream(stderr)
            << Tr::tr("Unknown language \"%1\": use en, fr or ko.").arg(parser.value(options.language))
            << Qt::endl;
        return 2;
    }

    const QString configDir = qad::files::configDirectory(parser.value(options.configDir));
    const QString dataDir = qad::files::dataDirectory(parser.value(options.dataDir));
    qad::ui::setSettingsDirectory(configDir);

    qad::ConfigStore config(configDir);
    if (const qad::Status status = config.load(); !status) {
        // The store refuses to save over a file it could not read; quitting keeps the user from working in a
        // window that could never save.
        QTextStream(stderr) << status.error().message << Qt::endl;
        QMessageBox::critical(nullptr, Tr::tr("The configuration cannot be read"), status.error().message);
        return 2;
    }
    if (const qad::Status trusted = qad::trustCertificatesFromEnvironment(); !trusted) {
        // Sending with the system's authorities alone would only fail later with a TLS error.
        QTextStream(stderr) << trusted.error().message << Qt::endl;
        QMessageBox::critical(
            nullptr, Tr::tr("Certificate authorities cannot be loaded"), trusted.error().message);
        return 2;
    }
    // Two minutes, not qadctl's ten seconds: a locked keyring waits for the user to type its password in the
    // keychain's own window, and the indicator says meanwhile what qad waits for.
    qad::ui::KeychainWaitIndicator keychainWait;
    qad::KeychainSecretStore secrets(QStringLiteral(QAD_KEYCHAIN_SERVICE), 120 * 1000);
    secrets.setWaitNotice([&keychainWait](bool waiting) { keychainWait.setWaiting(waiting); });
    QObject::connect(&keychainWait, &qad::ui::KeychainWaitIndicator::stopRequested, &keychainWait,
        [&secrets] { secrets.cancelWait(); });

    qad::ui::AppContext ctx;
    ctx.configDir = configDir;
    ctx.dataDir = dataDir;
    ctx.config = &config;
    ctx.secrets = &secrets;

    qad::ui::MainWindow window(ctx);
    window.show();
    return QApplication::exec();
}
