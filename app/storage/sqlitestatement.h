#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlError>
#include <QString>
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

} // namespace qad
