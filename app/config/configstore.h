#pragma once

#include "common/error.h"
#include "config/destination.h"
#include "config/validation.h"

#include <QList>
#include <QString>

namespace qad {

// Destinations saved as one JSON document (destinations.json) in the configuration directory, written
// atomically and readable by the user only. Holds no secret.
class ConfigStore
{
public:
    explicit ConfigStore(QString directory);

    QString directory() const { return m_directory; }
    QString filePath() const;

    // Reads the file; a missing file is an empty configuration. A damaged one is an error (the file is left
    // untouched so nothing is lost).
    Status load();
    const QList<Destination> &destinations() const { return m_destinations; }
    // Finds by id, or by unique id prefix / exact name (what a user types on the command line).
    const Destination *find(const QString &idOrName) const;

    // Validate (SPEC §3), then save. Warnings are returned through `warnings` when given. Changes load the
    // file first if load() was not called, and are refused while the file cannot be read, so that saving
    // never replaces a file whose contents were not understood.
    Expected<Destination> add(Destination destination, QList<ValidationIssue> *warnings = nullptr);
    Expected<Destination> update(const Destination &destination, QList<ValidationIssue> *warnings = nullptr);
    Status remove(const QString &id);

private:
    Status ensureWritable();
    Status save() const;

    QString m_directory;
    QList<Destination> m_destinations;
    bool m_loaded = false;
    Error m_loadError; // set while the file on disk could not be read
};

} // namespace qad
