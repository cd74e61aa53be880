// The streaming side of SqliteStorage: ingest, outbox, counters, status, retention, alerts (SPEC §4–§8).
#include "storage/sqlitestorage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <ctime>
#include <memory>

using namespace qad;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000; // 2023-11-14 22:13:20 UTC
constexpr qint64 kHour = 3'600'000;
constexpr qint64 kHourT0 = kT0 - kT0 % kHour;

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

ActivationRecord makeActivation(
    const QString &id, const QString &destinationId, qint64 createdMs, bool isTest = false)
{
    ActivationRecord a;
    a.id = id;
    a.destinationId = destinationId;
    a.profileKey = QStringLiteral("Email:%1@example.com").arg(id);
    a.audiences = R"({"046456e3-18e1-48a6-9bda-d68547861283":"realized"})";
    a.createdAt = at(createdMs);
    a.payload
        = R"({"person":{"name":{"firstName":"Dave"}},"identityMap":{"Email":[{"id":"dave@example.com"}]}})";
    a.isTest = isTest;
    return a;
}

ExclusionRecord makeExclusion(const QString &destinationId, qint64 atMs)
{
    return { destinationId, QStringLiteral("Email:5e884898…"), QStringLiteral("hashed_email"),
        QStringLiteral("The only email is a SHA-256 hash"), at(atMs), false };
}

AttemptOutcome outcome(const QString &activationId, qint64 startedMs, qint64 durationMs, int httpStatus,
    ActivationStatus next, std::optional<QDateTime> nextAttemptAt = std::nullopt)
{
    AttemptOutcome o;
    o.attempt.activationId = activationId;
    o.attempt.startedAt = at(startedMs);
    o.attempt.durationMs = durationMs;
    o.attempt.httpStatus = httpStatus;
    o.attempt.outcome.cls = next == ActivationStatus::Succeeded ? OutcomeClass::Succeeded
        : next == ActivationStatus::Failed                      ? OutcomeClass::Failed
                                                                : OutcomeClass::Retry;
    o.attempt.outcome.code = QStringLiteral("http_%1").arg(httpStatus);
    o.attempt.outcome.message = QStringLiteral("HTTP %1 from Qualtrics").arg(httpStatus);
    o.next = next;
    o.nextAttemptAt = std::move(nextAttemptAt);
    return o;
}

QStringList ids(const QList<ActivationRecord> &activations)
{
    QStringList result;
    for (const ActivationRecord &a : activations) {
        result.append(a.id);
    }
    return result;
}

ActivationStatus statusOf(SqliteStorage &storage, const QString &id)
{
    return storage.activation(id)->status;
}

qint64 countRows(const QString &databasePath, const QString &table)
{
    const QString name = QStringLiteral("count-probe");
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next()) {
                count = q.value(0).toLongLong();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

// Runs statements on the database through a connection of its own, as another program would; false (and the
// failing statement in `failed`) at the first that fails.
bool execOn(const QString &databasePath, const QStringList &statements, QString *failed = nullptr)
{
    const QString name = QStringLiteral("exec-probe");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (ok && !q.exec(statement)) {
                ok = false;
                if (failed) {
                    *failed = statement + QStringLiteral(": ") + q.lastError().text();
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The first column of the first row `sql` reads, through a connection of its own.
QVariant firstValue(const QString &databasePath, const QString &sql)
{
    const QString name = QStringLiteral("value-probe");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next()) {
                value = q.value(0);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool hasSchemaObject(const QString &databasePath, const QString &name)
{
    return firstValue(
               databasePath, QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE name = '%1'").arg(name))
               .toInt()
        == 1;
}

QStringList entryIds(const QList<HistoryEntry> &entries)
{
    QStringList result;
    for (const HistoryEntry &e : entries) {
        result.append(e.activation.id);
    }
    return result;
}

// Step 1 of the schema exactly as released, to build a version-1 database by hand.
const char *const kSchemaV1 = R"sql(
CREATE TABLE activations (
    id TEXT PRIMARY KEY,
    destination_id TEXT NOT NULL,
    profile_key TEXT NOT NULL,
    audiences TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    payload BLOB NOT NULL,
    status TEXT NOT NULL,
    attempt_count INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    is_test INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL
);
CREATE INDEX activations_by_destination ON activations(destination_id, created_at DESC);
CREATE INDEX activations_due ON activations(status, next_attempt_at);
CREATE TABLE attempts (
    id INTEGER PRIMARY KEY,
    activation_id TEXT NOT NULL REFERENCES activations(id) ON DELETE CASCADE,
    started_at INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    http_status INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    retry_after INTEGER,
    request_id TEXT NOT NULL DEFAULT '',
    notice TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    request_headers TEXT NOT NULL DEFAULT '[]',
    response_headers TEXT NOT NULL DEFAULT '[]',
    response_excerpt BLOB
);
CREATE INDEX attempts_by_activation ON attempts(activation_id, started_at);
CREATE TABLE exclusions (
    id INTEGER PRIMARY KEY,
    destination_id TEXT NOT NULL,
    profile_key TEXT NOT NULL,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    at INTEGER NOT NULL,
    is_test INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX exclusions_by_destination ON exclusions(destination_id, at DESC);
)sql";

} // namespace

#define QVERIFY_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto result_ = (expr);                                                                         \
        QVERIFY2(result_.ok(), qPrintable(result_.error().message));                                         \
    } while (false)

class TestStorageEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStorage> m_storage;

    SqliteStorage &storage() { return *m_storage; }

    // A pending activation moved to `retrying` by a 503, due again at `nextMs`.
    void makeRetrying(const ActivationRecord &a, qint64 nextMs)
    {
        QVERIFY_OK(storage().insertActivation(a));
        QVERIFY_OK(storage().recordAttempts({ outcome(
            a.id, a.createdAt.toMSecsSinceEpoch() + 100, 50, 503, ActivationStatus::Retrying, at(nextMs)) }));
    }

    void makeFinal(const ActivationRecord &a, ActivationStatus status)
    {
        QVERIFY_OK(storage().insertActivation(a));
        QVERIFY_OK(storage().recordAttempts({ outcome(a.id, a.createdAt.toMSecsSinceEpoch() + 100, 50,
            status == ActivationStatus::Succeeded ? 200 : 400, status) }));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_storage = std::make_unique<SqliteStorage>(m_dir->path());
        QVERIFY_OK(storage().open());
    }

    void cleanup()
    {
        m_storage.reset();
        m_dir.reset();
    }

    void migratesAVersion1DatabaseKeepingItsData()
    {
        m_storage.reset();
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("qad.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &statement : QString::fromUtf8(kSchemaV1).split(QLatin1Char(';'))) {
                if (!statement.trimmed().isEmpty()) {
                    QVERIFY2(q.exec(statement), qPrintable(statement));
                }
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO activations (id, destination_id, profile_key, audiences, created_at, payload, "
                "status, "
                "attempt_count, next_attempt_at, is_test, last_error, updated_at) VALUES ('old-1', 'd1', "
                "'Email:dave@example.com', '{}', 1700000000000, X'7B7D', 'retrying', 1, 1700000060000, 0, "
                "'HTTP 503', 1700000000000)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO attempts (activation_id, started_at, duration_ms, http_status, outcome, code) "
                "VALUES ('old-1', 1700000000100, 40, 503, 'retry', 'http_503')")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        SqliteStorage migrated(dir.path());
        QVERIFY_OK(migrated.open());
        QCOMPARE(migrated.schemaVersion(), SqliteStorage::kSchemaVersion);
        auto old = migrated.activation(QStringLiteral("old-1"));
        QVERIFY_OK(old);
        QCOMPARE(old->payload, QByteArray("{}"));
        QCOMPARE(toString(old->status), QStringLiteral("retrying"));
        QCOMPARE(old->attemptCount, 1);
        QCOMPARE(old->lastError, QStringLiteral("HTTP 503"));
        QVERIFY(!old->firstAttemptAt.has_value());
        QCOMPARE(migrated.attempts(QStringLiteral("old-1"))->size(), 1);
        // The migrated row is real work for the new engine.
        auto due = migrated.claimDue({ QStringLiteral("d1") }, at(kT0 + 60'000), 10);
        QVERIFY_OK(due);
        QCOMPARE(ids(*due), QStringList { QStringLiteral("old-1") });
        // And the new tables are there.
        QVERIFY_OK(migrated.setRuntime(QStringLiteral("d1"), DestinationRuntime {}));
        QVERIFY_OK(migrated.commitIngest(IngestBatch {}));
    }

    void migratesAVersion2DatabaseKeepingItsRowsSearchable_data()
    {
        QTest::addColumn<bool>("hadSearchIndex");
        // The released qad created activations_search at every open, outside the versions.
        QTest::newRow("with activations_search") << true;
        QTest::newRow("without activations_search") << false;
    }

    void migratesAVersion2DatabaseKeepingItsRowsSearchable()
    {
        QFETCH(bool, hadSearchIndex);
        m_storage.reset();
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("qad.sqlite"));
        const QString d1 = QStringLiteral("d1");
        const auto id = [](int i) {
            return QStringLiteral("old-%1").arg(i, 2, 10, QLatin1Char('0'));
        };
        {
            SqliteStorage writer(dir.path());
            QVERIFY_OK(writer.open());
            IngestBatch batch;
            for (int i = 0; i < 50; ++i) {
                batch.activations.append(makeActivation(id(i), d1, kT0 + i));
            }
            QVERIFY_OK(writer.commitIngest(batch));
            QVERIFY_OK(
                writer.recordAttempts({ outcome(id(7), kT0 + 100, 40, 200, ActivationStatus::Succeeded) }));
        }
        // Back to schema 2 as released: what steps 3, 4, 7, 8, 9 and 10 add taken away, what step 5 takes
        // away put back.
        QStringList downgrade { QStringLiteral("DROP TABLE delivery_health"),
            QStringLiteral("ALTER TABLE hourly_counters DROP COLUMN received_activated"),
            QStringLiteral("DROP TABLE profile_identity"),
            QStringLiteral("ALTER TABLE profile_state DROP COLUMN refused"),
            QStringLiteral("DROP INDEX activations_retry_profile"),
            QStringLiteral("ALTER TABLE activations DROP COLUMN order_key"),
            QStringLiteral("DROP TABLE activations_fts"),
            QStringLiteral("CREATE INDEX activations_history ON activations(destination_id, created_at)") };
        if (!hadSearchIndex) {
            downgrade.append(QStringLiteral("DROP INDEX activations_search"));
        }
        downgrade.append(QStringLiteral("PRAGMA user_version = 2"));
        QString failed;
        QVERIFY2(execOn(path, downgrade, &failed), qPrintable(failed));
        QCOMPARE(hasSchemaObject(path, QStringLiteral("activations_search")), hadSearchIndex);
        QVERIFY(!hasSchemaObject(path, QStringLiteral("activations_fts")));

        SqliteStorage migrated(dir.path());
        QVERIFY_OK(migrated.open());
        QCOMPARE(migrated.schemaVersion(), SqliteStorage::kSchemaVersion);
        QVERIFY(hasSchemaObject(path, QStringLiteral("activations_search")));
        QVERIFY(hasSchemaObject(path, QStringLiteral("activations_fts")));
        QVERIFY(hasSchemaObject(path, QStringLiteral("activations_retry_profile")));
        QVERIFY(!hasSchemaObject(path, QStringLiteral("activations_history")));
        QCOMPARE(countRows(path, QStringLiteral("activations")), qint64(50));
        auto kept = migrated.activation(id(7));
        QVERIFY_OK(kept);
        QCOMPARE(toString(kept->status), QStringLiteral("succeeded"));
        QCOMPARE(kept->payload, makeActivation(id(7), d1, kT0).payload);
        QCOMPARE(migrated.attempts(id(7))->size(), 1);
        // Step 8 counts the hour's activated profiles from the history: the one delivered.
        auto counted = migrated.status(d1, 24);
        QVERIFY_OK(counted);
        QCOMPARE(counted->total.receivedActivated, qint64(1));
        QCOMPARE(counted->countersOfHour(at(kT0)).receivedActivated, qint64(1));

        // The rows from before the migration are found through the new index, as the history's walk finds
        // them, and so are the ones written after it.
        QVERIFY_OK(migrated.insertActivation(makeActivation(QStringLiteral("new-old-0"), d1, kT0 + 1000)));
        HistoryQuery query { d1, std::nullopt, 100 };
        query.identityContains
            = QStringLiteral("OLD-0"); // "Email:old-00@example.com" … "old-09", "new-old-0"
        QStringList want { QStringLiteral("new-old-0") };
        for (int i = 9; i >= 0; --i) {
            want.append(id(i));
        }
        auto indexed = migrated.indexedSearch(query);
        QVERIFY_OK(indexed);
        QVERIFY(indexed->has_value());
        QCOMPARE(entryIds(**indexed), want);
        QCOMPARE(entryIds(*migrated.history(query)), want);
        QVERIFY2(execOn(path,
                     { QStringLiteral("INSERT INTO activations_fts (activations_fts) VALUES "
                                      "('integrity-check')") },
                     &failed),
            qPrintable(failed));
    }

    void identitySearchTakesTheTextLiterally_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("want"); // newest first
        const auto ids = [](const char *list) {
            return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTest::newRow("percent sign alone") << QStringLiteral("%") << ids("percent");
        QTest::newRow("percent sign") << QStringLiteral("t%s") << ids("percent");
        QTest::newRow("underscore alone")
            << QStringLiteral("_") << ids("backslash underscore"); // external_id
        QTest::newRow("underscore") << QStringLiteral("r_s") << ids("underscore"); // a wildcard: "bros" too
        QTest::newRow("backslash alone") << QStringLiteral("\\") << ids("backslash");
        QTest::newRow("backslash") << QStringLiteral("k\\s") << ids("backslash");
        QTest::newRow("backslash and percent") << QStringLiteral("\\%") << ids("");
        QTest::newRow("mixed case") << QStringLiteral("dave.OBRIEN@example") << ids("dave");
        QTest::newRow("ASCII letters fold, others do not")
            << QStringLiteral("Müller") << ids("mueller-lower");
        QTest::newRow("upper-case umlaut") << QStringLiteral("MÜLLER") << ids("mueller-upper");
        QTest::newRow("umlaut alone") << QStringLiteral("ü") << ids("mueller-lower");
        QTest::newRow("quote") << QStringLiteral("o\"b") << ids("quote");
        QTest::newRow("FTS5 syntax is text") << QStringLiteral("NEAR(a b)") << ids("");
        QTest::newRow("operators are text") << QStringLiteral("e* OR x") << ids("");
        QTest::newRow("brackets and spaces") << QStringLiteral("(555) 010") << ids("phone");
        QTest::newRow("leading minus") << QStringLiteral("-42") << ids("backslash");
        QTest::newRow("two characters")
            << QStringLiteral("@E") << ids("quote mueller-upper mueller-lower bros underscore percent dave");
        QTest::newRow("common") << QStringLiteral("example.com") << ids("quote bros underscore percent dave");
        QTest::newRow("nowhere") << QStringLiteral("zzz") << ids("");
    }

    // A user types part of an identity: what is typed is matched literally, ASCII letters in either case; the
    // history's walk and the trigram index agree (the index only for three characters or more).
    void identitySearchTakesTheTextLiterally()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, want);
        const QList<QPair<QString, QString>> keys = {
            { QStringLiteral("dave"), QStringLiteral("Email:Dave.OBrien@Example.com") },
            { QStringLiteral("percent"), QStringLiteral("Email:percent%sign@example.com") },
            { QStringLiteral("underscore"), QStringLiteral("Email:under_score@example.com") },
            { QStringLiteral("bros"), QStringLiteral("Email:bros@example.com") },
            { QStringLiteral("backslash"), QStringLiteral("external_id:back\\slash-42") },
            { QStringLiteral("mueller-lower"), QStringLiteral("Email:müller@example.de") },
            { QStringLiteral("mueller-upper"), QStringLiteral("Email:MÜLLER@example.de") },
            { QStringLiteral("quote"), QStringLiteral("Email:o\"brien@example.com") },
            { QStringLiteral("phone"), QStringLiteral("phone:+1 (555) 010-9999") },
        };
        IngestBatch batch;
        for (int i = 0; i < keys.size(); ++i) {
            ActivationRecord a = makeActivation(keys.at(i).first, QStringLiteral("d1"), kT0 + i);
            a.profileKey = keys.at(i).second;
            batch.activations.append(a);
        }
        QVERIFY_OK(storage().commitIngest(batch));

        HistoryQuery query { QStringLiteral("d1"), std::nullopt, 100 };
        query.identityContains = text;
        auto walked = storage().history(query);
        QVERIFY_OK(walked);
        QCOMPARE(entryIds(*walked), want);
        auto indexed = storage().indexedSearch(query);
        QVERIFY_OK(indexed);
        QCOMPARE(indexed->has_value(), text.toUcs4().size() >= 3);
        if (indexed->has_value()) {
            QCOMPARE(entryIds(**indexed), want);
        }
        query.limit = 0;
        QCOMPARE(*storage().countActivations(query), qint64(want.size()));
    }

    void indexedSearchPagesAndFiltersLikeTheWalk_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("identity alone") << QStringLiteral("identity");
        QTest::newRow("and a status") << QStringLiteral("status");
        QTest::newRow("without tests") << QStringLiteral("no tests");
        QTest::newRow("and a time range") << QStringLiteral("range");
        QTest::newRow("newer than a row") << QStringLiteral("newer");
    }

    // The same rows, in the same order, page by page, whichever way the search goes.
    void indexedSearchPagesAndFiltersLikeTheWalk()
    {
        QFETCH(QString, filter);
        IngestBatch batch;
        for (int i = 0; i < 240; ++i) {
            // Pairs share a millisecond (the cursor breaks ties); every 5th row is another destination's.
            ActivationRecord a = makeActivation(QStringLiteral("act-%1").arg(i, 3, 10, QLatin1Char('0')),
                i % 5 == 4 ? QStringLiteral("d2") : QStringLiteral("d1"), kT0 + (i / 2) * 1000, i % 10 == 3);
            a.profileKey = QStringLiteral("Email:user%1@example.com").arg(i % 120);
            a.status = i % 3 == 0 ? ActivationStatus::Failed : ActivationStatus::Succeeded;
            batch.activations.append(a);
        }
        QVERIFY_OK(storage().commitIngest(batch));
        storage().setSearchWalkRows(0); // the index even when the newest rows hold the page

        HistoryQuery query { QStringLiteral("d1"), std::nullopt, 7 };
        query.identityContains = QStringLiteral("USER1"); // user1, user10…19, user100…119, twice
        if (filter == QLatin1String("status")) {
            query.status = ActivationStatus::Failed;
        } else if (filter == QLatin1String("no tests")) {
            query.includeTests = false;
        } else if (filter == QLatin1String("range")) {
            query.from = at(kT0 + 10'000);
            query.to = at(kT0 + 110'000);
        } else if (filter == QLatin1String("newer")) {
            query.newerThan = HistoryCursor { at(kT0 + 9000), QStringLiteral("act-018") };
        }
        QStringList walked;
        QStringList indexed;
        for (int page = 0; page < 20; ++page) {
            auto byWalk = storage().history(query);
            auto byIndex = storage().indexedSearch(query);
            QVERIFY_OK(byWalk);
            QVERIFY_OK(byIndex);
            QVERIFY(byIndex->has_value());
            walked += entryIds(*byWalk);
            indexed += entryIds(**byIndex);
            if (byWalk->size() < query.limit || query.newerThan) {
                break;
            }
            query.olderThan = HistoryCursor { byWalk->constLast().activation.createdAt,
                byWalk->constLast().activation.id };
        }
        QVERIFY(walked.size() >= 5);
        QCOMPARE(indexed, walked);
    }

    void purgeKeepsTheSearchIndexInStep()
    {
        const QString d1 = QStringLiteral("d1");
        const qint64 old = kT0 - 100 * 24 * kHour;
        QVERIFY_OK(storage().insertActivation(makeActivation(QStringLiteral("kept-0"), d1, kT0)));
        // The old ones last: they hold the largest rowids, which SQLite hands out again once they are gone.
        QList<AttemptOutcome> outcomes;
        IngestBatch batch;
        for (int i = 0; i < 30; ++i) {
            batch.activations.append(makeActivation(QStringLiteral("gone-%1").arg(i), d1, old + i));
            outcomes.append(
                outcome(batch.activations.constLast().id, old + 100, 40, 200, ActivationStatus::Succeeded));
        }
        QVERIFY_OK(storage().commitIngest(batch));
        QVERIFY_OK(storage().recordAttempts(outcomes));
        QCOMPARE(*storage().purge(at(kT0 - 90 * 24 * kHour)), qint64(30));

        batch.activations.clear();
        for (int i = 0; i < 30; ++i) {
            batch.activations.append(makeActivation(QStringLiteral("back-%1").arg(i), d1, kT0 + 1 + i));
        }
        QVERIFY_OK(storage().commitIngest(batch));
        HistoryQuery query { d1, std::nullopt, 100 };
        query.identityContains = QStringLiteral("gone-");
        QVERIFY(storage().indexedSearch(query)->value().isEmpty());
        query.identityContains = QStringLiteral("back-2");
        QCOMPARE(entryIds(storage().indexedSearch(query)->value()),
            (QStringList { QStringLiteral("back-29"), QStringLiteral("back-28"), QStringLiteral("back-27"),
                QStringLiteral("back-26"), QStringLiteral("back-25"), QStringLiteral("back-24"),
                QStringLiteral("back-23"), QStringLiteral("back-22"), QStringLiteral("back-21"),
                QStringLiteral("back-20"), QStringLiteral("back-2") }));
        // A row is taken out of the index with the very text it was indexed with, or the index breaks.
        QString failed;
        QVERIFY2(execOn(storage().databasePath(),
                     { QStringLiteral(
                         "INSERT INTO activations_fts (activations_fts) VALUES ('integrity-check')") },
                     &failed),
            qPrintable(failed));
    }

    // An indexed search reads its rows by rowid and sorts only those: never a walk of the history.
    void indexedSearchReadsItsRowsByRowid()
    {
        QStringList plan;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
            db.setDatabaseName(storage().databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            // The statement SqliteStorage runs for a page of an indexed search with a cursor.
            QVERIFY2(q.prepare(QStringLiteral(
                         "EXPLAIN QUERY PLAN SELECT id, profile_key FROM activations WHERE rowid IN (SELECT "
                         "rowid FROM activations NOT INDEXED WHERE rowid IN (SELECT value FROM json_each(?)) "
                         "AND destination_id = ? AND profile_key LIKE ? ESCAPE '\\' AND created_at <= ? AND "
                         "(created_at < ? OR rowid < (SELECT rowid FROM activations WHERE id = ?)) ORDER BY "
                         "created_at DESC, rowid DESC LIMIT ?) ORDER BY created_at DESC, rowid DESC")),
                qPrintable(q.lastError().text()));
            for (const QVariant &value : { QVariant(QStringLiteral("[1,2]")), QVariant(QStringLiteral("d1")),
                     QVariant(QStringLiteral("%a%")), QVariant(kT0), QVariant(kT0),
                     QVariant(QStringLiteral("x")), QVariant(10) }) {
                q.addBindValue(value);
            }
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            while (q.next()) {
                plan.append(q.value(3).toString());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plan"));
        const QString text = plan.join(QLatin1Char('\n'));
        QVERIFY2(
            text.contains(QStringLiteral("SEARCH activations USING INTEGER PRIMARY KEY")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("SCAN activations")), qPrintable(text));
    }

    void historyAndQueueQueriesUseIndexes_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("index");
        QTest::addColumn<int>("parameters");
        const QString columns
            = QStringLiteral("id, destination_id, profile_key, audiences, created_at, payload, status, "
                             "attempt_count, next_attempt_at, is_test, last_error, first_attempt_at, "
                             "COALESCE(order_key, profile_key)");
        // The same statements as SqliteStorage runs.
        QTest::newRow("history page") << QStringLiteral("SELECT %1 FROM activations WHERE destination_id = ? "
                                                        "ORDER BY created_at DESC, rowid DESC LIMIT ?")
                                             .arg(columns)
                                      << QStringLiteral("INDEX activations_search") << 2;
        QTest::newRow("history by status") << QStringLiteral(
            "SELECT %1 FROM activations INDEXED BY activations_queue WHERE destination_id = ? "
            "AND status = ? ORDER BY created_at DESC, rowid DESC LIMIT ?")
                                                  .arg(columns)
                                           << QStringLiteral("INDEX activations_queue") << 3;
        // With how far along the retry schedule each activation is, looked up in its attempts (an index
        // search, not a scan, by the check below).
        const QString scheduleColumn = QStringLiteral(
            ", CASE WHEN a.first_attempt_at IS NULL THEN 0 ELSE (SELECT COUNT(*) FROM attempts AS t WHERE "
            "t.activation_id = a.id AND t.started_at >= a.first_attempt_at AND t.outcome = 'retry') END ");
        QTest::newRow("claim pending") << QStringLiteral(
            "SELECT rowid, %1%2 FROM activations AS a INDEXED BY activations_queue WHERE status = 'pending' "
            "AND destination_id = ? AND is_test = 0 ORDER BY created_at, rowid LIMIT ?")
                                              .arg(columns, scheduleColumn)
                                       << QStringLiteral("INDEX activations_queue") << 2;
        // Each candidate looks for an older retry of its profile (by order key): one probe of a small index.
        const QString behindARetry = QStringLiteral(
            " AND NOT EXISTS (SELECT 1 FROM activations AS r INDEXED BY activations_retry_profile "
            "WHERE r.status = 'retrying' AND r.destination_id = a.destination_id "
            "AND r.order_key = a.order_key "
            "AND (r.created_at < a.created_at OR (r.created_at = a.created_at AND r.rowid < a.rowid))) ");
        QTest::newRow("claim pending behind a retry")
            << QStringLiteral(
                   "SELECT rowid, %1%2 FROM activations AS a INDEXED BY activations_queue WHERE "
                   "status = 'pending' AND destination_id = ? AND is_test = 0%3ORDER BY created_at, "
                   "rowid LIMIT ?")
                   .arg(columns, scheduleColumn, behindARetry)
            << QStringLiteral("INDEX activations_retry_profile (destination_id=? AND order_key=?)") << 2;
        QTest::newRow("next retry") << QStringLiteral(
            "SELECT MIN(next_attempt_at) FROM activations WHERE status = "
            "'retrying' AND destination_id IN (?, ?) AND is_test = 0")
                                    << QStringLiteral("INDEX activations_retry") << 2;
        QTest::newRow("queue counts") << QStringLiteral(
            "SELECT status, COUNT(*), MIN(created_at) FROM activations WHERE status IN "
            "('pending', 'sending', 'retrying') AND destination_id = ? AND is_test = 0 GROUP BY status")
                                      << QStringLiteral("COVERING INDEX activations_queue") << 1;
        QTest::newRow("unfinished count") << QStringLiteral(
            "SELECT COUNT(*) FROM activations WHERE status IN ('pending', 'sending', 'retrying') "
            "AND destination_id IN (?, ?) AND is_test = 0")
                                          << QStringLiteral("COVERING INDEX activations_queue") << 2;
        QTest::newRow("recover in flight") << QStringLiteral(
            "UPDATE activations SET status = 'pending', updated_at = ? WHERE status = 'sending'")
                                           << QStringLiteral("INDEX activations_queue") << 1;
    }

    // The history is paged by a GUI over a million activations, and the engine claims and counts all the
    // time: each of these must search an index, never scan the table or sort everything it matched. (A sort
    // of the rows that share one created_at, "RIGHT PART OF ORDER BY", is fine.) Measured at 1,000,000 rows:
    // each under 2 ms.
    void historyAndQueueQueriesUseIndexes()
    {
        QFETCH(QString, sql);
        QFETCH(QString, index);
        QFETCH(int, parameters);
        QStringList plan;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
            db.setDatabaseName(storage().databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(
                q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql), qPrintable(q.lastError().text()));
            for (int i = 0; i < parameters; ++i) {
                q.addBindValue(QStringLiteral("d1"));
            }
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            while (q.next()) {
                plan.append(q.value(3).toString());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plan"));
        const QString text = plan.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("USING ") + index), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("SCAN")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE FOR ORDER BY")), qPrintable(text));
    }

    void commitIngestWritesEverythingAndCounts()
    {
        IngestBatch batch;
        for (int i = 0; i < 3; ++i) {
            batch.activations.append(
                makeActivation(QStringLiteral("a%1").arg(i), QStringLiteral("d1"), kT0 + i));
        }
        batch.activations.append(makeActivation(QStringLiteral("b0"), QStringLiteral("d2"), kT0));
        batch.exclusions
            = { makeExclusion(QStringLiteral("d1"), kT0), makeExclusion(QStringLiteral("d1"), kT0) };
        batch.rejects = { { QStringLiteral("/data/in.ndjson"), 7, QStringLiteral("Line 7 is not valid JSON"),
            "{\"identityMap\": ", at(kT0) } };
        batch.states = { { { QStringLiteral("d1"), QStringLiteral("Email:a0@example.com") },
            ProfileState { R"({"seg":"realized"})", "fp-1", {} } } };
        batch.received = { { QStringLiteral("d1"), 5 }, { QStringLiteral("d2"), 1 } };
        batch.checkpoints
            = { { QStringLiteral("d1"), SourcePosition { QStringLiteral("/data/in.ndjson"), 42, 900, 7 } } };
        QVERIFY_OK(storage().commitIngest(batch));

        auto d1 = storage().activations({ QStringLiteral("d1"), std::nullopt, 100 });
        QVERIFY_OK(d1);
        QCOMPARE(
            ids(*d1), (QStringList { QStringLiteral("a2"), QStringLiteral("a1"), QStringLiteral("a0") }));
        QCOMPARE(toString(d1->at(0).status), QStringLiteral("pending"));
        QCOMPARE(d1->at(0).payload, batch.activations.at(2).payload);
        QCOMPARE(storage().exclusions(QStringLiteral("d1"), 10)->size(), 2);
        auto rejects = storage().rejects(10);
        QVERIFY_OK(rejects);
        QCOMPARE(rejects->size(), 1);
        QCOMPARE(rejects->at(0).line, qint64(7));
        QCOMPARE(rejects->at(0).reason, QStringLiteral("Line 7 is not valid JSON"));
        QCOMPARE(rejects->at(0).excerpt, QByteArray("{\"identityMap\": "));
        auto state = storage().profileState(QStringLiteral("d1"), QStringLiteral("Email:a0@example.com"));
        QVERIFY_OK(state);
        QVERIFY(state->has_value());
        QCOMPARE((*state)->fingerprint, QByteArray("fp-1"));
        auto position = storage().checkpoint(QStringLiteral("/data/in.ndjson"), QStringLiteral("d1"));
        QVERIFY_OK(position);
        QVERIFY(position->has_value());
        QCOMPARE((*position)->offset, qint64(900));
        QCOMPARE((*position)->line, qint64(7));

        // Profiles received and identities excluded, in the hour of the batch and in total.
        auto status = storage().status(QStringLiteral("d1"), 24);
        QVERIFY_OK(status);
        QCOMPARE(status->total.received, qint64(5));
        QCOMPARE(status->total.excluded, qint64(2));
        QCOMPARE(status->total.activated, qint64(0));
        QCOMPARE(status->total.activationRate(), 0.4);
        QCOMPARE(status->hours.size(), 1);
        QCOMPARE(status->hours.at(0).hour, at(kHourT0));
        QCOMPARE(status->hours.at(0).counters.received, qint64(5));
        QCOMPARE(status->queueDepth, qint64(3));
        QCOMPARE(storage().status(QStringLiteral("d2"), 24)->total.received, qint64(1));

        // Once the three are delivered, the rate is (activated + excluded) / received.
        auto claimed = storage().claimDue({ QStringLiteral("d1") }, at(kT0 + 1000), 10);
        QVERIFY_OK(claimed);
        QList<AttemptOutcome> outcomes;
        for (const ActivationRecord &a : *claimed) {
            outcomes.append(outcome(a.id, kT0 + 2000, 100, 200, ActivationStatus::Succeeded));
        }
        QVERIFY_OK(storage().recordAttempts(outcomes));
        status = storage().status(QStringLiteral("d1"), 24);
        QCOMPARE(status->total.activated, qint64(3));
        QCOMPARE(status->total.activationRate(), 1.0);
        QCOMPARE(status->queueDepth, qint64(0));
    }

    void aFailingRowLeavesNothingBehind()
    {
        const QString source = QStringLiteral("/data/in.ndjson");
        IngestBatch first;
        first.activations = { makeActivation(QStringLiteral("a0"), QStringLiteral("d1"), kT0) };
        first.states
            = { { { QStringLiteral("d1"), QStringLiteral("k") }, ProfileState { "{}", "fp-1", {} } } };
        first.received = { { QStringLiteral("d1"), 1 } };
        first.checkpoints = { { QStringLiteral("d1"), SourcePosition { source, 1, 100, 1 } } };
        QVERIFY_OK(storage().commitIngest(first));

        IngestBatch second;
        second.activations = { makeActivation(QStringLiteral("a1"), QStringLiteral("d1"), kT0 + 1),
            makeActivation(QStringLiteral("a2"), QStringLiteral("d1"), kT0 + 2),
            makeActivation(QStringLiteral("a0"), QStringLiteral("d1"), kT0 + 3) }; // duplicate
        second.exclusions = { makeExclusion(QStringLiteral("d1"), kT0 + 3) };
        second.rejects = { { source, 3, QStringLiteral("bad"), "x", at(kT0 + 3) } };
        second.states
            = { { { QStringLiteral("d1"), QStringLiteral("k") }, ProfileState { "{}", "fp-2", {} } } };
        second.received = { { QStringLiteral("d1"), 3 } };
        second.checkpoints = { { QStringLiteral("d1"), SourcePosition { source, 1, 400, 4 } } };
        const Status status = storage().commitIngest(second);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QStringLiteral("a0")), qPrintable(status.error().message));

        QCOMPARE(ids(*storage().activations({ QStringLiteral("d1"), std::nullopt, 100 })),
            QStringList { QStringLiteral("a0") });
        QCOMPARE((*storage().checkpoint(source, QStringLiteral("d1")))->offset, qint64(100));
        QCOMPARE((*storage().profileState(QStringLiteral("d1"), QStringLiteral("k")))->fingerprint,
            QByteArray("fp-1"));
        QVERIFY(storage().exclusions(QStringLiteral("d1"), 10)->isEmpty());
        QVERIFY(storage().rejects(10)->isEmpty());
        QCOMPARE(storage().status(QStringLiteral("d1"), 24)->total.received, qint64(1));

        // The connection is usable afterwards: the failed transaction was rolled back, not left open.
        second.activations.removeLast();
        QVERIFY_OK(storage().commitIngest(second));
        QCOMPARE((*storage().checkpoint(source, QStringLiteral("d1")))->offset, qint64(400));
        QCOMPARE(storage().status(QStringLiteral("d1"), 24)->total.received, qint64(4));
    }

    void checkpointsAndProfileStatesAreUpserted()
    {
        const QString source = QStringLiteral("/var/log/profiles.ndjson");
        QVERIFY(!storage().checkpoint(source, QStringLiteral("d1"))->has_value());
        QVERIFY(!storage().profileState(QStringLiteral("d1"), QStringLiteral("k"))->has_value());

        const quint64 bigInode = 0xF000'0000'0000'0001ULL; // beyond qint64: must still round-trip
        IngestBatch batch;
        batch.checkpoints = { { QStringLiteral("d1"), SourcePosition { source, bigInode, 10, 1 } },
            { QStringLiteral("d2"), SourcePosition { source, bigInode, 5, 1 } } };
        batch.states = { { { QStringLiteral("d1"), QStringLiteral("k") },
            ProfileState { R"({"s":"realized"})", "1", {} } } };
        QVERIFY_OK(storage().commitIngest(batch));
        batch.checkpoints = { { QStringLiteral("d1"), SourcePosition { source, 7, 20, 2 } } };
        batch.states = { { { QStringLiteral("d1"), QStringLiteral("k") },
            ProfileState { R"({"s":"exited"})", "2", {} } } };
        QVERIFY_OK(storage().commitIngest(batch));

        auto d1 = storage().checkpoint(source, QStringLiteral("d1"));
        QVERIFY_OK(d1);
        QCOMPARE((*d1)->source, source);
        QCOMPARE((*d1)->inode, quint64(7));
        QCOMPARE((*d1)->offset, qint64(20));
        QCOMPARE((*d1)->line, qint64(2));
        auto d2 = storage().checkpoint(source, QStringLiteral("d2"));
        QCOMPARE((*d2)->inode, bigInode);
        QCOMPARE((*d2)->offset, qint64(5));
        auto state = storage().profileState(QStringLiteral("d1"), QStringLiteral("k"));
        QCOMPARE((*state)->audiences, QByteArray(R"({"s":"exited"})"));
        QCOMPARE((*state)->fingerprint, QByteArray("2"));
        QVERIFY(!storage().profileState(QStringLiteral("d2"), QStringLiteral("k"))->has_value());

        // Many at once: the exported ones, of that destination only.
        batch.checkpoints.clear();
        batch.states = { { { QStringLiteral("d1"), QStringLiteral("k2") },
                             ProfileState { R"({"s":"realized"})", "3", {} } },
            { { QStringLiteral("d2"), QStringLiteral("k3") },
                ProfileState { R"({"s":"realized"})", "4", {} } } };
        QVERIFY_OK(storage().commitIngest(batch));
        const auto states = storage().profileStates(
            QStringLiteral("d1"), { QStringLiteral("k"), QStringLiteral("k2"), QStringLiteral("k3") });
        QVERIFY_OK(states);
        QCOMPARE(states->size(), 2);
        QCOMPARE(states->value(QStringLiteral("k")).fingerprint, QByteArray("2"));
        QCOMPARE(states->value(QStringLiteral("k2")).fingerprint, QByteArray("3"));
        QVERIFY(!states->contains(QStringLiteral("k3")));
        QVERIFY(storage().profileStates(QStringLiteral("d1"), {})->isEmpty());
    }

    void claimDueTakesDueWorkOldestFirstAndMarksItSending()
    {
        const QString d1 = QStringLiteral("d1");
        QVERIFY_OK(storage().insertActivation(makeActivation(QStringLiteral("p-late"), d1, kT0 + 2000)));
        QVERIFY_OK(storage().insertActivation(makeActivation(QStringLiteral("p-early"), d1, kT0 + 1000)));
        QVERIFY_OK(storage().insertActivation(makeActivation(QStringLiteral("p-tie-1"), d1, kT0 + 3000)));
        QVERIFY_OK(storage().insertActivation(makeActivation(QStringLiteral("p-tie-2"), d1, kT0 + 3000)));
        makeRetrying(makeActivation(QStringLiteral("r-due"), d1, kT0 + 500), kT0 + 10'000);
        makeRetrying(makeActivation(QStringLiteral("r-later"), d1, kT0), kT0 + 60'000);
        makeFinal(makeActivation(QStringLiteral("done"), d1, kT0 - 1000), ActivationStatus::Succeeded);
        QVERIFY_OK(storage().insertActivation(makeActivation(QStringLiteral("test"), d1, kT0 - 2000, true)));

        auto claimed = storage().claimDue({ d1 }, at(kT0 + 30'000), 100);
        QVERIFY_OK(claimed);
        QCOMPARE(ids(*claimed),
            (QStringList { QStringLiteral("r-due"), QStringLiteral("p-early"), QStringLiteral("p-late"),
                QStringLiteral("p-tie-1"), QStringLiteral("p-tie-2") }));
        for (const ActivationRecord &a : *claimed) {
            QCOMPARE(toString(a.status), QStringLiteral("sending"));
            QCOMPARE(toString(statusOf(storage(), a.id)), QStringLiteral("sending"));
        }
        QCOMPARE(claimed->at(0).attemptCount, 1);
        QCOMPARE(claimed->at(1).payload, makeActivation(QStringLiteral("x"), d1, 0).payload);

        // Claimed work is not handed out twice; a retry is not due before its time; a test send is never
        // claimed.
        QVERIFY(storage().claimDue({ d1 }, at(kT0 + 59'999), 100)->isEmpty());
        QCOMPARE(ids(*storage().claimDue({ d1 }, at(kT0 + 60'000), 100)),
            QStringList { QStringLiteral("r-later") });
        QCOMPARE(toString(statusOf(storage(), QStringLiteral("test"))), QStringLiteral("pending"));
        QCOMPARE(toString(statusOf(storage(), QStringLiteral("done"))), QStringLiteral("succeeded"));
    }

    // A profile's activations go out in the order they were made: one waits while an older one of its
    // profile waits for a retry (pending or retrying itself); other profiles are not held back.
    void claimDueKeepsAProfileBehindItsRetry()
    {
        const QString d1 = QStringLiteral("d1");
        const QString ann = QStringLiteral("Email:ann@example.com");
        const auto ofAnn = [&](const QString &id, qint64 createdMs) {
            ActivationRecord a = makeActivation(id, d1, createdMs);
            a.profileKey = ann;
            return a;
        };
        makeRetrying(ofAnn(QStringLiteral("ann-1"), kT0), kT0 + 60'000); // qualified, waits for its retry
        makeRetrying(ofAnn(QStringLiteral("ann-2"), kT0 + 10), kT0 + 20'000); // due sooner, but younger
        QVERIFY_OK(storage().insertActivation(ofAnn(QStringLiteral("ann-3"), kT0 + 20))); // exited
        QVERIFY_OK(storage().insertActivation(makeActivation(QStringLiteral("bob-1"), d1, kT0 + 30)));

        QCOMPARE(
            ids(*storage().claimDue({ d1 }, at(kT0 + 30'000), 100)), QStringList { QStringLiteral("bob-1") });
        // ann-1's retry is due: it goes, and only it.
        QCOMPARE(
            ids(*storage().claimDue({ d1 }, at(kT0 + 60'000), 100)), QStringList { QStringLiteral("ann-1") });
        // Once it is no longer waiting for a retry, the next in line goes.
        QVERIFY_OK(storage().recordAttempts(
            { outcome(QStringLiteral("ann-1"), kT0 + 60'000, 40, 200, ActivationStatus::Succeeded) }));
        QCOMPARE(
            ids(*storage().claimDue({ d1 }, at(kT0 + 60'000), 100)), QStringList { QStringLiteral("ann-2") });
        QVERIFY_OK(storage().recordAttempts(
            { outcome(QStringLiteral("ann-2"), kT0 + 60'000, 40, 200, ActivationStatus::Succeeded) }));
        QCOMPARE(
            ids(*storage().claimDue({ d1 }, at(kT0 + 60'000), 100)), QStringList { QStringLiteral("ann-3") });
    }

    // The profile is its order key, not the identities each activation was sent with: an exit made after a
    // device id was added waits behind the qualification's retry all the same, and is listed and searched by
    // the identities it was sent with.
    void claimDueKeepsAProfileBehindItsRetryWhateverIdentitiesItWasSentWith()
    {
        const QString d1 = QStringLiteral("d1");
        const QString ann = QStringLiteral("Email:ann@example.com");
        ActivationRecord qualified = makeActivation(QStringLiteral("ann-1"), d1, kT0);
        qualified.profileKey = ann;
        makeRetrying(qualified, kT0 + 60'000);
        ActivationRecord exited = makeActivation(QStringLiteral("ann-2"), d1, kT0 + 10);
        exited.profileKey = QStringLiteral("Email:ann@example.com|external_id:ecid-7");
        exited.orderKey = ann; // the key of the state it was compared with
        QVERIFY_OK(storage().insertActivation(exited));
        QVERIFY_OK(storage().insertActivation(makeActivation(QStringLiteral("bob-1"), d1, kT0 + 20)));

        QCOMPARE(
            ids(*storage().claimDue({ d1 }, at(kT0 + 30'000), 100)), QStringList { QStringLiteral("bob-1") });
        const auto read = storage().activation(QStringLiteral("ann-2"));
        QVERIFY_OK(read);
        QCOMPARE(read->orderKey, ann);
        QCOMPARE(read->profileKey, exited.profileKey);
        HistoryQuery search { d1, std::nullopt, 100 };
        search.identityContains = QStringLiteral("ecid-7");
        QCOMPARE(ids(*storage().activations(search)), QStringList { QStringLiteral("ann-2") });

        const auto retried = storage().claimDue({ d1 }, at(kT0 + 60'000), 100);
        QVERIFY_OK(retried);
        QCOMPARE(ids(*retried), QStringList { QStringLiteral("ann-1") });
        QCOMPARE(retried->constFirst().orderKey, ann); // written as the profile key when left empty
        QVERIFY_OK(storage().recordAttempts(
            { outcome(QStringLiteral("ann-1"), kT0 + 60'000, 40, 200, ActivationStatus::Succeeded) }));
        QCOMPARE(
            ids(*storage().claimDue({ d1 }, at(kT0 + 60'000), 100)), QStringList { QStringLiteral("ann-2") });
    }

    // A claim says how far along the retry schedule each activation is (SPEC §6): its retryable failures
    // since the schedule started. An attempt refused for authentication (the destination paused) does not
    // count; a replay starts the schedule again. The attempt count keeps every attempt.
    void claimDueTellsHowFarAlongTheRetryScheduleEachActivationIs()
    {
        const QString d1 = QStringLiteral("d1");
        const QString id = QStringLiteral("a1");
        QVERIFY_OK(storage().insertActivation(makeActivation(id, d1, kT0)));
        const auto claimOne = [&](qint64 nowMs) {
            const auto claimed = storage().claimDue({ d1 }, at(nowMs), 10);
            return claimed && claimed->size() == 1 && claimed->first().id == id ? *claimed
                                                                                : QList<ActivationRecord>();
        };
        QList<ActivationRecord> claimed = claimOne(kT0);
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.first().retryableFailures, 0);

        QVERIFY_OK(storage().recordAttempts(
            { outcome(id, kT0 + 100, 50, 503, ActivationStatus::Retrying, at(kT0 + 5000)) }));
        claimed = claimOne(kT0 + 5000);
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.first().retryableFailures, 1);

        AttemptOutcome refused = outcome(id, kT0 + 5000, 50, 401, ActivationStatus::Pending);
        refused.attempt.outcome.cls = OutcomeClass::Failed;
        refused.attempt.outcome.code = QStringLiteral("auth");
        refused.attempt.outcome.pausesDestination = true;
        QVERIFY_OK(storage().recordAttempts({ refused }));
        claimed = claimOne(kT0 + 60'000);
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.first().retryableFailures, 1); // the 401 moved nothing on
        QCOMPARE(claimed.first().attemptCount, 2);

        QVERIFY_OK(storage().recordAttempts(
            { outcome(id, kT0 + 60'000, 50, 503, ActivationStatus::Retrying, at(kT0 + 90'000)) }));
        claimed = claimOne(kT0 + 90'000);
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.first().retryableFailures, 2);

        QVERIFY_OK(
            storage().recordAttempts({ outcome(id, kT0 + 90'000, 50, 400, ActivationStatus::Failed) }));
        QVERIFY_OK(storage().replayActivation(id));
        claimed = claimOne(kT0 + 120'000);
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.first().retryableFailures, 0); // replayed: the schedule starts again
        QCOMPARE(claimed.first().attemptCount, 4);

        QVERIFY_OK(storage().recordAttempts(
            { outcome(id, kT0 + 120'000, 50, 503, ActivationStatus::Retrying, at(kT0 + 125'000)) }));
        claimed = claimOne(kT0 + 125'000);
        QCOMPARE(claimed.size(), 1);
        QCOMPARE(claimed.first().retryableFailures, 1);
        QCOMPARE(claimed.first().attemptCount, 5);
        QCOMPARE(storage().attempts(id)->size(), 5);
    }

    void unclaimPutsWhatWasNotSentBackInTheQueue()
    {
        const QString d1 = QStringLiteral("d1");
        QVERIFY_OK(storage().insertActivation(makeActivation(QStringLiteral("a"), d1, kT0)));
        QVERIFY_OK(storage().insertActivation(makeActivation(QStringLiteral("b"), d1, kT0 + 1)));
        QCOMPARE(storage().claimDue({ d1 }, at(kT0 + 10), 100)->size(), 2);
        QVERIFY_OK(storage().recordAttempts(
            { outcome(QStringLiteral("a"), kT0 + 10, 40, 200, ActivationStatus::Succeeded) }));
        QVERIFY_OK(storage().unclaim({ QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(
            toString(statusOf(storage(), QStringLiteral("a"))), QStringLiteral("succeeded")); // final: left
        QCOMPARE(toString(statusOf(storage(), QStringLiteral("b"))), QStringLiteral("pending"));
        QCOMPARE(ids(*storage().claimDue({ d1 }, at(kT0 + 10), 100)), QStringList { QStringLiteral("b") });
    }

    void claimDueHonoursTheLimitAndTheDestinations()
    {
        for (int i = 0; i < 5; ++i) {
            QVERIFY_OK(storage().insertActivation(
                makeActivation(QStringLiteral("a%1").arg(i), QStringLiteral("d1"), kT0 + 10 * i)));
            QVERIFY_OK(storage().insertActivation(
                makeActivation(QStringLiteral("b%1").arg(i), QStringLiteral("d2"), kT0 + 10 * i + 5)));
        }
        QVERIFY_OK(
            storage().insertActivation(makeActivation(QStringLiteral("c0"), QStringLiteral("d3"), kT0 - 1)));

        QVERIFY(storage().claimDue({}, at(kT0 + kHour), 10)->isEmpty());
        // Across destinations, still oldest first; the limit counts all of them together.
        auto claimed = storage().claimDue(
            { QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d1") }, at(kT0 + kHour), 3);
        QVERIFY_OK(claimed);
        QCOMPARE(ids(*claimed),
            (QStringList { QStringLiteral("a0"), QStringLiteral("b0"), QStringLiteral("a1") }));
        claimed = storage().claimDue({ QStringLiteral("d2") }, at(kT0 + kHour), 2);
        QCOMPARE(ids(*claimed), (QStringList { QStringLiteral("b1"), QStringLiteral("b2") }));
        QCOMPARE(toString(statusOf(storage(), QStringLiteral("c0"))), QStringLiteral("pending"));
        QCOMPARE(*storage().unfinishedCount({ QStringLiteral("d3") }), qint64(1));
    }

    void recoverInFlightRequeuesWhatWasBeingSent()
    {
        for (int i = 0; i < 3; ++i) {
            QVERIFY_OK(storage().insertActivation(
                makeActivation(QStringLiteral("a%1").arg(i), QStringLiteral("d1"), kT0 + i)));
        }
        QCOMPARE(storage().claimDue({ QStringLiteral("d1") }, at(kT0), 2)->size(), 2);
        // Another process streams d2 from the same database: what it is sending is its own, not recovered
        // here.
        QVERIFY_OK(
            storage().insertActivation(makeActivation(QStringLiteral("b0"), QStringLiteral("d2"), kT0)));
        QCOMPARE(storage().claimDue({ QStringLiteral("d2") }, at(kT0), 10)->size(), 1);
        QCOMPARE(*storage().recoverInFlight({ QStringLiteral("d1") }), 2);
        QCOMPARE(toString(statusOf(storage(), QStringLiteral("a0"))), QStringLiteral("pending"));
        QCOMPARE(toString(statusOf(storage(), QStringLiteral("b0"))), QStringLiteral("sending"));
        QCOMPARE(*storage().recoverInFlight({ QStringLiteral("d1") }), 0);
        // Sent again after the crash: at-least-once.
        QCOMPARE(ids(*storage().claimDue({ QStringLiteral("d1") }, at(kT0), 10)),
            (QStringList { QStringLiteral("a0"), QStringLiteral("a1"), QStringLiteral("a2") }));
    }

    // A test send whose program crashed before the answer stays pending for ever unless closed: the old
    // ones (made before the cut-off) become failed with an attempt that says why; a test in progress, a
    // stream's activation and a test already answered are left alone.
    void closeUnansweredTestsFailsOnlyTheOldOnes()
    {
        const QString d1 = QStringLiteral("d1");
        QVERIFY_OK(storage().insertActivation(makeActivation(QStringLiteral("old-test"), d1, kT0, true)));
        QVERIFY_OK(storage().insertActivation(
            makeActivation(QStringLiteral("recent-test"), d1, kT0 + 7'200'000, true)));
        QVERIFY_OK(storage().insertActivation(makeActivation(QStringLiteral("stream"), d1, kT0)));
        QVERIFY_OK(storage().insertActivation(makeActivation(QStringLiteral("answered"), d1, kT0, true)));
        Attempt answered;
        answered.activationId = QStringLiteral("answered");
        answered.startedAt = at(kT0);
        answered.outcome.cls = OutcomeClass::Succeeded;
        answered.outcome.code = QStringLiteral("ok");
        QVERIFY_OK(storage().recordAttempt(answered, ActivationStatus::Succeeded, std::nullopt));

        const QString why = QStringLiteral("ended before the answer");
        QCOMPARE(*storage().closeUnansweredTests(at(kT0 + 3'600'000), why), 1);
        QCOMPARE(toString(statusOf(storage(), QStringLiteral("old-test"))), QStringLiteral("failed"));
        const auto attempts = storage().attempts(QStringLiteral("old-test"));
        QVERIFY(attempts);
        QCOMPARE(attempts->size(), 1);
        QCOMPARE(attempts->first().outcome.code, QStringLiteral("unanswered"));
        QCOMPARE(attempts->first().outcome.message, why);
        QCOMPARE(storage().activation(QStringLiteral("old-test"))->lastError, why);
        QCOMPARE(toString(statusOf(storage(), QStringLiteral("recent-test"))), QStringLiteral("pending"));
        QCOMPARE(toString(statusOf(storage(), QStringLiteral("stream"))), QStringLiteral("pending"));
        QCOMPARE(toString(statusOf(storage(), QStringLiteral("answered"))), QStringLiteral("succeeded"));
        QCOMPARE(*storage().closeUnansweredTests(at(kT0 + 3'600'000), why), 0); // once
    }

    void nextRetryAtIsTheEarliestRetry()
    {
        QVERIFY(!storage().nextRetryAt({ QStringLiteral("d1") })->has_value());
        QVERIFY_OK(
            storage().insertActivation(makeActivation(QStringLiteral("pending"), QStringLiteral("d1"), kT0)));
        QVERIFY(!storage().nextRetryAt({ QStringLiteral("d1") })->has_value());
        makeRetrying(makeActivation(QStringLiteral("r1"), QStringLiteral("d1"), kT0), kT0 + 60'000);
        makeRetrying(makeActivation(QStringLiteral("r2"), QStringLiteral("d1"), kT0), kT0 + 10'000);
        makeRetrying(makeActivation(QStringLiteral("r3"), QStringLiteral("d2"), kT0), kT0 + 5'000);
        QVERIFY(
            *storage().nextRetryAt({ QStringLiteral("d1") }) == std::optional<QDateTime>(at(kT0 + 10'000)));
        QVERIFY(*storage().nextRetryAt({ QStringLiteral("d1"), QStringLiteral("d2") })
            == std::optional<QDateTime>(at(kT0 + 5'000)));
        QVERIFY(!storage().nextRetryAt({})->has_value());
    }

    void recordAttemptsWritesABatchAndTheCounters()
    {
        const QString d1 = QStringLiteral("d1");
        for (const char *id : { "ok", "retry", "fail", "ok-next-hour" }) {
            QVERIFY_OK(storage().insertActivation(makeActivation(QString::fromLatin1(id), d1, kT0)));
        }
        QVERIFY_OK(storage().insertActivation(makeActivation(QStringLiteral("test"), d1, kT0, true)));
        QCOMPARE(storage().claimDue({ d1 }, at(kT0), 10)->size(), 4);

        const qint64 started = kT0 + 1000;
        QVERIFY_OK(storage().recordAttempts({
            outcome(QStringLiteral("ok"), started, 120, 200, ActivationStatus::Succeeded),
            outcome(
                QStringLiteral("retry"), started, 30, 503, ActivationStatus::Retrying, at(started + 5000)),
            outcome(QStringLiteral("fail"), started, 40, 400, ActivationStatus::Failed),
            outcome(
                QStringLiteral("ok-next-hour"), kHourT0 + kHour + 10, 80, 200, ActivationStatus::Succeeded),
            outcome(QStringLiteral("test"), started, 500, 200, ActivationStatus::Succeeded),
        }));

        auto ok = storage().activation(QStringLiteral("ok"));
        QCOMPARE(toString(ok->status), QStringLiteral("succeeded"));
        QCOMPARE(ok->attemptCount, 1);
        QVERIFY(ok->lastError.isEmpty());
        auto retry = storage().activation(QStringLiteral("retry"));
        QCOMPARE(toString(retry->status), QStringLiteral("retrying"));
        QVERIFY(retry->nextAttemptAt == std::optional<QDateTime>(at(started + 5000)));
        QVERIFY(retry->firstAttemptAt == std::optional<QDateTime>(at(started)));
        QCOMPARE(retry->lastError, QStringLiteral("HTTP 503 from Qualtrics"));
        auto fail = storage().activation(QStringLiteral("fail"));
        QCOMPARE(toString(fail->status), QStringLiteral("failed"));
        QCOMPARE(fail->lastError, QStringLiteral("HTTP 400 from Qualtrics"));
        QCOMPARE(storage().attempts(QStringLiteral("fail"))->size(), 1);

        // The retry horizon starts at the first attempt and stays there.
        QVERIFY_OK(storage().recordAttempts(
            { outcome(QStringLiteral("retry"), started + 5000, 60, 200, ActivationStatus::Succeeded) }));
        retry = storage().activation(QStringLiteral("retry"));
        QCOMPARE(retry->attemptCount, 2);
        QVERIFY(retry->firstAttemptAt == std::optional<QDateTime>(at(started)));
        QVERIFY(!retry->nextAttemptAt.has_value());
        QCOMPARE(storage().attempts(QStringLiteral("retry"))->size(), 2);

        // Activated with latency and failed go to the hour of the attempt; a retry counts nothing; a test
        // send counts nowhere.
        auto status = storage().status(d1, 24);
        QVERIFY_OK(status);
        QCOMPARE(status->hours.size(), 2);
        QCOMPARE(status->hours.at(0).hour, at(kHourT0 + kHour));
        QCOMPARE(status->hours.at(0).counters.activated, qint64(1));
        QCOMPARE(status->hours.at(0).counters.latencyMsSum, qint64(80));
        QCOMPARE(status->hours.at(1).hour, at(kHourT0));
        QCOMPARE(status->hours.at(1).counters.activated, qint64(2));
        QCOMPARE(status->hours.at(1).counters.failed, qint64(1));
        QCOMPARE(status->hours.at(1).counters.latencyMsSum, qint64(120 + 60));
        QCOMPARE(status->hours.at(1).counters.latencyCount, qint64(2));
        QCOMPARE(status->total.activated, qint64(3));
        QCOMPARE(status->total.failed, qint64(1));
        QCOMPARE(status->total.latencyCount, qint64(3));

        // The single form still works the same way.
        QVERIFY_OK(storage().insertActivation(makeActivation(QStringLiteral("single"), d1, kT0)));
        const AttemptOutcome one
            = outcome(QStringLiteral("single"), started, 10, 200, ActivationStatus::Succeeded);
        QVERIFY_OK(storage().recordAttempt(one.attempt, one.next, one.nextAttemptAt));
        QCOMPARE(toString(statusOf(storage(), QStringLiteral("single"))), QStringLiteral("succeeded"));
        QCOMPARE(storage().status(d1, 24)->total.activated, qint64(4));
    }

    void recordAttemptsIsAllOrNothing()
    {
        QVERIFY_OK(
            storage().insertActivation(makeActivation(QStringLiteral("known"), QStringLiteral("d1"), kT0)));
        const Status status = storage().recordAttempts({
            outcome(QStringLiteral("known"), kT0, 10, 200, ActivationStatus::Succeeded),
            outcome(QStringLiteral("vanished"), kT0, 10, 200, ActivationStatus::Succeeded),
        });
        QVERIFY(!status.ok());
        QVERIFY2(
            status.error().message.contains(QStringLiteral("vanished")), qPrintable(status.error().message));
        QCOMPARE(toString(statusOf(storage(), QStringLiteral("known"))), QStringLiteral("pending"));
        QVERIFY(storage().attempts(QStringLiteral("known"))->isEmpty());
        QCOMPARE(storage().status(QStringLiteral("d1"), 24)->total.activated, qint64(0));
    }

    void replayPutsFinalActivationsBackInTheQueue()
    {
        const QString d1 = QStringLiteral("d1");
        makeFinal(makeActivation(QStringLiteral("f1"), d1, kT0), ActivationStatus::Failed);
        makeFinal(makeActivation(QStringLiteral("f2"), d1, kT0 + 1), ActivationStatus::Failed);
        makeFinal(
            makeActivation(QStringLiteral("other"), QStringLiteral("d2"), kT0), ActivationStatus::Failed);
        makeFinal(makeActivation(QStringLiteral("s1"), d1, kT0), ActivationStatus::Succeeded);
        makeRetrying(makeActivation(QStringLiteral("r1"), d1, kT0), kT0 + 10'000);
        // A test send that failed: the test-send panel sends another, a replay does not take it up.
        makeFinal(makeActivation(QStringLiteral("t1"), d1, kT0, true), ActivationStatus::Failed);
        QVERIFY(storage().activation(QStringLiteral("f1"))->firstAttemptAt.has_value());

        QCOMPARE(*storage().replayFailed(d1), 2);
        auto f1 = storage().activation(QStringLiteral("f1"));
        QCOMPARE(toString(f1->status), QStringLiteral("pending"));
        QCOMPARE(f1->attemptCount, 1); // history kept
        QVERIFY(!f1->nextAttemptAt.has_value());
        QVERIFY(!f1->firstAttemptAt.has_value()); // the retry horizon starts again
        QCOMPARE(storage().attempts(QStringLiteral("f1"))->size(), 1);
        QCOMPARE(toString(statusOf(storage(), QStringLiteral("other"))), QStringLiteral("failed"));
        QCOMPARE(toString(statusOf(storage(), QStringLiteral("s1"))), QStringLiteral("succeeded"));
        QCOMPARE(*storage().replayFailed(d1), 0);

        QVERIFY_OK(storage().replayActivation(QStringLiteral("s1")));
        QCOMPARE(toString(statusOf(storage(), QStringLiteral("s1"))), QStringLiteral("pending"));
        QVERIFY_OK(storage().replayActivation(QStringLiteral("other")));
        QCOMPARE(toString(statusOf(storage(), QStringLiteral("other"))), QStringLiteral("pending"));

        for (const QString &id : { QStringLiteral("f1"), QStringLiteral("r1") }) {
            const Status refused = storage().replayActivation(id);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(toString(statusOf(storage(), id))),
                qPrintable(refused.error().message));
        }
        const Status test = storage().replayActivation(QStringLiteral("t1"));
        QVERIFY(!test.ok());
        QVERIFY2(test.error().message.contains(QStringLiteral("was a test send")),
            qPrintable(test.error().message));
        QCOMPARE(toString(statusOf(storage(), QStringLiteral("t1"))), QStringLiteral("failed"));
        const Status unknown = storage().replayActivation(QStringLiteral("no-such-id"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QStringLiteral("no-such-id")));
        QCOMPARE(ids(*storage().claimDue({ d1 }, at(kT0), 10)),
            (QStringList { QStringLiteral("f1"), QStringLiteral("s1"), QStringLiteral("f2") }));
    }

    void unfinishedCountIsPendingSendingAndRetrying()
    {
        QVERIFY_OK(
            storage().insertActivation(makeActivation(QStringLiteral("p1"), QStringLiteral("d1"), kT0)));
        QVERIFY_OK(
            storage().insertActivation(makeActivation(QStringLiteral("p2"), QStringLiteral("d1"), kT0 + 1)));
        QVERIFY_OK(
            storage().insertActivation(makeActivation(QStringLiteral("t"), QStringLiteral("d1"), kT0, true)));
        makeRetrying(makeActivation(QStringLiteral("r1"), QStringLiteral("d2"), kT0), kT0 + 10'000);
        makeFinal(
            makeActivation(QStringLiteral("s1"), QStringLiteral("d1"), kT0), ActivationStatus::Succeeded);
        makeFinal(makeActivation(QStringLiteral("f1"), QStringLiteral("d2"), kT0), ActivationStatus::Failed);
        QCOMPARE(storage().claimDue({ QStringLiteral("d1") }, at(kT0), 1)->size(), 1);

        QCOMPARE(*storage().unfinishedCount({ QStringLiteral("d1") }), qint64(2));
        QCOMPARE(*storage().unfinishedCount({ QStringLiteral("d2") }), qint64(1));
        QCOMPARE(*storage().unfinishedCount({ QStringLiteral("d1"), QStringLiteral("d2") }), qint64(3));
        QCOMPARE(*storage().unfinishedCount({}), qint64(0));
    }

    void statusReportsCountersQueueAndRuntime()
    {
        const QString d1 = QStringLiteral("d1");
        auto empty = storage().status(d1, 24);
        QVERIFY_OK(empty);
        QCOMPARE(empty->total.received, qint64(0));
        QCOMPARE(empty->total.activationRate(), 1.0);
        QVERIFY(empty->hours.isEmpty());
        QCOMPARE(empty->queueDepth, qint64(0));
        QVERIFY(!empty->oldestPendingSince.has_value());
        QCOMPARE(empty->runtime.state, QStringLiteral("enabled"));

        for (int h = 0; h < 5; ++h) {
            IngestBatch batch;
            batch.activations = { makeActivation(QStringLiteral("a%1").arg(h), d1, kHourT0 + h * kHour + 1) };
            batch.received = { { d1, h + 1 } };
            QVERIFY_OK(storage().commitIngest(batch));
        }
        makeRetrying(makeActivation(QStringLiteral("r"), d1, kHourT0 - kHour), kT0 + 10 * kHour);
        QCOMPARE(storage().claimDue({ d1 }, at(kHourT0), 1)->size(), 1);
        QVERIFY_OK(storage().setRuntime(
            d1, { QStringLiteral("paused"), QStringLiteral("user"), QString(), at(kT0) }));

        auto status = storage().status(d1, 3);
        QVERIFY_OK(status);
        QCOMPARE(status->total.received, qint64(1 + 2 + 3 + 4 + 5));
        QCOMPARE(status->hours.size(), 3);
        QCOMPARE(status->hours.at(0).hour, at(kHourT0 + 4 * kHour));
        QCOMPARE(status->hours.at(0).counters.received, qint64(5));
        QCOMPARE(status->hours.at(2).hour, at(kHourT0 + 2 * kHour));
        QCOMPARE(status->queueDepth, qint64(6)); // 4 pending, 1 sending, 1 retrying
        QCOMPARE(status->retrying, qint64(1));
        QVERIFY(status->oldestPendingSince == std::optional<QDateTime>(at(kHourT0 - kHour)));
        QCOMPARE(status->runtime.state, QStringLiteral("paused"));
    }

    // As outcomes are written, the status tells whether the newest attempt failed (the state "error"), the
    // last failure and when it was, and the final outcomes per second over the last 10 s; test sends tell
    // nothing.
    // The activation rate is the share of an hour's own profiles activated or excluded, whenever they were
    // sent: a backlog delivered hours later completes the hour it was received in rather than pushing a later
    // one over 100 %, and a replayed activation counts once. The deliveries stay counted in the hour they
    // happened.
    void activationRateIsTheShareOfEachHoursOwnProfiles()
    {
        const QString d1 = QStringLiteral("d1");
        const QString r1 = QStringLiteral("r1");
        const QString r2 = QStringLiteral("r2");
        const qint64 h = HourlyCounters::hourStart(kT0);
        constexpr qint64 kHour = HourlyCounters::kHourMs;
        IngestBatch batch;
        batch.activations = { makeActivation(r1, d1, h + 1000), makeActivation(r2, d1, h + 1000) };
        batch.received.insert(d1, 2);
        QVERIFY_OK(storage().commitIngest(batch));

        // Sent two hours later (after a pause, say): one delivered, one failed for good.
        QVERIFY_OK(
            storage().recordAttempts({ outcome(r1, h + 2 * kHour, 30, 200, ActivationStatus::Succeeded),
                outcome(r2, h + 2 * kHour, 30, 404, ActivationStatus::Failed) }));
        auto status = storage().status(d1, 24);
        QVERIFY_OK(status);
        const StatusCounters received = status->countersOfHour(at(h));
        QCOMPARE(received.received, qint64(2));
        QCOMPARE(received.activated, qint64(0));
        QCOMPARE(received.activationRate(), 0.5);
        const StatusCounters sent = status->countersOfHour(at(h + 2 * kHour));
        QCOMPARE(sent.received, qint64(0));
        QCOMPARE(sent.activated, qint64(1));
        QCOMPARE(sent.failed, qint64(1));
        QCOMPARE(sent.latencyCount, qint64(1));
        QCOMPARE(status->total.activationRate(), 0.5);

        // The failed one replayed and delivered in a third hour: its own hour is complete, none goes over.
        const auto replayed = storage().replayFailed(d1);
        QVERIFY_OK(replayed);
        QCOMPARE(*replayed, 1);
        // Queued again, it is no longer among the identities failed: the hour it failed in gives it back.
        status = storage().status(d1, 24);
        QVERIFY_OK(status);
        QCOMPARE(status->countersOfHour(at(h + 2 * kHour)).failed, qint64(0));
        QCOMPARE(status->total.failed, qint64(0));
        QVERIFY_OK(
            storage().recordAttempts({ outcome(r2, h + 3 * kHour, 30, 200, ActivationStatus::Succeeded) }));
        status = storage().status(d1, 24);
        QVERIFY_OK(status);
        QCOMPARE(status->countersOfHour(at(h)).activationRate(), 1.0);
        QCOMPARE(status->countersOfHour(at(h + 3 * kHour)).activated, qint64(1));
        QCOMPARE(status->total.activated, qint64(2));
        QCOMPARE(status->total.activationRate(), 1.0);
        QCOMPARE(status->total.failed, qint64(0)); // delivered in the end: activated, not failed too

        // A delivered one replayed: out of its hour's count until it is delivered again, then in it once.
        QVERIFY_OK(storage().replayActivation(r1));
        status = storage().status(d1, 24);
        QVERIFY_OK(status);
        QCOMPARE(status->countersOfHour(at(h)).activationRate(), 0.5);
        QVERIFY_OK(
            storage().recordAttempts({ outcome(r1, h + 4 * kHour, 30, 200, ActivationStatus::Succeeded) }));
        status = storage().status(d1, 24);
        QVERIFY_OK(status);
        QCOMPARE(status->countersOfHour(at(h)).activationRate(), 1.0);
        QCOMPARE(status->total.activationRate(), 1.0);
        QCOMPARE(status->total.activated, qint64(3)); // three deliveries

        // One held past the history kept (a long pause): its hour is purged, it is not; delivered, it counts
        // where its receipt no longer does, and the rate stops at 100 %.
        QVERIFY_OK(
            storage().insertActivation(makeActivation(QStringLiteral("held"), d1, h - 100 * 24 * kHour)));
        QVERIFY_OK(storage().purge(at(h - 90 * 24 * kHour)));
        QVERIFY_OK(storage().recordAttempts(
            { outcome(QStringLiteral("held"), h + 5 * kHour, 30, 200, ActivationStatus::Succeeded) }));
        status = storage().status(d1, 24 * 200);
        QVERIFY_OK(status);
        QCOMPARE(status->total.received, qint64(2));
        QCOMPARE(status->total.receivedActivated, qint64(3));
        QCOMPARE(status->total.activationRate(), 1.0);
    }

    // Replaying one failed activation gives its failure back to the hour it failed in, that of its last
    // attempt or, failed unsent (over 100 KB), that of its making; failing again, it counts again, in its new
    // hour.
    void aReplayedFailureIsNoLongerCountedFailed()
    {
        const QString d1 = QStringLiteral("d1");
        const qint64 h = HourlyCounters::hourStart(kT0);
        constexpr qint64 kHour = HourlyCounters::kHourMs;
        ActivationRecord tooLarge = makeActivation(QStringLiteral("big"), d1, h + 1000);
        tooLarge.status = ActivationStatus::Failed;
        IngestBatch batch;
        batch.activations = { makeActivation(QStringLiteral("r1"), d1, h + 1000),
            makeActivation(QStringLiteral("r2"), d1, h + 1000), tooLarge };
        batch.received.insert(d1, 3);
        QVERIFY_OK(storage().commitIngest(batch));
        QVERIFY_OK(storage().recordAttempts(
            { outcome(QStringLiteral("r1"), h + kHour, 30, 400, ActivationStatus::Failed),
                outcome(QStringLiteral("r2"), h + kHour, 30, 400, ActivationStatus::Failed) }));
        const auto failedIn = [this, &d1](qint64 hourMs) {
            const auto status = storage().status(d1, 24);
            return status ? status->countersOfHour(at(hourMs)).failed : qint64(-1);
        };
        QCOMPARE(failedIn(h), qint64(1));
        QCOMPARE(failedIn(h + kHour), qint64(2));

        QVERIFY_OK(storage().replayActivation(QStringLiteral("r1")));
        QCOMPARE(failedIn(h + kHour), qint64(1)); // r2 is still failed
        QCOMPARE(failedIn(h), qint64(1));
        QVERIFY_OK(storage().replayActivation(QStringLiteral("big")));
        QCOMPARE(failedIn(h), qint64(0));

        QVERIFY_OK(storage().recordAttempts(
            { outcome(QStringLiteral("r1"), h + 2 * kHour, 30, 400, ActivationStatus::Failed) }));
        QCOMPARE(failedIn(h + 2 * kHour), qint64(1));
        const auto status = storage().status(d1, 24);
        QVERIFY_OK(status);
        QCOMPARE(status->total.failed, qint64(2)); // r1 again and r2: what the history lists as failed
    }

    void statusTellsHowDeliveryIsGoing()
    {
        const QString d1 = QStringLiteral("d1");
        const qint64 t = kT0 - kT0 % DeliveryHealth::kBucketMs; // the start of a 10 s bucket
        IngestBatch batch;
        for (int i = 1; i <= 4; ++i) {
            batch.activations.append(makeActivation(QStringLiteral("a%1").arg(i), d1, t - 1000));
        }
        batch.activations.append(makeActivation(QStringLiteral("test"), d1, t - 1000, true));
        QVERIFY_OK(storage().commitIngest(batch));
        auto status = storage().status(d1, 24);
        QVERIFY_OK(status);
        QCOMPARE(status->shownState(), QStringLiteral("enabled"));
        QCOMPARE(status->shownLastError(), QString());
        QCOMPARE(status->health.sendRate(at(t)), 0.0);

        // The attempt that ended last succeeded: enabled, the failure before it kept.
        QVERIFY_OK(storage().recordAttempts(
            { outcome(QStringLiteral("a1"), t + 1000, 100, 200, ActivationStatus::Succeeded),
                outcome(QStringLiteral("a2"), t + 1000, 50, 404, ActivationStatus::Failed) }));
        status = storage().status(d1, 24);
        QVERIFY_OK(status);
        QCOMPARE(status->shownState(), QStringLiteral("enabled"));
        QCOMPARE(status->shownLastError(), QStringLiteral("HTTP 404 from Qualtrics"));
        QCOMPARE(status->shownLastErrorAt(), at(t + 1050));
        QCOMPARE(status->health.sendRate(at(t + 5000)), 0.2); // 2 in the last 10 s

        // In the next bucket, an attempt to be retried: error. The rate counts the first bucket's two for the
        // part of it the window still covers.
        QVERIFY_OK(storage().recordAttempts({ outcome(
            QStringLiteral("a3"), t + 12000, 20, 503, ActivationStatus::Retrying, at(t + 60000)) }));
        status = storage().status(d1, 24);
        QVERIFY_OK(status);
        QCOMPARE(status->shownState(), QStringLiteral("error"));
        QCOMPARE(status->shownLastError(), QStringLiteral("HTTP 503 from Qualtrics"));
        QCOMPARE(status->shownLastErrorAt(), at(t + 12020));
        QCOMPARE(status->health.sendRate(at(t + 15000)), 0.1); // 0 + 2 × half ÷ 10 s

        // An older outcome written late changes neither the state nor the last error; it still counts.
        QVERIFY_OK(storage().recordAttempts(
            { outcome(QStringLiteral("a4"), t + 2000, 10, 200, ActivationStatus::Succeeded) }));
        // A test send's failure is no delivery state.
        QVERIFY_OK(storage().recordAttempts(
            { outcome(QStringLiteral("test"), t + 13000, 10, 400, ActivationStatus::Failed) }));
        status = storage().status(d1, 24);
        QVERIFY_OK(status);
        QCOMPARE(status->shownState(), QStringLiteral("error"));
        QCOMPARE(status->shownLastError(), QStringLiteral("HTTP 503 from Qualtrics"));
        QCOMPARE(status->health.sendRate(at(t + 15000)), 0.2);

        // The retry succeeds: enabled again, the last error kept with its time; nothing for 20 s: no rate.
        QVERIFY_OK(storage().recordAttempts(
            { outcome(QStringLiteral("a3"), t + 14000, 10, 200, ActivationStatus::Succeeded) }));
        status = storage().status(d1, 24);
        QVERIFY_OK(status);
        QCOMPARE(status->shownState(), QStringLiteral("enabled"));
        QCOMPARE(status->shownLastErrorAt(), at(t + 12020));
        QCOMPARE(status->health.sendRate(at(t + 30000)), 0.0);

        // A pause, with its reason, comes first.
        QVERIFY_OK(storage().setRuntime(d1,
            { QStringLiteral("paused"), QStringLiteral("authentication"), QStringLiteral("HTTP 401"),
                at(t + 20000) }));
        status = storage().status(d1, 24);
        QVERIFY_OK(status);
        QCOMPARE(status->shownState(), QStringLiteral("paused"));
        QCOMPARE(status->shownLastError(), QStringLiteral("HTTP 401"));
        QCOMPARE(status->shownLastErrorAt(), at(t + 20000));
        QCOMPARE(storage().status(QStringLiteral("d2"), 24)->shownState(), QStringLiteral("enabled"));
    }

    void runtimeDefaultsToEnabledAndRoundTrips()
    {
        auto initial = storage().runtime(QStringLiteral("d1"));
        QVERIFY_OK(initial);
        QCOMPARE(initial->state, QStringLiteral("enabled"));
        QVERIFY(initial->reason.isEmpty());

        const DestinationRuntime paused { QStringLiteral("paused"), QStringLiteral("authentication"),
            QStringLiteral("HTTP 401: the API token was refused"), at(kT0) };
        QVERIFY_OK(storage().setRuntime(QStringLiteral("d1"), paused));
        auto read = storage().runtime(QStringLiteral("d1"));
        QCOMPARE(read->state, paused.state);
        QCOMPARE(read->reason, paused.reason);
        QCOMPARE(read->lastError, paused.lastError);
        QCOMPARE(read->updatedAt, paused.updatedAt);
        QCOMPARE(storage().runtime(QStringLiteral("d2"))->state, QStringLiteral("enabled"));

        // Another process on the same data directory sees it.
        SqliteStorage other(m_dir->path());
        QVERIFY_OK(other.open());
        QCOMPARE(other.runtime(QStringLiteral("d1"))->reason, QStringLiteral("authentication"));
        QVERIFY_OK(other.setRuntime(QStringLiteral("d1"), DestinationRuntime {}));
        read = storage().runtime(QStringLiteral("d1"));
        QCOMPARE(read->state, QStringLiteral("enabled"));
        QVERIFY(read->reason.isEmpty());
        QVERIFY(read->updatedAt.isValid());
    }

    // A pause that could not be written when it was decided is written later only if nothing newer is there:
    // a resume given in between stays. With no state yet, or an older one, it is written.
    void aStateWrittenUnlessNewerKeepsALaterOne()
    {
        const QString d1 = QStringLiteral("d1");
        const DestinationRuntime pause { QStringLiteral("paused"), QStringLiteral("authentication"),
            QStringLiteral("HTTP 401"), at(kT0) };
        auto written = storage().setRuntimeUnlessNewer(d1, pause);
        QVERIFY_OK(written);
        QVERIFY(*written);
        QCOMPARE(storage().runtime(d1)->state, QStringLiteral("paused"));

        DestinationRuntime resume;
        resume.updatedAt = at(kT0 + 1000);
        QVERIFY_OK(storage().setRuntime(d1, resume));
        written = storage().setRuntimeUnlessNewer(d1, pause);
        QVERIFY_OK(written);
        QVERIFY(!*written);
        auto read = storage().runtime(d1);
        QCOMPARE(read->state, QStringLiteral("enabled"));
        QCOMPARE(read->updatedAt, at(kT0 + 1000));

        DestinationRuntime later = pause;
        later.updatedAt = at(kT0 + 2000);
        written = storage().setRuntimeUnlessNewer(d1, later);
        QVERIFY_OK(written);
        QVERIFY(*written);
        read = storage().runtime(d1);
        QCOMPARE(read->state, QStringLiteral("paused"));
        QCOMPARE(read->updatedAt, at(kT0 + 2000));
    }

    void purgeNeverTouchesUnfinishedWork()
    {
        const QString d1 = QStringLiteral("d1");
        const qint64 old = kT0 - 100 * 24 * kHour;
        const qint64 cutoff = kT0 - 90 * 24 * kHour;
        IngestBatch oldBatch;
        oldBatch.activations = { makeActivation(QStringLiteral("old-pending"), d1, old) };
        oldBatch.exclusions = { makeExclusion(d1, old) };
        oldBatch.rejects = { { QStringLiteral("-"), 1, QStringLiteral("bad"), "x", at(old) } };
        oldBatch.received = { { d1, 2 } };
        QVERIFY_OK(storage().commitIngest(oldBatch));
        makeRetrying(makeActivation(QStringLiteral("old-retrying"), d1, old), kT0);
        QVERIFY_OK(storage().insertActivation(makeActivation(QStringLiteral("old-sending"), d1, old + 1)));
        QCOMPARE(ids(*storage().claimDue({ d1 }, at(old), 1)), QStringList { QStringLiteral("old-pending") });
        makeFinal(makeActivation(QStringLiteral("old-succeeded"), d1, old), ActivationStatus::Succeeded);
        makeFinal(makeActivation(QStringLiteral("old-failed"), d1, old), ActivationStatus::Failed);
        makeFinal(makeActivation(QStringLiteral("new-succeeded"), d1, kT0), ActivationStatus::Succeeded);
        IngestBatch newBatch;
        newBatch.exclusions = { makeExclusion(d1, kT0) };
        newBatch.rejects = { { QStringLiteral("-"), 2, QStringLiteral("bad"), "y", at(kT0) } };
        newBatch.received = { { d1, 1 } };
        QVERIFY_OK(storage().commitIngest(newBatch));
        const qint64 attemptsBefore = countRows(storage().databasePath(), QStringLiteral("attempts"));

        auto removed = storage().purge(at(cutoff));
        QVERIFY_OK(removed);
        QCOMPARE(*removed, qint64(2));
        for (const char *kept : { "old-pending", "old-retrying", "old-sending", "new-succeeded" }) {
            QVERIFY2(storage().activation(QString::fromLatin1(kept)).ok(), kept);
        }
        QCOMPARE(toString(statusOf(storage(), QStringLiteral("old-pending"))), QStringLiteral("sending"));
        QVERIFY(!storage().activation(QStringLiteral("old-succeeded")).ok());
        QVERIFY(!storage().activation(QStringLiteral("old-failed")).ok());
        // Their attempts went with them; the others' stayed.
        QVERIFY(storage().attempts(QStringLiteral("old-succeeded"))->isEmpty());
        QCOMPARE(countRows(storage().databasePath(), QStringLiteral("attempts")), attemptsBefore - 2);
        QCOMPARE(storage().attempts(QStringLiteral("old-retrying"))->size(), 1);
        QCOMPARE(storage().exclusions(d1, 10)->size(), 1);
        QCOMPARE(storage().rejects(10)->size(), 1);
        QCOMPARE(storage().rejects(10)->at(0).excerpt, QByteArray("y"));
        auto status = storage().status(d1, 100);
        QCOMPARE(status->total.received, qint64(1));
        QCOMPARE(status->queueDepth, qint64(3));
        QCOMPARE(*storage().purge(at(cutoff)), qint64(0));
    }

    void alertsAreOpenUntilAcknowledged()
    {
        QVERIFY(storage().openAlerts(QStringLiteral("d1"))->isEmpty());
        auto first = storage().raiseAlert({ 0, QStringLiteral("d1"), QStringLiteral("flow_run_start"),
            QStringLiteral("Streaming started"), at(kT0), std::nullopt });
        auto second = storage().raiseAlert({ 0, QStringLiteral("d1"), QStringLiteral("authentication_failed"),
            QStringLiteral("HTTP 401: update the token, then resume"), at(kT0 + 1000), std::nullopt });
        auto other = storage().raiseAlert({ 0, QStringLiteral("d2"), QStringLiteral("flow_run_delay"),
            QStringLiteral("Pending for 151 minutes"), at(kT0 + 500), std::nullopt });
        QVERIFY_OK(first);
        QVERIFY_OK(second);
        QVERIFY_OK(other);
        QVERIFY(*first != *second);

        auto open = storage().openAlerts(QStringLiteral("d1"));
        QVERIFY_OK(open);
        QCOMPARE(open->size(), 2);
        QCOMPARE(open->at(0).id, *second);
        QCOMPARE(open->at(0).type, QStringLiteral("authentication_failed"));
        QCOMPARE(open->at(0).message, QStringLiteral("HTTP 401: update the token, then resume"));
        QCOMPARE(open->at(0).raisedAt, at(kT0 + 1000));
        QVERIFY(!open->at(0).acknowledgedAt.has_value());
        QCOMPARE(open->at(1).id, *first);
        QCOMPARE(storage().openAlerts(QString())->size(), 3);

        QVERIFY_OK(storage().acknowledgeAlert(*second));
        QVERIFY_OK(storage().acknowledgeAlert(*second));
        open = storage().openAlerts(QStringLiteral("d1"));
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->at(0).id, *first);
        QCOMPARE(storage().openAlerts(QStringLiteral("d2"))->size(), 1);
        const Status unknown = storage().acknowledgeAlert(*other + 1000);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QString::number(*other + 1000)));
    }

    void ingestThroughput()
    {
        constexpr int kTotal = 20'000;
        constexpr int kBatch = 500;
        const QString source = QStringLiteral("/data/backfill.ndjson");
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        for (int start = 0; start < kTotal; start += kBatch) {
            IngestBatch batch;
            batch.activations.reserve(kBatch);
            for (int i = start; i < start + kBatch; ++i) {
                ActivationRecord a = makeActivation(ActivationRecord::newId(), QStringLiteral("d1"), kT0 + i);
                batch.states.append(
                    { { a.destinationId, a.profileKey }, ProfileState { a.audiences, "fingerprint", {} } });
                batch.activations.append(std::move(a));
            }
            batch.received = { { QStringLiteral("d1"), kBatch } };
            batch.checkpoints
                = { { QStringLiteral("d1"), SourcePosition { source, 1, qint64(start) * 300, start } } };
            QVERIFY_OK(storage().commitIngest(batch));
        }
        const qint64 elapsed = std::max<qint64>(timer.elapsed(), 1);
        // CPU time too: on a busy machine the wall clock mostly measures the neighbours.
        const double cpuMs = std::max(1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC, 1.0);
        qInfo("commitIngest: %d activations in batches of %d in %lld ms: %.0f activations/s (%.0f ms CPU: "
              "%.0f activations per CPU second)",
            kTotal, kBatch, elapsed, kTotal * 1000.0 / double(elapsed), cpuMs, kTotal * 1000.0 / cpuMs);
        QCOMPARE(*storage().unfinishedCount({ QStringLiteral("d1") }), qint64(kTotal));
        QCOMPARE(storage().status(QStringLiteral("d1"), 24)->total.received, qint64(kTotal));
    }
};

QTEST_GUILESS_MAIN(TestStorageEngine)
#include "tst_storageengine.moc"
