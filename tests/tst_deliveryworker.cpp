#include "common/cpuplacement.h"
#include "delivery/retrypolicy.h"
#include "engine/deliveryworker.h"
#include "engine/ingestor.h"
#include "fakequaltrics.h"
#include "storage/sqlitestorage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>
#include <optional>
#include <sched.h>

using namespace qad;
using qad::test::FakeQualtrics;

namespace {

constexpr int kWaitMs = 15000;

// Waits for the worker's next idle() after `before` of them.
#define WAIT_IDLE(spy, before) QTRY_VERIFY_WITH_TIMEOUT((spy).count() > (before), kWaitMs)
// The worker's clock set to `when`, the worker woken, and what it does then waited for.
#define WAKE_AT(worker, spy, when)                                                                           \
    do {                                                                                                     \
        m_clock->set(when);                                                                                  \
        const qsizetype idleBefore = (spy).count();                                                          \
        (worker)->wake();                                                                                    \
        WAIT_IDLE(spy, idleBefore);                                                                          \
    } while (false)

// Every event the worker reported, in order, whichever batch it came in.
class EventLog : public QObject
{
public:
    explicit EventLog(DeliveryWorker *worker)
    {
        connect(worker, &DeliveryWorker::attemptsRecorded, this,
            [this](const QList<DeliveryEvent> &batch) { events.append(batch); });
    }
    qsizetype count() const { return events.size(); }
    const DeliveryEvent &first() const { return events.first(); }
    const DeliveryEvent &last() const { return events.last(); }
    QList<DeliveryEvent> events;
};

// Another program's connection to the worker's database (a database browser, another qadctl), to hold its
// write lock or change rows behind the worker's back.
class OtherConnection
{
public:
    explicit OtherConnection(const QString &file)
        : db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other")))
    {
        db.setDatabaseName(file);
        db.open();
        m_query.emplace(db);
    }
    ~OtherConnection()
    {
        m_query.reset();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }
    OtherConnection(const OtherConnection &) = delete;
    OtherConnection &operator=(const OtherConnection &) = delete;

    // Runs `sql` (with `value` bound, if any) when the receiver gets its first request: the worker has
    // claimed, and writes next.
    void atFirstRequest(FakeQualtrics *receiver, const QString &sql, const QVariant &value = {})
    {
        QObject::connect(
            receiver, &FakeQualtrics::requestReceived, &m_context, [this, sql, value](int index) {
                if (index == 0) {
                    m_query->prepare(sql);
                    if (value.isValid()) {
                        m_query->addBindValue(value);
                    }
                    ranAtFirstRequest = m_query->exec();
                }
            });
    }
    bool exec(const QString &sql) { return m_query->exec(sql); }

    QSqlDatabase db;
    bool ranAtFirstRequest = false;

private:
    std::optional<QSqlQuery> m_query;
    QObject m_context; // ends the connections with this object
};

} // namespace

// The delivery worker against a fake Qualtrics on loopback, a real SQLite outbox and a clock the test moves
// (SPEC §6): at-least-once, the retry classes and schedule, pause on 401, concurrency, rate limit, stop,
// recovery.
class TestDeliveryWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void deliversEachActivationOnce();
    void retryableOutcomesAreRetriedLater_data();
    void retryableOutcomesAreRetriedLater();
    void retryIsSentWhenDueAndSucceeds();
    void clientErrorsFailAfterOneAttempt_data();
    void clientErrorsFailAfterOneAttempt();
    void unauthorizedPausesKeepsTheQueueAndResumes();
    void forbiddenPausesAsUnauthorizedDoes();
    void aLongPauseDoesNotSpendTheRetryHorizon();
    void aPauseDoesNotMoveTheRetryScheduleOn();
    void aReplayStartsTheRetryScheduleAgain();
    void aResumedDestinationWaitsForItsTokenAndSendsIt();
    void missingTokenPausesWithoutSending();
    void aPauseInTheConfigurationEndsWithAResumeWrittenDuringTheRun();
    void aPausedDestinationDoesNotHoldBackAnother();
    void exhaustedAfterTheRetryHorizonThenReplayed();
    void concurrencyIsRespected_data();
    void concurrencyIsRespected();
    void aProfilesActivationsAreNeverInFlightTogether();
    void keepsSendingWhileTheDatabaseIsLocked();
    void aLockHeldPastTheBusyTimeoutIsWaitedOut();
    void aResumeGivenWhileAPauseWaitedToBeWrittenStands();
    void withoutRetriesALockHeldPastTheBusyTimeoutStopsTheWorker();
    void anErrorThatWouldNotPassStopsTheWorkerRatherThanWaiting();
    void aRetryIsNotOvertakenByALaterActivationOfItsProfile();
    void aRetryIsNotOvertakenByItsProfilesExitUnderOtherIdentities_data();
    void aRetryIsNotOvertakenByItsProfilesExitUnderOtherIdentities();
    void rateLimitIsRespected();
    void rateLimitedAnswerHoldsTheDestination();
    void destinationsOfOneAccountShareItsRateLimit_data();
    void destinationsOfOneAccountShareItsRateLimit();
    void anotherAccountKeepsItsOwnRateLimit();
    void rateLimitedAnswerHoldsTheWholeAccount();
    void stopWaitsForInFlightAndRecordsThem();
    void outcomesOfATrickleAreWrittenTogether();
    void sendingActivationsAreSentAgainAfterACrash();
    void runsInItsOwnThread();
    void theNetworkThreadKeepsToTheWorkersCpu_data();
    void theNetworkThreadKeepsToTheWorkersCpu();

private:
    // The fake answers with these statuses, one request after the other, then 200.
    void answerInTurn(QList<int> statuses)
    {
        m_fake->setHandler([statuses](const FakeQualtrics::Request &) mutable {
            FakeQualtrics::Reply reply;
            reply.status = statuses.isEmpty() ? 200 : statuses.takeFirst();
            return reply;
        });
    }
    // `qadctl resume` in another process: the runtime state written back to enabled at `at`.
    bool resumedElsewhere(const QDateTime &at)
    {
        DestinationRuntime enabled;
        enabled.updatedAt = at;
        return m_storage->setRuntime(QStringLiteral("dest-1"), enabled).ok();
    }
    Destination destination(const QString &id = QStringLiteral("dest-1")) const;
    // Activations of profiles person<first>… person<first + count - 1>.
    QStringList insert(int count, const QString &destinationId = QStringLiteral("dest-1"), int first = 0);
    std::unique_ptr<DeliveryWorker> worker(const QList<Destination> &destinations, const QString &token);
    std::unique_ptr<DeliveryWorker> worker(const Destination &destination)
    {
        return worker({ destination }, m_token);
    }
    // A worker for dest-1 living in `thread`, as the application runs it; deleted when the thread ends.
    DeliveryWorker *workerIn(QThread &thread);
    ActivationRecord stored(const QString &id);
    static quint16 unusedPort();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeQualtrics> m_fake;
    std::unique_ptr<SqliteStorage> m_storage;
    std::unique_ptr<ManualClock> m_clock;
    WorkerTuning m_tuning;
    const QString m_username = QStringLiteral("ops@example.com#brand");
    const QString m_token = QStringLiteral("tok-51d2c8e4a0-secret");
};

void TestDeliveryWorker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fake = std::make_unique<FakeQualtrics>();
    m_fake->setCredentials(m_username, m_token);
    QVERIFY(m_fake->listen());
    m_storage = std::make_unique<SqliteStorage>(m_dir->path());
    const Status opened = m_storage->open();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_clock = std::make_unique<ManualClock>();
    m_tuning = WorkerTuning {};
    m_tuning.runtimePollMs = 20;
    // Most tests run the worker in the test's own thread, which is not to be kept to one CPU;
    // theNetworkThreadKeepsToTheWorkersCpu() runs it in a thread of its own.
    m_tuning.colocateUpToCpus = 0;
}

void TestDeliveryWorker::cleanup()
{
    m_storage.reset();
    m_fake.reset();
    m_dir.reset();
    m_clock.reset();
}

Destination TestDeliveryWorker::destination(const QString &id) const
{
    Destination d;
    d.id = id;
    d.name = QStringLiteral("Onboarding survey");
    d.url = m_fake->url();
    d.username = m_username;
    d.identities = { IdentityMapping { QStringLiteral("Email"), IdentityTarget::Email } };
    d.audiences = { Audience { QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283"),
        QStringLiteral("Buyers"), std::nullopt, std::nullopt } };
    d.delivery.timeoutSeconds = 2;
    return d;
}

QStringList TestDeliveryWorker::insert(int count, const QString &destinationId, int first)
{
    QStringList ids;
    for (int i = first; i < first + count; ++i) {
        ActivationRecord a;
        a.id = ActivationRecord::newId();
        a.destinationId = destinationId;
        a.profileKey = QStringLiteral("Email:person%1@example.com").arg(i);
        a.audiences = R"({"046456e3-18e1-48a6-9bda-d68547861283":"realized"})";
        a.createdAt = m_clock->now();
        a.payload = QJsonDocument(QJsonObject {
                                      { QStringLiteral("identityMap"),
                                          QJsonObject { { QStringLiteral("Email"),
                                              QJsonArray { QJsonObject { { QStringLiteral("id"),
                                                  QStringLiteral("person%1@example.com").arg(i) } } } } } },
                                  })
                        .toJson(QJsonDocument::Compact);
        const Status status = m_storage->insertActivation(a);
        if (!status) {
            qWarning("insertActivation: %s", qPrintable(status.error().message));
            return {};
        }
        ids.append(a.id);
    }
    return ids;
}

std::unique_ptr<DeliveryWorker> TestDeliveryWorker::worker(
    const QList<Destination> &destinations, const QString &token)
{
    QHash<QString, QString> tokens;
    if (!token.isEmpty()) {
        for (const Destination &d : destinations) {
            tokens.insert(d.id, token);
        }
    }
    auto w = std::make_unique<DeliveryWorker>(m_dir->path(), destinations, tokens, m_clock.get());
    w->setTuning(m_tuning);
    w->setRandomSeed(42);
    connect(w.get(), &DeliveryWorker::fatalError, this,
        [](const QString &message) { qWarning("fatalError: %s", qPrintable(message)); });
    return w;
}

DeliveryWorker *TestDeliveryWorker::workerIn(QThread &thread)
{
    auto *w = new DeliveryWorker(
        m_dir->path(), { destination() }, { { QStringLiteral("dest-1"), m_token } }, m_clock.get());
    w->setTuning(m_tuning);
    w->moveToThread(&thread);
    connect(&thread, &QThread::finished, w, &QObject::deleteLater);
    return w;
}

ActivationRecord TestDeliveryWorker::stored(const QString &id)
{
    const auto activation = m_storage->activation(id);
    if (!activation) {
        qWarning("activation(%s): %s", qPrintable(id), qPrintable(activation.error().message));
        return {};
    }
    return *activation;
}

quint16 TestDeliveryWorker::unusedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed on return: nothing listens there
}

void TestDeliveryWorker::deliversEachActivationOnce()
{
    const QStringList ids = insert(20);
    QCOMPARE(ids.size(), 20);
    auto w = worker(destination());
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    QSignalSpy started(w.get(), &DeliveryWorker::started);
    EventLog recorded(w.get());
    w->start();
    QCOMPARE(started.count(), 1);
    WAIT_IDLE(idle, 0);

    QCOMPARE(m_fake->requestCount(), 20);
    QSet<QString> keys;
    for (const FakeQualtrics::Request &request : m_fake->requests()) {
        QVERIFY(request.authorized);
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        keys.insert(QString::fromUtf8(request.header("Idempotency-Key")));
        const ActivationRecord a = stored(QString::fromUtf8(request.header("Idempotency-Key")));
        QCOMPARE(request.body, a.payload);
    }
    QCOMPARE(keys, QSet<QString>(ids.cbegin(), ids.cend()));

    for (const QString &id : ids) {
        const ActivationRecord a = stored(id);
        QCOMPARE(toString(a.status), toString(ActivationStatus::Succeeded));
        QCOMPARE(a.attemptCount, 1);
        const auto attempts = m_storage->attempts(id);
        QVERIFY(attempts);
        QCOMPARE(attempts->size(), 1);
        QCOMPARE(attempts->first().httpStatus, 200);
        QVERIFY(!attempts->first().requestId.isEmpty()); // meta.requestId kept
    }
    QCOMPARE(recorded.count(), 20);
    for (const DeliveryEvent &event : std::as_const(recorded.events)) {
        QVERIFY(event.succeeded);
        QCOMPARE(event.destinationId, QStringLiteral("dest-1"));
        QVERIFY(ids.contains(event.activationId));
    }
    const auto status = m_storage->status(QStringLiteral("dest-1"), 24);
    QVERIFY2(status, qPrintable(status.error().message));
    QCOMPARE(status->total.activated, qint64(20));
    QCOMPARE(status->total.failed, qint64(0));
    QCOMPARE(status->queueDepth, qint64(0));
}

void TestDeliveryWorker::retryableOutcomesAreRetriedLater_data()
{
    QTest::addColumn<QString>("kind"); // "reply", "timeout", "refused", "drop"
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("minDelaySeconds");
    QTest::addColumn<QString>("code");

    QTest::newRow("500") << "reply" << 500 << QByteArray() << 1 << "http_500";
    QTest::newRow("503") << "reply" << 503 << QByteArray() << 1 << "http_503";
    QTest::newRow("408") << "reply" << 408 << QByteArray() << 1 << "http_408";
    QTest::newRow("429 without Retry-After: a minute") << "reply" << 429 << QByteArray() << 60 << "http_429";
    QTest::newRow("429 Retry-After 90") << "reply" << 429 << QByteArray("90") << 90 << "http_429";
    QTest::newRow("503 Retry-After 600") << "reply" << 503 << QByteArray("600") << 600 << "http_503";
    QTest::newRow("deadline") << "timeout" << 200 << QByteArray() << 1 << "timeout";
    QTest::newRow("connection refused") << "refused" << 0 << QByteArray() << 1 << "connection_refused";
    QTest::newRow("connection reset") << "drop" << 0 << QByteArray() << 1 << "connection_reset";
}

void TestDeliveryWorker::retryableOutcomesAreRetriedLater()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, minDelaySeconds);
    QFETCH(QString, code);

    Destination d = destination();
    d.delivery.timeoutSeconds = 1;
    FakeQualtrics::Reply reply;
    reply.status = status;
    reply.retryAfter = retryAfter;
    if (kind == u"timeout") {
        reply.delayMs = 3000;
    } else if (kind == u"drop") {
        // Every time: Qt's HTTP client itself resends once or twice on a closed connection.
        m_fake->setHandler([](const FakeQualtrics::Request &) {
            FakeQualtrics::Reply dropped;
            dropped.dropConnection = true;
            return dropped;
        });
    } else if (kind == u"refused") {
        d.url = QStringLiteral("http://127.0.0.1:%1/inbound-event/v1/events/json/triggers?urlTokenId=x")
                    .arg(unusedPort());
    }
    m_fake->enqueue(reply);

    const QStringList ids = insert(1);
    QCOMPARE(ids.size(), 1);
    auto w = worker(d);
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    EventLog recorded(w.get());
    const QDateTime now = m_clock->now();
    w->start();
    WAIT_IDLE(idle, 0);

    const ActivationRecord a = stored(ids.first());
    QCOMPARE(toString(a.status), toString(ActivationStatus::Retrying));
    QCOMPARE(a.attemptCount, 1);
    QVERIFY(a.nextAttemptAt);
    QVERIFY2(*a.nextAttemptAt >= now.addSecs(minDelaySeconds),
        qPrintable(a.nextAttemptAt->toString(Qt::ISODateWithMs)));
    // Never later than the first delay of the schedule (5 s) or the server's wish.
    QVERIFY(*a.nextAttemptAt <= now.addSecs(std::max(5, minDelaySeconds)));
    QCOMPARE(recorded.count(), 1);
    const auto event = recorded.first();
    QCOMPARE(event.code, code);
    QCOMPARE(toString(event.outcome), toString(OutcomeClass::Retry));
    QVERIFY(!event.finalFailure);
    QVERIFY(!event.succeeded);
    const auto attempts = m_storage->attempts(ids.first());
    QVERIFY(attempts);
    QCOMPARE(attempts->size(), 1);
    QCOMPARE(attempts->first().outcome.code, code);
}

void TestDeliveryWorker::retryIsSentWhenDueAndSucceeds()
{
    FakeQualtrics::Reply unavailable;
    unavailable.status = 503;
    m_fake->enqueue(unavailable);
    const QStringList ids = insert(1);
    auto w = worker(destination());
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    w->start();
    WAIT_IDLE(idle, 0);
    ActivationRecord a = stored(ids.first());
    QCOMPARE(toString(a.status), toString(ActivationStatus::Retrying));
    const QDateTime due = *a.nextAttemptAt;

    // Not due yet: waking changes nothing.
    WAKE_AT(w, idle, due.addMSecs(-1));
    QCOMPARE(toString(stored(ids.first()).status), toString(ActivationStatus::Retrying));
    QCOMPARE(m_fake->requestCount(), 1);

    WAKE_AT(w, idle, due);
    a = stored(ids.first());
    QCOMPARE(toString(a.status), toString(ActivationStatus::Succeeded));
    QCOMPARE(a.attemptCount, 2);
    QVERIFY(!a.nextAttemptAt);
    QCOMPARE(m_fake->requestCount(), 2);
    // The same Idempotency-Key both times, so Qualtrics (or a proxy) can drop a duplicate.
    QCOMPARE(m_fake->requests().at(0).header("Idempotency-Key"), ids.first().toUtf8());
    QCOMPARE(m_fake->requests().at(1).header("Idempotency-Key"), ids.first().toUtf8());
    const auto status = m_storage->status(QStringLiteral("dest-1"), 24);
    QVERIFY(status);
    QCOMPARE(status->total.activated, qint64(1));
}

void TestDeliveryWorker::clientErrorsFailAfterOneAttempt_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("400") << 400;
    QTest::newRow("404") << 404;
    QTest::newRow("413") << 413;
    QTest::newRow("422") << 422;
    QTest::newRow("501") << 501;
    QTest::newRow("418, another 4xx") << 418;
    QTest::newRow("302, not followed") << 302;
}

void TestDeliveryWorker::clientErrorsFailAfterOneAttempt()
{
    QFETCH(int, status);
    FakeQualtrics::Reply reply;
    reply.status = status;
    if (status / 100 == 3) {
        reply.location = "https://elsewhere.example.com/inbound-event/v1/events/json/triggers";
    }
    m_fake->enqueue(reply);
    const QStringList ids = insert(1);
    auto w = worker(destination());
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    EventLog recorded(w.get());
    w->start();
    WAIT_IDLE(idle, 0);

    ActivationRecord a = stored(ids.first());
    QCOMPARE(toString(a.status), toString(ActivationStatus::Failed));
    QCOMPARE(a.attemptCount, 1);
    QVERIFY(!a.nextAttemptAt);
    QCOMPARE(recorded.count(), 1);
    QVERIFY(recorded.first().finalFailure);
    if (status / 100 == 3) { // where it was sent is shown, not followed
        QVERIFY2(a.lastError.contains(QLatin1String("elsewhere.example.com")), qPrintable(a.lastError));
    }

    // A day later nothing is sent again.
    m_clock->advance(qint64(48) * 3600 * 1000);
    const int before = int(idle.count());
    w->wake();
    WAIT_IDLE(idle, before);
    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(stored(ids.first()).attemptCount, 1);
    const auto counters = m_storage->status(QStringLiteral("dest-1"), 24);
    QVERIFY(counters);
    QCOMPARE(counters->total.failed, qint64(1));
}

// 401: the destination pauses with its queue kept; `qadctl resume` (another process) sets the runtime state
// back and the worker delivers everything.
void TestDeliveryWorker::unauthorizedPausesKeepsTheQueueAndResumes()
{
    const QString staleToken = QStringLiteral("tok-expired-7a6b5c-secret");
    Destination d = destination();
    d.delivery.concurrency = 1;
    const QStringList ids = insert(3);
    auto w = worker({ d }, staleToken);
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    QSignalSpy paused(w.get(), &DeliveryWorker::destinationPaused);
    QSignalSpy resumed(w.get(), &DeliveryWorker::destinationResumed);
    EventLog recorded(w.get());
    w->start();
    QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 1, kWaitMs);
    WAIT_IDLE(idle, 0);

    QCOMPARE(paused.first().at(0).toString(), QStringLiteral("dest-1"));
    QCOMPARE(paused.first().at(1).toString(), QStringLiteral("authentication"));
    // The message names the command that fixes it with this destination's id, not a placeholder, wherever
    // the user reads it: the pause, the state `status` shows, and the attempt in the history.
    const QString message = paused.first().at(2).toString();
    QVERIFY2(message.contains(QLatin1String("`qadctl token set dest-1`")), qPrintable(message));
    QVERIFY(!message.contains(staleToken));
    QVERIFY(!message.contains(m_fake->url()));
    const auto runtime = m_storage->runtime(QStringLiteral("dest-1"));
    QVERIFY(runtime);
    QCOMPARE(runtime->state, QStringLiteral("paused"));
    QCOMPARE(runtime->reason, QStringLiteral("authentication"));
    QCOMPARE(runtime->lastError, message);

    QCOMPARE(m_fake->requestCount(), 1);
    const QString refused = QString::fromUtf8(m_fake->requests().first().header("Idempotency-Key"));
    QCOMPARE(toString(stored(refused).status), toString(ActivationStatus::Pending));
    const auto refusedAttempts = m_storage->attempts(refused);
    QVERIFY(refusedAttempts);
    QCOMPARE(refusedAttempts->size(), 1);
    QCOMPARE(refusedAttempts->first().outcome.message, message);
    QCOMPARE(recorded.count(), 1);
    QVERIFY(!recorded.first().finalFailure);
    for (const QString &id : ids) {
        QVERIFY(stored(id).status != ActivationStatus::Failed);
    }
    const auto unfinished = m_storage->unfinishedCount({ QStringLiteral("dest-1") });
    QVERIFY(unfinished);
    QCOMPARE(*unfinished, qint64(3)); // nothing dropped

    // Paused: time passes, nothing is sent.
    m_clock->advance(3600 * 1000);
    const int before = int(idle.count());
    w->wake();
    WAIT_IDLE(idle, before);
    QSignalSpy requests(m_fake.get(), &FakeQualtrics::requestReceived);
    QVERIFY(!requests.wait(300));
    QCOMPARE(m_fake->requestCount(), 1);

    // The token is valid again at Qualtrics and the user resumes from another process.
    m_fake->setCredentials(m_username, staleToken);
    QVERIFY(resumedElsewhere(m_clock->now()));
    QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, kWaitMs);
    QCOMPARE(resumed.first().at(0).toString(), QStringLiteral("dest-1"));
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 4, kWaitMs);
    for (const QString &id : ids) {
        QTRY_COMPARE_WITH_TIMEOUT(
            toString(stored(id).status), toString(ActivationStatus::Succeeded), kWaitMs);
    }
    QCOMPARE(m_fake->requestCount(), 4);
    QCOMPARE(stored(refused).attemptCount, 2);
    QCOMPARE(paused.count(), 1);
}

// 403 as 401: the destination pauses for authentication with its queue kept, and a resume delivers it all.
void TestDeliveryWorker::forbiddenPausesAsUnauthorizedDoes()
{
    FakeQualtrics::Reply forbidden;
    forbidden.status = 403;
    m_fake->enqueue(forbidden);
    Destination d = destination();
    d.delivery.concurrency = 1;
    const QStringList ids = insert(2);
    auto w = worker(d);
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    QSignalSpy paused(w.get(), &DeliveryWorker::destinationPaused);
    QSignalSpy resumed(w.get(), &DeliveryWorker::destinationResumed);
    w->start();
    QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 1, kWaitMs);
    WAIT_IDLE(idle, 0);
    QCOMPARE(paused.first().at(1).toString(), QStringLiteral("authentication"));
    QCOMPARE(m_fake->requestCount(), 1);
    const auto unfinished = m_storage->unfinishedCount({ QStringLiteral("dest-1") });
    QVERIFY(unfinished);
    QCOMPARE(*unfinished, qint64(2)); // nothing dropped

    QVERIFY(resumedElsewhere(m_clock->now()));
    QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, kWaitMs);
    for (const QString &id : ids) {
        QTRY_COMPARE_WITH_TIMEOUT(
            toString(stored(id).status), toString(ActivationStatus::Succeeded), kWaitMs);
    }
    QCOMPARE(m_fake->requestCount(), 3);
}

// A 401 pauses; the token is fixed after a weekend and the destination resumed; the endpoint then has a
// passing 503. The activation is retried: the pause did not start its 24 hours (SPEC §6).
void TestDeliveryWorker::aLongPauseDoesNotSpendTheRetryHorizon()
{
    int status = 401;
    m_fake->setHandler([&status](const FakeQualtrics::Request &) {
        FakeQualtrics::Reply reply;
        reply.status = status;
        return reply;
    });
    Destination d = destination();
    d.delivery.concurrency = 1;
    const QStringList ids = insert(1);
    auto w = worker({ d });
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    QSignalSpy paused(w.get(), &DeliveryWorker::destinationPaused);
    QSignalSpy resumed(w.get(), &DeliveryWorker::destinationResumed);
    EventLog recorded(w.get());
    w->start();
    QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 1, kWaitMs);
    WAIT_IDLE(idle, 0);
    QCOMPARE(toString(stored(ids.first()).status), toString(ActivationStatus::Pending));
    QCOMPARE(stored(ids.first()).attemptCount, 1);
    QVERIFY(!stored(ids.first()).firstAttemptAt.has_value());

    m_clock->advance(60LL * 3600 * 1000);
    status = 503;
    const QDateTime resumedAt = m_clock->now();
    QVERIFY(resumedElsewhere(resumedAt));
    QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 2, kWaitMs);
    QVERIFY(!recorded.last().finalFailure);
    QTRY_COMPARE_WITH_TIMEOUT(
        toString(stored(ids.first()).status), toString(ActivationStatus::Retrying), kWaitMs);
    const ActivationRecord retrying = stored(ids.first());
    QCOMPARE(retrying.attemptCount, 2);
    QVERIFY(retrying.firstAttemptAt.has_value());
    QCOMPARE(*retrying.firstAttemptAt, resumedAt);
}

// 503, 503, then a 401 pauses; resumed, the endpoint answers 503 again. That is the activation's third
// retryable failure: it waits the schedule's third delay (2 min, jittered), not the fourth, since the attempt
// refused for authentication does not count on the schedule (SPEC §6). Its attempts still count them all.
void TestDeliveryWorker::aPauseDoesNotMoveTheRetryScheduleOn()
{
    answerInTurn({ 503, 503, 401, 503 });
    Destination d = destination();
    d.delivery.concurrency = 1;
    const QStringList ids = insert(1);
    auto w = worker({ d });
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    QSignalSpy paused(w.get(), &DeliveryWorker::destinationPaused);
    QSignalSpy resumed(w.get(), &DeliveryWorker::destinationResumed);
    EventLog recorded(w.get());
    // The same seeded draws the worker makes: one for each retryable failure, none for the 401.
    QRandomGenerator random(42);
    const Outcome unavailable = classifyOutcome(503, QNetworkReply::ServiceUnavailableError, false);
    const QDateTime first = m_clock->now();

    w->start();
    WAIT_IDLE(idle, 0);
    QDateTime expected = *decideRetry(d.delivery, unavailable, 1, first, first, &random).nextAttemptAt;
    QCOMPARE(*stored(ids.first()).nextAttemptAt, expected);
    WAKE_AT(w, idle, expected);
    QCOMPARE(toString(stored(ids.first()).status), toString(ActivationStatus::Retrying));
    expected = *decideRetry(d.delivery, unavailable, 2, first, m_clock->now(), &random).nextAttemptAt;
    QCOMPARE(*stored(ids.first()).nextAttemptAt, expected);

    m_clock->set(expected);
    w->wake();
    QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        toString(stored(ids.first()).status), toString(ActivationStatus::Pending), kWaitMs);

    m_clock->advance(3600 * 1000);
    const QDateTime resumedAt = m_clock->now();
    QVERIFY(resumedElsewhere(resumedAt));
    QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 4, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        toString(stored(ids.first()).status), toString(ActivationStatus::Retrying), kWaitMs);
    const ActivationRecord a = stored(ids.first());
    QVERIFY(a.nextAttemptAt);
    QVERIFY2(*a.nextAttemptAt <= resumedAt.addSecs(scheduledDelaySeconds(d.delivery, 3)),
        qPrintable(a.nextAttemptAt->toString(Qt::ISODateWithMs)));
    QCOMPARE(
        *a.nextAttemptAt, *decideRetry(d.delivery, unavailable, 3, first, resumedAt, &random).nextAttemptAt);
    QCOMPARE(*a.firstAttemptAt, first);
    QCOMPARE(a.attemptCount, 4);
    QCOMPARE(m_storage->attempts(ids.first())->size(), 4);
}

// 503, then 400: failed. Replayed, it meets a 503 again: the schedule starts again from its first step (5 s,
// jittered) and its horizon from that attempt, as if new (SPEC §6); the history keeps every attempt.
void TestDeliveryWorker::aReplayStartsTheRetryScheduleAgain()
{
    answerInTurn({ 503, 400, 503, 503 });
    const Destination d = destination();
    const QStringList ids = insert(1);
    auto w = worker(d);
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    QRandomGenerator random(42);
    const Outcome unavailable = classifyOutcome(503, QNetworkReply::ServiceUnavailableError, false);
    const QDateTime first = m_clock->now();

    w->start();
    WAIT_IDLE(idle, 0);
    QDateTime expected = *decideRetry(d.delivery, unavailable, 1, first, first, &random).nextAttemptAt;
    QCOMPARE(*stored(ids.first()).nextAttemptAt, expected);
    WAKE_AT(w, idle, expected);
    QCOMPARE(toString(stored(ids.first()).status), toString(ActivationStatus::Failed));

    m_clock->advance(10 * 60 * 1000);
    QVERIFY(m_storage->replayActivation(ids.first()));
    const QDateTime replayed = m_clock->now();
    WAKE_AT(w, idle, replayed);
    ActivationRecord a = stored(ids.first());
    QCOMPARE(toString(a.status), toString(ActivationStatus::Retrying));
    QVERIFY(a.nextAttemptAt);
    QVERIFY2(*a.nextAttemptAt <= replayed.addSecs(scheduledDelaySeconds(d.delivery, 1)),
        qPrintable(a.nextAttemptAt->toString(Qt::ISODateWithMs)));
    expected = *decideRetry(d.delivery, unavailable, 1, replayed, replayed, &random).nextAttemptAt;
    QCOMPARE(*a.nextAttemptAt, expected);
    QCOMPARE(*a.firstAttemptAt, replayed); // the horizon starts again too

    // And the schedule goes on from there: its second step (30 s), not the fourth.
    WAKE_AT(w, idle, expected);
    a = stored(ids.first());
    QCOMPARE(toString(a.status), toString(ActivationStatus::Retrying));
    QVERIFY(*a.nextAttemptAt <= expected.addSecs(scheduledDelaySeconds(d.delivery, 2)));
    QCOMPARE(*a.nextAttemptAt,
        *decideRetry(d.delivery, unavailable, 2, replayed, m_clock->now(), &random).nextAttemptAt);
    QCOMPARE(a.attemptCount, 4); // every attempt, those before the replay included
    QCOMPARE(m_storage->attempts(ids.first())->size(), 4);
}

// With tokens read again on resume (qadctl run, qad): a resumed destination sends nothing until its token is
// given, then sends that one; given none (the keychain could not be read), it keeps the one it had.
void TestDeliveryWorker::aResumedDestinationWaitsForItsTokenAndSendsIt()
{
    const QString refused = QStringLiteral("tok-refused-1a2b");
    Destination d = destination();
    d.delivery.concurrency = 1;
    const QStringList ids = insert(2);
    auto w = worker({ d }, refused);
    w->setRefreshesTokenOnResume(true);
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    QSignalSpy paused(w.get(), &DeliveryWorker::destinationPaused);
    QSignalSpy resumed(w.get(), &DeliveryWorker::destinationResumed);
    QSignalSpy wanted(w.get(), &DeliveryWorker::tokenWanted);
    w->start();
    QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 1, kWaitMs);
    WAIT_IDLE(idle, 0);
    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(wanted.count(), 0);

    // Resumed from another process: held until the token comes, and asked for once.
    QVERIFY(resumedElsewhere(m_clock->now()));
    QTRY_COMPARE_WITH_TIMEOUT(wanted.count(), 1, kWaitMs);
    QCOMPARE(wanted.first().at(0).toString(), QStringLiteral("dest-1"));
    QSignalSpy requests(m_fake.get(), &FakeQualtrics::requestReceived);
    QVERIFY(!requests.wait(300));
    QCOMPARE(resumed.count(), 0);
    QCOMPARE(wanted.count(), 1);

    // No token could be read: the refused one is kept, refused again, and the destination pauses again.
    w->provideToken(QStringLiteral("dest-1"), QString());
    QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 2, kWaitMs);
    QCOMPARE(resumed.count(), 1);
    QCOMPARE(m_fake->requestCount(), 2);

    // Resumed again, and given the token stored meanwhile: everything goes out with it.
    QVERIFY(resumedElsewhere(m_clock->now().addSecs(1)));
    QTRY_COMPARE_WITH_TIMEOUT(wanted.count(), 2, kWaitMs);
    w->provideToken(QStringLiteral("dest-1"), m_token);
    for (const QString &id : ids) {
        QTRY_COMPARE_WITH_TIMEOUT(
            toString(stored(id).status), toString(ActivationStatus::Succeeded), kWaitMs);
    }
    QCOMPARE(m_fake->requestCount(), 4);
    QCOMPARE(resumed.count(), 2);
    QCOMPARE(paused.count(), 2);
}

// Paused in its configuration (an import), a destination is held; a resume written while the run goes on
// (qadctl resume, the GUI's Resume: they lift the configuration's pause and write the run-time state)
// releases it in this run, not the next one.
void TestDeliveryWorker::aPauseInTheConfigurationEndsWithAResumeWrittenDuringTheRun()
{
    const QStringList ids = insert(2);
    Destination paused = destination();
    paused.state = DestinationState::Paused;
    paused.pausedReason = QStringLiteral("imported");
    auto w = worker(paused);
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    QSignalSpy resumed(w.get(), &DeliveryWorker::destinationResumed);
    w->start();
    WAIT_IDLE(idle, 0);
    QSignalSpy requests(m_fake.get(), &FakeQualtrics::requestReceived);
    QVERIFY(!requests.wait(300)); // held, its runtime state untouched
    QCOMPARE(m_fake->requestCount(), 0);

    QVERIFY(resumedElsewhere(m_clock->now().addMSecs(1)));
    QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, kWaitMs);
    for (const QString &id : ids) {
        QTRY_COMPARE_WITH_TIMEOUT(
            toString(stored(id).status), toString(ActivationStatus::Succeeded), kWaitMs);
    }
    QCOMPARE(m_fake->requestCount(), 2);
}

void TestDeliveryWorker::missingTokenPausesWithoutSending()
{
    const QStringList ids = insert(2);
    auto w = worker({ destination() }, QString());
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    QSignalSpy paused(w.get(), &DeliveryWorker::destinationPaused);
    w->start();
    WAIT_IDLE(idle, 0);
    QCOMPARE(paused.count(), 1);
    QCOMPARE(paused.first().at(1).toString(), QStringLiteral("authentication"));
    QVERIFY(paused.first().at(2).toString().contains(QLatin1String("qadctl token set dest-1")));
    const auto runtime = m_storage->runtime(QStringLiteral("dest-1"));
    QVERIFY(runtime);
    QCOMPARE(runtime->state, QStringLiteral("paused"));
    QCOMPARE(runtime->reason, QStringLiteral("authentication"));
    QCOMPARE(m_fake->requestCount(), 0);
    for (const QString &id : ids) {
        QCOMPARE(toString(stored(id).status), toString(ActivationStatus::Pending));
    }
}

// Two destinations on one worker: the one with a refused token pauses, the other delivers everything.
void TestDeliveryWorker::aPausedDestinationDoesNotHoldBackAnother()
{
    const Destination good = destination(QStringLiteral("dest-1"));
    const Destination bad = destination(QStringLiteral("dest-2"));
    const QStringList goodIds = insert(4, good.id);
    const QStringList badIds = insert(4, bad.id);
    DeliveryWorker w(m_dir->path(), { good, bad },
        { { good.id, m_token }, { bad.id, QStringLiteral("tok-revoked-0c9d-secret") } }, m_clock.get());
    w.setTuning(m_tuning);
    QSignalSpy idle(&w, &DeliveryWorker::idle);
    QSignalSpy paused(&w, &DeliveryWorker::destinationPaused);
    w.start();
    WAIT_IDLE(idle, 0);
    QCOMPARE(paused.count(), 1);
    QCOMPARE(paused.first().at(0).toString(), bad.id);
    for (const QString &id : goodIds) {
        QCOMPARE(toString(stored(id).status), toString(ActivationStatus::Succeeded));
    }
    int unauthorized = 0;
    for (const FakeQualtrics::Request &request : m_fake->requests()) {
        unauthorized += request.authorized ? 0 : 1;
    }
    QVERIFY(unauthorized >= 1 && unauthorized <= bad.delivery.concurrency); // only what was already in flight
    const auto unfinished = m_storage->unfinishedCount({ bad.id });
    QVERIFY(unfinished);
    QCOMPARE(*unfinished, qint64(4));
    const auto runtime = m_storage->runtime(good.id);
    QVERIFY(runtime);
    QCOMPARE(runtime->state, QStringLiteral("enabled"));
}

// A receiver that always answers 503: the clock walks through the schedule (5 s, 30 s, …, then every 2 h, all
// jittered) until the next attempt would fall beyond 24 h after the first; then the activation is failed and
// kept.
void TestDeliveryWorker::exhaustedAfterTheRetryHorizonThenReplayed()
{
    int status = 503;
    m_fake->setHandler([&status](const FakeQualtrics::Request &) {
        FakeQualtrics::Reply reply;
        reply.status = status;
        return reply;
    });
    const QStringList ids = insert(1);
    const Destination d = destination();
    auto w = worker(d);
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    EventLog recorded(w.get());
    const QDateTime first = m_clock->now();

    // The same seeded draws the worker makes, for the expected number of attempts.
    QRandomGenerator random(42);
    const Outcome unavailable = classifyOutcome(503, QNetworkReply::ServiceUnavailableError, false);
    int expectedAttempts = 1;
    for (QDateTime at = first;; ++expectedAttempts) {
        const RetryDecision decision
            = decideRetry(d.delivery, unavailable, expectedAttempts, first, at, &random);
        if (decision.exhausted) {
            break;
        }
        at = *decision.nextAttemptAt;
    }
    QVERIFY(expectedAttempts > 12); // six listed delays, then every 2 h (jittered) for the rest of the day

    w->start();
    WAIT_IDLE(idle, 0);
    int attempts = 1;
    QList<QDateTime> attemptedAt { first };
    for (;;) {
        const ActivationRecord a = stored(ids.first());
        QCOMPARE(a.attemptCount, attempts);
        if (a.status != ActivationStatus::Retrying) {
            break;
        }
        QVERIFY(*a.nextAttemptAt <= first.addSecs(86400));
        QVERIFY(attempts < 100);
        attemptedAt.append(*a.nextAttemptAt);
        WAKE_AT(w, idle, *a.nextAttemptAt);
        ++attempts;
    }
    const ActivationRecord a = stored(ids.first());
    QCOMPARE(toString(a.status), toString(ActivationStatus::Failed));
    QCOMPARE(a.attemptCount, expectedAttempts);
    QCOMPARE(m_fake->requestCount(), expectedAttempts);
    QVERIFY(a.firstAttemptAt);
    QCOMPARE(*a.firstAttemptAt, first);
    const auto last = recorded.last();
    QVERIFY(last.finalFailure);
    QVERIFY(last.message.contains(QLatin1String("replay")));
    const auto counters = m_storage->status(QStringLiteral("dest-1"), 48);
    QVERIFY(counters);
    QCOMPARE(counters->total.failed, qint64(1));

    // Against SPEC §6 itself, not the policy's own arithmetic: each wait at most its step of 5 s, 30 s, 2
    // min, 10 min, 30 min, 1 h, then 2 h (full jitter draws below it), every attempt within 24 h of the
    // first; so at least 1 + 6 + (86,400 - 6,535) / 7,200 = 18 attempts before giving up.
    const QList<qint64> stepsMs { 5'000, 30'000, 120'000, 600'000, 1'800'000, 3'600'000 };
    for (qsizetype i = 1; i < attemptedAt.size(); ++i) {
        const qint64 waited = attemptedAt.at(i - 1).msecsTo(attemptedAt.at(i));
        const qint64 step = i <= stepsMs.size() ? stepsMs.at(i - 1) : 7'200'000;
        QVERIFY2(waited >= 0 && waited <= step,
            qPrintable(QStringLiteral("wait %1: %2 ms, step %3 ms").arg(i).arg(waited).arg(step)));
    }
    QVERIFY(attemptedAt.constLast() <= first.addSecs(86400));
    QVERIFY2(attemptedAt.size() >= 18, qPrintable(QString::number(attemptedAt.size())));

    // Replayed once the endpoint works again: delivered, its 24 hours counted from the new attempt.
    status = 200;
    m_clock->advance(60 * 60 * 1000);
    const Expected<int> replayed = m_storage->replayFailed(QStringLiteral("dest-1"));
    QVERIFY(replayed);
    QCOMPARE(*replayed, 1);
    const int before = int(idle.count());
    w->wake();
    WAIT_IDLE(idle, before);
    const ActivationRecord delivered = stored(ids.first());
    QCOMPARE(toString(delivered.status), toString(ActivationStatus::Succeeded));
    QCOMPARE(delivered.attemptCount, expectedAttempts + 1);
    QVERIFY(delivered.firstAttemptAt);
    QCOMPARE(*delivered.firstAttemptAt, m_clock->now());
    QCOMPARE(m_fake->requestCount(), expectedAttempts + 1);
}

void TestDeliveryWorker::concurrencyIsRespected_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<int>("activations");
    QTest::newRow("3") << 3 << 10;
    // Qt opens at most six connections to a host per QNetworkAccessManager: 12 open at once (two managers),
    // rather than six on the wire and six waiting inside Qt with their deadlines running.
    QTest::newRow("12, above Qt's six per manager") << 12 << 36;
}

// With answers that take a while, never more than `concurrency` requests are open at once, and it is reached.
void TestDeliveryWorker::concurrencyIsRespected()
{
    QFETCH(int, concurrency);
    QFETCH(int, activations);
    // The first answers wait until `concurrency` requests are open: reaching it does not race a timer.
    m_fake->setHandler([concurrency](const FakeQualtrics::Request &) {
        FakeQualtrics::Reply reply;
        reply.holdUntilRequests = concurrency;
        reply.delayMs = 20;
        return reply;
    });
    Destination d = destination();
    d.delivery.concurrency = concurrency;
    const QStringList ids = insert(activations);
    auto w = worker(d);
    int open = 0;
    int maxOpen = 0;
    connect(
        m_fake.get(), &FakeQualtrics::requestReceived, this, [&] { maxOpen = std::max(maxOpen, ++open); });
    connect(m_fake.get(), &FakeQualtrics::replied, this, [&] { --open; });
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    w->start();
    WAIT_IDLE(idle, 0);
    QCOMPARE(m_fake->requestCount(), activations);
    QCOMPARE(maxOpen, concurrency);
    for (const QString &id : ids) {
        QCOMPARE(toString(stored(id).status), toString(ActivationStatus::Succeeded));
    }
}

// Several activations of one profile (qualified, changed, exited) go out one after the other, in the order
// they were made, while other profiles use the rest of the concurrency.
void TestDeliveryWorker::aProfilesActivationsAreNeverInFlightTogether()
{
    m_fake->setHandler([](const FakeQualtrics::Request &) {
        FakeQualtrics::Reply reply;
        reply.holdUntilRequests = 6; // Ann's first and the five others it leaves room for, all open at once
        reply.delayMs = 20;
        return reply;
    });
    Destination d = destination();
    d.delivery.concurrency = 6;
    QStringList annIds; // in the order they were made
    QHash<QString, QString> profileOf; // activation id -> profile key
    for (int i = 0; i < 9; ++i) {
        ActivationRecord a;
        a.id = ActivationRecord::newId();
        a.destinationId = d.id;
        // Ann's three activations first, then six other profiles: all are claimed in one batch.
        a.profileKey = i < 3 ? QStringLiteral("Email:ann@example.com")
                             : QStringLiteral("Email:other%1@example.com").arg(i);
        a.audiences = R"({"046456e3-18e1-48a6-9bda-d68547861283":"realized"})";
        a.createdAt = m_clock->now().addMSecs(i);
        a.payload = QByteArrayLiteral(R"({"n":)") + QByteArray::number(i) + '}';
        QVERIFY(m_storage->insertActivation(a));
        profileOf.insert(a.id, a.profileKey);
        if (i < 3) {
            annIds.append(a.id);
        }
    }
    auto w = worker(d);
    QHash<QString, int> openByProfile;
    int open = 0;
    int maxOpen = 0;
    int maxOpenForAnn = 0;
    QStringList annArrivals;
    connect(m_fake.get(), &FakeQualtrics::requestReceived, this, [&](int index) {
        const QString id = QString::fromUtf8(m_fake->requests().at(index).header("Idempotency-Key"));
        const QString profile = profileOf.value(id);
        maxOpen = std::max(maxOpen, ++open);
        const int forProfile = ++openByProfile[profile];
        if (profile == QStringLiteral("Email:ann@example.com")) {
            maxOpenForAnn = std::max(maxOpenForAnn, forProfile);
            annArrivals.append(id);
        }
    });
    connect(m_fake.get(), &FakeQualtrics::replied, this, [&](int index) {
        --open;
        --openByProfile[profileOf.value(
            QString::fromUtf8(m_fake->requests().at(index).header("Idempotency-Key")))];
    });
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    w->start();
    WAIT_IDLE(idle, 0);
    QCOMPARE(m_fake->requestCount(), 9);
    QCOMPARE(maxOpenForAnn, 1);
    QCOMPARE(annArrivals, annIds);
    QCOMPARE(maxOpen, 6); // the other profiles were not held back
}

// The worker's writes wait for the disk or for another writer in a thread of their own: meanwhile replies are
// still taken and requests still sent. Another connection holds the write lock from the first request on;
// every claimed activation still goes out, and its outcome is written once the lock is released.
void TestDeliveryWorker::keepsSendingWhileTheDatabaseIsLocked()
{
    m_fake->setHandler([](const FakeQualtrics::Request &) {
        FakeQualtrics::Reply reply;
        reply.delayMs = 10;
        return reply;
    });
    Destination d = destination();
    d.delivery.concurrency = 1;
    const QStringList ids = insert(20); // one claim
    OtherConnection other(m_dir->filePath(QStringLiteral("qad.sqlite")));
    QVERIFY(other.db.isOpen());
    {
        auto w = worker(d);
        other.atFirstRequest(m_fake.get(), QStringLiteral("BEGIN IMMEDIATE"));
        QSignalSpy idle(w.get(), &DeliveryWorker::idle);
        w->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->requestCount(), 20, 3000);
        QVERIFY(other.ranAtFirstRequest);
        for (const QString &id : ids) { // nothing could be written yet
            QCOMPARE(toString(stored(id).status), toString(ActivationStatus::Sending));
        }
        QVERIFY(other.exec(QStringLiteral("COMMIT")));
        WAIT_IDLE(idle, 0);
        for (const QString &id : ids) {
            const ActivationRecord a = stored(id);
            QCOMPARE(toString(a.status), toString(ActivationStatus::Succeeded));
            QCOMPARE(a.attemptCount, 1);
        }
    }
}

// A lock held past the busy timeout (another program's long transaction; a full disk takes the same way) is
// waited out while running: the outcomes of what was sent stay in memory and are written once the lock goes,
// nothing further is taken from the queue meanwhile, nothing is sent twice, and it is told once, then told
// when it works again. Takes the busy timeout (about 5 s) of real time: SQLite's, not the worker's clock.
void TestDeliveryWorker::aLockHeldPastTheBusyTimeoutIsWaitedOut()
{
    m_tuning.claimBatch = 10; // the second claim comes while the lock is held
    Destination d = destination();
    d.delivery.concurrency = 1;
    const QStringList ids = insert(20);
    OtherConnection other(m_dir->filePath(QStringLiteral("qad.sqlite")));
    QVERIFY(other.db.isOpen());
    {
        auto w = worker(d);
        other.atFirstRequest(m_fake.get(), QStringLiteral("BEGIN IMMEDIATE"));
        QSignalSpy waiting(w.get(), &DeliveryWorker::storageWaiting);
        QSignalSpy recovered(w.get(), &DeliveryWorker::storageRecovered);
        QSignalSpy fatal(w.get(), &DeliveryWorker::fatalError);
        QSignalSpy idle(w.get(), &DeliveryWorker::idle);
        w->start();
        QTRY_COMPARE_WITH_TIMEOUT(waiting.count(), 1, 20000);
        QVERIFY(other.ranAtFirstRequest);
        const QString told = waiting.first().first().toString();
        QVERIFY2(told.contains(QStringLiteral("locked")), qPrintable(told));
        QCOMPARE(fatal.count(), 0);
        QCOMPARE(m_fake->requestCount(), 10); // the first claim, sent; the second waits for the lock
        for (qsizetype i = 0; i < ids.size(); ++i) { // nothing could be written: claimed or not, as before
            QCOMPARE(toString(stored(ids.at(i)).status),
                toString(i < 10 ? ActivationStatus::Sending : ActivationStatus::Pending));
        }
        QVERIFY(other.exec(QStringLiteral("COMMIT")));
        QTRY_COMPARE_WITH_TIMEOUT(recovered.count(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(idle.count() > 0 && m_fake->requestCount() == 20, 20000);
        QCOMPARE(m_fake->requestCount(), 20); // each once
        for (const QString &id : ids) {
            const ActivationRecord a = stored(id);
            QCOMPARE(toString(a.status), toString(ActivationStatus::Succeeded));
            QCOMPARE(a.attemptCount, 1);
        }
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(fatal.count(), 0);
    }
}

// A 401 comes while another program holds the write lock past the busy timeout: the pause cannot be written
// and is held to be written later. The user resumes meanwhile (as `qadctl resume` would, once the lock is
// theirs): the resume stands, it is not written over by the older pause, and the queue is delivered.
void TestDeliveryWorker::aResumeGivenWhileAPauseWaitedToBeWrittenStands()
{
    const QString staleToken = QStringLiteral("tok-renewed-at-qualtrics");
    Destination d = destination();
    d.delivery.concurrency = 1;
    const QStringList ids = insert(3);
    OtherConnection other(m_dir->filePath(QStringLiteral("qad.sqlite")));
    QVERIFY(other.db.isOpen());
    {
        auto w = worker({ d }, staleToken);
        other.atFirstRequest(m_fake.get(), QStringLiteral("BEGIN IMMEDIATE"));
        QSignalSpy waiting(w.get(), &DeliveryWorker::storageWaiting);
        QSignalSpy paused(w.get(), &DeliveryWorker::destinationPaused);
        QSignalSpy resumed(w.get(), &DeliveryWorker::destinationResumed);
        QSignalSpy fatal(w.get(), &DeliveryWorker::fatalError);
        w->start();
        QTRY_COMPARE_WITH_TIMEOUT(waiting.count(), 1, 20000);
        QVERIFY(other.ranAtFirstRequest);
        QCOMPARE(paused.count(), 1);
        QCOMPARE(m_fake->requestCount(), 1);

        // The token is renewed at Qualtrics, and the user resumes after the pause was decided.
        m_fake->setCredentials(m_username, staleToken);
        m_clock->advance(1000);
        QVERIFY(
            other.exec(QStringLiteral("INSERT INTO destination_runtime (destination_id, state, reason, "
                                      "last_error, updated_at) VALUES ('dest-1', 'enabled', '', '', %1) "
                                      "ON CONFLICT (destination_id) DO UPDATE SET state = excluded.state, "
                                      "reason = '', last_error = '', updated_at = excluded.updated_at")
                           .arg(m_clock->now().toMSecsSinceEpoch())));
        QVERIFY(other.exec(QStringLiteral("COMMIT")));

        QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, 20000);
        for (const QString &id : ids) {
            QTRY_COMPARE_WITH_TIMEOUT(
                toString(stored(id).status), toString(ActivationStatus::Succeeded), kWaitMs);
        }
        QCOMPARE(m_fake->requestCount(), 4); // the refused one again, then the two others
        const auto runtime = m_storage->runtime(QStringLiteral("dest-1"));
        QVERIFY(runtime);
        QCOMPARE(runtime->state, QStringLiteral("enabled"));
        QCOMPARE(paused.count(), 1);
        QCOMPARE(fatal.count(), 0);
    }
}

// A batch run (storageRetryMs 0) does not wait for a lock nobody may release: the worker stops, and what it
// sent without writing stays `sending`, to be sent again at the next start.
void TestDeliveryWorker::withoutRetriesALockHeldPastTheBusyTimeoutStopsTheWorker()
{
    m_tuning.storageRetryMs = 0;
    Destination d = destination();
    d.delivery.concurrency = 1;
    const QStringList ids = insert(5);
    OtherConnection other(m_dir->filePath(QStringLiteral("qad.sqlite")));
    QVERIFY(other.db.isOpen());
    {
        auto w = worker(d);
        other.atFirstRequest(m_fake.get(), QStringLiteral("BEGIN IMMEDIATE"));
        QSignalSpy waiting(w.get(), &DeliveryWorker::storageWaiting);
        QSignalSpy fatal(w.get(), &DeliveryWorker::fatalError);
        // Released at once: the stopping worker lets its other queued writes end, which would wait too.
        connect(
            w.get(), &DeliveryWorker::fatalError, this, [&other] { other.exec(QStringLiteral("ROLLBACK")); });
        w->start();
        QTRY_COMPARE_WITH_TIMEOUT(fatal.count(), 1, 20000);
        QCOMPARE(waiting.count(), 0);
        QVERIFY2(fatal.first().first().toString().contains(QStringLiteral("locked")),
            qPrintable(fatal.first().first().toString()));
        QCOMPARE(m_fake->requestCount(), ids.size());
        // The first outcome's write failed: that activation is still `sending`. Writes handed over before
        // the stop still end (after the release) and record theirs.
        QCOMPARE(toString(stored(ids.first()).status), toString(ActivationStatus::Sending));
        for (const QString &id : ids) {
            const ActivationRecord a = stored(id);
            QVERIFY2(a.status == ActivationStatus::Sending || a.status == ActivationStatus::Succeeded,
                qPrintable(toString(a.status)));
        }
    }
}

// Only what SQLite tells as passing is waited out: an error that would come back every second (here an
// activation deleted by another program while it was being sent, so its outcome has no row to go to; a
// damaged or read-only database alike) stops the worker at once, saying why, rather than "waiting" for ever.
void TestDeliveryWorker::anErrorThatWouldNotPassStopsTheWorkerRatherThanWaiting()
{
    Destination d = destination();
    d.delivery.concurrency = 1;
    const QStringList ids = insert(3);
    OtherConnection other(m_dir->filePath(QStringLiteral("qad.sqlite")));
    QVERIFY(other.db.isOpen());
    {
        auto w = worker(d);
        other.atFirstRequest(
            m_fake.get(), QStringLiteral("DELETE FROM activations WHERE id = ?"), ids.first());
        QSignalSpy waiting(w.get(), &DeliveryWorker::storageWaiting);
        QSignalSpy fatal(w.get(), &DeliveryWorker::fatalError);
        w->start();
        QTRY_COMPARE_WITH_TIMEOUT(fatal.count(), 1, 10000);
        QVERIFY2(fatal.first().first().toString().contains(QStringLiteral("is not in the history")),
            qPrintable(fatal.first().first().toString()));
        QCOMPARE(waiting.count(), 0);
    }
}

// Ann qualifies, then exits; the qualification meets a 503. The exit waits (back in the queue, pending) until
// the qualification's retry has gone through, so Qualtrics hears them in order; Bob is not held back.
void TestDeliveryWorker::aRetryIsNotOvertakenByALaterActivationOfItsProfile()
{
    QString annQualified;
    m_fake->setHandler([&](const FakeQualtrics::Request &request) {
        FakeQualtrics::Reply reply;
        if (QString::fromUtf8(request.header("Idempotency-Key")) == annQualified
            && m_fake->requestCount() == 0) {
            reply.status = 503;
        }
        return reply;
    });
    Destination d = destination();
    QStringList made; // ann's qualification, ann's exit, bob's qualification
    for (const QString &profile : { QStringLiteral("Email:ann@example.com"),
             QStringLiteral("Email:ann@example.com"), QStringLiteral("Email:bob@example.com") }) {
        ActivationRecord a;
        a.id = ActivationRecord::newId();
        a.destinationId = d.id;
        a.profileKey = profile;
        a.audiences = R"({"046456e3-18e1-48a6-9bda-d68547861283":"realized"})";
        a.createdAt = m_clock->now().addMSecs(made.size());
        a.payload = QByteArrayLiteral(R"({"n":)") + QByteArray::number(made.size()) + '}';
        QVERIFY(m_storage->insertActivation(a));
        made.append(a.id);
    }
    annQualified = made.at(0);
    auto w = worker(d);
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    w->start();
    WAIT_IDLE(idle, 0);
    const auto keys = [&] {
        QStringList result;
        for (const FakeQualtrics::Request &request : m_fake->requests()) {
            result.append(QString::fromUtf8(request.header("Idempotency-Key")));
        }
        return result;
    };
    QCOMPARE(keys(), (QStringList { made.at(0), made.at(2) })); // the exit was not sent
    const ActivationRecord qualification = stored(made.at(0));
    QCOMPARE(toString(qualification.status), toString(ActivationStatus::Retrying));
    QCOMPARE(toString(stored(made.at(1)).status), toString(ActivationStatus::Pending));
    QCOMPARE(toString(stored(made.at(2)).status), toString(ActivationStatus::Succeeded));

    WAKE_AT(w, idle, *qualification.nextAttemptAt);
    QCOMPARE(keys(), (QStringList { made.at(0), made.at(2), made.at(0), made.at(1) }));
    for (const QString &id : made) {
        QCOMPARE(toString(stored(id).status), toString(ActivationStatus::Succeeded));
    }
}

void TestDeliveryWorker::aRetryIsNotOvertakenByItsProfilesExitUnderOtherIdentities_data()
{
    QTest::addColumn<bool>("exitWhileItWaits");
    QTest::addColumn<bool>("restart");
    QTest::newRow("claimed together") << false << false; // the worker keeps the order
    QTest::newRow("made while the qualification waits for its retry") << true << false; // the claim does
    QTest::newRow("made and sent by the next run") << true << true; // the database does
}

// A profile's activations go out in order (SPEC §6) whatever identities each was sent with. Ann qualifies
// with her email; her device id is added when she exits, so her exit's profile key (what the history shows
// and searches) is not her qualification's, but the change detection knows her (SPEC §5). Her qualification's
// first attempt gets a 503: her exit waits for its retry.
void TestDeliveryWorker::aRetryIsNotOvertakenByItsProfilesExitUnderOtherIdentities()
{
    QFETCH(bool, exitWhileItWaits);
    QFETCH(bool, restart);
    answerInTurn({ 503 });
    Destination d = destination();
    d.identities.append(IdentityMapping { QStringLiteral("ECID"), IdentityTarget::ExternalId });
    d.exportOn = ExportOn::MembershipOnly;
    const auto update = [&d](const QString &status, const QString &ecid) {
        QJsonObject identityMap { { QStringLiteral("Email"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("ann@example.com") } } } } };
        if (!ecid.isEmpty()) {
            identityMap.insert(
                QStringLiteral("ECID"), QJsonArray { QJsonObject { { QStringLiteral("id"), ecid } } });
        }
        const QJsonObject audience { { QStringLiteral("status"), status },
            { QStringLiteral("lastQualificationTime"), QStringLiteral("2023-11-14T22:00:00Z") } };
        return QJsonDocument(QJsonObject { { QStringLiteral("identityMap"), identityMap },
                                 { QStringLiteral("segmentMembership"),
                                     QJsonObject { { QStringLiteral("ups"),
                                         QJsonObject { { d.audiences.first().id, audience } } } } } })
            .toJson(QJsonDocument::Compact);
    };
    // As `qadctl run --source -` reads them; a new ingestor is a new process, which finds Ann in the
    // database.
    auto ingestor = std::make_unique<Ingestor>(*m_storage, QList<Destination> { d }, m_clock.get());
    qint64 lines = 0;
    const auto ingested = [&](const QByteArray &line) {
        SourceRecord record;
        record.bytes = line;
        record.line = ++lines;
        record.after = SourcePosition { QStringLiteral("-"), 0, lines * 1000, lines };
        const auto result = ingestor->ingest({ record }, QStringLiteral("-"));
        if (!result) {
            qWarning("ingest: %s", qPrintable(result.error().message));
        }
        return result && result->activations == 1;
    };
    const auto newest = [&] {
        const auto activations = m_storage->activations({ d.id, std::nullopt, 1 });
        return activations && !activations->isEmpty() ? activations->constFirst().id : QString();
    };
    QVERIFY(ingested(update(QStringLiteral("realized"), {})));
    const QString qualification = newest();
    QString exit;
    if (!exitWhileItWaits) {
        QVERIFY(ingested(update(QStringLiteral("exited"), QStringLiteral("ecid-1"))));
        exit = newest();
    }

    auto w = worker(d);
    auto idle = std::make_unique<QSignalSpy>(w.get(), &DeliveryWorker::idle);
    w->start();
    WAIT_IDLE(*idle, 0);
    QCOMPARE(toString(stored(qualification).status), toString(ActivationStatus::Retrying));
    if (exitWhileItWaits) {
        if (restart) {
            QSignalSpy stopped(w.get(), &DeliveryWorker::stopped);
            w->stop();
            QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, kWaitMs);
            idle.reset();
            w.reset();
            ingestor = std::make_unique<Ingestor>(*m_storage, QList<Destination> { d }, m_clock.get());
        }
        QVERIFY(ingested(update(QStringLiteral("exited"), QStringLiteral("ecid-1"))));
        exit = newest();
        if (restart) {
            w = worker(d);
            idle = std::make_unique<QSignalSpy>(w.get(), &DeliveryWorker::idle);
            w->start();
            WAIT_IDLE(*idle, 0);
        } else {
            const qsizetype idleBefore = idle->count();
            w->wake();
            WAIT_IDLE(*idle, idleBefore);
        }
    }
    QCOMPARE(stored(exit).profileKey, QStringLiteral("Email:ann@example.com|external_id:ecid-1"));
    QCOMPARE(stored(qualification).profileKey, QStringLiteral("Email:ann@example.com"));

    const auto keys = [&] {
        QStringList result;
        for (const FakeQualtrics::Request &request : m_fake->requests()) {
            result.append(QString::fromUtf8(request.header("Idempotency-Key")));
        }
        return result;
    };
    QCOMPARE(keys(), QStringList { qualification }); // the exit was not sent
    const ActivationRecord waiting = stored(qualification);
    QCOMPARE(toString(waiting.status), toString(ActivationStatus::Retrying));
    QCOMPARE(toString(stored(exit).status), toString(ActivationStatus::Pending));

    WAKE_AT(w, *idle, *waiting.nextAttemptAt);
    QCOMPARE(keys(), (QStringList { qualification, qualification, exit }));
    QCOMPARE(toString(stored(qualification).status), toString(ActivationStatus::Succeeded));
    QCOMPARE(toString(stored(exit).status), toString(ActivationStatus::Succeeded));
}

// 60 per minute: one request, then one more each time the clock moves a second.
void TestDeliveryWorker::rateLimitIsRespected()
{
    Destination d = destination();
    d.delivery.rateLimitPerMinute = 60;
    const QStringList ids = insert(3);
    auto w = worker(d);
    EventLog recorded(w.get());
    QSignalSpy requests(m_fake.get(), &FakeQualtrics::requestReceived);
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    w->start();
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, kWaitMs);
    QVERIFY(!requests.wait(300)); // the worker keeps polling; the clock has not moved
    QCOMPARE(m_fake->requestCount(), 1);

    m_clock->advance(999);
    w->wake();
    QVERIFY(!requests.wait(300));
    QCOMPARE(m_fake->requestCount(), 1);

    m_clock->advance(1);
    w->wake();
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 2, kWaitMs);
    QVERIFY(!requests.wait(300));
    QCOMPARE(m_fake->requestCount(), 2);

    m_clock->advance(1000);
    w->wake();
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 3, kWaitMs);
    WAIT_IDLE(idle, 0);
    for (const QString &id : ids) {
        QCOMPARE(toString(stored(id).status), toString(ActivationStatus::Succeeded));
    }
}

// A 429 holds the whole destination for Retry-After: the per-minute limit is the account's.
void TestDeliveryWorker::rateLimitedAnswerHoldsTheDestination()
{
    FakeQualtrics::Reply tooMany;
    tooMany.status = 429;
    tooMany.retryAfter = "30";
    m_fake->enqueue(tooMany);
    Destination d = destination();
    d.delivery.concurrency = 1;
    const QStringList ids = insert(3);
    auto w = worker(d);
    EventLog recorded(w.get());
    QSignalSpy requests(m_fake.get(), &FakeQualtrics::requestReceived);
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    w->start();
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, kWaitMs);
    QVERIFY(!requests.wait(300));
    QCOMPARE(m_fake->requestCount(), 1);
    QCOMPARE(idle.count(), 0); // work is waiting, not done

    m_clock->advance(29'000);
    w->wake();
    QVERIFY(!requests.wait(300));
    QCOMPARE(m_fake->requestCount(), 1);

    m_clock->advance(1000);
    w->wake();
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 4, kWaitMs);
    WAIT_IDLE(idle, 0);
    for (const QString &id : ids) {
        QCOMPARE(toString(stored(id).status), toString(ActivationStatus::Succeeded));
    }
}

// Qualtrics' 3,000 calls a minute are the account's (SPEC §2): two destinations sending as the same user
// share one budget, in one worker (qadctl) as in two (qad runs one per destination).
void TestDeliveryWorker::destinationsOfOneAccountShareItsRateLimit_data()
{
    QTest::addColumn<bool>("twoWorkers");
    QTest::newRow("one worker") << false;
    QTest::newRow("a worker each") << true;
}

void TestDeliveryWorker::destinationsOfOneAccountShareItsRateLimit()
{
    QFETCH(bool, twoWorkers);
    Destination first = destination(QStringLiteral("dest-1"));
    Destination second = destination(QStringLiteral("dest-2"));
    first.delivery.rateLimitPerMinute = 60;
    second.delivery.rateLimitPerMinute = 60;
    const QStringList ids = insert(2, first.id) + insert(2, second.id);
    std::vector<std::unique_ptr<DeliveryWorker>> workers;
    if (twoWorkers) {
        workers.push_back(worker({ first }, m_token));
        workers.push_back(worker({ second }, m_token));
    } else {
        workers.push_back(worker({ first, second }, m_token));
    }
    QSignalSpy requests(m_fake.get(), &FakeQualtrics::requestReceived);
    for (const auto &w : workers) {
        w->start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->requestCount(), 1, kWaitMs);
    QVERIFY(!requests.wait(300));
    QCOMPARE(m_fake->requestCount(), 1); // one a second for the account, not one for each destination

    for (int sent = 2; sent <= 4; ++sent) {
        m_clock->advance(1000);
        for (const auto &w : workers) {
            w->wake();
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->requestCount(), sent, kWaitMs);
        QVERIFY(!requests.wait(300));
        QCOMPARE(m_fake->requestCount(), sent);
    }
    for (const QString &id : ids) {
        QTRY_COMPARE_WITH_TIMEOUT(
            toString(stored(id).status), toString(ActivationStatus::Succeeded), kWaitMs);
    }
}

// Another Qualtrics user has a budget of its own.
void TestDeliveryWorker::anotherAccountKeepsItsOwnRateLimit()
{
    Destination first = destination(QStringLiteral("dest-1"));
    Destination second = destination(QStringLiteral("dest-2"));
    second.username = QStringLiteral("marketing@example.com#brand");
    first.delivery.rateLimitPerMinute = 60;
    second.delivery.rateLimitPerMinute = 60;
    insert(2, first.id);
    insert(2, second.id);
    auto w = worker({ first, second }, m_token);
    QSignalSpy requests(m_fake.get(), &FakeQualtrics::requestReceived);
    w->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->requestCount(), 2, kWaitMs);
    QVERIFY(!requests.wait(300));
    QCOMPARE(m_fake->requestCount(), 2); // one for each user, the clock not moved
}

// A 429 to one destination holds every destination of the account until its Retry-After.
void TestDeliveryWorker::rateLimitedAnswerHoldsTheWholeAccount()
{
    FakeQualtrics::Reply tooMany;
    tooMany.status = 429;
    tooMany.retryAfter = "30";
    m_fake->enqueue(tooMany);
    Destination first = destination(QStringLiteral("dest-1"));
    Destination second = destination(QStringLiteral("dest-2"));
    first.delivery.concurrency = 1;
    second.delivery.concurrency = 1;
    const QStringList ids = insert(2, first.id) + insert(2, second.id);
    auto w = worker({ first, second }, m_token);
    QSignalSpy requests(m_fake.get(), &FakeQualtrics::requestReceived);
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    w->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->requestCount(), 2, kWaitMs); // one each: the first is refused
    QVERIFY(!requests.wait(500));
    QCOMPARE(m_fake->requestCount(), 2); // the other destination holds too

    m_clock->advance(29'000);
    w->wake();
    QVERIFY(!requests.wait(300));
    QCOMPARE(m_fake->requestCount(), 2);

    m_clock->advance(1000);
    w->wake();
    WAIT_IDLE(idle, 0);
    QCOMPARE(m_fake->requestCount(), 5);
    for (const QString &id : ids) {
        QCOMPARE(toString(stored(id).status), toString(ActivationStatus::Succeeded));
    }
}

// stop() lets the open requests finish and writes their outcomes; claimed but unsent ones stay `sending` and
// are delivered by the next worker (recovered at start).
void TestDeliveryWorker::stopWaitsForInFlightAndRecordsThem()
{
    m_fake->setHandler([](const FakeQualtrics::Request &) {
        FakeQualtrics::Reply reply;
        reply.delayMs = 300;
        return reply;
    });
    Destination d = destination();
    d.delivery.concurrency = 3;
    const QStringList ids = insert(5);
    {
        auto w = worker(d);
        EventLog recorded(w.get());
        QSignalSpy stopped(w.get(), &DeliveryWorker::stopped);
        int recordedWhenStopped = -1;
        connect(
            w.get(), &DeliveryWorker::stopped, this, [&] { recordedWhenStopped = int(recorded.count()); });
        w->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->requestCount(), 3, kWaitMs);
        QCOMPARE(recorded.count(), 0);
        w->stop();
        QVERIFY(stopped.wait(kWaitMs));
        QCOMPARE(recordedWhenStopped, 3);
        QCOMPARE(stopped.count(), 1);
    }
    QCOMPARE(m_fake->requestCount(), 3);
    // The two claimed and never sent are pending again, not shown `sending` until the next start.
    int succeeded = 0;
    for (const QString &id : ids) {
        const ActivationStatus status = stored(id).status;
        QVERIFY2(status == ActivationStatus::Succeeded || status == ActivationStatus::Pending,
            qPrintable(toString(status)));
        succeeded += status == ActivationStatus::Succeeded ? 1 : 0;
    }
    QCOMPARE(succeeded, 3);

    auto next = worker(d);
    QSignalSpy idle(next.get(), &DeliveryWorker::idle);
    next->start();
    WAIT_IDLE(idle, 0);
    QCOMPARE(m_fake->requestCount(), 5); // each sent once in all
    for (const QString &id : ids) {
        QCOMPARE(toString(stored(id).status), toString(ActivationStatus::Succeeded));
    }
}

// Activations that come one at a time, each answered before the next (a few a second, a followed file), have
// their outcomes written in one transaction when the flush interval ends, not one transaction each; idle()
// waits for that write.
void TestDeliveryWorker::outcomesOfATrickleAreWrittenTogether()
{
    m_tuning.flushIntervalMs = 2000;
    auto w = worker(destination());
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    int batches = 0;
    connect(w.get(), &DeliveryWorker::attemptsRecorded, this, [&batches] { ++batches; });
    QStringList statusesWhenIdle;
    QStringList ids;
    connect(w.get(), &DeliveryWorker::idle, this, [&] {
        for (const QString &id : std::as_const(ids)) {
            statusesWhenIdle.append(toString(stored(id).status));
        }
    });
    ids = insert(1, QStringLiteral("dest-1"), 0);
    w->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->requestCount(), 1, kWaitMs);
    QTest::qWait(100); // its answer is in
    ids += insert(1, QStringLiteral("dest-1"), 1);
    w->wake();
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->requestCount(), 2, kWaitMs);
    WAIT_IDLE(idle, 0);

    QCOMPARE(batches, 1);
    const QString succeeded = toString(ActivationStatus::Succeeded);
    QCOMPARE(statusesWhenIdle, QStringList({ succeeded, succeeded }));
}

void TestDeliveryWorker::sendingActivationsAreSentAgainAfterACrash()
{
    const QStringList ids = insert(4);
    {
        // A worker that claimed them and died before any outcome was written.
        SqliteStorage crashed(m_dir->path());
        QVERIFY(crashed.open());
        const auto claimed = crashed.claimDue({ QStringLiteral("dest-1") }, m_clock->now(), 10);
        QVERIFY(claimed);
        QCOMPARE(claimed->size(), 4);
    }
    for (const QString &id : ids) {
        QCOMPARE(toString(stored(id).status), toString(ActivationStatus::Sending));
    }
    auto w = worker(destination());
    QSignalSpy idle(w.get(), &DeliveryWorker::idle);
    w->start();
    WAIT_IDLE(idle, 0);
    QCOMPARE(m_fake->requestCount(), 4);
    for (const QString &id : ids) {
        QCOMPARE(toString(stored(id).status), toString(ActivationStatus::Succeeded));
    }
}

// As the application runs it: in a QThread, started and stopped through queued calls, reporting through
// queued signals.
void TestDeliveryWorker::runsInItsOwnThread()
{
    const QStringList ids = insert(8);
    QThread thread;
    DeliveryWorker *w = workerIn(thread);
    int idle = 0;
    int stopped = 0;
    QSet<QString> recorded;
    QThread *workerThread = nullptr;
    connect(
        w, &DeliveryWorker::started, this, [&] { workerThread = QThread::currentThread(); },
        Qt::DirectConnection);
    connect(w, &DeliveryWorker::idle, this, [&] { ++idle; });
    connect(w, &DeliveryWorker::stopped, this, [&] { ++stopped; });
    connect(w, &DeliveryWorker::attemptsRecorded, this, [&](const QList<DeliveryEvent> &events) {
        QVERIFY(QThread::currentThread() == this->thread());
        for (const DeliveryEvent &event : events) {
            if (event.succeeded) {
                recorded.insert(event.activationId);
            }
        }
    });
    thread.start();
    QMetaObject::invokeMethod(w, &DeliveryWorker::start, Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(idle > 0, kWaitMs);
    QCOMPARE(recorded.size(), 8);
    QVERIFY(workerThread == &thread);
    for (const QString &id : ids) {
        QCOMPARE(toString(stored(id).status), toString(ActivationStatus::Succeeded));
    }
    QMetaObject::invokeMethod(w, &DeliveryWorker::stop, Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(stopped, 1, kWaitMs);
    thread.quit();
    QVERIFY(thread.wait(kWaitMs));
}

namespace {
// This process's threads (Linux): name → the CPUs each one may run on ("0", "0-1"), one entry per thread.
QMultiHash<QByteArray, QString> threadCpus()
{
    QMultiHash<QByteArray, QString> cpus;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile status(tasks.filePath(tid + QStringLiteral("/status")));
        if (!comm.open(QIODevice::ReadOnly) || !status.open(QIODevice::ReadOnly)) {
            continue; // ended meanwhile
        }
        const QByteArray name = comm.readAll().trimmed();
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Cpus_allowed_list:")) {
                cpus.insert(name, QString::fromLatin1(line.mid(18).trimmed()));
            }
        }
    }
    return cpus;
}

// "0-2,5" (a Cpus_allowed_list) → { 0, 1, 2, 5 }.
QSet<int> cpuSet(const QString &list)
{
    QSet<int> cpus;
    for (const QString &range : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = range.split(QLatin1Char('-'));
        for (int cpu = ends.first().toInt(); cpu <= ends.last().toInt(); ++cpu) {
            cpus.insert(cpu);
        }
    }
    return cpus;
}
} // namespace

void TestDeliveryWorker::theNetworkThreadKeepsToTheWorkersCpu_data()
{
    QTest::addColumn<bool>("keepCreatorOff");
    QTest::newRow("in qad") << false;
    QTest::newRow("qadctl run") << true;
}

// Qt's network thread runs on the worker's CPU: each request crosses between the two four times, and a
// wake-up on the same CPU is much cheaper (README, Performance). The worker's writing thread keeps off that
// CPU, and so does the thread that made the worker when asked (`qadctl run`): they would take turns with
// delivery there.
void TestDeliveryWorker::theNetworkThreadKeepsToTheWorkersCpu()
{
#ifndef Q_OS_LINUX
    QSKIP("CPU placement is done on Linux only");
#endif
    QFETCH(bool, keepCreatorOff);
    const int cpus = allowedCpuCount();
    if (cpus < 2) {
        QSKIP("one CPU: nothing to keep together");
    }
    const QString everyCpu = threadCpus().value("tst_deliverywor"); // the test's own thread, as it started
    QVERIFY(!everyCpu.isEmpty());
    cpu_set_t before;
    QCOMPARE(sched_getaffinity(0, sizeof(before), &before), 0);
    const auto restored = qScopeGuard([&before] { sched_setaffinity(0, sizeof(before), &before); });
    m_tuning.colocateUpToCpus = cpus;
    m_tuning.keepCreatorOffItsCpu = keepCreatorOff;
    insert(4);
    QThread thread;
    thread.setObjectName(QStringLiteral("qad-test-worker"));
    DeliveryWorker *w = workerIn(thread); // made here: this thread is its creator
    int idle = 0;
    int stopped = 0;
    connect(w, &DeliveryWorker::idle, this, [&] { ++idle; });
    connect(w, &DeliveryWorker::stopped, this, [&] { ++stopped; });
    thread.start();
    const auto joined = qScopeGuard([&thread] { // also when a check below fails
        thread.quit();
        thread.wait(kWaitMs);
    });
    QMetaObject::invokeMethod(w, &DeliveryWorker::start, Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(idle > 0, kWaitMs);
    QCOMPARE(m_fake->requestCount(), 4);

    const QMultiHash<QByteArray, QString> now = threadCpus();
    const QSet<int> workerCpu = cpuSet(now.value("qad-test-worker"));
    QCOMPARE(workerCpu.size(), 1);
    const QStringList network = now.values("QNetworkAccessM");
    QVERIFY(!network.isEmpty());
    for (const QString &cpu : network) {
        QCOMPARE(cpuSet(cpu), workerCpu);
    }
    const QSet<int> others = cpuSet(everyCpu) - workerCpu;
    QCOMPARE(others.size(), cpus - 1);
    QCOMPARE(cpuSet(now.value("qad-outbox")), others);
    QCOMPARE(cpuSet(now.value("tst_deliverywor")), keepCreatorOff ? others : cpuSet(everyCpu));

    QMetaObject::invokeMethod(w, &DeliveryWorker::stop, Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(stopped, 1, kWaitMs);
}

QTEST_GUILESS_MAIN(TestDeliveryWorker)
#include "tst_deliveryworker.moc"
