#include "delivery/credentialcheck.h"

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

CredentialCheck checkCredentials(QNetworkAccessManager *network, const QString &jsonEventUrl, const QString &token,
                                 int timeoutMs)
{
    CredentialCheck check;
    const QString url = whoamiUrl(jsonEventUrl);
    if (url.isEmpty()) {
        check.message = Tr::tr("The destination URL has no host to check the token against; fix the URL first.");
        return check;
    }
    QNetworkRequest request { QUrl(url) };
    request.setRawHeader("X-API-TOKEN", token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network->get(request);
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    if (!reply->isFinished()) {
        loop.exec();
    }
    check.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString host = QUrl(url).host();
    if (check.httpStatus >= 200 && check.httpStatus < 300) {
        check.result = CredentialCheck::Result::Valid;
        check.userName = QJsonDocument::fromJson(body).object().value(QLatin1String("result")).toObject()
                             .value(QLatin1String("userName")).toString();
        check.message = Tr::tr("The token is valid on %1 (user %2).").arg(host, check.userName);
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
        check.message = Tr::tr("%1 answered HTTP %2 to the credential check; the token could not be verified.")
                            .arg(host)
                            .arg(check.httpStatus);
    } else {
        check.message = Tr::tr("Could not reach %1: %2.").arg(host, reply->errorString());
    }
    delete reply;
    return check;
}

} // namespace qad
