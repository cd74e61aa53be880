// Streaming benchmark (prints figures; not a test). Runs the built qadctl as a separate process against
// receivers on loopback, as a user would run it: the Qt receiver of the tests (FakeQualtrics), over HTTPS
// with a throwaway certificate (trusted through QAD_CA_CERTIFICATES) as the real endpoint, and over plain
// HTTP for comparison; and nginx over HTTPS, a receiver that takes from the two shared cores what a real
// server takes:
//   1. latency: a followed file receives 1,000 profiles/s; the time from a line appended to its POST
//      arriving at the Qt receiver, p50 and p99 (HTTPS);
//   2. throughput: N profiles (default 50,000) from an NDJSON file, rate limit lifted, full durability:
//      activations/s, CPU us per activation, the receiver's CPU per request, peak memory of the qadctl
//      process. To the Qt receiver over HTTPS, then plain HTTP, at the default 6 requests in flight; over
//      HTTPS again with --concurrency 24; then over HTTPS to nginx at the default 6, three times (median;
//      QAD_BENCH_REPEAT sets how many), and once more to nginx offering HTTP/2;
//   3. the ceilings: `wrk -t1 -c6` against the same receivers with the same body, and a bare
//      QNetworkAccessManager client (this program again, in another process: no storage, no engine) with the
//      same 6 requests in flight: what Qt's HTTP client alone reaches on this machine.
// Usage: bench_streaming [N]
#include "delivery/tlstrust.h"
#include "fakequaltrics.h"
#include "nginxreceiver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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
#include <unistd.h>
#include <vector>

using qad::bench::NginxReceiver;
using qad::bench::Receiver;
using qad::test::FakeQualtrics;
using qad::test::TestCertificate;

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

// Runs the event loop until done() or the timeout. It blocks between events (a busy loop here would take a
// core from the qadctl being measured, on a two-core machine half of it); done() is checked at every event
// and every 5 ms.
void spin(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick;
    tick.start(5);
    while (!done() && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
}

struct Bench
{
    QTemporaryDir dir;
    TestCertificate certificate;
    FakeQualtrics receiver; // HTTPS
    FakeQualtrics plainReceiver; // HTTP
    // QAD_QADCTL runs another binary (or a profiler wrapper) in its place.
    QString qadctl = qEnvironmentVariable("QAD_QADCTL", QStringLiteral(QAD_QADCTL_PATH));
    bool receiverDispatcherFromUser = false;

    QStringList global(const QString &name) const
    {
        return { QStringLiteral("--config-dir"), dir.filePath(name + QStringLiteral("/config")),
            QStringLiteral("--data-dir"), dir.filePath(name + QStringLiteral("/data")) };
    }

    // Requests in flight: the product's default unless QAD_BENCH_CONCURRENCY says otherwise.
    static int defaultConcurrency()
    {
        return qEnvironmentVariable("QAD_BENCH_CONCURRENCY", QStringLiteral("6")).toInt();
    }

    QString addDestination(const QString &name, const QString &url, int concurrency = defaultConcurrency())
    {
        QProcess p;
        p.start(qadctl,
            global(name)
                + QStringList { QStringLiteral("destination"), QStringLiteral("add"),
                    QStringLiteral("--name"), name, QStringLiteral("--url"), url,
                    QStringLiteral("--username"), QStringLiteral("bench@example.com"),
                    QStringLiteral("--identity"), QStringLiteral("Email:email"), QStringLiteral("--map"),
                    QStringLiteral("person.name.firstName=person.name.firstName"),
                    QStringLiteral("--audience"), kAudience, QStringLiteral("--rate-limit"),
                    QStringLiteral("0"), QStringLiteral("--concurrency"), QString::number(concurrency) });
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        if (!receiverDispatcherFromUser) {
            e.remove(QStringLiteral("QT_NO_GLIB")); // qadctl runs as users run it
        }
        e.insert(QStringLiteral("QAD_API_TOKEN"), kToken);
        e.insert(QString::fromLatin1(qad::kCaCertificatesVariable), certificate.certificateFile());
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

double cpuSecondsOfChildren()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double cpuSecondsOfSelf()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The machine's busy and total CPU time so far (all cores, from /proc/stat), in clock ticks.
QPair<qint64, qint64> machineTicks()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly)) {
        return { 0, 0 };
    }
    const QList<QByteArray> fields
        = stat.readLine().simplified().split(' '); // "cpu user nice system idle ..."
    qint64 total = 0;
    qint64 idle = 0;
    for (int i = 1; i < fields.size(); ++i) {
        total += fields.at(i).toLongLong();
        if (i == 4 || i == 5) { // idle, iowait
            idle += fields.at(i).toLongLong();
        }
    }
    return { total - idle, total };
}

// The peak resident memory of a running process so far (VmHWM), in MiB; 0 once it is gone.
double peakMemoryMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return 0;
}

// `bench_streaming --qnam-client URL N`: posts N bodies with 6 in flight through one QNetworkAccessManager
// and prints the rate. Nothing else: the floor under any engine built on Qt's HTTP client.
int qnamClient(const QUrl &url, int n)
{
    QNetworkAccessManager network;
    const QByteArray body
        = profileLine(QStringLiteral("floor@example.com"), QStringLiteral("Floor")).trimmed();
    const QByteArray auth = "Basic " + QByteArray("bench@example.com:" + kToken.toUtf8()).toBase64();
    int sent = 0;
    int done = 0;
    int failed = 0;
    QElapsedTimer clock;
    std::function<void()> sendOne = [&] {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", auth);
        request.setRawHeader("Content-Type", "application/json");
        QNetworkReply *reply = network.post(request, body);
        ++sent;
        QObject::connect(reply, &QNetworkReply::finished, &network, [&, reply] {
            failed += reply->error() == QNetworkReply::NoError ? 0 : 1;
            reply->readAll();
            reply->deleteLater();
            if (++done == n) {
                QCoreApplication::quit();
            } else if (sent < n) {
                sendOne();
            }
        });
    };
    clock.start();
    for (int i = 0; i < 6 && sent < n; ++i) {
        sendOne();
    }
    QCoreApplication::exec();
    std::printf("%.0f %d\n", double(n) * 1000.0 / double(std::max<qint64>(1, clock.elapsed())), failed);
    return failed == 0 ? 0 : 1;
}

// Runs the bare client against `url` in another process; its rate, or 0.
double qnamFloor(const Bench &bench, const QString &url, int n)
{
    QProcess client;
    client.setProcessEnvironment(bench.env());
    client.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--qnam-client"), url, QString::number(n) });
    spin([&] { return client.state() == QProcess::NotRunning; }, 10 * 60 * 1000);
    const QList<QByteArray> fields = client.readAllStandardOutput().trimmed().split(' ');
    return client.exitCode() == 0 && !fields.isEmpty() ? fields.first().toDouble() : 0.0;
}

Receiver fakeReceiver(FakeQualtrics &fake)
{
    return { fake.url(), [&fake] { fake.clear(); }, [&fake] { return fake.requestCount(); },
        cpuSecondsOfSelf };
}

struct Throughput
{
    int delivered = 0;
    double seconds = 0;
    double cpuUs = 0;
    double receiverCpuUs = 0;
    double machineBusy = 0; // of all cores, 0..1
    double peakMemoryMiB = 0; // of qadctl
    int exitCode = 0;
};

// `qadctl run` over N profiles to a new destination at `url`, until idle.
Throughput throughput(Bench &bench, const Receiver &receiver, const QString &name, int n,
    int concurrency = Bench::defaultConcurrency())
{
    ::sync(); // what earlier runs left for the kernel to write back does not stall this run's commits
    const QString id = bench.addDestination(name, receiver.url, concurrency);
    const QString source = bench.dir.filePath(name + QStringLiteral(".ndjson"));
    {
        QFile file(source);
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        for (int i = 0; i < n; ++i) {
            file.write(
                profileLine(QStringLiteral("p%1@example.com").arg(i), QStringLiteral("Name%1").arg(i)));
        }
    }
    receiver.reset();
    const double cpuBefore = cpuSecondsOfChildren();
    const double receiverBefore = receiver.cpuSeconds();
    const QPair<qint64, qint64> ticksBefore = machineTicks();
    QProcess run;
    run.setProcessEnvironment(bench.env());
    QElapsedTimer wall;
    wall.start();
    run.start(bench.qadctl,
        bench.global(name)
            + QStringList { QStringLiteral("run"), id, QStringLiteral("--source"), source,
                QStringLiteral("--exit-when-idle") });
    run.waitForStarted();
    // The high-water mark only grows: read at every event and every 5 ms, the last reading is the peak.
    double peak = 0;
    spin(
        [&] {
            peak = std::max(peak, peakMemoryMiB(run.processId()));
            return run.state() == QProcess::NotRunning;
        },
        30 * 60 * 1000);
    Throughput t;
    t.peakMemoryMiB = peak;
    t.seconds = double(wall.elapsed()) / 1000.0;
    t.delivered = receiver.delivered();
    // QProcess reaped the child: its resource usage is in RUSAGE_CHILDREN.
    t.cpuUs = (cpuSecondsOfChildren() - cpuBefore) * 1e6 / std::max(1, t.delivered);
    t.receiverCpuUs = (receiver.cpuSeconds() - receiverBefore) * 1e6 / std::max(1, t.delivered);
    const QPair<qint64, qint64> ticksAfter = machineTicks();
    t.machineBusy = double(ticksAfter.first - ticksBefore.first)
        / double(std::max<qint64>(1, ticksAfter.second - ticksBefore.second));
    t.exitCode = run.exitCode();
    return t;
}

// Activations delivered per second of the run.
double rateOf(const Throughput &t)
{
    return t.delivered / std::max(t.seconds, 0.001);
}

void printThroughput(const char *what, int n, int concurrency, const Throughput &t)
{
    std::printf(
        "throughput over %s, %d in flight: %d profiles -> %d activations delivered in %.2f s (exit %d)\n",
        what, concurrency, n, t.delivered, t.seconds, t.exitCode);
    std::printf("  activations/s:             %.0f\n", rateOf(t));
    std::printf("  CPU per activation:        %.1f us (qadctl, user+system)\n", t.cpuUs);
    std::printf("  receiver CPU per request:  %.1f us (the stand-in for Qualtrics, on the same cores)\n",
        t.receiverCpuUs);
    std::printf("  machine busy:              %.0f %% of %d cores\n", t.machineBusy * 100.0,
        QThread::idealThreadCount());
    std::printf("  peak memory (qadctl RSS):  %.1f MiB\n", t.peakMemoryMiB);
    std::fflush(stdout);
}

// Latency at a steady 1,000 profiles/s appended to a followed file: from a line appended to its POST
// arriving at the Qt receiver.
void measureLatency(Bench &bench, int n)
{
    QObject context; // the connections below end with this run
    ::sync();
    const int latencyProfiles = std::min(n, 10000);
    const QString followId = bench.addDestination(QStringLiteral("latency"), bench.receiver.url());
    const QString followed = bench.dir.filePath(QStringLiteral("followed.ndjson"));
    QFile(followed).open(QIODevice::WriteOnly);
    const double cpuBefore = cpuSecondsOfChildren();
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
    QObject::connect(&bench.receiver, &FakeQualtrics::requestReceived, &context, [&](int index) {
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
    QObject::connect(&pace, &QTimer::timeout, &context, [&] {
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
    const double cpu = cpuSecondsOfChildren() - cpuBefore; // the whole run, its start and stop included
    std::printf("latency: %zu of %d profiles appended at 1,000/s to a followed file\n", latencies.size(),
        latencyProfiles);
    std::printf("  append -> POST p50:        %.1f ms\n", percentile(latencies, 0.50));
    std::printf("  append -> POST p99:        %.1f ms\n", percentile(latencies, 0.99));
    std::printf("  CPU per activation:        %.1f us (qadctl, user+system, at 1,000/s)\n",
        latencies.empty() ? 0.0 : cpu * 1e6 / double(latencies.size()));
    std::fflush(stdout);
}

int main(int argc, char *argv[])
{
    // The receivers stand in for Qualtrics, whose servers are not on this machine: on two cores every
    // microsecond they take is one qadctl cannot have. Qt's Unix event dispatcher costs them less than
    // GLib's (about 10 % more activations/s for qadctl). The bare client (--qnam-client) uses it too, and
    // mimalloc like qadctl: the cheapest Qt's HTTP client gets. qadctl runs with its own default.
    const bool dispatcherFromUser = qEnvironmentVariableIsSet("QT_NO_GLIB");
    if (!dispatcherFromUser) {
        qputenv("QT_NO_GLIB", "1");
    }
    QCoreApplication app(argc, argv);
    if (argc > 3 && qstrcmp(argv[1], "--qnam-client") == 0) {
        if (const qad::Status trusted = qad::trustCertificatesFromEnvironment(); !trusted) {
            return 1;
        }
        return qnamClient(QUrl(QString::fromUtf8(argv[2])), QByteArray(argv[3]).toInt());
    }
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 50000;
    Bench bench;
    bench.receiverDispatcherFromUser = dispatcherFromUser;
    if (!bench.certificate.isValid()) {
        std::fprintf(stderr, "no certificate for the HTTPS receiver: %s\n",
            qPrintable(bench.certificate.errorString()));
        return 1;
    }
    for (FakeQualtrics *receiver : { &bench.receiver, &bench.plainReceiver }) {
        receiver->setCredentials(QStringLiteral("bench@example.com"), kToken);
    }
    if (!bench.receiver.listenTls(bench.certificate.certificateFile(), bench.certificate.keyFile())
        || !bench.plainReceiver.listen()) {
        std::fprintf(stderr, "cannot listen on loopback\n");
        return 1;
    }

    // While tuning, QAD_BENCH_ONLY measures one part: `https` (throughput over HTTPS to the Qt receiver),
    // `nginx` (the same to nginx), `h2` (to nginx over HTTP/2), `latency`, or `floor` (the bare client).
    const QString only = qEnvironmentVariable("QAD_BENCH_ONLY");
    const bool latencyOnly = only == u"latency";
    if (only == u"floor") {
        std::printf(
            "QNetworkAccessManager alone, 6 in flight, %d requests: HTTPS %.0f/s, plain HTTP %.0f/s\n", n,
            qnamFloor(bench, bench.receiver.url(), n), qnamFloor(bench, bench.plainReceiver.url(), n));
        return 0;
    }

    // 1. Latency first, with a receiver that has served nothing yet. Measured after a throughput run through
    // the same Qt receiver (50,000 requests), the p99 came out at 61-77 ms; with a new receiver after the
    // same run, 14 ms: what slows down is the receiver in this process, where the arrivals are timed.
    if (only.isEmpty() || latencyOnly) {
        measureLatency(bench, n);
        if (latencyOnly) {
            return 0;
        }
    }

    // 2. Throughput, full durability. To the Qt receiver at the default concurrency, over HTTPS as to
    // Qualtrics and over plain HTTP; over HTTPS again with more requests in flight (--concurrency), as a user
    // draining a backlog would set; then over HTTPS to nginx, a receiver that costs the shared cores what a
    // real server costs.
    const QByteArray basicAuth = QByteArray("bench@example.com:" + kToken.toUtf8()).toBase64();
    NginxReceiver nginx;
    Throughput secure;
    Throughput plain;
    Throughput lean;
    if (!latencyOnly) {
        const int concurrency = Bench::defaultConcurrency();
        if (only.isEmpty() || only == u"https") {
            secure = throughput(bench, fakeReceiver(bench.receiver), QStringLiteral("throughput"), n);
            printThroughput("HTTPS, Qt receiver", n, concurrency, secure);
        }
        if (only.isEmpty()) {
            plain
                = throughput(bench, fakeReceiver(bench.plainReceiver), QStringLiteral("throughput-http"), n);
            printThroughput("plain HTTP, Qt receiver", n, concurrency, plain);
            constexpr int kWide = 24;
            const Throughput wide = throughput(
                bench, fakeReceiver(bench.receiver), QStringLiteral("throughput-wide"), n, kWide);
            printThroughput("HTTPS, Qt receiver", n, kWide, wide);
        }
        if (only.isEmpty() || only == u"nginx") {
            const QString problem
                = nginx.start(bench.dir.filePath(QStringLiteral("nginx")), bench.certificate, basicAuth);
            if (problem.isEmpty()) {
                // The figure the 5,000/s target is read from, so it is measured more than once: on this
                // shared machine one run differs from the next by up to a fifth. The median run stands.
                const int repeats = std::max(1,
                    qEnvironmentVariableIntValue("QAD_BENCH_REPEAT") > 0
                        ? qEnvironmentVariableIntValue("QAD_BENCH_REPEAT")
                        : 3);
                std::vector<Throughput> runs;
                for (int i = 0; i < repeats; ++i) {
                    runs.push_back(throughput(
                        bench, nginx.receiver(), QStringLiteral("throughput-nginx-%1").arg(i + 1), n));
                    printThroughput("HTTPS, nginx receiver", n, concurrency, runs.back());
                }
                std::sort(runs.begin(), runs.end(),
                    [](const Throughput &a, const Throughput &b) { return rateOf(a) < rateOf(b); });
                lean = runs[runs.size() / 2];
                std::printf("HTTPS, nginx receiver, %d in flight, median of %d runs: %.0f activations/s "
                            "(runs %.0f - %.0f), %.1f us CPU per activation\n",
                    concurrency, repeats, rateOf(lean), rateOf(runs.front()), rateOf(runs.back()),
                    lean.cpuUs);
                std::fflush(stdout);
            } else {
                std::printf("%s - no figure for a lean receiver\n", qPrintable(problem));
            }
        }
        // The same over HTTP/2, which QNetworkAccessManager uses when the server offers it (Qualtrics'
        // servers may): the requests in flight share one connection.
        if (only.isEmpty() || only == u"h2") {
            NginxReceiver nginx2;
            const QString problem = nginx2.start(
                bench.dir.filePath(QStringLiteral("nginx-h2")), bench.certificate, basicAuth, true);
            if (problem.isEmpty()) {
                const Throughput h2
                    = throughput(bench, nginx2.receiver(), QStringLiteral("throughput-nginx-h2"), n);
                printThroughput("HTTPS with HTTP/2, nginx receiver", n, concurrency, h2);
            } else {
                std::printf("%s - no HTTP/2 figure\n", qPrintable(problem));
            }
        }
        if (!only.isEmpty()) {
            return 0;
        }
    }

    // 3. The ceilings: the bare QNetworkAccessManager client, and wrk, against the same receivers.
    const auto share = [](double part, double whole) {
        return whole > 0 ? part / whole : 0.0;
    };
    const int floorRequests = std::min(n, 30000);
    const double floorSecure = qnamFloor(bench, bench.receiver.url(), floorRequests);
    const double floorPlain = qnamFloor(bench, bench.plainReceiver.url(), floorRequests);
    const double floorLean = lean.delivered > 0 ? qnamFloor(bench, nginx.receiver().url, floorRequests) : 0.0;
    std::printf("QNetworkAccessManager alone (no storage), 6 in flight, %d requests:\n", floorRequests);
    std::printf("  HTTPS, Qt receiver:        %.0f requests/s (qad: %.2f of it)\n", floorSecure,
        share(rateOf(secure), floorSecure));
    std::printf("  plain HTTP, Qt receiver:   %.0f requests/s (qad: %.2f of it)\n", floorPlain,
        share(rateOf(plain), floorPlain));
    if (floorLean > 0) {
        std::printf("  HTTPS, nginx receiver:     %.0f requests/s (qad: %.2f of it)\n", floorLean,
            share(rateOf(lean), floorLean));
    }
    std::fflush(stdout);

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
        lua.write("wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
                  "wrk.headers[\"Authorization\"] = \"Basic "
            + basicAuth + "\"\nwrk.body = [[" + body + "]]\n");
    }
    bench.receiver.setHandler([](const FakeQualtrics::Request &) { return FakeQualtrics::Reply {}; });
    const auto wrkRate = [&](const QString &url) {
        QProcess wrkProcess;
        wrkProcess.start(wrk,
            { QStringLiteral("-t1"), QStringLiteral("-c6"), QStringLiteral("-d10s"), QStringLiteral("-s"),
                script, url });
        spin([&] { return wrkProcess.state() == QProcess::NotRunning; }, 60000);
        const QString out = QString::fromUtf8(wrkProcess.readAllStandardOutput());
        const auto match = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(out);
        return match.hasMatch() ? match.captured(1).toDouble() : 0.0;
    };
    const double wrkQt = wrkRate(bench.receiver.url());
    std::printf("wrk -t1 -c6 against the same HTTPS receivers, same body:\n");
    std::printf("  Qt receiver:               %.0f requests/s (qad: %.2f of it)\n", wrkQt,
        share(rateOf(secure), wrkQt));
    if (lean.delivered > 0) {
        const double wrkLean = wrkRate(nginx.receiver().url);
        std::printf("  nginx receiver:            %.0f requests/s (qad: %.2f of it)\n", wrkLean,
            share(rateOf(lean), wrkLean));
    }
    return 0;
}
