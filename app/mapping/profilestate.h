#pragma once

#include <QByteArray>

namespace qad {

// What was last exported for a profile to a destination (SPEC §5).
struct ProfileState
{
    QByteArray audiences; // JSON object: audience id -> last exported status ("realized" / "exited")
    QByteArray fingerprint; // hash of the mapped identity and attribute values last exported
    // Of the last update refused as over 100 KB since (its data and audiences): the same update again is not
    // refused a second time (SPEC §5, an identical update produces nothing). Empty: none.
    QByteArray refused;
};

} // namespace qad
