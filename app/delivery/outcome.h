#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <optional>

namespace qad {

// What one attempt means for the activation (SPEC §6).
enum class OutcomeClass { Succeeded, Retry, Failed };

struct Outcome
{
    OutcomeClass cls = OutcomeClass::Failed;
    // Stable machine-readable code: "ok", "auth" (401/403), "payload_too_large" (413), "redirect" (3xx),
    // "http_<status>" for any other status ("http_429", "http_503", "http_404"), "timeout",
    // "connection_refused", "connection_reset", "dns", "tls", "proxy", "proxy_auth", "protocol", "cancelled",
    // "network".
    QString code;
    QString message; // one line for the user: what happened and what to do
    std::optional<int> retryAfterSeconds; // server-imposed wait, already clamped (SPEC §6)
    bool pausesDestination = false; // 401 / 403

    bool willRetry() const { return cls == OutcomeClass::Retry; }
};

QString toString(OutcomeClass cls); // "succeeded", "retry", "failed"

// Classifies a finished HTTP exchange. `httpStatus` is 0 when no response arrived; `networkError` is the
// Qt error for transport failures; `timedOut` is set when our per-attempt deadline fired.
// `retryAfterHeader` is the raw Retry-After value (seconds or HTTP-date), `location` the Location header.
Outcome classifyOutcome(int httpStatus, QNetworkReply::NetworkError networkError, bool timedOut,
    const QByteArray &retryAfterHeader = {}, const QByteArray &location = {},
    const QString &errorString = {});

// What a 401 or 403 tells the user: the destination is paused, and how to fix its token. `destinationId` goes
// into the command that does it (the worker knows it; classifyOutcome() does not and writes a placeholder).
QString credentialsRefusedMessage(int httpStatus, const QString &destinationId);

// Retry-After parsing, clamped to 1 s … 1 h. Empty or unparsable -> nullopt. `now` for HTTP-date values.
std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// A Location header as messages show it and the history keeps it: a hostile or broken endpoint can send one
// of any length and with any bytes. Decoded as UTF-8; control and invisible formatting characters (CR, LF,
// tab, bidirectional overrides…) percent-encoded as in a URL, never raw; cut after
// kMaxShownLocationCharacters characters (a surrogate pair is one), with "…" after.
QString shownLocation(const QByteArray &location);

inline constexpr qsizetype kMaxShownLocationCharacters = 300;

inline constexpr int kMinRetryAfterSeconds = 1;
inline constexpr int kMaxRetryAfterSeconds = 3600;
inline constexpr int kRateLimitedDefaultWaitSeconds = 60; // a 429 without Retry-After

} // namespace qad
