// End to end: the built qadctl, run as a user would, against a fake Qualtrics receiver on loopback and the
// real keychain (a private gnome-keyring; ctest runs this through tests/with-keyring.sh).
#include "fakequaltrics.h"
#include "silentsecretservice.h"
#include "storage/sqlitestorage.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <cstdlib>
#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

using namespace qad;
using qad::test::FakeQualtrics;

namespace {

const QString kAudience = QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283");
const QString kUsername = QStringLiteral("jane@example.com");
// Made up for the test; it must never show up in any output or file.
const QString kToken = QStringLiteral("QtestTok3n-9f8e7d6c5b4a39281706");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestQadctl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    FakeQualtrics m_receiver;

    QString configDir() const { return m_home.filePath(QStringLiteral("config")); }
    QString dataDir() const { return m_home.filePath(QStringLiteral("data")); }

    // Runs qadctl with the test's directories; keeps the event loop turning so the in-process receiver
    // answers.
    Run qadctl(
        const QStringList &args, const QByteArray &stdinData = {}, const QProcessEnvironment &extraEnv = {})
    {
        return runProgram(QStringLiteral(QAD_QADCTL_PATH), globalArgs() + args, stdinData, extraEnv);
    }

    QStringList globalArgs() const
    {
        return { QStringLiteral("--config-dir"), configDir(), QStringLiteral("--data-dir"), dataDir() };
    }

    // qadctl with `args` and, last, an argument given as bytes that need not be UTF-8 (QProcess encodes
    // every QString it passes): `printfEscaped` is what printf's %b makes those bytes of, e.g. "bad-\\0377".
    Run qadctlWithRawArgument(
        const QStringList &args, const QString &printfEscaped, QProcessEnvironment env = {})
    {
        env.insert(QStringLiteral("QAD_TEST_RAW_ARGUMENT"), printfEscaped);
        return runProgram(QStringLiteral("/bin/sh"),
            QStringList { QStringLiteral("-c"),
                QStringLiteral("exec \"$0\" \"$@\" \"$(printf '%b' \"$QAD_TEST_RAW_ARGUMENT\")\""),
                QStringLiteral(QAD_QADCTL_PATH) }
                + globalArgs() + args,
            {}, env);
    }

    Run runProgram(const QString &program, const QStringList &arguments, const QByteArray &stdinData,
        const QProcessEnvironment &extraEnv)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QAD_API_TOKEN"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (const QString &key : extraEnv.keys()) {
            env.insert(key, extraEnv.value(key));
        }
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(program, arguments);
        if (!process.waitForStarted(10000)) {
            return {};
        }
        process.write(stdinData);
        process.closeWriteChannel();
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
        }
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        // The token never appears in anything qadctl prints.
        if (run.out.contains(kToken) || run.err.contains(kToken)) {
            qFatal("qadctl printed the API token");
        }
        return run;
    }

    QStringList addArgs(const QString &name, const QString &url) const
    {
        return { QStringLiteral("destination"), QStringLiteral("add"), QStringLiteral("--name"), name,
            QStringLiteral("--url"), url, QStringLiteral("--username"), kUsername,
            QStringLiteral("--identity"), QStringLiteral("Email:email"), QStringLiteral("--map"),
            QStringLiteral("person.name.firstName=person.name.firstName"), QStringLiteral("--map"),
            QStringLiteral("mobilePhone.number=mobilePhone.number"), QStringLiteral("--audience"),
            kAudience + QStringLiteral("=Purchasers") };
    }

    QString addDestination(const QString &name)
    {
        const Run run = qadctl(addArgs(name, m_receiver.url()));
        if (run.exitCode != 0) {
            qWarning("%s", qPrintable(run.err));
            return {};
        }
        return run.out.trimmed();
    }

    // The vendor's sample profile (full xdm: form) with the destination's audience added, as the issue asks.
    QString sampleProfileInAudience(const QString &status = QStringLiteral("realized"))
    {
        QFile file(QStringLiteral(QAD_TEST_DATA_DIR "/xdm/profile.example.1.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        QJsonObject profile = QJsonDocument::fromJson(file.readAll()).object();
        profile.insert(QStringLiteral("xdm:segmentMembership"),
            QJsonObject { { QStringLiteral("ups"),
                QJsonObject { { kAudience,
                    QJsonObject { { QStringLiteral("xdm:status"), status },
                        { QStringLiteral("xdm:lastQualificationTime"),
                            QStringLiteral("2023-09-05T10:43:55.602687Z") } } } } } });
        return writeFile(QStringLiteral("profile-in-audience.json"), QJsonDocument(profile).toJson());
    }

    // The same profile as one NDJSON line, a source for `run`.
    QString sampleSourceInAudience(const QString &name)
    {
        QFile profile(sampleProfileInAudience());
        if (!profile.open(QIODevice::ReadOnly)) {
            return {};
        }
        return writeFile(
            name, QJsonDocument::fromJson(profile.readAll()).toJson(QJsonDocument::Compact) + "\n");
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return {};
        }
        return path;
    }

    // Every byte qadctl left under its directories.
    QByteArray everythingWritten() const
    {
        QByteArray all;
        for (const QString &dir : { configDir(), dataDir() }) {
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly)) {
                    all += file.readAll();
                }
            }
        }
        return all;
    }

    // test-send, run and token check of destination `id`: the commands that read its token.
    QList<QStringList> commandsThatNeedTheToken(const QString &id)
    {
        const QString profile = sampleProfileInAudience();
        return { { QStringLiteral("test-send"), id, QStringLiteral("--profile"), profile },
            { QStringLiteral("run"), id, QStringLiteral("--source"), profile,
                QStringLiteral("--exit-when-idle") },
            { QStringLiteral("token"), QStringLiteral("check"), id } };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_receiver.setCredentials(kUsername, kToken);
        QVERIFY(m_receiver.listen());
    }

    void init() { m_receiver.clear(); }

    void helpVersionAndUsageErrors()
    {
        Run run = qadctl({ QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        for (const char *command : { "destination", "token", "sample", "test-send", "doctor" }) {
            QVERIFY2(run.out.contains(QLatin1String(command)), command);
        }
        run = qadctl({ QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("qadctl ")));

        run = qadctl({ QStringLiteral("frobnicate") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("frobnicate")));

        run = qadctl({ QStringLiteral("destination"), QStringLiteral("add"), QStringLiteral("--bogus") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("bogus")));

        // An option of one value given twice is refused, not decided by its last word; nothing is made.
        run = qadctl(addArgs(QStringLiteral("Twice A"), m_receiver.url())
            + QStringList { QStringLiteral("--name"), QStringLiteral("Twice B") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.err.contains(QStringLiteral("--name is given 2 times (Twice A, Twice B): give it once.")),
            qPrintable(run.err));
        run = qadctl({ QStringLiteral("destination"), QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY2(!run.out.contains(QStringLiteral("Twice")), qPrintable(run.out));
        run = qadctl({ QStringLiteral("run"), QStringLiteral("some-id"), QStringLiteral("--source"),
            QStringLiteral("a.ndjson"), QStringLiteral("--source"), QStringLiteral("b.ndjson"),
            QStringLiteral("--exit-when-idle") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--source is given 2 times")), qPrintable(run.err));
    }

    void plainHttpToARemoteHostIsRefused()
    {
        const Run run = qadctl(addArgs(QStringLiteral("Remote http"),
            QStringLiteral("http://iad1.qualtrics.com/inbound-event/v1/events/json/"
                           "triggers?urlTokenId=7d0c1f52-2b7e-4a43-9d55-1f0a2c3b4d5e")));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("url")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("https")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        const Run list
            = qadctl({ QStringLiteral("destination"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.exitCode, 0);
        for (const QJsonValue &d : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            QVERIFY(d.toObject().value(QStringLiteral("name")).toString() != QStringLiteral("Remote http"));
        }
    }

    void badOptionValuesNameTheOption()
    {
        QStringList args = addArgs(QStringLiteral("Bad identity"), m_receiver.url());
        args << QStringLiteral("--identity") << QStringLiteral("Email:phone");
        Run run = qadctl(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--identity")), qPrintable(run.err));

        args = addArgs(QStringLiteral("Reserved target"), m_receiver.url());
        args << QStringLiteral("--map") << QStringLiteral("person.name.lastName=identityMap");
        run = qadctl(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("identityMap")), qPrintable(run.err));
    }

    // --help at any level prints that level's help and exits 0; a level without its command stays a usage
    // error.
    void helpAtEveryLevelExitsZero()
    {
        const QString destinationUsage = QStringLiteral("Usage: qadctl destination COMMAND [options]\n");
        for (const QString &help :
            { QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help") }) {
            const Run run = qadctl({ QStringLiteral("destination"), help });
            QVERIFY2(run.exitCode == 0, qPrintable(help + QLatin1Char(' ') + run.err));
            QVERIFY2(run.out.startsWith(destinationUsage), qPrintable(run.out));
            QVERIFY2(run.out.contains(QStringLiteral("  import FILE|-")), qPrintable(run.out));
            QVERIFY(run.err.isEmpty());
        }
        Run run
            = qadctl({ QStringLiteral("destination"), QStringLiteral("--json"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(destinationUsage));
        run = qadctl({ QStringLiteral("destination"), QStringLiteral("list"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("qadctl destination list:")), qPrintable(run.out));
        run = qadctl({ QStringLiteral("token"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("qadctl token set|delete|check ID")), qPrintable(run.out));
        // No command at all: the usage, as a problem (stderr, 2); asked for, it is the answer (stdout, 0).
        run = qadctl(QStringList());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QVERIFY2(run.err.startsWith(QStringLiteral("Usage: qadctl [--config-dir DIR]")), qPrintable(run.err));
        run = qadctl({ QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Usage: qadctl [--config-dir DIR]")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("paths, database, config, allocator")), qPrintable(run.out));
        QVERIFY(run.err.isEmpty());
        // What `run` reads, named pipes included.
        run = qadctl({ QStringLiteral("run"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("--source <PATH>"))
                && run.out.simplified().contains(QStringLiteral(
                    "pretty-printed objects one after another, a named pipe (read as it is written, as "
                    "<(producer) is), or - for standard input.")),
            qPrintable(run.out));

        // An unknown command stays an error, --help or not.
        run = qadctl({ QStringLiteral("frobnicate"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Unknown command \"frobnicate\"")), qPrintable(run.err));

        run = qadctl({ QStringLiteral("destination") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err,
            QStringLiteral(
                "qadctl: destination needs one of: add, edit, list, show, remove, export, import.\n"));
    }

    // A command's usage line is one to copy: qadctl and the command words, not the path it was started by.
    // In French and Korean the whole help is, Qt's headings included.
    void helpUsageLinesNameTheCommandInTheUsersLanguage()
    {
        const QList<QPair<QStringList, QString>> usages {
            { { QStringLiteral("run") }, QStringLiteral("Usage: qadctl run [options] ID…\n") },
            { { QStringLiteral("pause") }, QStringLiteral("Usage: qadctl pause [options] ID\n") },
            { { QStringLiteral("token") }, QStringLiteral("Usage: qadctl token [options] ACTION ID\n") },
            { { QStringLiteral("destination"), QStringLiteral("add") },
                QStringLiteral("Usage: qadctl destination add [options]\n") },
            { { QStringLiteral("destination"), QStringLiteral("show") },
                QStringLiteral("Usage: qadctl destination show [options] ID\n") },
        };
        for (const auto &[command, usage] : usages) {
            const Run run = qadctl(command + QStringList { QStringLiteral("--help") });
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.startsWith(usage), qPrintable(run.out));
            QVERIFY2(!run.out.contains(QStringLiteral(QAD_QADCTL_PATH)), qPrintable(run.out));
        }

        QProcessEnvironment french;
        french.insert(QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8"));
        Run run = qadctl({ QStringLiteral("pause"), QStringLiteral("--help") }, {}, french);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Utilisation : qadctl pause [options] ID\n")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("\nOptions :\n  -h, --help  Afficher cette aide.\n")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("\nArguments :\n  ID          La destination.\n")),
            qPrintable(run.out));

        QProcessEnvironment korean;
        korean.insert(QStringLiteral("LC_ALL"), QStringLiteral("ko_KR.UTF-8"));
        run = qadctl({ QStringLiteral("pause"), QStringLiteral("--help") }, {}, korean);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.out.startsWith(QStringLiteral("사용 방법: qadctl pause [옵션] ID\n")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("\n옵션:\n  -h, --help  이 도움말을 표시합니다.\n")),
            qPrintable(run.out));
    }

    // `status` sets its values in one column, the 23rd, in every language shipped (a Korean syllable takes
    // two columns of a terminal): the labels' translations keep it.
    void statusLinesLineUpInEveryLanguage()
    {
        const QString id = addDestination(QStringLiteral("Lined up"));
        QVERIFY(!id.isEmpty());
        m_receiver.setHandler([](const FakeQualtrics::Request &) {
            FakeQualtrics::Reply reply;
            reply.status = 404;
            return reply;
        });
        QProcessEnvironment withToken;
        withToken.insert(QStringLiteral("QAD_API_TOKEN"), kToken);
        const Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"),
                                   sampleSourceInAudience(QStringLiteral("lined-up.ndjson")),
                                   QStringLiteral("--exit-when-idle") },
            {}, withToken);
        m_receiver.setHandler({});
        QCOMPARE(run.exitCode, 1); // the activation failed: every line status has is there

        const auto columns = [](const QString &text) {
            int width = 0;
            for (const QChar c : text) {
                width += c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3 ? 2 : 1;
            }
            return width;
        };
        for (const QString &locale :
            { QStringLiteral("C.UTF-8"), QStringLiteral("fr_FR.UTF-8"), QStringLiteral("ko_KR.UTF-8") }) {
            QProcessEnvironment language;
            language.insert(QStringLiteral("LC_ALL"), locale);
            const Run status = qadctl({ QStringLiteral("status"), id }, {}, language);
            QCOMPARE(status.exitCode, 0);
            int labelled = 0;
            int tableRows = 0;
            for (const QString &line : status.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const qsizetype colon = line.indexOf(QLatin1Char(':'));
                if (colon < 0) {
                    // The counters' table: under its heading, each row's total ends at column 31 and its
                    // figure for this hour at column 44, whatever the label's script.
                    if (line.startsWith(QLatin1Char(' '))) {
                        continue; // the heading
                    }
                    QVERIFY2(columns(line.left(line.size() - 13)) == 31 && columns(line) == 44,
                        qPrintable(locale + QStringLiteral(": ") + line));
                    ++tableRows;
                    continue;
                }
                qsizetype value = colon + 1;
                while (value < line.size() && line.at(value) == u' ') {
                    ++value;
                }
                QVERIFY2(columns(line.left(value)) == 22, qPrintable(locale + QStringLiteral(": ") + line));
                ++labelled;
            }
            // Destination, state, last error, queue depth, send rate, the alert (no latency: nothing
            // succeeded).
            QVERIFY2(labelled == 6, qPrintable(status.out));
            QVERIFY2(tableRows == 5, qPrintable(status.out)); // received, activated, excluded, failed, rate
        }
    }

    // "This hour" is the hour of the clock now, not the newest hour with figures: three hours after the last
    // delivery it reads zero, while the total and --json's hours keep the earlier hour.
    void statusCountsThisHourApartFromEarlierHours()
    {
        const QString id = addDestination(QStringLiteral("Hours apart"));
        QVERIFY(!id.isEmpty());
        const auto ingest = [&](const QString &name, const QDateTime &at, bool delivered) {
            SqliteStorage storage(dataDir());
            QVERIFY(storage.open().ok());
            ActivationRecord a;
            a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            a.destinationId = id;
            a.profileKey = QStringLiteral("Email:%1@example.com").arg(name);
            a.audiences = R"({"046456e3-18e1-48a6-9bda-d68547861283":"realized"})";
            a.createdAt = at;
            a.payload = R"({"identityMap":{"Email":[{"id":"x@example.com"}]}})";
            IngestBatch batch;
            batch.activations.append(a);
            batch.received.insert(id, 1);
            QVERIFY(storage.commitIngest(batch).ok());
            if (delivered) {
                AttemptOutcome o;
                o.attempt.activationId = a.id;
                o.attempt.startedAt = at.addSecs(1);
                o.attempt.durationMs = 20;
                o.attempt.httpStatus = 200;
                o.attempt.outcome.cls = OutcomeClass::Succeeded;
                o.next = ActivationStatus::Succeeded;
                QVERIFY(storage.recordAttempts({ o }).ok());
            }
        };
        const auto row = [&](const QString &label) {
            const QString out = qadctl({ QStringLiteral("status"), id }).out;
            const qsizetype at = out.indexOf(QLatin1Char('\n') + label);
            return at < 0 ? QStringList()
                          : out.mid(at + 1)
                                .section(QLatin1Char('\n'), 0, 0)
                                .mid(22)
                                .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };

        const QDateTime threeHoursAgo = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
        ingest(QStringLiteral("early1"), threeHoursAgo, true);
        ingest(QStringLiteral("early2"), threeHoursAgo, true);
        QCOMPARE(row(QStringLiteral("Profiles received")),
            QStringList({ QStringLiteral("2"), QStringLiteral("0") }));
        QCOMPARE(row(QStringLiteral("Identities activated")),
            QStringList({ QStringLiteral("2"), QStringLiteral("0") }));
        QCOMPARE(row(QStringLiteral("Activation rate")),
            QStringList({ QStringLiteral("100.0"), QStringLiteral("%"), QStringLiteral("—") }));
        const QJsonArray hours = QJsonDocument::fromJson(
            qadctl({ QStringLiteral("status"), id, QStringLiteral("--json") }).out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("hours"))
                                     .toArray();
        QCOMPARE(hours.size(), 1);
        QCOMPARE(hours.at(0).toObject().value(QStringLiteral("profilesReceived")).toInt(), 2);

        // One received now and still queued: this hour has it, the rate of this hour is 0 %.
        // The status below must read the hour of the ingest: two qadctl processes on a busy machine can take
        // many seconds, so in the last minute of an hour, wait for the next one.
        const QTime now = QDateTime::currentDateTimeUtc().time();
        if (now.minute() == 59) {
            QTest::qWait((60 - now.second()) * 1000 + 1000);
        }
        ingest(QStringLiteral("now"), QDateTime::currentDateTimeUtc(), false);
        QCOMPARE(row(QStringLiteral("Profiles received")),
            QStringList({ QStringLiteral("3"), QStringLiteral("1") }));
        QCOMPARE(row(QStringLiteral("Activation rate")),
            QStringList(
                { QStringLiteral("66.7"), QStringLiteral("%"), QStringLiteral("0.0"), QStringLiteral("%") }));
    }

    // A reference that could mean more than one destination (a name that is the start of another's id, or
    // the start of two ids) is refused with the candidates and what to type instead; a full id always works.
    void anAmbiguousReferenceIsRefusedWithTheCandidates()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        const QStringList own { QStringLiteral("--config-dir"), config.path() };
        Run run = qadctl(own + addArgs(QStringLiteral("First"), m_receiver.url()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString first = run.out.trimmed();
        const QString prefix = first.left(8);
        run = qadctl(own + addArgs(prefix, m_receiver.url())); // named like the start of First's id
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString second = run.out.trimmed();

        const QString ambiguous = QStringLiteral(
            "qadctl: \"%1\" could mean more than one destination (by name or by the start of the id):\n"
            "%2\n"
            "Use the full id of the one you mean.\n");
        for (const QStringList &command :
            { QStringList { QStringLiteral("destination"), QStringLiteral("show"), prefix },
                QStringList { QStringLiteral("destination"), QStringLiteral("remove"), prefix },
                QStringList { QStringLiteral("token"), QStringLiteral("check"), prefix,
                    QStringLiteral("--offline") } }) {
            run = qadctl(own + command);
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.out.isEmpty());
            QCOMPARE(run.err,
                ambiguous.arg(prefix, QStringLiteral("  First (%1)\n  %2 (%3)").arg(first, prefix, second)));
        }
        const auto nameOf = [&](const QString &reference) {
            const Run shown = qadctl(own
                + QStringList { QStringLiteral("destination"), QStringLiteral("show"), reference,
                    QStringLiteral("--json") });
            return QJsonDocument::fromJson(shown.out.toUtf8())
                .object()
                .value(QStringLiteral("name"))
                .toString();
        };
        QCOMPARE(nameOf(first), QStringLiteral("First"));
        QCOMPARE(nameOf(second), prefix);

        // Two ids that start alike (imported, as the ids are kept).
        QJsonObject exported = QJsonDocument::fromJson(
            qadctl(own + QStringList { QStringLiteral("destination"), QStringLiteral("export"), first })
                .out.toUtf8())
                                   .object();
        QStringList twins;
        for (const QString &id : { QStringLiteral("abcd1111-0000-4000-8000-000000000001"),
                 QStringLiteral("abcd2222-0000-4000-8000-000000000002") }) {
            QJsonObject d = exported.value(QStringLiteral("destination")).toObject();
            d.insert(QStringLiteral("id"), id);
            d.insert(QStringLiteral("name"), QStringLiteral("Twin %1").arg(twins.size() + 1));
            exported.insert(QStringLiteral("destination"), d);
            run = qadctl(own
                    + QStringList { QStringLiteral("destination"), QStringLiteral("import"),
                        QStringLiteral("-") },
                QJsonDocument(exported).toJson());
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(run.out.trimmed(), id);
            twins.append(QStringLiteral("  Twin %1 (%2)").arg(twins.size() + 1).arg(id));
        }
        run = qadctl(own
            + QStringList { QStringLiteral("destination"), QStringLiteral("show"), QStringLiteral("ABCD") });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, ambiguous.arg(QStringLiteral("ABCD"), twins.join(QLatin1Char('\n'))));
        QCOMPARE(nameOf(QStringLiteral("abcd2")), QStringLiteral("Twin 2"));
    }

    // A reference that names no destination but comes close (part of a name, in another case; the start of an
    // id shorter than the 4 characters an id prefix needs) says how destinations are named and which it may
    // have meant; one that comes close to none says where to look.
    void aNearMissReferenceNamesTheDestinationsItMayMean()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        const QStringList own { QStringLiteral("--config-dir"), config.path() };
        Run run = qadctl(own + addArgs(QStringLiteral("Onboarding survey"), m_receiver.url()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString id = run.out.trimmed();
        const QString meant = QStringLiteral("  Onboarding survey (%1)").arg(id);
        for (const QString &reference : { QStringLiteral("onboarding"), id.left(3) }) {
            run = qadctl(own + QStringList { QStringLiteral("status"), reference });
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.out.isEmpty());
            QVERIFY2(run.err.contains(QStringLiteral("No destination \"%1\": ").arg(reference))
                    && run.err.contains(QStringLiteral("4 characters or more"))
                    && run.err.contains(QStringLiteral("Did you mean:\n") + meant + QLatin1Char('\n')),
                qPrintable(run.err));
        }
        run = qadctl(own + QStringList { QStringLiteral("status"), QStringLiteral("Renewals") });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err,
            QStringLiteral("qadctl: No destination \"Renewals\". `qadctl destination list` shows the ids and "
                           "names.\n"));
        // The whole name, in any case, and four characters of the id, are found.
        for (const QString &reference : { QStringLiteral("ONBOARDING SURVEY"), id.left(4) }) {
            run = qadctl(own
                + QStringList { QStringLiteral("destination"), QStringLiteral("show"), reference,
                    QStringLiteral("--json") });
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
    }

    // Words a command does not take are refused, not passed over: `destination list NAME` would list every
    // destination as if NAME had been found, `doctor ID` check them all; a subcommand or action that does not
    // exist is named before the destination is looked up; replay of two things at once says so.
    void argumentsACommandDoesNotTakeAreRefused()
    {
        const QString id = addDestination(QStringLiteral("Strict arguments"));
        QVERIFY(!id.isEmpty());
        const struct
        {
            QStringList args;
            QString message;
        } cases[] = {
            { { QStringLiteral("destination"), QStringLiteral("list"), QStringLiteral("Strict arguments") },
                QStringLiteral("qadctl: Unexpected argument \"Strict arguments\".\n") },
            { { QStringLiteral("doctor"), id },
                QStringLiteral("qadctl: Unexpected argument \"%1\".\n").arg(id) },
            { { QStringLiteral("destination"), QStringLiteral("delete"), id },
                QStringLiteral("qadctl: Unknown command \"destination delete\"; use one of: add, edit, list, "
                               "show, remove, export, import.\n") },
            { { QStringLiteral("token"), QStringLiteral("show"), QStringLiteral("no-such-destination") },
                QStringLiteral("qadctl: token needs one of: set, delete, check.\n") },
            { { QStringLiteral("replay"), id, QStringLiteral("--failed"), QStringLiteral("--activation"),
                  QStringLiteral("some-activation") },
                QStringLiteral("qadctl: replay takes --failed (every failed activation) or --activation AID "
                               "(one), not both.\n") },
        };
        for (const auto &c : cases) {
            const Run run = qadctl(c.args);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
            QCOMPARE(run.err, c.message);
        }
    }

    // Each command's --help says what it needs and does: what add requires, that edit's repeatable options
    // replace their list, what doctor checks.
    void helpSaysWhatACommandRequiresAndReplaces()
    {
        Run run = qadctl({ QStringLiteral("destination"), QStringLiteral("add"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral(
                     "--name, --url and --identity are required, and --username with basic auth.")),
            qPrintable(run.out));
        run = qadctl({ QStringLiteral("destination"), QStringLiteral("edit"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(
                     QStringLiteral("--identity, --map and --audience replace the whole list when given")),
            qPrintable(run.out));
        run = qadctl({ QStringLiteral("doctor"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("the database")), qPrintable(run.out));
    }

    // --config-dir naming a file (or a path under one) is a configuration error that names it, not an empty
    // list. (A directory that cannot be opened: tst_configstore, which can run as a user other than root.)
    void aConfigDirThatIsAFileIsAnError()
    {
        const QString file = writeFile(QStringLiteral("not-a-directory"), "a file\n");
        for (const QString &directory : { file, file + QStringLiteral("/qad") }) {
            const Run run = qadctl({ QStringLiteral("--config-dir"), directory, QStringLiteral("destination"),
                QStringLiteral("list") });
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.out.isEmpty());
            QCOMPARE(run.err,
                QStringLiteral("qadctl: Cannot use %1 as the configuration directory: %2 is not a directory. "
                               "Choose a directory, or a path where one can be created.\n")
                    .arg(directory, file));
        }
    }

    // Every file named on the command line that cannot be read gives the same exit code, 2 (SPEC §10: an
    // error of the command line, like a bad option value), and a message of one shape: where it was given,
    // the path, and why.
    void everyUnreadableInputFileIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args"); // ID stands for a destination's id, PATH for the file
        QTest::addColumn<QString>("what");
        QTest::newRow("test-send --profile") << QStringList { QStringLiteral("test-send"),
            QStringLiteral("ID"), QStringLiteral("--profile"), QStringLiteral("PATH") }
                                             << QStringLiteral("--profile");
        QTest::newRow("run --source") << QStringList { QStringLiteral("run"), QStringLiteral("ID"),
            QStringLiteral("--source"), QStringLiteral("PATH"), QStringLiteral("--exit-when-idle") }
                                      << QStringLiteral("--source");
        QTest::newRow("destination import")
            << QStringList { QStringLiteral("destination"), QStringLiteral("import"), QStringLiteral("PATH") }
            << QStringLiteral("destination import");
    }

    void everyUnreadableInputFileIsAUsageError()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, what);
        const QString id
            = addDestination(QStringLiteral("Input %1").arg(QLatin1String(QTest::currentDataTag())));
        QVERIFY(!id.isEmpty());
        QProcessEnvironment env;
        env.insert(QStringLiteral("QAD_API_TOKEN"), kToken);
        const QString missing = m_home.filePath(QStringLiteral("missing.json"));
        for (const auto &[path, message] :
            { std::pair {
                  missing, QStringLiteral("cannot read %1: No such file or directory.").arg(missing) },
                std::pair { m_home.path(),
                    QStringLiteral("%1 is a directory; give the path of a file.").arg(m_home.path()) } }) {
            QStringList command = args;
            command.replaceInStrings(QStringLiteral("ID"), id).replaceInStrings(QStringLiteral("PATH"), path);
            const Run run = qadctl(command, {}, env);
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.out.isEmpty());
            QCOMPARE(run.err, QStringLiteral("qadctl: %1: %2\n").arg(what, message));
        }
        if (args.constFirst() == u"run") {
            // Followed, a missing file is waited for; a directory is refused in the same words.
            QStringList command = args;
            command.replaceInStrings(QStringLiteral("ID"), id)
                .replaceInStrings(QStringLiteral("PATH"), m_home.path())
                .replaceInStrings(QStringLiteral("--exit-when-idle"), QStringLiteral("--follow"));
            const Run run = qadctl(command, {}, env);
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(run.err,
                QStringLiteral("qadctl: %1: %2 is a directory; give the path of a file.\n")
                    .arg(what, m_home.path()));
        }
        QCOMPARE(m_receiver.requestCount(), 0);
    }

    // `destination import ""` (an unset variable, say) is a usage error in our words, not Qt's.
    void importWithoutAFileNameSaysSo()
    {
        const Run run = qadctl({ QStringLiteral("destination"), QStringLiteral("import"), QString() });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err,
            QStringLiteral(
                "qadctl: destination import: no file given; give a file, or - for standard input.\n"));
    }

    // A number too large (or small) for an option is called that, with the range it takes: the command's own,
    // or for the delivery settings what validation (SPEC §3) says.
    void aNumberOutOfRangeSaysTheRange_data()
    {
        QTest::addColumn<QStringList>("args"); // ID stands for a destination's id
        QTest::addColumn<QString>("message");
        const QString huge = QStringLiteral("99999999999999999999");
        const QString id = QStringLiteral("ID");
        const auto edit = [&](const char *option, const QString &value) {
            return QStringList { QStringLiteral("destination"), QStringLiteral("edit"), id,
                QLatin1String(option), value };
        };
        QTest::newRow("--rate-limit")
            << edit("--rate-limit", huge)
            << QStringLiteral("--rate-limit: 99999999999999999999 is too large. The "
                              "largest number it takes is 2147483647.");
        QTest::newRow("--concurrency")
            << edit("--concurrency", huge)
            << QStringLiteral(
                   "--concurrency: 99999999999999999999 is too large. Concurrency must be between 1 "
                   "and 64 requests in flight; the default is 6.");
        QTest::newRow("--timeout") << edit("--timeout", QLatin1Char('-') + huge)
                                   << QStringLiteral("--timeout: -99999999999999999999 is too small. The "
                                                     "timeout must be between 1 and 300 seconds; the default "
                                                     "is 10.");
        QTest::newRow("--count") << QStringList { QStringLiteral("sample"), id, QStringLiteral("--count"),
            huge }
                                 << QStringLiteral("--count: 99999999999999999999 is too large. Use a whole "
                                                   "number from 1 to 10000.");
        QTest::newRow("--count 0") << QStringList { QStringLiteral("sample"), id, QStringLiteral("--count"),
            QStringLiteral("0") }
                                   << QStringLiteral("--count: 0 is too small. Use a whole number from 1 to "
                                                     "10000.");
        QTest::newRow("--limit") << QStringList { QStringLiteral("history"), id, QStringLiteral("--limit"),
            huge }
                                 << QStringLiteral("--limit: 99999999999999999999 is too large. Use a whole "
                                                   "number from 1 to 2147483647.");
        QTest::newRow("--history-days")
            << QStringList { QStringLiteral("run"), id, QStringLiteral("--source"), QStringLiteral("-"),
                   QStringLiteral("--exit-when-idle"), QStringLiteral("--history-days"), huge }
            << QStringLiteral(
                   "--history-days: 99999999999999999999 is too large. Use a whole number from 1 to "
                   "2147483647.");
        QTest::newRow("not a number") << edit("--rate-limit", QStringLiteral("12x"))
                                      << QStringLiteral("--rate-limit: \"12x\" is not a whole number.");
    }

    void aNumberOutOfRangeSaysTheRange()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString id
            = addDestination(QStringLiteral("Numbers %1").arg(QLatin1String(QTest::currentDataTag())));
        QVERIFY(!id.isEmpty());
        const Run run = qadctl(args.replaceInStrings(QStringLiteral("ID"), id));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err, QStringLiteral("qadctl: ") + message + QLatin1Char('\n'));
        // Nothing was changed.
        const Run shown
            = qadctl({ QStringLiteral("destination"), QStringLiteral("show"), id, QStringLiteral("--json") });
        const QJsonObject delivery = QJsonDocument::fromJson(shown.out.toUtf8())
                                         .object()
                                         .value(QStringLiteral("delivery"))
                                         .toObject();
        QCOMPARE(delivery.value(QStringLiteral("rateLimitPerMinute")).toInt(), 3000);
        QCOMPARE(delivery.value(QStringLiteral("concurrency")).toInt(), 6);
        QCOMPARE(delivery.value(QStringLiteral("timeoutSeconds")).toInt(), 10);
    }

    // Qt decodes the arguments as UTF-8 and turns other bytes into U+FFFD, so a path with such bytes would
    // name another file: refused, for every path argument (here a file that exists under its real name).
    void aPathThatIsNotUtf8IsRefused_data()
    {
        QTest::addColumn<QStringList>("args"); // before the path; ID stands for a destination's id
        QTest::addColumn<QString>("what");
        QTest::newRow("destination import") << QStringList { QStringLiteral("destination"),
            QStringLiteral("import") } << QStringLiteral("destination import");
        QTest::newRow("--profile") << QStringList { QStringLiteral("test-send"), QStringLiteral("ID"),
            QStringLiteral("--profile") }
                                   << QStringLiteral("--profile");
        QTest::newRow("--source") << QStringList { QStringLiteral("run"), QStringLiteral("ID"),
            QStringLiteral("--exit-when-idle"), QStringLiteral("--source") }
                                  << QStringLiteral("--source");
        QTest::newRow("--source --follow") << QStringList { QStringLiteral("run"), QStringLiteral("ID"),
            QStringLiteral("--follow"), QStringLiteral("--source") }
                                           << QStringLiteral("--source");
        QTest::newRow("--config-dir") << QStringList { QStringLiteral("destination"), QStringLiteral("list"),
            QStringLiteral("--config-dir") }
                                      << QStringLiteral("--config-dir");
        QTest::newRow("--data-dir") << QStringList { QStringLiteral("history"), QStringLiteral("ID"),
            QStringLiteral("--data-dir") }
                                    << QStringLiteral("--data-dir");
    }

    void aPathThatIsNotUtf8IsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, what);
        const QString id
            = addDestination(QStringLiteral("Not UTF-8 %1").arg(QLatin1String(QTest::currentDataTag())));
        QVERIFY(!id.isEmpty());
        const QByteArray raw = QFile::encodeName(m_home.path()) + "/latin1-\xe9t\xe9.json";
        const int fd = ::open(raw.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(fd >= 0);
        // QTemporaryDir, which goes by QString names, could not remove it.
        const auto removeRaw = qScopeGuard([&raw] { ::unlink(raw.constData()); });
        QCOMPARE(::write(fd, "{}\n", 3), 3);
        ::close(fd);
        QProcessEnvironment env;
        env.insert(QStringLiteral("QAD_API_TOKEN"), kToken);
        const Run run = qadctlWithRawArgument(args.replaceInStrings(QStringLiteral("ID"), id),
            m_home.path() + QStringLiteral("/latin1-\\0351t\\0351.json"), env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        const QString shown = m_home.path() + QStringLiteral("/latin1-\uFFFDt\uFFFD.json");
        QCOMPARE(run.err,
            QStringLiteral(
                "qadctl: %1: \"%2\" is not valid UTF-8 (\uFFFD marks the bytes that are not), so it "
                "cannot be used as a path. Rename it, or give a symbolic link to it whose name is "
                "valid UTF-8.\n")
                .arg(what, shown));
    }

    // A lock file that cannot be written (a full disk, a read-only data directory; here a file where the
    // locks' directory should be) is told as such, not as another process streaming the destination.
    void aLockFileThatCannotBeWrittenIsNotAnotherStream()
    {
        const QString id = addDestination(QStringLiteral("Lock unwritable"));
        QVERIFY(QDir().mkpath(dataDir()));
        // The lock directory an earlier test's run left (the data directory is shared) makes way for the
        // file.
        QVERIFY(QDir(QDir(dataDir()).filePath(QStringLiteral("locks"))).removeRecursively());
        QFile notADirectory(QDir(dataDir()).filePath(QStringLiteral("locks")));
        QVERIFY(notADirectory.open(QIODevice::WriteOnly));
        notADirectory.close();
        QProcessEnvironment env;
        env.insert(QStringLiteral("QAD_API_TOKEN"), kToken);
        const Run run = qadctl(
            { QStringLiteral("run"), id, QStringLiteral("--source"),
                sampleSourceInAudience(QStringLiteral("lock.ndjson")), QStringLiteral("--exit-when-idle") },
            {}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Cannot create the lock file"))
                && run.err.contains(QStringLiteral("Check that the data directory is writable"))
                && !run.err.contains(QStringLiteral("already streaming")),
            qPrintable(run.err));
        QCOMPARE(m_receiver.requestCount(), 0);
        QVERIFY(notADirectory.remove()); // the data directory is shared by the tests that follow
    }

    // Replaying an activation that was delivered starts the workflow again: done, since it was asked for by
    // its id, but said, as the GUI asks first.
    void replayingADeliveredActivationSaysTheWorkflowRunsAgain()
    {
        const QString id = addDestination(QStringLiteral("Delivered once"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("QAD_API_TOKEN"), kToken);
        Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"),
                             sampleSourceInAudience(QStringLiteral("delivered.ndjson")),
                             QStringLiteral("--exit-when-idle") },
            {}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QString activation;
        {
            SqliteStorage storage(dataDir());
            QVERIFY(storage.open().ok());
            const auto history = storage.activations({ id, std::nullopt, 10 });
            QVERIFY(history.ok() && history->size() == 1);
            QCOMPARE(toString(history->at(0).status), QStringLiteral("succeeded"));
            activation = history->at(0).id;
        }
        run = qadctl({ QStringLiteral("replay"), id, QStringLiteral("--activation"), activation });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("Activation %1 queued again.\n").arg(activation));
        QVERIFY2(
            run.err.startsWith(QStringLiteral("warning: it had been delivered already: Qualtrics starts its "
                                              "workflow for Email:jane@doe.com again.\n")),
            qPrintable(run.err));

        // Queued again, it waits for the next run: a second replay is refused as a usage error (nothing a
        // retry would mend), and warns of nothing.
        run = qadctl({ QStringLiteral("replay"), id, QStringLiteral("--activation"), activation });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.err.contains(QStringLiteral("is pending")) && !run.err.contains(QStringLiteral("delivered")),
            qPrintable(run.err));

        // A test send is not replayed either: it is sent again as a test.
        run = qadctl({ QStringLiteral("test-send"), id, QStringLiteral("--profile"),
                         sampleProfileInAudience(), QStringLiteral("--json") },
            {}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString testActivation = QJsonDocument::fromJson(run.out.toUtf8())
                                           .object()
                                           .value(QStringLiteral("activationId"))
                                           .toString();
        QVERIFY2(!testActivation.isEmpty(), qPrintable(run.out));
        run = qadctl({ QStringLiteral("replay"), id, QStringLiteral("--activation"), testActivation });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("was a test send")), qPrintable(run.err));
    }

    // The scenario of the issue, step by step.
    void addStoreTokenAndTestSend()
    {
        const QString id = addDestination(QStringLiteral("Onboarding survey"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(id).hasMatch());

        Run run = qadctl({ QStringLiteral("token"), QStringLiteral("set"), id }, kToken.toUtf8());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        run = qadctl(
            { QStringLiteral("test-send"), id, QStringLiteral("--profile"), sampleProfileInAudience() });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));

        // What the user sees: the request with auth redacted, the status, the latency and the requestId.
        QVERIFY2(run.out.contains(QStringLiteral("Authorization: Basic ***")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("200")));
        QVERIFY(QRegularExpression(QStringLiteral("\\d+ ms")).match(run.out).hasMatch());
        QCOMPARE(m_receiver.requestCount(), 1);
        const FakeQualtrics::Request &received = m_receiver.requests().constFirst();
        QVERIFY(!received.requestId.isEmpty());
        QVERIFY2(run.out.contains(received.requestId), qPrintable(run.out));

        // What Qualtrics got: the §6 shape, with Basic auth sent up front.
        QVERIFY(received.authorized);
        QCOMPARE(received.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject expected = QJsonDocument::fromJson(R"({
            "person": { "name": { "firstName": "Jane" } },
            "mobilePhone": { "number": "1-408-888-8888" },
            "identityMap": { "Email": [ { "id": "jane@doe.com" } ] },
            "segmentMembership": { "ups": { "046456e3-18e1-48a6-9bda-d68547861283": {
                "lastQualificationTime": "2023-09-05T10:43:55.602687Z", "status": "realized" } } } })")
                                         .object();
        QCOMPARE(received.json, expected);

        // Recorded in the history as a test, with the Idempotency-Key as its id.
        SqliteStorage storage(dataDir());
        QVERIFY(storage.open().ok());
        auto history = storage.activations({ id, std::nullopt, 10 });
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QVERIFY(history->at(0).isTest);
        QCOMPARE(toString(history->at(0).status), QStringLiteral("succeeded"));
        QCOMPARE(received.header("Idempotency-Key"), history->at(0).id.toUtf8());
        auto attempts = storage.attempts(history->at(0).id);
        QVERIFY(attempts.ok());
        QCOMPARE(attempts->size(), 1);
        QCOMPARE(attempts->at(0).httpStatus, 200);
        QCOMPARE(attempts->at(0).requestId, received.requestId);

        // The token is in no file under the config and data directories, in no form.
        const QByteArray written = everythingWritten();
        QVERIFY(!written.isEmpty());
        QVERIFY(!written.contains(kToken.toUtf8()));
        QVERIFY(!written.contains((kUsername + QLatin1Char(':') + kToken).toUtf8().toBase64()));
    }

    void jsonOutputOfATestSend()
    {
        const QString id = addDestination(QStringLiteral("Json output"));
        QCOMPARE(qadctl({ QStringLiteral("token"), QStringLiteral("set"), id }, kToken.toUtf8()).exitCode, 0);
        FakeQualtrics::Reply reply;
        reply.notice = QStringLiteral(
            "Request proxied. For faster response times, use this host instead: x.qualtrics.com");
        m_receiver.enqueue(reply);
        const Run run = qadctl({ QStringLiteral("test-send"), id, QStringLiteral("--profile"),
            sampleProfileInAudience(), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(o.value(QStringLiteral("response")).toObject().value(QStringLiteral("requestId")).toString(),
            m_receiver.requests().constFirst().requestId);
        QCOMPARE(o.value(QStringLiteral("response")).toObject().value(QStringLiteral("notice")).toString(),
            reply.notice);
        QCOMPARE(o.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("class")).toString(),
            QStringLiteral("succeeded"));
        QCOMPARE(o.value(QStringLiteral("sent")).toBool(), true);
        bool sawRedacted = false;
        for (const QJsonValue &h :
            o.value(QStringLiteral("request")).toObject().value(QStringLiteral("headers")).toArray()) {
            if (h.toObject()
                    .value(QStringLiteral("name"))
                    .toString()
                    .compare(QStringLiteral("Authorization"), Qt::CaseInsensitive)
                == 0) {
                sawRedacted
                    = h.toObject().value(QStringLiteral("value")).toString() == QStringLiteral("Basic ***");
            }
        }
        QVERIFY(sawRedacted);
    }

    void aProfileWithoutTheMappedIdentityIsExcludedAndNothingIsSent()
    {
        const QString id = addDestination(QStringLiteral("Exclusions"));
        QCOMPARE(qadctl({ QStringLiteral("token"), QStringLiteral("set"), id }, kToken.toUtf8()).exitCode, 0);
        const QString profile = writeFile(QStringLiteral("no-email.json"), R"({
            "identityMap": { "ECID": [ { "id": "92312748749128" } ] },
            "person": { "name": { "firstName": "Jane" } },
            "segmentMembership": { "ups": { "046456e3-18e1-48a6-9bda-d68547861283": { "status": "realized" } } } })");
        const Run run = qadctl({ QStringLiteral("test-send"), id, QStringLiteral("--profile"), profile });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("xcluded")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Email")), qPrintable(run.err));
        QCOMPARE(m_receiver.requestCount(), 0);

        SqliteStorage storage(dataDir());
        QVERIFY(storage.open().ok());
        auto exclusions = storage.exclusions(id, 10);
        QVERIFY(exclusions.ok());
        QCOMPARE(exclusions->size(), 1);
        QCOMPARE(exclusions->at(0).code, QStringLiteral("no_mapped_identity"));
        QVERIFY(storage.activations({ id, std::nullopt, 10 })->isEmpty());

        // With --json, a script reads what happened too: nothing sent, and why.
        const Run json = qadctl({ QStringLiteral("test-send"), id, QStringLiteral("--profile"), profile,
            QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("sent")).toBool(true), false);
        const QJsonObject outcome = o.value(QStringLiteral("outcome")).toObject();
        QCOMPARE(outcome.value(QStringLiteral("class")).toString(), QStringLiteral("excluded"));
        QCOMPARE(outcome.value(QStringLiteral("code")).toString(), QStringLiteral("no_mapped_identity"));
        QVERIFY(outcome.value(QStringLiteral("message")).toString().contains(QStringLiteral("Email")));
        QCOMPARE(m_receiver.requestCount(), 0);
    }

    // Paused at run time (`qadctl pause`) or in the configuration (an import, an edit by hand): list and show
    // say so, as status does; a run says why nothing is sent and still ends; `resume` lifts either pause.
    void theStateShownIsTheOneDeliveryFollows()
    {
        const QString id = addDestination(QStringLiteral("Paused both ways"));
        QCOMPARE(qadctl({ QStringLiteral("token"), QStringLiteral("set"), id }, kToken.toUtf8()).exitCode, 0);
        const auto listed = [this, &id] {
            for (const QString &line : qadctl({ QStringLiteral("destination"), QStringLiteral("list") })
                                           .out.split(QLatin1Char('\n'))) {
                if (line.startsWith(id)) {
                    return line.section(QLatin1Char('\t'), 2, 2);
                }
            }
            return QString();
        };
        const auto shown = [this, &id] {
            return qadctl({ QStringLiteral("destination"), QStringLiteral("show"), id })
                .out.section(QStringLiteral("State:"), 1, 1)
                .section(QLatin1Char('\n'), 0, 0)
                .trimmed();
        };
        QCOMPARE(listed(), QStringLiteral("enabled"));
        QCOMPARE(qadctl({ QStringLiteral("pause"), id }).exitCode, 0);
        QCOMPARE(listed(), QStringLiteral("paused: user"));
        QCOMPARE(shown(), QStringLiteral("paused: user"));
        QCOMPARE(qadctl({ QStringLiteral("resume"), id }).exitCode, 0);
        QCOMPARE(listed(), QStringLiteral("enabled"));

        // Paused in the configuration, as an import of a paused destination leaves it.
        const QString path = QDir(configDir()).filePath(QStringLiteral("destinations.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray destinations = root.value(QStringLiteral("destinations")).toArray();
        for (qsizetype i = 0; i < destinations.size(); ++i) {
            QJsonObject d = destinations.at(i).toObject();
            if (d.value(QStringLiteral("id")).toString() == id) {
                d.insert(QStringLiteral("state"), QStringLiteral("paused"));
                d.insert(QStringLiteral("pausedReason"), QStringLiteral("imported"));
                destinations.replace(i, d);
            }
        }
        root.insert(QStringLiteral("destinations"), destinations);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();
        QCOMPARE(shown(), QStringLiteral("paused: imported"));
        const Run status = qadctl({ QStringLiteral("status"), id });
        QVERIFY2(status.out.contains(QStringLiteral("\nState:                paused: imported\n")),
            qPrintable(status.out));
        const QJsonObject statusJson = QJsonDocument::fromJson(
            qadctl({ QStringLiteral("status"), id, QStringLiteral("--json") }).out.toUtf8())
                                           .object();
        QCOMPARE(statusJson.value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
        QCOMPARE(statusJson.value(QStringLiteral("pausedReason")).toString(), QStringLiteral("imported"));

        const QString source = sampleSourceInAudience(QStringLiteral("paused-source.ndjson"));
        const QStringList run { QStringLiteral("run"), id, QStringLiteral("--source"), source,
            QStringLiteral("--exit-when-idle") };
        Run first = qadctl(run);
        QVERIFY2(
            first.exitCode == 1 && first.err.contains(QStringLiteral("1 activation stays queued, not sent")),
            qPrintable(first.err)); // 1: its queue is kept, not sent
        QVERIFY2(first.err.contains(QStringLiteral("is paused in its configuration (imported)")),
            qPrintable(first.err));
        QCOMPARE(m_receiver.requestCount(), 0);

        // Paused both ways, a pause at run time on top: list, show and status give the same pause, the run
        // time's, as qad does.
        QCOMPARE(qadctl({ QStringLiteral("pause"), id }).exitCode, 0);
        QCOMPARE(listed(), QStringLiteral("paused: user"));
        QCOMPARE(shown(), QStringLiteral("paused: user"));
        const Run both = qadctl({ QStringLiteral("status"), id });
        QVERIFY2(both.out.contains(QStringLiteral("\nState:                paused: user\n")),
            qPrintable(both.out));

        QCOMPARE(qadctl({ QStringLiteral("resume"), id }).exitCode, 0);
        QCOMPARE(shown(), QStringLiteral("enabled"));
        const Run second = qadctl(run);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(m_receiver.requestCount(), 1);
    }

    // Removing a destination with activations still queued would leave them never sent: refused, with what to
    // do, unless --force says so.
    void removingADestinationWithQueuedWorkAsksForForce()
    {
        const QString id = addDestination(QStringLiteral("Still queued"));
        QCOMPARE(qadctl({ QStringLiteral("pause"), id }).exitCode, 0);
        const QString source = sampleSourceInAudience(QStringLiteral("queued.ndjson"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("QAD_API_TOKEN"), kToken);
        const Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), source,
                                   QStringLiteral("--exit-when-idle") },
            {}, env);
        QVERIFY2(run.exitCode == 1 && run.err.contains(QStringLiteral("1 activation stays queued, not sent")),
            qPrintable(run.err)); // 1: its queue is kept, not sent

        Run removed = qadctl({ QStringLiteral("destination"), QStringLiteral("remove"), id });
        QCOMPARE(removed.exitCode, 1);
        QVERIFY2(removed.err.contains(QStringLiteral("still has 1 activation queued"))
                && removed.err.contains(QStringLiteral("--force")),
            qPrintable(removed.err));
        QVERIFY(qadctl({ QStringLiteral("destination"), QStringLiteral("list") }).out.contains(id));

        removed = qadctl(
            { QStringLiteral("destination"), QStringLiteral("remove"), id, QStringLiteral("--force") });
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QVERIFY(!qadctl({ QStringLiteral("destination"), QStringLiteral("list") }).out.contains(id));
        QVERIFY2(removed.err.contains(QStringLiteral("`qadctl history %1` reads it").arg(id)),
            qPrintable(removed.err));

        // The history it left is read by its full id, as the removal said; its name is gone with it.
        Run history = qadctl({ QStringLiteral("history"), id });
        QVERIFY2(history.exitCode == 0, qPrintable(history.err));
        QVERIFY2(history.err.contains(QStringLiteral("%1 is no longer configured").arg(id)),
            qPrintable(history.err));
        QCOMPARE(history.out.count(QLatin1Char('\n')), 1);
        QVERIFY2(history.out.contains(QStringLiteral("pending")), qPrintable(history.out));
        history = qadctl({ QStringLiteral("history"), id.toUpper(), QStringLiteral("--json") });
        QVERIFY2(history.exitCode == 0, qPrintable(history.err));
        QCOMPARE(QJsonDocument::fromJson(history.out.toUtf8()).array().size(), 1);
        QCOMPARE(qadctl({ QStringLiteral("history"), QStringLiteral("Still queued") }).exitCode, 2);
        // An id the history never held is unknown, as before.
        history = qadctl({ QStringLiteral("history"), QUuid::createUuid().toString(QUuid::WithoutBraces) });
        QCOMPARE(history.exitCode, 2);
        QVERIFY2(history.err.contains(QStringLiteral("No destination")), qPrintable(history.err));
    }

    // --follow never reaches the end --exit-when-idle waits for: a usage error, not a run that never ends. A
    // destination named twice (by id and by name) is streamed once.
    void runRefusesFollowWithExitWhenIdleAndStreamsADestinationOnce()
    {
        const QString id = addDestination(QStringLiteral("Named twice"));
        const QString source = sampleSourceInAudience(QStringLiteral("named-twice.ndjson"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("QAD_API_TOKEN"), kToken);
        Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), source,
                             QStringLiteral("--follow"), QStringLiteral("--exit-when-idle") },
            {}, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--follow never reaches one")), qPrintable(run.err));

        run = qadctl({ QStringLiteral("run"), id, QStringLiteral("Named twice"), QStringLiteral("--source"),
                         source, QStringLiteral("--exit-when-idle") },
            {}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("already streaming")), qPrintable(run.err));
        QCOMPARE(m_receiver.requestCount(), 1);
    }

    // A destinations.json edited by hand to a plain-http URL on another host (0.0.0.0 reaches this machine,
    // but is not a loopback name): no command that sends lets the token go there in clear text.
    void theTokenNeverGoesToAPlainHttpUrlOnAnotherHost()
    {
        const QString id = addDestination(QStringLiteral("Edited by hand"));
        QCOMPARE(qadctl({ QStringLiteral("token"), QStringLiteral("set"), id }, kToken.toUtf8()).exitCode, 0);
        QFile config(QDir(configDir()).filePath(QStringLiteral("destinations.json")));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QByteArray json = config.readAll();
        config.close();
        QVERIFY(json.contains("http://127.0.0.1:"));
        json.replace("http://127.0.0.1:", "http://0.0.0.0:");
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(json);
        config.close();

        const QString profile = sampleProfileInAudience();
        Run run = qadctl({ QStringLiteral("test-send"), id, QStringLiteral("--profile"), profile });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.err.contains(QStringLiteral("Nothing was sent: destination \"Edited by hand\" is not valid"))
                && run.err.contains(QStringLiteral("url: ")),
            qPrintable(run.err));
        run = qadctl({ QStringLiteral("token"), QStringLiteral("check"), id });
        QCOMPARE(run.exitCode, 2); // as test-send: the configuration is what is wrong
        QVERIFY2(
            run.err.contains(QStringLiteral("Nothing was sent: destination \"Edited by hand\" is not valid"))
                && run.err.contains(QStringLiteral("url: ")),
            qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QTest::qWait(100); // a request that went out anyway would have reached the receiver by now
        QCOMPARE(m_receiver.requestCount(), 0);
        QVERIFY(!everythingWritten().contains(kToken.toUtf8()));
    }

    // `--profile "$FILE"` with FILE unset must not send a generated sample to a live workflow.
    void anEmptyProfileOptionIsAUsageError()
    {
        const QString id = addDestination(QStringLiteral("Empty profile option"));
        QCOMPARE(qadctl({ QStringLiteral("token"), QStringLiteral("set"), id }, kToken.toUtf8()).exitCode, 0);
        const Run run = qadctl({ QStringLiteral("test-send"), id, QStringLiteral("--profile"), QString() });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--profile is empty")), qPrintable(run.err));
        QCOMPARE(m_receiver.requestCount(), 0);
    }

    void aBadProfileFileSaysWhatIsWrong()
    {
        const QString id = addDestination(QStringLiteral("Bad input"));
        const QString profile = writeFile(QStringLiteral("broken.json"), "{\"identityMap\": {\"Email\": [");
        const Run run = qadctl({ QStringLiteral("test-send"), id, QStringLiteral("--profile"), profile });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("broken.json")), qPrintable(run.err));
        QCOMPARE(m_receiver.requestCount(), 0);
    }

    // The first element of an array is sent as Qt re-writes it: what only Qt's lenient parser reads (here
    // \x41, which it reads as x41) is refused, not sent altered.
    void anArrayProfileFileThatIsNotJsonIsRefused()
    {
        const QString id = addDestination(QStringLiteral("Array not JSON"));
        const QString profile = writeFile(QStringLiteral("not-json.json"),
            R"([{"identityMap": {"Email": [{"id": "a@example.com"}]}, "person": {"name": {"firstName": "\x41"}}}])");
        QProcessEnvironment env;
        env.insert(QStringLiteral("QAD_API_TOKEN"), kToken);
        const Run run
            = qadctl({ QStringLiteral("test-send"), id, QStringLiteral("--profile"), profile }, {}, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(
                     QStringLiteral("qadctl: %1: Invalid JSON at offset 89: \\x is not a JSON escape.")
                         .arg(profile)),
            qPrintable(run.err));
        QCOMPARE(m_receiver.requestCount(), 0);
    }

    // A JSON array's first element is the profile sent: one that is not an object is refused as that value
    // alone is (usage error, nothing sent, nothing recorded), not taken as an empty profile and excluded.
    void aProfileFileWhoseFirstElementIsNotAnObjectIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message"); // what stderr says after "qadctl: FILE: "

        const QString notAnObject
            = QStringLiteral("The profile is %1, not a JSON object. Each line (or array element) must be one "
                             "object like {\"identityMap\": {…}, …}.");
        QTest::newRow("a number") << QByteArray("5\n") << notAnObject.arg(QStringLiteral("a number"));
        QTest::newRow("[1]") << QByteArray("[1]\n") << notAnObject.arg(QStringLiteral("a number"));
        QTest::newRow("[\"x\"]") << QByteArray("[\"x\"]") << notAnObject.arg(QStringLiteral("a string"));
        QTest::newRow("[null, object]")
            << QByteArray(R"([null, {"identityMap": {}}])") << notAnObject.arg(QStringLiteral("null"));
        QTest::newRow("[[object]]") << QByteArray(R"([[{"identityMap": {}}]])")
                                    << QStringLiteral(
                                           "The profile is an array, not a JSON object. Give one object "
                                           "per line, or an array of objects as the whole source.");
        QTest::newRow("[]") << QByteArray("[ ]\n")
                            << QStringLiteral("the array is empty, so there is no profile to send. Give one "
                                              "profile object, or an array that starts with one.");
    }

    void aProfileFileWhoseFirstElementIsNotAnObjectIsRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString id
            = addDestination(QStringLiteral("Not an object %1").arg(QLatin1String(QTest::currentDataTag())));
        QVERIFY(!id.isEmpty());
        const QString profile = writeFile(QStringLiteral("not-an-object.json"), content);
        QProcessEnvironment env;
        env.insert(QStringLiteral("QAD_API_TOKEN"), kToken);
        const Run run
            = qadctl({ QStringLiteral("test-send"), id, QStringLiteral("--profile"), profile }, {}, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(
            run.err.endsWith(QStringLiteral("qadctl: %1: %2\n").arg(profile, message)), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("xcluded")), qPrintable(run.err));
        QCOMPARE(m_receiver.requestCount(), 0);

        SqliteStorage storage(dataDir());
        QVERIFY(storage.open().ok());
        QVERIFY(storage.exclusions(id, 10)->isEmpty());
        QVERIFY(storage.activations({ id, std::nullopt, 10 })->isEmpty());
    }

    void aFailedSendExitsOneAndSaysWhetherItWouldBeRetried()
    {
        const QString id = addDestination(QStringLiteral("Server error"));
        QCOMPARE(qadctl({ QStringLiteral("token"), QStringLiteral("set"), id }, kToken.toUtf8()).exitCode, 0);
        FakeQualtrics::Reply reply;
        reply.status = 503;
        reply.retryAfter = "120";
        m_receiver.enqueue(reply);
        const Run run = qadctl({ QStringLiteral("test-send"), id, QStringLiteral("--profile"),
            sampleProfileInAudience(), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 1);
        const QJsonObject outcome
            = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("outcome")).toObject();
        QCOMPARE(outcome.value(QStringLiteral("class")).toString(), QStringLiteral("retry"));
        QVERIFY(outcome.value(QStringLiteral("wouldRetry")).toBool());
        QCOMPARE(outcome.value(QStringLiteral("retryAfterSeconds")).toInt(), 120);
    }

    void aWrongTokenIsRefusedByTheReceiver()
    {
        const QString id = addDestination(QStringLiteral("Wrong token"));
        QCOMPARE(qadctl({ QStringLiteral("token"), QStringLiteral("set"), id }, "not-the-token").exitCode, 0);
        const Run run = qadctl(
            { QStringLiteral("test-send"), id, QStringLiteral("--profile"), sampleProfileInAudience() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QStringLiteral("401")));
        QCOMPARE(m_receiver.requestCount(), 1);
        QVERIFY(!m_receiver.requests().constFirst().authorized);
        // A test send pauses nothing, and does not say it did.
        QVERIFY2(run.out.contains(QStringLiteral("A test send pauses nothing.")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("`qadctl token set %1`").arg(id)), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("is paused")), qPrintable(run.out));
        QVERIFY(qadctl({ QStringLiteral("status"), id })
                    .out.contains(QStringLiteral("State:                enabled")));
    }

    void headerAuthModeSendsXApiToken()
    {
        QStringList args = addArgs(QStringLiteral("Header auth"), m_receiver.url());
        args << QStringLiteral("--auth") << QStringLiteral("header");
        const Run added = qadctl(args);
        QCOMPARE(added.exitCode, 0);
        const QString id = added.out.trimmed();
        QCOMPARE(qadctl({ QStringLiteral("token"), QStringLiteral("set"), id }, kToken.toUtf8()).exitCode, 0);
        const Run run = qadctl(
            { QStringLiteral("test-send"), id, QStringLiteral("--profile"), sampleProfileInAudience() });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("X-API-TOKEN: ***")));
        const FakeQualtrics::Request &received = m_receiver.requests().constFirst();
        QVERIFY(received.header("Authorization").isEmpty());
        QVERIFY(received.header("X-API-TOKEN") == kToken.toUtf8());
    }

    void theEnvironmentTokenServesServersWithoutAKeychain()
    {
        const QString id = addDestination(QStringLiteral("Server mode"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("QAD_API_TOKEN"), kToken);
        Run run = qadctl({ QStringLiteral("test-send"), id }, {}, env); // a generated sample profile
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(m_receiver.requestCount(), 1);
        QVERIFY(m_receiver.requests().constFirst().authorized);
        QVERIFY(m_receiver.requests()
                    .constFirst()
                    .json.value(QStringLiteral("identityMap"))
                    .toObject()
                    .contains(QStringLiteral("Email")));

        run = qadctl({ QStringLiteral("doctor") }, {}, env);
        QVERIFY2(run.out.contains(QStringLiteral("QAD_API_TOKEN")), qPrintable(run.out));
    }

    // QAD_API_TOKEN is taken trimmed, as `token set` takes its input; one with a line break, a tab or a space
    // inside is refused: sent as it is, a line break would add a header of its own to the request.
    void theEnvironmentTokenIsTrimmedAndNeverSentMalformed()
    {
        QStringList args = addArgs(QStringLiteral("Server, header auth"), m_receiver.url());
        args << QStringLiteral("--auth") << QStringLiteral("header");
        Run run = qadctl(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString id = run.out.trimmed();
        QProcessEnvironment env;
        env.insert(QStringLiteral("QAD_API_TOKEN"), QStringLiteral("  ") + kToken + QStringLiteral("\r\n"));
        run = qadctl({ QStringLiteral("test-send"), id }, {}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(m_receiver.requestCount(), 1);
        QVERIFY(m_receiver.requests().constFirst().header("X-API-TOKEN") == kToken.toUtf8());

        for (const QString &malformed : { kToken + QStringLiteral("\r\nX-Injected: 1"),
                 kToken + QStringLiteral("\tx"), kToken + QStringLiteral(" x") }) {
            env.insert(QStringLiteral("QAD_API_TOKEN"), malformed);
            run = qadctl({ QStringLiteral("test-send"), id }, {}, env);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("QAD_API_TOKEN holds a space, a tab, a line break")),
                qPrintable(run.err));
            QVERIFY(!run.err.contains(kToken));
        }
        QTest::qWait(100); // a request that went out anyway would have reached the receiver by now
        QCOMPARE(m_receiver.requestCount(), 1);
    }

    // On a server without a keychain, with the token in QAD_API_TOKEN (SPEC §9), doctor can serve as a health
    // check: the missing keychain is a warning, not a failure.
    void doctorPassesOnAServerWithTheEnvironmentToken()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        const QStringList doctor { QStringLiteral("--config-dir"),
            m_home.filePath(QStringLiteral("server-config")), QStringLiteral("--data-dir"),
            m_home.filePath(QStringLiteral("server-data")), QStringLiteral("doctor") };
        Run run = qadctl(doctor, {}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("\nFAIL keychain (")), qPrintable(run.out));

        env.insert(QStringLiteral("QAD_API_TOKEN"), kToken);
        run = qadctl(doctor, {}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("\nwarn keychain ("))
                && run.out.contains(QStringLiteral("Not needed while QAD_API_TOKEN is set")),
            qPrintable(run.out));
    }

    // HTTPS as to Qualtrics: a receiver whose certificate no authority vouches for is refused (TLS errors
    // are failures); with its authority in QAD_CA_CERTIFICATES the same test send goes through. A file that
    // is no certificate stops qadctl with a usage error that says so.
    void extraCertificateAuthoritiesFromTheEnvironment()
    {
        const qad::test::TestCertificate certificate;
        QVERIFY2(certificate.isValid(), qPrintable(certificate.errorString()));
        FakeQualtrics secure;
        secure.setCredentials(kUsername, kToken);
        QVERIFY(secure.listenTls(certificate.certificateFile(), certificate.keyFile()));
        Run run = qadctl(addArgs(QStringLiteral("Over TLS"), secure.url()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString id = run.out.trimmed();
        QProcessEnvironment env;
        env.insert(QStringLiteral("QAD_API_TOKEN"), kToken);

        run = qadctl({ QStringLiteral("test-send"), id }, {}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("tls")), qPrintable(run.out + run.err));
        QCOMPARE(secure.requestCount(), 0);

        env.insert(QStringLiteral("QAD_CA_CERTIFICATES"), certificate.certificateFile());
        run = qadctl({ QStringLiteral("test-send"), id }, {}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(secure.requestCount(), 1);
        QVERIFY(secure.requests().constFirst().authorized);

        env.insert(QStringLiteral("QAD_CA_CERTIFICATES"),
            QStringLiteral(QAD_TEST_DATA_DIR "/xdm/profile.example.1.json"));
        run = qadctl({ QStringLiteral("destination"), QStringLiteral("list") }, {}, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("QAD_CA_CERTIFICATES")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("no PEM certificate")), qPrintable(run.err));
    }

    // A missing token is a configuration to fix (exit 2, SPEC §10) in every command that needs one, and each
    // says how to store it.
    void withoutATokenEveryCommandSaysHowToStoreOne()
    {
        const QString id = addDestination(QStringLiteral("No token"));
        for (const QStringList &command : commandsThatNeedTheToken(id)) {
            const Run run = qadctl(command);
            QVERIFY2(run.exitCode == 2, qPrintable(command.first() + QLatin1String(": ") + run.err));
            QVERIFY2(run.err.contains(QStringLiteral("`qadctl token set %1`").arg(id)), qPrintable(run.err));
        }
        QCOMPARE(m_receiver.requestCount(), 0);
    }

    // A keychain that cannot be read is no configuration error: the same command may work once it answers, so
    // each command that needs the token fails (exit 1), says it was the keychain, and sends nothing.
    void anUnreadableKeychainFailsTheCommandRatherThanItsUsage()
    {
        const QString id = addDestination(QStringLiteral("Keychain away"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        for (const QStringList &command : commandsThatNeedTheToken(id)) {
            const Run run = qadctl(command, {}, env);
            QVERIFY2(run.exitCode == 1, qPrintable(command.first() + QLatin1String(": ") + run.err));
            QVERIFY2(run.err.contains(QLatin1String("keychain"), Qt::CaseInsensitive), qPrintable(run.err));
            QVERIFY2(!run.err.contains(QStringLiteral("No API token")), qPrintable(run.err));
        }
        QCOMPARE(m_receiver.requestCount(), 0);
    }

    // Typed in a terminal, a command whose keychain keeps it waiting (a locked keyring asking for its
    // password in a window of its own) says what it waits for, and goes on waiting for the person to answer.
    void inATerminalWaitingForTheKeychainIsSaid()
    {
        const QString id = addDestination(QStringLiteral("Keychain asks"));
        test::SilentKeychain keychain;
        const QString problem = keychain.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QAD_API_TOKEN"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), keychain.address());
        QStringList words { QStringLiteral(QAD_QADCTL_PATH) };
        words += globalArgs()
            + QStringList { QStringLiteral("token"), QStringLiteral("check"), id,
                  QStringLiteral("--offline") };
        for (QString &word : words) {
            word = QLatin1Char('\'') + word.replace(QLatin1Char('\''), QLatin1String("'\\''"))
                + QLatin1Char('\'');
        }
        // script(1) gives the command a terminal of its own.
        QProcess terminal;
        terminal.setProcessEnvironment(env);
        terminal.start(QStringLiteral("script"),
            { QStringLiteral("-qec"), words.join(QLatin1Char(' ')), QStringLiteral("/dev/null") });
        QVERIFY2(terminal.waitForStarted(), "script (Debian package bsdutils) did not start");
        const auto stop = qScopeGuard([&terminal] {
            terminal.kill();
            terminal.waitForFinished();
        });
        QByteArray shown;
        QTRY_VERIFY_WITH_TIMEOUT(
            (shown += terminal.readAll()).contains("Waiting for the keychain: if it asks for your password"),
            8000);
        QCOMPARE(terminal.state(), QProcess::Running); // still waiting for the answer
        QVERIFY2(!shown.contains("did not answer"), shown.constData());
    }

    // A check that got no verdict says why, and fails: a server error, no answer within the destination's
    // deadline, nothing listening.
    void tokenCheckSaysWhatKeptItFromAVerdict()
    {
        const QString id = addDestination(QStringLiteral("Check without verdict"));
        QVERIFY(!id.isEmpty());
        QProcessEnvironment env;
        env.insert(QStringLiteral("QAD_API_TOKEN"), kToken);
        const QStringList check { QStringLiteral("token"), QStringLiteral("check"), id };

        m_receiver.setHandler([](const FakeQualtrics::Request &) {
            FakeQualtrics::Reply reply;
            reply.status = 500;
            return reply;
        });
        Run run = qadctl(check, {}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral(
                     "answered HTTP 500 to the credential check; the token could not be verified.")),
            qPrintable(run.err));
        QVERIFY2(
            !run.out.contains(QStringLiteral("HTTP 500")), qPrintable(run.out)); // a problem: stderr only

        QVERIFY(qadctl({ QStringLiteral("destination"), QStringLiteral("edit"), id,
                           QStringLiteral("--timeout"), QStringLiteral("1") })
                    .exitCode
            == 0);
        m_receiver.setHandler([](const FakeQualtrics::Request &) {
            FakeQualtrics::Reply reply;
            reply.delayMs = 3000;
            return reply;
        });
        run = qadctl(check, {}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(QStringLiteral("did not answer within 1 s; check the network and try again.")),
            qPrintable(run.err));
        m_receiver.setHandler({});

        // A port nothing listens on (taken and let go again).
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QVERIFY(
            qadctl(
                { QStringLiteral("destination"), QStringLiteral("edit"), id, QStringLiteral("--url"),
                    QStringLiteral("https://127.0.0.1:%1/inbound-event/v1/events/json/triggers").arg(port) })
                .exitCode
            == 0);
        run = qadctl(check, {}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Could not reach 127.0.0.1: ")), qPrintable(run.err));
    }

    // A destination that never sent or excluded anything is removed without a promise of history to read.
    void removingADestinationWithoutHistoryPromisesNone()
    {
        const QString paused = addDestination(QStringLiteral("Paused, no history"));
        QCOMPARE(qadctl({ QStringLiteral("pause"), paused }).exitCode, 0); // the database exists
        QVERIFY(QFile::exists(QDir(dataDir()).filePath(QStringLiteral("qad.sqlite"))));
        const QString id = addDestination(QStringLiteral("Never used"));
        const Run removed = qadctl({ QStringLiteral("destination"), QStringLiteral("remove"), id });
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QVERIFY2(removed.err.contains(QStringLiteral("It had no history.")), qPrintable(removed.err));
        QVERIFY2(!removed.err.contains(QStringLiteral("qadctl history")), qPrintable(removed.err));
        QCOMPARE(qadctl({ QStringLiteral("history"), id }).exitCode, 2);
    }

    void tokenCheckSetAndDelete()
    {
        const QString id = addDestination(QStringLiteral("Token lifecycle"));
        QCOMPARE(
            qadctl({ QStringLiteral("token"), QStringLiteral("set"), id }, kToken.toUtf8() + "\n").exitCode,
            0);
        Run run = qadctl({ QStringLiteral("token"), QStringLiteral("check"), id });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY(run.out.contains(QStringLiteral("keychain")));
        QVERIFY2(run.out.contains(kUsername), qPrintable(run.out));
        // An answer without the user's name says nothing of a user, rather than "(user )".
        m_receiver.setHandler([](const FakeQualtrics::Request &) {
            FakeQualtrics::Reply reply;
            reply.body = R"({"result":{},"meta":{"httpStatus":"200 - OK"}})";
            return reply;
        });
        run = qadctl({ QStringLiteral("token"), QStringLiteral("check"), id });
        m_receiver.setHandler({});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(QStringLiteral("The token is valid on 127.0.0.1.\n")), qPrintable(run.out));

        run = qadctl({ QStringLiteral("token"), QStringLiteral("delete"), id });
        QCOMPARE(run.exitCode, 0);
        run = qadctl({ QStringLiteral("token"), QStringLiteral("check"), id, QStringLiteral("--offline") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("token set")), qPrintable(run.err));

        run = qadctl({ QStringLiteral("token"), QStringLiteral("set"), id }, "");
        QCOMPARE(run.exitCode, 2);
    }

    void destinationLifecycle()
    {
        const QString id = addDestination(QStringLiteral("Lifecycle"));
        QVERIFY(!id.isEmpty());

        // Names are unique.
        QCOMPARE(qadctl(addArgs(QStringLiteral("lifecycle"), m_receiver.url())).exitCode, 2);

        Run run = qadctl({ QStringLiteral("destination"), QStringLiteral("edit"), id,
            QStringLiteral("--description"), QStringLiteral("Post-purchase survey"),
            QStringLiteral("--rate-limit"), QStringLiteral("0") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = qadctl({ QStringLiteral("destination"), QStringLiteral("show"), id, QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(
            shown.value(QStringLiteral("description")).toString(), QStringLiteral("Post-purchase survey"));
        QCOMPARE(shown.value(QStringLiteral("delivery"))
                     .toObject()
                     .value(QStringLiteral("rateLimitPerMinute"))
                     .toInt(),
            0);
        QCOMPARE(shown.value(QStringLiteral("url")).toString(), m_receiver.url()); // exactly as given
        QCOMPARE(shown.value(QStringLiteral("identities")).toArray().size(), 1);

        run = qadctl({ QStringLiteral("destination"), QStringLiteral("list") });
        QVERIFY(run.out.contains(id));
        QVERIFY(run.out.contains(QStringLiteral("Lifecycle")));
        QVERIFY2(!run.out.contains(QStringLiteral("7d0c1f52-2b7e-4a43-9d55-1f0a2c3b4d5e")),
            "the list shows the URL without its token id");

        // Export, remove, import: the same configuration comes back, without secrets.
        QCOMPARE(qadctl({ QStringLiteral("token"), QStringLiteral("set"), id }, kToken.toUtf8()).exitCode, 0);
        run = qadctl({ QStringLiteral("destination"), QStringLiteral("export"), id });
        QCOMPARE(run.exitCode, 0);
        const QString exported = writeFile(QStringLiteral("exported.json"), run.out.toUtf8());
        QVERIFY(!run.out.contains(kToken));

        run = qadctl({ QStringLiteral("destination"), QStringLiteral("remove"), id });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(qadctl({ QStringLiteral("destination"), QStringLiteral("show"), id }).exitCode, 2);
        // Removing a destination removes its token from the keychain too.
        run = qadctl({ QStringLiteral("destination"), QStringLiteral("import"), exported });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString importedId = run.out.trimmed();
        run = qadctl(
            { QStringLiteral("destination"), QStringLiteral("show"), importedId, QStringLiteral("--json") });
        QJsonObject imported = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QJsonObject original = shown;
        imported.remove(QStringLiteral("id"));
        original.remove(QStringLiteral("id"));
        QCOMPARE(imported, original);
        run = qadctl(
            { QStringLiteral("token"), QStringLiteral("check"), importedId, QStringLiteral("--offline") });
        QCOMPARE(run.exitCode, 2); // imported without its token: store one
        QVERIFY2(
            run.err.contains(QStringLiteral("`qadctl token set %1`").arg(importedId)), qPrintable(run.err));
    }

    // SPEC §10 spells --export-on in kebab case; the configuration keeps §3's names. A value that is neither
    // is a usage error that names both, and changes nothing.
    void exportOnIsStoredAsSaidAndABadValueNamesTheChoices()
    {
        const auto exportOn = [&](const QString &id) {
            const Run show = qadctl(
                { QStringLiteral("destination"), QStringLiteral("show"), id, QStringLiteral("--json") });
            return QJsonDocument::fromJson(show.out.toUtf8())
                .object()
                .value(QStringLiteral("exportOn"))
                .toString();
        };
        const auto refusedNamingTheChoices = [](const Run &run) {
            return run.exitCode == 2 && run.err.contains(QStringLiteral("--export-on"))
                && run.err.contains(QStringLiteral("membership-or-attributes"))
                && run.err.contains(QStringLiteral("membership-only")) && run.out.isEmpty();
        };

        Run run = qadctl(addArgs(QStringLiteral("Membership only"), m_receiver.url())
            + QStringList { QStringLiteral("--export-on"), QStringLiteral("membership-only") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString id = run.out.trimmed();
        QCOMPARE(exportOn(id), QStringLiteral("membershipOnly"));

        run = qadctl({ QStringLiteral("destination"), QStringLiteral("edit"), id,
            QStringLiteral("--export-on"), QStringLiteral("membership-or-attributes") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(exportOn(id), QStringLiteral("membershipOrAttributes"));

        run = qadctl({ QStringLiteral("destination"), QStringLiteral("edit"), id,
            QStringLiteral("--export-on"), QStringLiteral("membership-only") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(exportOn(id), QStringLiteral("membershipOnly"));

        run = qadctl({ QStringLiteral("destination"), QStringLiteral("edit"), id,
            QStringLiteral("--export-on"), QStringLiteral("attributes-only") });
        QVERIFY2(refusedNamingTheChoices(run), qPrintable(run.err));
        QCOMPARE(exportOn(id), QStringLiteral("membershipOnly"));

        run = qadctl(addArgs(QStringLiteral("Export on what"), m_receiver.url())
            + QStringList { QStringLiteral("--export-on"), QStringLiteral("always") });
        QVERIFY2(refusedNamingTheChoices(run), qPrintable(run.err));
        run = qadctl({ QStringLiteral("destination"), QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY2(!run.out.contains(QStringLiteral("Export on what")), qPrintable(run.out));
    }

    // `run` keeps final activations 90 days unless --history-days says otherwise (SPEC §7): at its start it
    // purges those created before then, and keeps the younger ones. Rows of 91 and 89 days ago, written as
    // the engine writes them, leave a day's margin either side of the real clock.
    void runKeepsTheHistoryNinetyDaysByDefault()
    {
        const QString id = addDestination(QStringLiteral("Ninety days"));
        QVERIFY(!id.isEmpty());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            SqliteStorage storage(dataDir());
            QVERIFY(storage.open().ok());
            for (const int days : { 91, 89 }) {
                ActivationRecord a;
                a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                a.destinationId = id;
                a.profileKey = QStringLiteral("Email:aged%1@example.com").arg(days);
                a.audiences = R"({"046456e3-18e1-48a6-9bda-d68547861283":"realized"})";
                a.createdAt = now.addDays(-days);
                a.payload = R"({"identityMap":{"Email":[{"id":"x@example.com"}]}})";
                IngestBatch batch;
                batch.activations.append(a);
                batch.received.insert(id, 1);
                QVERIFY(storage.commitIngest(batch).ok());
                AttemptOutcome o;
                o.attempt.activationId = a.id;
                o.attempt.startedAt = a.createdAt.addSecs(1);
                o.attempt.durationMs = 20;
                o.attempt.httpStatus = 200;
                o.attempt.outcome.cls = OutcomeClass::Succeeded;
                o.next = ActivationStatus::Succeeded;
                QVERIFY(storage.recordAttempts({ o }).ok());
            }
        }
        const auto profiles = [&]() {
            const Run history = qadctl({ QStringLiteral("history"), id, QStringLiteral("--json") });
            QStringList keys;
            for (const QJsonValue &a : QJsonDocument::fromJson(history.out.toUtf8()).array()) {
                keys.append(a.toObject().value(QStringLiteral("profile")).toString());
            }
            keys.sort();
            return keys;
        };
        QCOMPARE(profiles(),
            QStringList(
                { QStringLiteral("Email:aged89@example.com"), QStringLiteral("Email:aged91@example.com") }));

        const QString empty = writeFile(QStringLiteral("ninety-days.ndjson"), {});
        QProcessEnvironment env;
        env.insert(QStringLiteral("QAD_API_TOKEN"), kToken);
        const Run run = qadctl({ QStringLiteral("run"), id, QStringLiteral("--source"), empty,
                                   QStringLiteral("--exit-when-idle") },
            {}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(profiles(), QStringList({ QStringLiteral("Email:aged89@example.com") }));

        // The help names the same default.
        const Run help = qadctl({ QStringLiteral("run"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("(default 90)")), qPrintable(help.out));
    }

    // `--rate-limit 0` lifts the limit: show says so rather than "0/min". An audience's dates (set by an
    // import) are shown next to it, as --json holds them.
    void showSaysWhenTheRateLimitIsLiftedAndEachAudiencesDates()
    {
        const QString id = addDestination(QStringLiteral("Dated audiences"));
        QVERIFY(!id.isEmpty());
        Run run = qadctl({ QStringLiteral("destination"), QStringLiteral("export"), id });
        QCOMPARE(run.exitCode, 0);
        QJsonObject exported = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QJsonObject d = exported.value(QStringLiteral("destination")).toObject();
        d.insert(QStringLiteral("name"), QStringLiteral("Dated audiences, imported"));
        const auto audience
            = [](const QString &audienceId, const QString &name, const QString &start, const QString &end) {
                  QJsonObject a { { QStringLiteral("id"), audienceId } };
                  if (!name.isEmpty()) {
                      a.insert(QStringLiteral("name"), name);
                  }
                  if (!start.isEmpty()) {
                      a.insert(QStringLiteral("startDate"), start);
                  }
                  if (!end.isEmpty()) {
                      a.insert(QStringLiteral("endDate"), end);
                  }
                  return a;
              };
        const QString second = QStringLiteral("9a3f7c21-5b6e-4d8a-9c0b-1e2f3a4b5c6d");
        const QString third = QStringLiteral("1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5");
        const QString fourth = QStringLiteral("c0ffee00-1111-4222-8333-444455556666");
        d.insert(QStringLiteral("audiences"),
            QJsonArray { audience(kAudience, QStringLiteral("Purchasers"), QStringLiteral("2026-01-31"),
                             QStringLiteral("2026-12-01")),
                audience(second, QString(), QStringLiteral("2026-03-01"), QString()),
                audience(third, QStringLiteral("Trial"), QString(), QStringLiteral("2027-02-28")),
                audience(fourth, QStringLiteral("Always"), QString(), QString()) });
        exported.insert(QStringLiteral("destination"), d);
        const QString file = writeFile(QStringLiteral("dated.json"), QJsonDocument(exported).toJson());
        run = qadctl({ QStringLiteral("destination"), QStringLiteral("import"), file });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString importedId = run.out.trimmed();
        run = qadctl({ QStringLiteral("destination"), QStringLiteral("edit"), importedId,
            QStringLiteral("--rate-limit"), QStringLiteral("0") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        run = qadctl({ QStringLiteral("destination"), QStringLiteral("show"), importedId });
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        QVERIFY2(
            lines.contains(
                QStringLiteral("Audience:     %1 Purchasers, from 2026-01-31 to 2026-12-01").arg(kAudience)),
            qPrintable(run.out));
        QVERIFY2(lines.contains(QStringLiteral("Audience:     %1, from 2026-03-01").arg(second)),
            qPrintable(run.out));
        QVERIFY2(lines.contains(QStringLiteral("Audience:     %1 Trial, until 2027-02-28").arg(third)),
            qPrintable(run.out));
        QVERIFY2(lines.contains(QStringLiteral("Audience:     %1 Always").arg(fourth)), qPrintable(run.out));
        QVERIFY2(lines.contains(QStringLiteral("Delivery:     no rate limit, 6 in flight, 10 s deadline")),
            qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("0/min")), qPrintable(run.out));

        // The limit set again reads as before.
        QCOMPARE(qadctl({ QStringLiteral("destination"), QStringLiteral("edit"), importedId,
                            QStringLiteral("--rate-limit"), QStringLiteral("1200") })
                     .exitCode,
            0);
        run = qadctl({ QStringLiteral("destination"), QStringLiteral("show"), importedId });
        QVERIFY2(run.out.split(QLatin1Char('\n'))
                     .contains(QStringLiteral("Delivery:     1200/min, 6 in flight, 10 s deadline")),
            qPrintable(run.out));

        run = qadctl(
            { QStringLiteral("destination"), QStringLiteral("show"), importedId, QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray audiences
            = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("audiences")).toArray();
        QCOMPARE(audiences.size(), 4);
        QCOMPARE(audiences.at(0).toObject().value(QStringLiteral("startDate")).toString(),
            QStringLiteral("2026-01-31"));
        QCOMPARE(audiences.at(0).toObject().value(QStringLiteral("endDate")).toString(),
            QStringLiteral("2026-12-01"));
        QCOMPARE(audiences.at(1).toObject().value(QStringLiteral("startDate")).toString(),
            QStringLiteral("2026-03-01"));
        QVERIFY(!audiences.at(1).toObject().contains(QStringLiteral("endDate")));
        QCOMPARE(audiences.at(2).toObject().value(QStringLiteral("endDate")).toString(),
            QStringLiteral("2027-02-28"));
        QVERIFY(!audiences.at(3).toObject().contains(QStringLiteral("startDate")));
    }

    void samplesFollowTheMapping()
    {
        const QString id = addDestination(QStringLiteral("Samples"));
        const Run run
            = qadctl({ QStringLiteral("sample"), id, QStringLiteral("--count"), QStringLiteral("3") });
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines) {
            const QJsonObject profile = QJsonDocument::fromJson(line.toUtf8()).object();
            const QString email = profile.value(QStringLiteral("identityMap"))
                                      .toObject()
                                      .value(QStringLiteral("Email"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString();
            QVERIFY2(QRegularExpression(QStringLiteral("^Email-[A-Za-z0-9]{5}@")).match(email).hasMatch(),
                qPrintable(email));
            QCOMPARE(profile.value(QStringLiteral("segmentMembership"))
                         .toObject()
                         .value(QStringLiteral("ups"))
                         .toObject()
                         .value(kAudience)
                         .toObject()
                         .value(QStringLiteral("status"))
                         .toString(),
                QStringLiteral("realized"));
        }
        QCOMPARE(qadctl({ QStringLiteral("sample"), id, QStringLiteral("--count"), QStringLiteral("zero") })
                     .exitCode,
            2);
    }

    void doctorReportsKeychainPathsAndConfig()
    {
        const QString id = addDestination(QStringLiteral("Doctor"));
        QCOMPARE(qadctl({ QStringLiteral("token"), QStringLiteral("set"), id }, kToken.toUtf8()).exitCode, 0);
        const Run run = qadctl({ QStringLiteral("doctor") });
        QVERIFY2(run.out.contains(QStringLiteral("keychain")), qPrintable(run.out));
        QVERIFY(run.out.contains(configDir()));
        QVERIFY(run.out.contains(dataDir()));
        QVERIFY(
            run.out.contains(QStringLiteral("Doctor (") + id + QStringLiteral("): token from the keychain")));
    }

    // doctor reads the history database whole: a healthy one is named with its schema, a damaged one fails
    // the check with its path and what to do, and is left as it was.
    void doctorChecksTheDatabase()
    {
        // A data directory of its own (the last --data-dir given counts).
        const QString data = m_home.filePath(QStringLiteral("doctor-data"));
        const QString path = QDir(data).filePath(QStringLiteral("qad.sqlite"));
        const QStringList doctor { QStringLiteral("--data-dir"), data, QStringLiteral("doctor") };
        Run run = qadctl(doctor);
        QVERIFY2(run.out.contains(QStringLiteral("ok   database: %1 (not created yet)").arg(path)),
            qPrintable(run.out));
        QVERIFY(!QFileInfo::exists(path));

        const QString id = addDestination(QStringLiteral("Checked"));
        QCOMPARE(qadctl({ QStringLiteral("--data-dir"), data, QStringLiteral("pause"), id }).exitCode,
            0); // opens, and so creates, the database
        run = qadctl(doctor);
        QVERIFY2(run.out.contains(QStringLiteral("ok   database: %1 (schema %2, ")
                                      .arg(path)
                                      .arg(SqliteStorage::kSchemaVersion)),
            qPrintable(run.out));

        const QByteArray notADatabase = QByteArray("not a database\n").repeated(500);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(notADatabase);
        }
        run = qadctl(doctor);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("FAIL database: "))
                && run.out.contains(QStringLiteral("file is not a database"))
                && run.out.contains(path + QStringLiteral(" is damaged, or is not qad's")),
            qPrintable(run.out));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == notADatabase);
    }

    // The line of `qadctl doctor` that names the allocator.
    static QString allocatorLine(const QString &out)
    {
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            if (line.contains(QStringLiteral("memory allocator:"))) {
                return line;
            }
        }
        return {};
    }

    // qadctl is linked with mimalloc (CMake option QAD_MIMALLOC): doctor says it serves malloc(). With the C
    // library put first by LD_PRELOAD, glibc's malloc() serves instead, and doctor warns.
    void doctorNamesTheAllocatorThatServesMalloc()
    {
        const Run run = qadctl({ QStringLiteral("doctor") });
        const QString line = allocatorLine(run.out);
#ifdef QAD_WITH_MIMALLOC
        QVERIFY2(line.startsWith(QStringLiteral("ok")) && line.contains(QStringLiteral("mimalloc 2.")),
            qPrintable(run.out));

        Dl_info libc {};
        QVERIFY(dladdr(reinterpret_cast<void *>(&std::malloc), &libc) && libc.dli_fname);
        QProcessEnvironment env;
        env.insert(QStringLiteral("LD_PRELOAD"), QFile::decodeName(libc.dli_fname));
        const Run preloaded = qadctl({ QStringLiteral("doctor") }, {}, env);
        const QString warning = allocatorLine(preloaded.out);
        QVERIFY2(warning.startsWith(QStringLiteral("warn"))
                && warning.contains(QStringLiteral("another allocator serves malloc()")),
            qPrintable(preloaded.out + preloaded.err));
#else
        QVERIFY2(line.contains(QStringLiteral("the C library's malloc()")), qPrintable(run.out));
#endif
    }

    void filesAreReadableByTheUserOnly()
    {
        addDestination(QStringLiteral("Permissions"));
        QDirIterator it(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            if (!info.absoluteFilePath().startsWith(configDir())
                && !info.absoluteFilePath().startsWith(dataDir())) {
                continue;
            }
            QVERIFY2(!(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)),
                qPrintable(info.absoluteFilePath()));
            ++checked;
        }
        QVERIFY(checked >= 1);
    }
};

QTEST_GUILESS_MAIN(TestQadctl)
#include "tst_qadctl.moc"
