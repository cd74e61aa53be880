// A source path that is not a regular file (a named pipe, `<(…)`'s /dev/fd/N, a device): read like standard
// input, on a reader thread, so neither opening it nor reading it ever waits for its writer (SPEC §4).

#include "filepermissionsapply.h"
#include "sourcerecords.h"
#include "sources/profilesource.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <mutex>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace qad;
using qad::test::bytesOf;

namespace {

// Against the bug these tests are about: what opens or reads a pipe on the calling thread waits for its
// writer, for ever. After a generous delay, `rescue` ends such a wait (a writer opens a named pipe and closes
// it at once, say): the test then fails (rescued()) instead of hanging. Never needed when the source does not
// wait.
class Rescuer
{
public:
    explicit Rescuer(std::function<void()> rescue)
        : m_rescue(std::move(rescue))
    {
        m_thread = std::thread([this] {
            std::unique_lock<std::mutex> lock(m_mutex);
            if (m_cancelled.wait_for(lock, std::chrono::seconds(5), [this] { return m_done; })) {
                return;
            }
            m_rescue();
            m_rescued = true;
        });
    }
    // For a named pipe: a writer comes and goes.
    explicit Rescuer(const QString &fifo)
        : Rescuer([path = QFile::encodeName(fifo)] {
            const int fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (fd >= 0) {
                ::close(fd);
            }
        })
    { }
    ~Rescuer() { stop(); }
    Rescuer(const Rescuer &) = delete;
    Rescuer &operator=(const Rescuer &) = delete;

    // Whether the wait had to be ended from outside; stops the rescuer.
    bool rescued()
    {
        stop();
        return m_rescued;
    }

private:
    void stop()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_done = true;
        }
        m_cancelled.notify_all();
        if (m_thread.joinable()) {
            m_thread.join();
        }
    }

    std::function<void()> m_rescue;
    std::mutex m_mutex;
    std::condition_variable m_cancelled;
    bool m_done = false;
    bool m_rescued = false;
    std::thread m_thread;
};

// A writer end of `fifo`, opened without waiting: it succeeds once the source holds the pipe open for
// reading.
int openWriter(const QString &fifo)
{
    return ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
}

bool writeAll(int fd, const QByteArray &bytes)
{
    return ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
}

QString errorsOf(const QList<SourceRecord> &records)
{
    QStringList errors;
    for (const auto &record : records) {
        if (!record.error.isEmpty()) {
            errors.append(record.error);
        }
    }
    return errors.join(u'\n');
}

} // namespace

class TestPipeSource : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void openingANamedPipeDoesNotWaitForAWriter_data();
    void openingANamedPipeDoesNotWaitForAWriter();
    void recordsArriveWhileTheWriterHoldsThePipe();
    void theWritersCloseIsTheEndWhenNotFollowed();
    void followedTheNextWriterIsRead();
    void followedAPipeMadeAgainAtThePathIsRead();
    void destroyedWhileWaitingForAWriterReturnsPromptly_data();
    void destroyedWhileWaitingForAWriterReturnsPromptly();
    void aCheckpointIsNotResumedButEverythingRead();
    void anAnonymousPipeEndsWithItsWriterEvenFollowed();
    void aPipeThatCannotBeOpenedIsAnErrorNamingIt();
    void aSocketIsRefusedWithAReason();
    void aFollowedFileReplacedByANamedPipeIsNotWaitedOn();

private:
    // Makes a named pipe in the test's directory: its absolute path.
    QString makeFifo(const QString &name = QStringLiteral("in.fifo"));
    // Opens `fifo` as a source, failing the test (not hanging) if opening waits for a writer.
    std::unique_ptr<ProfileSource> openFifo(const QString &fifo, bool follow);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPipeSource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestPipeSource::makeFifo(const QString &name)
{
    const QString fifo = QFileInfo(m_dir->filePath(name)).absoluteFilePath();
    if (::mkfifo(QFile::encodeName(fifo).constData(), 0600) != 0) {
        qWarning("mkfifo %s: %s", qPrintable(fifo), std::strerror(errno));
        return {};
    }
    return fifo;
}

std::unique_ptr<ProfileSource> TestPipeSource::openFifo(const QString &fifo, bool follow)
{
    Rescuer rescuer(fifo);
    auto source = openProfileSource(fifo, SourceOptions { follow });
    if (rescuer.rescued()) {
        qWarning("opening %s waited for a writer", qPrintable(fifo));
        return nullptr;
    }
    if (!source) {
        qWarning("%s", qPrintable(source.error().message));
        return nullptr;
    }
    return std::move(source).value();
}

void TestPipeSource::openingANamedPipeDoesNotWaitForAWriter_data()
{
    QTest::addColumn<bool>("follow");
    QTest::newRow("read to its end") << false;
    QTest::newRow("followed") << true;
}

void TestPipeSource::openingANamedPipeDoesNotWaitForAWriter()
{
    QFETCH(bool, follow);
    const QString fifo = makeFifo();
    QVERIFY(!fifo.isEmpty());
    const auto source = openFifo(fifo, follow);
    QVERIFY(source);
    QCOMPARE(source->name(), fifo);
    QVERIFY(source->read(10).isEmpty()); // nothing yet, and no waiting for it
    QVERIFY(!source->atEnd()); // a pipe no writer opened yet has not ended
    QVERIFY(source->error().isNull());
    QVERIFY(source->takeNotice().isEmpty());

    // Named the same from a relative path: messages, rejects and checkpoints name it by its absolute path.
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    auto relative = openProfileSource(QFileInfo(fifo).fileName(), SourceOptions { follow });
    QDir::setCurrent(previous);
    QVERIFY(relative);
    QCOMPARE((*relative)->name(), fifo);
}

void TestPipeSource::recordsArriveWhileTheWriterHoldsThePipe()
{
    const QString fifo = makeFifo();
    QVERIFY(!fifo.isEmpty());
    const auto source = openFifo(fifo, false);
    QVERIFY(source);
    const int writer = openWriter(fifo);
    QVERIFY2(writer >= 0, std::strerror(errno));

    QList<SourceRecord> records;
    const auto collect = [&] {
        records += source->read(100);
        return records.size();
    };
    QVERIFY(writeAll(writer, "{\"n\":1}\n{\"n\":2}\n{\"n\":"));
    QTRY_COMPARE(collect(), 2); // the writer still has the pipe
    QCOMPARE(bytesOf(records), (QList<QByteArray> { "{\"n\":1}", "{\"n\":2}" }));
    QCOMPARE(records.last().line, 2);
    QCOMPARE(records.last().after.source, fifo);
    QCOMPARE(records.last().after.inode, quint64(0)); // a stream: never resumed at a byte offset
    QVERIFY(!source->atEnd());

    QVERIFY(writeAll(writer, "3}\n"));
    QTRY_COMPARE(collect(), 3);
    QVERIFY(!source->atEnd());
    ::close(writer);
}

void TestPipeSource::theWritersCloseIsTheEndWhenNotFollowed()
{
    const QString fifo = makeFifo();
    QVERIFY(!fifo.isEmpty());
    const auto source = openFifo(fifo, false);
    QVERIFY(source);
    const int writer = openWriter(fifo);
    QVERIFY2(writer >= 0, std::strerror(errno));
    QVERIFY(writeAll(writer, "{\"n\":1}\n{\"n\":2}")); // the last line without its newline
    QList<SourceRecord> records;
    QTRY_COMPARE((records += source->read(100), records.size()), 1);
    QVERIFY(!source->atEnd());

    ::close(writer);
    QTRY_VERIFY((records += source->read(100), source->atEnd()));
    QCOMPARE(bytesOf(records), (QList<QByteArray> { "{\"n\":1}", "{\"n\":2}" }));
    QVERIFY(source->error().isNull());
    QVERIFY(source->read(100).isEmpty());
    QVERIFY(source->atEnd());
}

void TestPipeSource::followedTheNextWriterIsRead()
{
    const QString fifo = makeFifo();
    QVERIFY(!fifo.isEmpty());
    const auto source = openFifo(fifo, true);
    QVERIFY(source);

    QList<SourceRecord> records;
    const auto collect = [&] {
        records += source->read(100);
        return records.size();
    };
    int writer = openWriter(fifo);
    QVERIFY2(writer >= 0, std::strerror(errno));
    QVERIFY(writeAll(writer, "{\"first\":1}\n{\"first\":2}")); // its last line ends with it
    QTRY_COMPARE(collect(), 1);
    ::close(writer);
    QTRY_COMPARE(collect(), 2);
    QVERIFY(!source->atEnd()); // followed: waiting for the next writer
    QVERIFY(source->error().isNull());

    // The next writer is a program of its own, with a stream of its own: a JSON array, told from its start.
    QProcess producer;
    QSignalSpy finished(&producer, &QProcess::finished);
    producer.start(QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"),
            QStringLiteral("printf '%s\\n' '[{\"second\":1},' '{\"second\":2}]' > \"$1\""),
            QStringLiteral("sh"), fifo });
    QVERIFY(finished.wait(20000));
    QCOMPARE(producer.exitCode(), 0);
    QTRY_COMPARE(collect(), 4);
    QCOMPARE(bytesOf(records),
        (QList<QByteArray> { "{\"first\":1}", "{\"first\":2}", "{\"second\":1}", "{\"second\":2}" }));
    QCOMPARE(records.at(2).line, 1); // counted in the second writer's stream
    QCOMPARE(errorsOf(records), QString());
    QVERIFY(!source->atEnd());

    // And a third, while the source is still there to read it.
    writer = openWriter(fifo);
    QVERIFY2(writer >= 0, std::strerror(errno));
    QVERIFY(writeAll(writer, "{\"third\":1}\n"));
    QTRY_COMPARE(collect(), 5);
    ::close(writer);
    QVERIFY(!source->atEnd());
}

// Like a rotated file: the pipe is removed (said, and waited out) and made again; its writer is read.
void TestPipeSource::followedAPipeMadeAgainAtThePathIsRead()
{
    const QString fifo = makeFifo();
    QVERIFY(!fifo.isEmpty());
    const auto source = openFifo(fifo, true);
    QVERIFY(source);
    QVERIFY(source->read(100).isEmpty());

    QVERIFY(QFile::remove(fifo));
    QTRY_VERIFY2((source->read(100),
                     source->error().message.contains(
                         QStringLiteral("Cannot open %1: ").arg(QDir::toNativeSeparators(fifo)))),
        qPrintable(source->error().message));
    QVERIFY(!source->atEnd());

    QCOMPARE(makeFifo(), fifo);
    int writer = -1; // fails until the source has the new pipe open
    QTRY_VERIFY((writer = openWriter(fifo)) >= 0);
    QVERIFY(writeAll(writer, "{\"again\":1}\n"));
    QList<SourceRecord> records;
    QTRY_COMPARE((records += source->read(100), records.size()), 1);
    QCOMPARE(bytesOf(records), QList<QByteArray> { "{\"again\":1}" });
    QVERIFY(source->error().isNull());
    ::close(writer);
}

void TestPipeSource::destroyedWhileWaitingForAWriterReturnsPromptly_data()
{
    QTest::addColumn<bool>("follow");
    QTest::addColumn<bool>("afterAWriter");
    QTest::newRow("no writer yet") << false << false;
    QTest::newRow("followed, no writer yet") << true << false;
    QTest::newRow("followed, after a writer") << true << true;
}

void TestPipeSource::destroyedWhileWaitingForAWriterReturnsPromptly()
{
    QFETCH(bool, follow);
    QFETCH(bool, afterAWriter);
    const QString fifo = makeFifo();
    QVERIFY(!fifo.isEmpty());
    auto source = openFifo(fifo, follow);
    QVERIFY(source);
    if (afterAWriter) {
        const int writer = openWriter(fifo);
        QVERIFY2(writer >= 0, std::strerror(errno));
        QVERIFY(writeAll(writer, "{\"n\":1}\n"));
        ::close(writer);
        QList<SourceRecord> records;
        QTRY_COMPARE((records += source->read(100), records.size()), 1);
    }
    QVERIFY(source->read(100).isEmpty());
    QVERIFY(!source->atEnd());

    QElapsedTimer timer;
    timer.start();
    Rescuer rescuer(fifo);
    source.reset(); // its reader waits for a writer that never comes
    QVERIFY2(!rescuer.rescued(), "the destructor waited for a writer");
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestPipeSource::aCheckpointIsNotResumedButEverythingRead()
{
    const QString fifo = makeFifo();
    QVERIFY(!fifo.isEmpty());
    const auto source = openFifo(fifo, false);
    QVERIFY(source);
    // Left by an earlier run of the same path: a pipe cannot seek, and what it gives now is all new.
    const auto resumed = source->resume(SourcePosition { fifo, 0, 16, 2, 0 });
    QVERIFY2(resumed, qPrintable(resumed.error().message));
    QCOMPARE(*resumed, Resumed::FromStart);

    const int writer = openWriter(fifo);
    QVERIFY2(writer >= 0, std::strerror(errno));
    QVERIFY(writeAll(writer, "{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n"));
    ::close(writer);
    QList<SourceRecord> records;
    QTRY_VERIFY((records += source->read(100), source->atEnd()));
    QCOMPARE(bytesOf(records), (QList<QByteArray> { "{\"n\":1}", "{\"n\":2}", "{\"n\":3}" }));
}

// `--source <(producer)`: bash gives /dev/fd/N, an anonymous pipe no other writer can ever open. Its end is
// the end even when followed (opened again, it would only report its end, over and over).
void TestPipeSource::anAnonymousPipeEndsWithItsWriterEvenFollowed()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    const QString path = QStringLiteral("/dev/fd/%1").arg(fds[0]);
    const auto source = openFifo(path, true);
    QVERIFY(source);
    QCOMPARE(source->name(), path);
    QVERIFY(writeAll(fds[1], "{\"n\":1}\n"));
    QList<SourceRecord> records;
    {
        // Reading it must not wait for its writer to close it. If it does, the writer end becomes
        // /dev/null's.
        Rescuer rescuer([writer = fds[1]] {
            const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
            ::dup2(null, writer);
            ::close(null);
        });
        QTRY_COMPARE((records += source->read(100), records.size()), 1);
        QVERIFY2(!rescuer.rescued(), "reading waited for the writer to close the pipe");
    }
    QVERIFY(!source->atEnd());
    ::close(fds[1]);
    QTRY_VERIFY((records += source->read(100), source->atEnd()));
    QCOMPARE(bytesOf(records), QList<QByteArray> { "{\"n\":1}" });
    QVERIFY(source->error().isNull());
    ::close(fds[0]);
}

void TestPipeSource::aPipeThatCannotBeOpenedIsAnErrorNamingIt()
{
    const qad::test::FilePermissionsApply asAnyUser; // root too
    QVERIFY(asAnyUser.applies());
    const QString fifo = makeFifo();
    QVERIFY(!fifo.isEmpty());
    QVERIFY(::chmod(QFile::encodeName(fifo).constData(), 0200) == 0); // a writer's, not ours to read
    Rescuer rescuer(fifo);
    const auto source = openProfileSource(fifo, SourceOptions {});
    QVERIFY(!rescuer.rescued());
    QVERIFY(!source);
    QCOMPARE(source.error().message,
        QStringLiteral("Cannot open %1: Permission denied; check that it is readable.")
            .arg(QDir::toNativeSeparators(fifo)));
}

void TestPipeSource::aSocketIsRefusedWithAReason()
{
    const QString path = QFileInfo(m_dir->filePath(QStringLiteral("in.sock"))).absoluteFilePath();
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    QVERIFY(size_t(encoded.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)), 0);

    const auto source = openProfileSource(path, SourceOptions {});
    ::close(fd);
    QVERIFY(!source);
    QVERIFY2(source.error().message.startsWith(
                 QStringLiteral("Cannot open %1: it is a socket").arg(QDir::toNativeSeparators(path))),
        qPrintable(source.error().message));
}

// A named pipe that takes the place of a followed file is not opened as a file, which would wait for its
// writer on the reading thread: said, and waited out like a path that cannot be opened.
void TestPipeSource::aFollowedFileReplacedByANamedPipeIsNotWaitedOn()
{
    const QString file = QFileInfo(m_dir->filePath(QStringLiteral("in.ndjson"))).absoluteFilePath();
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"n\":1}\n");
    }
    auto opened = openProfileSource(file, SourceOptions { true });
    QVERIFY(opened);
    const auto source = std::move(opened).value();
    QCOMPARE(source->read(100).size(), 1);

    QVERIFY(QFile::remove(file));
    QCOMPARE(makeFifo(QStringLiteral("in.ndjson")), file);
    Rescuer rescuer(file);
    QVERIFY(source->read(100).isEmpty());
    QVERIFY2(!rescuer.rescued(), "reading waited for the pipe's writer");
    QVERIFY2(source->error().message.contains(QStringLiteral("it became a named pipe")),
        qPrintable(source->error().message));
    QVERIFY(!source->atEnd());
}

QTEST_GUILESS_MAIN(TestPipeSource)
#include "tst_pipesource.moc"
