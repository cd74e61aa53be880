#include "storage/sqlitestorage.h"

#include "common/files.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <sqlite3.h>
#include <thread>

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
    // 2: the streaming engine: retry horizon, last exported states, rejects, checkpoints, runtime state,
    // hourly counters, alerts. The history index is ascending so a backward scan gives (created_at, rowid)
    // DESC exactly. The queue index serves claims, the status filter and (covering, is_test included) the
    // queue counts; retries have a small partial index of their own.
    R"sql(
ALTER TABLE activations ADD COLUMN first_attempt_at INTEGER;
DROP INDEX activations_due;
DROP INDEX activations_by_destination;
CREATE INDEX activations_history ON activations(destination_id, created_at);
CREATE INDEX activations_queue ON activations(status, destination_id, created_at, is_test);
CREATE INDEX activations_retry ON activations(destination_id, next_attempt_at) WHERE status = 'retrying';
CREATE INDEX exclusions_by_time ON exclusions(at);
CREATE TABLE profile_state (
    destination_id TEXT NOT NULL,
    profile_key TEXT NOT NULL,
    audiences TEXT NOT NULL,
    fingerprint BLOB NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (destination_id, profile_key)
) WITHOUT ROWID;
CREATE TABLE rejects (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    line INTEGER NOT NULL,
    reason TEXT NOT NULL,
    excerpt BLOB NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX rejects_by_time ON rejects(at);
CREATE TABLE checkpoints (
    source TEXT NOT NULL,
    destination_id TEXT NOT NULL,
    inode INTEGER NOT NULL,
    "offset" INTEGER NOT NULL,
    line INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (source, destination_id)
) WITHOUT ROWID;
CREATE TABLE destination_runtime (
    destination_id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    last_error TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL
);
CREATE TABLE hourly_counters (
    destination_id TEXT NOT NULL,
    hour INTEGER NOT NULL,
    received INTEGER NOT NULL DEFAULT 0,
    activated INTEGER NOT NULL DEFAULT 0,
    excluded INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    latency_ms_sum INTEGER NOT NULL DEFAULT 0,
    latency_count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (destination_id, hour)
) WITHOUT ROWID;
CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    destination_id TEXT NOT NULL,
    type TEXT NOT NULL,
    message TEXT NOT NULL,
    raised_at INTEGER NOT NULL,
    acknowledged_at INTEGER
);
CREATE INDEX alerts_open ON alerts(destination_id, acknowledged_at, raised_at);
)sql",
    // 3: the identity search. activations_search lets the history's walk test the profile key (and any filter
    // combined with it) from the index alone; before this step it was created outside the versions, so it may
    // exist already. activations_fts indexes every three characters of each profile key (case-folded), so a
    // search for three or more finds its few rows without reading the history. It holds no copy of the keys
    // (contentless), keys each row by its activations rowid and is kept by SqliteStorage's own statements
    // (insertActivations, purge): through triggers, FTS5 would write a new segment for every row inserted,
    // about six times the cost.
    R"sql(
CREATE INDEX IF NOT EXISTS activations_search
    ON activations(destination_id, created_at, profile_key, status, is_test);
CREATE VIRTUAL TABLE activations_fts USING fts5(
    profile_key, content='', columnsize=0, tokenize='trigram');
INSERT INTO activations_fts(rowid, profile_key) SELECT rowid, profile_key FROM activations;
)sql",
    // 4: a profile's activations go out in the order they were made, across retries too: a claim skips an
    // activation while an older one of its profile waits for a retry, looked up in this small partial index.
    R"sql(
CREATE INDEX activations_retry_profile ON activations(destination_id, profile_key, created_at)
    WHERE status = 'retrying';
)sql",
    // 5: activations_search begins with (destination_id, created_at), so it serves the plain history walk as
    // well; activations_history only cost a write for every activation made.
    R"sql(
DROP INDEX IF EXISTS activations_history;
)sql",
    // 6: a checkpoint keeps a digest of the bytes before its position, so that a file rewritten in place
    // since is noticed and read from its start (SourcePosition::digest). 0 is unknown: the checkpoints saved
    // before resume as they did. The small table is made anew rather than altered, so the step holds whatever
    // columns a schema-5 table has (ADD COLUMN fails on one that exists).
    R"sql(
CREATE TABLE checkpoints_6 (
    source TEXT NOT NULL,
    destination_id TEXT NOT NULL,
    inode INTEGER NOT NULL,
    "offset" INTEGER NOT NULL,
    line INTEGER NOT NULL,
    digest INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (source, destination_id)
) WITHOUT ROWID;
INSERT INTO checkpoints_6 (source, destination_id, inode, "offset", line, updated_at)
    SELECT source, destination_id, inode, "offset", line, updated_at FROM checkpoints;
DROP TABLE checkpoints;
ALTER TABLE checkpoints_6 RENAME TO checkpoints;
)sql",
    // 7: how delivery is going per destination (DeliveryHealth), written with the outcomes: the state "error"
    // and the last error while the endpoint fails, and the send rate for `qadctl status` in another process.
    R"sql(
CREATE TABLE delivery_health (
    destination_id TEXT PRIMARY KEY,
    failing INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    last_error_at INTEGER,
    last_at INTEGER NOT NULL DEFAULT 0,
    bucket INTEGER NOT NULL DEFAULT 0,
    bucket_count INTEGER NOT NULL DEFAULT 0,
    previous_count INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
)sql",
    // 8: per hour, the profiles received in it whose activation has succeeded since (StatusCounters::
    // receivedActivated), for an activation rate of the hour's own profiles. Counted from the history for the
    // hours before this step.
    R"sql(
ALTER TABLE hourly_counters ADD COLUMN received_activated INTEGER NOT NULL DEFAULT 0;
UPDATE hourly_counters SET received_activated = (
    SELECT COUNT(*) FROM activations a
    WHERE a.destination_id = hourly_counters.destination_id
        AND a.created_at >= hourly_counters.hour AND a.created_at < hourly_counters.hour + 3600000
        AND a.status = 'succeeded' AND a.is_test = 0);
)sql",
    // 9: a profile is found again when its identities change (a device id added, an email dropped): each
    // identity of a state whose key is not that identity alone points to the state's key (Ingestor). The
    // states exported before this step get theirs from their keys. And a state remembers the last update
    // refused as over 100 KB, so that the same update again is not refused again (ProfileState::refused).
    R"sql(
ALTER TABLE profile_state ADD COLUMN refused BLOB;
CREATE TABLE profile_identity (
    destination_id TEXT NOT NULL,
    identity TEXT NOT NULL,
    profile_key TEXT NOT NULL,
    PRIMARY KEY (destination_id, identity)
) WITHOUT ROWID;
WITH RECURSIVE split(destination_id, profile_key, identity, rest) AS (
    SELECT destination_id, profile_key, '', profile_key || '|' FROM profile_state
        WHERE instr(profile_key, '|') > 0
    UNION ALL
    SELECT destination_id, profile_key, substr(rest, 1, instr(rest, '|') - 1),
        substr(rest, instr(rest, '|') + 1) FROM split WHERE rest <> ''
)
INSERT OR IGNORE INTO profile_identity (destination_id, identity, profile_key)
    SELECT destination_id, identity, profile_key FROM split WHERE identity <> '';
)sql",
    // 10: a profile's activations stay in order when its identities change: a claim keeps one behind an older
    // retry with the same order key (ActivationRecord::orderKey, the key of the profile's state), not the
    // same profile key, which holds the identities it was sent with. The queue from before this step gets the
    // state its identities lead to as the Ingestor finds it (its own key's, else the first of its identities'
    // that points to one or has one). The rest of the history keeps NULL, read as its profile key, rather
    // than be rewritten row by row; a replay fills it in before it is queued again.
    R"sql(
ALTER TABLE activations ADD COLUMN order_key TEXT;
DROP INDEX activations_retry_profile;
WITH RECURSIVE split(activation, destination_id, n, identity, rest) AS (
    SELECT a.rowid, a.destination_id, 0, '', a.profile_key || '|' FROM activations a
        WHERE a.status IN ('pending', 'sending', 'retrying') AND NOT EXISTS (SELECT 1 FROM profile_state s
            WHERE s.destination_id = a.destination_id AND s.profile_key = a.profile_key)
    UNION ALL
    SELECT activation, destination_id, n + 1, substr(rest, 1, instr(rest, '|') - 1),
        substr(rest, instr(rest, '|') + 1) FROM split WHERE rest <> ''
),
led(activation, n, state_key) AS (
    SELECT split.activation, split.n, COALESCE(pointed.profile_key, own.profile_key) FROM split
        LEFT JOIN profile_identity i ON i.destination_id = split.destination_id AND i.identity = split.identity
        LEFT JOIN profile_state pointed
            ON pointed.destination_id = split.destination_id AND pointed.profile_key = i.profile_key
        LEFT JOIN profile_state own
            ON own.destination_id = split.destination_id AND own.profile_key = split.identity
        WHERE split.n > 0
)
UPDATE activations SET order_key = COALESCE((SELECT state_key FROM led WHERE led.activation = activations.rowid
    AND state_key IS NOT NULL ORDER BY n LIMIT 1), profile_key)
    WHERE status IN ('pending', 'sending', 'retrying');
CREATE INDEX activations_retry_profile ON activations(destination_id, order_key, created_at)
    WHERE status = 'retrying';
)sql",
};
static_assert(int(std::size(kMigrations)) == SqliteStorage::kSchemaVersion, "a step per schema version");

// A header's bytes as a JSON string, each byte read as Latin-1 (as headersFromJson() gives them back). Runs
// of plain ASCII, nearly all of a header, are copied at once.
void appendJsonString(QByteArray &json, const QByteArray &latin1)
{
    static constexpr char kHex[] = "0123456789abcdef";
    json += '"';
    const char *const end = latin1.constEnd();
    const char *plain = latin1.constBegin();
    for (const char *p = plain; p != end; ++p) {
        const auto byte = uchar(*p);
        if (byte >= 0x20 && byte < 0x80 && byte != '"' && byte != '\\') {
            continue;
        }
        json.append(plain, p - plain);
        plain = p + 1;
        if (byte == '"' || byte == '\\') {
            json += '\\';
            json += char(byte);
        } else if (byte < 0x20) {
            json += "\\u00";
            json += kHex[byte >> 4];
            json += kHex[byte & 0xf];
        } else { // U+0080..U+00FF in UTF-8
            json += char(0xc0 | (byte >> 6));
            json += char(0x80 | (byte & 0x3f));
        }
    }
    json.append(plain, end - plain);
    json += '"';
}

// [[name, value], ...] in UTF-8, read back by headersFromJson() with QJsonDocument. Written directly: through
// QJsonArray and QJsonDocument it took a fifth of the outbox thread's time, twice per attempt.
QByteArray headersToJson(const HeaderList &headers)
{
    QByteArray json;
    json.reserve(256);
    json += '[';
    for (const auto &[name, value] : headers) {
        if (json.size() > 1) {
            json += ',';
        }
        json += '[';
        appendJsonString(json, name);
        json += ',';
        appendJsonString(json, value);
        json += ']';
    }
    json += ']';
    return json;
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

Error replayRefusal(const ActivationRecord &activation)
{
    if (activation.isTest) {
        return Error { Tr::tr("Activation %1 was a test send and is not replayed: send a test again instead.")
                           .arg(activation.id) };
    }
    if (activation.status != ActivationStatus::Failed && activation.status != ActivationStatus::Succeeded) {
        return Error { Tr::tr("Activation %1 is %2, so it is still queued and will be sent: only a failed or "
                              "succeeded activation can be replayed.")
                           .arg(activation.id, toString(activation.status)) };
    }
    return {};
}

std::optional<ActivationStatus> activationStatusFromString(const QString &text)
{
    for (ActivationStatus s : { ActivationStatus::Pending, ActivationStatus::Sending,
             ActivationStatus::Retrying, ActivationStatus::Succeeded, ActivationStatus::Failed }) {
        if (toString(s) == text.trimmed().toLower()) {
            return s;
        }
    }
    return std::nullopt;
}

// Text columns are NOT NULL: an unset QString binds as NULL, so bind an empty one.
QString SqliteStorage::text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant SqliteStorage::msOrNull(const std::optional<QDateTime> &at)
{
    return at ? QVariant(at->toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime SqliteStorage::fromMs(const QVariant &ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

// A version 7 UUID (RFC 9562): 48 bits of Unix time in milliseconds, then 74 random bits. Ids made close in
// time sort close together, so the activations' id index and the attempts' index by activation grow at their
// end, where the pages are already in memory, instead of at a random page per row (version 4).
QString ActivationRecord::newId()
{
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    quint64 random[2];
    QRandomGenerator::global()->fillRange(random);
    char bytes[16];
    for (int i = 0; i < 6; ++i) {
        bytes[i] = char(ms >> (40 - 8 * i));
    }
    for (int i = 6; i < 16; ++i) {
        bytes[i] = char(random[i / 8] >> (8 * (i % 8)));
    }
    bytes[6] = char(0x70 | (bytes[6] & 0x0f)); // version 7
    bytes[8] = char(0x80 | (bytes[8] & 0x3f)); // the RFC variant
    return QUuid::fromRfc4122(QByteArray::fromRawData(bytes, 16)).toString(QUuid::WithoutBraces);
}

SqliteStorage::SqliteStorage(QString dataDirectory)
    : m_directory(std::move(dataDirectory))
{
    static std::atomic<int> counter { 0 };
    m_connectionName = QStringLiteral("qad-storage-%1").arg(counter.fetch_add(1));
}

SqliteStorage::~SqliteStorage()
{
    m_statements.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString SqliteStorage::databasePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("qad.sqlite"));
}

QSqlDatabase SqliteStorage::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error sqliteError(const QString &what, const QSqlError &error, const QString &databasePath)
{
    // SQLite's own words ("database or disk is full"), without the Qt driver's ("Unable to fetch row").
    const QString cause = !error.databaseText().isEmpty() ? error.databaseText()
        : !error.driverText().isEmpty()                   ? error.driverText()
                                                          : error.text();
    const QString path = QDir::toNativeSeparators(databasePath);
    bool known = false;
    const int code = error.nativeErrorCode().toInt(&known) & 0xff; // the primary code of an extended one
    switch (known ? code : -1) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error { Tr::tr("%1 failed: %2. The database %3 is damaged, or is not qad's. qad does not "
                              "change it: quit qad and qadctl, then move it away to start with an empty "
                              "history, or put a backup in its place.")
                           .arg(what, cause, path) };
    case SQLITE_FULL:
        return Error { Tr::tr("%1 failed: %2. Free some space on the disk that holds %3: what was saved "
                              "before is kept.")
                           .arg(what, cause, path),
            true };
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error { Tr::tr("%1 failed: %2. The database %3 stayed locked too long: if another program "
                              "holds it (a database browser, a backup tool), close it, then try again.")
                           .arg(what, cause, path),
            true };
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
        return Error { Tr::tr("%1 failed: %2. Check that you may write to %3 and to its directory.")
                           .arg(what, cause, path) };
    default:
        // An I/O error is often a full disk (or a file size limit) in the system's words: passing too.
        return Error { Tr::tr(
                           "%1 failed: %2. Check that the data directory %3 is writable and the disk is not "
                           "full.")
                           .arg(what, cause, QDir::toNativeSeparators(QFileInfo(databasePath).path())),
            known && code == SQLITE_IOERR };
    }
}

Error SqliteStorage::sqlError(const QString &what, const QSqlError &error) const
{
    return sqliteError(what, error, databasePath());
}

Status SqliteStorage::verify()
{
    // quick_check reads every page, as a reader of the history would, without comparing indexes with their
    // tables (integrity_check's dearest part).
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
        return sqlError(Tr::tr("Checking the database"), q.lastError());
    }
    QStringList problems;
    while (q.next()) {
        // Each row may hold several lines, headed "*** in database main ***".
        for (const QString &line : q.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("***"))) {
                problems.append(line.trimmed());
            }
        }
    }
    if (problems == QStringList { QStringLiteral("ok") }) {
        return {};
    }
    const QSqlError damaged(QString(), problems.join(QLatin1String("; ")), QSqlError::StatementError,
        QString::number(SQLITE_CORRUPT));
    return sqlError(Tr::tr("Checking the database"), damaged);
}

namespace {

// How a writer waits for another's lock: in 100 µs steps for the first 20 ms, then 1 ms steps, giving up
// after about 5 s like QSQLITE_BUSY_TIMEOUT. SQLite's own schedule sleeps 1, 2, 5, 10, 15, 20, 25 ms…: behind
// a commit of a fraction of a millisecond (the reader and the worker write all the time) a waiter would lose
// tens of milliseconds, which showed as the tail of the append-to-POST latency.
int waitForLock(void *, int attempts)
{
    constexpr int kShortSteps = 200;
    if (attempts < kShortSteps) {
        std::this_thread::sleep_for(std::chrono::microseconds(100));
        return 1;
    }
    if (attempts - kShortSteps >= 5000) {
        return 0; // SQLITE_BUSY: the caller reports the database as busy
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return 1;
}

// Replaces the timeout-based handler Qt set (only one is active).
void setBusyHandler(const QSqlDatabase &db)
{
    if (sqlite3 *connection = SqliteStatement::connection(db)) {
        sqlite3_busy_handler(connection, &waitForLock, nullptr);
    }
}

// SQLite's memory statistics take a global lock on every allocation, and nothing here reads them. The setting
// only takes before SQLite's first use in the process; later calls are refused and change nothing.
void configureLibrary()
{
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured)
}

} // namespace

Status SqliteStorage::open()
{
    configureLibrary();
    if (auto status = files::ensurePrivateDirectory(m_directory); !status) {
        return status;
    }
    m_statements.clear(); // opening again closes the connection first
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid()) {
        return Error { Tr::tr("The Qt SQLite driver is missing: install the package libqt6sql6-sqlite.") };
    }
    db.setDatabaseName(databasePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return sqlError(Tr::tr("Opening the database"), db.lastError());
    }
    setBusyHandler(db);
    QSqlQuery q(db);
    // A commit returns once it is on the disk; a claim is the one exception (see claimDue()).
    for (const char *pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
             "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-16384" }) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            return sqlError(
                Tr::tr("Opening the database (%1)").arg(QString::fromLatin1(pragma)), q.lastError());
        }
    }
    files::makePrivate(databasePath());
    return migrate();
}

int SqliteStorage::schemaVersion() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

Status SqliteStorage::migrate()
{
    QSqlDatabase db = database();
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
                if (error.text().contains(QLatin1String("fts5"))
                    || error.text().contains(QLatin1String("trigram"))) {
                    return Error { Tr::tr("Migrating the database to schema %1 failed: %2. The history's "
                                          "search needs SQLite 3.34 or newer built with FTS5: upgrade the "
                                          "system's SQLite library (libsqlite3).")
                                       .arg(version)
                                       .arg(error.text()) };
                }
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

// One activation is a batch of one: the same statement and the same transaction rules as the stream.
Status SqliteStorage::insertActivation(const ActivationRecord &a)
{
    IngestBatch batch;
    batch.activations.append(a);
    return commitIngest(batch);
}

Status SqliteStorage::recordAttempt(
    const Attempt &attempt, ActivationStatus next, std::optional<QDateTime> nextAttemptAt)
{
    return recordAttempts({ AttemptOutcome { attempt, next, std::move(nextAttemptAt) } });
}

// Each outcome: its attempt row, the activation's next state, and what it adds to the counters (test sends
// count nowhere). Inside the caller's transaction; an unknown activation fails the whole batch.
Status SqliteStorage::recordOutcomes(
    QSqlDatabase &db, const QList<AttemptOutcome> &outcomes, CounterDeltas &deltas, HealthDeltas *health)
{
    // What the counters need comes back from the same statement: one look-up of the id, not two.
    const auto update = m_statements.statement(db,
        QByteArrayLiteral(
            "UPDATE activations SET status = ?, attempt_count = attempt_count + 1, next_attempt_at = ?, "
            "last_error = ?, first_attempt_at = COALESCE(first_attempt_at, ?), updated_at = ? "
            "WHERE id = ? RETURNING destination_id, is_test, created_at"));
    const auto insert = m_statements.statement(db,
        QByteArrayLiteral(
            "INSERT INTO attempts (activation_id, started_at, duration_ms, http_status, outcome, code, "
            "message, retry_after, request_id, notice, location, request_headers, response_headers, "
            "response_excerpt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const SqliteStatement *statement : { &*update, &*insert }) {
        if (!statement->isValid()) {
            return sqlError(Tr::tr("Preparing to record attempts"), statement->lastError());
        }
    }
    for (const auto &[attempt, next, nextAttemptAt] : outcomes) {
        const qint64 startedMs = attempt.startedAt.toMSecsSinceEpoch();
        const QByteArray activationId = attempt.activationId.toUtf8();
        // A 401/403 that paused the destination keeps the activation queued: it counts as an attempt, but
        // does not start the retry horizon (24 hours from the first attempt, SPEC §6), or a pause over a
        // weekend would fail it at its first transient error after the resume. Nor, not being a retryable
        // failure, does it move the activation along the schedule (retryableFailures).
        const bool heldByPause = attempt.outcome.pausesDestination && next == ActivationStatus::Pending;
        update->bindText(0, toString(next));
        update->bindMsOrNull(1, nextAttemptAt);
        update->bindText(
            2, attempt.outcome.cls == OutcomeClass::Succeeded ? QString() : attempt.outcome.message);
        update->bindMsOrNull(3, heldByPause ? std::nullopt : std::optional<QDateTime>(attempt.startedAt));
        update->bindInt(4, startedMs + attempt.durationMs);
        update->bindText(5, activationId);
        if (!update->exec()) {
            return sqlError(Tr::tr("Recording an attempt of activation %1").arg(attempt.activationId),
                update->lastError());
        }
        if (!update->hasRow()) {
            return Error { Tr::tr("Cannot record an attempt: activation %1 is not in the history.")
                               .arg(attempt.activationId) };
        }
        const QString destinationId = update->text(0);
        const bool isTest = update->int64(1) != 0;
        const qint64 createdMs = update->int64(2);

        insert->bindText(0, activationId);
        insert->bindInt(1, startedMs);
        insert->bindInt(2, attempt.durationMs);
        insert->bindInt(3, attempt.httpStatus);
        insert->bindText(4, toString(attempt.outcome.cls));
        insert->bindText(5, attempt.outcome.code);
        insert->bindText(6, attempt.outcome.message);
        if (attempt.outcome.retryAfterSeconds) {
            insert->bindInt(7, *attempt.outcome.retryAfterSeconds);
        } else {
            insert->bindNull(7);
        }
        insert->bindText(8, attempt.requestId);
        insert->bindText(9, attempt.notice);
        insert->bindText(10, attempt.location);
        insert->bindText(11, headersToJson(attempt.requestHeaders));
        insert->bindText(12, headersToJson(attempt.responseHeaders));
        if (attempt.responseBody.isNull()) {
            insert->bindNull(13); // no answer at all, as opposed to an empty one
        } else {
            insert->bindBlob(13, attempt.responseBody.left(kResponseExcerptBytes));
        }
        if (!insert->exec()) {
            return sqlError(Tr::tr("Recording an attempt of activation %1").arg(attempt.activationId),
                insert->lastError());
        }

        if (isTest) {
            continue;
        }
        if (health) {
            HealthDelta &h = (*health)[destinationId];
            const qint64 endedMs = startedMs + std::max<qint64>(attempt.durationMs, 0);
            const bool succeeded = next == ActivationStatus::Succeeded;
            if (succeeded || next == ActivationStatus::Failed) {
                ++h.finals;
            }
            if (endedMs >= h.lastAtMs) {
                h.lastAtMs = endedMs;
                h.lastSucceeded = succeeded;
            }
            if (!succeeded && endedMs >= h.lastErrorAtMs) {
                h.lastErrorAtMs = endedMs;
                h.lastError = attempt.outcome.message;
            }
        }
        StatusCounters &counters = deltas[{ destinationId, HourlyCounters::hourStart(startedMs) }];
        if (next == ActivationStatus::Succeeded) {
            counters.activated += 1;
            counters.latencyMsSum += attempt.durationMs;
            counters.latencyCount += 1;
            deltas[{ destinationId, HourlyCounters::hourStart(createdMs) }].receivedActivated += 1;
        } else if (next == ActivationStatus::Failed) {
            counters.failed += 1;
        }
    }
    return {};
}

Status SqliteStorage::insertExclusion(const ExclusionRecord &e)
{
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("INSERT INTO exclusions (destination_id, profile_key, code, reason, at, is_test) "
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

QString SqliteStorage::activationColumns()
{
    return QStringLiteral(
        "id, destination_id, profile_key, audiences, created_at, payload, status, attempt_count, "
        "next_attempt_at, is_test, last_error, first_attempt_at, COALESCE(order_key, profile_key)");
}

namespace {

// A result row of QSqlQuery, read the way SqliteStatement reads its own.
struct QueryRow
{
    const QSqlQuery &query;
    QString text(int column) const { return query.value(column).toString(); }
    QByteArray utf8(int column) const { return query.value(column).toString().toUtf8(); }
    QByteArray bytes(int column) const { return query.value(column).toByteArray(); }
    qint64 int64(int column) const { return query.value(column).toLongLong(); }
    bool isNull(int column) const { return query.value(column).isNull(); }
};

struct StatementRow
{
    const SqliteStatement &statement;
    QString text(int column) const { return statement.text(column); }
    QByteArray utf8(int column) const { return statement.bytes(column); }
    QByteArray bytes(int column) const { return statement.bytes(column); }
    qint64 int64(int column) const { return statement.int64(column); }
    bool isNull(int column) const { return statement.isNull(column); }
};

// The columns of activationColumns(), from `c` on.
template<typename Row> ActivationRecord activationFromRow(const Row &row, int c)
{
    const auto at = [&row](int column) {
        return QDateTime::fromMSecsSinceEpoch(row.int64(column), Qt::UTC);
    };
    ActivationRecord a;
    a.id = row.text(c + 0);
    a.destinationId = row.text(c + 1);
    a.profileKey = row.text(c + 2);
    a.audiences = row.utf8(c + 3);
    a.createdAt = at(c + 4);
    a.payload = row.bytes(c + 5);
    a.status = activationStatusFromString(row.text(c + 6)).value_or(ActivationStatus::Pending);
    a.attemptCount = int(row.int64(c + 7));
    if (!row.isNull(c + 8)) {
        a.nextAttemptAt = at(c + 8);
    }
    a.isTest = row.int64(c + 9) != 0;
    a.lastError = row.text(c + 10);
    if (!row.isNull(c + 11)) {
        a.firstAttemptAt = at(c + 11);
    }
    a.orderKey = row.text(c + 12);
    return a;
}

} // namespace

ActivationRecord SqliteStorage::activationFromQuery(const QSqlQuery &q, int c)
{
    return activationFromRow(QueryRow { q }, c);
}

ActivationRecord SqliteStorage::activationFromStatement(const SqliteStatement &statement, int c)
{
    return activationFromRow(StatementRow { statement }, c);
}

Expected<ActivationRecord> SqliteStorage::activation(const QString &id)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM activations WHERE id = ?").arg(activationColumns()));
    q.addBindValue(id);
    if (!q.exec()) {
        return sqlError(Tr::tr("Reading activation %1").arg(id), q.lastError());
    }
    if (!q.next()) {
        return Error { Tr::tr("No activation %1 in the history.").arg(id) };
    }
    return activationFromQuery(q);
}

// Each shape of history query walks one index in order and stops at the limit:
// - the plain history (optionally a time range) walks activations_search, in (destination_id, created_at)
//   order;
// - a status walks activations_queue (left to itself the planner may walk the whole destination's history
//   looking for a status that is rare or absent);
// - an identity search walks activations_search, which holds the profile key, status and test flag, so the
//   LIKE runs over the index alone and only matching rows are read. A rare identity means reading every key
//   (about 350 ms for 1,000,000 on a 2-core machine, mostly reading the index): the GUI first asks
//   indexedSearch(), and reads in windows found with createdAtAfter() only what it cannot answer; see
//   tests/benchmarks/bench_history.cpp;
// - the rows an indexed search found (`candidates`, a JSON array of rowids) are read by rowid, then sorted;
// - a list of ids uses the primary key.
// A cursor is (created_at, rowid) of a row by its id: `created_at <= t` bounds the index range, the rest
// breaks ties within one millisecond.
SqliteStorage::HistorySql SqliteStorage::historySql(const HistoryQuery &query, const QString &candidates)
{
    HistorySql sql;
    QString index;
    if (!candidates.isEmpty()) {
        index = QStringLiteral("NOT INDEXED"); // the rowids, not a walk of the destination's history
    } else if (query.ids.isEmpty()) {
        index = QStringLiteral("INDEXED BY ")
            + (query.status && query.identityContains.isEmpty() ? QStringLiteral("activations_queue")
                                                                : QStringLiteral("activations_search"));
    }
    QStringList where;
    if (!candidates.isEmpty()) {
        where.append(QStringLiteral("rowid IN (SELECT value FROM json_each(?))"));
        sql.values.append(candidates);
    }
    // With ids, `+` keeps the planner off the destination's indexes (a walk of its whole history) and on the
    // primary key.
    where.append(
        query.ids.isEmpty() ? QStringLiteral("destination_id = ?") : QStringLiteral("+destination_id = ?"));
    sql.values.append(query.destinationId);
    if (!query.ids.isEmpty()) {
        QStringList marks;
        for (const QString &id : query.ids) {
            marks.append(QStringLiteral("?"));
            sql.values.append(id);
        }
        where.append(QStringLiteral("id IN (%1)").arg(marks.join(QStringLiteral(", "))));
    }
    if (query.status) {
        where.append(QStringLiteral("status = ?"));
        sql.values.append(toString(*query.status));
    }
    if (!query.identityContains.isEmpty()) {
        QString escaped = query.identityContains;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        where.append(QStringLiteral("profile_key LIKE ? ESCAPE '\\'"));
        sql.values.append(QLatin1Char('%') + escaped + QLatin1Char('%'));
    }
    if (query.from) {
        where.append(QStringLiteral("created_at >= ?"));
        sql.values.append(query.from->toMSecsSinceEpoch());
    }
    if (query.to) {
        where.append(QStringLiteral("created_at < ?"));
        sql.values.append(query.to->toMSecsSinceEpoch());
    }
    if (!query.includeTests) {
        where.append(QStringLiteral("is_test = 0"));
    }
    const auto cursor = [&](const HistoryCursor &at, QLatin1Char direction) {
        where.append(QStringLiteral("created_at %1= ? AND (created_at %1 ? OR rowid %1 "
                                    "(SELECT rowid FROM activations WHERE id = ?))")
                         .arg(QChar(direction)));
        const qint64 ms = at.createdAt.toMSecsSinceEpoch();
        sql.values << ms << ms << at.id;
    };
    if (query.olderThan) {
        cursor(*query.olderThan, QLatin1Char('<'));
    }
    if (query.newerThan) {
        cursor(*query.newerThan, QLatin1Char('>'));
    }
    sql.fromWhere
        = QStringLiteral("FROM activations %1 WHERE %2").arg(index, where.join(QStringLiteral(" AND ")));
    return sql;
}

Status SqliteStorage::selectHistory(
    QSqlQuery &q, const QString &columns, const HistoryQuery &query, const QString &candidates)
{
    const HistorySql sql = historySql(query, candidates);
    // Newer than a cursor: the nearest rows, so ascending from it; the caller gets them newest first.
    const QString order = query.newerThan ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // Candidates: sorted by their rowids and creation times alone, then only the page's rows are read whole
    // (the columns include the latest attempt, a probe per row).
    const QString select = candidates.isEmpty()
        ? QStringLiteral("SELECT %1 %2 ORDER BY created_at %3, rowid %3 LIMIT ?")
        : QStringLiteral("SELECT %1 FROM activations WHERE rowid IN (SELECT rowid %2 ORDER BY created_at %3, "
                         "rowid %3 LIMIT ?) ORDER BY created_at %3, rowid %3");
    q.setForwardOnly(true);
    if (!q.prepare(select.arg(columns, sql.fromWhere, order))) {
        return sqlError(Tr::tr("Reading the history"), q.lastError());
    }
    for (const QVariant &value : sql.values) {
        q.addBindValue(value);
    }
    q.addBindValue(query.limit);
    if (!q.exec()) {
        return sqlError(Tr::tr("Reading the history"), q.lastError());
    }
    return {};
}

Expected<QList<ActivationRecord>> SqliteStorage::activations(const HistoryQuery &query)
{
    QSqlQuery q(database());
    if (const Status status = selectHistory(q, activationColumns(), query, {}); !status) {
        return status.error();
    }
    QList<ActivationRecord> result;
    while (q.next()) {
        result.append(activationFromQuery(q));
    }
    if (query.newerThan) {
        std::reverse(result.begin(), result.end());
    }
    return result;
}

Expected<QList<HistoryEntry>> SqliteStorage::history(const HistoryQuery &query)
{
    return readHistory(query, {});
}

Expected<QList<HistoryEntry>> SqliteStorage::readHistory(const HistoryQuery &query, const QString &candidates)
{
    // The payload stays on disk (an empty blob in its place); the latest attempt is one index probe per row.
    QString columns = activationColumns();
    columns.replace(QLatin1String("payload"), QLatin1String("X''"));
    columns
        += QStringLiteral(", (SELECT http_status FROM attempts WHERE attempts.activation_id = activations.id "
                          "ORDER BY started_at DESC, attempts.id DESC LIMIT 1)");
    QSqlQuery q(database());
    if (const Status status = selectHistory(q, columns, query, candidates); !status) {
        return status.error();
    }
    QList<HistoryEntry> result;
    while (q.next()) {
        result.append({ activationFromQuery(q), q.value(kActivationColumnCount).toInt() });
    }
    if (query.newerThan) {
        std::reverse(result.begin(), result.end());
    }
    return result;
}

// The rowids whose profile key may hold `text`, as a JSON array, or none when the trigram index does not help
// to find `rows` of them:
// - text under three characters has no trigram;
// - when the newest m_searchWalkRows rows already hold `rows` matches, the history's walk finds them in a few
//   milliseconds (rows are mostly inserted in creation order; a wrong guess only costs time);
// - past kMaxCandidates the matches are common, and reading them all costs more than walking.
// Each question to the index stops early (the rowid range, the LIMIT). The index folds case beyond ASCII too,
// so it finds a superset of the rows; historySql() keeps the LIKE that decides.
Expected<std::optional<QString>> SqliteStorage::searchCandidates(const QString &text, int rows)
{
    constexpr int kMaxCandidates = 20'000;
    if (text.toUcs4().size() < 3) {
        return std::optional<QString>();
    }
    QString phrase = text; // one FTS5 phrase: every character literal, a quote doubled
    phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
    phrase = QLatin1Char('"') + phrase + QLatin1Char('"');
    QSqlQuery near(database());
    near.setForwardOnly(true);
    near.prepare(
        QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM activations_fts WHERE activations_fts "
                       "MATCH ? AND rowid > (SELECT MAX(rowid) FROM activations) - ? LIMIT ?)"));
    near.addBindValue(phrase);
    near.addBindValue(m_searchWalkRows);
    near.addBindValue(rows);
    if (!near.exec() || !near.next()) {
        return sqlError(Tr::tr("Searching the history"), near.lastError());
    }
    if (near.value(0).toInt() >= rows) {
        return std::optional<QString>();
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT json_group_array(rowid), COUNT(*) FROM "
                             "(SELECT rowid FROM activations_fts WHERE activations_fts MATCH ? LIMIT ?)"));
    q.addBindValue(phrase);
    q.addBindValue(kMaxCandidates + 1);
    if (!q.exec() || !q.next()) {
        return sqlError(Tr::tr("Searching the history"), q.lastError());
    }
    if (q.value(1).toInt() > kMaxCandidates) {
        return std::optional<QString>();
    }
    return std::optional<QString>(q.value(0).toString());
}

Expected<std::optional<QList<HistoryEntry>>> SqliteStorage::indexedSearch(const HistoryQuery &query)
{
    if (query.identityContains.isEmpty() || !query.ids.isEmpty()) {
        return std::optional<QList<HistoryEntry>>();
    }
    const auto candidates = searchCandidates(query.identityContains, query.limit);
    if (!candidates) {
        return candidates.error();
    }
    if (!*candidates) {
        return std::optional<QList<HistoryEntry>>();
    }
    auto page = readHistory(query, **candidates);
    if (!page) {
        return page.error();
    }
    return std::optional<QList<HistoryEntry>>(std::move(page).value());
}

Expected<qint64> SqliteStorage::countActivations(const HistoryQuery &query)
{
    const HistorySql sql = historySql(query, {});
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 %1 LIMIT ?)").arg(sql.fromWhere))) {
        return sqlError(Tr::tr("Counting the history"), q.lastError());
    }
    for (const QVariant &value : sql.values) {
        q.addBindValue(value);
    }
    q.addBindValue(query.limit > 0 ? query.limit : -1); // SQLite: a negative limit is no limit
    if (!q.exec() || !q.next()) {
        return sqlError(Tr::tr("Counting the history"), q.lastError());
    }
    return q.value(0).toLongLong();
}

Expected<std::optional<QDateTime>> SqliteStorage::createdAtAfter(
    const QString &destinationId, const std::optional<QDateTime> &before, int rows)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    // The search index, in its own order: the step that follows reads the same pages, from the cache.
    q.prepare(QStringLiteral("SELECT created_at FROM activations INDEXED BY activations_search "
                             "WHERE destination_id = ?%1 ORDER BY created_at DESC LIMIT 1 OFFSET ?")
                  .arg(before ? QStringLiteral(" AND created_at < ?") : QString()));
    q.addBindValue(destinationId);
    if (before) {
        q.addBindValue(before->toMSecsSinceEpoch());
    }
    q.addBindValue(qMax(rows - 1, 0));
    if (!q.exec()) {
        return sqlError(Tr::tr("Reading the history"), q.lastError());
    }
    return q.next() ? std::optional<QDateTime>(fromMs(q.value(0))) : std::optional<QDateTime>();
}

Expected<QList<Attempt>> SqliteStorage::attempts(const QString &activationId)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT started_at, duration_ms, http_status, outcome, code, message, retry_after, request_id, "
        "notice, "
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
    QSqlQuery q(database());
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
