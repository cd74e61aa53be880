#pragma once

#include "config/destination.h"
#include "profiles/profile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace qad {

inline constexpr qsizetype kMaxPayloadBytes = 100 * 1000; // Qualtrics: bodies over 100 KB are not supported

struct PayloadResult
{
    enum class Status { Ok, Excluded, TooLarge };
    Status status = Status::Ok;
    QJsonObject payload; // the §6 shape
    QByteArray body; // compact JSON, what is POSTed
    // The same without segmentMembership: the identities and attributes that change detection compares (§5).
    QByteArray identitiesAndAttributes;
    QString reason; // Excluded / TooLarge: why, in words
    QString exclusionCode; // "no_mapped_identity", "hashed_email", "invalid_email"; "payload_too_large"
    QStringList warnings; // e.g. the profile is in none of the destination's audiences

    bool ok() const { return status == Status::Ok; }
};

// Profile -> Qualtrics JSON-event payload for a destination (SPEC §6): mapped attributes at their (nested)
// targets, missing values left out; identityMap keyed `Email` / `external_id`; segmentMembership.ups with the
// destination's selected audiences only.
PayloadResult buildPayload(const Destination &destination, const Profile &profile);
// Why a body of `bytes` is not sent (over kMaxPayloadBytes), and what to do.
QString payloadTooLargeReason(qsizetype bytes);

// The mapped identity values of a profile, each as "<payload namespace>:<value>" (e.g.
// "Email:dave@example.com", "external_id:4711"), sorted, emails in lower case.
QStringList profileIdentities(const Destination &destination, const Profile &profile);
// The key of a profile for change detection: its identities joined with '|'. A profile whose identities
// change keeps the state of the key it was first exported under (Ingestor: profile_identity).
QString profileKey(const QStringList &identities);
QString profileKey(const Destination &destination, const Profile &profile);

bool isPlainTextEmail(const QString &value);
bool looksHashed(const QString &value); // 64 hex digits (SHA-256) and similar

} // namespace qad
