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
        Excluded, // it concerned the destination but cannot be sent (no identity, hashed email)
        // An activation was due, but its body is over 100 KB: it fails as `payload_too_large`, not sent and
        // not retried (SPEC §6). Nothing was exported: the new state is the last exported one, which only
        // remembers the refusal (ProfileState::refused), so that the same update again yields Nothing.
        TooLarge,
    };
    Kind kind = Kind::Nothing;
    PayloadResult payload; // Export: the body; Excluded, TooLarge: the reason (and TooLarge's body)
    QString profileKey;
    QByteArray audiences; // Export, TooLarge: JSON object audience id -> status, as sent (or due)
    ProfileState newState; // Export, TooLarge: to be stored as the last exported state
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
