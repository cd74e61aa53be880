#pragma once

#include "sources/profilesource.h"
#include "sources/recordframer.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <deque>
#include <memory>

namespace qad {

// An NDJSON or JSON-array file, read in chunks so a file of any size costs only the record in progress.
// Followed like `tail -F`: waits for growth, for a path that does not exist yet or vanished, and starts over
// on rotation (the path names another file) or truncation (the file shrank below what was read).
class FileSource final : public ProfileSource
{
public:
    // Fails when the file cannot be opened, unless it is followed and does not exist yet.
    static Expected<std::unique_ptr<FileSource>> open(const QString &path, const SourceOptions &options);

    QString name() const override { return m_path; }
    QList<SourceRecord> read(int max) override;
    bool atEnd() const override;
    Status resume(const SourcePosition &position) override;
    Error error() const override { return m_error.isNull() ? m_pathError : m_error; }

private:
    FileSource(QString path, const SourceOptions &options);

    Status openFile();
    void startOver();
    // Reads one chunk into the framer: bytes read, 0 at the end of the file, -1 on a read error.
    qint64 readChunk();
    // At the end of a followed file: acts on rotation or truncation; true when there may be more to read.
    bool followPath();

    QString m_path;
    SourceOptions m_options;
    QFile m_file;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    QByteArray m_chunk;
    RecordFramer m_framer;
    std::deque<SourceRecord> m_queue;
    bool m_finished = false; // a file that is not followed was read to its end
    Error m_error; // reading stopped
    // Followed: the path names something that cannot be opened (a directory, no permission). Waited on like a
    // missing file, like `tail -F`: reading goes on once it can be opened.
    Error m_pathError;
};

} // namespace qad
