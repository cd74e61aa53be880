#pragma once

#include "cli/cli.h"

namespace qad::cli {

// history, status, replay, pause, resume (SPEC §7, §10).
int historyCommand(Context &ctx, const QStringList &args);
int statusCommand(Context &ctx, const QStringList &args);
int replayCommand(Context &ctx, const QStringList &args);
int pauseResumeCommand(Context &ctx, const QStringList &args, bool pause);

// Whether the database holds anything of the destination (activations or exclusions): what `history` reads
// of it once it is removed.
bool hasHistory(Storage &storage, const QString &destinationId);

} // namespace qad::cli
