#include "wizard/profilefile.h"

#include "profiles/profilereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace qad::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::ui::ProfileFile)
};

void addResult(ProfileFile &file, const ProfileReadResult &result, const QString &where)
{
    if (result.ok()) {
        file.profiles.append(result.profile);
        return;
    }
    if (file.rejected++ == 0) {
        file.firstRejection = QStringLiteral("%1: %2").arg(where, result.error.message);
    }
}

void readArray(ProfileFile &file, const QJsonArray &array)
{
    for (qsizetype i = 0; i < array.size() && file.profiles.size() < kMaxSampleProfiles; ++i) {
        const QString where = Tr::tr("element %1").arg(i + 1);
        if (!array.at(i).isObject()) {
            ProfileReadResult notObject;
            notObject.error.message = Tr::tr("not a JSON object");
            addResult(file, notObject, where);
            continue;
        }
        addResult(file, readProfile(array.at(i).toObject()), where);
    }
}

void readLines(ProfileFile &file, const QByteArray &data)
{
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size() && file.profiles.size() < kMaxSampleProfiles; ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (!line.isEmpty()) {
            addResult(file, readProfile(line), Tr::tr("line %1").arg(i + 1));
        }
    }
}

QStringList sortedUnique(QStringList list)
{
    list.removeDuplicates();
    list.sort(Qt::CaseInsensitive);
    return list;
}
} // namespace

QStringList ProfileFile::audienceIds() const
{
    QStringList ids;
    for (const Profile &profile : profiles) {
        ids.append(profile.ups.keys());
    }
    return sortedUnique(ids);
}

QStringList ProfileFile::identityNamespaces() const
{
    QStringList names;
    QSet<QString> seen;
    for (const Profile &profile : profiles) {
        for (const auto &entry : profile.identityMap) {
            if (!seen.contains(entry.first.toCaseFolded())) {
                seen.insert(entry.first.toCaseFolded());
                names.append(entry.first);
            }
        }
    }
    return sortedUnique(names);
}

QStringList ProfileFile::attributePaths() const
{
    QStringList paths;
    for (const Profile &profile : profiles) {
        paths.append(profile.attributePaths());
    }
    return sortedUnique(paths);
}

Expected<ProfileFile> readProfileFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        return Error {
            Tr::tr("Cannot open %1: %2. Pick a readable profile file.").arg(shown, input.errorString())
        };
    }
    if (input.size() > kMaxProfileFileBytes) {
        return Error { Tr::tr("%1 is larger than %2 MiB: a sample needs only a few profiles. Pick a smaller "
                              "file, for example the first lines of this one.")
                           .arg(shown)
                           .arg(kMaxProfileFileBytes / (1024 * 1024)) };
    }
    const QByteArray data = input.readAll();
    ProfileFile file;
    file.path = path;
    // One document (an object or an array) first; anything else is read as NDJSON, line by line.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isArray()) {
        readArray(file, document.array());
    } else if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        addResult(file, readProfile(data), Tr::tr("the document"));
    } else {
        readLines(file, data);
    }
    if (file.profiles.isEmpty()) {
        if (file.rejected > 0) {
            return Error { Tr::tr(
                "No profile could be read from %1 (%2). Pick a file with XDM profiles: one JSON "
                "object, a JSON array or one object per line.")
                               .arg(shown, file.firstRejection) };
        }
        return Error { Tr::tr(
            "%1 holds no profile. Pick a file with XDM profiles: one JSON object, a JSON array "
            "or one object per line.")
                           .arg(shown) };
    }
    return file;
}

} // namespace qad::ui
