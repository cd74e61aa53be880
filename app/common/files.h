#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace qad::files {

// Writes `data` to `path` atomically (temporary file, fsync, rename) and readable by the user only.
Status writeAtomically(const QString &path, const QByteArray &data);

// Creates `dir` (and parents) if needed, readable by the user only.
Status ensurePrivateDirectory(const QString &dir);

// Restricts an existing file to the user (0600).
void makePrivate(const QString &path);

// A file name made of `name`, to suggest in a save dialog: what file systems refuse or treat apart (a path
// separator, one of \\:*?"<>|, a control character, a leading dot) becomes "-" or goes; `fallback` when
// nothing is left.
QString safeFileName(const QString &name, const QString &fallback);

// The default configuration and data directories (QStandardPaths), or the overrides when given.
QString configDirectory(const QString &override = {});
QString dataDirectory(const QString &override = {});

} // namespace qad::files
