// ConfigStore: destinations.json in the configuration directory (SPEC §3, §9).

#include "common/files.h"
#include "config/configstore.h"
#include "config/destinationjson.h"
#include "filepermissionsapply.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <memory>
#include <sys/stat.h>

using namespace qad;

namespace {

Destination sample(const QString &name)
{
    Destination d;
    d.name = name;
    d.url = QStringLiteral("https://iad1.qualtrics.com/inbound-event/v1/events/json/triggers?urlTokenId="
                           "1b2c3d4e-0000-4000-8000-1234567890ab");
    d.username = QStringLiteral("cx-team@example.com");
    d.identities = { { QStringLiteral("Email"), IdentityTarget::Email } };
    d.attributes = { { QStringLiteral("person.name.firstName"), QStringLiteral("firstName") } };
    d.audiences = { { QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283"), QStringLiteral("Purchased"),
        QDate(2026, 1, 31), std::nullopt } };
    return d;
}

int mode(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return -1;
    }
    return int(st.st_mode & 07777);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestConfigStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void missingFileIsEmpty();
    void addListFindUpdateRemovePersist();
    void addKeepsAGivenIdAndRefusesATakenOne();
    void findByIdPrefixNeedsFourUniqueCharacters();
    void aReferenceMatchingSeveralDestinationsIsAmbiguous();
    void directoryThatCannotHoldTheFileIsAnError_data();
    void directoryThatCannotHoldTheFileIsAnError();
    void filesAreUserOnlyAndWrittenAtomically();
    void fileNamesAreSafeToSuggest_data();
    void fileNamesAreSafeToSuggest();
    void damagedFileIsReportedAndNeverOverwritten_data();
    void damagedFileIsReportedAndNeverOverwritten();
    void changesWithoutLoadDoNotLoseTheFile();
    void fileDamagedAfterLoadIsNotOverwritten();
    void duplicateIdsAreReportedAndNeverOverwritten();
    void storesLoadedTogetherKeepEachOthersChanges();
    void nameTakenOnDiskIsRefused();
    void changeWaitsForTheLockThenGivesUp();
    void lockLeftByAGoneProcessDoesNotBlock();
    void duplicateNameRefused();
    void invalidDestinationListsEveryIssue();
    void warningsAreReturnedAndDoNotBlock();
    void updateAndRemoveNeedAnExistingId();
    void urlKeptByteForByte();
    void nothingSecretIsWritten();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir;
};

void TestConfigStore::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    // A directory that does not exist yet: the store creates it.
    m_dir = m_tmp->filePath("config/qad");
}

void TestConfigStore::missingFileIsEmpty()
{
    ConfigStore store(m_dir);
    QVERIFY(store.load().ok());
    QVERIFY(store.destinations().isEmpty());
    QCOMPARE(store.filePath(), QDir(m_dir).filePath("destinations.json"));
    QVERIFY(!QFile::exists(store.filePath())); // loading alone writes nothing
}

void TestConfigStore::addListFindUpdateRemovePersist()
{
    ConfigStore store(m_dir);
    QVERIFY(store.load().ok());
    const Expected<Destination> first = store.add(sample("Onboarding"));
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QVERIFY(!first->id.isEmpty());
    const Expected<Destination> second = store.add(sample("Renewals"));
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QVERIFY(first->id != second->id);

    {
        ConfigStore reopened(m_dir);
        QVERIFY(reopened.load().ok());
        QCOMPARE(reopened.destinations().size(), 2);
        QVERIFY(reopened.destinations().at(0) == first.value());
        QVERIFY(reopened.destinations().at(1) == second.value());
        QVERIFY(reopened.find(first->id) != nullptr);
        QCOMPARE(reopened.find(first->id)->name, QString("Onboarding"));
        QCOMPARE(reopened.find("renewals")->id, second->id);
        QCOMPARE(reopened.find("  RENEWALS ")->id, second->id);
        QVERIFY(reopened.find("Nothing") == nullptr);
        QVERIFY(reopened.find(QString()) == nullptr);
    }

    Destination changed = first.value();
    changed.name = "Onboarding (EU)";
    changed.delivery.concurrency = 2;
    changed.state = DestinationState::Paused;
    changed.pausedReason = "user";
    QVERIFY(store.update(changed).ok());
    {
        ConfigStore reopened(m_dir);
        QVERIFY(reopened.load().ok());
        QVERIFY(*reopened.find(first->id) == changed);
        QVERIFY(reopened.find("Onboarding") == nullptr);
    }

    QVERIFY(store.remove(second->id).ok());
    {
        ConfigStore reopened(m_dir);
        QVERIFY(reopened.load().ok());
        QCOMPARE(reopened.destinations().size(), 1);
        QVERIFY(reopened.find(second->id) == nullptr);
        QVERIFY(reopened.destinations().front() == changed);
    }
}

void TestConfigStore::addKeepsAGivenIdAndRefusesATakenOne()
{
    ConfigStore store(m_dir);
    QVERIFY(store.load().ok());
    Destination d = sample("Imported");
    d.id = "7e57ab1e-0000-4000-8000-000000000001";
    QCOMPARE(store.add(d)->id, d.id);
    Destination again = sample("Imported again");
    again.id = d.id;
    const Expected<Destination> refused = store.add(again);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.startsWith("id: "), qPrintable(refused.error().message));
    QCOMPARE(store.destinations().size(), 1);
}

void TestConfigStore::findByIdPrefixNeedsFourUniqueCharacters()
{
    ConfigStore store(m_dir);
    QVERIFY(store.load().ok());
    Destination a = sample("A");
    a.id = "abcd1111-0000-4000-8000-000000000001";
    Destination b = sample("B");
    b.id = "abcd2222-0000-4000-8000-000000000002";
    QVERIFY(store.add(a).ok());
    QVERIFY(store.add(b).ok());

    QCOMPARE(store.find("abcd1")->id, a.id);
    QCOMPARE(store.find("abcd2")->id, b.id);
    QCOMPARE(store.find("ABCD2")->id, b.id);
    QVERIFY(store.find("abcd") == nullptr); // ambiguous
    QVERIFY(store.find("abc") == nullptr); // too short, even though a and b are the only ones
    QVERIFY(store.find("bcd1") == nullptr); // a prefix, not any substring
}

// A name does not silently win over an id prefix, nor one id prefix over another: every destination a
// reference could mean is returned, for the caller to refuse. An exact id is never ambiguous.
void TestConfigStore::aReferenceMatchingSeveralDestinationsIsAmbiguous()
{
    ConfigStore store(m_dir);
    QVERIFY(store.load().ok());
    Destination a = sample("A");
    a.id = "abcd1111-0000-4000-8000-000000000001";
    Destination b = sample("B");
    b.id = "abcd2222-0000-4000-8000-000000000002";
    Destination namedLikeAPrefix = sample("abcd1");
    namedLikeAPrefix.id = "ffff0000-0000-4000-8000-000000000003";
    Destination namedLikeAnId = sample(b.id);
    namedLikeAnId.id = "ffff1111-0000-4000-8000-000000000004";
    for (const Destination &d : { a, b, namedLikeAPrefix, namedLikeAnId }) {
        QVERIFY(store.add(d).ok());
    }
    const auto ids = [](const QList<const Destination *> &matches) {
        QStringList list;
        for (const Destination *d : matches) {
            list.append(d->id);
        }
        return list;
    };

    QCOMPARE(ids(store.matching("abcd1")), QStringList({ a.id, namedLikeAPrefix.id }));
    QVERIFY(store.find("abcd1") == nullptr);
    QCOMPARE(ids(store.matching("ABCD")), QStringList({ a.id, b.id }));
    QVERIFY(store.find("abcd") == nullptr);
    // An exact id beats a name that is the same text, and a name that is the start of it.
    QCOMPARE(ids(store.matching(b.id)), QStringList({ b.id }));
    QCOMPARE(store.find(a.id)->name, QString("A"));
    // A destination whose name is the start of its own id is one destination.
    Destination self = sample("eeee1");
    self.id = "eeee1aaa-0000-4000-8000-000000000005";
    QVERIFY(store.add(self).ok());
    QCOMPARE(ids(store.matching("eeee1")), QStringList({ self.id }));
    QCOMPARE(store.find("eeee1")->id, self.id);
    QVERIFY(store.matching("nothing").isEmpty());
    QVERIFY(store.matching(" ").isEmpty());
}

void TestConfigStore::directoryThatCannotHoldTheFileIsAnError_data()
{
    QTest::addColumn<QString>("directory"); // relative to the temporary directory
    QTest::addColumn<QString>("culprit");
    QTest::addColumn<QString>("keyword");
    QTest::newRow("a file") << "file"
                            << "file"
                            << "is not a directory";
    QTest::newRow("under a file") << "file/qad"
                                  << "file"
                                  << "is not a directory";
    QTest::newRow("cannot be opened") << "locked"
                                      << "locked"
                                      << "cannot be opened (permission denied)";
    QTest::newRow("under one that cannot be opened") << "locked/qad"
                                                     << "locked"
                                                     << "cannot be opened (permission denied)";
}

// Pointed at a file, or at a directory it cannot open, the store does not read "no destinations": it says
// which path is wrong and why.
void TestConfigStore::directoryThatCannotHoldTheFileIsAnError()
{
    QFETCH(QString, directory);
    QFETCH(QString, culprit);
    QFETCH(QString, keyword);
    write(m_tmp->filePath("file"), "not a directory\n");
    QVERIFY(QDir().mkpath(m_tmp->filePath("locked")));
    QVERIFY(QFile::setPermissions(m_tmp->filePath("locked"), QFileDevice::ReadOwner));

    ConfigStore store(m_tmp->filePath(directory));
    Status loaded;
    {
        const qad::test::FilePermissionsApply asAnyUser; // root too
        QVERIFY(asAnyUser.applies());
        loaded = store.load();
    }
    QVERIFY(QFile::setPermissions(m_tmp->filePath("locked"),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ExeOwner)); // for QTemporaryDir to remove it
    QVERIFY(!loaded.ok());
    const QString message = loaded.error().message;
    QVERIFY2(message.contains(QDir::toNativeSeparators(m_tmp->filePath(directory))), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(m_tmp->filePath(culprit)) + " " + keyword),
        qPrintable(message));
    QVERIFY(store.destinations().isEmpty());
    // An existing directory still loads, and one that does not exist yet is an empty configuration.
    QVERIFY(ConfigStore(m_tmp->path()).load().ok());
    QVERIFY(ConfigStore(m_tmp->filePath("new/qad")).load().ok());
}

void TestConfigStore::filesAreUserOnlyAndWrittenAtomically()
{
    ConfigStore store(m_dir);
    QVERIFY(store.load().ok());
    const Expected<Destination> added = store.add(sample("Onboarding"));
    QVERIFY(added.ok());
    Destination changed = added.value();
    for (int i = 0; i < 5; ++i) {
        changed.description = QString("revision %1").arg(i);
        QVERIFY(store.update(changed).ok());
    }
    QCOMPARE(mode(store.filePath()), 0600);
    QCOMPARE(mode(m_dir), 0700);
    // Nothing but the file itself: no temporary or backup file left behind.
    QCOMPARE(QDir(m_dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
        QStringList { "destinations.json" });

    const QJsonObject root = QJsonDocument::fromJson(readAll(store.filePath())).object();
    QCOMPARE(root.value("schemaVersion").toInt(), kConfigSchemaVersion);
    QCOMPARE(root.value("destinations").toArray().size(), 1);
}

// A destination's name becomes the file name a save dialog suggests: nothing in it may name another folder,
// a hidden file, or a character Windows or a file manager refuses.
void TestConfigStore::fileNamesAreSafeToSuggest_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("file");
    QTest::newRow("plain") << QStringLiteral("Onboarding survey.json")
                           << QStringLiteral("Onboarding survey.json");
    QTest::newRow("separators") << QStringLiteral("EMEA/UK\\IE.json") << QStringLiteral("EMEA-UK-IE.json");
    QTest::newRow("refused by Windows")
        << QStringLiteral("a:b*c?d\"e<f>g|h") << QStringLiteral("a-b-c-d-e-f-g-h");
    QTest::newRow("control characters")
        << QStringLiteral("line\nbreak\ttab") << QStringLiteral("line-break-tab");
    QTest::newRow("hidden") << QStringLiteral("..profile.json") << QStringLiteral("profile.json");
    QTest::newRow("parent folder") << QStringLiteral("../../etc/passwd") << QStringLiteral("-..-etc-passwd");
    QTest::newRow("spaces around") << QStringLiteral("  NPS  ") << QStringLiteral("NPS");
    QTest::newRow("nothing left") << QStringLiteral(" . ") << QStringLiteral("fallback");
    QTest::newRow("other scripts") << QStringLiteral("설문 조사 — été.json")
                                   << QStringLiteral("설문 조사 — été.json");
}

void TestConfigStore::fileNamesAreSafeToSuggest()
{
    QFETCH(QString, name);
    QFETCH(QString, file);
    QCOMPARE(files::safeFileName(name, QStringLiteral("fallback")), file);
}

void TestConfigStore::damagedFileIsReportedAndNeverOverwritten_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("keyword");
    QTest::newRow("truncated JSON") << QByteArray("{\"schemaVersion\": 1, \"destinations\": [ {\"name\": ")
                                    << "damaged";
    QTest::newRow("not an object") << QByteArray("[]") << "not a qad configuration";
    QTest::newRow("newer schema") << QByteArray("{\"schemaVersion\": 99, \"destinations\": []}")
                                  << "Upgrade qad";
    QTest::newRow("wrong field type")
        << QByteArray("{\"schemaVersion\": 1, \"destinations\": [{\"name\": \"x\", \"state\": 3}]}")
        << "destinations[0]: state must be";
}

void TestConfigStore::damagedFileIsReportedAndNeverOverwritten()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, keyword);
    ConfigStore store(m_dir);
    write(store.filePath(), contents);

    const Status loaded = store.load();
    QVERIFY(!loaded.ok());
    const QString message = loaded.error().message;
    QVERIFY2(message.contains(QDir::toNativeSeparators(store.filePath())), qPrintable(message));
    QVERIFY2(message.contains(keyword), qPrintable(message));
    QVERIFY(store.destinations().isEmpty());

    const Expected<Destination> added = store.add(sample("Onboarding"));
    QVERIFY(!added.ok());
    QVERIFY2(added.error().message.contains(QDir::toNativeSeparators(store.filePath())),
        qPrintable(added.error().message));
    Destination d = sample("Onboarding");
    d.id = "abcd";
    QVERIFY(!store.update(d).ok());
    QVERIFY(!store.remove("abcd").ok());
    QCOMPARE(readAll(store.filePath()), contents);

    // Once the user repairs the file, the store works again.
    write(store.filePath(), "{\"schemaVersion\": 1, \"destinations\": []}");
    QVERIFY(store.load().ok());
    QVERIFY(store.add(sample("Onboarding")).ok());
}

void TestConfigStore::changesWithoutLoadDoNotLoseTheFile()
{
    {
        ConfigStore store(m_dir);
        QVERIFY(store.add(sample("Onboarding")).ok()); // no load(): missing file, nothing to lose
    }
    ConfigStore store(m_dir);
    QVERIFY(store.add(sample("Renewals")).ok()); // no load(): must not replace the saved one
    ConfigStore reopened(m_dir);
    QVERIFY(reopened.load().ok());
    QCOMPARE(reopened.destinations().size(), 2);

    const QByteArray damaged = "{ damaged";
    write(reopened.filePath(), damaged);
    ConfigStore fresh(m_dir);
    QVERIFY(!fresh.add(sample("Third")).ok());
    QCOMPARE(readAll(fresh.filePath()), damaged);
}

void TestConfigStore::fileDamagedAfterLoadIsNotOverwritten()
{
    ConfigStore store(m_dir);
    QVERIFY(store.load().ok());
    QVERIFY(store.add(sample("Onboarding")).ok());
    // Someone breaks the file by hand after this store read it.
    const QByteArray damaged = "{\"schemaVersion\": 1, \"destinations\": [ {\"name\": ";
    write(store.filePath(), damaged);

    const Expected<Destination> added = store.add(sample("Renewals"));
    QVERIFY(!added.ok());
    QVERIFY2(added.error().message.contains(QDir::toNativeSeparators(store.filePath())),
        qPrintable(added.error().message));
    QVERIFY2(added.error().message.contains("damaged"), qPrintable(added.error().message));
    QCOMPARE(readAll(store.filePath()), damaged);
}

void TestConfigStore::duplicateIdsAreReportedAndNeverOverwritten()
{
    // A hand-edited file in which an entry was copied with its id, the copy then changed.
    const QString id = "7e57ab1e-0000-4000-8000-000000000001";
    QJsonObject original = toJson(sample("Onboarding"));
    original.insert("id", id);
    QJsonObject other = toJson(sample("Renewals"));
    other.insert("id", "7e57ab1e-0000-4000-8000-000000000002");
    QJsonObject copy = toJson(sample("Onboarding EU"));
    copy.insert("id", id);
    QJsonObject root { { "schemaVersion", 1 }, { "destinations", QJsonArray { original, other, copy } } };
    const QByteArray contents = QJsonDocument(root).toJson();
    ConfigStore store(m_dir);
    write(store.filePath(), contents);

    const Status loaded = store.load();
    QVERIFY(!loaded.ok());
    const QString message = loaded.error().message;
    for (const QString &part : { QDir::toNativeSeparators(store.filePath()), id, QString("destinations[0]"),
             QString("destinations[2]"), QString("\"Onboarding\""), QString("\"Onboarding EU\"") }) {
        QVERIFY2(message.contains(part), qPrintable(part + " not in: " + message));
    }
    QVERIFY(store.destinations().isEmpty());
    QVERIFY(store.find(id) == nullptr);

    // Nothing overwrites it, not even a change that would otherwise be fine.
    QVERIFY(!store.add(sample("Third")).ok());
    Destination edited = sample("Onboarding (edited)");
    edited.id = id;
    QVERIFY(!store.update(edited).ok());
    QVERIFY(!store.remove(id).ok());
    QCOMPARE(readAll(store.filePath()), contents);

    // The advice works: the suggested id given to the copy makes both usable.
    const QRegularExpressionMatch suggested
        = QRegularExpression("for example ([0-9a-f-]{36})").match(message);
    QVERIFY2(suggested.hasMatch(), qPrintable(message));
    QVERIFY(suggested.captured(1) != id);
    copy.insert("id", suggested.captured(1));
    root.insert("destinations", QJsonArray { original, other, copy });
    write(store.filePath(), QJsonDocument(root).toJson());
    QVERIFY(store.load().ok());
    QCOMPARE(store.find(id)->name, QString("Onboarding"));
    QCOMPARE(store.find(suggested.captured(1))->name, QString("Onboarding EU"));
}

// qad and qadctl (or two qadctl) each read the file, then save a change: neither may lose the other's.
void TestConfigStore::storesLoadedTogetherKeepEachOthersChanges()
{
    Expected<Destination> existing = sample("Existing");
    {
        ConfigStore setup(m_dir);
        existing = setup.add(existing.value());
        QVERIFY(existing.ok());
    }
    ConfigStore gui(m_dir);
    ConfigStore cli(m_dir);
    QVERIFY(gui.load().ok());
    QVERIFY(cli.load().ok());

    const Expected<Destination> fromGui = gui.add(sample("From qad"));
    QVERIFY2(fromGui.ok(), qPrintable(fromGui.error().message));
    const Expected<Destination> fromCli = cli.add(sample("From qadctl"));
    QVERIFY2(fromCli.ok(), qPrintable(fromCli.error().message));
    QCOMPARE(cli.destinations().size(), 3); // what it wrote, the other's add included
    {
        ConfigStore third(m_dir);
        QVERIFY(third.load().ok());
        QCOMPARE(third.destinations().size(), 3);
        QVERIFY(third.find(fromGui->id) != nullptr);
        QVERIFY(third.find(fromCli->id) != nullptr);
    }

    // An update through the store that has not seen qadctl's add does not undo it.
    Destination changed = existing.value();
    changed.description = "changed in qad";
    QVERIFY(gui.update(changed).ok());
    {
        ConfigStore third(m_dir);
        QVERIFY(third.load().ok());
        QCOMPARE(third.destinations().size(), 3);
        QVERIFY(third.find(fromCli->id) != nullptr);
        QCOMPARE(third.find(existing->id)->description, QString("changed in qad"));
    }

    // qadctl removes a destination that qad then edits: refused, and the removal stands.
    QVERIFY(cli.remove(fromGui->id).ok());
    const QByteArray afterRemoval = readAll(cli.filePath());
    Destination renamed = fromGui.value();
    renamed.name = "Renamed in qad";
    const Expected<Destination> refused = gui.update(renamed);
    QVERIFY(!refused.ok());
    const QString message = refused.error().message;
    QVERIFY2(message.contains(fromGui->id) && message.contains("\"From qad\"") && message.contains("removed"),
        qPrintable(message));
    QCOMPARE(readAll(gui.filePath()), afterRemoval);
    QVERIFY(gui.find(fromGui->id) == nullptr); // it now shows what is on disk
    QVERIFY(!gui.remove(fromGui->id).ok());
    QCOMPARE(readAll(gui.filePath()), afterRemoval);
    ConfigStore third(m_dir);
    QVERIFY(third.load().ok());
    QCOMPARE(third.destinations().size(), 2);
    QVERIFY(third.find(fromGui->id) == nullptr);
    QVERIFY(third.find("Renamed in qad") == nullptr);
}

void TestConfigStore::nameTakenOnDiskIsRefused()
{
    Expected<Destination> renewals = sample("Renewals");
    {
        ConfigStore setup(m_dir);
        renewals = setup.add(renewals.value());
        QVERIFY(renewals.ok());
    }
    ConfigStore gui(m_dir);
    ConfigStore cli(m_dir);
    QVERIFY(gui.load().ok());
    QVERIFY(cli.load().ok());
    QVERIFY(gui.add(sample("Onboarding")).ok());
    const QByteArray saved = readAll(gui.filePath());

    // "onboarding" is free in what qadctl read, but not on disk any more.
    QVERIFY(cli.find("Onboarding") == nullptr);
    const Expected<Destination> added = cli.add(sample("onboarding"));
    QVERIFY(!added.ok());
    QVERIFY2(added.error().message.startsWith("name: "), qPrintable(added.error().message));
    QCOMPARE(readAll(cli.filePath()), saved);

    // Renaming onto a name taken meanwhile is refused the same way.
    ConfigStore stale(m_dir);
    QVERIFY(stale.load().ok());
    QVERIFY(gui.add(sample("Welcome")).ok());
    const QByteArray savedAgain = readAll(gui.filePath());
    Destination renamed = renewals.value();
    renamed.name = "WELCOME";
    const Expected<Destination> updated = stale.update(renamed);
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().message.startsWith("name: "), qPrintable(updated.error().message));
    QCOMPARE(readAll(stale.filePath()), savedAgain);
}

void TestConfigStore::changeWaitsForTheLockThenGivesUp()
{
    ConfigStore store(m_dir);
    QVERIFY(store.load().ok());
    QCOMPARE(store.lockFilePath(), QDir(m_dir).filePath("destinations.json.lock"));
    constexpr std::chrono::milliseconds timeout { 300 };
    store.setLockTimeout(timeout);
    // Another qad or qadctl in the middle of saving.
    QVERIFY(QDir().mkpath(m_dir));
    QLockFile other(store.lockFilePath());
    QVERIFY(other.tryLock(0));

    QElapsedTimer waited;
    waited.start();
    const Expected<Destination> refused = store.add(sample("Onboarding"));
    QVERIFY(!refused.ok());
    QVERIFY2(waited.elapsed() >= timeout.count(), qPrintable(QString::number(waited.elapsed())));
    const QString message = refused.error().message;
    for (const QString &part :
        { QDir::toNativeSeparators(store.lockFilePath()), QString("another qad or qadctl is saving"),
            QString("Try again"), QString::number(QCoreApplication::applicationPid()) }) {
        QVERIFY2(message.contains(part), qPrintable(part + " not in: " + message));
    }
    QVERIFY(!QFile::exists(store.filePath()));
    QVERIFY(store.destinations().isEmpty());

    // Once the other one is done, saving works.
    other.unlock();
    QVERIFY(store.add(sample("Onboarding")).ok());
    QVERIFY(!QFile::exists(store.lockFilePath()));
}

void TestConfigStore::lockLeftByAGoneProcessDoesNotBlock()
{
    ConfigStore store(m_dir);
    QVERIFY(store.load().ok());
    // A qadctl killed while saving: its lock file names a process that no longer exists (no PID is this
    // high on Linux).
    write(store.lockFilePath(), "999999999\nqadctl\n\n");
    QElapsedTimer waited;
    waited.start();
    const Expected<Destination> added = store.add(sample("Onboarding"));
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QVERIFY(waited.elapsed() < std::chrono::milliseconds(ConfigStore::kDefaultLockTimeout).count());
    QVERIFY(!QFile::exists(store.lockFilePath()));
}

void TestConfigStore::duplicateNameRefused()
{
    ConfigStore store(m_dir);
    QVERIFY(store.load().ok());
    QVERIFY(store.add(sample("Onboarding")).ok());
    const QByteArray before = readAll(store.filePath());
    const Expected<Destination> duplicate = store.add(sample("ONBOARDING"));
    QVERIFY(!duplicate.ok());
    QVERIFY2(duplicate.error().message.startsWith("name: "), qPrintable(duplicate.error().message));
    QCOMPARE(store.destinations().size(), 1);
    QCOMPARE(readAll(store.filePath()), before);

    // Renaming another destination onto a taken name is refused the same way.
    const Expected<Destination> other = store.add(sample("Renewals"));
    QVERIFY(other.ok());
    Destination renamed = other.value();
    renamed.name = "onboarding";
    QVERIFY(!store.update(renamed).ok());
    QCOMPARE(store.find(other->id)->name, QString("Renewals"));
    // Keeping its own name (in another case) is fine.
    renamed.name = "RENEWALS";
    QVERIFY(store.update(renamed).ok());
}

void TestConfigStore::invalidDestinationListsEveryIssue()
{
    ConfigStore store(m_dir);
    QVERIFY(store.load().ok());
    Destination d = sample(QString());
    d.url = "http://example.com/hook";
    d.identities.clear();
    const Expected<Destination> refused = store.add(d);
    QVERIFY(!refused.ok());
    const QStringList lines = refused.error().message.split('\n');
    QCOMPARE(lines.size(), 3); // errors only: the url's warnings do not belong in the refusal
    QVERIFY2(lines.at(0).startsWith("name: "), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith("url: "), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith("identities: "), qPrintable(lines.at(2)));
    QVERIFY(!QFile::exists(store.filePath()));
    QVERIFY(store.destinations().isEmpty());
}

void TestConfigStore::warningsAreReturnedAndDoNotBlock()
{
    ConfigStore store(m_dir);
    QVERIFY(store.load().ok());
    Destination d = sample("Local receiver");
    d.url = "http://127.0.0.1:8080/hook";
    QList<ValidationIssue> warnings { ValidationIssue {} }; // stale content is replaced
    const Expected<Destination> added = store.add(d, &warnings);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QCOMPARE(warnings.size(), 2); // not a Qualtrics host, not an /inbound-event/ path
    for (const ValidationIssue &w : warnings) {
        QVERIFY(!w.isError());
        QCOMPARE(w.field, QString("url"));
    }
    Destination clean = added.value();
    clean.url = sample("x").url;
    QVERIFY(store.update(clean, &warnings).ok());
    QVERIFY(warnings.isEmpty());
}

void TestConfigStore::updateAndRemoveNeedAnExistingId()
{
    ConfigStore store(m_dir);
    QVERIFY(store.load().ok());
    QVERIFY(store.add(sample("Onboarding")).ok());
    Destination ghost = sample("Ghost");
    ghost.id = "0000dead-0000-4000-8000-000000000000";
    const Expected<Destination> updated = store.update(ghost);
    QVERIFY(!updated.ok());
    QVERIFY(updated.error().message.contains(ghost.id));
    ghost.id.clear();
    QVERIFY(!store.update(ghost).ok());
    const Status removed = store.remove("0000dead-0000-4000-8000-000000000000");
    QVERIFY(!removed.ok());
    QVERIFY(removed.error().message.contains("destination list"));
    QCOMPARE(store.destinations().size(), 1);
}

void TestConfigStore::urlKeptByteForByte()
{
    // Odd case, parameter order and encoding: none of it is normalised.
    const QString url = "https://Org.CA1.Qualtrics.com/inbound-event/v1/events/JSON/triggers?userId=UR_AbC"
                        "&triggerId=OC_9&contextId=SV_x%2Fy&brandId=Acme&z=%41&a=1";
    ConfigStore store(m_dir);
    QVERIFY(store.load().ok());
    Destination d = sample("Onboarding");
    d.url = url;
    const Expected<Destination> added = store.add(d);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QCOMPARE(added->url, url);
    QVERIFY(readAll(store.filePath()).contains(url.toUtf8()));
    ConfigStore reopened(m_dir);
    QVERIFY(reopened.load().ok());
    QCOMPARE(reopened.destinations().front().url, url);
}

void TestConfigStore::nothingSecretIsWritten()
{
    // A hand-edited file carrying a token: it is not kept in memory, so the next save drops it.
    const QByteArray secret = "s3cr3t-T0KEN-value";
    QJsonObject d = toJson(sample("Onboarding"));
    d.insert("id", "7e57ab1e-0000-4000-8000-000000000001");
    d.insert("apiToken", QString::fromLatin1(secret));
    d.insert("password", QString::fromLatin1(secret));
    const QJsonObject root { { "schemaVersion", 1 }, { "destinations", QJsonArray { d } } };
    ConfigStore store(m_dir);
    write(store.filePath(), QJsonDocument(root).toJson());
    QVERIFY(store.load().ok());
    QVERIFY(store.add(sample("Renewals")).ok());
    const QByteArray saved = readAll(store.filePath());
    QVERIFY(!saved.contains(secret));
    QVERIFY(!saved.contains("apiToken"));
    QVERIFY(!saved.contains("password"));
    QCOMPARE(mode(store.filePath()), 0600);
}

QTEST_GUILESS_MAIN(TestConfigStore)
#include "tst_configstore.moc"
