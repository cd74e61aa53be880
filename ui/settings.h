#pragma once

#include <QSettings>
#include <QString>
#include <memory>

namespace qad::ui {

// The GUI's own settings (language, window geometry): qad.conf (INI) in the configuration directory, next to
// the destinations, so that `--config-dir` keeps a whole setup, and a test, in one place. main() sets the
// directory; until then it is the default configuration directory.
void setSettingsDirectory(const QString &directory);
QString settingsFilePath();
std::unique_ptr<QSettings> openSettings();

} // namespace qad::ui
