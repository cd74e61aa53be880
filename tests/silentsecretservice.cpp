// qad_silent_secret_service: a Secret Service that takes every call and never answers, as a hung keychain or
// one waiting for a password nobody types. It owns org.freedesktop.secrets on the session bus it is given,
// prints "ready", and answers nothing until killed. Tests run it on a private bus (silentsecretservice.h).
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusVirtualObject>
#include <QTextStream>

namespace {

class SilentObject : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override { return true; }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    SilentObject object;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerVirtualObject(QStringLiteral("/"), &object, QDBusConnection::SubPath)
        || !bus.registerService(QStringLiteral("org.freedesktop.secrets"))) {
        return 2;
    }
    QTextStream(stdout) << "ready" << Qt::endl;
    return app.exec();
}
