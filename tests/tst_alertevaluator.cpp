#include "alerts/alertevaluator.h"
#include "storage/sqlitestorage.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace qad;

namespace {

const QString kStart = QStringLiteral("flow_run_start");
const QString kSuccess = QStringLiteral("flow_run_success");
const QString kFailure = QStringLiteral("flow_run_failure");
const QString kDelay = QStringLiteral("flow_run_delay");
const QString kSkipped = QStringLiteral("activation_skipped_rate_exceeded");
const QString kAuth = QStringLiteral("authentication_failed");

constexpr qint64 kMinute = 60 * 1000;

// Subscribed to `type` only (or to everything but `type`), default thresholds.
Destination destination(const QString &type, bool subscribed = true)
{
    Destination d;
    d.id = QStringLiteral("dest-alerts");
    d.name = QStringLiteral("Customer survey");
    AlertSettings &a = d.alerts;
    a.flowRunStart = (type == kStart) == subscribed;
    a.flowRunSuccess = (type == kSuccess) == subscribed;
    a.flowRunFailure = (type == kFailure) == subscribed;
    a.flowRunDelay = (type == kDelay) == subscribed;
    a.skippedRateExceeded = (type == kSkipped) == subscribed;
    a.authenticationFailed = (type == kAuth) == subscribed;
    return d;
}

QDateTime startOfHour(const QDateTime &at)
{
    return QDateTime(at.date(), QTime(at.time().hour(), 0), Qt::UTC);
}

QList<AlertRecord> ofType(const QList<AlertRecord> &alerts, const QString &type)
{
    QList<AlertRecord> matching;
    std::copy_if(alerts.cbegin(), alerts.cend(), std::back_inserter(matching),
        [&](const AlertRecord &a) { return a.type == type; });
    return matching;
}

} // namespace

class TestAlertEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void raisesWhenDue_data();
    void raisesWhenDue();
    void notTwiceWithinTheHour_data();
    void notTwiceWithinTheHour();
    void successNeedsACleanBusyHour();
    void delayHonoursTheThreshold();
    void skippedRateHonoursTheThreshold();
    void skippedRateCountsTheHourBefore();
    void skippedRateWeighsTheHourBeforeJustAfterTheHour();
    void authenticationMessageSaysWhatToDo();

private:
    // Activity as the engine records it: `received` profiles at `at`, `excluded` of them excluded, the rest
    // activations; returns the activations' ids.
    QStringList ingest(const Destination &d, int received, int excluded, const QDateTime &at);
    void deliver(const QStringList &ids, ActivationStatus next, const QDateTime &at);
    // Makes `type` due now and asks the evaluator, as the engine would.
    QList<AlertRecord> trigger(const Destination &d, const QString &type);
    QList<AlertRecord> open(const QString &type);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStorage> m_storage;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AlertEvaluator> m_evaluator;
};

void TestAlertEvaluator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_storage = std::make_unique<SqliteStorage>(m_dir->path());
    const Status opened = m_storage->open();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 15), QTime(10, 30), Qt::UTC));
    m_evaluator = std::make_unique<AlertEvaluator>(*m_storage, m_clock.get());
}

void TestAlertEvaluator::cleanup()
{
    m_evaluator.reset();
    m_storage.reset();
    m_dir.reset();
}

QStringList TestAlertEvaluator::ingest(const Destination &d, int received, int excluded, const QDateTime &at)
{
    IngestBatch batch;
    QStringList ids;
    for (int i = 0; i < received; ++i) {
        const QString key = QStringLiteral("Email:p%1-%2@example.com").arg(at.toMSecsSinceEpoch()).arg(i);
        if (i < excluded) {
            batch.exclusions.append(
                { d.id, key, QStringLiteral("hashed_email"), QStringLiteral("hashed"), at, false });
            continue;
        }
        ActivationRecord a;
        a.id = ActivationRecord::newId();
        a.destinationId = d.id;
        a.profileKey = key;
        a.audiences = R"({"a":"realized"})";
        a.createdAt = at;
        a.payload = "{}";
        ids.append(a.id);
        batch.activations.append(a);
    }
    batch.received.insert(d.id, received);
    const Status committed = m_storage->commitIngest(batch);
    if (!committed) {
        qFatal("commitIngest: %s", qPrintable(committed.error().message));
    }
    return ids;
}

void TestAlertEvaluator::deliver(const QStringList &ids, ActivationStatus next, const QDateTime &at)
{
    QList<AttemptOutcome> outcomes;
    for (const QString &id : ids) {
        AttemptOutcome o;
        o.attempt.activationId = id;
        o.attempt.startedAt = at;
        o.attempt.durationMs = 120;
        o.attempt.httpStatus = next == ActivationStatus::Succeeded ? 202 : 404;
        o.attempt.outcome.cls
            = next == ActivationStatus::Succeeded ? OutcomeClass::Succeeded : OutcomeClass::Failed;
        o.attempt.outcome.code
            = next == ActivationStatus::Succeeded ? QStringLiteral("ok") : QStringLiteral("http_404");
        o.next = next;
        outcomes.append(o);
    }
    const Status recorded = m_storage->recordAttempts(outcomes);
    if (!recorded) {
        qFatal("recordAttempts: %s", qPrintable(recorded.error().message));
    }
}

QList<AlertRecord> TestAlertEvaluator::trigger(const Destination &d, const QString &type)
{
    const QDateTime now = m_clock->now();
    if (type == kStart) {
        return m_evaluator->runStarted(d);
    }
    if (type == kFailure) {
        return m_evaluator->activationFailed(d, QStringLiteral("act-1"),
            QStringLiteral("Qualtrics answered 404: the URL is not a JSON event."));
    }
    if (type == kAuth) {
        return m_evaluator->authenticationFailed(d, QStringLiteral("HTTP 401"));
    }
    if (type == kSuccess) {
        // Delivered without failure in the hour that just closed.
        const QDateTime lastHour = startOfHour(now).addSecs(-3600).addSecs(30 * 60);
        deliver(ingest(d, 3, 0, lastHour), ActivationStatus::Succeeded, lastHour.addSecs(1));
    } else if (type == kDelay) {
        ingest(d, 1, 0, now.addMSecs(-(d.alerts.flowRunDelayMinutes + 1) * kMinute)); // still pending
    } else if (type == kSkipped) {
        ingest(d, 10, 5, now);
    }
    return m_evaluator->evaluate(d);
}

QList<AlertRecord> TestAlertEvaluator::open(const QString &type)
{
    const auto alerts = m_storage->openAlerts(QStringLiteral("dest-alerts"));
    if (!alerts) {
        qFatal("openAlerts: %s", qPrintable(alerts.error().message));
    }
    return ofType(*alerts, type);
}

void TestAlertEvaluator::raisesWhenDue_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("subscribed");
    for (const QString &type : { kStart, kSuccess, kFailure, kDelay, kSkipped, kAuth }) {
        QTest::addRow("%s subscribed", qPrintable(type)) << type << true;
        QTest::addRow("%s not subscribed", qPrintable(type)) << type << false;
    }
}

void TestAlertEvaluator::raisesWhenDue()
{
    QFETCH(QString, type);
    QFETCH(bool, subscribed);

    const Destination d = destination(type, subscribed);
    const QList<AlertRecord> raised = ofType(trigger(d, type), type);
    QCOMPARE(raised.size(), subscribed ? 1 : 0);
    QCOMPARE(open(type).size(), subscribed ? 1 : 0);
    if (subscribed) {
        const AlertRecord &alert = raised.constFirst();
        QVERIFY(alert.id > 0);
        QCOMPARE(alert.destinationId, d.id);
        QCOMPARE(alert.raisedAt, m_clock->now());
        QVERIFY2(alert.message.contains(d.name), qPrintable(alert.message));
        QCOMPARE(open(type).constFirst().message, alert.message);
    }
}

void TestAlertEvaluator::notTwiceWithinTheHour_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("againAfterAcknowledge");
    QTest::newRow("flow run start") << kStart << true;
    QTest::newRow("flow run failure") << kFailure << true;
    QTest::newRow("flow run delay") << kDelay << true;
    QTest::newRow("skipped rate") << kSkipped << true;
    QTest::newRow("authentication failed") << kAuth << true;
    // It reports an hour: that hour was reported, acknowledged or not.
    QTest::newRow("flow run success") << kSuccess << false;
}

void TestAlertEvaluator::notTwiceWithinTheHour()
{
    QFETCH(QString, type);
    QFETCH(bool, againAfterAcknowledge);

    const Destination d = destination(type);
    QCOMPARE(ofType(trigger(d, type), type).size(), 1);
    m_clock->advance(20 * kMinute);
    QCOMPARE(ofType(trigger(d, type), type).size(), 0);
    QCOMPARE(open(type).size(), 1);

    // An hour after it was raised, still due: raised again.
    m_clock->advance(41 * kMinute);
    QCOMPARE(ofType(trigger(d, type), type).size(), 1);
    QCOMPARE(open(type).size(), 2);

    // Acknowledged: the next one is news, whenever it comes.
    for (const AlertRecord &alert : open(type)) {
        QVERIFY(m_storage->acknowledgeAlert(alert.id).ok());
    }
    QCOMPARE(open(type).size(), 0);
    m_clock->advance(kMinute);
    QCOMPARE(ofType(trigger(d, type), type).size(), againAfterAcknowledge ? 1 : 0);
}

void TestAlertEvaluator::successNeedsACleanBusyHour()
{
    const Destination d = destination(kSuccess);
    const QDateTime lastHour = startOfHour(m_clock->now()).addSecs(-3600 + 10 * 60);

    QVERIFY2(ofType(m_evaluator->evaluate(d), kSuccess).isEmpty(), "no activity: no success");

    // One permanent failure in the hour: no success for it.
    const QStringList ids = ingest(d, 4, 0, lastHour);
    deliver(ids.mid(0, 3), ActivationStatus::Succeeded, lastHour.addSecs(5));
    deliver(ids.mid(3), ActivationStatus::Failed, lastHour.addSecs(6));
    QVERIFY(ofType(m_evaluator->evaluate(d), kSuccess).isEmpty());

    // The next hour closes clean.
    m_clock->advance(60 * kMinute);
    const QDateTime next = lastHour.addSecs(3600);
    deliver(ingest(d, 2, 0, next), ActivationStatus::Succeeded, next.addSecs(5));
    QCOMPARE(ofType(m_evaluator->evaluate(d), kSuccess).size(), 1);
}

void TestAlertEvaluator::delayHonoursTheThreshold()
{
    Destination d = destination(kDelay);
    d.alerts.flowRunDelayMinutes = 30;
    ingest(d, 1, 0, m_clock->now().addMSecs(-29 * kMinute));
    QVERIFY(ofType(m_evaluator->evaluate(d), kDelay).isEmpty());
    m_clock->advance(2 * kMinute);
    const QList<AlertRecord> raised = ofType(m_evaluator->evaluate(d), kDelay);
    QCOMPARE(raised.size(), 1);
    QVERIFY2(raised.constFirst().message.contains(u"31"), qPrintable(raised.constFirst().message));

    // Delivered: nothing is late any more.
    QVERIFY(m_storage->acknowledgeAlert(raised.constFirst().id).ok());
    const auto claimed = m_storage->claimDue({ d.id }, m_clock->now(), 10);
    QVERIFY2(claimed.ok(), qPrintable(claimed.error().message));
    QStringList ids;
    for (const ActivationRecord &a : *claimed) {
        ids.append(a.id);
    }
    deliver(ids, ActivationStatus::Succeeded, m_clock->now());
    QVERIFY(ofType(m_evaluator->evaluate(d), kDelay).isEmpty());
}

void TestAlertEvaluator::skippedRateHonoursTheThreshold()
{
    Destination d = destination(kSkipped);
    d.alerts.skippedRatePercent = 2.0;
    ingest(d, 100, 2, m_clock->now()); // 2 %: at the threshold, not above
    QVERIFY(ofType(m_evaluator->evaluate(d), kSkipped).isEmpty());
    ingest(d, 100, 3, m_clock->now()); // 5 of 200 = 2.5 %
    const QList<AlertRecord> raised = ofType(m_evaluator->evaluate(d), kSkipped);
    QCOMPARE(raised.size(), 1);
    QVERIFY2(raised.constFirst().message.contains(u"2.5%"), qPrintable(raised.constFirst().message));
    QVERIFY2(raised.constFirst().message.contains(u"(5 of 200;"), qPrintable(raised.constFirst().message));
    // Where to read why: the command that lists the exclusions, and the overview's list.
    QVERIFY2(
        raised.constFirst().message.contains(QStringLiteral("qadctl history %1 --status excluded").arg(d.id)),
        qPrintable(raised.constFirst().message));
    QVERIFY2(raised.constFirst().message.contains(u"Excluded and rejected"),
        qPrintable(raised.constFirst().message));

    // Half an hour into the next hour the window holds half of the hour before: 2.5 (rounded to 3) of
    // 100 + 100 = 1.5 %, under the threshold.
    QVERIFY(m_storage->acknowledgeAlert(raised.constFirst().id).ok());
    m_clock->advance(60 * kMinute);
    ingest(d, 100, 0, m_clock->now());
    QVERIFY(ofType(m_evaluator->evaluate(d), kSkipped).isEmpty());
}

void TestAlertEvaluator::skippedRateCountsTheHourBefore()
{
    Destination d = destination(kSkipped);
    d.alerts.skippedRatePercent = 10.0;
    const QDateTime ten = QDateTime(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC);
    ingest(d, 100, 50, ten.addSecs(-30 * 60)); // 09:30, a bad hour

    // Five seconds into the new hour, nothing received in it yet: the last hour is still the bad one.
    m_clock->set(ten.addSecs(5));
    const QList<AlertRecord> raised = ofType(m_evaluator->evaluate(d), kSkipped);
    QCOMPARE(raised.size(), 1);
    QVERIFY2(raised.constFirst().message.contains(u"50.0% of the profiles received over the last hour"),
        qPrintable(raised.constFirst().message));
    QVERIFY2(
        raised.constFirst().message.contains(u"(about 50 of 100;"), qPrintable(raised.constFirst().message));

    // At 10:45 a quarter of the hour before is still in the window: 12.5 (13) excluded of 75 + 25.
    QVERIFY(m_storage->acknowledgeAlert(raised.constFirst().id).ok());
    m_clock->set(ten.addSecs(45 * 60));
    ingest(d, 75, 0, m_clock->now());
    const QList<AlertRecord> later = ofType(m_evaluator->evaluate(d), kSkipped);
    QCOMPARE(later.size(), 1);
    QVERIFY2(later.constFirst().message.contains(u"13.0%"), qPrintable(later.constFirst().message));
    QVERIFY2(
        later.constFirst().message.contains(u"(about 13 of 100;"), qPrintable(later.constFirst().message));
    QCOMPARE(open(kSkipped).size(), 1);
}

void TestAlertEvaluator::skippedRateWeighsTheHourBeforeJustAfterTheHour()
{
    Destination d = destination(kSkipped);
    d.alerts.skippedRatePercent = 1.0;
    const QDateTime ten = QDateTime(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC);
    ingest(d, 1000, 0, ten.addSecs(-30 * 60)); // 09:30, a good, busy hour

    // One excluded profile, the first of the new hour: 1 of about 1,000 over the last hour, not 1 of 1.
    m_clock->set(ten.addSecs(5));
    ingest(d, 1, 1, m_clock->now());
    QVERIFY(ofType(m_evaluator->evaluate(d), kSkipped).isEmpty());
    QCOMPARE(open(kSkipped).size(), 0);
}

void TestAlertEvaluator::authenticationMessageSaysWhatToDo()
{
    const Destination d = destination(kAuth);
    const QList<AlertRecord> raised = m_evaluator->authenticationFailed(d, QStringLiteral("HTTP 401"));
    QCOMPARE(raised.size(), 1);
    const QString message = raised.constFirst().message;
    QVERIFY2(message.contains(u"paused"), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("qadctl token set %1").arg(d.id)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("qadctl resume %1").arg(d.id)), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "tst_alertevaluator.moc"
