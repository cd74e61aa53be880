#pragma once

#include <QByteArray>

namespace qad {

// What was last exported for a profile to a destination (SPEC §5).
struct ProfileState
{
    QByteArray audiences; // JSON object: audience id -> last exported status ("realized" / "exited")
    QByteArray fingerprint; // hash of the mapped identity and attribute values last exported
};

} // namespace qad
