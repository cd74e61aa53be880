#include "wizard/profilefile.h"

#include "profiles/profilereader.h"
#include "sources/recordframer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

namespace qad::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::ui::ProfileFile)
};

void reject(ProfileFile &file, const QString &reason)
{
    if (file.rejected++ == 0) {
        file.firstRejection = reason;
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
    // Cut as `qadctl run` cuts its sources: NDJSON, a JSON array, or pretty-printed objects (one, or one
    // after another). What loads here streams the same way.
    RecordFramer framer(path);
    framer.reset(0);
    std::deque<SourceRecord> records;
    framer.feed(data.constData(), data.size(), records);
    framer.finish(records);
    if (const QString refusal = framer.refusal(); !refusal.isEmpty()) {
        return Error { Tr::tr("Cannot read %1: %2").arg(shown, refusal) };
    }
    for (const SourceRecord &record : records) {
        if (file.profiles.size() >= kMaxSampleProfiles) {
            break;
        }
        if (!record.error.isEmpty()) {
            reject(file, record.error);
            continue;
        }
        const ProfileReadResult result = readProfile(record.bytes);
        if (result.ok()) {
            file.profiles.append(result.profile);
        } else {
            reject(file, Tr::tr("line %1: %2").arg(record.line).arg(result.error.message));
        }
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
