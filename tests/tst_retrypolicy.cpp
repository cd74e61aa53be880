#include "delivery/retrypolicy.h"

#include <QTest>

using namespace qad;

Q_DECLARE_METATYPE(qad::RetryDecision::Next)

// SPEC §6: the retry schedule with full jitter, Retry-After, the 24 h horizon and the pause on 401/403.
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scheduleIsTheListThenTheRepeat_data();
    void scheduleIsTheListThenTheRepeat();
    void customScheduleIsUsed();
    void finalOutcomes_data();
    void finalOutcomes();
    void jitterIsFullAndBounded_data();
    void jitterIsFullAndBounded();
    void sameSeedSameDelays();
    void retryAfterIsAFloor_data();
    void retryAfterIsAFloor();
    void rateLimitWithoutRetryAfterWaitsAMinute();
    void retryAfterIsClampedToAnHour();
    void horizonEndsRetries();
    void retryAfterBeyondTheHorizonExhausts();
    void noGeneratorFallsBackToTheGlobalOne();

private:
    static Outcome retryable(std::optional<int> retryAfterSeconds = std::nullopt);
    const QDateTime m_first = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
};

Outcome TestRetryPolicy::retryable(std::optional<int> retryAfterSeconds)
{
    Outcome outcome = classifyOutcome(503, QNetworkReply::ServiceUnavailableError, false);
    outcome.retryAfterSeconds = retryAfterSeconds;
    return outcome;
}

void TestRetryPolicy::scheduleIsTheListThenTheRepeat_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("seconds");
    QTest::newRow("before the first") << 0 << 5;
    QTest::newRow("1st") << 1 << 5;
    QTest::newRow("2nd") << 2 << 30;
    QTest::newRow("3rd") << 3 << 120;
    QTest::newRow("4th") << 4 << 600;
    QTest::newRow("5th") << 5 << 1800;
    QTest::newRow("6th") << 6 << 3600;
    QTest::newRow("7th: every 2 h") << 7 << 7200;
    QTest::newRow("20th") << 20 << 7200;
}

void TestRetryPolicy::scheduleIsTheListThenTheRepeat()
{
    QFETCH(int, attempt);
    QFETCH(int, seconds);
    QCOMPARE(scheduledDelaySeconds(DeliverySettings {}, attempt), seconds);
}

void TestRetryPolicy::customScheduleIsUsed()
{
    DeliverySettings settings;
    settings.retryDelaysSeconds = { 2, 4 };
    settings.retryRepeatSeconds = 9;
    QCOMPARE(scheduledDelaySeconds(settings, 1), 2);
    QCOMPARE(scheduledDelaySeconds(settings, 2), 4);
    QCOMPARE(scheduledDelaySeconds(settings, 3), 9);
    settings.retryDelaysSeconds.clear();
    QCOMPARE(scheduledDelaySeconds(settings, 1), 9);
}

void TestRetryPolicy::finalOutcomes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<RetryDecision::Next>("next");
    QTest::newRow("200 succeeded") << 200 << RetryDecision::Next::Succeeded;
    QTest::newRow("400 failed") << 400 << RetryDecision::Next::Failed;
    QTest::newRow("404 failed") << 404 << RetryDecision::Next::Failed;
    QTest::newRow("413 failed") << 413 << RetryDecision::Next::Failed;
    QTest::newRow("422 failed") << 422 << RetryDecision::Next::Failed;
    QTest::newRow("501 failed") << 501 << RetryDecision::Next::Failed;
    QTest::newRow("302 failed") << 302 << RetryDecision::Next::Failed;
    QTest::newRow("401 pauses") << 401 << RetryDecision::Next::Paused;
    QTest::newRow("403 pauses") << 403 << RetryDecision::Next::Paused;
}

void TestRetryPolicy::finalOutcomes()
{
    QFETCH(int, status);
    QFETCH(RetryDecision::Next, next);
    QRandomGenerator random(1);
    const Outcome outcome = classifyOutcome(status, QNetworkReply::NoError, false);
    const RetryDecision decision = decideRetry(DeliverySettings {}, outcome, 1, m_first, m_first, &random);
    QCOMPARE(decision.next, next);
    QVERIFY(!decision.nextAttemptAt);
    QVERIFY(!decision.exhausted);
}

void TestRetryPolicy::jitterIsFullAndBounded_data()
{
    QTest::addColumn<int>("attempt");
    QTest::newRow("5 s") << 1;
    QTest::newRow("30 s") << 2;
    QTest::newRow("1 h") << 6;
    QTest::newRow("2 h") << 9;
}

// Full jitter: uniform between zero and the scheduled delay, with a 1 s floor so a failing endpoint is never
// hit in a loop. Many seeded draws must cover the range and average about half of it.
void TestRetryPolicy::jitterIsFullAndBounded()
{
    QFETCH(int, attempt);
    const DeliverySettings settings;
    const qint64 scheduledMs = qint64(scheduledDelaySeconds(settings, attempt)) * 1000;
    QRandomGenerator random(20240611);
    const int draws = 4000;
    qint64 smallest = std::numeric_limits<qint64>::max();
    qint64 largest = 0;
    double sum = 0;
    for (int i = 0; i < draws; ++i) {
        const QDateTime now = m_first.addSecs(i); // not past the horizon for any of these
        const RetryDecision decision = decideRetry(settings, retryable(), attempt, m_first, now, &random);
        QCOMPARE(decision.next, RetryDecision::Next::Retry);
        QVERIFY(decision.nextAttemptAt);
        const qint64 delayMs = now.msecsTo(*decision.nextAttemptAt);
        QVERIFY2(delayMs >= 1000 && delayMs <= scheduledMs,
            qPrintable(QStringLiteral("delay %1 ms outside [1000, %2]").arg(delayMs).arg(scheduledMs)));
        smallest = std::min(smallest, delayMs);
        largest = std::max(largest, delayMs);
        sum += double(delayMs);
    }
    QVERIFY2(smallest < scheduledMs * 3 / 100 + 1000, qPrintable(QString::number(smallest)));
    QVERIFY2(largest > scheduledMs * 97 / 100, qPrintable(QString::number(largest)));
    if (scheduledMs <= 30000) {
        QCOMPARE(smallest, qint64(1000)); // short delays draw below 1 s often: the floor holds them
    }
    const double mean = sum / draws;
    // Uniform on [0, S] floored at 1 s: mean (S² + 1 s²) / 2S.
    const double expected = (double(scheduledMs) * double(scheduledMs) + 1e6) / (2.0 * double(scheduledMs));
    QVERIFY2(std::abs(mean - expected) < expected * 0.05,
        qPrintable(QStringLiteral("mean %1 ms, expected about %2 ms").arg(mean).arg(expected)));
}

void TestRetryPolicy::sameSeedSameDelays()
{
    QRandomGenerator a(7);
    QRandomGenerator b(7);
    QRandomGenerator c(8);
    bool differs = false;
    for (int attempt = 1; attempt <= 10; ++attempt) {
        const auto da = decideRetry(DeliverySettings {}, retryable(), attempt, m_first, m_first, &a);
        const auto db = decideRetry(DeliverySettings {}, retryable(), attempt, m_first, m_first, &b);
        const auto dc = decideRetry(DeliverySettings {}, retryable(), attempt, m_first, m_first, &c);
        QCOMPARE(da.nextAttemptAt, db.nextAttemptAt);
        differs = differs || da.nextAttemptAt != dc.nextAttemptAt;
    }
    QVERIFY(differs);
}

void TestRetryPolicy::retryAfterIsAFloor_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("above the schedule: exactly Retry-After") << 1 << 600;
    QTest::newRow("inside the schedule: at least Retry-After") << 6 << 120;
    QTest::newRow("one second") << 2 << 1;
}

void TestRetryPolicy::retryAfterIsAFloor()
{
    QFETCH(int, attempt);
    QFETCH(int, retryAfter);
    const qint64 scheduledMs = qint64(scheduledDelaySeconds(DeliverySettings {}, attempt)) * 1000;
    QRandomGenerator random(99);
    for (int i = 0; i < 500; ++i) {
        const RetryDecision decision
            = decideRetry(DeliverySettings {}, retryable(retryAfter), attempt, m_first, m_first, &random);
        QCOMPARE(decision.next, RetryDecision::Next::Retry);
        const qint64 delayMs = m_first.msecsTo(*decision.nextAttemptAt);
        QVERIFY(delayMs >= qint64(retryAfter) * 1000);
        QVERIFY(delayMs <= std::max(scheduledMs, qint64(retryAfter) * 1000));
    }
}

void TestRetryPolicy::rateLimitWithoutRetryAfterWaitsAMinute()
{
    const Outcome outcome = classifyOutcome(429, QNetworkReply::UnknownContentError, false);
    QRandomGenerator random(3);
    for (int i = 0; i < 200; ++i) {
        const RetryDecision decision
            = decideRetry(DeliverySettings {}, outcome, 1, m_first, m_first, &random);
        QCOMPARE(decision.next, RetryDecision::Next::Retry);
        QCOMPARE(m_first.secsTo(*decision.nextAttemptAt), qint64(60)); // 5 s schedule, 60 s floor
    }
}

void TestRetryPolicy::retryAfterIsClampedToAnHour()
{
    const Outcome outcome
        = classifyOutcome(503, QNetworkReply::ServiceUnavailableError, false, QByteArrayLiteral("999999"));
    QRandomGenerator random(4);
    const RetryDecision decision = decideRetry(DeliverySettings {}, outcome, 1, m_first, m_first, &random);
    QCOMPARE(decision.next, RetryDecision::Next::Retry);
    QCOMPARE(m_first.secsTo(*decision.nextAttemptAt), qint64(3600));
}

// The next attempt may land exactly on the horizon; a millisecond later it is exhausted (failed, kept).
void TestRetryPolicy::horizonEndsRetries()
{
    DeliverySettings settings;
    settings.retryDelaysSeconds = { 1 }; // with the 1 s floor: exactly 1 s, whatever the jitter
    settings.retryRepeatSeconds = 1;
    settings.retryHorizonSeconds = 3600;
    QRandomGenerator random(5);
    const QDateTime horizon = m_first.addSecs(settings.retryHorizonSeconds);

    const RetryDecision onTheEdge
        = decideRetry(settings, retryable(), 40, m_first, horizon.addSecs(-1), &random);
    QCOMPARE(onTheEdge.next, RetryDecision::Next::Retry);
    QCOMPARE(*onTheEdge.nextAttemptAt, horizon);
    QVERIFY(!onTheEdge.exhausted);

    const RetryDecision past
        = decideRetry(settings, retryable(), 41, m_first, horizon.addMSecs(-999), &random);
    QCOMPARE(past.next, RetryDecision::Next::Failed);
    QVERIFY(past.exhausted);
    QVERIFY(!past.nextAttemptAt);

    // The default horizon is 24 h after the first attempt.
    const RetryDecision day
        = decideRetry(DeliverySettings {}, retryable(), 12, m_first, m_first.addSecs(86400), &random);
    QVERIFY(day.exhausted);
}

void TestRetryPolicy::retryAfterBeyondTheHorizonExhausts()
{
    DeliverySettings settings;
    settings.retryHorizonSeconds = 600;
    QRandomGenerator random(6);
    const RetryDecision decision
        = decideRetry(settings, retryable(3600), 1, m_first, m_first.addSecs(10), &random);
    QCOMPARE(decision.next, RetryDecision::Next::Failed);
    QVERIFY(decision.exhausted);
}

void TestRetryPolicy::noGeneratorFallsBackToTheGlobalOne()
{
    const RetryDecision decision
        = decideRetry(DeliverySettings {}, retryable(), 2, m_first, m_first, nullptr);
    QCOMPARE(decision.next, RetryDecision::Next::Retry);
    const qint64 delayMs = m_first.msecsTo(*decision.nextAttemptAt);
    QVERIFY(delayMs >= 1000 && delayMs <= 30000);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
