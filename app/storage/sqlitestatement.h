#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlError>
#include <QString>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace qad {

// One prepared statement on the SQLite connection of a QSqlDatabase, for the statements run once per
// activation while streaming. QSqlQuery spends about 2,000 instructions on each bound value (it names every
// placeholder and goes through QVariant) and as much again on each result; here values go to SQLite as
// they are. Runs inside whatever transaction the QSqlDatabase has open; lives within one call, on the
// connection's thread. Parameters and columns count from 0, as with QSqlQuery.
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    QSqlError lastError() const; // shaped for SqliteStorage::sqlError()

    // TEXT, never NULL: a null string is stored as ''.
    void bindText(int index, const QString &value);
    void bindText(int index, const QByteArray &utf8);
    void bindBlob(int index, const QByteArray &value); // BLOB, never NULL
    void bindInt(int index, qint64 value);
    void bindNull(int index);
    void bindMsOrNull(int index, const std::optional<QDateTime> &at); // ms since the epoch, or NULL

    // Runs the statement to its first row, or to its end; false on an error. Bindings are kept until
    // replaced, so a statement run again only needs the values that change.
    bool exec();
    bool hasRow() const { return m_hasRow; } // exec() or next() stopped at a row, which can be read
    bool next(); // on to the following row, if any (hasRow() tells); false on an error
    void reset(); // done with the rows before the end: ends the statement's read, keeps the bindings

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;
    bool isNull(int column) const;
    qint64 lastInsertRowId() const;

    // The SQLite connection under a QSqlDatabase of the QSQLITE driver, or nullptr.
    static sqlite3 *connection(const QSqlDatabase &db);

private:
    bool readyToBind();
    void bindBytes(int index, const QByteArray &bytes, bool asBlob);
    bool step();

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QByteArray> m_bound; // what SQLite reads in place (SQLITE_STATIC) until it is rebound
    bool m_hasRow = false;
    int m_error = 0; // 0: none
    QString m_message;
};

// The statements a connection runs again and again, each prepared on its first use and kept until clear().
// Preparing costs more than running: at a few activations a second, when every batch holds one activation,
// preparing took half the outbox thread's instructions (the claim's two statements about 2 million). A
// lease resets its statement when it ends, so none holds a read or a write open past its use; asked for
// again while leased, a statement is prepared anew for that use. One cache per connection, on its thread.
class SqliteStatementCache
{
    struct Entry
    {
        std::unique_ptr<SqliteStatement> statement;
        bool leased = false;
    };

public:
    class Lease
    {
    public:
        ~Lease();
        Lease(Lease &&other) noexcept;
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        Lease &operator=(Lease &&) = delete;

        SqliteStatement &operator*() const { return *m_statement; }
        SqliteStatement *operator->() const { return m_statement; }

    private:
        friend class SqliteStatementCache;
        Lease(SqliteStatement *statement, Entry *entry, std::unique_ptr<SqliteStatement> own);

        SqliteStatement *m_statement;
        Entry *m_entry; // nullptr when the statement is this lease's own
        std::unique_ptr<SqliteStatement> m_own; // not kept: it failed to prepare, or the kept one is leased
    };

    SqliteStatementCache() = default;
    SqliteStatementCache(const SqliteStatementCache &) = delete;
    SqliteStatementCache &operator=(const SqliteStatementCache &) = delete;

    // The statement for `sql` on `db`'s connection. Check isValid(): one that fails to prepare is not kept,
    // so the next call tries again.
    Lease statement(const QSqlDatabase &db, const QByteArray &sql);
    // Finalizes them all: before the connection closes (SQLite keeps a connection with statements open).
    // No lease may be alive.
    void clear() { m_entries.clear(); }
    qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    std::map<QByteArray, Entry, std::less<>> m_entries; // by SQL text
};

} // namespace qad
