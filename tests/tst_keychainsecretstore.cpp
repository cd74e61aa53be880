#include "secrets/keychainsecretstore.h"
#include "secrets/tokenresolver.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

// Runs against a REAL gnome-keyring in a private D-Bus session: ctest starts it through
// tests/with-keyring.sh. Secrets are compared with QVERIFY(a == b): a failing QCOMPARE would print the token.

using namespace qad;

namespace {

constexpr char kProbeArgument[] = "--probe-store";
constexpr char kProbeSilentArgument[] = "--probe-store-against-silent-service";
constexpr int kFailureTimeoutMs = 3000;

QString probeKey()
{
    return QStringLiteral("probe-destination");
}

QString statusName(SecretStore::ReadStatus status)
{
    switch (status) {
    case SecretStore::ReadStatus::Found:
        return QStringLiteral("found");
    case SecretStore::ReadStatus::NotFound:
        return QStringLiteral("notfound");
    case SecretStore::ReadStatus::Failed:
        break;
    }
    return QStringLiteral("failed");
}

// Child mode: a second process using the keychain. The token comes on stdin (never the command line) and the
// output names outcomes and messages, never the token: "write ok|failed MSG", "read STATUS MSG", "match
// yes|no", and what the store told of waiting during each call: "waited-write on,off|none".
int probeStore(const QString &mode, int timeoutMs)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        return 2;
    }
    const QString token = QString::fromUtf8(input.readAll());
    KeychainSecretStore store(QStringLiteral("qad"), timeoutMs);
    QStringList told; // what the store said of waiting, during one call: "on", "off"
    store.setWaitNotice(
        [&told](bool waiting) { told.append(waiting ? QStringLiteral("on") : QStringLiteral("off")); },
        timeoutMs / 5);
    const auto takeTold = [&told] {
        const QString said = told.isEmpty() ? QStringLiteral("none") : told.join(QLatin1Char(','));
        told.clear();
        return said;
    };
    QTextStream out(stdout);
    if (mode == QLatin1String("write-read")) {
        const Status written = store.write(probeKey(), token);
        out << "write " << (written.ok() ? "ok" : "failed") << ' ' << written.error().message << '\n';
        out << "waited-write " << takeTold() << '\n';
    }
    const SecretStore::ReadResult read = store.read(probeKey());
    out << "read " << statusName(read.status) << ' ' << read.error.message << '\n';
    out << "waited-read " << takeTold() << '\n';
    out << "match " << (read.status == SecretStore::ReadStatus::Found && read.secret == token ? "yes" : "no")
        << '\n';
    return 0;
}

// Child mode, inside its own private bus: starts the silent service, then probes the store against it.
int probeAgainstSilentService(int timeoutMs)
{
    QProcess service;
    service.start(QStringLiteral(QAD_SILENT_SECRET_SERVICE_PATH), QStringList());
    if (!service.waitForReadyRead(10000) || !service.readAllStandardOutput().startsWith("ready")) {
        return 3;
    }
    const int status = probeStore(QStringLiteral("write-read"), timeoutMs);
    service.kill();
    service.waitForFinished();
    return status;
}

struct ProbeOutput
{
    QHash<QString, QString> value; // "write" -> "ok", "read" -> "found", "match" -> "yes"
    QHash<QString, QString> message;
    qint64 elapsedMs = 0;
    QString diagnostics; // exit status and stderr, for failure messages
};

// The environment of a child that must not find the private keyring: its own throw-away HOME and XDG dirs
// (so any plaintext it wrote would land there), no display to prompt on, no token variable.
QProcessEnvironment isolatedEnvironment(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
             "XDG_RUNTIME_DIR" }) {
        const QString dir = root + QLatin1Char('/') + QLatin1String(name);
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        env.insert(QLatin1String(name), dir);
    }
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL", "QAD_API_TOKEN" }) {
        env.remove(QLatin1String(name));
    }
    return env;
}

ProbeOutput runProbe(
    const QString &program, QStringList arguments, const QProcessEnvironment &env, const QString &token)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    ProbeOutput output;
    if (!process.waitForStarted()) {
        output.diagnostics = QStringLiteral("could not start %1: %2").arg(program, process.errorString());
        return output;
    }
    process.write(token.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(60000);
    output.elapsedMs = timer.elapsed();
    output.diagnostics = QStringLiteral("exit %1, stderr: %2")
                             .arg(process.exitCode())
                             .arg(QString::fromUtf8(process.readAllStandardError()));
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString name = line.section(QLatin1Char(' '), 0, 0);
        output.value.insert(name, line.section(QLatin1Char(' '), 1, 1));
        output.message.insert(name, line.section(QLatin1Char(' '), 2));
    }
    return output;
}

QStringList probeArguments(const QString &mode, int timeoutMs)
{
    return { QLatin1String(kProbeArgument), mode, QString::number(timeoutMs) };
}

// Files under root whose bytes contain the token: a plaintext copy.
QStringList filesContaining(const QString &root, const QString &token)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(token.toUtf8())) {
            found << file.fileName();
        }
    }
    return found;
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    QByteArray m_savedToken;
    bool m_hadToken = false;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("QAD_TEST_PRIVATE_KEYRING"),
            "Run this test through tests/with-keyring.sh (ctest does): it writes to the keychain and must "
            "never reach your own.");
        m_hadToken = qEnvironmentVariableIsSet(kTokenEnvironmentVariable);
        m_savedToken = qgetenv(kTokenEnvironmentVariable);
    }
    void init() { qunsetenv(kTokenEnvironmentVariable); }
    void cleanupTestCase()
    {
        if (m_hadToken) {
            qputenv(kTokenEnvironmentVariable, m_savedToken);
        }
    }

    // First on purpose: naming the backend loads libsecret the way QtKeychain does and must not spoil
    // QtKeychain's own load, which every later test relies on.
    void backendIsTheSecretService()
    {
        QCOMPARE(KeychainSecretStore().backendName(), QStringLiteral("Secret Service (libsecret)"));
    }

    void writeThenReadBack()
    {
        KeychainSecretStore store;
        const Status written = store.write(QStringLiteral("dest-write"), QStringLiteral("tok-write-1"));
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        const auto read = store.read(QStringLiteral("dest-write"));
        QCOMPARE(read.status, SecretStore::ReadStatus::Found);
        QVERIFY(read.secret == QStringLiteral("tok-write-1"));
        QVERIFY(read.error.isNull());
    }

    void neverWrittenIsNotFoundAndMentionsALockedKeyring()
    {
        const auto read = KeychainSecretStore().read(QStringLiteral("dest-never-written"));
        QCOMPARE(read.status, SecretStore::ReadStatus::NotFound);
        QVERIFY(read.secret.isEmpty());
        QVERIFY2(read.error.message.contains(QStringLiteral("qadctl token set dest-never-written")),
            qPrintable(read.error.message));
        QVERIFY2(read.error.message.contains(QStringLiteral("locked")), qPrintable(read.error.message));
    }

    void overwriteReplaces()
    {
        KeychainSecretStore store;
        QVERIFY(store.write(QStringLiteral("dest-overwrite"), QStringLiteral("tok-old")).ok());
        QVERIFY(store.write(QStringLiteral("dest-overwrite"), QStringLiteral("tok-new")).ok());
        const auto read = store.read(QStringLiteral("dest-overwrite"));
        QCOMPARE(read.status, SecretStore::ReadStatus::Found);
        QVERIFY(read.secret == QStringLiteral("tok-new"));
    }

    void removeThenNotFound()
    {
        KeychainSecretStore store;
        QVERIFY(store.write(QStringLiteral("dest-remove"), QStringLiteral("tok-remove")).ok());
        const Status removed = store.remove(QStringLiteral("dest-remove"));
        QVERIFY2(removed.ok(), qPrintable(removed.error().message));
        QCOMPARE(store.read(QStringLiteral("dest-remove")).status, SecretStore::ReadStatus::NotFound);
    }

    void removingAMissingKeySucceeds()
    {
        const Status removed = KeychainSecretStore().remove(QStringLiteral("dest-never-written"));
        QVERIFY2(removed.ok(), qPrintable(removed.error().message));
    }

    void destinationsDoNotMix()
    {
        KeychainSecretStore store;
        QVERIFY(store.write(QStringLiteral("dest-a"), QStringLiteral("tok-a")).ok());
        QVERIFY(store.write(QStringLiteral("dest-b"), QStringLiteral("tok-b")).ok());
        QVERIFY(store.read(QStringLiteral("dest-a")).secret == QStringLiteral("tok-a"));
        QVERIFY(store.read(QStringLiteral("dest-b")).secret == QStringLiteral("tok-b"));
        QVERIFY(store.remove(QStringLiteral("dest-a")).ok());
        QCOMPARE(store.read(QStringLiteral("dest-a")).status, SecretStore::ReadStatus::NotFound);
        QVERIFY(store.read(QStringLiteral("dest-b")).secret == QStringLiteral("tok-b"));
    }

    void servicesDoNotMix()
    {
        QVERIFY(KeychainSecretStore().write(QStringLiteral("dest-service"), QStringLiteral("tok-qad")).ok());
        KeychainSecretStore other(QStringLiteral("qad-other"));
        QCOMPARE(other.read(QStringLiteral("dest-service")).status, SecretStore::ReadStatus::NotFound);
    }

    void tokensRoundTrip_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("punctuation") << QStringLiteral("aB3$%&*()[]{}<>:;'\",./?\\|`~ =+-_");
        QTest::newRow("unicode") << QStringLiteral(u"tökén-日本語-🔑-Ωmega");
        QTest::newRow("long") << QString(4096, QLatin1Char('x')) + QStringLiteral("end");
    }

    void tokensRoundTrip()
    {
        QFETCH(QString, token);
        KeychainSecretStore store;
        QVERIFY(store.write(QStringLiteral("dest-roundtrip"), token).ok());
        const auto read = store.read(QStringLiteral("dest-roundtrip"));
        QCOMPARE(read.status, SecretStore::ReadStatus::Found);
        QVERIFY(read.secret == token);
    }

    // Another process, which shares nothing with this one but the Secret Service, reads what the default
    // store (service "qad") wrote.
    void secretLivesInTheSecretService()
    {
        const QString token = QStringLiteral(u"tok-shared-✓");
        QVERIFY(KeychainSecretStore().write(probeKey(), token).ok());
        QVERIFY(KeychainSecretStore(QStringLiteral("qad")).read(probeKey()).secret == token);

        const ProbeOutput child = runProbe(QCoreApplication::applicationFilePath(),
            probeArguments(QStringLiteral("read"), 10000), QProcessEnvironment::systemEnvironment(), token);
        QVERIFY2(child.value.value(QStringLiteral("read")) == QLatin1String("found"),
            qPrintable(child.diagnostics));
        QCOMPARE(child.value.value(QStringLiteral("match")), QStringLiteral("yes"));
    }

    // No session bus at all (a server, a cron job): a quick, clear failure naming the way out, and no
    // plaintext.
    void noSessionBusFailsClearlyAndWritesNothing()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QProcessEnvironment env = isolatedEnvironment(root.path());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=%1/no-such-bus").arg(root.path()));
        const QString token = QStringLiteral("tok-nobus-5f0c1e");

        const ProbeOutput child = runProbe(QCoreApplication::applicationFilePath(),
            probeArguments(QStringLiteral("write-read"), kFailureTimeoutMs), env, token);
        QCOMPARE(child.value.value(QStringLiteral("write")), QStringLiteral("failed"));
        QVERIFY2(child.message.value(QStringLiteral("write")).contains(QStringLiteral("QAD_API_TOKEN")),
            qPrintable(child.message.value(QStringLiteral("write"))));
        QVERIFY2(child.value.value(QStringLiteral("read")) == QLatin1String("failed"),
            qPrintable(child.diagnostics));
        QVERIFY2(child.message.value(QStringLiteral("read")).contains(QStringLiteral("QAD_API_TOKEN")),
            qPrintable(child.message.value(QStringLiteral("read"))));
        // Two calls, each with at most one retry, each bounded by the timeout.
        QVERIFY2(child.elapsedMs < 4 * kFailureTimeoutMs, qPrintable(QString::number(child.elapsedMs)));
        QCOMPARE(filesContaining(root.path(), token), QStringList());
    }

    // A session whose keyring cannot be unlocked (gnome-keyring started by D-Bus activation, no password, no
    // prompter): the write fails, and the read does not pretend all is well. Reads can come back as "entry
    // not found", so that message must mention a locked keyring.
    void keyringThatCannotUnlockFailsClearlyAndWritesNothing()
    {
        const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        QVERIFY2(!dbusRunSession.isEmpty(), "dbus-run-session is missing (Debian package dbus)");
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QProcessEnvironment env = isolatedEnvironment(root.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        const QString token = QStringLiteral("tok-locked-9a7d2b");

        const ProbeOutput child = runProbe(dbusRunSession,
            QStringList { QStringLiteral("--"), QCoreApplication::applicationFilePath() }
                + probeArguments(QStringLiteral("write-read"), kFailureTimeoutMs),
            env, token);
        QVERIFY2(child.value.value(QStringLiteral("write")) == QLatin1String("failed"),
            qPrintable(child.diagnostics));
        QVERIFY2(child.message.value(QStringLiteral("write")).contains(QStringLiteral("QAD_API_TOKEN")),
            qPrintable(child.message.value(QStringLiteral("write"))));
        const QString read = child.value.value(QStringLiteral("read"));
        const QString readMessage = child.message.value(QStringLiteral("read"));
        QVERIFY2(read == QLatin1String("notfound") || read == QLatin1String("failed"),
            qPrintable(child.diagnostics));
        QVERIFY2(read == QLatin1String("failed") || readMessage.contains(QStringLiteral("locked")),
            qPrintable(readMessage));
        QVERIFY2(readMessage.contains(QStringLiteral("QAD_API_TOKEN")), qPrintable(readMessage));
        QCOMPARE(child.value.value(QStringLiteral("match")), QStringLiteral("no"));
        QVERIFY2(
            child.elapsedMs < 4 * kFailureTimeoutMs + 5000, qPrintable(QString::number(child.elapsedMs)));
        QCOMPARE(filesContaining(root.path(), token), QStringList());
    }

    // A keychain that takes the call and never answers: every call gives up after the timeout, saying so.
    void unansweredKeychainTimesOutClearly()
    {
        const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        QVERIFY2(!dbusRunSession.isEmpty(), "dbus-run-session is missing (Debian package dbus)");
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QProcessEnvironment env = isolatedEnvironment(root.path());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        const QString token = QStringLiteral("tok-silent-41c3aa");
        constexpr int timeoutMs = 1000;

        const ProbeOutput child = runProbe(dbusRunSession,
            { QStringLiteral("--"), QCoreApplication::applicationFilePath(),
                QLatin1String(kProbeSilentArgument), QString::number(timeoutMs) },
            env, token);
        for (const QString &call : { QStringLiteral("write"), QStringLiteral("read") }) {
            QVERIFY2(child.value.value(call) == QLatin1String("failed"), qPrintable(child.diagnostics));
            const QString message = child.message.value(call);
            QVERIFY2(message.contains(QStringLiteral("did not answer within 1 s")), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("QAD_API_TOKEN")), qPrintable(message));
            // Waiting was told once the call had waited a while, and its end told once it gave up, so a GUI
            // can show it is waiting for the keychain and then stop.
            QCOMPARE(child.value.value(QStringLiteral("waited-") + call), QStringLiteral("on,off"));
        }
        // Bounded: two calls of one timeout each (no retry after a timeout), plus start-up.
        QVERIFY2(child.elapsedMs >= 2 * timeoutMs, qPrintable(QString::number(child.elapsedMs)));
        QVERIFY2(child.elapsedMs < 2 * timeoutMs + 8000, qPrintable(QString::number(child.elapsedMs)));
        QCOMPARE(filesContaining(root.path(), token), QStringList());
    }

    void resolveTokenPrefersTheEnvironment()
    {
        KeychainSecretStore store;
        QVERIFY(store.write(QStringLiteral("dest-resolve"), QStringLiteral("tok-keychain")).ok());
        qputenv(kTokenEnvironmentVariable, "tok-environment");
        const ResolvedToken resolved = resolveToken(store, QStringLiteral("dest-resolve"));
        QCOMPARE(toString(resolved.source), QStringLiteral("environment (QAD_API_TOKEN)"));
        QVERIFY(resolved.token == QStringLiteral("tok-environment"));
    }

    void resolveTokenUsesTheKeychainWhenUnset()
    {
        KeychainSecretStore store;
        QVERIFY(store.write(QStringLiteral("dest-resolve"), QStringLiteral("tok-keychain")).ok());
        const ResolvedToken resolved = resolveToken(store, QStringLiteral("dest-resolve"));
        QCOMPARE(toString(resolved.source), QStringLiteral("keychain"));
        QVERIFY(resolved.token == QStringLiteral("tok-keychain"));
        QVERIFY(resolved.error.isNull());
    }

    void resolveTokenReportsNoneWhenNeither()
    {
        KeychainSecretStore store;
        const ResolvedToken resolved = resolveToken(store, QStringLiteral("dest-resolve-none"));
        QCOMPARE(toString(resolved.source), QStringLiteral("none"));
        QVERIFY(!resolved.ok());
        QVERIFY(resolved.token.isEmpty());
        QVERIFY2(resolved.error.message.contains(QStringLiteral("qadctl token set dest-resolve-none")),
            qPrintable(resolved.error.message));
        QVERIFY2(
            resolved.error.message.contains(QStringLiteral("locked")), qPrintable(resolved.error.message));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], kProbeArgument) == 0) {
        return probeStore(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    if (argc == 3 && qstrcmp(argv[1], kProbeSilentArgument) == 0) {
        return probeAgainstSilentService(QByteArray(argv[2]).toInt());
    }
    TestKeychainSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
