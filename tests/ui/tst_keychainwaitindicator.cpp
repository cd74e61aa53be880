// What qad shows while the keychain keeps it waiting: a real KeychainSecretStore, told to report waits to the
// indicator as the application does, against a Secret Service that takes every call and never answers, on a
// private D-Bus session of the test's own (never the user's keychain).
#include "keychainwaitindicator.h"
#include "secrets/keychainsecretstore.h"
#include "silentsecretservice.h"

#include <QApplication>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace qad;

class KeychainWaitIndicatorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = m_keychain.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Before the first keychain call: libsecret connects to the session bus named here.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_keychain.address().toUtf8());
    }

    // While a token is read and the keychain does not answer, a busy window over the window in use says what
    // qad waits for (and how to answer), with no button that would suggest qad can be used meanwhile, under a
    // busy cursor; once the call is over, both go.
    void aKeychainThatKeepsQadWaitingIsShownAndThenTakenDown()
    {
        QWidget window;
        window.resize(600, 400);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        ui::KeychainWaitIndicator indicator;
        KeychainSecretStore store(QStringLiteral("qad"), 1500);
        store.setWaitNotice([&indicator](bool waiting) { indicator.setWaiting(waiting); }, 200);

        bool looked = false;
        bool shown = false;
        QString text;
        int buttons = -1;
        Qt::CursorShape cursor = Qt::ArrowCursor;
        QTimer::singleShot(800, &window, [&] {
            looked = true;
            const auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("keychainWaitDialog"));
            shown = dialog && dialog->isVisible();
            if (dialog) {
                text = dialog->labelText();
                buttons = int(dialog->findChildren<QPushButton *>().size());
            }
            if (const QCursor *override = QGuiApplication::overrideCursor()) {
                cursor = override->shape();
            }
        });
        const SecretStore::ReadResult read = store.read(QStringLiteral("dest-waiting"));

        QCOMPARE(read.status, SecretStore::ReadStatus::Failed);
        QVERIFY2(read.error.message.contains(QStringLiteral("did not answer within 2 s")),
            qPrintable(read.error.message));
        QVERIFY2(looked, "the check did not run while the keychain was being waited for");
        QVERIFY2(shown, "no busy window over the window in use while waiting");
        QVERIFY2(text.contains(QStringLiteral("Waiting for the keychain"))
                && text.contains(QStringLiteral("password")),
            qPrintable(text));
        QCOMPARE(buttons, 0);
        QCOMPARE(cursor, Qt::WaitCursor);
        QVERIFY(!indicator.isWaiting());
        QTRY_VERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("keychainWaitDialog")));
        QVERIFY(!QGuiApplication::overrideCursor());
    }

private:
    test::SilentKeychain m_keychain;
};

QTEST_MAIN(KeychainWaitIndicatorTest)

#include "tst_keychainwaitindicator.moc"
