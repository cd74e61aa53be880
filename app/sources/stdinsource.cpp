#include "sources/stdinsource.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace qad {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::StdinSource)
};

constexpr qsizetype kReadBytes = 64 * 1024;
// The reader waits while this much is unread: enough to keep the consumer busy, bounded in memory.
constexpr qsizetype kMaxBufferedBytes = 4 * 1024 * 1024;
} // namespace

StdinSource::StdinSource(int fd)
    : m_fd(fd)
    , m_framer(QStringLiteral("-"))
{
    m_framer.reset(0);
    if (::pipe2(m_wake, O_CLOEXEC) != 0) {
        m_wake[0] = m_wake[1] = -1;
    }
    m_reader = std::thread([this] { readLoop(); });
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
}

QString StdinSource::name() const
{
    return QStringLiteral("-");
}

QList<SourceRecord> StdinSource::read(int max)
{
    if (int(m_queue.size()) < max && !m_finished) {
        QByteArray bytes;
        bool eof = false;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            bytes.swap(m_buffer);
            eof = m_eof;
        }
        m_drained.notify_all();
        m_framer.feed(bytes.constData(), bytes.size(), m_queue);
        if (const QString refusal = m_framer.refusal(); !refusal.isEmpty()) {
            m_refused = Error { Tr::tr("Cannot read standard input: %1").arg(refusal) };
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
    return Error { Tr::tr("Standard input cannot be resumed from a checkpoint; read from a file to continue "
                          "where a previous run stopped.") };
}

Error StdinSource::error() const
{
    if (!m_refused.isNull()) {
        return m_refused;
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_readError;
}

void StdinSource::readLoop()
{
    QByteArray chunk(kReadBytes, Qt::Uninitialized);
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_drained.wait(lock, [this] { return m_stopping || m_buffer.size() < kMaxBufferedBytes; });
            if (m_stopping) {
                return;
            }
        }
        // Wait for input or for the destructor, whichever comes first.
        pollfd fds[2] = { { m_fd, POLLIN, 0 }, { m_wake[0], POLLIN, 0 } };
        const int ready = ::poll(fds, m_wake[0] >= 0 ? 2 : 1, -1);
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (fds[1].revents != 0) {
            return;
        }
        const ssize_t bytes = ready < 0 ? -1 : ::read(m_fd, chunk.data(), size_t(chunk.size()));
        const int readErrno = errno;
        if (bytes < 0 && (readErrno == EINTR || readErrno == EAGAIN)) {
            continue;
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        if (bytes < 0) {
            m_readError = Error { Tr::tr("Cannot read standard input: %1; check the program feeding it.")
                                      .arg(QString::fromLocal8Bit(std::strerror(readErrno))) };
        }
        if (bytes <= 0) {
            m_eof = true;
            return;
        }
        m_buffer.append(chunk.constData(), bytes);
    }
}

} // namespace qad
