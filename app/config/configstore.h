#pragma once

#include "common/error.h"
#include "config/destination.h"
#include "config/validation.h"

#include <QList>
#include <QString>
#include <chrono>
#include <functional>

namespace qad {

// Destinations saved as one JSON document (destinations.json) in the configuration directory, written
// atomically and readable by the user only. Holds no secret.
//
// qad and any number of qadctl processes share the file: each change is made under a lock file
// (destinations.json.lock) to the list as it is on disk at that moment, not to this store's copy, which may
// be stale; the copy then becomes what was written.
class ConfigStore
{
public:
    static constexpr std::chrono::milliseconds kDefaultLockTimeout { 10'000 };

    explicit ConfigStore(QString directory);

    QString directory() const { return m_directory; }
    QString filePath() const;
    QString lockFilePath() const;

    // How long a change waits for another process to finish saving before it gives up.
    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeout = timeout; }

    // Reads the file; a missing file is an empty configuration, unless the directory cannot be one (it is a
    // file, or cannot be opened): an error that names it. A damaged file is an error (the file is left
    // untouched so nothing is lost), and so is one in which two destinations share an id.
    Status load();
    const QList<Destination> &destinations() const { return m_destinations; }
    // What a reference typed on the command line can mean: the destination with exactly this id alone, or
    // else every one whose name is this (ignoring case) or whose id starts with it (4 characters or more).
    // More than one is for the caller to refuse: a name must not silently win over an id prefix. The
    // pointers are valid until the next load(), add(), update() or remove(): each of these reads the file
    // again.
    QList<const Destination *> matching(const QString &idOrName) const;
    // The one destination matching() finds, or nullptr when it finds none or several.
    const Destination *find(const QString &idOrName) const;

    // Validate (SPEC §3) against the destinations on disk, then save. Warnings are returned through
    // `warnings` when given. Each change reads the file again under the lock, whether load() was called or
    // not, and is refused while the file cannot be read, so that saving never replaces a file whose contents
    // were not understood, nor drops what another process saved meanwhile. update() and remove() need the
    // destination to be on disk still.
    Expected<Destination> add(Destination destination, QList<ValidationIssue> *warnings = nullptr);
    Expected<Destination> update(const Destination &destination, QList<ValidationIssue> *warnings = nullptr);
    Status remove(const QString &id);

private:
    // Under the lock: reads the file, lets `change` edit that list (an error leaves the file as it is), saves
    // the result and keeps it as this store's list.
    Status modify(const std::function<Status(QList<Destination> &)> &change);
    Status save(const QList<Destination> &destinations) const;

    QString m_directory;
    QList<Destination> m_destinations;
    std::chrono::milliseconds m_lockTimeout = kDefaultLockTimeout;
};

} // namespace qad
