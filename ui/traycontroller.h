#pragma once

#include "appcontext.h"
#include "config/destination.h"
#include "storage/storage.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QList>
#include <QObject>
#include <QTimer>
#include <memory>

class QMenu;
class QSystemTrayIcon;

namespace qad {
class SqliteStorage;
}

namespace qad::ui {

// What the tray judges of one destination.
struct DestinationHealthInput
{
    DestinationRuntime runtime;
    DestinationState configuredState = DestinationState::Enabled;
    QString configuredReason;
    qint64 retrying = 0;
    qint64 failedLastHour = 0;
    int openAlerts = 0;
};

// The tray (SPEC §8): an icon whose colour is the worst state across destinations, and desktop notifications
// for subscribed alerts. Without a system tray (offscreen, some desktops) it still computes its state.
class TrayController : public QObject
{
    Q_OBJECT
public:
    // Green: every destination enabled and no open alert. Amber: open alerts, retries, or a destination
    // paused by the user. Red: a destination paused for authentication, or failures in the last hour.
    enum class Health { Healthy, Warning, Critical };
    Q_ENUM(Health)

    static inline constexpr int kRefreshMs = 2000;

    TrayController(AppContext &ctx, QObject *parent = nullptr);
    ~TrayController() override;

    Health health() const { return m_health; }
    QColor currentColour() const;
    QIcon currentIcon() const { return m_icon; }
    QString toolTip() const { return m_toolTip; }
    bool hasTrayIcon() const;

    static QColor colourOf(Health health);
    // A filled circle in the health's colour.
    static QIcon iconFor(Health health);
    static Health healthOf(const DestinationHealthInput &input);
    // The worst of several (Healthy when there is none).
    static Health worst(const QList<Health> &healths);
    // Failures in the hourly buckets that overlap the hour before `now`.
    static qint64 failedInLastHour(const QList<HourlyCounters> &newestFirst, const QDateTime &now);
    static bool isSubscribed(const AlertSettings &settings, const QString &alertType);

public Q_SLOTS:
    // Reads every destination's state from the shared database (also done every kRefreshMs).
    void refresh();
    // Shows a desktop notification when the alert's destination subscribes to its type.
    void notify(const qad::AlertRecord &alert);

Q_SIGNALS:
    void healthChanged(qad::ui::TrayController::Health health);
    // A notification was shown (or would have been, without a system tray).
    void notified(const QString &title, const QString &text);
    // The user asked from the tray to see the window, or to quit.
    void showRequested();
    void quitRequested();

private:
    bool ensureStorage();
    void setHealth(Health health, const QString &toolTip);

    AppContext &m_ctx;
    std::unique_ptr<SqliteStorage> m_storage;
    QTimer m_timer;
    Health m_health = Health::Healthy;
    QIcon m_icon;
    QString m_toolTip;
    QSystemTrayIcon *m_tray = nullptr;
    std::unique_ptr<QMenu> m_menu;
};

} // namespace qad::ui
