#pragma once

#include "cli/cli.h"

namespace qad::cli {

// token set|delete|check ID (SPEC §9, §10).
int tokenCommand(Context &ctx, const QStringList &args);

} // namespace qad::cli
