#include "fakequaltrics.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using qad::test::FakeQualtrics;

namespace {

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QByteArray retryAfter;
    QByteArray location;
    qint64 elapsedMs = 0;
};

} // namespace

// The fake Qualtrics receiver itself: other tests trust it, so it is checked like a real server would be,
// over a real socket with a real HTTP client.
class TestFakeReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listensOnLoopback();
    void acceptsBasicAuth();
    void acceptsApiTokenHeader();
    void refusesMissingOrWrongCredentials_data();
    void refusesMissingOrWrongCredentials();
    void refusesNonJsonContentType();
    void recordsWhatArrived();
    void defaultReplyIsAQualtricsV3Body();
    void answersQueuedRepliesInOrder();
    void queuedRepliesCarryHeadersAndBodies();
    void delaysTheAnswer();
    void dropsTheConnection();
    void handlerOverridesEverything();
    void clearForgetsRequestsAndQueue();

private:
    Answer post(
        const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers, const QString &url = {});
    QList<QPair<QByteArray, QByteArray>> validHeaders() const;

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeQualtrics> m_fake;
    const QString m_username = QStringLiteral("ops@example.com#brand");
    const QString m_token = QStringLiteral("fake-token-0123456789");
};

void TestFakeReceiver::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_fake = std::make_unique<FakeQualtrics>();
    m_fake->setCredentials(m_username, m_token);
    QVERIFY(m_fake->listen());
}

void TestFakeReceiver::cleanup()
{
    m_fake.reset();
    m_network.reset();
}

QList<QPair<QByteArray, QByteArray>> TestFakeReceiver::validHeaders() const
{
    return { { "Authorization", "Basic " + (m_username + QLatin1Char(':') + m_token).toUtf8().toBase64() },
        { "Content-Type", "application/json" } };
}

Answer TestFakeReceiver::post(
    const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers, const QString &url)
{
    QNetworkRequest request { QUrl(url.isEmpty() ? m_fake->url() : url) };
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_network->post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool done = finished.wait(10000);
    Answer answer;
    answer.elapsedMs = clock.elapsed();
    if (!done) {
        reply->abort();
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    answer.retryAfter = reply->rawHeader("Retry-After");
    answer.location = reply->rawHeader("Location");
    reply->deleteLater();
    return answer;
}

void TestFakeReceiver::listensOnLoopback()
{
    QVERIFY(m_fake->port() != 0);
    QCOMPARE(m_fake->baseUrl(), QStringLiteral("http://127.0.0.1:%1").arg(m_fake->port()));
    const QUrl url(m_fake->url(QStringLiteral("abc")));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(url.path(), QStringLiteral("/inbound-event/v1/events/json/triggers"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("urlTokenId")), QStringLiteral("abc"));
}

void TestFakeReceiver::acceptsBasicAuth()
{
    const Answer answer = post("{}", validHeaders());
    QCOMPARE(answer.status, 200);
    QCOMPARE(m_fake->requestCount(), 1);
    QVERIFY(m_fake->requests().at(0).authorized);
}

void TestFakeReceiver::acceptsApiTokenHeader()
{
    const Answer answer
        = post("{}", { { "X-API-TOKEN", m_token.toUtf8() }, { "Content-Type", "application/json" } });
    QCOMPARE(answer.status, 200);
    QVERIFY(m_fake->requests().at(0).authorized);
}

void TestFakeReceiver::refusesMissingOrWrongCredentials_data()
{
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");

    QTest::newRow("none") << QByteArray() << QByteArray();
    QTest::newRow("basic, wrong token")
        << QByteArray("Authorization") << "Basic " + QByteArray("ops@example.com#brand:wrong").toBase64();
    QTest::newRow("basic, wrong user")
        << QByteArray("Authorization") << "Basic " + QByteArray("someone:fake-token-0123456789").toBase64();
    QTest::newRow("basic, not base64") << QByteArray("Authorization") << QByteArray("Basic !!!");
    QTest::newRow("bearer") << QByteArray("Authorization") << QByteArray("Bearer fake-token-0123456789");
    QTest::newRow("api token, wrong") << QByteArray("X-API-TOKEN") << QByteArray("wrong");
}

void TestFakeReceiver::refusesMissingOrWrongCredentials()
{
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);

    QList<QPair<QByteArray, QByteArray>> headers { { "Content-Type", "application/json" } };
    if (!headerName.isEmpty()) {
        headers.append(qMakePair(headerName, headerValue));
    }
    m_fake->enqueue({}); // a queued reply must not stand in for the auth check
    const Answer answer = post("{}", headers);
    QCOMPARE(answer.status, 401);
    QCOMPARE(
        answer.json.value(QLatin1String("meta")).toObject().value(QLatin1String("httpStatus")).toString(),
        QStringLiteral("401 - Unauthorized"));
    QVERIFY(answer.json.value(QLatin1String("meta")).toObject().contains(QLatin1String("error")));
    QCOMPARE(m_fake->requestCount(), 1);
    QVERIFY(!m_fake->requests().at(0).authorized);

    // The queued reply is still there for the next valid request.
    QCOMPARE(post("{}", validHeaders()).status, 200);
}

void TestFakeReceiver::refusesNonJsonContentType()
{
    auto headers = validHeaders();
    headers[1].second = "text/plain";
    QCOMPARE(post("{}", headers).status, 400);

    headers[1].second = "application/json; charset=utf-8";
    QCOMPARE(post("{}", headers).status, 200);
}

void TestFakeReceiver::recordsWhatArrived()
{
    const QByteArray body = R"({"person":{"name":{"firstName":"Dave"}}})";
    auto headers = validHeaders();
    headers.append(qMakePair(QByteArray("Idempotency-Key"), QByteArray("act-1")));
    const Answer answer = post(body, headers, m_fake->url(QStringLiteral("token-id-1")));
    QCOMPARE(answer.status, 200);

    QSignalSpy received(m_fake.get(), &FakeQualtrics::requestReceived);
    post(body, headers);
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toInt(), 1);

    const FakeQualtrics::Request &request = m_fake->requests().at(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/inbound-event/v1/events/json/triggers"));
    QCOMPARE(request.query, QStringLiteral("urlTokenId=token-id-1"));
    QCOMPARE(request.body, body);
    QCOMPARE(request.json.value(QLatin1String("person"))
                 .toObject()
                 .value(QLatin1String("name"))
                 .toObject()
                 .value(QLatin1String("firstName"))
                 .toString(),
        QStringLiteral("Dave"));
    QCOMPARE(request.header("idempotency-key"), QByteArray("act-1"));
    QCOMPARE(request.header("IDEMPOTENCY-KEY"), QByteArray("act-1"));
    QVERIFY(request.header("X-Not-Sent").isEmpty());
}

void TestFakeReceiver::defaultReplyIsAQualtricsV3Body()
{
    FakeQualtrics::Reply withNotice;
    withNotice.notice = QStringLiteral("Request proxied. For faster response times, use this host instead");
    m_fake->enqueue(withNotice);

    const Answer first = post("{}", validHeaders());
    QCOMPARE(first.status, 200);
    QVERIFY(first.json.value(QLatin1String("result")).isObject());
    const QJsonObject meta = first.json.value(QLatin1String("meta")).toObject();
    QCOMPARE(meta.value(QLatin1String("httpStatus")).toString(), QStringLiteral("200 - OK"));
    QCOMPARE(meta.value(QLatin1String("requestId")).toString(), m_fake->requests().at(0).requestId);
    QCOMPARE(meta.value(QLatin1String("notice")).toString(), withNotice.notice);

    const Answer second = post("{}", validHeaders());
    const QJsonObject secondMeta = second.json.value(QLatin1String("meta")).toObject();
    QVERIFY(!secondMeta.contains(QLatin1String("notice")));
    QVERIFY(secondMeta.value(QLatin1String("requestId")).toString()
        != meta.value(QLatin1String("requestId")).toString());
}

void TestFakeReceiver::answersQueuedRepliesInOrder()
{
    for (int status : { 201, 503, 404 }) {
        FakeQualtrics::Reply reply;
        reply.status = status;
        m_fake->enqueue(reply);
    }
    QCOMPARE(post("{}", validHeaders()).status, 201);
    QCOMPARE(post("{}", validHeaders()).status, 503);
    QCOMPARE(post("{}", validHeaders()).status, 404);
    QCOMPARE(post("{}", validHeaders()).status, 200); // queue empty: the default
    QCOMPARE(m_fake->requestCount(), 4);
}

void TestFakeReceiver::queuedRepliesCarryHeadersAndBodies()
{
    FakeQualtrics::Reply limited;
    limited.status = 429;
    limited.retryAfter = "17";
    m_fake->enqueue(limited);
    FakeQualtrics::Reply moved;
    moved.status = 302;
    moved.location = "https://elsewhere.example/";
    m_fake->enqueue(moved);
    FakeQualtrics::Reply raw;
    raw.status = 502;
    raw.body = "<html>bad gateway</html>";
    m_fake->enqueue(raw);

    const Answer first = post("{}", validHeaders());
    QCOMPARE(first.status, 429);
    QCOMPARE(first.retryAfter, QByteArray("17"));
    QCOMPARE(first.json.value(QLatin1String("meta")).toObject().value(QLatin1String("httpStatus")).toString(),
        QStringLiteral("429 - Too Many Requests"));

    const Answer second = post("{}", validHeaders());
    QCOMPARE(second.status, 302);
    QCOMPARE(second.location, QByteArray("https://elsewhere.example/"));

    const Answer third = post("{}", validHeaders());
    QCOMPARE(third.status, 502);
    QCOMPARE(third.body, QByteArray("<html>bad gateway</html>"));
}

void TestFakeReceiver::delaysTheAnswer()
{
    FakeQualtrics::Reply slow;
    slow.delayMs = 1500;
    m_fake->enqueue(slow);
    const Answer answer = post("{}", validHeaders());
    QCOMPARE(answer.status, 200);
    QVERIFY2(answer.elapsedMs >= 1500, qPrintable(QString::number(answer.elapsedMs)));

    // The next one is not held up (a loopback answer takes milliseconds; the bound leaves room for a busy
    // machine).
    const Answer next = post("{}", validHeaders());
    QCOMPARE(next.status, 200);
    QVERIFY2(next.elapsedMs < 1500, qPrintable(QString::number(next.elapsedMs)));
}

void TestFakeReceiver::dropsTheConnection()
{
    // Qt's client resends a request once or twice when a kept-alive connection closes under it, so every
    // request is dropped here.
    m_fake->setHandler([](const FakeQualtrics::Request &) {
        FakeQualtrics::Reply reply;
        reply.dropConnection = true;
        return reply;
    });
    const Answer answer = post("{}", validHeaders());
    QCOMPARE(answer.status, 0);
    QVERIFY2(answer.error == QNetworkReply::RemoteHostClosedError
            || answer.error == QNetworkReply::ConnectionRefusedError,
        qPrintable(QString::number(answer.error)));
    QVERIFY(m_fake->requestCount() >= 1);

    // The server keeps serving afterwards.
    m_fake->setHandler({});
    QCOMPARE(post("{}", validHeaders()).status, 200);
}

void TestFakeReceiver::handlerOverridesEverything()
{
    m_fake->setHandler([](const FakeQualtrics::Request &request) {
        FakeQualtrics::Reply reply;
        reply.status = request.authorized ? 202 : 418;
        return reply;
    });
    QCOMPARE(post("{}", validHeaders()).status, 202);
    QCOMPARE(post("{}", { { "Content-Type", "text/plain" } }).status, 418);
}

void TestFakeReceiver::clearForgetsRequestsAndQueue()
{
    FakeQualtrics::Reply failing;
    failing.status = 500;
    m_fake->enqueue(failing);
    m_fake->clear();
    QCOMPARE(m_fake->requestCount(), 0);
    QCOMPARE(post("{}", validHeaders()).status, 200);
    QCOMPARE(m_fake->requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestFakeReceiver)
#include "tst_fakereceiver.moc"
