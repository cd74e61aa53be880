#include "panels/historymodel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopedValueRollback>

namespace qad::ui {

namespace {

bool isFinal(ActivationStatus status)
{
    return status == ActivationStatus::Succeeded || status == ActivationStatus::Failed;
}

HistoryCursor cursorOf(const HistoryEntry &entry)
{
    return { entry.activation.createdAt, entry.activation.id };
}

// What the user sees of a row changed: worth a dataChanged.
bool differs(const HistoryEntry &a, const HistoryEntry &b)
{
    return a.activation.status != b.activation.status
        || a.activation.attemptCount != b.activation.attemptCount || a.lastHttpStatus != b.lastHttpStatus
        || a.activation.lastError != b.activation.lastError
        || a.activation.nextAttemptAt != b.activation.nextAttemptAt;
}

constexpr int kIdsPerRead = 500; // ids in one IN (...) list

} // namespace

HistoryModel::HistoryModel(Storage &storage, QObject *parent)
    : QAbstractTableModel(parent)
    , m_storage(storage)
{
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(0);
    connect(&m_countTimer, &QTimer::timeout, this, &HistoryModel::countMatching);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(0);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] {
        searchStep();
        notifySearching(true);
    });
}

QColor HistoryModel::statusColour(ActivationStatus status)
{
    switch (status) {
    case ActivationStatus::Succeeded:
        return QColor(0x1b, 0x7f, 0x3b); // green
    case ActivationStatus::Retrying:
        return QColor(0xb2, 0x6a, 0x00); // amber
    case ActivationStatus::Failed:
        return QColor(0xc6, 0x28, 0x28); // red
    case ActivationStatus::Pending:
    case ActivationStatus::Sending:
        break;
    }
    return QColor(0x1f, 0x5f, 0xa8); // blue: on its way
}

QString HistoryModel::statusText(ActivationStatus status)
{
    switch (status) {
    case ActivationStatus::Pending:
        return tr("pending");
    case ActivationStatus::Sending:
        return tr("sending");
    case ActivationStatus::Retrying:
        return tr("retrying");
    case ActivationStatus::Succeeded:
        return tr("succeeded");
    case ActivationStatus::Failed:
        return tr("failed");
    }
    return {};
}

QString HistoryModel::testText()
{
    return tr("test");
}

QString HistoryModel::outcomeText(OutcomeClass cls)
{
    switch (cls) {
    case OutcomeClass::Succeeded:
        return tr("succeeded", "attempt outcome");
    case OutcomeClass::Retry:
        return tr("retry", "attempt outcome: to be sent again");
    case OutcomeClass::Failed:
        return tr("failed", "attempt outcome");
    }
    return {};
}

QString HistoryModel::membershipText(const QString &status)
{
    if (status == u"realized") {
        return tr("realized", "audience membership status: the profile qualified for the audience");
    }
    if (status == u"existing") {
        return tr("existing", "audience membership status: the profile is still in the audience");
    }
    if (status == u"exited") {
        return tr("exited", "audience membership status: the profile left the audience");
    }
    return status;
}

void HistoryModel::setFilter(const HistoryQuery &filter)
{
    const bool wasSearching = isSearching();
    m_filter = filter;
    m_filter.olderThan.reset();
    m_filter.newerThan.reset();
    m_filter.ids.clear();
    m_searchTimer.stop();
    m_countTimer.stop();
    {
        const QScopedValueRollback changing(m_changing, true);
        beginResetModel();
        m_rows.clear();
        m_hasMore = false;
        m_search.reset();
        m_newestSeen.reset();
        m_count.reset();
        m_countIsLowerBound = false;
        endResetModel();
    }
    if (!m_filter.destinationId.isEmpty()) {
        rememberNewest(); // before the first read: what is committed meanwhile is new at the next refresh
        if (m_filter.identityContains.isEmpty()) {
            loadPage();
        } else {
            m_search = Search {};
            m_search->upper = m_filter.to;
            m_search->wanted = m_pageSize;
            searchStep();
        }
    }
    Q_EMIT matchingCountChanged();
    notifySearching(wasSearching);
}

void HistoryModel::setAudienceNames(const QHash<QString, QString> &names)
{
    m_audienceNames = names;
    for (Row &row : m_rows) {
        row.audiencesText = audiencesText(row.entry.activation.audiences);
    }
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, AudiencesColumn), index(int(m_rows.size()) - 1, AudiencesColumn));
    }
}

std::optional<int> HistoryModel::rowOf(const QString &activationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).entry.activation.id == activationId) {
            return row;
        }
    }
    return std::nullopt;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const ActivationRecord &a = row.entry.activation;
    switch (role) {
    case ActivationIdRole:
        return a.id;
    case StatusRole:
        return int(a.status);
    case CreatedAtRole:
        return a.createdAt;
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(statusColour(a.status)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == AttemptsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                : QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CreatedColumn:
            return a.createdAt.toUTC().toString(Qt::ISODateWithMs);
        case StatusColumn:
            return a.nextAttemptAt
                ? tr("Next attempt at %1")
                      .arg(a.nextAttemptAt->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                : QVariant();
        case LastResultColumn:
            return a.lastError.isEmpty() ? QVariant() : QVariant(a.lastError);
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case CreatedColumn:
            return a.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case StatusColumn:
            return statusText(a.status);
        case IdentityColumn:
            return a.profileKey;
        case AudiencesColumn:
            return row.audiencesText;
        case AttemptsColumn:
            return a.attemptCount;
        case LastResultColumn:
            return lastResultText(row.entry);
        case TestColumn:
            return a.isTest ? testText() : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case StatusColumn:
        return tr("Status");
    case IdentityColumn:
        return tr("Profile identity");
    case AudiencesColumn:
        return tr("Audiences");
    case AttemptsColumn:
        return tr("Attempts");
    case LastResultColumn:
        return role == Qt::ToolTipRole ? tr("The HTTP status or the error of the last attempt")
                                       : tr("Last result");
    case TestColumn:
        return tr("Test");
    default:
        return {};
    }
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_changing && !isSearching();
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    if (m_search) {
        m_search->wanted = m_pageSize;
        searchStep();
        notifySearching(false);
    } else {
        loadPage();
    }
}

bool HistoryModel::isSearching() const
{
    return m_search && !m_search->done && m_search->wanted > 0;
}

std::optional<QDateTime> HistoryModel::searchedBackTo() const
{
    return m_search ? m_search->upper : std::nullopt;
}

void HistoryModel::refresh()
{
    if (m_filter.destinationId.isEmpty()) {
        return;
    }
    if (insertNewer()) {
        updateInFlight();
    }
}

void HistoryModel::reloadRows(const QStringList &activationIds)
{
    for (qsizetype start = 0; start < activationIds.size(); start += kIdsPerRead) {
        HistoryQuery query;
        query.destinationId = m_filter.destinationId;
        query.ids = activationIds.mid(start, kIdsPerRead);
        query.limit = int(query.ids.size());
        auto fresh = read(query);
        if (!fresh) {
            return;
        }
        QHash<QString, HistoryEntry> byId;
        for (HistoryEntry &entry : *fresh) {
            byId.insert(entry.activation.id, std::move(entry));
        }
        int firstChanged = -1;
        int lastChanged = -1;
        for (int row = 0; row < m_rows.size() && !byId.isEmpty(); ++row) {
            const auto it = byId.constFind(m_rows.at(row).entry.activation.id);
            if (it == byId.constEnd()) {
                continue;
            }
            if (differs(m_rows.at(row).entry, *it)) {
                m_rows[row] = makeRow(*it);
                firstChanged = firstChanged < 0 ? row : firstChanged;
                lastChanged = row;
            }
            byId.erase(it);
        }
        if (firstChanged >= 0) {
            Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1)); // one repaint
        }
    }
}

void HistoryModel::appendRows(QList<HistoryEntry> entries)
{
    if (entries.isEmpty()) {
        return;
    }
    const int first = int(m_rows.size());
    const QScopedValueRollback changing(m_changing, true);
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_rows.append(makeRows(std::move(entries)));
    endInsertRows();
}

// The next page of a list without an identity search: one indexed read.
void HistoryModel::loadPage()
{
    const bool firstPage = m_rows.isEmpty();
    HistoryQuery query = m_filter;
    if (!firstPage) {
        query.olderThan = cursorOf(m_rows.constLast().entry);
    }
    query.limit = m_pageSize + 1; // one more tells whether there is a next page
    auto page = read(query);
    if (!page) {
        m_hasMore = false;
        return;
    }
    m_hasMore = page->size() > m_pageSize;
    if (m_hasMore) {
        page->removeLast();
    }
    appendRows(std::move(*page));
    if (firstPage && m_hasMore) {
        m_countTimer.start();
    } else {
        countListed();
    }
}

// One step of an identity search: the page from the storage's index if it answers, else finds where the next
// m_searchStepRows rows of the history end (a walk of the index), then reads the matching rows of that window
// (the same pages, now cached). Goes on from the event loop until the page asked for is full or the history
// is read.
void HistoryModel::searchStep()
{
    if (!isSearching()) {
        return;
    }
    if (!m_search->stepped && indexedStep()) {
        return;
    }
    Search &search = *m_search;
    const auto stop = [this] {
        m_search->done = true;
        m_hasMore = false;
        countListed();
    };
    if (!search.windowOpen) {
        const auto boundary
            = m_storage.createdAtAfter(m_filter.destinationId, search.upper, m_searchStepRows);
        if (!boundary) {
            fail(boundary.error().message);
            stop();
            return;
        }
        search.lower = *boundary;
        search.lastWindow = !search.lower;
        if (m_filter.from && (!search.lower || *search.lower <= *m_filter.from)) {
            search.lower = m_filter.from;
            search.lastWindow = true;
        }
        search.windowOpen = true;
    }
    HistoryQuery query = m_filter;
    query.from = search.lower;
    query.to = search.upper;
    if (!m_rows.isEmpty()) {
        query.olderThan = cursorOf(m_rows.constLast().entry);
    }
    query.limit = search.wanted + 1;
    auto found = read(query);
    if (!found) {
        stop();
        return;
    }
    const bool windowHasMore = found->size() > search.wanted;
    if (windowHasMore) {
        found->removeLast();
    }
    search.wanted -= int(found->size());
    appendRows(std::move(*found));
    if (!windowHasMore) {
        if (search.lastWindow) {
            search.done = true;
        } else {
            search.upper = search.lower; // the next window ends where this one began
            search.windowOpen = false;
        }
    }
    m_hasMore = !search.done;
    countListed();
    if (isSearching()) {
        m_searchTimer.start();
    }
}

// The page asked for, from the storage's index of the profile keys, in one read. False when no index
// narrows this search: from then on it reads the history in windows, from the oldest row listed.
bool HistoryModel::indexedStep()
{
    Search &search = *m_search;
    HistoryQuery query = m_filter;
    if (!m_rows.isEmpty()) {
        query.olderThan = cursorOf(m_rows.constLast().entry);
    }
    query.limit = search.wanted + 1;
    auto found = m_storage.indexedSearch(query);
    if (!found) {
        fail(found.error().message);
        search.done = true;
    } else if (!*found) {
        search.stepped = true;
        if (!m_rows.isEmpty()) {
            search.upper = m_rows.constLast().entry.activation.createdAt.addMSecs(1);
        }
        return false;
    } else {
        QList<HistoryEntry> &page = *found.value();
        search.done = page.size() <= search.wanted;
        if (!search.done) {
            page.removeLast();
        }
        search.wanted -= int(page.size());
        appendRows(std::move(page));
    }
    m_hasMore = !search.done;
    countListed();
    return true;
}

void HistoryModel::rememberNewest()
{
    HistoryQuery newest;
    newest.destinationId = m_filter.destinationId;
    newest.limit = 1;
    auto top = m_storage.history(newest);
    if (top && !top->isEmpty()) {
        m_newestSeen = cursorOf(top->constFirst());
    }
}

bool HistoryModel::insertNewer()
{
    constexpr qint64 kCommitDelayMs = 10'000;
    const std::optional<HistoryCursor> seen = m_newestSeen;
    rememberNewest(); // before the read below: nothing committed in between is missed
    HistoryQuery query = m_filter;
    // Newer than every row listed (the first), or than everything there was when nothing is listed.
    if (!m_rows.isEmpty()) {
        query.newerThan = cursorOf(m_rows.constFirst().entry);
    } else {
        query.newerThan = seen;
    }
    if (seen) {
        const QDateTime from = seen->createdAt.addMSecs(-kCommitDelayMs);
        if (!query.from || from > *query.from) {
            query.from = from;
        }
    }
    query.limit = kMaxInsertedOnRefresh + 1;
    // Counting first walks the index alone: a flood costs no more than a quiet moment.
    const auto newerCount = m_storage.countActivations(query);
    if (!newerCount) {
        fail(newerCount.error().message);
        return true;
    }
    if (*newerCount == 0) {
        return true;
    }
    if (*newerCount > kMaxInsertedOnRefresh) {
        // Inserting them all would hold the GUI thread and the memory; the user wants the newest anyway.
        setFilter(m_filter);
        return false;
    }
    auto newer = read(query);
    if (!newer || newer->isEmpty()) {
        return true;
    }
    const int count = int(newer->size());
    {
        const QScopedValueRollback changing(m_changing, true);
        beginInsertRows({}, 0, count - 1);
        m_rows = makeRows(std::move(*newer)) + m_rows;
        endInsertRows();
    }
    if (m_count && !m_countIsLowerBound && m_filter.identityContains.isEmpty()) {
        *m_count += count;
        if (*m_count > kCountCap) {
            m_count = kCountCap;
            m_countIsLowerBound = true;
        }
        Q_EMIT matchingCountChanged();
    } else {
        countListed();
    }
    trimOldest();
    return true;
}

void HistoryModel::trimOldest()
{
    if (m_rows.size() <= kMaxRowsKeptOnRefresh) {
        return;
    }
    const QScopedValueRollback changing(m_changing, true);
    beginRemoveRows({}, kMaxRowsKeptOnRefresh, int(m_rows.size()) - 1);
    m_rows.resize(kMaxRowsKeptOnRefresh);
    endRemoveRows();
    m_hasMore = true;
    if (m_search) {
        // Search again from the oldest row kept (the cursor skips it and what is newer).
        m_search->upper = m_rows.constLast().entry.activation.createdAt.addMSecs(1);
        m_search->windowOpen = false;
        m_search->lastWindow = false;
        m_search->done = false;
    }
}

void HistoryModel::updateInFlight()
{
    QStringList ids;
    const int rows = qMin(int(m_rows.size()), kMaxRowsUpdatedOnRefresh);
    for (int row = 0; row < rows; ++row) {
        const ActivationRecord &a = m_rows.at(row).entry.activation;
        if (!isFinal(a.status)) {
            ids.append(a.id);
        }
    }
    reloadRows(ids);
}

void HistoryModel::countMatching()
{
    HistoryQuery query = m_filter;
    query.limit = int(kCountCap) + 1;
    auto counted = m_storage.countActivations(query);
    if (!counted) {
        fail(counted.error().message);
        return;
    }
    m_countIsLowerBound = *counted > kCountCap;
    m_count = qMin(*counted, kCountCap);
    Q_EMIT matchingCountChanged();
}

void HistoryModel::countListed()
{
    if (!m_filter.identityContains.isEmpty() || !m_hasMore) {
        m_count = m_rows.size();
        m_countIsLowerBound = m_hasMore;
        Q_EMIT matchingCountChanged();
    }
}

void HistoryModel::notifySearching(bool wasSearching)
{
    if (wasSearching != isSearching()) {
        Q_EMIT searchingChanged(isSearching());
    }
}

std::optional<QList<HistoryEntry>> HistoryModel::read(const HistoryQuery &query)
{
    auto entries = m_storage.history(query);
    if (!entries) {
        fail(entries.error().message);
        return std::nullopt;
    }
    return std::move(entries).value();
}

void HistoryModel::fail(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

HistoryModel::Row HistoryModel::makeRow(HistoryEntry entry) const
{
    Row row { std::move(entry), {} };
    row.audiencesText = audiencesText(row.entry.activation.audiences);
    return row;
}

QList<HistoryModel::Row> HistoryModel::makeRows(QList<HistoryEntry> entries) const
{
    QList<Row> rows;
    rows.reserve(entries.size());
    for (HistoryEntry &entry : entries) {
        rows.append(makeRow(std::move(entry)));
    }
    return rows;
}

// "Loyal customers (realized), 046456e3-… (exited)": names when the destination knows them, statuses in the
// user's language.
QString HistoryModel::audiencesText(const QByteArray &audiences) const
{
    const QJsonObject object = QJsonDocument::fromJson(audiences).object();
    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString name = m_audienceNames.value(it.key());
        parts.append(
            tr("%1 (%2)").arg(name.isEmpty() ? it.key() : name, membershipText(it.value().toString())));
    }
    return parts.join(QStringLiteral(", "));
}

QString HistoryModel::lastResultText(const HistoryEntry &entry) const
{
    const QString &error = entry.activation.lastError;
    if (entry.lastHttpStatus > 0) {
        return error.isEmpty() ? QString::number(entry.lastHttpStatus)
                               : tr("%1 — %2").arg(QString::number(entry.lastHttpStatus), error);
    }
    return error;
}

} // namespace qad::ui
