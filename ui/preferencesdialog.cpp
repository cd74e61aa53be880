#include "preferencesdialog.h"

#include "language.h"
#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qad::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_initialLanguage(savedLanguage())
    , m_language(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_historyDays(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    for (const Language &language : availableLanguages()) {
        m_language->addItem(language.nativeName, language.code);
    }
    setSelectedLanguage(m_initialLanguage);

    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(m_restartNote); // under the language it is about

    m_historyDays->setObjectName(QStringLiteral("historyDaysSpin"));
    m_historyDays->setRange(1, kMaxHistoryDays);
    m_historyDays->setValue(savedHistoryDays());
    m_historyDays->setAccessibleName(tr("Days the run history keeps"));
    auto *historyLabel = new QLabel(tr("Keep the run &history (days):"), this);
    historyLabel->setBuddy(m_historyDays);
    form->addRow(historyLabel, m_historyDays);
    auto *historyNote = new QLabel(
        tr("When streaming starts, activations delivered or failed longer ago are deleted; queued ones never "
           "are. qadctl run takes --history-days."),
        this);
    historyNote->setObjectName(QStringLiteral("historyNote"));
    historyNote->setWordWrap(true);
    form->addRow(historyNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);
    updateRestartNote();
}

QString PreferencesDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setSelectedLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

void PreferencesDialog::updateRestartNote()
{
    m_restartNote->setText(selectedLanguage() == m_initialLanguage
            ? tr("The language applies the next time qad starts.")
            : tr("The new language applies the next time qad starts: quit and start qad again."));
}

void PreferencesDialog::accept()
{
    const QString language = selectedLanguage();
    m_languageChanged = language != m_initialLanguage;
    saveLanguage(language);
    saveHistoryDays(m_historyDays->value());
    QDialog::accept();
}

} // namespace qad::ui
