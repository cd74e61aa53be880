#include "mapping/exportdecision.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace qad {

namespace {

const QString kRealized = QStringLiteral("realized");
const QString kExited = QStringLiteral("exited");

bool inWindow(const Audience &audience, const QDate &today)
{
    return (!audience.startDate || *audience.startDate <= today)
        && (!audience.endDate || today <= *audience.endDate);
}

QString statusName(MembershipStatus status)
{
    return status == MembershipStatus::Realized ? kRealized : kExited;
}

// The selected audiences the profile is in, today: only these can make it export (SPEC §5).
QHash<QString, MembershipStatus> relevantAudiences(
    const Destination &destination, const Profile &profile, const QDate &today)
{
    QHash<QString, MembershipStatus> relevant;
    for (const Audience &audience : destination.audiences) {
        const auto it = profile.ups.constFind(audience.id);
        if (it != profile.ups.constEnd() && inWindow(audience, today)) {
            relevant.insert(audience.id, it->status);
        }
    }
    return relevant;
}

// What was sent, keyed by identity and attribute values only: membership changes are detected separately.
QByteArray fingerprintOf(const PayloadResult &payload)
{
    return QCryptographicHash::hash(payload.identitiesAndAttributes, QCryptographicHash::Sha1).toHex();
}

// Keeps only the in-date audiences in segmentMembership.ups: an audience outside its dates is not news.
void keepOnlyRelevant(PayloadResult &payload, const QHash<QString, MembershipStatus> &relevant)
{
    QJsonObject membership = payload.payload.value(u"segmentMembership").toObject();
    QJsonObject ups = membership.value(u"ups").toObject();
    if (ups.size() == relevant.size()) {
        return; // every audience the builder kept is in its dates
    }
    for (const QString &id : ups.keys()) {
        if (!relevant.contains(id)) {
            ups.remove(id);
        }
    }
    membership.insert(u"ups", ups);
    payload.payload.insert(u"segmentMembership", membership);
    // Only shrinks, so a payload within the size limit stays within it (and one over it may come within).
    payload.body = QJsonDocument(payload.payload).toJson(QJsonDocument::Compact);
}

QJsonObject previousAudiences(const std::optional<ProfileState> &previous)
{
    if (!previous || previous->audiences.isEmpty()) {
        return {};
    }
    return QJsonDocument::fromJson(previous->audiences).object();
}

bool changed(const Destination &destination, const QHash<QString, MembershipStatus> &relevant,
    const QJsonObject &before, const std::optional<ProfileState> &previous, const QByteArray &fingerprint)
{
    const bool attributesCount = destination.exportOn == ExportOn::MembershipOrAttributes;
    const bool fingerprintDiffers = !previous || previous->fingerprint != fingerprint;
    for (auto it = relevant.constBegin(); it != relevant.constEnd(); ++it) {
        const bool wasRealized = before.value(it.key()).toString() == kRealized;
        if (it.value() == MembershipStatus::Realized) {
            if (!wasRealized || (attributesCount && fingerprintDiffers)) {
                return true;
            }
        } else if (wasRealized) {
            return true;
        }
        // An exit for a profile never exported as realized is not sent: no workflow ever started for it in
        // Qualtrics, so there is nothing to end.
    }
    return false;
}

// Whether every audience of `audiences` (as stored) is among `relevant`.
bool keysWithin(const QJsonObject &audiences, const QHash<QString, MembershipStatus> &relevant)
{
    for (auto it = audiences.constBegin(); it != audiences.constEnd(); ++it) {
        if (!relevant.contains(it.key())) {
            return false;
        }
    }
    return true;
}

} // namespace

ExportDecision decideExport(const Destination &destination, const Profile &profile,
    const std::optional<ProfileState> &previous, const QDate &today)
{
    return decideExport(destination, profile, profileKey(destination, profile), previous, today);
}

ExportDecision decideExport(const Destination &destination, const Profile &profile, const QString &key,
    const std::optional<ProfileState> &previous, const QDate &today)
{
    ExportDecision decision;
    const QHash<QString, MembershipStatus> relevant = relevantAudiences(destination, profile, today);
    if (relevant.isEmpty()) {
        return decision;
    }

    decision.payload = buildPayload(destination, profile);
    decision.profileKey = key;
    if (decision.payload.status == PayloadResult::Status::Excluded) {
        decision.kind = ExportDecision::Kind::Excluded;
        return decision;
    }
    keepOnlyRelevant(decision.payload, relevant);

    const QJsonObject before = previousAudiences(previous);
    const QByteArray fingerprint = fingerprintOf(decision.payload);
    if (!changed(destination, relevant, before, previous, fingerprint)) {
        return decision;
    }

    QJsonObject sent;
    for (auto it = relevant.constBegin(); it != relevant.constEnd(); ++it) {
        sent.insert(it.key(), statusName(it.value()));
    }
    decision.audiences = QJsonDocument(sent).toJson(QJsonDocument::Compact);
    if (decision.payload.status == PayloadResult::Status::TooLarge) {
        if (decision.payload.body.size() > kMaxPayloadBytes) {
            // The same update refused before is not refused again: it is identical (SPEC §5).
            QByteArray refused
                = QCryptographicHash::hash(fingerprint + decision.audiences, QCryptographicHash::Sha1)
                      .toHex();
            if (previous && previous->refused == refused) {
                return decision;
            }
            decision.kind = ExportDecision::Kind::TooLarge;
            decision.newState = previous.value_or(ProfileState { QByteArrayLiteral("{}"), {}, {} });
            decision.newState.refused = std::move(refused);
            return decision;
        }
        // Audiences out of their dates left out, it fits.
        decision.payload.status = PayloadResult::Status::Ok;
        decision.payload.reason.clear();
        decision.payload.exclusionCode.clear();
    }
    decision.kind = ExportDecision::Kind::Export;
    // Audiences outside their dates keep what was last exported for them. When the state holds no audience
    // but those sent now (on every first export), it is what was sent.
    if (keysWithin(before, relevant)) {
        decision.newState.audiences = decision.audiences;
    } else {
        QJsonObject after = before;
        for (auto it = sent.constBegin(); it != sent.constEnd(); ++it) {
            after.insert(it.key(), it.value());
        }
        decision.newState.audiences = QJsonDocument(after).toJson(QJsonDocument::Compact);
    }
    decision.newState.fingerprint = fingerprint;
    return decision;
}

} // namespace qad
