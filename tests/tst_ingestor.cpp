#include "engine/ingestor.h"
#include "mapping/payloadbuilder.h"
#include "mapping/sampleprofiles.h"
#include "profiles/profilereader.h"
#include "sources/profilesource.h"
#include "storage/sqlitestorage.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace qad;

namespace {

const QString kSource = QStringLiteral("/data/profiles.ndjson");
const QString kPurchased = QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283");
const QString kLoyal = QStringLiteral("5b1f7a52-2c4e-4b7e-9d0e-loyal");
constexpr quint64 kInode = 42;

// Email, first name, in "Purchased".
Destination destinationA()
{
    Destination d;
    d.id = QStringLiteral("dest-a");
    d.name = QStringLiteral("Survey A");
    d.identities = { { QStringLiteral("Email"), IdentityTarget::Email } };
    d.attributes = { { QStringLiteral("person.name.firstName"), QStringLiteral("firstName") } };
    d.audiences = { { kPurchased, QStringLiteral("Purchased"), std::nullopt, std::nullopt } };
    return d;
}

// ECID as external_id, last name, in "Loyal".
Destination destinationB()
{
    Destination d;
    d.id = QStringLiteral("dest-b");
    d.name = QStringLiteral("Survey B");
    d.identities = { { QStringLiteral("ECID"), IdentityTarget::ExternalId } };
    d.attributes = { { QStringLiteral("person.name.lastName"), QStringLiteral("surname") } };
    d.audiences = { { kLoyal, QStringLiteral("Loyal"), std::nullopt, std::nullopt } };
    return d;
}

QByteArray profileLine(const QString &email, const QString &firstName, const QStringList &audiences,
    const QString &ecid = {}, const QString &lastName = QStringLiteral("Smith"))
{
    QJsonObject identityMap;
    if (!email.isEmpty()) {
        identityMap.insert(
            QStringLiteral("Email"), QJsonArray { QJsonObject { { QStringLiteral("id"), email } } });
    }
    if (!ecid.isEmpty()) {
        identityMap.insert(
            QStringLiteral("ECID"), QJsonArray { QJsonObject { { QStringLiteral("id"), ecid } } });
    }
    QJsonObject ups;
    for (const QString &audience : audiences) {
        ups.insert(audience,
            QJsonObject { { QStringLiteral("status"), QStringLiteral("realized") },
                { QStringLiteral("lastQualificationTime"), QStringLiteral("2026-03-10T10:43:55.602687Z") } });
    }
    const QJsonObject profile { { QStringLiteral("identityMap"), identityMap },
        { QStringLiteral("person"),
            QJsonObject { { QStringLiteral("name"),
                QJsonObject { { QStringLiteral("firstName"), firstName },
                    { QStringLiteral("lastName"), lastName } } } } },
        { QStringLiteral("segmentMembership"), QJsonObject { { QStringLiteral("ups"), ups } } } };
    return QJsonDocument(profile).toJson(QJsonDocument::Compact);
}

// Email and ECID (as external_id), first name, in "Purchased"; only a change of membership exports.
Destination destinationC()
{
    Destination d = destinationA();
    d.id = QStringLiteral("dest-c");
    d.identities.append({ QStringLiteral("ECID"), IdentityTarget::ExternalId });
    d.exportOn = ExportOn::MembershipOnly;
    return d;
}

// `line` with every audience of it at `status`.
QByteArray withStatus(const QByteArray &line, const QString &status)
{
    QJsonObject profile = QJsonDocument::fromJson(line).object();
    QJsonObject membership = profile.value(u"segmentMembership").toObject();
    QJsonObject ups = membership.value(u"ups").toObject();
    for (auto it = ups.begin(); it != ups.end(); ++it) {
        QJsonObject audience = it->toObject();
        audience.insert(QStringLiteral("status"), status);
        *it = audience;
    }
    membership.insert(QStringLiteral("ups"), ups);
    profile.insert(QStringLiteral("segmentMembership"), membership);
    return QJsonDocument(profile).toJson(QJsonDocument::Compact);
}

// Records as an NDJSON source cuts them: 1-based lines, `after` just past each line's newline.
QList<SourceRecord> recordsFrom(
    const QList<QByteArray> &lines, qint64 firstLine = 1, qint64 startOffset = 0, quint64 inode = kInode)
{
    QList<SourceRecord> records;
    qint64 offset = startOffset;
    qint64 line = firstLine;
    for (const QByteArray &bytes : lines) {
        offset += bytes.size() + 1;
        SourceRecord record;
        record.bytes = bytes;
        record.line = line;
        record.after = SourcePosition { kSource, inode, offset, line };
        records.append(record);
        ++line;
    }
    return records;
}

// One distinct profile per line, in both destinations' audiences.
QList<QByteArray> distinctProfiles(int count)
{
    QList<QByteArray> lines;
    for (int i = 1; i <= count; ++i) {
        lines.append(profileLine(QStringLiteral("person%1@example.com").arg(i), QStringLiteral("P%1").arg(i),
            { kPurchased, kLoyal }, QStringLiteral("ecid-%1").arg(i)));
    }
    return lines;
}

QList<ActivationRecord> activationsOf(Storage &storage, const QString &destinationId)
{
    HistoryQuery query;
    query.destinationId = destinationId;
    query.limit = 100000;
    const auto activations = storage.activations(query);
    if (!activations) {
        qFatal("activations: %s", qPrintable(activations.error().message));
    }
    return *activations;
}

QStringList keysOf(const QList<ActivationRecord> &activations)
{
    QStringList keys;
    for (const ActivationRecord &a : activations) {
        keys.append(a.profileKey);
    }
    keys.sort();
    return keys;
}

// Delegates to a real storage; commitIngest can be made to fail, as a full disk or a lock would. Counts the
// reads of exported states.
class FlakyStorage final : public Storage
{
public:
    explicit FlakyStorage(Storage &inner)
        : m_inner(inner)
    { }
    bool failCommit = false;
    QList<QStringList> stateReads; // the keys of each profileStates() call

    Status open() override { return m_inner.open(); }
    int schemaVersion() const override { return m_inner.schemaVersion(); }
    Status insertActivation(const ActivationRecord &a) override { return m_inner.insertActivation(a); }
    Status recordAttempt(const Attempt &a, ActivationStatus n, std::optional<QDateTime> at) override
    {
        return m_inner.recordAttempt(a, n, at);
    }
    Status insertExclusion(const ExclusionRecord &e) override { return m_inner.insertExclusion(e); }
    Expected<ActivationRecord> activation(const QString &id) override { return m_inner.activation(id); }
    Expected<QList<ActivationRecord>> activations(const HistoryQuery &q) override
    {
        return m_inner.activations(q);
    }
    Expected<QList<HistoryEntry>> history(const HistoryQuery &q) override { return m_inner.history(q); }
    Expected<qint64> countActivations(const HistoryQuery &q) override { return m_inner.countActivations(q); }
    Expected<std::optional<QDateTime>> createdAtAfter(
        const QString &d, const std::optional<QDateTime> &before, int rows) override
    {
        return m_inner.createdAtAfter(d, before, rows);
    }
    Expected<QList<Attempt>> attempts(const QString &id) override { return m_inner.attempts(id); }
    Expected<QList<ExclusionRecord>> exclusions(const QString &id, int limit) override
    {
        return m_inner.exclusions(id, limit);
    }
    Status commitIngest(const IngestBatch &batch) override
    {
        if (failCommit) {
            return Error { QStringLiteral("database or disk is full") };
        }
        return m_inner.commitIngest(batch);
    }
    Expected<QHash<QString, ProfileState>> profileStates(const QString &d, const QStringList &k) override
    {
        stateReads.append(k);
        return m_inner.profileStates(d, k);
    }
    Expected<QHash<QString, QString>> profileKeysOf(const QString &d, const QStringList &i) override
    {
        return m_inner.profileKeysOf(d, i);
    }
    Expected<std::optional<SourcePosition>> checkpoint(const QString &s, const QString &d) override
    {
        return m_inner.checkpoint(s, d);
    }
    Expected<QList<RejectRecord>> rejects(int limit) override { return m_inner.rejects(limit); }
    Expected<int> closeUnansweredTests(const QDateTime &before, const QString &message) override
    {
        return m_inner.closeUnansweredTests(before, message);
    }
    Expected<int> recoverInFlight(const QStringList &destinationIds) override
    {
        return m_inner.recoverInFlight(destinationIds);
    }
    Expected<QList<ActivationRecord>> claimDue(
        const QStringList &ids, const QDateTime &now, int limit) override
    {
        return m_inner.claimDue(ids, now, limit);
    }
    Status unclaim(const QStringList &ids) override { return m_inner.unclaim(ids); }
    Expected<std::optional<QDateTime>> nextRetryAt(const QStringList &ids) override
    {
        return m_inner.nextRetryAt(ids);
    }
    Status recordAttempts(const QList<AttemptOutcome> &o) override { return m_inner.recordAttempts(o); }
    Expected<int> replayFailed(const QString &id) override { return m_inner.replayFailed(id); }
    Status replayActivation(const QString &id) override { return m_inner.replayActivation(id); }
    Expected<qint64> unfinishedCount(const QStringList &ids) override { return m_inner.unfinishedCount(ids); }
    Expected<DestinationStatus> status(const QString &id, int hours) override
    {
        return m_inner.status(id, hours);
    }
    Expected<DestinationRuntime> runtime(const QString &id) override { return m_inner.runtime(id); }
    Expected<DeliveryHealth> deliveryHealth(const QString &id) override { return m_inner.deliveryHealth(id); }
    Status setRuntime(const QString &id, const DestinationRuntime &r) override
    {
        return m_inner.setRuntime(id, r);
    }
    Expected<bool> setRuntimeUnlessNewer(const QString &id, const DestinationRuntime &r) override
    {
        return m_inner.setRuntimeUnlessNewer(id, r);
    }
    Expected<qint64> purge(const QDateTime &before) override { return m_inner.purge(before); }
    Expected<qint64> raiseAlert(const AlertRecord &a) override { return m_inner.raiseAlert(a); }
    Status acknowledgeAlert(qint64 id) override { return m_inner.acknowledgeAlert(id); }
    Expected<QList<AlertRecord>> openAlerts(const QString &id) override { return m_inner.openAlerts(id); }

private:
    Storage &m_inner;
};

} // namespace

class TestIngestor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rejectsBadLinesAndKeepsGoing();
    void rejectsWhatOnlyQtsParserAcceptsByItsLine_data();
    void rejectsWhatOnlyQtsParserAcceptsByItsLine();
    void identicalUpdatesProduceNothing();
    void aProfileWhoseIdentitiesChangeStaysTheSameProfile_data();
    void aProfileWhoseIdentitiesChangeStaysTheSameProfile();
    void theSameUpdateOverTheSizeLimitFailsOnce();
    void eachDestinationGetsItsOwn();
    void countsExclusions();
    void storesCheckpointWithLastRecord();
    void resumesFromTheEarliestCheckpoint();
    void resumesInARotatedFileBeforeTheNewOne();
    void resumesInTheOldestRotatedFileAndReadsThoseAfterIt();
    void rejectsALineOnceAcrossResumes();
    void doesNotSkipAReplacedFile_data();
    void doesNotSkipAReplacedFile();
    void readsFromStartWhenADestinationIsNew();
    void skipsNothingWhenTheSourceReadsFromItsStart();
    void failedCommitIsRetriedCleanly();
    void readsTheStoredStatesOnceABatch();
    void dataAfterAnArrayIsRejectedOnceAcrossRestarts();
    void aMissingCommaDoesNotExportAgainForADestinationAhead();
    void aFollowedFileRewrittenToTheSameLengthIsNews();
    void throughput();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStorage> m_storage;
    ManualClock m_clock { QDateTime(QDate(2026, 3, 15), QTime(10, 30), Qt::UTC) };

    // A run of the stream engine's reading part on `file`: resumed from the checkpoints, as far as it goes.
    void run(const QString &file, const QList<Destination> &destinations, IngestResult *result);
};

void TestIngestor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_storage = std::make_unique<SqliteStorage>(m_dir->path());
    const Status opened = m_storage->open();
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
}

void TestIngestor::cleanup()
{
    m_storage.reset();
    m_dir.reset();
}

void TestIngestor::rejectsBadLinesAndKeepsGoing()
{
    QList<SourceRecord> records = recordsFrom(
        { profileLine(QStringLiteral("dave@example.com"), QStringLiteral("Dave"), { kPurchased }),
            QByteArray("{\"identityMap\": "), QByteArray("[1, 2]"),
            profileLine(QStringLiteral("erin@example.com"), QStringLiteral("Erin"), { kPurchased }),
            QByteArray(300, 'x') });
    const QString tooLong
        = QStringLiteral("line 5 is over 1 MiB; split the profile or remove large attributes.");
    records[4].error = tooLong;

    Ingestor ingestor(*m_storage, { destinationA() }, &m_clock);
    const auto result = ingestor.ingest(records, kSource);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->records, 5);
    QCOMPARE(result->rejected, 3);
    QCOMPARE(result->activations, 2);

    const auto rejects = m_storage->rejects(100);
    QVERIFY2(rejects.ok(), qPrintable(rejects.error().message));
    QList<RejectRecord> sorted = *rejects;
    std::sort(sorted.begin(), sorted.end(),
        [](const RejectRecord &a, const RejectRecord &b) { return a.line < b.line; });
    QCOMPARE(sorted.size(), 3);
    QCOMPARE(sorted[0].line, 2);
    QVERIFY2(sorted[0].reason.startsWith(u"line 2: "), qPrintable(sorted[0].reason));
    QCOMPARE(sorted[0].source, kSource);
    QCOMPARE(sorted[0].excerpt, QByteArray("{\"identityMap\": "));
    QCOMPARE(sorted[1].line, 3);
    QVERIFY2(sorted[1].reason.startsWith(u"line 3: "), qPrintable(sorted[1].reason));
    QCOMPARE(sorted[2].line, 5);
    QCOMPARE(sorted[2].reason, tooLong);
    QCOMPARE(sorted[2].excerpt, QByteArray(200, 'x')); // an excerpt, not the whole line

    QCOMPARE(keysOf(activationsOf(*m_storage, destinationA().id)),
        QStringList({ QStringLiteral("Email:dave@example.com"), QStringLiteral("Email:erin@example.com") }));
}

// JSON that only Qt's lenient parser reads is a reject with its line, from a file of lines or an array of
// objects, and the profiles around it go on.
void TestIngestor::rejectsWhatOnlyQtsParserAcceptsByItsLine_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason"); // after "line N: Invalid JSON at offset "

    const QByteArray dave
        = profileLine(QStringLiteral("dave@example.com"), QStringLiteral("Dave"), { kPurchased });
    const QByteArray erin
        = profileLine(QStringLiteral("erin@example.com"), QStringLiteral("Erin"), { kPurchased });
    const auto eve
        = [](const QByteArray &firstName, QJsonDocument::JsonFormat format = QJsonDocument::Compact) {
              const QByteArray json = QJsonDocument::fromJson(
                  profileLine(QStringLiteral("eve@example.com"), QStringLiteral("Eve"), { kPurchased }))
                                          .toJson(format);
              return QByteArray(json).replace("\"Eve\"", "\"" + firstName + "\"");
          };
    const auto lines = [](const QList<QByteArray> &records) {
        return records.join('\n') + '\n';
    };
    const auto array = [](const QList<QByteArray> &elements) {
        return "[\n" + elements.join(",\n") + "\n]\n";
    };

    QTest::newRow("NDJSON, \\x41") << lines({ dave, eve("\\x41"), erin }) << 2
                                   << QStringLiteral(": \\x is not a JSON escape.");
    QTest::newRow("NDJSON, raw tab") << lines({ dave, erin, eve("E\tve") }) << 3
                                     << QStringLiteral(": the control character U+0009 stands unescaped");
    QTest::newRow("NDJSON, .5") << lines({ dave, "{\"score\": .5, " + eve("Eve").mid(1), erin }) << 2
                                << QStringLiteral("10: the number .5 has no digit before its decimal point");
    QTest::newRow("NDJSON, \\ud800") << lines({ dave, eve("\\ud800"), erin }) << 2
                                     << QStringLiteral(": \\ud800 is half of a surrogate pair");
    QTest::newRow("array, \\x") << array({ dave, eve("\\x"), erin }) << 3
                                << QStringLiteral(": \\x is not a JSON escape.");
    QTest::newRow("array, 1.") << array({ dave, erin, "{\"score\": 1., " + eve("Eve").mid(1) }) << 4
                               << QStringLiteral("10: the number 1. has no digit after its decimal point");
    // An element over several lines is told by the line it starts on.
    QTest::newRow("array, pretty-printed, raw U+0001")
        << array({ dave, eve("\x01", QJsonDocument::Indented), erin }) << 3
        << QStringLiteral(": the control character U+0001 stands unescaped");
}

void TestIngestor::rejectsWhatOnlyQtsParserAcceptsByItsLine()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, reason);

    const QString file = m_dir->filePath(QStringLiteral("profiles"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    IngestResult result;
    run(file, { destinationA() }, &result);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(result.records, 3);
    QCOMPARE(result.rejected, 1);
    QCOMPARE(result.activations, 2);
    const auto rejects = m_storage->rejects(100);
    QVERIFY2(rejects.ok(), qPrintable(rejects.error().message));
    QCOMPARE(rejects->size(), 1);
    const RejectRecord &reject = rejects->first();
    QCOMPARE(reject.line, qint64(line));
    const QString prefix = QStringLiteral("line %1: Invalid JSON at offset ").arg(line);
    QVERIFY2(reject.reason.startsWith(prefix) && reject.reason.contains(reason), qPrintable(reject.reason));
    QVERIFY(reject.excerpt.contains("eve@example.com"));
    QCOMPARE(keysOf(activationsOf(*m_storage, destinationA().id)),
        QStringList({ QStringLiteral("Email:dave@example.com"), QStringLiteral("Email:erin@example.com") }));
}

void TestIngestor::identicalUpdatesProduceNothing()
{
    const QByteArray dave
        = profileLine(QStringLiteral("dave@example.com"), QStringLiteral("Dave"), { kPurchased });
    {
        Ingestor ingestor(*m_storage, { destinationA() }, &m_clock);
        // Within one call the second update sees the first.
        const auto first = ingestor.ingest(recordsFrom({ dave, dave }), kSource);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first->activations, 1);
        QCOMPARE(first->unchanged, 1);

        const auto again = ingestor.ingest(recordsFrom({ dave }, 3, 1000), kSource);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(again->activations, 0);
        QCOMPARE(again->unchanged, 1);
    }
    // A new process knows from the database.
    Ingestor restarted(*m_storage, { destinationA() }, &m_clock);
    const auto afterRestart = restarted.ingest(recordsFrom({ dave }, 4, 2000), kSource);
    QVERIFY2(afterRestart.ok(), qPrintable(afterRestart.error().message));
    QCOMPARE(afterRestart->activations, 0);
    // A change is still noticed.
    const auto changed = restarted.ingest(recordsFrom({ profileLine(QStringLiteral("dave@example.com"),
                                                          QStringLiteral("David"), { kPurchased }) },
                                              5, 3000),
        kSource);
    QVERIFY2(changed.ok(), qPrintable(changed.error().message));
    QCOMPARE(changed->activations, 1);
    QCOMPARE(activationsOf(*m_storage, destinationA().id).size(), 2);
}

void TestIngestor::aProfileWhoseIdentitiesChangeStaysTheSameProfile_data()
{
    QTest::addColumn<bool>("restartEachTime");
    QTest::newRow("in one call") << false;
    QTest::newRow("a new process for each update") << true; // the state is found from the database
}

// A profile gains a device id, or loses its email: it is the same person. Its exit is sent once it was sent
// as realized, and a qualification already sent is not sent again (SPEC §5; membership only).
void TestIngestor::aProfileWhoseIdentitiesChangeStaysTheSameProfile()
{
    QFETCH(bool, restartEachTime);
    const QString helen = QStringLiteral("helen@example.com");
    const QString kim = QStringLiteral("kim@example.com");
    const QString ecidHelen = QStringLiteral("ecid-1");
    const QString ecidKim = QStringLiteral("ecid-2");
    const QList<QByteArray> updates {
        profileLine(helen, QStringLiteral("Helen"), { kPurchased }), // qualifies: sent
        withStatus(profileLine(helen, QStringLiteral("Helen"), { kPurchased }, ecidHelen), // exits: sent
            QStringLiteral("exited")),
        profileLine(kim, QStringLiteral("Kim"), { kPurchased }), // qualifies: sent
        profileLine(kim, QStringLiteral("Kim"), { kPurchased }, ecidKim), // still a member: nothing
        withStatus(profileLine(QString(), QStringLiteral("Kim"), { kPurchased }, ecidKim), // exits: sent
            QStringLiteral("exited")),
        withStatus(profileLine(kim, QStringLiteral("Kim"), { kPurchased }, ecidKim), // exited already
            QStringLiteral("exited")),
    };
    if (restartEachTime) {
        for (int i = 0; i < updates.size(); ++i) {
            Ingestor ingestor(*m_storage, { destinationC() }, &m_clock);
            const auto result = ingestor.ingest(recordsFrom({ updates[i] }, i + 1, i * 1000), kSource);
            QVERIFY2(result.ok(), qPrintable(result.error().message));
        }
    } else {
        Ingestor ingestor(*m_storage, { destinationC() }, &m_clock);
        const auto result = ingestor.ingest(recordsFrom(updates), kSource);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->activations, 4);
        QCOMPARE(result->unchanged, 2);
    }

    QStringList sent;
    QStringList ordered; // each with the key it goes out in order under (SPEC §6): its profile's state's
    for (const ActivationRecord &a : activationsOf(*m_storage, destinationC().id)) {
        sent.append(
            a.profileKey + u' ' + QJsonDocument::fromJson(a.audiences).object().value(kPurchased).toString());
        ordered.append(a.profileKey + u' ' + a.orderKey);
    }
    sent.sort();
    QCOMPARE(sent,
        QStringList({ QStringLiteral("Email:helen@example.com realized"),
            QStringLiteral("Email:helen@example.com|external_id:ecid-1 exited"),
            QStringLiteral("Email:kim@example.com realized"), QStringLiteral("external_id:ecid-2 exited") }));
    ordered.sort();
    QCOMPARE(ordered,
        QStringList({ QStringLiteral("Email:helen@example.com Email:helen@example.com"),
            QStringLiteral("Email:helen@example.com|external_id:ecid-1 Email:helen@example.com"),
            QStringLiteral("Email:kim@example.com Email:kim@example.com"),
            QStringLiteral("external_id:ecid-2 Email:kim@example.com") }));
}

// An update whose body is over 100 KB fails as payload_too_large; the same update again is identical, and
// produces nothing, not a second failure (SPEC §5, §6). A different one is judged again.
void TestIngestor::theSameUpdateOverTheSizeLimitFailsOnce()
{
    const QString huge(110 * 1024, u'x');
    const QByteArray big = profileLine(QStringLiteral("dave@example.com"), huge, { kPurchased });
    const QByteArray bigger
        = profileLine(QStringLiteral("dave@example.com"), huge + QStringLiteral("y"), { kPurchased });
    {
        Ingestor ingestor(*m_storage, { destinationA() }, &m_clock);
        const auto first = ingestor.ingest(recordsFrom({ big, big }), kSource);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first->failed.size(), 1);
        QCOMPARE(first->unchanged, 1);
    }
    Ingestor restarted(*m_storage, { destinationA() }, &m_clock);
    const auto again = restarted.ingest(recordsFrom({ big }, 3, 300'000), kSource);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->failed.size(), 0);
    QCOMPARE(again->unchanged, 1);
    const auto changed = restarted.ingest(recordsFrom({ bigger }, 4, 400'000), kSource);
    QVERIFY2(changed.ok(), qPrintable(changed.error().message));
    QCOMPARE(changed->failed.size(), 1);

    // Once it fits, it is sent: nothing was exported before.
    const auto fits = restarted.ingest(recordsFrom({ profileLine(QStringLiteral("dave@example.com"),
                                                       QStringLiteral("Dave"), { kPurchased }) },
                                           5, 500'000),
        kSource);
    QVERIFY2(fits.ok(), qPrintable(fits.error().message));
    QCOMPARE(fits->activations, 1);
    QCOMPARE(fits->failed.size(), 0);

    const QList<ActivationRecord> all = activationsOf(*m_storage, destinationA().id);
    QCOMPARE(all.size(), 3);
    const auto status = m_storage->status(destinationA().id, 24);
    QVERIFY2(status.ok(), qPrintable(status.error().message));
    QCOMPARE(status->total.failed, 2);
}

void TestIngestor::eachDestinationGetsItsOwn()
{
    Ingestor ingestor(*m_storage, { destinationA(), destinationB() }, &m_clock);
    const auto result = ingestor.ingest(
        recordsFrom({ profileLine(QStringLiteral("dave@example.com"), QStringLiteral("Dave"),
                          { kPurchased, kLoyal }, QStringLiteral("ecid-1"), QStringLiteral("Jones")),
            profileLine(QStringLiteral("erin@example.com"), QStringLiteral("Erin"), { kPurchased },
                QStringLiteral("ecid-2")) }),
        kSource);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->activations, 3);
    QCOMPARE(result->unchanged, 1); // Erin is not in B's audience

    const QList<ActivationRecord> a = activationsOf(*m_storage, destinationA().id);
    QCOMPARE(keysOf(a),
        QStringList({ QStringLiteral("Email:dave@example.com"), QStringLiteral("Email:erin@example.com") }));
    const QList<ActivationRecord> b = activationsOf(*m_storage, destinationB().id);
    QCOMPARE(b.size(), 1);
    QCOMPARE(b[0].profileKey, QStringLiteral("external_id:ecid-1"));
    QCOMPARE(qad::toString(b[0].status), qad::toString(ActivationStatus::Pending));
    QCOMPARE(b[0].createdAt, m_clock.now());
    QCOMPARE(QJsonDocument::fromJson(b[0].audiences).object(),
        QJsonObject({ { kLoyal, QStringLiteral("realized") } }));

    // Each with its own mapping: B's body has the surname and the external id, and nothing of A's.
    const QJsonObject body = QJsonDocument::fromJson(b[0].payload).object();
    QCOMPARE(body.value(QStringLiteral("surname")).toString(), QStringLiteral("Jones"));
    QVERIFY(!body.contains(QStringLiteral("firstName")));
    QCOMPARE(body.value(QStringLiteral("identityMap")).toObject().keys(),
        QStringList { QStringLiteral("external_id") });
    QCOMPARE(body.value(QStringLiteral("segmentMembership"))
                 .toObject()
                 .value(QStringLiteral("ups"))
                 .toObject()
                 .keys(),
        QStringList { kLoyal });
}

void TestIngestor::countsExclusions()
{
    const QString hashed = QString::fromLatin1(
        QCryptographicHash::hash("dave@example.com", QCryptographicHash::Sha256).toHex());
    Ingestor ingestor(*m_storage, { destinationA() }, &m_clock);
    const auto result = ingestor.ingest(
        recordsFrom({ profileLine(hashed, QStringLiteral("Dave"), { kPurchased }),
            profileLine(QString(), QStringLiteral("Nobody"), { kPurchased }),
            profileLine(QStringLiteral("erin@example.com"), QStringLiteral("Erin"), { kPurchased }) }),
        kSource);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->excluded, 2);
    QCOMPARE(result->activations, 1);

    const auto exclusions = m_storage->exclusions(destinationA().id, 100);
    QVERIFY2(exclusions.ok(), qPrintable(exclusions.error().message));
    QStringList codes;
    for (const ExclusionRecord &e : *exclusions) {
        QVERIFY(!e.reason.isEmpty());
        codes.append(e.code);
    }
    codes.sort();
    QCOMPARE(codes, QStringList({ QStringLiteral("hashed_email"), QStringLiteral("no_mapped_identity") }));

    // Profiles received counts both kinds; activation rate = (activated + excluded) ÷ received.
    const auto status = m_storage->status(destinationA().id, 24);
    QVERIFY2(status.ok(), qPrintable(status.error().message));
    QCOMPARE(status->total.received, 3);
    QCOMPARE(status->total.excluded, 2);
}

void TestIngestor::storesCheckpointWithLastRecord()
{
    const QList<SourceRecord> records = recordsFrom(distinctProfiles(3));
    Ingestor ingestor(*m_storage, { destinationA(), destinationB() }, &m_clock);
    const auto result = ingestor.ingest(records, kSource);
    QVERIFY2(result.ok(), qPrintable(result.error().message));

    for (const QString &id : { destinationA().id, destinationB().id }) {
        const auto checkpoint = m_storage->checkpoint(kSource, id);
        QVERIFY2(checkpoint.ok(), qPrintable(checkpoint.error().message));
        QVERIFY(checkpoint->has_value());
        QCOMPARE((*checkpoint)->offset, records.last().after.offset);
        QCOMPARE((*checkpoint)->line, 3);
        QCOMPARE((*checkpoint)->inode, kInode);
    }

    // Standard input cannot be resumed: no checkpoint for it.
    const auto fromStdin = ingestor.ingest(recordsFrom(distinctProfiles(1)), QStringLiteral("-"));
    QVERIFY2(fromStdin.ok(), qPrintable(fromStdin.error().message));
    const auto none = m_storage->checkpoint(QStringLiteral("-"), destinationA().id);
    QVERIFY2(none.ok(), qPrintable(none.error().message));
    QVERIFY(!none->has_value());
}

void TestIngestor::resumesFromTheEarliestCheckpoint()
{
    const QList<SourceRecord> records = recordsFrom(distinctProfiles(5));
    {
        Ingestor both(*m_storage, { destinationA(), destinationB() }, &m_clock);
        QVERIFY(both.ingest(records.mid(0, 2), kSource).ok());
        Ingestor onlyA(*m_storage, { destinationA() }, &m_clock); // B was not running meanwhile
        QVERIFY(onlyA.ingest(records.mid(2, 3), kSource).ok());
    }
    QCOMPARE(activationsOf(*m_storage, destinationA().id).size(), 5);
    QCOMPARE(activationsOf(*m_storage, destinationB().id).size(), 2);

    Ingestor ingestor(*m_storage, { destinationA(), destinationB() }, &m_clock);
    const auto resume = ingestor.resumePosition(kSource);
    QVERIFY2(resume.ok(), qPrintable(resume.error().message));
    QVERIFY(resume->has_value());
    QCOMPARE((*resume)->offset, records[1].after.offset); // B's
    QCOMPARE((*resume)->line, 2);

    // Records 3 and 4: for B only, and A's checkpoint (at 5) does not move back.
    const auto part = ingestor.ingest(records.mid(2, 2), kSource);
    QVERIFY2(part.ok(), qPrintable(part.error().message));
    QCOMPARE(part->activations, 2);
    QCOMPARE((*m_storage->checkpoint(kSource, destinationA().id))->offset, records[4].after.offset);
    QCOMPARE((*m_storage->checkpoint(kSource, destinationB().id))->offset, records[3].after.offset);

    const auto rest = ingestor.ingest(records.mid(4, 1), kSource);
    QVERIFY2(rest.ok(), qPrintable(rest.error().message));
    QCOMPARE(rest->activations, 1);
    QCOMPARE(activationsOf(*m_storage, destinationA().id).size(), 5);
    QCOMPARE(activationsOf(*m_storage, destinationB().id).size(), 5);
    QCOMPARE((*m_storage->checkpoint(kSource, destinationB().id))->offset, records[4].after.offset);
}

// Positions in a file rotated away since come before all of the file now at the path: reading resumes at the
// earliest of those (the source reads the rest of that file first). A destination past that file (its
// position in the new file, or none yet) skips the rest of it; the one in it gets all of the new file.
void TestIngestor::resumesInARotatedFileBeforeTheNewOne()
{
    constexpr quint64 kNewInode = kInode + 1;
    const auto inFileAtPath = [](const SourcePosition &position) {
        return position.inode == kNewInode;
    };
    QList<QByteArray> oldLines = distinctProfiles(4);
    oldLines[2] = "{\"identityMap\": [";
    const QList<SourceRecord> old = recordsFrom(oldLines);
    const QList<QByteArray> all = distinctProfiles(7);
    QList<SourceRecord> fresh = recordsFrom(all.mid(4, 3), 1, 0, kNewInode);
    fresh[0].startsOver = true;
    {
        Ingestor both(*m_storage, { destinationA(), destinationB() }, &m_clock);
        QVERIFY(both.ingest(old.mid(0, 2), kSource).ok());
        // A alone, after the rotation: the rest of the old file, then the new one.
        Ingestor onlyA(*m_storage, { destinationA() }, &m_clock);
        const auto resume = onlyA.resumePosition(kSource, inFileAtPath);
        QVERIFY2(resume.ok(), qPrintable(resume.error().message));
        QCOMPARE((*resume)->inode, kInode);
        const auto first = onlyA.ingest(old.mid(2) + fresh.mid(0, 2), kSource);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first->rejected, 1);
        QCOMPARE(first->activations, 3);
    }
    Destination c = destinationA();
    c.id = QStringLiteral("dest-c"); // new: it starts with the file at the path
    Ingestor ingestor(*m_storage, { destinationA(), destinationB(), c }, &m_clock);
    const auto resume = ingestor.resumePosition(kSource, inFileAtPath);
    QVERIFY2(resume.ok(), qPrintable(resume.error().message));
    QVERIFY(resume->has_value());
    QCOMPARE((*resume)->inode, kInode); // B's, in the old file, although A's offset is smaller
    QCOMPARE((*resume)->offset, old[1].after.offset);
    QVERIFY(ingestor.resumedInAnotherFile().isEmpty());

    const auto result = ingestor.ingest(old.mid(2) + fresh, kSource);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->rejected, 0); // A read line 3 before
    QCOMPARE(keysOf(activationsOf(*m_storage, destinationB().id)),
        QStringList({ QStringLiteral("external_id:ecid-1"), QStringLiteral("external_id:ecid-2"),
            QStringLiteral("external_id:ecid-4"), QStringLiteral("external_id:ecid-5"),
            QStringLiteral("external_id:ecid-6"), QStringLiteral("external_id:ecid-7") }));
    QCOMPARE(activationsOf(*m_storage, destinationA().id).size(), 6); // 1, 2, 4, 5, 6, then 7
    QCOMPARE(keysOf(activationsOf(*m_storage, c.id)),
        QStringList({ QStringLiteral("Email:person5@example.com"),
            QStringLiteral("Email:person6@example.com"), QStringLiteral("Email:person7@example.com") }));
    for (const QString &id : { destinationA().id, destinationB().id, c.id }) {
        const auto checkpoint = m_storage->checkpoint(kSource, id);
        QVERIFY(checkpoint.ok() && checkpoint->has_value());
        QCOMPARE((*checkpoint)->inode, kNewInode);
        QCOMPARE((*checkpoint)->line, 3);
    }
}

// Rotated twice: A's position is in the oldest file, B's in the one rotated in between (B ran alone after the
// first rotation), C's in the file at the path (it ran alone after the second), D is new. Reading resumes in
// A's file, whatever the offsets, then goes through the file in between to the one at the path: each gets
// what it had not had, once.
void TestIngestor::resumesInTheOldestRotatedFileAndReadsThoseAfterIt()
{
    constexpr quint64 kBetween = kInode + 1;
    constexpr quint64 kAtPath = kInode + 2;
    const QList<QByteArray> all = distinctProfiles(9);
    QList<SourceRecord> oldest = recordsFrom(all.mid(0, 4), 1, 1000); // offsets larger than the others'
    QList<SourceRecord> between = recordsFrom(all.mid(4, 3), 1, 0, kBetween);
    QList<SourceRecord> atPath = recordsFrom(all.mid(7, 2), 1, 0, kAtPath);
    between[0].startsOver = true;
    atPath[0].startsOver = true;
    Destination c = destinationA();
    c.id = QStringLiteral("dest-c");
    Destination d = destinationB();
    d.id = QStringLiteral("dest-d");
    {
        Ingestor abc(*m_storage, { destinationA(), destinationB(), c }, &m_clock);
        QVERIFY(abc.ingest(oldest.mid(0, 2), kSource).ok());
        Ingestor bc(*m_storage, { destinationB(), c }, &m_clock);
        QVERIFY(bc.ingest(oldest.mid(2) + between.mid(0, 1), kSource).ok());
        Ingestor onlyC(*m_storage, { c }, &m_clock);
        QVERIFY(onlyC.ingest(between.mid(1) + atPath.mid(0, 1), kSource).ok());
    }
    QCOMPARE((*m_storage->checkpoint(kSource, destinationB().id))->inode, kBetween);

    Ingestor ingestor(*m_storage, { destinationA(), destinationB(), c, d }, &m_clock);
    const auto resume = ingestor.resumePosition(
        kSource, [](const SourcePosition &position) { return position.inode == kAtPath; },
        [](const SourcePosition &position) {
            return position.inode == kInode  ? QList<quint64> { kInode, kBetween }
                : position.inode == kBetween ? QList<quint64> { kBetween }
                                             : QList<quint64> {};
        });
    QVERIFY2(resume.ok(), qPrintable(resume.error().message));
    QVERIFY(resume->has_value());
    QCOMPARE((*resume)->inode, kInode); // A's, although B's offset is smaller
    QCOMPARE((*resume)->offset, oldest[1].after.offset);
    QVERIFY(ingestor.resumedInAnotherFile().isEmpty());

    const auto result = ingestor.ingest(oldest.mid(2) + between + atPath, kSource);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    const QStringList everyEcid { QStringLiteral("external_id:ecid-1"), QStringLiteral("external_id:ecid-2"),
        QStringLiteral("external_id:ecid-3"), QStringLiteral("external_id:ecid-4"),
        QStringLiteral("external_id:ecid-5"), QStringLiteral("external_id:ecid-6"),
        QStringLiteral("external_id:ecid-7"), QStringLiteral("external_id:ecid-8"),
        QStringLiteral("external_id:ecid-9") };
    QStringList ofB = keysOf(activationsOf(*m_storage, destinationB().id));
    ofB.sort();
    QCOMPARE(ofB, everyEcid);
    for (const QString &id : { destinationA().id, c.id }) {
        QStringList keys = keysOf(activationsOf(*m_storage, id));
        keys.sort();
        keys.removeDuplicates();
        QCOMPARE(activationsOf(*m_storage, id).size(), 9);
        QCOMPARE(keys.size(), 9);
    }
    QStringList ofD = keysOf(activationsOf(*m_storage, d.id));
    ofD.sort();
    QCOMPARE(ofD, everyEcid.mid(7)); // new: the file at the path only
    for (const QString &id : { destinationA().id, destinationB().id, c.id, d.id }) {
        const auto checkpoint = m_storage->checkpoint(kSource, id);
        QVERIFY(checkpoint.ok() && checkpoint->has_value());
        QCOMPARE((*checkpoint)->inode, kAtPath);
        QCOMPARE((*checkpoint)->line, 2);
    }
}

void TestIngestor::rejectsALineOnceAcrossResumes()
{
    QList<QByteArray> lines = distinctProfiles(4);
    lines[2] = "{\"identityMap\": [";
    const QList<SourceRecord> records = recordsFrom(lines);
    {
        Ingestor both(*m_storage, { destinationA(), destinationB() }, &m_clock);
        QVERIFY(both.ingest(records.mid(0, 2), kSource).ok());
        Ingestor onlyA(*m_storage, { destinationA() }, &m_clock);
        const auto first = onlyA.ingest(records.mid(2), kSource);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first->rejected, 1);
    }
    Ingestor ingestor(*m_storage, { destinationA(), destinationB() }, &m_clock);
    QVERIFY(ingestor.resumePosition(kSource).ok());
    const auto again = ingestor.ingest(records.mid(2), kSource);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->rejected, 0); // A read line 3 already, and its reject was saved then
    QCOMPARE(again->activations, 1); // line 4, for B
    QCOMPARE(m_storage->rejects(100)->size(), 1);
}

void TestIngestor::doesNotSkipAReplacedFile_data()
{
    QTest::addColumn<bool>("withNewDestination");
    QTest::addColumn<quint64>("newInode");
    QTest::newRow("replaced, resumed at the checkpoint") << false << kInode + 1;
    QTest::newRow("replaced, read from the start for a new destination") << true << kInode + 1;
    QTest::newRow("truncated in place") << false << kInode;
}

void TestIngestor::doesNotSkipAReplacedFile()
{
    QFETCH(bool, withNewDestination);
    QFETCH(quint64, newInode);
    {
        Ingestor before(*m_storage, { destinationA() }, &m_clock);
        QVERIFY(before.ingest(recordsFrom(distinctProfiles(5)), kSource).ok());
    }
    QList<Destination> destinations { destinationA() };
    if (withNewDestination) {
        destinations.append(destinationB());
    }
    Ingestor ingestor(*m_storage, destinations, &m_clock);
    const auto resume = ingestor.resumePosition(kSource);
    QVERIFY2(resume.ok(), qPrintable(resume.error().message));
    QCOMPARE(resume->has_value(), !withNewDestination);

    // The file was replaced or truncated while we were stopped: the source reads it from its start, and its
    // first lines are news for A although their offsets are below A's checkpoint.
    const auto result = ingestor.ingest(recordsFrom({ distinctProfiles(6).last() }, 1, 0, newInode), kSource);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->activations, int(destinations.size()));
    QCOMPARE((*m_storage->checkpoint(kSource, destinationA().id))->inode, newInode);
    QCOMPARE((*m_storage->checkpoint(kSource, destinationA().id))->line, 1);
}

// The file was rewritten in place while we were stopped (same inode, as long or longer): the source reads it
// from its start. Its new lines end at offsets below a destination's checkpoint, yet they are news for it.
void TestIngestor::skipsNothingWhenTheSourceReadsFromItsStart()
{
    const QList<SourceRecord> old = recordsFrom(distinctProfiles(5));
    {
        Ingestor both(*m_storage, { destinationA(), destinationB() }, &m_clock);
        QVERIFY(both.ingest(old.mid(0, 2), kSource).ok());
        Ingestor onlyA(*m_storage, { destinationA() }, &m_clock);
        QVERIFY(onlyA.ingest(old.mid(2), kSource).ok());
    }
    Ingestor ingestor(*m_storage, { destinationA(), destinationB() }, &m_clock);
    const auto resume = ingestor.resumePosition(kSource);
    QVERIFY2(resume.ok(), qPrintable(resume.error().message));
    QCOMPARE((*resume)->offset, old[1].after.offset); // B's
    ingestor.readFromStart();

    // Longer lines than before: the first ends past B's checkpoint, within A's.
    QList<QByteArray> lines;
    for (int i = 1; i <= 3; ++i) {
        lines.append(profileLine(QStringLiteral("new%1@example.com").arg(i), QString(500, QLatin1Char('N')),
            { kPurchased, kLoyal }, QStringLiteral("ecid-new-%1").arg(i)));
    }
    const QList<SourceRecord> rewritten = recordsFrom(lines);
    QVERIFY(rewritten[0].after.offset > old[1].after.offset);
    QVERIFY(rewritten[1].after.offset <= old[4].after.offset);
    const auto result = ingestor.ingest(rewritten, kSource);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->activations, 6); // each new profile, for both
    QCOMPARE((*m_storage->checkpoint(kSource, destinationA().id))->offset, rewritten.last().after.offset);
    QCOMPARE((*m_storage->checkpoint(kSource, destinationB().id))->offset, rewritten.last().after.offset);
}

void TestIngestor::readsFromStartWhenADestinationIsNew()
{
    {
        Ingestor before(*m_storage, { destinationA() }, &m_clock);
        QVERIFY(before.ingest(recordsFrom(distinctProfiles(3)), kSource).ok());
    }
    Ingestor ingestor(*m_storage, { destinationA(), destinationB() }, &m_clock);
    const auto resume = ingestor.resumePosition(kSource);
    QVERIFY2(resume.ok(), qPrintable(resume.error().message));
    QVERIFY(!resume->has_value());

    // From the start: B gets all three, A (already past them) nothing again.
    const auto result = ingestor.ingest(recordsFrom(distinctProfiles(3)), kSource);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->activations, 3);
    QCOMPARE(activationsOf(*m_storage, destinationA().id).size(), 3);
    QCOMPARE(activationsOf(*m_storage, destinationB().id).size(), 3);
}

void TestIngestor::failedCommitIsRetriedCleanly()
{
    FlakyStorage flaky(*m_storage);
    Ingestor ingestor(flaky, { destinationA() }, &m_clock);
    const QByteArray dave
        = profileLine(QStringLiteral("dave@example.com"), QStringLiteral("Dave"), { kPurchased });
    const QByteArray david
        = profileLine(QStringLiteral("dave@example.com"), QStringLiteral("David"), { kPurchased });
    QVERIFY(ingestor.ingest(recordsFrom({ dave }), kSource).ok());

    flaky.failCommit = true;
    const auto failed = ingestor.ingest(recordsFrom({ david }, 2, 1000), kSource);
    QVERIFY(!failed.ok());
    QVERIFY(!failed.error().message.isEmpty());

    // Retrying the same records must export David: the failed call's cached state was dropped.
    flaky.failCommit = false;
    const auto retried = ingestor.ingest(recordsFrom({ david }, 2, 1000), kSource);
    QVERIFY2(retried.ok(), qPrintable(retried.error().message));
    QCOMPARE(retried->activations, 1);
    QCOMPARE(activationsOf(*m_storage, destinationA().id).size(), 2);
    // And what was committed before stays known.
    const auto dup = ingestor.ingest(recordsFrom({ david }, 3, 2000), kSource);
    QVERIFY2(dup.ok(), qPrintable(dup.error().message));
    QCOMPARE(dup->activations, 0);
}

// The states a batch needs are read in one go per destination, not profile by profile; what was read or
// exported stays in memory for the next batches.
void TestIngestor::readsTheStoredStatesOnceABatch()
{
    const QList<QByteArray> lines = distinctProfiles(100);
    {
        Ingestor earlier(*m_storage, { destinationA(), destinationB() }, &m_clock);
        const auto exported = earlier.ingest(recordsFrom(lines.mid(0, 50)), kSource);
        QVERIFY2(exported.ok(), qPrintable(exported.error().message));
        QCOMPARE(exported->activations, 100);
    }

    FlakyStorage counting(*m_storage);
    Ingestor ingestor(counting, { destinationA(), destinationB() }, &m_clock);
    const auto result = ingestor.ingest(recordsFrom(lines + lines.mid(50, 10)), kSource);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->activations, 100); // the 50 new profiles, for both destinations
    QCOMPARE(result->unchanged, 120); // the 50 exported before, and the 10 repeated in the batch
    QCOMPARE(counting.stateReads.size(), 2);
    for (const QStringList &keys : std::as_const(counting.stateReads)) {
        QCOMPARE(keys.size(), 100);
    }

    const auto again = ingestor.ingest(recordsFrom(lines.mid(0, 20), 200, 100000), kSource);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->unchanged, 40);
    QCOMPARE(counting.stateReads.size(), 2); // all known from the last batch
}

void TestIngestor::run(const QString &file, const QList<Destination> &destinations, IngestResult *result)
{
    auto source = openProfileSource(file, SourceOptions {});
    QVERIFY2(source, qPrintable(source.error().message));
    Ingestor ingestor(*m_storage, destinations, &m_clock);
    const auto position = ingestor.resumePosition((*source)->name());
    QVERIFY2(position, qPrintable(position.error().message));
    if (position->has_value()) {
        const auto resumed = (*source)->resume(**position);
        QVERIFY2(resumed, qPrintable(resumed.error().message));
        QVERIFY(*resumed == Resumed::AtCheckpoint);
    }
    const auto ingested = ingestor.ingest((*source)->read(1000), (*source)->name());
    QVERIFY2(ingested, qPrintable(ingested.error().message));
    QVERIFY((*source)->atEnd());
    *result = *ingested;
}

// The reject of what follows an array's `]` is checkpointed where the `]` is, like the last element before
// it: read again from there at the next run, it is the same record, and not rejected twice.
void TestIngestor::dataAfterAnArrayIsRejectedOnceAcrossRestarts()
{
    const QString file = m_dir->filePath(QStringLiteral("profiles.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QList<QByteArray> lines = distinctProfiles(2);
        out.write("[" + lines[0] + ",\n" + lines[1] + "]\nmore\n");
    }
    for (int round = 1; round <= 3; ++round) {
        IngestResult result;
        run(file, { destinationA() }, &result);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(result.activations, round == 1 ? 2 : 0);
        QCOMPARE(result.rejected, round == 1 ? 1 : 0);
    }
    QCOMPARE(m_storage->rejects(100)->size(), 1);
}

// A missing comma's reject shares the checkpoint of the element before it. A destination whose checkpoint is
// further on skips both, and what follows: older versions of a profile are not exported to it again.
void TestIngestor::aMissingCommaDoesNotExportAgainForADestinationAhead()
{
    const auto dave = [](const QString &firstName) {
        return profileLine(QStringLiteral("dave@example.com"), firstName, { kPurchased, kLoyal },
            QStringLiteral("ecid-dave"));
    };
    const QString file = m_dir->filePath(QStringLiteral("profiles.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        // `}{`: the second value starts right where the first ends.
        out.write("[" + dave(QStringLiteral("Dave")) + dave(QStringLiteral("David")) + ",\n"
            + dave(QStringLiteral("Dave")) + "]\n");
    }
    IngestResult first;
    run(file, { destinationA() }, &first);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(first.activations, 3); // Dave, David, Dave again
    QCOMPARE(first.rejected, 1);

    // B is new: the file is read from its start, and A is ahead all along.
    IngestResult second;
    run(file, { destinationA(), destinationB() }, &second);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(second.activations, 1); // Dave for B; B maps no first name
    QCOMPARE(second.rejected, 0);
    QCOMPARE(activationsOf(*m_storage, destinationA().id).size(), 3);
    QCOMPARE(m_storage->rejects(100)->size(), 1);
}

// Equal offsets can still mean the bytes are others: a followed file rewritten in place to the same length
// is read again from its start, and its first line, ending where the last one read ended, is news.
void TestIngestor::aFollowedFileRewrittenToTheSameLengthIsNews()
{
    const QString file = m_dir->filePath(QStringLiteral("profiles.ndjson"));
    const auto write = [&](const QString &firstName) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate)); // the same inode
        out.write(profileLine(QStringLiteral("dave@example.com"), firstName, { kPurchased }) + "\n");
    };
    write(QStringLiteral("Dave"));
    IngestResult first;
    run(file, { destinationA() }, &first);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(first.activations, 1);

    auto source = openProfileSource(file, SourceOptions { true });
    QVERIFY2(source, qPrintable(source.error().message));
    Ingestor ingestor(*m_storage, { destinationA() }, &m_clock);
    const auto position = ingestor.resumePosition((*source)->name());
    QVERIFY(position && position->has_value());
    QVERIFY(*(*source)->resume(**position) == Resumed::AtCheckpoint);
    QVERIFY((*source)->read(100).isEmpty()); // at the end, waiting for more

    write(QStringLiteral("Evan"));
    const QList<SourceRecord> records = (*source)->read(100);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].after.offset, (*position)->offset);
    const auto result = ingestor.ingest(records, (*source)->name());
    QVERIFY2(result, qPrintable(result.error().message));
    QCOMPARE(result->activations, 1);
}

void TestIngestor::throughput()
{
    Destination d = destinationA();
    d.attributes.append({ QStringLiteral("person.name.lastName"), QStringLiteral("lastName") });
    constexpr int kProfiles = 20000;
    constexpr int kBatch = 500;
    QRandomGenerator random(20260315);
    QList<QByteArray> lines;
    for (const QJsonObject &sample : generateSampleProfiles(d, kProfiles, &random)) {
        lines.append(QJsonDocument(sample).toJson(QJsonDocument::Compact));
    }
    const QList<SourceRecord> records = recordsFrom(lines);

    Ingestor ingestor(*m_storage, { d }, &m_clock);
    IngestResult total;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < records.size(); i += kBatch) {
        const auto result = ingestor.ingest(records.mid(i, kBatch), kSource);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        total.activations += result->activations;
        total.unchanged += result->unchanged;
        total.rejected += result->rejected;
    }
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    qInfo("ingest: %d profiles in %lld ms = %lld profiles/s (batches of %d)", kProfiles, ms,
        qint64(kProfiles) * 1000 / ms, kBatch);

    QCOMPARE(total.rejected, 0);
    // Every sample has its own random attribute values, so each one is news.
    QCOMPARE(total.activations, kProfiles);
}

QTEST_GUILESS_MAIN(TestIngestor)
#include "tst_ingestor.moc"
