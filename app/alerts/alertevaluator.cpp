#include "alerts/alertevaluator.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTime>
#include <algorithm>

namespace qad {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::AlertEvaluator)
};

Q_LOGGING_CATEGORY(lcAlerts, "qad.alerts")

constexpr qint64 kRepeatAfterSeconds = 3600;

const QString kRunStart = QStringLiteral("flow_run_start");
const QString kRunSuccess = QStringLiteral("flow_run_success");
const QString kRunFailure = QStringLiteral("flow_run_failure");
const QString kRunDelay = QStringLiteral("flow_run_delay");
const QString kSkippedRate = QStringLiteral("activation_skipped_rate_exceeded");
const QString kAuthentication = QLatin1String(kAuthenticationFailedAlert);

bool subscribed(const AlertSettings &alerts, const QString &type)
{
    if (type == kRunStart) {
        return alerts.flowRunStart;
    }
    if (type == kRunSuccess) {
        return alerts.flowRunSuccess;
    }
    if (type == kRunFailure) {
        return alerts.flowRunFailure;
    }
    if (type == kRunDelay) {
        return alerts.flowRunDelay;
    }
    if (type == kSkippedRate) {
        return alerts.skippedRateExceeded;
    }
    return type == kAuthentication && alerts.authenticationFailed;
}

QDateTime startOfHour(const QDateTime &at)
{
    return QDateTime::fromMSecsSinceEpoch(HourlyCounters::hourStart(at.toMSecsSinceEpoch()), Qt::UTC);
}

QString name(const Destination &destination)
{
    return destination.name.isEmpty() ? destination.id : destination.name;
}

} // namespace

AlertEvaluator::AlertEvaluator(Storage &storage, const Clock *clock)
    : m_storage(storage)
    , m_clock(clock)
{ }

QList<AlertRecord> AlertEvaluator::runStarted(const Destination &destination)
{
    return raise(destination, kRunStart,
        Tr::tr("Streaming to \"%1\" started: profile updates for its audiences are being sent.")
            .arg(name(destination)));
}

QList<AlertRecord> AlertEvaluator::activationFailed(
    const Destination &destination, const QString &activationId, const QString &message)
{
    return raise(destination, kRunFailure,
        Tr::tr("An activation to \"%1\" failed for good (%2): %3 Fix the cause, then send it again with "
               "`qadctl replay %4 --activation %2` (or `--failed` for all).")
            .arg(name(destination), activationId, message, destination.id));
}

QList<AlertRecord> AlertEvaluator::authenticationFailed(
    const Destination &destination, const QString &message)
{
    return raise(destination, kAuthentication,
        Tr::tr("\"%1\" is paused: the token was refused (%2). Its queue is kept. Store the right one with "
               "`qadctl token set %3`, then `qadctl resume %3`.")
            .arg(name(destination), message, destination.id));
}

QList<AlertRecord> AlertEvaluator::evaluate(const Destination &destination)
{
    constexpr int kHoursNeeded = 2; // the current hour and the last full one
    const Expected<DestinationStatus> status = m_storage.status(destination.id, kHoursNeeded);
    if (!status) {
        qCWarning(lcAlerts, "%s", qPrintable(status.error().message));
        return {};
    }
    const QDateTime now = m_clock->now().toUTC();
    QList<AlertRecord> raised;

    const QDateTime lastHour = startOfHour(now).addSecs(-3600);
    if (m_successReported.value(destination.id) != lastHour) {
        const StatusCounters c = status->countersOfHour(lastHour);
        if ((c.received > 0 || c.activated > 0 || c.failed > 0) && c.failed == 0) {
            const QList<AlertRecord> success = raise(destination, kRunSuccess,
                Tr::tr("\"%1\": the hour from %2 UTC closed with no failures (%3 activated, %4 excluded).")
                    .arg(name(destination), lastHour.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        QString::number(c.activated), QString::number(c.excluded)));
            if (!success.isEmpty()) {
                m_successReported.insert(destination.id, lastHour);
            }
            raised += success;
        }
    }

    const qint64 delayMinutes = destination.alerts.flowRunDelayMinutes;
    if (status->oldestPendingSince && status->oldestPendingSince->secsTo(now) > delayMinutes * 60) {
        raised += raise(destination, kRunDelay,
            Tr::tr("\"%1\": an activation has waited %2 minutes to be delivered (threshold %3). Check that "
                   "the destination is not paused (`qadctl status %4`) and that Qualtrics is reachable.")
                .arg(name(destination), QString::number(status->oldestPendingSince->secsTo(now) / 60),
                    QString::number(delayMinutes), destination.id));
    }

    // Excluded ÷ received over the last 60 minutes (SPEC §8), not since the clock hour began: just after
    // HH:00 one excluded profile would read 100 % and the hour before would not count. Only hourly counters
    // are stored, so this is the usual sliding-window estimate: this hour's counts plus the previous hour's
    // weighed by the part of it still inside the window, (60 − minutes into this hour) ÷ 60. The figures
    // are rounded to whole profiles and the rate taken from them, so the message's numbers add up; a window
    // worth less than half a profile is nothing to judge.
    const StatusCounters current = status->countersOfHour(now);
    const StatusCounters previous = status->countersOfHour(startOfHour(now).addSecs(-3600));
    const qint64 intoHourMs = now.toMSecsSinceEpoch() - startOfHour(now).toMSecsSinceEpoch();
    const double previousWeight
        = double(HourlyCounters::kHourMs - intoHourMs) / double(HourlyCounters::kHourMs);
    const qint64 received = qRound64(double(current.received) + double(previous.received) * previousWeight);
    const qint64 excluded = qRound64(double(current.excluded) + double(previous.excluded) * previousWeight);
    const bool estimated = previousWeight > 0.0 && previous.received > 0;
    const double percent = received > 0 ? double(excluded) * 100.0 / double(received) : 0.0;
    if (received > 0 && percent > destination.alerts.skippedRatePercent) {
        const QString figures = estimated
            ? Tr::tr("about %1 of %2", "excluded of received profiles, the hour before prorated")
                  .arg(QString::number(excluded), QString::number(received))
            : Tr::tr("%1 of %2", "excluded of received profiles")
                  .arg(QString::number(excluded), QString::number(received));
        raised += raise(destination, kSkippedRate,
            Tr::tr("\"%1\": %2% of the profiles received over the last hour were excluded (%3; threshold "
                   "%4%). Read why (\"Excluded and rejected…\" in the overview, or `qadctl history %5 "
                   "--status excluded`), then fix the identity mapping or the source data.")
                .arg(name(destination), QString::number(percent, 'f', 1), figures,
                    QString::number(destination.alerts.skippedRatePercent), destination.id));
    }
    return raised;
}

QList<AlertRecord> AlertEvaluator::raise(
    const Destination &destination, const QString &type, const QString &message)
{
    if (!subscribed(destination.alerts, type)) {
        return {};
    }
    const QDateTime now = m_clock->now().toUTC();
    const Expected<QList<AlertRecord>> open = m_storage.openAlerts(destination.id);
    if (!open) {
        qCWarning(lcAlerts, "%s", qPrintable(open.error().message));
        return {};
    }
    const bool recent = std::any_of(open->cbegin(), open->cend(), [&](const AlertRecord &alert) {
        return alert.type == type && alert.raisedAt.secsTo(now) < kRepeatAfterSeconds;
    });
    if (recent) {
        return {};
    }
    AlertRecord alert;
    alert.destinationId = destination.id;
    alert.type = type;
    alert.message = message;
    alert.raisedAt = now;
    const Expected<qint64> id = m_storage.raiseAlert(alert);
    if (!id) {
        qCWarning(lcAlerts, "%s", qPrintable(id.error().message));
        return {};
    }
    alert.id = *id;
    return { alert };
}

} // namespace qad
