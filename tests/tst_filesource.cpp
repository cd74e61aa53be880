// Profile sources (SPEC §4): NDJSON and JSON-array files, followed like `tail -F`, checkpoints, standard
// input.

#include "filepermissionsapply.h"
#include "sourcerecords.h"
#include "sources/filesource.h"
#include "sources/profilesource.h"
#include "sources/recordframer.h"
#include "sources/stdinsource.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace qad;
using qad::test::bytesOf;

namespace {

void write(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::Truncate)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | mode), qPrintable(f.errorString()));
    QCOMPARE(f.write(bytes), bytes.size());
}

quint64 inodeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? quint64(st.st_ino) : 0;
}

void append(const QString &path, const QByteArray &bytes)
{
    write(path, bytes, QIODevice::Append);
}

// Sets when `path` was last written (seconds since the epoch): what tells rotations apart by age.
void setModified(const QString &path, qint64 seconds)
{
    const timespec times[2] = { { time_t(seconds), 0 }, { time_t(seconds), 0 } };
    QVERIFY2(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0, qPrintable(path));
}

std::unique_ptr<ProfileSource> open(const QString &path, bool follow = false)
{
    auto source = openProfileSource(path, SourceOptions { follow });
    if (!source) {
        qWarning("%s", qPrintable(source.error().message));
        return nullptr;
    }
    return std::move(source).value();
}

QList<qint64> linesOf(const QList<SourceRecord> &records)
{
    QList<qint64> result;
    for (const auto &record : records) {
        result.append(record.line);
    }
    return result;
}

QStringList errorsOf(const QList<SourceRecord> &records)
{
    QStringList result;
    for (const auto &record : records) {
        result.append(record.error);
    }
    return result;
}

// What a checkpoint at `offset` of `content` must carry as its digest.
quint64 digestBefore(const QByteArray &content, qint64 offset)
{
    const qint64 count = std::min(offset, kSourceDigestBytes);
    return sourceDigest(QByteArrayView(content).sliced(offset - count, count));
}

QByteArray numberedLines(const char *key, int first, int last, int padding = 0)
{
    QByteArray lines;
    for (int i = first; i <= last; ++i) {
        lines += "{\"" + QByteArray(key) + "\":" + QByteArray::number(i);
        if (padding > 0) {
            lines += ",\"pad\":\"" + QByteArray(padding, 'x') + '"';
        }
        lines += "}\n";
    }
    return lines;
}

// The records numberedLines() writes, as read.
QList<QByteArray> numbered(const char *key, int first, int last)
{
    QList<QByteArray> records = numberedLines(key, first, last).split('\n');
    records.removeLast();
    return records;
}

QList<qint64> lineNumbers(qint64 first, qint64 last)
{
    QList<qint64> lines;
    for (qint64 line = first; line <= last; ++line) {
        lines.append(line);
    }
    return lines;
}

QList<SourceRecord> framed(const QByteArray &input, qint64 chunk)
{
    RecordFramer framer(QStringLiteral("test"));
    framer.reset(1);
    std::deque<SourceRecord> out;
    for (qint64 i = 0; i < input.size(); i += chunk) {
        framer.feed(input.constData() + i, std::min(chunk, input.size() - i), out);
    }
    framer.finish(out);
    return QList<SourceRecord>(std::make_move_iterator(out.begin()), std::make_move_iterator(out.end()));
}

} // namespace

class TestFileSource : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void ndjson_data();
    void ndjson();
    void finalLineWaitsForItsNewlineWhenFollowed();
    void lineOverOneMebibyte_data();
    void lineOverOneMebibyte();
    void jsonArray_data();
    void jsonArray();
    void arrayElementOverOneMebibyte();
    void sequence_data();
    void sequence();
    void chunkBoundariesDoNotMatter_data();
    void chunkBoundariesDoNotMatter();
    void readReturnsAtMostMax();
    void recordsWithNoByteBetweenShareACheckpoint_data();
    void recordsWithNoByteBetweenShareACheckpoint();
    void theFirstRecordFromByteZeroStartsOver();

    void resumeContinuesAfterTheCheckpoint_data();
    void resumeContinuesAfterTheCheckpoint();
    void resumeStartsOverWhenTheFileChanged_data();
    void resumeStartsOverWhenTheFileChanged();
    void resumeReadsTheRestOfAFileRotatedBesideIt_data();
    void resumeReadsTheRestOfAFileRotatedBesideIt();
    void resumeSaysWhenTheRotatedFileIsGone_data();
    void resumeSaysWhenTheRotatedFileIsGone();
    void resumeReadsTheFilesRotatedInBetween_data();
    void resumeReadsTheFilesRotatedInBetween();
    void resumeInAFileRotatedInBetween();
    void resumeSaysWhichFilesRotatedInBetweenCannotBeRead_data();
    void resumeSaysWhichFilesRotatedInBetweenCannotBeRead();
    void sourceDigestIsTheStartOfSha1_data();
    void sourceDigestIsTheStartOfSha1();
    void checkpointDigestCoversTheBytesBeforeIt_data();
    void checkpointDigestCoversTheBytesBeforeIt();
    void checkpointDigestOfARecordFromAnEarlierChunk();
    void resumeStartsOverWhenRewrittenInPlace_data();
    void resumeStartsOverWhenRewrittenInPlace();
    void resumeContinuesAfterLinesAddedInPlace_data();
    void resumeContinuesAfterLinesAddedInPlace();
    void resumeWithoutADigestReadsOnAsBefore();
    void anUnclosedArrayIsToldOnceAndClosingItLaterIsFine();
    void resumeAfterTheArrayClosedReadsNothingNew_data();
    void resumeAfterTheArrayClosedReadsNothingNew();
    void resumeAtAnExtraCommaReadsWhatFollowedIt_data();
    void resumeAtAnExtraCommaReadsWhatFollowedIt();

    void followReadsAppendedLines();
    void followSurvivesRotation();
    void followReadsTheFilesRotatedInBetween();
    void followSaysNothingOfTheCompressedCopyOfItsFile_data();
    void followSaysNothingOfTheCompressedCopyOfItsFile();
    void followSurvivesTruncation();
    void followStartsOverWhenRewrittenInPlace();
    void followWaitsForAVanishedPath();
    void anUnreadableFileIsAnErrorNamingIt();
    void followWaitsForAPathThatDoesNotExistYet();
    void followWaitsForAPathThatCannotBeOpened();
    void missingFileIsAnError();
    void encodedOrCompressedInputIsRefusedAsAWhole_data();
    void encodedOrCompressedInputIsRefusedAsAWhole();

    void standardInputOnAPipe();
    void standardInputAsAJsonArray();
    void standardInputCannotResume();
    void standardInputInUtf16IsRefused();
    void openNamesTheSource();

    void throughput();

private:
    void readsAsTheRowSays();

    // f.ndjson read to p34; p35–p39 written, then rotated to f.ndjson`suffixes[0]`, then twice more, to
    // f.ndjson`suffixes[1]` with p40–p44 and to f.ndjson`suffixes[2]` with p50–p54; p60–p61 written to the
    // file at the path now. Each last written 1000 s after the one before, or all at the same time. Returns
    // the checkpoint saved after p34.
    SourcePosition rotateThreeTimes(const QStringList &suffixes, bool follow, bool sameTime = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestFileSource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFileSource::ndjson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("records");
    QTest::addColumn<QList<qint64>>("lines");

    QTest::newRow("lines") << QByteArray("{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n")
                           << QList<QByteArray> { "{\"a\":1}", "{\"a\":2}", "{\"a\":3}" }
                           << QList<qint64> { 1, 2, 3 };
    QTest::newRow("crlf") << QByteArray("{\"a\":1}\r\n{\"a\":2}\r\n")
                          << QList<QByteArray> { "{\"a\":1}", "{\"a\":2}" } << QList<qint64> { 1, 2 };
    QTest::newRow("blank lines counted")
        << QByteArray("\n{\"a\":1}\n\n  \t\r\n{\"a\":2}\n\n")
        << QList<QByteArray> { "{\"a\":1}", "{\"a\":2}" } << QList<qint64> { 2, 5 };
    QTest::newRow("final line without newline")
        << QByteArray("{\"a\":1}\n{\"a\":2}") << QList<QByteArray> { "{\"a\":1}", "{\"a\":2}" }
        << QList<qint64> { 1, 2 };
    QTest::newRow("not json is still a record")
        << QByteArray("nope\n{\"a\":1}\n") << QList<QByteArray> { "nope", "{\"a\":1}" }
        << QList<qint64> { 1, 2 };
    QTest::newRow("byte order mark") // as Windows tools write it: not part of the first record
        << QByteArray("\xEF\xBB\xBF{\"a\":1}\n{\"a\":2}\n") << QList<QByteArray> { "{\"a\":1}", "{\"a\":2}" }
        << QList<qint64> { 1, 2 };
    QTest::newRow("a byte order mark later is data")
        << QByteArray("{\"a\":1}\n\xEF\xBB\xBF{\"a\":2}\n")
        << QList<QByteArray> { "{\"a\":1}", "\xEF\xBB\xBF{\"a\":2}" } << QList<qint64> { 1, 2 };
    QTest::newRow("empty file") << QByteArray() << QList<QByteArray> {} << QList<qint64> {};
    QTest::newRow("only blank lines") << QByteArray("\n \n\r\n") << QList<QByteArray> {} << QList<qint64> {};
}

void TestFileSource::ndjson()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, records);
    QFETCH(QList<qint64>, lines);
    write(path(QStringLiteral("in.ndjson")), input);

    auto source = open(path(QStringLiteral("in.ndjson")));
    QVERIFY(source);
    QVERIFY(!source->atEnd());
    const auto read = source->read(100);
    QCOMPARE(bytesOf(read), records);
    QCOMPARE(linesOf(read), lines);
    QCOMPARE(errorsOf(read).join(QString()), QString());
    QVERIFY(source->atEnd());
    QVERIFY(source->read(100).isEmpty());
    QVERIFY(source->error().isNull());
    if (!read.isEmpty()) {
        // The checkpoint covers the last record and its newline, not the blank lines after it.
        const qsizetype newline = input.indexOf('\n', input.lastIndexOf(records.last()));
        QCOMPARE(read.last().after.offset, newline < 0 ? input.size() : newline + 1);
        QCOMPARE(read.last().after.line, input.left(newline < 0 ? input.size() : newline + 1).count('\n'));
    }
}

void TestFileSource::finalLineWaitsForItsNewlineWhenFollowed()
{
    const QString file = path(QStringLiteral("in.ndjson"));
    write(file, "{\"a\":1}\n{\"a\":");
    auto source = open(file, true);
    QVERIFY(source);
    QCOMPARE(bytesOf(source->read(10)), QList<QByteArray> { "{\"a\":1}" });
    QVERIFY(source->read(10).isEmpty());
    QVERIFY(!source->atEnd());

    append(file, "2}");
    QVERIFY(source->read(10).isEmpty());
    append(file, "\n");
    const auto records = source->read(10);
    QCOMPARE(bytesOf(records), QList<QByteArray> { "{\"a\":2}" });
    QCOMPARE(records.first().line, 2);
    QVERIFY(!source->atEnd());
}

void TestFileSource::lineOverOneMebibyte_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("lf") << QByteArray("\n");
    QTest::newRow("crlf") << QByteArray("\r\n");
}

void TestFileSource::lineOverOneMebibyte()
{
    QFETCH(QByteArray, eol);
    const QByteArray huge = "{\"a\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}";
    const QByteArray exactlyAtLimit = "\"" + QByteArray(kMaxSourceRecordBytes - 2, 'y') + "\"";
    write(path(QStringLiteral("in.ndjson")),
        "{\"a\":1}" + eol + huge + eol + "{\"a\":3}" + eol + exactlyAtLimit + eol + huge);

    auto source = open(path(QStringLiteral("in.ndjson")));
    QVERIFY(source);
    const auto records = source->read(100);
    QCOMPARE(records.size(), 5);
    QCOMPARE(linesOf(records), (QList<qint64> { 1, 2, 3, 4, 5 }));

    QCOMPARE(records[1].error,
        QStringLiteral("line 2 is over 1 MiB (%1 bytes); split it or remove it").arg(huge.size()));
    QVERIFY(records[1].bytes.size() <= kRecordExcerptBytes);
    QVERIFY(records[1].bytes.startsWith("{\"a\":\"xxx"));
    QCOMPARE(records[2].bytes, QByteArray("{\"a\":3}"));
    QVERIFY(records[2].error.isEmpty());
    QVERIFY(records[3].error.isEmpty());
    QCOMPARE(records[3].bytes.size(), kMaxSourceRecordBytes);
    // The final line, over the limit and without a newline.
    QCOMPARE(records[4].error,
        QStringLiteral("line 5 is over 1 MiB (%1 bytes); split it or remove it").arg(huge.size()));
    QVERIFY(records[4].bytes.size() <= kRecordExcerptBytes);
    QVERIFY(source->atEnd());
}

void TestFileSource::jsonArray_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("records");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QStringList>("errors");

    const QStringList none { QString(), QString() };
    QTest::newRow("one line") << QByteArray("[{\"a\":1},{\"a\":2}]")
                              << QList<QByteArray> { "{\"a\":1}", "{\"a\":2}" } << QList<qint64> { 1, 1 }
                              << none;
    QTest::newRow("spanning lines") << QByteArray("\n  [\n  {\n    \"a\": 1\n  },\n  {\"a\":\n 2}\n]\n")
                                    << QList<QByteArray> { "{\n    \"a\": 1\n  }", "{\"a\":\n 2}" }
                                    << QList<qint64> { 3, 6 } << none;
    QTest::newRow("nested and tricky strings")
        << QByteArray(
               "[{\"a\":[1,[2]],\"b\":{\"c\":\"]}[{,\"}},\n{\"q\":\"say \\\"]\\\" \\\\\",\"r\":\"\\\\\"}]")
        << QList<QByteArray> { "{\"a\":[1,[2]],\"b\":{\"c\":\"]}[{,\"}}",
               "{\"q\":\"say \\\"]\\\" \\\\\",\"r\":\"\\\\\"}" }
        << QList<qint64> { 1, 2 } << none;
    QTest::newRow("scalars are records")
        << QByteArray("[1, \"two\", true ,null\n]") << QList<QByteArray> { "1", "\"two\"", "true", "null" }
        << QList<qint64> { 1, 1, 1, 1 } << QStringList { QString(), QString(), QString(), QString() };
    QTest::newRow("after a byte order mark")
        << QByteArray("\xEF\xBB\xBF\n[{\"a\":1},\n{\"a\":2}]")
        << QList<QByteArray> { "{\"a\":1}", "{\"a\":2}" } << QList<qint64> { 2, 3 } << none;
    QTest::newRow("empty") << QByteArray("[]") << QList<QByteArray> {} << QList<qint64> {} << QStringList {};
    QTest::newRow("empty with blanks")
        << QByteArray(" [\n ]\n\n") << QList<QByteArray> {} << QList<qint64> {} << QStringList {};
    QTest::newRow("garbage after the array")
        << QByteArray("[{\"a\":1}]\n\nmore") << QList<QByteArray> { "{\"a\":1}", "more" }
        << QList<qint64> { 1, 3 }
        << QStringList { QString(),
               QStringLiteral("line 3: unexpected data after the closing ] of the array; remove it") };
    QTest::newRow("missing comma")
        << QByteArray("[{\"a\":1}\n{\"a\":2}]") << QList<QByteArray> { "{\"a\":1}", "", "{\"a\":2}" }
        << QList<qint64> { 1, 2, 2 }
        << QStringList { QString(),
               QStringLiteral("line 2: a comma is missing between two array elements; add it"), QString() };
    QTest::newRow("trailing comma")
        << QByteArray("[{\"a\":1},\n]") << QList<QByteArray> { "{\"a\":1}", "" } << QList<qint64> { 1, 2 }
        << QStringList { QString(),
               QStringLiteral(
                   "line 2: a comma before the closing ] of the array has no element after it; remove "
                   "the comma") };
    QTest::newRow("cut short") << QByteArray("[{\"a\":1},\n{\"a\":")
                               << QList<QByteArray> { "{\"a\":1}", "{\"a\":" } << QList<qint64> { 1, 2 }
                               << QStringList { QString(),
                                      QStringLiteral(
                                          "the array element starting on line 2 is cut short: the input "
                                          "ends inside it; complete it and close the array with ]") };
    // Every element whole, the `]` missing: the elements are read, and the end is said to be missing.
    const auto notClosed = [](int line) {
        return QStringLiteral(
            "line %1: the input ends before the closing ] of the array; the file may be cut "
            "short. Check that it was written whole, then close the array with ]")
            .arg(line);
    };
    QTest::newRow("not closed") << QByteArray("[{\"a\":1},\n{\"a\":2}\n")
                                << QList<QByteArray> { "{\"a\":1}", "{\"a\":2}", "" }
                                << QList<qint64> { 1, 2, 3 }
                                << QStringList { QString(), QString(), notClosed(3) };
    QTest::newRow("not closed after a comma")
        << QByteArray("[{\"a\":1},") << QList<QByteArray> { "{\"a\":1}", "" } << QList<qint64> { 1, 1 }
        << QStringList { QString(), notClosed(1) };
    QTest::newRow("only the bracket") << QByteArray("\n[\n") << QList<QByteArray> { "" }
                                      << QList<qint64> { 3 } << QStringList { notClosed(3) };
}

// The rows' input, read whole: its records, their lines and their errors (columns input, records, lines,
// errors).
void TestFileSource::readsAsTheRowSays()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, records);
    QFETCH(QList<qint64>, lines);
    QFETCH(QStringList, errors);
    write(path(QStringLiteral("in.json")), input);

    auto source = open(path(QStringLiteral("in.json")));
    QVERIFY(source);
    const auto read = source->read(100);
    QCOMPARE(bytesOf(read), records);
    QCOMPARE(linesOf(read), lines);
    QCOMPARE(errorsOf(read), errors);
    QVERIFY(source->atEnd());
}

void TestFileSource::jsonArray()
{
    readsAsTheRowSays();
}

void TestFileSource::arrayElementOverOneMebibyte()
{
    const QByteArray huge = "{\"a\":\n\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}";
    write(path(QStringLiteral("in.json")), "[{\"a\":1},\n" + huge + ",\n{\"a\":3}]");
    auto source = open(path(QStringLiteral("in.json")));
    QVERIFY(source);
    const auto records = source->read(100);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[1].line, 2);
    QCOMPARE(records[1].error,
        QStringLiteral("the array element starting on line 2 is over 1 MiB (%1 bytes); split it or remove it")
            .arg(huge.size()));
    QVERIFY(records[1].bytes.size() <= kRecordExcerptBytes);
    QCOMPARE(records[2].bytes, QByteArray("{\"a\":3}"));
    QCOMPARE(records[2].line, 4);
}

void TestFileSource::sequence_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("records");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("one pretty-printed object") // as the XDM example files hold one
        << QByteArray("{\n  \"identityMap\": {\n    \"Email\": [{\"id\": \"a@example.com\"}]\n  }\n}\n")
        << QList<
               QByteArray> { "{\n  \"identityMap\": {\n    \"Email\": [{\"id\": \"a@example.com\"}]\n  }\n}" }
        << QList<qint64> { 1 } << QStringList { QString() };
    QTest::newRow("objects one after another, as jq prints them")
        << QByteArray(
               "\r\n{ \r\n  \"a\": \"}{\\\"\"\r\n}\r\n{\n  \"b\": [\n    1\n  ]\n}\n{\"c\":3} {\"d\":4}")
        << QList<QByteArray> { "{ \r\n  \"a\": \"}{\\\"\"\r\n}", "{\n  \"b\": [\n    1\n  ]\n}", "{\"c\":3}",
               "{\"d\":4}" }
        << QList<qint64> { 2, 5, 10, 10 } << QStringList { QString(), QString(), QString(), QString() };
    QTest::newRow("a comma between two values")
        << QByteArray("{\n\"a\":1\n},\n{\"b\":2}\n") << QList<QByteArray> { "{\n\"a\":1\n}", "", "{\"b\":2}" }
        << QList<qint64> { 1, 3, 4 }
        << QStringList { QString(),
               QStringLiteral("line 3: a comma between two values; remove it, or put the values in [ ]"),
               QString() };
    QTest::newRow("cut short") << QByteArray("{\n\"a\":1\n}\n{\n\"b\":")
                               << QList<QByteArray> { "{\n\"a\":1\n}", "{\n\"b\":" } << QList<qint64> { 1, 4 }
                               << QStringList { QString(),
                                      QStringLiteral("the value starting on line 4 is cut short: the input "
                                                     "ends inside it; complete it") };
    // Anything after the `{` on the first line makes it NDJSON: a broken first line costs that line only.
    QTest::newRow("an NDJSON line that starts with {")
        << QByteArray("{ \"a\": 1 }\n{\"b\":2}\n") << QList<QByteArray> { "{ \"a\": 1 }", "{\"b\":2}" }
        << QList<qint64> { 1, 2 } << QStringList { QString(), QString() };
    QTest::newRow("a broken first NDJSON line")
        << QByteArray("{not json\n{\"b\":2}\n") << QList<QByteArray> { "{not json", "{\"b\":2}" }
        << QList<qint64> { 1, 2 } << QStringList { QString(), QString() };
    QTest::newRow("only {") << QByteArray("{  ") << QList<QByteArray> { "{  " } << QList<qint64> { 1 }
                            << QStringList { QString() };
}

void TestFileSource::sequence()
{
    readsAsTheRowSays(); // the same columns as jsonArray()
}

void TestFileSource::chunkBoundariesDoNotMatter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("ndjson") << QByteArray("\n{\"a\":1}\r\n\n{\"a\":2}\n  {\"b\": [1]}");
    QTest::newRow("array") << QByteArray(
        " [ {\"a\":[1,{\"b\":\"]\\\"\"}]} ,\n 12 ,\"x\\\\\"\n,{\"c\":\n\"}\"}\n,true]\nx");
    QTest::newRow("array after a byte order mark") << QByteArray("\xEF\xBB\xBF [{\"a\":1},\n2]");
    QTest::newRow("sequence") << QByteArray(" { \r\n\"a\": \"}\\\"\"\n}\n{\"b\":[1,\n{}]} 7 ,\n{\"c\":\n3}");
    QTest::newRow("ndjson starting with {") << QByteArray("{ \"a\":1}\n{\n{\"b\":2}");
}

void TestFileSource::chunkBoundariesDoNotMatter()
{
    QFETCH(QByteArray, input);
    const auto whole = framed(input, input.size());
    QVERIFY(!whole.isEmpty());
    for (qint64 chunk : { 1, 2, 3, 7 }) {
        const auto pieces = framed(input, chunk);
        QCOMPARE(bytesOf(pieces), bytesOf(whole));
        QCOMPARE(linesOf(pieces), linesOf(whole));
        QCOMPARE(errorsOf(pieces), errorsOf(whole));
        for (int i = 0; i < whole.size(); ++i) {
            QCOMPARE(pieces[i].after.offset, whole[i].after.offset);
            QCOMPARE(pieces[i].after.line, whole[i].after.line);
        }
    }
}

void TestFileSource::recordsWithNoByteBetweenShareACheckpoint_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<qint64>>("offsets");
    QTest::addColumn<QStringList>("errors");

    const QString missingComma
        = QStringLiteral("line 1: a comma is missing between two array elements; add it");
    QTest::newRow("}{ in an array") << QByteArray("[{\"a\":1}{\"b\":2}]") << QList<qint64> { 8, 8, 15 }
                                    << QStringList { QString(), missingComma, QString() };
    QTest::newRow("data right after the ]")
        << QByteArray("[{\"a\":1}]x") << QList<qint64> { 8, 8 }
        << QStringList { QString(),
               QStringLiteral("line 1: unexpected data after the closing ] of the array; remove it") };
    // Elsewhere `}{` gives no equal offsets: an NDJSON line is one record, a sequence needs no comma.
    QTest::newRow("}{ on an NDJSON line")
        << QByteArray("{\"a\":1}{\"b\":2}\n") << QList<qint64> { 15 } << QStringList { QString() };
    QTest::newRow("}{ in a sequence") << QByteArray("{\n\"a\":1\n}{\"b\":2}") << QList<qint64> { 9, 16 }
                                      << QStringList { QString(), QString() };
}

// A framing error found right where the record before it ends is checkpointed there too, so that reading
// again from that checkpoint finds it again (and the ingestor skips it as seen). Only the first record read
// from byte 0 starts over: equal offsets within one reading are no sign of a file read again.
void TestFileSource::recordsWithNoByteBetweenShareACheckpoint()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<qint64>, offsets);
    QFETCH(QStringList, errors);
    for (qint64 chunk : { qint64(1), input.size() }) {
        const auto records = framed(input, chunk);
        QList<qint64> found;
        for (const SourceRecord &record : records) {
            found.append(record.after.offset);
            QCOMPARE(record.startsOver, found.size() == 1);
        }
        QCOMPARE(found, offsets);
        QCOMPARE(errorsOf(records), errors);
    }
}

// Reading a stream from its byte 0 is told on its first record (SourceRecord::startsOver); reading on from a
// checkpoint is not.
void TestFileSource::theFirstRecordFromByteZeroStartsOver()
{
    const QString file = path(QStringLiteral("in.ndjson"));
    write(file, "{\"n\":1}\n{\"n\":2}\n");
    const auto startsOver = [](const QList<SourceRecord> &records) {
        QList<bool> result;
        for (const SourceRecord &record : records) {
            result.append(record.startsOver);
        }
        return result;
    };
    SourcePosition checkpoint;
    {
        auto source = open(file);
        QVERIFY(source);
        const auto first = source->read(1);
        QCOMPARE(startsOver(first), QList<bool> { true });
        QCOMPARE(startsOver(source->read(100)), QList<bool> { false });
        checkpoint = first.last().after;
    }
    auto source = open(file, true);
    QVERIFY(source);
    QVERIFY(*source->resume(checkpoint) == Resumed::AtCheckpoint);
    QCOMPARE(startsOver(source->read(100)), QList<bool> { false });
    QVERIFY(source->read(100).isEmpty()); // at the end, waiting for more

    // Rewritten in place, to the same length: read again from its start.
    write(file, "{\"m\":1}\n{\"m\":2}\n");
    const auto again = source->read(100);
    QCOMPARE(bytesOf(again), (QList<QByteArray> { "{\"m\":1}", "{\"m\":2}" }));
    QCOMPARE(startsOver(again), (QList<bool> { true, false }));
    append(file, "{\"m\":3}\n");
    QCOMPARE(startsOver(source->read(100)), QList<bool> { false });
}

void TestFileSource::readReturnsAtMostMax()
{
    QByteArray input;
    for (int i = 1; i <= 10; ++i) {
        input += "{\"n\":" + QByteArray::number(i) + "}\n";
    }
    write(path(QStringLiteral("in.ndjson")), input);
    auto source = open(path(QStringLiteral("in.ndjson")));
    QVERIFY(source);
    QCOMPARE(linesOf(source->read(3)), (QList<qint64> { 1, 2, 3 }));
    QCOMPARE(linesOf(source->read(3)), (QList<qint64> { 4, 5, 6 }));
    QVERIFY(source->read(0).isEmpty());
    QCOMPARE(linesOf(source->read(100)), (QList<qint64> { 7, 8, 9, 10 }));
    QVERIFY(source->atEnd());
}

void TestFileSource::resumeContinuesAfterTheCheckpoint_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("third");
    QTest::addColumn<qint64>("thirdLine");
    QTest::newRow("ndjson") << QByteArray("{\"n\":1}\n\n{\"n\":2}\r\n{\"n\":3}\n{\"n\":4}\n")
                            << QByteArray("{\"n\":3}") << qint64(4);
    QTest::newRow("array") << QByteArray("\n[\n{\"n\":1},\n{\"n\":\n2}\n,\n{\"n\":3},{\"n\":4}]")
                           << QByteArray("{\"n\":3}") << qint64(7);
    QTest::newRow("array of scalars") << QByteArray("[1,2\n,3,4]") << QByteArray("3") << qint64(2);
    QTest::newRow("array after a byte order mark")
        << QByteArray("\xEF\xBB\xBF[1,2\n,3,4]") << QByteArray("3") << qint64(2);
    QTest::newRow("sequence") << QByteArray("{\n\"n\":1\n}\n{\"n\":2}\n{\n\"n\":3\n}\n{\"n\":4}")
                              << QByteArray("{\n\"n\":3\n}") << qint64(5);
}

void TestFileSource::resumeContinuesAfterTheCheckpoint()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, third);
    QFETCH(qint64, thirdLine);
    const QString file = path(QStringLiteral("in"));
    write(file, input);

    SourcePosition checkpoint;
    {
        auto source = open(file);
        QVERIFY(source);
        const auto records = source->read(3);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[2].bytes, third);
        checkpoint = records[1].after;
    }
    QCOMPARE(checkpoint.source, QFileInfo(file).absoluteFilePath());
    QVERIFY(checkpoint.inode != 0);

    auto source = open(file);
    QVERIFY(source);
    QVERIFY(source->resume(checkpoint));
    const auto records = source->read(100);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].bytes, third);
    QCOMPARE(records[0].line, thirdLine);
    QVERIFY(records[0].error.isEmpty());
    QVERIFY(records[1].error.isEmpty());
    QVERIFY(source->atEnd());
}

void TestFileSource::resumeStartsOverWhenTheFileChanged_data()
{
    QTest::addColumn<bool>("replace");
    QTest::newRow("truncated") << false;
    QTest::newRow("another file") << true;
}

void TestFileSource::resumeStartsOverWhenTheFileChanged()
{
    QFETCH(bool, replace);
    const QString file = path(QStringLiteral("in.ndjson"));
    write(file, "{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n");
    SourcePosition checkpoint;
    {
        auto source = open(file);
        QVERIFY(source);
        checkpoint = source->read(2).last().after;
    }
    if (replace) {
        // Replaced while we were stopped: a new file, as long as the old one, at the same path; the old one
        // is not beside it (its name does not start with the path's).
        const QString rotated = path(QStringLiteral("old-in.ndjson"));
        QVERIFY(QFile::rename(file, rotated));
        write(file, "{\"m\":1}\n{\"m\":2}\n{\"m\":3}\n");
    } else {
        write(file, "{\"m\":1}\n");
    }

    auto source = open(file);
    QVERIFY(source);
    QVERIFY(source->resume(checkpoint));
    const auto records = source->read(100);
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.first().bytes, QByteArray("{\"m\":1}"));
    QCOMPARE(records.first().line, 1);
}

void TestFileSource::resumeReadsTheRestOfAFileRotatedBesideIt_data()
{
    QTest::addColumn<bool>("follow");
    QTest::newRow("read") << false;
    QTest::newRow("followed") << true;
}

// Stopped after p30–p34; p35–p39 were written, then the file was rotated (f.ndjson.3) and p40–p41 written to
// a new one. The rest of the rotated file comes first, then the new file from its start; other files beside
// it are not read.
void TestFileSource::resumeReadsTheRestOfAFileRotatedBesideIt()
{
    QFETCH(bool, follow);
    const QString file = path(QStringLiteral("f.ndjson"));
    write(file, numberedLines("p", 30, 34));
    SourcePosition checkpoint;
    {
        auto source = open(file, follow);
        QVERIFY(source);
        const auto records = source->read(100);
        QCOMPARE(records.size(), 5);
        checkpoint = records.last().after;
    }
    append(file, numberedLines("p", 35, 39));
    const quint64 rotatedInode = inodeOf(file);
    QVERIFY(QFile::rename(file, path(QStringLiteral("f.ndjson.3"))));
    write(path(QStringLiteral("f.ndjson.1")), numberedLines("older", 1, 2));
    write(path(QStringLiteral("f.ndjson-20261129")), numberedLines("older", 3, 4));
    // Rotated before the file read last: last written before it.
    const qint64 hourAgo = QDateTime::currentSecsSinceEpoch() - 3600;
    setModified(path(QStringLiteral("f.ndjson.1")), hourAgo);
    setModified(path(QStringLiteral("f.ndjson-20261129")), hourAgo);
    write(file, numberedLines("p", 40, 41));

    auto source = open(file, follow);
    QVERIFY(source);
    const auto resumed = source->resume(checkpoint);
    QVERIFY2(resumed, qPrintable(resumed.error().message));
    QVERIFY(*resumed == Resumed::AtCheckpoint);
    const auto first = source->read(2);
    QCOMPARE(bytesOf(first), (QList<QByteArray> { "{\"p\":35}", "{\"p\":36}" }));
    QCOMPARE(linesOf(first), (QList<qint64> { 6, 7 }));
    QCOMPARE(first.last().after.inode, rotatedInode);
    const auto rest = source->read(100);
    QCOMPARE(bytesOf(rest),
        (QList<QByteArray> { "{\"p\":37}", "{\"p\":38}", "{\"p\":39}", "{\"p\":40}", "{\"p\":41}" }));
    QCOMPARE(linesOf(rest), (QList<qint64> { 8, 9, 10, 1, 2 }));
    QVERIFY(rest[3].startsOver);
    QCOMPARE(rest[3].after.inode, inodeOf(file));
    QCOMPARE(source->takeNotice(), QString());
    QVERIFY(source->error().isNull());
    if (follow) {
        append(file, numberedLines("p", 42, 42));
        QCOMPARE(bytesOf(source->read(100)), QList<QByteArray> { "{\"p\":42}" });
    } else {
        QVERIFY(source->atEnd());
    }

    // Stopped within the rotated file: the next start resumes in it again.
    auto again = open(file, follow);
    QVERIFY(again);
    QVERIFY(*again->resume(first.last().after) == Resumed::AtCheckpoint);
    QCOMPARE(bytesOf(again->read(5)),
        (QList<QByteArray> { "{\"p\":37}", "{\"p\":38}", "{\"p\":39}", "{\"p\":40}", "{\"p\":41}" }));
}

void TestFileSource::resumeSaysWhenTheRotatedFileIsGone_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("deleted") << QStringLiteral("deleted");
    QTest::newRow("compressed") << QStringLiteral("compressed");
    QTest::newRow("its inode, other bytes") << QStringLiteral("rewritten");
}

// As above, but the rotated file cannot be found: the new file is read from its start, and the notice names
// the path, the line after which nothing could be read, and why.
void TestFileSource::resumeSaysWhenTheRotatedFileIsGone()
{
    QFETCH(QString, what);
    const QString file = path(QStringLiteral("f.ndjson"));
    write(file, numberedLines("p", 30, 34));
    SourcePosition checkpoint;
    {
        auto source = open(file);
        QVERIFY(source);
        checkpoint = source->read(100).last().after;
    }
    append(file, numberedLines("p", 35, 39));
    const QString rotated = path(QStringLiteral("f.ndjson.3"));
    QVERIFY(QFile::rename(file, rotated));
    write(file, numberedLines("p", 40, 41)); // before the rotated file goes, or it could take its inode
    if (what == u"deleted") {
        QVERIFY(QFile::remove(rotated));
    } else if (what == u"compressed") {
        // Its inode, but a compressed name: not looked at (gzip would have written another file anyway).
        QVERIFY(QFile::rename(rotated, rotated + QStringLiteral(".gz")));
    } else {
        // The same inode with other bytes before the checkpoint: not the file read (an inode reused).
        write(rotated, numberedLines("q", 30, 39));
    }

    auto source = open(file);
    QVERIFY(source);
    const auto resumed = source->resume(checkpoint);
    QVERIFY2(resumed, qPrintable(resumed.error().message));
    QVERIFY(*resumed == Resumed::FromStart);
    const auto records = source->read(100);
    QCOMPARE(bytesOf(records), (QList<QByteArray> { "{\"p\":40}", "{\"p\":41}" }));
    QCOMPARE(source->takeNotice(),
        QStringLiteral(
            "%1 is not the file read last time (it was rotated or replaced since), and that file is "
            "no longer in %2 (deleted, or compressed): the lines written to that file after line 5 "
            "could not be read. Reading %1 from its start.")
            .arg(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()),
                QDir::toNativeSeparators(QFileInfo(file).absolutePath())));
    QCOMPARE(source->takeNotice(), QString()); // told once
}

SourcePosition TestFileSource::rotateThreeTimes(const QStringList &suffixes, bool follow, bool sameTime)
{
    const QString file = path(QStringLiteral("f.ndjson"));
    write(file, numberedLines("p", 30, 34));
    SourcePosition checkpoint;
    {
        auto source = open(file, follow);
        if (!source) {
            return {};
        }
        checkpoint = source->read(100).last().after;
    }
    append(file, numberedLines("p", 35, 39));
    const int firsts[] = { 40, 50 };
    for (int i = 0; i < 3; ++i) {
        if (!QFile::rename(file, file + suffixes[i])) {
            return {};
        }
        if (i < 2) {
            write(file, numberedLines("p", firsts[i], firsts[i] + 4));
        }
    }
    write(file, numberedLines("p", 60, 61));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < 3; ++i) {
        setModified(file + suffixes[i], sameTime ? now : now - 3000 + i * 1000);
    }
    setModified(file, now);
    return checkpoint;
}

void TestFileSource::resumeReadsTheFilesRotatedInBetween_data()
{
    QTest::addColumn<QStringList>(
        "suffixes"); // the file read last, then those rotated after it, then an older
    QTest::addColumn<bool>("sameTime"); // all last written at the same time: their names tell the order
    QTest::addColumn<bool>("follow");
    const QStringList counted { QStringLiteral(".3"), QStringLiteral(".2"), QStringLiteral(".1"),
        QStringLiteral(".4") };
    const QStringList dated { QStringLiteral("-20261127"), QStringLiteral("-20261128"),
        QStringLiteral("-20261129"), QStringLiteral("-20261126") };
    QTest::newRow("counted") << counted << false << false;
    QTest::newRow("counted, at the same time") << counted << true << false;
    QTest::newRow("dated") << dated << false << false;
    QTest::newRow("dated, at the same time") << dated << true << false;
    QTest::newRow("counted, followed") << counted << false << true;
    QTest::newRow("dated, followed, at the same time") << dated << true << true;
}

// Stopped after p30–p34, then rotated three times (logrotate `rotate 5`, no compression) with lines in every
// file: the rest of the file read last, then the files rotated after it, whole, oldest first, then the file
// at the path. An older rotation beside them is not read.
void TestFileSource::resumeReadsTheFilesRotatedInBetween()
{
    QFETCH(QStringList, suffixes);
    QFETCH(bool, sameTime);
    QFETCH(bool, follow);
    const QString file = path(QStringLiteral("f.ndjson"));
    write(file + suffixes[3], numberedLines("older", 1, 2));
    const SourcePosition checkpoint = rotateThreeTimes(suffixes, follow, sameTime);
    QVERIFY(checkpoint.offset > 0);
    setModified(file + suffixes[3],
        sameTime ? QFileInfo(file).lastModified().toSecsSinceEpoch()
                 : QDateTime::currentSecsSinceEpoch() - 4000);

    auto source = open(file, follow);
    QVERIFY(source);
    const auto resumed = source->resume(checkpoint);
    QVERIFY2(resumed, qPrintable(resumed.error().message));
    QVERIFY(*resumed == Resumed::AtCheckpoint);
    const auto records = source->read(100);
    QCOMPARE(bytesOf(records),
        numbered("p", 35, 39) + numbered("p", 40, 44) + numbered("p", 50, 54) + numbered("p", 60, 61));
    QCOMPARE(
        linesOf(records), lineNumbers(6, 10) + lineNumbers(1, 5) + lineNumbers(1, 5) + lineNumbers(1, 2));
    // Each file's records carry its own position, and the first of each starts over.
    const QList<QPair<int, QString>> firsts { { 0, file + suffixes[0] }, { 5, file + suffixes[1] },
        { 10, file + suffixes[2] }, { 15, file } };
    for (const auto &[index, from] : firsts) {
        QCOMPARE(records[index].after.inode, inodeOf(from));
        QCOMPARE(records[index].startsOver, index > 0);
    }
    QCOMPARE(source->takeNotice(), QString());
    QVERIFY(source->error().isNull());
    if (follow) {
        append(file, numberedLines("p", 62, 62));
        QCOMPARE(bytesOf(source->read(100)), numbered("p", 62, 62));
    } else {
        QVERIFY(source->atEnd());
    }
}

// Stopped within a file rotated in between (after p41), and rotated once more since, which renamed every
// file: the next start finds that file by its inode, reads its rest, then the files rotated after it and the
// new one.
void TestFileSource::resumeInAFileRotatedInBetween()
{
    const QString file = path(QStringLiteral("f.ndjson"));
    const SourcePosition first
        = rotateThreeTimes({ QStringLiteral(".3"), QStringLiteral(".2"), QStringLiteral(".1") }, false);
    QVERIFY(first.offset > 0);
    SourcePosition checkpoint;
    {
        auto source = open(file);
        QVERIFY(source);
        QVERIFY(source->resume(first));
        const auto records = source->read(7);
        QCOMPARE(bytesOf(records), numbered("p", 35, 39) + numbered("p", 40, 41));
        checkpoint = records.last().after;
    }
    QCOMPARE(checkpoint.inode, inodeOf(file + QStringLiteral(".2")));
    for (int i = 3; i >= 1; --i) {
        QVERIFY(QFile::rename(
            file + QLatin1Char('.') + QString::number(i), file + QLatin1Char('.') + QString::number(i + 1)));
    }
    QVERIFY(QFile::rename(file, file + QStringLiteral(".1")));
    write(file, numberedLines("p", 70, 70));

    auto source = open(file);
    QVERIFY(source);
    QVERIFY(!source->inFileAtPath(checkpoint));
    const auto resumed = source->resume(checkpoint);
    QVERIFY2(resumed, qPrintable(resumed.error().message));
    QVERIFY(*resumed == Resumed::AtCheckpoint);
    QVERIFY(source->stillHolds(checkpoint));
    const auto records = source->read(100);
    QCOMPARE(bytesOf(records),
        numbered("p", 42, 44) + numbered("p", 50, 54) + numbered("p", 60, 61) + numbered("p", 70, 70));
    QCOMPARE(linesOf(records), lineNumbers(3, 5) + lineNumbers(1, 5) + lineNumbers(1, 2) + lineNumbers(1, 1));
    QCOMPARE(source->takeNotice(), QString());
    QVERIFY(source->atEnd());
}

void TestFileSource::resumeSaysWhichFilesRotatedInBetweenCannotBeRead_data()
{
    // The first file rotated in between: its name after f.ndjson, and what it holds; the second is compressed
    // too, by its name, or not.
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("both");
    const QByteArray junk("\x00\x01\x02\x03 compressed", 15);
    QTest::newRow("gzip, by its name")
        << QStringLiteral(".2.gz") << QByteArray("\x1F\x8B\x08\x00", 4) + junk << false;
    QTest::newRow("bzip2, by its name")
        << QStringLiteral(".2.bz2") << QByteArray("BZh91AY&SY") + junk << false;
    QTest::newRow("xz, by its bytes") << QStringLiteral(".2")
                                      << QByteArray("\xFD"
                                                    "7zXZ\x00",
                                             6)
            + junk << false;
    QTest::newRow("zstd, by its bytes")
        << QStringLiteral(".2") << QByteArray("\x28\xB5\x2F\xFD", 4) + junk << false;
    QTest::newRow("gzip, by its bytes, and another")
        << QStringLiteral(".2") << QByteArray("\x1F\x8B\x08\x00", 4) + junk << true;
}

// As resumeReadsTheFilesRotatedInBetween(), but a file rotated in between is compressed: the others are read,
// and the notice names it (them) and how many.
void TestFileSource::resumeSaysWhichFilesRotatedInBetweenCannotBeRead()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, both);
    const QString file = path(QStringLiteral("f.ndjson"));
    const SourcePosition checkpoint
        = rotateThreeTimes({ QStringLiteral(".3"), QStringLiteral(".2"), QStringLiteral(".1") }, false);
    QVERIFY(checkpoint.offset > 0);
    const qint64 modified = QFileInfo(file + QStringLiteral(".2")).lastModified().toSecsSinceEpoch();
    QVERIFY(QFile::remove(file + QStringLiteral(".2")));
    write(file + suffix, bytes);
    setModified(file + suffix, modified); // compressors keep the time
    QStringList unreadable { QDir::toNativeSeparators(file + suffix) };
    QList<QByteArray> expected = numbered("p", 35, 39) + numbered("p", 50, 54) + numbered("p", 60, 61);
    if (both) {
        QVERIFY(QFile::rename(file + QStringLiteral(".1"), file + QStringLiteral(".1.zst")));
        unreadable.append(QDir::toNativeSeparators(file + QStringLiteral(".1.zst")));
        expected = numbered("p", 35, 39) + numbered("p", 60, 61);
    }

    auto source = open(file);
    QVERIFY(source);
    const auto resumed = source->resume(checkpoint);
    QVERIFY2(resumed, qPrintable(resumed.error().message));
    QVERIFY(*resumed == Resumed::AtCheckpoint);
    QCOMPARE(bytesOf(source->read(100)), expected);
    QVERIFY(source->error().isNull());
    QVERIFY(source->atEnd());
    for (QString &name : unreadable) {
        name += QStringLiteral(" (compressed)");
    }
    QCOMPARE(source->takeNotice(),
        QStringLiteral("%1 was rotated more than once since it was read last; %2 file(s) rotated in between "
                       "cannot be read, and the lines written there are skipped: %3.")
            .arg(QDir::toNativeSeparators(file), QString::number(unreadable.size()),
                unreadable.join(QStringLiteral(", "))));
    QCOMPARE(source->takeNotice(), QString()); // told once
}

void TestFileSource::sourceDigestIsTheStartOfSha1_data()
{
    // Published SHA-1 values (FIPS 180 examples and the usual pangram), their first 8 bytes.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<quint64>("expected");
    QTest::newRow("empty") << QByteArray() << quint64(0xda39a3ee5e6b4b0dULL);
    QTest::newRow("abc") << QByteArray("abc") << quint64(0xa9993e364706816aULL);
    QTest::newRow("pangram") << QByteArray("The quick brown fox jumps over the lazy dog")
                             << quint64(0x2fd4e1c67a2d28fcULL);
}

// A checkpoint's digest is compared with one computed by a later run, maybe of another build: it must not
// depend on the machine, the run or the Qt version (qHash does).
void TestFileSource::sourceDigestIsTheStartOfSha1()
{
    QFETCH(QByteArray, input);
    QFETCH(quint64, expected);
    QCOMPARE(QString::number(sourceDigest(input), 16), QString::number(expected, 16));
}

void TestFileSource::checkpointDigestCoversTheBytesBeforeIt_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("batch");
    // Over two chunks of 256 KiB, so that records end right after a chunk's start, their bytes before it
    // read with the chunk before.
    const QByteArray small = numberedLines("n", 1, 60000);
    const QByteArray large = numberedLines("n", 1, 300, 3000); // longer than the digest's reach
    QTest::newRow("small lines, one at a time") << small << 1;
    QTest::newRow("small lines, batches of 499") << small << 499;
    QTest::newRow("small lines, all at once") << small << 100000;
    QTest::newRow("3 KB lines, one at a time") << large << 1;
    QTest::newRow("3 KB lines, batches of 7") << large << 7;
    QTest::newRow("short file") << QByteArray("{\"n\":1}\n{\"n\":2}") << 1;
    QTest::newRow("array") << QByteArray("[" + numberedLines("n", 1, 20000).replace('\n', ',') + "1]") << 333;
    // Data after the `]` is checkpointed at the `]`: here the last byte of the first chunk.
    QByteArray closed = "[" + numberedLines("n", 1, 1000).replace('\n', ',') + "1";
    closed += QByteArray(256 * 1024 - 1 - closed.size(), ' ') + "]\n{\"after\":1}\n";
    QTest::newRow("data after an array, in the next chunk") << closed << 100000;
}

// The last record of each read carries it (a checkpoint is saved from the last record of a batch), wherever
// its bytes fell among the chunks read.
void TestFileSource::checkpointDigestCoversTheBytesBeforeIt()
{
    QFETCH(QByteArray, input);
    QFETCH(int, batch);
    const QString file = path(QStringLiteral("in"));
    write(file, input);
    auto source = open(file);
    QVERIFY(source);
    int reads = 0;
    while (!source->atEnd()) {
        const auto records = source->read(batch);
        if (records.isEmpty()) {
            continue;
        }
        ++reads;
        const SourcePosition &last = records.last().after;
        QVERIFY2(last.digest == digestBefore(input, last.offset), qPrintable(QString::number(last.offset)));
    }
    QVERIFY(reads > 0);

    // And after a resume, whose first chunk starts at the checkpoint (NDJSON of some length).
    const qint64 middle = input.indexOf('\n', input.size() / 2) + 1;
    if (middle <= kSourceDigestBytes) {
        return;
    }
    auto resumed = open(file);
    QVERIFY(resumed);
    const auto how
        = resumed->resume(SourcePosition { file, inodeOf(file), middle, 1, digestBefore(input, middle) });
    QVERIFY(how);
    QVERIFY(*how == Resumed::AtCheckpoint);
    const auto records = resumed->read(1);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.last().after.digest, digestBefore(input, records.last().after.offset));
}

// A followed file whose last line is still being written, longer than a chunk: the last record was framed
// from a chunk that left the window before read() returned.
void TestFileSource::checkpointDigestOfARecordFromAnEarlierChunk()
{
    const QString file = path(QStringLiteral("in.ndjson"));
    const QByteArray input = numberedLines("n", 1, 5, 3000) + "{\"long\":\"" + QByteArray(300 * 1024, 'y');
    write(file, input);
    auto source = open(file, true);
    QVERIFY(source);
    const auto records = source->read(100);
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.last().after.digest, digestBefore(input, records.last().after.offset));
}

void TestFileSource::resumeStartsOverWhenRewrittenInPlace_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<int>("read"); // records read before the checkpoint
    // `export > same.ndjson`: the same file, emptied and written again, as long as it was or longer.
    QTest::newRow("more lines than before")
        << QByteArray("{\"n\":1}\n{\"n\":2}\n") << QByteArray("{\"m\":1}\n{\"m\":2}\n{\"m\":3}\n") << 2;
    QTest::newRow("other content of the same size")
        << QByteArray("{\"n\":1}\n{\"n\":2}\n") << QByteArray("{\"m\":1}\n{\"m\":2}\n") << 2;
    QTest::newRow("other content before the checkpoint, the same after")
        << QByteArray("{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n") << QByteArray("{\"m\":1}\n{\"m\":2}\n{\"n\":3}\n")
        << 2;
    QTest::newRow("changed within the last 4 KiB of a longer file")
        << numberedLines("n", 1, 2000)
        << QByteArray(numberedLines("n", 1, 2000)).replace("{\"n\":1990}", "{\"m\":1990}") << 1995;
    QTest::newRow("a JSON array") << QByteArray("[{\"n\":1},{\"n\":2}]")
                                  << QByteArray("[{\"m\":1},{\"m\":2},{\"m\":3}]") << 2;
}

void TestFileSource::resumeStartsOverWhenRewrittenInPlace()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(int, read);
    const QString file = path(QStringLiteral("in.ndjson"));
    write(file, before);
    SourcePosition checkpoint;
    {
        auto source = open(file);
        QVERIFY(source);
        const auto records = source->read(read);
        QCOMPARE(records.size(), read);
        checkpoint = records.last().after;
    }
    QVERIFY(checkpoint.digest != 0);
    write(file, after);
    QCOMPARE(inodeOf(file), checkpoint.inode); // in place: nothing tells it but the bytes
    QVERIFY(QFileInfo(file).size() >= checkpoint.offset);

    auto source = open(file);
    QVERIFY(source);
    const auto resumed = source->resume(checkpoint);
    QVERIFY(resumed);
    QVERIFY(*resumed == Resumed::FromStart);
    const QString notice = source->takeNotice();
    QCOMPARE(notice,
        QStringLiteral("%1 was rewritten since the last run (its content before the saved position changed): "
                       "reading it from the start; profiles already sent produce nothing again.")
            .arg(file));
    QCOMPARE(source->takeNotice(), QString()); // told once

    const auto records = source->read(100000);
    const auto expected = framed(after, after.size());
    QCOMPARE(bytesOf(records), bytesOf(expected));
    QCOMPARE(records.first().line, 1);
    QVERIFY(source->atEnd());
    QCOMPARE(source->takeNotice(), QString());
}

void TestFileSource::resumeContinuesAfterLinesAddedInPlace_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("added");
    QTest::addColumn<int>("read");
    QTest::addColumn<qint64>("firstNewLine");
    // The same first lines written again with new ones after them: an append, as far as anyone can tell.
    QTest::newRow("two lines, then a third")
        << QByteArray("{\"n\":1}\n{\"n\":2}\n") << QByteArray("{\"n\":3}\n") << 2 << qint64(3);
    QTest::newRow("longer than the digest's reach")
        << numberedLines("n", 1, 2000) << numberedLines("n", 2001, 2010) << 2000 << qint64(2001);
    QTest::newRow("the checkpoint before the end")
        << QByteArray("{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n") << QByteArray("{\"n\":4}\n") << 2 << qint64(3);
}

void TestFileSource::resumeContinuesAfterLinesAddedInPlace()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, added);
    QFETCH(int, read);
    QFETCH(qint64, firstNewLine);
    const QString file = path(QStringLiteral("in.ndjson"));
    write(file, before);
    SourcePosition checkpoint;
    {
        auto source = open(file);
        QVERIFY(source);
        checkpoint = source->read(read).last().after;
    }
    QVERIFY(checkpoint.digest != 0);
    write(file, before + added); // in place, not appended

    auto source = open(file);
    QVERIFY(source);
    const auto resumed = source->resume(checkpoint);
    QVERIFY(resumed);
    QVERIFY(*resumed == Resumed::AtCheckpoint);
    const auto records = source->read(100000);
    QCOMPARE(bytesOf(records), bytesOf(framed(before + added, 1 << 20).mid(read)));
    QCOMPARE(records.first().line, firstNewLine);
    QCOMPARE(source->takeNotice(), QString());
}

// An array whose `]` never came is told by the read that reached its end; a run resumed there (the same
// file, nothing new) says nothing again, and the `]` appended later closes it without a word.
void TestFileSource::anUnclosedArrayIsToldOnceAndClosingItLaterIsFine()
{
    const QString file = path(QStringLiteral("in.json"));
    write(file, "[{\"n\":1},\n{\"n\":2}");

    SourcePosition checkpoint;
    {
        auto source = open(file);
        QVERIFY(source);
        const auto records = source->read(100);
        QCOMPARE(bytesOf(records), (QList<QByteArray> { "{\"n\":1}", "{\"n\":2}", "" }));
        QVERIFY(
            records[2].error.contains(QStringLiteral("the input ends before the closing ] of the array")));
        QVERIFY(source->atEnd());
        checkpoint = records.last().after;
    }
    QCOMPARE(checkpoint.offset, QFileInfo(file).size());
    {
        auto source = open(file);
        QVERIFY(source);
        QVERIFY(source->resume(checkpoint));
        QVERIFY(source->read(100).isEmpty());
        QVERIFY(source->atEnd());
    }
    QFile appended(file);
    QVERIFY(appended.open(QIODevice::Append));
    appended.write(",{\"n\":3}]\n");
    appended.close();
    auto source = open(file);
    QVERIFY(source);
    QVERIFY(source->resume(checkpoint));
    const auto records = source->read(100);
    QCOMPARE(bytesOf(records), QList<QByteArray> { "{\"n\":3}" });
    QVERIFY(records[0].error.isEmpty());
    QVERIFY(source->atEnd());
}

void TestFileSource::resumeAfterTheArrayClosedReadsNothingNew_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("a comma before the ]") << QByteArray("[{\"n\":1},\n{\"n\":2},]\n");
    // What follows the `]` is longer than one read of the file.
    QByteArray second = "[";
    while (second.size() < 300 * 1024) {
        second += "{\"m\":" + QByteArray::number(second.size()) + "},\n";
    }
    second += "{}]\n";
    QTest::newRow("a second array after the first") << "[{\"n\":1}]\n" + second;
}

// The same file, nothing new: a run resumed at the last checkpoint of the one before finds nothing but what
// that checkpoint covers (the ingestor skips those), however its reading ended after the `]`.
void TestFileSource::resumeAfterTheArrayClosedReadsNothingNew()
{
    QFETCH(QByteArray, input);
    const QString file = path(QStringLiteral("in.json"));
    write(file, input);

    SourcePosition checkpoint;
    {
        auto source = open(file);
        QVERIFY(source);
        const auto records = source->read(100);
        QVERIFY(source->atEnd());
        QVERIFY(!records.last().error.isEmpty());
        checkpoint = records.last().after;
    }
    QCOMPARE(checkpoint.line, qint64(input.left(checkpoint.offset).count('\n')));
    auto source = open(file);
    QVERIFY(source);
    QVERIFY(source->resume(checkpoint));
    for (const SourceRecord &record : source->read(100)) {
        QVERIFY2(record.after.offset <= checkpoint.offset,
            qPrintable(QStringLiteral("read again after the checkpoint at %1: line %2, %3")
                           .arg(checkpoint.offset)
                           .arg(record.line)
                           .arg(record.error.isEmpty() ? QString::fromUtf8(record.bytes) : record.error)));
    }
    QVERIFY(source->atEnd());
}

void TestFileSource::resumeAtAnExtraCommaReadsWhatFollowedIt_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("two commas") << QByteArray("[{\"n\":1},,\n{\"n\":2}]\n");
    QTest::newRow("three commas") << QByteArray("[{\"n\":1},,,\n{\"n\":2}]\n");
    QTest::newRow("a comma first") << QByteArray("[,{\"n\":1},,{\"n\":2}]\n");
}

// A run that stopped right after an extra comma's reject reads on as the uninterrupted run did: no reject
// lost, none made up.
void TestFileSource::resumeAtAnExtraCommaReadsWhatFollowedIt()
{
    QFETCH(QByteArray, input);
    const QString file = path(QStringLiteral("in.json"));
    write(file, input);
    QList<SourceRecord> whole;
    {
        auto source = open(file);
        QVERIFY(source);
        whole = source->read(100);
    }
    for (qsizetype k = 0; k < whole.size(); ++k) {
        if (!whole[k].error.contains(QStringLiteral("an array element is missing before this comma"))) {
            continue;
        }
        const SourcePosition checkpoint = whole[k].after;
        auto source = open(file);
        QVERIFY(source);
        QVERIFY(source->resume(checkpoint));
        // What the checkpoint covers is skipped by the ingestor.
        const auto after = [&](const QList<SourceRecord> &records) {
            QList<SourceRecord> result;
            std::copy_if(records.cbegin(), records.cend(), std::back_inserter(result),
                [&](const SourceRecord &r) { return r.after.offset > checkpoint.offset; });
            return result;
        };
        const auto resumed = after(source->read(100));
        const auto expected = after(whole.mid(k + 1));
        QCOMPARE(errorsOf(resumed), errorsOf(expected));
        QCOMPARE(bytesOf(resumed), bytesOf(expected));
        QCOMPARE(linesOf(resumed), linesOf(expected));
    }
}

// A checkpoint saved before there were digests (schema 5): resumed at its offset, as it always was.
void TestFileSource::resumeWithoutADigestReadsOnAsBefore()
{
    const QString file = path(QStringLiteral("in.ndjson"));
    write(file, "{\"n\":1}\n{\"n\":2}\n");
    SourcePosition checkpoint;
    {
        auto source = open(file);
        QVERIFY(source);
        checkpoint = source->read(2).last().after;
    }
    checkpoint.digest = 0;
    write(file, "{\"m\":1}\n{\"m\":2}\n{\"m\":3}\n");

    auto source = open(file);
    QVERIFY(source);
    const auto resumed = source->resume(checkpoint);
    QVERIFY(resumed);
    QVERIFY(*resumed == Resumed::AtCheckpoint);
    QCOMPARE(bytesOf(source->read(100)), QList<QByteArray> { "{\"m\":3}" });
    QCOMPARE(source->takeNotice(), QString());
}

void TestFileSource::followReadsAppendedLines()
{
    const QString file = path(QStringLiteral("in.ndjson"));
    write(file, "{\"n\":1}\n");
    auto source = open(file, true);
    QVERIFY(source);
    QCOMPARE(bytesOf(source->read(10)), QList<QByteArray> { "{\"n\":1}" });
    QVERIFY(source->read(10).isEmpty());

    append(file, "{\"n\":2}\n{\"n\":3}\n{\"n\"");
    const auto records = source->read(10);
    QCOMPARE(bytesOf(records), (QList<QByteArray> { "{\"n\":2}", "{\"n\":3}" }));
    QCOMPARE(linesOf(records), (QList<qint64> { 2, 3 }));
    QVERIFY(source->read(10).isEmpty());
    append(file, ":4}\n");
    QCOMPARE(bytesOf(source->read(10)), QList<QByteArray> { "{\"n\":4}" });
    QVERIFY(!source->atEnd());
    QVERIFY(source->error().isNull());
}

void TestFileSource::followSurvivesRotation()
{
    const QString file = path(QStringLiteral("in.ndjson"));
    write(file, "{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n");
    auto source = open(file, true);
    QVERIFY(source);
    QCOMPARE(bytesOf(source->read(1)), QList<QByteArray> { "{\"n\":1}" });

    // logrotate: rename, the writer still finishing into the old file, then a new file at the path.
    QVERIFY(QFile::rename(file, path(QStringLiteral("in.ndjson.1"))));
    append(path(QStringLiteral("in.ndjson.1")), "{\"n\":4}\n");
    QCOMPARE(bytesOf(source->read(1)), QList<QByteArray> { "{\"n\":2}" });
    write(file, "{\"m\":1}\n{\"m\":2}\n");

    const auto records = source->read(100);
    QCOMPARE(bytesOf(records), (QList<QByteArray> { "{\"n\":3}", "{\"n\":4}", "{\"m\":1}", "{\"m\":2}" }));
    QCOMPARE(linesOf(records), (QList<qint64> { 3, 4, 1, 2 }));
    QVERIFY(records[1].after.inode != records[2].after.inode);
    QCOMPARE(records[3].after.offset, 16);

    append(file, "{\"m\":3}\n");
    QCOMPARE(bytesOf(source->read(100)), QList<QByteArray> { "{\"m\":3}" });
    QVERIFY(source->error().isNull());
}

// Followed, and rotated twice before it was looked at again (a backlog read while logrotate ran twice): the
// rest of the file followed, then the one rotated in between, whole, then the new one.
void TestFileSource::followReadsTheFilesRotatedInBetween()
{
    const QString file = path(QStringLiteral("in.ndjson"));
    write(file, numberedLines("n", 1, 3));
    auto source = open(file, true);
    QVERIFY(source);
    QCOMPARE(bytesOf(source->read(1)), numbered("n", 1, 1));

    QVERIFY(QFile::rename(file, file + QStringLiteral(".1")));
    append(file + QStringLiteral(".1"), numberedLines("n", 4, 4));
    write(file, numberedLines("m", 1, 2));
    QVERIFY(QFile::rename(file + QStringLiteral(".1"), file + QStringLiteral(".2")));
    QVERIFY(QFile::rename(file, file + QStringLiteral(".1")));
    write(file, numberedLines("k", 1, 1));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    setModified(file + QStringLiteral(".2"), now - 20);
    setModified(file + QStringLiteral(".1"), now - 10);

    const auto records = source->read(100);
    QCOMPARE(bytesOf(records), numbered("n", 2, 4) + numbered("m", 1, 2) + numbered("k", 1, 1));
    QCOMPARE(linesOf(records), (QList<qint64> { 2, 3, 4, 1, 2, 1 }));
    QCOMPARE(records[3].after.inode, inodeOf(file + QStringLiteral(".1")));
    QVERIFY(records[3].startsOver);
    QCOMPARE(records[5].after.inode, inodeOf(file));
    QCOMPARE(source->takeNotice(), QString());

    append(file, numberedLines("k", 2, 2));
    QCOMPARE(bytesOf(source->read(100)), numbered("k", 2, 2));
    QVERIFY(source->error().isNull());
}

void TestFileSource::followSaysNothingOfTheCompressedCopyOfItsFile_data()
{
    QTest::addColumn<bool>("done");
    QTest::newRow("being compressed") << false;
    QTest::newRow("compressed and deleted") << true;
}

// logrotate's compress without delaycompress, once: the file followed, renamed, is compressed beside the path
// (a new file, written after it) and deleted. That copy is no file rotated in between: nothing to say.
void TestFileSource::followSaysNothingOfTheCompressedCopyOfItsFile()
{
    QFETCH(bool, done);
    const QString file = path(QStringLiteral("in.ndjson"));
    write(file, numberedLines("n", 1, 3));
    auto source = open(file, true);
    QVERIFY(source);
    QCOMPARE(bytesOf(source->read(1)), numbered("n", 1, 1));

    const QString rotated = file + QStringLiteral(".1");
    QVERIFY(QFile::rename(file, rotated));
    write(file, numberedLines("m", 1, 1));
    setModified(rotated, QDateTime::currentSecsSinceEpoch() - 10);
    write(rotated + QStringLiteral(".gz"), QByteArray("\x1F\x8B\x08\x00 copy", 9));
    if (done) {
        QVERIFY(QFile::remove(rotated));
    }

    QCOMPARE(bytesOf(source->read(100)), numbered("n", 2, 3) + numbered("m", 1, 1));
    QCOMPARE(source->takeNotice(), QString());
    QVERIFY(source->error().isNull());
}

void TestFileSource::followSurvivesTruncation()
{
    const QString file = path(QStringLiteral("in.ndjson"));
    write(file, "{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n");
    auto source = open(file, true);
    QVERIFY(source);
    QCOMPARE(source->read(100).size(), 3);

    // copytruncate: same file, emptied, then written again.
    write(file, "{\"m\":1}\n");
    const auto records = source->read(100);
    QCOMPARE(bytesOf(records), QList<QByteArray> { "{\"m\":1}" });
    QCOMPARE(records.first().line, 1);
    QCOMPARE(records.first().after.offset, 8);
    append(file, "{\"m\":2}\n");
    QCOMPARE(bytesOf(source->read(100)), QList<QByteArray> { "{\"m\":2}" });
    QCOMPARE(source->takeNotice(), QString()); // as before: not told
}

// `export > followed.ndjson` written faster than the follower looked: the file never seemed shorter than what
// was read, but the bytes before the position are others. Told, and read from its start.
void TestFileSource::followStartsOverWhenRewrittenInPlace()
{
    const QString file = path(QStringLiteral("in.ndjson"));
    write(file, "{\"n\":1}\n{\"n\":2}\n");
    auto source = open(file, true);
    QVERIFY(source);
    QCOMPARE(source->read(100).size(), 2);
    QVERIFY(source->read(100).isEmpty()); // at the end, waiting for more

    const quint64 inode = inodeOf(file);
    write(file, "{\"m\":1}\n{\"m\":2}\n{\"m\":3}\n");
    QCOMPARE(inodeOf(file), inode);
    const auto records = source->read(100);
    QCOMPARE(bytesOf(records), (QList<QByteArray> { "{\"m\":1}", "{\"m\":2}", "{\"m\":3}" }));
    QCOMPARE(linesOf(records), (QList<qint64> { 1, 2, 3 }));
    QCOMPARE(source->takeNotice(),
        QStringLiteral(
            "%1 was rewritten in place while it was followed (its content before the position read "
            "changed): reading it from the start; profiles already sent produce nothing again.")
            .arg(file));
    QCOMPARE(source->takeNotice(), QString());

    // Appends go on as usual, untold.
    append(file, "{\"m\":4}\n");
    QCOMPARE(bytesOf(source->read(100)), QList<QByteArray> { "{\"m\":4}" });
    QVERIFY(source->read(100).isEmpty());
    QCOMPARE(source->takeNotice(), QString());
    QVERIFY(source->error().isNull());
}

void TestFileSource::followWaitsForAVanishedPath()
{
    const QString file = path(QStringLiteral("in.ndjson"));
    write(file, "{\"n\":1}\n{\"n\":2}\n");
    auto source = open(file, true);
    QVERIFY(source);
    QCOMPARE(source->read(100).size(), 2);

    QVERIFY(QFile::remove(file));
    QVERIFY(source->read(100).isEmpty());
    QVERIFY(source->read(100).isEmpty());
    QVERIFY(source->error().isNull());
    QVERIFY(!source->atEnd());

    // Longer than what was read, so only noticing the new file (not a truncation) finds its start.
    write(file, "{\"m\":1}\n{\"m\":2}\n{\"m\":3}\n");
    QCOMPARE(bytesOf(source->read(100)), (QList<QByteArray> { "{\"m\":1}", "{\"m\":2}", "{\"m\":3}" }));
}

// Rotated to something that cannot be opened (here a directory; a file without read permission is the same to
// a user, but not to root, who runs the tests in CI): said, and waited on like a missing file, like `tail
// -F`.
void TestFileSource::followWaitsForAPathThatCannotBeOpened()
{
    const QString file = path(QStringLiteral("in.ndjson"));
    write(file, "{\"n\":1}\n");
    auto source = open(file, true);
    QVERIFY(source);
    QCOMPARE(source->read(100).size(), 1);

    QVERIFY(QFile::rename(file, file + QStringLiteral(".1")));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("in.ndjson")));
    QVERIFY(source->read(100).isEmpty());
    QVERIFY2(source->error().message.contains(QStringLiteral("it is a directory")),
        qPrintable(source->error().message));
    QVERIFY(!source->atEnd());
    QVERIFY(source->read(100).isEmpty()); // still waiting, still said
    QVERIFY(!source->error().isNull());

    QVERIFY(QDir(m_dir->path()).rmdir(QStringLiteral("in.ndjson")));
    write(file, "{\"m\":1}\n");
    QCOMPARE(bytesOf(source->read(100)), (QList<QByteArray> { "{\"m\":1}" }));
    QVERIFY(source->error().isNull());
    QVERIFY(!source->atEnd());
}

void TestFileSource::anUnreadableFileIsAnErrorNamingIt()
{
    const qad::test::FilePermissionsApply asAnyUser; // root too
    QVERIFY(asAnyUser.applies());
    const QString file = path(QStringLiteral("private.ndjson"));
    write(file, "{\"a\":1}\n");
    QVERIFY(::chmod(QFile::encodeName(file).constData(), 0200) == 0);
    const auto source = openProfileSource(file, SourceOptions {});
    QVERIFY(!source);
    QCOMPARE(source.error().message,
        QStringLiteral("Cannot open %1: Permission denied; check that the file is readable.")
            .arg(QDir::toNativeSeparators(file)));
}

void TestFileSource::followWaitsForAPathThatDoesNotExistYet()
{
    const QString file = path(QStringLiteral("later.ndjson"));
    auto source = open(file, true);
    QVERIFY(source);
    QCOMPARE(source->name(), QFileInfo(file).absoluteFilePath());
    QVERIFY(source->read(100).isEmpty());
    QVERIFY(source->error().isNull());
    write(file, "[\n{\"a\":1},");
    QCOMPARE(bytesOf(source->read(100)), QList<QByteArray> { "{\"a\":1}" });
    append(file, "{\"a\":2}]");
    QCOMPARE(bytesOf(source->read(100)), QList<QByteArray> { "{\"a\":2}" });
}

void TestFileSource::missingFileIsAnError()
{
    const QString file = path(QStringLiteral("missing.ndjson"));
    const auto source = openProfileSource(file, SourceOptions {});
    QVERIFY(!source);
    QCOMPARE(source.error().message,
        QStringLiteral("Cannot open %1: No such file; check the path.").arg(QDir::toNativeSeparators(file)));

    const auto directory = openProfileSource(m_dir->path(), SourceOptions {});
    QVERIFY(!directory);
    QVERIFY(directory.error().message.contains(QStringLiteral("it is a directory")));
}

void TestFileSource::encodedOrCompressedInputIsRefusedAsAWhole_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("how");
    const QString text = QStringLiteral("[{\"identityMap\":{\"Email\":[{\"id\":\"a@example.com\"}]}}]\r\n");
    QByteArray little("\xFF\xFE");
    QByteArray big("\xFE\xFF");
    for (const QChar c : text) {
        little.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        big.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    const QString utf16 = QStringLiteral("it is UTF-16 text");
    const QString iconv = QStringLiteral("iconv -f UTF-16 -t UTF-8");
    QTest::newRow("UTF-16, little-endian")
        << little << utf16 << iconv; // what Windows PowerShell writes with >
    QTest::newRow("UTF-16, big-endian") << big << utf16 << iconv;
    // {"a":1}\n{"a":2}\n through gzip: Experience Platform's exports come compressed.
    const QByteArray gzip(
        "\x1F\x8B\x08\x00\x00\x00\x00\x00\x02\xFF\xAB\x56\x4A\x54\xB2\x32\xAC\xE5\xAA\x06\xD1\x46"
        "\xB5\x5C\x00\x66\xC0\x5A\x19\x10\x00\x00\x00",
        33);
    QTest::newRow("gzip") << gzip << QStringLiteral("it is gzip-compressed")
                          << QStringLiteral("gunzip -c FILE | qadctl run ID --source -");
}

// Not one reject per line, each saying "invalid UTF-8": the source stops at once and says how to convert it.
void TestFileSource::encodedOrCompressedInputIsRefusedAsAWhole()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, what);
    QFETCH(QString, how);
    const QString file = path(QStringLiteral("profiles.json"));
    write(file, input);
    auto source = open(file);
    QVERIFY(source);
    QVERIFY(source->read(100).isEmpty());
    QVERIFY(source->atEnd());
    const QString message = source->error().message;
    QVERIFY2(message.startsWith(QStringLiteral("Cannot read %1: %2").arg(file, what)), qPrintable(message));
    QVERIFY2(message.contains(how), qPrintable(message));

    // A checkpoint taken before (when its lines were rejected one by one) does not make it readable.
    auto resumed = open(file);
    QVERIFY(resumed);
    QVERIFY(resumed->resume(SourcePosition { file, inodeOf(file), input.size(), 1 }));
    QVERIFY(resumed->read(100).isEmpty());
    QVERIFY(resumed->atEnd());
    QVERIFY(resumed->error().message.contains(what));
}

void TestFileSource::standardInputOnAPipe()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    StdinSource source(fds[0]);
    QCOMPARE(source.name(), QStringLiteral("-"));
    QVERIFY(source.read(10).isEmpty());
    QVERIFY(!source.atEnd());

    QList<SourceRecord> records;
    const auto collect = [&] {
        records += source.read(100);
        return records.size();
    };
    const QByteArray first = "{\"n\":1}\n\n{\"n\":";
    QCOMPARE(::write(fds[1], first.constData(), size_t(first.size())), first.size());
    QTRY_COMPARE(collect(), 1);
    const QByteArray rest = "2}\r\n{\"n\":3}";
    QCOMPARE(::write(fds[1], rest.constData(), size_t(rest.size())), rest.size());
    QTRY_COMPARE(collect(), 2);
    QVERIFY(!source.atEnd());
    ::close(fds[1]);
    QTRY_VERIFY((collect(), source.atEnd()));

    QCOMPARE(bytesOf(records), (QList<QByteArray> { "{\"n\":1}", "{\"n\":2}", "{\"n\":3}" }));
    QCOMPARE(linesOf(records), (QList<qint64> { 1, 3, 4 }));
    QCOMPARE(records.last().after.source, QStringLiteral("-"));
    QCOMPARE(records.last().after.inode, quint64(0));
    QVERIFY(source.error().isNull());
    ::close(fds[0]);
}

void TestFileSource::standardInputAsAJsonArray()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    auto source = std::make_unique<StdinSource>(fds[0]);
    const QByteArray input = " [{\"a\":\n1}, {\"a\":2}]\n";
    QCOMPARE(::write(fds[1], input.constData(), size_t(input.size())), input.size());
    ::close(fds[1]);
    QList<SourceRecord> records;
    QTRY_VERIFY((records += source->read(100), source->atEnd()));
    QCOMPARE(bytesOf(records), (QList<QByteArray> { "{\"a\":\n1}", "{\"a\":2}" }));
    QCOMPARE(linesOf(records), (QList<qint64> { 1, 2 }));

    // Destroyed while its reader waits on a pipe that stays open: must not hang.
    int idle[2];
    QCOMPARE(::pipe(idle), 0);
    source = std::make_unique<StdinSource>(idle[0]);
    QVERIFY(source->read(10).isEmpty());
    source.reset();
    ::close(idle[0]);
    ::close(idle[1]);
    ::close(fds[0]);
}

void TestFileSource::standardInputCannotResume()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    StdinSource source(fds[0]);
    const auto resumed = source.resume(SourcePosition { QStringLiteral("-"), 0, 10, 1 });
    QVERIFY(!resumed);
    QVERIFY(resumed.error().message.contains(QStringLiteral("cannot be resumed")));
    ::close(fds[1]);
    QTRY_VERIFY((source.read(10), source.atEnd()));
    ::close(fds[0]);
}

void TestFileSource::standardInputInUtf16IsRefused()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    StdinSource source(fds[0]);
    const QByteArray input("\xFF\xFE{\0}\0\n\0", 8);
    QCOMPARE(::write(fds[1], input.constData(), size_t(input.size())), input.size());
    QList<SourceRecord> records;
    QTRY_VERIFY((records += source.read(100), source.atEnd())); // without waiting for the input to end
    QVERIFY(records.isEmpty());
    QVERIFY2(
        source.error().message.startsWith(QStringLiteral("Cannot read standard input: it is UTF-16 text")),
        qPrintable(source.error().message));
    ::close(fds[1]);
    ::close(fds[0]);
}

void TestFileSource::openNamesTheSource()
{
    const auto stdinSource = openProfileSource(QStringLiteral("-"), SourceOptions {});
    QVERIFY(stdinSource);
    QCOMPARE((*stdinSource)->name(), QStringLiteral("-"));

    write(path(QStringLiteral("in.ndjson")), "{}\n");
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    const auto file = openProfileSource(QStringLiteral("in.ndjson"), SourceOptions {});
    QDir::setCurrent(previous);
    QVERIFY(file);
    QCOMPARE((*file)->name(), QFileInfo(path(QStringLiteral("in.ndjson"))).absoluteFilePath());
    QCOMPARE((*file)->read(10).first().after.source, (*file)->name());
}

void TestFileSource::throughput()
{
    const QString file = path(QStringLiteral("big.ndjson"));
    QByteArray input;
    constexpr int kLines = 50000;
    for (int i = 0; i < kLines; ++i) {
        input += "{\"identityMap\":{\"Email\":[{\"id\":\"user" + QByteArray::number(i)
            + "@example.com\",\"primary\":true}]},\"person\":{\"name\":{\"firstName\":\"Ann\"}},"
              "\"segmentMembership\":{\"ups\":{\"046456e3-18e1-48a6-9bda-d68547861283\":{\"status\":"
              "\"realized\"}}}}\n";
    }
    write(file, input);

    QElapsedTimer timer;
    timer.start();
    auto source = open(file);
    QVERIFY(source);
    qint64 count = 0;
    qint64 lastLine = 0;
    while (!source->atEnd()) {
        for (const auto &record : source->read(500)) {
            ++count;
            QVERIFY(record.line == lastLine + 1 && record.error.isEmpty());
            lastLine = record.line;
        }
    }
    const double seconds = std::max(timer.nsecsElapsed() / 1e9, 1e-9);
    QCOMPARE(count, kLines);
    qInfo("NDJSON source: %d lines, %.1f MB in %.3f s: %.0f MB/s, %.0f records/s", kLines, input.size() / 1e6,
        seconds, input.size() / 1e6 / seconds, kLines / seconds);
}

QTEST_GUILESS_MAIN(TestFileSource)
#include "tst_filesource.moc"
