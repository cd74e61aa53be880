#pragma once

#include "cli/cli.h"

namespace qad::cli {

// sample ID [--count N] (SPEC §11).
int sampleCommand(Context &ctx, const QStringList &args);
// test-send ID [--profile FILE] [--json] (SPEC §10, §11).
int testSendCommand(Context &ctx, const QStringList &args);

} // namespace qad::cli
