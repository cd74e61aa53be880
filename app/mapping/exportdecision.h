#pragma once

#include "config/destination.h"
#include "mapping/payloadbuilder.h"
#include "mapping/profilestate.h"
#include "profiles/profile.h"

#include <QDate>
#include <optional>

namespace qad {

// What a profile update means for one destination (SPEC §5).
struct ExportDecision
{
    enum class Kind {
        Nothing, // not in any selected (and currently active) audience, or nothing changed
        Export, // an activation is to be sent
        Excluded, // it concerned the destination but cannot be sent (no identity, hashed email, too large)
    };
    Kind kind = Kind::Nothing;
    PayloadResult payload; // Export: the body; Excluded: the reason
    QString profileKey;
    QByteArray audiences; // Export: JSON object audience id -> status, as sent
    ProfileState newState; // Export: to be stored as the last exported state
};

// Decides by comparing with what was last exported to this destination for the same profile:
// - a selected audience newly realized (or `existing`) -> export;
// - a selected audience exited after it was exported as realized -> export, once;
// - exportOn membershipOrAttributes: a member whose mapped identities or attributes changed -> export;
// - audiences outside their start/end dates (compared with `today`) are ignored.
// An identical update yields Nothing.
ExportDecision decideExport(const Destination &destination, const Profile &profile,
    const std::optional<ProfileState> &previous, const QDate &today);
// The same, for a caller that has the profile's key already (it looked `previous` up with it): `key` is what
// profileKey(destination, profile) returns.
ExportDecision decideExport(const Destination &destination, const Profile &profile, const QString &key,
    const std::optional<ProfileState> &previous, const QDate &today);

} // namespace qad
