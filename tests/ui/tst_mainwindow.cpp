// The main window driven like a person, offscreen: the destinations list with its states, the tabs following
// the selection, pause and resume as qadctl does them, the shortcuts, the translations, and `qad --version`.
#include "accessibility.h"
#include "appcontext.h"
#include "config/configstore.h"
#include "config/destinationjson.h"
#include "destinationlistmodel.h"
#include "fakequaltrics.h"
#include "language.h"
#include "languages.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "panels/historymodel.h"
#include "panels/historypanel.h"
#include "panels/testsendpanel.h"
#include "preferencesdialog.h"
#include "secrets/memorysecretstore.h"
#include "settings.h"
#include "storage/sqlitestorage.h"
#include "streamcontroller.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QWizard>
#include <functional>
#include <memory>
#include <qad/version.h>

using namespace qad;
using qad::test::answerNextMessageBox;
using qad::test::pressKey;
using qad::test::SeenBox;

namespace {

Destination sampleDestination(const QString &name)
{
    Destination d;
    d.name = name;
    d.url = QStringLiteral("https://fra1.qualtrics.com/inbound-event/v1/events/json/triggers"
                           "?urlTokenId=7d0c1f52-2b7e-4a43-9d55-1f0a2c3b4d5e");
    d.username = QStringLiteral("jane.doe@example.com");
    d.identities = { { QStringLiteral("Email"), IdentityTarget::Email } };
    d.audiences = { { QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283"),
        QStringLiteral("Bought recently"), std::nullopt, std::nullopt } };
    return d;
}

ActivationRecord failedActivation(const QString &destinationId, int n, bool isTest = false)
{
    ActivationRecord a;
    a.id = ActivationRecord::newId();
    a.destinationId = destinationId;
    a.profileKey = QStringLiteral("Email:person%1@example.com").arg(n);
    a.audiences = R"({"046456e3-18e1-48a6-9bda-d68547861283":"realized"})";
    a.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 + n);
    a.payload = R"({"identityMap":{"Email":[{"id":"person@example.com"}]}})";
    a.status = ActivationStatus::Failed;
    a.attemptCount = 1;
    a.isTest = isTest;
    a.lastError = QStringLiteral("HTTP 400");
    return a;
}

// The offscreen platform binds text fields' keys as Windows does, where Ctrl+E is free; on X11 a line edit
// claims Ctrl+E ("end of line") before any shortcut. This makes a field claim it as X11's binding does, and
// does nothing where the platform binds it so already (run under xcb, the field claims it itself).
class X11EndOfLine : public QObject
{
public:
    explicit X11EndOfLine(QWidget *field)
        : m_field(field)
    {
        if (!QKeySequence::keyBindings(QKeySequence::MoveToEndOfLine)
                 .contains(QKeySequence(Qt::CTRL | Qt::Key_E))) {
            field->installEventFilter(this);
        }
    }
    ~X11EndOfLine() override { m_field->removeEventFilter(this); }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride
            && static_cast<QKeyEvent *>(event)->keyCombination() == (Qt::CTRL | Qt::Key_E)) {
            event->accept();
        }
        return false;
    }

private:
    QWidget *m_field;
};

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    MemorySecretStore m_secrets;
    std::unique_ptr<ConfigStore> m_config;
    ui::AppContext m_ctx;
    std::unique_ptr<ui::MainWindow> m_window;

    template<typename T> T *child(const char *name) const
    {
        T *object = m_window->findChild<T *>(QLatin1String(name));
        if (!object) {
            qWarning("no child %s", name);
        }
        return object;
    }
    QAction *action(const char *name) const { return child<QAction>(name); }
    QTreeView *list() const { return child<QTreeView>("destinationList"); }
    QString stateShown(int row) const
    {
        return list()->model()->index(row, ui::DestinationListModel::StateColumn).data().toString();
    }
    QString nameShown(int row) const
    {
        return list()->model()->index(row, ui::DestinationListModel::NameColumn).data().toString();
    }

    Destination addDestination(const QString &name)
    {
        auto added = m_config->add(sampleDestination(name));
        if (!added) {
            qWarning("%s", qPrintable(added.error().message));
            return {};
        }
        return *added;
    }

    // A destination that sends to `receiver`, its token in the keychain (an empty one if it could not be
    // added).
    Destination addReceivingDestination(const test::FakeQualtrics &receiver, const QString &name)
    {
        Destination d = sampleDestination(name);
        d.url = receiver.url();
        const auto added = m_config->add(d);
        if (!added || !m_secrets.write(added->id, QStringLiteral("qad-test-token"))) {
            qWarning("the destination %s could not be added", qPrintable(name));
            return {};
        }
        return *added;
    }

    // Appends `lines` to the profile file Start streaming is given (see startStreaming()), and returns its
    // path.
    QString appendToSource(const QByteArray &lines)
    {
        const QString source = m_home->filePath(QStringLiteral("profiles.ndjson"));
        QFile file(source);
        if (!file.open(QIODevice::Append) || file.write(lines) != lines.size()) {
            qWarning("cannot write %s", qPrintable(source));
        }
        return source;
    }

    // Opens the window on `id` and starts streaming it from `source`, as Start streaming… does.
    void startStreaming(const QString &id, const QString &source)
    {
        openWindow();
        m_window->selectDestination(id);
        m_window->setSourceChooser([source](QWidget *) { return source; });
        action("actionStart")->trigger();
        QVERIFY(m_window->streams()->isStreaming(id));
    }

    // What qadctl and the worker see: the run-time state in the database.
    DestinationRuntime runtimeInDatabase(const QString &id) const
    {
        SqliteStorage storage(m_ctx.dataDir);
        if (!storage.open()) {
            return {};
        }
        auto runtime = storage.runtime(id);
        return runtime ? *runtime : DestinationRuntime {};
    }

    // Failed activations of `id` in the history: `count` real ones and one failed test send.
    bool addFailed(const QString &id, int count)
    {
        SqliteStorage storage(m_ctx.dataDir);
        if (!storage.open()) {
            return false;
        }
        for (int n = 0; n <= count; ++n) {
            if (!storage.insertActivation(failedActivation(id, n, n == count))) {
                return false;
            }
        }
        return true;
    }

    qint64 failedInDatabase(const QString &id) const
    {
        SqliteStorage storage(m_ctx.dataDir);
        if (!storage.open()) {
            return -1;
        }
        HistoryQuery failed;
        failed.destinationId = id;
        failed.status = ActivationStatus::Failed;
        failed.includeTests = false;
        failed.limit = 0;
        const auto count = storage.countActivations(failed);
        return count ? *count : -1;
    }

    // "Replay all failed" as a person reaches it: the toolbar (or menu) action, or the run history's button.
    void triggerReplayFailed(const QString &from)
    {
        if (from == u"toolbar") {
            action("actionReplayFailed")->trigger();
            return;
        }
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
        auto *button = child<QToolButton>("replayFailedButton");
        QVERIFY(button && button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // On the Test send tab of `d`, a generated sample sent: the panel, busy with it; nullptr when it is not.
    ui::TestSendPanel *sendASample(const Destination &d)
    {
        m_window->selectDestination(d.id);
        auto *panel = m_window->findChild<ui::TestSendPanel *>(QStringLiteral("testSendPanel"));
        if (!panel) {
            return nullptr;
        }
        child<QTabWidget>("destinationTabs")->setCurrentWidget(panel);
        QTest::mouseClick(
            panel->findChild<QPushButton *>(QStringLiteral("generateSampleButton")), Qt::LeftButton);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
        return panel->isBusy() ? panel : nullptr;
    }

    void openWindow()
    {
        m_window = std::make_unique<ui::MainWindow>(m_ctx);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

private Q_SLOTS:
    void initTestCase() { qunsetenv("QAD_API_TOKEN"); }

    // Every test starts with nothing configured, in directories of its own.
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_ctx.configDir = m_home->filePath(QStringLiteral("config"));
        m_ctx.dataDir = m_home->filePath(QStringLiteral("data"));
        m_config = std::make_unique<ConfigStore>(m_ctx.configDir);
        QVERIFY(m_config->load().ok());
        m_ctx.config = m_config.get();
        m_ctx.secrets = &m_secrets;
        ui::setSettingsDirectory(m_ctx.configDir);
    }

    void cleanup()
    {
        m_window.reset();
        m_config.reset();
        m_home.reset();
    }

    void withNoDestinationTheEmptyStateOffersToCreateOne()
    {
        openWindow();
        auto *stack = child<QStackedWidget>("mainStack");
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyState"));
        QCOMPARE(child<QLabel>("emptyStateLabel")->text(), QStringLiteral("No destination yet — create one"));
        QVERIFY(child<QLabel>("emptyStateLabel")->isVisible());
        QVERIFY(!action("actionEdit")->isEnabled());
        QVERIFY(!action("actionPause")->isEnabled());

        // The button opens the wizard for a new destination.
        QTest::mouseClick(child<QPushButton>("emptyStateNewButton"), Qt::LeftButton);
        auto *wizard = child<QWizard>("destinationWizard");
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        wizard->reject();
    }

    void destinationsAreListedWithTheirState()
    {
        const Destination first = addDestination(QStringLiteral("Onboarding survey"));
        const Destination second = addDestination(QStringLiteral("Churn follow-up"));
        {
            SqliteStorage storage(m_ctx.dataDir);
            QVERIFY(storage.open().ok());
            DestinationRuntime paused;
            paused.state = QStringLiteral("paused");
            paused.reason = QStringLiteral("authentication");
            QVERIFY(storage.setRuntime(second.id, paused).ok());
        }
        openWindow();
        QCOMPARE(child<QStackedWidget>("mainStack")->currentWidget()->objectName(),
            QStringLiteral("mainSplitter"));
        QCOMPARE(list()->model()->rowCount(), 2);
        QCOMPARE(nameShown(0), first.name);
        QCOMPARE(stateShown(0), QStringLiteral("enabled"));
        QCOMPARE(nameShown(1), second.name);
        QCOMPARE(stateShown(1), QStringLiteral("paused: authentication"));
        // The first one is selected and shown.
        QCOMPARE(m_window->currentDestinationId(), first.id);
        QCOMPARE(m_window->windowTitle(), first.name);
    }

    void aChangeMadeOutsideShowsUpWithoutARestart()
    {
        const Destination d = addDestination(QStringLiteral("Onboarding survey"));
        openWindow();
        QCOMPARE(stateShown(0), QStringLiteral("enabled"));

        // As `qadctl pause` in another process, and `qadctl destination add` writing the file.
        SqliteStorage storage(m_ctx.dataDir);
        QVERIFY(storage.open().ok());
        DestinationRuntime paused;
        paused.state = QStringLiteral("paused");
        paused.reason = QStringLiteral("user");
        QVERIFY(storage.setRuntime(d.id, paused).ok());
        ConfigStore other(m_ctx.configDir);
        QVERIFY(other.load().ok());
        QVERIFY(other.add(sampleDestination(QStringLiteral("Churn follow-up"))).ok());

        QTRY_COMPARE(list()->model()->rowCount(), 2);
        QTRY_COMPARE(stateShown(0), QStringLiteral("paused: user"));
        QCOMPARE(nameShown(1), QStringLiteral("Churn follow-up"));
        QCOMPARE(m_window->currentDestinationId(), d.id); // the selection stayed
    }

    void selectingADestinationShowsItInTheTabs()
    {
        addDestination(QStringLiteral("Onboarding survey"));
        const Destination second = addDestination(QStringLiteral("Churn follow-up"));
        openWindow();
        auto *testSendLabel = child<QLabel>("destinationLabel"); // the test-send panel's
        QVERIFY(testSendLabel);
        QVERIFY(!testSendLabel->text().contains(second.name));

        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_Down);
        QCOMPARE(m_window->currentDestinationId(), second.id);
        QCOMPARE(m_window->windowTitle(), second.name);
        QVERIFY2(testSendLabel->text().contains(second.name), qPrintable(testSendLabel->text()));

        // Ctrl+3 goes to the Test send tab.
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_3));
        QCOMPARE(child<QTabWidget>("destinationTabs")->currentWidget()->objectName(),
            QStringLiteral("testSendPanel"));
    }

    // The empty state's two buttons answer Alt+letter in every language: neither letter is a menu's (Qt would
    // then only move the focus, and the button would not be pressed).
    void theEmptyStateButtonsHaveMnemonicsOfTheirOwn_data() { test::addShippedLanguages(); }

    void theEmptyStateButtonsHaveMnemonicsOfTheirOwn()
    {
        QFETCH(QString, language);
        const ui::Translators translators(language);
        openWindow();
        QHash<QKeySequence, QString> taken;
        for (const QAction *menu : m_window->menuBar()->actions()) {
            taken.insert(QKeySequence::mnemonic(menu->text()), menu->text());
        }
        for (const char *name : { "emptyStateNewButton", "emptyStateImportButton" }) {
            const QString text = child<QPushButton>(name)->text();
            const QKeySequence key = QKeySequence::mnemonic(text);
            QVERIFY2(!key.isEmpty(), qPrintable(text));
            QVERIFY2(!taken.contains(key), qPrintable(text + QStringLiteral(" and ") + taken.value(key)));
            taken.insert(key, text);
        }
    }

    // The overview's buttons (Browse…, Start, Stop, Excluded and rejected…) and its labelled field answer
    // Alt+letter: each letter is its own, none a menu's. In English every button has one; a translation may
    // leave one out, but never takes a letter already in use.
    void theOverviewButtonsHaveMnemonicsOfTheirOwn_data() { test::addShippedLanguages(); }

    void theOverviewButtonsHaveMnemonicsOfTheirOwn()
    {
        QFETCH(QString, language);
        const ui::Translators translators(language);
        addDestination(QStringLiteral("Onboarding survey"));
        openWindow();
        auto *overview = child<QWidget>("overviewPanel");
        QVERIFY(overview);
        QHash<QKeySequence, QString> taken;
        for (const QAction *menu : m_window->menuBar()->actions()) {
            taken.insert(QKeySequence::mnemonic(menu->text()), menu->text());
        }
        const QList<QPushButton *> buttons = overview->findChildren<QPushButton *>();
        QVERIFY(buttons.size() >= 4);
        QStringList texts;
        for (const QPushButton *button : buttons) {
            texts.append(button->text());
            if (language == u"en") {
                QVERIFY2(!QKeySequence::mnemonic(button->text()).isEmpty(), qPrintable(button->text()));
            }
        }
        for (const QLabel *label : overview->findChildren<QLabel *>()) {
            if (label->buddy()) {
                texts.append(label->text());
            }
        }
        for (const QString &text : std::as_const(texts)) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty()) {
                continue;
            }
            QVERIFY2(!taken.contains(key), qPrintable(text + QStringLiteral(" and ") + taken.value(key)));
            taken.insert(key, text);
        }
        m_window.reset(); // while the translators are still installed
    }

    // The alerts panel's buttons answer Alt+letter, each letter its own and none a menu's. In English both
    // have one; a translation may leave one out, but never takes a letter already in use.
    void theAlertsButtonsHaveMnemonicsOfTheirOwn_data() { test::addShippedLanguages(); }

    void theAlertsButtonsHaveMnemonicsOfTheirOwn()
    {
        QFETCH(QString, language);
        const ui::Translators translators(language);
        addDestination(QStringLiteral("Onboarding survey"));
        openWindow();
        auto *alerts = child<QWidget>("alertsPanel");
        QVERIFY(alerts);
        QHash<QKeySequence, QString> taken;
        for (const QAction *menu : m_window->menuBar()->actions()) {
            taken.insert(QKeySequence::mnemonic(menu->text()), menu->text());
        }
        const QList<QPushButton *> buttons = alerts->findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 2);
        for (const QPushButton *button : buttons) {
            const QKeySequence key = QKeySequence::mnemonic(button->text());
            if (key.isEmpty()) {
                QVERIFY2(language != u"en", qPrintable(button->text()));
                continue;
            }
            QVERIFY2(!taken.contains(key),
                qPrintable(button->text() + QStringLiteral(" and ") + taken.value(key)));
            taken.insert(key, button->text());
        }
        m_window.reset(); // while the translators are still installed
    }

    // Delete in the alerts list acknowledges the selected alert, as the button does; it does not remove the
    // destination (the destinations list's Delete), nor ask anything.
    void deleteInTheAlertsListAcknowledgesTheSelectedAlert()
    {
        const Destination d = addDestination(QStringLiteral("Onboarding survey"));
        {
            SqliteStorage storage(m_ctx.dataDir);
            QVERIFY(storage.open().ok());
            for (const char *type : { "flow_run_failure", "flow_run_delay" }) {
                QVERIFY(storage
                            .raiseAlert(
                                { 0, d.id, QString::fromLatin1(type), QStringLiteral("Something happened."),
                                    QDateTime::currentDateTimeUtc(), std::nullopt })
                            .ok());
            }
        }
        openWindow();
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_4));
        auto *alerts = child<QTreeWidget>("alertsList");
        QVERIFY(alerts && alerts->isVisible());
        QCOMPARE(alerts->topLevelItemCount(), 2);
        alerts->setFocus();
        QTRY_VERIFY(alerts->hasFocus());
        alerts->setCurrentItem(alerts->topLevelItem(0));
        const QString kept = alerts->topLevelItem(1)->text(0);

        auto seen = std::make_shared<SeenBox>();
        answerNextMessageBox(
            seen, [](QMessageBox *box) { box->reject(); }, 10);
        QTest::keyClick(alerts, Qt::Key_Delete);
        seen->stopWaiting = true;
        QVERIFY(!seen->shown);
        QCOMPARE(alerts->topLevelItemCount(), 1);
        QCOMPARE(alerts->topLevelItem(0)->text(0), kept);
        QCOMPARE(list()->model()->rowCount(), 1);
        SqliteStorage storage(m_ctx.dataDir);
        QVERIFY(storage.open().ok());
        QCOMPARE(storage.openAlerts(d.id)->size(), 1);
    }

    // The Alerts tab counts the open alerts of the destination shown, not of the one shown before it.
    void theAlertsTabCountsTheSelectedDestinationsAlerts()
    {
        const Destination alerting = addDestination(QStringLiteral("Onboarding survey"));
        const Destination quiet = addDestination(QStringLiteral("Churn follow-up"));
        {
            SqliteStorage storage(m_ctx.dataDir);
            QVERIFY(storage.open().ok());
            QVERIFY(storage
                        .raiseAlert({ 0, alerting.id, QStringLiteral("flow_run_failure"),
                            QStringLiteral("Something happened."), QDateTime::currentDateTimeUtc(),
                            std::nullopt })
                        .ok());
        }
        openWindow();
        auto *tabs = child<QTabWidget>("destinationTabs");
        QVERIFY(tabs);
        const int alertsTab = tabs->indexOf(child<QWidget>("alertsPanel"));
        QVERIFY(alertsTab >= 0);
        m_window->selectDestination(alerting.id);
        QCOMPARE(m_window->currentDestinationId(), alerting.id);
        QCOMPARE(tabs->tabText(alertsTab), QStringLiteral("Alerts (1)"));

        // Another destination chosen in the list, with the keyboard, as a person would.
        list()->setFocus();
        const int row = list()->currentIndex().row();
        QTest::keyClick(list(), row == 0 ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(m_window->currentDestinationId(), quiet.id);
        QCOMPARE(tabs->tabText(alertsTab), QStringLiteral("Alerts"));
        QCOMPARE(child<QTreeWidget>("alertsList")->topLevelItemCount(), 0);

        // And back.
        QTest::keyClick(list(), row == 0 ? Qt::Key_Up : Qt::Key_Down);
        QCOMPARE(m_window->currentDestinationId(), alerting.id);
        QCOMPARE(tabs->tabText(alertsTab), QStringLiteral("Alerts (1)"));
    }

    // A history database that is damaged (here, not a database at all) is told where the user looks, with its
    // path and what to do, and the window leaves the file as it was.
    void aDamagedDatabaseIsToldInThePanelsAndLeftAsItWas()
    {
        addDestination(QStringLiteral("Onboarding survey"));
        QVERIFY(QDir().mkpath(m_ctx.dataDir));
        const QString path = QDir(m_ctx.dataDir).filePath(QStringLiteral("qad.sqlite"));
        const QByteArray notADatabase = QByteArray("id,status\n").repeated(1000);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(notADatabase);
        }
        openWindow();
        const QString told = QDir::toNativeSeparators(path) + QStringLiteral(" is damaged, or is not qad's");

        auto *lastError = child<QLabel>("lastErrorValue");
        QTRY_VERIFY2(lastError->text().contains(told), qPrintable(lastError->text()));
        QVERIFY(lastError->isVisible());
        QCOMPARE(child<QLabel>("stateValue")->text(), QStringLiteral("error"));

        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
        auto *history = child<QWidget>("historyPanel");
        auto *message = history->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QTRY_VERIFY2(message->isVisible() && message->text().contains(told), qPrintable(message->text()));

        m_window.reset();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == notADatabase);
    }

    // Export writes the selected destination to the file the user picks (readable by the user only, without
    // its token); Import reads it back through the wizard, which starts filled, asks for the token and a name
    // of its own, and adds it under a new id with everything else as it was.
    void aDestinationExportedAndImportedComesBackWhole()
    {
        Destination d = sampleDestination(QStringLiteral("Onboarding survey: EMEA/UK"));
        d.description = QStringLiteral("Starts the 30-day onboarding survey.");
        d.identities.append({ QStringLiteral("ECID"), IdentityTarget::ExternalId });
        d.attributes = { { QStringLiteral("person.name.firstName"), QStringLiteral("firstName") },
            { QStringLiteral("mobilePhone.number"), QStringLiteral("phone.mobile") } };
        d.exportOn = ExportOn::MembershipOnly;
        d.delivery.rateLimitPerMinute = 1200;
        d.delivery.concurrency = 3;
        d.delivery.timeoutSeconds = 20;
        d.alerts.flowRunStart = true;
        d.alerts.flowRunDelayMinutes = 45;
        const auto added = m_config->add(d);
        QVERIFY(added.ok());
        QVERIFY(m_secrets.write(added->id, QStringLiteral("first-secret-token")).ok());
        openWindow();

        const QString exported = m_home->filePath(QStringLiteral("onboarding.json"));
        QString suggested;
        m_window->setExportChooser([&](QWidget *, const QString &offered) {
            suggested = offered;
            return exported;
        });
        list()->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("Onboarding survey- EMEA-UK.json"));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("first-secret-token"));
        QCOMPARE(file.permissions() & 0x0077, QFileDevice::Permissions());
        const auto read = importDestination(bytes);
        QVERIFY2(read.ok(), bytes.constData());
        QVERIFY(*read == *added);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(exported),
            qPrintable(m_window->statusBar()->currentMessage()));

        m_window->setImportChooser([&](QWidget *) { return exported; });
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_I));
        auto *wizard = child<QWizard>("destinationWizard");
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->windowTitle(), QStringLiteral("Import destination “Onboarding survey: EMEA/UK”"));
        auto *token = wizard->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
        QCOMPARE(token->text(), QString());
        QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->text(), d.username);
        QTest::keyClicks(token, QStringLiteral("second-secret-token"));
        // Saved at once, the name is refused, the field named as the wizard names it (not its key in the
        // file).
        auto refused = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(refused, [](QMessageBox *box) { test::pressKey(box, Qt::Key_Return); });
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(refused->shown);
        QVERIFY2(refused->text.contains(QStringLiteral("\nName: Another destination is already named")),
            qPrintable(refused->text));
        QCOMPARE(m_config->destinations().size(), 1);
        wizard->next();
        auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QCOMPARE(name->text(), d.name);
        QTRY_VERIFY(wizard->findChild<QLabel *>(QStringLiteral("nameMessage"))
                        ->text()
                        .contains(QStringLiteral("Another destination is already named")));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Onboarding survey (copy)"));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

        QTRY_COMPARE(m_config->destinations().size(), 2);
        Destination copy = m_config->destinations().constLast();
        QCOMPARE(copy.name, QStringLiteral("Onboarding survey (copy)"));
        QVERIFY(copy.id != added->id);
        QCOMPARE(m_secrets.read(copy.id).secret, QStringLiteral("second-secret-token"));
        QCOMPARE(m_secrets.read(added->id).secret, QStringLiteral("first-secret-token"));
        QCOMPARE(m_window->currentDestinationId(), copy.id);
        copy.id = added->id;
        copy.name = added->name;
        QVERIFY(copy == *added);
    }

    // With nothing configured, the empty state offers Import too. A file that is not an export is refused
    // with its name and what is wrong, and nothing is added.
    void aFileThatIsNotAnExportIsRefused()
    {
        openWindow();
        const QString path = m_home->filePath(QStringLiteral("profiles.ndjson"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"identityMap\":{}}\n{\"identityMap\":{}}\n");
        }
        int asked = 0;
        m_window->setImportChooser([&](QWidget *) {
            ++asked;
            return path;
        });
        auto seen = std::make_shared<SeenBox>();
        answerNextMessageBox(seen, [](QMessageBox *box) { pressKey(box, Qt::Key_Return); });
        auto *button = child<QPushButton>("emptyStateImportButton");
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(asked, 1);
        QTRY_VERIFY(seen->shown);
        QVERIFY2(
            seen->text.startsWith(QStringLiteral("Cannot import %1. The file is not valid JSON").arg(path)),
            qPrintable(seen->text));
        QVERIFY(!child<QWizard>("destinationWizard"));
        QVERIFY(m_config->destinations().isEmpty());
        QCOMPARE(
            child<QStackedWidget>("mainStack")->currentWidget()->objectName(), QStringLiteral("emptyState"));
    }

    void pauseAndResumeChangeTheRuntimeState()
    {
        addDestination(QStringLiteral("Onboarding survey"));
        const Destination d = addDestination(QStringLiteral("Churn follow-up"));
        openWindow();
        m_window->selectDestination(d.id);
        QVERIFY(action("actionPause")->isEnabled());
        QVERIFY(!action("actionResume")->isEnabled());

        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_P));
        DestinationRuntime runtime = runtimeInDatabase(d.id);
        QCOMPARE(runtime.state, QStringLiteral("paused"));
        QCOMPARE(runtime.reason, QStringLiteral("user"));
        QCOMPARE(stateShown(1), QStringLiteral("paused: user"));
        QCOMPARE(stateShown(0), QStringLiteral("enabled")); // only the selected one
        QVERIFY(!action("actionPause")->isEnabled());
        QVERIFY(action("actionResume")->isEnabled());

        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        runtime = runtimeInDatabase(d.id);
        QCOMPARE(runtime.state, QStringLiteral("enabled"));
        QVERIFY(runtime.reason.isEmpty());
        QCOMPARE(stateShown(1), QStringLiteral("enabled"));
        QVERIFY(action("actionPause")->isEnabled());

        // Ctrl+Shift+R resumes from the run history too (a paused destination says to press it): the
        // history's own Replay all failed has the window's keys for that, Ctrl+Shift+F.
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_P));
        QCOMPARE(runtimeInDatabase(d.id).state, QStringLiteral("paused"));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
        auto *table = child<QTableView>("historyTable");
        QVERIFY(table);
        QTRY_COMPARE(QApplication::focusWidget(), table);
        QTest::keySequence(table, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QCOMPARE(runtimeInDatabase(d.id).state, QStringLiteral("enabled"));
        auto *replayFailed = m_window->findChild<QAction *>(QStringLiteral("replayFailedAction"));
        QVERIFY(replayFailed);
        // The keys of the window's Replay Failed Activations, which yields them to it here.
        QCOMPARE(replayFailed->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    }

    // A destination whose newest attempt failed is shown in error, with why, until an attempt succeeds. It is
    // not paused: there is nothing to resume.
    void aDestinationWhoseLastAttemptFailedIsShownInError()
    {
        const Destination d = addDestination(QStringLiteral("Churn follow-up"));
        openWindow();
        m_window->selectDestination(d.id);
        QCOMPARE(stateShown(0), QStringLiteral("enabled"));

        SqliteStorage other(m_ctx.dataDir); // as a `qadctl run` writes it
        QVERIFY(other.open().ok());
        ActivationRecord a = failedActivation(d.id, 0);
        a.status = ActivationStatus::Sending;
        QVERIFY(other.insertActivation(a).ok());
        const auto attempt = [&a](int httpStatus, ActivationStatus next) {
            AttemptOutcome o;
            o.attempt.activationId = a.id;
            o.attempt.startedAt = QDateTime::currentDateTimeUtc();
            o.attempt.durationMs = 20;
            o.attempt.httpStatus = httpStatus;
            o.attempt.outcome.cls
                = next == ActivationStatus::Succeeded ? OutcomeClass::Succeeded : OutcomeClass::Retry;
            o.attempt.outcome.message = QStringLiteral("Qualtrics is unavailable (HTTP %1).").arg(httpStatus);
            o.next = next;
            return o;
        };
        QVERIFY(other.recordAttempts({ attempt(503, ActivationStatus::Retrying) }).ok());
        QTRY_COMPARE(stateShown(0), QStringLiteral("error"));
        const QString tip = list()
                                ->model()
                                ->index(0, ui::DestinationListModel::StateColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        QCOMPARE(tip, QStringLiteral("Churn follow-up\nerror\nQualtrics is unavailable (HTTP 503)."));
        QVERIFY(action("actionPause")->isEnabled());
        QVERIFY(!action("actionResume")->isEnabled());

        QVERIFY(other.recordAttempts({ attempt(200, ActivationStatus::Succeeded) }).ok());
        QTRY_COMPARE(stateShown(0), QStringLiteral("enabled"));
    }

    // Removing a destination whose activations are still queued says they would never be sent, with Cancel
    // the default (qadctl asks for --force); one with nothing queued asks the plain question.
    void removingADestinationWithQueuedWorkSaysItIsLost()
    {
        const ui::Translators english(QStringLiteral("en")); // its plural forms
        QVERIFY(english.hasOurs());
        const Destination queued = addDestination(QStringLiteral("Still queued"));
        const Destination idle = addDestination(QStringLiteral("Nothing queued"));
        {
            SqliteStorage storage(m_ctx.dataDir);
            QVERIFY(storage.open().ok());
            ActivationRecord pending = failedActivation(queued.id, 1);
            pending.status = ActivationStatus::Pending;
            pending.attemptCount = 0;
            pending.lastError.clear();
            QVERIFY(storage.insertActivation(pending).ok());
        }
        QVERIFY(m_secrets.write(queued.id, QStringLiteral("token-1")).ok());
        openWindow();
        m_window->destinationModel()->refresh();

        m_window->selectDestination(queued.id);
        auto seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(seen, [](QMessageBox *box) { test::pressKey(box, Qt::Key_Return); });
        action("actionRemove")->trigger();
        QVERIFY(seen->shown);
        QVERIFY2(seen->informativeText.contains(QStringLiteral("1 activation still queued for it")),
            qPrintable(seen->informativeText));
        QVERIFY(seen->cancelIsDefault && seen->cancelIsEscape);
        ConfigStore onDisk(m_ctx.configDir);
        QVERIFY(onDisk.load().ok());
        QVERIFY(onDisk.find(queued.id)); // Enter is Cancel: kept, and so is its token
        QCOMPARE(m_secrets.read(queued.id).status, SecretStore::ReadStatus::Found);

        seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(
            seen, [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
        action("actionRemove")->trigger();
        QVERIFY(seen->shown);
        QVERIFY(onDisk.load().ok());
        QVERIFY(!onDisk.find(queued.id)); // removed anyway, as asked

        m_window->destinationModel()->refresh();
        m_window->selectDestination(idle.id);
        seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(
            seen, [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
        action("actionRemove")->trigger();
        QVERIFY(seen->shown);
        QVERIFY2(seen->informativeText.isEmpty(), qPrintable(seen->informativeText));
        QVERIFY(onDisk.load().ok());
        QVERIFY(!onDisk.find(idle.id));
    }

    // On every tab, everything Tab can reach has a name a screen reader can say (its own, its text's, or its
    // label's), in every language: a control without one is read as "edit" or "table" and nothing more.
    void everythingTabReachesHasANameOnEveryTab_data() { test::addShippedLanguages(); }

    void everythingTabReachesHasANameOnEveryTab()
    {
        QFETCH(QString, language);
        const ui::Translators translators(language);
        QVERIFY(translators.hasOurs());
        const Destination d = addDestination(QStringLiteral("Onboarding survey"));
        QVERIFY(addFailed(d.id, 2));
        openWindow();
        m_window->destinationModel()->refresh();
        m_window->selectDestination(d.id);
        auto *tabs = child<QTabWidget>("destinationTabs");
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(20);
            const QStringList unnamed = test::unnamedTabStops(m_window.get());
            QVERIFY2(unnamed.isEmpty(),
                qPrintable(tabs->tabText(tab) + QStringLiteral(": ") + unnamed.join(QStringLiteral(", "))));
        }
        ui::PreferencesDialog preferences;
        preferences.show();
        QVERIFY2(test::unnamedTabStops(&preferences).isEmpty(),
            qPrintable(test::unnamedTabStops(&preferences).join(QStringLiteral(", "))));
        m_window.reset();
    }

    // What a stream tells reaches the status bar naming its destination once: a message that names it already
    // ("Streaming to “Onboarding survey” stopped.") is not prefixed with the name again, and one about the
    // source file gets it.
    void theStatusBarNamesTheDestinationOnce()
    {
        test::FakeQualtrics receiver;
        QVERIFY(receiver.listen());
        const Destination added = addReceivingDestination(receiver, QStringLiteral("Onboarding survey"));
        QVERIFY(!added.id.isEmpty());
        const QString source = appendToSource("{\"a\":1}\n{\"a\":2}\n");
        startStreaming(added.id, source);
        // Every message shown, not only the one showing now: the stream's own "resumed", which comes on its
        // next poll, may replace the file's message in the same instant.
        QStringList seen;
        connect(
            m_window->statusBar(), &QStatusBar::messageChanged, m_window.get(), [&seen](const QString &text) {
                if (!text.isEmpty()) {
                    seen.append(text);
                }
            });
        const auto shown = [&seen](const QString &word) {
            for (auto it = seen.crbegin(); it != seen.crend(); ++it) {
                if (it->contains(word)) {
                    return *it;
                }
            }
            return QString();
        };
        const auto named = [&added](const QString &text) {
            return int(text.count(added.name));
        };

        // Paused as qadctl pause does it: the stream tells it.
        action("actionPause")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!shown(QStringLiteral("paused (user)")).isEmpty(), 10000);
        QCOMPARE(named(shown(QStringLiteral("paused (user)"))), 1);
        action("actionResume")->trigger();

        // The file is rewritten in place: what the stream says of the file names the destination too.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->streams()->lastProgress(added.id).read, qint64(2), 10000);
        {
            QFile file(source);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.write("{\"b\":1}\n{\"b\":2}\n");
        }
        QTRY_VERIFY_WITH_TIMEOUT(!shown(QStringLiteral("rewritten")).isEmpty(), 10000);
        QCOMPARE(named(shown(QStringLiteral("rewritten"))), 1);

        action("actionStop")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->streams()->isStreaming(added.id), 15000);
        QTRY_VERIFY2(!shown(QStringLiteral("stopped")).isEmpty(), qPrintable(seen.join(u'\n')));
        QCOMPARE(named(shown(QStringLiteral("stopped"))), 1);
        for (const QString &text : std::as_const(seen)) {
            QVERIFY2(named(text) <= 1, qPrintable(text));
        }
    }

    // Streaming to a destination paused beforehand, the window says how to resume it here: its Resume action,
    // not a qadctl command.
    void aPausedDestinationsStreamSaysHowToResumeItInTheWindow()
    {
        test::FakeQualtrics receiver;
        QVERIFY(receiver.listen());
        const Destination added = addReceivingDestination(receiver, QStringLiteral("Paused first"));
        QVERIFY(!added.id.isEmpty());
        openWindow();
        m_window->selectDestination(added.id);
        action("actionPause")->trigger();
        QStringList seen;
        connect(
            m_window->statusBar(), &QStatusBar::messageChanged, m_window.get(), [&seen](const QString &text) {
                if (!text.isEmpty()) {
                    seen.append(text);
                }
            });
        const QString source = appendToSource("{\"a\":1}\n");
        m_window->setSourceChooser([source](QWidget *) { return source; });
        action("actionStart")->trigger();
        QVERIFY(m_window->streams()->isStreaming(added.id));
        QTRY_VERIFY2_WITH_TIMEOUT(
            !seen.filter(QStringLiteral("queued, not sent")).isEmpty(), qPrintable(seen.join(u'\n')), 10000);
        const QString told = seen.filter(QStringLiteral("queued, not sent")).constFirst();
        QVERIFY2(told.contains(QStringLiteral("Stream > Resume, Ctrl+Shift+R")), qPrintable(told));
        QVERIFY2(!told.contains(QStringLiteral("qadctl")), qPrintable(told));
        action("actionStop")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->streams()->isStreaming(added.id), 15000);
    }

    // A destination removed by qadctl (or another qad) while it streams here stops streaming, saying why: it
    // would go on sending with a token that left the keychain, and no Stop would reach it.
    void aDestinationRemovedElsewhereStopsStreaming()
    {
        test::FakeQualtrics receiver;
        QVERIFY(receiver.listen());
        const Destination added = addReceivingDestination(receiver, QStringLiteral("Removed elsewhere"));
        QVERIFY(!added.id.isEmpty());
        startStreaming(added.id, appendToSource("{\"a\":1}\n"));

        ConfigStore qadctl(m_ctx.configDir); // another process's view of the same file
        QVERIFY(qadctl.load().ok());
        QVERIFY(qadctl.remove(added.id).ok());
        m_window->destinationModel()->refresh(); // as its timer does
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->streams()->isStreaming(added.id), 15000);
        QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(
                         QStringLiteral("Streaming to \"Removed elsewhere\" stopped: it was removed outside "
                                        "this window")),
            qPrintable(m_window->statusBar()->currentMessage()));
    }

    // A 401 pauses the stream; the right token is stored (as the wizard does) and Resume pressed: streaming
    // goes on with that token, not with the refused one it started with.
    void resumeAfterARefusedTokenSendsTheTokenStoredMeanwhile()
    {
        test::FakeQualtrics receiver;
        QVERIFY(receiver.listen());
        const Destination added = addReceivingDestination(receiver, QStringLiteral("Token fixed"));
        QVERIFY(!added.id.isEmpty());
        const QString rightToken = QStringLiteral("the-right-token-4e5f");
        receiver.setCredentials(added.username, rightToken);
        startStreaming(added.id,
            appendToSource(
                R"({"identityMap":{"Email":[{"id":"ann@example.com"}]},"segmentMembership":{"ups":)"
                R"({"046456e3-18e1-48a6-9bda-d68547861283":{"status":"realized"}}}})"
                "\n"));
        QTRY_COMPARE_WITH_TIMEOUT(
            runtimeInDatabase(added.id).reason, QStringLiteral("authentication"), 15000);
        QCOMPARE(receiver.requestCount(), 1);

        QVERIFY(m_secrets.write(added.id, rightToken).ok());
        m_window->destinationModel()->refresh(); // as its timer does
        QTRY_VERIFY(action("actionResume")->isEnabled());
        action("actionResume")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requestCount(), 2, 15000);
        const QByteArray expected
            = "Basic " + QStringLiteral("%1:%2").arg(added.username, rightToken).toUtf8().toBase64();
        QCOMPARE(receiver.requests().last().header("Authorization"), expected);
        QVERIFY(m_window->streams()->isStreaming(added.id));
        QCOMPARE(runtimeInDatabase(added.id).state, QStringLiteral("enabled"));
    }

    // Start Streaming… (toolbar, menu, Ctrl+R) picks the file in a dialog of its own: the overview's "Source
    // file" then shows the file being followed, not what it held before, for the destination it shows only.
    void startingFromTheToolbarShowsTheSourceInTheOverview()
    {
        test::FakeQualtrics receiver;
        QVERIFY(receiver.listen());
        const Destination shown = addReceivingDestination(receiver, QStringLiteral("Shown"));
        const Destination other = addReceivingDestination(receiver, QStringLiteral("Other"));
        QVERIFY(!shown.id.isEmpty() && !other.id.isEmpty());
        openWindow();
        m_window->selectDestination(shown.id);
        auto *sourceEdit = child<QLineEdit>("sourceEdit");
        QVERIFY(sourceEdit);
        const QString older = m_home->filePath(QStringLiteral("older.ndjson"));
        sourceEdit->setText(older); // typed in the overview, never started

        // Another destination's stream leaves the field alone.
        const QString otherSource = m_home->filePath(QStringLiteral("other.ndjson"));
        QVERIFY(QFile(otherSource).open(QIODevice::WriteOnly));
        m_window->streams()->start(other, otherSource);
        QVERIFY(m_window->streams()->isStreaming(other.id));
        QCOMPARE(sourceEdit->text(), older);

        const QString source = appendToSource("{\"a\":1}\n");
        m_window->setSourceChooser([source](QWidget *) { return source; });
        action("actionStart")->trigger();
        QVERIFY(m_window->streams()->isStreaming(shown.id));
        QCOMPARE(sourceEdit->text(), source);
        QVERIFY(!sourceEdit->isEnabled()); // the source of a running stream is not edited

        // Away and back, it is still the file followed.
        m_window->selectDestination(other.id);
        QCOMPARE(sourceEdit->text(), otherSource);
        m_window->selectDestination(shown.id);
        QCOMPARE(sourceEdit->text(), source);

        // Stopped, the field keeps the file, ready to start again.
        action("actionStop")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->streams()->isStreaming(shown.id), 15000);
        QCOMPARE(sourceEdit->text(), source);
        QVERIFY(sourceEdit->isEnabled());
    }

    // Quitting while a test send waits for its answer asks first (Cancel the default); quitting anyway
    // records the test as not answered, without advice to send it again blindly.
    void quittingDuringATestSendAsksFirst()
    {
        test::FakeQualtrics receiver;
        QVERIFY(receiver.listen());
        test::FakeQualtrics::Reply slow;
        slow.delayMs = 3000;
        receiver.enqueue(slow);
        receiver.enqueue(slow);
        const Destination added = addReceivingDestination(receiver, QStringLiteral("Slow workflow"));
        QVERIFY(!added.id.isEmpty());
        openWindow();
        QVERIFY(sendASample(added));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requestCount(), 1, 5000); // it went out

        auto seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(seen, [](QMessageBox *box) { test::pressKey(box, Qt::Key_Escape); });
        QVERIFY(!m_window->close());
        QVERIFY(seen->shown);
        QVERIFY2(seen->text.contains(QStringLiteral("may already have reached Qualtrics")),
            qPrintable(seen->text));
        QVERIFY(seen->cancelIsDefault && seen->cancelIsEscape);
        QVERIFY(m_window->isVisible());

        seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(
            seen, [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
        QVERIFY(m_window->close());
        QVERIFY(seen->shown);
        m_window.reset(); // as qad ends: the test send goes with it, unanswered
        SqliteStorage storage(m_ctx.dataDir);
        QVERIFY(storage.open().ok());
        const auto history = storage.activations({ added.id, std::nullopt, 10 });
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QVERIFY2(history->at(0).lastError.contains(QStringLiteral("check the workflow's runs")),
            qPrintable(history->at(0).lastError));
    }

    // Cancel on any of quitting's questions leaves everything as it was: the stream that the first question
    // offered to stop still runs when the second (a test send waiting for its answer) is cancelled.
    void cancellingTheLastQuestionOfQuittingKeepsTheStreams()
    {
        test::FakeQualtrics receiver;
        QVERIFY(receiver.listen());
        test::FakeQualtrics::Reply slow;
        slow.delayMs = 3000;
        receiver.enqueue(slow);
        const Destination added = addReceivingDestination(receiver, QStringLiteral("Slow workflow"));
        const Destination streamed = addReceivingDestination(receiver, QStringLiteral("Streamed"));
        QVERIFY(!added.id.isEmpty() && !streamed.id.isEmpty());
        openWindow();
        const QString source = m_home->filePath(QStringLiteral("streamed.ndjson"));
        QVERIFY(QFile(source).open(QIODevice::WriteOnly));
        m_window->streams()->start(streamed, source);
        QVERIFY(m_window->streams()->isStreaming(streamed.id));
        QVERIFY(sendASample(added));

        auto streams = std::make_shared<test::SeenBox>();
        auto testSend = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(streams, [testSend](QMessageBox *box) {
            test::answerNextMessageBox(
                testSend, [](QMessageBox *next) { test::pressKey(next, Qt::Key_Escape); });
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QVERIFY(!m_window->close());
        QVERIFY2(
            streams->shown && streams->text.contains(QStringLiteral("streaming")), qPrintable(streams->text));
        QVERIFY2(testSend->shown && testSend->text.contains(QStringLiteral("test send")),
            qPrintable(testSend->text));
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->streams()->isStreaming(streamed.id));
    }

    // Quit (the tray's, or Ctrl+Q) with the wizard open asks before what was typed in it goes; Keep Editing
    // keeps both the wizard and the window.
    void quittingWithTheWizardOpenAsksFirst()
    {
        openWindow();
        action("actionNew")->trigger();
        auto *wizard = child<QWizard>("destinationWizard");
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        auto *username = wizard->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
        QVERIFY(username);
        QTest::keyClicks(username, QStringLiteral("dave"));

        auto seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(seen, [](QMessageBox *box) { test::pressKey(box, Qt::Key_Escape); });
        QVERIFY(!m_window->close());
        QVERIFY(seen->shown);
        QVERIFY2(seen->text.contains(QStringLiteral("Nothing was saved yet")), qPrintable(seen->text));
        QVERIFY(wizard->isVisible());
        QCOMPARE(username->text(), QStringLiteral("dave"));
        QVERIFY(m_window->isVisible());

        seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(seen, [](QMessageBox *box) {
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
                    QTest::mouseClick(button, Qt::LeftButton);
                }
            }
        });
        QVERIFY(m_window->close());
        QVERIFY(seen->shown);
    }

    // Enter in the overview's Source file starts streaming it, as Start does.
    void enterInTheSourceFileStarts()
    {
        test::FakeQualtrics receiver;
        QVERIFY(receiver.listen());
        const Destination added = addReceivingDestination(receiver, QStringLiteral("Entered"));
        QVERIFY(!added.id.isEmpty());
        openWindow();
        m_window->selectDestination(added.id);
        auto *sourceEdit = child<QLineEdit>("sourceEdit");
        QVERIFY(sourceEdit);
        const QString source = appendToSource("{\"a\":1}\n");
        sourceEdit->setFocus();
        QTest::keyClicks(sourceEdit, source);
        QTest::keyClick(sourceEdit, Qt::Key_Return);
        QVERIFY(m_window->streams()->isStreaming(added.id));
        action("actionStop")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->streams()->isStreaming(added.id), 15000);
    }

    void resumeLiftsAPauseInTheConfiguration()
    {
        Destination d = addDestination(QStringLiteral("Onboarding survey"));
        d.state = DestinationState::Paused;
        d.pausedReason = QStringLiteral("user");
        QVERIFY(m_config->update(d).ok());
        openWindow();
        QCOMPARE(stateShown(0), QStringLiteral("paused: user"));
        action("actionResume")->trigger();
        QCOMPARE(stateShown(0), QStringLiteral("enabled"));
        ConfigStore reread(m_ctx.configDir);
        QVERIFY(reread.load().ok());
        QVERIFY(reread.destinations().constFirst().state == DestinationState::Enabled);
    }

    void actionsHaveTheirShortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("shortcut");
        QTest::newRow("new") << "actionNew" << QKeySequence(Qt::CTRL | Qt::Key_N);
        QTest::newRow("edit") << "actionEdit" << QKeySequence(Qt::CTRL | Qt::Key_E);
        QTest::newRow("import") << "actionImport" << QKeySequence(Qt::CTRL | Qt::Key_I);
        QTest::newRow("export") << "actionExport" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
        QTest::newRow("start") << "actionStart" << QKeySequence(Qt::CTRL | Qt::Key_R);
        QTest::newRow("pause") << "actionPause" << QKeySequence(Qt::CTRL | Qt::Key_P);
        QTest::newRow("resume") << "actionResume" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
        QTest::newRow("replay failed")
            << "actionReplayFailed" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
        QTest::newRow("preferences") << "actionPreferences" << QKeySequence(Qt::CTRL | Qt::Key_Comma);
        QTest::newRow("quit") << "actionQuit" << QKeySequence(Qt::CTRL | Qt::Key_Q);
        QTest::newRow("overview tab") << "actionShowTab1" << QKeySequence(Qt::CTRL | Qt::Key_1);
    }

    void actionsHaveTheirShortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, shortcut);
        openWindow();
        auto *a = m_window->findChild<QAction *>(action);
        QVERIFY(a);
        QCOMPARE(a->shortcut(), shortcut);
        QVERIFY2(!a->text().isEmpty(), "an action without a name cannot be found in the menus");
    }

    // Among the window's own actions (the panels' act only while the focus is in them: see the next test).
    void noTwoActionsShareAShortcut()
    {
        openWindow();
        QHash<QString, QString> owner;
        for (QAction *a : m_window->findChildren<QAction *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (a->shortcut().isEmpty()) {
                continue;
            }
            const QString keys = a->shortcut().toString(QKeySequence::PortableText);
            QVERIFY2(!owner.contains(keys),
                qPrintable(
                    QStringLiteral("%1 used by %2 and %3").arg(keys, owner.value(keys), a->objectName())));
            owner.insert(keys, a->objectName());
        }
        QVERIFY(owner.size() >= 10);
    }

    // Ctrl+1…4, and Enter in the destinations list, put the keyboard focus in the panel's first control (the
    // panel itself takes no key: a Tab was needed first).
    void aTabsShortcutPutsTheFocusInItsPanel_data()
    {
        QTest::addColumn<int>("tab");
        QTest::addColumn<QString>("control");
        QTest::newRow("overview: the source file") << 0 << "sourceEdit";
        QTest::newRow("run history: the activations") << 1 << "historyTable";
        QTest::newRow("test send: the profile") << 2 << "profileEditor";
        QTest::newRow("alerts: the alerts") << 3 << "alertsList";
    }

    void aTabsShortcutPutsTheFocusInItsPanel()
    {
        QFETCH(int, tab);
        QFETCH(QString, control);
        addDestination(QStringLiteral("Onboarding survey"));
        openWindow();
        auto *tabs = child<QTabWidget>("destinationTabs");
        QVERIFY(tabs);
        QWidget *expected = tabs->widget(tab)->findChild<QWidget *>(control);
        QVERIFY(expected);
        list()->setFocus();
        QTRY_VERIFY(list()->hasFocus());

        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
        QCOMPARE(tabs->currentIndex(), tab);
        QTRY_COMPARE(QApplication::focusWidget(), expected);

        // Enter on the destination goes into the panel shown, the same way.
        list()->setFocus();
        QTRY_VERIFY(list()->hasFocus());
        QTest::keyClick(list(), Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), expected);
    }

    // While a stream runs, its source file cannot be edited: Ctrl+1 goes to Stop instead, and back to the
    // file once it stopped.
    void ctrl1GoesToStopWhileStreaming()
    {
        test::FakeQualtrics receiver;
        QVERIFY(receiver.listen());
        const Destination added = addReceivingDestination(receiver, QStringLiteral("Onboarding survey"));
        QVERIFY(!added.id.isEmpty());
        startStreaming(added.id, appendToSource("{\"a\":1}\n"));
        auto *sourceEdit = child<QLineEdit>("sourceEdit");
        auto *stop = child<QPushButton>("stopButton");
        QVERIFY(sourceEdit && stop);
        list()->setFocus();
        QTRY_VERIFY(list()->hasFocus());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QTRY_COMPARE(QApplication::focusWidget(), stop);

        action("actionStop")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->streams()->isStreaming(added.id), 15000);
        list()->setFocus();
        QTRY_VERIFY(list()->hasFocus());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QTRY_COMPARE(QApplication::focusWidget(), sourceEdit);
    }

    // The run history's own Ctrl+R (replay the selected activation) wins while the focus is in it; elsewhere
    // Ctrl+R starts streaming. Two actions in reach with the same keys would both stay silent.
    void aPanelsOwnShortcutWinsWhileItHasTheFocus()
    {
        addDestination(QStringLiteral("Onboarding survey"));
        openWindow();
        int asked = 0;
        m_window->setSourceChooser([&asked](QWidget *) {
            ++asked;
            return QString(); // cancelled
        });
        QTest::failOnWarning(QRegularExpression(QStringLiteral("[Aa]mbiguous")));

        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
        auto *history = child<QWidget>("historyPanel");
        QVERIFY(history && history->isVisible());
        auto *table = history->findChild<QTableView *>();
        QVERIFY(table);
        QTRY_VERIFY(table->hasFocus()); // Ctrl+2 put it there
        QVERIFY(action("actionStart")->shortcut().isEmpty());
        QTest::keySequence(table, QKeySequence(Qt::CTRL | Qt::Key_R));
        QCOMPARE(asked, 0);

        list()->setFocus();
        QTRY_VERIFY(list()->hasFocus());
        QCOMPARE(action("actionStart")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QTest::keySequence(list(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QCOMPARE(asked, 1);
    }

    // Ctrl+E edits the destination even with the focus in a text field, where the line edit would take it
    // as "end of line" (its X11 key binding): the Source file field, where the focus lands at start.
    void ctrlEEditsTheDestinationFromATextField()
    {
        addDestination(QStringLiteral("Onboarding survey"));
        openWindow();
        auto *sourceEdit = child<QLineEdit>("sourceEdit");
        QVERIFY(sourceEdit && sourceEdit->isVisible() && sourceEdit->isEnabled());
        X11EndOfLine x11(sourceEdit);
        QTest::mouseClick(sourceEdit, Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), sourceEdit);
        QTest::keyClicks(sourceEdit, QStringLiteral("profiles.ndjson"));
        QTest::keyClick(sourceEdit, Qt::Key_Home);
        QTest::failOnWarning(QRegularExpression(QStringLiteral("[Aa]mbiguous")));

        QTest::keySequence(sourceEdit, QKeySequence(Qt::CTRL | Qt::Key_E));
        auto *wizard = child<QWizard>("destinationWizard");
        QVERIFY2(wizard, "Ctrl+E in the Source file field did not open the wizard");
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(sourceEdit->cursorPosition(), 0); // taken by the window, not moved to the end of the line
        wizard->reject();
    }

    // The run history's own Ctrl+E (Export CSV) still wins while the focus is in it, its identity field too.
    void theHistorysCtrlEStillExportsFromItsIdentityField()
    {
        addDestination(QStringLiteral("Onboarding survey"));
        openWindow();
        int asked = 0;
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
        auto *identity = child<QLineEdit>("identityFilter");
        QVERIFY(identity && identity->isVisible());
        QTest::mouseClick(identity, Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), identity);
        X11EndOfLine x11(identity);
        QTimer watch; // the export's file dialog, cancelled once it is up (it blocks in its exec())
        QObject::connect(&watch, &QTimer::timeout, [&asked] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                ++asked;
                dialog->reject();
            }
        });
        watch.start(0);
        QTest::keySequence(identity, QKeySequence(Qt::CTRL | Qt::Key_E));
        watch.stop();
        QCOMPARE(asked, 1);
        QVERIFY(!child<QWizard>("destinationWizard"));
    }

    // In the first window's size, the identity, what a person looks for in the history, is read whole: the
    // audiences and the last result give way to it, and take their full width back in a wide window.
    void theRunHistoryShowsTheIdentityWholeInTheDefaultWindow()
    {
        const Destination d = addDestination(QStringLiteral("Onboarding survey"));
        QVERIFY(addFailed(d.id, 3));
        openWindow();
        QCOMPARE(m_window->size(), QSize(1100, 720));
        m_window->selectDestination(d.id);
        auto *history = m_window->findChild<ui::HistoryPanel *>(QStringLiteral("historyPanel"));
        QVERIFY(history);
        auto *tabs = child<QTabWidget>("destinationTabs");
        tabs->setCurrentWidget(history);
        auto *table = history->findChild<QTableView *>(QStringLiteral("historyTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->model());
        QTRY_COMPARE(table->model()->rowCount(), 4); // three failed, one test send
        const auto *header = table->horizontalHeader();
        const auto widthOf = [header](int column) {
            return header->sectionSize(column);
        };
        const auto identityFits = [&] {
            const QString identity
                = table->model()->index(0, ui::HistoryModel::IdentityColumn).data(Qt::DisplayRole).toString();
            QVERIFY(!identity.isEmpty());
            QVERIFY2(
                widthOf(ui::HistoryModel::IdentityColumn) >= table->fontMetrics().horizontalAdvance(identity),
                qPrintable(QStringLiteral("the identity column is %1 pixels wide for \"%2\" in a table of %3")
                               .arg(widthOf(ui::HistoryModel::IdentityColumn))
                               .arg(identity)
                               .arg(table->viewport()->width())));
            QVERIFY(!table->horizontalScrollBar()->isVisible());
        };
        QTRY_VERIFY(table->isVisible());
        identityFits();
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(widthOf(ui::HistoryModel::IdentityColumn) >= widthOf(ui::HistoryModel::AudiencesColumn));
        QVERIFY(widthOf(ui::HistoryModel::IdentityColumn) >= widthOf(ui::HistoryModel::LastResultColumn));

        m_window->resize(1800, 900);
        QTRY_COMPARE(widthOf(ui::HistoryModel::AudiencesColumn), 220);
        QCOMPARE(widthOf(ui::HistoryModel::LastResultColumn), 220);
        identityFits();
        if (QTest::currentTestFailed()) {
            return;
        }

        // A width the user drags is kept when the window changes.
        table->horizontalHeader()->resizeSection(ui::HistoryModel::AudiencesColumn, 300);
        m_window->resize(1100, 720);
        QTRY_COMPARE(table->viewport()->width() < 1100, true);
        QTest::qWait(50);
        QCOMPARE(widthOf(ui::HistoryModel::AudiencesColumn), 300);
    }

    // Every column title of the run history can be read whole in the first window, in every language: none is
    // cut at both ends by a column narrower than it. Each also shows in full as the header's tooltip.
    void theRunHistoryColumnTitlesFitInTheDefaultWindow_data() { test::addShippedLanguages(); }

    void theRunHistoryColumnTitlesFitInTheDefaultWindow()
    {
        QFETCH(QString, language);
        const ui::Translators translators(language);
        const Destination d = addDestination(QStringLiteral("Titles"));
        QVERIFY(addFailed(d.id, 1));
        openWindow();
        m_window->selectDestination(d.id);
        auto *history = m_window->findChild<ui::HistoryPanel *>(QStringLiteral("historyPanel"));
        QVERIFY(history);
        child<QTabWidget>("destinationTabs")->setCurrentWidget(history);
        auto *table = history->findChild<QTableView *>(QStringLiteral("historyTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->model() && table->isVisible());
        const QHeaderView *header = table->horizontalHeader();
        const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY(!title.isEmpty());
            QCOMPARE(table->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(),
                false);
            const int needed = header->fontMetrics().horizontalAdvance(title) + margins;
            QVERIFY2(header->sectionSize(column) >= needed,
                qPrintable(QStringLiteral("\"%1\" needs %2 pixels, its column is %3")
                               .arg(title)
                               .arg(needed)
                               .arg(header->sectionSize(column))));
        }
        QVERIFY(!table->horizontalScrollBar()->isVisible());
    }

    void replayAllFailedAsksFirst_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("replayed");
        for (const char *from : { "toolbar", "history" }) {
            const QString f = QString::fromLatin1(from);
            QTest::addRow("%s, Escape cancels", from) << f << QStringLiteral("escape") << false;
            QTest::addRow("%s, Enter picks Cancel", from) << f << QStringLiteral("enter") << false;
            QTest::addRow("%s, Cancel clicked", from) << f << QStringLiteral("cancel") << false;
            QTest::addRow("%s, Replay clicked", from) << f << QStringLiteral("replay") << true;
        }
    }

    void replayAllFailedAsksFirst()
    {
        QFETCH(QString, from);
        QFETCH(QString, answer);
        QFETCH(bool, replayed);
        addDestination(QStringLiteral("Churn follow-up"));
        const Destination d = addDestination(QStringLiteral("Onboarding survey"));
        QVERIFY(addFailed(d.id, 3));
        openWindow();
        m_window->selectDestination(d.id);
        auto *history = m_window->findChild<ui::HistoryPanel *>(QStringLiteral("historyPanel"));
        QVERIFY(history);
        QSignalSpy replaySpy(history, &ui::HistoryPanel::activationsReplayed);

        auto seen = std::make_shared<SeenBox>();
        answerNextMessageBox(seen, [answer](QMessageBox *box) {
            if (answer == u"escape") {
                pressKey(box, Qt::Key_Escape);
            } else if (answer == u"enter") {
                pressKey(box, Qt::Key_Return);
            } else if (answer == u"cancel") {
                QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
            } else if (auto *replay = box->findChild<QPushButton *>(QStringLiteral("confirmReplayButton"))) {
                QTest::mouseClick(replay, Qt::LeftButton);
            } else {
                box->reject(); // fails below: the box has no Replay button
            }
        });
        triggerReplayFailed(from);
        QVERIFY(seen->shown);
        QVERIFY(!qobject_cast<QMessageBox *>(QApplication::activeModalWidget())); // answered and gone

        if (replayed) {
            QTRY_COMPARE(failedInDatabase(d.id), qint64(0));
            QTRY_COMPARE(replaySpy.count(), 1);
            QCOMPARE(replaySpy.at(0).at(0).toString(), d.id);
            QCOMPARE(replaySpy.at(0).at(1).toInt(), 3);
            QVERIFY2(
                history->message().contains(QStringLiteral("queued again")), qPrintable(history->message()));
            QTRY_VERIFY(!QApplication::activeModalWidget()); // the progress dialog closed too
        } else {
            QCOMPARE(failedInDatabase(d.id), qint64(3));
            QVERIFY(!QApplication::activeModalWidget());
            QVERIFY(!history->findChild<QWidget *>(QStringLiteral("replayProgress")));
            QCOMPARE(replaySpy.count(), 0);
            QVERIFY(!history->message().contains(QStringLiteral("queued again")));
        }

        // How many, to where; the failed test send is not counted (it is never replayed).
        QVERIFY2(seen->text.contains(QStringLiteral("3 failed activation")), qPrintable(seen->text));
        QVERIFY2(seen->text.contains(QStringLiteral("“Onboarding survey”")), qPrintable(seen->text));
        QVERIFY2(seen->text.contains(QStringLiteral("fra1.qualtrics.com")), qPrintable(seen->text));
        QVERIFY(
            !seen->text.contains(QStringLiteral("urlTokenId"))); // the URL's query can act as a credential
        QVERIFY(!seen->informativeText.isEmpty());
        QVERIFY(seen->cancelIsDefault);
        QVERIFY(seen->cancelIsEscape);
    }

    void replayAllFailedWithNoneFailedSaysSoWithoutAsking()
    {
        const Destination d = addDestination(QStringLiteral("Onboarding survey"));
        openWindow();
        auto *history = m_window->findChild<ui::HistoryPanel *>(QStringLiteral("historyPanel"));
        QVERIFY(history);
        // Should a box come up anyway, close it, so the test fails instead of waiting for ever.
        auto seen = std::make_shared<SeenBox>();
        answerNextMessageBox(
            seen, [](QMessageBox *box) { box->reject(); }, 10);
        triggerReplayFailed(QStringLiteral("toolbar"));
        QVERIFY(!seen->shown);
        QVERIFY2(history->message().contains(QStringLiteral("No failed activation")),
            qPrintable(history->message()));
        QVERIFY(history->message().contains(d.name));
        seen->stopWaiting = true;
    }

    void theWindowGeometryIsKept()
    {
        openWindow();
        m_window->resize(1030, 790);
        m_window->close();
        m_window.reset();
        QVERIFY(ui::openSettings()->contains(QStringLiteral("mainWindow/geometry")));
        openWindow();
        QCOMPARE(m_window->size(), QSize(1030, 790));
    }

    void theLanguageChosenInPreferencesIsSaved()
    {
        QVERIFY(ui::savedLanguage().isEmpty());
        ui::PreferencesDialog dialog;
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QStringLiteral("System default"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("Français")));
        QVERIFY(combo->currentIndex() > 0);
        dialog.accept();
        QVERIFY(dialog.languageChanged());
        QCOMPARE(ui::savedLanguage(), QStringLiteral("fr"));

        ui::PreferencesDialog again;
        QCOMPARE(again.selectedLanguage(), QStringLiteral("fr"));
        again.setSelectedLanguage({});
        again.accept();
        QVERIFY(ui::savedLanguage().isEmpty());
    }

    // How long the run history keeps what reached a final state is a preference; a stream started in qad
    // purges by it (as qadctl run --history-days does), never by a fixed 90 days.
    // A test send left without its answer when qad crashed (or was killed) does not stay "pending" for ever:
    // the next start fails it, and the history says the request may have reached Qualtrics. A test sent a
    // minute ago (another qad may still wait for its answer) is left alone.
    void aTestSendLeftByACrashIsClosedWhenQadStarts()
    {
        Destination d = sampleDestination(QStringLiteral("Crashed test"));
        const auto added = m_config->add(d);
        QVERIFY(added);
        ActivationRecord left = failedActivation(added->id, 0, true);
        left.status = ActivationStatus::Pending;
        left.attemptCount = 0;
        left.lastError.clear();
        left.createdAt = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
        ActivationRecord waiting = left;
        waiting.id = ActivationRecord::newId();
        waiting.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        {
            SqliteStorage storage(m_ctx.dataDir);
            QVERIFY(storage.open().ok());
            QVERIFY(storage.insertActivation(left).ok());
            QVERIFY(storage.insertActivation(waiting).ok());
        }

        openWindow();
        m_window->selectDestination(added->id);
        child<QTabWidget>("destinationTabs")->setCurrentWidget(child<QWidget>("historyPanel"));
        auto *table = child<QTableView>("historyTable");
        QVERIFY(table);
        const auto statusOf = [table](const QString &id) {
            const QAbstractItemModel *model = table->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex created = model->index(row, 0);
                if (created.data(ui::HistoryModel::ActivationIdRole).toString() == id) {
                    return model->index(row, ui::HistoryModel::StatusColumn).data().toString() + u'|'
                        + model->index(row, ui::HistoryModel::LastResultColumn).data().toString();
                }
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!statusOf(left.id).isEmpty(), 5000);
        const QString shown = statusOf(left.id);
        QVERIFY2(shown.startsWith(QStringLiteral("failed|")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("may have reached Qualtrics")), qPrintable(shown));
        QVERIFY2(
            statusOf(waiting.id).startsWith(QStringLiteral("pending")), qPrintable(statusOf(waiting.id)));
    }

    void theRunHistoryKeepsWhatPreferencesSay()
    {
        test::FakeQualtrics receiver;
        QVERIFY(receiver.listen());
        const Destination added = addReceivingDestination(receiver, QStringLiteral("Kept long"));
        QVERIFY(!added.id.isEmpty());
        {
            SqliteStorage storage(m_ctx.dataDir);
            QVERIFY(storage.open().ok());
            for (int n = 0; n < 2; ++n) {
                ActivationRecord old = failedActivation(added.id, n);
                old.createdAt = QDateTime::currentDateTimeUtc().addDays(-200);
                QVERIFY(storage.insertActivation(old).ok());
            }
        }
        const auto streamOnce = [&] {
            // A new line each time: its reading shows the stream started (and purged).
            startStreaming(added.id, appendToSource("{\"a\":1}\n"));
            QTRY_VERIFY_WITH_TIMEOUT(m_window->streams()->lastProgress(added.id).read >= 1, 10000);
            action("actionStop")->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(!m_window->streams()->isStreaming(added.id), 15000);
            m_window.reset();
        };
        const auto setDays = [](int days) {
            ui::PreferencesDialog dialog;
            auto *spin = dialog.findChild<QSpinBox *>(QStringLiteral("historyDaysSpin"));
            QVERIFY(spin);
            spin->setValue(days);
            dialog.accept();
        };

        QCOMPARE(ui::savedHistoryDays(), 90); // the default, as qadctl's
        setDays(400);
        QCOMPARE(
            ui::PreferencesDialog().findChild<QSpinBox *>(QStringLiteral("historyDaysSpin"))->value(), 400);
        streamOnce();
        QCOMPARE(failedInDatabase(added.id), qint64(2)); // 200 days old, kept for 400

        setDays(90);
        streamOnce();
        QCOMPARE(failedInDatabase(added.id), qint64(0)); // older than 90 days: purged
    }

    void theLanguageFollowsOverrideThenPreferencesThenSystem_data()
    {
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        const QStringList frenchSystem { QStringLiteral("fr-CA"), QStringLiteral("en-US") };
        QTest::newRow("system") << QString() << QString() << frenchSystem << "fr";
        QTest::newRow("korean system")
            << QString() << QString() << QStringList { QStringLiteral("ko_KR") } << "ko";
        QTest::newRow("preferences win over the system") << QString() << "ko" << frenchSystem << "ko";
        QTest::newRow("--lang wins") << "en"
                                     << "ko" << frenchSystem << "en";
        QTest::newRow("first known system language")
            << QString() << QString() << QStringList { QStringLiteral("de-DE"), QStringLiteral("ko") }
            << "ko";
        QTest::newRow("English first wins over French second")
            << QString() << QString() << QStringList { QStringLiteral("en-GB"), QStringLiteral("fr") }
            << "en";
        QTest::newRow("nothing known")
            << QString() << QString() << QStringList { QStringLiteral("de") } << "en";
        QTest::newRow("unknown override ignored") << "xx" << QString() << frenchSystem << "fr";
    }

    void theLanguageFollowsOverrideThenPreferencesThenSystem()
    {
        QFETCH(QString, override);
        QFETCH(QString, saved);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(ui::effectiveLanguage(override, saved, system), expected);
    }

    void theWindowSpeaksTheInstalledLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("newAction");
        QTest::addColumn<QString>("emptyState");
        QTest::addColumn<QString>("paused");
        QTest::newRow("French") << "fr" << QStringLiteral("&Nouvelle destination…")
                                << QStringLiteral("Aucune destination pour l’instant — créez-en une")
                                << QStringLiteral("en pause : utilisateur");
        QTest::newRow("Korean") << "ko" << QStringLiteral("새 대상(&N)…")
                                << QStringLiteral("아직 대상이 없습니다 — 새로 만드세요")
                                << QStringLiteral("일시 중지됨: 사용자");
        QTest::newRow("English") << "en" << QStringLiteral("&New Destination…")
                                 << QStringLiteral("No destination yet — create one")
                                 << QStringLiteral("paused: user");
    }

    // The pipeline end to end: .ts compiled by lrelease, embedded at :/i18n, loaded, and used by the widgets.
    void theWindowSpeaksTheInstalledLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, newAction);
        QFETCH(QString, emptyState);
        QFETCH(QString, paused);
        const ui::Translators translators(language);
        QVERIFY(translators.hasOurs());
        openWindow();
        QCOMPARE(action("actionNew")->text(), newAction);
        QCOMPARE(child<QLabel>("emptyStateLabel")->text(), emptyState);

        const Destination d = addDestination(QStringLiteral("Onboarding survey"));
        m_window->destinationModel()->refresh();
        m_window->selectDestination(d.id);
        action("actionPause")->trigger();
        QCOMPARE(stateShown(0), paused);
        m_window.reset(); // while the translators are still installed
    }

    // In the window's first size (1100 × 720), in every language and on every tab, the destination list shows
    // a name and its state whole, and the toolbar shows every button. The run history's filters once asked
    // for so much width that the list kept half a name, and the French toolbar hid "Replay" behind "»".
    void theDefaultWindowShowsTheListAndEveryButton_data() { test::addShippedLanguages(); }

    void theDefaultWindowShowsTheListAndEveryButton()
    {
        QFETCH(QString, language);
        const ui::Translators translators(language);
        QVERIFY(translators.hasOurs());
        const Destination d = addDestination(QStringLiteral("Onboarding survey"));
        // A long name is shortened rather than push the states out of sight.
        addDestination(QStringLiteral("Post-purchase NPS survey — EMEA, production workflow"));
        openWindow();
        QCOMPARE(m_window->size(), QSize(1100, 720)); // nothing saved yet: the first size
        m_window->destinationModel()->refresh();
        m_window->selectDestination(d.id);
        action("actionPause")->trigger(); // the longer state: "paused: user"

        auto *tabs = child<QTabWidget>("destinationTabs");
        auto *bar = child<QToolBar>("mainToolBar");
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(50); // layouts settle
            const QString where = QStringLiteral("%1, %2").arg(language, tabs->tabText(tab));
            QTreeView *view = list();
            QCOMPARE(view->model()->rowCount(), 2);
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex state = view->model()->index(row, ui::DestinationListModel::StateColumn);
                const int stateEnd
                    = view->visualRect(state).left() + view->fontMetrics().horizontalAdvance(stateShown(row));
                QVERIFY2(!view->horizontalScrollBar()->isVisible() && stateEnd <= view->viewport()->width(),
                    qPrintable(QStringLiteral("%1, %2: the list is %3 pixels wide; its state ends at %4")
                                   .arg(where, nameShown(row))
                                   .arg(view->viewport()->width())
                                   .arg(stateEnd)));
            }
            // The short name is read whole.
            const int onboarding = nameShown(0) == u"Onboarding survey" ? 0 : 1;
            const QModelIndex name = view->model()->index(onboarding, ui::DestinationListModel::NameColumn);
            QVERIFY2(
                view->visualRect(name).width() >= view->fontMetrics().horizontalAdvance(nameShown(onboarding))
                        + view->iconSize().width(),
                qPrintable(where));
            for (QAction *a : bar->actions()) {
                if (!a->isSeparator()) {
                    QVERIFY2(bar->widgetForAction(a)->isVisible(),
                        qPrintable(where + QStringLiteral(": ") + a->text()));
                }
            }
        }
        // The menus keep the full names, the toolbar the short ones.
        QVERIFY(
            action("actionReplayFailed")->text().size() > action("actionReplayFailed")->iconText().size());
        m_window.reset(); // while the translators are still installed
    }

    void theVersionIsPrintedWithoutAWindow()
    {
        QProcess qad;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        qad.setProcessEnvironment(env);
        qad.start(QStringLiteral(QAD_QAD_PATH), { QStringLiteral("--version") });
        QVERIFY(qad.waitForFinished(30000));
        QCOMPARE(qad.exitStatus(), QProcess::NormalExit);
        QCOMPARE(qad.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(qad.readAllStandardOutput()).trimmed(),
            QStringLiteral("qad %1").arg(QStringLiteral(QAD_VERSION_STRING)));
    }

    void unknownOptionsAreAUsageError()
    {
        QProcess qad;
        qad.start(QStringLiteral(QAD_QAD_PATH), { QStringLiteral("--no-such-option") });
        QVERIFY(qad.waitForFinished(30000));
        QCOMPARE(qad.exitCode(), 2);
        QVERIFY(qad.readAllStandardError().contains("no-such-option"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
