#pragma once

#include "cli/cli.h"

namespace qad::cli {

// run ID… --source PATH|- [--follow] [--exit-when-idle] (SPEC §10).
int runCommand(Context &ctx, const QStringList &args);

} // namespace qad::cli
