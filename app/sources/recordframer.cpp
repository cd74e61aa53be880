#include "sources/recordframer.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <utility>

namespace qad {

QList<SourceRecord> takeRecords(std::deque<SourceRecord> &queue, int max)
{
    QList<SourceRecord> records;
    const int count = std::min(std::max(max, 0), int(queue.size()));
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        records.append(std::move(queue.front()));
        queue.pop_front();
    }
    return records;
}

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::RecordFramer)
};

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isBlankLine(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), isBlank);
}

QString oversizedLine(qint64 line, qint64 bytes)
{
    return Tr::tr("line %1 is over 1 MiB (%2 bytes); split it or remove it").arg(line).arg(bytes);
}

QString oversizedElement(SourceFormat format, qint64 line, qint64 bytes)
{
    if (format == SourceFormat::Sequence) {
        return Tr::tr("the value starting on line %1 is over 1 MiB (%2 bytes); split it or remove it")
            .arg(line)
            .arg(bytes);
    }
    return Tr::tr("the array element starting on line %1 is over 1 MiB (%2 bytes); split it or remove it")
        .arg(line)
        .arg(bytes);
}
} // namespace

SourceFormat detectFormat(const char *bytes, qint64 size, qint64 offset, qint64 *index)
{
    constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";
    constexpr qint64 kByteOrderMarkSize = sizeof(kByteOrderMark) - 1;
    for (qint64 i = 0; i < size; ++i) {
        const qint64 at = offset + i;
        if (at < kByteOrderMarkSize && bytes[i] == kByteOrderMark[at]) {
            continue;
        }
        if (at == 0 && (uchar(bytes[i]) == 0xFF || uchar(bytes[i]) == 0xFE)) {
            *index = i;
            return SourceFormat::Utf16;
        }
        if (at == 0 && uchar(bytes[i]) == 0x1F) {
            *index = i;
            return SourceFormat::Gzip;
        }
        if (!isBlank(bytes[i])) {
            *index = i;
            return bytes[i] == '[' ? SourceFormat::JsonArray : SourceFormat::Ndjson;
        }
    }
    *index = -1;
    return SourceFormat::Unknown;
}

RecordFramer::RecordFramer(QString sourceName)
    : m_sourceName(std::move(sourceName))
{ }

void RecordFramer::reset(quint64 inode)
{
    m_inode = inode;
    m_format = SourceFormat::Unknown;
    m_state = State::Detecting;
    m_formatStart = -1;
    m_offset = 0;
    m_line = 0;
    m_firstOffset = 0;
    m_startsOver = true;
    clearRecord();
}

void RecordFramer::resumeAt(quint64 inode, SourceFormat format, qint64 offset, qint64 line, qint64 arrayStart)
{
    reset(inode);
    m_format = format;
    m_offset = offset;
    m_line = line;
    m_firstOffset = offset;
    m_startsOver = false; // reading goes on: the checkpoint describes these bytes
    switch (format) {
    case SourceFormat::Unknown:
        m_state = State::Detecting;
        break;
    case SourceFormat::Ndjson:
        m_state = State::Line;
        break;
    case SourceFormat::JsonArray:
        m_state = offset <= arrayStart + 1 ? State::ArrayFirst : State::AfterValue;
        break;
    case SourceFormat::Sequence:
        m_state = State::AfterValue; // a checkpoint follows a value
        break;
    case SourceFormat::Utf16:
    case SourceFormat::Gzip:
        m_state = State::Refused;
        break;
    }
}

QString RecordFramer::refusal() const
{
    if (m_state != State::Refused) {
        return {};
    }
    if (m_format == SourceFormat::Gzip) {
        return Tr::tr(
            "it is gzip-compressed, and profiles are read as JSON text. Decompress it first (`gunzip "
            "-k`), or stream it decompressed: `gunzip -c FILE | qadctl run ID --source -`.");
    }
    return Tr::tr(
        "it is UTF-16 text (it starts with a UTF-16 byte order mark), and profiles are read as UTF-8. "
        "Convert it first, for example with `iconv -f UTF-16 -t UTF-8`.");
}

void RecordFramer::feed(const char *data, qint64 size, std::deque<SourceRecord> &out)
{
    if (size <= 0) {
        return;
    }
    switch (m_state) {
    case State::Detecting:
        feedDetecting(data, size, out);
        break;
    case State::OpenBrace:
        feedOpenBrace(data, size, out);
        break;
    case State::Line:
        feedLines(data, size, out);
        break;
    case State::Refused:
        break;
    default:
        feedArray(data, size, out);
        break;
    }
}

void RecordFramer::finish(std::deque<SourceRecord> &out)
{
    if (m_state == State::OpenBrace) {
        // `{` and blanks, then the end: one line, and not JSON.
        m_format = SourceFormat::Ndjson;
        m_state = State::Line;
    }
    if (m_state == State::Line && (m_skipping || !m_record.isEmpty())) {
        const qint64 line = m_line + 1;
        if (m_skipping) {
            push(out, m_record, line, m_offset, m_line,
                oversizedLine(line, m_skippedBytes - (m_lastByteWasCr ? 1 : 0)));
        } else {
            QByteArray bytes = std::move(m_record);
            if (bytes.endsWith('\r')) {
                bytes.chop(1);
            }
            if (!isBlankLine(bytes)) {
                push(out, std::move(bytes), line, m_offset, m_line);
            }
        }
    } else if (m_state == State::InValue) {
        push(out, m_record.left(kRecordExcerptBytes), m_recordLine, m_offset, m_line,
            m_format == SourceFormat::Sequence
                ? Tr::tr("the value starting on line %1 is cut short: the input ends inside it; complete it")
                      .arg(m_recordLine)
                : Tr::tr("the array element starting on line %1 is cut short: the input ends inside it; "
                         "complete it and close the array with ]")
                      .arg(m_recordLine));
        m_state = State::AfterValue;
    } else if (m_format == SourceFormat::JsonArray && !isClosed() && m_offset > m_firstOffset) {
        // Every element was whole, but the `]` never came: a download or a copy that stopped early looks the
        // same. Said once, by the read that reached the end (a later run of the same file reads nothing).
        pushFramingError(out,
            Tr::tr("line %1: the input ends before the closing ] of the array; the file may be cut short. "
                   "Check that it was written whole, then close the array with ]")
                .arg(m_line + 1),
            m_offset);
    }
    clearRecord();
}

void RecordFramer::feedDetecting(const char *data, qint64 size, std::deque<SourceRecord> &out)
{
    qint64 index = -1;
    m_format = detectFormat(data, size, m_offset, &index);
    const qint64 blank = index < 0 ? size : index;
    m_line += std::count(data, data + blank, '\n');
    m_offset += blank;
    if (index < 0) {
        return;
    }
    m_formatStart = m_offset;
    if (m_format == SourceFormat::Utf16 || m_format == SourceFormat::Gzip) {
        m_state = State::Refused;
        return;
    }
    if (data[index] == '{') {
        m_format = SourceFormat::Unknown; // told at the end of the line
        m_state = State::OpenBrace;
        clearRecord();
        appendToRecord(data + index, 1, kMaxSourceRecordBytes + 1);
        m_recordLine = m_line + 1;
        m_offset += 1;
        feedOpenBrace(data + index + 1, size - index - 1, out);
        return;
    }
    if (m_format == SourceFormat::JsonArray) {
        m_state = State::ArrayFirst;
        m_offset += 1;
        feedArray(data + index + 1, size - index - 1, out);
    } else {
        m_state = State::Line;
        feedLines(data + index, size - index, out);
    }
}

// After the stream's first `{`: blanks up to the newline make a sequence (a pretty-printed object, the `{`
// the start of its value); anything else on the line makes it NDJSON (the `{` the start of its first line).
void RecordFramer::feedOpenBrace(const char *data, qint64 size, std::deque<SourceRecord> &out)
{
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\n') {
            appendToRecord(data, i, kMaxSourceRecordBytes);
            m_offset += i;
            m_format = SourceFormat::Sequence;
            m_state = State::InValue;
            m_kind = ValueKind::Container;
            m_depth = 1;
            m_inString = false;
            m_escaped = false;
            feedArray(data + i, size - i, out);
            return;
        }
        if (!isBlank(c)) {
            m_offset += i;
            m_format = SourceFormat::Ndjson;
            m_state = State::Line;
            appendToRecord(data, i, kMaxSourceRecordBytes + 1);
            feedLines(data + i, size - i, out);
            return;
        }
    }
    appendToRecord(data, size, kMaxSourceRecordBytes + 1);
    m_offset += size;
}

void RecordFramer::feedLines(const char *data, qint64 size, std::deque<SourceRecord> &out)
{
    qint64 pos = 0;
    while (pos < size) {
        const void *newline = std::memchr(data + pos, '\n', size_t(size - pos));
        if (!newline) {
            // A CR may still precede the newline to come: room for one more byte than the limit.
            appendToRecord(data + pos, size - pos, kMaxSourceRecordBytes + 1);
            m_offset += size - pos;
            return;
        }
        const qint64 end = static_cast<const char *>(newline) - data;
        m_offset += end - pos + 1;
        completeLine(data + pos, end - pos, out);
        pos = end + 1;
    }
}

void RecordFramer::completeLine(const char *data, qint64 size, std::deque<SourceRecord> &out)
{
    const qint64 line = ++m_line;
    if (!m_skipping && m_record.size() + size > kMaxSourceRecordBytes + 1) {
        appendToRecord(data, size, kMaxSourceRecordBytes + 1);
        size = 0;
    }
    if (m_skipping) {
        const bool cr = size > 0 ? data[size - 1] == '\r' : m_lastByteWasCr;
        const qint64 total = m_skippedBytes + size - (cr ? 1 : 0);
        push(out, std::move(m_record), line, m_offset, m_line, oversizedLine(line, total));
        clearRecord();
        return;
    }
    QByteArray bytes;
    if (m_record.isEmpty()) {
        bytes = QByteArray(data, size);
    } else {
        m_record.append(data, size);
        bytes = std::move(m_record);
        clearRecord();
    }
    if (bytes.endsWith('\r')) {
        bytes.chop(1);
    }
    if (bytes.size() > kMaxSourceRecordBytes) {
        const qint64 total = bytes.size();
        push(out, bytes.left(kRecordExcerptBytes), line, m_offset, m_line, oversizedLine(line, total));
    } else if (!isBlankLine(bytes)) {
        push(out, std::move(bytes), line, m_offset, m_line);
    }
}

// The elements of a JSON array, or (in a sequence) values one after another with no brackets or commas.
void RecordFramer::feedArray(const char *data, qint64 size, std::deque<SourceRecord> &out)
{
    const bool sequence = m_format == SourceFormat::Sequence;
    qint64 valueStart = 0; // where the element in progress starts in this chunk (0: in an earlier one)
    const auto begin = [&](qint64 i) {
        startValue(data[i]);
        m_recordLine = m_line + 1;
        valueStart = i;
    };
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];
        switch (m_state) {
        case State::ArrayFirst:
        case State::ArrayValue:
            if (isBlank(c)) {
                break;
            }
            if (c == ']') {
                if (m_state == State::ArrayValue) {
                    pushFramingError(out,
                        Tr::tr("line %1: a comma before the closing ] of the array has no element after it; "
                               "remove the comma")
                            .arg(m_line + 1),
                        m_offset + i);
                }
                closeArray(m_offset + i);
            } else if (c == ',') {
                // Checkpointed before the comma: read again from there, it is the comma after an element, and
                // what follows is read as it is now (a checkpoint after it would expect a comma next).
                pushFramingError(out,
                    Tr::tr("line %1: an array element is missing before this comma; remove the extra comma")
                        .arg(m_line + 1),
                    m_offset + i);
            } else {
                begin(i);
            }
            break;
        case State::InValue: {
            bool ends = false;
            bool inclusive = true;
            if (m_kind == ValueKind::Bare) {
                ends = isBlank(c) || c == ',' || c == ']';
                inclusive = false;
            } else if (m_inString) {
                if (m_escaped) {
                    m_escaped = false;
                } else if (c == '\\') {
                    m_escaped = true;
                } else if (c == '"') {
                    m_inString = false;
                    ends = m_depth == 0;
                }
            } else if (c == '"') {
                m_inString = true;
            } else if (c == '{' || c == '[') {
                ++m_depth;
            } else if (c == '}' || c == ']') {
                ends = --m_depth == 0;
            }
            if (!ends) {
                break;
            }
            const qint64 end = inclusive ? i + 1 : i;
            completeValue(data + valueStart, end - valueStart, m_offset + end, out);
            m_state = State::AfterValue;
            if (inclusive) {
                break;
            }
            // The byte that ended a bare value (a number, true…) is read as what follows the element.
            [[fallthrough]];
        }
        case State::AfterValue:
            if (isBlank(c)) {
                break;
            }
            if (sequence) {
                if (c == ',') {
                    pushFramingError(out,
                        Tr::tr("line %1: a comma between two values; remove it, or put the values in [ ]")
                            .arg(m_line + 1),
                        m_offset + i + 1);
                } else {
                    begin(i);
                }
                break;
            }
            if (c == ',') {
                m_state = State::ArrayValue;
            } else if (c == ']') {
                closeArray(m_offset + i);
            } else {
                // Reading on from here loses less than giving up on the rest of the file.
                pushFramingError(out,
                    Tr::tr("line %1: a comma is missing between two array elements; add it").arg(m_line + 1),
                    m_offset + i);
                begin(i);
            }
            break;
        case State::Closed:
            if (!isBlank(c)) {
                push(out, QByteArray(data + i, std::min(size - i, kRecordExcerptBytes)), m_line + 1,
                    m_closeOffset, m_closeLine,
                    Tr::tr("line %1: unexpected data after the closing ] of the array; remove it")
                        .arg(m_line + 1));
                m_state = State::Trailing;
            }
            break;
        case State::Trailing:
        case State::Detecting:
        case State::OpenBrace:
        case State::Line:
        case State::Refused:
            break;
        }
        if (c == '\n') {
            ++m_line;
        }
    }
    if (m_state == State::InValue) {
        appendToRecord(data + valueStart, size - valueStart, kMaxSourceRecordBytes);
    }
    m_offset += size;
}

// At the closing `]`: a checkpoint after it would be read on from as if the array were still open.
void RecordFramer::closeArray(qint64 offset)
{
    m_state = State::Closed;
    m_closeOffset = offset;
    m_closeLine = m_line;
}

void RecordFramer::startValue(char c)
{
    clearRecord();
    m_state = State::InValue;
    if (c == '{' || c == '[') {
        m_kind = ValueKind::Container;
        m_depth = 1;
    } else if (c == '"') {
        m_kind = ValueKind::String;
        m_inString = true;
    } else {
        m_kind = ValueKind::Bare;
    }
}

void RecordFramer::completeValue(
    const char *data, qint64 size, qint64 endOffset, std::deque<SourceRecord> &out)
{
    if (!m_skipping && m_record.size() + size <= kMaxSourceRecordBytes) {
        QByteArray bytes = m_record.isEmpty() ? QByteArray(data, size) : m_record + QByteArray(data, size);
        push(out, std::move(bytes), m_recordLine, endOffset, m_line);
    } else {
        appendToRecord(data, size, kMaxSourceRecordBytes);
        push(out, m_record, m_recordLine, endOffset, m_line,
            oversizedElement(m_format, m_recordLine, m_skippedBytes));
    }
    clearRecord();
}

void RecordFramer::appendToRecord(const char *data, qint64 size, qint64 room)
{
    if (size <= 0) {
        return;
    }
    if (!m_skipping && m_record.size() + size > room) {
        // Over the limit: keep an excerpt and a count, never the whole record.
        m_skipping = true;
        m_skippedBytes = m_record.size();
        if (m_record.size() < kRecordExcerptBytes) {
            m_record.append(data, std::min(size, kRecordExcerptBytes - m_record.size()));
        } else {
            m_record.truncate(kRecordExcerptBytes);
        }
        m_record.squeeze();
    }
    if (m_skipping) {
        m_skippedBytes += size;
    } else {
        m_record.append(data, size);
    }
    m_lastByteWasCr = data[size - 1] == '\r';
}

void RecordFramer::pushFramingError(std::deque<SourceRecord> &out, const QString &error, qint64 endOffset)
{
    push(out, {}, m_line + 1, endOffset, m_line, error);
}

void RecordFramer::push(std::deque<SourceRecord> &out, QByteArray bytes, qint64 line, qint64 endOffset,
    qint64 endLine, QString error)
{
    SourceRecord record;
    record.bytes = std::move(bytes);
    record.line = line;
    record.after.source = m_sourceName;
    record.after.inode = m_inode;
    record.after.offset = endOffset;
    record.after.line = endLine;
    record.error = std::move(error);
    record.startsOver = std::exchange(m_startsOver, false);
    out.push_back(std::move(record));
}

void RecordFramer::clearRecord()
{
    m_record.clear();
    m_skipping = false;
    m_skippedBytes = 0;
    m_lastByteWasCr = false;
    m_depth = 0;
    m_inString = false;
    m_escaped = false;
}

} // namespace qad
