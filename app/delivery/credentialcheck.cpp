#include "delivery/credentialcheck.h"

#include "config/validation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace qad {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::CredentialCheck)
};

CredentialCheck interpret(QNetworkReply *reply, const QString &host, bool timedOut, int timeoutMs)
{
    CredentialCheck check;
    check.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (check.httpStatus >= 200 && check.httpStatus < 300) {
        check.result = CredentialCheck::Result::Valid;
        check.userName = QJsonDocument::fromJson(body)
                             .object()
                             .value(QLatin1String("result"))
                             .toObject()
                             .value(QLatin1String("userName"))
                             .toString();
        check.message = check.userName.isEmpty()
            ? Tr::tr("The token is valid on %1.").arg(host)
            : Tr::tr("The token is valid on %1 (user %2).").arg(host, check.userName);
    } else if (check.httpStatus == 401 || check.httpStatus == 403) {
        check.result = CredentialCheck::Result::Invalid;
        check.message = Tr::tr("%1 refused the token (HTTP %2): store the right one with `qadctl token set`.")
                            .arg(host)
                            .arg(check.httpStatus);
    } else if (timedOut) {
        check.message = Tr::tr("%1 did not answer within %2 s; check the network and try again.")
                            .arg(host)
                            .arg(timeoutMs / 1000.0);
    } else if (check.httpStatus != 0) {
        check.message
            = Tr::tr("%1 answered HTTP %2 to the credential check; the token could not be verified.")
                  .arg(host)
                  .arg(check.httpStatus);
    } else {
        check.message = Tr::tr("Could not reach %1: %2.").arg(host, reply->errorString());
    }
    return check;
}
} // namespace

QString whoamiUrl(const QString &jsonEventUrl)
{
    const QUrl event(jsonEventUrl, QUrl::StrictMode);
    if (!event.isValid() || event.host().isEmpty()) {
        return {};
    }
    QUrl url;
    url.setScheme(event.scheme());
    url.setHost(event.host());
    url.setPort(event.port());
    url.setPath(QStringLiteral("/API/v3/whoami"));
    return url.toString();
}

CredentialChecker::CredentialChecker(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply) {
            m_reply->abort(); // emits finished, handled below
        }
    });
}

CredentialChecker::~CredentialChecker()
{
    cancel();
}

void CredentialChecker::start(const QString &jsonEventUrl, const QString &token, int timeoutMs)
{
    cancel();
    m_running = true;
    m_timedOut = false;
    m_timeoutMs = timeoutMs;
    const quint64 generation = ++m_generation;
    const QString url = whoamiUrl(jsonEventUrl);
    // The token never goes where the destination's own validation refuses to send (SPEC §3): plain http is
    // for a loopback host only.
    QString refused;
    for (const ValidationIssue &issue : validateUrl(jsonEventUrl)) {
        if (issue.isError() && refused.isEmpty()) {
            refused = Tr::tr("The token was not sent: %1").arg(issue.message);
        }
    }
    if (url.isEmpty() || !refused.isEmpty()) {
        CredentialCheck check;
        check.message = !refused.isEmpty()
            ? refused
            : Tr::tr("The destination URL has no host to check the token against; fix the URL first.");
        // Queued, so callers connect and update their UI the same way whatever the outcome.
        QMetaObject::invokeMethod(
            this,
            [this, check, generation] {
                if (generation == m_generation && m_running) {
                    finish(check);
                }
            },
            Qt::QueuedConnection);
        return;
    }
    m_host = QUrl(url).host();
    QNetworkRequest request { QUrl(url) };
    request.setRawHeader("X-API-TOKEN", token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_reply = m_network->get(request);
    connect(m_reply.data(), &QNetworkReply::finished, this, &CredentialChecker::onReplyFinished);
    m_deadline->start(timeoutMs);
}

void CredentialChecker::cancel()
{
    m_deadline->stop();
    m_running = false;
    ++m_generation;
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void CredentialChecker::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || sender() != reply) {
        return;
    }
    m_reply.clear();
    m_deadline->stop();
    const CredentialCheck check = interpret(reply, m_host, m_timedOut, m_timeoutMs);
    reply->deleteLater();
    finish(check);
}

void CredentialChecker::finish(const CredentialCheck &check)
{
    m_running = false;
    Q_EMIT finished(check);
}

CredentialCheck checkCredentials(
    QNetworkAccessManager *network, const QString &jsonEventUrl, const QString &token, int timeoutMs)
{
    CredentialChecker checker(network);
    CredentialCheck result;
    QEventLoop loop;
    QObject::connect(&checker, &CredentialChecker::finished, &loop, [&](const CredentialCheck &check) {
        result = check;
        loop.quit();
    });
    checker.start(jsonEventUrl, token, timeoutMs);
    // finished is never emitted from inside start(), so the loop cannot miss it.
    loop.exec();
    return result;
}

} // namespace qad
