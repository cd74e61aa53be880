#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace qad {

enum class AuthMode { Basic, Header };
enum class ExportOn { MembershipOrAttributes, MembershipOnly };
enum class IdentityTarget { Email, ExternalId };
enum class DestinationState { Enabled, Paused };

// One source identity namespace (as it appears in the profile's identityMap) sent as `email` or
// `external_id` (SPEC §3).
struct IdentityMapping
{
    QString sourceNamespace;
    IdentityTarget target = IdentityTarget::Email;
    friend bool operator==(const IdentityMapping &a, const IdentityMapping &b)
    {
        return a.sourceNamespace == b.sourceNamespace && a.target == b.target;
    }
};

// A source or target path has at most this many parts: as deep as a profile may nest (SPEC §4). A deeper
// target would build a payload nested past what JSON writers and readers (Qt's included) can take.
inline constexpr int kMaxPathParts = 64;

// A dotted profile path copied to a dotted (open-schema) target path.
struct AttributeMapping
{
    QString source;
    QString target;
    friend bool operator==(const AttributeMapping &a, const AttributeMapping &b)
    {
        return a.source == b.source && a.target == b.target;
    }
};

// A Segmentation Service (`ups`) audience, optionally active only between two dates (inclusive).
struct Audience
{
    QString id;
    QString name;
    std::optional<QDate> startDate;
    std::optional<QDate> endDate;
    friend bool operator==(const Audience &a, const Audience &b)
    {
        return a.id == b.id && a.name == b.name && a.startDate == b.startDate && a.endDate == b.endDate;
    }
};

// Alert subscriptions and thresholds (SPEC §8), named as in Experience Platform.
struct AlertSettings
{
    bool flowRunStart = false;
    bool flowRunSuccess = false;
    bool flowRunFailure = true;
    bool flowRunDelay = true;
    int flowRunDelayMinutes = 150;
    bool skippedRateExceeded = true;
    double skippedRatePercent = 1.0;
    bool authenticationFailed = true;
    friend bool operator==(const AlertSettings &a, const AlertSettings &b);
};

// SPEC §6's retry delays: 5 s, 30 s, 2 min, 10 min, 30 min, 1 h. (A function, not a braced list in the
// struct: GCC 12 warned of an uninitialised read in that list's copy wherever the constructor was inlined.)
QList<int> defaultRetryDelaysSeconds();

// How politely activations are delivered (SPEC §6).
struct DeliverySettings
{
    int rateLimitPerMinute = 3000; // 0 = unlimited
    int concurrency = 6;
    int timeoutSeconds = 10; // per attempt
    QList<int> retryDelaysSeconds = defaultRetryDelaysSeconds();
    int retryRepeatSeconds = 7200; // after the list: every this often …
    int retryHorizonSeconds = 86400; // … until this long after the first attempt
    friend bool operator==(const DeliverySettings &a, const DeliverySettings &b);
};

struct Destination
{
    QString id;
    QString name;
    QString description;
    QString url; // exactly as pasted
    QString username;
    AuthMode authMode = AuthMode::Basic;
    AlertSettings alerts;
    QList<Audience> audiences;
    QList<IdentityMapping> identities;
    QList<AttributeMapping> attributes;
    ExportOn exportOn = ExportOn::MembershipOrAttributes;
    DeliverySettings delivery;
    DestinationState state = DestinationState::Enabled;
    QString pausedReason; // e.g. "authentication", "user"

    static QString newId();
    const Audience *audience(const QString &id) const;
    friend bool operator==(const Destination &a, const Destination &b);
    friend bool operator!=(const Destination &a, const Destination &b) { return !(a == b); }
};

// Stable spellings used in JSON, on the command line and in messages.
QString toString(AuthMode mode);
QString toString(ExportOn exportOn);
QString toString(IdentityTarget target);
QString toString(DestinationState state);
std::optional<AuthMode> authModeFromString(const QString &text);
std::optional<ExportOn> exportOnFromString(const QString &text); // accepts JSON and CLI spellings
std::optional<IdentityTarget> identityTargetFromString(const QString &text);

// The identityMap key the payload uses for a target: `Email` or `external_id` (SPEC §6).
QString payloadNamespace(IdentityTarget target);

} // namespace qad

Q_DECLARE_METATYPE(qad::Destination)
