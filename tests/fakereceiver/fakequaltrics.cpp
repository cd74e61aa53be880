#include "fakequaltrics.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

namespace qad::test {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

// The Qualtrics v3 envelope (SPEC §2): `result` on success, `meta.error` otherwise.
QByteArray defaultBody(int status, const QString &requestId, const QString &notice)
{
    QJsonObject meta {
        { QStringLiteral("httpStatus"),
            QStringLiteral("%1 - %2").arg(status).arg(QString::fromLatin1(reasonPhrase(status))) },
        { QStringLiteral("requestId"), requestId },
    };
    if (!notice.isEmpty()) {
        meta.insert(QStringLiteral("notice"), notice);
    }
    QJsonObject root;
    if (status >= 200 && status < 300) {
        root.insert(QStringLiteral("result"), QJsonObject {});
    } else {
        meta.insert(QStringLiteral("error"),
            QJsonObject { { QStringLiteral("errorMessage"), QString::fromLatin1(reasonPhrase(status)) },
                { QStringLiteral("errorCode"), QStringLiteral("FAKE_%1").arg(status) } });
    }
    root.insert(QStringLiteral("meta"), meta);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool isJsonContentType(const QByteArray &value)
{
    const QByteArray mediaType = value.split(';').value(0).trimmed().toLower();
    return mediaType == "application/json";
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

} // namespace

QByteArray FakeQualtrics::Request::header(const QByteArray &name) const
{
    return headerValue(headers, name);
}

// QHttpServer (final) only hands out a responder; QAbstractHttpServer::handleRequest hands out the socket
// itself, which is what answering late, answering with any status and dropping the connection need.
class FakeServer final : public QAbstractHttpServer
{
public:
    explicit FakeServer(std::function<void(const QHttpServerRequest &, QTcpSocket *)> onRequest)
        : m_onRequest(std::move(onRequest))
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_onRequest(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    std::function<void(const QHttpServerRequest &, QTcpSocket *)> m_onRequest;
};

struct FakeQualtrics::Private
{
    FakeQualtrics *q = nullptr;
    QString username;
    QString token;
    bool checkCredentials = false;
    QList<Reply> queue;
    std::function<Reply(const Request &)> handler;
    QList<Request> requests;
    // Answers held until enough requests have arrived (Reply::holdUntilRequests), in the order they came.
    struct Held
    {
        QPointer<QTcpSocket> socket;
        int index = 0;
        QByteArray response;
        bool close = false;
        int delayMs = 0;
        int until = 0;
    };
    QList<Held> held;
    quint16 port = 0;
    bool tls = false;
    // Last, so it (and its sockets, and their pending delayed answers) goes before the state they use.
    std::unique_ptr<FakeServer> server;

    bool isAuthorized(const Request &request) const
    {
        if (!checkCredentials) {
            return true;
        }
        const QByteArray authorization = request.header("Authorization");
        if (authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
            const QByteArray expected = (username + QLatin1Char(':') + token).toUtf8();
            if (QByteArray::fromBase64(authorization.mid(6).trimmed()) == expected) {
                return true;
            }
        }
        const QByteArray apiToken = request.header("X-API-TOKEN");
        return !apiToken.isEmpty() && apiToken == token.toUtf8();
    }

    Reply replyFor(const Request &request)
    {
        if (handler) {
            return handler(request);
        }
        if (request.path == u"/API/v3/whoami") {
            return whoami(request);
        }
        Reply reply;
        if (!request.authorized) {
            reply.status = 401;
        } else if (!isJsonContentType(request.header("Content-Type"))) {
            // The vendor page only says "JSON only"; what Qualtrics answers otherwise is undocumented.
            // 400 (not 415) is what its v3 API uses for malformed requests.
            reply.status = 400;
        } else if (!queue.isEmpty()) {
            reply = queue.takeFirst();
        }
        return reply;
    }

    // GET /API/v3/whoami checks an X-API-TOKEN without starting a workflow (SPEC §2).
    Reply whoami(const Request &request) const
    {
        Reply reply;
        const QByteArray apiToken = request.header("X-API-TOKEN");
        if (request.method != "GET"
            || (checkCredentials && (apiToken.isEmpty() || apiToken != token.toUtf8()))) {
            reply.status = request.method != "GET" ? 405 : 401;
            return reply;
        }
        const QJsonObject result { { QStringLiteral("userName"), username },
            { QStringLiteral("userId"), QStringLiteral("UR_0123456789abcde") },
            { QStringLiteral("accountType"), QStringLiteral("UT_BRANDADMIN") } };
        reply.body = QJsonDocument(
            QJsonObject { { QStringLiteral("result"), result },
                { QStringLiteral("meta"),
                    QJsonObject { { QStringLiteral("httpStatus"), QStringLiteral("200 - OK") } } } })
                         .toJson(QJsonDocument::Compact);
        return reply;
    }

    void onRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
    {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        Request request;
        request.method = methodName(httpRequest.method());
        request.path = httpRequest.url().path();
        request.query = httpRequest.url().query();
        request.headers = httpRequest.headers();
        request.body = httpRequest.body();
        request.json = QJsonDocument::fromJson(request.body).object();
        request.authorized = isAuthorized(request);
        request.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);

        const Reply reply = replyFor(request);
        const bool close = request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
        const QByteArray response = responseBytes(reply, request.requestId, close);
        requests.append(request);
        const int index = int(requests.size() - 1);
        Q_EMIT q->requestReceived(index);

        // The socket is the context: a connection the client already gave up cancels what is pending on it.
        if (reply.dropConnection) {
            // Queued: the server still uses the socket once this handler returns. abort() sends a RST.
            QMetaObject::invokeMethod(
                socket, [socket] { socket->abort(); }, Qt::QueuedConnection);
        } else if (reply.holdUntilRequests > requests.size()) {
            held.append({ socket, index, response, close, reply.delayMs, reply.holdUntilRequests });
            constexpr int kLongestHoldMs = 10000;
            QTimer::singleShot(kLongestHoldMs, q, [this] { releaseHeld(true); });
        } else {
            answer(socket, index, response, close, reply.delayMs);
        }
        releaseHeld(false);
    }

    void answer(QTcpSocket *socket, int index, const QByteArray &response, bool close, int delayMs)
    {
        if (delayMs > 0) {
            QTimer::singleShot(delayMs, socket, [this, index, socket, response, close] {
                write(socket, response, close);
                Q_EMIT q->replied(index);
            });
        } else {
            write(socket, response, close);
            Q_EMIT q->replied(index);
        }
    }

    // Answers the held replies whose count of requests is reached (all of them when `all`).
    void releaseHeld(bool all)
    {
        for (auto it = held.begin(); it != held.end();) {
            if (!all && it->until > requests.size()) {
                ++it;
                continue;
            }
            const Held one = *it;
            it = held.erase(it);
            if (one.socket) {
                answer(one.socket, one.index, one.response, one.close, one.delayMs);
            }
        }
    }

    static void write(QTcpSocket *socket, const QByteArray &response, bool close)
    {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            return;
        }
        socket->write(response);
        if (close) {
            socket->disconnectFromHost();
        }
    }

    // Written by hand rather than through QHttpServerResponder: it knows only the statuses in its enum and
    // takes headers as an initializer list.
    static QByteArray responseBytes(const Reply &reply, const QString &requestId, bool close)
    {
        const bool defaulted = reply.body.isEmpty() && (reply.status < 300 || reply.status >= 400);
        const QByteArray body = defaulted ? defaultBody(reply.status, requestId, reply.notice) : reply.body;
        const bool json = defaulted || !QJsonDocument::fromJson(body).isNull();

        QByteArray bytes
            = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
        bytes += json ? "Content-Type: application/json\r\n" : "Content-Type: text/plain; charset=utf-8\r\n";
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        if (!reply.retryAfter.isEmpty()) {
            bytes += "Retry-After: " + reply.retryAfter + "\r\n";
        }
        if (!reply.location.isEmpty()) {
            bytes += "Location: " + reply.location + "\r\n";
        }
        for (const auto &[name, value] : reply.headers) {
            bytes += name + ": " + value + "\r\n";
        }
        if (close) {
            bytes += "Connection: close\r\n";
        }
        bytes += "\r\n" + body;
        return bytes;
    }
};

FakeQualtrics::FakeQualtrics(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->server = std::make_unique<FakeServer>(
        [this](const QHttpServerRequest &request, QTcpSocket *socket) { d->onRequest(request, socket); });
}

FakeQualtrics::~FakeQualtrics() = default;

void FakeQualtrics::setCredentials(const QString &username, const QString &token)
{
    d->username = username;
    d->token = token;
    d->checkCredentials = true;
}

bool FakeQualtrics::listen()
{
    d->port = d->server->listen(QHostAddress::LocalHost, 0);
    return d->port != 0;
}

bool FakeQualtrics::listenTls(const QString &certificatePemFile, const QString &keyPemFile)
{
    QFile certificate(certificatePemFile);
    QFile key(keyPemFile);
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QSslCertificate cert(certificate.readAll(), QSsl::Pem);
    const QSslKey privateKey(key.readAll(), QSsl::Ec, QSsl::Pem);
    if (cert.isNull() || privateKey.isNull()) {
        return false;
    }
    d->server->sslSetup(cert, privateKey);
    d->tls = true;
    return listen();
}

quint16 FakeQualtrics::port() const
{
    return d->port;
}

QString FakeQualtrics::url(const QString &urlTokenId) const
{
    return baseUrl() + QStringLiteral("/inbound-event/v1/events/json/triggers?urlTokenId=") + urlTokenId;
}

QString FakeQualtrics::baseUrl() const
{
    return (d->tls ? QStringLiteral("https://127.0.0.1:%1") : QStringLiteral("http://127.0.0.1:%1"))
        .arg(d->port);
}

void FakeQualtrics::enqueue(const Reply &reply)
{
    d->queue.append(reply);
}

void FakeQualtrics::setHandler(std::function<Reply(const Request &)> handler)
{
    d->handler = std::move(handler);
}

const QList<FakeQualtrics::Request> &FakeQualtrics::requests() const
{
    return d->requests;
}

int FakeQualtrics::requestCount() const
{
    return int(d->requests.size());
}

void FakeQualtrics::clear()
{
    d->requests.clear();
    d->queue.clear();
}

struct TestCertificate::Private
{
    QTemporaryDir dir;
    QString error;
};

TestCertificate::TestCertificate()
    : d(std::make_unique<Private>())
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), keyFile(),
            QStringLiteral("-out"), certificateFile() });
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        d->error = QStringLiteral("openssl req failed (%1): %2")
                       .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAll()));
    }
}

TestCertificate::~TestCertificate() = default;

bool TestCertificate::isValid() const
{
    return d->error.isEmpty() && QFile::exists(certificateFile()) && QFile::exists(keyFile());
}

QString TestCertificate::errorString() const
{
    return d->error;
}

QString TestCertificate::certificateFile() const
{
    return d->dir.filePath(QStringLiteral("cert.pem"));
}

QString TestCertificate::keyFile() const
{
    return d->dir.filePath(QStringLiteral("key.pem"));
}

} // namespace qad::test
