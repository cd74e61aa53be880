// The sample profile file loaded in the setup wizard (its Audiences and Mapping pages): read as `qadctl run`
// reads a source, so that a file that loads there streams.
#include "wizard/profilefile.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace qad;
using namespace qad::ui;

class TestProfileFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void profileFilesLoadAsTheyStream_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<int>("rejected");
        QTest::addColumn<QString>("firstRejection");

        const QByteArray a = R"({"identityMap":{"Email":[{"id":"a@example.com"}]}})";
        const QByteArray b = R"({"identityMap":{"Email":[{"id":"b@example.com"}]}})";
        const auto pretty = [](const QByteArray &json) {
            return QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented);
        };
        const QStringList both { QStringLiteral("a@example.com"), QStringLiteral("b@example.com") };
        QTest::newRow("one pretty-printed object")
            << pretty(a) << QStringList { QStringLiteral("a@example.com") } << 0 << QString();
        QTest::newRow("pretty-printed objects one after another, as jq prints them")
            << pretty(a) + pretty(b) << both << 0 << QString();
        QTest::newRow("an array") << "[" + a + ",\n" + b + "]" << both << 0 << QString();
        QTest::newRow("NDJSON with a bad line") << a + "\n{oops\n" + b + "\n"
                                                << both << 1 << QStringLiteral("line 2: Invalid JSON");
        QTest::newRow("an array with a number")
            << "[" + a + ",\n7]" << QStringList { QStringLiteral("a@example.com") } << 1
            << QStringLiteral("line 2: The profile is a number");
    }

    void profileFilesLoadAsTheyStream()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, emails);
        QFETCH(int, rejected);
        QFETCH(QString, firstRejection);
        const QString path = m_dir->filePath(QStringLiteral("profiles.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        const Expected<ProfileFile> loaded = readProfileFile(path);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QStringList read;
        for (const Profile &profile : loaded->profiles) {
            read.append(profile.identities(QStringLiteral("Email")).value(0).id);
        }
        QCOMPARE(read, emails);
        QCOMPARE(loaded->rejected, rejected);
        QVERIFY2(loaded->firstRejection.startsWith(firstRejection), qPrintable(loaded->firstRejection));
    }

    void aUtf16ProfileFileIsRefusedSayingHowToConvertIt()
    {
        const QString path = m_dir->filePath(QStringLiteral("profiles.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString text = QStringLiteral(R"({"identityMap":{"Email":[{"id":"a@example.com"}]}})");
        file.write("\xFF\xFE");
        file.write(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        file.close();
        const Expected<ProfileFile> loaded = readProfileFile(path);
        QVERIFY(!loaded);
        QVERIFY2(
            loaded.error().message.contains(QStringLiteral("UTF-16")), qPrintable(loaded.error().message));
        QVERIFY2(
            loaded.error().message.contains(QStringLiteral("iconv")), qPrintable(loaded.error().message));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestProfileFile)
#include "tst_profilefile.moc"
