#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>
#include <utility>

namespace qad {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::SqliteStatement)
};

constexpr char kEmpty[] = "";

} // namespace

sqlite3 *SqliteStatement::connection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const char *sql)
    : m_connection(connection(db))
{
    if (!m_connection) {
        m_error = SQLITE_MISUSE;
        m_message = Tr::tr("the database is not an open SQLite database");
        return;
    }
    const int result = sqlite3_prepare_v2(m_connection, sql, -1, &m_statement, nullptr);
    if (result != SQLITE_OK) {
        m_error = result;
        m_message = QString::fromUtf8(sqlite3_errmsg(m_connection));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return;
    }
    m_bound.resize(size_t(sqlite3_bind_parameter_count(m_statement)));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement); // a no-op for nullptr
}

QSqlError SqliteStatement::lastError() const
{
    if (m_error == 0) {
        return {};
    }
    return QSqlError(QString(), m_message, QSqlError::StatementError, QString::number(m_error));
}

void SqliteStatement::bindText(int index, const QString &value)
{
    bindText(index, value.toUtf8());
}

void SqliteStatement::bindText(int index, const QByteArray &utf8)
{
    bindBytes(index, utf8, false);
}

void SqliteStatement::bindBlob(int index, const QByteArray &value)
{
    bindBytes(index, value, true);
}

void SqliteStatement::bindBytes(int index, const QByteArray &bytes, bool asBlob)
{
    if (!readyToBind() || size_t(index) >= m_bound.size()) {
        return;
    }
    // A null pointer would bind NULL: the columns written here are NOT NULL.
    const char *data = bytes.isEmpty() ? kEmpty : bytes.constData();
    m_bound[size_t(index)] = bytes;
    if (asBlob) {
        sqlite3_bind_blob(m_statement, index + 1, data, int(bytes.size()), SQLITE_STATIC);
    } else {
        sqlite3_bind_text(m_statement, index + 1, data, int(bytes.size()), SQLITE_STATIC);
    }
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    if (readyToBind()) {
        sqlite3_bind_int64(m_statement, index + 1, value);
    }
}

void SqliteStatement::bindNull(int index)
{
    if (readyToBind()) {
        sqlite3_bind_null(m_statement, index + 1);
    }
}

void SqliteStatement::bindMsOrNull(int index, const std::optional<QDateTime> &at)
{
    if (at) {
        bindInt(index, at->toMSecsSinceEpoch());
    } else {
        bindNull(index);
    }
}

// SQLite takes new values only between runs: a statement stopped at a row is reset first.
bool SqliteStatement::readyToBind()
{
    if (m_hasRow) {
        sqlite3_reset(m_statement);
        m_hasRow = false;
    }
    return m_statement != nullptr;
}

void SqliteStatement::reset()
{
    readyToBind();
}

bool SqliteStatement::exec()
{
    if (!readyToBind()) {
        return false;
    }
    m_error = 0;
    m_message.clear();
    return step();
}

bool SqliteStatement::next()
{
    return !m_hasRow || step();
}

bool SqliteStatement::step()
{
    const int result = sqlite3_step(m_statement);
    m_hasRow = result == SQLITE_ROW;
    if (result == SQLITE_ROW || result == SQLITE_DONE) {
        if (result == SQLITE_DONE) {
            sqlite3_reset(m_statement); // releases what the statement holds (a read lock) before the next use
        }
        return true;
    }
    m_error = sqlite3_extended_errcode(m_connection);
    m_message = QString::fromUtf8(sqlite3_errmsg(m_connection));
    sqlite3_reset(m_statement);
    return false;
}

qint64 SqliteStatement::int64(int column) const
{
    return m_hasRow ? sqlite3_column_int64(m_statement, column) : 0;
}

QString SqliteStatement::text(int column) const
{
    if (!m_hasRow) {
        return {};
    }
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::bytes(int column) const
{
    if (!m_hasRow) {
        return {};
    }
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

bool SqliteStatement::isNull(int column) const
{
    return !m_hasRow || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return m_connection ? sqlite3_last_insert_rowid(m_connection) : 0;
}

SqliteStatementCache::Lease::Lease(
    SqliteStatement *statement, Entry *entry, std::unique_ptr<SqliteStatement> own)
    : m_statement(statement)
    , m_entry(entry)
    , m_own(std::move(own))
{
    if (m_entry) {
        m_entry->leased = true;
    }
}

SqliteStatementCache::Lease::Lease(Lease &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_entry(std::exchange(other.m_entry, nullptr))
    , m_own(std::move(other.m_own))
{ }

SqliteStatementCache::Lease::~Lease()
{
    if (m_statement) {
        m_statement->reset(); // a row not read to the end holds the statement's read (or write) open
    }
    if (m_entry) {
        m_entry->leased = false;
    }
}

SqliteStatementCache::Lease SqliteStatementCache::statement(const QSqlDatabase &db, const QByteArray &sql)
{
    const auto found = m_entries.find(sql);
    if (found != m_entries.end() && !found->second.leased) {
        return Lease(found->second.statement.get(), &found->second, nullptr);
    }
    auto prepared = std::make_unique<SqliteStatement>(db, sql.constData());
    if (found != m_entries.end() || !prepared->isValid()) {
        SqliteStatement *statement = prepared.get();
        return Lease(statement, nullptr, std::move(prepared));
    }
    Entry &entry = m_entries[QByteArray(sql.constData(), sql.size())]; // its own copy of the text
    entry.statement = std::move(prepared);
    return Lease(entry.statement.get(), &entry, nullptr);
}

} // namespace qad
