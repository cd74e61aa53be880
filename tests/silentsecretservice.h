#pragma once

// A keychain that never answers, for tests of what qad and qadctl do while they wait for one: a private D-Bus
// session of the test's own (never the user's), on which qad_silent_secret_service owns the Secret Service.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace qad::test {

class SilentKeychain
{
public:
    SilentKeychain() = default;
    SilentKeychain(const SilentKeychain &) = delete;
    SilentKeychain &operator=(const SilentKeychain &) = delete;
    ~SilentKeychain()
    {
        for (QProcess *process : { &m_service, &m_bus }) {
            process->kill();
            process->waitForFinished();
        }
    }

    // Starts the bus and the service; an empty string when both run, else what went wrong.
    QString start()
    {
        m_bus.start(QStringLiteral("dbus-daemon"),
            { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
        if (!m_bus.waitForReadyRead(10000)) {
            return QStringLiteral("dbus-daemon (Debian package dbus) did not start: %1")
                .arg(m_bus.errorString());
        }
        m_address = QString::fromUtf8(m_bus.readLine().trimmed());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        m_service.setProcessEnvironment(env);
        m_service.start(QStringLiteral(QAD_SILENT_SECRET_SERVICE_PATH), QStringList());
        if (!m_service.waitForReadyRead(10000) || !m_service.readAllStandardOutput().startsWith("ready")) {
            return QStringLiteral("the silent Secret Service did not start: %1")
                .arg(QString::fromUtf8(m_service.readAllStandardError()));
        }
        return {};
    }

    // The bus to name in DBUS_SESSION_BUS_ADDRESS.
    QString address() const { return m_address; }

private:
    QProcess m_bus;
    QProcess m_service;
    QString m_address;
};

} // namespace qad::test
