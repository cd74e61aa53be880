#include "sources/filesource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

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
    bool directory = false;
    bool stream = false; // isStreamMode(): a named pipe, a device…
};

FileIdentity identityOf(const struct stat &st)
{
    return { quint64(st.st_dev), quint64(st.st_ino), qint64(st.st_size), st.st_nlink == 0,
        S_ISDIR(st.st_mode), isStreamMode(st.st_mode) };
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

// Reads the `count` bytes of `fd` that end at `end` into `into`, without moving its position: how many it
// read (fewer when the file is shorter now).
qint64 preadBefore(int fd, qint64 end, char *into, qint64 count)
{
    qint64 got = 0;
    while (got < count) {
        const ssize_t n = ::pread(fd, into + got, size_t(count - got), off_t(end - count + got));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        got += n;
    }
    return got;
}

// The bytes a checkpoint at `offset` keeps the digest of: the kSourceDigestBytes before it, or all.
QByteArray bytesBefore(int fd, qint64 offset)
{
    QByteArray before(std::min(offset, kSourceDigestBytes), Qt::Uninitialized);
    before.truncate(preadBefore(fd, offset, before.data(), before.size()));
    return before;
}

// Whether the file open as `fd` is the one a checkpoint was saved in, and still holds it: its inode, as long,
// the same bytes before it by its digest (an unknown digest, 0, matches).
bool holdsCheckpoint(int fd, const SourcePosition &position)
{
    const auto identity = statHandle(fd);
    return position.offset > 0 && identity && identity->inode == position.inode
        && identity->size >= position.offset
        && (position.digest == 0 || sourceDigest(bytesBefore(fd, position.offset)) == position.digest);
}

// Why the file a checkpoint was saved in was not found beside the path (FileSource::findRotated()).
QString goneFrom(const QString &directory)
{
    return Tr::tr("that file is no longer in %1 (deleted, or compressed)")
        .arg(QDir::toNativeSeparators(directory));
}

// `name` without what compressing it added (logrotate's compress, compresscmd): .gz, .bz2, .xz, .zst.
QString withoutCompressedSuffix(QString name)
{
    for (const char *suffix : { ".gz", ".bz2", ".xz", ".zst" }) {
        if (name.endsWith(QLatin1String(suffix))) {
            name.chop(qsizetype(std::strlen(suffix)));
            break;
        }
    }
    return name;
}

// What a rotation leaves compressed: another file, never the one read.
bool isCompressedName(const QString &name)
{
    return withoutCompressedSuffix(name).size() != name.size();
}

// Compressed by its first bytes (gzip, xz, bzip2, zstd), whatever its name: logrotate's `compressext` can be
// anything.
bool startsCompressed(int fd)
{
    char start[5]; // as long as the longest looked for
    const qint64 got = preadBefore(fd, sizeof start, start, sizeof start);
    const QByteArrayView bytes(start, got);
    for (const char *magic : { "\x1F\x8B", "\xFD\x37\x7A\x58\x5A", "BZh", "\x28\xB5\x2F\xFD" }) {
        if (bytes.startsWith(magic)) {
            return true;
        }
    }
    return false;
}

// A regular file beside a path whose name starts with the path's: what a rotation of it leaves.
struct Beside
{
    QString path;
    QString suffix; // its name after the path's: ".1", "-20261129", ".2.gz"; null: it has no name left
    quint64 inode = 0;
    timespec modified {};
};

// The files beside `path` (in its directory, on the directory's device; not through a symbolic link), `path`
// itself not among them.
QList<Beside> filesBeside(const QString &path)
{
    const QFileInfo info(path);
    const QDir directory = info.absoluteDir();
    const QString name = info.fileName();
    const auto where = statPath(directory.absolutePath());
    QList<Beside> found;
    if (!where) {
        return found;
    }
    const QStringList names = directory.entryList(QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDir::Name);
    for (const QString &candidate : names) {
        if (candidate == name || !candidate.startsWith(name)) {
            continue;
        }
        const QString at = directory.absoluteFilePath(candidate);
        struct stat st
        {
        };
        if (::lstat(QFile::encodeName(at).constData(), &st) != 0 || !S_ISREG(st.st_mode)
            || quint64(st.st_dev) != where->device) {
            continue;
        }
        found.append({ at, candidate.mid(name.size()), quint64(st.st_ino), st.st_mtim });
    }
    return found;
}

// A rotation's place by its name alone, for files last written at the same time (a copy keeps the time, and
// a coarse clock gives many the same): logrotate counts up from the newest (.1 is newer than .2), dates and
// times count up to it (-20261128 is older than -20261129). Compression does not move it.
struct NamePlace
{
    bool counted = false;
    qint64 count = 0;
    QString stamp;

    explicit NamePlace(const QString &suffix)
        : stamp(withoutCompressedSuffix(suffix))
    {
        QStringView digits(stamp);
        if (digits.startsWith(u'.') || digits.startsWith(u'-') || digits.startsWith(u'_')) {
            digits = digits.sliced(1);
        }
        // Longer runs of digits are dates or times (-20261129, `dateformat -%s`), which sort as text.
        counted = !digits.isEmpty() && digits.size() <= 5
            && std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        count = counted ? digits.toLongLong() : 0;
    }

    bool sameAs(const NamePlace &other) const { return stamp == other.stamp; }
    bool before(const NamePlace &other) const
    {
        if (counted != other.counted) {
            return counted; // never both beside one path; any order will do, as long as it is one
        }
        return counted ? count > other.count : stamp < other.stamp;
    }
};

// Whether `a` was rotated before `b`: last written earlier, or at the same time and named so. A file with no
// name left (deleted) is rotated before none of those written at its time: nothing tells.
bool rotatedBefore(const Beside &a, const Beside &b)
{
    if (a.modified.tv_sec != b.modified.tv_sec) {
        return a.modified.tv_sec < b.modified.tv_sec;
    }
    if (a.modified.tv_nsec != b.modified.tv_nsec) {
        return a.modified.tv_nsec < b.modified.tv_nsec;
    }
    if (a.suffix.isNull() || b.suffix.isNull()) {
        return false;
    }
    const NamePlace first(a.suffix);
    const NamePlace second(b.suffix);
    return first.sameAs(second) ? a.path < b.path : first.before(second);
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
        if (std::exchange(m_followedToEnd, false) && rewrittenWhileFollowed()) {
            tell(Tr::tr("%1 was rewritten in place while it was followed (its content before the "
                        "position read changed): reading it from the start; profiles already sent "
                        "produce nothing again.")
                     .arg(QDir::toNativeSeparators(m_path)));
            startOver();
        }
        const qint64 bytes = readChunk();
        if (bytes > 0) {
            continue;
        }
        if (bytes < 0) {
            break;
        }
        if (!m_rotated.isEmpty()) {
            // The rest of a rotated file was read: on to the next one rotated after it, else to the file at
            // the path, from its start (followed: opened above, or waited for like a missing path).
            m_framer.finish(m_queue);
            m_file.close();
            m_rotated.removeFirst();
            if (openRotated()) {
                continue;
            }
            if (!m_options.follow) {
                if (const Status opened = openFile(); !opened) {
                    m_error = opened.error();
                    break;
                }
            }
            continue;
        }
        if (!m_options.follow) {
            m_framer.finish(m_queue);
            m_finished = true;
            m_file.close();
            break;
        }
        if (!followPath()) {
            m_followedToEnd = m_file.isOpen();
            break;
        }
    }
    QList<SourceRecord> records = takeRecords(m_queue, max);
    if (!records.isEmpty()) {
        // A checkpoint is saved after a batch of records, from its last: that one needs its digest.
        stamp(records.last().after);
    }
    return records;
}

bool FileSource::atEnd() const
{
    return m_queue.empty() && (m_finished || !m_error.isNull());
}

Expected<Resumed> FileSource::resume(const SourcePosition &position)
{
    m_queue.clear();
    m_finished = false;
    m_followedToEnd = false;
    m_rotated.clear();
    if (!m_file.isOpen()) {
        const Status status = openFile();
        if (!status) {
            if (!m_options.follow) {
                return status.error();
            }
            // A followed file that does not exist (any more) is read from its start once it appears; the rest
            // of the one read last comes first, when it was rotated beside it.
            return QFileInfo::exists(m_path) ? Resumed::FromStart : resumeRotated(position);
        }
    }
    if (position.inode != m_inode) {
        return resumeRotated(position); // another file at the path: rotated while we were stopped
    }
    if (!sameFileAs(position)) {
        // Truncated while we were stopped: everything in it is new.
        startOver();
        return Resumed::FromStart;
    }
    return resumeAt(position);
}

Resumed FileSource::resumeRotated(const SourcePosition &position)
{
    QString why;
    const QString rotated = findRotated(position, &why);
    if (!rotated.isEmpty()) {
        m_file.close();
        if (openFile(rotated) && sameFileAs(position)) {
            // Rotated more than once since (`rotate 5`): what was written to the files in between comes
            // before the file at the path.
            QStringList unreadable;
            m_rotated = QList<Rotated> { { rotated, m_inode } } + rotatedAfter(m_file.handle(), &unreadable);
            const Resumed resumed = resumeAt(position);
            tellUnreadable(unreadable);
            return resumed;
        }
        m_file.close(); // gone in between
        why = goneFrom(QFileInfo(m_path).absolutePath());
        if (const Status reopened = openFile(); !reopened && !m_options.follow) {
            m_error = reopened.error();
        }
    }
    tell(Tr::tr("%1 is not the file read last time (it was rotated or replaced since), and %2: the "
                "lines written to that file after line %3 could not be read. Reading %1 from its start.")
             .arg(QDir::toNativeSeparators(m_path), why, QString::number(position.line)));
    if (m_file.isOpen()) {
        startOver();
    }
    return Resumed::FromStart;
}

QString FileSource::findRotated(const SourcePosition &position, QString *why) const
{
    *why = goneFrom(QFileInfo(m_path).absolutePath());
    if (position.offset <= 0) {
        return {};
    }
    for (const Beside &candidate : filesBeside(m_path)) {
        if (candidate.inode != position.inode || isCompressedName(candidate.suffix)) {
            continue;
        }
        const QString &path = candidate.path;
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            *why = Tr::tr("that file, now %1, cannot be opened (%2)")
                       .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno)));
            continue;
        }
        const bool holds = holdsCheckpoint(fd, position);
        ::close(fd);
        if (holds) {
            return path;
        }
        // Its inode, other bytes: another file that took the inode of a deleted one.
    }
    return {};
}

Resumed FileSource::resumeAt(const SourcePosition &position)
{
    // Rewritten in place while we were stopped (`export > same.ndjson`): the same file, as long or longer,
    // but what lies before the checkpoint is not what was read. Read from the start: identical profiles
    // produce nothing again (SPEC §5), whereas reading on from the offset would lose the new ones before it.
    const QByteArray before = digestedBytesBefore(position.offset);
    if (!digestMatches(position, before)) {
        tell(Tr::tr("%1 was rewritten since the last run (its content before the saved position "
                    "changed): reading it from the start; profiles already sent produce nothing again.")
                 .arg(QDir::toNativeSeparators(m_path)));
        startOver();
        return Resumed::FromStart;
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
        return Resumed::FromStart;
    }
    m_framer.resumeAt(m_inode, probe.format(), position.offset, position.line, probe.formatStart());
    // What was just compared is the window before the first chunk to come.
    clearWindow(position.offset - before.size());
    std::memcpy(m_chunk.data(), before.constData(), size_t(before.size()));
    m_windowSize = before.size();
    return Resumed::AtCheckpoint;
}

Status FileSource::openFile(const QString &path)
{
    stampNewest(); // a rotated file's last record, before the window holds the new file's bytes
    // Opened without waiting, then looked at through the handle: a named pipe that took the place of a
    // followed file would otherwise wait for its writer on the thread that reads, and a check of the path
    // before opening it could see the file that was there a moment before.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT) {
            return Error {
                Tr::tr("Cannot open %1: No such file; check the path.").arg(QDir::toNativeSeparators(path))
            };
        }
        return Error { Tr::tr("Cannot open %1: %2; check that the file is readable.")
                           .arg(QDir::toNativeSeparators(path),
                               QString::fromLocal8Bit(std::strerror(error))) };
    }
    const auto identity = statHandle(fd);
    if (identity && identity->directory) {
        ::close(fd);
        return Error { Tr::tr(
            "Cannot open %1: it is a directory; give the path of an NDJSON or JSON-array file.")
                           .arg(QDir::toNativeSeparators(path)) };
    }
    if (identity && identity->stream) {
        ::close(fd);
        // openProfileSource() reads one like standard input, when given one from the start.
        return Error { Tr::tr("Cannot open %1: it became a named pipe or a device, which is read as a stream "
                              "only when it is one from the start; start again to read it.")
                           .arg(QDir::toNativeSeparators(path)) };
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    m_file.setFileName(path);
    if (!m_file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error { Tr::tr("Cannot open %1: %2; check that the file is readable.")
                           .arg(QDir::toNativeSeparators(path), m_file.errorString()) };
    }
    m_device = identity ? identity->device : 0;
    m_inode = identity ? identity->inode : 0;
    m_framer.reset(m_inode);
    m_followedToEnd = false;
    clearWindow(0);
    return {};
}

void FileSource::startOver()
{
    stampNewest(); // from the bytes read, not from what the file holds now
    m_file.seek(0);
    m_framer.reset(m_inode);
    m_followedToEnd = false;
    clearWindow(0);
}

void FileSource::clearWindow(qint64 at)
{
    m_chunk.resize(kSourceDigestBytes + kChunkBytes); // once: the same size from then on
    m_windowStart = at;
    m_windowSize = 0;
}

qint64 FileSource::readChunk()
{
    // Every record queued now is taken by this read() (it reads on only while fewer than asked are queued),
    // the newest last unless newer ones come: its digest is taken before its bytes leave the window.
    stampNewest();
    // The last kSourceDigestBytes read so far move to the front: the bytes before a record that ends early
    // in this chunk were read with the one before.
    char *const buffer = m_chunk.data();
    const qint64 kept = std::min(m_windowSize, kSourceDigestBytes);
    std::memmove(buffer, buffer + (m_windowSize - kept), size_t(kept));
    m_windowStart += m_windowSize - kept;
    m_windowSize = kept;
    const qint64 bytes = m_file.read(buffer + kept, kChunkBytes);
    if (bytes < 0) {
        m_error = Error { Tr::tr("Cannot read %1: %2; check the file and the disk it is on.")
                              .arg(QDir::toNativeSeparators(m_path), m_file.errorString()) };
        return -1;
    }
    m_windowSize += bytes;
    m_framer.feed(buffer + kept, bytes, m_queue);
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
        // Rotated more than once since it was last looked at (a backlog read while `rotate 5` ran twice): the
        // files rotated in between come first, as after a restart.
        QStringList unreadable;
        m_rotated = ours ? rotatedAfter(m_file.handle(), &unreadable) : QList<Rotated> {};
        tellUnreadable(unreadable);
        m_file.close();
        if (openRotated()) {
            return true;
        }
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

bool FileSource::rewrittenWhileFollowed() const
{
    // The window ends where reading stands: its last bytes are the last ones read. Compared directly (no
    // digest), and at most once per wake-up at the end of the file, so an append costs one small pread.
    const qint64 count = std::min(m_windowSize, kSourceDigestBytes);
    const qint64 end = m_windowStart + m_windowSize;
    if (count == 0) {
        return false;
    }
    char now[kSourceDigestBytes];
    // Shorter: truncated, which followPath() tells from the size, as before.
    return readBefore(end, now, count) == count
        && std::memcmp(now, m_chunk.constData() + (m_windowSize - count), size_t(count)) != 0;
}

void FileSource::stamp(SourcePosition &position) const
{
    if (position.digest != 0 || position.inode != m_inode || position.offset <= 0) {
        return; // stamped already; or a record of a rotated file, left without (0: unknown, it matches)
    }
    const qint64 count = std::min(position.offset, kSourceDigestBytes);
    const qint64 start = position.offset - count;
    // Always there for the last record a read() returns: it ends in the latest chunk, or it was the newest
    // when the window moved on (stampNewest()).
    if (start >= m_windowStart && position.offset <= m_windowStart + m_windowSize) {
        position.digest = sourceDigest(QByteArrayView(m_chunk.constData() + (start - m_windowStart), count));
        return;
    }
    // But for data after an array's `]`: its checkpoint is the `]`, which an earlier chunk can hold. Read
    // back.
    char before[kSourceDigestBytes];
    if (m_file.isOpen() && readBefore(position.offset, before, count) == count) {
        position.digest = sourceDigest(QByteArrayView(before, count));
    }
}

void FileSource::stampNewest()
{
    if (!m_queue.empty()) {
        stamp(m_queue.back().after);
    }
}

bool FileSource::inFileAtPath(const SourcePosition &position) const
{
    const auto atPath = statPath(m_path);
    return atPath && atPath->inode == position.inode;
}

bool FileSource::stillHolds(const SourcePosition &position) const
{
    if (m_file.isOpen() && position.inode == m_inode) {
        return holdsCheckpoint(m_file.handle(), position);
    }
    if (m_rotated.isEmpty()) {
        return false;
    }
    // Reading rotated files: a checkpoint in one read later, or in the file at the path, read last.
    QString path = m_path;
    for (const Rotated &file : m_rotated) {
        if (file.inode == position.inode) {
            path = file.path;
        }
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool holds = holdsCheckpoint(fd, position);
    ::close(fd);
    return holds;
}

QList<quint64> FileSource::rotatedSince(const SourcePosition &position) const
{
    QString why;
    const QString rotated = inFileAtPath(position) ? QString() : findRotated(position, &why);
    const int fd = rotated.isEmpty()
        ? -1
        : ::open(QFile::encodeName(rotated).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        return {};
    }
    QList<quint64> files { position.inode };
    QStringList unreadable; // told by resume()
    for (const Rotated &file : rotatedAfter(fd, &unreadable)) {
        files.append(file.inode);
    }
    ::close(fd);
    return files;
}

QList<FileSource::Rotated> FileSource::rotatedAfter(int earlier, QStringList *unreadable) const
{
    struct stat st
    {
    };
    if (::fstat(earlier, &st) != 0) {
        return {};
    }
    const QList<Beside> beside = filesBeside(m_path);
    Beside from { {}, {}, quint64(st.st_ino), st.st_mtim };
    for (const Beside &file : beside) {
        if (file.inode == from.inode) {
            from.suffix = file.suffix; // its name now, unless it was deleted
        }
    }
    const auto atPath = statPath(m_path);
    QList<Beside> between;
    for (const Beside &file : beside) {
        if (file.inode == from.inode || (atPath && file.inode == atPath->inode)
            || !rotatedBefore(from, file)) {
            continue;
        }
        // Its own compressed copy, being written (logrotate's compress runs right after the rename).
        if (!from.suffix.isNull() && NamePlace(file.suffix).sameAs(NamePlace(from.suffix))) {
            continue;
        }
        between.append(file);
    }
    std::sort(between.begin(), between.end(), rotatedBefore);
    QList<Rotated> readable;
    for (const Beside &file : std::as_const(between)) {
        bool compressed = isCompressedName(file.suffix);
        QString cannotOpen;
        if (!compressed) {
            const int fd
                = ::open(QFile::encodeName(file.path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
            if (fd < 0) {
                cannotOpen = QString::fromLocal8Bit(std::strerror(errno));
            } else {
                compressed = startsCompressed(fd);
                ::close(fd);
            }
        }
        if (!compressed && cannotOpen.isEmpty()) {
            readable.append({ file.path, file.inode });
        } else if (!compressed || !from.suffix.isNull()) {
            unreadable->append(QStringLiteral("%1 (%2)").arg(
                QDir::toNativeSeparators(file.path), compressed ? Tr::tr("compressed") : cannotOpen));
        }
        // A followed file deleted since has no name left to tell its own compressed copy by: a compressed one
        // is left out unsaid, rather than said to be lost when it may be that copy.
    }
    return readable;
}

bool FileSource::openRotated()
{
    while (!m_rotated.isEmpty()) {
        const Rotated next = m_rotated.first();
        QString path = next.path;
        if (const auto there = statPath(path); !there || there->inode != next.inode) {
            path.clear();
            for (const Beside &file : filesBeside(m_path)) {
                if (file.inode == next.inode) {
                    path = file.path; // renamed by another rotation since
                }
            }
        }
        if (!path.isEmpty() && openFile(path) && m_inode == next.inode) {
            return true;
        }
        m_file.close();
        tellUnreadable({ QStringLiteral("%1 (%2)").arg(QDir::toNativeSeparators(next.path),
            path.isEmpty() ? Tr::tr("no longer there") : Tr::tr("it cannot be opened")) });
        m_rotated.removeFirst();
    }
    return false;
}

void FileSource::tell(const QString &notice)
{
    m_notice = m_notice.isEmpty() ? notice : m_notice + u'\n' + notice;
}

void FileSource::tellUnreadable(const QStringList &unreadable)
{
    if (unreadable.isEmpty()) {
        return;
    }
    tell(Tr::tr(
        "%1 was rotated more than once since it was read last; %n file(s) rotated in between cannot be "
        "read, and the lines written there are skipped: %2.",
        nullptr, int(unreadable.size()))
             .arg(QDir::toNativeSeparators(m_path), unreadable.join(QStringLiteral(", "))));
}

bool FileSource::sameFileAs(const SourcePosition &position) const
{
    const auto identity = statHandle(m_file.handle());
    return position.offset > 0 && identity && identity->inode == position.inode
        && identity->size >= position.offset;
}

QByteArray FileSource::digestedBytesBefore(qint64 offset) const
{
    return bytesBefore(m_file.handle(), offset);
}

bool FileSource::digestMatches(const SourcePosition &position, const QByteArray &before)
{
    return position.digest == 0 || sourceDigest(before) == position.digest; // 0: saved before digests
}

qint64 FileSource::readBefore(qint64 end, char *into, qint64 count) const
{
    return preadBefore(m_file.handle(), end, into, count);
}

} // namespace qad
