#pragma once

#include "sources/profilesource.h"
#include "sources/recordframer.h"

#include <QByteArray>
#include <QString>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace qad {

// Standard input (or any readable descriptor), or a path that is not a regular file (a named pipe, `<(…)`'s
// /dev/fd/N, a character device), in any format RecordFramer reads. A reader thread does the blocking waits
// so read() never blocks; it pauses while a few MiB wait unread, so a fast producer cannot fill memory.
class StdinSource final : public ProfileSource
{
public:
    // Reads `fd` (not closed here): standard input unless told otherwise.
    explicit StdinSource(int fd = 0);
    // Opens `path` without waiting for a writer. Followed, a named pipe is opened again each time its writer
    // closes it, and the next writer's stream is read (like `tail -F` on the path); otherwise its first
    // writer's end is the end. Fails when the path cannot be opened.
    static Expected<std::unique_ptr<StdinSource>> open(const QString &path, const SourceOptions &options);
    ~StdinSource() override;
    StdinSource(const StdinSource &) = delete;
    StdinSource &operator=(const StdinSource &) = delete;

    QString name() const override;
    QList<SourceRecord> read(int max) override;
    bool atEnd() const override;
    // Standard input: an error. A path: Resumed::FromStart, since a pipe cannot seek and all it gives is new.
    Expected<Resumed> resume(const SourcePosition &position) override;
    Error error() const override;
    QString takeNotice() override { return {}; }

private:
    StdinSource(int fd, QString path, bool reopen);

    void readLoop();
    // Followed named pipe, after its writer closed it (or while it cannot be opened): opens the path again.
    // On the reader thread.
    void reopen();
    // Followed named pipe: the path names another file than the one open (or none).
    bool pathReplaced() const;
    // Waits `ms` for the destructor; false when it came.
    bool waitForStop(int ms);
    QString refusalMessage(const QString &refusal) const;

    int m_fd;
    bool m_ownsFd = false; // opened from a path: closed here
    QString m_path; // empty for standard input
    bool m_reopen = false; // a followed named pipe
    int m_wake[2] = { -1, -1 }; // written to on destruction, to end a reader waiting for input
    RecordFramer m_framer;
    std::deque<SourceRecord> m_queue;
    bool m_finished = false; // the end of input reached the framer
    Error m_refused; // the input is not UTF-8 (the framer's refusal): nothing more is read

    // Shared with the reader thread.
    mutable std::mutex m_mutex;
    std::condition_variable m_drained;
    QByteArray m_buffer; // the current writer's bytes not read yet
    // Followed named pipe: the last bytes of each writer that closed since the last read(), in order; each is
    // a stream of its own (framed, then finished).
    std::deque<QByteArray> m_ended;
    qsizetype m_endedBytes = 0;
    bool m_eof = false;
    bool m_stopping = false;
    Error m_readError;
    Error m_pathError; // followed named pipe that cannot be opened again for now: waited out

    std::thread m_reader;
};

} // namespace qad
