#pragma once

// The languages the product ships, as rows of a Qt Test data function: a "language" column ("en", "fr",
// "ko"), one row each, for the tests that check a window reads whole in every one of them.
#include <QLocale>
#include <QString>
#include <QTest>

namespace qad::test {

inline void addShippedLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("French") << QStringLiteral("fr");
    QTest::newRow("Korean") << QStringLiteral("ko");
}

// For the time of a test, numbers and dates follow `language`, as qad's main() makes them for a language the
// user chose. Widgets take the locale when they are made: make them after.
class UiLocale
{
public:
    explicit UiLocale(const QString &language) { QLocale::setDefault(QLocale(language)); }
    ~UiLocale() { QLocale::setDefault(m_before); }
    UiLocale(const UiLocale &) = delete;
    UiLocale &operator=(const UiLocale &) = delete;

private:
    QLocale m_before; // the default when made
};

} // namespace qad::test
