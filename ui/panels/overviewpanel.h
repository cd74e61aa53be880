#pragma once

#include "appcontext.h"
#include "common/clock.h"
#include "config/destination.h"
#include "engine/streamengine.h"
#include "storage/storage.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class QBarSet;
class QCategoryAxis;
class QChartView;
class QLabel;
class QLineEdit;
class QPushButton;
class QValueAxis;

namespace qad {
class SqliteStorage;
}

namespace qad::ui {

class StreamController;

// Hourly counts for the chart: oldest hour first, one entry per hour up to the one holding `now` (empty
// hours are zeros).
QList<HourlyCounters> lastHours(const QList<HourlyCounters> &newestFirst, const QDateTime &now, int count);

// Delivery status of one destination (SPEC §7), in Experience Platform's names, with an hourly chart of the
// last 24 hours, and the controls to stream a profile file to it. The figures come from the shared database
// through the panel's own connection, read every second while the panel is visible, so a `qadctl run` in
// another process on the same data directory shows here live.
class OverviewPanel : public QWidget
{
    Q_OBJECT
public:
    static inline constexpr int kChartHours = 24;
    static inline constexpr int kRefreshMs = 1000;

    OverviewPanel(AppContext &ctx, StreamController &streams, QWidget *parent = nullptr);
    ~OverviewPanel() override;

    void setDestination(const Destination &destination);
    // What "now" is for the current hour's figures and the chart (tests move a ManualClock); not owned.
    void setClock(const Clock *clock);
    // Reads the status now (also done every second while visible).
    void refresh();

    // The chart's bar sets, in this order: activated, excluded, failed; one value per hour, oldest first.
    QList<QBarSet *> chartSets() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildFigures();
    QWidget *buildChart();
    QWidget *buildStreaming();
    bool ensureStorage();
    void showStatus(const DestinationStatus &status);
    void showError(const QString &message);
    void updateChart(const QList<HourlyCounters> &newestFirst, const QDateTime &now);
    void updateSendRate(const DeliveryHealth &health, const QDateTime &now);
    void updateStreamingControls();
    void browseForSource();
    // The excluded profiles and rejected records with their reasons, in a dialog of their own.
    void showLeftOut();
    void startStreaming();
    void stopStreaming();
    void onProgress(const QString &destinationId, const qad::RunProgress &progress);
    void onMessage(const QString &destinationId, const QString &text);

    AppContext &m_ctx;
    StreamController &m_streams;
    std::optional<Destination> m_destination;
    std::unique_ptr<SqliteStorage> m_storage;
    QTimer m_timer;
    const Clock *m_now = SystemClock::instance();
    QHash<QString, QString> m_sources; // destination id -> the file last chosen for it

    QLabel *m_destinationLabel;
    QLabel *m_received;
    QLabel *m_activated;
    QLabel *m_excluded;
    QLabel *m_failed;
    QLabel *m_rate;
    QLabel *m_rateHour;
    QLabel *m_queueDepth;
    QLabel *m_retrying;
    QLabel *m_sendRate;
    QLabel *m_latency;
    QLabel *m_state;
    QLabel *m_lastError;
    QChartView *m_chartView;
    QBarSet *m_activatedSet;
    QBarSet *m_excludedSet;
    QBarSet *m_failedSet;
    QCategoryAxis *m_hoursAxis;
    QValueAxis *m_countAxis;
    QLineEdit *m_sourceEdit;
    QPushButton *m_leftOutButton = nullptr;
    QPushButton *m_browseButton;
    QPushButton *m_startButton;
    QPushButton *m_stopButton;
    QLabel *m_runLabel;
    QLabel *m_streamMessage;
};

} // namespace qad::ui
