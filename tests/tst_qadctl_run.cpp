// `qadctl run` end to end: the built binary streams a real file to a fake Qualtrics receiver on loopback
// (SPEC §4–§8, §10). The shared fixture (qadctlrun.h) starts it; the full disk has tests of its own
// (tst_qadctl_disk).
#include "common/cpuplacement.h"
#include "qadctlrun.h"
#include "storage/sqlitestorage.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

using namespace qad;
using namespace qad::test;

namespace {
ino_t inodeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

// Sets when `path` was last written (seconds since the epoch): what tells rotations apart by age.
bool setModified(const QString &path, qint64 seconds)
{
    const timespec times[2] = { { time_t(seconds), 0 }, { time_t(seconds), 0 } };
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

// Whether process `pid` has `path` open: /proc/PID/fd links to what each of its descriptors is (Linux).
bool holdsOpen(qint64 pid, const QString &path)
{
    const QString target = QFileInfo(path).canonicalFilePath();
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char link[4096];
        const ssize_t size = ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), link, sizeof link);
        if (size > 0 && QFile::decodeName(QByteArray(link, size)) == target) {
            return true;
        }
    }
    return false;
}

// Whether process `pid` has a handler for `signal` (SigCgt in /proc/PID/status, Linux): `qadctl run` sets
// its own up before it opens the source.
bool catchesSignal(qint64 pid, int signal)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return false;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("SigCgt:")) {
            return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> (signal - 1)) & 1;
        }
    }
    return false;
}

// Opens a writer end of `fifo` without waiting: fails (ENXIO) until a reader has it open.
int openFifoWriter(const QString &fifo)
{
    return ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
}

// Another program's write transaction on a database (a database browser's, say): taken when made, rolled back
// when it ends.
class HeldWriteLock
{
public:
    explicit HeldWriteLock(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        QSqlQuery begin(db);
        m_held = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        m_error = begin.lastError().text();
    }
    ~HeldWriteLock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(kConnection, false);
            if (m_held) {
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(kConnection);
    }
    HeldWriteLock(const HeldWriteLock &) = delete;
    HeldWriteLock &operator=(const HeldWriteLock &) = delete;

    bool held() const { return m_held; }
    QString error() const { return m_error; }

private:
    static inline const QString kConnection = QStringLiteral("held-write-lock");
    bool m_held = false;
    QString m_error;
};

} // namespace

class TestQadctlRun : public QadctlRunFixture
{
    Q_OBJECT

private:
    struct TwoCheckpoints
    {
        QString path; // empty when a run failed
        QByteArray old; // the five lines of the file
        qint64 firstTwo = 0; // where the first two end
        QStringList source; // qadctl run's options to read it
    };

    // A file of five profiles that `behind` read the first two of, and `ahead` all five (it ran alone for a
    // while): two checkpoints in it.
    TwoCheckpoints readWithTwoCheckpoints(const QString &ahead, const QString &behind)
    {
        TwoCheckpoints read;
        for (int i = 1; i <= 5; ++i) {
            read.old += profileLine(QStringLiteral("old%1@example.com").arg(i), QStringLiteral("Old"));
        }
        read.firstTwo = read.old.indexOf('\n', read.old.indexOf('\n') + 1) + 1;
        const QString path = writeSource(read.old.left(read.firstTwo));
        read.source = QStringList { QStringLiteral("--source"), path, QStringLiteral("--exit-when-idle") };
        if (qadctl(QStringList { QStringLiteral("run"), ahead, behind } + read.source).exitCode != 0) {
            return read;
        }
        QFile file(path);
        if (!file.open(QIODevice::Append) || file.write(read.old.mid(read.firstTwo)) < 0) {
            return read;
        }
        file.close();
        if (qadctl(QStringList { QStringLiteral("run"), ahead } + read.source).exitCode != 0
            || m_receiver.requestCount() != 2 * 2 + 3) {
            return read;
        }
        read.path = path;
        return read;
    }

    // The profiles (their email) of what was delivered to destination `id`, sorted: one per activation.
    QStringList sentTo(const QString &id)
    {
        QStringList emails;
        for (const QJsonValue &activation : history(id, QStringLiteral("succeeded"), 1000)) {
            const QString key = activation.toObject().value(QStringLiteral("profile")).toString();
            emails.append(key.mid(key.indexOf(u':') + 1));
        }
        emails.sort();
        return emails;
    }

    // p30@example.com …: the emails of profiles `first` to `last`.
    static QStringList emails(int first, int last)
    {
        QStringList list;
        for (int i = first; i <= last; ++i) {
            list.append(QStringLiteral("p%1@example.com").arg(i));
        }
        return list;
    }

    static QByteArray profiles(int first, int last, const QString &status = QStringLiteral("realized"))
    {
        QByteArray lines;
        for (const QString &email : emails(first, last)) {
            lines += profileLine(email, QStringLiteral("P"), status);
        }
        return lines;
    }

    static bool append(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(bytes) == bytes.size();
    }

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

    // The rest of a file rotated while the run was stopped, before the new file: p30–p34 were read, p35–p39
    // written after, then the file rotated to PATH.3 and p40–p41 written to a new one at PATH. Returns the
    // path and the run's arguments (empty when the first run failed).
    QPair<QString, QStringList> rotateWhileStopped(const QString &id)
    {
        const QString path = writeSource(profiles(30, 34));
        const QStringList run { QStringLiteral("run"), id, QStringLiteral("--source"), path,
            QStringLiteral("--exit-when-idle") };
        if (qadctl(run).exitCode != 0 || !append(path, profiles(35, 39))
            || !QFile::rename(path, path + QStringLiteral(".3"))) {
            return {};
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(profiles(40, 41)) < 0) {
            return {};
        }
        return { path, run };
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(listen()); }
    void init() { resetReceiver(); }

    void streamsAFileWithBadLinesMixedIn()
    {
        const QString id = newDestination(QStringLiteral("Stream"));
        QVERIFY(!id.isEmpty());
        QByteArray content;
        for (int i = 0; i < 40; ++i) {
            content
                += profileLine(QStringLiteral("user%1@example.com").arg(i), QStringLiteral("Name%1").arg(i));
            if (i == 10) {
                content += "{not json\n";
            }
            if (i == 20) {
                content += "[1,2,3]\n";
            }
        }
        // A profile with a hashed email only: excluded, with its reason.
        content
            += profileLine(QStringLiteral("5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"),
                QStringLiteral("Hashed"));
        const Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), writeSource(content),
            QStringLiteral("--exit-when-idle") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList emails = receivedEmails();
        QCOMPARE(QSet<QString>(emails.begin(), emails.end()).size(), 40);
        QCOMPARE(emails.size(), 40);

        const QJsonObject total = status(id).value(QStringLiteral("total")).toObject();
        QCOMPARE(total.value(QStringLiteral("profilesReceived")).toInt(), 41);
        QCOMPARE(total.value(QStringLiteral("identitiesActivated")).toInt(), 40);
        QCOMPARE(total.value(QStringLiteral("identitiesExcluded")).toInt(), 1);
        QCOMPARE(total.value(QStringLiteral("identitiesFailed")).toInt(), 0);
        QCOMPARE(total.value(QStringLiteral("activationRate")).toDouble(), 1.0);

        // The rejects are kept with source, line and reason.
        SqliteStorage storage(dataDir());
        QVERIFY(storage.open().ok());
        auto rejects = storage.rejects(10);
        QVERIFY(rejects.ok());
        QCOMPARE(rejects->size(), 2);
        QList<qint64> lines;
        for (const RejectRecord &r : *rejects) {
            lines.append(r.line);
            QVERIFY(!r.reason.isEmpty());
        }
        std::sort(lines.begin(), lines.end());
        QCOMPARE(lines, (QList<qint64> { 12, 23 }));
        QVERIFY2(run.err.contains(QStringLiteral("rejected 2")), qPrintable(run.err));

        // Each bad line is told on stderr as it is found, with its source, line and reason.
        const QString source = m_dir.filePath(QStringLiteral("source-%1.ndjson").arg(m_fileCounter));
        for (const RejectRecord &r : *rejects) {
            const QString told = QStringLiteral("rejected: %1: %2").arg(source, r.reason);
            QVERIFY2(run.err.contains(told), qPrintable(run.err));
        }
        QVERIFY2(run.err.contains(QStringLiteral(": line 12: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral(": line 23: ")), qPrintable(run.err));

        // history lists them, newest first, and the excluded profile with its reason.
        const QJsonArray rejected = history(id, QStringLiteral("rejected"));
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected.at(0).toObject().value(QStringLiteral("line")).toInt(), 23);
        QCOMPARE(rejected.at(1).toObject().value(QStringLiteral("line")).toInt(), 12);
        QCOMPARE(rejected.at(1).toObject().value(QStringLiteral("source")).toString(), source);
        QCOMPARE(rejected.at(1).toObject().value(QStringLiteral("excerpt")).toString(),
            QStringLiteral("{not json"));
        const QString rejectReason = rejected.at(1).toObject().value(QStringLiteral("reason")).toString();
        QVERIFY2(rejectReason.contains(QStringLiteral("JSON")), qPrintable(rejectReason));

        const QJsonArray excluded = history(id, QStringLiteral("excluded"));
        QCOMPARE(excluded.size(), 1);
        QCOMPARE(excluded.at(0).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("hashed_email"));
        const QString exclusionReason = excluded.at(0).toObject().value(QStringLiteral("reason")).toString();
        QVERIFY2(exclusionReason.contains(QStringLiteral("hashed")), qPrintable(exclusionReason));

        const Run text = qadctl(
            { QStringLiteral("history"), id, QStringLiteral("--status"), QStringLiteral("excluded") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("excluded"))
                && text.out.contains(QStringLiteral("hashed_email")),
            qPrintable(text.out));
        const Run wrong
            = qadctl({ QStringLiteral("history"), id, QStringLiteral("--status"), QStringLiteral("lost") });
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QStringLiteral("excluded or rejected")), qPrintable(wrong.err));
    }

    // A source full of bad records does not flood the terminal: the first 20 are told, then where to find the
    // rest; every one of them is kept and counted, and the good records go through.
    void manyBadRecordsAreToldUpToALimitAndAllKept()
    {
        const QString id = newDestination(QStringLiteral("Noisy"));
        QVERIFY(!id.isEmpty());
        QByteArray content;
        for (int i = 1; i <= 25; ++i) {
            content += QByteArray("{bad ") + QByteArray::number(i) + '\n';
        }
        content += profileLine(QStringLiteral("good@example.com"), QStringLiteral("Good"));
        const Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), QStringLiteral("-"),
                                   QStringLiteral("--exit-when-idle") },
            content);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(receivedEmails(), QStringList { QStringLiteral("good@example.com") });

        const QStringList told
            = run.err.split(QLatin1Char('\n')).filter(QStringLiteral("rejected: standard input: "));
        QCOMPARE(told.size(), 20);
        QVERIFY2(told.first().contains(QStringLiteral("line 1: ")), qPrintable(told.first()));
        QVERIFY2(told.last().contains(QStringLiteral("line 20: ")), qPrintable(told.last()));
        QVERIFY2(run.err.contains(QStringLiteral("qadctl history %1 --status rejected").arg(id)),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("rejected 25")), qPrintable(run.err));

        const QJsonArray kept = history(id, QStringLiteral("rejected"), 100);
        // The rejects list is the data directory's: the earlier tests' are in it too.
        int fromStandardInput = 0;
        for (const QJsonValue &r : kept) {
            fromStandardInput += r.toObject().value(QStringLiteral("source")).toString() == u"-" ? 1 : 0;
        }
        QCOMPARE(fromStandardInput, 25);
    }

    void identicalUpdatesProduceNothingAndExitsAreSentOnce()
    {
        const QString id = newDestination(QStringLiteral("Changes"));
        const QByteArray realized = profileLine(QStringLiteral("ann@example.com"), QStringLiteral("Ann"));
        const QByteArray renamed = profileLine(QStringLiteral("ann@example.com"), QStringLiteral("Annie"));
        const QByteArray exited = profileLine(
            QStringLiteral("ann@example.com"), QStringLiteral("Annie"), QStringLiteral("exited"));
        const Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"),
            writeSource(realized + realized + renamed + renamed + exited + exited),
            QStringLiteral("--exit-when-idle") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<FakeQualtrics::Request> &requests = m_receiver.requests();
        QCOMPARE(requests.size(), 3); // qualified, attribute changed, exited
        auto statusOf = [&](int i) {
            return requests.at(i)
                .json.value(QStringLiteral("segmentMembership"))
                .toObject()
                .value(QStringLiteral("ups"))
                .toObject()
                .value(kAudience)
                .toObject()
                .value(QStringLiteral("status"))
                .toString();
        };
        QCOMPARE(statusOf(0), QStringLiteral("realized"));
        QCOMPARE(requests.at(1)
                     .json.value(QStringLiteral("person"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toObject()
                     .value(QStringLiteral("firstName"))
                     .toString(),
            QStringLiteral("Annie"));
        QCOMPARE(statusOf(2), QStringLiteral("exited"));
    }

    void aRestartNeitherLosesNorRereadsLines()
    {
        const QString id = newDestination(QStringLiteral("Restart"));
        QByteArray first;
        for (int i = 0; i < 30; ++i) {
            first += profileLine(QStringLiteral("r%1@example.com").arg(i), QStringLiteral("R"));
        }
        const QString path = writeSource(first);
        QCOMPARE(qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), path,
                            QStringLiteral("--exit-when-idle") })
                     .exitCode,
            0);
        QCOMPARE(m_receiver.requestCount(), 30);
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        for (int i = 30; i < 50; ++i) {
            file.write(profileLine(QStringLiteral("r%1@example.com").arg(i), QStringLiteral("R")));
        }
        file.close();
        QCOMPARE(qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), path,
                            QStringLiteral("--exit-when-idle") })
                     .exitCode,
            0);
        const QStringList emails = receivedEmails();
        QCOMPARE(emails.size(), 50);
        QCOMPARE(QSet<QString>(emails.begin(), emails.end()).size(), 50);
    }

    // `export > same.ndjson` between two runs: the file keeps its inode and grows, but its first lines are
    // new. The second run notices the bytes before its checkpoint changed, says so once, and reads the file
    // from its start, so none of the new profiles is lost.
    void aFileRewrittenInPlaceIsReadAgainFromItsStart()
    {
        const QString id = newDestination(QStringLiteral("Rewritten"));
        const QString path
            = writeSource(profileLine(QStringLiteral("old1@example.com"), QStringLiteral("Old"))
                + profileLine(QStringLiteral("old2@example.com"), QStringLiteral("Old")));
        const QStringList run { QStringLiteral("run"), id, QStringLiteral("--source"), path,
            QStringLiteral("--exit-when-idle") };
        const Run first = qadctl(run);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(m_receiver.requestCount(), 2);
        const qint64 oldSize = QFileInfo(path).size();
        const ino_t inode = inodeOf(path);
        QVERIFY(inode != 0);

        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate)); // in place, like the shell's >
        for (int i = 1; i <= 3; ++i) {
            file.write(profileLine(QStringLiteral("new%1@example.com").arg(i), QStringLiteral("New")));
        }
        file.close();
        QVERIFY(QFileInfo(path).size() >= oldSize);
        QCOMPARE(inodeOf(path), inode);
        m_receiver.clear();

        const Run second = qadctl(run);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QStringList emails = receivedEmails();
        emails.sort(); // several in flight: in any order
        QCOMPARE(emails,
            (QStringList { QStringLiteral("new1@example.com"), QStringLiteral("new2@example.com"),
                QStringLiteral("new3@example.com") }));
        const QString notice = QStringLiteral(
            "qadctl: %1 was rewritten since the last run (its content before the saved position changed): "
            "reading it from the start; profiles already sent produce nothing again.")
                                   .arg(path);
        QCOMPARE(second.err.count(notice), 1);
        QVERIFY2(!first.err.contains(QStringLiteral("rewritten")), qPrintable(first.err));

        // The next run goes on after the last line, quietly: nothing new, nothing sent, nothing told.
        m_receiver.clear();
        const Run third = qadctl(run);
        QVERIFY2(third.exitCode == 0, qPrintable(third.err));
        QCOMPARE(m_receiver.requestCount(), 0);
        QVERIFY2(!third.err.contains(QStringLiteral("rewritten")), qPrintable(third.err));
    }

    // Two destinations whose checkpoints in the file differ (one ran alone for a while): after a rewrite in
    // place, each gets every new profile, even those whose lines end before its own checkpoint.
    void aFileRewrittenInPlaceIsReadAgainForEveryDestination()
    {
        const QString ahead = newDestination(QStringLiteral("Ahead"));
        const QString behind = newDestination(QStringLiteral("Behind"));
        const TwoCheckpoints read = readWithTwoCheckpoints(ahead, behind);
        QVERIFY(!read.path.isEmpty());
        const auto &[path, old, firstTwo, source] = read;
        QFile file(path);

        // New lines longer than the old ones: the first ends past the checkpoint of "Behind" (2 lines),
        // within that of "Ahead" (5 lines).
        QByteArray rewritten;
        for (int i = 1; i <= 3; ++i) {
            rewritten
                += profileLine(QStringLiteral("new%1@example.com").arg(i), QString(250, QLatin1Char('N')));
        }
        QVERIFY(rewritten.indexOf('\n') + 1 > firstTwo);
        QVERIFY(rewritten.indexOf('\n') + 1 <= old.size());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(rewritten);
        file.close();
        m_receiver.clear();

        const Run run = qadctl(QStringList { QStringLiteral("run"), ahead, behind } + source);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QStringList emails = receivedEmails();
        emails.sort();
        QCOMPARE(emails,
            (QStringList { QStringLiteral("new1@example.com"), QStringLiteral("new1@example.com"),
                QStringLiteral("new2@example.com"), QStringLiteral("new2@example.com"),
                QStringLiteral("new3@example.com"), QStringLiteral("new3@example.com") }));
        QCOMPARE(run.err.count(QStringLiteral(" was rewritten since the last run ")), 1);
    }

    // A rewrite in place that keeps the file's start: the earliest checkpoint ("Behind", 2 lines) still
    // describes its bytes, and reading resumes there; the one further on ("Ahead", 5 lines) does not, and its
    // new profiles, whose lines end where the old ones did, are not skipped as seen before.
    void aRewriteThatKeepsTheStartIsReadAgainForTheDestinationAhead()
    {
        const QString ahead = newDestination(QStringLiteral("Further on"));
        const QString behind = newDestination(QStringLiteral("Not so far"));
        const TwoCheckpoints read = readWithTwoCheckpoints(ahead, behind);
        QVERIFY(!read.path.isEmpty());
        const auto &[path, old, firstTwo, source] = read;
        QFile file(path);

        // The same first two lines, then three new profiles, each line as long as the one it replaces.
        QByteArray rewritten = old.left(firstTwo);
        for (int i = 3; i <= 5; ++i) {
            rewritten += profileLine(QStringLiteral("new%1@example.com").arg(i), QStringLiteral("New"));
        }
        QCOMPARE(rewritten.size(), old.size());
        const ino_t inode = inodeOf(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(rewritten);
        file.close();
        QCOMPARE(inodeOf(path), inode);
        m_receiver.clear();

        const Run run = qadctl(QStringList { QStringLiteral("run"), ahead, behind } + source);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QStringList emails = receivedEmails();
        emails.sort();
        QCOMPARE(emails,
            (QStringList { QStringLiteral("new3@example.com"), QStringLiteral("new3@example.com"),
                QStringLiteral("new4@example.com"), QStringLiteral("new4@example.com"),
                QStringLiteral("new5@example.com"), QStringLiteral("new5@example.com") }));
        QCOMPARE(run.err.count(QStringLiteral("was rewritten past the point where reading resumes since "
                                              "\"Further on\" last read it")),
            1);
        QVERIFY2(!run.err.contains(QStringLiteral("Not so far\" last read")), qPrintable(run.err));

        // Nothing changed since: the next run reads nothing again and says nothing of it.
        m_receiver.clear();
        const Run next = qadctl(QStringList { QStringLiteral("run"), ahead, behind } + source);
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        QCOMPARE(m_receiver.requestCount(), 0);
        QVERIFY2(!next.err.contains(QStringLiteral("rewritten")), qPrintable(next.err));
    }

    // Stopped after p30–p34; p35–p39 written, the file rotated (PATH.3), p40–p41 written to a new one: the
    // next run reads p35–p39 from the rotated file first, then the new file. Another file beside it is not
    // read.
    void theRestOfAFileRotatedWhileStoppedIsReadFirst()
    {
        const QString id = newDestination(QStringLiteral("Rotated"));
        const auto [path, run] = rotateWhileStopped(id);
        QVERIFY(!path.isEmpty());
        QFile older(path + QStringLiteral(".4"));
        QVERIFY(older.open(QIODevice::WriteOnly));
        older.write(profiles(90, 91));
        older.close();
        // Rotated before the file read last: last written before it.
        QVERIFY(setModified(older.fileName(), QDateTime::currentSecsSinceEpoch() - 3600));

        const Run second = qadctl(run);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(sentTo(id), sorted(emails(30, 41)));
        QVERIFY2(!second.err.contains(QStringLiteral("could not be read")), qPrintable(second.err));

        // Nothing new since: nothing read again.
        m_receiver.clear();
        QCOMPARE(qadctl(run).exitCode, 0);
        QCOMPARE(m_receiver.requestCount(), 0);
    }

    void aRotatedFileThatIsGoneIsTold_data()
    {
        QTest::addColumn<bool>("compressed");
        QTest::newRow("deleted") << false;
        QTest::newRow("compressed") << true;
    }

    // As above, but the rotated file is gone: the run goes on with the new file and says what it could not
    // read, and why.
    void aRotatedFileThatIsGoneIsTold()
    {
        QFETCH(bool, compressed);
        const QString id = newDestination(QStringLiteral("Gone, %1").arg(QTest::currentDataTag()));
        QVERIFY(!id.isEmpty());
        const auto [path, run] = rotateWhileStopped(id);
        QVERIFY(!path.isEmpty());
        const QString rotated = path + QStringLiteral(".3");
        // Renamed, it keeps its inode: a compressed name alone keeps it from being read.
        QVERIFY(
            compressed ? QFile::rename(rotated, rotated + QStringLiteral(".gz")) : QFile::remove(rotated));

        const Run second = qadctl(run);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(sentTo(id), sorted(emails(30, 34) + emails(40, 41)));
        const QString notice = QStringLiteral(
            "qadctl: %1 is not the file read last time (it was rotated or replaced since), and that file is "
            "no "
            "longer in %2 (deleted, or compressed): the lines written to that file after line 5 could not be "
            "read. Reading %1 from its start.")
                                   .arg(path, QFileInfo(path).absolutePath());
        QCOMPARE(second.err.count(notice), 1);

        m_receiver.clear();
        const Run third = qadctl(run);
        QCOMPARE(third.exitCode, 0);
        QCOMPARE(m_receiver.requestCount(), 0);
        QVERIFY2(!third.err.contains(QStringLiteral("could not be read")), qPrintable(third.err));
    }

    // Two destinations on one file, rotated while only T2 ran: their positions are in different files. Run
    // together again, T3 (left in the earlier file) gets every profile of the new file, and T2 none twice.
    void aFileRotatedWhileOneDestinationRanAloneIsReadOnForTheOther()
    {
        const QString t2 = newDestination(QStringLiteral("T2"));
        const QString t3 = newDestination(QStringLiteral("T3"));
        const QString path = writeSource(profiles(1, 20));
        const auto run = [&](const QStringList &ids, const QString &source) {
            return qadctl(QStringList { QStringLiteral("run") } + ids
                + QStringList { QStringLiteral("--source"), source, QStringLiteral("--exit-when-idle") });
        };
        Run done = run({ t2, t3 }, path);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));

        QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(profiles(7100, 7102));
        file.close();
        done = run({ t2 }, path);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        // Another source tells T2 that p7100–p7102 left the audience: read again for T2, their lines would
        // qualify them anew.
        done = run({ t2 }, writeSource(profiles(7100, 7102, QStringLiteral("exited"))));
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));

        QVERIFY(append(path, profiles(7103, 7105)));
        done = run({ t2, t3 }, path);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(sentTo(t3), sorted(emails(1, 20) + emails(7100, 7105)));
        QCOMPARE(sentTo(t2), sorted(emails(1, 20) + emails(7100, 7102) + emails(7100, 7105)));
        QVERIFY2(!done.err.contains(QStringLiteral("read again")), qPrintable(done.err));
    }

    void everyFileRotatedWhileStoppedIsReadOnce_data()
    {
        // The names logrotate gives the first and the second rotation; whether the file rotated in between
        // was compressed since.
        QTest::addColumn<QStringList>("suffixes");
        QTest::addColumn<bool>("compressed");
        const QStringList counted { QStringLiteral(".1"), QStringLiteral(".2") };
        QTest::newRow("counted") << counted << false;
        QTest::newRow("dated") << QStringList { QStringLiteral("-20261128"), QStringLiteral("-20261129") }
                               << false;
        QTest::newRow("counted, the file in between compressed") << counted << true;
    }

    // Stopped after p30–p34; p35–p39 written, the file rotated, p40–p44 written to the new one, rotated again
    // (`rotate 5`, no compression), p50–p51 written to the file at the path now. The next run reads the rest
    // of the first file, all of the second, then the new one: every profile reaches the receiver once. One
    // compressed since cannot be read: the run says so, and reads the others.
    void everyFileRotatedWhileStoppedIsReadOnce()
    {
        QFETCH(QStringList, suffixes);
        QFETCH(bool, compressed);
        const QString id = newDestination(QStringLiteral("Twice rotated, %1").arg(QTest::currentDataTag()));
        QVERIFY(!id.isEmpty());
        const QString path = writeSource(profiles(30, 34));
        const QStringList run { QStringLiteral("run"), id, QStringLiteral("--source"), path,
            QStringLiteral("--exit-when-idle") };
        const Run first = qadctl(run);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));

        QVERIFY(append(path, profiles(35, 39)));
        const bool counted = suffixes.first() == u".1";
        // logrotate's numbers move up at each rotation; its dates stay.
        const QString firstRotated = path + (counted ? suffixes[1] : suffixes[0]);
        QVERIFY(QFile::rename(path, path + suffixes[0]));
        QVERIFY(append(path, profiles(40, 44)));
        if (counted) {
            QVERIFY(QFile::rename(path + suffixes[0], firstRotated));
        }
        const QString inBetween = path + (counted ? suffixes[0] : suffixes[1]);
        QVERIFY(QFile::rename(path, inBetween));
        QVERIFY(append(path, profiles(50, 51)));
        if (compressed) {
            QVERIFY(QFile::rename(inBetween, inBetween + QStringLiteral(".gz")));
        }

        const Run second = qadctl(run);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const QStringList sent
            = compressed ? emails(30, 39) + emails(50, 51) : emails(30, 44) + emails(50, 51);
        QCOMPARE(sorted(receivedEmails()), sorted(sent));
        QCOMPARE(sentTo(id), sorted(sent));
        const QString notice
            = QStringLiteral("qadctl: %1 was rotated more than once since it was read last; 1 "
                             "file rotated in between cannot be read, and the lines written "
                             "there are skipped: %2.gz (compressed).\n")
                  .arg(path, inBetween);
        QCOMPARE(second.err.count(notice), compressed ? 1 : 0);
        QVERIFY2(compressed || !second.err.contains(QStringLiteral("be read")), qPrintable(second.err));

        // Nothing new since: nothing read again.
        m_receiver.clear();
        const Run third = qadctl(run);
        QVERIFY2(third.exitCode == 0, qPrintable(third.err));
        QCOMPARE(m_receiver.requestCount(), 0);
    }

    // T4 and T5 read p1–p5; then the file was rotated, and T4 ran alone (p6–p7 from the rotated file, p8–p10
    // from the new one); then it was rotated again, with p11–p12 after T4's position and p13–p14 in the file
    // at the path now. Run together, they resume in the oldest file (T5's, although T4's offset is smaller):
    // each gets every profile once.
    void aFileRotatedTwiceWhileOneDestinationRanAloneIsReadOnForBoth()
    {
        const QString t4 = newDestination(QStringLiteral("T4"));
        const QString t5 = newDestination(QStringLiteral("T5"));
        const QString path = writeSource(profiles(1, 5));
        const auto run = [&](const QStringList &ids) {
            return qadctl(QStringList { QStringLiteral("run") } + ids
                + QStringList { QStringLiteral("--source"), path, QStringLiteral("--exit-when-idle") });
        };
        Run done = run({ t4, t5 });
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));

        QVERIFY(append(path, profiles(6, 7)));
        QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
        QVERIFY(append(path, profiles(8, 10)));
        done = run({ t4 });
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(sentTo(t4), sorted(emails(1, 10)));

        QVERIFY(append(path, profiles(11, 12)));
        QVERIFY(QFile::rename(path + QStringLiteral(".1"), path + QStringLiteral(".2")));
        QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
        QVERIFY(append(path, profiles(13, 14)));
        done = run({ t4, t5 });
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(sentTo(t4), sorted(emails(1, 14)));
        QCOMPARE(sentTo(t5), sorted(emails(1, 14)));
        QVERIFY2(!done.err.contains(QStringLiteral("rotated")), qPrintable(done.err));
    }

    void aPermanentFailureExitsOneAndCanBeReplayed()
    {
        const QString id = newDestination(QStringLiteral("Failures"));
        m_receiver.setHandler([](const FakeQualtrics::Request &request) {
            FakeQualtrics::Reply reply;
            if (request.body.contains("bad@example.com")) {
                reply.status = 422;
                reply.body
                    = R"({"meta":{"httpStatus":"422 - Unprocessable","error":{"errorMessage":"nope"}}})";
            }
            return reply;
        });
        const QString path = writeSource(profileLine(QStringLiteral("good@example.com"), QStringLiteral("G"))
            + profileLine(QStringLiteral("bad@example.com"), QStringLiteral("B")));
        Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), path,
            QStringLiteral("--exit-when-idle") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("flow_run_failure")), qPrintable(run.err));
        QCOMPARE(status(id)
                     .value(QStringLiteral("total"))
                     .toObject()
                     .value(QStringLiteral("identitiesFailed"))
                     .toInt(),
            1);

        run = qadctl({ QStringLiteral("history"), id, QStringLiteral("--status"), QStringLiteral("failed"),
            QStringLiteral("--json") });
        const QJsonArray failed = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first()
                     .toObject()
                     .value(QStringLiteral("attempts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("httpStatus"))
                     .toInt(),
            422);
        // The request's headers as sent, the auth value redacted (SPEC §7).
        QHash<QString, QString> sent;
        const QJsonObject attempt
            = failed.first().toObject().value(QStringLiteral("attempts")).toArray().first().toObject();
        for (const QJsonValue &header : attempt.value(QStringLiteral("requestHeaders")).toArray()) {
            sent.insert(header.toObject().value(QStringLiteral("name")).toString().toLower(),
                header.toObject().value(QStringLiteral("value")).toString());
        }
        QCOMPARE(sent.value(QStringLiteral("authorization")), QStringLiteral("Basic ***"));
        QCOMPARE(sent.value(QStringLiteral("idempotency-key")),
            failed.first().toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(sent.value(QStringLiteral("content-type")), QStringLiteral("application/json"));
        QVERIFY(!attempt.value(QStringLiteral("responseHeaders")).toArray().isEmpty());

        // The endpoint is fixed: replay, and the next run delivers it.
        m_receiver.setHandler({});
        m_receiver.clear();
        run = qadctl({ QStringLiteral("replay"), id, QStringLiteral("--failed") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("1 activation"))
                && run.out.contains(QStringLiteral("queued again")),
            qPrintable(run.out));
        // Replaying queues; a run sends: it says so.
        QVERIFY2(run.err.contains(QStringLiteral("`qadctl run %1`").arg(id)), qPrintable(run.err));
        run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), path,
            QStringLiteral("--exit-when-idle") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(receivedEmails(), QStringList { QStringLiteral("bad@example.com") });

        // Nothing failed any more: nothing to replay, and it says so.
        run = qadctl({ QStringLiteral("replay"), id, QStringLiteral("--failed") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("\"Failures\" has no failed activation to send again."));
    }

    // SPEC §6: a body over 100 KB fails as payload_too_large, not retried; not an exclusion.
    void aPayloadOverTheLimitFailsUnsentEvenWhenReplayed()
    {
        const QString id = newDestination(QStringLiteral("Too large"));
        const QString path = writeSource(profileLine(QStringLiteral("good@example.com"), QStringLiteral("G"))
            + profileLine(QStringLiteral("big@example.com"), QString(110'000, QLatin1Char('x'))));
        Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), path,
            QStringLiteral("--exit-when-idle") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("flow_run_failure")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("failed 1")), qPrintable(run.err));
        QCOMPARE(receivedEmails(), QStringList { QStringLiteral("good@example.com") });
        const QJsonObject total = status(id).value(QStringLiteral("total")).toObject();
        QCOMPARE(total.value(QStringLiteral("profilesReceived")).toInt(), 2);
        QCOMPARE(total.value(QStringLiteral("identitiesActivated")).toInt(), 1);
        QCOMPARE(total.value(QStringLiteral("identitiesExcluded")).toInt(), 0);
        QCOMPARE(total.value(QStringLiteral("identitiesFailed")).toInt(), 1);

        run = qadctl({ QStringLiteral("history"), id, QStringLiteral("--status"), QStringLiteral("failed"),
            QStringLiteral("--json") });
        QJsonArray failed = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first()
                     .toObject()
                     .value(QStringLiteral("lastError"))
                     .toString()
                     .contains(QStringLiteral("100 KB")),
            qPrintable(run.out));
        QVERIFY(failed.first().toObject().value(QStringLiteral("attempts")).toArray().isEmpty());
        run = qadctl({ QStringLiteral("history"), id, QStringLiteral("--status"), QStringLiteral("excluded"),
            QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);

        // Replayed, it fails again without being sent.
        m_receiver.clear();
        QCOMPARE(qadctl({ QStringLiteral("replay"), id, QStringLiteral("--failed") }).exitCode, 0);
        run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), path,
            QStringLiteral("--exit-when-idle") });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(receivedEmails(), QStringList());
        run = qadctl({ QStringLiteral("history"), id, QStringLiteral("--status"), QStringLiteral("failed"),
            QStringLiteral("--json") });
        failed = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(failed.size(), 1);
        const QJsonObject attempt
            = failed.first().toObject().value(QStringLiteral("attempts")).toArray().first().toObject();
        QCOMPARE(attempt.value(QStringLiteral("code")).toString(), QStringLiteral("payload_too_large"));
        QCOMPARE(attempt.value(QStringLiteral("httpStatus")).toInt(), 0);
    }

    void aRefusedTokenPausesAndKeepsTheQueueUntilResumed()
    {
        const QString id = newDestination(QStringLiteral("Auth"));
        QByteArray content;
        for (int i = 0; i < 10; ++i) {
            content += profileLine(QStringLiteral("a%1@example.com").arg(i), QStringLiteral("A"));
        }
        const QString path = writeSource(content);
        Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), path,
                             QStringLiteral("--exit-when-idle") },
            {}, QStringLiteral("wrong-token"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("authentication")), qPrintable(run.err));
        QJsonObject s = status(id);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
        QCOMPARE(s.value(QStringLiteral("pausedReason")).toString(), QStringLiteral("authentication"));
        QCOMPARE(s.value(QStringLiteral("queueDepth")).toInt(), 10);
        // In text, the state with its reason, and what went wrong with what to do.
        const Run text = qadctl({ QStringLiteral("status"), id });
        QVERIFY2(text.out.contains(QStringLiteral("State:                paused: authentication"))
                && text.out.contains(QStringLiteral("Last error:           "))
                && text.out.contains(QStringLiteral("qadctl token set")),
            qPrintable(text.out));
        QCOMPARE(
            s.value(QStringLiteral("total")).toObject().value(QStringLiteral("identitiesFailed")).toInt(), 0);

        m_receiver.clear();
        QCOMPARE(qadctl({ QStringLiteral("resume"), id }).exitCode, 0);
        run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), path,
            QStringLiteral("--exit-when-idle") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList emails = receivedEmails();
        QCOMPARE(QSet<QString>(emails.begin(), emails.end()).size(), 10);
        s = status(id);
        QCOMPARE(s.value(QStringLiteral("queueDepth")).toInt(), 0);
        QCOMPARE(
            s.value(QStringLiteral("total")).toObject().value(QStringLiteral("identitiesActivated")).toInt(),
            10);
    }

    // A 401 pauses a followed run whose token is in the keychain; from other terminals the right one is
    // stored
    // (`token set`) and the destination resumed: the run reads the keychain again and sends the new token.
    void aRunResumedAfterItsTokenIsFixedSendsTheNewOne()
    {
        const QString id = newDestination(QStringLiteral("Keychain token"));
        const QString keychain; // no QAD_API_TOKEN: the keychain is the source
        QCOMPARE(
            qadctl({ QStringLiteral("token"), QStringLiteral("set"), id }, "refused-token-9z8y\n", keychain)
                .exitCode,
            0);
        const QString path = writeSource(profileLine(QStringLiteral("k@example.com"), QStringLiteral("K")));
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        startQadctl(process,
            { QStringLiteral("run"), id, QStringLiteral("--source"), path, QStringLiteral("--follow") },
            keychain);
        QVERIFY(process.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requestCount(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            status(id).value(QStringLiteral("state")).toString(), QStringLiteral("paused"), 20000);
        const auto openAlertTypes = [this, &id] {
            QStringList types;
            for (const QJsonValue &alert : status(id).value(QStringLiteral("alerts")).toArray()) {
                types.append(alert.toObject().value(QStringLiteral("type")).toString());
            }
            return types;
        };
        QVERIFY(openAlertTypes().contains(QStringLiteral("authentication_failed")));

        QCOMPARE(
            qadctl({ QStringLiteral("token"), QStringLiteral("set"), id }, kToken.toUtf8() + '\n', keychain)
                .exitCode,
            0);
        QCOMPARE(qadctl({ QStringLiteral("resume"), id }, {}, keychain).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requestCount(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(status(id)
                                      .value(QStringLiteral("total"))
                                      .toObject()
                                      .value(QStringLiteral("identitiesActivated"))
                                      .toInt(),
            1, 20000);
        QCOMPARE(status(id).value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
        // The resume answered the authentication alert: `status` no longer lists it as open.
        QVERIFY2(!openAlertTypes().contains(QStringLiteral("authentication_failed")),
            qPrintable(openAlertTypes().join(u',')));

        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(finished.wait(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY(!err.contains(kToken));
        QCOMPARE(err.count(QStringLiteral("authentication_failed")), 1);
    }

    void standardInputIsASource()
    {
        const QString id = newDestination(QStringLiteral("Stdin"));
        QByteArray content = "["
            + profileLine(QStringLiteral("s1@example.com"), QStringLiteral("S")).trimmed() + ",\n"
            + profileLine(QStringLiteral("s2@example.com"), QStringLiteral("S")).trimmed() + "]\n";
        const Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), QStringLiteral("-"),
                                   QStringLiteral("--exit-when-idle") },
            content);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(m_receiver.requestCount(), 2);
    }

    // A destination without an audience is saved with a warning, and a run says why it sends nothing.
    void aDestinationWithoutAudiencesIsToldItSendsNothing()
    {
        const Run added = qadctl({ QStringLiteral("destination"), QStringLiteral("add"),
            QStringLiteral("--name"), QStringLiteral("No audience yet"), QStringLiteral("--url"),
            m_receiver.url(), QStringLiteral("--username"), QStringLiteral("ops@example.com"),
            QStringLiteral("--identity"), QStringLiteral("Email:email") });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.err.contains(QStringLiteral("No audience is selected")), qPrintable(added.err));
        const QString id = added.out.trimmed();

        const QString source = writeSource(profileLine(QStringLiteral("n1@example.com"), QStringLiteral("N"))
            + profileLine(QStringLiteral("n2@example.com"), QStringLiteral("N")));
        const Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), source,
            QStringLiteral("--exit-when-idle") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("\"No audience yet\" has no audience selected"))
                && run.err.contains(QStringLiteral("qadctl destination edit %1 --audience ID").arg(id)),
            qPrintable(run.err));
        QCOMPARE(m_receiver.requestCount(), 0);
    }

    // `qadctl pause` in another terminal holds a running stream: what comes meanwhile is read and queued, not
    // sent, and `qadctl resume` sends it, the run going on throughout.
    // A run of a destination paused beforehand says so, and how it is resumed from here.
    void aRunOfAPausedDestinationSaysHowToResumeIt()
    {
        const QString id = newDestination(QStringLiteral("Paused before"));
        QCOMPARE(qadctl({ QStringLiteral("pause"), id }).exitCode, 0);
        const Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"),
            writeSource(profileLine(QStringLiteral("held@example.com"), QStringLiteral("H"))),
            QStringLiteral("--exit-when-idle") });
        QVERIFY2(
            run.err.contains(QStringLiteral("is paused (user): activations are queued, not sent, until it "
                                            "is resumed (`qadctl resume %1`).")
                                 .arg(id)),
            qPrintable(run.err));
        QCOMPARE(m_receiver.requestCount(), 0);
        // A batch run does not wait for a resume, nor call a queue it did not send a success.
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(QStringLiteral("Destination \"Paused before\" is paused: 1 activation stays "
                                            "queued, not sent. Resume it (`qadctl resume %1`) and run "
                                            "again to send it.")
                                 .arg(id)),
            qPrintable(run.err));
        QCOMPARE(status(id).value(QStringLiteral("queueDepth")).toInt(), 1);

        QCOMPARE(qadctl({ QStringLiteral("resume"), id }).exitCode, 0);
        const Run again = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"),
            writeSource(QByteArray()), QStringLiteral("--exit-when-idle") });
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(receivedEmails(), QStringList { QStringLiteral("held@example.com") });
    }

    void aPauseGivenDuringARunHoldsWhatComesUntilResumed()
    {
        const QString id = newDestination(QStringLiteral("Paused while running"));
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        const QString path = followOneDelivered(process, id, QStringLiteral("before@example.com"));
        QVERIFY(!path.isEmpty());

        QCOMPARE(qadctl({ QStringLiteral("pause"), id }).exitCode, 0);
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("paused (user)"), 20000);
        QVERIFY2(err.contains("activations are queued, not sent, until it is resumed."), err.constData());

        QFile file(path);
        QVERIFY(file.open(QIODevice::Append | QIODevice::Unbuffered));
        file.write(profileLine(QStringLiteral("during1@example.com"), QStringLiteral("D")));
        file.write(profileLine(QStringLiteral("during2@example.com"), QStringLiteral("D")));
        QTRY_COMPARE_WITH_TIMEOUT(status(id).value(QStringLiteral("queueDepth")).toInt(), 2, 20000);
        QTest::qWait(500); // a worker not holding them would have sent them by now
        QCOMPARE(m_receiver.requestCount(), 1);
        QCOMPARE(status(id).value(QStringLiteral("state")).toString(), QStringLiteral("paused"));

        QCOMPARE(qadctl({ QStringLiteral("resume"), id }).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requestCount(), 3, 20000);
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("resumed"), 20000);
        QStringList emails = receivedEmails();
        emails.sort();
        QCOMPARE(emails,
            QStringList({ QStringLiteral("before@example.com"), QStringLiteral("during1@example.com"),
                QStringLiteral("during2@example.com") }));
        // Their outcomes are written when the worker's flush interval ends.
        QTRY_COMPARE_WITH_TIMEOUT(status(id).value(QStringLiteral("queueDepth")).toInt(), 0, 20000);

        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(finished.wait(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void followsAFileAndStopsCleanlyOnSigterm()
    {
        const QString id = newDestination(QStringLiteral("Follow"));
        const QString path = writeSource({});
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(startFollowing(process, id, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append | QIODevice::Unbuffered));
        for (int i = 0; i < 5; ++i) {
            file.write(profileLine(QStringLiteral("f%1@example.com").arg(i), QStringLiteral("F")));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requestCount(), 5, 20000);
        // Rotation: the file is moved away and a new one takes its place.
        file.close();
        QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
        QFile rotated(path);
        QVERIFY(rotated.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        rotated.write(profileLine(QStringLiteral("after-rotation@example.com"), QStringLiteral("F")));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requestCount(), 6, 20000);
        // Truncation in place, as logrotate's copytruncate does: copied away, emptied, written again, with a
        // line longer than what was there, so that the size alone does not tell.
        rotated.close();
        QVERIFY(QFile::copy(path, path + QStringLiteral(".2")));
        QFile truncated(path);
        QVERIFY(truncated.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered));
        truncated.write(profileLine(
            QStringLiteral("after-truncation-with-a-longer-address@example.com"), QStringLiteral("F")));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requestCount(), 7, 20000);

        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(finished.wait(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        // Each once: nothing lost, nothing sent twice through the rotation and the truncation.
        QStringList received = receivedEmails();
        received.sort();
        QCOMPARE(received,
            QStringList({ QStringLiteral("after-rotation@example.com"),
                QStringLiteral("after-truncation-with-a-longer-address@example.com"),
                QStringLiteral("f0@example.com"), QStringLiteral("f1@example.com"),
                QStringLiteral("f2@example.com"), QStringLiteral("f3@example.com"),
                QStringLiteral("f4@example.com") }));
    }

    // On a machine of 2 – 4 CPUs, delivery and Qt's network thread keep to one CPU, and the run's reading
    // (its main thread) and writing keep off it, so that they do not take turns with delivery there.
    void aRunKeepsItsReadingOffTheDeliveryCpu()
    {
        const int cpus = allowedCpuCount();
        if (cpus < 2 || cpus > 4) {
            QSKIP("CPUs are placed on machines of 2 to 4 CPUs");
        }
        const QString id = newDestination(QStringLiteral("Placed"));
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        const QString path = followOneDelivered(process, id, QStringLiteral("p@example.com"));
        QVERIFY(!path.isEmpty());

        // Each thread of the run: its name, and the CPUs it may use.
        QMultiHash<QByteArray, QSet<int>> placed;
        const QDir tasks(QStringLiteral("/proc/%1/task").arg(process.processId()));
        for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
            cpu_set_t allowed;
            if (!comm.open(QIODevice::ReadOnly)
                || sched_getaffinity(pid_t(tid.toInt()), sizeof(allowed), &allowed) != 0) {
                continue; // a thread of Qt's that ended meanwhile
            }
            QSet<int> set;
            for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
                if (CPU_ISSET(cpu, &allowed)) {
                    set.insert(cpu);
                }
            }
            placed.insert(
                tid.toLongLong() == process.processId() ? QByteArray("main") : comm.readAll().trimmed(), set);
        }
        const QSet<int> delivery = placed.value("qad-delivery");
        QCOMPARE(delivery.size(), 1);
        for (const QSet<int> &network : placed.values("QNetworkAccessM")) {
            QCOMPARE(network, delivery);
        }
        for (const QByteArray &name : { QByteArray("main"), QByteArray("qad-outbox") }) {
            const QSet<int> set = placed.value(name);
            QVERIFY2(set.size() == cpus - 1 && !set.intersects(delivery), name.constData());
        }

        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(finished.wait(30000));
        QCOMPARE(process.exitCode(), 0);
    }

    // As `jq` prints them, and as a pretty-printed profile file (the one loaded in the wizard) holds one.
    void streamsPrettyPrintedProfilesOneAfterAnother()
    {
        const QString id = newDestination(QStringLiteral("Pretty"));
        QByteArray content;
        for (int i = 0; i < 3; ++i) {
            content += QJsonDocument::fromJson(
                profileLine(QStringLiteral("pretty%1@example.com").arg(i), QStringLiteral("P")))
                           .toJson(QJsonDocument::Indented);
        }
        QVERIFY(content.startsWith("{\n    \""));
        const Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), writeSource(content),
            QStringLiteral("--exit-when-idle") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("rejected:")), qPrintable(run.err));
        QStringList emails = receivedEmails();
        emails.sort();
        QCOMPARE(emails,
            (QStringList { QStringLiteral("pretty0@example.com"), QStringLiteral("pretty1@example.com"),
                QStringLiteral("pretty2@example.com") }));
    }

    // Why activations are being retried is told on stderr, once per cause: a run against a struggling
    // endpoint says what is wrong instead of only counting, and a long run is not flooded.
    void retriesAreToldOncePerCause()
    {
        const QString id = newDestination(QStringLiteral("Struggling"));
        int seen = 0;
        m_receiver.setHandler([&seen](const FakeQualtrics::Request &) {
            FakeQualtrics::Reply reply;
            ++seen;
            if (seen <= 3) {
                reply.status = 503;
                reply.retryAfter = "1";
            } else if (seen <= 5) {
                reply.status = 429;
                reply.retryAfter = "1";
            }
            return reply;
        });
        QByteArray content;
        for (int i = 0; i < 3; ++i) {
            content += profileLine(QStringLiteral("retry%1@example.com").arg(i), QStringLiteral("R"));
        }
        const Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), writeSource(content),
            QStringLiteral("--exit-when-idle") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(seen, 8); // 3 refused, 2 rate limited, then all 3 delivered
        const QStringList told
            = run.err.split(u'\n').filter(QStringLiteral("Retrying an activation to \"Struggling\""));
        QCOMPARE(told.size(), 2);
        QVERIFY2(told.filter(QStringLiteral("HTTP 503")).size() == 1, qPrintable(run.err));
        QVERIFY2(told.filter(QStringLiteral("HTTP 429")).size() == 1, qPrintable(run.err));
        QVERIFY2(told.constFirst().contains(QStringLiteral("qadctl history %1 --status retrying").arg(id)),
            qPrintable(told.constFirst()));
        QCOMPARE(status(id)
                     .value(QStringLiteral("total"))
                     .toObject()
                     .value(QStringLiteral("identitiesActivated"))
                     .toInt(),
            3);
    }

    // Qualtrics' meta.notice ("Request proxied… use this host instead") reaches a headless user (SPEC §2):
    // told once per run on stderr, and kept with every attempt that carried it.
    void aNoticeFromQualtricsIsToldOnceAndKeptInTheHistory()
    {
        const QString id = newDestination(QStringLiteral("Proxied"));
        const QString notice = QStringLiteral("Request proxied. Use iad1.qualtrics.com instead.");
        m_receiver.setHandler([&notice](const FakeQualtrics::Request &) {
            FakeQualtrics::Reply reply;
            reply.notice = notice;
            return reply;
        });
        QByteArray content;
        for (int i = 0; i < 3; ++i) {
            content += profileLine(QStringLiteral("proxied%1@example.com").arg(i), QStringLiteral("P"));
        }
        const Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), writeSource(content),
            QStringLiteral("--exit-when-idle") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList told = run.err.split(u'\n').filter(notice);
        QCOMPARE(told.size(), 1);
        QVERIFY2(told.constFirst().contains(QStringLiteral("\"Proxied\"")), qPrintable(told.constFirst()));

        const QJsonArray delivered = history(id, QStringLiteral("succeeded"));
        QCOMPARE(delivered.size(), 3);
        for (const QJsonValue &activation : delivered) {
            const QJsonArray attempts = activation.toObject().value(QStringLiteral("attempts")).toArray();
            QCOMPARE(attempts.size(), 1);
            QCOMPARE(attempts.first().toObject().value(QStringLiteral("notice")).toString(), notice);
        }
    }

    void aUtf16FileIsRefusedAndTheRunFails()
    {
        const QString id = newDestination(QStringLiteral("UTF-16"));
        const QByteArray utf8 = profileLine(QStringLiteral("u1@example.com"), QStringLiteral("U"))
            + profileLine(QStringLiteral("u2@example.com"), QStringLiteral("U"));
        const QString text = QString::fromUtf8(utf8);
        QByteArray utf16("\xFF\xFE"); // little-endian with its byte order mark, as Windows PowerShell writes
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const QString path = writeSource(utf16);

        const Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), path,
            QStringLiteral("--exit-when-idle") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Cannot read %1: it is UTF-16 text").arg(path)),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("iconv -f UTF-16 -t UTF-8")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("rejected:")), qPrintable(run.err));
        QCOMPARE(m_receiver.requestCount(), 0);

        // Converted as the message says, the same path streams both profiles.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(utf8);
        file.close();
        const Run again = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), path,
            QStringLiteral("--exit-when-idle") });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QStringList emails = receivedEmails(); // two profiles: sent side by side, in either order
        emails.sort();
        QCOMPARE(
            emails, (QStringList { QStringLiteral("u1@example.com"), QStringLiteral("u2@example.com") }));
    }

    void followsAPathThatDoesNotExistYetAndSaysSo()
    {
        const QString id = newDestination(QStringLiteral("Follow later"));
        const QString path = m_dir.filePath(QStringLiteral("later.ndjson"));
        QVERIFY(!QFile::exists(path));
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(startFollowing(process, id, path));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("Waiting for"), 20000);
        QVERIFY2(err.contains(QFile::encodeName(path) + ": it does not exist yet"), err.constData());

        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        file.write(profileLine(QStringLiteral("later@example.com"), QStringLiteral("L")));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requestCount(), 1, 20000);
        QCOMPARE(receivedEmails(), QStringList { QStringLiteral("later@example.com") });

        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(finished.wait(30000));
        QCOMPARE(process.exitCode(), 0);
    }

    // A run ends with one summary line whose rate is the run's: not "0/s" because its last seconds were
    // quiet (a short batch run always ended so), and, in a log, not the same counts twice.
    void aRunEndsWithOneSummaryLineAndItsRate()
    {
        const QString id = newDestination(QStringLiteral("Summary line"));
        QByteArray content;
        for (int i = 0; i < 3; ++i) {
            content += profileLine(QStringLiteral("summary%1@example.com").arg(i), QStringLiteral("S"));
        }
        const Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), writeSource(content),
            QStringLiteral("--exit-when-idle") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QStringList progress;
        for (const QString &line : run.err.split(u'\n')) {
            if (line.startsWith(QStringLiteral("read "))) {
                progress.append(line);
            }
        }
        QCOMPARE(progress.size(), 1); // under 5 s, a log gets the summary alone
        const QRegularExpressionMatch summary = QRegularExpression(
            QStringLiteral(R"(^read 3 · .* · sent 3 · .* · (\d+(?:\.\d)?)/s on average over (\d+\.\d) s$)"))
                                                    .match(progress.first());
        QVERIFY2(summary.hasMatch(), qPrintable(progress.first()));
        QVERIFY2(summary.captured(1).toDouble() > 0, qPrintable(progress.first()));
        QVERIFY2(summary.captured(2).toDouble() > 0, qPrintable(progress.first()));
    }

    // Written to a log rather than a terminal, the progress line comes at most every 5 s and only when
    // something moved: a followed stream idle for days does not fill the log with one line over and over.
    void anIdleFollowDoesNotRepeatItsProgressInALog()
    {
        const QString id = newDestination(QStringLiteral("Idle log"));
        QProcess process; // stderr is a pipe here, as a log file or a service manager's journal would be
        QSignalSpy finished(&process, &QProcess::finished);
        const QString path = followOneDelivered(process, id, QStringLiteral("idle@example.com"));
        QVERIFY(!path.isEmpty());
        QTest::qWait(21000); // idle: four 5-second ticks with nothing new
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(finished.wait(30000));
        QCOMPARE(process.exitCode(), 0);

        const QList<QByteArray> lines = process.readAllStandardError().split('\n');
        QList<QByteArray> progress; // while running (the stop ends with a last line of its own)
        for (const QByteArray &line : lines) {
            if (line.startsWith("Stopping")) {
                // As a service manager stops it: the signal named, not Ctrl+C.
                QVERIFY2(line.startsWith("Stopping on SIGTERM: finishing what is in flight")
                        && !line.contains("Ctrl+C"),
                    line.constData());
                break;
            }
            if (line.startsWith("read ")) {
                progress.append(line);
            }
        }
        QVERIFY2(!progress.isEmpty(), lines.join('\n').constData());
        QVERIFY2(progress.constLast().contains("sent 1 "), progress.constLast().constData());
        for (qsizetype i = 1; i < progress.size(); ++i) {
            QVERIFY2(progress.at(i) != progress.at(i - 1), lines.join('\n').constData());
        }
        QVERIFY2(progress.size() <= 3, lines.join('\n').constData()); // not one every 5 s while idle
    }

    // Rotated to something that cannot be opened: told once (not at every poll), waited on, and read again.
    void followWaitsOutAnUnreadablePath()
    {
        const QString id = newDestination(QStringLiteral("Follow unreadable"));
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        const QString path = followOneDelivered(process, id, QStringLiteral("before@example.com"));
        QVERIFY(!path.isEmpty());

        QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
        QVERIFY(QDir().mkdir(path));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT(
            (err += process.readAllStandardError()).contains("it is a directory"), 20000);
        QTest::qWait(500); // a few polls of the source
        err += process.readAllStandardError();
        QCOMPARE(err.count("it is a directory"), 1);

        QVERIFY(QDir().rmdir(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        file.write(profileLine(QStringLiteral("after@example.com"), QStringLiteral("A")));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requestCount(), 2, 20000);
        QCOMPARE(receivedEmails().last(), QStringLiteral("after@example.com"));
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError())
                                     .contains("Reading " + QFile::encodeName(path) + " again."),
            20000);

        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(finished.wait(30000));
        QCOMPARE(process.exitCode(), 0);
    }

    void aSecondSignalStopsAtOnceAndKeepsWhatWasInFlight()
    {
        const QString id = newDestination(
            QStringLiteral("Stop now"), { QStringLiteral("--timeout"), QStringLiteral("120") });
        m_receiver.setHandler([](const FakeQualtrics::Request &) {
            FakeQualtrics::Reply reply;
            reply.delayMs = 120000; // an endpoint that hangs, within the destination's deadline
            return reply;
        });
        QByteArray content;
        for (int i = 0; i < 3; ++i) {
            content += profileLine(QStringLiteral("hung%1@example.com").arg(i), QStringLiteral("H"));
        }
        const QString path = writeSource(content);
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        startQadctl(process, { QStringLiteral("run"), id, QStringLiteral("--source"), path });
        QVERIFY(process.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requestCount(), 3, 20000); // all three in flight, unanswered

        ::kill(pid_t(process.processId()), SIGINT);
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("Ctrl+C again"), 20000);
        QVERIFY(finished.isEmpty()); // the first signal waits for the replies
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(finished.wait(60000)); // not the two minutes the replies would take
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        err += process.readAllStandardError();
        QVERIFY2(err.contains("Stopping at once"), err.constData());

        // Nothing was lost: the next run sends the three again.
        m_receiver.setHandler([](const FakeQualtrics::Request &) { return FakeQualtrics::Reply {}; });
        m_receiver.clear();
        const Run again = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), path,
            QStringLiteral("--exit-when-idle") });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QStringList emails = receivedEmails();
        emails.sort();
        QCOMPARE(emails,
            (QStringList { QStringLiteral("hung0@example.com"), QStringLiteral("hung1@example.com"),
                QStringLiteral("hung2@example.com") }));
    }

    // A batch run that has decided to exit 1 (here: a profile could not be saved, the database locked past
    // the busy timeout) and is still finishing what is in flight keeps that exit code when it is then stopped
    // by signals (SPEC §10): a stop does not turn a failed run into a success.
    void aSignalDoesNotTurnAFailedBatchRunIntoASuccess()
    {
        const QString id = newDestination(
            QStringLiteral("Failed batch"), { QStringLiteral("--timeout"), QStringLiteral("120") });
        QVERIFY(!id.isEmpty());
        m_receiver.setHandler([](const FakeQualtrics::Request &) {
            FakeQualtrics::Reply reply;
            reply.delayMs = 120000; // in flight until the run is stopped at once
            return reply;
        });
        QProcess process;
        QByteArray err;
        connect(&process, &QProcess::readyReadStandardError, this,
            [&process, &err] { err += process.readAllStandardError(); });
        QSignalSpy finished(&process, &QProcess::finished);
        startQadctl(process,
            { QStringLiteral("run"), id, QStringLiteral("--source"), QStringLiteral("-"),
                QStringLiteral("--exit-when-idle") });
        QVERIFY(process.waitForStarted(10000));
        process.write(profileLine(QStringLiteral("hung@example.com"), QStringLiteral("H")));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requestCount(), 1, 20000);
        {
            const HeldWriteLock lock(QDir(dataDir()).filePath(QStringLiteral("qad.sqlite")));
            QVERIFY2(lock.held(), qPrintable(lock.error()));
            process.write(profileLine(QStringLiteral("unsaved@example.com"), QStringLiteral("U")));
            QTRY_VERIFY2_WITH_TIMEOUT(err.contains("The run stops"), err.constData(), 40000);
        }
        QVERIFY(finished.isEmpty()); // stopping: it waits for the reply in flight

        ::kill(pid_t(process.processId()), SIGINT);
        QTRY_VERIFY2_WITH_TIMEOUT(err.contains("Ctrl+C again"), err.constData(), 20000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY2(finished.wait(60000), err.constData());
        err += process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 1, err.constData());
        QVERIFY2(err.contains("Stopping at once"), err.constData());
    }

    // Ctrl+C while the run waits for the database (another program holds its write lock past the busy
    // timeout) stops it with 0, saying what it was waiting for, and loses nothing: the profiles read and not
    // saved are read again by the next run (the source position did not move past them), and the activation
    // sent whose outcome could not be written is sent again, as what is in flight at a crash is.
    void sigintWhileWaitingForALockedDatabaseExitsZeroAndLosesNothing()
    {
        const QString id = newDestination(QStringLiteral("Locked database"));
        QVERIFY(!id.isEmpty());
        m_receiver.setHandler([](const FakeQualtrics::Request &request) {
            FakeQualtrics::Reply reply;
            if (request.body.contains("slow@")) {
                reply.delayMs = 1500; // answered once the lock is held: its outcome cannot be written
            }
            return reply;
        });
        QProcess process;
        QByteArray err;
        connect(&process, &QProcess::readyReadStandardError, this,
            [&process, &err] { err += process.readAllStandardError(); });
        QSignalSpy finished(&process, &QProcess::finished);
        const QString path = followOneDelivered(process, id, QStringLiteral("first@example.com"));
        QVERIFY(!path.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(history(id, QStringLiteral("succeeded")).size(), 1, 20000);

        QFile file(path);
        QVERIFY(file.open(QIODevice::Append | QIODevice::Unbuffered));
        file.write(profileLine(QStringLiteral("slow@example.com"), QStringLiteral("S")));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requestCount(), 2, 20000);
        {
            // A database browser's long write transaction.
            const HeldWriteLock lock(QDir(dataDir()).filePath(QStringLiteral("qad.sqlite")));
            QVERIFY2(lock.held(), qPrintable(lock.error()));
            file.write(profileLine(QStringLiteral("late@example.com"), QStringLiteral("L")));
            QTRY_VERIFY2_WITH_TIMEOUT(
                err.contains("Reading waits") && err.contains("Delivery waits"), err.constData(), 40000);

            ::kill(pid_t(process.processId()), SIGINT);
            QVERIFY2(finished.wait(60000), err.constData());
            err += process.readAllStandardError();
            QVERIFY2(
                process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, err.constData());
            QVERIFY2(!err.contains("Delivery stopped"), err.constData());
            // What it was waiting for, and what becomes of it.
            QVERIFY2(err.contains("Stopped while waiting to save 1 profile"), err.constData());
            QVERIFY2(err.contains("read again at the next start"), err.constData());
            QVERIFY2(err.contains("Stopped while waiting to record what was sent"), err.constData());
            QVERIFY2(err.contains("sent again at the next start"), err.constData());
            QVERIFY2(err.contains("stayed locked too long"), err.constData());
        }

        m_receiver.setHandler({});
        m_receiver.clear();
        const Run again = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), path,
            QStringLiteral("--exit-when-idle") });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QStringList emails = receivedEmails();
        emails.sort();
        QCOMPARE(
            emails, (QStringList { QStringLiteral("late@example.com"), QStringLiteral("slow@example.com") }));
        QCOMPARE(history(id, QStringLiteral("succeeded")).size(), 3);
    }

    // `--source FIFO --follow`: records are sent as the writer writes them, while it keeps the pipe open, and
    // Ctrl+C stops the run then and there; it does not wait for the writer to close the pipe.
    void followsANamedPipeAndStopsOnSigintWhileItsWriterHoldsIt()
    {
        const QString id = newDestination(QStringLiteral("Named pipe"));
        const QString fifo = makeFifo();
        QVERIFY(!fifo.isEmpty());
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(startFollowing(process, id, fifo));
        int writer = -1; // opens once qadctl has the pipe open for reading
        const auto closeWriter = qScopeGuard([&writer] {
            if (writer >= 0) {
                ::close(writer);
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT((writer = openFifoWriter(fifo)) >= 0, 20000);
        const QByteArray lines = profileLine(QStringLiteral("fifo1@example.com"), QStringLiteral("P"))
            + profileLine(QStringLiteral("fifo2@example.com"), QStringLiteral("P"));
        QCOMPARE(::write(writer, lines.constData(), size_t(lines.size())), lines.size());
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requestCount(), 2, 20000); // the writer still holds the pipe
        QStringList emails = receivedEmails();
        emails.sort();
        QCOMPARE(emails,
            (QStringList { QStringLiteral("fifo1@example.com"), QStringLiteral("fifo2@example.com") }));
        QVERIFY(finished.isEmpty());

        ::kill(pid_t(process.processId()), SIGINT);
        const bool stopped = finished.wait(30000);
        ::close(std::exchange(writer, -1)); // only now
        QVERIFY2(stopped, "qadctl did not stop on SIGINT while the writer held the pipe");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("Stopping"), err.constData());
        QVERIFY2(!err.contains("rejected:") && !err.contains("Cannot"), err.constData());
    }

    // Opening a named pipe for reading waits for a writer, unless told not to: Ctrl+C must stop a run whose
    // pipe no writer has opened yet, at once.
    void sigintStopsARunWhosePipeNoWriterOpened_data()
    {
        QTest::addColumn<bool>("follow");
        QTest::newRow("read to its end") << false;
        QTest::newRow("followed") << true;
    }

    void sigintStopsARunWhosePipeNoWriterOpened()
    {
        QFETCH(bool, follow);
        const QString id
            = newDestination(QStringLiteral("Unopened pipe, %1").arg(QLatin1String(QTest::currentDataTag())));
        QVERIFY(!id.isEmpty());
        const QString fifo = makeFifo();
        QVERIFY(!fifo.isEmpty());
        QStringList args { QStringLiteral("run"), id, QStringLiteral("--source"), fifo };
        if (follow) {
            args.append(QStringLiteral("--follow"));
        }
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        startQadctl(process, args);
        QVERIFY(process.waitForStarted(10000));
        // Ctrl+C is the run's to handle from here on; then it opens the pipe, and no writer ever comes.
        QTRY_VERIFY_WITH_TIMEOUT(catchesSignal(process.processId(), SIGINT), 20000);
        const bool opened = QTest::qWaitFor([&] { return holdsOpen(process.processId(), fifo); }, 10000);

        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY2(finished.wait(10000), "qadctl did not stop on SIGINT while waiting for the pipe's writer");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(opened, "qadctl had not opened the pipe");
        QCOMPARE(m_receiver.requestCount(), 0);
    }

    // A named pipe is read run after run: the checkpoint the first run saved under its path is not a place to
    // seek to (nothing of a pipe can be skipped), and does not stop the next run from starting.
    void aNamedPipeIsReadAgainByTheNextRun()
    {
        const QString id = newDestination(QStringLiteral("Pipe batches"));
        const QString fifo = makeFifo();
        QVERIFY(!fifo.isEmpty());
        for (int run = 1; run <= 2; ++run) {
            QProcess producer; // opens the pipe once qadctl reads it, writes, and closes it: the end
            QSignalSpy produced(&producer, &QProcess::finished);
            producer.start(QStringLiteral("/bin/sh"),
                { QStringLiteral("-c"), QStringLiteral("printf '%s' \"$2\" > \"$1\""), QStringLiteral("sh"),
                    fifo,
                    QString::fromUtf8(
                        profileLine(QStringLiteral("batch%1@example.com").arg(run), QStringLiteral("B"))) });
            QVERIFY(producer.waitForStarted(10000));
            const Run batch = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), fifo,
                QStringLiteral("--exit-when-idle") });
            QVERIFY2(batch.exitCode == 0, qPrintable(batch.err));
            QVERIFY(produced.count() == 1 || produced.wait(10000));
            QCOMPARE(m_receiver.requestCount(), run);
            QCOMPARE(receivedEmails().last(), QStringLiteral("batch%1@example.com").arg(run));
        }
    }

    void aSecondRunOfTheSameDestinationIsRefused()
    {
        const QString id = newDestination(QStringLiteral("Locked"));
        const QString path = writeSource({});
        QProcess first;
        QVERIFY(startFollowing(first, id, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append | QIODevice::Unbuffered));
        file.write(profileLine(QStringLiteral("locked@example.com"), QStringLiteral("L")));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requestCount(), 1, 20000); // the first run is streaming

        const Run second = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), path,
            QStringLiteral("--exit-when-idle") });
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QStringLiteral("already streaming")), qPrintable(second.err));
        QCOMPARE(m_receiver.requestCount(), 1);

        QSignalSpy finished(&first, &QProcess::finished);
        first.terminate();
        QVERIFY(finished.wait(30000));
        QCOMPARE(first.exitCode(), 0);
    }

    // Before anything was received there is no activation rate to show (not a made-up 100 %), and an empty
    // history says so on stderr, leaving stdout empty for scripts.
    void aNewDestinationHasNoRateAndNoHistoryYet()
    {
        const QString id = newDestination(QStringLiteral("Nothing yet"));
        const Run text = qadctl({ QStringLiteral("status"), id });
        QCOMPARE(text.exitCode, 0);
        const QString rateLine = text.out.split(u'\n').filter(QStringLiteral("Activation rate")).value(0);
        QVERIFY2(rateLine.contains(QStringLiteral("—")) && !rateLine.contains(u'%'), qPrintable(text.out));
        const QJsonObject total = status(id).value(QStringLiteral("total")).toObject();
        QVERIFY(total.contains(QStringLiteral("activationRate")));
        QVERIFY(total.value(QStringLiteral("activationRate")).isNull());
        QCOMPARE(total.value(QStringLiteral("profilesReceived")).toInt(), 0);

        const Run history = qadctl({ QStringLiteral("history"), id });
        QCOMPARE(history.exitCode, 0);
        QCOMPARE(history.out, QString());
        QVERIFY2(history.err.contains(QStringLiteral("\"Nothing yet\" has no activation yet.")),
            qPrintable(history.err));
        const Run failed
            = qadctl({ QStringLiteral("history"), id, QStringLiteral("--status"), QStringLiteral("failed") });
        QCOMPARE(failed.out, QString());
        QVERIFY2(failed.err.contains(QStringLiteral("has no failed activation")), qPrintable(failed.err));
        const Run excluded = qadctl(
            { QStringLiteral("history"), id, QStringLiteral("--status"), QStringLiteral("excluded") });
        QCOMPARE(excluded.out, QString());
        QVERIFY2(excluded.err.contains(QStringLiteral("No profile was left out")), qPrintable(excluded.err));
        const Run json = qadctl({ QStringLiteral("history"), id, QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 0);
        QVERIFY2(json.err.isEmpty(), qPrintable(json.err)); // JSON stays quiet
    }

    // SPEC §8: what a run raises is printed on its stderr as it happens (a failure) or as it ends (the
    // periodic checks, run once more then: a batch run is shorter than their interval), kept, and listed by
    // `status`.
    void aRunPrintsTheAlertsItRaisesAndStatusListsThem()
    {
        const QString id = newDestination(QStringLiteral("Alerted"));
        m_receiver.setHandler([](const FakeQualtrics::Request &request) {
            FakeQualtrics::Reply reply;
            if (request.body.contains("refused@example.com")) {
                reply.status = 400;
                reply.body = R"({"meta":{"httpStatus":"400 - Bad Request","error":{"errorMessage":"no"}}})";
            }
            return reply;
        });
        // Four profiles: one refused by the endpoint, one without an identity (excluded: 25 % of those
        // received, over the default threshold of 1 %).
        const QByteArray noIdentity
            = "{\"person\":{\"name\":{\"firstName\":\"N\"}},\"segmentMembership\":{\"ups\":{\""
            + kAudience.toUtf8() + "\":{\"status\":\"realized\"}}}}\n";
        const QString path = writeSource(profileLine(QStringLiteral("ok1@example.com"), QStringLiteral("O"))
            + profileLine(QStringLiteral("refused@example.com"), QStringLiteral("R")) + noIdentity
            + profileLine(QStringLiteral("ok2@example.com"), QStringLiteral("O")));
        const Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), path,
            QStringLiteral("--exit-when-idle") });
        m_receiver.setHandler({});
        QCOMPARE(run.exitCode, 1); // an activation failed
        QVERIFY2(run.err.contains(QStringLiteral("alert: flow_run_failure: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("alert: activation_skipped_rate_exceeded: "))
                && run.err.contains(
                    QStringLiteral("25.0% of the profiles received over the last hour were excluded")),
            qPrintable(run.err));

        QStringList types;
        for (const QJsonValue &alert : status(id).value(QStringLiteral("alerts")).toArray()) {
            types.append(alert.toObject().value(QStringLiteral("type")).toString());
        }
        types.sort();
        QCOMPARE(types,
            QStringList(
                { QStringLiteral("activation_skipped_rate_exceeded"), QStringLiteral("flow_run_failure") }));
        // The three activations done (two delivered, one refused) count in the send rate of the last 10 s.
        QVERIFY(status(id).value(QStringLiteral("sendRate")).toDouble() > 0);
        const Run text = qadctl({ QStringLiteral("status"), id });
        QVERIFY2(text.out.contains(QStringLiteral("\nSend rate:            ")), qPrintable(text.out));
        QVERIFY2(text.out.count(QStringLiteral("\nAlert:")) == 2
                && text.out.contains(QStringLiteral("activation_skipped_rate_exceeded"))
                && text.out.contains(QStringLiteral("flow_run_failure")),
            qPrintable(text.out));
    }

    // What a run leaves to read, in text as a person reads it: a rejected line with its source and reason, a
    // retrying activation with its next try and why.
    void historyInTextTellsRejectsAndRetries()
    {
        const QString id = newDestination(QStringLiteral("Text history"));
        m_receiver.setHandler([](const FakeQualtrics::Request &) {
            FakeQualtrics::Reply reply;
            reply.status = 503;
            reply.retryAfter = "3600";
            return reply;
        });
        const QString path = writeSource(
            "not a profile\n" + profileLine(QStringLiteral("later@example.com"), QStringLiteral("L")));
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(startFollowing(process, id, path));
        // The receiver answers from this thread: it is let to before the history is read in a loop.
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requestCount(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(history(id, QStringLiteral("retrying")).size(), 1, 20000);

        const Run rejects = qadctl(
            { QStringLiteral("history"), id, QStringLiteral("--status"), QStringLiteral("rejected") });
        QCOMPARE(rejects.exitCode, 0);
        QVERIFY2(rejects.out.contains(QStringLiteral("  rejected   %1  line 1: ").arg(path)),
            qPrintable(rejects.out));

        const Run retrying = qadctl(
            { QStringLiteral("history"), id, QStringLiteral("--status"), QStringLiteral("retrying") });
        QCOMPARE(retrying.exitCode, 0);
        const QStringList lines = retrying.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.constFirst().contains(QStringLiteral("retrying"))
                && lines.constFirst().contains(QStringLiteral("Email:later@example.com"))
                && lines.constFirst().contains(QStringLiteral("  next 20"))
                && lines.constFirst().contains(QStringLiteral("503")),
            qPrintable(retrying.out));

        // Status says delivery is failing, with the last failure and when it was (SPEC §7's state "error").
        const Run text = qadctl({ QStringLiteral("status"), id });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral(
                     "\nState:                error: the last attempt failed (the last error says why)\n")),
            qPrintable(text.out));
        const QRegularExpression lastError(
            QStringLiteral("\nLast error:           20\\d\\d-\\d\\d-\\d\\dT[0-9:.]+Z  [^\\n]*503"));
        QVERIFY2(text.out.contains(lastError), qPrintable(text.out));
        const QJsonObject json = status(id);
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("error"));
        QVERIFY2(json.value(QStringLiteral("lastError")).toString().contains(QStringLiteral("503")),
            qPrintable(json.value(QStringLiteral("lastError")).toString()));
        QVERIFY(json.contains(QStringLiteral("lastErrorAt")));
        QCOMPARE(json.value(QStringLiteral("sendRate")).toDouble(), 0.0); // nothing done: it is to be retried
        const Run listed = qadctl({ QStringLiteral("destination"), QStringLiteral("list") });
        QVERIFY2(
            listed.out.contains(QStringLiteral("%1\tText history\terror\t").arg(id)), qPrintable(listed.out));

        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(finished.wait(30000));
        m_receiver.setHandler({});
        QCOMPARE(process.exitCode(), 0);
    }

    // A command without what it works on says what it needs, with the usage exit code.
    void incompleteRunAndReplayCommandsSayWhatTheyNeed_data()
    {
        QTest::addColumn<QStringList>("args"); // ID stands for a destination's id
        QTest::addColumn<QString>("message");
        QTest::newRow("run without a destination")
            << QStringList { QStringLiteral("run") }
            << QStringLiteral("run needs at least one destination id.");
        QTest::newRow("run without a source") << QStringList { QStringLiteral("run"), QStringLiteral("ID") }
                                              << QStringLiteral("run needs --source PATH");
        QTest::newRow("following standard input")
            << QStringList { QStringLiteral("run"), QStringLiteral("ID"), QStringLiteral("--source"),
                   QStringLiteral("-"), QStringLiteral("--follow") }
            << QStringLiteral("--follow applies to files; standard input is read until it ends.");
        QTest::newRow("replay of nothing named") << QStringList { QStringLiteral("replay"),
            QStringLiteral("ID") } << QStringLiteral("replay needs either --failed or --activation AID.");
        QTest::newRow("replay of an unknown activation")
            << QStringList { QStringLiteral("replay"), QStringLiteral("ID"), QStringLiteral("--activation"),
                   QStringLiteral("no-such-activation") }
            << QStringLiteral(
                   "No activation no-such-activation for destination \"Incomplete: replay of an unknown");
    }

    void incompleteRunAndReplayCommandsSayWhatTheyNeed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString id
            = newDestination(QStringLiteral("Incomplete: %1").arg(QLatin1String(QTest::currentDataTag())));
        args.replaceInStrings(QRegularExpression(QStringLiteral("^ID$")), id);
        const Run run = qadctl(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(m_receiver.requestCount(), 0);
    }

    void statusListsCountersAndOpenAlerts()
    {
        const QString id = newDestination(QStringLiteral("Status text"));
        QVERIFY(qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"),
                           writeSource(profileLine(QStringLiteral("t@example.com"), QStringLiteral("T"))),
                           QStringLiteral("--exit-when-idle") })
                    .exitCode
            == 0);
        const Run run = qadctl({ QStringLiteral("status"), id });
        QCOMPARE(run.exitCode, 0);
        for (const char *label : { "Profiles received", "Identities activated", "Identities excluded",
                 "Identities failed", "Activation rate", "Queue depth" }) {
            QVERIFY2(run.out.contains(QLatin1String(label)), label);
        }
        QCOMPARE(qadctl({ QStringLiteral("pause"), id }).exitCode, 0);
        QCOMPARE(status(id).value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
        QCOMPARE(qadctl({ QStringLiteral("resume"), id }).exitCode, 0);
        QCOMPARE(status(id).value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
    }
};

QTEST_GUILESS_MAIN(TestQadctlRun)
#include "tst_qadctl_run.moc"
