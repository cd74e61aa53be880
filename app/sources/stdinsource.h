#pragma once

#include "sources/profilesource.h"
#include "sources/recordframer.h"

#include <QByteArray>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace qad {

// Standard input (or any readable descriptor), in any format RecordFramer reads. A reader thread does the
// blocking reads so read() never blocks; it pauses while a few MiB wait unread, so a fast producer cannot
// fill memory.
class StdinSource final : public ProfileSource
{
public:
    explicit StdinSource(int fd = 0);
    ~StdinSource() override;
    StdinSource(const StdinSource &) = delete;
    StdinSource &operator=(const StdinSource &) = delete;

    QString name() const override;
    QList<SourceRecord> read(int max) override;
    bool atEnd() const override;
    Expected<Resumed> resume(const SourcePosition &position) override;
    Error error() const override;
    QString takeNotice() override { return {}; }

private:
    void readLoop();

    int m_fd;
    int m_wake[2] = { -1, -1 }; // written to on destruction, to end a reader waiting for input
    RecordFramer m_framer;
    std::deque<SourceRecord> m_queue;
    bool m_finished = false; // the end of input reached the framer
    Error m_refused; // the input is not UTF-8 (the framer's refusal): nothing more is read

    // Shared with the reader thread.
    mutable std::mutex m_mutex;
    std::condition_variable m_drained;
    QByteArray m_buffer;
    bool m_eof = false;
    bool m_stopping = false;
    Error m_readError;

    std::thread m_reader;
};

} // namespace qad
