#include "secrets/memorysecretstore.h"
#include "secrets/tokenresolver.h"

#include <QTest>

using namespace qad;

Q_DECLARE_METATYPE(qad::ResolvedToken::Source)

// Secrets are compared with QVERIFY(a == b): a failing QCOMPARE would print the token.
class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private:
    QByteArray m_savedToken;
    bool m_hadToken = false;

private Q_SLOTS:
    void initTestCase()
    {
        m_hadToken = qEnvironmentVariableIsSet(kTokenEnvironmentVariable);
        m_savedToken = qgetenv(kTokenEnvironmentVariable);
    }
    void init() { qunsetenv(kTokenEnvironmentVariable); }
    void cleanupTestCase()
    {
        if (m_hadToken) {
            qputenv(kTokenEnvironmentVariable, m_savedToken);
        } else {
            qunsetenv(kTokenEnvironmentVariable);
        }
    }

    void writeThenReadBack()
    {
        MemorySecretStore store;
        QVERIFY(store.write(QStringLiteral("dest-a"), QStringLiteral("tok-a")).ok());
        const auto read = store.read(QStringLiteral("dest-a"));
        QCOMPARE(read.status, SecretStore::ReadStatus::Found);
        QVERIFY(read.secret == QStringLiteral("tok-a"));
        QVERIFY(read.error.isNull());
        QCOMPARE(store.size(), 1);
    }

    void neverWrittenIsNotFoundAndSaysHowToStoreOne()
    {
        MemorySecretStore store;
        const auto read = store.read(QStringLiteral("dest-x"));
        QCOMPARE(read.status, SecretStore::ReadStatus::NotFound);
        QVERIFY(read.secret.isEmpty());
        QVERIFY2(read.error.message.contains(QStringLiteral("qadctl token set dest-x")),
            qPrintable(read.error.message));
    }

    void overwriteReplaces()
    {
        MemorySecretStore store;
        QVERIFY(store.write(QStringLiteral("dest-a"), QStringLiteral("old")).ok());
        QVERIFY(store.write(QStringLiteral("dest-a"), QStringLiteral("new")).ok());
        QVERIFY(store.read(QStringLiteral("dest-a")).secret == QStringLiteral("new"));
        QCOMPARE(store.size(), 1);
    }

    void removeThenNotFound()
    {
        MemorySecretStore store;
        QVERIFY(store.write(QStringLiteral("dest-a"), QStringLiteral("tok")).ok());
        QVERIFY(store.remove(QStringLiteral("dest-a")).ok());
        QCOMPARE(store.read(QStringLiteral("dest-a")).status, SecretStore::ReadStatus::NotFound);
        QCOMPARE(store.size(), 0);
    }

    void removingAMissingKeySucceeds()
    {
        MemorySecretStore store;
        QVERIFY(store.remove(QStringLiteral("never-written")).ok());
    }

    void destinationsDoNotMix()
    {
        MemorySecretStore store;
        QVERIFY(store.write(QStringLiteral("dest-a"), QStringLiteral("tok-a")).ok());
        QVERIFY(store.write(QStringLiteral("dest-b"), QStringLiteral("tok-b")).ok());
        QVERIFY(store.read(QStringLiteral("dest-a")).secret == QStringLiteral("tok-a"));
        QVERIFY(store.read(QStringLiteral("dest-b")).secret == QStringLiteral("tok-b"));
        QVERIFY(store.remove(QStringLiteral("dest-a")).ok());
        QVERIFY(store.read(QStringLiteral("dest-b")).secret == QStringLiteral("tok-b"));
    }

    void unavailableFailsEveryCallClearly()
    {
        MemorySecretStore store;
        QVERIFY(store.write(QStringLiteral("dest-a"), QStringLiteral("tok-a")).ok());
        store.setUnavailable(true);

        const auto read = store.read(QStringLiteral("dest-a"));
        QCOMPARE(read.status, SecretStore::ReadStatus::Failed);
        QVERIFY(read.secret.isEmpty());
        QVERIFY2(read.error.message.contains(QStringLiteral("unavailable")), qPrintable(read.error.message));
        QVERIFY(!store.write(QStringLiteral("dest-b"), QStringLiteral("tok-b")).ok());
        QVERIFY(!store.write(QStringLiteral("dest-b"), QStringLiteral("tok-b")).error().isNull());
        QVERIFY(!store.remove(QStringLiteral("dest-a")).ok());

        // Nothing changed while it was down.
        store.setUnavailable(false);
        QVERIFY(store.read(QStringLiteral("dest-a")).secret == QStringLiteral("tok-a"));
        QCOMPARE(store.read(QStringLiteral("dest-b")).status, SecretStore::ReadStatus::NotFound);
    }

    void backendIsNamed() { QVERIFY(!MemorySecretStore().backendName().isEmpty()); }

    void resolveToken_data()
    {
        QTest::addColumn<QByteArray>("environment"); // null: unset
        QTest::addColumn<bool>("stored");
        QTest::addColumn<bool>("unavailable");
        QTest::addColumn<ResolvedToken::Source>("source");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("errorMentions");

        using S = ResolvedToken::Source;
        QTest::newRow("environment wins over the store")
            << QByteArray("env-tok") << true << false << S::Environment << "env-tok" << QString();
        QTest::newRow("environment works without a keychain")
            << QByteArray("env-tok") << false << true << S::Environment << "env-tok" << QString();
        QTest::newRow("store when unset")
            << QByteArray() << true << false << S::Keychain << "kc-tok" << QString();
        QTest::newRow("store when empty")
            << QByteArray("") << true << false << S::Keychain << "kc-tok" << QString();
        QTest::newRow("none when neither")
            << QByteArray() << false << false << S::None << QString() << "qadctl token set dest-a";
        QTest::newRow("none when the store fails")
            << QByteArray() << true << true << S::None << QString() << "QAD_API_TOKEN";
    }

    void resolveToken()
    {
        QFETCH(QByteArray, environment);
        QFETCH(bool, stored);
        QFETCH(bool, unavailable);
        QFETCH(ResolvedToken::Source, source);
        QFETCH(QString, token);
        QFETCH(QString, errorMentions);

        if (!environment.isNull()) {
            qputenv(kTokenEnvironmentVariable, environment);
        }
        MemorySecretStore store;
        if (stored) {
            QVERIFY(store.write(QStringLiteral("dest-a"), QStringLiteral("kc-tok")).ok());
        }
        store.setUnavailable(unavailable);

        const ResolvedToken resolved = qad::resolveToken(store, QStringLiteral("dest-a"));
        // By name: qad::toString(Source) returns a QString, which keeps QCOMPARE from printing the enum.
        QCOMPARE(toString(resolved.source), toString(source));
        QCOMPARE(resolved.ok(), source != ResolvedToken::Source::None);
        QVERIFY(resolved.token == token);
        if (errorMentions.isEmpty()) {
            QVERIFY(resolved.error.isNull());
        } else {
            QVERIFY2(resolved.error.message.contains(errorMentions), qPrintable(resolved.error.message));
        }
    }

    void sourcesHaveNames()
    {
        QCOMPARE(toString(ResolvedToken::Source::Environment), QStringLiteral("environment (QAD_API_TOKEN)"));
        QCOMPARE(toString(ResolvedToken::Source::Keychain), QStringLiteral("keychain"));
        QCOMPARE(toString(ResolvedToken::Source::None), QStringLiteral("none"));
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
