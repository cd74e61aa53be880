#include "cli/runcommand.h"

#include "config/validation.h"
#include "engine/streamengine.h"
#include "secrets/tokenresolver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace qad::cli {

namespace {

// How many bad records `run` shows on stderr before it only counts them.
constexpr qint64 kRejectsTold = 20;

int g_signalPipe[2] = { -1, -1 };

void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGINT and SIGTERM become an event in the loop (a socket pair written from the handler).
class SignalWatcher
{
public:
    SignalWatcher()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
            return;
        }
        struct sigaction action
        {
        };
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, &m_oldInt);
        sigaction(SIGTERM, &action, &m_oldTerm);
        notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
    }
    ~SignalWatcher()
    {
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
        notifier.reset();
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
    }
    int take()
    {
        char byte = 0;
        return ::read(g_signalPipe[0], &byte, 1) == 1 ? int(byte) : 0;
    }
    std::unique_ptr<QSocketNotifier> notifier;

private:
    struct sigaction m_oldInt
    {
    };
    struct sigaction m_oldTerm
    {
    };
};

// The counts of a progress line, %1 – %7 of its pattern; the rate and what follows are the caller's.
QString withCounts(const QString &pattern, const RunProgress &p)
{
    return pattern.arg(p.read)
        .arg(p.rejected)
        .arg(p.activations)
        .arg(p.excluded)
        .arg(p.succeeded)
        .arg(p.failed)
        .arg(p.retries);
}

QString progressLine(const RunProgress &p)
{
    return withCounts(
        Tr::tr(
            "read %1 · rejected %2 · activations %3 · excluded %4 · sent %5 · failed %6 · retries %7 · %8/s"),
        p)
        .arg(p.sendRate, 0, 'f', 0);
}

// The run's last line: its rate over the whole run, since the last few seconds of a short or idle run say
// little (a run of 20 profiles ended with "0/s").
QString summaryLine(const RunProgress &p)
{
    const double seconds = double(p.elapsedMs) / 1000.0;
    const double average = p.elapsedMs > 0 ? double(p.succeeded) / seconds : 0.0;
    return withCounts(Tr::tr("read %1 · rejected %2 · activations %3 · excluded %4 · sent %5 · failed %6 · "
                             "retries %7 · %8/s on average over %9 s"),
        p)
        .arg(average, 0, 'f', average < 10 ? 1 : 0) // a slow run is not "0/s"
        .arg(seconds, 0, 'f', 1);
}

} // namespace

int runCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("ID"), Tr::tr("One or more destinations."), QStringLiteral("ID…"));
    const QCommandLineOption source(QStringLiteral("source"),
        Tr::tr("Profile updates: an NDJSON or JSON-array file, pretty-printed objects one after another, a "
               "named pipe (read as it is written, as <(producer) is), or - for standard input."),
        QStringLiteral("PATH"));
    const QCommandLineOption follow(QStringLiteral("follow"),
        Tr::tr("Keep reading the file as it grows, through rotation and truncation."));
    const QCommandLineOption exitWhenIdle(QStringLiteral("exit-when-idle"),
        Tr::tr("Exit once the source is exhausted and every activation is succeeded or failed."));
    const QCommandLineOption historyDays(QStringLiteral("history-days"),
        Tr::tr("Keep final activations this many days (default 90)."), QStringLiteral("DAYS"),
        QStringLiteral("90"));
    parser.addOptions({ source, follow, exitWhenIdle, historyDays });
    int code = Success;
    if (!parseCommand(ctx, parser, args,
            Tr::tr("qadctl run ID… --source PATH|-: stream profile updates to the destinations until "
                   "stopped (Ctrl+C or SIGTERM: in-flight work is finished or kept, exit 0)."),
            &code)) {
        return code;
    }
    if (parser.positionalArguments().isEmpty()) {
        return ctx.fail(UsageError, Tr::tr("run needs at least one destination id."));
    }
    if (!parser.isSet(source) || parser.value(source).isEmpty()) {
        return ctx.fail(UsageError, Tr::tr("run needs --source PATH (or --source - for standard input)."));
    }
    if (parser.isSet(follow) && parser.value(source) == u"-") {
        return ctx.fail(
            UsageError, Tr::tr("--follow applies to files; standard input is read until it ends."));
    }
    if (parser.isSet(follow) && parser.isSet(exitWhenIdle)) {
        return ctx.fail(UsageError,
            Tr::tr(
                "--exit-when-idle ends a run once the source is read to its end, and --follow never reaches "
                "one: use --follow to stream until Ctrl+C, or --exit-when-idle for a batch."));
    }
    const std::optional<int> days
        = wholeNumberOption(ctx, parser, historyDays, 1, std::numeric_limits<int>::max());
    if (!days) {
        return UsageError;
    }
    // The engine reads the source once it has started; a missing or unreadable file, or a directory, is said
    // here, as for any other input file, followed or not. A file followed need not exist yet: it is waited
    // for. Nor is a named pipe opened here: that would wait for its writer, and closing it could end the
    // writer.
    const QString sourcePath = parser.value(source);
    const QFileInfo sourceInfo(sourcePath);
    if (parser.isSet(follow)) {
        if (const QString problem = pathArgumentProblem(QStringLiteral("--source"), sourcePath);
            !problem.isEmpty()) {
            return ctx.fail(UsageError, problem);
        }
    }
    if (sourcePath != u"-"
        && (sourceInfo.isFile() || sourceInfo.isDir() || (!sourceInfo.exists() && !parser.isSet(follow)))) {
        QFile file;
        if (!openInput(ctx, file, QStringLiteral("--source"), sourcePath, &code)) {
            return code;
        }
    }

    QList<Destination> destinations;
    QHash<QString, QString> tokens;
    for (const QString &idOrName : parser.positionalArguments()) {
        const Destination *found = ctx.destination(idOrName);
        if (!found) {
            return UsageError;
        }
        const Destination d = *found;
        if (tokens.contains(d.id)) {
            continue; // named twice (by id and by name, say): one stream
        }
        const QList<ValidationIssue> issues = validateDestination(d);
        if (hasErrors(issues)) {
            return ctx.fail(UsageError,
                Tr::tr("Destination \"%1\" is not valid; fix it with `qadctl destination "
                       "edit`:\n%2")
                    .arg(d.name, issueLines(issues).join(QLatin1Char('\n'))));
        }
        ResolvedToken token = resolveToken(ctx.secrets(), d.id);
        if (!token.ok()) {
            return ctx.fail(
                exitCodeFor(token.error), Tr::tr("Destination \"%1\": %2").arg(d.name, token.error.message));
        }
        destinations.append(d);
        tokens.insert(d.id, token.token);
        token.token.fill(QLatin1Char('\0'));
    }

    RunOptions options;
    options.source = sourcePath;
    options.follow = parser.isSet(follow);
    options.exitWhenIdle = parser.isSet(exitWhenIdle);
    options.historyDays = *days;
    options.refreshTokenOnResume = true;
    // This thread reads the source and detects changes; the process is the run's.
    options.tuning.keepCreatorOffItsCpu = true;
    StreamEngine engine(ctx.dataDir(), destinations, tokens, options);
    for (QString &token : tokens) {
        token.fill(QLatin1Char('\0'));
    }

    const bool terminal = isatty(STDERR_FILENO);
    QElapsedTimer sinceLine;
    sinceLine.start();
    bool lineOpen = false;
    QString lastLogged;
    auto endLine = [&] {
        if (lineOpen) {
            ctx.err << Qt::endl;
            lineOpen = false;
        }
    };
    QObject::connect(&engine, &StreamEngine::progressChanged, &engine, [&](const RunProgress &p) {
        if (p.finished) {
            return; // the summary below takes its place
        }
        if (terminal) {
            ctx.err << QLatin1Char('\r') << progressLine(p) << QStringLiteral("\x1b[K") << Qt::flush;
            lineOpen = true;
        } else if (sinceLine.elapsed() >= 5000) {
            // A log (not a terminal) gets a line at most every 5 s, and only when something moved: a stream
            // followed for days while idle does not fill it with the same line.
            if (QString line = progressLine(p); line != lastLogged) {
                ctx.err << line << Qt::endl;
                lastLogged = std::move(line);
                sinceLine.restart();
            }
        }
    });
    // Resumed after a 401, most often with the token fixed meanwhile (`qadctl token set` in another
    // terminal): the token is read again, so the run sends the new one.
    QObject::connect(&engine, &StreamEngine::tokenWanted, &engine, [&](const QString &id) {
        ResolvedToken token = resolveToken(ctx.secrets(), id);
        if (!token.ok()) {
            endLine();
            ctx.err << Tr::tr(
                "qadctl: the token of destination %1 could not be read again as it was resumed, "
                "so the run keeps the one it started with: %2")
                           .arg(id, token.error.message)
                    << Qt::endl;
        }
        engine.provideToken(id, token.token);
        token.token.fill(QLatin1Char('\0'));
    });
    QObject::connect(&engine, &StreamEngine::alertRaised, &engine, [&](const AlertRecord &alert) {
        endLine();
        ctx.err << Tr::tr("alert: %1: %2").arg(alert.type, alert.message) << Qt::endl;
    });
    // Each bad record is told as it is found, like a compiler's errors; past the first few, where to read the
    // rest. The stream goes on either way.
    qint64 rejectsTold = 0;
    QObject::connect(&engine, &StreamEngine::rejected, &engine, [&](const RejectRecord &reject) {
        ++rejectsTold;
        if (rejectsTold > kRejectsTold + 1) {
            return;
        }
        endLine();
        if (rejectsTold > kRejectsTold) {
            ctx.err << Tr::tr(
                "rejected: more bad records follow; they are counted, not shown here. List them "
                "with `qadctl history %1 --status rejected`.")
                           .arg(destinations.constFirst().id)
                    << Qt::endl;
            return;
        }
        const QString from = reject.source == u"-" ? Tr::tr("standard input") : reject.source;
        ctx.err << Tr::tr("rejected: %1: %2").arg(from, reject.reason) << Qt::endl;
    });
    QObject::connect(&engine, &StreamEngine::notice, &engine, [&](const QString &message) {
        endLine();
        ctx.err << QStringLiteral("qadctl: ") << message << Qt::endl;
    });

    QEventLoop loop;
    int exitCode = Success;
    QObject::connect(&engine, &StreamEngine::finished, &loop, [&](int c) {
        exitCode = c;
        loop.quit();
    });
    SignalWatcher signalWatcher;
    int signalsTaken = 0;
    if (signalWatcher.notifier) {
        QObject::connect(signalWatcher.notifier.get(), &QSocketNotifier::activated, &engine, [&] {
            const int signal = signalWatcher.take();
            endLine();
            if (++signalsTaken == 1) {
                // A service manager's SIGTERM is named as such in its log, where Ctrl+C would puzzle.
                ctx.err << (signal == SIGTERM
                        ? Tr::tr(
                            "Stopping on SIGTERM: finishing what is in flight… (another SIGTERM or "
                            "SIGINT stops at once; what is in flight is then sent again at the next start)")
                        : Tr::tr(
                            "Stopping: finishing what is in flight… (Ctrl+C again stops at once; what is "
                            "in flight is then sent again at the next start)"))
                        << Qt::endl;
                engine.stop();
            } else {
                ctx.err << Tr::tr("Stopping at once: what was in flight is sent again at the next start.")
                        << Qt::endl;
                engine.stopNow();
            }
        });
    }
    if (const Status status = engine.start(); !status) {
        return ctx.fail(OperationFailed, status.error().message);
    }
    if (options.follow && !QFileInfo::exists(options.source)) {
        // Like `tail -F`; said, so that a mistyped path is not taken for a quiet source.
        ctx.err << Tr::tr(
            "Waiting for %1: it does not exist yet, and is read from its start once it appears.")
                       .arg(QDir::toNativeSeparators(QFileInfo(options.source).absoluteFilePath()))
                << Qt::endl;
    }
    loop.exec();
    // On a terminal it replaces the line updated in place, rather than repeating it below.
    ctx.err << (lineOpen ? QStringLiteral("\r") : QString()) << summaryLine(engine.progress())
            << (lineOpen ? QStringLiteral("\x1b[K") : QString()) << Qt::endl;
    return exitCode;
}

} // namespace qad::cli
