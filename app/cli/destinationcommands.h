#pragma once

#include "cli/cli.h"

namespace qad::cli {

// destination add|edit|list|show|remove|export|import (SPEC §10).
int destinationCommand(Context &ctx, const QStringList &args);

} // namespace qad::cli
