#include "cli/sendcommands.h"

#include "delivery/httpsender.h"
#include "delivery/requestview.h"
#include "mapping/payloadbuilder.h"
#include "mapping/sampleprofiles.h"
#include "profiles/profilereader.h"
#include "secrets/tokenresolver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace qad::cli {

namespace {

constexpr int kMaxSamples = 10000;

QJsonArray headersJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers) {
        array.append(QJsonObject { { QStringLiteral("name"), QString::fromLatin1(name) },
                                   { QStringLiteral("value"), QString::fromLatin1(value) } });
    }
    return array;
}

QJsonObject exchangeJson(const DeliveryRequest &request, const Attempt &attempt, const QString &activationId)
{
    const QJsonDocument responseJson = QJsonDocument::fromJson(attempt.responseBody);
    QJsonObject response {
        { QStringLiteral("status"), attempt.httpStatus },
        { QStringLiteral("latencyMs"), attempt.durationMs },
        { QStringLiteral("size"), attempt.responseBody.size() },
        { QStringLiteral("headers"), headersJson(attempt.responseHeaders) },
        { QStringLiteral("body"), QString::fromUtf8(attempt.responseBody) },
        { QStringLiteral("requestId"), attempt.requestId },
    };
    if (!attempt.notice.isEmpty()) {
        response.insert(QStringLiteral("notice"), attempt.notice);
    }
    if (!attempt.location.isEmpty()) {
        response.insert(QStringLiteral("location"), attempt.location);
    }
    QJsonObject outcome {
        { QStringLiteral("class"), toString(attempt.outcome.cls) },
        { QStringLiteral("code"), attempt.outcome.code },
        { QStringLiteral("message"), attempt.outcome.message },
        { QStringLiteral("wouldRetry"), attempt.outcome.willRetry() },
    };
    if (attempt.outcome.retryAfterSeconds) {
        outcome.insert(QStringLiteral("retryAfterSeconds"), *attempt.outcome.retryAfterSeconds);
    }
    return QJsonObject {
        { QStringLiteral("activationId"), activationId },
        { QStringLiteral("request"),
          QJsonObject { { QStringLiteral("method"), QStringLiteral("POST") },
                        { QStringLiteral("url"), request.url },
                        { QStringLiteral("headers"), headersJson(attempt.requestHeaders) },
                        { QStringLiteral("body"), QJsonDocument::fromJson(request.body).object() } } },
        { QStringLiteral("response"), response },
        { QStringLiteral("outcome"), outcome },
    };
}

// The profile to send: the file's (one JSON object, or the first of an array or of NDJSON lines), or a sample.
bool loadProfile(Context &ctx, const Destination &d, const QString &path, Profile *profile, int *exitCode)
{
    QByteArray bytes;
    QString source = path;
    if (path.isEmpty()) {
        bytes = QJsonDocument(generateSampleProfiles(d, 1).constFirst()).toJson(QJsonDocument::Compact);
        source = Tr::tr("generated sample");
        ctx.err << Tr::tr("No --profile given: sending a generated sample profile.") << Qt::endl;
    } else {
        QFile file;
        const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                         : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened) {
            *exitCode = ctx.fail(UsageError, Tr::tr("Cannot read the profile %1: %2.").arg(path, file.errorString()));
            return false;
        }
        bytes = file.read(kMaxProfileBytes + 1);
    }
    const QJsonDocument asArray = QJsonDocument::fromJson(bytes);
    if (asArray.isArray() && !asArray.array().isEmpty()) {
        if (asArray.array().size() > 1) {
            ctx.warn(Tr::tr("%1 holds %2 profiles; test-send sends the first.").arg(source).arg(asArray.array().size()));
        }
        bytes = QJsonDocument(asArray.array().first().toObject()).toJson(QJsonDocument::Compact);
    } else if (asArray.isNull() && bytes.trimmed().contains('\n')) {
        // NDJSON: the first non-empty line.
        for (const QByteArray &line : bytes.split('\n')) {
            if (!line.trimmed().isEmpty()) {
                ctx.warn(Tr::tr("%1 holds several lines; test-send sends the first profile.").arg(source));
                bytes = line;
                break;
            }
        }
    }
    ProfileReadResult read = readProfile(bytes);
    if (!read.ok()) {
        *exitCode = ctx.fail(UsageError, Tr::tr("%1: %2").arg(source, read.error.message));
        return false;
    }
    *profile = std::move(read.profile);
    return true;
}

QByteArray audiencesOf(const QJsonObject &payload)
{
    QJsonObject audiences;
    const QJsonObject ups = payload.value(QLatin1String("segmentMembership")).toObject().value(QLatin1String("ups")).toObject();
    for (auto it = ups.begin(); it != ups.end(); ++it) {
        audiences.insert(it.key(), it.value().toObject().value(QLatin1String("status")));
    }
    return QJsonDocument(audiences).toJson(QJsonDocument::Compact);
}

} // namespace

int sampleCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), Tr::tr("The destination."));
    const QCommandLineOption count(QStringLiteral("count"), Tr::tr("How many profiles (default 1)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    parser.addOption(count);
    int code = Success;
    if (!parseCommand(ctx, parser, args,
                      Tr::tr("qadctl sample ID: sample profiles for the destination's mapping, as NDJSON."), &code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(UsageError, Tr::tr("sample takes one destination id."));
    }
    bool isNumber = false;
    const int n = parser.value(count).toInt(&isNumber);
    if (!isNumber || n < 1 || n > kMaxSamples) {
        return ctx.fail(UsageError, Tr::tr("--count must be a whole number from 1 to %1.").arg(kMaxSamples));
    }
    const Destination *d = ctx.destination(parser.positionalArguments().first());
    if (!d) {
        return UsageError;
    }
    for (const QJsonObject &profile : generateSampleProfiles(*d, n)) {
        ctx.out << QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact)) << QLatin1Char('\n');
    }
    ctx.out.flush();
    return Success;
}

int testSendCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), Tr::tr("The destination."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           Tr::tr("A profile JSON file (or -); a generated sample when left out."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOptions({ profileOption, json });
    int code = Success;
    if (!parseCommand(ctx, parser, args,
                      Tr::tr("qadctl test-send ID: build the payload from a profile, send it once, and show the "
                             "request (auth redacted) and the response. Recorded in the history as a test."),
                      &code)) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return ctx.fail(UsageError, Tr::tr("test-send takes one destination id."));
    }
    const Destination *found = ctx.destination(parser.positionalArguments().first());
    if (!found) {
        return UsageError;
    }
    const Destination d = *found;

    Profile profile;
    if (!loadProfile(ctx, d, parser.value(profileOption), &profile, &code)) {
        return code;
    }
    const PayloadResult payload = buildPayload(d, profile);
    for (const QString &warning : payload.warnings) {
        ctx.warn(warning);
    }
    Storage *storage = ctx.storage();
    if (!storage) {
        return OperationFailed;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (payload.status == PayloadResult::Status::Excluded) {
        const ExclusionRecord exclusion { d.id, profileKey(d, profile), payload.exclusionCode, payload.reason, now,
                                          true };
        if (const Status status = storage->insertExclusion(exclusion); !status) {
            ctx.warn(status.error().message);
        }
        return ctx.fail(OperationFailed, Tr::tr("Profile excluded, nothing was sent: %1").arg(payload.reason));
    }

    ActivationRecord activation;
    activation.id = ActivationRecord::newId();
    activation.destinationId = d.id;
    activation.profileKey = profileKey(d, profile);
    activation.audiences = audiencesOf(payload.payload);
    activation.createdAt = now;
    activation.payload = payload.body;
    activation.isTest = true;
    if (payload.status == PayloadResult::Status::TooLarge) {
        activation.status = ActivationStatus::Failed;
        activation.lastError = payload.reason;
        if (const Status status = storage->insertActivation(activation); !status) {
            ctx.warn(status.error().message);
        }
        return ctx.fail(OperationFailed, Tr::tr("Not sent: %1").arg(payload.reason));
    }

    ResolvedToken token = resolveToken(ctx.secrets(), d.id);
    if (!token.ok()) {
        return ctx.fail(UsageError, token.error.message);
    }
    // Durable before it is sent (SPEC §6).
    if (const Status status = storage->insertActivation(activation); !status) {
        token.token.fill(QLatin1Char('\0'));
        return ctx.fail(OperationFailed, status.error().message);
    }

    DeliveryRequest request;
    request.activationId = activation.id;
    request.url = d.url;
    request.authMode = d.authMode;
    request.username = d.username;
    request.token = token.token;
    request.body = payload.body;
    request.timeoutMs = d.delivery.timeoutSeconds * 1000;
    token.token.fill(QLatin1Char('\0'));

    QNetworkAccessManager network;
    const Attempt attempt = HttpSender::sendAndWait(&network, request);
    request.token.fill(QLatin1Char('\0'));
    request.token.clear();

    // A test is sent once: what would be retried in a stream is recorded as failed here.
    const ActivationStatus final = attempt.outcome.cls == OutcomeClass::Succeeded ? ActivationStatus::Succeeded
                                                                                  : ActivationStatus::Failed;
    if (const Status status = storage->recordAttempt(attempt, final, std::nullopt); !status) {
        ctx.warn(status.error().message);
    }

    if (parser.isSet(json)) {
        ctx.out << QString::fromUtf8(
            QJsonDocument(exchangeJson(request, attempt, activation.id)).toJson(QJsonDocument::Indented));
    } else {
        ctx.out << describeExchange(request, attempt);
        ctx.out << Tr::tr("Recorded in the history as test activation %1.").arg(activation.id) << Qt::endl;
    }
    return attempt.outcome.cls == OutcomeClass::Succeeded ? Success : OperationFailed;
}

} // namespace qad::cli
