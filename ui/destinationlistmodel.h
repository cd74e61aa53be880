#pragma once

#include "appcontext.h"
#include "config/destination.h"
#include "storage/storage.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QTimer>

namespace qad::ui {

// What the destinations list shows of one destination: enabled, paused with a reason, or in error.
enum class DestinationHealth { Enabled, Paused, Error };

// The destination's state as the list and the overview say it: the run-time state in the database (shared
// with qadctl and the streaming worker) wins over the configuration's, a pause over an error.
DestinationHealth healthOf(
    const Destination &destination, const DestinationRuntime &runtime, const DeliveryHealth &delivery);
// "enabled", "enabled, streaming", "paused: user", "paused: authentication", "error: …" (translated).
QString stateText(const Destination &destination, const DestinationRuntime &runtime,
    const DeliveryHealth &delivery, bool streaming);

// The destinations (name, state) from the ConfigStore joined with their run-time state from the storage,
// re-read every 2 s (and on refresh()) so that changes made by qadctl or the worker show up. The
// configuration file is re-loaded only when it changed on disk.
class DestinationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString
        HealthRole, // int (DestinationHealth)
        StreamingRole, // bool
    };

    // `storage` may be null (the database could not be opened): every destination then shows its configured
    // state.
    DestinationListModel(AppContext &ctx, Storage *storage, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &id) const; // -1 when absent
    const Destination *destinationAt(int row) const;
    const Destination *destination(const QString &id) const;
    DestinationRuntime runtimeOf(const QString &id) const;
    DeliveryHealth deliveryOf(const QString &id) const;

    void setRefreshInterval(int ms);

public Q_SLOTS:
    void refresh();
    void setStreaming(const QString &id, bool streaming);

Q_SIGNALS:
    // The configuration file changed on disk and could not be read again (message says how to fix it).
    void configurationError(const QString &message);

private:
    struct Row
    {
        Destination destination;
        DestinationRuntime runtime;
        DeliveryHealth delivery;
    };
    void reloadConfigurationIfChanged();
    QDateTime configStamp() const;

    AppContext &m_ctx;
    Storage *m_storage;
    QList<Row> m_rows;
    QSet<QString> m_streaming;
    QDateTime m_configStamp;
    qint64 m_configSize = -1;
    QTimer m_timer;
};

} // namespace qad::ui
