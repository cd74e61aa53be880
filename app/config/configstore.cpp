#include "config/configstore.h"

#include "common/files.h"
#include "config/destinationjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>
#include <iterator>

namespace qad {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::ConfigStore)
};

constexpr qsizetype kMinIdPrefix = 4;

// The lines "field: message" of every issue of the given severity.
QStringList issueLines(const QList<ValidationIssue> &issues, bool errors)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues) {
        if (issue.isError() == errors) {
            lines.append(issue.toString());
        }
    }
    return lines;
}

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
    return destinations;
}

} // namespace

ConfigStore::ConfigStore(QString directory)
    : m_directory(std::move(directory))
{ }

QString ConfigStore::filePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("destinations.json"));
}

Status ConfigStore::load()
{
    m_loaded = true;
    m_loadError = {};
    m_destinations.clear();
    QFile file(filePath());
    if (!file.exists()) {
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = Error { Tr::tr("Cannot read %1: %2. Check its permissions.")
                                  .arg(QDir::toNativeSeparators(filePath()), file.errorString()) };
        return m_loadError;
    }
    Expected<QList<Destination>> parsed = parse(file.readAll(), filePath());
    if (!parsed) {
        m_loadError = parsed.error();
        return m_loadError;
    }
    // Written by us 0600; tighten a copy that arrived with looser permissions (SPEC §9).
    files::makePrivate(filePath());
    m_destinations = std::move(parsed).value();
    return {};
}

const Destination *ConfigStore::find(const QString &idOrName) const
{
    const QString key = idOrName.trimmed();
    if (key.isEmpty()) {
        return nullptr;
    }
    for (const Destination &d : m_destinations) {
        if (d.id == key) {
            return &d;
        }
    }
    for (const Destination &d : m_destinations) {
        if (d.name.trimmed().compare(key, Qt::CaseInsensitive) == 0) {
            return &d;
        }
    }
    if (key.size() < kMinIdPrefix) {
        return nullptr;
    }
    const Destination *match = nullptr;
    for (const Destination &d : m_destinations) {
        if (d.id.startsWith(key, Qt::CaseInsensitive)) {
            if (match) {
                return nullptr; // ambiguous: the user has to type more
            }
            match = &d;
        }
    }
    return match;
}

Status ConfigStore::ensureWritable()
{
    if (!m_loaded) {
        load();
    }
    if (!m_loadError.isNull()) {
        return Error { Tr::tr("Not saved: %1").arg(m_loadError.message) };
    }
    return {};
}

Expected<Destination> ConfigStore::add(Destination destination, QList<ValidationIssue> *warnings)
{
    if (warnings) {
        warnings->clear();
    }
    if (Status writable = ensureWritable(); !writable) {
        return writable.error();
    }
    if (destination.id.isEmpty()) {
        destination.id = Destination::newId();
    } else if (std::any_of(m_destinations.cbegin(), m_destinations.cend(),
                   [&](const Destination &d) { return d.id == destination.id; })) {
        return Error { Tr::tr(
            "id: a destination with the id %1 already exists: edit that one, or leave the id "
            "empty to get a new one.")
                           .arg(destination.id) };
    }
    const QList<ValidationIssue> issues = validateDestination(destination, m_destinations);
    if (warnings) {
        *warnings = warningsOf(issues);
    }
    if (hasErrors(issues)) {
        return Error { issueLines(issues, true).join(QLatin1Char('\n')) };
    }
    m_destinations.append(destination);
    if (Status saved = save(); !saved) {
        m_destinations.removeLast();
        return saved.error();
    }
    return destination;
}

Expected<Destination> ConfigStore::update(const Destination &destination, QList<ValidationIssue> *warnings)
{
    if (warnings) {
        warnings->clear();
    }
    if (Status writable = ensureWritable(); !writable) {
        return writable.error();
    }
    const auto it = std::find_if(m_destinations.begin(), m_destinations.end(),
        [&](const Destination &d) { return !destination.id.isEmpty() && d.id == destination.id; });
    if (it == m_destinations.end()) {
        return Error { Tr::tr(
            "There is no destination with the id %1: list them with `qadctl destination list`.")
                           .arg(destination.id) };
    }
    const QList<ValidationIssue> issues = validateDestination(destination, m_destinations);
    if (warnings) {
        *warnings = warningsOf(issues);
    }
    if (hasErrors(issues)) {
        return Error { issueLines(issues, true).join(QLatin1Char('\n')) };
    }
    const Destination previous = *it;
    *it = destination;
    if (Status saved = save(); !saved) {
        *it = previous;
        return saved.error();
    }
    return destination;
}

Status ConfigStore::remove(const QString &id)
{
    if (Status writable = ensureWritable(); !writable) {
        return writable;
    }
    const auto it = std::find_if(m_destinations.cbegin(), m_destinations.cend(),
        [&](const Destination &d) { return !id.isEmpty() && d.id == id; });
    if (it == m_destinations.cend()) {
        return Error { Tr::tr(
            "There is no destination with the id %1: list them with `qadctl destination list`.")
                           .arg(id) };
    }
    const qsizetype index = it - m_destinations.cbegin();
    const Destination removed = *it;
    m_destinations.removeAt(index);
    if (Status saved = save(); !saved) {
        m_destinations.insert(index, removed);
        return saved;
    }
    return {};
}

Status ConfigStore::save() const
{
    QJsonArray list;
    for (const Destination &d : m_destinations) {
        list.append(toJson(d));
    }
    const QJsonObject root { { QStringLiteral("schemaVersion"), kConfigSchemaVersion },
        { QStringLiteral("destinations"), list } };
    return files::writeAtomically(filePath(), QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace qad
