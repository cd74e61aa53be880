#include "config/destination.h"

#include <QUuid>

namespace qad {

bool operator==(const AlertSettings &a, const AlertSettings &b)
{
    return a.flowRunStart == b.flowRunStart && a.flowRunSuccess == b.flowRunSuccess
        && a.flowRunFailure == b.flowRunFailure && a.flowRunDelay == b.flowRunDelay
        && a.flowRunDelayMinutes == b.flowRunDelayMinutes && a.skippedRateExceeded == b.skippedRateExceeded
        && qFuzzyCompare(a.skippedRatePercent + 1.0, b.skippedRatePercent + 1.0)
        && a.authenticationFailed == b.authenticationFailed;
}

QList<int> defaultRetryDelaysSeconds()
{
    static const QList<int> delays { 5, 30, 120, 600, 1800, 3600 };
    return delays;
}

bool operator==(const DeliverySettings &a, const DeliverySettings &b)
{
    return a.rateLimitPerMinute == b.rateLimitPerMinute && a.concurrency == b.concurrency
        && a.timeoutSeconds == b.timeoutSeconds && a.retryDelaysSeconds == b.retryDelaysSeconds
        && a.retryRepeatSeconds == b.retryRepeatSeconds && a.retryHorizonSeconds == b.retryHorizonSeconds;
}

bool operator==(const Destination &a, const Destination &b)
{
    return a.id == b.id && a.name == b.name && a.description == b.description && a.url == b.url
        && a.username == b.username && a.authMode == b.authMode && a.alerts == b.alerts
        && a.audiences == b.audiences && a.identities == b.identities && a.attributes == b.attributes
        && a.exportOn == b.exportOn && a.delivery == b.delivery && a.state == b.state
        && a.pausedReason == b.pausedReason;
}

QString Destination::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const Audience *Destination::audience(const QString &audienceId) const
{
    for (const Audience &a : audiences) {
        if (a.id == audienceId) {
            return &a;
        }
    }
    return nullptr;
}

QString toString(AuthMode mode)
{
    return mode == AuthMode::Basic ? QStringLiteral("basic") : QStringLiteral("header");
}

QString toString(ExportOn exportOn)
{
    return exportOn == ExportOn::MembershipOrAttributes ? QStringLiteral("membershipOrAttributes")
                                                        : QStringLiteral("membershipOnly");
}

QString toString(IdentityTarget target)
{
    return target == IdentityTarget::Email ? QStringLiteral("email") : QStringLiteral("external_id");
}

QString toString(DestinationState state)
{
    return state == DestinationState::Enabled ? QStringLiteral("enabled") : QStringLiteral("paused");
}

std::optional<AuthMode> authModeFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"basic") {
        return AuthMode::Basic;
    }
    if (t == u"header" || t == u"x-api-token") {
        return AuthMode::Header;
    }
    return std::nullopt;
}

std::optional<ExportOn> exportOnFromString(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.remove(QLatin1Char('-'));
    t.remove(QLatin1Char('_'));
    if (t == u"membershiporattributes") {
        return ExportOn::MembershipOrAttributes;
    }
    if (t == u"membershiponly") {
        return ExportOn::MembershipOnly;
    }
    return std::nullopt;
}

std::optional<IdentityTarget> identityTargetFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"email") {
        return IdentityTarget::Email;
    }
    if (t == u"external_id" || t == u"externalid" || t == u"external-id") {
        return IdentityTarget::ExternalId;
    }
    return std::nullopt;
}

QString payloadNamespace(IdentityTarget target)
{
    return target == IdentityTarget::Email ? QStringLiteral("Email") : QStringLiteral("external_id");
}

} // namespace qad
