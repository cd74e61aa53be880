#include "engine/deliveryworker.h"

#include "common/cpuplacement.h"
#include "delivery/accountbudget.h"
#include "delivery/httpsender.h"
#include "delivery/retrypolicy.h"
#include "delivery/tokenbucket.h"
#include "mapping/payloadbuilder.h"
#include "storage/sqlitestorage.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <optional>
#include <vector>

namespace qad {

namespace {

// The longest the worker sleeps: a moved clock, a replay or a resume by another process is noticed within it.
constexpr qint64 kMaxWaitMs = 1000;

QString pausedState()
{
    return QStringLiteral("paused");
}

QString authenticationReason()
{
    return QStringLiteral("authentication");
}

ActivationStatus nextStatus(RetryDecision::Next next)
{
    switch (next) {
    case RetryDecision::Next::Succeeded:
        return ActivationStatus::Succeeded;
    case RetryDecision::Next::Retry:
        return ActivationStatus::Retrying;
    case RetryDecision::Next::Paused:
        return ActivationStatus::Pending; // the queue is kept while the destination is paused
    case RetryDecision::Next::Failed:
        break;
    }
    return ActivationStatus::Failed;
}

// The worker's writes: claiming due activations, recording outcomes, putting back what a retry holds. They
// run in a thread of their own (with their own database connection) so that the worker keeps answering
// replies and sending while a transaction waits for the disk or for another writer; measured, the worker
// spent a fifth of a busy run blocked in them, with the network idle. The work is handed over as functors, in
// order; results come back the same way.
class Outbox : public QObject
{
public:
    explicit Outbox(QString dataDirectory)
        : m_dataDirectory(std::move(dataDirectory))
    { }

    // In the outbox thread, before anything else.
    Status open()
    {
        m_storage = std::make_unique<SqliteStorage>(m_dataDirectory);
        return m_storage->open();
    }
    // In the outbox thread, last: the connection belongs to it.
    void close() { m_storage.reset(); }

    SqliteStorage &storage() { return *m_storage; }

private:
    QString m_dataDirectory;
    std::unique_ptr<SqliteStorage> m_storage;
};

} // namespace

struct DeliveryWorker::Private
{
    enum class State { Created, Running, Stopping, Stopped };

    // One destination's sending state.
    struct Lane
    {
        Lane(Destination d, QString t, const Clock *clock)
            : destination(std::move(d))
            , token(std::move(t))
            , bucket(destination.delivery.rateLimitPerMinute, clock)
            , account(AccountBudget::accountKey(destination, token), destination.delivery.rateLimitPerMinute,
                  clock->nowMs())
        { }

        Destination destination;
        QString token;
        TokenBucket bucket;
        AccountBudget account; // shared with the destinations that send with the same credentials
        // Claimed (status `sending` in the database) but not sent yet. While the destination is paused they
        // wait here; if the process ends first, recoverInFlight() at the next start makes them pending again.
        QList<ActivationRecord> queue;
        bool claiming = false; // a claim is in the outbox thread
        // The last claim found nothing due: no new claim until something may have changed (wake(), the wake
        // timer, a resume, recorded outcomes).
        bool drained = false;
        bool claimStale = false; // something changed while the claim was out: its "nothing due" is old news
        int inFlight = 0;
        // The profiles of the activations in flight, by order key (ActivationRecord::orderKey, which stays
        // when a profile's identities change): a profile's next activation waits for the one before (a
        // "realized" and its "exited" must not race each other to the endpoint).
        QSet<QString> profilesInFlight;
        // Profiles (by order key) whose last outcome sends them back to wait (a retry, a pause) and is not
        // written yet: their queued activations wait too, then go back to pending (the claim keeps them
        // behind the retry).
        QHash<QString, int> held;
        bool paused = false;
        bool awaitingToken = false; // resumed: tokenWanted() was emitted, provideToken() has not answered
        bool tokenFresh = false; // provideToken() answered since the last resume
        bool pausedByConfig = false; // paused in the configuration: held until a resume is written
        QDateTime configPauseSeen; // the run-time state's time when the run started; a later one is news
        std::optional<QDateTime>
            holdUntil; // after a 429: no new request before this (the limit is per minute)
        // A pause this worker decided whose write failed: written again before the shared state is read.
        std::optional<DestinationRuntime> unsavedPause;
    };

    struct InFlight
    {
        int lane = 0;
        ActivationRecord record;
        QDateTime startedAt; // on the worker's clock
    };

    // An outcome not written yet, with what it tells and whom it holds back.
    struct Buffered
    {
        AttemptOutcome outcome;
        DeliveryEvent event;
        std::optional<QPair<int, QString>> held; // (lane, order key) sent back to wait by it
    };

    // What a flush wrote: the outcomes before `count` are committed, the rest are not.
    struct Recorded
    {
        qsizetype count = 0;
        Status status;
    };

    DeliveryWorker *q = nullptr;
    QString dataDirectory;
    const Clock *clock = nullptr;
    long creatorThread = 0; // threadId() of the thread that made the worker
    WorkerTuning tuning;
    bool refreshesTokenOnResume = false;
    QRandomGenerator random { QRandomGenerator::securelySeeded() };
    std::vector<Lane> lanes;

    State state = State::Created;
    std::unique_ptr<SqliteStorage> storage; // reads, the runtime state: in the worker's thread
    std::unique_ptr<QThread> outboxThread;
    Outbox *outbox = nullptr; // lives in outboxThread
    int writesPending = 0; // writes (outcome batches, requeues) handed to the outbox, not done yet
    // Enough for the largest concurrency: Qt opens at most six connections to a host per manager.
    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    std::unique_ptr<HttpSender> sender;
    QTimer *wakeTimer = nullptr;
    QTimer *flushTimer = nullptr;
    QTimer *runtimeTimer = nullptr;
    // A write or read that failed while running (a lock held past the busy timeout, a full disk) is tried
    // again when this fires; meanwhile nothing new is claimed. Inactive when nothing failed.
    QTimer *storageRetryTimer = nullptr;
    QString storageErrorTold; // the first failure, told once until the storage works again
    QStringList unclaimPending; // activations to put back to pending whose write failed
    // Those being put back again: no claim until that is written, or a newer activation of their profile
    // could be claimed before them (they are `sending`, which the claim's order does not see).
    bool requeueRetrying = false;

    QHash<QString, InFlight> inFlight; // activation id ->
    QList<Buffered> buffered; // outcomes not written yet, in the order their attempts ended
    bool idleReported = false;
    bool unsentRequeued = false; // the stop put what was claimed and not sent back to pending
    bool pumping = false;
    bool pumpAgain = false;

    void start();
    void stop();
    void pump();
    void pumpOnce();
    // Runs `job` (given the outbox's storage) in the outbox thread, then `answer` with its result in the
    // worker's thread. The worker outlives the outbox thread (teardown() joins it), so the answer is posted
    // to a live object; a stopped worker ignores it.
    template<typename Job, typename Answer> void inOutbox(Job job, Answer answer)
    {
        DeliveryWorker *worker = q;
        QMetaObject::invokeMethod(
            outbox,
            [box = outbox, worker, job = std::move(job), answer = std::move(answer)]() mutable {
                auto result = job(box->storage());
                QMetaObject::invokeMethod(
                    worker, [answer = std::move(answer), result] { answer(result); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }
    void claim(int laneIndex, const QDateTime &now);
    void onClaimed(int laneIndex, const Expected<QList<ActivationRecord>> &claimed);
    void onRecorded(const Recorded &recorded, const QList<Buffered> &batch);
    void release(const QList<QPair<int, QString>> &held);
    void requeue(const QStringList &ids, bool retried = false);
    void onRequeued(const Status &status, const QStringList &ids, bool retried);
    void storageFailed(const Error &error);
    void storageWorks();
    void retryStorage();
    void afterWrite();
    void undrain();
    static qsizetype nextSendable(const Lane &lane);
    void send(int laneIndex, const ActivationRecord &record);
    void onFinished(const Attempt &attempt);
    bool flush();
    bool pause(Lane &lane, const QString &reason, const QString &message);
    void pollRuntime();
    void stopNow();
    void finishStop();
    void fail(const Error &error);
    void teardown();
    QStringList activeIds() const;
};

QStringList DeliveryWorker::Private::activeIds() const
{
    QStringList ids;
    for (const Lane &lane : lanes) {
        if (!lane.paused) {
            ids.append(lane.destination.id);
        }
    }
    return ids;
}

void DeliveryWorker::Private::start()
{
    if (state != State::Created) {
        return;
    }
    storage = std::make_unique<SqliteStorage>(dataDirectory);
    if (const Status opened = storage->open(); !opened) {
        fail(opened.error());
        return;
    }
    QStringList streamed; // this run's destinations, each locked to this process by the engine
    for (const Lane &lane : lanes) {
        streamed.append(lane.destination.id);
    }
    if (const auto recovered = storage->recoverInFlight(streamed); !recovered) {
        fail(recovered.error());
        return;
    }
    outboxThread = std::make_unique<QThread>();
    outboxThread->setObjectName(QStringLiteral("qad-outbox"));
    outbox = new Outbox(dataDirectory);
    outbox->moveToThread(outboxThread.get());
    outboxThread->start();
    Status outboxOpened;
    QMetaObject::invokeMethod(
        outbox, [this, &outboxOpened] { outboxOpened = outbox->open(); }, Qt::BlockingQueuedConnection);
    if (!outboxOpened) {
        fail(outboxOpened.error());
        return;
    }
    // Before the first request: Qt starts its network thread then, from this one, on this CPU. The outbox
    // thread, started above, goes to the other CPUs: on this one it would take turns with delivery, which
    // the two threads kept here fill most of (README, Performance).
    if (const int cpu = keepThreadsOnThisCpu(tuning.colocateUpToCpus); cpu >= 0) {
        QMetaObject::invokeMethod(outbox, [cpu] { keepThreadOffCpu(threadId(), cpu); });
        if (tuning.keepCreatorOffItsCpu) {
            keepThreadOffCpu(creatorThread, cpu);
        }
    }
    int concurrency = 1;
    for (const Lane &lane : lanes) {
        concurrency = std::max(concurrency, lane.destination.delivery.concurrency);
    }
    QList<QNetworkAccessManager *> managers;
    for (int i = 0; i < HttpSender::managersFor(concurrency); ++i) {
        networks.push_back(std::make_unique<QNetworkAccessManager>());
        managers.append(networks.back().get());
    }
    sender = std::make_unique<HttpSender>(managers);
    QObject::connect(
        sender.get(), &HttpSender::finished, q, [this](const Attempt &attempt) { onFinished(attempt); });

    wakeTimer = new QTimer(q);
    wakeTimer->setSingleShot(true);
    QObject::connect(wakeTimer, &QTimer::timeout, q, [this] {
        undrain(); // a retry may be due, or another process queued work
        pump();
    });
    flushTimer = new QTimer(q);
    flushTimer->setSingleShot(true);
    QObject::connect(flushTimer, &QTimer::timeout, q, [this] {
        if (flush()) {
            pump();
        }
    });
    runtimeTimer = new QTimer(q);
    QObject::connect(runtimeTimer, &QTimer::timeout, q, [this] { pollRuntime(); });
    storageRetryTimer = new QTimer(q);
    storageRetryTimer->setSingleShot(true);
    QObject::connect(storageRetryTimer, &QTimer::timeout, q, [this] { retryStorage(); });

    state = State::Running;
    Q_EMIT q->started();

    for (Lane &lane : lanes) {
        if (state != State::Running) {
            return; // a handler stopped the worker
        }
        const Destination &destination = lane.destination;
        // Already paused (in the configuration, or earlier at run time) is a state, not news: the signals
        // report changes only.
        if (destination.state == DestinationState::Paused) {
            lane.paused = true;
            lane.pausedByConfig = true;
            if (const auto runtime = storage->runtime(destination.id)) {
                lane.configPauseSeen = runtime->updatedAt;
            }
            continue;
        }
        const auto runtime = storage->runtime(destination.id);
        if (!runtime) {
            fail(runtime.error());
            return;
        }
        if (runtime->state == pausedState()) {
            lane.paused = true;
        } else if (lane.token.isEmpty()) {
            const QString message
                = DeliveryWorker::tr("No API token is available for the destination \"%1\", so nothing is "
                                     "sent to it; its queue is kept. Store the token with `qadctl token set "
                                     "%2` (or set QAD_API_TOKEN), then resume the destination.")
                      .arg(destination.name, destination.id);
            if (!pause(lane, authenticationReason(), message)) {
                return;
            }
        }
    }
    if (state != State::Running) {
        return;
    }
    runtimeTimer->start(std::max(tuning.runtimePollMs, 1));
    pump();
}

// Re-entrant calls (a signal handler calling wake(), a sender answering synchronously) run one more round
// instead of nesting.
void DeliveryWorker::Private::pump()
{
    if (state != State::Running) {
        return;
    }
    if (pumping) {
        pumpAgain = true;
        return;
    }
    pumping = true;
    do {
        pumpAgain = false;
        pumpOnce();
    } while (pumpAgain && state == State::Running);
    pumping = false;
}

void DeliveryWorker::Private::pumpOnce()
{
    const QDateTime now = clock->now();
    qint64 waitMs = kMaxWaitMs;
    bool nothingDue = false;
    // Outcomes not written yet keep it busy: idle() comes once they are (the flush timer writes them).
    bool busy = !inFlight.isEmpty() || writesPending > 0 || !buffered.isEmpty() || !unclaimPending.isEmpty();
    bool claiming = false;
    const qsizetype lowWater = std::max(tuning.claimBatch, 1) / 2;
    const bool storageWaits = storageRetryTimer->isActive() || requeueRetrying; // no claim until the retry
    for (int i = 0; i < int(lanes.size()); ++i) {
        Lane &lane = lanes[size_t(i)];
        if (lane.paused) {
            continue;
        }
        if (lane.holdUntil && *lane.holdUntil <= now) {
            lane.holdUntil.reset();
        }
        // Claimed ahead, while the queue still has work: the connections never wait for the claim.
        if (lane.queue.size() <= lowWater && !lane.claiming && !lane.drained && !storageWaits) {
            claim(i, now);
        }
        for (;;) {
            if (lane.queue.isEmpty()) {
                nothingDue = nothingDue || (lane.drained && !lane.claiming);
                busy = busy || storageWaits; // what the failed claim would have found is not known
                break;
            }
            if (lane.holdUntil) {
                waitMs = std::min(waitMs, now.msecsTo(*lane.holdUntil));
                break;
            }
            if (const auto held = lane.account.heldUntil(); held && *held > now) {
                waitMs = std::min(waitMs, now.msecsTo(*held)); // another destination of the account met a 429
                break;
            }
            if (lane.inFlight >= std::max(lane.destination.delivery.concurrency, 1)) {
                break;
            }
            const qsizetype next = nextSendable(lane);
            if (next < 0) {
                break; // each queued activation waits for an earlier one of its profile
            }
            // The destination's own limit, then its account's (taken only when the destination's allows).
            if (const qint64 ownWait = lane.bucket.msUntilAvailable(); ownWait > 0) {
                waitMs = std::min(waitMs, ownWait);
                break;
            }
            if (!lane.account.tryTake(now.toMSecsSinceEpoch())) {
                waitMs = std::min(
                    waitMs, std::max<qint64>(lane.account.msUntilAvailable(now.toMSecsSinceEpoch()), 1));
                break;
            }
            lane.bucket.tryTake();
            send(i, lane.queue.takeAt(next));
        }
        busy = busy || !lane.queue.isEmpty() || lane.inFlight > 0;
        claiming = claiming || lane.claiming;
    }

    if (nothingDue) {
        if (const auto next = storage->nextRetryAt(activeIds()); !next) {
            storageFailed(next.error());
            if (state != State::Running) {
                return;
            }
        } else if (next.value()) {
            waitMs = std::min(waitMs, now.msecsTo(*next.value()));
        }
    }
    // Sleep until the next retry, token or end of a hold, but never longer than kMaxWaitMs. A timer already
    // due sooner is left alone (it only runs this again): restarting it for every reply costs more than the
    // rare early round.
    const int wait = int(std::clamp<qint64>(waitMs, 1, kMaxWaitMs));
    if (!wakeTimer->isActive() || wakeTimer->remainingTime() > wait) {
        wakeTimer->start(wait);
    }

    // A claim in progress delays idle() (it may bring work) but is no change by itself: the wake timer's
    // claims do not repeat idle().
    if (busy) {
        idleReported = false;
    } else if (!claiming && !idleReported) {
        idleReported = true;
        Q_EMIT q->idle();
    }
}

// Claims the lane's next due activations in the outbox thread; onClaimed() gets them.
void DeliveryWorker::Private::claim(int laneIndex, const QDateTime &now)
{
    if (!outbox) {
        return;
    }
    Lane &lane = lanes[size_t(laneIndex)];
    lane.claiming = true;
    lane.claimStale = false;
    const QString destinationId = lane.destination.id;
    const int limit = std::max(tuning.claimBatch, 1);
    inOutbox([destinationId, now, limit](
                 SqliteStorage &writes) { return writes.claimDue({ destinationId }, now, limit); },
        [this, laneIndex](
            const Expected<QList<ActivationRecord>> &claimed) { onClaimed(laneIndex, claimed); });
}

void DeliveryWorker::Private::onClaimed(int laneIndex, const Expected<QList<ActivationRecord>> &claimed)
{
    if (state == State::Stopped) {
        return; // what was claimed stays `sending`: pending again at the next start
    }
    Lane &lane = lanes[size_t(laneIndex)];
    lane.claiming = false;
    if (!claimed) {
        // Nothing was claimed (the transaction rolled back): claimed again after the retry.
        lane.claimStale = false;
        if (state == State::Stopping) {
            return; // nothing more is to be claimed: no reason to fail the stop
        }
        storageFailed(claimed.error());
        return;
    }
    storageWorks();
    lane.drained = !lane.claimStale && claimed->size() < std::max(tuning.claimBatch, 1);
    lane.claimStale = false;
    lane.queue.append(claimed.value());
    if (state == State::Running) {
        pump();
    }
}

void DeliveryWorker::Private::undrain()
{
    for (Lane &lane : lanes) {
        lane.drained = false;
        lane.claimStale = lane.claiming;
    }
}

// The oldest queued activation whose profile has nothing in flight, or -1.
qsizetype DeliveryWorker::Private::nextSendable(const Lane &lane)
{
    for (qsizetype i = 0; i < lane.queue.size(); ++i) {
        const QString &profile = lane.queue.at(i).orderKey;
        if (profile.isEmpty() || (!lane.profilesInFlight.contains(profile) && !lane.held.contains(profile))) {
            return i;
        }
    }
    return -1;
}

void DeliveryWorker::Private::send(int laneIndex, const ActivationRecord &record)
{
    Lane &lane = lanes[size_t(laneIndex)];
    const Destination &destination = lane.destination;
    inFlight.insert(record.id, InFlight { laneIndex, record, clock->now() });
    ++lane.inFlight;
    if (!record.orderKey.isEmpty()) {
        lane.profilesInFlight.insert(record.orderKey);
    }
    idleReported = false;
    if (record.payload.size() > kMaxPayloadBytes) {
        // Made that way (the ingest records it failed) and then replayed: it fails again, never sent (SPEC
        // §6).
        Attempt attempt;
        attempt.activationId = record.id;
        attempt.startedAt = clock->now();
        attempt.outcome.cls = OutcomeClass::Failed;
        attempt.outcome.code = QStringLiteral("payload_too_large");
        attempt.outcome.message = payloadTooLargeReason(record.payload.size());
        QMetaObject::invokeMethod(
            q, [this, attempt] { onFinished(attempt); }, Qt::QueuedConnection);
        return;
    }
    sender->send(DeliveryRequest::to(destination, record.id, lane.token, record.payload));
}

void DeliveryWorker::Private::onFinished(const Attempt &attempt)
{
    const auto found = inFlight.constFind(attempt.activationId);
    if (found == inFlight.constEnd()) {
        return;
    }
    const InFlight sent = found.value();
    inFlight.erase(found);
    if (state == State::Stopped) {
        return; // failed: the activation stays `sending` and is sent again at the next start
    }
    Lane &lane = lanes[size_t(sent.lane)];
    --lane.inFlight;
    lane.profilesInFlight.remove(sent.record.orderKey);

    const QDateTime now = clock->now();
    AttemptOutcome outcome;
    outcome.attempt = attempt;
    outcome.attempt.startedAt = sent.startedAt; // history and hourly counters follow the worker's clock
    // The step of the schedule follows the retryable failures since it (re)started, not every attempt: a
    // replay starts again at its first step, and a 401/403 that paused the destination moves nothing on.
    const RetryDecision decision = decideRetry(lane.destination.delivery, attempt.outcome,
        sent.record.retryableFailures + 1, sent.record.firstAttemptAt.value_or(sent.startedAt), now, &random);
    outcome.next = nextStatus(decision.next);
    outcome.nextAttemptAt = decision.nextAttemptAt;
    if (decision.exhausted) {
        // %n is the activation's attempt count as the history shows it: every attempt made, this one
        // included.
        outcome.attempt.outcome.message
            = DeliveryWorker::tr(
                "Gave up after %n attempt(s) (the last one: %1): the retry schedule allows no "
                "attempt later than %2 hours after the first. The activation is kept in the "
                "history: replay it with `qadctl replay` once the endpoint works again.",
                nullptr, sent.record.attemptCount + 1)
                  .arg(attempt.outcome.code)
                  .arg(lane.destination.delivery.retryHorizonSeconds / 3600.0, 0, 'g', 3);
    }

    Buffered written;
    DeliveryEvent &event = written.event;
    event.destinationId = lane.destination.id;
    event.activationId = attempt.activationId;
    event.httpStatus = attempt.httpStatus;
    event.durationMs = attempt.durationMs;
    event.outcome = attempt.outcome.cls;
    event.code = attempt.outcome.code;
    event.message = outcome.attempt.outcome.message;
    event.notice = attempt.notice;
    event.finalFailure = outcome.next == ActivationStatus::Failed;
    event.succeeded = outcome.next == ActivationStatus::Succeeded;
    if ((outcome.next == ActivationStatus::Retrying || outcome.next == ActivationStatus::Pending)
        && !sent.record.orderKey.isEmpty()) {
        ++lane.held[sent.record.orderKey];
        written.held = qMakePair(sent.lane, sent.record.orderKey);
    }
    written.outcome = std::move(outcome);
    buffered.append(std::move(written));

    if (attempt.httpStatus == 429) {
        // The Qualtrics limit is per account and minute: other activations would only be refused too.
        const QDateTime until
            = now.addSecs(attempt.outcome.retryAfterSeconds.value_or(kRateLimitedDefaultWaitSeconds));
        lane.holdUntil = lane.holdUntil ? std::max(*lane.holdUntil, until) : until;
        lane.account.holdUntil(until); // and every destination sending with the same credentials
    }
    if (decision.next == RetryDecision::Next::Paused
        && !pause(lane, authenticationReason(), attempt.outcome.message)) {
        return;
    }

    if (state == State::Stopping) {
        if (inFlight.isEmpty()) {
            finishStop();
        }
        return;
    }
    if (state != State::Running) {
        return;
    }
    if (buffered.size() >= std::max(tuning.flushBatch, 1)) {
        if (!flush()) {
            return;
        }
    } else if (!flushTimer->isActive()) {
        flushTimer->start(std::max(tuning.flushIntervalMs, 0));
    }
    pump();
}

// Hands the buffered outcomes to the outbox thread, which writes them (each batch one transaction);
// onRecorded() reports them. False after a fatal error. While a failed write waits for its retry, outcomes
// gather here; the retry writes them (a stop writes them at once).
bool DeliveryWorker::Private::flush()
{
    if (flushTimer) {
        flushTimer->stop();
    }
    if (buffered.isEmpty()) {
        return true;
    }
    if (!outbox) {
        return false; // torn down after a fatal error
    }
    if (state == State::Running && storageRetryTimer->isActive()) {
        return true;
    }
    QList<Buffered> batch;
    batch.swap(buffered);
    QList<AttemptOutcome> written;
    written.reserve(batch.size());
    for (const Buffered &b : std::as_const(batch)) {
        written.append(b.outcome);
    }
    ++writesPending;
    const qsizetype chunk = std::max(tuning.flushBatch, 1);
    inOutbox(
        [written = std::move(written), chunk](SqliteStorage &writes) {
            Recorded recorded;
            for (qsizetype from = 0; from < written.size(); from += chunk) {
                const QList<AttemptOutcome> part = written.mid(from, chunk);
                recorded.status = writes.recordAttempts(part);
                if (!recorded.status) {
                    break;
                }
                recorded.count += part.size();
            }
            return recorded;
        },
        [this, batch = std::move(batch)](const Recorded &recorded) { onRecorded(recorded, batch); });
    return true;
}

void DeliveryWorker::Private::onRecorded(const Recorded &recorded, const QList<Buffered> &batch)
{
    if (state == State::Stopped) {
        return;
    }
    --writesPending;
    if (!recorded.status) {
        // Not written: back in front of what came since, in order, for the retry.
        buffered = batch.mid(recorded.count) + buffered;
    }
    QList<QPair<int, QString>> held;
    QList<DeliveryEvent> events;
    for (qsizetype i = 0; i < recorded.count; ++i) {
        const Buffered &b = batch.at(i);
        if (b.held) {
            held.append(*b.held);
        }
        events.append(b.event);
    }
    release(held);
    if (!events.isEmpty()) {
        // Reported only once written: a handler may call stop(), which must find nothing pending.
        Q_EMIT q->attemptsRecorded(events);
        if (state == State::Stopped) {
            return;
        }
    }
    if (!recorded.status) {
        storageFailed(recorded.status.error());
        return;
    }
    storageWorks();
    // Retries were scheduled, profiles freed, activations put back to pending: claim again.
    undrain();
    afterWrite();
}

// A read or write failed. Running (and unless tuned otherwise), an error SQLite tells as passing (a lock
// held past the busy timeout, a full disk, an I/O error) is waited out. What was not written is kept in
// memory and written again every storageRetryMs, and nothing new is claimed until then; told once. Stopping,
// or with no retry tuned, it is fatal.
void DeliveryWorker::Private::storageFailed(const Error &error)
{
    // A damaged or read-only database, or a row gone, would fail the same way every second: fatal.
    if (state != State::Running || tuning.storageRetryMs <= 0 || !error.transient) {
        fail(error);
        return;
    }
    if (!storageRetryTimer->isActive()) {
        storageRetryTimer->start(tuning.storageRetryMs);
    }
    if (storageErrorTold.isEmpty()) { // once: the next tries fail for the same cause in other words
        storageErrorTold = error.message;
        Q_EMIT q->storageWaiting(error.message);
    }
}

// A read or write worked: told once, unless a retry is still due (another one failed meanwhile).
void DeliveryWorker::Private::storageWorks()
{
    if (state != State::Running) {
        storageErrorTold.clear(); // stopping: the stop wrote what it had, nothing goes on to be told
        return;
    }
    if (!storageErrorTold.isEmpty() && !storageRetryTimer->isActive()) {
        storageErrorTold.clear();
        Q_EMIT q->storageRecovered();
    }
}

void DeliveryWorker::Private::retryStorage()
{
    if (state != State::Running) {
        return; // a stop writes what is left itself
    }
    if (!unclaimPending.isEmpty()) {
        requeueRetrying = true;
        requeue(std::exchange(unclaimPending, {}), true);
    }
    if (!flush()) {
        return;
    }
    undrain();
    pump();
}

void DeliveryWorker::Private::afterWrite()
{
    if (state == State::Stopping) {
        finishStop();
    } else {
        pump();
    }
}

// The outcomes that sent these profiles back to wait are written: their queued activations go back to
// pending, where the claim keeps them behind the retry (or, after a pause, in order behind the paused one).
void DeliveryWorker::Private::release(const QList<QPair<int, QString>> &held)
{
    QStringList requeued;
    for (const auto &[laneIndex, profile] : held) {
        Lane &lane = lanes[size_t(laneIndex)];
        if (const auto it = lane.held.find(profile); it != lane.held.end() && --it.value() <= 0) {
            lane.held.erase(it);
        }
        lane.queue.removeIf([&](const ActivationRecord &record) {
            if (record.orderKey != profile) {
                return false;
            }
            requeued.append(record.id);
            return true;
        });
    }
    if (!requeued.isEmpty()) {
        requeue(requeued);
    }
}

void DeliveryWorker::Private::requeue(const QStringList &ids, bool retried)
{
    if (!outbox) {
        return;
    }
    ++writesPending; // idle() and stopped() wait for it, as for the outcomes
    inOutbox([ids](SqliteStorage &writes) { return writes.unclaim(ids); },
        [this, ids, retried](const Status &status) { onRequeued(status, ids, retried); });
}

void DeliveryWorker::Private::onRequeued(const Status &status, const QStringList &ids, bool retried)
{
    if (state == State::Stopped) {
        return;
    }
    --writesPending;
    if (retried) {
        requeueRetrying = false;
    }
    if (!status) {
        unclaimPending.append(ids); // still `sending`: put back at the retry (or pending at the next start)
        storageFailed(status.error());
        return;
    }
    undrain();
    afterWrite();
}

bool DeliveryWorker::Private::pause(Lane &lane, const QString &reason, const QString &message)
{
    if (lane.paused) {
        return true;
    }
    lane.paused = true;
    DestinationRuntime runtime;
    runtime.state = pausedState();
    runtime.reason = reason;
    runtime.lastError = message;
    runtime.updatedAt = clock->now();
    if (const Status status = storage->setRuntime(lane.destination.id, runtime); !status) {
        lane.unsavedPause = runtime; // held here meanwhile; the shared state says so once written
        storageFailed(status.error());
        if (state != State::Running) {
            return false;
        }
    }
    Q_EMIT q->destinationPaused(lane.destination.id, reason, message);
    return true;
}

// `qadctl pause` / `qadctl resume` (or the GUI) in another process change the shared runtime state.
void DeliveryWorker::Private::pollRuntime()
{
    if (state != State::Running) {
        return;
    }
    bool resumed = false;
    for (Lane &lane : lanes) {
        if (lane.unsavedPause) {
            // Read now, the shared state would still say "enabled" and resume the lane. Unless a state was
            // written since the pause (`qadctl resume`, the GUI's Resume while the database was locked): that
            // one is the user's word, and it is read below as any other.
            const auto saved = storage->setRuntimeUnlessNewer(lane.destination.id, *lane.unsavedPause);
            if (!saved) {
                storageFailed(saved.error());
                return;
            }
            lane.unsavedPause.reset();
            if (*saved) {
                continue;
            }
        }
        const auto runtime = storage->runtime(lane.destination.id);
        if (!runtime) {
            storageFailed(runtime.error());
            return;
        }
        if (lane.pausedByConfig) {
            // Held until `qadctl resume` or the GUI's Resume, which lift the configuration's pause and write
            // the run-time state: a state written since the run started is theirs, and from then on the
            // run-time state is the one that counts.
            if (!runtime->updatedAt.isValid() || runtime->updatedAt == lane.configPauseSeen) {
                continue;
            }
            lane.pausedByConfig = false;
        }
        const bool pausedThere = runtime->state == pausedState();
        if (pausedThere) {
            lane.tokenFresh = false; // a token read before this pause is not the answer to the next resume
        }
        if (pausedThere && !lane.paused) {
            lane.paused = true;
            Q_EMIT q->destinationPaused(lane.destination.id, runtime->reason, runtime->lastError);
        } else if (!pausedThere && lane.paused) {
            if (refreshesTokenOnResume && !lane.tokenFresh) {
                if (!lane.awaitingToken) {
                    lane.awaitingToken = true;
                    Q_EMIT q->tokenWanted(lane.destination.id);
                }
                continue;
            }
            lane.tokenFresh = false;
            if (lane.token.isEmpty()) {
                // Resumed without a token this worker could use: pause again, saying why.
                lane.paused = false;
                if (!pause(lane, authenticationReason(),
                        DeliveryWorker::tr("The destination \"%1\" was resumed, but this run has no API "
                                           "token for it. Store the token with `qadctl token set %2` (or "
                                           "set QAD_API_TOKEN) and restart the run.")
                            .arg(lane.destination.name, lane.destination.id))) {
                    return;
                }
                continue;
            }
            lane.paused = false;
            resumed = true;
            Q_EMIT q->destinationResumed(lane.destination.id);
        }
        if (state != State::Running) {
            return; // a handler stopped the worker
        }
    }
    if (unclaimPending.isEmpty() && buffered.isEmpty() && writesPending == 0
        && std::none_of(lanes.cbegin(), lanes.cend(), [](const Lane &lane) { return lane.claiming; })) {
        storageWorks(); // when only reads had failed, and nothing written or claimed since could tell
    }
    if (resumed) {
        undrain();
        pump();
    }
}

void DeliveryWorker::Private::stop()
{
    switch (state) {
    case State::Created:
    case State::Stopped:
        state = State::Stopped;
        Q_EMIT q->stopped();
        return;
    case State::Stopping:
        return;
    case State::Running:
        break;
    }
    state = State::Stopping;
    wakeTimer->stop();
    runtimeTimer->stop();
    storageRetryTimer->stop(); // the stop writes what is left once, itself
    if (inFlight.isEmpty()) {
        finishStop();
    }
}

void DeliveryWorker::Private::stopNow()
{
    stop();
    if (state != State::Stopping) {
        return;
    }
    // Replies that still come before the managers go find nothing to report to.
    inFlight.clear();
    finishStop();
}

void DeliveryWorker::Private::finishStop()
{
    if (state != State::Stopping || !inFlight.isEmpty() || !flush()) {
        return; // already finished, still waiting, or failed: fail() reports stopped()
    }
    if (writesPending > 0) {
        return; // onRecorded() comes back here
    }
    if (!unsentRequeued) {
        // Claimed and never sent (a paused destination's queue, what the stop left): pending again now, so
        // that the history does not show them `sending` until the next start. If that cannot be written,
        // the next start puts them back all the same.
        unsentRequeued = true;
        QStringList unsent;
        for (Lane &lane : lanes) {
            for (const ActivationRecord &record : std::as_const(lane.queue)) {
                unsent.append(record.id);
            }
            lane.queue.clear();
        }
        if (!unsent.isEmpty() && outbox) {
            ++writesPending;
            inOutbox([unsent](SqliteStorage &writes) { return writes.unclaim(unsent); },
                [this](const Status &) {
                    if (state == State::Stopping) {
                        --writesPending;
                        finishStop();
                    }
                });
            return;
        }
    }
    state = State::Stopped;
    if (!storageErrorTold.isEmpty()) {
        // Nothing the stop wrote failed, but the claims and reads were still waiting: said, not left at
        // "Delivery waits".
        Q_EMIT q->stoppedWaitingForStorage(storageErrorTold, 0);
    }
    // Later: this may run inside the last reply's finished signal, and teardown deletes the network manager
    // that owns it.
    QMetaObject::invokeMethod(
        q,
        [this] {
            teardown();
            Q_EMIT q->stopped();
        },
        Qt::QueuedConnection);
}

// Unrecoverable (the database cannot be opened or written): stop sending. What was not written stays
// `sending` and is sent again at the next start (at-least-once).
void DeliveryWorker::Private::fail(const Error &error)
{
    const bool wasStopping = state == State::Stopping;
    const int unwritten = int(buffered.size());
    state = State::Stopped;
    buffered.clear();
    unclaimPending.clear();
    for (QTimer *timer : { wakeTimer, flushTimer, runtimeTimer, storageRetryTimer }) {
        if (timer) {
            timer->stop();
        }
    }
    if (wasStopping && error.transient) {
        // Asked to stop (Ctrl+C) while a lock or a full disk keeps the outcomes from being written: a stop,
        // not a failure. What was not written is sent again at the next start, as after a crash.
        Q_EMIT q->stoppedWaitingForStorage(error.message, unwritten);
    } else {
        Q_EMIT q->fatalError(DeliveryWorker::tr("Delivery stopped: %1").arg(error.message));
    }
    QMetaObject::invokeMethod(
        q,
        [this, wasStopping] {
            teardown();
            if (wasStopping) {
                Q_EMIT q->stopped();
            }
        },
        Qt::QueuedConnection);
}

// In the worker's thread: the network managers and the database connections belong to it.
void DeliveryWorker::Private::teardown()
{
    sender.reset(); // first: its reply handlers must not run while the managers go
    networks.clear();
    inFlight.clear();
    if (outboxThread) {
        // The outbox finishes what it was given (a write in progress is not cut short), then closes its
        // connection in its own thread; its answers to a stopped worker are ignored.
        QMetaObject::invokeMethod(
            outbox, [box = outbox] { box->close(); }, Qt::BlockingQueuedConnection);
        outboxThread->quit();
        outboxThread->wait();
        delete outbox;
        outbox = nullptr;
        outboxThread.reset();
    }
    storage.reset();
}

DeliveryWorker::DeliveryWorker(QString dataDirectory, QList<Destination> destinations,
    QHash<QString, QString> tokens, const Clock *clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<qad::DeliveryEvent>();
    qRegisterMetaType<QList<qad::DeliveryEvent>>();
    d->q = this;
    d->dataDirectory = std::move(dataDirectory);
    d->clock = clock;
    d->creatorThread = threadId();
    d->lanes.reserve(size_t(destinations.size()));
    for (Destination &destination : destinations) {
        QString token = tokens.value(destination.id);
        d->lanes.emplace_back(std::move(destination), std::move(token), clock);
    }
}

DeliveryWorker::~DeliveryWorker()
{
    d->teardown();
}

void DeliveryWorker::setTuning(const WorkerTuning &tuning)
{
    d->tuning = tuning;
    if (d->runtimeTimer && d->runtimeTimer->isActive()) {
        d->runtimeTimer->start(std::max(tuning.runtimePollMs, 1));
    }
}

void DeliveryWorker::setRandomSeed(quint32 seed)
{
    d->random.seed(seed);
}

void DeliveryWorker::setRefreshesTokenOnResume(bool refreshes)
{
    d->refreshesTokenOnResume = refreshes;
}

void DeliveryWorker::provideToken(const QString &destinationId, const QString &token)
{
    for (auto &lane : d->lanes) {
        if (lane.destination.id != destinationId || !lane.awaitingToken) {
            continue;
        }
        lane.awaitingToken = false;
        lane.tokenFresh = true;
        if (!token.isEmpty() && token != lane.token) {
            lane.token = token;
            // With the X-API-TOKEN header the token tells the account.
            lane.account = AccountBudget(AccountBudget::accountKey(lane.destination, token),
                lane.destination.delivery.rateLimitPerMinute, d->clock->nowMs());
        }
        d->pollRuntime(); // resumes it, unless it was paused again meanwhile
        return;
    }
}

void DeliveryWorker::start()
{
    d->start();
}

void DeliveryWorker::wake()
{
    d->idleReported
        = false; // a caller that wakes the worker waits for the answer, even "still nothing to do"
    d->undrain();
    d->pump();
}

void DeliveryWorker::stop()
{
    d->stop();
}

void DeliveryWorker::stopNow()
{
    d->stopNow();
}

} // namespace qad
