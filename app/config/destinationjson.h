#pragma once

#include "common/error.h"
#include "config/destination.h"

#include <QJsonObject>

namespace qad {

// The configuration file's schema version. Bump with a migration step in fromJson().
inline constexpr int kConfigSchemaVersion = 1;

QJsonObject toJson(const Destination &destination);
// Reads one destination; messages name the JSON field that is wrong.
Expected<Destination> destinationFromJson(const QJsonObject &object);

// A destination on its own, for export/import: {"schemaVersion": N, "destination": {...}}. Never holds a
// secret.
QByteArray exportDestination(const Destination &destination);
Expected<Destination> importDestination(const QByteArray &json);

} // namespace qad
