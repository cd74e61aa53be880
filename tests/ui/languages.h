#pragma once

// The languages the product ships, as rows of a Qt Test data function: a "language" column ("en", "fr",
// "ko"), one row each, for the tests that check a window reads whole in every one of them.
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

} // namespace qad::test
