#pragma once

// Answering a modal QMessageBox from a test, as a person would. A modal box blocks the test inside its exec()
// until it closes, so the answer is scheduled before the action that shows it, and the checks happen after,
// on what was recorded.
#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

namespace qad::test {

// What a modal message box showed, read while it was up.
struct SeenBox
{
    bool shown = false;
    QString text;
    QString informativeText;
    bool cancelIsDefault = false;
    bool cancelIsEscape = false;
    bool stopWaiting = false; // set by a test that expects no box, so the watch ends with it
};

// Answers the next modal message box as a person would: once it is up (the timer fires inside its exec()),
// records what it shows and hands it to `answer`. A modal dialog blocks the test until it closes, so the
// checks happen after, on what was recorded.
inline void answerNextMessageBox(
    std::shared_ptr<SeenBox> seen, std::function<void(QMessageBox *)> answer, int triesLeft = 100)
{
    QTimer::singleShot(0, qApp, [seen, answer, triesLeft] {
        if (seen->stopWaiting) {
            return;
        }
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (triesLeft > 0) {
                answerNextMessageBox(seen, answer, triesLeft - 1);
            }
            return;
        }
        seen->shown = true;
        seen->text = box->text();
        seen->informativeText = box->informativeText();
        QAbstractButton *cancel = box->button(QMessageBox::Cancel);
        seen->cancelIsDefault = cancel && box->defaultButton() == cancel;
        seen->cancelIsEscape = cancel && box->escapeButton() == cancel;
        answer(box);
    });
}

// Keys go where a person's would: to the widget that has the focus in the box.
inline void pressKey(QMessageBox *box, Qt::Key key)
{
    QTest::keyClick(box->focusWidget() ? box->focusWidget() : box, key);
}

} // namespace qad::test
