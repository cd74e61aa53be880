#include "delivery/requestview.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace qad {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::RequestView)
};

// POSIX shell single quoting: everything literal, a ' becomes '\''.
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// The body as a reader wants it: indented when it is JSON, as received otherwise.
QString prettyBody(const QByteArray &body)
{
    if (body.isEmpty()) {
        return Tr::tr("(empty)");
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !document.isNull()) {
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    }
    return QString::fromUtf8(body);
}

// HTTP/2 carries no reason phrase, so the view names the status itself.
QString reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 202:
        return QStringLiteral("Accepted");
    case 204:
        return QStringLiteral("No Content");
    case 301:
        return QStringLiteral("Moved Permanently");
    case 302:
        return QStringLiteral("Found");
    case 303:
        return QStringLiteral("See Other");
    case 307:
        return QStringLiteral("Temporary Redirect");
    case 308:
        return QStringLiteral("Permanent Redirect");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 413:
        return QStringLiteral("Content Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

QString headerLines(const HeaderList &headers)
{
    QString text;
    for (const auto &[name, value] : headers) {
        text
            += QString::fromLatin1(name) + QLatin1String(": ") + QString::fromUtf8(value) + QLatin1Char('\n');
    }
    return text;
}

} // namespace

QString curlCommand(const DeliveryRequest &request)
{
    const QString continuation = QStringLiteral(" \\\n  ");
    QString command = QStringLiteral("curl -sS -X POST ") + shellQuote(request.url);
    if (request.authMode == AuthMode::Basic) {
        // curl builds the same "Basic base64(username:token)" header; the token stays in the environment.
        command += continuation + QStringLiteral("-u ") + shellQuote(request.username + QLatin1Char(':'))
            + QStringLiteral("\"$QAD_API_TOKEN\"");
    } else {
        command += continuation + QStringLiteral("-H \"X-API-TOKEN: $QAD_API_TOKEN\"");
    }
    for (const auto &[name, value] : requestHeaders(request, true)) {
        if (name == "Authorization" || name == "X-API-TOKEN") {
            continue;
        }
        command += continuation + QStringLiteral("-H ")
            + shellQuote(QString::fromLatin1(name) + QLatin1String(": ") + QString::fromUtf8(value));
    }
    command += continuation + QStringLiteral("--data-binary ") + shellQuote(QString::fromUtf8(request.body));
    return command;
}

QString redactedUrl(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty()) {
        return Tr::tr("(not a valid URL)");
    }
    // User info and fragment are dropped: the first can hold a password, neither identifies the endpoint.
    // The authority keeps an IPv6 address in its brackets ([::1]:8080), which host() leaves out.
    QString text = parsed.scheme() + QLatin1String("://")
        + parsed.adjusted(QUrl::RemoveUserInfo).authority(QUrl::FullyEncoded);
    text += parsed.path(QUrl::FullyEncoded);
    if (parsed.hasQuery()) {
        QStringList items;
        const auto pairs = QUrlQuery(parsed).queryItems(QUrl::FullyEncoded);
        for (const auto &[key, value] : pairs) {
            items.append(value.isEmpty() ? key : key + QStringLiteral("=…"));
        }
        text += QLatin1Char('?') + items.join(QLatin1Char('&'));
    }
    return text;
}

QString describeExchange(const DeliveryRequest &request, const Attempt &attempt)
{
    QString text;
    text += QStringLiteral("POST ") + request.url + QLatin1Char('\n');
    text += headerLines(
        attempt.requestHeaders.isEmpty() ? requestHeaders(request, true) : attempt.requestHeaders);
    text += QLatin1Char('\n') + prettyBody(request.body) + QLatin1String("\n\n");

    if (attempt.httpStatus > 0) {
        text += Tr::tr("Status: %1")
                    .arg((QString::number(attempt.httpStatus) + QLatin1Char(' ')
                        + reasonPhrase(attempt.httpStatus))
                             .trimmed());
    } else {
        text += Tr::tr("Status: no response");
    }
    text += QLatin1Char('\n') + Tr::tr("Latency: %1 ms").arg(attempt.durationMs) + QLatin1Char('\n');
    text += Tr::tr("Size: %Ln byte(s)", "the size of the endpoint's answer", int(attempt.responseBody.size()))
        + QLatin1Char('\n');
    if (!attempt.requestId.isEmpty()) {
        text += Tr::tr("Request ID: %1").arg(attempt.requestId) + QLatin1Char('\n');
    }
    if (!attempt.notice.isEmpty()) {
        text += Tr::tr("Notice: %1").arg(attempt.notice) + QLatin1Char('\n');
    }
    if (!attempt.location.isEmpty()) {
        text += Tr::tr("Location: %1").arg(attempt.location) + QLatin1Char('\n');
    }
    text += Tr::tr("Outcome: %1 (%2) — would be retried: %3")
                .arg(toString(attempt.outcome.cls), attempt.outcome.code,
                    attempt.outcome.willRetry() ? Tr::tr("yes") : Tr::tr("no"))
        + QLatin1Char('\n');
    if (!attempt.outcome.message.isEmpty()) {
        text += attempt.outcome.message + QLatin1Char('\n');
    }

    if (!attempt.responseHeaders.isEmpty()) {
        text += QLatin1Char('\n') + Tr::tr("Response headers:") + QLatin1Char('\n');
        text += headerLines(attempt.responseHeaders);
    }
    if (attempt.httpStatus > 0) {
        text += QLatin1Char('\n') + Tr::tr("Response body:") + QLatin1Char('\n');
        text += prettyBody(attempt.responseBody) + QLatin1Char('\n');
    }
    return text;
}

} // namespace qad
