#pragma once

#include "appcontext.h"
#include "config/destination.h"

#include <QHash>
#include <QIcon>
#include <QKeySequence>
#include <QMainWindow>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace qad {
class Storage;
}

namespace qad::ui {

class AlertsPanel;
class DestinationWizard;
class DestinationListModel;
class HistoryPanel;
class OverviewPanel;
class StreamController;
class TestSendPanel;
class TrayController;

// The application icon (":/icons/qad-<size>.png", every size).
QIcon applicationIcon();

// The application window (SPEC §1, §7): the destinations on the left with their state, and for the selected
// one the Overview, Run history, Test send and Alerts tabs on the right; a menu and toolbar to create, edit,
// stream, pause, resume and replay. With no destination it shows an empty state that offers to create one.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext &ctx, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString currentDestinationId() const;
    void selectDestination(const QString &id);

    DestinationListModel *destinationModel() const { return m_model; }
    StreamController *streams() const { return m_streams; }

    // Asks for the profile source that Start streams from; a file dialog unless a test sets its own. Returns
    // an empty path when the user cancels.
    using SourceChooser = std::function<QString(QWidget *parent)>;
    void setSourceChooser(SourceChooser chooser) { m_chooseSource = std::move(chooser); }
    // Ask which destination export to import, and where to export one (`suggested`: a file in the documents
    // folder named after the destination); file dialogs unless a test sets its own. An empty path: the user
    // cancelled.
    void setImportChooser(SourceChooser chooser) { m_chooseImport = std::move(chooser); }
    using ExportChooser = std::function<QString(QWidget *parent, const QString &suggested)>;
    void setExportChooser(ExportChooser chooser) { m_chooseExport = std::move(chooser); }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void yieldShortcutsTo(QWidget *focus);
    void createMenus();
    void createToolBar();
    QWidget *createEmptyState();
    QWidget *createDestinationView();
    void connectStreams();
    void updateAlertsTab();
    void restoreLayout();
    void saveLayout() const;

    std::optional<Destination> currentDestination() const;
    void showCurrentDestination();
    void updateView();
    void updateActions();

    void newDestination();
    void editDestination();
    void removeDestination();
    void openWizard(const Destination *editing);
    void importDestination();
    void exportDestination();
    void showWizard(DestinationWizard *wizard, const QString &savedMessage);
    void startStreaming();
    void stopStreaming();
    void setPaused(bool paused);
    void replayFailed();
    void showPreferences();
    void showAbout();

    AppContext &m_ctx;
    std::unique_ptr<Storage> m_storage; // null when the database could not be opened
    DestinationListModel *m_model;
    StreamController *m_streams;
    TrayController *m_tray;
    SourceChooser m_chooseSource;
    SourceChooser m_chooseImport;
    ExportChooser m_chooseExport;
    QString m_shownId; // the destination the tabs show
    std::optional<Destination> m_shown;
    QString m_selectAfterReset;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyState = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_list = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewPanel *m_overview = nullptr;
    HistoryPanel *m_history = nullptr;
    TestSendPanel *m_testSend = nullptr;
    AlertsPanel *m_alerts = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_replayAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_tabActions;
    QHash<QAction *, QKeySequence> m_ownShortcuts; // the window's shortcuts, as set
    QMetaObject::Connection m_focusConnection;
    QAction *m_focusListAction = nullptr;
};

} // namespace qad::ui
