#include "language.h"

#include "settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <algorithm>

namespace qad::ui {

QList<Language> availableLanguages()
{
    // Each name in its own language, so a user lost in a foreign UI still finds theirs.
    return { { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("ko"), QStringLiteral("한국어") } };
}

bool isAvailableLanguage(const QString &code)
{
    const QList<Language> languages = availableLanguages();
    return std::any_of(
        languages.cbegin(), languages.cend(), [&code](const Language &l) { return l.code == code; });
}

QString savedLanguage()
{
    const QString code = openSettings()->value(QLatin1String(kLanguageKey)).toString();
    return isAvailableLanguage(code) ? code : QString();
}

void saveLanguage(const QString &code)
{
    auto settings = openSettings();
    if (code.isEmpty()) {
        settings->remove(QLatin1String(kLanguageKey));
    } else {
        settings->setValue(QLatin1String(kLanguageKey), code);
    }
}

QString effectiveLanguage(const QString &override, const QString &saved, const QStringList &systemUiLanguages)
{
    if (isAvailableLanguage(override)) {
        return override;
    }
    if (isAvailableLanguage(saved)) {
        return saved;
    }
    for (const QString &tag : systemUiLanguages) {
        // "fr-CA", "ko_KR", "en" -> the language part.
        const QString code = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isAvailableLanguage(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

Translators::Translators(const QString &language)
    : m_language(language)
{
    if (m_ours.load(QStringLiteral("qad_") + language, QStringLiteral(":/i18n"))) {
        m_oursInstalled = QCoreApplication::installTranslator(&m_ours);
    }
    if (language != u"en"
        && m_qt.load(
            QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    }
}

Translators::~Translators()
{
    if (m_qtInstalled) {
        QCoreApplication::removeTranslator(&m_qt);
    }
    if (m_oursInstalled) {
        QCoreApplication::removeTranslator(&m_ours);
    }
}

} // namespace qad::ui
