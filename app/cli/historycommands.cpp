#include "cli/historycommands.h"

#include "engine/pausing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <cmath>
#include <optional>

namespace qad::cli {

namespace {

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The one destination reference a command takes (ID), its options parsed; nothing, with `code` set, when
// the command line is wrong or asked for --help.
std::optional<QString> oneReference(Context &ctx, QCommandLineParser &parser, const QStringList &args,
    const QString &usage, int *code, const QString &idHelp)
{
    parser.addPositionalArgument(QStringLiteral("ID"), idHelp);
    if (!parseCommand(ctx, parser, args, usage, code)) {
        return std::nullopt;
    }
    if (parser.positionalArguments().size() != 1) {
        *code = ctx.fail(UsageError, Tr::tr("This command takes one destination id."));
        return std::nullopt;
    }
    return parser.positionalArguments().first();
}

// A command over one destination, with --json if `json` is given.
const Destination *oneDestination(
    Context &ctx, QCommandLineParser &parser, const QStringList &args, const QString &usage, int *code)
{
    const std::optional<QString> ref
        = oneReference(ctx, parser, args, usage, code, Tr::tr("The destination."));
    if (!ref) {
        return nullptr;
    }
    const Destination *d = ctx.destination(*ref);
    if (!d) {
        *code = UsageError;
    }
    return d;
}

// A destination removed from the configuration keeps its history until it ages out (`destination remove` says
// so): given by its full id, `history` still reads it. `removed` holds the stand-in; nullptr when neither the
// configuration nor the history knows the reference (said as for any other command).
const Destination *historyDestination(Context &ctx, const QString &ref, Destination *removed, int *code)
{
    ConfigStore *store = ctx.config();
    if (!store) {
        *code = UsageError;
        return nullptr;
    }
    const QUuid uuid = QUuid::fromString(ref);
    if (store->matching(ref).isEmpty() && !uuid.isNull()) {
        Storage *storage = ctx.storage();
        if (!storage) {
            *code = OperationFailed;
            return nullptr;
        }
        if (const QString id = uuid.toString(QUuid::WithoutBraces); hasHistory(*storage, id)) {
            removed->id = id;
            removed->name = id;
            ctx.err << Tr::tr(
                "%1 is no longer configured (it was removed); its history is read as the database "
                "keeps it.")
                           .arg(removed->id)
                    << Qt::endl;
            return removed;
        }
    }
    const Destination *d = ctx.destination(ref);
    if (!d) {
        *code = UsageError;
    }
    return d;
}

} // namespace

bool hasHistory(Storage &storage, const QString &destinationId)
{
    HistoryQuery any;
    any.destinationId = destinationId;
    any.limit = 1;
    const auto activations = storage.countActivations(any);
    const auto exclusions = storage.exclusions(destinationId, 1);
    return (activations && *activations > 0) || (exclusions && !exclusions->isEmpty());
}

namespace {

QJsonObject countersJson(const StatusCounters &c)
{
    QJsonObject o { { QStringLiteral("profilesReceived"), c.received },
        { QStringLiteral("identitiesActivated"), c.activated },
        { QStringLiteral("identitiesExcluded"), c.excluded },
        { QStringLiteral("identitiesFailed"), c.failed },
        // No rate before a profile was received: null, not a made-up 100 %.
        { QStringLiteral("activationRate"),
            c.received > 0 ? QJsonValue(c.activationRate()) : QJsonValue() } };
    if (c.latencyCount > 0) {
        o.insert(QStringLiteral("latencyMsAverage"), double(c.latencyMsSum) / double(c.latencyCount));
    }
    return o;
}

// The activation rate, or a dash while nothing was received (as the GUI shows it).
QString percent(const StatusCounters &c)
{
    if (c.received == 0) {
        return QStringLiteral("—");
    }
    return QStringLiteral("%1 %").arg(c.activationRate() * 100.0, 0, 'f', 1);
}

// `text` followed by spaces up to `columns` columns of a terminal, where an East Asian wide character
// (Hangul, CJK) takes two: a Korean label pads to the same column as an English one.
QString padToColumns(const QString &text, int columns)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
            || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return text + QString(std::max(0, columns - width), u' ');
}

// Where replayed activations go from here: a queue is sent by a run, not by `replay`.
QString sentBy(const Destination &d)
{
    return Tr::tr(
        "A `qadctl run %1` streaming now (or the GUI) sends them within seconds; otherwise the next "
        "one does.")
        .arg(d.id);
}

// The profiles a destination left out, newest first, each with its reason (SPEC §5, §7).
int listExclusions(Context &ctx, Storage &storage, const Destination &d, int limit, bool json)
{
    const auto exclusions = storage.exclusions(d.id, limit);
    if (!exclusions) {
        return ctx.fail(OperationFailed, exclusions.error().message);
    }
    if (json) {
        QJsonArray array;
        for (const ExclusionRecord &e : *exclusions) {
            array.append(QJsonObject { { QStringLiteral("at"), isoTime(e.at) },
                { QStringLiteral("profile"), e.profileKey }, { QStringLiteral("code"), e.code },
                { QStringLiteral("reason"), e.reason }, { QStringLiteral("test"), e.isTest } });
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (exclusions->isEmpty()) {
        ctx.err << Tr::tr("No profile was left out by \"%1\".").arg(d.name) << Qt::endl;
    }
    for (const ExclusionRecord &e : *exclusions) {
        const QString profile = e.profileKey.isEmpty() ? Tr::tr("(no usable identity)") : e.profileKey;
        QString line
            = QStringLiteral("%1  excluded   %2  %3  %4").arg(isoTime(e.at), profile, e.code, e.reason);
        if (e.isTest) {
            line += Tr::tr("  [test]");
        }
        ctx.out << line << Qt::endl;
    }
    return Success;
}

// The records of any source that were not usable profiles, newest first (SPEC §4, §7). A source can feed
// several destinations, so these are the data directory's, not one destination's.
int listRejects(Context &ctx, Storage &storage, int limit, bool json)
{
    const auto rejects = storage.rejects(limit);
    if (!rejects) {
        return ctx.fail(OperationFailed, rejects.error().message);
    }
    if (json) {
        QJsonArray array;
        for (const RejectRecord &r : *rejects) {
            array.append(
                QJsonObject { { QStringLiteral("at"), isoTime(r.at) }, { QStringLiteral("source"), r.source },
                    { QStringLiteral("line"), r.line }, { QStringLiteral("reason"), r.reason },
                    { QStringLiteral("excerpt"), QString::fromUtf8(r.excerpt) } });
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (rejects->isEmpty()) {
        ctx.err << Tr::tr("No input record was rejected.") << Qt::endl;
    }
    for (const RejectRecord &r : *rejects) {
        const QString source = r.source == u"-" ? Tr::tr("standard input") : r.source;
        ctx.out << QStringLiteral("%1  rejected   %2  %3").arg(isoTime(r.at), source, r.reason) << Qt::endl;
    }
    return Success;
}

} // namespace

int historyCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption status(QStringLiteral("status"),
        Tr::tr("Only the activations that are pending, sending, retrying, succeeded or failed; or the "
               "profiles left out (excluded), or the bad input records of any source (rejected), each with "
               "its reason."),
        QStringLiteral("S"));
    const QCommandLineOption limit(QStringLiteral("limit"), Tr::tr("At most N (default 50)."),
        QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Machine-readable output, with attempts."));
    parser.addOptions({ status, limit, json });
    int code = Success;
    const std::optional<QString> ref = oneReference(ctx, parser, args,
        Tr::tr("qadctl history ID: activations, newest first; with --status excluded or rejected, the "
               "profiles left out or the bad input records, with their reasons."),
        &code, Tr::tr("The destination; the full id of one that was removed reads the history it left."));
    if (!ref) {
        return code;
    }
    Destination removed;
    const Destination *d = historyDestination(ctx, *ref, &removed, &code);
    if (!d) {
        return code;
    }
    HistoryQuery query;
    query.destinationId = d->id;
    const QString wanted = parser.value(status);
    const bool excluded = wanted == u"excluded";
    const bool rejected = wanted == u"rejected";
    if (parser.isSet(status) && !excluded && !rejected) {
        query.status = activationStatusFromString(wanted);
        if (!query.status) {
            return ctx.fail(UsageError,
                Tr::tr("--status: use pending, sending, retrying, succeeded, failed, excluded or rejected."));
        }
    }
    const std::optional<int> n = wholeNumberOption(ctx, parser, limit, 1, std::numeric_limits<int>::max());
    if (!n) {
        return UsageError;
    }
    query.limit = *n;
    Storage *storage = ctx.storage();
    if (!storage) {
        return OperationFailed;
    }
    if (excluded) {
        return listExclusions(ctx, *storage, *d, query.limit, parser.isSet(json));
    }
    if (rejected) {
        return listRejects(ctx, *storage, query.limit, parser.isSet(json));
    }
    auto activations = storage->activations(query);
    if (!activations) {
        return ctx.fail(OperationFailed, activations.error().message);
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ActivationRecord &a : *activations) {
            QJsonArray attempts;
            if (auto list = storage->attempts(a.id)) {
                // Headers as sent and received, the auth value redacted when it was recorded (SPEC §7).
                const auto headerArray = [](const HeaderList &headers) {
                    QJsonArray named;
                    for (const auto &[name, value] : headers) {
                        named.append(QJsonObject { { QStringLiteral("name"), QString::fromUtf8(name) },
                            { QStringLiteral("value"), QString::fromUtf8(value) } });
                    }
                    return named;
                };
                for (const Attempt &at : *list) {
                    QJsonObject attempt {
                        { QStringLiteral("startedAt"), isoTime(at.startedAt) },
                        { QStringLiteral("durationMs"), at.durationMs },
                        { QStringLiteral("httpStatus"), at.httpStatus },
                        { QStringLiteral("outcome"), toString(at.outcome.cls) },
                        { QStringLiteral("code"), at.outcome.code },
                        { QStringLiteral("message"), at.outcome.message },
                        { QStringLiteral("requestId"), at.requestId },
                        { QStringLiteral("responseExcerpt"), QString::fromUtf8(at.responseBody) },
                        { QStringLiteral("requestHeaders"), headerArray(at.requestHeaders) },
                        { QStringLiteral("responseHeaders"), headerArray(at.responseHeaders) },
                    };
                    if (!at.notice.isEmpty()) { // Qualtrics' meta.notice, as test-send shows it
                        attempt.insert(QStringLiteral("notice"), at.notice);
                    }
                    attempts.append(attempt);
                }
            }
            QJsonObject o { { QStringLiteral("id"), a.id }, { QStringLiteral("profile"), a.profileKey },
                { QStringLiteral("audiences"), QJsonDocument::fromJson(a.audiences).object() },
                { QStringLiteral("createdAt"), isoTime(a.createdAt) },
                { QStringLiteral("status"), toString(a.status) }, { QStringLiteral("attempts"), attempts },
                { QStringLiteral("test"), a.isTest },
                { QStringLiteral("payload"), QJsonDocument::fromJson(a.payload).object() } };
            if (a.nextAttemptAt) {
                o.insert(QStringLiteral("nextAttemptAt"), isoTime(*a.nextAttemptAt));
            }
            if (!a.lastError.isEmpty()) {
                o.insert(QStringLiteral("lastError"), a.lastError);
            }
            array.append(o);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (activations->isEmpty()) { // said on stderr: the output stays empty for scripts
        ctx.err << (query.status
                ? Tr::tr("\"%1\" has no %2 activation.").arg(d->name, toString(*query.status))
                : Tr::tr("\"%1\" has no activation yet.").arg(d->name))
                << Qt::endl;
    }
    for (const ActivationRecord &a : *activations) {
        QString line = QStringLiteral("%1  %2  %3  %4  %5")
                           .arg(isoTime(a.createdAt), toString(a.status).leftJustified(9), a.id, a.profileKey)
                           .arg(Tr::tr("%n attempt(s)", nullptr, a.attemptCount));
        if (a.isTest) {
            line += Tr::tr("  [test]");
        }
        if (a.nextAttemptAt) {
            line += Tr::tr("  next %1").arg(isoTime(*a.nextAttemptAt));
        }
        if (!a.lastError.isEmpty()) {
            line += QStringLiteral("  ") + a.lastError;
        }
        ctx.out << line << Qt::endl;
    }
    return Success;
}

int statusCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    parser.addOption(json);
    int code = Success;
    const Destination *d = oneDestination(ctx, parser, args,
        Tr::tr("qadctl status ID: delivery status, counters per hour and in total, alerts."), &code);
    if (!d) {
        return code;
    }
    Storage *storage = ctx.storage();
    if (!storage) {
        return OperationFailed;
    }
    auto status = storage->status(d->id, 24);
    if (!status) {
        return ctx.fail(OperationFailed, status.error().message);
    }
    auto alerts = storage->openAlerts(d->id);
    const QList<AlertRecord> open = alerts ? *alerts : QList<AlertRecord> {};
    // A pause in the configuration (an import, an edit by hand) holds delivery as the run-time one does.
    const auto [shownState, pausedReason] = cli::shownState(*d, status->runtime, status->health);
    const QString state = shownState == u"paused" ? Tr::tr("paused: %1").arg(pausedReason)
        : shownState == u"error" ? Tr::tr("error: the last attempt failed (the last error says why)")
                                 : Tr::tr("enabled");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const double sendRate = status->health.sendRate(now);
    const StatusCounters thisHour = status->countersOfHour(now);

    if (parser.isSet(json)) {
        QJsonArray hours;
        for (const HourlyCounters &h : status->hours) {
            QJsonObject o = countersJson(h.counters);
            o.insert(QStringLiteral("hour"), isoTime(h.hour));
            hours.append(o);
        }
        QJsonArray alertArray;
        for (const AlertRecord &a : open) {
            alertArray.append(QJsonObject { { QStringLiteral("id"), a.id },
                { QStringLiteral("type"), a.type }, { QStringLiteral("message"), a.message },
                { QStringLiteral("raisedAt"), isoTime(a.raisedAt) } });
        }
        QJsonObject o { { QStringLiteral("destination"), d->id }, { QStringLiteral("name"), d->name },
            { QStringLiteral("state"), shownState }, { QStringLiteral("pausedReason"), pausedReason },
            { QStringLiteral("lastError"), status->shownLastError() },
            { QStringLiteral("sendRate"), std::round(sendRate * 10.0) / 10.0 },
            { QStringLiteral("total"), countersJson(status->total) }, { QStringLiteral("hours"), hours },
            { QStringLiteral("queueDepth"), status->queueDepth },
            { QStringLiteral("retrying"), status->retrying }, { QStringLiteral("alerts"), alertArray } };
        if (const QDateTime at = status->shownLastErrorAt();
            !status->shownLastError().isEmpty() && at.isValid()) {
            o.insert(QStringLiteral("lastErrorAt"), isoTime(at));
        }
        if (status->oldestPendingSince) {
            o.insert(QStringLiteral("oldestPendingSince"), isoTime(*status->oldestPendingSince));
        }
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Success;
    }
    QTextStream &o = ctx.out;
    const StatusCounters &t = status->total;
    o << Tr::tr("Destination:          %1 (%2)").arg(d->name, d->id) << Qt::endl;
    o << Tr::tr("State:                %1").arg(state) << Qt::endl;
    if (const QString lastError = status->shownLastError(); !lastError.isEmpty()) {
        const QDateTime at = status->shownLastErrorAt();
        o << Tr::tr("Last error:           %1")
                 .arg(at.isValid() ? isoTime(at) + QStringLiteral("  ") + lastError : lastError)
          << Qt::endl;
    }
    o << Tr::tr("                      total      this hour") << Qt::endl;
    auto row = [&](const QString &label, qint64 total, qint64 hour) {
        o << padToColumns(label, 22) << QString::number(total).rightJustified(9)
          << QString::number(hour).rightJustified(13) << Qt::endl;
    };
    row(Tr::tr("Profiles received"), t.received, thisHour.received);
    row(Tr::tr("Identities activated"), t.activated, thisHour.activated);
    row(Tr::tr("Identities excluded"), t.excluded, thisHour.excluded);
    row(Tr::tr("Identities failed"), t.failed, thisHour.failed);
    o << padToColumns(Tr::tr("Activation rate"), 22) << percent(t).rightJustified(9)
      << percent(thisHour).rightJustified(13) << Qt::endl;
    if (t.latencyCount > 0) {
        o << Tr::tr("Latency (average):    %1 ms")
                 .arg(double(t.latencyMsSum) / double(t.latencyCount), 0, 'f', 1)
          << Qt::endl;
    }
    o << Tr::tr("Queue depth:          %1 (%2 retrying)").arg(status->queueDepth).arg(status->retrying)
      << Qt::endl;
    o << Tr::tr("Send rate:            %1/s (activations done, over the last 10 s)").arg(sendRate, 0, 'f', 1)
      << Qt::endl;
    if (open.isEmpty()) {
        o << Tr::tr("Open alerts:          none") << Qt::endl;
    }
    for (const AlertRecord &a : open) {
        o << Tr::tr("Alert:                %1  %2: %3").arg(isoTime(a.raisedAt), a.type, a.message)
          << Qt::endl;
    }
    return Success;
}

int replayCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption failed(QStringLiteral("failed"), Tr::tr("Re-queue every failed activation."));
    const QCommandLineOption activation(
        QStringLiteral("activation"), Tr::tr("Re-queue one activation."), QStringLiteral("AID"));
    parser.addOptions({ failed, activation });
    int code = Success;
    const Destination *d = oneDestination(ctx, parser, args,
        Tr::tr("qadctl replay ID (--failed | --activation AID): send again; the next run delivers them."),
        &code);
    if (!d) {
        return code;
    }
    if (parser.isSet(failed) && parser.isSet(activation)) {
        return ctx.fail(UsageError,
            Tr::tr("replay takes --failed (every failed activation) or --activation AID (one), not both."));
    }
    if (!parser.isSet(failed) && !parser.isSet(activation)) {
        return ctx.fail(UsageError, Tr::tr("replay needs either --failed or --activation AID."));
    }
    Storage *storage = ctx.storage();
    if (!storage) {
        return OperationFailed;
    }
    if (parser.isSet(failed)) {
        auto count = storage->replayFailed(d->id);
        if (!count) {
            return ctx.fail(OperationFailed, count.error().message);
        }
        if (*count == 0) {
            ctx.out << Tr::tr("\"%1\" has no failed activation to send again.").arg(d->name) << Qt::endl;
            return Success;
        }
        ctx.out << Tr::tr("%n activation(s) queued again.", nullptr, *count) << Qt::endl;
        ctx.err << sentBy(*d) << Qt::endl;
        return Success;
    }
    auto record = storage->activation(parser.value(activation));
    if (!record || record->destinationId != d->id) {
        return ctx.fail(UsageError,
            Tr::tr("No activation %1 for destination \"%2\".").arg(parser.value(activation), d->name));
    }
    // Asked for one replay does not take: a usage error like an unknown id, not a failure to retry.
    if (const Error refused = replayRefusal(*record); !refused.isNull()) {
        return ctx.fail(UsageError, refused.message);
    }
    if (const Status status = storage->replayActivation(record->id); !status) {
        return ctx.fail(OperationFailed, status.error().message);
    }
    ctx.out << Tr::tr("Activation %1 queued again.").arg(record->id) << Qt::endl;
    if (record->status == ActivationStatus::Succeeded) {
        // Asked for by its id, so done; but the GUI asks first, and a script should hear it too.
        ctx.warn(Tr::tr("it had been delivered already: Qualtrics starts its workflow for %1 again.")
                     .arg(record->profileKey));
    }
    ctx.err << sentBy(*d) << Qt::endl;
    return Success;
}

int pauseResumeCommand(Context &ctx, const QStringList &args, bool pause)
{
    QCommandLineParser parser;
    int code = Success;
    const Destination *found = oneDestination(ctx, parser, args,
        pause ? Tr::tr("qadctl pause ID: stop sending (activations keep queueing).")
              : Tr::tr("qadctl resume ID: send again, after a pause or an authentication failure."),
        &code);
    if (!found) {
        return code;
    }
    // A copy: saving the configuration below reads it again, which ends the pointer's life.
    const Destination d = *found;
    Storage *storage = ctx.storage();
    if (!storage) {
        return OperationFailed;
    }
    if (const Status status = setDestinationPaused(*storage, *ctx.config(), d, pause); !status) {
        return ctx.fail(OperationFailed, status.error().message);
    }
    ctx.err << (pause ? Tr::tr("Destination \"%1\" paused.").arg(d.name)
                      : Tr::tr("Destination \"%1\" resumed.").arg(d.name))
            << Qt::endl;
    return Success;
}

} // namespace qad::cli
