// `qadctl run` on a full disk: the disk fills for real, for qadctl alone. Its file size limit (RLIMIT_FSIZE)
// fails a write past it as a full disk does, and a test can raise it while qadctl runs (SPEC §6: nothing is
// lost; bad conditions get a message that says how to fix them).
#include "qadctlrun.h"

using namespace qad;
using namespace qad::test;

class TestQadctlDisk : public QadctlRunFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(listen()); }
    void init() { resetReceiver(); }

    // A full disk, for a run that follows its source: the reading waits, said once and not at every try;
    // nothing read is lost; and once there is room again the run goes on by itself and sends everything. For
    // a batch run (--exit-when-idle), which nobody may be watching: it stops with 1 rather than wait for
    // ever, and the next run resumes where it stopped. The disk fills for real, for qadctl alone: its file
    // size limit (RLIMIT_FSIZE) fails a write past it as a full disk does, and is raised while it runs.
    void aFullDiskIsWaitedOutOrStopsABatch_data()
    {
        QTest::addColumn<bool>("batch");
        QTest::newRow("following") << false;
        QTest::newRow("batch") << true;
    }

    void aFullDiskIsWaitedOutOrStopsABatch()
    {
        QFETCH(bool, batch);
        const QString id = newDestination(QStringLiteral("Full disk %1").arg(batch),
            { QStringLiteral("--rate-limit"), QStringLiteral("0") });
        QByteArray content;
        constexpr int kProfiles = 1500;
        for (int i = 0; i < kProfiles; ++i) {
            content += profileLine(QStringLiteral("full%1@example.com").arg(i), QStringLiteral("F"));
        }
        const QString source = writeSource(content);
        QTemporaryDir data; // a database of its own: about 110 KiB once created
        QVERIFY(data.isValid());
        const QStringList args { QStringLiteral("--data-dir"), data.path(), QStringLiteral("run"), id,
            QStringLiteral("--source"), source,
            batch ? QStringLiteral("--exit-when-idle") : QStringLiteral("--follow") };

        QProcess process;
        QByteArray err;
        connect(&process, &QProcess::readyReadStandardError, this,
            [&process, &err] { err += process.readAllStandardError(); });
        QSignalSpy finished(&process, &QProcess::finished);
        m_fileSizeLimit = 512 * 1024;
        startQadctl(process, args);
        m_fileSizeLimit.reset();
        QVERIFY(process.waitForStarted(10000));

        const QByteArray failed = "Saving ingested profiles failed";
        QTRY_VERIFY2_WITH_TIMEOUT(err.contains(failed), err.constData(), 30000);
        QVERIFY2(!err.contains("Unable to fetch row"), err.constData()); // SQLite's words, not the driver's
        if (batch) {
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000); // it may have ended already
            err += process.readAllStandardError();
            QVERIFY2(
                process.exitStatus() == QProcess::NormalExit && process.exitCode() == 1, err.constData());
            QVERIFY2(err.contains("run it again once that is fixed"), err.constData());
            // Room again: the next run sends everything, the profiles saved before included, once each.
            const Run again = qadctl(args);
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        } else {
            QTest::qWait(3500); // three more tries in the other process, one a second
            QCOMPARE(err.count(failed), 1);
            QVERIFY2(err.contains("nothing read is lost"), err.constData());
            QVERIFY(finished.isEmpty()); // waiting, not given up

            const rlimit room { RLIM_INFINITY, RLIM_INFINITY };
            QCOMPARE(::prlimit(pid_t(process.processId()), RLIMIT_FSIZE, &room, nullptr), 0);
            QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requestCount(), kProfiles, 60000);
            QVERIFY2(err.contains("Saving profiles works again"), err.constData());
            QCOMPARE(err.count(failed), 1);
            ::kill(pid_t(process.processId()), SIGTERM);
            QVERIFY(finished.wait(30000));
            QCOMPARE(process.exitCode(), 0);
        }
        const QStringList emails = receivedEmails();
        QCOMPARE(emails.size(), kProfiles);
        QCOMPARE(QSet<QString>(emails.cbegin(), emails.cend()).size(), kProfiles);
    }

    // An outcome or a claim that cannot be written (a full disk) stops delivery with 1, as the README says;
    // the next run sends what the durable record says was being sent, and nothing else twice.
    void anUnwritableOutcomeStopsDeliveryAndTheNextRunFinishes()
    {
        const QString id = newDestination(
            QStringLiteral("Unwritable outcome"), { QStringLiteral("--rate-limit"), QStringLiteral("0") });
        QByteArray content;
        constexpr int kProfiles = 1500;
        for (int i = 0; i < kProfiles; ++i) {
            content += profileLine(QStringLiteral("outcome%1@example.com").arg(i), QStringLiteral("O"));
        }
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QStringList own { QStringLiteral("--data-dir"), data.path() };
        const QStringList run = own
            + QStringList { QStringLiteral("run"), id, QStringLiteral("--source"), writeSource(content),
                  QStringLiteral("--exit-when-idle") };

        // Everything saved first and nothing sent (the destination paused), so that only delivery writes
        // next.
        QCOMPARE(qadctl(own + QStringList { QStringLiteral("pause"), id }).exitCode, 0);
        const Run saved = qadctl(run);
        // 1: the paused destination's queue is kept, not sent, which is all this run is for.
        QVERIFY2(saved.exitCode == 1 && saved.err.contains(QStringLiteral("stay queued, not sent")),
            qPrintable(saved.err));
        QCOMPARE(queueDepth(own, id), qint64(kProfiles));
        QCOMPARE(m_receiver.requestCount(), 0);
        QCOMPARE(qadctl(own + QStringList { QStringLiteral("resume"), id }).exitCode, 0);

        // Room for a megabyte of writes: some outcomes are written, then one is not.
        m_fileSizeLimit = 1024 * 1024;
        const Run stopped = qadctl(run);
        m_fileSizeLimit.reset();
        QCOMPARE(stopped.exitCode, 1);
        QVERIFY2(stopped.err.contains(QStringLiteral("Delivery stopped: "))
                && stopped.err.contains(QStringLiteral("the disk is not full")),
            qPrintable(stopped.err));
        const int sentBefore = int(m_receiver.requestCount());
        QVERIFY2(sentBefore > 0 && sentBefore < kProfiles, qPrintable(QString::number(sentBefore)));
        const int beingSent = int(history(id, QStringLiteral("sending"), kProfiles, own).size());
        QVERIFY(!history(id, QStringLiteral("succeeded"), kProfiles, own).isEmpty());

        const Run finished = qadctl(run);
        QVERIFY2(finished.exitCode == 0, qPrintable(finished.err));
        const QStringList emails = receivedEmails();
        qInfo("%d sent before the stop, %d recorded as being sent, %d sent twice", sentBefore, beingSent,
            int(emails.size() - kProfiles));
        QCOMPARE(QSet<QString>(emails.cbegin(), emails.cend()).size(), kProfiles);
        QVERIFY2(emails.size() - kProfiles <= beingSent,
            qPrintable(QStringLiteral("%1 sent twice, %2 recorded as being sent")
                           .arg(emails.size() - kProfiles)
                           .arg(beingSent)));
    }

    // The same full disk for a run that follows its source (as a service runs it): delivery waits instead of
    // stopping, said once; what was sent is recorded once there is room, and nothing is sent twice.
    void anUnwritableOutcomeIsWaitedOutWhileFollowing()
    {
        const QString id = newDestination(
            QStringLiteral("Outcome waits"), { QStringLiteral("--rate-limit"), QStringLiteral("0") });
        QByteArray content;
        constexpr int kProfiles = 1500;
        for (int i = 0; i < kProfiles; ++i) {
            content += profileLine(QStringLiteral("waits%1@example.com").arg(i), QStringLiteral("W"));
        }
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QStringList own { QStringLiteral("--data-dir"), data.path() };
        const QString source = writeSource(content);

        // Everything saved first and nothing sent (the destination paused), so that only delivery writes
        // next.
        QCOMPARE(qadctl(own + QStringList { QStringLiteral("pause"), id }).exitCode, 0);
        const Run saved = qadctl(own
            + QStringList { QStringLiteral("run"), id, QStringLiteral("--source"), source,
                QStringLiteral("--exit-when-idle") });
        // 1: the paused destination's queue is kept, not sent, which is all this run is for.
        QVERIFY2(saved.exitCode == 1 && saved.err.contains(QStringLiteral("stay queued, not sent")),
            qPrintable(saved.err));
        QCOMPARE(queueDepth(own, id), qint64(kProfiles));
        QCOMPARE(m_receiver.requestCount(), 0);
        QCOMPARE(qadctl(own + QStringList { QStringLiteral("resume"), id }).exitCode, 0);

        QProcess process;
        QByteArray err;
        connect(&process, &QProcess::readyReadStandardError, this,
            [&process, &err] { err += process.readAllStandardError(); });
        QSignalSpy finished(&process, &QProcess::finished);
        m_fileSizeLimit = 1024 * 1024; // some outcomes are written, then one is not
        startQadctl(process,
            own
                + QStringList { QStringLiteral("run"), id, QStringLiteral("--source"), source,
                    QStringLiteral("--follow") });
        m_fileSizeLimit.reset();
        QVERIFY(process.waitForStarted(10000));

        const QByteArray waits = "Delivery waits";
        QTRY_VERIFY2_WITH_TIMEOUT(err.contains(waits), err.constData(), 60000);
        QVERIFY2(err.contains("the disk is not full"), err.constData());
        QTest::qWait(3500); // three more tries in the other process, one a second
        QVERIFY2(finished.isEmpty(), err.constData()); // waiting, not given up
        QVERIFY2(!err.contains("Delivery stopped"), err.constData());
        QVERIFY2(err.count(waits) == 1, err.constData());
        const qsizetype sentWhileFull = m_receiver.requestCount();
        QVERIFY2(sentWhileFull < kProfiles, qPrintable(QString::number(sentWhileFull)));

        const rlimit room { RLIM_INFINITY, RLIM_INFINITY };
        QCOMPARE(::prlimit(pid_t(process.processId()), RLIMIT_FSIZE, &room, nullptr), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requestCount(), kProfiles, 60000);
        QTRY_VERIFY2_WITH_TIMEOUT(err.contains("Recording deliveries works again"), err.constData(), 30000);
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(finished.wait(30000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, err.constData());

        const QStringList emails = receivedEmails();
        QCOMPARE(emails.size(), kProfiles); // nothing twice: the process kept what it could not write
        QCOMPARE(QSet<QString>(emails.cbegin(), emails.cend()).size(), kProfiles);
        QCOMPARE(history(id, QStringLiteral("succeeded"), kProfiles, own).size(), kProfiles);
    }
};

QTEST_MAIN(TestQadctlDisk)
#include "tst_qadctl_disk.moc"
