// What qad shows while the keychain keeps it waiting: a real KeychainSecretStore, told to report waits to the
// indicator as the application does, against a Secret Service that takes every call and never answers, on a
// private D-Bus session of the test's own (never the user's keychain). It runs on a private X server (Xvfb),
// where xdotool clicks as a person does: through the X server, the path that a call's event loop holds user
// input back on and that modality guards.
#include "keychainwaitindicator.h"
#include "secrets/keychainsecretstore.h"
#include "silentsecretservice.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace qad;

namespace {

// A real click at the middle of `widget`, through the X server; false when xdotool could not do it.
bool clickAsAPerson(const QWidget *widget)
{
    const QPoint at = widget->mapToGlobal(widget->rect().center());
    return QProcess::execute(QStringLiteral("xdotool"),
               { QStringLiteral("mousemove"), QString::number(at.x()), QString::number(at.y()),
                   QStringLiteral("click"), QStringLiteral("1") })
        == 0;
}

// Shown and given the focus; false when it does not get it.
bool showActive(QWidget &window)
{
    window.resize(600, 400);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return false;
    }
    window.activateWindow(); // no window manager on the test's X server: qad asks for the focus itself
    return QTest::qWaitForWindowActive(&window);
}

// A real keychain store and the indicator, wired as qad's main() wires them; told of a wait after 200 ms.
struct WiredStore
{
    explicit WiredStore(int timeoutMs)
        : store(QStringLiteral("qad"), timeoutMs)
    {
        store.setWaitNotice([this](bool waiting) { indicator.setWaiting(waiting); }, 200);
        QObject::connect(&indicator, &ui::KeychainWaitIndicator::stopRequested, &indicator,
            [this] { store.cancelWait(); });
    }

    ui::KeychainWaitIndicator indicator;
    KeychainSecretStore store;
};

} // namespace

class KeychainWaitIndicatorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != u"xcb") {
            QSKIP("Needs an X server (ctest runs it under xvfb-run): xdotool's clicks go through it.");
        }
        const QString problem = m_keychain.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Before the first keychain call: libsecret connects to the session bus named here.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_keychain.address().toUtf8());
    }

    // While a token is read and the keychain does not answer, a busy window over the window in use says what
    // qad waits for (and how to answer), with one button, to stop waiting, under a busy cursor; once the call
    // is over, both go.
    void aKeychainThatKeepsQadWaitingIsShownAndThenTakenDown()
    {
        QWidget window;
        QVERIFY(showActive(window));
        WiredStore wired(1500);
        ui::KeychainWaitIndicator &indicator = wired.indicator;
        KeychainSecretStore &store = wired.store;

        bool looked = false;
        bool shown = false;
        QString text;
        QStringList buttons;
        Qt::WindowModality modality = Qt::NonModal;
        Qt::CursorShape cursor = Qt::ArrowCursor;
        QTimer::singleShot(800, &window, [&] {
            looked = true;
            const auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("keychainWaitDialog"));
            shown = dialog && dialog->isVisible();
            if (dialog) {
                text = dialog->labelText();
                for (const QPushButton *button : dialog->findChildren<QPushButton *>()) {
                    buttons.append(button->text());
                }
                modality = dialog->windowModality();
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
        QCOMPARE(buttons, QStringList { QStringLiteral("&Stop Waiting") });
        QCOMPARE(modality, Qt::ApplicationModal);
        QCOMPARE(cursor, Qt::BusyCursor);
        QVERIFY(!indicator.isWaiting());
        QTRY_VERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("keychainWaitDialog")));
        QVERIFY(!QGuiApplication::overrideCursor());
    }

    // Stop Waiting ends the call at once, long before its deadline, with a message saying the token was not
    // read and why; meanwhile it is the one input taken: a click on the window below it does nothing.
    void stopWaitingEndsTheCallAndIsTheOneInputTaken()
    {
        QWidget window;
        auto *other = new QPushButton(QStringLiteral("Other"), &window);
        other->setGeometry(20, 20, 200, 40);
        int otherClicks = 0;
        connect(other, &QPushButton::clicked, &window, [&otherClicks] { ++otherClicks; });
        QVERIFY(showActive(window));
        WiredStore wired(120 * 1000); // stopped long before

        bool clickedStop = false;
        QTimer::singleShot(800, &window, [&] {
            auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("keychainWaitDialog"));
            auto *stop = dialog ? dialog->findChild<QPushButton *>() : nullptr;
            if (!stop || !dialog->isVisible()) {
                return; // the read then times out, which the checks below report
            }
            // Both reach qad once this returns, in this order, while the read still waits.
            clickedStop = clickAsAPerson(other) && clickAsAPerson(stop);
        });
        const SecretStore::ReadResult read = wired.store.read(QStringLiteral("dest-stopped"));

        QVERIFY2(clickedStop, "the wait's window with its Stop Waiting button was not there to click");
        QCOMPARE(read.status, SecretStore::ReadStatus::Failed);
        QVERIFY2(read.error.message.contains(QStringLiteral("was not read: you stopped waiting")),
            qPrintable(read.error.message));
        QCOMPARE(otherClicks, 0);
        QVERIFY(!wired.indicator.isWaiting());
        QTRY_VERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("keychainWaitDialog")));
        QVERIFY(!QGuiApplication::overrideCursor());
        QVERIFY(clickAsAPerson(other));
        QTRY_COMPARE(otherClicks, 1); // the window takes input again
    }

    // Escape on the wait's window stops waiting too; a token being stored is then said not to be.
    void escapeStopsWaitingForAWrite()
    {
        QWidget window;
        QVERIFY(showActive(window));
        WiredStore wired(120 * 1000); // stopped long before

        bool pressed = false;
        QTimer::singleShot(800, &window, [&] {
            auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("keychainWaitDialog"));
            if (!dialog || !dialog->isVisible()) {
                return;
            }
            QTest::keyClick(dialog->windowHandle(), Qt::Key_Escape);
            pressed = true;
        });
        const Status written
            = wired.store.write(QStringLiteral("dest-stopped"), QStringLiteral("secret-token"));

        QVERIFY2(pressed, "the wait's window was not there to press Escape in");
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(QStringLiteral("was not stored: you stopped waiting")),
            qPrintable(written.error().message));
        QVERIFY(!written.error().message.contains(QStringLiteral("secret-token")));
        QTRY_VERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("keychainWaitDialog")));
    }

private:
    test::SilentKeychain m_keychain;
};

QTEST_MAIN(KeychainWaitIndicatorTest)

#include "tst_keychainwaitindicator.moc"
