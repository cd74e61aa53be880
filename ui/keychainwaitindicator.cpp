#include "keychainwaitindicator.h"

#include <QApplication>
#include <QGuiApplication>
#include <QProgressDialog>

namespace qad::ui {

KeychainWaitIndicator::KeychainWaitIndicator(QObject *parent)
    : QObject(parent)
{ }

KeychainWaitIndicator::~KeychainWaitIndicator()
{
    setWaiting(false);
}

void KeychainWaitIndicator::setWaiting(bool waiting)
{
    if (waiting == m_waiting) {
        return;
    }
    m_waiting = waiting;
    if (!waiting) {
        QGuiApplication::restoreOverrideCursor();
        if (m_dialog) {
            m_dialog->hide();
            m_dialog->deleteLater();
        }
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    // Over the wizard when it is open, else over the main window.
    QWidget *over = QApplication::activeModalWidget();
    if (!over) {
        over = QApplication::activeWindow();
    }
    // Not modal: the wait takes no input anyway, and the keychain's own window must stay free to answer.
    auto *dialog
        = new QProgressDialog(tr("Waiting for the keychain…\nIf it asks for your password, enter it in "
                                 "its window; qad goes on once the keychain answers."),
            QString(), 0, 0, over);
    dialog->setObjectName(QStringLiteral("keychainWaitDialog"));
    dialog->setWindowTitle(tr("Keychain"));
    dialog->setWindowModality(Qt::NonModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setAttribute(Qt::WA_ShowWithoutActivating);
    dialog->show();
    m_dialog = dialog;
}

} // namespace qad::ui
