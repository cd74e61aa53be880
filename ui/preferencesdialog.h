#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace qad::ui {

// Application preferences: the language (System default, English, Français, 한국어), saved in QSettings under
// "language", and how long the run history keeps what was delivered ("historyDays"). A new language applies
// the next time qad starts: every window builds its texts once, so a restart is the one way to get all of
// them in the new language (the dialog says so).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The code selected ("en", "fr", "ko"), empty for "System default".
    QString selectedLanguage() const;
    void setSelectedLanguage(const QString &code);
    // True once accept() saved a language different from the one in effect before.
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

private:
    void updateRestartNote();

    QString m_initialLanguage;
    bool m_languageChanged = false;
    QComboBox *m_language;
    QLabel *m_restartNote;
    QSpinBox *m_historyDays;
};

} // namespace qad::ui
