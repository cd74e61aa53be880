#include "engine/pausing.h"

#include "alerts/alertevaluator.h"
#include "config/configstore.h"
#include "storage/storage.h"

namespace qad {

Status setDestinationPaused(
    Storage &storage, ConfigStore &config, const Destination &destination, bool paused)
{
    DestinationRuntime runtime;
    if (auto current = storage.runtime(destination.id)) {
        runtime = *current;
    }
    runtime.state = paused ? QStringLiteral("paused") : QStringLiteral("enabled");
    runtime.reason = paused ? QStringLiteral("user") : QString();
    if (!paused) {
        runtime.lastError.clear();
    }
    runtime.updatedAt = QDateTime::currentDateTimeUtc();
    if (Status status = storage.setRuntime(destination.id, runtime); !status) {
        return status;
    }
    if (paused) {
        return {};
    }
    if (destination.state == DestinationState::Paused) {
        Destination enabled = destination;
        enabled.state = DestinationState::Enabled;
        enabled.pausedReason.clear();
        if (auto updated = config.update(enabled); !updated) {
            return updated.error();
        }
    }
    const auto open = storage.openAlerts(destination.id);
    if (!open) {
        return open.error();
    }
    for (const AlertRecord &alert : *open) {
        if (alert.type == QLatin1String(kAuthenticationFailedAlert)) {
            if (Status status = storage.acknowledgeAlert(alert.id); !status) {
                return status;
            }
        }
    }
    return {};
}

} // namespace qad
