#include "mainwindow.h"

#include "common/files.h"
#include "config/configstore.h"
#include "config/destinationjson.h"
#include "destinationlistmodel.h"
#include "engine/pausing.h"
#include "engine/testsend.h"
#include "panels/alertspanel.h"
#include "panels/historypanel.h"
#include "panels/overviewpanel.h"
#include "panels/testsendpanel.h"
#include "preferencesdialog.h"
#include "secrets/secretstore.h"
#include "settings.h"
#include "storage/sqlitestorage.h"
#include "streamcontroller.h"
#include "traycontroller.h"
#include "wizard/destinationwizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <qad/version.h>

namespace qad::ui {

namespace {

constexpr int kMessageMs = 10000;

QString chooseSourceFile(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, MainWindow::tr("Stream Profiles From"),
        QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
        MainWindow::tr("Profiles (*.ndjson *.jsonl *.json);;All files (*)"));
}

QString chooseImportFile(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, MainWindow::tr("Import Destination"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        MainWindow::tr("Destination exports (*.json);;All files (*)"));
}

QString chooseExportFile(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, MainWindow::tr("Export Destination"), suggested,
        MainWindow::tr("Destination exports (*.json);;All files (*)"));
}

// A destination export is a few kilobytes: a larger file is not one, and is not read whole.
constexpr qint64 kMaxExportBytes = 4 * 1024 * 1024;

} // namespace

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : { 16, 32, 48, 64, 128, 256 }) {
        icon.addFile(QStringLiteral(":/icons/qad-%1.png").arg(size), QSize(size, size));
    }
    return icon;
}

MainWindow::MainWindow(AppContext &ctx, QWidget *parent)
    : QMainWindow(parent)
    , m_ctx(ctx)
    , m_chooseSource(chooseSourceFile)
    , m_chooseImport(chooseImportFile)
    , m_chooseExport(chooseExportFile)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    auto storage = std::make_unique<SqliteStorage>(m_ctx.dataDir);
    const Status opened = storage->open();
    if (opened) {
        m_storage = std::move(storage);
        // Not worth a message when it fails: the next test send tries again and says why.
        TestSend::closeUnanswered(*m_storage);
    }
    m_model = new DestinationListModel(m_ctx, m_storage.get(), this);
    m_streams = new StreamController(m_ctx, this);
    m_tray = new TrayController(m_ctx, this);

    createActions();
    createMenus();
    createToolBar();

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("mainStack"));
    m_emptyState = createEmptyState();
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(createDestinationView());
    setCentralWidget(m_stack);
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    connectStreams();
    connect(m_model, &DestinationListModel::modelAboutToBeReset, this,
        [this] { m_selectAfterReset = currentDestinationId(); });
    connect(m_model, &DestinationListModel::modelReset, this, [this] {
        // Removed elsewhere (qadctl, another qad) while it streams: it must not go on sending, with a token
        // that left the keychain, where no Stop reaches it any more.
        for (const QString &id : m_streams->streamingIds()) {
            if (!m_model->destination(id)) {
                m_streams->stop(id,
                    tr("it was removed outside this window (by qadctl or another qad); what it had "
                       "queued stays in the database."));
            }
        }
        selectDestination(m_selectAfterReset);
        updateView();
    });
    connect(m_model, &DestinationListModel::dataChanged, this, &MainWindow::updateView);
    connect(m_model, &DestinationListModel::configurationError, this,
        [this](const QString &message) { statusBar()->showMessage(message, kMessageMs); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::showCurrentDestination);

    for (QAction *a : findChildren<QAction *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!a->shortcut().isEmpty() && a->shortcutContext() == Qt::WindowShortcut) {
            m_ownShortcuts.insert(a, a->shortcut());
        }
    }
    m_focusConnection = connect(
        qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { yieldShortcutsTo(now); });
    qApp->installEventFilter(this); // see eventFilter(): Ctrl+E in a text field

    restoreLayout();
    if (m_model->rowCount() > 0) {
        selectDestination({});
    }
    updateView();
    if (!opened) {
        statusBar()->showMessage(opened.error().message);
    }
}

MainWindow::~MainWindow()
{
    // ~QWidget still moves the focus, after this object's members are gone.
    disconnect(m_focusConnection);
}

void MainWindow::createActions()
{
    const auto action = [this](const char *name, const QString &text, const QString &theme,
                            QStyle::StandardPixmap fallback, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(QIcon::fromTheme(theme, style()->standardIcon(fallback)), text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newAction = action("actionNew", tr("&New Destination…"), QStringLiteral("document-new"),
        QStyle::SP_FileIcon, QKeySequence(Qt::CTRL | Qt::Key_N), &MainWindow::newDestination);
    m_newAction->setStatusTip(tr("Create a destination with the wizard"));
    m_editAction = action("actionEdit", tr("&Edit Destination…"), QStringLiteral("document-edit"),
        QStyle::SP_FileDialogDetailedView, QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::editDestination);
    m_editAction->setStatusTip(tr("Change the selected destination with the wizard"));
    m_removeAction = action("actionRemove", tr("&Remove Destination…"), QStringLiteral("edit-delete"),
        QStyle::SP_TrashIcon, QKeySequence(Qt::Key_Delete), &MainWindow::removeDestination);
    // Delete removes a destination only from the list: in a text field it deletes text.
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_importAction = action("actionImport", tr("&Import Destination…"), QStringLiteral("document-import"),
        QStyle::SP_DialogOpenButton, QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::importDestination);
    m_importAction->setStatusTip(
        tr("Add a destination from a file written by Export (or qadctl destination export)"));
    m_exportAction = action("actionExport", tr("E&xport Destination…"), QStringLiteral("document-export"),
        QStyle::SP_DialogSaveButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        &MainWindow::exportDestination);
    m_exportAction->setStatusTip(tr("Save the selected destination to a file, without its API token"));
    m_startAction = action("actionStart", tr("&Start Streaming…"), QStringLiteral("document-open"),
        QStyle::SP_DialogOpenButton, QKeySequence(Qt::CTRL | Qt::Key_R), &MainWindow::startStreaming);
    m_startAction->setStatusTip(
        tr("Choose a profile file and stream its updates to the selected destination"));
    m_stopAction = action("actionStop", tr("S&top Streaming"), QStringLiteral("media-playback-stop"),
        QStyle::SP_MediaStop, QKeySequence(Qt::CTRL | Qt::Key_Period), &MainWindow::stopStreaming);
    m_pauseAction = action("actionPause", tr("&Pause"), QStringLiteral("media-playback-pause"),
        QStyle::SP_MediaPause, QKeySequence(Qt::CTRL | Qt::Key_P), [this] { setPaused(true); });
    m_pauseAction->setStatusTip(tr("Stop sending to the selected destination; activations keep queueing"));
    m_resumeAction = action("actionResume", tr("Res&ume"), QStringLiteral("media-playback-start"),
        QStyle::SP_MediaPlay, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { setPaused(false); });
    m_resumeAction->setStatusTip(tr("Send to the selected destination again"));
    m_replayAction = action("actionReplayFailed", tr("Replay &Failed Activations"),
        QStringLiteral("view-refresh"), QStyle::SP_BrowserReload,
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), &MainWindow::replayFailed);
    m_replayAction->setStatusTip(tr("Queue the selected destination's failed activations again"));
    m_preferencesAction = action("actionPreferences", tr("Pre&ferences…"),
        QStringLiteral("preferences-system"), QStyle::SP_FileDialogListView,
        QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::showPreferences);
    m_quitAction = action("actionQuit", tr("&Quit"), QStringLiteral("application-exit"),
        QStyle::SP_DialogCloseButton, QKeySequence(Qt::CTRL | Qt::Key_Q), [this] { close(); });
    m_aboutAction = action("actionAbout", tr("&About qad"), QStringLiteral("help-about"),
        QStyle::SP_MessageBoxInformation, QKeySequence(), &MainWindow::showAbout);

    const QStringList tabNames { tr("&Overview"), tr("Run &History"), tr("&Test Send"), tr("&Alerts") };
    for (int i = 0; i < tabNames.size(); ++i) {
        auto *a = new QAction(tabNames.at(i), this);
        a->setObjectName(QStringLiteral("actionShowTab%1").arg(i + 1));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] {
            m_tabs->setCurrentIndex(i);
            m_tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        });
        m_tabActions.append(a);
    }
    m_focusListAction = new QAction(tr("Destinations &List"), this);
    m_focusListAction->setObjectName(QStringLiteral("actionFocusList"));
    m_focusListAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(
        m_focusListAction, &QAction::triggered, this, [this] { m_list->setFocus(Qt::ShortcutFocusReason); });
}

// A panel's own shortcuts (the run history's Ctrl+R replays the selected activation) win while the focus is
// in it: two actions with the same keys in reach would both stay silent (Qt calls that an ambiguous
// shortcut).
void MainWindow::yieldShortcutsTo(QWidget *focus)
{
    QList<QKeySequence> taken;
    for (QWidget *w = focus; w && w != this && isAncestorOf(w); w = w->parentWidget()) {
        for (const QAction *a : w->actions()) {
            const bool inReach = a->shortcutContext() == Qt::WidgetWithChildrenShortcut
                || (a->shortcutContext() == Qt::WidgetShortcut && w == focus);
            if (inReach && !a->shortcut().isEmpty()) {
                taken.append(a->shortcut());
            }
        }
    }
    for (auto it = m_ownShortcuts.cbegin(); it != m_ownShortcuts.cend(); ++it) {
        it.key()->setShortcut(taken.contains(it.value()) ? QKeySequence() : it.value());
    }
}

// On X11 a text field binds Ctrl+E to "end of line" and claims it before any shortcut (ShortcutOverride), so
// Edit Destination, or the run history's Export CSV while it has the focus, did nothing from the Source file
// field, where the focus lands at start. In this window the command wins; End still ends the line. Where no
// enabled action has the keys, the field still gets them.
bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == this) {
        const auto *key = static_cast<const QKeyEvent *>(event);
        if (QKeySequence(key->keyCombination()) == QKeySequence(Qt::CTRL | Qt::Key_E)) {
            event->ignore();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Destination"));
    file->addAction(m_newAction);
    file->addAction(m_editAction);
    file->addAction(m_removeAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_preferencesAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *stream = menuBar()->addMenu(tr("&Stream"));
    stream->addAction(m_startAction);
    stream->addAction(m_stopAction);
    stream->addSeparator();
    stream->addAction(m_pauseAction);
    stream->addAction(m_resumeAction);
    stream->addSeparator();
    stream->addAction(m_replayAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_focusListAction);
    view->addSeparator();
    view->addActions(m_tabActions);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Short words beside the icons, so that every button shows in a default window in every language; the
    // menus and the tooltips keep the full names.
    const QList<QPair<QAction *, QString>> words { { m_newAction, tr("New", "toolbar: new destination") },
        { m_editAction, tr("Edit", "toolbar: edit the destination") },
        { m_startAction, tr("Stream…", "toolbar: start streaming a file") },
        { m_stopAction, tr("Stop", "toolbar: stop streaming") },
        { m_pauseAction, tr("Pause", "toolbar: pause the destination") },
        { m_resumeAction, tr("Resume", "toolbar: resume the destination") },
        { m_replayAction, tr("Replay Failed", "toolbar: replay the failed activations") } };
    for (const auto &[action, word] : words) {
        action->setIconText(word);
    }
    bar->addAction(m_newAction);
    bar->addAction(m_editAction);
    bar->addSeparator();
    bar->addAction(m_startAction);
    bar->addAction(m_stopAction);
    bar->addAction(m_pauseAction);
    bar->addAction(m_resumeAction);
    bar->addAction(m_replayAction);
}

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));
    auto *label = new QLabel(tr("No destination yet — create one"), page);
    label->setObjectName(QStringLiteral("emptyStateLabel"));
    label->setAlignment(Qt::AlignCenter);
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    label->setFont(big);
    auto *hint
        = new QLabel(tr("A destination sends profile updates to a Qualtrics JSON-event URL. The wizard "
                        "asks for your Qualtrics credentials, the URL, the audiences and the mapping."),
            page);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    auto *button = new QPushButton(tr("&New Destination…"), page);
    button->setObjectName(QStringLiteral("emptyStateNewButton"));
    button->setDefault(true);
    connect(button, &QPushButton::clicked, this, &MainWindow::newDestination);
    auto *importButton = new QPushButton(tr("&Import a Destination…"), page);
    importButton->setObjectName(QStringLiteral("emptyStateImportButton"));
    importButton->setToolTip(
        tr("From a file written by Export on another machine, or by qadctl destination export"));
    connect(importButton, &QPushButton::clicked, this, &MainWindow::importDestination);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(button);
    buttons->addWidget(importButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(label);
    layout->addWidget(hint);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch();
    layout->setContentsMargins(48, 24, 48, 24);
    return page;
}

QWidget *MainWindow::createDestinationView()
{
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));

    m_list = new QTreeView(m_splitter);
    m_list->setObjectName(QStringLiteral("destinationList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setAllColumnsShowFocus(true);
    // A long name is shortened ("…"; the tooltip has it whole) rather than push the state out of sight.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(DestinationListModel::NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(DestinationListModel::StateColumn, QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Destinations"));
    m_list->addAction(m_removeAction);
    connect(m_list, &QTreeView::activated, this, [this] { m_tabs->currentWidget()->setFocus(); });

    // The panels name the destination themselves; the list and the window title say which one it is.
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("destinationTabs"));
    m_overview = new OverviewPanel(m_ctx, *m_streams, m_tabs);
    m_overview->setObjectName(QStringLiteral("overviewPanel"));
    m_history = new HistoryPanel(m_ctx, m_tabs);
    m_history->setObjectName(QStringLiteral("historyPanel"));
    m_testSend = new TestSendPanel(m_ctx, m_tabs);
    m_testSend->setObjectName(QStringLiteral("testSendPanel"));
    m_alerts = new AlertsPanel(m_ctx, m_tabs);
    m_alerts->setObjectName(QStringLiteral("alertsPanel"));
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_history, tr("Run history"));
    m_tabs->addTab(m_testSend, tr("Test send"));
    m_tabs->addTab(m_alerts, tr("Alerts"));

    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({ 260, 780 });
    return m_splitter;
}

void MainWindow::connectStreams()
{
    connect(m_streams, &StreamController::streamingChanged, this, [this](const QString &id, bool streaming) {
        m_model->setStreaming(id, streaming);
        updateActions();
    });
    // Each names its destination already.
    connect(m_streams, &StreamController::message, this,
        [this](const QString &, const QString &text) { statusBar()->showMessage(text, kMessageMs); });
    connect(m_streams, &StreamController::alert, m_tray, &TrayController::notify);
    connect(m_streams, &StreamController::alert, this, [this](const AlertRecord &alert) {
        if (alert.destinationId == m_shownId) {
            m_alerts->refresh();
        }
        m_model->refresh();
    });
    connect(m_testSend, &TestSendPanel::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, kMessageMs); });
    connect(m_testSend, &TestSendPanel::historyChanged, this, [this](const QString &id) {
        if (id == m_shownId) {
            m_history->refresh();
            m_overview->refresh();
        }
    });
    connect(m_alerts, &AlertsPanel::alertsChanged, this, &MainWindow::updateAlertsTab);
    connect(m_tray, &TrayController::showRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayController::quitRequested, this, &QWidget::close);
}

void MainWindow::updateAlertsTab()
{
    const int open = int(m_alerts->alerts().size());
    const int index = m_tabs->indexOf(m_alerts);
    m_tabs->setTabText(index, open > 0 ? tr("Alerts (%1)").arg(open) : tr("Alerts"));
}

void MainWindow::restoreLayout()
{
    auto settings = openSettings();
    settings->beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(settings->value(QStringLiteral("geometry")).toByteArray())) {
        resize(1100, 720);
    }
    restoreState(settings->value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(settings->value(QStringLiteral("splitter")).toByteArray());
    const int tab = settings->value(QStringLiteral("tab"), 0).toInt();
    m_tabs->setCurrentIndex(tab >= 0 && tab < m_tabs->count() ? tab : 0);
    m_selectAfterReset = settings->value(QStringLiteral("destination")).toString();
    settings->endGroup();
}

void MainWindow::saveLayout() const
{
    auto settings = openSettings();
    settings->beginGroup(QStringLiteral("mainWindow"));
    settings->setValue(QStringLiteral("geometry"), saveGeometry());
    settings->setValue(QStringLiteral("state"), saveState());
    settings->setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings->setValue(QStringLiteral("tab"), m_tabs->currentIndex());
    settings->setValue(QStringLiteral("destination"), currentDestinationId());
    settings->endGroup();
}

// Every question first, then the stopping: a Cancel anywhere leaves everything running as it was.
void MainWindow::closeEvent(QCloseEvent *event)
{
    // An open wizard (the tray's Quit reaches here past it) asks before what was typed in it goes.
    if (auto *wizard = findChild<DestinationWizard *>(QStringLiteral("destinationWizard"));
        wizard && wizard->isVisible()) {
        wizard->reject();
        if (wizard->isVisible()) {
            event->ignore();
            return;
        }
    }
    const QStringList streaming = m_streams->streamingIds();
    if (!streaming.isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Stop Streaming and Quit?"),
            tr("%n destination(s) are streaming. Quitting stops reading; what was already read stays queued "
               "and "
               "is sent the next time you stream.",
                nullptr, int(streaming.size())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    if (m_testSend->isBusy()) {
        // Its request has gone out: closing now loses the answer, not the send.
        QMessageBox box(QMessageBox::Question, tr("Quit Before the Test Send Is Answered?"),
            tr("A test send is waiting for its answer. Its request may already have reached Qualtrics and "
               "started the workflow; quitting now loses the answer, and the run history keeps the test as "
               "not answered."),
            QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("quitDuringTestSend"));
        box.button(QMessageBox::Yes)->setText(tr("&Quit Anyway"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.setEscapeButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    if (!streaming.isEmpty()) {
        m_streams->stopAll();
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

QString MainWindow::currentDestinationId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(DestinationListModel::IdRole).toString() : QString();
}

void MainWindow::selectDestination(const QString &id)
{
    int row = m_model->rowOf(id);
    if (row < 0) {
        row = m_model->rowCount() > 0 ? 0 : -1;
    }
    if (row < 0) {
        m_list->setCurrentIndex({});
    } else {
        m_list->setCurrentIndex(m_model->index(row, DestinationListModel::NameColumn));
    }
    showCurrentDestination();
}

std::optional<Destination> MainWindow::currentDestination() const
{
    const Destination *d = m_model->destination(currentDestinationId());
    return d ? std::optional<Destination>(*d) : std::nullopt;
}

void MainWindow::showCurrentDestination()
{
    const std::optional<Destination> d = currentDestination();
    if (!d) {
        m_shownId.clear();
        m_shown.reset();
        updateView();
        return;
    }
    // The panels re-read their data when told of a destination: only tell them when it is another one, or
    // when its configuration changed (an edit).
    if (!m_shown || *m_shown != *d) {
        m_shownId = d->id;
        m_shown = d;
        m_overview->setDestination(*d);
        m_history->setDestination(*d);
        m_testSend->setDestination(*d);
        m_alerts->setDestination(*d);
    }
    updateView();
}

void MainWindow::updateView()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? m_emptyState : static_cast<QWidget *>(m_splitter));
    if (!m_list->currentIndex().isValid() && !empty) {
        selectDestination(m_selectAfterReset);
        return;
    }
    if (const std::optional<Destination> d = currentDestination(); d) {
        if (m_shown && *m_shown != *d) {
            showCurrentDestination(); // edited, here or by qadctl
            return;
        }
        setWindowTitle(d->name);
    } else {
        setWindowTitle(QString());
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const std::optional<Destination> d = currentDestination();
    const bool selected = d.has_value();
    const bool streaming = selected && m_streams->isStreaming(d->id);
    const DestinationHealth health = selected
        ? healthOf(*d, m_model->runtimeOf(d->id), m_model->deliveryOf(d->id))
        : DestinationHealth::Enabled;
    m_editAction->setEnabled(selected);
    m_exportAction->setEnabled(selected);
    m_removeAction->setEnabled(selected && !streaming);
    m_startAction->setEnabled(selected && !streaming);
    m_stopAction->setEnabled(streaming);
    m_pauseAction->setEnabled(selected && health != DestinationHealth::Paused);
    m_resumeAction->setEnabled(selected && health == DestinationHealth::Paused);
    m_replayAction->setEnabled(selected);
    for (QAction *a : qAsConst(m_tabActions)) {
        a->setEnabled(selected);
    }
}

void MainWindow::newDestination()
{
    openWizard(nullptr);
}

void MainWindow::editDestination()
{
    if (const std::optional<Destination> d = currentDestination()) {
        openWizard(&*d);
    }
}

void MainWindow::openWizard(const Destination *editing)
{
    auto *wizard = new DestinationWizard(m_ctx, editing, this);
    const bool streaming = editing && m_streams->isStreaming(editing->id);
    showWizard(wizard,
        streaming ? tr("Destination \"%1\" saved. Stop and start streaming to use the changes.")
                  : tr("Destination \"%1\" saved."));
}

void MainWindow::showWizard(DestinationWizard *wizard, const QString &savedMessage)
{
    wizard->setObjectName(QStringLiteral("destinationWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(
        wizard, &DestinationWizard::destinationSaved, this, [this, savedMessage](const Destination &saved) {
            m_model->refresh();
            selectDestination(saved.id);
            showCurrentDestination();
            statusBar()->showMessage(savedMessage.arg(saved.name), kMessageMs);
        });
    wizard->open();
}

// The export is read and checked first; the wizard then shows it whole, asks for the token the export does
// not hold, and saves it as a new destination (never over one already here).
void MainWindow::importDestination()
{
    const QString path = m_chooseImport(this);
    if (path.isEmpty()) {
        return;
    }
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            this, tr("Not Imported"), tr("Cannot read %1: %2.").arg(shown, file.errorString()));
        return;
    }
    if (file.size() > kMaxExportBytes) {
        QMessageBox::warning(this, tr("Not Imported"),
            tr("%1 is not a destination export: it holds %2, and an export is a few kilobytes. Choose a file "
               "written by Export or by qadctl destination export.")
                .arg(shown, QLocale().formattedDataSize(file.size(), 1)));
        return;
    }
    const Expected<Destination> imported = qad::importDestination(file.readAll());
    if (!imported) {
        QMessageBox::warning(
            this, tr("Not Imported"), tr("Cannot import %1. %2").arg(shown, imported.error().message));
        return;
    }
    showWizard(DestinationWizard::importing(m_ctx, *imported, this), tr("Destination \"%1\" imported."));
}

void MainWindow::exportDestination()
{
    const std::optional<Destination> d = currentDestination();
    if (!d) {
        return;
    }
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(files::safeFileName(d->name, tr("destination")) + QStringLiteral(".json"));
    const QString path = m_chooseExport(this, suggested);
    if (path.isEmpty()) {
        return;
    }
    // Readable by the user only, as the configuration: the JSON-event URL can start a workflow on its own.
    if (const Status written = files::writeAtomically(path, qad::exportDestination(*d)); !written) {
        QMessageBox::warning(this, tr("Not Exported"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("Exported \"%1\" to %2. The API token is not in the file: it stays in the "
                                "keychain.")
                                 .arg(d->name, QDir::toNativeSeparators(path)),
        kMessageMs);
}

void MainWindow::removeDestination()
{
    const std::optional<Destination> d = currentDestination();
    if (!d || m_streams->isStreaming(d->id)) {
        return;
    }
    // Queued work is data not delivered yet: removed, the destination never sends it (qadctl asks for
    // --force).
    const Expected<qint64> queued
        = m_storage ? m_storage->unfinishedCount({ d->id }) : Expected<qint64>(qint64(0));
    QMessageBox box(QMessageBox::Question, tr("Remove Destination?"),
        tr("Remove \"%1\" and its API token from the keychain? Its run history stays in the database.")
            .arg(d->name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("removeConfirmation"));
    if (!queued || *queued > 0) {
        box.setIcon(QMessageBox::Warning);
        box.setInformativeText(queued
                ? tr(
                    "%n activation(s) still queued for it (pending, being sent or waiting for a retry) would "
                    "never be sent. To deliver them first, stream to it until its queue is empty.",
                    nullptr, int(*queued))
                : tr("Whether activations are still queued for it could not be read: %1")
                      .arg(queued.error().message));
        box.button(QMessageBox::Yes)->setText(tr("&Remove Anyway"));
    }
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes) {
        return;
    }
    if (const Status status = m_ctx.config->remove(d->id); !status) {
        QMessageBox::warning(this, tr("Destination Not Removed"), status.error().message);
        return;
    }
    if (const Status status = m_ctx.secrets->remove(d->id); !status) {
        QMessageBox::warning(this, tr("API Token Not Removed"),
            tr("The destination was removed, but its API token could not be removed from the keychain: %1")
                .arg(status.error().message));
    }
    m_model->refresh();
    statusBar()->showMessage(tr("Destination \"%1\" removed.").arg(d->name), kMessageMs);
}

void MainWindow::startStreaming()
{
    const std::optional<Destination> d = currentDestination();
    if (!d || m_streams->isStreaming(d->id)) {
        return;
    }
    const QString source = m_chooseSource(this);
    if (source.isEmpty()) {
        return;
    }
    m_streams->start(*d, source);
    updateActions();
}

void MainWindow::stopStreaming()
{
    if (const std::optional<Destination> d = currentDestination()) {
        m_streams->stop(d->id);
        updateActions();
    }
}

void MainWindow::setPaused(bool paused)
{
    std::optional<Destination> d = currentDestination();
    if (!d) {
        return;
    }
    if (!m_storage) {
        QMessageBox::warning(this, paused ? tr("Not Paused") : tr("Not Resumed"),
            tr("The history database in %1 could not be opened; restart qad after fixing it.")
                .arg(m_ctx.dataDir));
        return;
    }
    // As `qadctl pause` / `qadctl resume`: the run-time state is shared with the worker and with qadctl.
    if (const Status status = setDestinationPaused(*m_storage, *m_ctx.config, *d, paused); !status) {
        QMessageBox::warning(this, paused ? tr("Not Paused") : tr("Not Resumed"), status.error().message);
        return;
    }
    m_model->refresh();
    m_overview->refresh();
    statusBar()->showMessage(paused ? tr("Destination \"%1\" paused: activations keep queueing.").arg(d->name)
                                    : tr("Destination \"%1\" resumed.").arg(d->name),
        kMessageMs);
}

void MainWindow::replayFailed()
{
    if (currentDestination()) {
        m_tabs->setCurrentWidget(m_history);
        m_history->confirmAndReplayFailed();
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && dialog.languageChanged()) {
        statusBar()->showMessage(tr("The new language applies the next time qad starts."), kMessageMs);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About qad"),
        tr("<p><b>%1</b> %2</p><p>Streams customer-profile activations to Qualtrics Automations JSON-event "
           "URLs. The same engine runs headless as <code>qadctl</code>.</p>")
            .arg(QStringLiteral(QAD_DISPLAY_NAME), QStringLiteral(QAD_VERSION_STRING)));
}

} // namespace qad::ui
