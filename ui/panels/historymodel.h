#pragma once

#include "storage/storage.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <QTimer>
#include <optional>

namespace qad::ui {

// The run history of one destination (SPEC §7) for a table view, newest first. Rows are read a page at a
// time as the view scrolls (canFetchMore/fetchMore with a keyset cursor), so a million activations cost no
// more than the rows looked at. Reads go through a Storage used from the GUI thread and each read is short:
// an identity search is answered a page at a time from the storage's index of the profile keys when that
// index narrows it to a few rows (Storage::indexedSearch); otherwise, as it may have to read every key of the
// history to fill a page, it goes through it in steps of a bounded number of rows, one per turn of the event
// loop, listing what it finds as it goes.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CreatedColumn,
        StatusColumn,
        IdentityColumn,
        AudiencesColumn,
        AttemptsColumn,
        LastResultColumn,
        TestColumn,
        ColumnCount
    };
    enum Role {
        ActivationIdRole = Qt::UserRole + 1, // QString
        StatusRole, // ActivationStatus as int
        CreatedAtRole, // QDateTime (UTC)
    };
    // Counting stops here: past it the view says "more than".
    static constexpr qint64 kCountCap = 10'000;
    // A refresh inserts at most this many newer rows; with more it starts again from the newest page.
    static constexpr int kMaxInsertedOnRefresh = 500;
    // Rows a refresh may leave loaded: it trims the oldest ones past this (the view fetches them again).
    static constexpr int kMaxRowsKeptOnRefresh = 20'000;
    // Rows still in flight whose status a refresh re-reads, from the top (a few screens).
    static constexpr int kMaxRowsUpdatedOnRefresh = 300;

    explicit HistoryModel(Storage &storage, QObject *parent = nullptr);

    // What to list: the destination and the filters (the model sets the cursors and the limit itself).
    // Resets the model and loads the first page (an identity search may go on from the event loop).
    void setFilter(const HistoryQuery &filter);
    const HistoryQuery &filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    // History rows an identity search reads per step (about 25 ms at 50,000 on a small machine).
    void setSearchStepRows(int rows) { m_searchStepRows = qMax(1, rows); }
    // Audience ids -> names (the destination's), shown in the audiences column.
    void setAudienceNames(const QHash<QString, QString> &names);

    // An identity search is still reading the history for the rows asked for.
    bool isSearching() const;
    // How far back the search has read: activations created before this are still to be read.
    std::optional<QDateTime> searchedBackTo() const;

    // Picks up what changed since the last read: newer rows are inserted at the top (the rows shown stay, so
    // the view keeps the user's place) and rows still in flight get their new status. A flood of new rows
    // (more than kMaxInsertedOnRefresh) resets to the newest page instead.
    void refresh();
    // Re-reads these rows (after a replay, say); they stay listed even if they no longer match the filter.
    void reloadRows(const QStringList &activationIds);

    const HistoryEntry &entry(int row) const { return m_rows.at(row).entry; }
    std::optional<int> rowOf(const QString &activationId) const;
    // Activations matching the filter; when it is a lower bound the view says "more than". Counted with a
    // query capped at kCountCap, except for an identity search: that would be one more pass over the whole
    // history, so it is the rows listed so far, exact once the last page is in.
    std::optional<qint64> matchingCount() const { return m_count; }
    bool matchingCountIsLowerBound() const { return m_countIsLowerBound; }

    static QColor statusColour(ActivationStatus status);
    static QString statusText(ActivationStatus status);
    // An attempt's outcome class in the user's language (`qadctl` and the stored history use toString()'s).
    static QString outcomeText(OutcomeClass cls);
    static QString testText(); // what the test column holds for a test send
    // An audience membership status as an activation records it ("realized", "existing", "exited") in the
    // user's language; another value as it is. The CSV export and qadctl keep the recorded word.
    static QString membershipText(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A read failed; the message says what to do. The rows already shown stay.
    void errorOccurred(const QString &message);
    void matchingCountChanged();
    void searchingChanged(bool searching);

private:
    struct Row
    {
        HistoryEntry entry;
        QString audiencesText;
    };
    // Where an identity search is: unless the storage's index answers it, it reads the history in windows of
    // creation time, newest first, each holding about m_searchStepRows rows.
    struct Search
    {
        bool stepped = false; // no index answers it: read in windows
        std::optional<QDateTime> upper; // the window's end (exclusive); none: the newest
        std::optional<QDateTime> lower; // the window's start (inclusive); none: the oldest
        bool windowOpen = false;
        bool lastWindow = false;
        bool done = false;
        int wanted = 0; // rows still to list for the page asked for
    };

    Row makeRow(HistoryEntry entry) const;
    QList<Row> makeRows(QList<HistoryEntry> entries) const;
    QString audiencesText(const QByteArray &audiences) const;
    QString lastResultText(const HistoryEntry &entry) const;
    std::optional<QList<HistoryEntry>> read(const HistoryQuery &query);
    void appendRows(QList<HistoryEntry> entries);
    void loadPage();
    void searchStep();
    bool indexedStep();
    void rememberNewest();
    // False when it had to start again from the newest page.
    bool insertNewer();
    void trimOldest();
    void updateInFlight();
    void countMatching();
    void countListed();
    void notifySearching(bool wasSearching);
    void fail(const QString &message);

    Storage &m_storage;
    HistoryQuery m_filter;
    int m_pageSize = 200;
    int m_searchStepRows = 50'000;
    QHash<QString, QString> m_audienceNames;
    QList<Row> m_rows;
    bool m_hasMore = false;
    // Set while rows are being reset, inserted or removed: views (and the model tester) may ask to fetch more
    // from the signals that announce the change, and must not be answered in the middle of it.
    bool m_changing = false;
    std::optional<Search> m_search; // identity searches only
    // The newest row of the destination (filters aside) at the last read: a refresh looks for rows newer than
    // it, and not older than a little before it (a row is committed shortly after it is stamped), so new rows
    // that a filter rejects are not read again at every refresh.
    std::optional<HistoryCursor> m_newestSeen;
    std::optional<qint64> m_count;
    bool m_countIsLowerBound = false;
    QTimer m_countTimer; // counts after the first page is on screen
    QTimer m_searchTimer; // the next step of an identity search
};

} // namespace qad::ui
