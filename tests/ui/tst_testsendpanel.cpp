// The test-send panel driven like a person, offscreen, against the fake Qualtrics receiver on loopback.
#include "accessibility.h"
#include "appcontext.h"
#include "fakequaltrics.h"
#include "language.h"
#include "languages.h"
#include "panels/jsonview.h"
#include "panels/testsendpanel.h"
#include "secrets/memorysecretstore.h"
#include "storage/sqlitestorage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace qad;
using qad::test::FakeQualtrics;

namespace {

const QString kUsername = QStringLiteral("jane.doe@example.com");
const QString kToken = QStringLiteral("qad-test-token-5f1c3a9e0b7d");
const QString kAudience = QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283");

// A profile without the mapped Email identity: excluded (SPEC §5).
const QByteArray kNoEmailProfile = R"({
    "identityMap": { "ECID": [ { "id": "92312748749128" } ] },
    "person": { "name": { "firstName": "Jane" } },
    "segmentMembership": { "ups": { "046456e3-18e1-48a6-9bda-d68547861283": { "status": "realized" } } } })";

} // namespace

class TestSendPanelTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    FakeQualtrics m_receiver;
    MemorySecretStore m_secrets;
    ui::AppContext m_ctx;
    Destination m_destination;
    std::unique_ptr<ui::TestSendPanel> m_panel;

    template<typename T> T *child(const char *name) const
    {
        T *widget = m_panel->findChild<T *>(QLatin1String(name));
        if (!widget) {
            qWarning("no child %s", name);
        }
        return widget;
    }
    QLabel *label(const char *name) const { return child<QLabel>(name); }
    QPushButton *button(const char *name) const { return child<QPushButton>(name); }
    QPlainTextEdit *editor() const { return child<QPlainTextEdit>("profileEditor"); }
    static QColor colourOf(const QLabel *label) { return label->palette().color(QPalette::WindowText); }

    Expected<QList<ActivationRecord>> history()
    {
        SqliteStorage storage(m_ctx.dataDir);
        if (const Status status = storage.open(); !status) {
            return status.error();
        }
        return storage.activations({ m_destination.id, std::nullopt, 10 });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qunsetenv("QAD_API_TOKEN"); // the token comes from the (memory) keychain
        m_receiver.setCredentials(kUsername, kToken);
        QVERIFY(m_receiver.listen());

        m_destination.name = QStringLiteral("Onboarding survey");
        m_destination.url = m_receiver.url();
        m_destination.username = kUsername;
        m_destination.identities = { { QStringLiteral("Email"), IdentityTarget::Email } };
        m_destination.attributes
            = { { QStringLiteral("person.name.firstName"), QStringLiteral("person.name.firstName") } };
        m_destination.audiences
            = { { kAudience, QStringLiteral("Bought recently"), std::nullopt, std::nullopt } };

        m_ctx.configDir = m_home.filePath(QStringLiteral("config"));
        m_ctx.dataDir = m_home.filePath(QStringLiteral("data"));
        m_ctx.secrets = &m_secrets;
    }

    void init()
    {
        m_receiver.clear();
        // A destination of its own per test, so that each test reads only its own history.
        m_destination.id = Destination::newId();
        QVERIFY(m_secrets.write(m_destination.id, kToken).ok());
        m_panel = std::make_unique<ui::TestSendPanel>(m_ctx);
        m_panel->setDestination(m_destination);
        m_panel->resize(1200, 800);
        m_panel->show();
    }

    void cleanup() { m_panel.reset(); }

    void aGeneratedSampleIsSentAndTheAnswerShown()
    {
        const ui::Translators english(QStringLiteral("en")); // as qad runs in English: with its plural forms
        QVERIFY(english.hasOurs());
        QVERIFY(!button("sendButton")->isEnabled()); // nothing to send yet
        QTest::mouseClick(button("generateSampleButton"), Qt::LeftButton);
        QVERIFY(!editor()->toPlainText().isEmpty());
        QVERIFY(label("profileError")->text().isEmpty());
        const QByteArray preview = child<ui::JsonView>("payloadView")->data();
        QVERIFY(QJsonDocument::fromJson(preview).object().contains(QStringLiteral("identityMap")));

        QTest::mouseClick(button("sendButton"), Qt::LeftButton);
        QVERIFY(m_panel->isBusy());
        QVERIFY(!button("sendButton")->isEnabled()); // no second send while one is in flight
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 15000);
        QVERIFY(button("sendButton")->isEnabled());

        QVERIFY2(label("statusLabel")->text().contains(QStringLiteral("200")),
            qPrintable(label("statusLabel")->text()));
        QCOMPARE(colourOf(label("statusLabel")), ui::TestSendPanel::outcomeColour(OutcomeClass::Succeeded));
        QVERIFY(colourOf(label("statusLabel")).green() > colourOf(label("statusLabel")).red());
        QVERIFY(label("timeLabel")->text().contains(QStringLiteral("ms")));
        // Sizes take the plural form of the language (English here): never "byte(s)".
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9,]+ bytes?$"))
                     .match(label("sizeLabel")->text())
                     .hasMatch(),
            qPrintable(label("sizeLabel")->text()));
        QCOMPARE(label("retryLabel")->text(), QStringLiteral("no"));

        // What Qualtrics got is the payload the preview showed, and its requestId is the one shown.
        QCOMPARE(m_receiver.requestCount(), 1);
        const FakeQualtrics::Request &received = m_receiver.requests().constFirst();
        QVERIFY(received.authorized);
        QCOMPARE(received.json, QJsonDocument::fromJson(preview).object());
        QVERIFY(!received.requestId.isEmpty());
        QCOMPARE(label("requestIdLabel")->text(), received.requestId);
        QVERIFY(
            child<QPlainTextEdit>("responseHeaders")->toPlainText().contains(QStringLiteral("Content-Type")));
        QVERIFY(child<ui::JsonView>("responseBody")->text().contains(received.requestId));

        // The request as sent, auth redacted.
        const QString request = child<QPlainTextEdit>("requestView")->toPlainText();
        QVERIFY2(request.contains(QStringLiteral("Authorization: Basic ***")), qPrintable(request));
        QVERIFY(!request.contains(kToken));
        QVERIFY(!request.contains(
            QString::fromLatin1((kUsername + QLatin1Char(':') + kToken).toUtf8().toBase64())));

        // In the history, marked as a test, under the Idempotency-Key that was sent.
        const auto activations = history();
        QVERIFY2(activations.ok(), qPrintable(activations.error().message));
        QCOMPARE(activations->size(), 1);
        QVERIFY(activations->at(0).isTest);
        QCOMPARE(toString(activations->at(0).status), QStringLiteral("succeeded"));
        QCOMPARE(received.header("Idempotency-Key"), activations->at(0).id.toUtf8());
        QVERIFY(label("resultMessage")->text().contains(activations->at(0).id));
    }

    // In the room a default window gives the panel (1100 × 720, less the destination list, menus and tabs),
    // the request line and every header sent are in sight without scrolling, and so is the whole response
    // body, in every language. The request used to get three lines under the response's mostly empty headers
    // box.
    void theWholeExchangeIsInSightInADefaultWindow_data() { test::addShippedLanguages(); }

    void theWholeExchangeIsInSightInADefaultWindow()
    {
        QFETCH(QString, language);
        const ui::Translators translators(language);
        QVERIFY(translators.hasOurs());
        m_panel = std::make_unique<ui::TestSendPanel>(m_ctx); // built in the language
        m_panel->setDestination(m_destination);
        m_panel->resize(840, 600);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QTest::mouseClick(button("generateSampleButton"), Qt::LeftButton);
        QTest::mouseClick(button("sendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 15000);
        QVERIFY2(label("statusLabel")->text().contains(QStringLiteral("200")),
            qPrintable(label("statusLabel")->text()));

        const auto linesInSight = [](const QPlainTextEdit *view) {
            return view->viewport()->height() / QFontMetrics(view->font()).lineSpacing();
        };
        auto *request = child<QPlainTextEdit>("requestView");
        const QStringList requestLines = request->toPlainText().split(QLatin1Char('\n'));
        const qsizetype headLines = requestLines.indexOf(QString()); // up to the blank line before the body
        QVERIFY(headLines >= 5); // POST, Authorization, Content-Type, Idempotency-Key, User-Agent
        QVERIFY2(request->verticalScrollBar()->value() == 0 && linesInSight(request) >= headLines,
            qPrintable(QStringLiteral("%1 lines in sight for %2").arg(linesInSight(request)).arg(headLines)));

        auto *body = child<ui::JsonView>("responseBody")->findChild<QPlainTextEdit *>();
        QVERIFY(body);
        const qsizetype bodyLines = child<ui::JsonView>("responseBody")->text().count(QLatin1Char('\n')) + 1;
        QVERIFY2(body->isVisible() && linesInSight(body) >= bodyLines,
            qPrintable(QStringLiteral("%1 lines in sight for %2").arg(linesInSight(body)).arg(bodyLines)));
        m_panel.reset(); // while the translators are still installed
    }

    void invalidJsonIsExplainedAndSendDisabled()
    {
        QTest::mouseClick(button("generateSampleButton"), Qt::LeftButton);
        QVERIFY(button("sendButton")->isEnabled());
        editor()->clear();
        editor()->setFocus();
        QTest::keyClicks(editor(), QStringLiteral("{\"identityMap\": {\"Email\": ["));
        QVERIFY(!label("profileError")->text().isEmpty());
        QVERIFY(label("profileError")->isVisible());
        QVERIFY(!button("sendButton")->isEnabled());
        QVERIFY(child<ui::JsonView>("payloadView")->data().isEmpty());

        QTest::keyClicks(editor(), QStringLiteral("{\"id\": \"jane@doe.com\"}]}}"));
        QVERIFY2(label("profileError")->text().isEmpty(), qPrintable(label("profileError")->text()));
        QVERIFY(button("sendButton")->isEnabled());
        // Tab leaves the editor, as in any form, and types no tab into the JSON.
        const QString typed = editor()->toPlainText();
        QTest::keyClick(editor(), Qt::Key_Tab);
        QCOMPARE(editor()->toPlainText(), typed);
        QVERIFY(!editor()->hasFocus());

        editor()->setPlainText(QStringLiteral("[1, 2]"));
        QVERIFY(!label("profileError")->text().isEmpty());
        QVERIFY(!button("sendButton")->isEnabled());
        QCOMPARE(m_receiver.requestCount(), 0);
    }

    // A profile typed or pasted is work: Generate sample replaces it as one edit, which Ctrl+Z undoes.
    void generatingASampleOverAProfileCanBeUndone()
    {
        const QString typed
            = QStringLiteral("{\"identityMap\": {\"Email\": [{\"id\": \"kim@example.com\"}]}}");
        editor()->setFocus();
        QTest::keyClicks(editor(), typed);
        QCOMPARE(editor()->toPlainText(), typed);
        QTest::mouseClick(button("generateSampleButton"), Qt::LeftButton);
        QVERIFY(editor()->toPlainText() != typed);
        QVERIFY(!editor()->toPlainText().isEmpty());

        editor()->setFocus();
        QTest::keySequence(editor(), QKeySequence::Undo);
        QCOMPARE(editor()->toPlainText(), typed);
        QTest::keySequence(editor(), QKeySequence::Redo);
        QVERIFY(editor()->toPlainText().contains(QStringLiteral("identityMap")));
        QVERIFY(editor()->toPlainText() != typed);
    }

    // Every button and label of the panel that answers Alt+letter has a letter of its own in every shipped
    // language, none of them the main window's menus' (which would win, or make both stay silent).
    void mnemonicsAreUniqueInEveryLanguage_data() { test::addShippedLanguages(); }

    void mnemonicsAreUniqueInEveryLanguage()
    {
        QFETCH(QString, language);
        const ui::Translators translators(language);
        ui::TestSendPanel panel(m_ctx);
        panel.setDestination(m_destination);
        QHash<QKeySequence, QString> taken;
        for (const char *menu : { "&Destination", "&Stream", "&View", "&Help" }) {
            const QString title = QCoreApplication::translate("qad::ui::MainWindow", menu);
            taken.insert(QKeySequence::mnemonic(title), title);
        }
        QStringList texts;
        for (const QAbstractButton *b : panel.findChildren<QAbstractButton *>()) {
            texts.append(b->text());
        }
        for (const QLabel *l : panel.findChildren<QLabel *>()) {
            if (l->buddy()) {
                texts.append(l->text());
            }
        }
        int withMnemonic = 0;
        for (const QString &text : std::as_const(texts)) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty()) {
                continue;
            }
            ++withMnemonic;
            QVERIFY2(!taken.contains(key), qPrintable(text + QStringLiteral(" and ") + taken.value(key)));
            taken.insert(key, text);
        }
        for (const char *name : { "generateSampleButton", "sendButton", "copyCurlButton" }) {
            const auto *b = panel.findChild<QPushButton *>(QLatin1String(name));
            QVERIFY2(!QKeySequence::mnemonic(b->text()).isEmpty(), qPrintable(b->text()));
        }
        QVERIFY(withMnemonic >= 4); // the three buttons and the profile's label
        QVERIFY(
            panel.findChild<QPlainTextEdit *>(QStringLiteral("profileEditor"))->accessibleName().size() > 0);
    }

    // A test that finishes after another destination was selected is not shown as that one's answer: it is
    // told outside the panel, naming the destination it went to.
    void anAnswerIsShownOnlyWithItsDestination()
    {
        FakeQualtrics::Reply slow;
        slow.status = 404;
        slow.delayMs = 1000;
        m_receiver.enqueue(slow);
        QSignalSpy told(m_panel.get(), &ui::TestSendPanel::message);
        QTest::mouseClick(button("generateSampleButton"), Qt::LeftButton);
        QTest::mouseClick(button("sendButton"), Qt::LeftButton);
        QVERIFY(m_panel->isBusy());
        Destination other = m_destination;
        other.id = Destination::newId();
        other.name = QStringLiteral("Another survey");
        m_panel->setDestination(other);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 15000);
        QCOMPARE(m_receiver.requestCount(), 1);
        QVERIFY2(!label("statusLabel")->text().contains(QStringLiteral("404")),
            qPrintable(label("statusLabel")->text()));
        QVERIFY2(!label("resultMessage")->text().contains(QStringLiteral("Recorded")),
            qPrintable(label("resultMessage")->text()));
        QCOMPARE(told.size(), 1);
        const QString text = told.at(0).at(0).toString();
        QVERIFY2(text.contains(QStringLiteral("\"%1\" finished: HTTP 404").arg(m_destination.name)),
            qPrintable(text));
    }

    // A size is told in the plural form its number takes, in every language: "1 byte", "2 octets".
    void aSizeTakesThePluralFormOfItsNumber_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("shown");
        QTest::newRow("English, one") << QStringLiteral("en") << QByteArray("1") << QStringLiteral("1 byte");
        QTest::newRow("English, two")
            << QStringLiteral("en") << QByteArray("{}") << QStringLiteral("2 bytes");
        QTest::newRow("French, one") << QStringLiteral("fr") << QByteArray("1") << QStringLiteral("1 octet");
        QTest::newRow("French, two") << QStringLiteral("fr") << QByteArray("{}")
                                     << QStringLiteral("2 octets");
    }

    void aSizeTakesThePluralFormOfItsNumber()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, body);
        QFETCH(QString, shown);
        const ui::Translators translators(language);
        QVERIFY(translators.hasOurs());
        FakeQualtrics::Reply reply;
        reply.body = body;
        m_receiver.enqueue(reply);
        QTest::mouseClick(button("generateSampleButton"), Qt::LeftButton);
        QTest::mouseClick(button("sendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 15000);
        QCOMPARE(label("sizeLabel")->text(), shown);
    }

    // Everything Tab reaches has a name a screen reader can say: the JSON views' text too (it takes their
    // focus), not only the box around it.
    void everythingTabReachesHasAName()
    {
        QTest::mouseClick(button("generateSampleButton"), Qt::LeftButton);
        QTest::mouseClick(button("sendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 15000);
        const QStringList unnamed = test::unnamedTabStops(m_panel.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        auto *payload = child<ui::JsonView>("payloadView");
        QVERIFY(payload->focusProxy()); // a label's buddy, or a click on its title, lands in the text
        QCOMPARE(payload->focusProxy()->accessibleName(), QStringLiteral("Payload"));
        QCOMPARE(child<ui::JsonView>("responseBody")->focusProxy()->accessibleName(),
            QStringLiteral("Response body"));
    }

    // The answer is told in the user's language, the outcome's class included; its code stays as it is
    // logged.
    void theOutcomeIsToldInTheInstalledLanguage()
    {
        const ui::Translators translators(QStringLiteral("fr"));
        QVERIFY(translators.hasOurs());
        FakeQualtrics::Reply reply;
        reply.status = 503;
        m_receiver.enqueue(reply);
        QTest::mouseClick(button("generateSampleButton"), Qt::LeftButton);
        QTest::mouseClick(button("sendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 15000);

        const QString outcome = label("outcomeLabel")->text();
        QVERIFY2(outcome.startsWith(QStringLiteral("à renvoyer (http_503)\n")), qPrintable(outcome));
        QVERIFY2(
            label("retryLabel")->text() == QStringLiteral("oui"), qPrintable(label("retryLabel")->text()));
    }

    void aRetryableAnswerIsAmberAndWouldBeRetried()
    {
        FakeQualtrics::Reply reply;
        reply.status = 503;
        reply.retryAfter = "120";
        m_receiver.enqueue(reply);
        QTest::mouseClick(button("generateSampleButton"), Qt::LeftButton);
        QTest::mouseClick(button("sendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 15000);

        QVERIFY(label("statusLabel")->text().contains(QStringLiteral("503")));
        QVERIFY2(label("retryLabel")->text().startsWith(QStringLiteral("yes")),
            qPrintable(label("retryLabel")->text()));
        QVERIFY(label("retryLabel")->text().contains(QStringLiteral("120")));
        QVERIFY(label("outcomeLabel")->text().contains(QStringLiteral("retry")));
        QCOMPARE(colourOf(label("statusLabel")), ui::TestSendPanel::outcomeColour(OutcomeClass::Retry));
        QVERIFY(colourOf(label("statusLabel")) != ui::TestSendPanel::outcomeColour(OutcomeClass::Succeeded));
        QVERIFY(colourOf(label("statusLabel")) != ui::TestSendPanel::outcomeColour(OutcomeClass::Failed));
        QCOMPARE(m_receiver.requestCount(), 1);

        // A test is sent once: what a stream would retry is final in the history.
        const auto activations = history();
        QVERIFY(activations.ok());
        QVERIFY(activations->at(0).isTest);
        QCOMPARE(toString(activations->at(0).status), QStringLiteral("failed"));
        // And it does not say it will be retried, here or in the history: it will not be.
        for (const QString &said : { label("outcomeLabel")->text(), activations->at(0).lastError }) {
            QVERIFY2(!said.contains(QStringLiteral("will be retried"))
                    && said.contains(QStringLiteral("sent once")),
                qPrintable(said));
        }
    }

    void aRefusedAnswerIsRed()
    {
        FakeQualtrics::Reply reply;
        reply.status = 404;
        m_receiver.enqueue(reply);
        QTest::mouseClick(button("generateSampleButton"), Qt::LeftButton);
        QTest::mouseClick(button("sendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 15000);
        QVERIFY(label("statusLabel")->text().contains(QStringLiteral("404")));
        QCOMPARE(label("retryLabel")->text(), QStringLiteral("no"));
        QCOMPARE(colourOf(label("statusLabel")), ui::TestSendPanel::outcomeColour(OutcomeClass::Failed));
    }

    void anExcludedProfileShowsTheReasonAndSendsNothing()
    {
        editor()->setPlainText(QString::fromUtf8(kNoEmailProfile));
        QVERIFY(label("profileError")->text().isEmpty());
        const QString reason = label("payloadStatus")->text();
        QVERIFY2(reason.contains(QStringLiteral("xcluded")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("Email")), qPrintable(reason));

        // Sending records the exclusion as a test and sends nothing.
        QTest::mouseClick(button("sendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 15000);
        QVERIFY2(label("resultMessage")->text().contains(QStringLiteral("nothing was sent")),
            qPrintable(label("resultMessage")->text()));
        QCOMPARE(m_receiver.requestCount(), 0);
        QVERIFY(!button("copyCurlButton")->isEnabled());

        SqliteStorage storage(m_ctx.dataDir);
        QVERIFY(storage.open().ok());
        const auto exclusions = storage.exclusions(m_destination.id, 10);
        QVERIFY(exclusions.ok());
        QCOMPARE(exclusions->size(), 1);
        QCOMPARE(exclusions->at(0).code, QStringLiteral("no_mapped_identity"));
        QVERIFY(exclusions->at(0).isTest);
    }

    // Copy as curl puts the request on the clipboard, says so, and leaves the token out.
    void copyAsCurlLeavesTheTokenOut()
    {
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(button("generateSampleButton"), Qt::LeftButton);
        QTest::mouseClick(button("sendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 15000);
        QVERIFY(button("copyCurlButton")->isEnabled());
        const QString result = label("resultMessage")->text();
        QSignalSpy told(m_panel.get(), &ui::TestSendPanel::message);
        QTest::mouseClick(button("copyCurlButton"), Qt::LeftButton);

        // Confirmed as the run history confirms it, in the status bar: the send's result stays in sight.
        QCOMPARE(told.count(), 1);
        QCOMPARE(told.at(0).at(0).toString(),
            QStringLiteral("Copied as curl. Set QAD_API_TOKEN before running it."));
        QCOMPARE(label("resultMessage")->text(), result);
        const QString command = QGuiApplication::clipboard()->text();
        QVERIFY2(command.startsWith(QStringLiteral("curl ")), qPrintable(command));
        QVERIFY(command.contains(m_receiver.url()));
        QVERIFY(command.contains(QStringLiteral("$QAD_API_TOKEN")));
        QVERIFY(command.contains(QStringLiteral("Idempotency-Key")));
        QVERIFY(!command.contains(kToken));
        QVERIFY(!command.contains(
            QString::fromLatin1((kUsername + QLatin1Char(':') + kToken).toUtf8().toBase64())));
    }

    void theBodyShowsPrettyOrRaw()
    {
        QTest::mouseClick(button("generateSampleButton"), Qt::LeftButton);
        QTest::mouseClick(button("sendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 15000);
        auto *body = child<ui::JsonView>("responseBody");
        const QByteArray raw = body->data();
        QVERIFY(!raw.isEmpty());
        QVERIFY(body->text().contains(QLatin1Char('\n'))); // pretty: indented over several lines
        QTest::mouseClick(body->findChild<QCheckBox *>(QStringLiteral("prettyToggle")), Qt::LeftButton);
        QVERIFY(!body->isPretty());
        QCOMPARE(body->text(), QString::fromUtf8(raw)); // raw: exactly the bytes received
    }

    void withoutATokenNothingIsSentAndTheFixIsNamed()
    {
        MemorySecretStore empty;
        ui::AppContext ctx = m_ctx;
        ctx.secrets = &empty;
        m_panel = std::make_unique<ui::TestSendPanel>(ctx);
        m_panel->setDestination(m_destination);
        QTest::mouseClick(button("generateSampleButton"), Qt::LeftButton);
        QTest::mouseClick(button("sendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 15000);
        QVERIFY2(label("resultMessage")->text().contains(QStringLiteral("token set")),
            qPrintable(label("resultMessage")->text()));
        QCOMPARE(m_receiver.requestCount(), 0);
        m_panel.reset(); // before `empty` and `ctx` go
    }
};

QTEST_MAIN(TestSendPanelTest)
#include "tst_testsendpanel.moc"
