#include "streamcontroller.h"

#include "config/validation.h"
#include "secrets/tokenresolver.h"
#include "settings.h"
#include "wizard/reviewpage.h"

#include <QThread>

namespace qad::ui {

// One destination's stream. `host` lives in `thread` and parents the engine, so that both are created, used
// and destroyed in that thread (the engine's timers belong to the thread that made them).
struct StreamController::Stream
{
    QString name;
    QString source;
    std::unique_ptr<QThread> thread;
    QObject *host = nullptr; // deleted in its thread when the thread ends
    bool stopRequested = false;
    QString stopReason; // why it was stopped, when not by the user
    RunProgress progress;

    ~Stream()
    {
        if (thread) {
            if (!stopRequested) {
                thread->quit();
            }
            thread->wait(); // a stop ends the thread once the engine has finished (in-flight work included)
        }
    }
};

namespace {

StreamEngine *engineOf(QObject *host)
{
    return host->findChild<StreamEngine *>(QString(), Qt::FindDirectChildrenOnly);
}

QString invalidDestinationMessage(const Destination &destination, const QList<ValidationIssue> &issues)
{
    return StreamController::tr("Destination \"%1\" is not valid; edit it before streaming:\n%2")
        .arg(destination.name, ReviewPage::errorLines(issues).join(QLatin1Char('\n')));
}

// Whether `text` names the destination already: its name outside the source file's path (a file may be named
// after the destination it feeds).
bool namesDestination(const QString &text, const QString &name, const QString &sourcePath)
{
    return QString(text).remove(sourcePath).contains(name);
}

} // namespace

StreamController::StreamController(AppContext &ctx, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
{
    qRegisterMetaType<qad::RunProgress>();
    qRegisterMetaType<qad::AlertRecord>();
}

StreamController::~StreamController()
{
    stopAll();
    // Each Stream's destructor waits for its thread; queued reports to this object are dropped with it.
    m_streams.clear();
}

bool StreamController::isStreaming(const QString &destinationId) const
{
    return m_streams.contains(destinationId);
}

QStringList StreamController::streamingIds() const
{
    return m_streams.keys();
}

QString StreamController::sourceOf(const QString &destinationId) const
{
    const auto stream = m_streams.value(destinationId);
    return stream ? stream->source : QString();
}

RunProgress StreamController::lastProgress(const QString &destinationId) const
{
    const auto stream = m_streams.value(destinationId);
    return stream ? stream->progress : RunProgress();
}

void StreamController::start(const Destination &destination, const QString &sourcePath)
{
    const QString id = destination.id;
    if (isStreaming(id)) {
        Q_EMIT message(id,
            tr("\"%1\" is already streaming from %2; stop it first to change the source.")
                .arg(destination.name, sourceOf(id)));
        return;
    }
    if (sourcePath.trimmed().isEmpty()) {
        Q_EMIT message(id,
            tr("Choose a profile file to stream to \"%1\" from: one JSON object per line, a JSON array, or "
               "JSON objects one after another.")
                .arg(destination.name));
        return;
    }
    if (const QList<ValidationIssue> issues = validateDestination(destination); hasErrors(issues)) {
        Q_EMIT message(id, invalidDestinationMessage(destination, issues));
        return;
    }
    ResolvedToken token = resolveToken(*m_ctx.secrets, id);
    if (!token.ok()) {
        Q_EMIT message(id, tr("Cannot stream to \"%1\": %2").arg(destination.name, token.error.message));
        return;
    }

    RunOptions options;
    options.source = sourcePath;
    options.follow = true;
    options.historyDays = savedHistoryDays(); // Preferences; the purge at start keeps queued work
    options.refreshTokenOnResume = true; // the token fixed while paused is read again on Resume
    options.resumeHint = tr("Stream > Resume, Ctrl+Shift+R"); // what the stream says of a paused destination
    QHash<QString, QString> tokens;
    tokens.insert(id, std::move(token.token));

    auto stream = std::make_shared<Stream>();
    stream->name = destination.name;
    stream->source = sourcePath;
    stream->thread = std::make_unique<QThread>();
    stream->thread->setObjectName(QStringLiteral("qad-stream"));
    stream->host = new QObject;
    stream->host->moveToThread(stream->thread.get());
    // Runs in the stream's thread after its last event: the engine goes with its host, in that thread.
    connect(stream->thread.get(), &QThread::finished, stream->host, &QObject::deleteLater);
    connect(stream->thread.get(), &QThread::finished, this, [this, id] { onThreadFinished(id); });
    m_streams.insert(id, stream);
    stream->thread->start();

    QObject *host = stream->host;
    const QString dataDir = m_ctx.dataDir;
    const QString name = destination.name;
    // In the stream's thread.
    QMetaObject::invokeMethod(
        host,
        [this, host, id, name, dataDir, destination, tokens = std::move(tokens), options]() mutable {
            auto *engine = new StreamEngine(
                dataDir, { destination }, std::move(tokens), options, SystemClock::instance(), host);
            connect(engine, &StreamEngine::progressChanged, this, [this, id](const RunProgress &p) {
                if (const auto s = m_streams.value(id)) {
                    s->progress = p;
                }
                Q_EMIT progress(id, p);
            });
            connect(engine, &StreamEngine::alertRaised, this, &StreamController::alert);
            connect(engine, &StreamEngine::tokenWanted, this, &StreamController::refreshToken);
            // The engine names the destination in what concerns it, not in what concerns the source.
            connect(engine, &StreamEngine::notice, this,
                [this, id, name, source = options.source](const QString &text) {
                    Q_EMIT message(
                        id, namesDestination(text, name, source) ? text : tr("\"%1\": %2").arg(name, text));
                });
            connect(engine, &StreamEngine::finished, this, [this, id, name](int exitCode) {
                const auto stopped = m_streams.value(id);
                if (stopped && !stopped->stopReason.isEmpty()) {
                    Q_EMIT message(id, tr("Streaming to \"%1\" stopped: %2").arg(name, stopped->stopReason));
                    return;
                }
                Q_EMIT message(id,
                    exitCode == 0 ? tr("Streaming to \"%1\" stopped.").arg(name)
                                  : tr("Streaming to \"%1\" stopped with problems: activations failed or the "
                                       "destination was paused. See Alerts and History.")
                                        .arg(name));
            });
            connect(engine, &StreamEngine::finished, host, [] { QThread::currentThread()->quit(); });
            if (const Status started = engine->start(); !started) {
                delete engine;
                const QString error = started.error().message;
                const QString text = namesDestination(error, name, options.source)
                    ? tr("Streaming did not start: %1").arg(error)
                    : tr("Streaming to \"%1\" did not start: %2").arg(name, error);
                QMetaObject::invokeMethod(
                    this, [this, id, text] { Q_EMIT message(id, text); }, Qt::QueuedConnection);
                QThread::currentThread()->quit();
            }
        },
        Qt::QueuedConnection);
    Q_EMIT streamingChanged(id, true);
}

void StreamController::stop(const QString &destinationId, const QString &reason)
{
    const auto stream = m_streams.value(destinationId);
    if (!stream || stream->stopRequested) {
        return;
    }
    stream->stopRequested = true;
    stream->stopReason = reason;
    QObject *host = stream->host;
    // In the stream's thread, after the start above (events to one object keep their order).
    QMetaObject::invokeMethod(
        host,
        [host] {
            if (StreamEngine *engine = engineOf(host)) {
                engine->stop(); // finished() then ends the thread
            } else {
                QThread::currentThread()->quit();
            }
        },
        Qt::QueuedConnection);
}

// Resumed while streaming (after a 401, most often, the token fixed in the wizard since): the keychain is
// read here, in the GUI thread, as everywhere else, and the answer goes to the stream's engine.
void StreamController::refreshToken(const QString &destinationId)
{
    const auto stream = m_streams.value(destinationId);
    if (!stream || stream->stopRequested) {
        return;
    }
    ResolvedToken token = resolveToken(*m_ctx.secrets, destinationId);
    if (!token.ok()) {
        Q_EMIT message(destinationId,
            tr("\"%1\" was resumed, but its token could not be read again, so streaming goes on with the one "
               "it started with: %2")
                .arg(stream->name, token.error.message));
    }
    QObject *host = stream->host;
    QMetaObject::invokeMethod(
        host,
        [host, destinationId, secret = std::move(token.token)] {
            if (StreamEngine *engine = engineOf(host)) {
                engine->provideToken(destinationId, secret);
            }
        },
        Qt::QueuedConnection);
}

void StreamController::stopAll()
{
    for (const QString &id : m_streams.keys()) {
        stop(id);
    }
}

void StreamController::onThreadFinished(const QString &destinationId)
{
    const auto stream = m_streams.take(destinationId);
    if (!stream) {
        return;
    }
    stream->thread->wait();
    Q_EMIT streamingChanged(destinationId, false);
}

} // namespace qad::ui
