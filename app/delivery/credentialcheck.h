#pragma once

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

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

// The non-blocking check, for the GUI: start() returns at once and `finished` is emitted exactly once per
// start() (also when the URL is unusable, then from the event loop, never from inside start()). Starting
// again or cancel() drops the check in progress without emitting. Lives in the thread of its network manager.
class CredentialChecker : public QObject
{
    Q_OBJECT
public:
    // `network` may be null: the checker then makes its own. A given manager must outlive the checker.
    explicit CredentialChecker(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~CredentialChecker() override;

    void start(const QString &jsonEventUrl, const QString &token, int timeoutMs = 10000);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const qad::CredentialCheck &check);

private:
    void onReplyFinished();
    void finish(const CredentialCheck &check);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline;
    QString m_host;
    int m_timeoutMs = 0;
    bool m_timedOut = false;
    bool m_running = false;
    quint64 m_generation = 0; // tells a queued early finish from a start() that replaced it
};

// Blocking form for the CLI: runs a local event loop around a CredentialChecker until it finishes.
CredentialCheck checkCredentials(
    QNetworkAccessManager *network, const QString &jsonEventUrl, const QString &token, int timeoutMs = 10000);

} // namespace qad

Q_DECLARE_METATYPE(qad::CredentialCheck)
