#pragma once

#include "sources/profilesource.h"

#include <QByteArray>
#include <QString>
#include <deque>

namespace qad {

// A record over this size is rejected without being held in memory (SPEC §4). The same limit as
// kMaxProfileBytes, repeated here because the sources do not link the profile reader.
inline constexpr qint64 kMaxSourceRecordBytes = 1024 * 1024;
// How much of a rejected oversized record is kept, so the rejects list can show what it was.
inline constexpr qint64 kRecordExcerptBytes = 200;

// Sequence: JSON values one after another, as `jq` prints them and as a pretty-printed profile file holds
// one; told by a first line that holds only `{` (which no NDJSON line can be). Refused as a whole, since
// every line of them would be: Utf16, a stream that opens with a UTF-16 byte order mark (0xFF or 0xFE, which
// UTF-8 never holds), and Gzip, one that opens with gzip's 0x1F (a control character no JSON text starts
// with).
enum class SourceFormat { Unknown, Ndjson, JsonArray, Sequence, Utf16, Gzip };

// The first non-blank byte of `bytes` tells the format: `[` a JSON array, anything else NDJSON (where it is
// `{`, RecordFramer then tells a sequence by the rest of the line). Returns its index in `index` (or -1 and
// Unknown when every byte is blank). `offset` is where `bytes` starts in the stream: a UTF-8 byte order mark
// opening the stream (Windows tools write one) is skipped like a blank.
SourceFormat detectFormat(const char *bytes, qint64 size, qint64 offset, qint64 *index);

// Moves up to `max` records from the front of `queue` into the returned list (what ProfileSource::read
// gives).
QList<SourceRecord> takeRecords(std::deque<SourceRecord> &queue, int max);

// Cuts a byte stream into profile records: NDJSON lines, the top-level elements of a JSON array, or the
// values of a sequence (pretty-printed objects one after another). Fed bytes in chunks of any size; holds
// only the record in progress (at most kMaxSourceRecordBytes, since a longer one is skipped and kept as an
// excerpt). Shared by the file and standard-input sources.
class RecordFramer
{
public:
    explicit RecordFramer(QString sourceName = {});

    // Starts over at byte 0 of a (new) stream whose identity is `inode`.
    void reset(quint64 inode);
    // Continues at a checkpoint: `offset` bytes and `line` lines already consumed, in `format` as detected
    // from the start of the same stream, whose `[` (for an array) is at `arrayStart`. An array checkpoint is
    // right after an element (or right after the `[`, or at the closing `]`: read from there, it closes the
    // array again).
    void resumeAt(quint64 inode, SourceFormat format, qint64 offset, qint64 line, qint64 arrayStart);

    // Appends the records completed by `size` more bytes to `out`.
    void feed(const char *data, qint64 size, std::deque<SourceRecord> &out);
    // The stream ended: a final NDJSON line without its newline is a record; an array element cut short, or
    // an array with no closing `]`, is rejected.
    void finish(std::deque<SourceRecord> &out);

    SourceFormat format() const { return m_format; }
    // Where the format was told: the offset of the stream's first byte that is not blank (the `[` of an
    // array), or -1 while the format is Unknown.
    qint64 formatStart() const { return m_format == SourceFormat::Unknown ? -1 : m_formatStart; }
    // Bytes consumed from the start of the stream.
    qint64 offset() const { return m_offset; }
    // True once the closing `]` of a JSON array was read.
    bool isClosed() const { return m_state == State::Closed || m_state == State::Trailing; }
    // Why the whole stream is refused (it is UTF-16 text), or empty. Nothing of it is framed then.
    QString refusal() const;

private:
    enum class State {
        Detecting,
        OpenBrace, // the stream starts with `{`: a sequence if nothing else is on that line, else NDJSON
        Line,
        ArrayFirst,
        ArrayValue,
        InValue,
        AfterValue,
        Closed,
        Trailing,
        Refused
    };
    enum class ValueKind { Container, String, Bare };

    void feedDetecting(const char *data, qint64 size, std::deque<SourceRecord> &out);
    void feedOpenBrace(const char *data, qint64 size, std::deque<SourceRecord> &out);
    void feedLines(const char *data, qint64 size, std::deque<SourceRecord> &out);
    void feedArray(const char *data, qint64 size, std::deque<SourceRecord> &out);

    void appendToRecord(const char *data, qint64 size, qint64 room);
    void completeLine(const char *data, qint64 size, std::deque<SourceRecord> &out);
    void closeArray(qint64 offset);
    void startValue(char c);
    void pushFramingError(std::deque<SourceRecord> &out, const QString &error, qint64 endOffset);
    void completeValue(const char *data, qint64 size, qint64 endOffset, std::deque<SourceRecord> &out);
    void push(std::deque<SourceRecord> &out, QByteArray bytes, qint64 line, qint64 endOffset, qint64 endLine,
        QString error = {});
    void clearRecord();

    QString m_sourceName;
    quint64 m_inode = 0;
    SourceFormat m_format = SourceFormat::Unknown;
    State m_state = State::Detecting;
    qint64 m_formatStart = -1;
    qint64 m_offset = 0; // bytes consumed before the chunk being fed
    qint64 m_line = 0; // newlines consumed
    qint64 m_firstOffset = 0; // where this read started (0, or a checkpoint)
    bool m_startsOver = false; // the next record is the first from byte 0 (SourceRecord::startsOver)

    // The record in progress: its bytes from earlier chunks, or (once over the limit) an excerpt and a count.
    QByteArray m_record;
    bool m_skipping = false;
    qint64 m_skippedBytes = 0;
    bool m_lastByteWasCr = false;
    qint64 m_recordLine = 0;

    // Where the closing `]` of an array is (its offset and the lines before it): the checkpoint of what is
    // found after it. Read again from there, the array is closed again, and what follows it stays ignored.
    qint64 m_closeOffset = 0;
    qint64 m_closeLine = 0;

    // Scanning a JSON-array element.
    ValueKind m_kind = ValueKind::Bare;
    qint64 m_depth = 0;
    bool m_inString = false;
    bool m_escaped = false;
};

} // namespace qad
