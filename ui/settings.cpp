#include "settings.h"

#include "common/files.h"

#include <QDir>
#include <algorithm>

namespace qad::ui {

namespace {

QString &settingsDirectory()
{
    static QString directory;
    return directory;
}

} // namespace

void setSettingsDirectory(const QString &directory)
{
    settingsDirectory() = directory;
}

QString settingsFilePath()
{
    const QString directory = settingsDirectory().isEmpty() ? files::configDirectory() : settingsDirectory();
    return QDir(directory).filePath(QStringLiteral("qad.conf"));
}

std::unique_ptr<QSettings> openSettings()
{
    return std::make_unique<QSettings>(settingsFilePath(), QSettings::IniFormat);
}

int savedHistoryDays()
{
    bool ok = false;
    const int days = openSettings()->value(QStringLiteral("historyDays"), kDefaultHistoryDays).toInt(&ok);
    // A hand-edited value out of range keeps the most history it can mean, never less than the default.
    return ok && days >= 1 ? std::min(days, kMaxHistoryDays) : kDefaultHistoryDays;
}

void saveHistoryDays(int days)
{
    openSettings()->setValue(QStringLiteral("historyDays"), std::clamp(days, 1, kMaxHistoryDays));
}

} // namespace qad::ui
