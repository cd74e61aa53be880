#include "sources/stdinsource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#ifdef __linux__
#include <linux/magic.h>
#include <sys/vfs.h>
#endif

namespace qad {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::StdinSource)
};

constexpr qsizetype kReadBytes = 64 * 1024;
// The reader waits while this much is unread: enough to keep the consumer busy, bounded in memory.
constexpr qsizetype kMaxBufferedBytes = 4 * 1024 * 1024;
// A followed named pipe that cannot be opened again (removed, replaced): tried again this often.
constexpr int kReopenRetryMs = 500;
// A followed named pipe: how often its path is looked at while no writer writes, to notice a new pipe there.
constexpr int kPathCheckMs = 1000;

// Without O_NONBLOCK, opening a named pipe for reading waits for a writer, and nothing could end that wait.
// Opened so, it returns at once; the reader thread then waits in poll(), which the destructor can end.
int openWithoutWaiting(const QString &path)
{
    int fd = -1;
    do {
        fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

// An anonymous pipe (`<(producer)` gives /dev/fd/N, `producer |` a pipe on a descriptor): no other writer
// can come once its own is gone. Opened again it would report its end at once, over and over.
bool isAnonymousPipe(int fd)
{
#ifdef __linux__
    struct statfs fs
    {
    };
    return ::fstatfs(fd, &fs) == 0 && fs.f_type == PIPEFS_MAGIC;
#else
    Q_UNUSED(fd);
    return false;
#endif
}

bool isNamedPipe(int fd)
{
    struct stat st
    {
    };
    return ::fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode) && !isAnonymousPipe(fd);
}

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}
} // namespace

StdinSource::StdinSource(int fd)
    : StdinSource(fd, QString(), false)
{ }

StdinSource::StdinSource(int fd, QString path, bool reopen)
    : m_fd(fd)
    , m_ownsFd(!path.isEmpty())
    , m_path(std::move(path))
    , m_reopen(reopen)
    , m_framer(m_path.isEmpty() ? QStringLiteral("-") : m_path)
{
    m_framer.reset(0); // no inode: a checkpoint of a stream is never resumed
    if (::pipe2(m_wake, O_CLOEXEC) != 0) {
        m_wake[0] = m_wake[1] = -1;
    }
    m_reader = std::thread([this] { readLoop(); });
}

Expected<std::unique_ptr<StdinSource>> StdinSource::open(const QString &path, const SourceOptions &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(absolute).constData(), &st) == 0 && S_ISSOCK(st.st_mode)) {
        return Error { Tr::tr(
            "Cannot open %1: it is a socket, which cannot be read like a file; give a named "
            "pipe (mkfifo), a file, or - for standard input.")
                           .arg(shown) };
    }
    // Opened here, without waiting for a writer, so that a path that cannot be read fails the start, as a
    // file does. Opened again (when followed) on the reader thread.
    const int fd = openWithoutWaiting(absolute);
    if (fd < 0) {
        const int openErrno = errno;
        return Error {
            Tr::tr("Cannot open %1: %2; check that it is readable.").arg(shown, systemError(openErrno))
        };
    }
    // Only a named pipe has a next writer. Another kind (a device, an anonymous pipe) ends at its end even
    // when followed: opened again at its end, /dev/null or a pipe whose writer is gone would be read in a
    // loop.
    const bool reopen = options.follow && isNamedPipe(fd);
    return std::unique_ptr<StdinSource>(new StdinSource(fd, absolute, reopen));
}

StdinSource::~StdinSource()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_drained.notify_all();
    if (m_wake[1] >= 0) {
        const char byte = 0;
        [[maybe_unused]] const auto written = ::write(m_wake[1], &byte, 1);
    }
    m_reader.join();
    for (const int fd : m_wake) {
        if (fd >= 0) {
            ::close(fd);
        }
    }
    if (m_ownsFd && m_fd >= 0) {
        ::close(m_fd);
    }
}

QString StdinSource::name() const
{
    return m_path.isEmpty() ? QStringLiteral("-") : m_path;
}

QList<SourceRecord> StdinSource::read(int max)
{
    if (int(m_queue.size()) < max && !m_finished) {
        std::deque<QByteArray> ended;
        QByteArray bytes;
        bool eof = false;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            ended.swap(m_ended);
            m_endedBytes = 0;
            bytes.swap(m_buffer);
            eof = m_eof;
        }
        m_drained.notify_all();
        // Each writer of a followed named pipe wrote a stream of its own: its last line ends with it, and the
        // next one's format is told from its own start.
        for (const QByteArray &stream : ended) {
            m_framer.feed(stream.constData(), stream.size(), m_queue);
            if (!m_framer.refusal().isEmpty()) {
                break;
            }
            m_framer.finish(m_queue);
            m_framer.reset(0);
        }
        if (m_framer.refusal().isEmpty()) {
            m_framer.feed(bytes.constData(), bytes.size(), m_queue);
        }
        if (const QString refusal = m_framer.refusal(); !refusal.isEmpty()) {
            m_refused = Error { refusalMessage(refusal) };
            m_finished = true;
        } else if (eof) {
            m_framer.finish(m_queue);
            m_finished = true;
        }
    }
    return takeRecords(m_queue, max);
}

bool StdinSource::atEnd() const
{
    return m_finished && m_queue.empty();
}

Expected<Resumed> StdinSource::resume(const SourcePosition &)
{
    if (!m_path.isEmpty()) {
        // A pipe cannot seek, and what it gives was never read before: nothing of it is skipped. (Checkpoints
        // are saved under its path, as for a file; this is what makes the next run start all the same.)
        return Resumed::FromStart;
    }
    return Error { Tr::tr("Standard input cannot be resumed from a checkpoint; read from a file to continue "
                          "where a previous run stopped.") };
}

Error StdinSource::error() const
{
    if (!m_refused.isNull()) {
        return m_refused;
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_readError.isNull() ? m_pathError : m_readError;
}

QString StdinSource::refusalMessage(const QString &refusal) const
{
    if (m_path.isEmpty()) {
        return Tr::tr("Cannot read standard input: %1").arg(refusal);
    }
    return Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), refusal);
}

void StdinSource::readLoop()
{
    QByteArray chunk(kReadBytes, Qt::Uninitialized);
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_drained.wait(
                lock, [this] { return m_stopping || m_buffer.size() + m_endedBytes < kMaxBufferedBytes; });
            if (m_stopping) {
                return;
            }
        }
        if (m_fd < 0) {
            // A followed named pipe whose path cannot be opened for now.
            if (!waitForStop(kReopenRetryMs)) {
                return;
            }
            reopen();
            continue;
        }
        // Wait for input or for the destructor, whichever comes first. Asked before reading: a named pipe no
        // writer has opened yet reads as ended (0 bytes), where poll() waits for the writer and for its end.
        pollfd fds[2] = { { m_fd, POLLIN, 0 }, { m_wake[0], POLLIN, 0 } };
        const int ready = ::poll(fds, m_wake[0] >= 0 ? 2 : 1, m_reopen ? kPathCheckMs : -1);
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (fds[1].revents != 0) {
            return;
        }
        // Followed, and nothing came for a while: a pipe removed and made again at the path (like a rotated
        // file) is read once no writer has the old one any more, which the read tells (0 bytes, not EAGAIN).
        if (ready == 0 && !pathReplaced()) {
            continue;
        }
        const ssize_t bytes = ready < 0 ? -1 : ::read(m_fd, chunk.data(), size_t(chunk.size()));
        const int readErrno = errno;
        if (bytes < 0 && (readErrno == EINTR || readErrno == EAGAIN)) {
            continue;
        }
        if (bytes == 0 && m_reopen) {
            // The writer closed the pipe: its stream ended, and the next writer's is waited for.
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_endedBytes += m_buffer.size();
                m_ended.push_back(std::exchange(m_buffer, QByteArray()));
            }
            reopen();
            continue;
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        if (bytes < 0) {
            m_readError = Error { m_path.isEmpty()
                    ? Tr::tr("Cannot read standard input: %1; check the program feeding it.")
                          .arg(systemError(readErrno))
                    : Tr::tr("Cannot read %1: %2; check the program writing to it.")
                          .arg(QDir::toNativeSeparators(m_path), systemError(readErrno)) };
        }
        if (bytes <= 0) {
            m_eof = true;
            return;
        }
        m_buffer.append(chunk.constData(), bytes);
    }
}

void StdinSource::reopen()
{
    // The new descriptor before the old one is closed: the pipe keeps a reader, so a next writer does not
    // wait to open it, and what it writes meanwhile stays in the pipe. Opened while no writer has it, the new
    // descriptor reports no end until a writer has come and gone (Linux), so the wait is not a busy loop.
    const int fd = openWithoutWaiting(m_path);
    const int openErrno = errno;
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    Error problem;
    const QString shown = QDir::toNativeSeparators(m_path);
    if (fd < 0) {
        problem = Error { Tr::tr("Cannot open %1: %2; reading goes on once it can be opened again.")
                              .arg(shown, systemError(openErrno)) };
    } else if (!isNamedPipe(fd)) {
        ::close(fd);
        problem = Error { Tr::tr("%1 is no longer a named pipe: reading goes on once one is there again. To "
                                 "read a file at that path, start again.")
                              .arg(shown) };
    } else {
        m_fd = fd;
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pathError = problem;
}

bool StdinSource::pathReplaced() const
{
    struct stat ours
    {
    };
    struct stat atPath
    {
    };
    if (::fstat(m_fd, &ours) != 0) {
        return true;
    }
    return ::stat(QFile::encodeName(m_path).constData(), &atPath) != 0 || atPath.st_dev != ours.st_dev
        || atPath.st_ino != ours.st_ino;
}

bool StdinSource::waitForStop(int ms)
{
    pollfd wake { m_wake[0], POLLIN, 0 };
    const int ready = ::poll(&wake, m_wake[0] >= 0 ? 1 : 0, ms);
    if (ready > 0) {
        return false;
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    return !m_stopping;
}

} // namespace qad
