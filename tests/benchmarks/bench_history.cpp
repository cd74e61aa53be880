// History benchmark (prints figures; not a test). Usage: bench_history [ACTIVATIONS] [STREAMED]
//   0. the write path's cost: 200,000 activations into an empty database through commitIngest in transactions
//      of 500 (as the streaming engine commits them), an attempt recorded for each (recordAttempts, 500 at
//      once), then all purged;
//   1. fills a temporary database with ACTIVATIONS (default 1,000,000) through SqliteStorage::commitIngest;
//   2. the history panel at that size: time to first rows shown (storage opened, model created, first page
//      read, the table shown offscreen and painted), to a status filter, to an identity search (rare and
//      common; answered from the trigram index of the keys, or else read from the history in steps, so it
//      also says how long it held the GUI thread at once), to the next page; target under 300 ms each;
//   3. the longest GUI-thread stall while a StreamEngine (ingest and DeliveryWorker in background threads)
//      streams STREAMED profiles (default 20,000) at full speed to a FakeQualtrics receiver in a thread of
//      its own, the history view refreshing every 500 ms: a 1 ms timer in the GUI thread records the largest
//      gap between its ticks; target under 50 ms.
#include "appcontext.h"
#include "engine/streamengine.h"
#include "fakequaltrics.h"
#include "panels/historymodel.h"
#include "panels/historypanel.h"
#include "storage/sqlitestorage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace qad;
using qad::test::FakeQualtrics;

namespace {

const QString kDestinationId = QStringLiteral("5b0c7c9e-8f7a-4b8e-9d0e-3c2f1a6b7d41"); // ids are UUIDs
const QString kAudience = QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283");
const QString kUsername = QStringLiteral("bench@example.com");
const QString kToken = QStringLiteral("BenchHistTok3n-5678");
constexpr qint64 kDayMs = 86'400'000;

QString keyOf(int i)
{
    return QStringLiteral("Email:person%1@example.com|external_id:ECID-%2")
        .arg(i)
        .arg(i, 8, 10, QLatin1Char('0'));
}

// 97 % succeeded, 3 % failed, one in a thousand a test send; spread over the last 30 days, oldest first.
ActivationRecord benchActivation(int i, int n, qint64 startMs)
{
    ActivationRecord a;
    a.id = ActivationRecord::newId();
    a.destinationId = kDestinationId;
    a.profileKey = keyOf(i);
    a.audiences = QStringLiteral(R"({"%1":"realized"})").arg(kAudience).toUtf8();
    a.createdAt = QDateTime::fromMSecsSinceEpoch(startMs + qint64(i) * (30 * kDayMs / n), Qt::UTC);
    a.payload
        = QStringLiteral(R"({"person":{"name":{"firstName":"Name%1","lastName":"Person"}},)"
                         R"("mobilePhone":{"number":"0123456789"},"identityMap":{"Email":[{"id":)"
                         R"("person%1@example.com"}],"external_id":[{"id":"ECID-%1"}]},"segmentMembership":)"
                         R"({"ups":{"%2":{"lastQualificationTime":"2026-11-25T10:43:55.602687Z",)"
                         R"("status":"realized"}}}})")
              .arg(i)
              .arg(kAudience)
              .toUtf8();
    a.status = i % 100 < 3 ? ActivationStatus::Failed : ActivationStatus::Succeeded;
    a.attemptCount = 1;
    a.lastError = a.status == ActivationStatus::Failed ? QStringLiteral("HTTP 400 Bad Request") : QString();
    a.isTest = i % 1000 == 500;
    return a;
}

bool fill(const QString &dataDir, int n)
{
    SqliteStorage storage(dataDir);
    if (const Status opened = storage.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return false;
    }
    constexpr int kBatch = 10'000;
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch() - 31 * kDayMs;
    QElapsedTimer timer;
    timer.start();
    for (int first = 0; first < n; first += kBatch) {
        IngestBatch batch;
        for (int i = first; i < std::min(n, first + kBatch); ++i) {
            batch.activations.append(benchActivation(i, n, startMs));
        }
        if (const Status committed = storage.commitIngest(batch); !committed) {
            std::fprintf(stderr, "%s\n", qPrintable(committed.error().message));
            return false;
        }
        if ((first / kBatch) % 10 == 9) {
            std::fprintf(stderr, "  %d activations written\n", first + kBatch);
        }
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    std::printf("fill: %d activations through commitIngest in %.1f s (%.0f/s), database %.0f MiB\n", n,
        seconds, n / seconds, double(QFileInfo(storage.databasePath()).size()) / (1024.0 * 1024.0));
    std::fflush(stdout);
    return true;
}

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// The write path as the streaming engine uses it: what the search index costs on every insert, update and
// purge.
bool writeCost(const QString &dataDir, int n)
{
    SqliteStorage storage(dataDir);
    if (const Status opened = storage.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return false;
    }
    constexpr int kBatch = 500;
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch() - 31 * kDayMs;
    QStringList ids;
    ids.reserve(n);
    QElapsedTimer timer;
    timer.start();
    qint64 cpu = threadCpuNs();
    for (int first = 0; first < n; first += kBatch) {
        IngestBatch batch;
        for (int i = first; i < std::min(n, first + kBatch); ++i) {
            ActivationRecord a = benchActivation(i, n, startMs);
            a.status = ActivationStatus::Pending; // as the engine writes them: not attempted yet
            a.attemptCount = 0;
            a.lastError.clear();
            ids.append(a.id);
            batch.activations.append(a);
        }
        if (const Status committed = storage.commitIngest(batch); !committed) {
            std::fprintf(stderr, "%s\n", qPrintable(committed.error().message));
            return false;
        }
    }
    double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("write cost: %d inserts (commitIngest, %d a transaction) in %.2f s (%.0f/s; %.1f us CPU "
                "each), database %.0f MiB\n",
        n, kBatch, seconds, n / seconds, double(threadCpuNs() - cpu) / 1e3 / n,
        double(QFileInfo(storage.databasePath()).size()) / (1024.0 * 1024.0));
    std::fflush(stdout);

    timer.restart();
    cpu = threadCpuNs();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    for (int first = 0; first < n; first += kBatch) {
        QList<AttemptOutcome> outcomes;
        for (int i = first; i < std::min(n, first + kBatch); ++i) {
            AttemptOutcome o;
            o.attempt.activationId = ids.at(i);
            o.attempt.startedAt = at;
            o.attempt.durationMs = 40;
            o.attempt.httpStatus = 200;
            o.attempt.outcome.cls = OutcomeClass::Succeeded;
            o.attempt.outcome.code = QStringLiteral("ok");
            o.next = ActivationStatus::Succeeded;
            outcomes.append(o);
        }
        if (const Status recorded = storage.recordAttempts(outcomes); !recorded) {
            std::fprintf(stderr, "%s\n", qPrintable(recorded.error().message));
            return false;
        }
    }
    seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf(
        "write cost: %d attempts recorded (recordAttempts, %d at once) in %.2f s (%.0f/s; %.1f us CPU "
        "each)\n",
        n, kBatch, seconds, n / seconds, double(threadCpuNs() - cpu) / 1e3 / n);
    std::fflush(stdout);

    timer.restart();
    cpu = threadCpuNs();
    const auto purged = storage.purge(QDateTime::currentDateTimeUtc());
    seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("write cost: %lld purged in %.2f s (%.0f/s; %.1f us CPU each)\n",
        purged ? static_cast<long long>(*purged) : -1LL, seconds, n / seconds,
        double(threadCpuNs() - cpu) / 1e3 / n);
    std::fflush(stdout);
    return bool(purged);
}

// Milliseconds of `work` plus painting the table, as the user would wait for it.
qint64 timed(QTableView *table, const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    table->viewport()->repaint();
    return timer.elapsed();
}

// Then the events it queued (the count, layout): the GUI is free again.
qint64 untilIdle()
{
    QElapsedTimer timer;
    timer.start();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return timer.elapsed();
}

// An identity search: until it has listed its page or read the whole history, and the longest the GUI thread
// was held at once meanwhile (the first step runs when the filter is applied, the others from the event
// loop).
struct SearchTiming
{
    qint64 totalMs = 0;
    qint64 firstRowMs = -1; // the first match on screen
    qint64 longestHoldMs = 0;
};

SearchTiming timedSearch(ui::HistoryModel *model, QTableView *table, const std::function<void()> &start)
{
    SearchTiming timing;
    QElapsedTimer total;
    total.start();
    QElapsedTimer hold;
    hold.start();
    start();
    table->viewport()->repaint();
    timing.longestHoldMs = hold.elapsed();
    const auto seen = [&] {
        if (timing.firstRowMs < 0 && model->rowCount() > 0) {
            timing.firstRowMs = total.elapsed();
        }
    };
    seen();
    while (model->isSearching()) {
        hold.restart();
        QCoreApplication::processEvents();
        table->viewport()->repaint();
        timing.longestHoldMs = std::max(timing.longestHoldMs, hold.elapsed());
        seen();
    }
    timing.totalMs = total.elapsed();
    return timing;
}

const char *verdict(qint64 ms, qint64 target)
{
    return ms < target ? "ok" : "OVER TARGET";
}

void report(const char *what, qint64 ms, qint64 countMs, int rows, qint64 target = 300)
{
    std::printf("  %-44s %5lld ms  [%s]  (%d rows listed; then %lld ms until the count is shown)\n", what,
        static_cast<long long>(ms), verdict(ms + countMs, target), rows, static_cast<long long>(countMs));
    std::fflush(stdout);
}

Destination benchDestination(const QString &url)
{
    Destination d;
    d.id = kDestinationId;
    d.name = QStringLiteral("Bench history");
    d.url = url;
    d.username = kUsername;
    d.identities = { { QStringLiteral("Email"), IdentityTarget::Email } };
    d.attributes = { { QStringLiteral("person.name.firstName"), QStringLiteral("person.name.firstName") } };
    d.audiences = { { kAudience, QStringLiteral("Bought recently"), std::nullopt, std::nullopt } };
    d.delivery.rateLimitPerMinute = 0; // full speed
    return d;
}

QByteArray profileLine(int i)
{
    return QStringLiteral(R"({"identityMap":{"Email":[{"id":"stream%1@example.com"}]},)"
                          R"("person":{"name":{"firstName":"S%1"}},"segmentMembership":{"ups":{"%2":)"
                          R"({"status":"realized","lastQualificationTime":"2026-11-25T10:00:00.000000Z"}}}})")
               .arg(i)
               .arg(kAudience)
               .toUtf8()
        + '\n';
}

// Runs `work` in the thread of `context` and waits for it.
void runIn(QObject *context, const std::function<void()> &work)
{
    QMetaObject::invokeMethod(context, work, Qt::BlockingQueuedConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    const int streamed = argc > 2 ? QByteArray(argv[2]).toInt() : 20'000;
    if (n < 1000 || streamed < 1) {
        std::fprintf(stderr, "usage: bench_history [ACTIVATIONS >= 1000] [STREAMED >= 1]\n");
        return 2;
    }
    QTemporaryDir dir;
    if (!writeCost(dir.filePath(QStringLiteral("writes")), 200'000)) {
        return 1;
    }
    QDir(dir.filePath(QStringLiteral("writes"))).removeRecursively();
    ui::AppContext ctx;
    ctx.dataDir = dir.filePath(QStringLiteral("data"));
    ctx.configDir = dir.filePath(QStringLiteral("config"));
    if (!fill(ctx.dataDir, n)) {
        return 1;
    }

    // The receiver answers from a thread of its own: the GUI thread measures only itself.
    QThread receiverThread;
    receiverThread.setObjectName(QStringLiteral("receiver"));
    QObject receiverContext;
    receiverContext.moveToThread(&receiverThread);
    receiverThread.start();
    FakeQualtrics *receiver = nullptr;
    QString url;
    runIn(&receiverContext, [&] {
        receiver = new FakeQualtrics;
        receiver->setCredentials(kUsername, kToken);
        receiver->setHandler([](const FakeQualtrics::Request &) { return FakeQualtrics::Reply {}; });
        if (receiver->listen()) {
            url = receiver->url();
        }
    });
    if (url.isEmpty()) {
        std::fprintf(stderr, "cannot listen on loopback\n");
        return 1;
    }
    const Destination destination = benchDestination(url);

    // 2. The history at n activations.
    std::printf("history at %d activations (targets: under 300 ms each)\n", n);
    ui::HistoryPanel *panel = nullptr;
    QTableView *table = nullptr;
    QElapsedTimer firstTimer;
    firstTimer.start();
    panel = new ui::HistoryPanel(ctx);
    panel->setAutoRefreshInterval(0); // the benchmark refreshes on its own clock
    panel->setDestination(destination);
    panel->resize(1400, 900);
    panel->show();
    table = panel->findChild<QTableView *>(QStringLiteral("historyTable"));
    table->viewport()->repaint();
    const qint64 firstMs = firstTimer.elapsed();
    report("first rows shown (open, model, page, paint)", firstMs, untilIdle(), panel->model()->rowCount());

    auto *status = panel->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *identity = panel->findChild<QLineEdit *>(QStringLiteral("identityFilter"));
    const auto statusFilter = [&](ActivationStatus s) {
        status->setCurrentIndex(status->findData(int(s)));
    };
    const auto search = [&](const QString &text) {
        identity->setText(text);
        Q_EMIT identity->returnPressed(); // Return: no debounce
    };
    qint64 ms = timed(table, [&] { statusFilter(ActivationStatus::Failed); });
    report("status filter: failed (3 %)", ms, untilIdle(), panel->model()->rowCount());
    ms = timed(table, [&] { statusFilter(ActivationStatus::Succeeded); });
    report("status filter: succeeded (97 %)", ms, untilIdle(), panel->model()->rowCount());
    ms = timed(table, [&] { statusFilter(ActivationStatus::Sending); });
    report("status filter: sending (none)", ms, untilIdle(), panel->model()->rowCount());
    ms = timed(table, [&] { status->setCurrentIndex(0); });
    report("status filter: any", ms, untilIdle(), panel->model()->rowCount());
    const auto reportSearch = [&](const char *what, const SearchTiming &t) {
        std::printf("  %-44s %5lld ms  [%s]  (%d rows listed, the first after %lld ms; the GUI thread held "
                    "%lld ms at most at once)\n",
            what, static_cast<long long>(t.totalMs), verdict(t.totalMs, 300), panel->model()->rowCount(),
            static_cast<long long>(t.firstRowMs), static_cast<long long>(t.longestHoldMs));
        std::fflush(stdout);
        untilIdle();
    };
    const QString rare
        = QStringLiteral("person%1@").arg(n / 10); // one row, far down: the whole history is read
    reportSearch("identity search: one match, old (all read)",
        timedSearch(panel->model(), table, [&] { search(rare); }));
    search(QString());
    untilIdle();
    reportSearch(
        "identity search: the same again", timedSearch(panel->model(), table, [&] { search(rare); }));
    search(QString());
    untilIdle();
    const QString recent = QStringLiteral("person%1@").arg(n - 5000); // a recent one: found in the first step
    reportSearch("identity search: one match, recent (all read)",
        timedSearch(panel->model(), table, [&] { search(recent); }));
    reportSearch("identity search: 1 % match, all oldest", timedSearch(panel->model(), table, [&] {
        search(QStringLiteral("ECID-0000")); // the oldest 10,000 rows
    }));
    reportSearch("identity search: 1 % match, spread", timedSearch(panel->model(), table, [&] {
        search(QStringLiteral("99@example")); // every hundredth row
    }));
    reportSearch("identity search: every row matches",
        timedSearch(panel->model(), table, [&] { search(QStringLiteral("example.com")); }));
    search(QString());
    untilIdle();
    reportSearch("status failed + identity (all read)", timedSearch(panel->model(), table, [&] {
        statusFilter(ActivationStatus::Failed);
        search(rare);
    }));
    status->setCurrentIndex(0);
    search(QString());
    untilIdle();
    {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 10; ++i) {
            panel->model()->fetchMore({});
        }
        std::printf("  %-44s %5.1f ms  (%d rows loaded)\n", "next page (fetchMore), mean of 10",
            double(timer.nsecsElapsed()) / 1e7, panel->model()->rowCount());
    }
    {
        // New rows at the top while the user is there: the largest batch a refresh inserts.
        SqliteStorage writer(ctx.dataDir);
        IngestBatch batch;
        if (writer.open()) {
            for (int i = 0; i < ui::HistoryModel::kMaxInsertedOnRefresh; ++i) {
                ActivationRecord a = benchActivation(n + i, n, QDateTime::currentMSecsSinceEpoch());
                a.createdAt = QDateTime::currentDateTimeUtc();
                a.status = ActivationStatus::Pending;
                batch.activations.append(a);
            }
            writer.commitIngest(batch);
        }
        const int before = panel->model()->rowCount();
        const qint64 cpu = threadCpuNs();
        const qint64 refreshMs = timed(table, [&] { panel->refresh(); });
        std::printf("  %-44s %5lld ms  (%d rows inserted at the top; %.1f ms GUI-thread CPU)\n",
            "refresh picking up 500 new rows", static_cast<long long>(refreshMs),
            panel->model()->rowCount() - before, double(threadCpuNs() - cpu) / 1e6);
        const qint64 quietMs = timed(table, [&] { panel->refresh(); });
        std::printf("  %-44s %5lld ms\n", "refresh with nothing new (300 rows in flight)",
            static_cast<long long>(quietMs));
    }
    {
        const QString path = dir.filePath(QStringLiteral("failed.csv"));
        statusFilter(ActivationStatus::Failed);
        QElapsedTimer timer;
        timer.start();
        const auto written = panel->exportCsv(path);
        std::printf("  %-44s %5lld ms  (%lld rows, %.1f MiB)\n", "export CSV of the failed", timer.elapsed(),
            written ? static_cast<long long>(*written) : -1LL,
            double(QFileInfo(path).size()) / (1024.0 * 1024.0));
        status->setCurrentIndex(0);
        untilIdle();
    }
    std::fflush(stdout);

    // 3. GUI-thread stalls while streaming at full speed.
    const QString source = dir.filePath(QStringLiteral("stream.ndjson"));
    {
        QFile file(source);
        if (!file.open(QIODevice::WriteOnly)) {
            return 1;
        }
        for (int i = 0; i < streamed; ++i) {
            file.write(profileLine(i));
        }
    }
    QThread engineThread;
    engineThread.setObjectName(QStringLiteral("engine"));
    QObject engineContext;
    engineContext.moveToThread(&engineThread);
    engineThread.start();
    StreamEngine *engine = nullptr;
    bool finished = false;
    int exitCode = -1;
    RunProgress progress;
    runIn(&engineContext, [&] {
        RunOptions options;
        options.source = source;
        options.exitWhenIdle = true;
        options.historyDays = 3650; // keep the filled history
        engine = new StreamEngine(
            ctx.dataDir, { destination }, { { destination.id, kToken } }, options, SystemClock::instance());
    });
    QObject::connect(
        engine, &StreamEngine::progressChanged, &app, [&](const RunProgress &p) { progress = p; });
    QObject::connect(engine, &StreamEngine::finished, &app, [&](int code) {
        finished = true;
        exitCode = code;
    });

    // Each gap between ticks, and how much of it the GUI thread spent running (the rest it waited for a CPU:
    // the ingest, delivery and receiver threads share the machine's cores with it).
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 lastCpu = 0;
    qint64 maxGap = 0;
    qint64 maxGapCpu = 0;
    qint64 maxBusy = 0;
    std::vector<qint64> gaps;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (last > 0) {
            gaps.push_back(now - last);
            if (now - last > maxGap) {
                maxGap = now - last;
                maxGapCpu = cpu - lastCpu;
            }
            maxBusy = std::max(maxBusy, cpu - lastCpu);
        }
        last = now;
        lastCpu = cpu;
    });
    qint64 refreshMax = 0;
    qint64 refreshMaxCpu = 0;
    qint64 refreshTotal = 0;
    int refreshes = 0;
    QTimer refresher;
    QObject::connect(&refresher, &QTimer::timeout, &app, [&] {
        QElapsedTimer timer;
        timer.start();
        const qint64 cpu = threadCpuNs();
        panel->refresh();
        table->viewport()->repaint(); // what the user sees is part of the cost
        const qint64 spent = timer.nsecsElapsed();
        refreshMax = std::max(refreshMax, spent);
        refreshMaxCpu = std::max(refreshMaxCpu, threadCpuNs() - cpu);
        refreshTotal += spent;
        ++refreshes;
    });

    Status started;
    runIn(&engineContext, [&] { started = engine->start(); });
    if (!started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().message));
        return 1;
    }
    clock.start();
    tick.start(1);
    refresher.start(500);
    while (!finished && clock.elapsed() < 10 * 60 * 1000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    tick.stop();
    refresher.stop();
    int delivered = 0;
    runIn(&receiverContext, [&] { delivered = receiver->requestCount(); });

    std::sort(gaps.begin(), gaps.end());
    const auto gapAt = [&gaps](double p) {
        return gaps.empty() ? 0.0 : double(gaps[size_t(p * double(gaps.size() - 1))]) / 1e6;
    };
    std::printf(
        "streaming %d profiles at full speed while the history refreshes every 500 ms (target: no GUI "
        "stall over 50 ms)\n",
        streamed);
    std::printf(
        "  run: %s in %.1f s, %d POSTs received (%.0f/s; the 500 queued above included), %lld succeeded, "
        "exit %d; %d cores\n",
        finished ? "finished" : "TIMED OUT", seconds, delivered, delivered / seconds,
        static_cast<long long>(progress.succeeded), exitCode, QThread::idealThreadCount());
    std::printf(
        "  longest GUI-thread stall (1 ms timer gap): %.1f ms  [%s], of which the GUI thread ran %.1f ms\n",
        double(maxGap) / 1e6, verdict(maxGap / 1'000'000, 50), double(maxGapCpu) / 1e6);
    std::printf("  longest GUI-thread work between two ticks (thread CPU time): %.1f ms  [%s]\n",
        double(maxBusy) / 1e6, verdict(maxBusy / 1'000'000, 50));
    std::printf("  timer gaps: p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms over %zu ticks\n", gapAt(0.5),
        gapAt(0.99), gapAt(0.999), gaps.size());
    std::printf(
        "  history refresh and repaint: %d, mean %.1f ms, longest %.1f ms (longest in GUI-thread CPU time "
        "%.1f ms); %d rows listed at the end\n",
        refreshes, refreshes ? double(refreshTotal) / refreshes / 1e6 : 0.0, double(refreshMax) / 1e6,
        double(refreshMaxCpu) / 1e6, panel->model()->rowCount());
    std::fflush(stdout);

    runIn(&engineContext, [&] { delete engine; });
    engineThread.quit();
    engineThread.wait();
    runIn(&receiverContext, [&] { delete receiver; });
    receiverThread.quit();
    receiverThread.wait();
    delete panel;
    return finished && exitCode == 0 ? 0 : 1;
}
