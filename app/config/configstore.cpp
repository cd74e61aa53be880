#include "config/configstore.h"

#include "common/files.h"
#include "config/destinationjson.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QStringList>
#include <QThread>
#include <algorithm>
#include <fcntl.h>
#include <iterator>
#include <optional>
#include <unistd.h>

namespace qad {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::ConfigStore)
};

constexpr qsizetype kMinIdPrefix = 4;
// A lock file whose process is gone is removed at once (QLockFile checks the process on this machine); one
// left by another machine sharing the directory is taken as stale after this long. A save holds the lock
// for milliseconds.
constexpr std::chrono::milliseconds kStaleLockTime { 30'000 };

QList<ValidationIssue> warningsOf(const QList<ValidationIssue> &issues)
{
    QList<ValidationIssue> result;
    std::copy_if(issues.cbegin(), issues.cend(), std::back_inserter(result),
        [](const ValidationIssue &i) { return !i.isError(); });
    return result;
}

Expected<QList<Destination>> parse(const QByteArray &bytes, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    const QString whatToDo = Tr::tr("Fix it in a text editor, or move it away to start with no destinations; "
                                    "qad will not overwrite it.");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error { Tr::tr("%1 is damaged (%2 at byte %3). %4")
                           .arg(file, parseError.errorString())
                           .arg(parseError.offset)
                           .arg(whatToDo) };
    }
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(u"schemaVersion");
    if (!document.isObject() || !version.isDouble() || !root.value(u"destinations").isArray()) {
        return Error { Tr::tr("%1 is not a qad configuration: it needs \"schemaVersion\" and a "
                              "\"destinations\" list. %2")
                           .arg(file, whatToDo) };
    }
    if (version.toDouble() > kConfigSchemaVersion) {
        return Error { Tr::tr(
            "%1 was written by a newer qad (schema version %2; this version reads up to %3). "
            "Upgrade qad; the file is left unchanged.")
                           .arg(file)
                           .arg(version.toDouble())
                           .arg(kConfigSchemaVersion) };
    }
    QList<Destination> destinations;
    const QJsonArray list = root.value(u"destinations").toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Expected<Destination> d = destinationFromJson(list.at(i).toObject());
        if (!list.at(i).isObject() || !d) {
            const QString reason = list.at(i).isObject() ? d.error().message : Tr::tr("not an object");
            return Error {
                Tr::tr("%1 is damaged: destinations[%2]: %3. %4").arg(file).arg(i).arg(reason, whatToDo)
            };
        }
        destinations.append(d.value());
    }
    // Two entries with one id: find() would see only the first and update() would overwrite it with the
    // second's changes. (A missing id is read as none at all, not made up, so the advice is a new id.)
    QHash<QString, qsizetype> indexOfId;
    for (qsizetype i = 0; i < destinations.size(); ++i) {
        const Destination &d = destinations.at(i);
        if (d.id.isEmpty()) {
            continue;
        }
        if (const auto first = indexOfId.constFind(d.id); first != indexOfId.cend()) {
            const QString newId = Destination::newId();
            return Error { Tr::tr(
                "%1 is damaged: destinations[%2] (\"%3\") and destinations[%4] (\"%5\") have "
                "the same id %6. In a text editor, give one of them a new id, for example %7, "
                "and store its API token again with `qadctl token set %7` (tokens are kept "
                "by id); or delete the one you do not need. qad will not overwrite the file.")
                               .arg(file, QString::number(*first), destinations.at(*first).name,
                                   QString::number(i), d.name, d.id, newId) };
        }
        indexOfId.insert(d.id, i);
    }
    return destinations;
}

// Waits for the lock in short steps of random length: QLockFile's own wait doubles its sleep from 100 ms to
// 6.4 s, so with a few processes saving at once one could try only a handful of times and give up while the
// lock was free most of the time.
Status acquire(QLockFile &lock, std::chrono::milliseconds timeout, const QString &path)
{
    lock.setStaleLockTime(int(kStaleLockTime.count()));
    const QDeadlineTimer deadline(timeout.count());
    while (!lock.tryLock(0)) {
        const QString lockFile = QDir::toNativeSeparators(lock.fileName());
        if (lock.error() != QLockFile::LockFailedError) {
            return Error { Tr::tr(
                "Not saved: the lock file %1 cannot be created. Check that you can write to %2.")
                               .arg(lockFile, QDir::toNativeSeparators(QFileInfo(path).absolutePath())) };
        }
        const qint64 left = deadline.remainingTime();
        if (left <= 0) {
            const QString seconds = QString::number(double(timeout.count()) / 1000.0, 'g', 3);
            qint64 pid = 0;
            QString host;
            QString application;
            if (lock.getLockInfo(&pid, &host, &application)) {
                return Error { Tr::tr(
                    "Not saved: another qad or qadctl is saving %1: %2 (process %3 on %4) has held "
                    "the lock file %5 for more than %6 s. Try again; if no qad or qadctl is running, "
                    "the lock file is stale: remove %5.")
                                   .arg(QDir::toNativeSeparators(path), application, QString::number(pid),
                                       host, lockFile, seconds) };
            }
            return Error { Tr::tr(
                "Not saved: another qad or qadctl is saving %1: the lock file %2 has been held "
                "for more than %3 s. Try again; if no qad or qadctl is running, the lock file is "
                "stale: remove %2.")
                               .arg(QDir::toNativeSeparators(path), lockFile, seconds) };
        }
        QThread::msleep(ulong(std::min<qint64>(left, QRandomGenerator::global()->bounded(5, 25))));
    }
    return {};
}

// Whether the directory can hold a configuration file, asked when it holds none: a file given as the
// directory (or on its path), or a directory that cannot be opened, would otherwise read as "no
// destinations".
Status checkDirectory(const QString &directory)
{
    const QString path = QFileInfo(directory).absoluteFilePath();
    QFileInfo nearest(path); // the nearest part of the path that exists
    while (!nearest.exists() && !nearest.isRoot()) {
        nearest.setFile(nearest.absolutePath());
    }
    if (nearest.exists() && !nearest.isDir()) {
        return Error { Tr::tr("Cannot use %1 as the configuration directory: %2 is not a directory. Choose "
                              "a directory, or a path where one can be created.")
                           .arg(QDir::toNativeSeparators(path),
                               QDir::toNativeSeparators(nearest.absoluteFilePath())) };
    }
    // Asked with the rights files are opened with (the effective ones, capabilities included), not the real
    // user's, which access() and QFileInfo go by.
    if (nearest.exists()
        && ::faccessat(AT_FDCWD, QFile::encodeName(nearest.absoluteFilePath()).constData(), X_OK, AT_EACCESS)
            != 0) {
        return Error { Tr::tr("Cannot read the configuration directory %1: %2 cannot be opened (permission "
                              "denied). Check the permissions of %2, or choose another directory.")
                           .arg(QDir::toNativeSeparators(path),
                               QDir::toNativeSeparators(nearest.absoluteFilePath())) };
    }
    return {};
}

} // namespace

ConfigStore::ConfigStore(QString directory)
    : m_directory(std::move(directory))
{ }

QString ConfigStore::filePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("destinations.json"));
}

QString ConfigStore::lockFilePath() const
{
    return filePath() + QStringLiteral(".lock");
}

Status ConfigStore::load()
{
    m_destinations.clear();
    QFile file(filePath());
    if (!file.exists()) {
        return checkDirectory(m_directory);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { Tr::tr("Cannot read %1: %2. Check its permissions.")
                           .arg(QDir::toNativeSeparators(filePath()), file.errorString()) };
    }
    Expected<QList<Destination>> parsed = parse(file.readAll(), filePath());
    if (!parsed) {
        return parsed.error();
    }
    // Written by us 0600; tighten a copy that arrived with looser permissions (SPEC §9).
    files::makePrivate(filePath());
    m_destinations = std::move(parsed).value();
    return {};
}

QList<const Destination *> ConfigStore::matching(const QString &idOrName) const
{
    const QString key = idOrName.trimmed();
    if (key.isEmpty()) {
        return {};
    }
    for (const Destination &d : m_destinations) {
        if (d.id == key) {
            return { &d };
        }
    }
    QList<const Destination *> matches;
    for (const Destination &d : m_destinations) {
        if (d.name.trimmed().compare(key, Qt::CaseInsensitive) == 0
            || (key.size() >= kMinIdPrefix && d.id.startsWith(key, Qt::CaseInsensitive))) {
            matches.append(&d);
        }
    }
    return matches;
}

const Destination *ConfigStore::find(const QString &idOrName) const
{
    const QList<const Destination *> matches = matching(idOrName);
    return matches.size() == 1 ? matches.constFirst() : nullptr;
}

Status ConfigStore::modify(const std::function<Status(QList<Destination> &)> &change)
{
    if (Status directory = files::ensurePrivateDirectory(m_directory); !directory) {
        return directory;
    }
    QLockFile lock(lockFilePath());
    if (Status locked = acquire(lock, m_lockTimeout, filePath()); !locked) {
        return locked;
    }
    // What is on disk now, which another process may have changed since this store read it.
    if (Status loaded = load(); !loaded) {
        return Error { Tr::tr("Not saved: %1").arg(loaded.error().message) };
    }
    QList<Destination> destinations = m_destinations;
    if (Status changed = change(destinations); !changed) {
        return changed;
    }
    if (Status saved = save(destinations); !saved) {
        return saved;
    }
    m_destinations = std::move(destinations);
    return {};
}

Expected<Destination> ConfigStore::add(Destination destination, QList<ValidationIssue> *warnings)
{
    if (warnings) {
        warnings->clear();
    }
    const Status status = modify([&](QList<Destination> &destinations) -> Status {
        if (destination.id.isEmpty()) {
            destination.id = Destination::newId();
        } else if (std::any_of(destinations.cbegin(), destinations.cend(),
                       [&](const Destination &d) { return d.id == destination.id; })) {
            return Error { Tr::tr("id: a destination with the id %1 already exists: edit that one, or leave "
                                  "the id empty to get a new one.")
                               .arg(destination.id) };
        }
        const QList<ValidationIssue> issues = validateDestination(destination, destinations);
        if (warnings) {
            *warnings = warningsOf(issues);
        }
        if (hasErrors(issues)) {
            return Error { issueLines(issues, true).join(QLatin1Char('\n')) };
        }
        destinations.append(destination);
        return {};
    });
    if (!status) {
        return status.error();
    }
    return destination;
}

namespace {

// The refusal of a change to a destination that is not in the file (any more).
Error noSuchDestination(const QString &id, const Destination *seenBefore, const QString &path)
{
    if (seenBefore) {
        return Error { Tr::tr("Not saved: the destination \"%1\" (%2) is no longer in %3: another qad or "
                              "qadctl removed it. List the destinations with `qadctl destination list`.")
                           .arg(seenBefore->name, id, QDir::toNativeSeparators(path)) };
    }
    return Error {
        Tr::tr("There is no destination with the id %1: list them with `qadctl destination list`.").arg(id)
    };
}

} // namespace

Expected<Destination> ConfigStore::update(const Destination &changed, QList<ValidationIssue> *warnings)
{
    if (warnings) {
        warnings->clear();
    }
    // A copy: `changed` may be one of m_destinations, which reading the file again replaces.
    const Destination destination = changed;
    const auto hasId = [&](const Destination &d) {
        return !destination.id.isEmpty() && d.id == destination.id;
    };
    const auto seen = std::find_if(m_destinations.cbegin(), m_destinations.cend(), hasId);
    const std::optional<Destination> seenBefore
        = seen == m_destinations.cend() ? std::nullopt : std::optional<Destination>(*seen);
    const Status status = modify([&](QList<Destination> &destinations) -> Status {
        const auto it = std::find_if(destinations.begin(), destinations.end(), hasId);
        if (it == destinations.end()) {
            return noSuchDestination(destination.id, seenBefore ? &*seenBefore : nullptr, filePath());
        }
        const QList<ValidationIssue> issues = validateDestination(destination, destinations);
        if (warnings) {
            *warnings = warningsOf(issues);
        }
        if (hasErrors(issues)) {
            return Error { issueLines(issues, true).join(QLatin1Char('\n')) };
        }
        *it = destination;
        return {};
    });
    if (!status) {
        return status.error();
    }
    return destination;
}

Status ConfigStore::remove(const QString &idToRemove)
{
    const QString id = idToRemove; // may be a member of m_destinations, which reading the file replaces
    const auto hasId = [&](const Destination &d) {
        return !id.isEmpty() && d.id == id;
    };
    const auto seen = std::find_if(m_destinations.cbegin(), m_destinations.cend(), hasId);
    const std::optional<Destination> seenBefore
        = seen == m_destinations.cend() ? std::nullopt : std::optional<Destination>(*seen);
    return modify([&](QList<Destination> &destinations) -> Status {
        const auto it = std::find_if(destinations.cbegin(), destinations.cend(), hasId);
        if (it == destinations.cend()) {
            return noSuchDestination(id, seenBefore ? &*seenBefore : nullptr, filePath());
        }
        destinations.erase(it);
        return {};
    });
}

Status ConfigStore::save(const QList<Destination> &destinations) const
{
    QJsonArray list;
    for (const Destination &d : destinations) {
        list.append(toJson(d));
    }
    const QJsonObject root { { QStringLiteral("schemaVersion"), kConfigSchemaVersion },
        { QStringLiteral("destinations"), list } };
    return files::writeAtomically(filePath(), QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace qad
