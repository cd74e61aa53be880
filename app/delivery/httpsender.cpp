#include "delivery/httpsender.h"

#include "delivery/lowdelay.h"
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
#include <limits>
#include <memory>

namespace qad {

namespace {

const QByteArray kIdempotencyKey = QByteArrayLiteral("Idempotency-Key");

// Caps what one answer may hold in memory; a JSON-event reply is a few hundred bytes.
constexpr qint64 kMaxResponseBytes = 1024 * 1024;

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

// At most kMaxKeptHeaderBytes of `bytes`, not cutting a UTF-8 character, and "…" when cut.
QByteArray keptHeaderBytes(const QByteArray &bytes)
{
    if (bytes.size() <= kMaxKeptHeaderBytes) {
        return bytes;
    }
    qsizetype end = kMaxKeptHeaderBytes;
    while (end > 0 && (quint8(bytes.at(end)) & 0xC0) == 0x80) {
        --end; // a continuation byte: the character starts before
    }
    return bytes.left(end) + "\xE2\x80\xA6"; // …
}

Attempt attemptFrom(QNetworkReply *reply, qint64 durationMs, bool timedOut, const QStringList &sslErrors)
{
    Attempt attempt;
    attempt.durationMs = durationMs;
    attempt.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    attempt.responseHeaders = keptResponseHeaders(reply->rawHeaderPairs());
    if (reply->isOpen()) { // not after our deadline aborted it
        // read(max) would allocate `max` bytes up front: a megabyte per request adds up at thousands per
        // second.
        attempt.responseBody = reply->read(qMin(reply->bytesAvailable(), kMaxResponseBytes));
    }
    const auto [requestId, notice] = parseQualtricsMeta(attempt.responseBody);
    attempt.requestId = requestId;
    attempt.notice = notice;
    const QByteArray location = reply->rawHeader("Location");
    attempt.location = shownLocation(location); // kept in the history: capped like the message

    QString errorString = reply->errorString();
    if (!sslErrors.isEmpty()) {
        errorString = sslErrors.join(QStringLiteral("; "));
    }
    attempt.outcome = classifyOutcome(
        attempt.httpStatus, reply->error(), timedOut, reply->rawHeader("Retry-After"), location, errorString);
    return attempt;
}

} // namespace

HeaderList keptResponseHeaders(const HeaderList &headers)
{
    HeaderList kept;
    kept.reserve(std::min(headers.size(), kMaxKeptResponseHeaders));
    for (const auto &[name, value] : headers) {
        if (kept.size() == kMaxKeptResponseHeaders) {
            break;
        }
        kept.append({ keptHeaderBytes(name), keptHeaderBytes(value) });
    }
    return kept;
}

DeliveryRequest DeliveryRequest::to(
    const Destination &destination, const QString &activationId, const QString &token, const QByteArray &body)
{
    DeliveryRequest request;
    request.activationId = activationId;
    request.destinationId = destination.id;
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
    headers.append({ kIdempotencyKey, request.activationId.toUtf8() });
    headers.append({ QByteArrayLiteral("User-Agent"), QByteArrayLiteral("qad/" QAD_VERSION_STRING) });
    return headers;
}

HttpSender::HttpSender(QNetworkAccessManager *network, QObject *parent)
    : HttpSender(QList<QNetworkAccessManager *> { network }, parent)
{ }

HttpSender::HttpSender(const QList<QNetworkAccessManager *> &networks, QObject *parent)
    : QObject(parent)
    , m_networks(networks)
    , m_inFlightPerNetwork(networks.size(), 0)
    , m_deadline(new QTimer(this))
{
    Q_ASSERT(!m_networks.isEmpty());
    m_clock.start();
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(m_deadline, &QTimer::timeout, this, &HttpSender::onDeadline);
    for (QNetworkAccessManager *network : std::as_const(m_networks)) {
        // The manager may serve others too (a shared one in the GUI): replies not sent here are left alone.
        connect(network, &QNetworkAccessManager::finished, this, &HttpSender::onFinished);
        // Not ignored: recording them gives the failure a precise reason.
        connect(network, &QNetworkAccessManager::sslErrors, this, &HttpSender::onSslErrors);
        // Once per connection, before it sends anything: Qt leaves Nagle's algorithm on, which over HTTP/2
        // holds each request's body back for a round trip (see lowdelay.h).
        connect(network, &QNetworkAccessManager::encrypted, this,
            [](QNetworkReply *reply) { disableNagle(reply->url().port(443)); });
    }
}

// Replies still out belong to the manager; the connections to this sender go with it (the manager may already
// be gone, e.g. a sibling destroyed first).
HttpSender::~HttpSender() = default;

void HttpSender::send(const DeliveryRequest &request)
{
    Pending pending;
    pending.activationId = request.activationId;
    pending.destinationId = request.destinationId;
    pending.startedAt = QDateTime::currentDateTimeUtc();
    const QNetworkRequest networkRequest = networkRequestFor(request, &pending.requestHeaders);
    pending.sentAtMs = m_clock.elapsed();
    // A wall-clock deadline for the whole attempt (DNS, connect, TLS, transfer), not an inactivity timer.
    pending.deadlineMs = pending.sentAtMs + qMax(1, request.timeoutMs);

    pending.network = int(std::min_element(m_inFlightPerNetwork.cbegin(), m_inFlightPerNetwork.cend())
        - m_inFlightPerNetwork.cbegin());
    QNetworkReply *reply = m_networks.at(pending.network)->post(networkRequest, request.body);
    ++m_inFlightPerNetwork[pending.network];
    ++m_inFlight;
    m_pending.insert(reply, std::move(pending));
    armDeadline();
}

QNetworkRequest HttpSender::networkRequestFor(const DeliveryRequest &request, HeaderList *redactedHeaders)
{
    if (!m_template || m_template->url != request.url || m_template->authMode != request.authMode
        || m_template->username != request.username || m_template->token != request.token) {
        m_template = Template { request.url, request.authMode, request.username, request.token,
            networkRequest(request), requestHeaders(request, true) };
    }
    const QByteArray key = request.activationId.toUtf8();
    QNetworkRequest prepared = m_template->request;
    prepared.setRawHeader(kIdempotencyKey, key);
    *redactedHeaders = m_template->redactedHeaders;
    for (auto &[name, value] : *redactedHeaders) {
        if (name == kIdempotencyKey) {
            value = key;
        }
    }
    return prepared;
}

void HttpSender::onFinished(QNetworkReply *reply)
{
    const auto found = m_pending.find(reply);
    if (found == m_pending.end()) {
        return;
    }
    const Pending pending = std::move(found.value());
    m_pending.erase(found);
    Attempt attempt
        = attemptFrom(reply, m_clock.elapsed() - pending.sentAtMs, pending.timedOut, pending.sslErrors);
    if (attempt.outcome.pausesDestination) {
        attempt.outcome.message = credentialsRefusedMessage(attempt.httpStatus, pending.destinationId);
    }
    attempt.activationId = pending.activationId;
    attempt.startedAt = pending.startedAt;
    attempt.requestHeaders = pending.requestHeaders;
    reply->deleteLater();
    --m_inFlightPerNetwork[pending.network];
    --m_inFlight;
    if (m_pending.isEmpty()) {
        m_deadline->stop();
    }
    Q_EMIT finished(attempt);
}

void HttpSender::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const auto found = m_pending.find(reply);
    if (found == m_pending.end()) {
        return;
    }
    for (const QSslError &error : errors) {
        found->sslErrors.append(error.errorString());
    }
}

// Aborts what is past its deadline (abort() reports finished() at once), then waits for the next one.
void HttpSender::onDeadline()
{
    const qint64 now = m_clock.elapsed();
    QList<QNetworkReply *> expired;
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (!it->timedOut && it->deadlineMs <= now) {
            it->timedOut = true;
            expired.append(it.key());
        }
    }
    for (QNetworkReply *reply : std::as_const(expired)) {
        if (m_pending.contains(reply)) {
            reply->abort();
        }
    }
    armDeadline();
}

void HttpSender::armDeadline()
{
    qint64 next = -1;
    for (const Pending &pending : std::as_const(m_pending)) {
        if (!pending.timedOut && (next < 0 || pending.deadlineMs < next)) {
            next = pending.deadlineMs;
        }
    }
    if (next < 0) {
        m_deadline->stop();
        return;
    }
    const qint64 wait = qMax<qint64>(0, next - m_clock.elapsed());
    // Re-armed only when the earliest deadline moves closer: restarting a timer costs a system call.
    if (!m_deadline->isActive() || m_deadline->remainingTime() > wait) {
        m_deadline->start(int(qMin<qint64>(wait, std::numeric_limits<int>::max())));
    }
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
