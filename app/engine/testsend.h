#pragma once

#include "common/error.h"
#include "config/destination.h"
#include "delivery/attempt.h"
#include "delivery/httpsender.h"
#include "mapping/payloadbuilder.h"
#include "profiles/profile.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;

namespace qad {

class SecretStore;
class Storage;

// What one test send came to (SPEC §11). A value: safe to queue across threads, holds no token.
struct TestSendResult
{
    enum class Kind {
        Sent, // one request went out; `attempt` says how it went
        Excluded, // the profile is excluded (SPEC §5): recorded, nothing sent
        TooLarge, // the body is over 100 KB: recorded as a failed activation, nothing sent
        Invalid, // the destination does not validate (SPEC §3), e.g. a plain-http URL: nothing recorded or
                 // sent
        NoToken, // no token in the environment or the keychain, or the keychain not read (error.transient):
                 // nothing recorded, nothing sent
        StorageError, // the activation could not be made durable: nothing sent
    };
    Kind kind = Kind::StorageError;
    PayloadResult payload;
    QString activationId; // Sent, TooLarge: the test activation in the history
    DeliveryRequest request; // Sent: what was POSTed, the token already cleared
    Attempt attempt; // Sent
    Error error; // Invalid, NoToken, StorageError: what is wrong and how to fix it
    // Problems that did not stop the test but the user should know of, e.g. the history could not record it.
    QStringList warnings;

    bool sent() const { return kind == Kind::Sent; }
    bool succeeded() const { return sent() && attempt.outcome.cls == OutcomeClass::Succeeded; }
};

// A test send, shared by `qadctl test-send` and the GUI's test-send panel: builds the payload, records an
// exclusion or a too-large body, resolves the token, makes the activation (is_test) durable, sends ONE
// request and records its attempt (succeeded, else failed: a test is never retried). The stores belong to the
// caller's thread and must outlive the object.
class TestSend : public QObject
{
    Q_OBJECT
public:
    // `network` may be null: the object then owns one.
    TestSend(Storage &storage, SecretStore &secrets, QNetworkAccessManager *network = nullptr,
        QObject *parent = nullptr);
    ~TestSend() override;

    // Starts a test send; `finished` is emitted once, always after start() has returned. Returns false (and
    // emits nothing) while a previous one is still running.
    bool start(const Destination &destination, const Profile &profile);
    bool isBusy() const { return m_busy; }

    // For one-shot callers (the CLI): runs a local event loop until the test send has finished.
    static TestSendResult run(Storage &storage, SecretStore &secrets, const Destination &destination,
        const Profile &profile, QNetworkAccessManager *network = nullptr);

    // Test sends left without an answer by a program that crashed or was killed while it waited (an hour
    // ago or more: longer than any deadline) are failed, saying so, instead of pending for ever. Done before
    // each test send and when qad starts. How many.
    static Expected<int> closeUnanswered(
        Storage &storage, const QDateTime &now = QDateTime::currentDateTimeUtc());

Q_SIGNALS:
    void finished(const qad::TestSendResult &result);

private:
    // Everything up to the request; returns the result when it ends there, with the request ready otherwise.
    bool prepare(const Destination &destination, const Profile &profile, TestSendResult *result);
    void onAttempt(const Attempt &attempt);
    void finish(const TestSendResult &result);

    Storage &m_storage;
    SecretStore &m_secrets;
    QNetworkAccessManager *m_network;
    HttpSender *m_sender;
    TestSendResult m_pending;
    bool m_busy = false;
};

// The JSON object of audience id -> status that an activation records (as sent in segmentMembership.ups).
QByteArray audiencesOf(const QJsonObject &payload);

} // namespace qad

Q_DECLARE_METATYPE(qad::TestSendResult)
