#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace qad {

struct IdentityValue
{
    QString id;
    bool primary = false;
    QString authenticatedState;
    friend bool operator==(const IdentityValue &a, const IdentityValue &b)
    {
        return a.id == b.id && a.primary == b.primary && a.authenticatedState == b.authenticatedState;
    }
};

enum class MembershipStatus { Realized, Exited };

struct Membership
{
    MembershipStatus status = MembershipStatus::Realized; // `existing` reads as Realized
    QString lastQualificationTime; // as received (ISO-8601), kept verbatim for the payload
    friend bool operator==(const Membership &a, const Membership &b)
    {
        return a.status == b.status && a.lastQualificationTime == b.lastQualificationTime;
    }
};

// One profile update in the XDM profile shape (SPEC §4), normalised to the short key form.
struct Profile
{
    // Everything that is neither identityMap nor segmentMembership, with `xdm:` prefixes removed.
    QJsonObject attributes;
    // identityMap namespace as written in the input -> values. Look up with identities(), which ignores case.
    QList<QPair<QString, QList<IdentityValue>>> identityMap;
    // segmentMembership.ups: audience id -> membership. Other namespaces are ignored.
    QHash<QString, Membership> ups;

    // Values of a namespace, compared case-insensitively (`Email`, `EMAIL`, `email`).
    QList<IdentityValue> identities(const QString &ns) const;
    // The attribute at a dotted short-form path (`person.name.firstName`); Undefined when absent.
    QJsonValue attribute(const QString &path) const;
    // Every dotted path that holds a scalar or array (for completion in the mapping editor).
    QStringList attributePaths() const;

    friend bool operator==(const Profile &a, const Profile &b)
    {
        return a.attributes == b.attributes && a.identityMap == b.identityMap && a.ups == b.ups;
    }
    friend bool operator!=(const Profile &a, const Profile &b) { return !(a == b); }
};

} // namespace qad
