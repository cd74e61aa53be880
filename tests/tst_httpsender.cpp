#include "delivery/httpsender.h"
#include "delivery/lowdelay.h"
#include "delivery/requestview.h"
#include "delivery/tlstrust.h"
#include "fakequaltrics.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace qad;
using qad::test::FakeQualtrics;
using qad::test::TestCertificate;

// One POST against a fake Qualtrics that really listens on loopback (SPEC §2, §6, §11).
class TestHttpSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void basicAuthHeadersAndBodyArrive();
    void apiTokenHeaderMode();
    void succeedsAndReadsQualtricsMeta();
    void retriesServerErrorsAndRateLimits_data();
    void retriesServerErrorsAndRateLimits();
    void wrongTokenFailsAndPauses();
    void clientErrorsFailWithoutRetry_data();
    void clientErrorsFailWithoutRetry();
    void redirectIsReportedNotFollowed();
    void aHugeLocationIsCapped();
    void responseHeadersAreKeptWithinBounds();
    void deadlineAbortsASlowAnswer();
    void connectionRefusedIsRetried();
    void droppedConnectionIsRetried();
    void unknownHostIsRetried();
    void tlsFailureFails();
    void untrustedCertificateFailsThenTrustedAuthoritySucceeds();
    void caCertificatesNeedAReadablePemFile();
    void deadlinesAreKeptPerRequest();
    void sendsConcurrentlyAndReportsEachOnce();
    void redactedHeadersHoldNoToken();
    void curlCommandUsesAPlaceholder_data();
    void curlCommandUsesAPlaceholder();
    void curlCommandReplaysTheRequest();
    void redactedUrlHidesQueryValues_data();
    void redactedUrlHidesQueryValues();
    void describeExchangeShowsWhatHappened();
    void parsesQualtricsMeta();
    void connectionsSendWithoutNagleDelay();

private:
    DeliveryRequest request(AuthMode mode = AuthMode::Basic) const;
    Attempt send(const DeliveryRequest &request) { return HttpSender::sendAndWait(m_network.get(), request); }
    static quint16 unusedPort();

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeQualtrics> m_fake;
    const QString m_username = QStringLiteral("ops@example.com#brand");
    const QString m_token = QStringLiteral("tok-9f8e7d6c5b4a-secret");
};

void TestHttpSender::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeQualtrics>();
    m_fake->setCredentials(m_username, m_token);
    QVERIFY(m_fake->listen());
}

void TestHttpSender::cleanup()
{
    m_fake.reset();
    m_network.reset();
}

DeliveryRequest TestHttpSender::request(AuthMode mode) const
{
    DeliveryRequest request;
    request.activationId = QStringLiteral("0b9c6a1e-3d2f-4e5a-8b7c-1a2b3c4d5e6f");
    request.url = m_fake->url();
    request.authMode = mode;
    request.username = m_username;
    request.token = m_token;
    request.body
        = R"({"identityMap":{"Email":[{"id":"dave@example.com"}]},"person":{"name":{"firstName":"Dave"}}})";
    request.timeoutMs = 5000;
    return request;
}

quint16 TestHttpSender::unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void TestHttpSender::basicAuthHeadersAndBodyArrive()
{
    const DeliveryRequest sent = request();
    const Attempt attempt = send(sent);
    QCOMPARE(attempt.httpStatus, 200);
    QCOMPARE(m_fake->requestCount(), 1);

    const FakeQualtrics::Request &arrived = m_fake->requests().at(0);
    QVERIFY(arrived.authorized);
    QCOMPARE(arrived.method, QByteArray("POST"));
    const QByteArray authorization = arrived.header("Authorization");
    QVERIFY(authorization.startsWith("Basic "));
    QVERIFY2(
        QByteArray::fromBase64(authorization.mid(6)) == (m_username + QLatin1Char(':') + m_token).toUtf8(),
        "the Basic credentials decode to username:token");
    QVERIFY(arrived.header("X-API-TOKEN").isEmpty());
    QCOMPARE(arrived.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(arrived.header("Idempotency-Key"), sent.activationId.toUtf8());
    QCOMPARE(arrived.body, sent.body);
    QCOMPARE(arrived.query, QStringLiteral("urlTokenId=7d0c1f52-2b7e-4a43-9d55-1f0a2c3b4d5e"));
}

void TestHttpSender::apiTokenHeaderMode()
{
    const Attempt attempt = send(request(AuthMode::Header));
    QCOMPARE(attempt.httpStatus, 200);
    const FakeQualtrics::Request &arrived = m_fake->requests().at(0);
    QVERIFY(arrived.authorized);
    QVERIFY2(arrived.header("X-API-TOKEN") == m_token.toUtf8(), "X-API-TOKEN carries the token");
    QVERIFY(arrived.header("Authorization").isEmpty());
    QCOMPARE(arrived.header("Content-Type"), QByteArray("application/json"));
}

void TestHttpSender::succeedsAndReadsQualtricsMeta()
{
    FakeQualtrics::Reply reply;
    reply.notice = QStringLiteral(
        "Request proxied. For faster response times, use this host instead: x.qualtrics.com");
    m_fake->enqueue(reply);

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const DeliveryRequest sent = request();
    const Attempt attempt = send(sent);
    QCOMPARE(toString(attempt.outcome.cls), QStringLiteral("succeeded"));
    QCOMPARE(attempt.outcome.code, QStringLiteral("ok"));
    QCOMPARE(attempt.httpStatus, 200);
    QCOMPARE(attempt.activationId, sent.activationId);
    QCOMPARE(attempt.requestId, m_fake->requests().at(0).requestId);
    QVERIFY(!attempt.requestId.isEmpty());
    QCOMPARE(attempt.notice, reply.notice);
    QCOMPARE(attempt.startedAt.timeSpec(), Qt::UTC);
    QVERIFY(attempt.startedAt >= before.addSecs(-1) && attempt.startedAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(attempt.durationMs >= 0 && attempt.durationMs < 5000);
    QVERIFY(attempt.responseBody.contains("\"requestId\""));
    bool sawContentType = false;
    for (const auto &[name, value] : attempt.responseHeaders) {
        sawContentType
            |= name.compare("Content-Type", Qt::CaseInsensitive) == 0 && value == "application/json";
    }
    QVERIFY(sawContentType);
}

void TestHttpSender::retriesServerErrorsAndRateLimits_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("expectedWait"); // -1: none from the server

    QTest::newRow("500") << 500 << QByteArray() << -1;
    QTest::newRow("502") << 502 << QByteArray() << -1;
    QTest::newRow("503 with Retry-After") << 503 << QByteArray("7") << 7;
    QTest::newRow("504") << 504 << QByteArray() << -1;
    QTest::newRow("408") << 408 << QByteArray() << -1;
    QTest::newRow("409") << 409 << QByteArray() << -1;
    QTest::newRow("429 with Retry-After") << 429 << QByteArray("120") << 120;
    QTest::newRow("429 without Retry-After") << 429 << QByteArray() << 60;
    QTest::newRow("429 with a huge Retry-After") << 429 << QByteArray("999999") << 3600;
}

void TestHttpSender::retriesServerErrorsAndRateLimits()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, expectedWait);

    FakeQualtrics::Reply reply;
    reply.status = status;
    reply.retryAfter = retryAfter;
    m_fake->enqueue(reply);

    const Attempt attempt = send(request());
    QCOMPARE(attempt.httpStatus, status);
    QCOMPARE(toString(attempt.outcome.cls), QStringLiteral("retry"));
    QCOMPARE(attempt.outcome.code, QStringLiteral("http_%1").arg(status));
    QVERIFY(attempt.outcome.willRetry());
    QVERIFY(!attempt.outcome.pausesDestination);
    if (expectedWait < 0) {
        QVERIFY(!attempt.outcome.retryAfterSeconds.has_value());
    } else {
        QVERIFY(attempt.outcome.retryAfterSeconds.has_value());
        QCOMPARE(*attempt.outcome.retryAfterSeconds, expectedWait);
    }
    QCOMPARE(m_fake->requestCount(), 1);
}

void TestHttpSender::wrongTokenFailsAndPauses()
{
    DeliveryRequest wrong = request();
    wrong.token = QStringLiteral("not-the-token");
    wrong.destinationId = QStringLiteral("crm-surveys");
    const Attempt attempt = send(wrong);
    QCOMPARE(attempt.httpStatus, 401);
    QCOMPARE(toString(attempt.outcome.cls), QStringLiteral("failed"));
    QCOMPARE(attempt.outcome.code, QStringLiteral("auth"));
    QVERIFY(attempt.outcome.pausesDestination);
    QVERIFY(!attempt.outcome.willRetry());
    // The fix names this destination, wherever the attempt is read (a run's history, a test send).
    QVERIFY2(attempt.outcome.message.contains(QLatin1String("`qadctl token set crm-surveys`")),
        qPrintable(attempt.outcome.message));
    // Sent up front, once: no challenge round trip, no second try with other credentials.
    QCOMPARE(m_fake->requestCount(), 1);
    QVERIFY(!m_fake->requests().at(0).header("Authorization").isEmpty());

    FakeQualtrics::Reply forbidden;
    forbidden.status = 403;
    m_fake->enqueue(forbidden);
    const Attempt refused = send(request());
    QCOMPARE(refused.outcome.code, QStringLiteral("auth"));
    QVERIFY(refused.outcome.pausesDestination);
}

void TestHttpSender::clientErrorsFailWithoutRetry_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("400") << 400 << QStringLiteral("http_400");
    QTest::newRow("404") << 404 << QStringLiteral("http_404");
    QTest::newRow("413") << 413 << QStringLiteral("payload_too_large");
    QTest::newRow("422") << 422 << QStringLiteral("http_422");
    QTest::newRow("501") << 501 << QStringLiteral("http_501");
    // Other 4xx: failed, not retried (SPEC §6).
    QTest::newRow("405") << 405 << QStringLiteral("http_405");
    QTest::newRow("410") << 410 << QStringLiteral("http_410");
    QTest::newRow("418") << 418 << QStringLiteral("http_418");
}

void TestHttpSender::clientErrorsFailWithoutRetry()
{
    QFETCH(int, status);
    QFETCH(QString, code);

    FakeQualtrics::Reply reply;
    reply.status = status;
    m_fake->enqueue(reply);

    const Attempt attempt = send(request());
    QCOMPARE(attempt.httpStatus, status);
    QCOMPARE(toString(attempt.outcome.cls), QStringLiteral("failed"));
    QCOMPARE(attempt.outcome.code, code);
    QVERIFY(!attempt.outcome.willRetry());
    QVERIFY(!attempt.outcome.pausesDestination);
    QCOMPARE(m_fake->requestCount(), 1);
}

void TestHttpSender::redirectIsReportedNotFollowed()
{
    // The Location points back at the receiver, so following it would show up as a second request.
    const QString elsewhere = m_fake->url(QStringLiteral("moved"));
    FakeQualtrics::Reply reply;
    reply.status = 302;
    reply.location = elsewhere.toUtf8();
    m_fake->enqueue(reply);

    const Attempt attempt = send(request());
    QCOMPARE(attempt.httpStatus, 302);
    QCOMPARE(attempt.outcome.code, QStringLiteral("redirect"));
    QVERIFY(!attempt.outcome.willRetry());
    QCOMPARE(attempt.location, elsewhere);
    QVERIFY2(attempt.outcome.message.contains(elsewhere), qPrintable(attempt.outcome.message));
    QCOMPARE(m_fake->requestCount(), 1);
}

// What the history keeps of a Location, as of the message: at most 300 characters, no control character.
void TestHttpSender::aHugeLocationIsCapped()
{
    const QByteArray location
        = m_fake->url(QStringLiteral("moved")).toUtf8() + "?a=1\tb=2&c=" + QByteArray(20000, 'x');
    FakeQualtrics::Reply reply;
    reply.status = 301;
    reply.location = location;
    m_fake->enqueue(reply);

    const Attempt attempt = send(request());
    QCOMPARE(attempt.httpStatus, 301);
    QCOMPARE(attempt.outcome.code, QStringLiteral("redirect"));
    QCOMPARE(attempt.location, shownLocation(location));
    QCOMPARE(attempt.location.size(), kMaxShownLocationCharacters + 1);
    QVERIFY(attempt.location.endsWith(QStringLiteral("…")));
    QVERIFY2(attempt.location.contains(QStringLiteral("?a=1%09b=2&c=xxx")), qPrintable(attempt.location));
    QVERIFY2(attempt.outcome.message.contains(attempt.location), qPrintable(attempt.outcome.message));
    QVERIFY(attempt.outcome.message.size() < 500);
}

// The endpoint chooses the headers the history keeps: many, or long ones, are kept within bounds, a long
// value cut where a character starts.
void TestHttpSender::responseHeadersAreKeptWithinBounds()
{
    FakeQualtrics::Reply reply;
    // 'é' is two bytes in UTF-8: the value's byte kMaxKeptHeaderBytes is in the middle of one.
    const QByteArray longValue = "x" + QString(5000, QChar(0xE9)).toUtf8();
    reply.headers.append({ "X-Long", longValue });
    for (int i = 0; i < 80; ++i) {
        reply.headers.append({ "X-Many-" + QByteArray::number(i), "v" });
    }
    m_fake->enqueue(reply);

    const Attempt attempt = send(request());
    QCOMPARE(attempt.httpStatus, 200);
    QVERIFY2(attempt.outcome.cls == OutcomeClass::Succeeded, qPrintable(attempt.outcome.message));
    QCOMPARE(attempt.responseHeaders.size(), kMaxKeptResponseHeaders);
    const auto longOne = std::find_if(attempt.responseHeaders.cbegin(), attempt.responseHeaders.cend(),
        [](const auto &header) { return header.first == "X-Long"; });
    QVERIFY(longOne != attempt.responseHeaders.cend());
    const QString kept = QString::fromUtf8(longOne->second);
    QVERIFY2(kept.endsWith(QStringLiteral("…")), qPrintable(kept.right(10)));
    QVERIFY(!kept.contains(QChar::ReplacementCharacter)); // no character cut in two
    QVERIFY(longOne->second.size() <= kMaxKeptHeaderBytes + 3);
    QVERIFY(longValue.startsWith(longOne->second.chopped(3)));
    // What the endpoint sent before the limit is kept as sent.
    QVERIFY(std::any_of(attempt.responseHeaders.cbegin(), attempt.responseHeaders.cend(),
        [](const auto &header) { return header.first == "X-Many-0" && header.second == "v"; }));
}

void TestHttpSender::deadlineAbortsASlowAnswer()
{
    FakeQualtrics::Reply slow;
    slow.delayMs = 20000;
    m_fake->enqueue(slow);

    DeliveryRequest hurried = request();
    hurried.timeoutMs = 300;
    QElapsedTimer clock;
    clock.start();
    const Attempt attempt = send(hurried);
    const qint64 elapsed = clock.elapsed();

    QCOMPARE(attempt.httpStatus, 0);
    QCOMPARE(toString(attempt.outcome.cls), QStringLiteral("retry"));
    QCOMPARE(attempt.outcome.code, QStringLiteral("timeout"));
    // About the deadline: not before it, and well before the server would have answered.
    QVERIFY2(elapsed >= 290 && elapsed < 10000, qPrintable(QString::number(elapsed)));
    QVERIFY2(attempt.durationMs >= 290 && attempt.durationMs < 10000,
        qPrintable(QString::number(attempt.durationMs)));
}

void TestHttpSender::connectionRefusedIsRetried()
{
    const quint16 port = unusedPort();
    QVERIFY(port != 0);
    DeliveryRequest nowhere = request();
    nowhere.url
        = QStringLiteral("http://127.0.0.1:%1/inbound-event/v1/events/json/triggers?urlTokenId=x").arg(port);
    const Attempt attempt = send(nowhere);
    QCOMPARE(attempt.httpStatus, 0);
    QCOMPARE(toString(attempt.outcome.cls), QStringLiteral("retry"));
    QCOMPARE(attempt.outcome.code, QStringLiteral("connection_refused"));
}

void TestHttpSender::droppedConnectionIsRetried()
{
    // Every request is dropped: Qt's HTTP client itself resends once or twice on a closed connection.
    m_fake->setHandler([](const FakeQualtrics::Request &) {
        FakeQualtrics::Reply reply;
        reply.dropConnection = true;
        return reply;
    });
    const Attempt attempt = send(request());
    QCOMPARE(attempt.httpStatus, 0);
    QCOMPARE(toString(attempt.outcome.cls), QStringLiteral("retry"));
    QCOMPARE(attempt.outcome.code, QStringLiteral("connection_reset"));
    QVERIFY(m_fake->requestCount() >= 1);
}

// A host that does not resolve (.invalid never does, RFC 6761): a DNS failure, retried (SPEC §6), as Qt's
// network stack reports it, not as a code the test chose.
void TestHttpSender::unknownHostIsRetried()
{
    DeliveryRequest nowhere = request();
    nowhere.url
        = QStringLiteral("https://qad-test.invalid/inbound-event/v1/events/json/triggers?urlTokenId=x");
    const Attempt attempt = send(nowhere);
    QCOMPARE(attempt.httpStatus, 0);
    QCOMPARE(toString(attempt.outcome.cls), QStringLiteral("retry"));
    QCOMPARE(attempt.outcome.code, QStringLiteral("dns"));
    QVERIFY(attempt.outcome.willRetry());
}

void TestHttpSender::tlsFailureFails()
{
    // A server that answers a TLS ClientHello with plain HTTP: the handshake fails ("wrong version number")
    // and that is final, never ignored. (Pointed at the fake receiver itself, an https URL gets no answer:
    // QHttpServer closes the connection on the unparsable ClientHello and Qt reports RemoteHostClosedError,
    // which is indistinguishable from a reset and so is retried.)
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        }
    });
    DeliveryRequest secure = request();
    secure.url = QStringLiteral("https://127.0.0.1:%1/inbound-event/v1/events/json/triggers?urlTokenId=x")
                     .arg(plain.serverPort());
    const Attempt attempt = send(secure);
    QCOMPARE(attempt.httpStatus, 0);
    QCOMPARE(toString(attempt.outcome.cls), QStringLiteral("failed"));
    QCOMPARE(attempt.outcome.code, QStringLiteral("tls"));
    QVERIFY(!attempt.outcome.willRetry());
}

// HTTPS as with the real endpoint: a certificate no authority vouches for is a final failure that says why;
// once its authority is trusted (QAD_CA_CERTIFICATES), the same receiver is reached.
void TestHttpSender::untrustedCertificateFailsThenTrustedAuthoritySucceeds()
{
    const TestCertificate certificate;
    QVERIFY2(certificate.isValid(), qPrintable(certificate.errorString()));
    FakeQualtrics secure;
    secure.setCredentials(m_username, m_token);
    QVERIFY(secure.listenTls(certificate.certificateFile(), certificate.keyFile()));
    DeliveryRequest toSecure = request();
    toSecure.url = secure.url();
    QVERIFY(toSecure.url.startsWith(QLatin1String("https://127.0.0.1:")));

    const Attempt refused = send(toSecure);
    QCOMPARE(refused.httpStatus, 0);
    QCOMPARE(toString(refused.outcome.cls), QStringLiteral("failed"));
    QCOMPARE(refused.outcome.code, QStringLiteral("tls"));
    QVERIFY2(refused.outcome.message.contains(QLatin1String("self signed"), Qt::CaseInsensitive)
            || refused.outcome.message.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
        qPrintable(refused.outcome.message));
    QCOMPARE(secure.requestCount(), 0);

    QVERIFY(trustExtraCertificates(certificate.certificateFile()));
    QNetworkAccessManager fresh; // connections made before the change keep their old configuration
    const Attempt delivered = HttpSender::sendAndWait(&fresh, toSecure);
    QCOMPARE(delivered.httpStatus, 200);
    QCOMPARE(delivered.outcome.code, QStringLiteral("ok"));
    QCOMPARE(secure.requestCount(), 1);
    QVERIFY(secure.requests().constFirst().authorized);
    QCOMPARE(secure.requests().constFirst().body, toSecure.body);
}

void TestHttpSender::caCertificatesNeedAReadablePemFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.pem"));
    const Status unreadable = trustExtraCertificates(missing);
    QVERIFY(!unreadable);
    QVERIFY(unreadable.error().message.contains(missing));
    QVERIFY(unreadable.error().message.contains(QLatin1String("QAD_CA_CERTIFICATES")));

    const QString notPem = dir.filePath(QStringLiteral("not.pem"));
    QFile file(notPem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a certificate\n");
    file.close();
    const Status garbage = trustExtraCertificates(notPem);
    QVERIFY(!garbage);
    QVERIFY(garbage.error().message.contains(QLatin1String("BEGIN CERTIFICATE")));
}

// One deadline timer serves every request in flight: each still ends at its own deadline, and a request
// whose deadline is later is not cut short by an earlier one.
void TestHttpSender::deadlinesAreKeptPerRequest()
{
    m_fake->setHandler([](const FakeQualtrics::Request &r) {
        FakeQualtrics::Reply reply;
        const QByteArray key = r.header("Idempotency-Key");
        reply.delayMs = key == "hurried" ? 5000 : key == "patient" ? 700 : 0;
        return reply;
    });
    HttpSender sender(m_network.get());
    QSignalSpy finished(&sender, &HttpSender::finished);
    const auto sendAs = [&](const QString &id, int timeoutMs) {
        DeliveryRequest one = request();
        one.activationId = id;
        one.timeoutMs = timeoutMs;
        sender.send(one);
    };
    sendAs(QStringLiteral("patient"), 5000);
    sendAs(QStringLiteral("hurried"), 300);
    sendAs(QStringLiteral("quick"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 4000);
    QHash<QString, Attempt> byId;
    for (const QList<QVariant> &arguments : std::as_const(finished)) {
        const Attempt attempt = arguments.at(0).value<Attempt>();
        byId.insert(attempt.activationId, attempt);
    }
    QCOMPARE(byId.value(QStringLiteral("hurried")).outcome.code, QStringLiteral("timeout"));
    QVERIFY(byId.value(QStringLiteral("hurried")).durationMs >= 290);
    QCOMPARE(byId.value(QStringLiteral("quick")).outcome.code, QStringLiteral("ok"));
    QCOMPARE(byId.value(QStringLiteral("patient")).outcome.code, QStringLiteral("ok"));
    QVERIFY(byId.value(QStringLiteral("patient")).durationMs >= 690);
    QCOMPARE(sender.inFlight(), 0);
}

void TestHttpSender::sendsConcurrentlyAndReportsEachOnce()
{
    HttpSender sender(m_network.get());
    QSignalSpy finished(&sender, &HttpSender::finished);
    FakeQualtrics::Reply slowish;
    slowish.delayMs = 100;
    for (int i = 0; i < 3; ++i) {
        m_fake->enqueue(slowish);
        DeliveryRequest one = request();
        one.activationId = QStringLiteral("act-%1").arg(i);
        sender.send(one);
    }
    QCOMPARE(sender.inFlight(), 3);
    QTRY_COMPARE(finished.count(), 3);
    QCOMPARE(sender.inFlight(), 0);
    QStringList ids;
    for (const QList<QVariant> &arguments : std::as_const(finished)) {
        const Attempt attempt = arguments.at(0).value<Attempt>();
        QCOMPARE(attempt.outcome.code, QStringLiteral("ok"));
        ids.append(attempt.activationId);
    }
    ids.sort();
    QCOMPARE(ids, QStringList({ QStringLiteral("act-0"), QStringLiteral("act-1"), QStringLiteral("act-2") }));
}

void TestHttpSender::redactedHeadersHoldNoToken()
{
    const QByteArray token = m_token.toUtf8();
    const QByteArray basic = (m_username + QLatin1Char(':') + m_token).toUtf8().toBase64();
    for (AuthMode mode : { AuthMode::Basic, AuthMode::Header }) {
        const DeliveryRequest sent = request(mode);
        bool realHasSecret = false;
        for (const auto &[name, value] : requestHeaders(sent, false)) {
            realHasSecret |= value.contains(token) || value.contains(basic);
        }
        QVERIFY(realHasSecret);

        const HeaderList redacted = requestHeaders(sent, true);
        for (const auto &[name, value] : redacted) {
            QVERIFY2(!value.contains(token) && !value.contains(basic), name.constData());
        }
        QVERIFY(redacted.contains(qMakePair(QByteArray("Content-Type"), QByteArray("application/json"))));
        QVERIFY(redacted.contains(qMakePair(QByteArray("Idempotency-Key"), sent.activationId.toUtf8())));
        if (mode == AuthMode::Basic) {
            QVERIFY(redacted.contains(qMakePair(QByteArray("Authorization"), QByteArray("Basic ***"))));
        } else {
            QVERIFY(redacted.contains(qMakePair(QByteArray("X-API-TOKEN"), QByteArray("***"))));
        }

        // What the attempt records is the redacted form.
        const Attempt attempt = send(sent);
        QVERIFY(attempt.requestHeaders == redacted);
    }
}

void TestHttpSender::curlCommandUsesAPlaceholder_data()
{
    QTest::addColumn<AuthMode>("mode");
    QTest::newRow("basic") << AuthMode::Basic;
    QTest::newRow("header") << AuthMode::Header;
}

void TestHttpSender::curlCommandUsesAPlaceholder()
{
    QFETCH(AuthMode, mode);
    const DeliveryRequest sent = request(mode);
    const QString command = curlCommand(sent);
    QVERIFY2(!command.contains(m_token), "the token never appears");
    QVERIFY(!command.contains(
        QString::fromLatin1((m_username + QLatin1Char(':') + m_token).toUtf8().toBase64())));
    QVERIFY2(command.contains(QLatin1String("$QAD_API_TOKEN")), qPrintable(command));
    QVERIFY2(command.startsWith(QStringLiteral("curl -sS -X POST '%1'").arg(sent.url)), qPrintable(command));
    QVERIFY2(command.contains(QLatin1String("-H 'Content-Type: application/json'")), qPrintable(command));
    QVERIFY2(command.contains(QStringLiteral("-H 'Idempotency-Key: %1'").arg(sent.activationId)),
        qPrintable(command));
    QVERIFY2(command.contains(QStringLiteral("--data-binary '%1'").arg(QString::fromUtf8(sent.body))),
        qPrintable(command));
    if (mode == AuthMode::Basic) {
        QVERIFY2(command.contains(QStringLiteral("-u '%1:'\"$QAD_API_TOKEN\"").arg(m_username)),
            qPrintable(command));
    } else {
        QVERIFY2(command.contains(QLatin1String("-H \"X-API-TOKEN: $QAD_API_TOKEN\"")), qPrintable(command));
    }
}

void TestHttpSender::curlCommandReplaysTheRequest()
{
    // The proof that the quoting is right: a shell runs the copied command and the receiver gets the same
    // request, quotes in the body and the username included.
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sh"));
    if (curl.isEmpty() || shell.isEmpty()) {
        QSKIP("curl or sh is not installed");
    }
    const QString username = QStringLiteral("o'brien@example.com");
    m_fake->setCredentials(username, m_token);

    for (AuthMode mode : { AuthMode::Basic, AuthMode::Header }) {
        m_fake->clear();
        DeliveryRequest sent = request(mode);
        sent.username = username;
        sent.body = R"({"person":{"name":{"lastName":"O'Brien \"Ob\" $HOME `x` \\"}}})";

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QAD_API_TOKEN"), m_token);
        environment.remove(QStringLiteral("http_proxy"));
        environment.remove(QStringLiteral("HTTP_PROXY"));
        environment.remove(QStringLiteral("all_proxy"));
        environment.remove(QStringLiteral("ALL_PROXY"));
        process.setProcessEnvironment(environment);
        process.start(shell, { QStringLiteral("-c"), curlCommand(sent) });
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(process.exitCode(), 0);

        QCOMPARE(m_fake->requestCount(), 1);
        const FakeQualtrics::Request &arrived = m_fake->requests().at(0);
        QVERIFY2(arrived.authorized, "curl sent username and token from the environment");
        QCOMPARE(arrived.body, sent.body);
        QCOMPARE(arrived.header("Idempotency-Key"), sent.activationId.toUtf8());
        QCOMPARE(arrived.header("Content-Type"), QByteArray("application/json"));
    }
}

void TestHttpSender::redactedUrlHidesQueryValues_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    QTest::newRow("urlTokenId")
        << QStringLiteral(
               "https://ca1.qualtrics.com/inbound-event/v1/events/json/triggers?urlTokenId=4c3b2a1f-aaaa")
        << QStringLiteral("https://ca1.qualtrics.com/inbound-event/v1/events/json/triggers?urlTokenId=…");
    QTest::newRow("older form")
        << QStringLiteral(
               "https://org.ca1.qualtrics.com/inbound-event/v1/events/JSON/triggers?contextId=c1&userId=UR_1"
               "&brandId=b&triggerId=OC_2")
        << QStringLiteral(
               "https://org.ca1.qualtrics.com/inbound-event/v1/events/JSON/triggers?contextId=…&userId=…"
               "&brandId=…&triggerId=…");
    QTest::newRow("port, no query") << QStringLiteral("http://127.0.0.1:8080/inbound-event/x")
                                    << QStringLiteral("http://127.0.0.1:8080/inbound-event/x");
    QTest::newRow("IPv6 loopback with port") << QStringLiteral("http://[::1]:1/inbound-event/x")
                                             << QStringLiteral("http://[::1]:1/inbound-event/x");
    QTest::newRow("IPv6 loopback, query") << QStringLiteral("http://[0:0:0:0:0:0:0:1]/inbound-event/x?t=1")
                                          << QStringLiteral("http://[::1]/inbound-event/x?t=…");
    QTest::newRow("IPv6, user info dropped") << QStringLiteral("https://u:pw@[2001:db8::5]:8443/p")
                                             << QStringLiteral("https://[2001:db8::5]:8443/p");
    QTest::newRow("user info and fragment dropped")
        << QStringLiteral("https://user:pw@host.qualtrics.com/p?a=1#frag")
        << QStringLiteral("https://host.qualtrics.com/p?a=…");
}

void TestHttpSender::redactedUrlHidesQueryValues()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(redactedUrl(url), expected);
}

void TestHttpSender::describeExchangeShowsWhatHappened()
{
    FakeQualtrics::Reply reply;
    reply.notice = QStringLiteral("Use this host instead");
    m_fake->enqueue(reply);
    const DeliveryRequest sent = request();
    const Attempt attempt = send(sent);
    const QString text = describeExchange(sent, attempt);

    QVERIFY2(!text.contains(m_token), "the token never appears");
    QVERIFY2(text.startsWith(QLatin1String("POST ") + sent.url + QLatin1Char('\n')), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Authorization: Basic ***")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Idempotency-Key: ") + sent.activationId), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\"firstName\": \"Dave\"")), qPrintable(text)); // pretty-printed
    QVERIFY2(text.contains(QLatin1String("Status: 200 OK")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Latency: %1 ms").arg(attempt.durationMs)), qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("Size: %1 byte").arg(attempt.responseBody.size())), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Request ID: ") + attempt.requestId), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Notice: Use this host instead")), qPrintable(text));
    QVERIFY2(
        text.contains(QString::fromUtf8("Outcome: succeeded (ok) — would be retried: no")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\"httpStatus\": \"200 - OK\"")), qPrintable(text));

    FakeQualtrics::Reply unavailable;
    unavailable.status = 503;
    unavailable.body = "upstream down";
    m_fake->enqueue(unavailable);
    const Attempt failedAttempt = send(sent);
    const QString failedText = describeExchange(sent, failedAttempt);
    QVERIFY2(failedText.contains(QLatin1String("Status: 503 Service Unavailable")), qPrintable(failedText));
    QVERIFY2(failedText.contains(QString::fromUtf8("Outcome: retry (http_503) — would be retried: yes")),
        qPrintable(failedText));
    QVERIFY2(failedText.endsWith(QLatin1String("upstream down\n")), qPrintable(failedText));
}

void TestHttpSender::parsesQualtricsMeta()
{
    const auto [requestId, notice] = parseQualtricsMeta(
        R"({"result":{},"meta":{"httpStatus":"200 - OK","requestId":"r-1","notice":"proxied"}})");
    QCOMPARE(requestId, QStringLiteral("r-1"));
    QCOMPARE(notice, QStringLiteral("proxied"));

    const auto [noId, noNotice] = parseQualtricsMeta("not json");
    QVERIFY(noId.isEmpty());
    QVERIFY(noNotice.isEmpty());
    QVERIFY(parseQualtricsMeta(R"({"meta":{"httpStatus":"200 - OK"}})").first.isEmpty());
}

namespace {

// TCP_NODELAY of each of this process's connections to `port` (the client ends: their peer is that port).
QList<int> noDelayOfConnectionsTo(quint16 port)
{
    QList<int> values;
    const QDir proc(QStringLiteral("/proc/self/fd"));
    for (const QString &name : proc.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        const int fd = name.toInt();
        sockaddr_storage peer {};
        socklen_t length = sizeof peer;
        if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) != 0 || peer.ss_family != AF_INET
            || ntohs(reinterpret_cast<const sockaddr_in &>(peer).sin_port) != port) {
            continue;
        }
        int noDelay = -1;
        length = sizeof noDelay;
        getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &noDelay, &length);
        values.append(noDelay);
    }
    return values;
}

} // namespace

// Qt leaves Nagle's algorithm on, and over HTTP/2 that holds each POST's body back until the headers are
// acknowledged. The sender turns it off on each new TLS connection, before anything is sent on it.
void TestHttpSender::connectionsSendWithoutNagleDelay()
{
    const TestCertificate certificate;
    QVERIFY2(certificate.isValid(), qPrintable(certificate.errorString()));
    FakeQualtrics secure;
    secure.setCredentials(m_username, m_token);
    QVERIFY(secure.listenTls(certificate.certificateFile(), certificate.keyFile()));
    QVERIFY(trustExtraCertificates(certificate.certificateFile()));
    const quint16 port = QUrl(secure.url()).port();
    DeliveryRequest toSecure = request();
    toSecure.url = secure.url();

    QNetworkAccessManager network;
    HttpSender sender(&network);
    QSignalSpy finished(&sender, &HttpSender::finished);
    for (int i = 0; i < 3; ++i) {
        toSecure.activationId = QStringLiteral("0b9c6a1e-3d2f-4e5a-8b7c-1a2b3c4d5e7%1").arg(i);
        sender.send(toSecure);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 10000);
    for (const QList<QVariant> &signal : std::as_const(finished)) {
        QCOMPARE(signal.at(0).value<Attempt>().httpStatus, 200);
    }

    // The connections stay open for the next requests: each one has Nagle's algorithm off.
    const QList<int> noDelay = noDelayOfConnectionsTo(port);
    QVERIFY2(!noDelay.isEmpty(), "no connection to the receiver is open");
    QCOMPARE(noDelay, QList<int>(noDelay.size(), 1));
    QCOMPARE(disableNagle(port), 0); // nothing left to change
}

QTEST_GUILESS_MAIN(TestHttpSender)
#include "tst_httpsender.moc"
