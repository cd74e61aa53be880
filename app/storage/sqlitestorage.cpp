#include "storage/sqlitestorage.h"

#include "common/files.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <atomic>

namespace qad {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::SqliteStorage)
};

// Each step takes the schema from version N-1 to N. Never edit a released step: add one.
const char *const kMigrations[] = {
    // 1: activations, their attempts, and exclusions.
    R"sql(
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
)sql",
};

QString headersToJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers) {
        array.append(QJsonArray { QString::fromLatin1(name), QString::fromLatin1(value) });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

HeaderList headersFromJson(const QString &json)
{
    HeaderList headers;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &pair : array) {
        const QJsonArray p = pair.toArray();
        headers.append({ p.at(0).toString().toLatin1(), p.at(1).toString().toLatin1() });
    }
    return headers;
}

// Text columns are NOT NULL: an unset QString binds as NULL, so bind an empty one.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant msOrNull(const std::optional<QDateTime> &at)
{
    return at ? QVariant(at->toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMs(const QVariant &ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

std::optional<OutcomeClass> outcomeClassFromString(const QString &text)
{
    for (OutcomeClass c : { OutcomeClass::Succeeded, OutcomeClass::Retry, OutcomeClass::Failed }) {
        if (toString(c) == text) {
            return c;
        }
    }
    return std::nullopt;
}

} // namespace

QString toString(ActivationStatus status)
{
    switch (status) {
    case ActivationStatus::Pending:
        return QStringLiteral("pending");
    case ActivationStatus::Sending:
        return QStringLiteral("sending");
    case ActivationStatus::Retrying:
        return QStringLiteral("retrying");
    case ActivationStatus::Succeeded:
        return QStringLiteral("succeeded");
    case ActivationStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<ActivationStatus> activationStatusFromString(const QString &text)
{
    for (ActivationStatus s : { ActivationStatus::Pending, ActivationStatus::Sending, ActivationStatus::Retrying,
                                ActivationStatus::Succeeded, ActivationStatus::Failed }) {
        if (toString(s) == text.trimmed().toLower()) {
            return s;
        }
    }
    return std::nullopt;
}

QString ActivationRecord::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SqliteStorage::SqliteStorage(QString dataDirectory) : m_directory(std::move(dataDirectory))
{
    static std::atomic<int> counter { 0 };
    m_connectionName = QStringLiteral("qad-storage-%1").arg(counter.fetch_add(1));
}

SqliteStorage::~SqliteStorage()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString SqliteStorage::databasePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("qad.sqlite"));
}

static Error sqlError(const QString &what, const QSqlError &error)
{
    return Error { Tr::tr("%1 failed: %2. Check that the data directory is writable and the disk is not full.")
                       .arg(what, error.text()) };
}

Status SqliteStorage::open()
{
    if (auto status = files::ensurePrivateDirectory(m_directory); !status) {
        return status;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid()) {
        return Error { Tr::tr("The Qt SQLite driver is missing: install the package libqt6sql6-sqlite.") };
    }
    db.setDatabaseName(databasePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return sqlError(Tr::tr("Opening the database %1").arg(QDir::toNativeSeparators(databasePath())),
                        db.lastError());
    }
    QSqlQuery q(db);
    for (const char *pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON" }) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            return sqlError(QString::fromLatin1(pragma), q.lastError());
        }
    }
    files::makePrivate(databasePath());
    return migrate();
}

int SqliteStorage::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

Status SqliteStorage::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const int current = schemaVersion();
    const int target = int(std::size(kMigrations));
    if (current > target) {
        return Error { Tr::tr("The database %1 was written by a newer qad (schema %2, this one knows %3). "
                              "Upgrade qad, or point --data-dir elsewhere.")
                           .arg(QDir::toNativeSeparators(databasePath()))
                           .arg(current)
                           .arg(target) };
    }
    for (int version = current + 1; version <= target; ++version) {
        if (!db.transaction()) {
            return sqlError(Tr::tr("Starting a migration"), db.lastError());
        }
        QSqlQuery q(db);
        const QStringList statements = QString::fromUtf8(kMigrations[version - 1]).split(QLatin1Char(';'));
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty()) {
                continue;
            }
            if (!q.exec(statement)) {
                const QSqlError error = q.lastError();
                db.rollback();
                return sqlError(Tr::tr("Migrating the database to schema %1").arg(version), error);
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !db.commit()) {
            const QSqlError error = q.lastError().isValid() ? q.lastError() : db.lastError();
            db.rollback();
            return sqlError(Tr::tr("Migrating the database to schema %1").arg(version), error);
        }
    }
    return {};
}

Status SqliteStorage::insertActivation(const ActivationRecord &a)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "INSERT INTO activations (id, destination_id, profile_key, audiences, created_at, payload, status, "
        "attempt_count, next_attempt_at, is_test, last_error, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.id);
    q.addBindValue(a.destinationId);
    q.addBindValue(text(a.profileKey));
    q.addBindValue(QString::fromUtf8(a.audiences.isEmpty() ? QByteArrayLiteral("{}") : a.audiences));
    q.addBindValue(a.createdAt.toMSecsSinceEpoch());
    q.addBindValue(a.payload);
    q.addBindValue(toString(a.status));
    q.addBindValue(a.attemptCount);
    q.addBindValue(msOrNull(a.nextAttemptAt));
    q.addBindValue(a.isTest ? 1 : 0);
    q.addBindValue(text(a.lastError));
    q.addBindValue(a.createdAt.toMSecsSinceEpoch());
    if (!q.exec()) {
        return sqlError(Tr::tr("Saving activation %1").arg(a.id), q.lastError());
    }
    return {};
}

Status SqliteStorage::recordAttempt(const Attempt &attempt, ActivationStatus next,
                                    std::optional<QDateTime> nextAttemptAt)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        return sqlError(Tr::tr("Recording an attempt"), db.lastError());
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO attempts (activation_id, started_at, duration_ms, http_status, outcome, code, message, "
        "retry_after, request_id, notice, location, request_headers, response_headers, response_excerpt) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(attempt.activationId);
    q.addBindValue(attempt.startedAt.toMSecsSinceEpoch());
    q.addBindValue(attempt.durationMs);
    q.addBindValue(attempt.httpStatus);
    q.addBindValue(toString(attempt.outcome.cls));
    q.addBindValue(text(attempt.outcome.code));
    q.addBindValue(text(attempt.outcome.message));
    q.addBindValue(attempt.outcome.retryAfterSeconds ? QVariant(*attempt.outcome.retryAfterSeconds)
                                                     : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(text(attempt.requestId));
    q.addBindValue(text(attempt.notice));
    q.addBindValue(text(attempt.location));
    q.addBindValue(headersToJson(attempt.requestHeaders));
    q.addBindValue(headersToJson(attempt.responseHeaders));
    q.addBindValue(attempt.responseBody.left(kResponseExcerptBytes));
    bool ok = q.exec();
    QSqlError error = q.lastError();
    if (ok) {
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE activations SET status = ?, attempt_count = attempt_count + 1, "
                                 "next_attempt_at = ?, last_error = ?, updated_at = ? WHERE id = ?"));
        u.addBindValue(toString(next));
        u.addBindValue(msOrNull(nextAttemptAt));
        u.addBindValue(attempt.outcome.cls == OutcomeClass::Succeeded ? QStringLiteral("") : text(attempt.outcome.message));
        u.addBindValue(attempt.startedAt.addMSecs(attempt.durationMs).toMSecsSinceEpoch());
        u.addBindValue(attempt.activationId);
        ok = u.exec();
        error = u.lastError();
        if (ok && u.numRowsAffected() != 1) {
            db.rollback();
            return Error { Tr::tr("Cannot record an attempt: activation %1 is not in the history.")
                               .arg(attempt.activationId) };
        }
    }
    if (!ok || !db.commit()) {
        if (!error.isValid()) {
            error = db.lastError();
        }
        db.rollback();
        return sqlError(Tr::tr("Recording an attempt of activation %1").arg(attempt.activationId), error);
    }
    return {};
}

Status SqliteStorage::insertExclusion(const ExclusionRecord &e)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO exclusions (destination_id, profile_key, code, reason, at, is_test) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.destinationId);
    q.addBindValue(text(e.profileKey));
    q.addBindValue(text(e.code));
    q.addBindValue(text(e.reason));
    q.addBindValue(e.at.toMSecsSinceEpoch());
    q.addBindValue(e.isTest ? 1 : 0);
    if (!q.exec()) {
        return sqlError(Tr::tr("Saving an exclusion"), q.lastError());
    }
    return {};
}

static const QString kActivationColumns = QStringLiteral(
    "id, destination_id, profile_key, audiences, created_at, payload, status, attempt_count, next_attempt_at, "
    "is_test, last_error");

static ActivationRecord activationFromQuery(const QSqlQuery &q)
{
    ActivationRecord a;
    a.id = q.value(0).toString();
    a.destinationId = q.value(1).toString();
    a.profileKey = q.value(2).toString();
    a.audiences = q.value(3).toString().toUtf8();
    a.createdAt = fromMs(q.value(4));
    a.payload = q.value(5).toByteArray();
    a.status = activationStatusFromString(q.value(6).toString()).value_or(ActivationStatus::Pending);
    a.attemptCount = q.value(7).toInt();
    if (!q.value(8).isNull()) {
        a.nextAttemptAt = fromMs(q.value(8));
    }
    a.isTest = q.value(9).toInt() != 0;
    a.lastError = q.value(10).toString();
    return a;
}

Expected<ActivationRecord> SqliteStorage::activation(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT %1 FROM activations WHERE id = ?").arg(kActivationColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        return sqlError(Tr::tr("Reading activation %1").arg(id), q.lastError());
    }
    if (!q.next()) {
        return Error { Tr::tr("No activation %1 in the history.").arg(id) };
    }
    return activationFromQuery(q);
}

Expected<QList<ActivationRecord>> SqliteStorage::activations(const HistoryQuery &query)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    QString sql = QStringLiteral("SELECT %1 FROM activations WHERE destination_id = ?").arg(kActivationColumns);
    if (query.status) {
        sql += QStringLiteral(" AND status = ?");
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, rowid DESC LIMIT ?");
    q.prepare(sql);
    q.addBindValue(query.destinationId);
    if (query.status) {
        q.addBindValue(toString(*query.status));
    }
    q.addBindValue(query.limit);
    if (!q.exec()) {
        return sqlError(Tr::tr("Reading the history"), q.lastError());
    }
    QList<ActivationRecord> result;
    while (q.next()) {
        result.append(activationFromQuery(q));
    }
    return result;
}

Expected<QList<Attempt>> SqliteStorage::attempts(const QString &activationId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "SELECT started_at, duration_ms, http_status, outcome, code, message, retry_after, request_id, notice, "
        "location, request_headers, response_headers, response_excerpt FROM attempts WHERE activation_id = ? "
        "ORDER BY started_at, id"));
    q.addBindValue(activationId);
    if (!q.exec()) {
        return sqlError(Tr::tr("Reading the attempts of %1").arg(activationId), q.lastError());
    }
    QList<Attempt> result;
    while (q.next()) {
        Attempt a;
        a.activationId = activationId;
        a.startedAt = fromMs(q.value(0));
        a.durationMs = q.value(1).toLongLong();
        a.httpStatus = q.value(2).toInt();
        a.outcome.cls = outcomeClassFromString(q.value(3).toString()).value_or(OutcomeClass::Failed);
        a.outcome.code = q.value(4).toString();
        a.outcome.message = q.value(5).toString();
        if (!q.value(6).isNull()) {
            a.outcome.retryAfterSeconds = q.value(6).toInt();
        }
        a.requestId = q.value(7).toString();
        a.notice = q.value(8).toString();
        a.location = q.value(9).toString();
        a.requestHeaders = headersFromJson(q.value(10).toString());
        a.responseHeaders = headersFromJson(q.value(11).toString());
        a.responseBody = q.value(12).toByteArray();
        result.append(a);
    }
    return result;
}

Expected<QList<ExclusionRecord>> SqliteStorage::exclusions(const QString &destinationId, int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT profile_key, code, reason, at, is_test FROM exclusions "
                             "WHERE destination_id = ? ORDER BY at DESC, id DESC LIMIT ?"));
    q.addBindValue(destinationId);
    q.addBindValue(limit);
    if (!q.exec()) {
        return sqlError(Tr::tr("Reading the exclusions"), q.lastError());
    }
    QList<ExclusionRecord> result;
    while (q.next()) {
        result.append({ destinationId, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        fromMs(q.value(3)), q.value(4).toInt() != 0 });
    }
    return result;
}

} // namespace qad
