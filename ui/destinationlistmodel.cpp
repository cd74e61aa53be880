#include "destinationlistmodel.h"

#include "config/configstore.h"

#include <QColor>
#include <QFileInfo>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace qad::ui {

namespace {

constexpr int kRefreshMs = 2000;

bool isPausedAtRuntime(const DestinationRuntime &runtime)
{
    return runtime.state == u"paused";
}

QString reasonText(const QString &reason)
{
    if (reason == u"user") {
        return DestinationListModel::tr("user");
    }
    if (reason == u"authentication") {
        return DestinationListModel::tr("authentication");
    }
    return reason;
}

QString pausedText(const QString &reason)
{
    return reason.isEmpty() ? DestinationListModel::tr("paused")
                            : DestinationListModel::tr("paused: %1").arg(reasonText(reason));
}

QIcon dotIcon(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(3, 3, 10, 10));
    return QIcon(pixmap);
}

// A coloured dot next to the name; the state is always in words too, never in the colour alone.
QIcon healthIcon(DestinationHealth health)
{
    switch (health) {
    case DestinationHealth::Paused:
        return dotIcon(QColor(0xef, 0x8f, 0x00));
    case DestinationHealth::Error:
        return dotIcon(QColor(0xc6, 0x28, 0x28));
    case DestinationHealth::Enabled:
        break;
    }
    return dotIcon(QColor(0x2e, 0x7d, 0x32));
}

} // namespace

// Paused (at run time or in the configuration), else in error while the newest attempt failed.
DestinationHealth healthOf(
    const Destination &destination, const DestinationRuntime &runtime, const DeliveryHealth &delivery)
{
    if (isPausedAtRuntime(runtime) || destination.state == DestinationState::Paused) {
        return DestinationHealth::Paused;
    }
    return delivery.failing ? DestinationHealth::Error : DestinationHealth::Enabled;
}

QString stateText(const Destination &destination, const DestinationRuntime &runtime,
    const DeliveryHealth &delivery, bool streaming)
{
    switch (healthOf(destination, runtime, delivery)) {
    case DestinationHealth::Paused:
        return pausedText(isPausedAtRuntime(runtime) ? runtime.reason : destination.pausedReason);
    case DestinationHealth::Error: // why, in the tooltip and the overview: a column holds a word
        return DestinationListModel::tr("error");
    case DestinationHealth::Enabled:
        break;
    }
    return streaming ? DestinationListModel::tr("enabled, streaming") : DestinationListModel::tr("enabled");
}

DestinationListModel::DestinationListModel(AppContext &ctx, Storage *storage, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ctx(ctx)
    , m_storage(storage)
{
    // main() loaded the configuration: only later changes on disk are reloaded.
    m_configStamp = configStamp();
    m_configSize = QFileInfo(m_ctx.config->filePath()).size();
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &DestinationListModel::refresh);
    m_timer.start();
    refresh();
}

int DestinationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DestinationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DestinationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const Destination &d = row.destination;
    const bool streaming = m_streaming.contains(d.id);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? d.name : stateText(d, row.runtime, row.delivery, streaming);
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(healthIcon(healthOf(d, row.runtime, row.delivery)))
                                            : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines { d.name };
        if (!d.description.isEmpty()) {
            lines.append(d.description);
        }
        lines.append(stateText(d, row.runtime, row.delivery, streaming));
        if (healthOf(d, row.runtime, row.delivery) == DestinationHealth::Error) {
            lines.append(row.delivery.lastError);
        }
        return lines.join(QLatin1Char('\n'));
    }
    case IdRole:
        return d.id;
    case HealthRole:
        return int(healthOf(d, row.runtime, row.delivery));
    case StreamingRole:
        return streaming;
    default:
        return {};
    }
}

QVariant DestinationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == NameColumn ? tr("Destination") : tr("State");
}

int DestinationListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).destination.id == id) {
            return i;
        }
    }
    return -1;
}

const Destination *DestinationListModel::destinationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).destination : nullptr;
}

const Destination *DestinationListModel::destination(const QString &id) const
{
    return destinationAt(rowOf(id));
}

DestinationRuntime DestinationListModel::runtimeOf(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_rows.at(row).runtime : DestinationRuntime {};
}

DeliveryHealth DestinationListModel::deliveryOf(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_rows.at(row).delivery : DeliveryHealth {};
}

void DestinationListModel::setRefreshInterval(int ms)
{
    m_timer.setInterval(ms);
}

void DestinationListModel::setStreaming(const QString &id, bool streaming)
{
    if (streaming == m_streaming.contains(id)) {
        return;
    }
    if (streaming) {
        m_streaming.insert(id);
    } else {
        m_streaming.remove(id);
    }
    if (const int row = rowOf(id); row >= 0) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QDateTime DestinationListModel::configStamp() const
{
    return QFileInfo(m_ctx.config->filePath()).lastModified();
}

void DestinationListModel::reloadConfigurationIfChanged()
{
    const QFileInfo file(m_ctx.config->filePath());
    const QDateTime stamp = file.lastModified();
    const qint64 size = file.exists() ? file.size() : -1;
    if (stamp == m_configStamp && size == m_configSize) {
        return;
    }
    m_configStamp = stamp;
    m_configSize = size;
    if (const Status status = m_ctx.config->load(); !status) {
        Q_EMIT configurationError(status.error().message);
    }
}

void DestinationListModel::refresh()
{
    reloadConfigurationIfChanged();
    QList<Row> rows;
    for (const Destination &d : m_ctx.config->destinations()) {
        Row row { d, {}, {} };
        if (m_storage) {
            if (auto runtime = m_storage->runtime(d.id)) {
                row.runtime = *runtime;
            }
            if (auto delivery = m_storage->deliveryHealth(d.id)) {
                row.delivery = *delivery;
            }
        }
        rows.append(row);
    }

    // Same destinations in the same order: update in place so that the selection and scroll position stay.
    bool sameIds = rows.size() == m_rows.size();
    for (int i = 0; sameIds && i < rows.size(); ++i) {
        sameIds = rows.at(i).destination.id == m_rows.at(i).destination.id;
    }
    if (!sameIds) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    for (int i = 0; i < rows.size(); ++i) {
        const bool changed = rows.at(i).destination != m_rows.at(i).destination
            || rows.at(i).runtime.state != m_rows.at(i).runtime.state
            || rows.at(i).runtime.reason != m_rows.at(i).runtime.reason
            || rows.at(i).runtime.lastError != m_rows.at(i).runtime.lastError
            || rows.at(i).delivery.failing != m_rows.at(i).delivery.failing
            || rows.at(i).delivery.lastError != m_rows.at(i).delivery.lastError;
        m_rows[i] = rows.at(i);
        if (changed) {
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

} // namespace qad::ui
