#pragma once

#include "config/destination.h"

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>

namespace qad {

// Sample profiles as Experience Platform's generator makes them (SPEC §11): only the mapped identities,
// attributes and selected audiences; identity values like `Email-7VEsJ` (an address for the email target);
// memberships `realized` with a microsecond-precision lastQualificationTime. Short key form.
QList<QJsonObject> generateSampleProfiles(
    const Destination &destination, int count, QRandomGenerator *random = QRandomGenerator::global());

} // namespace qad
