#pragma once

// What the tests of `qadctl run` as a process share: a fake Qualtrics receiver on loopback, qadctl started
// with the test's own configuration and data directories, and the profiles it reads. The token comes from
// QAD_API_TOKEN, the server-side source; given an empty one, qadctl reads the keychain (the test runs in a
// keyring of its own, see tests/with-keyring.sh).
#include "fakequaltrics.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <optional>
#include <sys/resource.h>
#include <sys/stat.h>

namespace qad::test {

inline const QString kAudience = QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283");
inline const QString kToken = QStringLiteral("RunTestTok3n-0a1b2c3d4e5f");

inline QByteArray profileLine(
    const QString &email, const QString &firstName, const QString &status = QStringLiteral("realized"))
{
    const QJsonObject profile {
        { QStringLiteral("identityMap"),
            QJsonObject { { QStringLiteral("Email"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), email } } } } } },
        { QStringLiteral("person"),
            QJsonObject {
                { QStringLiteral("name"), QJsonObject { { QStringLiteral("firstName"), firstName } } } } },
        { QStringLiteral("segmentMembership"),
            QJsonObject { { QStringLiteral("ups"),
                QJsonObject { { kAudience,
                    QJsonObject { { QStringLiteral("status"), status },
                        { QStringLiteral("lastQualificationTime"),
                            QStringLiteral("2026-11-25T10:00:00.000000Z") } } } } } } },
    };
    return QJsonDocument(profile).toJson(QJsonDocument::Compact) + '\n';
}

class QadctlRunFixture : public QObject
{
protected:
    QTemporaryDir m_dir;
    FakeQualtrics m_receiver;
    QString m_id;
    int m_fileCounter = 0;
    // While set, qadctl runs with this file size limit (RLIMIT_FSIZE), which fails a write past it as a full
    // disk does: the disk fills for real, for qadctl alone.
    std::optional<rlim_t> m_fileSizeLimit;

    QString configDir() const { return m_dir.filePath(QStringLiteral("config")); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    QStringList globalArgs() const
    {
        return { QStringLiteral("--config-dir"), configDir(), QStringLiteral("--data-dir"), dataDir() };
    }

    void startQadctl(QProcess &process, const QStringList &args, const QString &token = kToken)
    {
        if (m_fileSizeLimit) {
            const rlim_t bytes = *m_fileSizeLimit;
            process.setChildProcessModifier([bytes] {
                ::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails instead of ending the process
                const rlimit limit { bytes, RLIM_INFINITY };
                ::setrlimit(RLIMIT_FSIZE, &limit);
            });
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QAD_API_TOKEN"), token);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(QAD_QADCTL_PATH), globalArgs() + args);
    }

    // Starts `qadctl run ID --source SOURCE --follow`; false when it did not start.
    bool startFollowing(QProcess &process, const QString &id, const QString &source)
    {
        startQadctl(process,
            { QStringLiteral("run"), id, QStringLiteral("--source"), source, QStringLiteral("--follow") });
        return process.waitForStarted(10000);
    }

    // Writes a source holding one profile (`email`), starts following it, and waits until that profile has
    // reached the receiver. The source's path; empty when the run did not start or nothing arrived.
    QString followOneDelivered(QProcess &process, const QString &id, const QString &email)
    {
        const QString path = writeSource(profileLine(email, QStringLiteral("F")));
        if (!startFollowing(process, id, path)
            || !QTest::qWaitFor([this] { return m_receiver.requestCount() == 1; }, 20000)) {
            return {};
        }
        return path;
    }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run qadctl(const QStringList &args, const QByteArray &input = {}, const QString &token = kToken)
    {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        startQadctl(process, args, token);
        if (!process.waitForStarted(10000)) {
            return {};
        }
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(120000)) {
            process.kill();
            process.waitForFinished();
        }
        Run run { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
        if (run.out.contains(kToken) || run.err.contains(kToken)) {
            qFatal("qadctl printed the API token");
        }
        return run;
    }

    // The destination's queue depth as `qadctl status --json` tells it (`own`: the global options of the run,
    // such as its --data-dir); -1 when it cannot be read.
    qint64 queueDepth(const QStringList &own, const QString &id)
    {
        const Run status
            = qadctl(own + QStringList { QStringLiteral("status"), id, QStringLiteral("--json") });
        const QJsonValue depth
            = QJsonDocument::fromJson(status.out.toUtf8()).object().value(QStringLiteral("queueDepth"));
        return status.exitCode == 0 && depth.isDouble() ? qint64(depth.toDouble()) : -1;
    }

    QString newDestination(const QString &name, const QStringList &extra = {})
    {
        const Run run
            = qadctl(QStringList { QStringLiteral("destination"), QStringLiteral("add"),
                         QStringLiteral("--name"), name, QStringLiteral("--url"), m_receiver.url(),
                         QStringLiteral("--username"), QStringLiteral("ops@example.com"),
                         QStringLiteral("--identity"), QStringLiteral("Email:email"), QStringLiteral("--map"),
                         QStringLiteral("person.name.firstName=person.name.firstName"),
                         QStringLiteral("--audience"), kAudience }
                + extra);
        return run.exitCode == 0 ? run.out.trimmed() : QString();
    }

    QString writeSource(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("source-%1.ndjson").arg(++m_fileCounter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            return {};
        }
        return path;
    }

    // A named pipe in the test's directory, as a producer makes one with mkfifo: its path (empty if it
    // could not be made).
    QString makeFifo()
    {
        const QString path = m_dir.filePath(QStringLiteral("source-%1.fifo").arg(++m_fileCounter));
        return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
    }

    QJsonObject status(const QString &id)
    {
        return QJsonDocument::fromJson(
            qadctl({ QStringLiteral("status"), id, QStringLiteral("--json") }).out.toUtf8())
            .object();
    }

    // `qadctl history ID --status S --json`: activations, exclusions or rejects.
    // `global`: options before the command, such as a data directory of the test's own.
    QJsonArray history(
        const QString &id, const QString &status, int limit = 50, const QStringList &global = {})
    {
        return QJsonDocument::fromJson(
            qadctl(global
                + QStringList { QStringLiteral("history"), id, QStringLiteral("--status"), status,
                    QStringLiteral("--limit"), QString::number(limit), QStringLiteral("--json") })
                .out.toUtf8())
            .array();
    }

    QStringList receivedEmails() const
    {
        QStringList emails;
        for (const FakeQualtrics::Request &r : m_receiver.requests()) {
            if (r.path.startsWith(QStringLiteral("/inbound-event"))) {
                emails.append(r.json.value(QStringLiteral("identityMap"))
                                  .toObject()
                                  .value(QStringLiteral("Email"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString());
            }
        }
        return emails;
    }

    // initTestCase(): the receiver listens; init(): it forgets what it received.
    bool listen()
    {
        m_receiver.setCredentials(QStringLiteral("ops@example.com"), kToken);
        return m_dir.isValid() && m_receiver.listen();
    }
    void resetReceiver()
    {
        m_receiver.clear();
        m_receiver.setHandler({});
    }
};

} // namespace qad::test
