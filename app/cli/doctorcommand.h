#pragma once

#include "cli/cli.h"

namespace qad::cli {

// doctor: keychain backend and token source, paths, config validity (SPEC §10).
int doctorCommand(Context &ctx, const QStringList &args);

} // namespace qad::cli
