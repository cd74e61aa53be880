#include "settings.h"

#include "common/files.h"

#include <QDir>

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

} // namespace qad::ui
