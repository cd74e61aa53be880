#pragma once

#include "common/clock.h"
#include "config/destination.h"
#include "delivery/attempt.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <memory>

namespace qad {

// What the worker reports of each recorded attempt (for progress, status and alerts).
struct DeliveryEvent
{
    QString destinationId;
    QString activationId;
    int httpStatus = 0;
    qint64 durationMs = 0;
    OutcomeClass outcome = OutcomeClass::Failed;
    QString code;
    QString message;
    QString notice; // Qualtrics' meta.notice, when its answer had one ("Request proxied… use this host")
    bool finalFailure = false; // failed permanently (not retried, or exhausted)
    bool succeeded = false;
};

struct WorkerTuning
{
    int claimBatch = 256; // activations claimed from the outbox at once; the next claim when half are sent
    int flushBatch = 256; // outcomes written per transaction at most
    int flushIntervalMs = 50; // outcomes wait at most this long before they are written
    int runtimePollMs = 500; // how often pause/resume by another process is noticed
    // After a failed read or write of the database while running (a lock held past the busy timeout, a full
    // disk), it is tried again this often, with what was not written kept in memory; 0: the worker stops
    // (fatalError), as a batch run does.
    int storageRetryMs = 1000;
    // The worker and Qt's network threads kept on one CPU (keepThreadsOnThisCpu()) on a machine of at most
    // this many CPUs; 0: never. Measured on 2 CPUs: about 15 % less CPU per activation, 10 – 20 % more
    // activations per second (README, Performance).
    int colocateUpToCpus = 4;
    // When they are: the thread that made the worker (a run's reading and change detection) is kept off that
    // CPU too, as the worker's writing thread always is, so that none of them takes turns with delivery there
    // (`qadctl run`, a process of its own; about 5 % more activations per second on 2 CPUs).
    bool keepCreatorOffItsCpu = false;
};

// Streams the outbox to Qualtrics (SPEC §6). Lives in its own QThread: it owns the QNetworkAccessManager, its
// timers and its own database connection (opened in start(), in that thread). Its writes (claiming due
// activations, recording outcomes) run in a second thread it owns, with a connection of its own, so that a
// transaction never leaves the connections idle. Up to `concurrency` requests in flight per destination, a
// profile's activations one at a time and in order, a token bucket per destination, the retry schedule with
// full jitter, Retry-After, 401/403 pause the destination with its queue kept. Outcomes are written in
// batched transactions; an activation whose outcome was not written yet is still `sending` and is sent again
// after a crash (at-least-once).
class DeliveryWorker : public QObject
{
    Q_OBJECT
public:
    DeliveryWorker(QString dataDirectory, QList<Destination> destinations, QHash<QString, QString> tokens,
        const Clock *clock = SystemClock::instance(), QObject *parent = nullptr);
    ~DeliveryWorker() override;

    void setTuning(const WorkerTuning &tuning);
    void setRandomSeed(quint32 seed); // jitter, for deterministic tests
    // Before start(): a destination resumed during the run is held until provideToken() answers its
    // tokenWanted(), so that a token fixed while it was paused (after a 401, most often) is the one sent.
    void setRefreshesTokenOnResume(bool refreshes);

public Q_SLOTS:
    void start();
    // New activations were committed, or (tests) the clock moved: look for due work now. idle() follows once
    // nothing is left to do, even if nothing changed.
    void wake();
    // Stops claiming; lets in-flight requests finish (each bounded by its deadline), writes every outcome,
    // then emits stopped(). Activations claimed but not sent yet are put back to pending (or, if that cannot
    // be written, at the next start). Also answers with stopped() when the worker never started or stopped
    // after a fatal error.
    void stop();
    // As stop(), without waiting for what is in flight (also after stop()): those activations stay `sending`
    // and are sent again at the next start, as after a crash. The outcomes already in are written first.
    void stopNow();
    // The answer to tokenWanted(): the destination's token as it is now, or empty when it could not be read
    // (the token the run had is then kept; without one, the destination is paused again, saying why).
    void provideToken(const QString &destinationId, const QString &token);

Q_SIGNALS:
    void started();
    // After the attempts and the activations' next states are written: one signal per written batch, in the
    // order the attempts ended (one queued signal per activation would cost more than its write).
    void attemptsRecorded(const QList<qad::DeliveryEvent> &events);
    // Changes during the run: a 401/403, a missing token, or a pause/resume by another process (the shared
    // runtime state is polled). A destination already paused at start gets no signal. While paused, what this
    // worker had claimed for the destination waits in memory (`sending`) and is sent on resume.
    void destinationPaused(const QString &destinationId, const QString &reason, const QString &message);
    void destinationResumed(const QString &destinationId);
    // With setRefreshesTokenOnResume(): the destination was resumed; it is held until provideToken().
    void tokenWanted(const QString &destinationId);
    // Nothing in flight, every outcome written and nothing due now for the destinations that are not paused
    // (retries may be scheduled later). Once per change, and once after each wake().
    void idle();
    void stopped();
    // A read or write of the database failed while running and is tried again every storageRetryMs: nothing
    // new is claimed meanwhile and outcomes wait in memory. Once, until storageRecovered().
    void storageWaiting(const QString &message);
    // The database works again after storageWaiting().
    void storageRecovered();
    // Stopping while a read or write failed for a passing cause (a lock held, a full disk): the worker stops
    // without waiting it out, and says what it was waiting for. The outcomes of `unwritten` activations sent
    // were not recorded: they stay `sending` and are sent again at the next start. stopped() follows.
    void stoppedWaitingForStorage(const QString &message, int unwritten);
    // The database failed: nothing more is sent; unwritten outcomes stay `sending` (sent again next start).
    // When starting, on any storage error with storageRetryMs at 0, or while stopping on one that would not
    // pass (one that would is stoppedWaitingForStorage()).
    void fatalError(const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace qad

Q_DECLARE_METATYPE(qad::DeliveryEvent)
