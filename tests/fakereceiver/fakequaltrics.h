#pragma once

#include "config/destination.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <functional>
#include <memory>

namespace qad::test {

// A Qualtrics JSON-event endpoint for tests: a QHttpServer on 127.0.0.1 that checks the auth header and the
// content type like the real one and answers as scripted, request by request.
class FakeQualtrics : public QObject
{
    Q_OBJECT
public:
    // How to answer one request.
    struct Reply
    {
        int status = 200;
        int delayMs = 0; // answer after this long (for deadlines)
        // Answer only once this many requests have arrived in all (or after 10 s, should they never), then
        // after delayMs: for tests of how many requests a client keeps open at once, without racing a timer.
        int holdUntilRequests = 0;
        QByteArray retryAfter; // Retry-After header value, if any
        QByteArray location; // Location header, if any (3xx)
        QByteArray body; // empty: a v3-style {"result":{},"meta":{"httpStatus":…,"requestId":…}}
        QString notice; // meta.notice in the default body
        bool dropConnection = false; // reset the TCP connection without answering
        QList<QPair<QByteArray, QByteArray>> headers; // more headers, as given
    };

    // What arrived.
    struct Request
    {
        QByteArray method;
        QString path;
        QString query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QJsonObject json; // body parsed, when it is a JSON object
        bool authorized = false; // the auth header matched the credentials
        QString requestId; // the requestId we answered with
        QByteArray header(const QByteArray &name) const; // case-insensitive
    };

    explicit FakeQualtrics(QObject *parent = nullptr);
    ~FakeQualtrics() override;

    // Credentials that are accepted (Basic username:token, or X-API-TOKEN: token). Wrong or missing -> 401
    // with a v3 error body. Until this is called every request counts as authorized.
    void setCredentials(const QString &username, const QString &token);

    bool listen(); // on 127.0.0.1, a free port
    // The same over TLS (HTTPS, as the real endpoint) with this certificate, e.g. a TestCertificate's.
    bool listenTls(const QString &certificatePemFile, const QString &keyPemFile);
    quint16 port() const;
    // A JSON-event URL on this receiver, in the form Qualtrics hands out.
    QString url(const QString &urlTokenId = QStringLiteral("7d0c1f52-2b7e-4a43-9d55-1f0a2c3b4d5e")) const;
    QString baseUrl() const; // http://127.0.0.1:PORT, or https:// after listenTls()

    // Replies used in order, one per request that passes the auth and content-type checks (others get 401 /
    // 400 and leave the queue alone); when none is queued the default is 200 with a v3 body.
    void enqueue(const Reply &reply);
    // Overrides everything, checks and queue included: decides the reply for each request.
    void setHandler(std::function<Reply(const Request &)> handler);

    const QList<Request> &requests() const;
    int requestCount() const;
    void clear();

Q_SIGNALS:
    void requestReceived(int index);
    // The answer to request `index` was written (after its delayMs); not for a dropped connection.
    void replied(int index);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// A throwaway self-signed certificate for 127.0.0.1 (made with the openssl command, valid for a day), for
// listenTls() and QAD_CA_CERTIFICATES. The files live as long as the object.
class TestCertificate
{
public:
    TestCertificate();
    ~TestCertificate();
    bool isValid() const; // false when openssl is missing or failed: errorString() says why
    QString errorString() const;
    QString certificateFile() const;
    QString keyFile() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace qad::test
