#pragma once

#include "common/error.h"
#include "config/destination.h"

namespace qad {

class ConfigStore;
class Storage;

// Pauses or resumes a destination, as `qadctl pause|resume` and qad's Pause|Resume do. The run-time state in
// the database is what every run follows (a run in another process within half a second). A resume also
// lifts a pause in the configuration (an import, an edit by hand), or the runs would go on holding the queue,
// and acknowledges the destination's open authentication alerts: the user has answered them.
Status setDestinationPaused(
    Storage &storage, ConfigStore &config, const Destination &destination, bool paused);

} // namespace qad
