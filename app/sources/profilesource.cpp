#include "sources/profilesource.h"

#include "sources/filesource.h"
#include "sources/stdinsource.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtEndian>
#include <sys/stat.h>

namespace qad {

quint64 sourceDigest(QByteArrayView bytes)
{
    // The first 64 bits of SHA-1: stable across runs, machines and Qt versions, which qHash is not. Hashed
    // once per batch read (and per wake-up while following): 4 KiB at a time.
    const QByteArray sha1 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    const quint64 digest = qFromBigEndian<quint64>(sha1.constData());
    return digest == 0 ? 1 : digest; // 0 means "unknown" in a SourcePosition
}

bool isStreamMode(unsigned int mode)
{
    return !S_ISREG(mode) && !S_ISDIR(mode);
}

namespace {
// What the path names (links followed) is read like standard input, on a thread of its own.
bool isStream(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && isStreamMode(st.st_mode);
}
} // namespace

Expected<std::unique_ptr<ProfileSource>> openProfileSource(const QString &path, const SourceOptions &options)
{
    if (path == u"-") {
        return std::unique_ptr<ProfileSource>(std::make_unique<StdinSource>());
    }
    if (isStream(path)) {
        auto stream = StdinSource::open(path, options);
        if (!stream) {
            return stream.error();
        }
        return std::unique_ptr<ProfileSource>(std::move(stream).value());
    }
    auto file = FileSource::open(path, options);
    if (!file) {
        return file.error();
    }
    return std::unique_ptr<ProfileSource>(std::move(file).value());
}

} // namespace qad
