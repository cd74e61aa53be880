#include "mapping/sampleprofiles.h"

#include "mapping/jsonpath.h"

#include <QDateTime>
#include <QJsonArray>

namespace qad {

namespace {

constexpr qsizetype kSuffixLength = 5;

QString randomSuffix(QRandomGenerator *random)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int kAlphabetSize = int(sizeof(kAlphabet)) - 1;
    QString suffix(kSuffixLength, Qt::Uninitialized);
    for (QChar &c : suffix) {
        c = QLatin1Char(kAlphabet[random->bounded(kAlphabetSize)]);
    }
    return suffix;
}

// A namespace can be any text (even a URL); only the characters an address's local part surely accepts stay.
QString localPartFrom(const QString &name)
{
    constexpr qsizetype kMaxPrefix = 64 - kSuffixLength - 1; // local parts are at most 64 characters
    QString local = name.left(kMaxPrefix);
    for (QChar &c : local) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'_' || c == u'-' || c == u'+';
        if (!allowed) {
            c = u'-';
        }
    }
    return local;
}

QString sampleIdentity(const QString &ns, bool email, QRandomGenerator *random)
{
    if (email) {
        return localPartFrom(ns) + QLatin1Char('-') + randomSuffix(random) + QLatin1String("@example.com");
    }
    return ns + QLatin1Char('-') + randomSuffix(random);
}

// One value per source namespace; an address when any mapping of that namespace targets `email`, so a
// namespace mapped twice still yields a usable sample.
QJsonObject sampleIdentityMap(const Destination &destination, QRandomGenerator *random)
{
    QList<QPair<QString, bool>> namespaces; // name -> wants an address
    for (const IdentityMapping &mapping : destination.identities) {
        const bool email = mapping.target == IdentityTarget::Email;
        const auto it
            = std::find_if(namespaces.begin(), namespaces.end(), [&](const QPair<QString, bool> &n) {
                  return n.first.compare(mapping.sourceNamespace, Qt::CaseInsensitive) == 0;
              });
        if (it == namespaces.end()) {
            namespaces.append({ mapping.sourceNamespace, email });
        } else {
            it->second = it->second || email;
        }
    }
    QJsonObject identityMap;
    for (const auto &[name, email] : namespaces) {
        const QJsonObject identity { { QStringLiteral("id"), sampleIdentity(name, email, random) } };
        identityMap.insert(name, QJsonArray { identity });
    }
    return identityMap;
}

QString leafName(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot < 0 ? path : path.mid(dot + 1);
}

// Microsecond precision like Experience Platform's timestamps; the clock gives milliseconds, the generator
// the rest.
QString sampleQualificationTime(const QDateTime &now, QRandomGenerator *random)
{
    return now.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz"))
        + QStringLiteral("%1").arg(random->bounded(1000), 3, 10, QLatin1Char('0')) + QLatin1Char('Z');
}

QJsonObject sampleProfile(const Destination &destination, const QDateTime &now, QRandomGenerator *random)
{
    QJsonObject profile;
    for (const AttributeMapping &mapping : destination.attributes) {
        const QStringView head = jsonpath::head(mapping.source);
        if (head == u"identityMap" || head == u"segmentMembership") {
            continue; // not attributes; generated below
        }
        jsonpath::insert(
            profile, mapping.source, leafName(mapping.source) + QLatin1Char('-') + randomSuffix(random));
    }
    profile.insert(u"identityMap", sampleIdentityMap(destination, random));
    if (!destination.audiences.isEmpty()) {
        QJsonObject ups;
        for (const Audience &audience : destination.audiences) {
            ups.insert(audience.id,
                QJsonObject { { QStringLiteral("status"), QStringLiteral("realized") },
                    { QStringLiteral("lastQualificationTime"), sampleQualificationTime(now, random) } });
        }
        profile.insert(u"segmentMembership", QJsonObject { { QStringLiteral("ups"), ups } });
    }
    return profile;
}

} // namespace

QList<QJsonObject> generateSampleProfiles(const Destination &destination, int count, QRandomGenerator *random)
{
    QList<QJsonObject> profiles;
    if (count <= 0) {
        return profiles;
    }
    profiles.reserve(count);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        profiles.append(sampleProfile(destination, now, random));
    }
    return profiles;
}

} // namespace qad
