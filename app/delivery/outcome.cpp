#include "delivery/outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace qad {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::Outcome)
};

int clampRetryAfter(qint64 seconds)
{
    return int(std::clamp<qint64>(seconds, kMinRetryAfterSeconds, kMaxRetryAfterSeconds));
}

// RFC 9110 §5.6.7: IMF-fixdate is what servers send; the two obsolete forms must still be accepted. The
// weekday is dropped before parsing: it adds nothing, and Qt rejects a date whose weekday does not match
// (which two-digit years would otherwise cause).
std::optional<QDateTime> parseHttpDate(const QString &text)
{
    const QString simplified = text.simplified(); // asctime pads single-digit days with a space
    const int comma = simplified.indexOf(QLatin1Char(','));
    const QString withoutWeekday
        = comma >= 0 ? simplified.mid(comma + 1).trimmed() : simplified.section(QLatin1Char(' '), 1);
    const QLocale c = QLocale::c();
    const QString formats[] = {
        QStringLiteral("dd MMM yyyy hh:mm:ss 'GMT'"), // Sun, 06 Nov 1994 08:49:37 GMT
        QStringLiteral("dd-MMM-yy hh:mm:ss 'GMT'"), // Sunday, 06-Nov-94 08:49:37 GMT
        QStringLiteral("MMM d hh:mm:ss yyyy"), // Sun Nov  6 08:49:37 1994
    };
    for (const QString &format : formats) {
        QDateTime parsed = c.toDateTime(withoutWeekday, format);
        if (parsed.isValid()) {
            parsed.setTimeSpec(Qt::UTC);
            if (parsed.date().year() < 1970) { // two-digit years of the RFC 850 form
                parsed = parsed.addYears(100);
            }
            return parsed;
        }
    }
    return std::nullopt;
}

// Qt's transport error strings can quote the URL, whose query values are secrets (SPEC §9).
QString withoutQueryValues(QString text)
{
    static const QRegularExpression query(QStringLiteral(R"((\w+://[^\s?#]*)\?\S*)"));
    return text.replace(query, QStringLiteral("\\1?…"));
}

Outcome make(OutcomeClass cls, const QString &code, const QString &message)
{
    Outcome outcome;
    outcome.cls = cls;
    outcome.code = code;
    outcome.message = message;
    return outcome;
}

Outcome retry(const QString &code, const QString &message)
{
    return make(OutcomeClass::Retry, code, message);
}

Outcome failed(const QString &code, const QString &message)
{
    return make(OutcomeClass::Failed, code, message);
}

QString httpCode(int status)
{
    return QStringLiteral("http_%1").arg(status);
}

// Characters that would break the one line of a message, or hide or reorder what it shows.
bool isHidden(char32_t character)
{
    switch (QChar::category(character)) {
    case QChar::Other_Control: // C0 (CR, LF, tab…), DEL and C1
    case QChar::Other_Format: // bidirectional overrides, zero-width characters
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

Outcome classifyRedirect(int status, const QByteArray &location)
{
    if (location.isEmpty()) {
        return failed(QStringLiteral("redirect"),
            Tr::tr("The endpoint answered with a redirect (HTTP %1) but named no new location; "
                   "redirects are not followed. Check the destination's URL.")
                .arg(status));
    }
    return failed(QStringLiteral("redirect"),
        Tr::tr("The endpoint redirects to %1 (HTTP %2); redirects are not followed: use that URL in "
               "the destination.")
            // In one call: a second arg() would take the %2F or %0D of a percent-encoded URL for its marker.
            .arg(shownLocation(location), QString::number(status)));
}

Outcome classifyClientError(int status)
{
    switch (status) {
    case 401:
    case 403: {
        Outcome outcome = failed(QStringLiteral("auth"), credentialsRefusedMessage(status, {}));
        outcome.pausesDestination = true;
        return outcome;
    }
    case 413:
        return failed(QStringLiteral("payload_too_large"),
            Tr::tr("Qualtrics refused the payload as too large (HTTP 413; bodies over 100 KB are not "
                   "supported). Map fewer or shorter attributes."));
    case 404:
        return failed(httpCode(status),
            Tr::tr("The JSON-event URL was not found (HTTP 404). Check the destination's URL: the "
                   "workflow or its trigger may have been deleted."));
    case 400:
    case 422:
        return failed(httpCode(status),
            Tr::tr("Qualtrics rejected the request (HTTP %1); it is not retried. Check the payload in "
                   "the history and the destination's mapping.")
                .arg(status));
    default:
        return failed(httpCode(status),
            Tr::tr("Qualtrics rejected the request (HTTP %1); it is not retried. Check the "
                   "destination's URL and authentication mode.")
                .arg(status));
    }
}

// SPEC §6 names 500, 502, 503 and 504 as retryable and 501 as a failure. The other 5xx (505, 507, 511, …)
// are server-side states that can clear without any change on our side, so they are retried too; the retry
// schedule bounds how long.
Outcome classifyServerError(int status)
{
    if (status == 501) {
        return failed(httpCode(status),
            Tr::tr("The endpoint does not support this request (HTTP 501). Check that the "
                   "destination's URL is a Qualtrics JSON-event trigger URL."));
    }
    return retry(httpCode(status),
        Tr::tr("Qualtrics answered with a server error (HTTP %1); it will be retried.").arg(status));
}

Outcome classifyStatus(int status, const QByteArray &retryAfterHeader, const QByteArray &location)
{
    if (status >= 200 && status < 300) {
        return make(OutcomeClass::Succeeded, QStringLiteral("ok"),
            Tr::tr("Accepted by Qualtrics (HTTP %1).").arg(status));
    }
    if (status >= 300 && status < 400) {
        return classifyRedirect(status, location);
    }

    Outcome outcome;
    if (status == 429) {
        outcome = retry(httpCode(status),
            Tr::tr("Qualtrics is rate limiting (HTTP 429, at most 3,000 calls per minute); it will "
                   "be retried. Lower the destination's rate limit if this repeats."));
    } else if (status == 408 || status == 409) {
        outcome = retry(httpCode(status),
            Tr::tr("Qualtrics could not take the request now (HTTP %1); it will be retried.").arg(status));
    } else if (status >= 400 && status < 500) {
        return classifyClientError(status);
    } else if (status >= 500 && status < 600) {
        outcome = classifyServerError(status);
    } else {
        return failed(httpCode(status),
            Tr::tr("The endpoint answered with an unexpected HTTP status %1. Check that the "
                   "destination's URL is a Qualtrics JSON-event trigger URL.")
                .arg(status));
    }

    if (outcome.willRetry()) {
        outcome.retryAfterSeconds = parseRetryAfter(retryAfterHeader, QDateTime::currentDateTimeUtc());
        if (status == 429 && !outcome.retryAfterSeconds) {
            // The Qualtrics limit is per minute: coming back sooner only burns attempts.
            outcome.retryAfterSeconds = kRateLimitedDefaultWaitSeconds;
        }
    }
    return outcome;
}

Outcome classifyTransportError(QNetworkReply::NetworkError error, const QString &errorString)
{
    const QString detail = withoutQueryValues(errorString);
    switch (error) {
    case QNetworkReply::NoError:
        // Finished without an HTTP status and without an error: the URL is not an HTTP(S) one.
        return failed(QStringLiteral("protocol"),
            Tr::tr("No HTTP exchange took place. Use the https JSON-event URL Qualtrics shows for "
                   "the trigger."));
    case QNetworkReply::ConnectionRefusedError:
        return retry(QStringLiteral("connection_refused"),
            Tr::tr("The server refused the connection; it will be retried. If this persists, check the "
                   "host and port of the destination's URL."));
    case QNetworkReply::RemoteHostClosedError:
        return retry(QStringLiteral("connection_reset"),
            Tr::tr("The server closed the connection before answering; it will be retried."));
    case QNetworkReply::HostNotFoundError:
        return retry(QStringLiteral("dns"),
            Tr::tr("The host name could not be resolved (%1); it will be retried. Check the "
                   "destination's URL and this computer's network and DNS settings.")
                .arg(detail));
    case QNetworkReply::TimeoutError:
        return retry(QStringLiteral("timeout"), Tr::tr("The connection timed out; it will be retried."));
    case QNetworkReply::OperationCanceledError:
        // Cancelled while our deadline had not fired: the sender is stopping. No verdict was reached.
        return retry(QStringLiteral("cancelled"),
            Tr::tr("The request was cancelled before an answer arrived; it will be sent again."));
    case QNetworkReply::SslHandshakeFailedError:
        return failed(QStringLiteral("tls"),
            Tr::tr("The secure connection failed: %1. TLS errors are never ignored: check the host "
                   "in the destination's URL, the system's CA certificates and any proxy that "
                   "intercepts HTTPS.")
                .arg(detail));
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return failed(QStringLiteral("redirect"),
            Tr::tr("The endpoint redirects; redirects are not followed. Use the final URL in the "
                   "destination."));
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return failed(QStringLiteral("proxy_auth"),
            Tr::tr("The proxy requires authentication (%1). Configure the proxy credentials in the "
                   "system or environment settings.")
                .arg(detail));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return retry(QStringLiteral("proxy"),
            Tr::tr("The proxy failed (%1); it will be retried. Check the proxy settings if this "
                   "persists.")
                .arg(detail));
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return failed(QStringLiteral("protocol"),
            Tr::tr("The request cannot be sent (%1). Use the https JSON-event URL Qualtrics shows for "
                   "the trigger.")
                .arg(detail));
    default:
        // Temporary network failures, a garbled exchange, anything else on the way: worth another try.
        return retry(QStringLiteral("network"),
            Tr::tr("A network error occurred (%1); it will be retried.").arg(detail));
    }
}

} // namespace

QString credentialsRefusedMessage(int httpStatus, const QString &destinationId)
{
    return Tr::tr(
        "Qualtrics refused the credentials (HTTP %1): the API token or username is wrong, expired or "
        "lacks access. The destination is paused and its queue kept: store a valid token in the "
        "destination's settings or with `qadctl token set %2`, then resume the destination.")
        .arg(httpStatus)
        .arg(destinationId.isEmpty() ? Tr::tr("DESTINATION-ID") : destinationId);
}

QString shownLocation(const QByteArray &location)
{
    const QString text = QString::fromUtf8(location);
    QString shown;
    qsizetype characters = 0;
    for (qsizetype i = 0; i < text.size();) {
        const bool pair
            = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const char32_t code
            = pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
        const QStringView character = QStringView(text).mid(i, pair ? 2 : 1);
        i += character.size();
        const bool hidden = isHidden(code);
        const QString piece
            = hidden ? QString::fromLatin1(character.toUtf8().toPercentEncoding()) : character.toString();
        const qsizetype width = hidden ? piece.size() : 1; // as many characters as it shows
        if (characters + width > kMaxShownLocationCharacters) {
            shown += QStringLiteral("…");
            break;
        }
        shown += piece;
        characters += width;
    }
    return shown;
}

QString toString(OutcomeClass cls)
{
    switch (cls) {
    case OutcomeClass::Succeeded:
        return QStringLiteral("succeeded");
    case OutcomeClass::Retry:
        return QStringLiteral("retry");
    case OutcomeClass::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

Outcome classifyOutcome(int httpStatus, QNetworkReply::NetworkError networkError, bool timedOut,
    const QByteArray &retryAfterHeader, const QByteArray &location, const QString &errorString)
{
    // SPEC §6 counts a 2xx only "within the deadline": once our deadline fired the attempt is a timeout,
    // even if a status line had already arrived. The Idempotency-Key lets the receiver drop the repeat.
    if (timedOut) {
        return retry(QStringLiteral("timeout"),
            Tr::tr("No answer within the per-attempt deadline; it will be retried. Raise the "
                   "destination's timeout if this repeats."));
    }
    if (httpStatus > 0) {
        return classifyStatus(httpStatus, retryAfterHeader, location);
    }
    return classifyTransportError(networkError, errorString);
}

std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    const bool allDigits
        = std::all_of(trimmed.cbegin(), trimmed.cend(), [](char ch) { return ch >= '0' && ch <= '9'; });
    if (allDigits) {
        bool ok = false;
        const qulonglong seconds = trimmed.toULongLong(&ok);
        // Digits too many for 64 bits are still "a very long time": clamp rather than ignore.
        return clampRetryAfter(
            ok ? qint64(std::min<qulonglong>(seconds, kMaxRetryAfterSeconds)) : kMaxRetryAfterSeconds);
    }
    const auto date = parseHttpDate(QString::fromLatin1(trimmed));
    if (!date) {
        return std::nullopt;
    }
    // A date already past means "now"; the floor keeps us from hammering the server.
    return clampRetryAfter(now.secsTo(*date));
}

} // namespace qad
