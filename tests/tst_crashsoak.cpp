// Crash test (label soak): `qadctl run` streams 20,000 profiles to a receiver that fails some requests, and
// is killed with SIGKILL several times mid-stream. After restarts, every expected activation reached the
// receiver at least once, and the duplicates are no more than what the durable record said was in flight at
// each kill (SPEC §6: at-least-once, duplicates bounded by what was in flight).
#include "fakequaltrics.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using qad::test::FakeQualtrics;

namespace {
constexpr int kProfiles = 20000;
const QString kAudience = QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283");
const QString kToken = QStringLiteral("SoakTok3n-77aa88bb");
} // namespace

class TestCrashSoak : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QStringList globalArgs() const
    {
        return { QStringLiteral("--config-dir"), m_dir.filePath(QStringLiteral("config")),
            QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")) };
    }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QAD_API_TOKEN"), kToken);
        return e;
    }

    // The activations the durable record says were being sent: the only ones a kill can duplicate, since a
    // restart sends again exactly these (SPEC §6). Nullopt when the database cannot be read.
    std::optional<QSet<QByteArray>> sendingInDatabase() const
    {
        std::optional<QSet<QByteArray>> ids;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("soak-probe"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("data/qad.sqlite")));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT id FROM activations WHERE status = 'sending'"))) {
                    ids.emplace();
                    while (q.next()) {
                        ids->insert(q.value(0).toString().toUtf8());
                    }
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("soak-probe"));
        return ids;
    }

private Q_SLOTS:
    void killedRepeatedlyLosesNothing()
    {
        QVERIFY(m_dir.isValid());
        FakeQualtrics receiver;
        receiver.setCredentials(QStringLiteral("ops@example.com"), kToken);
        QVERIFY(receiver.listen());
        // About 2 % of requests fail with a retryable status, some with Retry-After.
        int seen = 0;
        receiver.setHandler([&seen](const FakeQualtrics::Request &) {
            FakeQualtrics::Reply reply;
            if (++seen % 53 == 0) {
                reply.status = 503;
                reply.retryAfter = "1";
            } else if (seen % 97 == 0) {
                reply.status = 500;
            }
            return reply;
        });

        QProcess add;
        add.setProcessEnvironment(env());
        add.start(QStringLiteral(QAD_QADCTL_PATH),
            globalArgs()
                + QStringList { QStringLiteral("destination"), QStringLiteral("add"),
                    QStringLiteral("--name"), QStringLiteral("Soak"), QStringLiteral("--url"), receiver.url(),
                    QStringLiteral("--username"), QStringLiteral("ops@example.com"),
                    QStringLiteral("--identity"), QStringLiteral("Email:email"), QStringLiteral("--audience"),
                    kAudience, QStringLiteral("--rate-limit"), QStringLiteral("0") });
        QVERIFY(add.waitForFinished(30000));
        QCOMPARE(add.exitCode(), 0);
        const QString id = QString::fromUtf8(add.readAllStandardOutput()).trimmed();

        const QString source = m_dir.filePath(QStringLiteral("profiles.ndjson"));
        {
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int i = 0; i < kProfiles; ++i) {
                file.write(
                    QStringLiteral(
                        R"({"identityMap":{"Email":[{"id":"soak%1@example.com"}]},"segmentMembership":{"ups":{"%2":{"status":"realized","lastQualificationTime":"2026-11-25T10:00:00.000000Z"}}}})")
                        .arg(i)
                        .arg(kAudience)
                        .toUtf8()
                    + '\n');
            }
        }

        const QList<int> killAt { 2500, 6000, 9500, 13000, 16500 };
        int kills = 0;
        int inFlightAtKills = 0;
        QHash<QByteArray, int> sendingAtKills; // activation id -> kills at which it was being sent
        int finalExit = -1;
        for (int round = 0; round < 20 && finalExit < 0; ++round) {
            QProcess run;
            run.setProcessEnvironment(env());
            run.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QSignalSpy finished(&run, &QProcess::finished);
            run.start(QStringLiteral(QAD_QADCTL_PATH),
                globalArgs()
                    + QStringList { QStringLiteral("run"), id, QStringLiteral("--source"), source,
                        QStringLiteral("--exit-when-idle") });
            QVERIFY(run.waitForStarted(10000));
            if (kills < killAt.size()) {
                const int threshold = killAt.at(kills);
                QTRY_VERIFY_WITH_TIMEOUT(
                    receiver.requestCount() >= threshold || run.state() == QProcess::NotRunning, 120000);
                if (run.state() != QProcess::NotRunning) {
                    run.kill(); // SIGKILL
                    QVERIFY(finished.wait(10000));
                    ++kills;
                    const std::optional<QSet<QByteArray>> sending = sendingInDatabase();
                    QVERIFY(sending.has_value());
                    inFlightAtKills += int(sending->size());
                    for (const QByteArray &activation : *sending) {
                        ++sendingAtKills[activation];
                    }
                    qInfo("kill %d at %d requests received: %d activations were being sent", kills,
                        int(receiver.requestCount()), int(sending->size()));
                    continue;
                }
            }
            QVERIFY(finished.wait(300000));
            finalExit = run.exitStatus() == QProcess::NormalExit ? run.exitCode() : -2;
        }
        QCOMPARE(finalExit, 0);
        QVERIFY2(kills >= 3, "the run was killed several times mid-stream");

        // Every profile reached the receiver at least once, accepted.
        QSet<QString> delivered;
        QHash<QByteArray, int> perKey;
        QHash<QByteArray, int> acceptedPerKey;
        int accepted = 0;
        for (const FakeQualtrics::Request &r : receiver.requests()) {
            ++perKey[r.header("Idempotency-Key")];
        }
        int i = 0;
        for (const FakeQualtrics::Request &r : receiver.requests()) {
            ++i;
            if (i % 53 == 0 || i % 97 == 0) {
                continue; // answered with an error: not delivered by this request
            }
            ++accepted;
            ++acceptedPerKey[r.header("Idempotency-Key")];
            delivered.insert(r.json.value(QStringLiteral("identityMap"))
                                 .toObject()
                                 .value(QStringLiteral("Email"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toString());
        }
        QCOMPARE(delivered.size(), kProfiles);
        // Accepted twice only for what was in flight at a kill.
        const int duplicates = accepted - kProfiles;
        qInfo("%d requests, %d accepted, %d duplicates, %d in flight at %d kills",
            int(receiver.requestCount()), accepted, duplicates, inFlightAtKills, kills);
        QVERIFY2(duplicates <= inFlightAtKills,
            qPrintable(QStringLiteral("%1 duplicates > %2 in flight").arg(duplicates).arg(inFlightAtKills)));
        // One activation per profile: retries and resends reuse the activation id.
        QCOMPARE(perKey.size(), kProfiles);
        // And each one accepted again was being sent at a kill, once more for each such kill: not a count
        // that happens to fit, but the very activations the record said a kill could send twice.
        for (auto it = acceptedPerKey.cbegin(); it != acceptedPerKey.cend(); ++it) {
            QVERIFY2(it.value() - 1 <= sendingAtKills.value(it.key()),
                qPrintable(
                    QStringLiteral("activation %1 was accepted %2 times, but was being sent at %3 kills")
                        .arg(QString::fromUtf8(it.key()))
                        .arg(it.value())
                        .arg(sendingAtKills.value(it.key()))));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashSoak)
#include "tst_crashsoak.moc"
