#pragma once

#include "appcontext.h"
#include "common/error.h"
#include "config/destination.h"
#include "delivery/attempt.h"
#include "storage/storage.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressDialog;
class QTableView;
class QTableWidget;
class QThread;

namespace qad::ui {

class HistoryModel;
class JsonView;

// The run history of a destination (SPEC §7): filters (status, identity, time range, test sends), the
// activations newest first, paged as the user scrolls, and the details of the selected one: its attempts
// (time, duration, HTTP status, outcome, code, requestId, message), the payload, the request headers (auth
// redacted, as recorded) and the response excerpt. Actions: replay the selected activation, replay every
// failed one, copy the request as curl (token as $QAD_API_TOKEN), export the filtered rows as CSV.
// Reads through its own connection to the data directory's database, in the GUI thread.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    HistoryPanel(AppContext &ctx, QWidget *parent = nullptr);
    ~HistoryPanel() override;

    void setDestination(const Destination &destination);
    // New rows at the top, new statuses for rows in flight; the selection and the scroll position stay.
    void refresh();
    // Every failed activation of the destination back to pending, with a busy progress dialog. Asks nothing:
    // what the user triggers goes through confirmAndReplayFailed().
    void replayFailed();
    // Says how many failed activations would be sent again to which destination and replays them only if the
    // user agrees; Cancel is the default button and Escape cancels. With none failed, says so instead.
    void confirmAndReplayFailed();
    // Re-queues the selected activation.
    void replaySelected();
    void copySelectedAsCurl();
    // Writes the rows matching the current filters, all of them, as CSV (RFC 4180), reading and writing a
    // page at a time. `progress` gets the rows written so far after each page; returning false cancels
    // (nothing is written). Returns the number of rows.
    Expected<qint64> exportCsv(const QString &path, const std::function<bool(qint64)> &progress = {});

    // How often the panel refreshes itself while visible; 0 turns it off.
    void setAutoRefreshInterval(int ms);
    HistoryModel *model() const { return m_model.get(); }
    // Storage errors and results of actions, as shown to the user.
    QString message() const;

Q_SIGNALS:
    // Activations were put back in the queue: a running stream should look for work.
    void activationsReplayed(const QString &destinationId, int count);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool ensureStorage();
    HistoryQuery currentFilter() const;
    void applyFilters();
    void exportCsvInteractive();
    void showDetails();
    void showAttempt(int attemptRow);
    void clearDetails();
    void updateActions();
    void updateCount();
    void keepPlaceAfterInsert(int first, int last);
    void fitSideColumns();
    void finishReplayFailed();
    std::optional<ActivationRecord> selectedActivation() const; // a copy: the model may reload meanwhile
    std::optional<QString> selectedId() const;
    void setMessage(const QString &text, bool isError);

    AppContext &m_ctx;
    std::optional<Destination> m_destination;
    QList<Attempt> m_attempts;
    QByteArray m_selectedPayload;

    QComboBox *m_statusFilter;
    QLineEdit *m_identityFilter;
    QCheckBox *m_fromCheck;
    QDateTimeEdit *m_fromEdit;
    QCheckBox *m_toCheck;
    QDateTimeEdit *m_toEdit;
    QDateTime m_toDefault; // what m_toEdit shows until the user picks a time
    QCheckBox *m_includeTests;
    QLabel *m_countLabel;
    QLabel *m_messageLabel;
    QTableView *m_table;
    QLabel *m_summaryLabel;
    QLabel *m_attemptLabel; // the selected attempt
    QTableWidget *m_attemptsTable;
    JsonView *m_payloadView;
    QPlainTextEdit *m_requestHeadersView;
    JsonView *m_responseView;
    QAction *m_replayAction;
    QAction *m_replayFailedAction;
    QAction *m_copyCurlAction;
    QAction *m_exportAction;
    QAction *m_refreshAction;
    QTimer m_identityDebounce;
    QTimer m_autoRefresh;
    int m_autoRefreshMs = 2000;
    bool m_fittingColumns = false;
    bool m_sideColumnsSetByUser = false; // once dragged, the audiences and last result keep their width

    // The model reads through the storage: declared after it, so it goes first.
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<HistoryModel> m_model;
    QThread *m_replayThread = nullptr;
    QProgressDialog *m_replayProgress = nullptr;
    std::shared_ptr<Expected<int>> m_replayResult;
};

} // namespace qad::ui
