#pragma once

// A Secret Service that takes every call and never answers: a hung keychain, or one waiting for a password
// nobody types. A test binary runs it as a child process of its own (see runSilentSecretService) on a private
// session bus, so the keychain code under test really waits on D-Bus.

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusVirtualObject>
#include <QTextStream>

namespace qad::test {

inline constexpr char kSilentServiceArgument[] = "--silent-secret-service";

class SilentObject : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override { return true; }
};

// Child mode: owns org.freedesktop.secrets on the session bus, prints "ready", and answers nothing until
// killed.
inline int runSilentSecretService(QCoreApplication &app)
{
    SilentObject object;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerVirtualObject(QStringLiteral("/"), &object, QDBusConnection::SubPath)
        || !bus.registerService(QStringLiteral("org.freedesktop.secrets"))) {
        return 2;
    }
    QTextStream(stdout) << "ready" << Qt::endl;
    return app.exec();
}

} // namespace qad::test
