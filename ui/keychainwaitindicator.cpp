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
    QGuiApplication::setOverrideCursor(Qt::BusyCursor); // busy, and yet Stop Waiting can be clicked
    // Over the wizard when it is open, else over the main window.
    QWidget *over = QApplication::activeModalWidget();
    if (!over) {
        over = QApplication::activeWindow();
    }
    // Application-modal, so that Stop Waiting is the one input taken meanwhile (the call in progress keeps
    // every other window as it is); shown without taking the focus, which the keychain's own window, asking
    // for a password, may have. The keychain's window is another program's: modality leaves it free.
    auto *dialog
        = new QProgressDialog(tr("Waiting for the keychain…\nIf it asks for your password, enter it in "
                                 "its window; qad goes on once the keychain answers."),
            tr("&Stop Waiting"), 0, 0, over);
    dialog->setObjectName(QStringLiteral("keychainWaitDialog"));
    dialog->setWindowTitle(tr("Keychain"));
    dialog->setWindowModality(Qt::ApplicationModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setAttribute(Qt::WA_ShowWithoutActivating);
    // The button and Escape alike.
    connect(dialog, &QProgressDialog::canceled, this, &KeychainWaitIndicator::stopRequested);
    dialog->show();
    m_dialog = dialog;
}

} // namespace qad::ui
