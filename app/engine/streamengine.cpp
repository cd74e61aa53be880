#include "engine/streamengine.h"

#include "alerts/alertevaluator.h"
#include "engine/ingestor.h"
#include "sources/profilesource.h"
#include "storage/sqlitestorage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHash>
#include <QLockFile>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <limits>

namespace qad {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::StreamEngine)
};
constexpr int kAlertIntervalMs = 60 * 1000;
constexpr int kProgressIntervalMs = 500;
constexpr qint64 kRateWindowMs = 5000;
constexpr int kSaveRetryMs = 1000; // a batch that could not be saved is tried again
} // namespace

struct StreamEngine::Private
{
    StreamEngine *q = nullptr;
    QString dataDirectory;
    QList<Destination> destinations;
    QHash<QString, QString> tokens;
    RunOptions options;
    const Clock *clock = nullptr;

    std::unique_ptr<SqliteStorage> storage;
    std::unique_ptr<Ingestor> ingestor;
    std::unique_ptr<AlertEvaluator> alerts;
    std::unique_ptr<ProfileSource> source;
    QThread workerThread;
    DeliveryWorker *worker = nullptr;

    QTimer readTimer;
    QFileSystemWatcher *watcher = nullptr; // the followed file (inotify): an append wakes the reader at once
    QTimer alertTimer;
    QTimer progressTimer;
    // One stream per destination at a time, across processes: two would read the same source twice.
    QList<std::shared_ptr<QLockFile>> locks;
    QList<SourceRecord> pending; // read, not yet committed (a failed commit is tried again)
    RunProgress progress;
    QSet<QString> paused; // destination ids paused (authentication or by the user)
    bool authenticationPaused = false;
    // Per destination, what was told once a run: the causes of retries (the counts say the rest) and the
    // wordings of Qualtrics' meta.notice, each key prefixed with its kind.
    QHash<QString, QSet<QString>> toldOnce;
    QString saveErrorTold; // the ingest's last failure, told once
    bool sourceFailed = false; // the source stopped on an error (not followed): the run did not do its work
    QString sourceErrorTold; // the source's error last told, while it lasts
    bool workerIdle = false;
    bool stopping = false;
    bool finishedEmitted = false;
    int exitCodeOnStop = 0; // set to 1 only as the run decides to stop on a failure; nothing sets it back
    QElapsedTimer sinceStart;
    QList<QPair<qint64, qint64>> rateSamples; // (elapsed ms, succeeded)

    const Destination *destination(const QString &id) const
    {
        for (const Destination &d : destinations) {
            if (d.id == id) {
                return &d;
            }
        }
        return nullptr;
    }

    QString nameOf(const QString &id) const
    {
        const Destination *d = destination(id);
        return d ? d->name : id;
    }

    // Whether `what` is told of the destination for the first time in this run; remembers that it was.
    bool firstTelling(const QString &destinationId, const QString &what)
    {
        QSet<QString> &told = toldOnce[destinationId];
        if (told.contains(what)) {
            return false;
        }
        told.insert(what);
        return true;
    }

    void raise(const QList<AlertRecord> &raised)
    {
        for (const AlertRecord &alert : raised) {
            Q_EMIT q->alertRaised(alert);
        }
    }

    void readTick()
    {
        if (stopping) {
            return;
        }
        if (pending.isEmpty()) {
            pending = source->read(options.batchSize);
            tellSourceNotice();
        }
        const Error sourceError = source->error();
        // Told once, not at every poll while a followed path stays unreadable; and told when it is read
        // again.
        if (sourceError.isNull() && !sourceErrorTold.isEmpty()) {
            sourceErrorTold.clear();
            Q_EMIT q->notice(Tr::tr("Reading %1 again.").arg(source->name()));
        } else if (!sourceError.isNull() && sourceError.message != sourceErrorTold) {
            sourceErrorTold = sourceError.message;
            Q_EMIT q->notice(sourceError.message);
        }
        if (!pending.isEmpty()) {
            auto result = ingestor->ingest(pending, source->name());
            if (!result) {
                // Nothing of the batch was written and the source position stays.
                if (options.exitWhenIdle && !options.follow) {
                    // A batch run, which nobody may be watching, does not wait for room for ever.
                    Q_EMIT q->notice(Tr::tr("%1 The run stops: run it again once that is fixed; it resumes "
                                            "after the last profile saved.")
                                         .arg(result.error().message));
                    exitCodeOnStop = 1;
                    beginStop();
                    return;
                }
                // A followed source waits: the same records are tried again every second (a full disk may be
                // freed, a lock released). Told once, not every second.
                if (result.error().message != saveErrorTold) {
                    saveErrorTold = result.error().message;
                    Q_EMIT q->notice(
                        Tr::tr("%1 Reading waits: the same profiles are saved as soon as that works "
                               "(tried every second); nothing read is lost.")
                            .arg(saveErrorTold));
                }
                readTimer.start(kSaveRetryMs);
                return;
            }
            if (!saveErrorTold.isEmpty()) {
                saveErrorTold.clear();
                Q_EMIT q->notice(Tr::tr("Saving profiles works again: reading goes on."));
            }
            pending.clear();
            progress.read += result->records;
            progress.rejected += result->rejected;
            progress.activations += result->activations;
            progress.excluded += result->excluded;
            progress.unchanged += result->unchanged;
            for (const RejectRecord &reject : std::as_const(result->rejects)) {
                Q_EMIT q->rejected(reject);
            }
            for (const IngestResult::Failure &failure : std::as_const(result->failed)) {
                failedForGood(failure.destinationId, failure.activationId, failure.reason);
            }
            if (result->activations > 0) {
                workerIdle = false;
                QMetaObject::invokeMethod(worker, &DeliveryWorker::wake, Qt::QueuedConnection);
            }
            readTimer.start(0);
            return;
        }
        if (!sourceError.isNull() && !options.follow) {
            sourceFailed = true;
            progress.sourceDone = true;
            checkIdle();
            return;
        }
        if (source->atEnd()) {
            progress.sourceDone = true;
            checkIdle();
            return;
        }
        watchSource();
        readTimer.start(options.pollIntervalMs);
    }

    // Stopped while records read wait to be saved (a lock held, a full disk): they are left unsaved, and the
    // source position with them, so a file is read again from there at the next start. Said, with what it
    // waited for.
    void tellUnsaved()
    {
        if (stopping || pending.isEmpty()) {
            return;
        }
        const QString name = source->name();
        const bool again = name != u"-" && QFileInfo(name).isFile();
        const QString from = name == u"-" ? Tr::tr("standard input") : QDir::toNativeSeparators(name);
        const QString what = Tr::tr(
            "Stopped while waiting to save %n profile(s) read from %1:", nullptr, int(pending.size()))
                                 .arg(from);
        Q_EMIT q->notice(again
                ? Tr::tr("%1 %2 They were not saved: they are read again at the next start.")
                      .arg(what, saveErrorTold)
                : Tr::tr("%1 %2 They were not saved, and cannot be read again from there: give them to the "
                         "next run again.")
                      .arg(what, saveErrorTold));
        pending.clear();
    }

    // Once, what the source noticed and did (a file rewritten in place, read again from its start).
    void tellSourceNotice()
    {
        if (const QString told = source->takeNotice(); !told.isEmpty()) {
            Q_EMIT q->notice(told);
        }
    }

    // A rotated or replaced file is a new inode: watch whatever is at the path now.
    void watchSource()
    {
        if (!watcher || watcher->files().contains(source->name())) {
            return;
        }
        watcher->addPath(source->name()); // fails quietly while the file is missing: the poll goes on
    }

    QStringList activeDestinationIds() const
    {
        QStringList ids;
        for (const Destination &d : destinations) {
            if (!paused.contains(d.id)) {
                ids.append(d.id);
            }
        }
        return ids;
    }

    void checkIdle()
    {
        if (!options.exitWhenIdle || !progress.sourceDone || !workerIdle || stopping) {
            return;
        }
        const QStringList active = activeDestinationIds();
        if (!active.isEmpty()) {
            auto unfinished = storage->unfinishedCount(active);
            if (!unfinished || *unfinished > 0) {
                return; // retries are scheduled: the worker wakes for them and reports idle again
            }
        }
        // A paused destination's queue is kept, not delivered: a batch run does not wait for a resume nobody
        // may give, and its exit code does not claim what it did not do.
        const bool queueHeld = tellHeldQueues();
        exitCodeOnStop = (progress.failed > 0 || authenticationPaused || sourceFailed || queueHeld) ? 1 : 0;
        beginStop();
    }

    // Says, for each paused destination with activations waiting, how many and how they get sent; true when
    // there is one.
    bool tellHeldQueues()
    {
        bool held = false;
        for (const Destination &dest : std::as_const(destinations)) {
            if (!paused.contains(dest.id)) {
                continue;
            }
            const Expected<qint64> waiting = storage->unfinishedCount({ dest.id });
            if (!waiting || *waiting == 0) {
                continue;
            }
            held = true;
            Q_EMIT q->notice(Tr::tr("Destination \"%1\" is paused: %n activation(s) stay queued, not sent. "
                                    "Resume it (%2) and run again to send them.",
                nullptr, int(qMin<qint64>(*waiting, std::numeric_limits<int>::max())))
                                 .arg(dest.name, howToResume(dest)));
        }
        return held;
    }

    QString howToResume(const Destination &dest) const
    {
        return options.resumeHint.isEmpty() ? QStringLiteral("`qadctl resume %1`").arg(dest.id)
                                            : options.resumeHint;
    }

    void beginStop(bool now = false)
    {
        const bool workerRuns = worker && workerThread.isRunning();
        if (stopping) {
            if (now && workerRuns) {
                QMetaObject::invokeMethod(worker, &DeliveryWorker::stopNow, Qt::QueuedConnection);
            }
            return;
        }
        stopping = true;
        readTimer.stop();
        alertTimer.stop();
        if (workerRuns) {
            QMetaObject::invokeMethod(
                worker, now ? &DeliveryWorker::stopNow : &DeliveryWorker::stop, Qt::QueuedConnection);
        } else {
            finish();
        }
    }

    // The periodic checks of SPEC §8 (an hour that closed with no failures, a delay, the skipped rate).
    void evaluateAlerts()
    {
        if (!alerts) {
            return;
        }
        for (const Destination &dest : std::as_const(destinations)) {
            raise(alerts->evaluate(dest));
        }
    }

    void finish()
    {
        if (finishedEmitted) {
            return;
        }
        workerThread.quit();
        workerThread.wait();
        worker = nullptr;
        // Once more on what the run leaves, its outcomes written: a run shorter than their interval (a batch
        // run) raises what it caused as a long one does.
        evaluateAlerts();
        progressTimer.stop();
        progress.finished = true;
        emitProgress();
        finishedEmitted = true;
        Q_EMIT q->finished(exitCodeOnStop);
    }

    void emitProgress()
    {
        const qint64 now = sinceStart.elapsed();
        progress.elapsedMs = now;
        rateSamples.append({ now, progress.succeeded });
        while (rateSamples.size() > 2 && now - rateSamples.constFirst().first > kRateWindowMs) {
            rateSamples.removeFirst();
        }
        const auto &first = rateSamples.constFirst();
        const qint64 span = now - first.first;
        // The first report has one sample: its rate is the run's so far, not 0.
        progress.sendRate = span > 0 ? double(progress.succeeded - first.second) * 1000.0 / double(span)
            : now > 0                ? double(progress.succeeded) * 1000.0 / double(now)
                                     : 0.0;
        Q_EMIT q->progressChanged(progress);
    }

    // An activation failed permanently: delivered and refused, or too large to send.
    void failedForGood(const QString &destinationId, const QString &activationId, const QString &message)
    {
        ++progress.failed;
        if (const Destination *d = destination(destinationId)) {
            raise(alerts->activationFailed(*d, activationId, message));
        }
    }

    void onAttempt(const DeliveryEvent &event)
    {
        if (!event.notice.isEmpty()) {
            // What Qualtrics asks of the user (SPEC §2), told once per destination and wording in a run.
            if (firstTelling(event.destinationId, QStringLiteral("notice:") + event.notice)) {
                Q_EMIT q->notice(
                    Tr::tr("Qualtrics says of \"%1\": %2 (told once per run; every attempt keeps it: "
                           "`qadctl history %3 --json`)")
                        .arg(nameOf(event.destinationId), event.notice, event.destinationId));
            }
        }
        if (event.succeeded) {
            ++progress.succeeded;
        } else if (event.finalFailure) {
            failedForGood(event.destinationId, event.activationId, event.message);
        } else if (event.outcome == OutcomeClass::Retry) {
            ++progress.retries;
            if (firstTelling(event.destinationId, QStringLiteral("retry:") + event.code)) {
                Q_EMIT q->notice(
                    Tr::tr("Retrying an activation to \"%1\": %2 Later retries for the same cause are "
                           "counted, not told; `qadctl history %3 --status retrying` lists them.")
                        .arg(nameOf(event.destinationId), event.message, event.destinationId));
            }
        }
    }

    void onPaused(const QString &id, const QString &reason, const QString &message)
    {
        paused.insert(id);
        const Destination *d = destination(id);
        const QString name = d ? d->name : id;
        if (reason == u"authentication") {
            authenticationPaused = true;
            if (d) {
                raise(alerts->authenticationFailed(*d, message));
            }
        }
        // A pause for a cause says the cause and its fix; one given by the user (`qadctl pause`, the GUI's
        // Pause) says what becomes of what comes meanwhile.
        Q_EMIT q->notice(message.isEmpty()
                ? Tr::tr(
                    "Destination \"%1\" paused (%2): activations are queued, not sent, until it is resumed.")
                      .arg(name, reason)
                : Tr::tr("Destination \"%1\" paused (%2): %3").arg(name, reason, message));
        checkIdle();
    }

    void onResumed(const QString &id)
    {
        paused.remove(id);
        Q_EMIT q->notice(Tr::tr("Destination \"%1\" resumed.").arg(nameOf(id)));
    }
};

StreamEngine::StreamEngine(QString dataDirectory, QList<Destination> destinations,
    QHash<QString, QString> tokens, RunOptions options, const Clock *clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<qad::DeliveryEvent>();
    qRegisterMetaType<qad::RunProgress>();
    qRegisterMetaType<qad::AlertRecord>();
    d->q = this;
    d->dataDirectory = std::move(dataDirectory);
    d->destinations = std::move(destinations);
    d->tokens = std::move(tokens);
    d->options = std::move(options);
    d->clock = clock;
    // Parented, so the engine can be moved to another thread with its timers.
    for (QTimer *timer : { &d->readTimer, &d->alertTimer, &d->progressTimer }) {
        timer->setParent(this);
    }
    d->readTimer.setSingleShot(true);
    connect(&d->readTimer, &QTimer::timeout, this, [this] { d->readTick(); });
    connect(&d->alertTimer, &QTimer::timeout, this, [this] { d->evaluateAlerts(); });
    connect(&d->progressTimer, &QTimer::timeout, this, [this] { d->emitProgress(); });
}

StreamEngine::~StreamEngine()
{
    if (d->workerThread.isRunning()) {
        if (d->worker) {
            QMetaObject::invokeMethod(d->worker, &DeliveryWorker::stop, Qt::BlockingQueuedConnection);
        }
        d->workerThread.quit();
        d->workerThread.wait();
    }
}

Status StreamEngine::start()
{
    d->storage = std::make_unique<SqliteStorage>(d->dataDirectory);
    if (const Status status = d->storage->open(); !status) {
        return status;
    }
    const QString lockDir = QDir(d->dataDirectory).filePath(QStringLiteral("locks"));
    QDir().mkpath(lockDir);
    for (const Destination &dest : std::as_const(d->destinations)) {
        auto lock = std::make_shared<QLockFile>(QDir(lockDir).filePath(dest.id + QStringLiteral(".lock")));
        lock->setStaleLockTime(0); // a crashed run's lock is stale as soon as its process is gone
        if (!lock->tryLock(0)) {
            if (lock->error() != QLockFile::LockFailedError) {
                // Not another run: the lock file could not be written (a full disk, a read-only directory).
                d->locks.clear();
                return Error { Tr::tr(
                    "Cannot create the lock file %1 that keeps a destination to one stream at "
                    "a time (%2). Check that the data directory is writable and its disk is "
                    "not full.")
                                   .arg(QDir::toNativeSeparators(lock->fileName()),
                                       lock->error() == QLockFile::PermissionError
                                           ? Tr::tr("no permission to write there")
                                           : Tr::tr("it could not be written")) };
            }
            qint64 pid = 0;
            QString host;
            QString application;
            lock->getLockInfo(&pid, &host, &application);
            d->locks.clear();
            return Error { Tr::tr(
                "Destination \"%1\" is already streaming in another process (%2, pid %3). Stop "
                "it first: two streams would read and send the same updates.")
                               .arg(dest.name, application)
                               .arg(pid) };
        }
        d->locks.append(lock);
    }
    auto source = openProfileSource(d->options.source, SourceOptions { d->options.follow });
    if (!source) {
        return source.error();
    }
    d->source = std::move(source.value());
    d->ingestor = std::make_unique<Ingestor>(*d->storage, d->destinations, d->clock);
    d->alerts = std::make_unique<AlertEvaluator>(*d->storage, d->clock);

    if (d->source->name() != u"-") {
        // A checkpoint in a file rotated away since comes before all of the one at the path; of several, the
        // one in the oldest file.
        auto position = d->ingestor->resumePosition(
            d->source->name(),
            [this](const SourcePosition &checkpoint) { return d->source->inFileAtPath(checkpoint); },
            [this](const SourcePosition &checkpoint) { return d->source->rotatedSince(checkpoint); });
        if (!position) {
            return position.error();
        }
        if (position->has_value()) {
            const Expected<Resumed> resumed = d->source->resume(**position);
            if (!resumed) {
                return resumed.error();
            }
            if (*resumed == Resumed::FromStart) {
                d->ingestor->readFromStart(); // what the source noticed is told with its first read
            }
            // The checkpoint resumed at still holds (or the file is read from its start); one further on may
            // not, when the file was rewritten in place and kept its start.
            const QStringList forgotten = d->ingestor->forgetCheckpointsUnless(
                [this](const SourcePosition &checkpoint) { return d->source->stillHolds(checkpoint); });
            for (const QString &id : forgotten) {
                Q_EMIT notice(Tr::tr("%1 was rewritten past the point where reading resumes since \"%2\" "
                                     "last read it: the profiles after that point are read again for "
                                     "\"%2\"; those already sent produce nothing again.")
                                  .arg(QDir::toNativeSeparators(d->source->name()), d->nameOf(id)));
            }
            for (const QString &id : d->ingestor->resumedInAnotherFile()) {
                Q_EMIT notice(
                    Tr::tr("\"%2\" last read %1 in a file rotated away since, other than the one "
                           "read first for the other destinations: the lines written to that file "
                           "after the point \"%2\" reached are not read for it; it gets %1 from its "
                           "start.")
                        .arg(QDir::toNativeSeparators(d->source->name()), d->nameOf(id)));
            }
        }
    }
    if (d->options.historyDays > 0) {
        const auto purged = d->storage->purge(d->clock->now().addDays(-d->options.historyDays));
        if (!purged) {
            Q_EMIT notice(purged.error().message);
        }
    }
    for (const Destination &dest : std::as_const(d->destinations)) {
        if (dest.state == DestinationState::Paused) {
            // Paused in its configuration (an import, an edit by hand): held like a pause at run time.
            d->paused.insert(dest.id);
            Q_EMIT notice(Tr::tr("Destination \"%1\" is paused in its configuration (%2): activations are "
                                 "queued, not sent, until it is resumed (%3).")
                              .arg(dest.name,
                                  dest.pausedReason.isEmpty() ? Tr::tr("no reason given") : dest.pausedReason,
                                  d->howToResume(dest)));
        }
        auto runtime = d->storage->runtime(dest.id);
        if (dest.state != DestinationState::Paused && runtime && runtime->state == u"paused") {
            d->paused.insert(dest.id);
            // Its queue is kept, not delivered: with --exit-when-idle the run says so by its exit code.
            if (runtime->reason == u"authentication") {
                d->authenticationPaused = true;
            }
            Q_EMIT notice(Tr::tr("Destination \"%1\" is paused (%2): activations are queued, not sent, until "
                                 "it is resumed (%3).")
                              .arg(dest.name, runtime->reason, d->howToResume(dest)));
        }
        if (dest.audiences.isEmpty()) {
            // Not an error (a destination may be prepared first), but a run that sends nothing says why.
            Q_EMIT notice(Tr::tr("Destination \"%1\" has no audience selected: no profile can qualify, so "
                                 "nothing is sent to it. Add one with `qadctl destination edit %2 --audience "
                                 "ID`.")
                              .arg(dest.name, dest.id));
        }
        d->raise(d->alerts->runStarted(dest));
    }

    d->worker = new DeliveryWorker(d->dataDirectory, d->destinations, d->tokens, d->clock);
    WorkerTuning tuning = d->options.tuning;
    if (d->options.exitWhenIdle && !d->options.follow) {
        tuning.storageRetryMs = 0; // as for reading: a batch run, which nobody may watch, stops instead
    }
    d->worker->setTuning(tuning);
    d->worker->setRefreshesTokenOnResume(d->options.refreshTokenOnResume);
    d->worker->moveToThread(&d->workerThread);
    connect(&d->workerThread, &QThread::finished, d->worker, &QObject::deleteLater);
    connect(d->worker, &DeliveryWorker::attemptsRecorded, this, [this](const QList<DeliveryEvent> &events) {
        for (const DeliveryEvent &event : events) {
            d->onAttempt(event);
        }
    });
    connect(d->worker, &DeliveryWorker::destinationPaused, this,
        [this](const QString &id, const QString &reason, const QString &message) {
            d->onPaused(id, reason, message);
        });
    connect(d->worker, &DeliveryWorker::destinationResumed, this,
        [this](const QString &id) { d->onResumed(id); });
    connect(d->worker, &DeliveryWorker::tokenWanted, this, &StreamEngine::tokenWanted);
    connect(d->worker, &DeliveryWorker::idle, this, [this] {
        d->workerIdle = true;
        d->checkIdle();
    });
    connect(d->worker, &DeliveryWorker::fatalError, this, [this](const QString &message) {
        Q_EMIT notice(message);
        d->exitCodeOnStop = 1;
        d->beginStop();
    });
    connect(d->worker, &DeliveryWorker::storageWaiting, this, [this](const QString &message) {
        Q_EMIT notice(
            Tr::tr("%1 Delivery waits: the outcomes of what was sent are kept and written as soon "
                   "as that works (tried every second), and no further activation is taken from the "
                   "queue until then.")
                .arg(message));
    });
    connect(d->worker, &DeliveryWorker::stoppedWaitingForStorage, this,
        [this](const QString &message, int unwritten) {
            Q_EMIT notice(unwritten > 0
                    ? Tr::tr("Stopped while waiting to record what was sent: %1 The outcomes of %n "
                             "activation(s) were not recorded: they are sent again at the next start.",
                        nullptr, unwritten)
                          .arg(message)
                    : Tr::tr("Stopped while delivery waited for the database: %1 Nothing sent is lost: what "
                             "is queued is sent at the next start.")
                          .arg(message));
        });
    connect(d->worker, &DeliveryWorker::storageRecovered, this,
        [this] { Q_EMIT notice(Tr::tr("Recording deliveries works again: sending goes on.")); });
    connect(d->worker, &DeliveryWorker::stopped, this, [this] { d->finish(); });
    d->workerThread.setObjectName(QStringLiteral("qad-delivery"));
    d->workerThread.start();
    QMetaObject::invokeMethod(d->worker, &DeliveryWorker::start, Qt::QueuedConnection);

    if (d->options.follow && d->source->name() != u"-") {
        d->watcher = new QFileSystemWatcher(this);
        connect(d->watcher, &QFileSystemWatcher::fileChanged, this, [this] {
            // Mid-batch (a commit failed and waits to be tried again) the timer is already set.
            if (!d->stopping && d->pending.isEmpty()) {
                d->readTimer.start(0);
            }
        });
        d->watchSource();
    }
    d->sinceStart.start();
    d->alertTimer.start(kAlertIntervalMs);
    d->progressTimer.start(kProgressIntervalMs);
    d->readTimer.start(0);
    return {};
}

// A stop asked for (SIGINT, SIGTERM, the GUI) exits 0 unless the run has already decided on 1 (a failed save,
// a fatal error, a batch run that ended with failures or an authentication pause and is stopping): the
// signal does not undo that.
void StreamEngine::stop()
{
    d->tellUnsaved();
    d->beginStop();
}

void StreamEngine::stopNow()
{
    d->tellUnsaved();
    d->beginStop(true);
}

RunProgress StreamEngine::progress() const
{
    return d->progress;
}

void StreamEngine::provideToken(const QString &destinationId, const QString &token)
{
    if (d->worker) {
        QMetaObject::invokeMethod(
            d->worker,
            [worker = d->worker, destinationId, token] { worker->provideToken(destinationId, token); },
            Qt::QueuedConnection);
    }
}

} // namespace qad
