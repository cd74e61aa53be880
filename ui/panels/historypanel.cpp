#include "panels/historypanel.h"

#include "common/files.h"
#include "delivery/attempt.h"
#include "delivery/requestview.h"
#include "panels/historymodel.h"
#include "panels/jsonview.h"
#include "panels/panelfocus.h"
#include "storage/sqlitestorage.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>
#include <utility>

namespace qad::ui {

namespace {

constexpr int kIdentityDebounceMs = 300;
constexpr int kExportPageRows = 1000;
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

enum AttemptColumn {
    AttemptTime,
    AttemptDuration,
    AttemptHttp,
    AttemptOutcome,
    AttemptCode,
    AttemptRequestId,
    AttemptMessage,
    AttemptColumnCount
};

QString headerLines(const HeaderList &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers) {
        lines.append(QString::fromLatin1(name) + QLatin1String(": ") + QString::fromUtf8(value));
    }
    return lines.join(QLatin1Char('\n'));
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
QString csvField(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    const bool quote = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); })
        || value != value.trimmed();
    if (!quote) {
        return value;
    }
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields) {
        quoted.append(csvField(field));
    }
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

// Column names are identifiers for scripts and spreadsheets, not prose: stable and untranslated.
QByteArray csvHeader()
{
    return csvLine({ QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("status"),
        QStringLiteral("profile_key"), QStringLiteral("audiences"), QStringLiteral("attempts"),
        QStringLiteral("last_http_status"), QStringLiteral("last_error"), QStringLiteral("is_test") });
}

QByteArray csvRow(const HistoryEntry &entry)
{
    const ActivationRecord &a = entry.activation;
    return csvLine({ a.id, a.createdAt.toUTC().toString(Qt::ISODateWithMs), toString(a.status), a.profileKey,
        QString::fromUtf8(a.audiences), QString::number(a.attemptCount),
        entry.lastHttpStatus > 0 ? QString::number(entry.lastHttpStatus) : QString(), a.lastError,
        a.isTest ? QStringLiteral("true") : QStringLiteral("false") });
}

QLabel *selectableLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QAction *makeAction(const QString &objectName, const QString &text, const QKeySequence &shortcut,
    const QString &toolTip, QWidget *parent)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(shortcut.isEmpty()
            ? toolTip
            : QStringLiteral("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    parent->addAction(action);
    return action;
}

QToolButton *buttonFor(QAction *action, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

// The widgets Tab stops at: `widget` itself, or those inside it in the order they were made (a JsonView's
// Pretty toggle, then its text). setTabOrder() passes over a widget that takes no focus.
QList<QWidget *> tabStopsIn(QWidget *widget)
{
    if (widget->focusPolicy() & Qt::TabFocus) {
        return { widget };
    }
    QList<QWidget *> stops;
    for (QWidget *child : widget->findChildren<QWidget *>()) {
        if ((child->focusPolicy() & Qt::TabFocus) && !child->focusProxy()) {
            stops.append(child);
        }
    }
    return stops;
}

QDateTimeEdit *dateTimeEdit(const QString &objectName, const QDateTime &value, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(value, parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(kTimeFormat);
    edit->setCalendarPopup(true);
    edit->setEnabled(false);
    return edit;
}

// The last second of the current day, local time: "To" left as it is hides nothing created today.
QDateTime endOfToday()
{
    return QDateTime(QDate::currentDate(), QTime(23, 59, 59));
}

} // namespace

HistoryPanel::HistoryPanel(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_statusFilter(new QComboBox(this))
    , m_identityFilter(new QLineEdit(this))
    , m_fromCheck(new QCheckBox(tr("From"), this))
    , m_fromEdit(dateTimeEdit(QStringLiteral("fromEdit"), QDateTime::currentDateTime().addDays(-1), this))
    , m_toCheck(new QCheckBox(tr("To"), this))
    , m_toEdit(dateTimeEdit(QStringLiteral("toEdit"), endOfToday(), this))
    , m_includeTests(new QCheckBox(tr("Test sends"), this))
    , m_countLabel(selectableLabel(QStringLiteral("countLabel"), this))
    , m_messageLabel(selectableLabel(QStringLiteral("messageLabel"), this))
    , m_table(new QTableView(this))
    , m_summaryLabel(selectableLabel(QStringLiteral("summaryLabel"), this))
    , m_attemptLabel(selectableLabel(QStringLiteral("attemptLabel"), this))
    , m_attemptsTable(new QTableWidget(0, AttemptColumnCount, this))
    , m_payloadView(new JsonView(this))
    , m_requestHeadersView(new QPlainTextEdit(this))
    , m_responseView(new JsonView(this))
    , m_replayAction(makeAction(QStringLiteral("replayAction"), tr("Replay"), QKeySequence(tr("Ctrl+R")),
          tr("Send the selected activation again"), this))
    , m_replayFailedAction(makeAction(QStringLiteral("replayFailedAction"), tr("Replay all failed"),
          QKeySequence(tr("Ctrl+Shift+F")), tr("Queue every failed activation of this destination again"),
          this))
    , m_copyCurlAction(makeAction(QStringLiteral("copyCurlAction"), tr("Copy as curl"),
          QKeySequence(tr("Ctrl+Shift+C")),
          tr("Copy the selected activation's request as a curl command; the token stays in $QAD_API_TOKEN"),
          this))
    , m_exportAction(makeAction(QStringLiteral("exportCsvAction"), tr("Export CSV…"),
          QKeySequence(tr("Ctrl+E")), tr("Save the activations matching the filters as a CSV file"), this))
    , m_refreshAction(makeAction(QStringLiteral("refreshAction"), tr("Refresh"), QKeySequence::Refresh,
          tr("Show what changed"), this))
{
    setObjectName(QStringLiteral("historyPanel"));

    // Filters.
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Any status"), -1);
    for (ActivationStatus status : { ActivationStatus::Pending, ActivationStatus::Sending,
             ActivationStatus::Retrying, ActivationStatus::Succeeded, ActivationStatus::Failed }) {
        m_statusFilter->addItem(HistoryModel::statusText(status), int(status));
    }
    m_identityFilter->setObjectName(QStringLiteral("identityFilter"));
    m_identityFilter->setPlaceholderText(tr("Identity contains… (e.g. dave@example.com)"));
    m_identityFilter->setClearButtonEnabled(true);
    m_identityFilter->setMinimumWidth(220);
    m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
    m_fromCheck->setToolTip(tr("Only activations created at or after this time; clear for any time."));
    m_toCheck->setObjectName(QStringLiteral("toCheck"));
    m_toCheck->setToolTip(tr("Only activations created up to this time; clear for any time."));
    m_includeTests->setObjectName(QStringLiteral("includeTestsCheck"));
    m_includeTests->setToolTip(tr("List test sends too."));
    m_includeTests->setChecked(true);
    m_identityDebounce.setSingleShot(true);
    m_identityDebounce.setInterval(kIdentityDebounceMs);
    auto *findAction = makeAction(QStringLiteral("findAction"), tr("Find identity"), QKeySequence::Find,
        tr("Search the history by identity"), this);

    // Two rows of filters: in one, the panel asked more width than a default window has beside the
    // destination list, and the list was squeezed to half a name.
    auto *filterRow = new QHBoxLayout;
    // Alt+T: Alt+S is the Stream menu's.
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_statusFilter);
    filterRow->addWidget(statusLabel);
    filterRow->addWidget(m_statusFilter);
    filterRow->addWidget(m_identityFilter, 1);
    filterRow->addWidget(m_includeTests);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_fromCheck);
    timeRow->addWidget(m_fromEdit);
    timeRow->addWidget(m_toCheck);
    timeRow->addWidget(m_toEdit);
    timeRow->addStretch();

    auto *replayButton = buttonFor(m_replayAction, QStringLiteral("replayButton"), this);
    auto *replayFailedButton = buttonFor(m_replayFailedAction, QStringLiteral("replayFailedButton"), this);
    auto *copyCurlButton = buttonFor(m_copyCurlAction, QStringLiteral("copyCurlButton"), this);
    auto *exportButton = buttonFor(m_exportAction, QStringLiteral("exportCsvButton"), this);
    auto *refreshButton = buttonFor(m_refreshAction, QStringLiteral("refreshButton"), this);
    auto *actionRow = new QHBoxLayout;
    for (QToolButton *button :
        { replayButton, replayFailedButton, copyCurlButton, exportButton, refreshButton }) {
        actionRow->addWidget(button);
    }
    actionRow->addWidget(m_countLabel);
    actionRow->addWidget(m_messageLabel, 1);

    // The list. Fixed row heights: the view never measures a row, however many are loaded.
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({ m_replayAction, m_copyCurlAction });

    // The details of the selected activation.
    m_attemptsTable->setObjectName(QStringLiteral("attemptsTable"));
    m_attemptsTable->setHorizontalHeaderLabels({ tr("Time"), tr("Duration"), tr("HTTP status"), tr("Outcome"),
        tr("Code"), tr("Request ID"), tr("Message") });
    m_attemptsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attemptsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attemptsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attemptsTable->verticalHeader()->hide();
    m_attemptsTable->horizontalHeader()->setStretchLastSection(true);
    // A title cut by a narrow column is whole in its tooltip.
    for (int column = 0; column < m_attemptsTable->columnCount(); ++column) {
        QTableWidgetItem *title = m_attemptsTable->horizontalHeaderItem(column);
        title->setToolTip(title->text());
    }
    m_payloadView->setObjectName(QStringLiteral("payloadView"));
    m_requestHeadersView->setObjectName(QStringLiteral("requestHeadersView"));
    m_requestHeadersView->setReadOnly(true);
    m_requestHeadersView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_requestHeadersView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_responseView->setObjectName(QStringLiteral("responseView"));

    auto *facts = new QWidget(this);
    auto *factsLayout = new QVBoxLayout(facts);
    factsLayout->setContentsMargins(0, 0, 0, 0);
    factsLayout->addWidget(m_summaryLabel);
    auto *attemptsLabel = new QLabel(tr("Atte&mpts"), this);
    attemptsLabel->setBuddy(m_attemptsTable);
    factsLayout->addWidget(attemptsLabel);
    factsLayout->addWidget(m_attemptsTable, 1);
    // The selected attempt, its message whole: the table's last column is seldom in sight.
    factsLayout->addWidget(m_attemptLabel);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("detailTabs"));
    tabs->addTab(m_payloadView, tr("Payload"));
    // Short titles: the three fit the tab bar of a default window in every language. The view shows the
    // redaction itself (Basic ***).
    tabs->addTab(m_requestHeadersView, tr("Request headers"));
    tabs->setTabToolTip(tabs->count() - 1, tr("The headers as sent, the authorization value redacted"));
    tabs->addTab(m_responseView, tr("Response"));
    tabs->setTabToolTip(tabs->count() - 1,
        tr("The endpoint's answer, of which the history keeps the first %Ln byte(s)", nullptr,
            int(kResponseExcerptBytes)));
    auto *details = new QSplitter(Qt::Horizontal, this);
    details->setObjectName(QStringLiteral("detailsSplitter"));
    details->addWidget(facts);
    details->addWidget(tabs);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addLayout(timeRow);
    layout->addLayout(actionRow);
    layout->addWidget(splitter, 1);

    // Named for assistive technology (the buttons and check boxes are named by their text), and reached by
    // Tab in reading order: the widgets were made in another order than they are laid out.
    m_statusFilter->setAccessibleName(tr("Status"));
    m_identityFilter->setAccessibleName(tr("Identity contains"));
    m_fromEdit->setAccessibleName(tr("Created from"));
    m_toEdit->setAccessibleName(tr("Created up to"));
    m_table->setAccessibleName(tr("Activations"));
    m_attemptsTable->setAccessibleName(tr("Attempts"));
    tabs->setAccessibleName(tr("Activation details"));
    tabs->tabBar()->setAccessibleName(tr("Activation details"));
    m_payloadView->setTitle(tr("Payload"));
    m_requestHeadersView->setAccessibleName(tr("Request headers"));
    m_responseView->setTitle(tr("Response"));
    // Rows are selected whole: Tab leaves the tables instead of walking their cells.
    m_table->setTabKeyNavigation(false);
    m_attemptsTable->setTabKeyNavigation(false);
    QList<QWidget *> tabOrder { m_statusFilter, m_identityFilter, m_includeTests, m_fromCheck, m_fromEdit,
        m_toCheck, m_toEdit, replayButton, replayFailedButton, copyCurlButton, exportButton, refreshButton,
        m_table, m_attemptsTable, tabs };
    for (int page = 0; page < tabs->count(); ++page) {
        tabOrder += tabStopsIn(tabs->widget(page));
    }
    for (qsizetype i = 1; i < tabOrder.size(); ++i) {
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
    }

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilters);
    connect(m_identityFilter, &QLineEdit::textChanged, &m_identityDebounce, qOverload<>(&QTimer::start));
    connect(m_identityFilter, &QLineEdit::returnPressed, this, &HistoryPanel::applyFilters);
    connect(&m_identityDebounce, &QTimer::timeout, this, &HistoryPanel::applyFilters);
    m_toDefault = m_toEdit->dateTime();
    connect(m_toCheck, &QCheckBox::toggled, this, [this](bool checked) {
        // Still the end of the day the panel was built on: ticked after midnight, it moves to today's end.
        if (checked && m_toEdit->dateTime() == m_toDefault) {
            m_toDefault = endOfToday();
            const QSignalBlocker quiet(m_toEdit); // the tick applies the filters itself
            m_toEdit->setDateTime(m_toDefault);
        }
    });
    for (auto [check, edit] : { std::pair { m_fromCheck, m_fromEdit }, std::pair { m_toCheck, m_toEdit } }) {
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &HistoryPanel::applyFilters);
        connect(edit, &QDateTimeEdit::dateTimeChanged, &m_identityDebounce, qOverload<>(&QTimer::start));
    }
    connect(m_includeTests, &QCheckBox::toggled, this, &HistoryPanel::applyFilters);
    connect(findAction, &QAction::triggered, this, [this] {
        m_identityFilter->setFocus(Qt::ShortcutFocusReason);
        m_identityFilter->selectAll();
    });
    connect(m_replayAction, &QAction::triggered, this, &HistoryPanel::replaySelected);
    connect(m_replayFailedAction, &QAction::triggered, this, &HistoryPanel::confirmAndReplayFailed);
    connect(m_copyCurlAction, &QAction::triggered, this, &HistoryPanel::copySelectedAsCurl);
    connect(m_exportAction, &QAction::triggered, this, &HistoryPanel::exportCsvInteractive);
    connect(m_refreshAction, &QAction::triggered, this, &HistoryPanel::refresh);
    connect(m_attemptsTable, &QTableWidget::currentCellChanged, this,
        [this](int row, int, int, int) { showAttempt(row); });
    connect(&m_autoRefresh, &QTimer::timeout, this, &HistoryPanel::refresh);

    // To the activations, where the panel's own shortcuts act.
    passFocusOn(this, [this] { return m_table; });

    m_summaryLabel->setText(tr("No destination selected."));
    m_messageLabel->hide();
    clearDetails();
    updateActions();
}

HistoryPanel::~HistoryPanel()
{
    if (m_replayThread) {
        m_replayThread->wait(); // one UPDATE: it ends on its own
    }
}

bool HistoryPanel::ensureStorage()
{
    if (m_storage) {
        return true;
    }
    // The GUI thread's own connection (a Storage is used from one thread).
    auto storage = std::make_unique<SqliteStorage>(m_ctx.dataDir);
    if (const Status status = storage->open(); !status) {
        setMessage(status.error().message, true);
        return false;
    }
    m_storage = std::move(storage);
    m_model = std::make_unique<HistoryModel>(*m_storage);
    m_table->setModel(m_model.get());
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(HistoryModel::IdentityColumn, QHeaderView::Stretch);
    header->resizeSection(
        HistoryModel::CreatedColumn, m_table->fontMetrics().horizontalAdvance(kTimeFormat) + 16);
    // The short columns as wide as their title and what they can hold, in any language and font: the rest
    // is left to the identity.
    const auto fit = [this, header](int column, const QStringList &texts) {
        int width
            = header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString &text : texts) {
            width = std::max(width, m_table->fontMetrics().horizontalAdvance(text));
        }
        header->resizeSection(column, width + 16);
    };
    QStringList statuses; // the filter lists every status
    for (int i = 0; i < m_statusFilter->count(); ++i) {
        if (m_statusFilter->itemData(i).toInt() >= 0) {
            statuses.append(m_statusFilter->itemText(i));
        }
    }
    fit(HistoryModel::StatusColumn, statuses);
    fit(HistoryModel::AttemptsColumn, { QLocale().toString(1000) });
    fit(HistoryModel::TestColumn, { HistoryModel::testText() });
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fittingColumns
            && (column == HistoryModel::AudiencesColumn || column == HistoryModel::LastResultColumn)) {
            m_sideColumnsSetByUser = true;
        }
    });
    m_table->viewport()->installEventFilter(this);
    fitSideColumns();
    // Selection, not the current index: a click moves the current index before it selects the row.
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::showDetails);
    connect(m_model.get(), &HistoryModel::modelReset, this, &HistoryPanel::showDetails);
    connect(m_model.get(), &HistoryModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            const int current = m_table->currentIndex().row();
            if (current >= topLeft.row() && current <= bottomRight.row()
                && topLeft.column() <= HistoryModel::StatusColumn) {
                showDetails(); // its status moved on: new attempts to show
            }
        });
    connect(m_model.get(), &HistoryModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { keepPlaceAfterInsert(first, last); });
    connect(m_model.get(), &HistoryModel::errorOccurred, this,
        [this](const QString &text) { setMessage(text, true); });
    connect(m_model.get(), &HistoryModel::matchingCountChanged, this, &HistoryPanel::updateCount);
    connect(m_model.get(), &HistoryModel::searchingChanged, this, &HistoryPanel::updateCount);
    return true;
}

// The audiences and the last result share what the short columns leave with the identity: 220 pixels each
// in a wide window, a quarter of that room each in a narrow one, so that the identity, what the user looks
// for, keeps at least half of it.
void HistoryPanel::fitSideColumns()
{
    if (!m_model || m_sideColumnsSetByUser) {
        return;
    }
    auto *header = m_table->horizontalHeader();
    int shortColumns = 0;
    for (const int column : { HistoryModel::CreatedColumn, HistoryModel::StatusColumn,
             HistoryModel::AttemptsColumn, HistoryModel::TestColumn }) {
        shortColumns += header->sectionSize(column);
    }
    const int room = m_table->viewport()->width() - shortColumns;
    const int width = std::min(220, std::max(80, room / 4));
    // Never narrower than its title, in any language.
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const auto titleWidth = [&](int column) {
        return header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())
            + margins;
    };
    m_fittingColumns = true;
    for (const int column : { HistoryModel::AudiencesColumn, HistoryModel::LastResultColumn }) {
        header->resizeSection(column, std::max(width, titleWidth(column)));
    }
    m_fittingColumns = false;
}

bool HistoryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitSideColumns();
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryPanel::setDestination(const Destination &destination)
{
    m_destination = destination;
    setMessage({}, false);
    if (!ensureStorage()) {
        updateActions();
        return;
    }
    QHash<QString, QString> names;
    for (const Audience &audience : destination.audiences) {
        if (!audience.name.isEmpty()) {
            names.insert(audience.id, audience.name);
        }
    }
    m_model->setAudienceNames(names);
    m_model->setFilter(currentFilter());
    if (isVisible() && m_autoRefreshMs > 0) {
        m_autoRefresh.start(m_autoRefreshMs);
    }
    updateActions();
}

void HistoryPanel::setAutoRefreshInterval(int ms)
{
    m_autoRefreshMs = ms;
    m_autoRefresh.stop();
    if (ms > 0 && isVisible() && m_destination) {
        m_autoRefresh.start(ms);
    }
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_destination && m_autoRefreshMs > 0) {
        refresh(); // what happened while hidden
        m_autoRefresh.start(m_autoRefreshMs);
    }
}

void HistoryPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_autoRefresh.stop();
}

QString HistoryPanel::message() const
{
    return m_messageLabel->text();
}

HistoryQuery HistoryPanel::currentFilter() const
{
    HistoryQuery filter;
    filter.destinationId = m_destination ? m_destination->id : QString();
    const int status = m_statusFilter->currentData().toInt();
    if (status >= 0) {
        filter.status = ActivationStatus(status);
    }
    filter.identityContains = m_identityFilter->text().trimmed();
    if (m_fromCheck->isChecked()) {
        filter.from = m_fromEdit->dateTime().toUTC();
    }
    if (m_toCheck->isChecked()) {
        // The edit shows whole seconds: "to 10:00:00" includes 10:00:00.999.
        filter.to = m_toEdit->dateTime().toUTC().addSecs(1);
    }
    filter.includeTests = m_includeTests->isChecked();
    return filter;
}

void HistoryPanel::applyFilters()
{
    m_identityDebounce.stop();
    if (!m_model || !m_destination) {
        return;
    }
    const HistoryQuery next = currentFilter();
    const HistoryQuery &current = m_model->filter();
    if (next.destinationId == current.destinationId && next.status == current.status
        && next.identityContains == current.identityContains && next.from == current.from
        && next.to == current.to && next.includeTests == current.includeTests) {
        return; // nothing changed (a debounced edit typed back): keep the place
    }
    setMessage({}, false);
    m_model->setFilter(next);
}

void HistoryPanel::refresh()
{
    if (m_model && m_destination) {
        m_model->refresh();
    }
}

// Rows inserted above the ones on screen would push them down: scroll by as many, unless the user is at the
// top watching the newest arrive.
void HistoryPanel::keepPlaceAfterInsert(int first, int last)
{
    QScrollBar *bar = m_table->verticalScrollBar();
    if (first != 0 || bar->value() == 0) {
        return;
    }
    const int target = bar->value() + (last - first + 1);
    m_table->doItemsLayout(); // the scroll range must include the new rows before the value moves
    bar->setValue(target);
}

void HistoryPanel::updateCount()
{
    if (!m_model) {
        return;
    }
    const auto count = m_model->matchingCount();
    if (m_model->isSearching()) {
        const auto backTo = m_model->searchedBackTo();
        m_countLabel->setText(backTo ? tr("Searching… %n found, back to %1", nullptr, int(count.value_or(0)))
                                           .arg(backTo->toLocalTime().toString(kTimeFormat))
                                     : tr("Searching… %n found", nullptr, int(count.value_or(0))));
    } else if (!count) {
        m_countLabel->setText(tr("Counting…"));
    } else if (m_model->matchingCountIsLowerBound()) {
        m_countLabel->setText(tr("More than %1 activations").arg(QLocale().toString(*count)));
    } else {
        m_countLabel->setText(tr("%n activation(s)", nullptr, int(*count)));
    }
}

std::optional<ActivationRecord> HistoryPanel::selectedActivation() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_model || !current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {})) {
        return std::nullopt;
    }
    return m_model->entry(current.row()).activation;
}

std::optional<QString> HistoryPanel::selectedId() const
{
    const std::optional<ActivationRecord> selected = selectedActivation();
    return selected ? std::optional<QString>(selected->id) : std::nullopt;
}

void HistoryPanel::clearDetails()
{
    m_summaryLabel->setText(m_destination ? tr("Select an activation to see its attempts.") : QString());
    m_attemptLabel->clear();
    m_attemptsTable->setRowCount(0);
    m_payloadView->clear();
    m_requestHeadersView->clear();
    m_responseView->clear();
    m_attempts.clear();
    m_selectedPayload.clear();
}

void HistoryPanel::showDetails()
{
    const std::optional<QString> id = selectedId();
    if (!id || !m_storage) {
        clearDetails();
        updateActions();
        return;
    }
    auto activation = m_storage->activation(*id);
    auto attempts = m_storage->attempts(*id);
    if (!activation || !attempts) {
        clearDetails();
        setMessage(activation ? attempts.error().message : activation.error().message, true);
        updateActions();
        return;
    }
    const ActivationRecord &a = *activation;
    QStringList summary { tr("Activation %1").arg(a.id),
        tr("%1, created %2")
            .arg(HistoryModel::statusText(a.status), a.createdAt.toLocalTime().toString(kTimeFormat)),
        tr("Identity: %1").arg(a.profileKey) };
    if (a.nextAttemptAt) {
        summary.append(tr("Next attempt: %1").arg(a.nextAttemptAt->toLocalTime().toString(kTimeFormat)));
    }
    if (a.isTest) {
        summary.append(tr("Test send"));
    }
    m_summaryLabel->setText(summary.join(QLatin1Char('\n')));
    m_selectedPayload = a.payload;
    m_payloadView->setData(a.payload);

    m_attempts = *attempts;
    const int previousAttempt = m_attemptsTable->currentRow();
    const bool sameCount = previousAttempt >= 0 && m_attemptsTable->rowCount() == m_attempts.size();
    m_attemptsTable->setRowCount(int(m_attempts.size()));
    for (int row = 0; row < m_attempts.size(); ++row) {
        const Attempt &at = m_attempts.at(row);
        const QStringList cells { at.startedAt.toLocalTime().toString(kTimeFormat),
            tr("%1 ms").arg(at.durationMs),
            at.httpStatus > 0 ? QString::number(at.httpStatus) : tr("no response"),
            HistoryModel::outcomeText(at.outcome.cls), at.outcome.code, at.requestId, at.outcome.message };
        for (int column = 0; column < AttemptColumnCount; ++column) {
            m_attemptsTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_attemptsTable->resizeColumnsToContents();
    if (m_attempts.isEmpty()) {
        showAttempt(-1);
    } else {
        // The latest attempt, unless the user was looking at another one of the same list.
        const int row = sameCount ? previousAttempt : int(m_attempts.size()) - 1;
        m_attemptsTable->setCurrentCell(row, 0);
        showAttempt(row);
    }
    updateActions();
}

void HistoryPanel::showAttempt(int attemptRow)
{
    if (attemptRow < 0 || attemptRow >= m_attempts.size()) {
        m_attemptLabel->setText(m_attempts.isEmpty() ? tr("Not attempted yet.") : QString());
        m_requestHeadersView->clear();
        m_responseView->clear();
        return;
    }
    const Attempt &at = m_attempts.at(attemptRow);
    QStringList facts;
    if (!at.outcome.message.isEmpty()) {
        facts.append(at.outcome.message);
    }
    facts.append(tr("Request ID: %1").arg(at.requestId.isEmpty() ? tr("(none)") : at.requestId));
    if (!at.notice.isEmpty()) {
        facts.append(tr("Notice: %1").arg(at.notice));
    }
    if (!at.location.isEmpty()) {
        facts.append(tr("Location: %1").arg(at.location));
    }
    m_attemptLabel->setText(facts.join(QLatin1Char('\n')));
    // As recorded: the worker stores the headers with the auth value already redacted.
    m_requestHeadersView->setPlainText(headerLines(at.requestHeaders));
    m_responseView->setData(at.responseBody);
}

void HistoryPanel::updateActions()
{
    const std::optional<QString> id = selectedId();
    bool replayable = false;
    if (id) {
        const HistoryEntry &entry = m_model->entry(m_table->currentIndex().row());
        replayable = !entry.activation.isTest
            && (entry.activation.status == ActivationStatus::Failed
                || entry.activation.status == ActivationStatus::Succeeded);
    }
    m_replayAction->setEnabled(replayable);
    m_copyCurlAction->setEnabled(id.has_value() && m_destination);
    m_replayFailedAction->setEnabled(m_destination && m_storage && !m_replayThread);
    m_exportAction->setEnabled(m_destination && m_storage);
    m_refreshAction->setEnabled(m_destination && m_storage);
}

void HistoryPanel::replaySelected()
{
    const std::optional<ActivationRecord> selected = selectedActivation();
    if (!selected || !m_storage || !m_destination) {
        return;
    }
    const QString id = selected->id;
    // A delivered activation sent again starts the workflow again: a survey mailed twice. A stray Ctrl+R
    // (Start Streaming… everywhere else in the window) must not do that.
    if (selected->status == ActivationStatus::Succeeded) {
        QMessageBox box(QMessageBox::Question, tr("Send Again?"),
            tr("Activation %1 was delivered. Sending it again starts the Qualtrics workflow a second time "
               "for "
               "this profile.")
                .arg(id),
            QMessageBox::Cancel, this);
        QPushButton *again = box.addButton(tr("&Send Again"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.setEscapeButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != again) {
            return;
        }
    }
    if (const Status status = m_storage->replayActivation(id); !status) {
        setMessage(status.error().message, true);
        return;
    }
    m_model->reloadRows({ id });
    showDetails();
    setMessage(tr("Activation %1 is queued again.").arg(id), false);
    Q_EMIT activationsReplayed(m_destination->id, 1);
}

void HistoryPanel::confirmAndReplayFailed()
{
    if (!m_destination || m_replayThread || !ensureStorage()) {
        return;
    }
    const Destination destination = *m_destination;
    HistoryQuery failed;
    failed.destinationId = destination.id;
    failed.status = ActivationStatus::Failed;
    failed.includeTests = false; // test sends are never replayed
    failed.limit = 0; // count them all
    const Expected<qint64> count = m_storage->countActivations(failed);
    if (!count) {
        setMessage(count.error().message, true);
        return;
    }
    if (*count == 0) {
        setMessage(tr("No failed activation of %1 to replay.").arg(destination.name), false);
        return;
    }
    const int shown = int(qMin<qint64>(*count, std::numeric_limits<int>::max()));
    QMessageBox box(QMessageBox::Question, tr("Replay Failed Activations?"),
        tr("%n failed activation(s) will be sent again to “%1” (%2).", nullptr, shown)
            .arg(destination.name, QUrl(destination.url).host()),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("replayFailedConfirmation"));
    box.setInformativeText(tr("They go back in the queue and are sent while the destination streams; their "
                              "earlier attempts stay in the history."));
    QPushButton *replay = box.addButton(tr("&Replay"), QMessageBox::AcceptRole);
    replay->setObjectName(QStringLiteral("confirmReplayButton"));
    // Sending a batch again cannot be undone: a stray Enter or Escape must not do it.
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != replay || !m_destination || m_destination->id != destination.id) {
        return;
    }
    replayFailed();
}

// One UPDATE over every failed activation: on its own thread and connection, so the window keeps painting
// while a busy dialog says what is going on.
void HistoryPanel::replayFailed()
{
    if (!m_destination || m_replayThread || !ensureStorage()) {
        return;
    }
    m_replayProgress = new QProgressDialog(
        tr("Queueing the failed activations of %1 again…").arg(m_destination->name), QString(), 0, 0, this);
    m_replayProgress->setObjectName(QStringLiteral("replayProgress"));
    m_replayProgress->setWindowTitle(tr("Replay all failed"));
    m_replayProgress->setWindowModality(Qt::WindowModal);
    m_replayProgress->setMinimumDuration(0);
    m_replayProgress->show();

    auto result = std::make_shared<Expected<int>>(Error {});
    m_replayResult = result;
    m_replayThread = QThread::create([result, dataDir = m_ctx.dataDir, destinationId = m_destination->id] {
        SqliteStorage storage(dataDir);
        if (const Status opened = storage.open(); !opened) {
            *result = opened.error();
            return;
        }
        *result = storage.replayFailed(destinationId);
    });
    m_replayThread->setObjectName(QStringLiteral("qad-replay"));
    connect(m_replayThread, &QThread::finished, this, &HistoryPanel::finishReplayFailed);
    m_replayThread->start();
    updateActions();
}

void HistoryPanel::finishReplayFailed()
{
    m_replayThread->deleteLater();
    m_replayThread = nullptr;
    m_replayProgress->deleteLater();
    m_replayProgress = nullptr;
    const Expected<int> result = *m_replayResult;
    m_replayResult.reset();
    updateActions();
    if (!result) {
        setMessage(result.error().message, true);
        return;
    }
    QStringList failedShown;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entry(row).activation.status == ActivationStatus::Failed) {
            failedShown.append(m_model->entry(row).activation.id);
        }
    }
    m_model->reloadRows(failedShown);
    setMessage(tr("%n failed activation(s) queued again.", nullptr, *result), false);
    if (m_destination && *result > 0) {
        Q_EMIT activationsReplayed(m_destination->id, *result);
    }
}

void HistoryPanel::copySelectedAsCurl()
{
    const std::optional<QString> id = selectedId();
    if (!id || !m_destination) {
        return;
    }
    DeliveryRequest request;
    request.activationId = *id;
    request.url = m_destination->url;
    request.authMode = m_destination->authMode;
    request.username = m_destination->username;
    request.body = m_selectedPayload;
    request.timeoutMs = m_destination->delivery.timeoutSeconds * 1000;
    // No token in the request: the command reads it from $QAD_API_TOKEN.
    QGuiApplication::clipboard()->setText(curlCommand(request));
    setMessage(tr("Copied as curl. Set QAD_API_TOKEN before running it."), false);
}

Expected<qint64> HistoryPanel::exportCsv(const QString &path, const std::function<bool(qint64)> &progress)
{
    if (!m_destination || !ensureStorage()) {
        return Error { tr("Choose a destination before exporting its history.") };
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error { tr("Cannot write %1: %2. Choose a folder you can write to.")
                           .arg(QDir::toNativeSeparators(path), file.errorString()) };
    }
    file.write(csvHeader());
    HistoryQuery query = m_model ? m_model->filter() : currentFilter();
    query.limit = kExportPageRows;
    qint64 written = 0;
    for (;;) {
        auto page = m_storage->history(query);
        if (!page) {
            file.cancelWriting();
            return page.error();
        }
        for (const HistoryEntry &entry : *page) {
            file.write(csvRow(entry));
        }
        written += page->size();
        if (progress && !progress(written)) {
            file.cancelWriting();
            return Error { tr("Export cancelled: %1 was not written.").arg(QDir::toNativeSeparators(path)) };
        }
        if (page->size() < kExportPageRows) {
            break;
        }
        query.olderThan
            = HistoryCursor { page->constLast().activation.createdAt, page->constLast().activation.id };
    }
    if (!file.commit()) {
        return Error { tr("Cannot write %1: %2. Check the disk has room and try again.")
                           .arg(QDir::toNativeSeparators(path), file.errorString()) };
    }
    files::makePrivate(path); // identities are personal data
    return written;
}

void HistoryPanel::exportCsvInteractive()
{
    if (!m_destination) {
        return;
    }
    const QString suggested = QDir::home().filePath(
        files::safeFileName(tr("%1 history.csv").arg(m_destination->name), tr("history.csv")));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the history as CSV"), suggested, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QProgressDialog progress(tr("Exporting the history…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const auto written = exportCsv(path, [&progress](qint64 rows) {
        progress.setLabelText(tr("Exporting the history… %Ln row(s)", nullptr,
            int(qMin<qint64>(rows, std::numeric_limits<int>::max()))));
        QCoreApplication::processEvents(); // paints, and lets Cancel be clicked, between pages
        return !progress.wasCanceled();
    });
    progress.close();
    if (!written) {
        setMessage(written.error().message, true);
        return;
    }
    setMessage(tr("Exported %n activation(s) to %1.", nullptr,
                   int(qMin<qint64>(*written, std::numeric_limits<int>::max())))
                   .arg(QDir::toNativeSeparators(path)),
        false);
}

void HistoryPanel::setMessage(const QString &text, bool isError)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
    QPalette palette = m_messageLabel->palette();
    palette.setColor(QPalette::WindowText,
        isError ? HistoryModel::statusColour(ActivationStatus::Failed)
                : QPalette().color(QPalette::WindowText));
    m_messageLabel->setPalette(palette);
}

} // namespace qad::ui
