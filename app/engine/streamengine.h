#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "config/destination.h"
#include "engine/deliveryworker.h"
#include "storage/storage.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <memory>

namespace qad {

struct RunOptions
{
    QString source; // a path, or "-" for standard input
    bool follow = false;
    bool exitWhenIdle = false;
    int batchSize = 500; // records per ingest transaction
    // How often a followed file is looked at when it has nothing new. Appends are noticed at once through
    // the file system's change notifications; the poll catches rotation, truncation and what they miss.
    int pollIntervalMs = 100;
    int historyDays = 90; // retention: final activations older than this are purged at start
    // A destination resumed during the run waits for provideToken() after tokenWanted(): the token fixed
    // while it was paused (after a 401) is then the one sent, not the one the run started with.
    bool refreshTokenOnResume = false;
    // How the user resumes a paused destination where this run is shown, as messages say it: empty for
    // `qadctl resume ID`; qad names its Resume action.
    QString resumeHint;
    WorkerTuning tuning;
};

// What a run has done so far (SPEC §7 names where they apply).
struct RunProgress
{
    qint64 read = 0;
    qint64 rejected = 0;
    qint64 activations = 0; // created
    qint64 excluded = 0;
    qint64 unchanged = 0;
    qint64 succeeded = 0;
    qint64 failed = 0; // permanently
    qint64 retries = 0; // attempts that will be retried
    double sendRate = 0; // succeeded per second over the last few seconds
    qint64 elapsedMs = 0; // since the run started
    bool sourceDone = false;
    bool finished = false; // the run's last report, as it ends
};

// One streaming run (SPEC §4–§8): reads a source, turns profile updates into activations in this thread, and
// delivers them through a DeliveryWorker in its own thread. Both share the data directory's database through
// their own connections, so another process (the GUI, `qadctl status`) sees everything live.
class StreamEngine : public QObject
{
    Q_OBJECT
public:
    StreamEngine(QString dataDirectory, QList<Destination> destinations, QHash<QString, QString> tokens,
        RunOptions options, const Clock *clock = SystemClock::instance(), QObject *parent = nullptr);
    ~StreamEngine() override;

    // Opens the database and the source (resuming after its checkpoint), purges old history, starts the
    // worker. An error means nothing was started.
    Status start();
    // Stops reading, lets the worker finish or persist what is in flight, then emits finished().
    void stop();
    // As stop(), without waiting for the requests in flight (also after stop()): their activations are sent
    // again at the next start (DeliveryWorker::stopNow()).
    void stopNow();
    RunProgress progress() const;
    // The answer to tokenWanted() (RunOptions::refreshTokenOnResume): the destination's token as it is now,
    // or empty when it could not be read, to keep the one the run has. In this object's thread.
    void provideToken(const QString &destinationId, const QString &token);

Q_SIGNALS:
    void progressChanged(const qad::RunProgress &progress);
    void alertRaised(const qad::AlertRecord &alert);
    // A record of the source that is not a usable profile, once it is kept in the rejects list.
    void rejected(const qad::RejectRecord &reject);
    // Notable events in words (a destination paused, a source problem); never a token or a full URL.
    void notice(const QString &message);
    // RunOptions::refreshTokenOnResume: read the destination's token and give it to provideToken().
    void tokenWanted(const QString &destinationId);
    // 0: everything that was produced reached a final state without failures; 1: some failed, or a
    // destination was paused for authentication (its queue is kept).
    void finished(int exitCode);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace qad

Q_DECLARE_METATYPE(qad::RunProgress)
