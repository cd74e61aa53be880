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

// How many days the run history keeps activations that reached a final state (SPEC §7; qadctl run's
// --history-days): a stream started in qad purges older ones. Queued work is never purged.
constexpr int kDefaultHistoryDays = 90;
constexpr int kMaxHistoryDays = 3650;
int savedHistoryDays();
void saveHistoryDays(int days);

} // namespace qad::ui
