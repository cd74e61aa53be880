#include "panels/alertspanel.h"

#include "panels/panelfocus.h"
#include "storage/sqlitestorage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qad::ui {

namespace {

enum Column { TypeColumn, RaisedColumn, DestinationColumn, MessageColumn, ColumnCount };

QList<qint64> idsOf(const QList<AlertRecord> &alerts)
{
    QList<qint64> ids;
    ids.reserve(alerts.size());
    for (const AlertRecord &alert : alerts) {
        ids.append(alert.id);
    }
    return ids;
}

} // namespace

QString AlertsPanel::typeName(const QString &type)
{
    if (type == u"flow_run_start") {
        return tr("Flow run start");
    }
    if (type == u"flow_run_success") {
        return tr("Flow run success");
    }
    if (type == u"flow_run_failure") {
        return tr("Flow run failure");
    }
    if (type == u"flow_run_delay") {
        return tr("Flow run delay");
    }
    if (type == u"activation_skipped_rate_exceeded") {
        return tr("Activation skipped rate exceeded");
    }
    if (type == u"authentication_failed") {
        return tr("Authentication failed");
    }
    return type;
}

AlertsPanel::AlertsPanel(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_title(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_details(new QLabel(this))
    , m_message(new QLabel(this))
    , m_acknowledgeButton(new QPushButton(tr("A&cknowledge"), this))
    , m_acknowledgeAllButton(new QPushButton(tr("&Acknowledge All"), this))
{
    m_title->setObjectName(QStringLiteral("alertsTitle"));
    m_list->setObjectName(QStringLiteral("alertsList"));
    m_list->setAccessibleName(tr("Open alerts"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("Type"), tr("Raised"), tr("Destination"), tr("Message") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);
    m_details->setObjectName(QStringLiteral("alertDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(6);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setObjectName(QStringLiteral("alertsMessage"));
    m_message->setWordWrap(true);
    // Alt+letters of their own, not the menus' (D, S, V, H; in French D, I, A, E): Alt+C, and Alt+A as in the
    // confirmation Acknowledge All asks.
    m_acknowledgeButton->setObjectName(QStringLiteral("acknowledgeButton"));
    // Delete acknowledges too, while the list has the focus (in a text field it would delete text).
    auto *acknowledgeKey = new QAction(m_list);
    acknowledgeKey->setObjectName(QStringLiteral("acknowledgeAction"));
    acknowledgeKey->setShortcut(QKeySequence(Qt::Key_Delete));
    acknowledgeKey->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(acknowledgeKey);
    m_acknowledgeButton->setToolTip(
        QStringLiteral("%1 (%2)").arg(tr("Mark the selected alerts as seen; they leave this list."),
            acknowledgeKey->shortcut().toString(QKeySequence::NativeText)));
    m_acknowledgeAllButton->setObjectName(QStringLiteral("acknowledgeAllButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_acknowledgeButton);
    buttons->addWidget(m_acknowledgeAllButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AlertsPanel::updateButtons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AlertsPanel::showCurrent);
    connect(m_acknowledgeButton, &QPushButton::clicked, this, &AlertsPanel::acknowledgeSelected);
    connect(acknowledgeKey, &QAction::triggered, this, &AlertsPanel::acknowledgeSelected);
    connect(m_acknowledgeAllButton, &QPushButton::clicked, this, &AlertsPanel::acknowledgeAll);
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &AlertsPanel::refresh);
    m_timer.start(); // cheap, and keeps alertsChanged() true while the panel is on another tab
    passFocusOn(this, [this] { return m_list; });
    m_title->setText(tr("Open alerts of every destination"));
    showCurrent();
    updateButtons();
}

AlertsPanel::~AlertsPanel() = default;

void AlertsPanel::setDestination(const Destination &destination)
{
    const bool changed = !m_destination || m_destination->id != destination.id;
    m_destination = destination;
    m_title->setText(tr("Open alerts of \"%1\"").arg(destination.name));
    m_list->setColumnHidden(DestinationColumn, true);
    if (changed) {
        // Another destination's alerts leave at once, and alertsChanged() tells the window's tab so: when
        // the new destination has none, refresh() alone would see no change and the old count would stay.
        showAlerts({});
    }
    refresh();
}

bool AlertsPanel::ensureStorage()
{
    if (m_storage) {
        return true;
    }
    auto storage = std::make_unique<SqliteStorage>(m_ctx.dataDir);
    if (const Status opened = storage->open(); !opened) {
        setMessage(opened.error().message);
        return false;
    }
    m_storage = std::move(storage);
    return true;
}

void AlertsPanel::refresh()
{
    if (!ensureStorage()) {
        return;
    }
    const auto open = m_storage->openAlerts(m_destination ? m_destination->id : QString());
    if (!open) {
        setMessage(open.error().message);
        return;
    }
    showAlerts(*open);
}

void AlertsPanel::showAlerts(const QList<AlertRecord> &alerts)
{
    const bool changed = idsOf(alerts) != idsOf(m_alerts);
    m_alerts = alerts;
    setMessage(
        alerts.isEmpty() ? tr("No open alerts.") : tr("%n open alert(s).", nullptr, int(alerts.size())));
    if (!changed && m_list->topLevelItemCount() == alerts.size()) {
        return;
    }
    QSet<qint64> selected;
    for (const QTreeWidgetItem *item : m_list->selectedItems()) {
        selected.insert(item->data(TypeColumn, Qt::UserRole).toLongLong());
    }
    const QTreeWidgetItem *was = m_list->currentItem();
    const qint64 current = was ? was->data(TypeColumn, Qt::UserRole).toLongLong() : -1;
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (const AlertRecord &alert : alerts) {
        const Destination *destination = m_ctx.config ? m_ctx.config->find(alert.destinationId) : nullptr;
        auto *item = new QTreeWidgetItem;
        item->setText(TypeColumn, typeName(alert.type));
        item->setData(TypeColumn, Qt::UserRole, alert.id);
        item->setText(RaisedColumn, QLocale().toString(alert.raisedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(DestinationColumn, destination ? destination->name : alert.destinationId);
        item->setText(MessageColumn, alert.message);
        item->setToolTip(MessageColumn, alert.message);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    for (QTreeWidgetItem *item : std::as_const(items)) {
        const qint64 id = item->data(TypeColumn, Qt::UserRole).toLongLong();
        if (id == current) { // the alert being read stays shown when another one comes or goes
            m_list->setCurrentItem(item, 0, QItemSelectionModel::NoUpdate);
        }
        item->setSelected(selected.contains(id));
    }
    m_list->resizeColumnToContents(TypeColumn);
    m_list->resizeColumnToContents(RaisedColumn);
    showCurrent();
    updateButtons();
    if (changed) {
        Q_EMIT alertsChanged();
    }
}

void AlertsPanel::acknowledge(const QList<qint64> &ids)
{
    if (ids.isEmpty() || !ensureStorage()) {
        return;
    }
    Error failure;
    for (const qint64 id : ids) {
        if (const Status done = m_storage->acknowledgeAlert(id); !done) {
            failure = done.error();
            break;
        }
    }
    refresh();
    if (!failure.isNull()) {
        setMessage(failure.message);
    }
}

void AlertsPanel::acknowledgeSelected()
{
    QList<qint64> ids;
    for (const QTreeWidgetItem *item : m_list->selectedItems()) {
        ids.append(item->data(TypeColumn, Qt::UserRole).toLongLong());
    }
    acknowledge(ids);
}

void AlertsPanel::acknowledgeAll()
{
    const QList<qint64> ids = idsOf(m_alerts);
    if (ids.size() > 1) {
        // They cannot be brought back to the list: a stray click or Enter must not clear it.
        QMessageBox box(QMessageBox::Question, tr("Acknowledge All Alerts?"),
            tr("Acknowledge all %n alerts?", nullptr, int(ids.size())),
            QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("acknowledgeAllConfirmation"));
        box.setInformativeText(
            tr("They leave this list, and qadctl status stops reporting them. qad's database "
               "keeps them, marked as acknowledged, until they age out with the run history. "
               "If a problem comes back, a new alert is raised."));
        box.button(QMessageBox::Yes)->setText(tr("&Acknowledge All"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.setEscapeButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes) {
            return;
        }
    }
    acknowledge(ids);
}

void AlertsPanel::showCurrent()
{
    const QTreeWidgetItem *current = m_list->currentItem();
    if (!current) {
        m_details->setText(m_alerts.isEmpty() ? QString() : tr("Select an alert to read its message whole."));
        m_details->setVisible(!m_alerts.isEmpty());
        return;
    }
    m_details->setText(
        QStringLiteral("%1 — %2\n%3")
            .arg(current->text(TypeColumn), current->text(RaisedColumn), current->text(MessageColumn)));
    m_details->setVisible(true);
}

void AlertsPanel::updateButtons()
{
    m_acknowledgeButton->setEnabled(!m_list->selectedItems().isEmpty());
    m_acknowledgeAllButton->setEnabled(!m_alerts.isEmpty());
}

void AlertsPanel::setMessage(const QString &text)
{
    m_message->setText(text);
}

} // namespace qad::ui
