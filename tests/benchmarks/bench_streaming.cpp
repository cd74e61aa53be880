// Streaming benchmark (prints figures; not a test). Runs the built qadctl as a separate process against a
// fake Qualtrics receiver on loopback, as a user would run it:
//   1. throughput: N profiles (default 50,000) from an NDJSON file, rate limit lifted, full durability:
//      activations/s, CPU µs per activation, peak memory of the qadctl process;
//   2. latency: a followed file receives 1,000 profiles/s; the time from a line appended to its POST
//   arriving,
//      p50 and p99;
//   3. the ceiling: `wrk -t1 -c6` against the same receiver with the same body, and the ratio.
// Usage: bench_streaming [N]
#include "fakequaltrics.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>

using qad::test::FakeQualtrics;

namespace {

const QString kAudience = QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283");
const QString kToken = QStringLiteral("BenchTok3n-1234");

QByteArray profileLine(const QString &email, const QString &firstName)
{
    return QStringLiteral(R"({"identityMap":{"Email":[{"id":"%1"}]},"person":{"name":{"firstName":"%2"}},)"
                          R"("segmentMembership":{"ups":{"%3":{"status":"realized","lastQualificationTime":)"
                          R"("2026-11-25T10:00:00.000000Z"}}}})")
               .arg(email, firstName, kAudience)
               .toUtf8()
        + '\n';
}

void spin(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
}

struct Bench
{
    QTemporaryDir dir;
    FakeQualtrics receiver;
    // QAD_QADCTL runs another binary (or a profiler wrapper) in its place.
    QString qadctl = qEnvironmentVariable("QAD_QADCTL", QStringLiteral(QAD_QADCTL_PATH));

    QStringList global(const QString &name) const
    {
        return { QStringLiteral("--config-dir"), dir.filePath(name + QStringLiteral("/config")),
            QStringLiteral("--data-dir"), dir.filePath(name + QStringLiteral("/data")) };
    }

    QString addDestination(const QString &name)
    {
        QProcess p;
        p.start(qadctl,
            global(name)
                + QStringList { QStringLiteral("destination"), QStringLiteral("add"),
                    QStringLiteral("--name"), name, QStringLiteral("--url"), receiver.url(),
                    QStringLiteral("--username"), QStringLiteral("bench@example.com"),
                    QStringLiteral("--identity"), QStringLiteral("Email:email"), QStringLiteral("--map"),
                    QStringLiteral("person.name.firstName=person.name.firstName"),
                    QStringLiteral("--audience"), kAudience, QStringLiteral("--rate-limit"),
                    QStringLiteral("0"), QStringLiteral("--concurrency"),
                    qEnvironmentVariable("QAD_BENCH_CONCURRENCY", QStringLiteral("6")) });
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QAD_API_TOKEN"), kToken);
        return e;
    }
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 50000;
    Bench bench;
    bench.receiver.setCredentials(QStringLiteral("bench@example.com"), kToken);
    if (!bench.receiver.listen()) {
        std::fprintf(stderr, "cannot listen on loopback\n");
        return 1;
    }

    // 1. Throughput, full durability.
    const QString id = bench.addDestination(QStringLiteral("throughput"));
    const QString source = bench.dir.filePath(QStringLiteral("profiles.ndjson"));
    {
        QFile file(source);
        if (!file.open(QIODevice::WriteOnly)) {
            return 1;
        }
        for (int i = 0; i < n; ++i) {
            file.write(
                profileLine(QStringLiteral("p%1@example.com").arg(i), QStringLiteral("Name%1").arg(i)));
        }
    }
    QProcess run;
    run.setProcessEnvironment(bench.env());
    QElapsedTimer wall;
    wall.start();
    run.start(bench.qadctl,
        bench.global(QStringLiteral("throughput"))
            + QStringList { QStringLiteral("run"), id, QStringLiteral("--source"), source,
                QStringLiteral("--exit-when-idle") });
    run.waitForStarted();
    const qint64 pid = run.processId();
    spin([&] { return run.state() == QProcess::NotRunning; }, 30 * 60 * 1000);
    const double seconds = double(wall.elapsed()) / 1000.0;
    // QProcess reaped the child; its resource usage is in RUSAGE_CHILDREN (this program has no other children
    // yet).
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    const double cpuUs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e6
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
    const int delivered = bench.receiver.requestCount();
    Q_UNUSED(pid);
    std::printf("throughput: %d profiles -> %d activations delivered in %.2f s (exit %d)\n", n, delivered,
        seconds, run.exitCode());
    std::printf("  activations/s:             %.0f\n", delivered / seconds);
    std::printf(
        "  CPU per activation:        %.1f us (qadctl, user+system)\n", cpuUs / std::max(1, delivered));
    std::printf("  peak memory (qadctl RSS):  %.1f MiB\n", double(usage.ru_maxrss) / 1024.0);
    std::fflush(stdout);

    // 2. Latency at a steady 1,000 profiles/s appended to a followed file.
    const int latencyProfiles = std::min(n, 10000);
    const QString followId = bench.addDestination(QStringLiteral("latency"));
    const QString followed = bench.dir.filePath(QStringLiteral("followed.ndjson"));
    QFile(followed).open(QIODevice::WriteOnly);
    QProcess follow;
    follow.setProcessEnvironment(bench.env());
    follow.start(bench.qadctl,
        bench.global(QStringLiteral("latency"))
            + QStringList { QStringLiteral("run"), followId, QStringLiteral("--source"), followed,
                QStringLiteral("--follow") });
    follow.waitForStarted();
    QThread::msleep(500); // let it open the file and reach its polling loop
    bench.receiver.clear();
    std::vector<double> latencies;
    QHash<QString, qint64> appendedAt; // email -> ns
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&bench.receiver, &FakeQualtrics::requestReceived, &app, [&](int index) {
        const QString email = bench.receiver.requests()
                                  .at(index)
                                  .json.value(QStringLiteral("identityMap"))
                                  .toObject()
                                  .value(QStringLiteral("Email"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        const auto it = appendedAt.constFind(email);
        if (it != appendedAt.constEnd()) {
            latencies.push_back(double(clock.nsecsElapsed() - *it) / 1e6);
        }
    });
    QFile appender(followed);
    appender.open(QIODevice::Append | QIODevice::Unbuffered);
    int appended = 0;
    QTimer pace;
    QObject::connect(&pace, &QTimer::timeout, &app, [&] {
        // Catch up to 1 per millisecond since the start, so the rate holds whatever the timer's granularity.
        const qint64 due = clock.elapsed() - 0;
        while (appended < latencyProfiles && appended < due) {
            const QString email = QStringLiteral("l%1@example.com").arg(appended);
            appendedAt.insert(email, clock.nsecsElapsed());
            appender.write(profileLine(email, QStringLiteral("L")));
            ++appended;
        }
    });
    clock.restart();
    pace.start(1);
    spin([&] { return int(latencies.size()) >= latencyProfiles; }, latencyProfiles + 30000);
    pace.stop();
    follow.terminate();
    follow.waitForFinished(30000);
    std::printf("latency: %zu of %d profiles appended at 1,000/s to a followed file\n", latencies.size(),
        latencyProfiles);
    std::printf("  append -> POST p50:        %.1f ms\n", percentile(latencies, 0.50));
    std::printf("  append -> POST p99:        %.1f ms\n", percentile(latencies, 0.99));
    std::fflush(stdout);

    // 3. The same receiver under wrk, same body, same headers.
    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    if (wrk.isEmpty()) {
        std::printf("wrk: not installed (apt-get install wrk) - no ceiling figure\n");
        return 0;
    }
    const QByteArray body = QJsonDocument(
        bench.receiver.requests().isEmpty() ? QJsonObject {} : bench.receiver.requests().constFirst().json)
                                .toJson(QJsonDocument::Compact);
    const QString script = bench.dir.filePath(QStringLiteral("post.lua"));
    {
        QFile lua(script);
        lua.open(QIODevice::WriteOnly);
        const QByteArray auth = QByteArray("bench@example.com:" + kToken.toUtf8()).toBase64();
        lua.write("wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
                  "wrk.headers[\"Authorization\"] = \"Basic "
            + auth + "\"\nwrk.body = [[" + body + "]]\n");
    }
    bench.receiver.setHandler([](const FakeQualtrics::Request &) { return FakeQualtrics::Reply {}; });
    QProcess wrkProcess;
    wrkProcess.start(wrk,
        { QStringLiteral("-t1"), QStringLiteral("-c6"), QStringLiteral("-d10s"), QStringLiteral("-s"), script,
            bench.receiver.url() });
    spin([&] { return wrkProcess.state() == QProcess::NotRunning; }, 60000);
    const QString wrkOut = QString::fromUtf8(wrkProcess.readAllStandardOutput());
    const auto match = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(wrkOut);
    const double wrkRate = match.hasMatch() ? match.captured(1).toDouble() : 0;
    std::printf("wrk -t1 -c6 against the same receiver: %.0f requests/s\n", wrkRate);
    if (wrkRate > 0) {
        std::printf("  qad / wrk:                 %.2f\n", (delivered / seconds) / wrkRate);
    }
    return 0;
}
