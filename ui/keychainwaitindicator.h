#pragma once

#include <QObject>
#include <QPointer>

class QProgressDialog;

namespace qad::ui {

// Shows that qad is waiting for the keychain. A locked login keyring (after an automatic login, say) asks
// for its password in a window of its own when qad reads or stores a token; until it answers, qad takes no
// input. Without a word it would look stuck: this puts up a small busy window saying what it waits for,
// over the window in use, with a busy cursor, and takes both down when the keychain has answered. Its Stop
// Waiting button (modal: the one input qad takes meanwhile) asks to give up the call: stopRequested().
class KeychainWaitIndicator : public QObject
{
    Q_OBJECT
public:
    explicit KeychainWaitIndicator(QObject *parent = nullptr);
    ~KeychainWaitIndicator() override;

    // What KeychainSecretStore's wait notice calls.
    void setWaiting(bool waiting);
    bool isWaiting() const { return m_waiting; }

Q_SIGNALS:
    void stopRequested();

private:
    QPointer<QProgressDialog> m_dialog;
    bool m_waiting = false;
};

} // namespace qad::ui
