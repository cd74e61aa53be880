#pragma once

#include "delivery/attempt.h"
#include "delivery/httpsender.h"

#include <QString>

namespace qad {

// "copy as curl" with the token left as a placeholder ($QAD_API_TOKEN), never the real value (SPEC §11).
QString curlCommand(const DeliveryRequest &request);

// The URL for logs and messages: scheme, host and path; query values elided (SPEC §9: the URL is sensitive).
QString redactedUrl(const QString &url);

// A printable view of an exchange for the CLI: request line, redacted headers, body, status, latency,
// requestId, notice, response headers and body (pretty when JSON).
QString describeExchange(const DeliveryRequest &request, const Attempt &attempt);

} // namespace qad
