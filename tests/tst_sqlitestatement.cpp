// SqliteStatement: the storage's per-activation statements, run on the Qt driver's own SQLite connection.
#include "storage/sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace qad;

class TestSqliteStatement : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("statement"));
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("t.sqlite")));
        QVERIFY(m_db.open());
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                                      "data BLOB, at INTEGER)")));
    }

    void cleanup()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("statement"));
        QFile::remove(m_dir.filePath(QStringLiteral("t.sqlite")));
    }

    // What a column holds is what QSqlQuery stored before: TEXT never NULL, BLOB as BLOB, NULL only when
    // asked for.
    void bindsEachTypeAsStored()
    {
        {
            SqliteStatement insert(m_db, "INSERT INTO t (name, data, at) VALUES (?, ?, ?)");
            QVERIFY(insert.isValid());
            insert.bindText(0, QString()); // a null string
            insert.bindBlob(1, QByteArray()); // a null array
            insert.bindMsOrNull(2, std::nullopt);
            QVERIFY(insert.exec());
            QCOMPARE(insert.lastInsertRowId(), qint64(1));
            insert.bindText(0, QStringLiteral("café 한국어"));
            insert.bindBlob(1, QByteArray("\x00\x01\xff", 3));
            insert.bindMsOrNull(2, QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC));
            QVERIFY(insert.exec());
            QCOMPARE(insert.lastInsertRowId(), qint64(2));
        }
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT typeof(name), name, typeof(data), hex(data), typeof(at), at FROM t ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("text"));
        QCOMPARE(q.value(1).toString(), QString());
        QCOMPARE(q.value(2).toString(), QStringLiteral("blob"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("null"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("café 한국어"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("0001FF"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("integer"));
        QCOMPARE(q.value(5).toLongLong(), qint64(1'700'000'000'000));
    }

    void readsEveryRowThenReportsTheEnd()
    {
        insertNames({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
        SqliteStatement select(m_db, "SELECT name, id, data FROM t WHERE id >= ? ORDER BY id");
        QVERIFY(select.isValid());
        select.bindInt(0, 2);
        QStringList names;
        bool ok = select.exec();
        for (; ok && select.hasRow(); ok = select.next()) {
            names.append(select.text(0));
            QVERIFY(select.isNull(2));
        }
        QVERIFY(ok); // the end is not an error
        QCOMPARE(names, QStringList({ QStringLiteral("b"), QStringLiteral("c") }));
        QVERIFY(!select.hasRow());
        QCOMPARE(select.text(0), QString()); // nothing to read past the end
    }

    // SQLite takes new values only once a statement is reset: one stopped at a row must not run old ones.
    void newValuesApplyAfterAStatementStoppedAtARow()
    {
        insertNames({ QStringLiteral("a"), QStringLiteral("b") });
        SqliteStatement update(m_db, "UPDATE t SET at = ? WHERE name = ? RETURNING id");
        QVERIFY(update.isValid());
        update.bindInt(0, 10);
        update.bindText(1, QStringLiteral("a"));
        QVERIFY(update.exec());
        QVERIFY(update.hasRow());
        QCOMPARE(update.int64(0), qint64(1));
        update.bindInt(0, 20);
        update.bindText(1, QStringLiteral("b"));
        QVERIFY(update.exec());
        QVERIFY(update.hasRow());
        QCOMPARE(update.int64(0), qint64(2));
        update.reset();

        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(at) FROM (SELECT at FROM t ORDER BY id)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("10,20"));
    }

    void reportsErrorsAndRunsAgain()
    {
        SqliteStatement broken(m_db, "INSERT INTO nowhere VALUES (?)");
        QVERIFY(!broken.isValid());
        QVERIFY2(broken.lastError().text().contains(QStringLiteral("no such table")),
            qPrintable(broken.lastError().text()));
        QVERIFY(!broken.exec());

        insertNames({ QStringLiteral("a") });
        SqliteStatement insert(m_db, "INSERT INTO t (name) VALUES (?)");
        insert.bindText(0, QStringLiteral("a"));
        QVERIFY(!insert.exec());
        QVERIFY2(insert.lastError().text().contains(QStringLiteral("UNIQUE")),
            qPrintable(insert.lastError().text()));
        insert.bindText(0, QStringLiteral("b"));
        QVERIFY(insert.exec());
        QVERIFY(!insert.lastError().isValid());
    }

    // A statement stopped at a row keeps its read going; reset() ends it (here: the table can be dropped).
    void resetEndsTheRead()
    {
        insertNames({ QStringLiteral("a"), QStringLiteral("b") });
        SqliteStatement select(m_db, "SELECT name FROM t");
        QVERIFY(select.exec());
        QVERIFY(select.hasRow());
        QSqlQuery drop(m_db);
        QVERIFY(!drop.exec(QStringLiteral("DROP TABLE t"))); // locked by the read
        select.reset();
        QVERIFY2(drop.exec(QStringLiteral("DROP TABLE t")), qPrintable(drop.lastError().text()));
    }

    // The cache prepares a statement once and hands the same one out again, each use ended with its lease;
    // the same text asked for while leased gets a statement of its own; a failure is not kept.
    void cacheKeepsEachStatementAndEndsEachUse()
    {
        insertNames({ QStringLiteral("a"), QStringLiteral("b") });
        QSqlQuery other(m_db);
        QVERIFY(other.exec(QStringLiteral("CREATE TABLE u (x INTEGER)")));
        SqliteStatementCache cache;
        const QByteArray sql = QByteArrayLiteral("SELECT name FROM t ORDER BY id");
        SqliteStatement *kept = nullptr;
        {
            const auto select = cache.statement(m_db, sql);
            QVERIFY(select->isValid());
            QVERIFY(select->exec());
            QCOMPARE(select->text(0), QStringLiteral("a")); // stopped at a row: its read is going
            QVERIFY(!other.exec(QStringLiteral("DROP TABLE u"))); // SQLite refuses while a read is going
            kept = &*select;
        }
        QVERIFY2(other.exec(QStringLiteral("DROP TABLE u")), qPrintable(other.lastError().text()));
        QCOMPARE(cache.size(), 1);
        {
            const auto again
                = cache.statement(m_db, QByteArray(sql.constData())); // equal text, another array
            QCOMPARE(&*again, kept);
            QVERIFY(again->exec());
            QCOMPARE(again->text(0), QStringLiteral("a")); // from the start
            const auto meanwhile = cache.statement(m_db, sql);
            QVERIFY(&*meanwhile != kept);
            QVERIFY(meanwhile->exec());
            QCOMPARE(meanwhile->text(0), QStringLiteral("a"));
            QVERIFY(meanwhile->next());
            QCOMPARE(meanwhile->text(0), QStringLiteral("b"));
        }
        QCOMPARE(cache.size(), 1);
        QCOMPARE(&*cache.statement(m_db, sql), kept);

        const auto broken = cache.statement(m_db, QByteArrayLiteral("SELECT x FROM nowhere"));
        QVERIFY(!broken->isValid());
        QVERIFY2(broken->lastError().text().contains(QStringLiteral("no such table")),
            qPrintable(broken->lastError().text()));
        QCOMPARE(cache.size(), 1);
    }

    // clear() finalizes what the cache kept, so the connection can close.
    void clearingTheCacheFinalizesItsStatements()
    {
        sqlite3 *connection = SqliteStatement::connection(m_db);
        QVERIFY(connection);
        SqliteStatementCache cache;
        for (const char *sql : { "SELECT 1", "SELECT 2", "SELECT name FROM t" }) {
            QVERIFY(cache.statement(m_db, QByteArray(sql))->exec());
        }
        QCOMPARE(cache.size(), 3);
        QVERIFY(sqlite3_next_stmt(connection, nullptr) != nullptr);
        cache.clear();
        QCOMPARE(cache.size(), 0);
        QCOMPARE(sqlite3_next_stmt(connection, nullptr), nullptr);
    }

    void refusesADatabaseOfAnotherDriver()
    {
        SqliteStatement none(QSqlDatabase(), "SELECT 1");
        QVERIFY(!none.isValid());
        QVERIFY(none.lastError().isValid());
    }

private:
    void insertNames(const QStringList &names)
    {
        SqliteStatement insert(m_db, "INSERT INTO t (name) VALUES (?)");
        for (const QString &name : names) {
            insert.bindText(0, name);
            QVERIFY(insert.exec());
        }
    }

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
