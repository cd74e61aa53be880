#include "storage/sqlitestorage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <sqlite3.h>

using namespace qad;

namespace {

// Counts the syncs SQLite asks of WAL files: a VFS over the default one, itself the default while it lives.
// Every file call goes through to the real VFS unchanged.
class WalSyncCounter
{
public:
    WalSyncCounter()
    {
        s_real = sqlite3_vfs_find(nullptr);
        m_vfs = *s_real;
        m_vfs.zName = "qad-wal-sync-counter";
        m_vfs.szOsFile = int(sizeof(File)) + s_real->szOsFile;
        m_vfs.xOpen = &open;
        s_walSyncs = 0;
        sqlite3_vfs_register(&m_vfs, 1);
    }
    ~WalSyncCounter()
    {
        sqlite3_vfs_unregister(&m_vfs);
        sqlite3_vfs_register(s_real, 1);
    }
    WalSyncCounter(const WalSyncCounter &) = delete;
    WalSyncCounter &operator=(const WalSyncCounter &) = delete;

    static int walSyncs() { return s_walSyncs; }

private:
    struct File
    {
        sqlite3_file base;
        sqlite3_file *real; // right after this struct, in the memory SQLite gave for the file
        bool wal;
    };
    static sqlite3_file *real(sqlite3_file *file) { return reinterpret_cast<File *>(file)->real; }
    static const sqlite3_io_methods *io(sqlite3_file *file) { return real(file)->pMethods; }

    static int open(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
    {
        auto *f = reinterpret_cast<File *>(file);
        f->real = reinterpret_cast<sqlite3_file *>(f + 1);
        f->wal = (flags & SQLITE_OPEN_WAL) != 0;
        const int rc = s_real->xOpen(s_real, name, f->real, flags, outFlags);
        // SQLite closes a file whose methods are set, even when opening it failed: mirror the real one.
        f->base.pMethods = f->real->pMethods ? &s_methods : nullptr;
        return rc;
    }

    static inline sqlite3_vfs *s_real = nullptr;
    static inline int s_walSyncs = 0;
    static inline const sqlite3_io_methods s_methods = {
        3,
        [](sqlite3_file *f) { return io(f)->xClose(real(f)); },
        [](sqlite3_file *f, void *data, int n, sqlite3_int64 at) {
            return io(f)->xRead(real(f), data, n, at);
        },
        [](sqlite3_file *f, const void *data, int n, sqlite3_int64 at) {
            return io(f)->xWrite(real(f), data, n, at);
        },
        [](sqlite3_file *f, sqlite3_int64 size) { return io(f)->xTruncate(real(f), size); },
        [](sqlite3_file *f, int flags) {
            if (reinterpret_cast<File *>(f)->wal) {
                ++s_walSyncs;
            }
            return io(f)->xSync(real(f), flags);
        },
        [](sqlite3_file *f, sqlite3_int64 *size) { return io(f)->xFileSize(real(f), size); },
        [](sqlite3_file *f, int lock) { return io(f)->xLock(real(f), lock); },
        [](sqlite3_file *f, int lock) { return io(f)->xUnlock(real(f), lock); },
        [](sqlite3_file *f, int *out) { return io(f)->xCheckReservedLock(real(f), out); },
        [](sqlite3_file *f, int op, void *arg) { return io(f)->xFileControl(real(f), op, arg); },
        [](sqlite3_file *f) { return io(f)->xSectorSize(real(f)); },
        [](sqlite3_file *f) { return io(f)->xDeviceCharacteristics(real(f)); },
        [](sqlite3_file *f, int region, int size, int extend, void volatile **out) {
            return io(f)->xShmMap(real(f), region, size, extend, out);
        },
        [](sqlite3_file *f, int offset, int n, int flags) {
            return io(f)->xShmLock(real(f), offset, n, flags);
        },
        [](sqlite3_file *f) { io(f)->xShmBarrier(real(f)); },
        [](sqlite3_file *f, int deleteFlag) { return io(f)->xShmUnmap(real(f), deleteFlag); },
        [](sqlite3_file *f, sqlite3_int64 at, int n, void **out) {
            return io(f)->xFetch(real(f), at, n, out);
        },
        [](sqlite3_file *f, sqlite3_int64 at, void *p) { return io(f)->xUnfetch(real(f), at, p); },
    };

    sqlite3_vfs m_vfs {};
};

} // namespace

class TestSqliteStorage : public QObject
{
    Q_OBJECT

private:
    static ActivationRecord makeActivation(
        const QString &destinationId, qint64 createdMs, bool isTest = false)
    {
        ActivationRecord a;
        a.id = ActivationRecord::newId();
        a.destinationId = destinationId;
        a.profileKey = QStringLiteral("Email:dave@example.com");
        a.audiences = R"({"046456e3-18e1-48a6-9bda-d68547861283":"realized"})";
        a.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
        a.payload = R"({"person":{"name":{"firstName":"Dave"}}})";
        a.isTest = isTest;
        return a;
    }

    static Attempt makeAttempt(
        const QString &activationId, int httpStatus, OutcomeClass cls, const QString &code)
    {
        Attempt at;
        at.activationId = activationId;
        at.startedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'100'000, Qt::UTC);
        at.durationMs = 42;
        at.httpStatus = httpStatus;
        at.outcome.cls = cls;
        at.outcome.code = code;
        at.outcome.message = QStringLiteral("message for %1").arg(code);
        at.requestHeaders = { { "Authorization", "Basic ***" }, { "Content-Type", "application/json" } };
        at.responseHeaders = { { "Content-Type", "application/json" } };
        at.requestId = QStringLiteral("req-1");
        at.notice = QStringLiteral("Request proxied");
        return at;
    }

private Q_SLOTS:
    // First, before anything in this process has used SQLite: opening a storage turns SQLite's memory
    // statistics off (they take a global lock on every allocation), so SQLite counts none.
    void turnsMemoryStatisticsOffBeforeFirstUse()
    {
        QTemporaryDir dir;
        SqliteStorage storage(dir.filePath(QStringLiteral("data")));
        QVERIFY(storage.open().ok());
        QCOMPARE(sqlite3_memory_used(), sqlite3_int64(0));
        QCOMPARE(sqlite3_memory_highwater(0), sqlite3_int64(0));
    }

    void createsSchemaInWalModeAndPrivateFile()
    {
        QTemporaryDir dir;
        SqliteStorage storage(dir.filePath(QStringLiteral("data")));
        QVERIFY2(storage.open().ok(), qPrintable(storage.open().error().message));
        QCOMPARE(storage.schemaVersion(), SqliteStorage::kSchemaVersion);
        QVERIFY(QFileInfo::exists(storage.databasePath()));
        QCOMPARE(QFileInfo(storage.databasePath()).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("data"))).permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());

        // WAL mode is a property of the file: a second, independent connection sees it.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(storage.databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }

    // A commit returns once what it wrote is on the disk, so a power cut or a crash of the system loses
    // nothing committed: not an activation with the source position that produced it, not an outcome. A claim
    // alone is not waited for: the outcome's commit, written after it, carries it to the disk.
    void commitsReachTheDiskBeforeTheyReturnExceptAClaim()
    {
        const WalSyncCounter syncs; // before the storage: its connection opens through the counter
        QTemporaryDir dir;
        SqliteStorage storage(dir.path());
        QVERIFY(storage.open().ok());

        const qint64 t0 = 1'700'000'000'000;
        IngestBatch batch;
        batch.activations = { makeActivation(QStringLiteral("d1"), t0) };
        batch.checkpoints
            = { { QStringLiteral("d1"), SourcePosition { QStringLiteral("/data/in.ndjson"), 7, 230, 1 } } };
        int before = syncs.walSyncs();
        QVERIFY(storage.commitIngest(batch).ok());
        QCOMPARE_GT(syncs.walSyncs(), before);

        before = syncs.walSyncs();
        const auto claimed
            = storage.claimDue({ QStringLiteral("d1") }, QDateTime::fromMSecsSinceEpoch(t0 + 1000), 10);
        QVERIFY(claimed.ok());
        QCOMPARE(claimed->size(), 1);
        QCOMPARE(syncs.walSyncs(), before);

        Attempt attempt
            = makeAttempt(claimed->constFirst().id, 202, OutcomeClass::Succeeded, QStringLiteral("accepted"));
        QVERIFY(storage.recordAttempts({ { attempt, ActivationStatus::Succeeded, std::nullopt } }).ok());
        QCOMPARE_GT(syncs.walSyncs(), before);

        // A test send writes its activation on its own, and waits for the disk as well.
        before = syncs.walSyncs();
        QVERIFY(storage.insertActivation(makeActivation(QStringLiteral("d2"), t0, true)).ok());
        QCOMPARE_GT(syncs.walSyncs(), before);
    }

    void reopeningKeepsDataAndDoesNotMigrateTwice()
    {
        QTemporaryDir dir;
        const ActivationRecord a = makeActivation(QStringLiteral("d1"), 1'700'000'000'000);
        {
            SqliteStorage storage(dir.path());
            QVERIFY(storage.open().ok());
            QVERIFY(storage.insertActivation(a).ok());
        }
        SqliteStorage again(dir.path());
        QVERIFY(again.open().ok());
        QCOMPARE(again.schemaVersion(), SqliteStorage::kSchemaVersion);
        auto read = again.activation(a.id);
        QVERIFY(read.ok());
        QCOMPARE(read->payload, a.payload);
        QCOMPARE(toString(read->status), toString(ActivationStatus::Pending));
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        {
            SqliteStorage storage(dir.path());
            QVERIFY(storage.open().ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(QDir(dir.path()).filePath(QStringLiteral("qad.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        SqliteStorage storage(dir.path());
        const Status status = storage.open();
        QVERIFY(!status.ok());
        QVERIFY2(
            status.error().message.contains(QStringLiteral("newer")), qPrintable(status.error().message));
    }

    // A checkpoint keeps the digest of the bytes before it (to notice a file rewritten in place), all 64 bits
    // of it, and an update replaces it.
    void checkpointsKeepTheirDigest()
    {
        QTemporaryDir dir;
        SqliteStorage storage(dir.path());
        QVERIFY(storage.open().ok());
        const QString source = QStringLiteral("/data/in.ndjson");
        const quint64 highBit = 0xF00D'CAFE'0000'0001ULL; // negative as an SQLite integer
        IngestBatch batch;
        batch.checkpoints = { { QStringLiteral("d1"), SourcePosition { source, 7, 230, 2, highBit } },
            { QStringLiteral("d2"), SourcePosition { source, 7, 115, 1 } } };
        QVERIFY(storage.commitIngest(batch).ok());
        auto d1 = storage.checkpoint(source, QStringLiteral("d1"));
        QVERIFY(d1.ok() && d1->has_value());
        QCOMPARE((*d1)->digest, highBit);
        QCOMPARE((*d1)->offset, qint64(230));
        auto d2 = storage.checkpoint(source, QStringLiteral("d2"));
        QVERIFY(d2.ok() && d2->has_value());
        QCOMPARE((*d2)->digest, quint64(0));

        batch.checkpoints = { { QStringLiteral("d1"), SourcePosition { source, 7, 345, 3, 42 } } };
        QVERIFY(storage.commitIngest(batch).ok());
        d1 = storage.checkpoint(source, QStringLiteral("d1"));
        QVERIFY(d1.ok() && d1->has_value());
        QCOMPARE((*d1)->digest, quint64(42));
        QCOMPARE((*d1)->line, qint64(3));
    }

    // The checkpoints of schema 5 (before digests) are kept, with the digest unknown (0), so they resume as
    // they did; new ones keep theirs.
    void migratesASchema5DatabaseKeepingItsCheckpoints()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("qad.sqlite"));
        const QString source = QStringLiteral("/data/in.ndjson");
        {
            SqliteStorage storage(dir.path());
            QVERIFY(storage.open().ok());
        }
        {
            // The checkpoints table as schema 5 had it, with a row.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *statement : {
                     "DROP TABLE checkpoints",
                     "CREATE TABLE checkpoints (source TEXT NOT NULL, destination_id TEXT NOT NULL, "
                     "inode INTEGER NOT NULL, \"offset\" INTEGER NOT NULL, line INTEGER NOT NULL, "
                     "updated_at INTEGER NOT NULL, PRIMARY KEY (source, destination_id)) WITHOUT ROWID",
                     "INSERT INTO checkpoints VALUES ('/data/in.ndjson', 'd1', -5, 230, 2, 1700000000000)",
                     "DROP TABLE delivery_health", // schema 7's
                     "ALTER TABLE hourly_counters DROP COLUMN received_activated", // schema 8's
                     "DROP TABLE profile_identity", // schema 9's
                     "ALTER TABLE profile_state DROP COLUMN refused",
                     "DROP INDEX activations_retry_profile", // schema 10's
                     "ALTER TABLE activations DROP COLUMN order_key",
                     "CREATE INDEX activations_retry_profile ON activations(destination_id, profile_key, "
                     "created_at) WHERE status = 'retrying'",
                     "PRAGMA user_version = 5",
                 }) {
                QVERIFY2(q.exec(QString::fromLatin1(statement)), qPrintable(q.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v5"));

        SqliteStorage migrated(dir.path());
        const Status opened = migrated.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(migrated.schemaVersion(), 10);
        QCOMPARE(migrated.schemaVersion(), SqliteStorage::kSchemaVersion);
        QVERIFY(migrated.status(QStringLiteral("d1"), 24)
                    .ok()); // reads delivery_health and received_activated, made by steps 7 and 8
        auto old = migrated.checkpoint(source, QStringLiteral("d1"));
        QVERIFY(old.ok() && old->has_value());
        QCOMPARE((*old)->inode, quint64(-5));
        QCOMPARE((*old)->offset, qint64(230));
        QCOMPARE((*old)->line, qint64(2));
        QCOMPARE((*old)->digest, quint64(0));

        IngestBatch batch;
        batch.checkpoints = { { QStringLiteral("d1"), SourcePosition { source, 7, 345, 3, 99 } } };
        QVERIFY(migrated.commitIngest(batch).ok());
        auto updated = migrated.checkpoint(source, QStringLiteral("d1"));
        QVERIFY(updated.ok() && updated->has_value());
        QCOMPARE((*updated)->digest, quint64(99));
    }

    // The profiles exported before schema 9 are found again by each of their identities, so that one whose
    // identities change after the upgrade is not taken for a new profile (Ingestor); their states are kept.
    void migratesASchema8DatabaseSoEachIdentityFindsItsProfile()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("qad.sqlite"));
        {
            SqliteStorage storage(dir.path());
            QVERIFY(storage.open().ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v8"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *statement : {
                     "DROP TABLE profile_identity",
                     "ALTER TABLE profile_state DROP COLUMN refused",
                     "DROP INDEX activations_retry_profile", // schema 10's
                     "ALTER TABLE activations DROP COLUMN order_key",
                     "CREATE INDEX activations_retry_profile ON activations(destination_id, profile_key, "
                     "created_at) WHERE status = 'retrying'",
                     "INSERT INTO profile_state VALUES ('d1', 'Email:dave@example.com|external_id:ecid-1', "
                     "'{\"seg\":\"realized\"}', x'01', 1700000000000)",
                     "INSERT INTO profile_state VALUES ('d1', 'Email:erin@example.com', "
                     "'{\"seg\":\"realized\"}', x'02', 1700000000000)",
                     "INSERT INTO profile_state VALUES ('d2', 'Email:a@example.com|Email:b@example.com|"
                     "external_id:7', '{\"seg\":\"exited\"}', x'03', 1700000000000)",
                     "PRAGMA user_version = 8",
                 }) {
                QVERIFY2(q.exec(QString::fromLatin1(statement)), qPrintable(q.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v8"));

        SqliteStorage migrated(dir.path());
        const Status opened = migrated.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(migrated.schemaVersion(), SqliteStorage::kSchemaVersion);

        const QString dave = QStringLiteral("Email:dave@example.com|external_id:ecid-1");
        const auto d1 = migrated.profileKeysOf(QStringLiteral("d1"),
            { QStringLiteral("Email:dave@example.com"), QStringLiteral("external_id:ecid-1"),
                QStringLiteral("Email:erin@example.com") });
        QVERIFY2(d1.ok(), qPrintable(d1.error().message));
        // Erin's key is her one identity: her state is found by it, no pointer needed.
        QCOMPARE(*d1,
            (QHash<QString, QString> { { QStringLiteral("Email:dave@example.com"), dave },
                { QStringLiteral("external_id:ecid-1"), dave } }));
        const QString three = QStringLiteral("Email:a@example.com|Email:b@example.com|external_id:7");
        const auto d2 = migrated.profileKeysOf(QStringLiteral("d2"),
            { QStringLiteral("Email:a@example.com"), QStringLiteral("Email:b@example.com"),
                QStringLiteral("external_id:7"), QStringLiteral("Email:dave@example.com") });
        QVERIFY2(d2.ok(), qPrintable(d2.error().message));
        QCOMPARE(*d2,
            (QHash<QString, QString> { { QStringLiteral("Email:a@example.com"), three },
                { QStringLiteral("Email:b@example.com"), three },
                { QStringLiteral("external_id:7"), three } }));

        const auto states = migrated.profileStates(QStringLiteral("d1"), { dave });
        QVERIFY2(states.ok(), qPrintable(states.error().message));
        QCOMPARE(states->value(dave).audiences, QByteArray(R"({"seg":"realized"})"));
        QCOMPARE(states->value(dave).fingerprint, QByteArray("\x01"));
        QVERIFY(states->value(dave).refused.isEmpty());
    }

    // The queue of a schema-9 database gets its order keys: each queued activation the key of the state its
    // identities lead to, as the Ingestor finds it, so that an exit made before the upgrade, after the
    // profile's identities changed, still waits behind the qualification's retry (SPEC §6). The rest of the
    // history is not rewritten: its order key reads as its profile key.
    void migratesASchema9DatabaseSoAProfilesQueueKeepsItsOrder()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("qad.sqlite"));
        const qint64 t0 = 1'700'000'000'000;
        const QString d1 = QStringLiteral("d1");
        // Dave was first exported with his email and device id: his state keeps that key.
        const QString dave = QStringLiteral("Email:dave@example.com|external_id:ecid-1");
        const QString daveDevice = QStringLiteral("external_id:ecid-1");
        const QString erin = QStringLiteral("Email:erin@example.com");
        const QString frank = QStringLiteral("Email:frank@example.com");
        // id -> profile key, in the order they were made
        const QList<QPair<QString, QString>> made {
            { QStringLiteral("dave-qualified"), dave }, // waits for its retry
            { QStringLiteral("dave-before"), daveDevice }, // delivered
            { QStringLiteral("dave-exited"), daveDevice }, // his email dropped
            { QStringLiteral("dave-new-device"),
                QStringLiteral("Email:dave@example.com|external_id:ecid-2") },
            { QStringLiteral("erin-device"), QStringLiteral("Email:erin@example.com|external_id:ecid-9") },
            { QStringLiteral("frank"), frank }, // never exported: no state
        };
        {
            SqliteStorage storage(dir.path());
            QVERIFY(storage.open().ok());
            IngestBatch batch;
            for (qsizetype i = 0; i < made.size(); ++i) {
                ActivationRecord a = makeActivation(d1, t0 + i);
                a.id = made.at(i).first;
                a.profileKey = made.at(i).second;
                batch.activations.append(a);
            }
            const ProfileState realized { R"({"seg":"realized"})", "\x01", {} };
            batch.states = { { { d1, dave }, realized }, { { d1, erin }, realized } };
            // Erin's key is her one identity: her state is found by it, without a pointer.
            batch.identities = { { { d1, QStringLiteral("Email:dave@example.com") }, dave },
                { { d1, daveDevice }, dave } };
            QVERIFY(storage.commitIngest(batch).ok());
            QVERIFY(storage
                        .recordAttempts({ { makeAttempt(QStringLiteral("dave-qualified"), 503,
                                                OutcomeClass::Retry, QStringLiteral("http_503")),
                                              ActivationStatus::Retrying,
                                              QDateTime::fromMSecsSinceEpoch(t0 + 60'000, Qt::UTC) },
                            { makeAttempt(QStringLiteral("dave-before"), 200, OutcomeClass::Succeeded,
                                  QStringLiteral("accepted")),
                                ActivationStatus::Succeeded, std::nullopt } })
                        .ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v9"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *statement : {
                     "DROP INDEX activations_retry_profile",
                     "ALTER TABLE activations DROP COLUMN order_key",
                     "CREATE INDEX activations_retry_profile ON activations(destination_id, profile_key, "
                     "created_at) WHERE status = 'retrying'",
                     "PRAGMA user_version = 9",
                 }) {
                QVERIFY2(q.exec(QString::fromLatin1(statement)), qPrintable(q.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v9"));

        SqliteStorage migrated(dir.path());
        const Status opened = migrated.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(migrated.schemaVersion(), SqliteStorage::kSchemaVersion);

        const QHash<QString, QString> want {
            { QStringLiteral("dave-qualified"), dave }, // its own key's state
            { QStringLiteral("dave-before"), daveDevice }, // not queued: its profile key
            { QStringLiteral("dave-exited"), dave }, // its identity points to the state
            { QStringLiteral("dave-new-device"), dave }, // its first identity does
            { QStringLiteral("erin-device"), erin }, // its first identity has a state of its own
            { QStringLiteral("frank"), frank },
        };
        for (const auto &[id, profileKey] : made) {
            const auto read = migrated.activation(id);
            QVERIFY2(read.ok(), qPrintable(read.error().message));
            QCOMPARE(read->orderKey, want.value(id));
            // What the history shows and searches stays as it was sent.
            QCOMPARE(read->profileKey, profileKey);
        }

        // Dave's later activations wait for his qualification's retry, whatever identities they were made
        // with; the others go.
        const auto claimed
            = migrated.claimDue({ d1 }, QDateTime::fromMSecsSinceEpoch(t0 + 1000, Qt::UTC), 10);
        QVERIFY2(claimed.ok(), qPrintable(claimed.error().message));
        QStringList ids;
        for (const ActivationRecord &a : *claimed) {
            ids.append(a.id);
        }
        QCOMPARE(ids, (QStringList { QStringLiteral("erin-device"), QStringLiteral("frank") }));
    }

    // A file that is not a database, or whose pages are damaged, is told with its path and what to do, and
    // left byte for byte as it was: it may be all the history there is.
    void aDamagedDatabaseIsToldAndLeftAsItWas_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("sqliteSays");
        QTest::newRow("not a database") << QByteArray("activation,status\n1,succeeded\n").repeated(300)
                                        << QStringLiteral("file is not a database");
        QTest::newRow("damaged after its first page")
            << QByteArray() << QStringLiteral("database disk image is malformed");
    }

    void aDamagedDatabaseIsToldAndLeftAsItWas()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, sqliteSays);
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("qad.sqlite"));
        if (contents.isEmpty()) {
            {
                SqliteStorage storage(dir.path());
                QVERIFY(storage.open().ok());
                QVERIFY(
                    storage.insertActivation(makeActivation(QStringLiteral("d1"), 1'700'000'000'000)).ok());
            }
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            contents = file.readAll();
            contents.replace(4096, contents.size() - 4096, QByteArray(contents.size() - 4096, '\x07'));
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(contents), contents.size());
        }

        SqliteStorage storage(dir.path());
        const Status status = storage.open();
        QVERIFY(!status.ok());
        const QString message = status.error().message;
        QVERIFY2(message.contains(sqliteSays), qPrintable(message));
        QVERIFY2(
            message.contains(QDir::toNativeSeparators(path) + QStringLiteral(" is damaged, or is not qad's")),
            qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("move it away")), qPrintable(message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == contents);
    }

    // Damage past the pages every open reads: the database opens, verify() reads every page and says what
    // is wrong, and so does reading the history where it meets the damage.
    void verifyFindsDamageTheOpeningDoesNotMeet()
    {
        QTemporaryDir dir;
        int page = 0;
        int pageSize = 0;
        {
            SqliteStorage storage(dir.path());
            QVERIFY(storage.open().ok());
            QVERIFY(storage.verify().ok());
            for (int i = 0; i < 200; ++i) {
                QVERIFY(storage.insertActivation(makeActivation(QStringLiteral("d1"), 1'700'000'000'000 + i))
                            .ok());
            }
            QVERIFY(storage.verify().ok());
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("where"));
            db.setDatabaseName(storage.databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'activations'"))
                && q.next());
            page = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("where"));
        QVERIFY(page > 1);
        {
            QFile file(QDir(dir.path()).filePath(QStringLiteral("qad.sqlite")));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(qint64(page - 1) * pageSize));
            file.write(QByteArray(pageSize, '\x07'));
        }

        SqliteStorage storage(dir.path());
        QVERIFY2(storage.open().ok(), qPrintable(storage.open().error().message));
        const Status verified = storage.verify();
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().message.startsWith(QStringLiteral("Checking the database failed: ")),
            qPrintable(verified.error().message));
        QVERIFY2(verified.error().message.contains(QStringLiteral(" is damaged, or is not qad's")),
            qPrintable(verified.error().message));
        HistoryQuery query;
        query.destinationId = QStringLiteral("d1");
        const auto history = storage.history(query);
        QVERIFY(!history.ok());
        QVERIFY2(history.error().message.contains(QStringLiteral("database disk image is malformed")),
            qPrintable(history.error().message));
        QVERIFY2(history.error().message.contains(QStringLiteral(" is damaged, or is not qad's")),
            qPrintable(history.error().message));
    }

    // What to do follows SQLite's error code, the primary code of an extended one.
    void errorsSayWhatToDo_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("advice");
        QTest::newRow("corrupt") << QString::number(SQLITE_CORRUPT) << QStringLiteral("is damaged");
        QTest::newRow("not a database") << QString::number(SQLITE_NOTADB) << QStringLiteral("is damaged");
        QTest::newRow("full") << QString::number(SQLITE_FULL)
                              << QStringLiteral("Free some space on the disk that holds /data/qad.sqlite");
        QTest::newRow("busy") << QString::number(SQLITE_BUSY) << QStringLiteral("stayed locked too long");
        QTest::newRow("busy snapshot")
            << QString::number(SQLITE_BUSY_SNAPSHOT) << QStringLiteral("stayed locked too long");
        QTest::newRow("read only") << QString::number(SQLITE_READONLY_DBMOVED)
                                   << QStringLiteral("Check that you may write to /data/qad.sqlite");
        QTest::newRow("cannot open") << QString::number(SQLITE_CANTOPEN)
                                     << QStringLiteral("Check that you may write to /data/qad.sqlite");
        QTest::newRow("input/output") << QString::number(SQLITE_IOERR_WRITE)
                                      << QStringLiteral("Check that the data directory /data is writable");
        QTest::newRow("no code") << QString()
                                 << QStringLiteral("Check that the data directory /data is writable");
    }

    void errorsSayWhatToDo()
    {
        QFETCH(QString, code);
        QFETCH(QString, advice);
        const QSqlError error(QStringLiteral("Unable to fetch row"), QStringLiteral("what SQLite said"),
            QSqlError::StatementError, code);
        const QString message
            = sqliteError(QStringLiteral("Saving activations"), error, QStringLiteral("/data/qad.sqlite"))
                  .message;
        QVERIFY2(message.startsWith(QStringLiteral("Saving activations failed: what SQLite said. ")),
            qPrintable(message));
        QVERIFY2(message.contains(advice), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Unable to fetch row")), qPrintable(message));
    }

    // A purge that meets a database held by another program says so in SQLite's words, with the advice for a
    // lock: not the Qt driver's "Unable to fetch row", nor a full disk it is not. (It waits the 5 s any write
    // waits for a lock first.)
    void aPurgeMeetingALockSaysWhatHoldsIt()
    {
        QTemporaryDir dir;
        SqliteStorage storage(dir.filePath(QStringLiteral("data")));
        QVERIFY(storage.open().ok());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            db.setDatabaseName(storage.databasePath());
            QVERIFY(db.open());
            QSqlQuery hold(db);
            QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
            const auto purged = storage.purge(QDateTime::currentDateTimeUtc());
            QVERIFY(!purged.ok());
            const QString message = purged.error().message;
            QVERIFY2(
                message.startsWith(QStringLiteral("Purging the history older than ")), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("stayed locked too long")), qPrintable(message));
            QVERIFY2(!message.contains(QStringLiteral("Unable to fetch row"))
                    && !message.contains(QStringLiteral("disk is not full")),
                qPrintable(message));
            QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }

    void recordsAttemptsAndTheNextStateTogether()
    {
        QTemporaryDir dir;
        SqliteStorage storage(dir.path());
        QVERIFY(storage.open().ok());
        ActivationRecord a = makeActivation(QStringLiteral("d1"), 1'700'000'000'000, true);
        QVERIFY(storage.insertActivation(a).ok());

        Attempt first = makeAttempt(a.id, 503, OutcomeClass::Retry, QStringLiteral("http_503"));
        first.outcome.retryAfterSeconds = 30;
        first.responseBody = QByteArray(5000, 'x');
        const QDateTime next = first.startedAt.addSecs(30);
        QVERIFY(storage.recordAttempt(first, ActivationStatus::Retrying, next).ok());
        Attempt second = makeAttempt(a.id, 200, OutcomeClass::Succeeded, QStringLiteral("ok"));
        second.startedAt = next;
        QVERIFY(storage.recordAttempt(second, ActivationStatus::Succeeded, std::nullopt).ok());

        auto read = storage.activation(a.id);
        QVERIFY(read.ok());
        QCOMPARE(toString(read->status), toString(ActivationStatus::Succeeded));
        QCOMPARE(read->attemptCount, 2);
        QVERIFY(!read->nextAttemptAt.has_value());
        QVERIFY(read->isTest);
        QVERIFY(read->lastError.isEmpty());

        auto attempts = storage.attempts(a.id);
        QVERIFY(attempts.ok());
        QCOMPARE(attempts->size(), 2);
        const Attempt &r = attempts->at(0);
        QCOMPARE(r.httpStatus, 503);
        QCOMPARE(toString(r.outcome.cls), toString(OutcomeClass::Retry));
        QCOMPARE(r.outcome.code, QStringLiteral("http_503"));
        QVERIFY(r.outcome.retryAfterSeconds == std::optional<int>(30));
        QCOMPARE(r.durationMs, qint64(42));
        QCOMPARE(r.requestId, QStringLiteral("req-1"));
        QCOMPARE(r.notice, QStringLiteral("Request proxied"));
        QCOMPARE(r.requestHeaders, first.requestHeaders);
        // Only an excerpt of a response is kept (SPEC §7: ≤ 2 KB).
        QCOMPARE(r.responseBody.size(), kResponseExcerptBytes);
        QCOMPARE(toString(attempts->at(1).outcome.cls), toString(OutcomeClass::Succeeded));
    }

    // Whatever bytes a server puts in its headers come back as they were, and the stored text is JSON that
    // other tools (and QJsonDocument) read.
    void keepsAnyHeaderBytes()
    {
        QTemporaryDir dir;
        SqliteStorage storage(dir.path());
        QVERIFY(storage.open().ok());
        ActivationRecord a = makeActivation(QStringLiteral("d1"), 1'700'000'000'000);
        QVERIFY(storage.insertActivation(a).ok());

        Attempt attempt = makeAttempt(a.id, 200, OutcomeClass::Succeeded, QStringLiteral("ok"));
        QByteArray everyByte;
        for (int b = 0; b < 256; ++b) {
            everyByte += char(b);
        }
        attempt.responseHeaders = { { "X-Quote", R"(say "hi" \ bye)" }, { "X-Empty", "" },
            { "X-Controls", QByteArray("tab\there\nnew\r\x01\x1f\x7f") }, { "X-Latin-1", "caf\xe9 \xff" },
            { "X-Every-Byte", everyByte } };
        QVERIFY(storage.recordAttempt(attempt, ActivationStatus::Succeeded, std::nullopt).ok());

        const auto attempts = storage.attempts(a.id);
        QVERIFY(attempts.ok());
        QCOMPARE(attempts->size(), 1);
        QCOMPARE(attempts->at(0).responseHeaders, attempt.responseHeaders);
        QCOMPARE(attempts->at(0).requestHeaders, attempt.requestHeaders);

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("headers"));
        {
            db.setDatabaseName(storage.databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT response_headers FROM attempts")));
            QVERIFY(q.next());
            const QString text = q.value(0).toString();
            // JSON allows no raw control characters in a string (Qt's reader would let them pass).
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("[\\x00-\\x1f]"))), qPrintable(text));
            QJsonParseError error {};
            const QJsonArray stored = QJsonDocument::fromJson(text.toUtf8(), &error).array();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(stored.size(), 5);
            QCOMPARE(stored.at(0).toArray().at(1).toString(), QStringLiteral(R"(say "hi" \ bye)"));
            QCOMPARE(stored.at(3).toArray().at(1).toString(), QStringLiteral("caf\u00e9 \u00ff"));
            QCOMPARE(stored.at(4).toArray().at(1).toString(), QString::fromLatin1(everyByte));
        }
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("headers"));
    }

    void anAttemptForAnUnknownActivationIsRefusedAndNothingIsWritten()
    {
        QTemporaryDir dir;
        SqliteStorage storage(dir.path());
        QVERIFY(storage.open().ok());
        const Status status = storage.recordAttempt(
            makeAttempt(QStringLiteral("nope"), 200, OutcomeClass::Succeeded, QStringLiteral("ok")),
            ActivationStatus::Succeeded, std::nullopt);
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(QStringLiteral("nope")));
        auto attempts = storage.attempts(QStringLiteral("nope"));
        QVERIFY(attempts.ok());
        QVERIFY(attempts->isEmpty());
    }

    void historyIsNewestFirstPerDestinationAndFiltersByStatus()
    {
        QTemporaryDir dir;
        SqliteStorage storage(dir.path());
        QVERIFY(storage.open().ok());
        QStringList ids;
        for (int i = 0; i < 5; ++i) {
            ActivationRecord a = makeActivation(QStringLiteral("d1"), 1'700'000'000'000 + i * 1000);
            ids.prepend(a.id);
            QVERIFY(storage.insertActivation(a).ok());
        }
        QVERIFY(storage.insertActivation(makeActivation(QStringLiteral("d2"), 1'800'000'000'000)).ok());
        QVERIFY(
            storage
                .recordAttempt(makeAttempt(ids.at(0), 400, OutcomeClass::Failed, QStringLiteral("http_400")),
                    ActivationStatus::Failed, std::nullopt)
                .ok());

        auto all = storage.activations({ QStringLiteral("d1"), std::nullopt, 100 });
        QVERIFY(all.ok());
        QStringList got;
        for (const auto &a : *all) {
            got.append(a.id);
        }
        QCOMPARE(got, ids);

        auto failed = storage.activations({ QStringLiteral("d1"), ActivationStatus::Failed, 100 });
        QVERIFY(failed.ok());
        QCOMPARE(failed->size(), 1);
        QCOMPARE(failed->at(0).id, ids.at(0));
        QCOMPARE(failed->at(0).lastError, QStringLiteral("message for http_400"));

        auto limited = storage.activations({ QStringLiteral("d1"), std::nullopt, 2 });
        QVERIFY(limited.ok());
        QCOMPARE(limited->size(), 2);
    }

    void keepsExclusionsWithTheirReason()
    {
        QTemporaryDir dir;
        SqliteStorage storage(dir.path());
        QVERIFY(storage.open().ok());
        ExclusionRecord e { QStringLiteral("d1"), QStringLiteral("Email:5e88…"),
            QStringLiteral("hashed_email"), QStringLiteral("The only email is hashed"),
            QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC), true };
        QVERIFY(storage.insertExclusion(e).ok());
        auto read = storage.exclusions(QStringLiteral("d1"), 10);
        QVERIFY(read.ok());
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->at(0).code, e.code);
        QCOMPARE(read->at(0).reason, e.reason);
        QCOMPARE(read->at(0).at, e.at);
        QVERIFY(read->at(0).isTest);
        QVERIFY(storage.exclusions(QStringLiteral("other"), 10)->isEmpty());
    }

    void statusNamesRoundTrip()
    {
        for (ActivationStatus s : { ActivationStatus::Pending, ActivationStatus::Sending,
                 ActivationStatus::Retrying, ActivationStatus::Succeeded, ActivationStatus::Failed }) {
            QVERIFY(activationStatusFromString(toString(s)) == std::optional<ActivationStatus>(s));
        }
        QVERIFY(!activationStatusFromString(QStringLiteral("done")).has_value());
    }

    // Version 7 UUIDs: unique, and ordered by the millisecond they were made in (what keeps the id indexes
    // growing at their end).
    void activationIdsAreTimeOrderedUuids()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QStringList ids;
        while (ids.size() < 10'000 || QDateTime::currentMSecsSinceEpoch() < before + 3) {
            ids.append(ActivationRecord::newId());
        }
        const qint64 after = QDateTime::currentMSecsSinceEpoch();

        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        qint64 previousMs = 0;
        QString previousId;
        for (const QString &id : std::as_const(ids)) {
            const QUuid uuid(id);
            QVERIFY2(!uuid.isNull(), qPrintable(id));
            QCOMPARE(uuid.toString(QUuid::WithoutBraces), id);
            QCOMPARE(uuid.variant(), QUuid::DCE);
            QCOMPARE(id.at(14), QLatin1Char('7')); // the version (Qt 6.4's QUuid::version() stops at 5)
            bool ok = false;
            const qint64 ms = QStringView(id).left(8).toLongLong(&ok, 16) << 16
                | QStringView(id).mid(9, 4).toLongLong(nullptr, 16);
            QVERIFY(ok);
            QVERIFY2(ms >= before && ms <= after, qPrintable(id));
            QVERIFY(ms >= previousMs);
            if (ms > previousMs) {
                QVERIFY2(id > previousId, qPrintable(id + QStringLiteral(" after ") + previousId));
            }
            previousMs = ms;
            previousId = id;
        }
        QVERIFY(previousMs > before); // ids from more than one millisecond were compared
    }
};

QTEST_GUILESS_MAIN(TestSqliteStorage)
#include "tst_sqlitestorage.moc"
