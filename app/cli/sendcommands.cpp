#include "cli/sendcommands.h"

#include "delivery/requestview.h"
#include "engine/testsend.h"
#include "mapping/sampleprofiles.h"
#include "profiles/profilereader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

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
        { QStringLiteral("sent"), true },
        { QStringLiteral("request"),
            QJsonObject { { QStringLiteral("method"), QStringLiteral("POST") },
                { QStringLiteral("url"), request.url },
                { QStringLiteral("headers"), headersJson(attempt.requestHeaders) },
                { QStringLiteral("body"), QJsonDocument::fromJson(request.body).object() } } },
        { QStringLiteral("response"), response },
        { QStringLiteral("outcome"), outcome },
    };
}

// The profile to send: the file's (one JSON object, or the first of an array or of NDJSON lines), or a
// sample.
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
        if (!openInput(ctx, file, QStringLiteral("--profile"), path, exitCode)) {
            return false;
        }
        bytes = file.read(kMaxProfileBytes + 1);
    }
    const QJsonDocument asArray = QJsonDocument::fromJson(bytes);
    if (asArray.isArray() && asArray.array().isEmpty()) {
        *exitCode = ctx.fail(UsageError,
            Tr::tr("%1: the array is empty, so there is no profile to send. Give one profile object, or an "
                   "array that starts with one.")
                .arg(source));
        return false;
    }
    if (asArray.isArray()) {
        // The first element is sent re-written by Qt: what its lenient parser let through would be sent
        // altered (\x41 as x41), so the array must be JSON first.
        if (const auto error = strictJsonError(bytes)) {
            *exitCode = ctx.fail(UsageError, Tr::tr("%1: %2").arg(source, error->message));
            return false;
        }
        if (asArray.array().size() > 1) {
            ctx.warn(Tr::tr("%1 holds %2 profiles; test-send sends the first.")
                         .arg(source)
                         .arg(asArray.array().size()));
        }
        // The first element's own text, so that one which is not an object (a number, a string, an array) is
        // refused with what it is, as a file holding it alone is; toObject() made it an empty profile.
        const QByteArray wrapped
            = QJsonDocument(QJsonArray { asArray.array().first() }).toJson(QJsonDocument::Compact);
        bytes = wrapped.mid(1, wrapped.size() - 2);
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
    const std::optional<int> n = wholeNumberOption(ctx, parser, count, 1, kMaxSamples);
    if (!n) {
        return UsageError;
    }
    const Destination *d = ctx.destination(parser.positionalArguments().first());
    if (!d) {
        return UsageError;
    }
    for (const QJsonObject &profile : generateSampleProfiles(*d, *n)) {
        ctx.out << QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact))
                << QLatin1Char('\n');
    }
    ctx.out.flush();
    return Success;
}

int testSendCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), Tr::tr("The destination."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        Tr::tr("A profile JSON file (or -); a generated sample when left out."), QStringLiteral("FILE"));
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

    // `--profile "$FILE"` with FILE unset: an error, not a generated sample sent to a live workflow.
    if (parser.isSet(profileOption) && parser.value(profileOption).trimmed().isEmpty()) {
        return ctx.fail(UsageError,
            Tr::tr("--profile is empty: give a profile file (or - for standard input), or leave --profile "
                   "out to "
                   "send a generated sample."));
    }
    Profile profile;
    if (!loadProfile(ctx, d, parser.value(profileOption), &profile, &code)) {
        return code;
    }
    Storage *storage = ctx.storage();
    if (!storage) {
        return OperationFailed;
    }
    const TestSendResult result = TestSend::run(*storage, ctx.secrets(), d, profile);
    for (const QString &warning : result.payload.warnings + result.warnings) {
        ctx.warn(warning);
    }
    if (parser.isSet(json)
        && (result.kind == TestSendResult::Kind::Excluded || result.kind == TestSendResult::Kind::TooLarge)) {
        // Nothing went out: a script still gets what happened, in the shape of a sent one's outcome.
        const bool excluded = result.kind == TestSendResult::Kind::Excluded;
        QJsonObject notSent { { QStringLiteral("sent"), false },
            { QStringLiteral("outcome"),
                QJsonObject { { QStringLiteral("class"),
                                  excluded ? QStringLiteral("excluded") : toString(OutcomeClass::Failed) },
                    { QStringLiteral("code"), result.payload.exclusionCode },
                    { QStringLiteral("message"), result.payload.reason },
                    { QStringLiteral("wouldRetry"), false } } } };
        if (!result.activationId.isEmpty()) {
            notSent.insert(QStringLiteral("activationId"), result.activationId);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(notSent).toJson(QJsonDocument::Indented));
    }
    switch (result.kind) {
    case TestSendResult::Kind::Excluded:
        return ctx.fail(
            OperationFailed, Tr::tr("Profile excluded, nothing was sent: %1").arg(result.payload.reason));
    case TestSendResult::Kind::TooLarge:
        return ctx.fail(OperationFailed, Tr::tr("Not sent: %1").arg(result.payload.reason));
    case TestSendResult::Kind::Invalid:
        return ctx.fail(UsageError, result.error.message);
    case TestSendResult::Kind::NoToken:
        return ctx.fail(exitCodeFor(result.error), result.error.message);
    case TestSendResult::Kind::StorageError:
        return ctx.fail(OperationFailed, result.error.message);
    case TestSendResult::Kind::Sent:
        break;
    }
    const DeliveryRequest &request = result.request;
    const Attempt &attempt = result.attempt;

    if (parser.isSet(json)) {
        ctx.out << QString::fromUtf8(QJsonDocument(exchangeJson(request, attempt, result.activationId))
                                         .toJson(QJsonDocument::Indented));
    } else {
        ctx.out << describeExchange(request, attempt);
        ctx.out << Tr::tr("Recorded in the history as test activation %1.").arg(result.activationId)
                << Qt::endl;
    }
    return attempt.outcome.cls == OutcomeClass::Succeeded ? Success : OperationFailed;
}

} // namespace qad::cli
