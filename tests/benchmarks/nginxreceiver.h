#pragma once

// The benchmark's lean receiver, nginx (see bench_streaming.cpp).

#include "fakequaltrics.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <functional>
#include <unistd.h>

namespace qad::bench {

using qad::test::TestCertificate;

// What a throughput run sends to, and how it reads what arrived.
struct Receiver
{
    QString url;
    std::function<void()> reset; // before the run
    std::function<int()> delivered; // activations that arrived and were accepted
    std::function<double()> cpuSeconds; // the receiver's CPU so far
};

// A lean stand-in for Qualtrics' servers: nginx, one process, answering like the JSON-event endpoint (401
// without the destination's Basic credentials, 400 without a JSON content type, otherwise 200 with a v3 body
// and a fresh requestId) and logging each request's status and Idempotency-Key. The Qt receiver of the tests
// (FakeQualtrics) parses and keeps every request, and costs 75 - 135 us of the two shared cores per request;
// Qualtrics' own servers cost qadctl nothing, being elsewhere. HTTP/1.1 over TLS, like the Qt receiver.
class NginxReceiver
{
public:
    ~NginxReceiver()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(10000);
        }
    }

    // Empty when it runs; otherwise why not.
    // `http2`: offers HTTP/2 in the TLS handshake (ALPN), as Qualtrics' servers may; the client then uses it.
    QString start(const QString &directory, const TestCertificate &certificate, const QByteArray &basicAuth,
        bool http2 = false)
    {
        const QString nginx = QStandardPaths::findExecutable(
            QStringLiteral("nginx"), { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin") });
        if (nginx.isEmpty()) {
            return QStringLiteral("nginx: not installed (apt-get install nginx)");
        }
        QTcpServer probe; // a free port
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            return QStringLiteral("no free port");
        }
        m_port = probe.serverPort();
        probe.close();
        m_directory = directory;
        QDir().mkpath(directory);
        const QString v3
            = QStringLiteral(R"('{"result":{},"meta":{"httpStatus":"%1","requestId":"$request_id"}}')");
        QFile conf(QDir(directory).filePath(QStringLiteral("nginx.conf")));
        if (!conf.open(QIODevice::WriteOnly)) {
            return conf.errorString();
        }
        const QString dir = directory;
        conf.write(
            QStringLiteral(
                "worker_processes 1;\nmaster_process off;\ndaemon off;\nerror_log %1/error.log;\npid "
                "%1/nginx.pid;\n"
                "events { worker_connections 1024; }\n"
                "http {\n"
                "  client_body_temp_path %1/body; proxy_temp_path %1/proxy; fastcgi_temp_path %1/fastcgi;\n"
                "  uwsgi_temp_path %1/uwsgi; scgi_temp_path %1/scgi;\n"
                "  log_format keys '$status $http_idempotency_key';\n"
                "  access_log %1/access.log keys buffer=64k flush=100ms;\n"
                "  server {\n"
                "    listen 127.0.0.1:%2 ssl%9;\n"
                "    ssl_certificate %3; ssl_certificate_key %4;\n"
                "    keepalive_requests 100000000; keepalive_timeout 300s;\n"
                "    default_type application/json;\n"
                "    location / {\n"
                "      if ($http_authorization != \"Basic %5\") { return 401 %6; }\n"
                "      if ($content_type !~ \"^application/json\") { return 400 %7; }\n"
                "      return 200 %8;\n"
                "    }\n"
                "  }\n"
                "}\n")
                .arg(dir, QString::number(m_port), certificate.certificateFile(), certificate.keyFile(),
                    QString::fromLatin1(basicAuth), v3.arg(QStringLiteral("401 - Unauthorized")),
                    v3.arg(QStringLiteral("400 - Bad Request")), v3.arg(QStringLiteral("200 - OK")),
                    http2 ? QStringLiteral(" http2") : QString())
                .toUtf8());
        conf.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(nginx, { QStringLiteral("-c"), conf.fileName(), QStringLiteral("-p"), directory });
        for (int i = 0; i < 100; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(100)) {
                return {};
            }
            if (m_process.state() == QProcess::NotRunning) {
                break;
            }
            QThread::msleep(50);
        }
        return QStringLiteral("nginx did not start: %1").arg(QString::fromLocal8Bit(m_process.readAll()));
    }

    Receiver receiver()
    {
        return { QStringLiteral("https://127.0.0.1:%1/inbound-event/v1/events/json/triggers?urlTokenId="
                                "7d0c1f52-2b7e-4a43-9d55-1f0a2c3b4d5e")
                     .arg(m_port),
            [this] { m_logStart = QFileInfo(logFile()).size(); }, [this] { return delivered(); },
            [this] {
                return cpuSeconds();
            } };
    }

private:
    QString logFile() const { return QDir(m_directory).filePath(QStringLiteral("access.log")); }

    // Distinct Idempotency-Keys answered with 200 since the last reset. The log is written in blocks (a write
    // per request would cost nginx a third more); the last one within 100 ms.
    int delivered() const
    {
        QThread::msleep(300);
        QFile log(logFile());
        if (!log.open(QIODevice::ReadOnly) || !log.seek(m_logStart)) {
            return 0;
        }
        QSet<QByteArray> keys;
        while (!log.atEnd()) {
            const QByteArray line = log.readLine().trimmed();
            if (line.startsWith("200 ")) {
                keys.insert(line.mid(4));
            }
        }
        return int(keys.size());
    }

    double cpuSeconds() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
        if (!stat.open(QIODevice::ReadOnly)) {
            return 0;
        }
        const QByteArray text = stat.readAll();
        // After "(comm)": state is field 3, utime and stime are fields 14 and 15.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        return fields.size() > 12
            ? double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK))
            : 0.0;
    }

    QProcess m_process;
    QString m_directory;
    quint16 m_port = 0;
    qint64 m_logStart = 0;
};

} // namespace qad::bench
