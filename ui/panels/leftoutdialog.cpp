#include "panels/leftoutdialog.h"

#include "storage/sqlitestorage.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qad::ui {

namespace {

QTableWidget *newTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// A read-only cell; the whole text is its tool tip, for the long reasons.
QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QString localTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

LeftOutDialog::LeftOutDialog(AppContext &ctx, Destination destination, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_destination(std::move(destination))
{
    setWindowTitle(tr("Excluded and rejected: %1").arg(m_destination.name));
    setObjectName(QStringLiteral("leftOutDialog"));
    resize(900, 480);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Profile updates that did not become activations, newest first (at most %1 "
                                "of each), with the reason and how to fix it.")
                                 .arg(QLocale().toString(kRows)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_tabs = new QTabWidget(this);
    m_excluded = newTable(QStringLiteral("excludedTable"),
        { tr("Time"), tr("Profile"), tr("Reason code"), tr("Reason") }, m_tabs);
    m_excluded->setAccessibleName(tr("Excluded profiles"));
    m_rejected = newTable(QStringLiteral("rejectedTable"),
        { tr("Time"), tr("Source"), tr("Line"), tr("Reason"), tr("Start of the record") }, m_tabs);
    m_rejected->setAccessibleName(tr("Rejected records"));
    m_tabs->addTab(m_excluded, tr("Excluded profiles"));
    m_tabs->addTab(m_rejected, tr("Rejected records"));
    m_tabs->setTabToolTip(1,
        tr("A source can feed several destinations, so these are the records of every source read into this "
           "data directory."));
    layout->addWidget(m_tabs, 1);

    // The selected row whole: a reason and its fix are longer than any column.
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("leftOutDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(6);
    layout->addWidget(m_details);
    for (QTableWidget *table : { m_excluded, m_rejected }) {
        connect(table, &QTableWidget::currentCellChanged, this, &LeftOutDialog::showDetails);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &LeftOutDialog::showDetails);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("leftOutMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    // F5 as a shortcut of its own: QAbstractButton::setShortcut() would replace the button's Alt+R.
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshKey, &QShortcut::activated, refreshButton, &QPushButton::click);
    refreshButton->setToolTip(
        tr("Read both lists again (%1).")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    connect(refreshButton, &QPushButton::clicked, this, &LeftOutDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    refresh();
}

LeftOutDialog::~LeftOutDialog() = default;

void LeftOutDialog::showRejected()
{
    m_tabs->setCurrentWidget(m_rejected);
}

void LeftOutDialog::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

bool LeftOutDialog::ensureStorage()
{
    if (m_storage) {
        return true;
    }
    auto storage = std::make_unique<SqliteStorage>(m_ctx.dataDir);
    if (const Status opened = storage->open(); !opened) {
        showError(opened.error().message);
        return false;
    }
    m_storage = std::move(storage);
    return true;
}

void LeftOutDialog::refresh()
{
    m_message->hide();
    if (!ensureStorage()) {
        return;
    }
    fillExcluded();
    fillRejected();
    showDetails();
}

void LeftOutDialog::showDetails()
{
    auto *table = qobject_cast<QTableWidget *>(m_tabs->currentWidget());
    const int row = table ? table->currentRow() : -1;
    if (row < 0) {
        m_details->setText(
            table && table->rowCount() == 0 ? tr("Nothing here.") : tr("Select a row to read it whole."));
        return;
    }
    const auto text = [table, row](int column) {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    };
    if (table == m_excluded) {
        m_details->setText(tr("%1, excluded %2 (%3):\n%4").arg(text(1), text(0), text(2), text(3)));
    } else {
        m_details->setText(tr("%1, line %2, rejected %3:\n%4\nIt began: %5")
                               .arg(text(1), text(2), text(0), text(3), text(4)));
    }
}

void LeftOutDialog::fillExcluded()
{
    const auto exclusions = m_storage->exclusions(m_destination.id, kRows);
    if (!exclusions) {
        showError(exclusions.error().message);
        return;
    }
    m_excluded->setRowCount(int(exclusions->size()));
    for (int row = 0; row < int(exclusions->size()); ++row) {
        const ExclusionRecord &e = exclusions->at(row);
        QString profile = e.profileKey.isEmpty() ? tr("(no usable identity)") : e.profileKey;
        if (e.isTest) {
            profile = tr("%1 (test)", "a profile's key; the profile came from a test send").arg(profile);
        }
        m_excluded->setItem(row, 0, cell(localTime(e.at)));
        m_excluded->setItem(row, 1, cell(profile));
        m_excluded->setItem(row, 2, cell(e.code));
        m_excluded->setItem(row, 3, cell(e.reason));
    }
    m_excluded->resizeColumnsToContents();
    if (m_excluded->currentRow() < 0 && m_excluded->rowCount() > 0) {
        m_excluded->setCurrentCell(0, 0); // the newest, read at once
    }
    m_tabs->setTabText(0, tr("Excluded profiles (%1)").arg(QLocale().toString(exclusions->size())));
}

void LeftOutDialog::fillRejected()
{
    const auto rejects = m_storage->rejects(kRows);
    if (!rejects) {
        showError(rejects.error().message);
        return;
    }
    m_rejected->setRowCount(int(rejects->size()));
    for (int row = 0; row < int(rejects->size()); ++row) {
        const RejectRecord &r = rejects->at(row);
        m_rejected->setItem(row, 0, cell(localTime(r.at)));
        m_rejected->setItem(row, 1, cell(r.source == u"-" ? tr("standard input") : r.source));
        m_rejected->setItem(row, 2, cell(QLocale().toString(r.line)));
        m_rejected->setItem(row, 3, cell(r.reason));
        m_rejected->setItem(row, 4, cell(QString::fromUtf8(r.excerpt).simplified()));
    }
    m_rejected->resizeColumnsToContents();
    if (m_rejected->currentRow() < 0 && m_rejected->rowCount() > 0) {
        m_rejected->setCurrentCell(0, 0); // the newest, read at once
    }
    m_tabs->setTabText(1, tr("Rejected records (%1)").arg(QLocale().toString(rejects->size())));
}

} // namespace qad::ui
