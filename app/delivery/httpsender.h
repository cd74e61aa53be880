#pragma once

#include "config/destination.h"
#include "delivery/attempt.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkRequest>
#include <QObject>
#include <QStringList>
#include <algorithm>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;
class QTimer;

namespace qad {

// What one POST needs. The token is held in memory only: a sender keeps it in its request template for the
// destination it sends to, never in a file, a log or the history (whose headers are redacted).
struct DeliveryRequest
{
    QString activationId; // sent as Idempotency-Key, stable across retries
    QString destinationId; // not sent: named in the fix a refused token calls for
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

// The response headers an attempt keeps, for the history and the test-send view: the endpoint chooses them,
// and a broken or hostile one can send any number of any length. At most kMaxKeptResponseHeaders, each name
// and value cut after kMaxKeptHeaderBytes bytes (on a UTF-8 character boundary) with "…" after.
inline constexpr qsizetype kMaxKeptResponseHeaders = 64;
inline constexpr qsizetype kMaxKeptHeaderBytes = 1024;
HeaderList keptResponseHeaders(const HeaderList &headers);

// Sends one activation and reports one Attempt. Lives in the thread that owns the QNetworkAccessManager;
// redirects are not followed, TLS errors are failures, the deadline aborts the request.
class HttpSender : public QObject
{
    Q_OBJECT
public:
    // Qt opens at most six HTTP/1.1 connections to a host per QNetworkAccessManager; a seventh request waits
    // inside Qt, its deadline running. A caller that wants more in flight to one host passes more managers
    // (managersFor()); each request goes to the one with the fewest in flight.
    static inline constexpr int kConnectionsPerManager = 6;
    static int managersFor(int concurrency)
    {
        return std::max(1, (concurrency + kConnectionsPerManager - 1) / kConnectionsPerManager);
    }

    explicit HttpSender(QNetworkAccessManager *network, QObject *parent = nullptr);
    explicit HttpSender(const QList<QNetworkAccessManager *> &networks, QObject *parent = nullptr);
    ~HttpSender() override;

    // Starts the POST; `finished` is emitted once with the attempt, whatever happens.
    void send(const DeliveryRequest &request);
    int inFlight() const { return m_inFlight; }

    // Convenience for one-shot callers (CLI test-send): runs a local event loop until the attempt ends.
    static Attempt sendAndWait(QNetworkAccessManager *network, const DeliveryRequest &request);

Q_SIGNALS:
    void finished(const qad::Attempt &attempt);

private:
    // One request on the wire. Deadlines are on m_clock (ms since the sender was made).
    struct Pending
    {
        QString activationId;
        QString destinationId;
        QDateTime startedAt;
        HeaderList requestHeaders; // redacted
        qint64 sentAtMs = 0;
        qint64 deadlineMs = 0;
        bool timedOut = false;
        QStringList sslErrors;
        int network = 0; // index in m_networks
    };

    // The request for `request`: built once per URL and credentials, then copied with its own
    // Idempotency-Key (parsing the URL and encoding the credentials for every POST adds up).
    QNetworkRequest networkRequestFor(const DeliveryRequest &request, HeaderList *redactedHeaders);
    void onFinished(QNetworkReply *reply);
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void onDeadline();
    void armDeadline();

    struct Template
    {
        QString url;
        AuthMode authMode = AuthMode::Basic;
        QString username;
        QString token;
        QNetworkRequest request;
        HeaderList redactedHeaders;
    };

    QList<QNetworkAccessManager *> m_networks;
    QList<int> m_inFlightPerNetwork;
    std::optional<Template> m_template;
    // Connected once to the manager's own signals, and one deadline timer for every request in flight:
    // per-request connections and timers cost more than the request at thousands per second.
    QHash<QNetworkReply *, Pending> m_pending;
    QElapsedTimer m_clock;
    QTimer *m_deadline = nullptr;
    int m_inFlight = 0;
};

// Reads `meta.requestId` and `meta.notice` from a Qualtrics v3-style reply (SPEC §2); empty when absent.
QPair<QString, QString> parseQualtricsMeta(const QByteArray &body);

} // namespace qad
