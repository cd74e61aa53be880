#pragma once

#include "config/destination.h"
#include "delivery/attempt.h"

#include <QObject>

class QNetworkAccessManager;

namespace qad {

// What one POST needs. The token is held only as long as the request is being sent.
struct DeliveryRequest
{
    QString activationId; // sent as Idempotency-Key, stable across retries
    QString url;
    AuthMode authMode = AuthMode::Basic;
    QString username;
    QString token;
    QByteArray body;
    int timeoutMs = 10000; // the per-attempt deadline

    // The POST of one activation to a destination: its URL, auth and per-attempt deadline.
    static DeliveryRequest to(const Destination &destination, const QString &activationId,
        const QString &token, const QByteArray &body);
};

// Builds the headers of a request: the auth header up front (Basic or X-API-TOKEN), Content-Type,
// Idempotency-Key. `redacted` replaces the secret part with "***".
HeaderList requestHeaders(const DeliveryRequest &request, bool redacted);

// Sends one activation and reports one Attempt. Lives in the thread that owns the QNetworkAccessManager;
// redirects are not followed, TLS errors are failures, the deadline aborts the request.
class HttpSender : public QObject
{
    Q_OBJECT
public:
    explicit HttpSender(QNetworkAccessManager *network, QObject *parent = nullptr);

    // Starts the POST; `finished` is emitted once with the attempt, whatever happens.
    void send(const DeliveryRequest &request);
    int inFlight() const { return m_inFlight; }

    // Convenience for one-shot callers (CLI test-send): runs a local event loop until the attempt ends.
    static Attempt sendAndWait(QNetworkAccessManager *network, const DeliveryRequest &request);

Q_SIGNALS:
    void finished(const qad::Attempt &attempt);

private:
    QNetworkAccessManager *m_network;
    int m_inFlight = 0;
};

// Reads `meta.requestId` and `meta.notice` from a Qualtrics v3-style reply (SPEC §2); empty when absent.
QPair<QString, QString> parseQualtricsMeta(const QByteArray &body);

} // namespace qad
