#include "delivery/tokenbucket.h"

#include <QTest>

using namespace qad;

// SPEC §6: the per-destination rate limit, on a clock the test moves.
class TestTokenBucket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsFullWithOneSecondsWorth_data();
    void startsFullWithOneSecondsWorth();
    void refillsContinuously();
    void burstIsCappedAfterALongPause();
    void averageRateOverAMinute_data();
    void averageRateOverAMinute();
    void zeroIsUnlimited();
    void clockSetBackDoesNotStall();
    void changingTheLimit();

private:
    static int drain(TokenBucket &bucket);
};

int TestTokenBucket::drain(TokenBucket &bucket)
{
    int taken = 0;
    while (bucket.tryTake() && taken < 1'000'000) {
        ++taken;
    }
    return taken;
}

void TestTokenBucket::startsFullWithOneSecondsWorth_data()
{
    QTest::addColumn<int>("perMinute");
    QTest::addColumn<int>("burst");
    QTest::newRow("default 3000/min") << 3000 << 50;
    QTest::newRow("60/min") << 60 << 1;
    QTest::newRow("90/min: 1.5 tokens") << 90 << 1;
    QTest::newRow("below one a second: still one") << 10 << 1;
    QTest::newRow("6000/min") << 6000 << 100;
}

void TestTokenBucket::startsFullWithOneSecondsWorth()
{
    QFETCH(int, perMinute);
    QFETCH(int, burst);
    ManualClock clock;
    TokenBucket bucket(perMinute, &clock);
    QCOMPARE(bucket.msUntilAvailable(), qint64(0));
    QCOMPARE(drain(bucket), burst);
    QVERIFY(bucket.msUntilAvailable() > 0);
}

void TestTokenBucket::refillsContinuously()
{
    ManualClock clock;
    TokenBucket bucket(60, &clock);
    QVERIFY(bucket.tryTake());
    QVERIFY(!bucket.tryTake());
    QCOMPARE(bucket.msUntilAvailable(), qint64(1000));
    clock.advance(999);
    QCOMPARE(bucket.msUntilAvailable(), qint64(1));
    QVERIFY(!bucket.tryTake());
    clock.advance(1);
    QCOMPARE(bucket.msUntilAvailable(), qint64(0));
    QVERIFY(bucket.tryTake());
    QVERIFY(!bucket.tryTake());

    TokenBucket fast(3000, &clock); // one token every 20 ms
    QCOMPARE(drain(fast), 50);
    QCOMPARE(fast.msUntilAvailable(), qint64(20));
    clock.advance(10);
    QCOMPARE(fast.msUntilAvailable(), qint64(10));
    clock.advance(10);
    QCOMPARE(drain(fast), 1);
}

void TestTokenBucket::burstIsCappedAfterALongPause()
{
    ManualClock clock;
    TokenBucket bucket(3000, &clock);
    QCOMPARE(drain(bucket), 50);
    clock.advance(3'600'000);
    QCOMPARE(drain(bucket), 50);
    clock.advance(1000);
    QCOMPARE(drain(bucket), 50);
}

void TestTokenBucket::averageRateOverAMinute_data()
{
    QTest::addColumn<int>("perMinute");
    QTest::newRow("3000") << 3000;
    QTest::newRow("60") << 60;
    QTest::newRow("7") << 7;
}

// Taking greedily every millisecond for a minute gets the initial burst plus `perMinute`, never more.
void TestTokenBucket::averageRateOverAMinute()
{
    QFETCH(int, perMinute);
    ManualClock clock;
    TokenBucket bucket(perMinute, &clock);
    const int burst = std::max(1, perMinute / 60);
    int taken = 0;
    for (int ms = 0; ms < 60'000; ++ms) {
        taken += drain(bucket);
        clock.advance(1);
    }
    QCOMPARE(taken, burst + perMinute - 1); // the token due at exactly 60 000 ms is not taken yet
}

void TestTokenBucket::zeroIsUnlimited()
{
    ManualClock clock;
    TokenBucket bucket(0, &clock);
    for (int i = 0; i < 100'000; ++i) {
        QVERIFY(bucket.tryTake());
    }
    QCOMPARE(bucket.msUntilAvailable(), qint64(0));
}

void TestTokenBucket::clockSetBackDoesNotStall()
{
    ManualClock clock;
    TokenBucket bucket(60, &clock);
    QVERIFY(bucket.tryTake());
    clock.advance(-3'600'000);
    QCOMPARE(bucket.msUntilAvailable(), qint64(1000));
    clock.advance(1000);
    QVERIFY(bucket.tryTake());
}

void TestTokenBucket::changingTheLimit()
{
    ManualClock clock;
    TokenBucket bucket(60, &clock);
    QVERIFY(bucket.tryTake());
    bucket.setPerMinute(0);
    QCOMPARE(bucket.perMinute(), 0);
    QVERIFY(bucket.tryTake());
    bucket.setPerMinute(120); // from unlimited: full, two a second
    QCOMPARE(drain(bucket), 2);
    QCOMPARE(bucket.msUntilAvailable(), qint64(500));
    bucket.setPerMinute(6000); // a larger bucket does not create tokens out of nothing
    QCOMPARE(drain(bucket), 0);
    clock.advance(1000);
    QCOMPARE(drain(bucket), 100);
}

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "tst_tokenbucket.moc"
