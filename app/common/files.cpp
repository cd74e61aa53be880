#include "common/files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace qad::files {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::files)
};
constexpr auto kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kPrivateDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
} // namespace

Status ensurePrivateDirectory(const QString &dir)
{
    QDir d(dir);
    if (!d.exists() && !d.mkpath(QStringLiteral("."))) {
        return Error { Tr::tr("Cannot create the directory %1: check that its parent exists and is writable.")
                           .arg(QDir::toNativeSeparators(dir)) };
    }
    QFile::setPermissions(dir, kPrivateDir);
    return {};
}

Status writeAtomically(const QString &path, const QByteArray &data)
{
    if (auto status = ensurePrivateDirectory(QFileInfo(path).absolutePath()); !status) {
        return status;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {
            Tr::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString())
        };
    }
    // Restrict before any byte is written, so the contents are never readable by others.
    file.setPermissions(kPrivateFile);
    if (file.write(data) != data.size() || !file.commit()) {
        return Error { Tr::tr("Cannot save %1: %2. The previous version is unchanged.")
                           .arg(QDir::toNativeSeparators(path), file.errorString()) };
    }
    return {};
}

void makePrivate(const QString &path)
{
    if (QFileInfo::exists(path)) {
        QFile::setPermissions(path, kPrivateFile);
    }
}

QString configDirectory(const QString &override)
{
    if (!override.isEmpty()) {
        return QDir(override).absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString safeFileName(const QString &name, const QString &fallback)
{
    QString safe;
    safe.reserve(name.size());
    for (const QChar c : name) {
        const bool refused = c.category() == QChar::Other_Control || QStringView(u"/\\:*?\"<>|").contains(c);
        safe += refused ? QChar(u'-') : c;
    }
    safe = safe.trimmed();
    while (safe.startsWith(QLatin1Char('.'))) {
        safe.remove(0, 1);
    }
    return safe.trimmed().isEmpty() ? fallback : safe.trimmed();
}

QString dataDirectory(const QString &override)
{
    if (!override.isEmpty()) {
        return QDir(override).absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

} // namespace qad::files
