#include "config/configstore.h"
#include "fakequaltrics.h"
#include "language.h"
#include "messageboxes.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "wizard/destinationwizard.h"
#include "wizard/fieldmessage.h"
#include "wizarddriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

// Drives the destination wizard like a person: typing into fields found by objectName, clicking Next and
// Save, offscreen. Runs against a REAL gnome-keyring in a private D-Bus session (ctest starts it through
// tests/with-keyring.sh). Tokens are compared with QVERIFY(a == b): a failing QCOMPARE would print them.

using namespace qad;
using namespace qad::ui;
using namespace qad::test;

namespace {

const QString kQualtricsUrl = QStringLiteral("https://sjc1.qualtrics.com/inbound-event/v1/events/json/"
                                             "triggers?urlTokenId=7d0c1f52-2b7e-4a43-9d55-1f0a2c3b4d5e");
const QString kAudienceA = QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283");
const QString kAudienceB = QStringLiteral("9b1f0c2e-5c0b-4d1e-8f3a-2b7d6c4e1a90");

QString severity(const QWidget *message)
{
    return message->property("severity").toString();
}

Destination existingDestination()
{
    Destination d;
    d.name = QStringLiteral("Existing");
    d.description = QStringLiteral("Saved before the test");
    d.url = kQualtricsUrl;
    d.username = QStringLiteral("erin@example.com");
    d.identities = { { QStringLiteral("Email"), IdentityTarget::Email } };
    d.attributes = { { QStringLiteral("person.name.firstName"), QStringLiteral("firstName") } };
    d.audiences = { { kAudienceA, QStringLiteral("Buyers"), std::nullopt, std::nullopt } };
    return d;
}

// A keychain that takes writes but gives no token back, as one the user stopped waiting for while it asked
// for its password: the seam the real keychain offers no way to reach without a person at it.
class UnreadableSecretStore final : public SecretStore
{
public:
    int writes = 0;
    int removes = 0;

    ReadResult read(const QString &) override
    {
        ReadResult result;
        result.error = Error { QStringLiteral("The keychain gave no answer to this read.") };
        return result;
    }
    Status write(const QString &, const QString &) override
    {
        ++writes;
        return Status::success();
    }
    Status remove(const QString &) override
    {
        ++removes;
        return Status::success();
    }
    QString backendName() const override { return QStringLiteral("unreadable"); }
};

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConfigStore> m_config;
    KeychainSecretStore m_keychain { QStringLiteral("qad"), 10000 };
    AppContext m_context;

    // Authenticated, then on the Destination details page with a name and a valid URL typed.
    void fillToDetails(DestinationWizard &wizard)
    {
        FIND(QLineEdit, username, wizard, "usernameEdit");
        FIND(QLineEdit, tokenEdit, wizard, "tokenEdit");
        QTest::keyClicks(username, QStringLiteral("dave"));
        QTest::keyClicks(tokenEdit, newToken());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageDetails));
        FIND(QLineEdit, name, wizard, "nameEdit");
        FIND(QLineEdit, url, wizard, "urlEdit");
        typeInto(name, QStringLiteral("Paced"));
        typeInto(url, kQualtricsUrl);
    }

    // From the Authenticate page to the Review page with the least a new destination needs.
    void fillToReview(DestinationWizard &wizard, const QString &url, const QString &token)
    {
        FIND(QLineEdit, username, wizard, "usernameEdit");
        FIND(QLineEdit, tokenEdit, wizard, "tokenEdit");
        QTest::keyClicks(username, QStringLiteral("dave"));
        QTest::keyClicks(tokenEdit, token);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageDetails));
        FIND(QLineEdit, name, wizard, "nameEdit");
        FIND(QLineEdit, urlEdit, wizard, "urlEdit");
        QTest::keyClicks(name, QStringLiteral("Verify me"));
        QTest::keyClicks(urlEdit, url);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageAlerts));
        clickNext(wizard);
        clickNext(wizard); // no audience: allowed, with a hint
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageMapping));
        clickNext(wizard); // the Email -> email row a new destination starts with
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageReview));
    }

    // Shows the wizard editing a destination and goes on to the Audiences page; false when it does not get
    // there.
    static bool openAtAudiences(DestinationWizard &wizard)
    {
        if (!showActive(wizard)) {
            return false;
        }
        for (int page = 0; page < 3; ++page) {
            clickNext(wizard);
        }
        return wizard.currentId() == DestinationWizard::PageAudiences;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("QAD_TEST_PRIVATE_KEYRING"),
            "Run this test through tests/with-keyring.sh (ctest does): it writes to the keychain and must "
            "never reach your own.");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_config = std::make_unique<ConfigStore>(m_dir->filePath(QStringLiteral("config")));
        QVERIFY(m_config->load().ok());
        m_context = AppContext { m_config->directory(), m_dir->filePath(QStringLiteral("data")),
            m_config.get(), &m_keychain };
    }

    void createFromEmptyToSaved()
    {
        const QString token = newToken();
        DestinationWizard wizard(m_context);
        QVERIFY(showActive(wizard));
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageAuthenticate));

        // 1. Authenticate: Next is refused, saying what is missing.
        FIND(QLineEdit, username, wizard, "usernameEdit");
        FIND(QLineEdit, tokenEdit, wizard, "tokenEdit");
        FIND(QCheckBox, showToken, wizard, "showTokenCheck");
        FIND(QComboBox, authMode, wizard, "authModeCombo");
        FIND(FieldMessage, authMessage, wizard, "authMessage");
        QCOMPARE(authMode->currentData().toInt(), int(AuthMode::Basic));
        QVERIFY(!authMessage->isVisible());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageAuthenticate));
        QVERIFY(authMessage->isVisible());
        QCOMPARE(severity(authMessage), QStringLiteral("error"));
        QVERIFY2(authMessage->text().contains(QStringLiteral("user name")), qPrintable(authMessage->text()));
        QVERIFY2(authMessage->text().contains(QStringLiteral("API token is required")),
            qPrintable(authMessage->text()));

        QTest::keyClicks(username, QStringLiteral("dave@example.com"));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageAuthenticate));
        QVERIFY(!authMessage->text().contains(QStringLiteral("user name")));
        QVERIFY(authMessage->text().contains(QStringLiteral("API token is required")));

        // The token is hidden; the toggle shows and hides it from the keyboard.
        QTest::keyClicks(tokenEdit, token);
        QVERIFY(!authMessage->isVisible());
        QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
        QVERIFY(showToken->focusPolicy() & Qt::TabFocus);
        QTest::keyClick(showToken, Qt::Key_Space);
        QCOMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
        QTest::keyClick(showToken, Qt::Key_Space);
        QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
        // Enter goes to the default button: Next.
        QTest::keyClick(tokenEdit, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageDetails));

        // 2. Details: the URL is checked as it is typed.
        FIND(QLineEdit, name, wizard, "nameEdit");
        FIND(QLineEdit, description, wizard, "descriptionEdit");
        FIND(QLineEdit, url, wizard, "urlEdit");
        FIND(FieldMessage, nameMessage, wizard, "nameMessage");
        FIND(FieldMessage, urlMessage, wizard, "urlMessage");
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QTest::keyClicks(name, QStringLiteral("Onboarding survey"));
        QVERIFY(!nameMessage->isVisible());
        QTest::keyClicks(description, QStringLiteral("Welcome survey for new customers"));

        QTest::keyClicks(url, QStringLiteral("http://example.com"));
        QVERIFY(urlMessage->isVisible());
        QCOMPARE(severity(urlMessage), QStringLiteral("error"));
        QVERIFY2(urlMessage->text().contains(QStringLiteral("https://")), qPrintable(urlMessage->text()));
        QVERIFY(!next->isEnabled());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageDetails));

        retype(url,
            QStringLiteral("https://hooks.example.com/inbound-event/v1/events/json/triggers?urlTokenId=1"));
        QVERIFY(urlMessage->isVisible());
        QCOMPARE(severity(urlMessage), QStringLiteral("warning"));
        QVERIFY2(urlMessage->text().contains(QStringLiteral("not a Qualtrics host")),
            qPrintable(urlMessage->text()));
        QVERIFY(next->isEnabled());

        retype(url, kQualtricsUrl);
        QVERIFY(!urlMessage->isVisible());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageAlerts));

        // 3. Alerts: the §8 defaults, changed from the keyboard.
        FIND(QCheckBox, flowRunStart, wizard, "flowRunStartCheck");
        FIND(QCheckBox, flowRunFailure, wizard, "flowRunFailureCheck");
        FIND(QSpinBox, delayMinutes, wizard, "flowRunDelaySpin");
        FIND(QDoubleSpinBox, skippedPercent, wizard, "skippedRateSpin");
        QVERIFY(!flowRunStart->isChecked());
        QVERIFY(flowRunFailure->isChecked());
        QCOMPARE(delayMinutes->value(), 150);
        QCOMPARE(skippedPercent->value(), 1.0);
        QTest::keyClick(flowRunStart, Qt::Key_Space);
        QVERIFY(flowRunStart->isChecked());
        retype(delayMinutes, QStringLiteral("60"));
        QCOMPARE(delayMinutes->value(), 60);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageAudiences));

        // 4. Audiences: ids from a loaded profile, typed ids, dates, removal.
        FIND(QComboBox, audienceId, wizard, "audienceIdCombo");
        FIND(QLineEdit, audienceName, wizard, "audienceNameEdit");
        FIND(QCheckBox, startCheck, wizard, "startDateCheck");
        FIND(QDateEdit, startDate, wizard, "startDateEdit");
        FIND(QPushButton, addAudience, wizard, "addAudienceButton");
        FIND(QPushButton, removeAudience, wizard, "removeAudienceButton");
        FIND(QTreeWidget, audienceList, wizard, "audienceList");
        FIND(FieldMessage, audienceMessage, wizard, "audienceMessage");
        FIND(FieldMessage, profileStatus, wizard, "audienceProfileStatus");
        QVERIFY(wizard.loadProfileFile(QStringLiteral(QAD_TEST_DATA_DIR "/golden/spec6-input.json")).ok());
        QCOMPARE(audienceId->count(), 2); // the `ups` ids only, not the AAM one
        QVERIFY(profileStatus->isVisible());
        QVERIFY(profileStatus->text().contains(QStringLiteral("spec6-input.json")));
        QVERIFY(!wizard.loadProfileFile(m_dir->filePath(QStringLiteral("missing.json"))).ok());

        typeInto(audienceId->lineEdit(), QStringLiteral("bad id"));
        QTest::mouseClick(addAudience, Qt::LeftButton);
        QCOMPARE(audienceList->topLevelItemCount(), 0);
        QCOMPARE(severity(audienceMessage), QStringLiteral("error"));
        clickNext(wizard); // typed but not added: refused, saying so
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageAudiences));
        QVERIFY(audienceMessage->text().contains(QStringLiteral("not added")));

        retype(audienceId->lineEdit(), QStringLiteral("0464")); // completes from the profile's ids
        QCOMPARE(audienceId->currentText(), kAudienceA);
        QTest::keyClicks(audienceName, QStringLiteral("Onboarding survey after a purchase"));
        QTest::keyClick(startCheck, Qt::Key_Space);
        QVERIFY(startDate->isEnabled());
        startDate->setDate(QDate(2024, 1, 1));
        QTest::mouseClick(addAudience, Qt::LeftButton);
        QCOMPARE(audienceList->topLevelItemCount(), 1);
        QCOMPARE(audienceList->topLevelItem(0)->text(0), kAudienceA);
        QCOMPARE(audienceList->topLevelItem(0)->text(2), QStringLiteral("2024-01-01"));
        // The name is shown whole: its column takes the room the id and the dates do not need.
        QCOMPARE(
            audienceList->topLevelItem(0)->text(1), QStringLiteral("Onboarding survey after a purchase"));
        QTRY_VERIFY(audienceList->columnWidth(1)
            >= audienceList->fontMetrics().horizontalAdvance(audienceList->topLevelItem(0)->text(1)) + 8);

        // Typed where a person types: focus sits on the editable combo box, not its line edit.
        QTest::mouseClick(audienceId->lineEdit(), Qt::LeftButton);
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        QTest::keyClicks(focused, kAudienceB);
        closePopup();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // adds; does not leave the page
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageAudiences));
        QCOMPARE(audienceList->topLevelItemCount(), 2);
        audienceList->setFocus();
        QTest::keyClick(audienceList, Qt::Key_End);
        QVERIFY(removeAudience->isEnabled());
        QTest::mouseClick(removeAudience, Qt::LeftButton);
        QCOMPARE(audienceList->topLevelItemCount(), 1);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageMapping));

        // 5. Mapping: rows, camelCase Fix, the live preview.
        FIND(QComboBox, identity0, wizard, "identitySource_0");
        FIND(QComboBox, target0, wizard, "identityTarget_0");
        FIND(QPushButton, addIdentity, wizard, "addIdentityButton");
        FIND(QPushButton, addAttribute, wizard, "addAttributeButton");
        FIND(QPlainTextEdit, preview, wizard, "payloadPreview");
        QCOMPARE(identity0->currentText(), QStringLiteral("Email"));
        QCOMPARE(target0->currentData().toInt(), int(IdentityTarget::Email));
        QVERIFY(preview->isReadOnly());
        // Monospaced as the user sees it: a narrow and a wide letter take the same room. (What fonts report
        // of themselves varies: Noto Sans Mono, say, is not "fixed pitch" to QFontInfo.)
        const QFontMetrics previewMetrics(preview->font());
        QCOMPARE(previewMetrics.horizontalAdvance(QLatin1Char('i')),
            previewMetrics.horizontalAdvance(QLatin1Char('W')));

        QTest::mouseClick(addIdentity, Qt::LeftButton);
        FIND(QComboBox, identity1, wizard, "identitySource_1");
        FIND(QComboBox, target1, wizard, "identityTarget_1");
        QVERIFY(identity1->hasFocus());
        QTest::keyClicks(identity1->lineEdit(), QStringLiteral("ECID"));
        closePopup();
        QCOMPARE(identity1->currentText(), QStringLiteral("ECID"));
        QCOMPARE(target1->currentData().toInt(), int(IdentityTarget::ExternalId));

        QTest::mouseClick(addAttribute, Qt::LeftButton);
        FIND(QLineEdit, source0, wizard, "attributeSource_0");
        FIND(QLineEdit, attrTarget0, wizard, "attributeTarget_0");
        FIND(QPushButton, fix0, wizard, "fixTarget_0");
        FIND(FieldMessage, hint0, wizard, "attributeHint_0");
        QVERIFY(source0->hasFocus()); // Add attribute puts the cursor in the new row
        QTest::keyClicks(source0, QStringLiteral("person.name.firstName"));
        closePopup();
        typeInto(attrTarget0, QStringLiteral("First Name"));
        QVERIFY(hint0->isVisible());
        QCOMPARE(severity(hint0), QStringLiteral("warning"));
        QVERIFY2(hint0->text().contains(QStringLiteral("firstName")), qPrintable(hint0->text()));
        QVERIFY(fix0->isVisible());
        QVERIFY(preview->toPlainText().contains(QStringLiteral("\"First Name\"")));
        QTest::mouseClick(fix0, Qt::LeftButton);
        QCOMPARE(attrTarget0->text(), QStringLiteral("firstName"));
        QVERIFY(!fix0->isVisible());
        QVERIFY(!hint0->isVisible());

        QTest::mouseClick(addAttribute, Qt::LeftButton);
        FIND(QLineEdit, source1, wizard, "attributeSource_1");
        FIND(QLineEdit, attrTarget1, wizard, "attributeTarget_1");
        FIND(FieldMessage, hint1, wizard, "attributeHint_1");
        QTest::keyClicks(source1, QStringLiteral("mobilePhone.number"));
        closePopup();
        typeInto(attrTarget1, QStringLiteral("segmentMembership"));
        QCOMPARE(severity(hint1), QStringLiteral("error")); // reserved: blocks Next
        QVERIFY(!next->isEnabled());
        retype(attrTarget1, QStringLiteral("contact.mobileNumber"));
        QVERIFY(!hint1->isVisible());
        QVERIFY(next->isEnabled());

        // The preview is the §6 payload of the loaded profile: mapped targets, identityMap, selected
        // audiences.
        const QJsonObject payload = QJsonDocument::fromJson(preview->toPlainText().toUtf8()).object();
        QVERIFY2(!payload.isEmpty(), qPrintable(preview->toPlainText()));
        QCOMPARE(payload.value(u"firstName").toString(), QStringLiteral("Dave"));
        QCOMPARE(payload.value(u"contact").toObject().value(u"mobileNumber").toString(),
            QStringLiteral("0123456789"));
        const QJsonArray emails = payload.value(u"identityMap").toObject().value(u"Email").toArray();
        QCOMPARE(emails.size(), 1);
        QCOMPARE(emails.at(0).toObject().value(u"id").toString(), QStringLiteral("dave@example.com"));
        const QJsonObject ups = payload.value(u"segmentMembership").toObject().value(u"ups").toObject();
        QCOMPARE(ups.keys(), QStringList { kAudienceA });
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageReview));

        // 6. Review and Save.
        FIND(QPlainTextEdit, summary, wizard, "reviewSummary");
        QVERIFY(summary->toPlainText().contains(QStringLiteral("Onboarding survey")));
        QVERIFY(summary->toPlainText().contains(QStringLiteral("ECID → external_id")));
        QVERIFY(summary->toPlainText().contains(QStringLiteral("person.name.firstName → firstName")));
        QVERIFY(!summary->toPlainText().contains(token));
        QCOMPARE(wizard.button(QWizard::FinishButton)->text(), QStringLiteral("&Save"));
        clickSave(wizard);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(!wizard.isVisible());

        const Destination saved = wizard.savedDestination();
        QVERIFY(!saved.id.isEmpty());
        ConfigStore reloaded(m_config->directory());
        QVERIFY(reloaded.load().ok());
        QCOMPARE(reloaded.destinations().size(), 1);
        const Destination &d = reloaded.destinations().constFirst();
        QCOMPARE(d.id, saved.id);
        QCOMPARE(d.name, QStringLiteral("Onboarding survey"));
        QCOMPARE(d.description, QStringLiteral("Welcome survey for new customers"));
        QCOMPARE(d.url, kQualtricsUrl);
        QCOMPARE(d.username, QStringLiteral("dave@example.com"));
        QCOMPARE(toString(d.authMode), toString(AuthMode::Basic));
        AlertSettings alerts;
        alerts.flowRunStart = true;
        alerts.flowRunDelayMinutes = 60;
        QVERIFY(d.alerts == alerts);
        QCOMPARE(d.audiences.size(), 1);
        QCOMPARE(d.audiences.at(0).id, kAudienceA);
        QCOMPARE(d.audiences.at(0).name, QStringLiteral("Onboarding survey after a purchase"));
        QCOMPARE(d.audiences.at(0).startDate, std::optional<QDate>(QDate(2024, 1, 1)));
        QVERIFY(!d.audiences.at(0).endDate);
        const QList<IdentityMapping> identities { { QStringLiteral("Email"), IdentityTarget::Email },
            { QStringLiteral("ECID"), IdentityTarget::ExternalId } };
        QVERIFY(d.identities == identities);
        const QList<AttributeMapping> attributes { { QStringLiteral("person.name.firstName"),
                                                       QStringLiteral("firstName") },
            { QStringLiteral("mobilePhone.number"), QStringLiteral("contact.mobileNumber") } };
        QVERIFY(d.attributes == attributes);
        QCOMPARE(toString(d.exportOn), toString(ExportOn::MembershipOrAttributes));
        QVERIFY(d.delivery == DeliverySettings());
        QCOMPARE(toString(d.state), toString(DestinationState::Enabled));
        QVERIFY(d == saved);

        const SecretStore::ReadResult stored = m_keychain.read(saved.id);
        QVERIFY2(stored.status == SecretStore::ReadStatus::Found, qPrintable(stored.error.message));
        QVERIFY(stored.secret == token);
        QFile file(reloaded.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token.toUtf8()));
        QVERIFY(tokenEditIsCleared(wizard));
    }

    // Saving an edit writes the whole destination: a change made meanwhile by qadctl (or another qad) would
    // be undone without a word. Asked first, Cancel the default; Save Anyway writes what the window shows.
    void savingAnEditAsksWhenTheDestinationChangedElsewhere()
    {
        const Expected<Destination> existing = m_config->add(existingDestination());
        QVERIFY(existing.ok());
        QVERIFY(m_keychain.write(existing->id, newToken()).ok());
        DestinationWizard wizard(m_context, &existing.value());
        QVERIFY(showActive(wizard));
        clickNext(wizard);
        FIND(QLineEdit, name, wizard, "nameEdit");
        retype(name, QStringLiteral("Renamed in the wizard"));

        ConfigStore qadctl(m_config->directory()); // `qadctl destination edit ID --rate-limit 100`, meanwhile
        QVERIFY(qadctl.load().ok());
        Destination elsewhere = *qadctl.find(existing->id);
        elsewhere.delivery.rateLimitPerMinute = 100;
        QVERIFY(qadctl.update(elsewhere).ok());

        auto seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(seen, [](QMessageBox *box) { test::pressKey(box, Qt::Key_Escape); });
        clickSave(wizard);
        QVERIFY(seen->shown);
        QVERIFY2(
            seen->text.contains(QStringLiteral("was changed outside this window")), qPrintable(seen->text));
        QVERIFY(seen->cancelIsDefault && seen->cancelIsEscape);
        QVERIFY(wizard.isVisible()); // still editing
        QVERIFY(qadctl.load().ok());
        QCOMPARE(qadctl.find(existing->id)->delivery.rateLimitPerMinute, 100); // nothing written
        QCOMPARE(qadctl.find(existing->id)->name, existing->name);

        seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(seen,
            [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton); });
        clickSave(wizard);
        QVERIFY(seen->shown);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(qadctl.load().ok());
        QCOMPARE(qadctl.find(existing->id)->name, QStringLiteral("Renamed in the wizard"));
    }

    void editingKeepsTokenWhenLeftEmpty()
    {
        const QString token = newToken();
        const Expected<Destination> existing = m_config->add(existingDestination());
        QVERIFY(existing.ok());
        QVERIFY(m_keychain.write(existing->id, token).ok());

        DestinationWizard wizard(m_context, &existing.value());
        QVERIFY(showActive(wizard));
        FIND(QLineEdit, tokenEdit, wizard, "tokenEdit");
        FIND(QLineEdit, username, wizard, "usernameEdit");
        QVERIFY(tokenEdit->text().isEmpty());
        QCOMPARE(
            tokenEdit->placeholderText(), QStringLiteral("Stored in the keychain — leave empty to keep it"));
        QCOMPARE(username->text(), existing->username);
        clickNext(wizard); // an empty token is fine when editing
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageDetails));
        FIND(QLineEdit, name, wizard, "nameEdit");
        FIND(FieldMessage, nameMessage, wizard, "nameMessage");
        FIND(QLineEdit, description, wizard, "descriptionEdit");
        QCOMPARE(name->text(), existing->name);
        QVERIFY(!nameMessage->isVisible()); // its own name is not a duplicate
        retype(description, QStringLiteral("Changed in the wizard"));
        // Editing offers Save on every page.
        QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
        clickSave(wizard);

        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        ConfigStore reloaded(m_config->directory());
        QVERIFY(reloaded.load().ok());
        QCOMPARE(reloaded.destinations().size(), 1);
        Destination expected = existing.value();
        expected.description = QStringLiteral("Changed in the wizard");
        QVERIFY(reloaded.destinations().constFirst() == expected);
        const SecretStore::ReadResult stored = m_keychain.read(existing->id);
        QVERIFY2(stored.status == SecretStore::ReadStatus::Found, qPrintable(stored.error.message));
        QVERIFY(stored.secret == token);
    }

    // A sample file with entries that could not be read says, in one sentence of the language, how many
    // profiles it gave and how many entries it skipped: the translator words the whole, not two glued halves.
    void aSampleFileTellsWhatItSkippedInOneSentence_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("skipped");
        QTest::newRow("English") << QStringLiteral(
            "en") << QStringLiteral("2 profiles read from sample.ndjson (1 entry skipped; the first: ")
                                 << QString();
        QTest::newRow("French") << QStringLiteral("fr")
                                << QStringLiteral("2 profils lus depuis sample.ndjson (")
                                << QStringLiteral("1 entrée ignorée ; la première : ");
    }

    void aSampleFileTellsWhatItSkippedInOneSentence()
    {
        QFETCH(QString, language);
        QFETCH(QString, start);
        QFETCH(QString, skipped);
        const ui::Translators translators(language);
        QVERIFY(translators.hasOurs());
        const QString file = m_dir->filePath(QStringLiteral("sample.ndjson"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"person\":{\"name\":{\"firstName\":\"Ann\"}}}\n{not json\n"
                  "{\"person\":{\"name\":{\"firstName\":\"Bo\"}}}\n");
        out.close();
        DestinationWizard wizard(m_context);
        QVERIFY(wizard.loadProfileFile(file).ok());
        const QString summary = wizard.profileFileSummary();
        QVERIFY2(summary.startsWith(start), qPrintable(summary));
        QVERIFY2(summary.contains(skipped), qPrintable(summary));
        QVERIFY2(summary.endsWith(QLatin1Char(')')), qPrintable(summary));
    }

    // Escape (or Cancel, or closing the window) asks before it throws away what was typed, Keep Editing the
    // default; with nothing changed it closes at once.
    void cancellingAsksBeforeTypedWorkIsLost()
    {
        const Expected<Destination> existing = m_config->add(existingDestination());
        QVERIFY(existing.ok());
        {
            DestinationWizard untouched(m_context, &existing.value());
            QVERIFY(showActive(untouched));
            QTest::keyClick(&untouched, Qt::Key_Escape);
            QCOMPARE(untouched.result(), int(QDialog::Rejected));
            QVERIFY(!untouched.isVisible());
        }

        DestinationWizard wizard(m_context, &existing.value());
        QVERIFY(showActive(wizard));
        clickNext(wizard);
        FIND(QLineEdit, description, wizard, "descriptionEdit");
        retype(description, QStringLiteral("Half typed"));
        auto seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(seen, [](QMessageBox *box) { test::pressKey(box, Qt::Key_Escape); });
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(seen->shown);
        QVERIFY2(seen->text.contains(QStringLiteral("Nothing was saved yet")), qPrintable(seen->text));
        QVERIFY(wizard.isVisible()); // kept editing
        QCOMPARE(description->text(), QStringLiteral("Half typed"));

        seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(seen, [](QMessageBox *box) {
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
                    QTest::mouseClick(button, Qt::LeftButton);
                }
            }
        });
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(seen->shown);
        QVERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        ConfigStore reloaded(m_config->directory());
        QVERIFY(reloaded.load().ok());
        QVERIFY(reloaded.destinations().constFirst() == existing.value()); // nothing saved
    }

    // An audience id or name typed on the Audiences page but not added is work too: Escape and Cancel ask
    // before throwing it away, as Next and Save refuse to go on without it. Cleared again, nothing asks.
    void cancellingAsksBeforeAnAudienceTypedButNotAddedIsLost()
    {
        const Expected<Destination> existing = m_config->add(existingDestination());
        QVERIFY(existing.ok());
        DestinationWizard wizard(m_context, &existing.value());
        QVERIFY(openAtAudiences(wizard));
        FIND(QComboBox, audienceId, wizard, "audienceIdCombo");
        FIND(QLineEdit, audienceName, wizard, "audienceNameEdit");

        // The id typed: Escape asks; Keep Editing keeps it.
        typeInto(audienceId->lineEdit(), kAudienceB);
        auto seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(seen, [](QMessageBox *box) { test::pressKey(box, Qt::Key_Escape); });
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(seen->shown);
        QVERIFY2(seen->text.contains(QStringLiteral("Nothing was saved yet")), qPrintable(seen->text));
        QVERIFY(wizard.isVisible());
        QCOMPARE(audienceId->currentText(), kAudienceB);

        // The name alone typed: Cancel asks too.
        retype(audienceId->lineEdit(), QString());
        typeInto(audienceName, QStringLiteral("Churned"));
        seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(seen, [](QMessageBox *box) { test::pressKey(box, Qt::Key_Escape); });
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(seen->shown);
        QVERIFY(wizard.isVisible());
        QCOMPARE(audienceName->text(), QStringLiteral("Churned"));

        // Discard closes it, nothing saved.
        seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(seen, [](QMessageBox *box) {
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
                    QTest::mouseClick(button, Qt::LeftButton);
                }
            }
        });
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(seen->shown);
        QVERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        ConfigStore reloaded(m_config->directory());
        QVERIFY(reloaded.load().ok());
        QVERIFY(reloaded.destinations().constFirst() == existing.value());

        // Both fields cleared (spaces count as nothing): Escape closes at once.
        DestinationWizard cleared(m_context, &existing.value());
        QVERIFY(openAtAudiences(cleared));
        FIND(QComboBox, clearedId, cleared, "audienceIdCombo");
        FIND(QLineEdit, clearedName, cleared, "audienceNameEdit");
        typeInto(clearedId->lineEdit(), kAudienceB);
        retype(clearedId->lineEdit(), QString());
        typeInto(clearedName, QStringLiteral("  "));
        seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(seen, [](QMessageBox *box) { test::pressKey(box, Qt::Key_Escape); });
        QTest::keyClick(&cleared, Qt::Key_Escape);
        seen->stopWaiting = true;
        QVERIFY(!seen->shown);
        QVERIFY(!cleared.isVisible());
        QCOMPARE(cleared.result(), int(QDialog::Rejected));
    }

    void enterInTheAudienceIdFieldAddsTheAudience()
    {
        const Expected<Destination> existing = m_config->add(existingDestination());
        QVERIFY(existing.ok());
        DestinationWizard wizard(m_context, &existing.value());
        QVERIFY(openAtAudiences(wizard));
        FIND(QComboBox, audienceId, wizard, "audienceIdCombo");
        FIND(QTreeWidget, audienceList, wizard, "audienceList");
        QCOMPARE(audienceList->topLevelItemCount(), 1);

        // Clicked into, the way a person reaches the field: keys go to whatever then has the focus.
        QTest::mouseClick(audienceId->lineEdit(), Qt::LeftButton);
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        QTest::keyClicks(focused, kAudienceB);
        closePopup();
        QCOMPARE(audienceId->currentText(), kAudienceB);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageAudiences));
        QCOMPARE(audienceList->topLevelItemCount(), 2);
        QCOMPARE(audienceList->topLevelItem(1)->text(0), kAudienceB);
        QVERIFY(audienceId->currentText().isEmpty());

        // Enter with the field empty still goes on to the next page.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageMapping));
    }

    void editingReplacesToken()
    {
        const QString oldToken = newToken();
        const QString newTokenValue = newToken();
        const Expected<Destination> existing = m_config->add(existingDestination());
        QVERIFY(existing.ok());
        QVERIFY(m_keychain.write(existing->id, oldToken).ok());

        DestinationWizard wizard(m_context, &existing.value());
        QVERIFY(showActive(wizard));
        FIND(QLineEdit, tokenEdit, wizard, "tokenEdit");
        QTest::keyClicks(tokenEdit, newTokenValue);
        clickSave(wizard);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        const SecretStore::ReadResult stored = m_keychain.read(existing->id);
        QVERIFY2(stored.status == SecretStore::ReadStatus::Found, qPrintable(stored.error.message));
        QVERIFY(stored.secret == newTokenValue);
        QVERIFY(wizard.savedDestination() == existing.value());
    }

    void duplicateNameRefused()
    {
        QVERIFY(m_config->add(existingDestination()).ok());
        DestinationWizard wizard(m_context);
        QVERIFY(showActive(wizard));
        FIND(QLineEdit, username, wizard, "usernameEdit");
        FIND(QLineEdit, tokenEdit, wizard, "tokenEdit");
        QTest::keyClicks(username, QStringLiteral("dave"));
        QTest::keyClicks(tokenEdit, newToken());
        clickNext(wizard);
        FIND(QLineEdit, name, wizard, "nameEdit");
        FIND(QLineEdit, url, wizard, "urlEdit");
        FIND(FieldMessage, nameMessage, wizard, "nameMessage");
        QTest::keyClicks(url, kQualtricsUrl);
        QVERIFY(!nameMessage->isVisible() || severity(nameMessage) == QStringLiteral("info"));
        QTest::keyClicks(name, QStringLiteral("existing"));
        QCOMPARE(severity(nameMessage), QStringLiteral("error"));
        QVERIFY2(nameMessage->text().contains(QStringLiteral("Another destination")),
            qPrintable(nameMessage->text()));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageDetails));
    }

    // Save from another page does not drop an audience typed on the Audiences page and not added: the wizard
    // goes back there and says what to do; added, it is saved. A name typed without its id is the same.
    void savingElsewhereKeepsAnAudienceTypedButNotAdded()
    {
        const Expected<Destination> existing = m_config->add(existingDestination());
        QVERIFY(existing.ok());
        DestinationWizard wizard(m_context, &existing.value());
        QVERIFY(openAtAudiences(wizard));
        FIND(QComboBox, audienceId, wizard, "audienceIdCombo");
        FIND(QLineEdit, audienceName, wizard, "audienceNameEdit");
        FIND(QPushButton, addAudience, wizard, "addAudienceButton");
        FIND(FieldMessage, audiencesMessage, wizard, "audienceMessage");
        typeInto(audienceId->lineEdit(), kAudienceB);
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageDetails));

        clickSave(wizard);
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageAudiences));
        QCOMPARE(severity(audiencesMessage), QStringLiteral("error"));
        QVERIFY2(audiencesMessage->text().contains(QStringLiteral("typed but not added")),
            qPrintable(audiencesMessage->text()));
        ConfigStore unchanged(m_config->directory());
        QVERIFY(unchanged.load().ok());
        QVERIFY(unchanged.destinations().constFirst() == existing.value());

        // A name alone, too.
        audienceId->lineEdit()->clear();
        typeInto(audienceName, QStringLiteral("Lapsed buyers"));
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        clickSave(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageAudiences));
        QVERIFY2(audiencesMessage->text().contains(QStringLiteral("without its id")),
            qPrintable(audiencesMessage->text()));

        typeInto(audienceId->lineEdit(), kAudienceB);
        QTest::mouseClick(addAudience, Qt::LeftButton);
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        clickSave(wizard);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        ConfigStore saved(m_config->directory());
        QVERIFY(saved.load().ok());
        const QList<Audience> audiences = saved.destinations().constFirst().audiences;
        QVERIFY(std::any_of(audiences.cbegin(), audiences.cend(), [](const Audience &a) {
            return a.id == kAudienceB && a.name == QStringLiteral("Lapsed buyers");
        }));
    }

    // A field's one-line message sits right under its field, as tall as its text; Verify credentials is as
    // wide as its text, not the page.
    void messagesAndButtonsTakeTheSizeOfTheirText()
    {
        DestinationWizard wizard(m_context);
        QVERIFY(showActive(wizard));
        fillToReview(wizard,
            QStringLiteral("https://example.com/inbound-event/v1/events/json/triggers?urlTokenId=1"),
            newToken());
        if (QTest::currentTestFailed()) {
            return;
        }
        FIND(QPushButton, verify, wizard, "verifyButton");
        QTRY_VERIFY(verify->isVisible());
        QCOMPARE(verify->width(), verify->sizeHint().width());

        while (wizard.currentId() > DestinationWizard::PageDetails) {
            QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        }
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageDetails));
        FIND(QLineEdit, url, wizard, "urlEdit");
        FIND(FieldMessage, urlMessage, wizard, "urlMessage");
        QCOMPARE(severity(urlMessage), QStringLiteral("warning"));
        QTRY_VERIFY(urlMessage->isVisible());
        QCOMPARE(urlMessage->height(), urlMessage->heightForWidth(urlMessage->width()));
        const int gap = urlMessage->mapTo(&wizard, QPoint(0, 0)).y()
            - url->mapTo(&wizard, QPoint(0, url->height())).y();
        QVERIFY2(gap <= 12, qPrintable(QStringLiteral("%1 px between the URL and its message").arg(gap)));
    }

    void keychainUnavailableSavesNothing()
    {
        MemorySecretStore unavailable;
        unavailable.setUnavailable(true);
        const QString keychainMessage
            = unavailable.write(QStringLiteral("probe"), QStringLiteral("x")).error().message;
        QVERIFY(!keychainMessage.isEmpty());
        m_context.secrets = &unavailable;

        DestinationWizard wizard(m_context);
        QVERIFY(showActive(wizard));
        fillToReview(wizard, kQualtricsUrl, newToken());
        if (QTest::currentTestFailed()) {
            return;
        }
        FIND(FieldMessage, saveMessage, wizard, "saveMessage");
        clickSave(wizard);
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageReview));
        QVERIFY(saveMessage->isVisible());
        QCOMPARE(severity(saveMessage), QStringLiteral("error"));
        QVERIFY2(saveMessage->text().contains(keychainMessage), qPrintable(saveMessage->text()));
        QVERIFY(saveMessage->text().contains(QStringLiteral("Nothing was saved")));

        QVERIFY(!QFile::exists(m_config->filePath()));
        ConfigStore reloaded(m_config->directory());
        QVERIFY(reloaded.load().ok());
        QVERIFY(reloaded.destinations().isEmpty());
        QVERIFY(wizard.savedDestination().id.isEmpty());
    }

    // A new token replaces the stored one only once that one is read (to put it back should saving fail):
    // when the keychain does not give it, nothing is saved and nothing is written, so the user is not kept
    // waiting a second time by the same keychain.
    void editingWithANewTokenSavesNothingWhenTheStoredOneCannotBeRead()
    {
        UnreadableSecretStore unreadable;
        m_context.secrets = &unreadable;
        const Expected<Destination> existing = m_config->add(existingDestination());
        QVERIFY(existing.ok());

        DestinationWizard wizard(m_context, &existing.value());
        QVERIFY(showActive(wizard));
        FIND(QLineEdit, tokenEdit, wizard, "tokenEdit");
        QTest::keyClicks(tokenEdit, newToken());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageDetails));
        FIND(QLineEdit, description, wizard, "descriptionEdit");
        retype(description, QStringLiteral("Changed in the wizard"));
        // Saved from this page, the error comes in a message box (the review page's is out of sight).
        auto seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(seen, [](QMessageBox *box) { test::pressKey(box, Qt::Key_Return); });
        clickSave(wizard);

        QVERIFY(seen->shown);
        QVERIFY(wizard.isVisible());
        QVERIFY2(seen->text.contains(QStringLiteral("Nothing was saved"))
                && seen->text.contains(QStringLiteral("The keychain gave no answer to this read.")),
            qPrintable(seen->text));
        QCOMPARE(unreadable.writes, 0);
        QCOMPARE(unreadable.removes, 0);
        ConfigStore reloaded(m_config->directory());
        QVERIFY(reloaded.load().ok());
        QVERIFY(reloaded.destinations().constFirst() == existing.value());
    }

    void refusedConfigurationRemovesToken()
    {
        // A configuration file that cannot be read is never replaced, so saving fails after the token went
        // in.
        const QString dir = m_dir->filePath(QStringLiteral("damaged"));
        QVERIFY(QDir().mkpath(dir));
        ConfigStore damaged(dir);
        QFile file(damaged.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        QVERIFY(!damaged.load().ok());
        MemorySecretStore memory;
        m_context.config = &damaged;
        m_context.secrets = &memory;

        DestinationWizard wizard(m_context);
        QVERIFY(showActive(wizard));
        fillToReview(wizard, kQualtricsUrl, newToken());
        if (QTest::currentTestFailed()) {
            return;
        }
        FIND(FieldMessage, saveMessage, wizard, "saveMessage");
        clickSave(wizard);
        QVERIFY(wizard.isVisible());
        QCOMPARE(severity(saveMessage), QStringLiteral("error"));
        QVERIFY2(saveMessage->text().contains(QStringLiteral("Nothing was saved")),
            qPrintable(saveMessage->text()));
        QCOMPARE(memory.size(), 0); // the token written first was removed again
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ not json"));
    }

    void verifyCredentials_data()
    {
        QTest::addColumn<bool>("rightToken");
        QTest::addColumn<QString>("expectedSeverity");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("valid") << true << QStringLiteral("success") << QStringLiteral("dave");
        QTest::newRow("refused") << false << QStringLiteral("error") << QStringLiteral("refused the token");
    }

    void verifyCredentials()
    {
        QFETCH(bool, rightToken);
        QFETCH(QString, expectedSeverity);
        QFETCH(QString, expectedText);
        const QString token = newToken();
        qad::test::FakeQualtrics fake;
        fake.setCredentials(QStringLiteral("dave"), rightToken ? token : newToken());
        QVERIFY(fake.listen());

        DestinationWizard wizard(m_context);
        QVERIFY(showActive(wizard));
        fillToReview(wizard, fake.url(), token);
        if (QTest::currentTestFailed()) {
            return;
        }
        FIND(QPushButton, verify, wizard, "verifyButton");
        FIND(FieldMessage, result, wizard, "verifyResult");
        QTest::mouseClick(verify, Qt::LeftButton);
        // The click returned before Qualtrics answered: the page says it is checking, the UI stays usable.
        QCOMPARE(severity(result), QStringLiteral("info"));
        QCOMPARE(fake.requestCount(), 0);
        QTRY_COMPARE(severity(result), expectedSeverity);
        QVERIFY2(result->text().contains(expectedText), qPrintable(result->text()));
        QCOMPARE(fake.requestCount(), 1);
        QCOMPARE(fake.requests().at(0).path, QStringLiteral("/API/v3/whoami"));
        QVERIFY(fake.requests().at(0).header("X-API-TOKEN") == token.toUtf8());
        QVERIFY(!result->text().contains(token));
    }

    // The delivery settings (SPEC §3), typed from the keyboard only: Tab from the URL walks them in order,
    // each starts at its default, and Save writes what was typed.
    void deliverySettingsTypedAndSaved_data()
    {
        QTest::addColumn<QString>("rateLimit");
        QTest::addColumn<QString>("concurrency");
        QTest::addColumn<QString>("timeout");
        QTest::addColumn<QString>("summaryLine");
        QTest::newRow("limited")
            << "1200"
            << "4"
            << "20"
            << QStringLiteral("Delivery: up to %1 per minute, 4 in flight, 20 s timeout per attempt")
                   .arg(QLocale().toString(1200)); // "1,200" in English, as the locale writes it
        QTest::newRow("0 lifts the rate limit")
            << "0"
            << "64"
            << "300" << QStringLiteral("Delivery: no rate limit, 64 in flight, 300 s timeout per attempt");
    }

    void deliverySettingsTypedAndSaved()
    {
        QFETCH(QString, rateLimit);
        QFETCH(QString, concurrency);
        QFETCH(QString, timeout);
        QFETCH(QString, summaryLine);
        DestinationWizard wizard(m_context);
        QVERIFY(showActive(wizard));
        FIND(QLineEdit, username, wizard, "usernameEdit");
        FIND(QLineEdit, tokenEdit, wizard, "tokenEdit");
        QTest::keyClicks(username, QStringLiteral("dave"));
        QTest::keyClicks(tokenEdit, newToken());
        QTest::keyClick(tokenEdit, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageDetails));

        FIND(QGroupBox, group, wizard, "deliveryGroup");
        FIND(QSpinBox, rate, wizard, "rateLimitSpin");
        FIND(QSpinBox, inFlight, wizard, "concurrencySpin");
        FIND(QSpinBox, deadline, wizard, "timeoutSpin");
        FIND(QLabel, hint, wizard, "rateLimitHint");
        QCOMPARE(group->title(), QStringLiteral("Delivery settings"));
        QVERIFY(group->isVisible());
        for (QSpinBox *box : { rate, inFlight, deadline }) {
            QVERIFY(group->isAncestorOf(box));
        }
        // A new destination starts at the SPEC §3 defaults.
        QCOMPARE(rate->value(), 3000);
        QCOMPARE(inFlight->value(), 6);
        QCOMPARE(deadline->value(), 10);
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("0 lifts the rate limit")), qPrintable(hint->text()));

        // Each label names its field and reaches it with Alt+letter.
        const QList<std::pair<const char *, QSpinBox *>> labels { { "rateLimitLabel", rate },
            { "concurrencyLabel", inFlight }, { "timeoutLabel", deadline } };
        for (const auto &[labelName, box] : labels) {
            auto *label = wizard.findChild<QLabel *>(QLatin1String(labelName));
            QVERIFY2(label, labelName);
            QCOMPARE(label->buddy(), box);
            const qsizetype amp = label->text().indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0 && amp + 1 < label->text().size(), qPrintable(label->text()));
            const QChar mnemonic = label->text().at(amp + 1).toUpper();
            QTest::keyClick(&wizard, Qt::Key(mnemonic.unicode()), Qt::AltModifier);
            QVERIFY2(box->hasFocus(), qPrintable(label->text()));
        }

        FIND(QLineEdit, name, wizard, "nameEdit");
        FIND(QLineEdit, url, wizard, "urlEdit");
        typeInto(name, QStringLiteral("Paced"));
        typeInto(url, kQualtricsUrl);
        // Tab from the URL into each delivery field in turn; Tab selects the value, so typing replaces it.
        for (const auto &[box, text] : { std::pair { rate, rateLimit }, std::pair { inFlight, concurrency },
                 std::pair { deadline, timeout } }) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QVERIFY2(box->hasFocus(), qPrintable(box->objectName()));
            QTest::keyClicks(QApplication::focusWidget(), text);
        }
        QCOMPARE(rate->value(), rateLimit.toInt());
        QCOMPARE(inFlight->value(), concurrency.toInt());
        QCOMPARE(deadline->value(), timeout.toInt());
        for (const char *message : { "rateLimitMessage", "concurrencyMessage", "timeoutMessage" }) {
            auto *label = wizard.findChild<FieldMessage *>(QLatin1String(message));
            QVERIFY2(label && !label->isVisible(), message);
        }

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageAlerts));
        clickNext(wizard);
        clickNext(wizard);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageReview));
        FIND(QPlainTextEdit, summary, wizard, "reviewSummary");
        QVERIFY2(summary->toPlainText().split(QLatin1Char('\n')).contains(summaryLine),
            qPrintable(summary->toPlainText()));
        clickSave(wizard);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        ConfigStore reloaded(m_config->directory());
        QVERIFY(reloaded.load().ok());
        QCOMPARE(reloaded.destinations().size(), 1);
        DeliverySettings expected; // the retry schedule stays the default
        expected.rateLimitPerMinute = rateLimit.toInt();
        expected.concurrency = concurrency.toInt();
        expected.timeoutSeconds = timeout.toInt();
        const DeliverySettings saved = reloaded.destinations().constFirst().delivery;
        QCOMPARE(saved.rateLimitPerMinute, expected.rateLimitPerMinute);
        QCOMPARE(saved.concurrency, expected.concurrency);
        QCOMPARE(saved.timeoutSeconds, expected.timeoutSeconds);
        QVERIFY(saved == expected);
    }

    // The same rules as `qadctl destination add`: an error refuses Next and says why next to the field; a
    // warning (above what Qualtrics accepts) lets the user go on.
    void deliveryValueValidatedAsTyped_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expectedSeverity");
        QTest::addColumn<QString>("expectedText");
        const QString error = QStringLiteral("error");
        QTest::newRow("no concurrency") << "concurrencySpin"
                                        << "0"
                                        << "concurrencyMessage" << error << "between 1 and 64";
        QTest::newRow("too much concurrency") << "concurrencySpin"
                                              << "65"
                                              << "concurrencyMessage" << error << "between 1 and 64";
        QTest::newRow("no timeout") << "timeoutSpin"
                                    << "0"
                                    << "timeoutMessage" << error << "between 1 and 300 seconds";
        QTest::newRow("timeout too long") << "timeoutSpin"
                                          << "301"
                                          << "timeoutMessage" << error << "between 1 and 300 seconds";
        QTest::newRow("faster than Qualtrics accepts")
            << "rateLimitSpin"
            << "5000"
            << "rateLimitMessage" << QStringLiteral("warning") << "at most 3000 calls per minute";
    }

    void deliveryValueValidatedAsTyped()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        QFETCH(QString, expectedSeverity);
        QFETCH(QString, expectedText);
        DestinationWizard wizard(m_context);
        QVERIFY(showActive(wizard));
        fillToDetails(wizard);
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QVERIFY(next->isEnabled());

        auto *box = wizard.findChild<QSpinBox *>(field);
        auto *shown = wizard.findChild<FieldMessage *>(message);
        QVERIFY(box && shown);
        QVERIFY(!shown->isVisible());
        const int before = box->value();
        retype(box, typed);
        QVERIFY(shown->isVisible());
        QCOMPARE(severity(shown), expectedSeverity);
        QVERIFY2(shown->text().contains(expectedText), qPrintable(shown->text()));

        const bool refused = expectedSeverity == u"error";
        QCOMPARE(next->isEnabled(), !refused);
        if (!refused) {
            clickNext(wizard);
            QCOMPARE(wizard.currentId(), int(DestinationWizard::PageAlerts));
            return;
        }
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageDetails));
        QVERIFY(shown->isVisible()); // the reason stays in sight
        QVERIFY(box->hasFocus());

        // Corrected: the message goes and Next goes on.
        retype(box, QString::number(before));
        QVERIFY(!shown->isVisible());
        QVERIFY(next->isEnabled());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageAlerts));
    }

    // An emptied field says what to enter; leaving it puts its value back, as any spin box does.
    void emptiedDeliveryFieldSaysWhatToEnter_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<int>("value");
        QTest::newRow("rate limit") << "rateLimitSpin"
                                    << "rateLimitMessage"
                                    << "0 for no limit" << 3000;
        QTest::newRow("concurrency") << "concurrencySpin"
                                     << "concurrencyMessage"
                                     << "in flight at once" << 6;
        QTest::newRow("timeout") << "timeoutSpin"
                                 << "timeoutMessage"
                                 << "timeout per attempt in seconds" << 10;
    }

    void emptiedDeliveryFieldSaysWhatToEnter()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        QFETCH(QString, expectedText);
        QFETCH(int, value);
        DestinationWizard wizard(m_context);
        QVERIFY(showActive(wizard));
        fillToDetails(wizard);

        auto *box = wizard.findChild<QSpinBox *>(field);
        auto *shown = wizard.findChild<FieldMessage *>(message);
        QVERIFY(box && shown);
        retype(box, QString());
        QVERIFY(box->cleanText().isEmpty());
        QVERIFY(shown->isVisible());
        QVERIFY2(shown->text().contains(expectedText), qPrintable(shown->text()));
        QVERIFY(shown->severity() != FieldMessage::Severity::Error); // what it held is valid

        QTest::keyClick(box, Qt::Key_Tab);
        QVERIFY(!box->hasFocus());
        QCOMPARE(box->value(), value);
        QLocale digits; // as the field writes its value: the rate limit groups its thousands ("3,000")
        digits.setNumberOptions(
            box->isGroupSeparatorShown() ? QLocale::DefaultNumberOptions : QLocale::OmitGroupSeparator);
        QCOMPARE(box->cleanText(), digits.toString(value));
        QVERIFY(!shown->isVisible());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageAlerts));
        QCOMPARE(wizard.draft().delivery.rateLimitPerMinute, 3000);
    }

    // Editing shows the stored delivery settings, and Save keeps what was not changed (the retry schedule,
    // which the wizard does not edit, included).
    void editingShowsAndKeepsStoredDeliverySettings()
    {
        Destination stored = existingDestination();
        stored.delivery.rateLimitPerMinute = 600;
        stored.delivery.concurrency = 2;
        stored.delivery.timeoutSeconds = 30;
        stored.delivery.retryDelaysSeconds = { 1, 2, 3 };
        stored.delivery.retryRepeatSeconds = 60;
        stored.delivery.retryHorizonSeconds = 3600;
        const Expected<Destination> existing = m_config->add(stored);
        QVERIFY(existing.ok());
        QVERIFY(m_keychain.write(existing->id, newToken()).ok());

        DestinationWizard wizard(m_context, &existing.value());
        QVERIFY(showActive(wizard));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageDetails));
        FIND(QSpinBox, rate, wizard, "rateLimitSpin");
        FIND(QSpinBox, inFlight, wizard, "concurrencySpin");
        FIND(QSpinBox, deadline, wizard, "timeoutSpin");
        QCOMPARE(rate->value(), 600);
        QCOMPARE(inFlight->value(), 2);
        QCOMPARE(deadline->value(), 30);
        QVERIFY(rate->text().startsWith(QStringLiteral("600")));

        retype(deadline, QStringLiteral("45"));
        QCOMPARE(wizard.draft().delivery.timeoutSeconds, 45);
        for (int page = DestinationWizard::PageDetails; page < DestinationWizard::PageReview; ++page) {
            clickNext(wizard);
        }
        QCOMPARE(wizard.currentId(), int(DestinationWizard::PageReview));
        FIND(QPlainTextEdit, summary, wizard, "reviewSummary");
        QVERIFY2(summary->toPlainText().contains(
                     QStringLiteral("Delivery: up to 600 per minute, 2 in flight, 45 s timeout per attempt")),
            qPrintable(summary->toPlainText()));
        clickSave(wizard);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        ConfigStore reloaded(m_config->directory());
        QVERIFY(reloaded.load().ok());
        QCOMPARE(reloaded.destinations().size(), 1);
        Destination expected = existing.value();
        expected.delivery.timeoutSeconds = 45;
        const Destination &saved = reloaded.destinations().constFirst();
        QCOMPARE(saved.delivery.rateLimitPerMinute, 600);
        QCOMPARE(saved.delivery.concurrency, 2);
        QCOMPARE(saved.delivery.timeoutSeconds, 45);
        QCOMPARE(saved.delivery.retryDelaysSeconds, expected.delivery.retryDelaysSeconds);
        QVERIFY(saved == expected);
    }

    void tabOrderOnAuthenticatePage()
    {
        DestinationWizard wizard(m_context);
        QVERIFY(showActive(wizard));
        FIND(QLineEdit, username, wizard, "usernameEdit");
        QTest::mouseClick(username, Qt::LeftButton);
        QVERIFY(username->hasFocus());
        QStringList order;
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(order,
            (QStringList { QStringLiteral("tokenEdit"), QStringLiteral("showTokenCheck"),
                QStringLiteral("authModeCombo") }));
    }

private:
    static bool tokenEditIsCleared(const QWizard &wizard)
    {
        const auto *edit = wizard.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
        return edit && edit->text().isEmpty();
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
