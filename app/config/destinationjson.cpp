#include "config/destinationjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <cmath>
#include <limits>

namespace qad {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::DestinationJson)
};

QString indexed(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

bool isMissing(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

std::optional<int> toInt(const QJsonValue &value)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || d < std::numeric_limits<int>::min()
        || d > std::numeric_limits<int>::max()) {
        return std::nullopt;
    }
    return static_cast<int>(d);
}

QString dateToString(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

std::optional<DestinationState> stateFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"enabled") {
        return DestinationState::Enabled;
    }
    if (t == u"paused") {
        return DestinationState::Paused;
    }
    return std::nullopt;
}

// Typed access to one JSON object's members. A missing (or null) member takes the fallback; a member of the
// wrong type adds an error naming its full path (e.g. "audiences[1].startDate") and takes the fallback too,
// so every wrong field is reported at once.
class Fields
{
public:
    Fields(QJsonObject object, QString path, QStringList &errors)
        : m_object(std::move(object))
        , m_path(std::move(path))
        , m_errors(&errors)
    { }

    QString field(QStringView key) const
    {
        return m_path.isEmpty() ? key.toString() : m_path + QLatin1Char('.') + key.toString();
    }
    void fail(const QString &message) { m_errors->append(message); }

    QString string(QStringView key, const QString &fallback = {})
    {
        const QJsonValue v = m_object.value(key);
        if (isMissing(v)) {
            return fallback;
        }
        if (!v.isString()) {
            fail(Tr::tr("%1 must be text (in double quotes)").arg(field(key)));
            return fallback;
        }
        return v.toString();
    }

    bool boolean(QStringView key, bool fallback)
    {
        const QJsonValue v = m_object.value(key);
        if (isMissing(v)) {
            return fallback;
        }
        if (!v.isBool()) {
            fail(Tr::tr("%1 must be true or false").arg(field(key)));
            return fallback;
        }
        return v.toBool();
    }

    int integer(QStringView key, int fallback)
    {
        const QJsonValue v = m_object.value(key);
        if (isMissing(v)) {
            return fallback;
        }
        const std::optional<int> i = toInt(v);
        if (!i) {
            fail(Tr::tr("%1 must be a whole number, like 10").arg(field(key)));
            return fallback;
        }
        return *i;
    }

    double number(QStringView key, double fallback)
    {
        const QJsonValue v = m_object.value(key);
        if (isMissing(v)) {
            return fallback;
        }
        if (!v.isDouble()) {
            fail(Tr::tr("%1 must be a number, like 1.5").arg(field(key)));
            return fallback;
        }
        return v.toDouble();
    }

    std::optional<QDate> date(QStringView key)
    {
        const QJsonValue v = m_object.value(key);
        if (isMissing(v)) {
            return std::nullopt;
        }
        const QDate d = QDate::fromString(v.toString(), QStringLiteral("yyyy-MM-dd"));
        if (!v.isString() || !d.isValid()) {
            fail(Tr::tr("%1 must be a date like 2026-01-31").arg(field(key)));
            return std::nullopt;
        }
        return d;
    }

    // A member that must be one of a few spellings; `parse` returns nullopt for anything else.
    template<typename T, typename Parse>
    T choice(QStringView key, T fallback, Parse parse, const QString &allowed)
    {
        const QJsonValue v = m_object.value(key);
        if (isMissing(v)) {
            return fallback;
        }
        const std::optional<T> parsed = v.isString() ? parse(v.toString()) : std::nullopt;
        if (!parsed) {
            fail(Tr::tr("%1 must be %2").arg(field(key), allowed));
            return fallback;
        }
        return *parsed;
    }

    // A list of whole numbers; present (even empty) it replaces the fallback.
    QList<int> integers(QStringView key, const QList<int> &fallback)
    {
        if (isMissing(m_object.value(key))) {
            return fallback;
        }
        QList<int> result;
        const QJsonArray a = array(key);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const std::optional<int> value = toInt(a.at(i));
            if (!value) {
                fail(Tr::tr("%1 must be a whole number, like 10").arg(indexed(field(key), i)));
                continue;
            }
            result.append(*value);
        }
        return result;
    }

    QJsonArray array(QStringView key)
    {
        const QJsonValue v = m_object.value(key);
        if (isMissing(v)) {
            return {};
        }
        if (!v.isArray()) {
            fail(Tr::tr("%1 must be a list [ … ]").arg(field(key)));
            return {};
        }
        return v.toArray();
    }

    Fields object(QStringView key)
    {
        const QJsonValue v = m_object.value(key);
        if (!isMissing(v) && !v.isObject()) {
            fail(Tr::tr("%1 must be an object { … }").arg(field(key)));
        }
        return Fields(v.toObject(), field(key), *m_errors);
    }

    // The objects of a list member, each with its path ("audiences[1]"); a non-object element is an error.
    QList<Fields> objects(QStringView key)
    {
        QList<Fields> result;
        const QJsonArray a = array(key);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString path = indexed(field(key), i);
            if (!a.at(i).isObject()) {
                fail(Tr::tr("%1 must be an object { … }").arg(path));
                continue;
            }
            result.append(Fields(a.at(i).toObject(), path, *m_errors));
        }
        return result;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList *m_errors; // shared by the nested objects' readers
};

AlertSettings readAlerts(Fields f)
{
    AlertSettings a;
    a.flowRunStart = f.boolean(u"flowRunStart", a.flowRunStart);
    a.flowRunSuccess = f.boolean(u"flowRunSuccess", a.flowRunSuccess);
    a.flowRunFailure = f.boolean(u"flowRunFailure", a.flowRunFailure);
    a.flowRunDelay = f.boolean(u"flowRunDelay", a.flowRunDelay);
    a.flowRunDelayMinutes = f.integer(u"flowRunDelayMinutes", a.flowRunDelayMinutes);
    a.skippedRateExceeded = f.boolean(u"skippedRateExceeded", a.skippedRateExceeded);
    a.skippedRatePercent = f.number(u"skippedRatePercent", a.skippedRatePercent);
    a.authenticationFailed = f.boolean(u"authenticationFailed", a.authenticationFailed);
    return a;
}

DeliverySettings readDelivery(Fields f)
{
    DeliverySettings d;
    d.rateLimitPerMinute = f.integer(u"rateLimitPerMinute", d.rateLimitPerMinute);
    d.concurrency = f.integer(u"concurrency", d.concurrency);
    d.timeoutSeconds = f.integer(u"timeoutSeconds", d.timeoutSeconds);
    d.retryDelaysSeconds = f.integers(u"retryDelaysSeconds", d.retryDelaysSeconds);
    d.retryRepeatSeconds = f.integer(u"retryRepeatSeconds", d.retryRepeatSeconds);
    d.retryHorizonSeconds = f.integer(u"retryHorizonSeconds", d.retryHorizonSeconds);
    return d;
}

} // namespace

QJsonObject toJson(const Destination &destination)
{
    const AlertSettings &a = destination.alerts;
    const QJsonObject alerts {
        { QStringLiteral("flowRunStart"), a.flowRunStart },
        { QStringLiteral("flowRunSuccess"), a.flowRunSuccess },
        { QStringLiteral("flowRunFailure"), a.flowRunFailure },
        { QStringLiteral("flowRunDelay"), a.flowRunDelay },
        { QStringLiteral("flowRunDelayMinutes"), a.flowRunDelayMinutes },
        { QStringLiteral("skippedRateExceeded"), a.skippedRateExceeded },
        { QStringLiteral("skippedRatePercent"), a.skippedRatePercent },
        { QStringLiteral("authenticationFailed"), a.authenticationFailed },
    };

    QJsonArray audiences;
    for (const Audience &audience : destination.audiences) {
        QJsonObject o { { QStringLiteral("id"), audience.id }, { QStringLiteral("name"), audience.name } };
        if (audience.startDate) {
            o.insert(QStringLiteral("startDate"), dateToString(*audience.startDate));
        }
        if (audience.endDate) {
            o.insert(QStringLiteral("endDate"), dateToString(*audience.endDate));
        }
        audiences.append(o);
    }

    QJsonArray identities;
    for (const IdentityMapping &identity : destination.identities) {
        identities.append(QJsonObject { { QStringLiteral("source"), identity.sourceNamespace },
            { QStringLiteral("target"), toString(identity.target) } });
    }

    QJsonArray attributes;
    for (const AttributeMapping &attribute : destination.attributes) {
        attributes.append(QJsonObject {
            { QStringLiteral("source"), attribute.source }, { QStringLiteral("target"), attribute.target } });
    }

    const DeliverySettings &d = destination.delivery;
    QJsonArray delays;
    for (int delay : d.retryDelaysSeconds) {
        delays.append(delay);
    }
    const QJsonObject delivery {
        { QStringLiteral("rateLimitPerMinute"), d.rateLimitPerMinute },
        { QStringLiteral("concurrency"), d.concurrency },
        { QStringLiteral("timeoutSeconds"), d.timeoutSeconds },
        { QStringLiteral("retryDelaysSeconds"), delays },
        { QStringLiteral("retryRepeatSeconds"), d.retryRepeatSeconds },
        { QStringLiteral("retryHorizonSeconds"), d.retryHorizonSeconds },
    };

    return QJsonObject {
        { QStringLiteral("id"), destination.id },
        { QStringLiteral("name"), destination.name },
        { QStringLiteral("description"), destination.description },
        { QStringLiteral("url"), destination.url },
        { QStringLiteral("username"), destination.username },
        { QStringLiteral("authMode"), toString(destination.authMode) },
        { QStringLiteral("alerts"), alerts },
        { QStringLiteral("audiences"), audiences },
        { QStringLiteral("identities"), identities },
        { QStringLiteral("attributes"), attributes },
        { QStringLiteral("exportOn"), toString(destination.exportOn) },
        { QStringLiteral("delivery"), delivery },
        { QStringLiteral("state"), toString(destination.state) },
        { QStringLiteral("pausedReason"), destination.pausedReason },
    };
}

Expected<Destination> destinationFromJson(const QJsonObject &object)
{
    QStringList errors;
    Fields f(object, QString(), errors);
    Destination d;

    // Unknown members are ignored on purpose: that is also how a secret-looking member ("token",
    // "apiToken", "password") in a hand-edited or foreign file is kept out of the configuration.
    d.id = f.string(u"id");
    d.name = f.string(u"name");
    d.description = f.string(u"description");
    d.url = f.string(u"url");
    d.username = f.string(u"username");
    d.authMode
        = f.choice(u"authMode", d.authMode, authModeFromString, QStringLiteral("\"basic\" or \"header\""));
    d.alerts = readAlerts(f.object(u"alerts"));

    for (Fields a : f.objects(u"audiences")) {
        Audience audience;
        audience.id = a.string(u"id");
        audience.name = a.string(u"name");
        audience.startDate = a.date(u"startDate");
        audience.endDate = a.date(u"endDate");
        d.audiences.append(audience);
    }
    for (Fields i : f.objects(u"identities")) {
        IdentityMapping identity;
        identity.sourceNamespace = i.string(u"source");
        identity.target = i.choice(u"target", identity.target, identityTargetFromString,
            QStringLiteral("\"email\" or \"external_id\""));
        d.identities.append(identity);
    }
    for (Fields m : f.objects(u"attributes")) {
        d.attributes.append(AttributeMapping { m.string(u"source"), m.string(u"target") });
    }

    d.exportOn = f.choice(u"exportOn", d.exportOn, exportOnFromString,
        QStringLiteral("\"membershipOrAttributes\" or \"membershipOnly\""));
    d.delivery = readDelivery(f.object(u"delivery"));
    d.state = f.choice(u"state", d.state, stateFromString, QStringLiteral("\"enabled\" or \"paused\""));
    d.pausedReason = f.string(u"pausedReason");

    if (!errors.isEmpty()) {
        return Error { errors.join(QLatin1Char('\n')) };
    }
    return d;
}

QByteArray exportDestination(const Destination &destination)
{
    const QJsonObject document { { QStringLiteral("schemaVersion"), kConfigSchemaVersion },
        { QStringLiteral("destination"), toJson(destination) } };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Expected<Destination> importDestination(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error { Tr::tr("The file is not valid JSON (%1 at byte %2). Use a file written by Export "
                              "(in qad) or by `qadctl destination export`, or fix the JSON.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset) };
    }
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(u"schemaVersion");
    const std::optional<int> schemaVersion = toInt(version);
    if (!document.isObject() || !schemaVersion || !root.value(u"destination").isObject()) {
        return Error { Tr::tr("This is not a qad destination export: it needs \"schemaVersion\" and a "
                              "\"destination\" object. Use a file written by Export (in qad) or by `qadctl "
                              "destination export`.") };
    }
    if (*schemaVersion > kConfigSchemaVersion) {
        return Error { Tr::tr("This destination was exported by a newer qad (schema version %1; this version "
                              "reads up to %2). Upgrade qad to import it.")
                           .arg(*schemaVersion)
                           .arg(kConfigSchemaVersion) };
    }
    if (*schemaVersion < 1) {
        return Error { Tr::tr("schemaVersion %1 is not valid: it must be 1 or more. Use a file written by "
                              "Export (in qad) or by `qadctl destination export`.")
                           .arg(*schemaVersion) };
    }
    return destinationFromJson(root.value(u"destination").toObject());
}

} // namespace qad
