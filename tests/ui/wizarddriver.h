#pragma once

// Drives the destination wizard as a person does, for the wizard's tests: fields found by objectName, typed
// into and clicked, Next and Save clicked.
#include <QAbstractButton>
#include <QApplication>
#include <QString>
#include <QTest>
#include <QUuid>
#include <QWidget>
#include <QWizard>

namespace qad::test {

inline QString newToken()
{
    return QStringLiteral("wizard-test-") + QUuid::createUuid().toString(QUuid::Id128);
}

// Replaces a field's text the way a person does: select all, type.
inline void retype(QWidget *field, const QString &text)
{
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

inline void clickNext(QWizard &wizard)
{
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

inline void clickSave(QWizard &wizard)
{
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
}

// Shown and active, so focus (and with it completion) behaves as on a desktop.
inline bool showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

// Clicks into a field (giving it focus) and types.
inline void typeInto(QWidget *field, const QString &text)
{
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClicks(field, text);
}

// Escape closes a completion popup left open by typing, as a person would before clicking elsewhere.
inline void closePopup()
{
    if (QWidget *popup = QApplication::activePopupWidget()) {
        QTest::keyClick(popup, Qt::Key_Escape);
    }
}

} // namespace qad::test

#define FIND(Type, var, root, name)                                                                          \
    auto *var = (root).findChild<Type *>(QStringLiteral(name));                                              \
    QVERIFY2(var, "no widget named " name)
