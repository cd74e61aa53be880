#pragma once

#include "appcontext.h"
#include "config/destination.h"
#include "storage/storage.h"

#include <QList>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace qad {
class SqliteStorage;
}

namespace qad::ui {

// The open (not acknowledged) alerts (SPEC §8) of one destination, or of every destination before one is set:
// type, time and message, newest first, and Acknowledge. Alerts raised by another process on the same data
// directory appear at the next periodic read.
class AlertsPanel : public QWidget
{
    Q_OBJECT
public:
    static inline constexpr int kRefreshMs = 2000;

    AlertsPanel(AppContext &ctx, QWidget *parent = nullptr);
    ~AlertsPanel() override;

    void setDestination(const Destination &destination);
    void refresh();
    const QList<AlertRecord> &alerts() const { return m_alerts; }

    // An alert type's name as Experience Platform shows it, e.g. "Flow run failure".
    static QString typeName(const QString &type);

Q_SIGNALS:
    // The list of open alerts changed (raised or acknowledged).
    void alertsChanged();

private:
    bool ensureStorage();
    void showAlerts(const QList<AlertRecord> &alerts);
    void acknowledge(const QList<qint64> &ids);
    void acknowledgeSelected();
    void acknowledgeAll();
    void updateButtons();
    void showCurrent();
    void setMessage(const QString &text);

    AppContext &m_ctx;
    std::optional<Destination> m_destination;
    std::unique_ptr<SqliteStorage> m_storage;
    QList<AlertRecord> m_alerts;
    QTimer m_timer;

    QLabel *m_title;
    QTreeWidget *m_list;
    QLabel *m_details; // the current alert's message, whole (a row shows one line of it)
    QLabel *m_message;
    QPushButton *m_acknowledgeButton;
    QPushButton *m_acknowledgeAllButton;
};

} // namespace qad::ui
