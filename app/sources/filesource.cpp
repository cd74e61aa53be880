#include "sources/filesource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <optional>
#include <sys/stat.h>

namespace qad {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::FileSource)
};

// Large enough that a read costs little per record, small enough to never matter in memory.
constexpr qint64 kChunkBytes = 256 * 1024;

struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
    bool deleted = false; // no name links to it any more
};

FileIdentity identityOf(const struct stat &st)
{
    return { quint64(st.st_dev), quint64(st.st_ino), qint64(st.st_size), st.st_nlink == 0 };
}

std::optional<FileIdentity> statPath(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return std::nullopt;
    }
    return identityOf(st);
}

std::optional<FileIdentity> statHandle(int fd)
{
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0) {
        return std::nullopt;
    }
    return identityOf(st);
}
} // namespace

Expected<std::unique_ptr<FileSource>> FileSource::open(const QString &path, const SourceOptions &options)
{
    std::unique_ptr<FileSource> source(new FileSource(QFileInfo(path).absoluteFilePath(), options));
    const Status status = source->openFile();
    // A followed path may appear later, like `tail -F`.
    if (!status && !(options.follow && !QFileInfo::exists(source->m_path))) {
        return status.error();
    }
    return source;
}

FileSource::FileSource(QString path, const SourceOptions &options)
    : m_path(std::move(path))
    , m_options(options)
    , m_framer(m_path)
{ }

QList<SourceRecord> FileSource::read(int max)
{
    while (int(m_queue.size()) < max && m_error.isNull() && !m_finished) {
        if (!m_file.isOpen()) {
            if (!m_options.follow) {
                break;
            }
            const Status opened = openFile();
            m_pathError = opened || !QFileInfo::exists(m_path) ? Error {} : opened.error();
            if (!opened) {
                break;
            }
        }
        const qint64 bytes = readChunk();
        if (bytes > 0) {
            continue;
        }
        if (bytes < 0) {
            break;
        }
        if (!m_options.follow) {
            m_framer.finish(m_queue);
            m_finished = true;
            m_file.close();
            break;
        }
        if (!followPath()) {
            break;
        }
    }
    return takeRecords(m_queue, max);
}

bool FileSource::atEnd() const
{
    return m_queue.empty() && (m_finished || !m_error.isNull());
}

Status FileSource::resume(const SourcePosition &position)
{
    m_queue.clear();
    m_finished = false;
    if (!m_file.isOpen()) {
        const Status status = openFile();
        if (!status) {
            // A followed file that does not exist (any more) is read from its start once it appears.
            return m_options.follow ? Status::success() : status;
        }
    }
    const auto identity = statHandle(m_file.handle());
    const bool sameFile = identity && identity->inode == position.inode && identity->size >= position.offset;
    if (position.offset <= 0 || !sameFile) {
        // Replaced or truncated while we were stopped: everything in it is new.
        startOver();
        return {};
    }
    // The format is told by the start of the file, which may lie before the checkpoint: a framer of its own
    // reads from there until it can tell (within the first line), and what it frames is dropped.
    RecordFramer probe;
    probe.reset(m_inode);
    std::deque<SourceRecord> dropped;
    m_file.seek(0);
    m_chunk.resize(kChunkBytes);
    for (qint64 scanned = 0; scanned < position.offset && probe.format() == SourceFormat::Unknown;) {
        const qint64 bytes = m_file.read(m_chunk.data(), std::min(kChunkBytes, position.offset - scanned));
        if (bytes <= 0) {
            break;
        }
        probe.feed(m_chunk.constData(), bytes, dropped);
        dropped.clear();
        scanned += bytes;
    }
    if (!m_file.seek(position.offset)) {
        startOver();
        return {};
    }
    m_framer.resumeAt(m_inode, probe.format(), position.offset, position.line, probe.formatStart());
    return {};
}

Status FileSource::openFile()
{
    if (QFileInfo(m_path).isDir()) {
        return Error { Tr::tr(
            "Cannot open %1: it is a directory; give the path of an NDJSON or JSON-array file.")
                           .arg(QDir::toNativeSeparators(m_path)) };
    }
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (!QFileInfo::exists(m_path)) {
            return Error {
                Tr::tr("Cannot open %1: No such file; check the path.").arg(QDir::toNativeSeparators(m_path))
            };
        }
        return Error { Tr::tr("Cannot open %1: %2; check that the file is readable.")
                           .arg(QDir::toNativeSeparators(m_path), m_file.errorString()) };
    }
    const auto identity = statHandle(m_file.handle());
    m_device = identity ? identity->device : 0;
    m_inode = identity ? identity->inode : 0;
    m_framer.reset(m_inode);
    return {};
}

void FileSource::startOver()
{
    m_file.seek(0);
    m_framer.reset(m_inode);
}

qint64 FileSource::readChunk()
{
    m_chunk.resize(kChunkBytes);
    const qint64 bytes = m_file.read(m_chunk.data(), kChunkBytes);
    if (bytes < 0) {
        m_error = Error { Tr::tr("Cannot read %1: %2; check the file and the disk it is on.")
                              .arg(QDir::toNativeSeparators(m_path), m_file.errorString()) };
        return -1;
    }
    m_framer.feed(m_chunk.constData(), bytes, m_queue);
    if (const QString refusal = m_framer.refusal(); !refusal.isEmpty()) {
        m_error = Error { Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), refusal) };
        return -1;
    }
    return bytes;
}

bool FileSource::followPath()
{
    const auto atPath = statPath(m_path);
    if (!atPath) {
        return false; // between the steps of a rotation: the new file comes later
    }
    const auto ours = statHandle(m_file.handle());
    const bool replaced = !ours || ours->deleted || atPath->device != m_device || atPath->inode != m_inode;
    if (replaced) {
        // Rotated: the lines the old file still holds come before the new file's.
        while (readChunk() > 0) { }
        if (!m_error.isNull()) {
            return false;
        }
        m_framer.finish(m_queue);
        m_file.close();
        const Status status = openFile();
        m_pathError = status || !QFileInfo::exists(m_path) ? Error {} : status.error();
        return status.ok();
    }
    if (atPath->size < m_framer.offset()) {
        startOver(); // truncated in place (copytruncate)
        return true;
    }
    return false;
}

} // namespace qad
