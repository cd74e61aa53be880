#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace qad::ui {

// A language the GUI is translated into, as Preferences offers it: code ("en", "fr", "ko") and its own name.
struct Language
{
    QString code;
    QString nativeName;
};

// English, French and Korean.
QList<Language> availableLanguages();
bool isAvailableLanguage(const QString &code);

// The choice made in Preferences (QSettings key "language"); empty means "follow the system".
inline constexpr char kLanguageKey[] = "language";
QString savedLanguage();
void saveLanguage(const QString &code);

// The language to show: the command-line override, else the saved choice, else the first of the system's UI
// languages (QLocale::uiLanguages(), most preferred first) that qad is translated into; English otherwise.
QString effectiveLanguage(
    const QString &override, const QString &saved, const QStringList &systemUiLanguages);

// Our translator and Qt's own (qtbase, from QLibraryInfo::TranslationsPath) installed on the application for
// one language, and removed again when this goes away. English installs nothing of Qt's.
class Translators
{
public:
    explicit Translators(const QString &language);
    ~Translators();
    Translators(const Translators &) = delete;
    Translators &operator=(const Translators &) = delete;

    QString language() const { return m_language; }
    bool hasOurs() const { return m_oursInstalled; } // false when ":/i18n/qad_<language>.qm" is missing

private:
    QString m_language;
    QTranslator m_ours;
    QTranslator m_qt;
    bool m_oursInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace qad::ui
