#include "traycontroller.h"

#include "panels/alertspanel.h"
#include "storage/sqlitestorage.h"

#include <QHash>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <algorithm>

namespace qad::ui {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr int kStatusHours = 2; // enough buckets to cover the hour before now

bool pausedFor(const DestinationHealthInput &input, const QString &reason)
{
    if (input.runtime.state == u"paused") {
        return input.runtime.reason == reason;
    }
    return input.configuredState == DestinationState::Paused && input.configuredReason == reason;
}

bool isPaused(const DestinationHealthInput &input)
{
    return input.runtime.state == u"paused" || input.configuredState == DestinationState::Paused;
}

// What is wrong with a destination, in a few words, for the tooltip.
QString describe(const DestinationHealthInput &input)
{
    QStringList parts;
    if (pausedFor(input, QStringLiteral("authentication"))) {
        parts.append(TrayController::tr("paused: authentication (fix the API token, then resume)"));
    } else if (isPaused(input)) {
        parts.append(TrayController::tr("paused"));
    }
    if (input.failedLastHour > 0) {
        parts.append(TrayController::tr("%n failed in the last hour", nullptr, int(input.failedLastHour)));
    }
    if (input.retrying > 0) {
        parts.append(TrayController::tr("%n waiting to retry", nullptr, int(input.retrying)));
    }
    if (input.openAlerts > 0) {
        parts.append(TrayController::tr("%n open alert(s)", nullptr, input.openAlerts));
    }
    return parts.join(QLatin1String(", "));
}

QSystemTrayIcon::MessageIcon messageIcon(const QString &type)
{
    if (type == u"flow_run_failure" || type == u"authentication_failed") {
        return QSystemTrayIcon::Critical;
    }
    if (type == u"flow_run_delay" || type == u"activation_skipped_rate_exceeded") {
        return QSystemTrayIcon::Warning;
    }
    return QSystemTrayIcon::Information;
}

} // namespace

QColor TrayController::colourOf(Health health)
{
    switch (health) {
    case Health::Healthy:
        return QColor(0x2e, 0xa0, 0x43);
    case Health::Warning:
        return QColor(0xf0, 0xa0, 0x20);
    case Health::Critical:
        return QColor(0xd3, 0x2f, 0x2f);
    }
    return {};
}

QIcon TrayController::iconFor(Health health)
{
    const QColor colour = colourOf(health);
    QIcon icon;
    for (const int size : { 16, 22, 32, 64 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal pen = std::max(1.0, size / 16.0);
        painter.setPen(QPen(colour.darker(150), pen));
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(pen, pen, size - 2 * pen, size - 2 * pen));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

TrayController::Health TrayController::healthOf(const DestinationHealthInput &input)
{
    if (pausedFor(input, QStringLiteral("authentication")) || input.failedLastHour > 0) {
        return Health::Critical;
    }
    if (isPaused(input) || input.retrying > 0 || input.openAlerts > 0) {
        return Health::Warning;
    }
    return Health::Healthy;
}

TrayController::Health TrayController::worst(const QList<Health> &healths)
{
    Health result = Health::Healthy;
    for (const Health health : healths) {
        result = std::max(result, health);
    }
    return result;
}

qint64 TrayController::failedInLastHour(const QList<HourlyCounters> &newestFirst, const QDateTime &now)
{
    const qint64 since = now.toMSecsSinceEpoch() - kHourMs;
    qint64 failed = 0;
    for (const HourlyCounters &h : newestFirst) {
        if (h.hour.toMSecsSinceEpoch() + kHourMs > since) {
            failed += h.counters.failed;
        }
    }
    return failed;
}

bool TrayController::isSubscribed(const AlertSettings &settings, const QString &alertType)
{
    if (alertType == u"flow_run_start") {
        return settings.flowRunStart;
    }
    if (alertType == u"flow_run_success") {
        return settings.flowRunSuccess;
    }
    if (alertType == u"flow_run_failure") {
        return settings.flowRunFailure;
    }
    if (alertType == u"flow_run_delay") {
        return settings.flowRunDelay;
    }
    if (alertType == u"activation_skipped_rate_exceeded") {
        return settings.skippedRateExceeded;
    }
    if (alertType == u"authentication_failed") {
        return settings.authenticationFailed;
    }
    return false;
}

TrayController::TrayController(AppContext &ctx, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_icon(iconFor(Health::Healthy))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(m_icon, this);
        m_menu = std::make_unique<QMenu>();
        connect(m_menu->addAction(tr("Show qad")), &QAction::triggered, this, &TrayController::showRequested);
        connect(m_menu->addAction(tr("Quit")), &QAction::triggered, this, &TrayController::quitRequested);
        m_tray->setContextMenu(m_menu.get());
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                Q_EMIT showRequested();
            }
        });
        m_tray->show();
    }
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &TrayController::refresh);
    m_timer.start();
    refresh();
}

TrayController::~TrayController() = default;

bool TrayController::hasTrayIcon() const
{
    return m_tray != nullptr;
}

QColor TrayController::currentColour() const
{
    return colourOf(m_health);
}

bool TrayController::ensureStorage()
{
    if (m_storage) {
        return true;
    }
    auto storage = std::make_unique<SqliteStorage>(m_ctx.dataDir);
    if (const Status opened = storage->open(); !opened) {
        setHealth(Health::Warning, tr("qad: the history cannot be read: %1").arg(opened.error().message));
        return false;
    }
    m_storage = std::move(storage);
    return true;
}

void TrayController::refresh()
{
    if (!m_ctx.config || !ensureStorage()) {
        return;
    }
    const auto open = m_storage->openAlerts(QString());
    QHash<QString, int> alertsByDestination;
    if (open) {
        for (const AlertRecord &alert : *open) {
            ++alertsByDestination[alert.destinationId];
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Health> healths;
    QStringList problems;
    for (const Destination &d : m_ctx.config->destinations()) {
        const auto status = m_storage->status(d.id, kStatusHours);
        if (!status) {
            healths.append(Health::Warning);
            problems.append(tr("%1: %2").arg(d.name, status.error().message));
            continue;
        }
        const DestinationHealthInput input { status->runtime, d.state, d.pausedReason, status->retrying,
            failedInLastHour(status->hours, now), alertsByDestination.value(d.id) };
        const Health health = healthOf(input);
        healths.append(health);
        if (health != Health::Healthy) {
            problems.append(tr("%1: %2").arg(d.name, describe(input)));
        }
    }
    const Health health = worst(healths);
    setHealth(health,
        problems.isEmpty() ? tr("qad: every destination is delivering.")
                           : tr("qad\n%1").arg(problems.join(QLatin1Char('\n'))));
}

void TrayController::setHealth(Health health, const QString &toolTip)
{
    m_toolTip = toolTip;
    if (m_tray) {
        m_tray->setToolTip(toolTip);
    }
    if (health == m_health) {
        return;
    }
    m_health = health;
    m_icon = iconFor(health);
    if (m_tray) {
        m_tray->setIcon(m_icon);
    }
    Q_EMIT healthChanged(health);
}

void TrayController::notify(const AlertRecord &alert)
{
    const Destination *destination = m_ctx.config ? m_ctx.config->find(alert.destinationId) : nullptr;
    if (!destination || destination->id != alert.destinationId
        || !isSubscribed(destination->alerts, alert.type)) {
        return;
    }
    const QString title = AlertsPanel::typeName(alert.type);
    const QString text = tr("%1: %2").arg(destination->name, alert.message);
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title, text, messageIcon(alert.type));
    }
    Q_EMIT notified(title, text);
    refresh();
}

} // namespace qad::ui
