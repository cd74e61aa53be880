#include "delivery/outcome.h"

#include <QTest>
#include <algorithm>

using namespace qad;

Q_DECLARE_METATYPE(qad::OutcomeClass)

// SPEC §6: what one attempt means for its activation.
class TestOutcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesEveryRowOfTheTable_data();
    void classifiesEveryRowOfTheTable();
    void authFailurePausesAndSaysHowToFix();
    void redirectNamesTheLocation();
    void redirectLocationIsCappedOnOneLine_data();
    void redirectLocationIsCappedOnOneLine();
    void tlsFailureIsNeverRetried();
    void retryAfterIsHonouredOnRetries_data();
    void retryAfterIsHonouredOnRetries();
    void rateLimitWithoutRetryAfterWaitsAMinute();
    void retryAfterIgnoredWhenNotRetrying();
    void deadlineWinsOverStatus();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void transportMessagesHideQueryValues();
    void classNames();
};

void TestOutcome::classifiesEveryRowOfTheTable_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<OutcomeClass>("expectedClass");
    QTest::addColumn<QString>("expectedCode");

    const auto none = QNetworkReply::NoError;
    QTest::newRow("200") << 200 << none << OutcomeClass::Succeeded << "ok";
    QTest::newRow("201") << 201 << none << OutcomeClass::Succeeded << "ok";
    QTest::newRow("202") << 202 << none << OutcomeClass::Succeeded << "ok";
    QTest::newRow("204") << 204 << none << OutcomeClass::Succeeded << "ok";

    QTest::newRow("408") << 408 << QNetworkReply::UnknownContentError << OutcomeClass::Retry << "http_408";
    QTest::newRow("409") << 409 << QNetworkReply::ContentConflictError << OutcomeClass::Retry << "http_409";
    QTest::newRow("429") << 429 << QNetworkReply::UnknownContentError << OutcomeClass::Retry << "http_429";
    QTest::newRow("500") << 500 << QNetworkReply::InternalServerError << OutcomeClass::Retry << "http_500";
    QTest::newRow("502") << 502 << QNetworkReply::UnknownServerError << OutcomeClass::Retry << "http_502";
    QTest::newRow("503") << 503 << QNetworkReply::ServiceUnavailableError << OutcomeClass::Retry
                         << "http_503";
    QTest::newRow("504") << 504 << QNetworkReply::UnknownServerError << OutcomeClass::Retry << "http_504";
    // Not in the SPEC's list: other 5xx are retried (documented in outcome.cpp).
    QTest::newRow("505") << 505 << QNetworkReply::UnknownServerError << OutcomeClass::Retry << "http_505";
    QTest::newRow("511") << 511 << QNetworkReply::UnknownServerError << OutcomeClass::Retry << "http_511";

    QTest::newRow("400") << 400 << QNetworkReply::ProtocolInvalidOperationError << OutcomeClass::Failed
                         << "http_400";
    QTest::newRow("401") << 401 << QNetworkReply::AuthenticationRequiredError << OutcomeClass::Failed
                         << "auth";
    QTest::newRow("403") << 403 << QNetworkReply::ContentAccessDenied << OutcomeClass::Failed << "auth";
    QTest::newRow("404") << 404 << QNetworkReply::ContentNotFoundError << OutcomeClass::Failed << "http_404";
    QTest::newRow("405") << 405 << QNetworkReply::ContentOperationNotPermittedError << OutcomeClass::Failed
                         << "http_405";
    QTest::newRow("410") << 410 << QNetworkReply::ContentGoneError << OutcomeClass::Failed << "http_410";
    QTest::newRow("413") << 413 << QNetworkReply::UnknownContentError << OutcomeClass::Failed
                         << "payload_too_large";
    QTest::newRow("415") << 415 << QNetworkReply::UnknownContentError << OutcomeClass::Failed << "http_415";
    QTest::newRow("422") << 422 << QNetworkReply::UnknownContentError << OutcomeClass::Failed << "http_422";
    QTest::newRow("451") << 451 << QNetworkReply::UnknownContentError << OutcomeClass::Failed << "http_451";
    QTest::newRow("501") << 501 << QNetworkReply::OperationNotImplementedError << OutcomeClass::Failed
                         << "http_501";

    QTest::newRow("301") << 301 << none << OutcomeClass::Failed << "redirect";
    QTest::newRow("302") << 302 << none << OutcomeClass::Failed << "redirect";
    QTest::newRow("307") << 307 << none << OutcomeClass::Failed << "redirect";
    QTest::newRow("308") << 308 << none << OutcomeClass::Failed << "redirect";
    QTest::newRow("unexpected 1xx") << 101 << none << OutcomeClass::Failed << "http_101";

    QTest::newRow("refused") << 0 << QNetworkReply::ConnectionRefusedError << OutcomeClass::Retry
                             << "connection_refused";
    QTest::newRow("remote closed") << 0 << QNetworkReply::RemoteHostClosedError << OutcomeClass::Retry
                                   << "connection_reset";
    QTest::newRow("dns") << 0 << QNetworkReply::HostNotFoundError << OutcomeClass::Retry << "dns";
    QTest::newRow("qt timeout") << 0 << QNetworkReply::TimeoutError << OutcomeClass::Retry << "timeout";
    QTest::newRow("temporary failure")
        << 0 << QNetworkReply::TemporaryNetworkFailureError << OutcomeClass::Retry << "network";
    QTest::newRow("session failed") << 0 << QNetworkReply::NetworkSessionFailedError << OutcomeClass::Retry
                                    << "network";
    QTest::newRow("unknown network") << 0 << QNetworkReply::UnknownNetworkError << OutcomeClass::Retry
                                     << "network";
    QTest::newRow("protocol failure")
        << 0 << QNetworkReply::ProtocolFailure << OutcomeClass::Retry << "network";
    QTest::newRow("proxy refused") << 0 << QNetworkReply::ProxyConnectionRefusedError << OutcomeClass::Retry
                                   << "proxy";
    QTest::newRow("proxy timeout") << 0 << QNetworkReply::ProxyTimeoutError << OutcomeClass::Retry << "proxy";
    QTest::newRow("cancelled") << 0 << QNetworkReply::OperationCanceledError << OutcomeClass::Retry
                               << "cancelled";
    QTest::newRow("tls") << 0 << QNetworkReply::SslHandshakeFailedError << OutcomeClass::Failed << "tls";
    QTest::newRow("proxy auth") << 0 << QNetworkReply::ProxyAuthenticationRequiredError
                                << OutcomeClass::Failed << "proxy_auth";
    QTest::newRow("unknown scheme") << 0 << QNetworkReply::ProtocolUnknownError << OutcomeClass::Failed
                                    << "protocol";
    QTest::newRow("no exchange") << 0 << none << OutcomeClass::Failed << "protocol";
}

void TestOutcome::classifiesEveryRowOfTheTable()
{
    QFETCH(int, status);
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(OutcomeClass, expectedClass);
    QFETCH(QString, expectedCode);

    const Outcome outcome = classifyOutcome(status, error, false);
    QCOMPARE(toString(outcome.cls), toString(expectedClass));
    QCOMPARE(outcome.code, expectedCode);
    QCOMPARE(outcome.willRetry(), expectedClass == OutcomeClass::Retry);
    QVERIFY2(!outcome.message.isEmpty(), "every outcome tells the user what happened");
    QCOMPARE(outcome.pausesDestination, status == 401 || status == 403);
    if (outcome.cls != OutcomeClass::Retry) {
        QVERIFY(!outcome.retryAfterSeconds.has_value());
    }
}

void TestOutcome::authFailurePausesAndSaysHowToFix()
{
    for (int status : { 401, 403 }) {
        const Outcome outcome = classifyOutcome(status, QNetworkReply::AuthenticationRequiredError, false);
        QVERIFY(outcome.pausesDestination);
        QVERIFY(!outcome.willRetry());
        QVERIFY2(outcome.message.contains(QLatin1String("qadctl token set")), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QLatin1String("resume")), qPrintable(outcome.message));
    }
}

void TestOutcome::redirectNamesTheLocation()
{
    const QByteArray location
        = "https://ca1.qualtrics.com/inbound-event/v1/events/json/triggers?urlTokenId=x";
    const Outcome outcome = classifyOutcome(301, QNetworkReply::NoError, false, {}, location);
    QCOMPARE(outcome.code, QStringLiteral("redirect"));
    QVERIFY2(outcome.message.contains(QString::fromUtf8(location)), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QLatin1String("use that URL")), qPrintable(outcome.message));

    const Outcome withoutLocation = classifyOutcome(302, QNetworkReply::NoError, false);
    QCOMPARE(withoutLocation.code, QStringLiteral("redirect"));
    QVERIFY(!withoutLocation.willRetry());
}

void TestOutcome::redirectLocationIsCappedOnOneLine_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("shown");

    const QByteArray start = "https://ca1.qualtrics.com/";
    const auto padded = [&](qsizetype characters) {
        return start + QByteArray(characters - start.size(), 'a');
    };
    QTest::newRow("300 characters") << padded(300) << QString::fromLatin1(padded(300));
    QTest::newRow("301 characters") << padded(301) << QString::fromLatin1(padded(300)) + QStringLiteral("…");
    QTest::newRow("a megabyte") << padded(1024 * 1024)
                                << QString::fromLatin1(padded(300)) + QStringLiteral("…");
    // U+1F600 is two UTF-16 units and one character: counted once, never cut in two.
    const QByteArray emoji = "\xF0\x9F\x98\x80";
    QTest::newRow("a surrogate pair at the cut")
        << padded(299) + emoji + "b" << QString::fromLatin1(padded(299)) + QStringLiteral("\U0001F600…");
    QTest::newRow("a surrogate pair last")
        << padded(299) + emoji << QString::fromLatin1(padded(299)) + QStringLiteral("\U0001F600");
    QTest::newRow("line breaks and a tab")
        << QByteArray(start + "a\r\nSet-Cookie: x\tb")
        << QStringLiteral("https://ca1.qualtrics.com/a%0D%0ASet-Cookie: x%09b");
    QTest::newRow("other control characters")
        << start + "\x01\x7F\xC2\x85" << QStringLiteral("https://ca1.qualtrics.com/%01%7F%C2%85");
    QTest::newRow("a right-to-left override and a line separator")
        << start + "\xE2\x80\xAEmoc\xE2\x80\xA8"
        << QStringLiteral("https://ca1.qualtrics.com/%E2%80%AEmoc%E2%80%A8");
    QTest::newRow("percent escapes are kept")
        << start + "a%2Fb%0D%1" << QStringLiteral("https://ca1.qualtrics.com/a%2Fb%0D%1");
    QTest::newRow("letters beyond ASCII are kept")
        << start + "caf\xC3\xA9" << QStringLiteral("https://ca1.qualtrics.com/café");
    // An encoded character counts as what it shows, and is not cut either.
    QTest::newRow("an encoded character at the cut")
        << QByteArray(padded(298) + "\n") << QString::fromLatin1(padded(298)) + QStringLiteral("…");
}

// A hostile or broken endpoint chooses the Location: what the message (kept in the history, shown in the
// window) holds of it is one line of at most 300 characters.
void TestOutcome::redirectLocationIsCappedOnOneLine()
{
    QFETCH(QByteArray, location);
    QFETCH(QString, shown);

    QCOMPARE(shownLocation(location), shown);
    const Outcome outcome = classifyOutcome(302, QNetworkReply::NoError, false, {}, location);
    QCOMPARE(outcome.code, QStringLiteral("redirect"));
    QCOMPARE(outcome.message,
        QStringLiteral(
            "The endpoint redirects to %1 (HTTP 302); redirects are not followed: use that URL in the "
            "destination.")
            .arg(shown));
    QVERIFY(std::none_of(outcome.message.cbegin(), outcome.message.cend(),
        [](QChar c) { return c.category() == QChar::Other_Control; }));
}

void TestOutcome::tlsFailureIsNeverRetried()
{
    const Outcome outcome = classifyOutcome(0, QNetworkReply::SslHandshakeFailedError, false, {}, {},
        QStringLiteral("The host name did not match any of the valid hosts"));
    QCOMPARE(outcome.code, QStringLiteral("tls"));
    QCOMPARE(toString(outcome.cls), QStringLiteral("failed"));
    QVERIFY2(outcome.message.contains(QLatin1String("did not match")), qPrintable(outcome.message));
}

void TestOutcome::retryAfterIsHonouredOnRetries_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("expectedSeconds");

    QTest::newRow("429 seconds") << 429 << QByteArray("120") << 120;
    QTest::newRow("429 short wait honoured") << 429 << QByteArray("5") << 5;
    QTest::newRow("503 seconds") << 503 << QByteArray("30") << 30;
    QTest::newRow("500 seconds") << 500 << QByteArray("7") << 7;
    QTest::newRow("408 seconds") << 408 << QByteArray("2") << 2;
    QTest::newRow("503 clamped up") << 503 << QByteArray("0") << 1;
    QTest::newRow("503 clamped down") << 503 << QByteArray("86400") << 3600;
    QTest::newRow("429 with garbage falls back to a minute") << 429 << QByteArray("soon") << 60;
}

void TestOutcome::retryAfterIsHonouredOnRetries()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, expectedSeconds);

    const Outcome outcome = classifyOutcome(status, QNetworkReply::UnknownServerError, false, retryAfter);
    QVERIFY(outcome.willRetry());
    QVERIFY(outcome.retryAfterSeconds.has_value());
    QCOMPARE(*outcome.retryAfterSeconds, expectedSeconds);
}

void TestOutcome::rateLimitWithoutRetryAfterWaitsAMinute()
{
    const Outcome limited = classifyOutcome(429, QNetworkReply::UnknownContentError, false);
    QVERIFY(limited.retryAfterSeconds.has_value());
    QCOMPARE(*limited.retryAfterSeconds, kRateLimitedDefaultWaitSeconds);
    QCOMPARE(kRateLimitedDefaultWaitSeconds, 60);

    // Other retries without the header follow the destination's own schedule.
    QVERIFY(
        !classifyOutcome(503, QNetworkReply::ServiceUnavailableError, false).retryAfterSeconds.has_value());
}

void TestOutcome::retryAfterIgnoredWhenNotRetrying()
{
    QVERIFY(!classifyOutcome(200, QNetworkReply::NoError, false, "30").retryAfterSeconds.has_value());
    QVERIFY(!classifyOutcome(400, QNetworkReply::NoError, false, "30").retryAfterSeconds.has_value());
    QVERIFY(!classifyOutcome(301, QNetworkReply::NoError, false, "30").retryAfterSeconds.has_value());
}

void TestOutcome::deadlineWinsOverStatus()
{
    // Our deadline aborts the reply; SPEC §6 counts only a 2xx "within the deadline".
    const Outcome late = classifyOutcome(200, QNetworkReply::OperationCanceledError, true);
    QCOMPARE(late.code, QStringLiteral("timeout"));
    QVERIFY(late.willRetry());

    const Outcome noAnswer = classifyOutcome(0, QNetworkReply::OperationCanceledError, true);
    QCOMPARE(noAnswer.code, QStringLiteral("timeout"));
    QVERIFY(noAnswer.willRetry());
}

void TestOutcome::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected"); // -1: not usable

    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("seconds with blanks") << QByteArray("  45 ") << 45;
    QTest::newRow("one second") << QByteArray("1") << 1;
    QTest::newRow("zero clamps to the floor") << QByteArray("0") << 1;
    QTest::newRow("one hour") << QByteArray("3600") << 3600;
    QTest::newRow("above an hour clamps") << QByteArray("3601") << 3600;
    QTest::newRow("beyond 64 bits clamps") << QByteArray("99999999999999999999999") << 3600;
    QTest::newRow("IMF-fixdate") << QByteArray("Tue, 14 Nov 2023 22:15:20 GMT") << 120;
    QTest::newRow("RFC 850 date") << QByteArray("Tuesday, 14-Nov-23 22:15:20 GMT") << 120;
    QTest::newRow("asctime date") << QByteArray("Tue Nov 14 22:15:20 2023") << 120;
    QTest::newRow("date in the past clamps to the floor") << QByteArray("Tue, 14 Nov 2023 22:00:00 GMT") << 1;
    QTest::newRow("date a day ahead clamps") << QByteArray("Wed, 15 Nov 2023 22:13:20 GMT") << 3600;
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("blank") << QByteArray("   ") << -1;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("fraction") << QByteArray("1.5") << -1;
    QTest::newRow("words") << QByteArray("later") << -1;
    QTest::newRow("date with a bad month") << QByteArray("Tue, 14 Foo 2023 22:15:20 GMT") << -1;
}

void TestOutcome::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);

    // 2023-11-14T22:13:20Z
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    const std::optional<int> parsed = qad::parseRetryAfter(value, now);
    if (expected < 0) {
        QVERIFY(!parsed.has_value());
    } else {
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expected);
    }
}

void TestOutcome::transportMessagesHideQueryValues()
{
    const Outcome outcome = classifyOutcome(0, QNetworkReply::UnknownNetworkError, false, {}, {},
        QStringLiteral("Error transferring https://ca1.qualtrics.com/inbound-event/v1/events/json/"
                       "triggers?urlTokenId=secret-token-id - server replied: nothing"));
    QVERIFY2(!outcome.message.contains(QLatin1String("secret-token-id")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QLatin1String("ca1.qualtrics.com")), qPrintable(outcome.message));
}

void TestOutcome::classNames()
{
    QCOMPARE(toString(OutcomeClass::Succeeded), QStringLiteral("succeeded"));
    QCOMPARE(toString(OutcomeClass::Retry), QStringLiteral("retry"));
    QCOMPARE(toString(OutcomeClass::Failed), QStringLiteral("failed"));
}

QTEST_GUILESS_MAIN(TestOutcome)
#include "tst_outcome.moc"
