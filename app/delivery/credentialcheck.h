#pragma once

#include <QString>

class QNetworkAccessManager;

namespace qad {

// Checks an API token without starting a workflow: GET https://{host}/API/v3/whoami with X-API-TOKEN, on the
// host of the JSON-event URL (SPEC §2).
struct CredentialCheck
{
    enum class Result { Valid, Invalid, Unreachable };
    Result result = Result::Unreachable;
    QString userName; // result.userName when Valid
    int httpStatus = 0;
    QString message; // what happened and what to do
};

QString whoamiUrl(const QString &jsonEventUrl);
CredentialCheck checkCredentials(QNetworkAccessManager *network, const QString &jsonEventUrl, const QString &token,
                                 int timeoutMs = 10000);

} // namespace qad
