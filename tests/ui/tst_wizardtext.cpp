// The wizard's words, in English, French and Korean: each page's explanation read whole, and what the review
// leaves to check named as the pages name their fields. The token goes to an in-memory keychain: nothing here
// saves a destination.
#include "accessibility.h"
#include "config/configstore.h"
#include "language.h"
#include "languages.h"
#include "messagetranslator.h"
#include "secrets/memorysecretstore.h"
#include "wizard/destinationwizard.h"
#include "wizard/reviewpage.h"
#include "wizarddriver.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QWizardPage>
#include <memory>

using namespace qad;
using namespace qad::ui;
using namespace qad::test;

class TestWizardText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConfigStore> m_config;
    MemorySecretStore m_secrets;
    AppContext m_context;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_config = std::make_unique<ConfigStore>(m_dir.filePath(QStringLiteral("config")));
        QVERIFY(m_config->load().ok());
        m_context = AppContext { m_config->directory(), m_dir.filePath(QStringLiteral("data")),
            m_config.get(), &m_secrets };
    }

    // The review lists what is left to check by the names the pages give their fields, not by the keys of
    // the configuration file ("url", "audiences[1].id").
    void reviewNamesFieldsAsThePagesDo_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("name");
        QTest::newRow("url") << "url"
                             << "JSON event URL";
        QTest::newRow("user name") << "username"
                                   << "Qualtrics user name";
        QTest::newRow("an identity") << "identities[0].source"
                                     << "Identity 1";
        QTest::newRow("an attribute's target") << "attributes[2].target"
                                               << "Attribute 3, target";
        QTest::newRow("an audience") << "audiences[1].id"
                                     << "Audience 2";
        QTest::newRow("an audience's dates") << "audiences[0].endDate"
                                             << "Audience 1, end date";
        QTest::newRow("rate limit") << "delivery.rateLimitPerMinute"
                                    << "Rate limit";
        QTest::newRow("a retry delay") << "delivery.retryDelaysSeconds[3]"
                                       << "Retry schedule";
        QTest::newRow("unknown, as it is") << "something.new"
                                           << "something.new";
    }

    void reviewNamesFieldsAsThePagesDo()
    {
        QFETCH(QString, field);
        QFETCH(QString, name);
        QCOMPARE(ui::ReviewPage::fieldName(field), name);
    }

    void reviewWarnsInTheFieldsOwnWords()
    {
        DestinationWizard wizard(m_context);
        QVERIFY(showActive(wizard));
        FIND(QLineEdit, username, wizard, "usernameEdit");
        FIND(QLineEdit, tokenEdit, wizard, "tokenEdit");
        typeInto(username, QStringLiteral("ops@example.com"));
        typeInto(tokenEdit, newToken());
        clickNext(wizard);
        FIND(QLineEdit, name, wizard, "nameEdit");
        FIND(QLineEdit, url, wizard, "urlEdit");
        typeInto(name, QStringLiteral("Warned"));
        typeInto(
            url, QStringLiteral("https://example.com/inbound-event/v1/events/json/triggers?urlTokenId=1"));
        wizard.setStartId(DestinationWizard::PageReview);
        wizard.restart();
        FIND(QPlainTextEdit, summary, wizard, "reviewSummary");
        const QString text = summary->toPlainText();
        QVERIFY2(text.contains(
                     QStringLiteral("Warning: JSON event URL: The host example.com is not a Qualtrics host")),
            qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral(" url: ")), qPrintable(text));
    }

    // A problem's line is one message, which the translator words and punctuates as the language does (French
    // puts a space before a colon), not pieces glued in the English order.
    void reviewProblemIsOneMessageToTranslate()
    {
        test::MessageTranslator translator;
        translator.add(
            QStringLiteral("qad::ui::ReviewPage"), QStringLiteral("%1 %2: %3"), QStringLiteral("%1 %2 : %3"));
        DestinationWizard wizard(m_context);
        QVERIFY(showActive(wizard));
        FIND(QLineEdit, name, wizard, "nameEdit");
        FIND(QLineEdit, url, wizard, "urlEdit");
        name->setText(QStringLiteral("Warned"));
        url->setText(
            QStringLiteral("https://example.com/inbound-event/v1/events/json/triggers?urlTokenId=1"));
        wizard.setStartId(DestinationWizard::PageReview);
        wizard.restart();
        FIND(QPlainTextEdit, summary, wizard, "reviewSummary");
        const QString text = summary->toPlainText();
        QVERIFY2(text.contains(QStringLiteral(
                     "\n  Warning: JSON event URL : The host example.com is not a Qualtrics host")),
            qPrintable(text));
    }

    // The review writes numbers as the interface's language does: a threshold of 1.5 % is "1,5 %" in French,
    // and the rate limit's thousands are grouped ("3,000", "3 000").
    void reviewWritesNumbersAsTheLanguageDoes_data() { test::addShippedLanguages(); }

    void reviewWritesNumbersAsTheLanguageDoes()
    {
        QFETCH(QString, language);
        const ui::Translators translators(language);
        const test::UiLocale locale(language);
        DestinationWizard wizard(m_context);
        QVERIFY(showActive(wizard));
        FIND(QDoubleSpinBox, skippedRate, wizard, "skippedRateSpin");
        skippedRate->setValue(1.5);
        wizard.setStartId(DestinationWizard::PageReview);
        wizard.restart();
        FIND(QPlainTextEdit, summary, wizard, "reviewSummary");
        const QString text = summary->toPlainText();
        QVERIFY2(text.contains(QLocale().toString(1.5)), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(3000)), qPrintable(text)); // the default rate limit
        if (language == u"fr") {
            QVERIFY2(text.contains(QStringLiteral("1,5 %")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("1.5")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("3000")), qPrintable(text));
        }
    }

    // The rate limit reads as it is said: "No limit" at 0, and its thousands grouped as the language of the
    // interface groups them ("3,000 per minute", "3 000 par minute"); typed without the grouping, it is read.
    void theRateLimitReadsAsSaid_data() { test::addShippedLanguages(); }

    void theRateLimitReadsAsSaid()
    {
        QFETCH(QString, language);
        const ui::Translators translators(language);
        const test::UiLocale locale(language);
        DestinationWizard wizard(m_context);
        QVERIFY(showActive(wizard));
        wizard.setStartId(DestinationWizard::PageDetails);
        wizard.restart();
        FIND(QSpinBox, rate, wizard, "rateLimitSpin");
        QCOMPARE(rate->value(), 3000);
        QCOMPARE(rate->cleanText(), QLocale().toString(3000));
        QVERIFY2(rate->cleanText() != u"3000", qPrintable(rate->cleanText()));

        retype(rate, QStringLiteral("12000"));
        QCOMPARE(rate->value(), 12000);
        QTest::keyClick(rate, Qt::Key_Tab);
        QCOMPARE(rate->cleanText(), QLocale().toString(12000));

        retype(rate, QStringLiteral("0"));
        QTest::keyClick(rate, Qt::Key_Tab);
        QCOMPARE(rate->value(), 0);
        QVERIFY(!rate->specialValueText().isEmpty());
        QCOMPARE(rate->text(), rate->specialValueText());
        if (language == u"en") {
            QCOMPARE(rate->text(), QStringLiteral("No limit"));
        }
        QCOMPARE(wizard.draft().delivery.rateLimitPerMinute, 0);
    }

    // The audience id field's placeholder reads as an example, read whole, and not as an id already entered.
    void theAudienceIdPlaceholderIsAnExample_data() { test::addShippedLanguages(); }

    void theAudienceIdPlaceholderIsAnExample()
    {
        QFETCH(QString, language);
        const ui::Translators translators(language);
        DestinationWizard wizard(m_context);
        QVERIFY(showActive(wizard));
        wizard.setStartId(DestinationWizard::PageAudiences);
        wizard.restart();
        FIND(QComboBox, id, wizard, "audienceIdCombo");
        QVERIFY(id->currentText().isEmpty());
        const QLineEdit *field = id->lineEdit();
        const QString placeholder = field->placeholderText();
        QVERIFY2(placeholder.contains(QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283")),
            qPrintable(placeholder));
        QVERIFY2(QUuid::fromString(placeholder.trimmed()).isNull(), qPrintable(placeholder));
        if (language == u"en") {
            QCOMPARE(placeholder, QStringLiteral("For example: 046456e3-18e1-48a6-9bda-d68547861283"));
        }
        QTRY_VERIFY2(field->fontMetrics().horizontalAdvance(placeholder) < field->width(),
            qPrintable(QStringLiteral("%1 px in a field %2 px wide")
                           .arg(field->fontMetrics().horizontalAdvance(placeholder))
                           .arg(field->width())));
    }

    // Each page's explanation can be read whole, in every language, even in a narrow window. It is not
    // QWizard's subtitle: the wizard's header keeps room for two lines of Latin text and cut off the rest
    // (the Korean text of every page, and longer texts in a narrow window).
    void everyPageExplainsItselfWhole_data() { test::addShippedLanguages(); }

    void everyPageExplainsItselfWhole()
    {
        QFETCH(QString, language);
        const ui::Translators translators(language);
        QVERIFY(translators.hasOurs());
        DestinationWizard wizard(m_context);
        QVERIFY(showActive(wizard));
        wizard.resize(wizard.minimumSizeHint().width(), wizard.height());
        const QList<int> ids = wizard.pageIds();
        QCOMPARE(ids.size(), 6);
        for (const int id : ids) {
            wizard.setStartId(id);
            wizard.restart();
            QCOMPARE(wizard.currentId(), id);
            QWizardPage *page = wizard.currentPage();
            QVERIFY2(page->subTitle().isEmpty(), qPrintable(page->objectName()));
            QVERIFY2(!page->title().isEmpty(), qPrintable(page->objectName()));
            const auto *intro = page->findChild<QLabel *>(QStringLiteral("introLabel"));
            QVERIFY2(intro, qPrintable(page->objectName()));
            QVERIFY(!intro->text().isEmpty());
            QTRY_VERIFY2(intro->isVisible() && intro->width() > 0
                    && intro->height() >= intro->heightForWidth(intro->width()),
                qPrintable(QStringLiteral("%1: %2 px high, %3 needed at %4 px wide")
                               .arg(page->objectName())
                               .arg(intro->height())
                               .arg(intro->heightForWidth(intro->width()))
                               .arg(intro->width())));
            // And everything Tab reaches on it has a name a screen reader can say.
            const QStringList unnamed = test::unnamedTabStops(page);
            QVERIFY2(unnamed.isEmpty(),
                qPrintable(page->objectName() + QStringLiteral(": ") + unnamed.join(QStringLiteral(", "))));
        }
    }
};

QTEST_MAIN(TestWizardText)
#include "tst_wizardtext.moc"
