#include "engine/testsend.h"

#include "config/validation.h"
#include "secrets/tokenresolver.h"
#include "storage/storage.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <optional>

namespace qad {

namespace {

ActivationRecord testActivation(const Destination &destination, const Profile &profile,
    const PayloadResult &payload, const QDateTime &now)
{
    ActivationRecord activation;
    activation.id = ActivationRecord::newId();
    activation.destinationId = destination.id;
    activation.profileKey = profileKey(destination, profile);
    activation.audiences = audiencesOf(payload.payload);
    activation.createdAt = now;
    activation.payload = payload.body;
    activation.isTest = true;
    return activation;
}

} // namespace

QByteArray audiencesOf(const QJsonObject &payload)
{
    QJsonObject audiences;
    const QJsonObject ups
        = payload.value(QLatin1String("segmentMembership")).toObject().value(QLatin1String("ups")).toObject();
    for (auto it = ups.begin(); it != ups.end(); ++it) {
        audiences.insert(it.key(), it.value().toObject().value(QLatin1String("status")));
    }
    return QJsonDocument(audiences).toJson(QJsonDocument::Compact);
}

TestSend::TestSend(Storage &storage, SecretStore &secrets, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_secrets(secrets)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_sender(new HttpSender(m_network, this))
{
    connect(m_sender, &HttpSender::finished, this, &TestSend::onAttempt);
}

TestSend::~TestSend()
{
    if (m_busy && m_pending.sent()) {
        // Gone before the answer: the history says so rather than keeping a test "pending" for ever.
        Attempt attempt;
        attempt.activationId = m_pending.activationId;
        attempt.startedAt = QDateTime::currentDateTimeUtc();
        attempt.outcome.cls = OutcomeClass::Failed;
        attempt.outcome.code = QStringLiteral("cancelled");
        attempt.outcome.message
            = tr("The program closed before the answer arrived. The request may have "
                 "reached Qualtrics: check the workflow's runs before you send it again.");
        m_storage.recordAttempt(attempt, ActivationStatus::Failed, std::nullopt);
    }
}

bool TestSend::start(const Destination &destination, const Profile &profile)
{
    if (m_busy) {
        return false;
    }
    m_busy = true;
    TestSendResult result;
    if (!prepare(destination, profile, &result)) {
        // Emitted later so that a caller always sees start() return before finished().
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return true;
    }
    DeliveryRequest request = result.request;
    result.request.token.fill(QLatin1Char('\0'));
    result.request.token.clear();
    m_pending = result;
    m_sender->send(request);
    request.token.fill(QLatin1Char('\0'));
    return true;
}

Expected<int> TestSend::closeUnanswered(Storage &storage, const QDateTime &now)
{
    return storage.closeUnansweredTests(now.addSecs(-3600),
        tr("The program that sent this test ended (a crash, or it was killed) before the answer arrived. The "
           "request may have reached Qualtrics: check the workflow's runs before you send it again."));
}

bool TestSend::prepare(const Destination &destination, const Profile &profile, TestSendResult *result)
{
    // A configuration edited by hand is only checked for its types when it is read: the token never goes to a
    // URL the validation refuses (plain http to another machine would carry it in clear text).
    if (const QList<ValidationIssue> issues = validateDestination(destination); hasErrors(issues)) {
        result->kind = TestSendResult::Kind::Invalid;
        result->error = Error { tr("Nothing was sent: destination \"%1\" is not valid. Fix it first "
                                   "(Edit in qad, or qadctl destination edit):\n%2")
                                    .arg(destination.name, issueLines(issues).join(QLatin1Char('\n'))) };
        return false;
    }
    result->payload = buildPayload(destination, profile);
    const PayloadResult &payload = result->payload;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (payload.status == PayloadResult::Status::Excluded) {
        result->kind = TestSendResult::Kind::Excluded;
        const ExclusionRecord exclusion { destination.id, profileKey(destination, profile),
            payload.exclusionCode, payload.reason, now, true };
        if (const Status status = m_storage.insertExclusion(exclusion); !status) {
            result->warnings.append(status.error().message);
        }
        return false;
    }

    ActivationRecord activation = testActivation(destination, profile, payload, now);
    if (payload.status == PayloadResult::Status::TooLarge) {
        result->kind = TestSendResult::Kind::TooLarge;
        activation.status = ActivationStatus::Failed;
        activation.lastError = payload.reason;
        if (const Status status = m_storage.insertActivation(activation); !status) {
            result->warnings.append(status.error().message);
        } else {
            result->activationId = activation.id;
        }
        return false;
    }

    ResolvedToken token = resolveToken(m_secrets, destination.id);
    if (!token.ok()) {
        result->kind = TestSendResult::Kind::NoToken;
        result->error = token.error;
        return false;
    }
    if (const auto closed = closeUnanswered(m_storage, now); !closed) {
        result->warnings.append(closed.error().message);
    }
    // Durable before it is sent (SPEC §6).
    if (const Status status = m_storage.insertActivation(activation); !status) {
        token.token.fill(QLatin1Char('\0'));
        result->kind = TestSendResult::Kind::StorageError;
        result->error = status.error();
        return false;
    }

    result->kind = TestSendResult::Kind::Sent;
    result->activationId = activation.id;
    DeliveryRequest &request = result->request;
    request = DeliveryRequest::to(destination, activation.id, token.token, payload.body);
    token.token.fill(QLatin1Char('\0'));
    return true;
}

void TestSend::onAttempt(const Attempt &attempt)
{
    TestSendResult result = m_pending;
    m_pending = {};
    result.attempt = attempt;
    if (attempt.outcome.pausesDestination) {
        // A stream pauses the destination on a 401 or 403; a test send pauses nothing, and says what to do.
        result.attempt.outcome.message = tr(
            "Qualtrics refused the credentials (HTTP %1): the API token or username is wrong, expired or "
            "lacks access. Set a valid token (the Authenticate page of Edit in qad, or `qadctl token set "
            "%2`), then send again. A test send pauses nothing.")
                                             .arg(attempt.httpStatus)
                                             .arg(result.request.destinationId);
    } else if (attempt.outcome.cls == OutcomeClass::Retry) {
        // The stream's words say "it will be retried"; a test is sent once.
        result.attempt.outcome.message = attempt.httpStatus > 0
            ? tr("Qualtrics could not take the test now (HTTP %1). A stream would retry it; a test send is "
                 "sent once: send it again later.")
                  .arg(attempt.httpStatus)
            : tr("The test send got no answer (%1). A stream would retry it; a test send is sent once: check "
                 "the connection, then send it again.")
                  .arg(attempt.outcome.code);
    }
    // A test is sent once: what a stream would retry is final here.
    const ActivationStatus next = attempt.outcome.cls == OutcomeClass::Succeeded ? ActivationStatus::Succeeded
                                                                                 : ActivationStatus::Failed;
    if (const Status status = m_storage.recordAttempt(result.attempt, next, std::nullopt); !status) {
        result.warnings.append(status.error().message);
    }
    finish(result);
}

void TestSend::finish(const TestSendResult &result)
{
    m_busy = false;
    Q_EMIT finished(result);
}

TestSendResult TestSend::run(Storage &storage, SecretStore &secrets, const Destination &destination,
    const Profile &profile, QNetworkAccessManager *network)
{
    TestSend flow(storage, secrets, network);
    QEventLoop loop;
    std::optional<TestSendResult> result;
    connect(&flow, &TestSend::finished, &loop, [&](const TestSendResult &finished) {
        result = finished;
        loop.quit();
    });
    flow.start(destination, profile);
    if (!result) {
        loop.exec();
    }
    return *result;
}

} // namespace qad
