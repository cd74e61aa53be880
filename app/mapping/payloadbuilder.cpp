#include "mapping/payloadbuilder.h"

#include "mapping/jsonpath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <iterator>

namespace qad {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::PayloadBuilder)
};

struct Candidate
{
    QString id;
    bool primary = false;
};

// The mapped identity values of a profile, filtered and ordered as they go into the payload.
struct ResolvedIdentities
{
    QStringList emails;
    QStringList externalIds;
    QStringList hashedEmails; // dropped: Qualtrics needs plain text
    QStringList invalidEmails; // dropped: not an address
    bool anyValue = false; // some mapped namespace had a non-empty value, usable or not

    bool isEmpty() const { return emails.isEmpty() && externalIds.isEmpty(); }
};

// Primary values first (stable otherwise), each value once.
QStringList orderedUnique(QList<Candidate> candidates, Qt::CaseSensitivity sensitivity)
{
    // Up to this many values (the usual one or two, a graph's hundred), a scan costs less than a set. A
    // profile can hold tens of thousands, though: scanned, one took half a minute.
    constexpr qsizetype kScannedValues = 64;
    std::stable_partition(candidates.begin(), candidates.end(), [](const Candidate &c) { return c.primary; });
    QStringList values;
    values.reserve(candidates.size());
    if (candidates.size() <= kScannedValues) {
        for (const Candidate &c : candidates) {
            if (!values.contains(c.id, sensitivity)) {
                values.append(c.id);
            }
        }
        return values;
    }
    QSet<QString> seen; // case-folded, as a case-insensitive comparison folds
    seen.reserve(candidates.size());
    for (const Candidate &c : candidates) {
        const qsizetype before = seen.size();
        seen.insert(sensitivity == Qt::CaseInsensitive ? c.id.toCaseFolded() : c.id);
        if (seen.size() != before) {
            values.append(c.id);
        }
    }
    return values;
}

ResolvedIdentities resolveIdentities(const Destination &destination, const Profile &profile)
{
    ResolvedIdentities resolved;
    QList<Candidate> emails;
    QList<Candidate> externalIds;
    for (const IdentityMapping &mapping : destination.identities) {
        for (const IdentityValue &value : profile.identities(mapping.sourceNamespace)) {
            const QString id = value.id.trimmed();
            if (id.isEmpty()) {
                continue;
            }
            resolved.anyValue = true;
            if (mapping.target == IdentityTarget::ExternalId) {
                externalIds.append({ value.id, value.primary });
            } else if (looksHashed(id)) {
                resolved.hashedEmails.append(id);
            } else if (!isPlainTextEmail(id)) {
                resolved.invalidEmails.append(id);
            } else {
                emails.append({ id, value.primary });
            }
        }
    }
    // Addresses differ only in case for the same person; custom ids are compared exactly.
    resolved.emails = orderedUnique(std::move(emails), Qt::CaseInsensitive);
    resolved.externalIds = orderedUnique(std::move(externalIds), Qt::CaseSensitive);
    return resolved;
}

QJsonArray idArray(const QStringList &ids)
{
    QJsonArray array;
    for (const QString &id : ids) {
        array.append(QJsonObject { { QStringLiteral("id"), id } });
    }
    return array;
}

QString mappedNamespaces(const Destination &destination)
{
    QStringList names;
    for (const IdentityMapping &mapping : destination.identities) {
        names.append(mapping.sourceNamespace);
    }
    return names.join(QLatin1String(", "));
}

QString elided(const QString &value)
{
    constexpr qsizetype kMax = 80;
    return value.size() <= kMax ? value : value.left(kMax) + QChar(0x2026);
}

PayloadResult excluded(const QString &code, const QString &reason)
{
    PayloadResult result;
    result.status = PayloadResult::Status::Excluded;
    result.exclusionCode = code;
    result.reason = reason;
    return result;
}

PayloadResult exclusionFor(
    const Destination &destination, const Profile &profile, const ResolvedIdentities &identities)
{
    if (!identities.anyValue) {
        QStringList present;
        for (const auto &entry : profile.identityMap) {
            present.append(entry.first);
        }
        const QString has = present.isEmpty() ? Tr::tr("it has no identityMap entries")
                                              : Tr::tr("it has %1").arg(present.join(QLatin1String(", ")));
        return excluded(QStringLiteral("no_mapped_identity"),
            Tr::tr("The profile has no value for any mapped identity: looked for %1 in its identityMap "
                   "(%2). Map a namespace the profiles carry, or add one of these to the profiles.")
                .arg(mappedNamespaces(destination), has));
    }
    // With an external_id identity mapped already, the way out is a value for it, not mapping one.
    QStringList externalIds;
    for (const IdentityMapping &mapping : destination.identities) {
        if (mapping.target == IdentityTarget::ExternalId) {
            externalIds.append(mapping.sourceNamespace);
        }
    }
    const QString mapped = externalIds.join(QLatin1String(", "));
    if (!identities.hashedEmails.isEmpty()) {
        return excluded(QStringLiteral("hashed_email"),
            externalIds.isEmpty()
                ? Tr::tr(
                    "The profile's only email values are hashed (SHA-256), and Qualtrics needs plain-text "
                    "addresses. Map the namespace that holds plain-text emails, or map an external_id "
                    "identity too.")
                : Tr::tr(
                    "The profile's only email values are hashed (SHA-256), and Qualtrics needs plain-text "
                    "addresses; it has no value for the external_id identity mapped (%1) either. Map the "
                    "namespace that holds plain-text emails, or give the profiles a %1 value.")
                      .arg(mapped));
    }
    if (!identities.invalidEmails.isEmpty()) {
        const QString value = elided(identities.invalidEmails.constFirst());
        return excluded(QStringLiteral("invalid_email"),
            externalIds.isEmpty()
                ? Tr::tr("The profile's only email value \"%1\" is not a plain-text email address. Fix the "
                         "address in the source data, or map an external_id identity too.")
                      .arg(value)
                : Tr::tr("The profile's only email value \"%1\" is not a plain-text email address, and it "
                         "has no value for the external_id identity mapped (%2). Fix the address in the "
                         "source data, or give the profiles a %2 value.")
                      .arg(value, mapped));
    }
    return excluded(QStringLiteral("no_mapped_identity"),
        Tr::tr("The profile has no usable value for any mapped identity (%1).")
            .arg(mappedNamespaces(destination)));
}

bool isReservedTarget(const QString &target)
{
    const QStringView head = jsonpath::head(target);
    return head == u"identityMap" || head == u"segmentMembership";
}

QJsonObject mappedMemberships(const Destination &destination, const Profile &profile)
{
    QJsonObject ups;
    for (const Audience &audience : destination.audiences) {
        const auto it = profile.ups.constFind(audience.id);
        if (it == profile.ups.constEnd()) {
            continue;
        }
        QJsonObject entry;
        entry.insert(u"status",
            it->status == MembershipStatus::Realized ? QStringLiteral("realized") : QStringLiteral("exited"));
        if (!it->lastQualificationTime.isEmpty()) {
            entry.insert(u"lastQualificationTime", it->lastQualificationTime);
        }
        ups.insert(audience.id, entry);
    }
    return ups;
}

// The compact JSON of `payload`, made from that of the same object without segmentMembership. Qt writes an
// object's members in key order, so when segmentMembership is the last key (unless a target's first segment
// sorts after it) the body is that text with the member appended: the payload is written once, not twice.
// Otherwise Qt writes it all again.
QByteArray withMembership(
    const QByteArray &withoutMembership, const QJsonObject &payload, const QJsonObject &membership)
{
    if (std::prev(payload.constEnd()).key() != u"segmentMembership") {
        return QJsonDocument(payload).toJson(QJsonDocument::Compact);
    }
    const QByteArray member = QJsonDocument(membership).toJson(QJsonDocument::Compact);
    constexpr QByteArrayView kKey = "\"segmentMembership\":";
    QByteArray body;
    body.reserve(withoutMembership.size() + kKey.size() + member.size() + 1);
    body.append(QByteArrayView(withoutMembership).chopped(1)); // up to the closing brace
    if (withoutMembership.size() > 2) {
        body.append(',');
    }
    body.append(kKey).append(member).append('}');
    return body;
}

} // namespace

PayloadResult buildPayload(const Destination &destination, const Profile &profile)
{
    const ResolvedIdentities identities = resolveIdentities(destination, profile);
    if (identities.isEmpty()) {
        return exclusionFor(destination, profile, identities);
    }

    PayloadResult result;
    if (const qsizetype n = identities.hashedEmails.size()) {
        result.warnings.append(Tr::tr(
            "Left out %n hashed email value(s): Qualtrics needs plain-text addresses.", nullptr, int(n)));
    }
    if (const qsizetype n = identities.invalidEmails.size()) {
        result.warnings.append(Tr::tr(
            "Left out %n email value(s) that are not plain-text addresses, such as \"%1\".", nullptr, int(n))
                                   .arg(elided(identities.invalidEmails.constFirst())));
    }

    QJsonObject payload;
    for (const AttributeMapping &mapping : destination.attributes) {
        const QJsonValue value = profile.attribute(mapping.source);
        if (value.isUndefined() || value.isNull()) {
            continue; // missing values are left out, never sent as null
        }
        if (isReservedTarget(mapping.target)) {
            result.warnings.append(
                Tr::tr("Left out %1: its target %2 is reserved for identities and audiences. "
                       "Choose another target.")
                    .arg(mapping.source, mapping.target));
            continue;
        }
        if (!jsonpath::insert(payload, mapping.target, value)) {
            result.warnings.append(
                Tr::tr("Left out %1: its target %2 collides with another mapped attribute. "
                       "Give each attribute its own target path.")
                    .arg(mapping.source, mapping.target));
        }
    }

    QJsonObject identityMap;
    if (!identities.emails.isEmpty()) {
        identityMap.insert(payloadNamespace(IdentityTarget::Email), idArray(identities.emails));
    }
    if (!identities.externalIds.isEmpty()) {
        identityMap.insert(payloadNamespace(IdentityTarget::ExternalId), idArray(identities.externalIds));
    }
    payload.insert(u"identityMap", identityMap);

    const QJsonObject ups = mappedMemberships(destination, profile);
    if (ups.isEmpty()) {
        result.warnings.append(
            Tr::tr("The profile is in none of the destination's %n selected audience(s), so "
                   "segmentMembership.ups is empty.",
                nullptr, int(destination.audiences.size())));
    }
    result.identitiesAndAttributes = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const QJsonObject membership { { QStringLiteral("ups"), ups } };
    payload.insert(u"segmentMembership", membership);
    result.body = withMembership(result.identitiesAndAttributes, payload, membership);
    result.payload = std::move(payload);
    if (result.body.size() > kMaxPayloadBytes) {
        result.status = PayloadResult::Status::TooLarge;
        result.exclusionCode = QStringLiteral("payload_too_large");
        result.reason = payloadTooLargeReason(result.body.size());
    }
    return result;
}

QStringList profileIdentities(const Destination &destination, const Profile &profile)
{
    const ResolvedIdentities identities = resolveIdentities(destination, profile);
    QStringList parts;
    parts.reserve(identities.emails.size() + identities.externalIds.size());
    const QString emailPrefix = payloadNamespace(IdentityTarget::Email) + QLatin1Char(':');
    for (const QString &email : identities.emails) {
        parts.append(emailPrefix + email.toLower()); // one person, however the address is capitalised
    }
    const QString externalPrefix = payloadNamespace(IdentityTarget::ExternalId) + QLatin1Char(':');
    for (const QString &id : identities.externalIds) {
        parts.append(externalPrefix + id);
    }
    parts.sort();
    return parts;
}

QString profileKey(const QStringList &identities)
{
    return identities.join(QLatin1Char('|'));
}

QString profileKey(const Destination &destination, const Profile &profile)
{
    return profileKey(profileIdentities(destination, profile));
}

bool isPlainTextEmail(const QString &value)
{
    constexpr qsizetype kMaxAddress = 254; // RFC 5321 path limit
    if (value.isEmpty() || value.size() > kMaxAddress) {
        return false;
    }
    const qsizetype at = value.indexOf(u'@');
    if (at <= 0 || value.indexOf(u'@', at + 1) >= 0) {
        return false;
    }
    if (std::any_of(value.cbegin(), value.cend(),
            [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; })) {
        return false;
    }
    const QStringView domain = QStringView(value).mid(at + 1);
    return domain.contains(u'.') && !domain.startsWith(u'.') && !domain.endsWith(u'.')
        && !domain.contains(u"..");
}

bool looksHashed(const QString &value)
{
    // Hex digests: MD5, SHA-1, SHA-256 (what Experience Platform hashes emails with), SHA-384, SHA-512.
    const qsizetype n = value.size();
    if (n != 32 && n != 40 && n != 64 && n != 96 && n != 128) {
        return false;
    }
    return std::all_of(value.cbegin(), value.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

QString payloadTooLargeReason(qsizetype bytes)
{
    return Tr::tr(
        "The payload is %1 bytes; Qualtrics accepts at most %2 bytes (100 KB). Map fewer or smaller "
        "attributes.")
        .arg(bytes)
        .arg(kMaxPayloadBytes);
}

} // namespace qad
