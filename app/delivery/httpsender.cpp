#include "delivery/httpsender.h"

#include "qad/version.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <memory>

namespace qad {

namespace {

// Caps what one answer may hold in memory; a JSON-event reply is a few hundred bytes.
constexpr qint64 kMaxResponseBytes = 1024 * 1024;

// What the reply's handlers share: whether our deadline fired, and the TLS errors seen (never ignored).
struct InFlight
{
    QElapsedTimer clock;
    bool timedOut = false;
    QStringList sslErrors;
};

QNetworkRequest networkRequest(const DeliveryRequest &request)
{
    QNetworkRequest networkRequest { QUrl(request.url) };
    // The request shares these buffers until it is sent; they go when it is destroyed.
    const HeaderList headers = requestHeaders(request, false);
    for (const auto &[name, value] : headers) {
        networkRequest.setRawHeader(name, value);
    }
    // Redirects would resend the token to another host and hide a wrong URL (SPEC §6): report them instead.
    networkRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    // The auth header is set up front; nothing cached from another exchange may stand in for it.
    networkRequest.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return networkRequest;
}

Attempt attemptFrom(QNetworkReply *reply, const InFlight &state)
{
    Attempt attempt;
    attempt.durationMs = state.clock.elapsed();
    attempt.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    attempt.responseHeaders = reply->rawHeaderPairs();
    if (reply->isOpen()) { // not after our deadline aborted it
        // read(max) would allocate `max` bytes up front: a megabyte per request adds up at thousands per
        // second.
        attempt.responseBody = reply->read(qMin(reply->bytesAvailable(), kMaxResponseBytes));
    }
    const auto [requestId, notice] = parseQualtricsMeta(attempt.responseBody);
    attempt.requestId = requestId;
    attempt.notice = notice;
    const QByteArray location = reply->rawHeader("Location");
    attempt.location = QString::fromUtf8(location);

    QString errorString = reply->errorString();
    if (!state.sslErrors.isEmpty()) {
        errorString = state.sslErrors.join(QStringLiteral("; "));
    }
    attempt.outcome = classifyOutcome(attempt.httpStatus, reply->error(), state.timedOut,
        reply->rawHeader("Retry-After"), location, errorString);
    return attempt;
}

} // namespace

DeliveryRequest DeliveryRequest::to(
    const Destination &destination, const QString &activationId, const QString &token, const QByteArray &body)
{
    DeliveryRequest request;
    request.activationId = activationId;
    request.url = destination.url;
    request.authMode = destination.authMode;
    request.username = destination.username;
    request.token = token;
    request.body = body;
    request.timeoutMs = std::max(destination.delivery.timeoutSeconds, 1) * 1000;
    return request;
}

HeaderList requestHeaders(const DeliveryRequest &request, bool redacted)
{
    HeaderList headers;
    if (request.authMode == AuthMode::Basic) {
        if (redacted) {
            headers.append({ QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ***") });
        } else {
            // Qualtrics' "modified basic auth" (SPEC §2): username and API token, no challenge round trip.
            QByteArray credentials = request.username.toUtf8() + ':' + request.token.toUtf8();
            headers.append({ QByteArrayLiteral("Authorization"), "Basic " + credentials.toBase64() });
            credentials.fill('\0');
        }
    } else {
        headers.append({ QByteArrayLiteral("X-API-TOKEN"),
            redacted ? QByteArrayLiteral("***") : request.token.toUtf8() });
    }
    headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    headers.append({ QByteArrayLiteral("Idempotency-Key"), request.activationId.toUtf8() });
    headers.append({ QByteArrayLiteral("User-Agent"), QByteArrayLiteral("qad/" QAD_VERSION_STRING) });
    return headers;
}

HttpSender::HttpSender(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

void HttpSender::send(const DeliveryRequest &request)
{
    auto state = std::make_shared<InFlight>();
    Attempt sent;
    sent.activationId = request.activationId;
    sent.startedAt = QDateTime::currentDateTimeUtc();
    sent.requestHeaders = requestHeaders(request, true);

    state->clock.start();
    QNetworkReply *reply = m_network->post(networkRequest(request), request.body);
    ++m_inFlight;

    // A wall-clock deadline for the whole attempt (DNS, connect, TLS, transfer), not an inactivity timer.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    deadline->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(deadline, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    deadline->start(qMax(1, request.timeoutMs));

    // Not ignored: recording them gives the failure a precise reason.
    connect(reply, &QNetworkReply::sslErrors, this, [state](const QList<QSslError> &errors) {
        for (const QSslError &error : errors) {
            state->sslErrors.append(error.errorString());
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, deadline, state, sent] {
        deadline->stop();
        Attempt attempt = attemptFrom(reply, *state);
        attempt.activationId = sent.activationId;
        attempt.startedAt = sent.startedAt;
        attempt.requestHeaders = sent.requestHeaders;
        reply->deleteLater();
        --m_inFlight;
        Q_EMIT finished(attempt);
    });
}

Attempt HttpSender::sendAndWait(QNetworkAccessManager *network, const DeliveryRequest &request)
{
    HttpSender sender(network);
    QEventLoop loop;
    std::optional<Attempt> result;
    connect(&sender, &HttpSender::finished, &loop, [&](const Attempt &attempt) {
        result = attempt;
        loop.quit();
    });
    sender.send(request);
    if (!result) {
        loop.exec();
    }
    return *result;
}

QPair<QString, QString> parseQualtricsMeta(const QByteArray &body)
{
    const QJsonObject meta = QJsonDocument::fromJson(body).object().value(QLatin1String("meta")).toObject();
    return { meta.value(QLatin1String("requestId")).toString(),
        meta.value(QLatin1String("notice")).toString() };
}

} // namespace qad
