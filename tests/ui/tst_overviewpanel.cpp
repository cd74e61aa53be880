// The overview, the streaming controller, the alerts panel and the tray, offscreen. What another process
// (`qadctl run`) writes is written here through a second SqliteStorage connection on the same data directory.
#include "accessibility.h"
#include "appcontext.h"
#include "common/clock.h"
#include "config/configstore.h"
#include "fakequaltrics.h"
#include "messageboxes.h"
#include "panels/alertspanel.h"
#include "panels/leftoutdialog.h"
#include "panels/overviewpanel.h"
#include "secrets/memorysecretstore.h"
#include "storage/sqlitestorage.h"
#include "streamcontroller.h"
#include "traycontroller.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QShortcut>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeWidget>
#include <QValueAxis>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>

using namespace qad;
using qad::test::FakeQualtrics;
using Health = qad::ui::TrayController::Health;

namespace {

const QString kUsername = QStringLiteral("jane.doe@example.com");
const QString kToken = QStringLiteral("qad-test-token-8c41d0a2e6f3");
const QString kAudience = QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283");

QByteArray profileLine(const QString &email)
{
    return QStringLiteral(R"({"identityMap":{"Email":[{"id":"%1"}]},"person":{"name":{"firstName":"Dave"}},)"
                          R"("segmentMembership":{"ups":{"%2":{"status":"realized",)"
                          R"("lastQualificationTime":"2024-03-01T10:43:55.602687Z"}}}})")
               .arg(email, kAudience)
               .toUtf8()
        + '\n';
}

bool appendLines(const QString &path, const QStringList &emails)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return false;
    }
    QByteArray data;
    for (const QString &email : emails) {
        data += profileLine(email);
    }
    return file.write(data) == data.size();
}

ActivationRecord makeActivation(const QString &destinationId, int n, const QDateTime &at)
{
    ActivationRecord a;
    a.id = ActivationRecord::newId();
    a.destinationId = destinationId;
    a.profileKey = QStringLiteral("Email:p%1@example.com").arg(n);
    a.audiences = R"({"046456e3-18e1-48a6-9bda-d68547861283":"realized"})";
    a.createdAt = at;
    a.payload = R"({"identityMap":{"Email":[{"id":"p@example.com"}]}})";
    return a;
}

AttemptOutcome makeOutcome(const QString &activationId, const QDateTime &at, int httpStatus,
    qint64 durationMs, ActivationStatus next, std::optional<QDateTime> nextAttemptAt = std::nullopt)
{
    AttemptOutcome o;
    o.attempt.activationId = activationId;
    o.attempt.startedAt = at;
    o.attempt.durationMs = durationMs;
    o.attempt.httpStatus = httpStatus;
    o.attempt.outcome.cls = next == ActivationStatus::Succeeded ? OutcomeClass::Succeeded
        : next == ActivationStatus::Failed                      ? OutcomeClass::Failed
                                                                : OutcomeClass::Retry;
    o.attempt.outcome.code = QStringLiteral("http_%1").arg(httpStatus);
    o.attempt.outcome.message = QStringLiteral("HTTP %1 from Qualtrics").arg(httpStatus);
    o.next = next;
    o.nextAttemptAt = std::move(nextAttemptAt);
    return o;
}

DestinationRuntime pausedRuntime(const QString &reason, const QString &lastError)
{
    return { QStringLiteral("paused"), reason, lastError, QDateTime::currentDateTimeUtc() };
}

// What a user would call the tray's colour.
QString colourName(const QColor &colour)
{
    const int hue = colour.hsvHue();
    if (hue >= 0 && (hue < 15 || hue > 345)) {
        return QStringLiteral("red");
    }
    if (hue >= 25 && hue <= 50) {
        return QStringLiteral("amber");
    }
    if (hue >= 90 && hue <= 150) {
        return QStringLiteral("green");
    }
    return colour.name();
}

// A configuration and a data directory of their own (the tray judges every destination of a configuration).
struct Setup
{
    QTemporaryDir home;
    std::unique_ptr<ConfigStore> config;
    ui::AppContext ctx;

    explicit Setup(SecretStore *secrets)
    {
        ctx.configDir = home.filePath(QStringLiteral("config"));
        ctx.dataDir = home.filePath(QStringLiteral("data"));
        config = std::make_unique<ConfigStore>(ctx.configDir);
        ctx.config = config.get();
        ctx.secrets = secrets;
    }

    Expected<Destination> add(const QString &name, const QString &url)
    {
        Destination d;
        d.name = name;
        d.url = url;
        d.username = kUsername;
        d.identities = { { QStringLiteral("Email"), IdentityTarget::Email } };
        d.attributes
            = { { QStringLiteral("person.name.firstName"), QStringLiteral("person.name.firstName") } };
        d.audiences = { { kAudience, QStringLiteral("Bought recently"), std::nullopt, std::nullopt } };
        d.delivery.rateLimitPerMinute = 0;
        return config->add(d);
    }
};

} // namespace

class OverviewPanelTest : public QObject
{
    Q_OBJECT

    FakeQualtrics m_receiver;
    MemorySecretStore m_secrets;
    std::unique_ptr<Setup> m_setup;

    ui::AppContext &ctx() { return m_setup->ctx; }

    Destination addDestination(const QString &name, bool withToken = true)
    {
        auto added = m_setup->add(name, m_receiver.url());
        if (!added) {
            qWarning("%s", qPrintable(added.error().message));
            return {};
        }
        if (withToken && !m_secrets.write(added->id, kToken).ok()) {
            qWarning("the memory keychain refused the token");
        }
        return *added;
    }

    static QString text(const QWidget &panel, const char *name)
    {
        const auto *label = panel.findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
    }

    // Per set of the chart (activated, excluded, failed): the sum over the 24 hours.
    static QList<qreal> chartTotals(const QWidget &panel)
    {
        const auto *view = panel.findChild<QChartView *>(QStringLiteral("chartView"));
        if (!view || view->chart()->series().size() != 1) {
            return {};
        }
        const auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().constFirst());
        QList<qreal> totals;
        for (const QBarSet *set : series->barSets()) {
            qreal sum = 0;
            for (int i = 0; i < set->count(); ++i) {
                sum += set->at(i);
            }
            totals.append(sum);
        }
        return totals;
    }

    QStringList receivedEmails() const
    {
        QStringList emails;
        for (const FakeQualtrics::Request &request : m_receiver.requests()) {
            const QJsonArray ids = request.json.value(QStringLiteral("identityMap"))
                                       .toObject()
                                       .value(QStringLiteral("Email"))
                                       .toArray();
            for (const auto &id : ids) {
                emails.append(id.toObject().value(QStringLiteral("id")).toString());
            }
        }
        emails.sort();
        return emails;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("QAD_API_TOKEN"); // tokens come from the (memory) keychain
        m_receiver.setCredentials(kUsername, kToken);
        QVERIFY(m_receiver.listen());
    }

    void init()
    {
        m_receiver.clear();
        m_setup = std::make_unique<Setup>(&m_secrets);
        QVERIFY(m_setup->home.isValid());
    }

    void cleanup() { m_setup.reset(); }

    void figuresFollowWhatAnotherProcessWrites()
    {
        const Destination d = addDestination(QStringLiteral("Status figures"));
        ui::StreamController streams(ctx());
        ui::OverviewPanel panel(ctx(), streams);
        panel.setDestination(d);
        panel.resize(1100, 700);
        panel.show();
        QCOMPARE(text(panel, "receivedValue"), QLocale().toString(0));
        QCOMPARE(text(panel, "stateValue"), QStringLiteral("enabled"));

        SqliteStorage other(ctx().dataDir);
        QVERIFY(other.open().ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        IngestBatch batch;
        for (int i = 0; i < 4; ++i) {
            batch.activations.append(makeActivation(d.id, i, now));
        }
        batch.exclusions = { { d.id, QStringLiteral("Email:5e884898…"), QStringLiteral("hashed_email"),
            QStringLiteral("The only email is a SHA-256 hash"), now, false } };
        batch.received = { { d.id, 6 } }; // 4 activations, 1 excluded, 1 unchanged
        QVERIFY(other.commitIngest(batch).ok());

        QTRY_COMPARE(text(panel, "receivedValue"), QLocale().toString(6));
        QCOMPARE(text(panel, "queueDepthValue"), QLocale().toString(4));
        QCOMPARE(text(panel, "excludedValue"), QLocale().toString(1));
        QCOMPARE(text(panel, "activatedValue"), QLocale().toString(0));

        const QList<ActivationRecord> &a = batch.activations;
        QVERIFY(
            other
                .recordAttempts({ makeOutcome(a.at(0).id, now, 200, 120, ActivationStatus::Succeeded),
                    makeOutcome(a.at(1).id, now, 200, 80, ActivationStatus::Succeeded),
                    makeOutcome(a.at(2).id, now, 404, 30, ActivationStatus::Failed),
                    makeOutcome(a.at(3).id, now, 503, 40, ActivationStatus::Retrying, now.addSecs(3600)) })
                .ok());

        QTRY_COMPARE(text(panel, "activatedValue"), QLocale().toString(2));
        QCOMPARE(text(panel, "failedValue"), QLocale().toString(1));
        const auto failedColour = [&panel] {
            return colourName(panel.findChild<QLabel *>(QStringLiteral("failedValue"))
                                  ->palette()
                                  .color(QPalette::WindowText));
        };
        QCOMPARE(failedColour(), QStringLiteral("red"));
        QCOMPARE(text(panel, "queueDepthValue"), QLocale().toString(1)); // the one waiting to retry
        QCOMPARE(text(panel, "retryingValue"), QLocale().toString(1));
        // (activated + excluded) ÷ received = 3 ÷ 6
        QCOMPARE(
            text(panel, "activationRateValue"), QStringLiteral("%1 %").arg(QLocale().toString(50.0, 'f', 1)));
        QCOMPARE(text(panel, "latencyValue"), QStringLiteral("%1 ms").arg(QLocale().toString(100)));
        QCOMPARE(chartTotals(panel), (QList<qreal> { 2, 1, 1 }));
        // The same in words, for a screen reader.
        const auto *chart = panel.findChild<QChartView *>(QStringLiteral("chartView"));
        QCOMPARE(chart->accessibleDescription(), QStringLiteral("2 activated, 1 excluded, 1 failed"));
        QVERIFY(!chart->accessibleName().isEmpty());

        // The attempt that ended last (the 200, after 120 ms) succeeded: enabled, the last failure still told
        // (the 503, which ended after the 404), with when it was.
        QCOMPARE(text(panel, "stateValue"), QStringLiteral("enabled"));
        const QString lastFailedAt = QLocale().toString(now.addMSecs(40).toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(
            text(panel, "lastErrorValue"), QStringLiteral("HTTP 503 from Qualtrics (%1)").arg(lastFailedAt));

        // A later attempt that fails puts the destination in error, in red, until one succeeds.
        const QDateTime later = now.addSecs(90);
        QVERIFY(other
                    .recordAttempts({ makeOutcome(
                        a.at(3).id, later, 502, 10, ActivationStatus::Retrying, later.addSecs(60)) })
                    .ok());
        QTRY_COMPARE(text(panel, "stateValue"), QStringLiteral("error: the last attempt failed"));
        QCOMPARE(colourName(panel.findChild<QLabel *>(QStringLiteral("stateValue"))
                                ->palette()
                                .color(QPalette::WindowText)),
            QStringLiteral("red"));
        const QString failedAt = QLocale().toString(later.addMSecs(10).toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(text(panel, "lastErrorValue"), QStringLiteral("HTTP 502 from Qualtrics (%1)").arg(failedAt));
        QVERIFY(other
                    .recordAttempts(
                        { makeOutcome(a.at(3).id, later.addSecs(60), 200, 10, ActivationStatus::Succeeded) })
                    .ok());
        QTRY_COMPARE(text(panel, "stateValue"), QStringLiteral("enabled"));
        QCOMPARE(text(panel, "lastErrorValue"), QStringLiteral("HTTP 502 from Qualtrics (%1)").arg(failedAt));

        // The failed one replayed: queued again, it is no longer among the identities failed (it counts again
        // if it fails again), and nothing is red.
        QVERIFY(other.replayActivation(a.at(2).id).ok());
        QTRY_VERIFY(failedColour() != QStringLiteral("red"));
        QCOMPARE(text(panel, "failedValue"), QLocale().toString(0));

        // A pause's reason comes before any failed attempt's.
        const QString problem = QStringLiteral("Qualtrics refused the API token (HTTP 401): set a new one.");
        const DestinationRuntime paused = pausedRuntime(QStringLiteral("authentication"), problem);
        QVERIFY(other.setRuntime(d.id, paused).ok());
        QTRY_COMPARE(text(panel, "stateValue"), QStringLiteral("paused: authentication"));
        QCOMPARE(text(panel, "lastErrorValue"),
            QStringLiteral("%1 (%2)").arg(
                problem, QLocale().toString(paused.updatedAt.toLocalTime(), QLocale::ShortFormat)));
    }

    // The send rate is the one `qadctl status` gives, whichever process streams: activations done (delivered
    // or failed for good) over the 10 s before the panel's clock; one to be retried is not done.
    void sendRateCountsWhatWasDoneInTheLastTenSeconds()
    {
        const Destination d = addDestination(QStringLiteral("Send rate"));
        ui::StreamController streams(ctx());
        ui::OverviewPanel panel(ctx(), streams);
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC); // starts 10 s
        ManualClock clock(t.addSecs(-60));
        panel.setClock(&clock);
        panel.setDestination(d);
        const auto shown = [](double perSecond) {
            return QStringLiteral("%1/s").arg(QLocale().toString(perSecond, 'f', 1));
        };
        QCOMPARE(text(panel, "sendRateValue"), shown(0));

        SqliteStorage other(ctx().dataDir);
        QVERIFY(other.open().ok());
        IngestBatch batch;
        for (int i = 0; i < 30; ++i) {
            batch.activations.append(makeActivation(d.id, i, t));
        }
        batch.received = { { d.id, 30 } };
        QVERIFY(other.commitIngest(batch).ok());
        QList<AttemptOutcome> outcomes;
        for (int i = 0; i < 30; ++i) {
            const ActivationStatus next = i < 20 ? ActivationStatus::Succeeded
                : i < 25                         ? ActivationStatus::Failed
                                                 : ActivationStatus::Retrying;
            outcomes.append(makeOutcome(batch.activations.at(i).id, t.addMSecs(1000 + i), 200, 10, next,
                next == ActivationStatus::Retrying ? std::optional<QDateTime>(t.addSecs(60)) : std::nullopt));
        }
        QVERIFY(other.recordAttempts(outcomes).ok());

        clock.set(t.addSecs(5));
        panel.setClock(&clock); // reads the status again
        QCOMPARE(text(panel, "sendRateValue"), shown(2.5)); // 25 done ÷ 10 s
        clock.set(t.addSecs(12));
        panel.setClock(&clock);
        QCOMPARE(text(panel, "sendRateValue"), shown(2.0)); // the window holds 8 s of them
        clock.set(t.addSecs(25));
        panel.setClock(&clock);
        QCOMPARE(text(panel, "sendRateValue"), shown(0));
    }

    // The hours under the chart's bars can be read: every third hour of the clock in the last 24, each under
    // its own bar, none shortened to "…" (as each of 24 hourly labels was, in the width of its bar), and they
    // move along as the hours pass. Also at the narrowest the panel gets (its minimum width, which leaves the
    // destination list its room in a default window).
    void chartHoursCanBeRead_data()
    {
        QTest::addColumn<bool>("narrowest");
        QTest::newRow("roomy") << false;
        QTest::newRow("narrowest") << true;
    }

    void chartHoursCanBeRead()
    {
        QFETCH(bool, narrowest);
        const Destination d = addDestination(QStringLiteral("Chart hours"));
        ui::StreamController streams(ctx());
        ui::OverviewPanel panel(ctx(), streams);
        ManualClock clock(QDateTime(QDate(2026, 11, 27), QTime(10, 20), Qt::UTC));
        panel.setClock(&clock);
        panel.setDestination(d);
        panel.resize(narrowest ? panel.minimumSizeHint().width() : 1100, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto *view = panel.findChild<QChartView *>(QStringLiteral("chartView"));
        QVERIFY(view);
        QChart *chart = view->chart();
        QAbstractSeries *series = chart->series().constFirst();

        for (int step = 0; step < 2; ++step) {
            QHash<QString, int> barOf; // the label each bar of the clock's third hours should have
            const QDateTime thisHour
                = QDateTime::fromSecsSinceEpoch(clock.now().toSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
            for (int ago = 23; ago >= 0; --ago) {
                const QTime local = thisHour.addSecs(-3600 * ago).toLocalTime().time();
                if (local.hour() % 3 == 0) {
                    barOf.insert(local.toString(QStringLiteral("HH")), 23 - ago);
                }
            }
            QCOMPARE(barOf.size(), 8);
            const qreal barWidth = chart->plotArea().width() / 24;
            // Each visible label under the plot: (text, horizontal centre in the chart's coordinates).
            const auto labels = [&] {
                QList<std::pair<QString, qreal>> found;
                for (QGraphicsItem *item : view->scene()->items()) {
                    const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                    const QRectF box
                        = text ? chart->mapFromScene(text->sceneBoundingRect()).boundingRect() : QRectF();
                    if (text && text->isVisible() && box.top() >= chart->plotArea().bottom()) {
                        found.append({ text->toPlainText(), box.center().x() });
                    }
                }
                return found;
            };
            const auto placed = [&] {
                int under = 0;
                for (const auto &[text, x] : labels()) {
                    if (barOf.contains(text)
                        && std::abs(x - chart->mapToPosition(QPointF(barOf.value(text), 0), series).x())
                            < barWidth / 2) {
                        ++under;
                    }
                }
                return under;
            };
            // All eight under their bars (one at either edge may be hidden by Qt Charts if it sticks out).
            QTRY_VERIFY2(placed() >= 7,
                qPrintable(QStringLiteral("step %1: %2 of 8 hours under their bar").arg(step).arg(placed())));
            for (const auto &[text, x] : labels()) {
                QVERIFY2(text != QStringLiteral("…") && text != QStringLiteral("..."), qPrintable(text));
            }
            clock.advance(3600 * 1000); // an hour later: every bar moves one place to the left
            panel.refresh();
        }
    }

    // The count axis's labels are whole numbers, each on its gridline: with 0, 1, 2, 3, 5 on evenly spaced
    // lines (ticks at 1.25, 2.5 and 3.75 cut to whole numbers), a bar of 3 stood level with "2".
    void theCountAxisLabelsEveryLineWithItsWholeNumber_data()
    {
        QTest::addColumn<int>("highest");
        QTest::addColumn<int>("top");
        QTest::addColumn<QStringList>("labels");
        const QStringList zeroToFive { "0", "1", "2", "3", "4", "5" };
        QTest::newRow("none") << 0 << 5 << zeroToFive;
        QTest::newRow("1") << 1 << 5 << zeroToFive;
        QTest::newRow("3") << 3 << 5 << zeroToFive;
        QTest::newRow("5") << 5 << 5 << zeroToFive;
        QTest::newRow("7") << 7 << 8 << QStringList { "0", "2", "4", "6", "8" };
        QTest::newRow("12") << 12 << 15 << QStringList { "0", "5", "10", "15" };
        QTest::newRow("23") << 23 << 25 << QStringList { "0", "5", "10", "15", "20", "25" };
    }

    void theCountAxisLabelsEveryLineWithItsWholeNumber()
    {
        QFETCH(int, highest);
        QFETCH(int, top);
        QFETCH(QStringList, labels);
        const Destination d = addDestination(QStringLiteral("Chart counts"));
        ui::StreamController streams(ctx());
        ui::OverviewPanel panel(ctx(), streams);
        panel.setDestination(d);
        panel.resize(1100, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        if (highest > 0) {
            SqliteStorage other(ctx().dataDir);
            QVERIFY(other.open().ok());
            IngestBatch batch; // excluded profiles: one bar of `highest` in this hour
            for (int i = 0; i < highest; ++i) {
                batch.exclusions.append({ d.id, QStringLiteral("Email:p%1@example.com").arg(i),
                    QStringLiteral("no_mapped_identity"), QStringLiteral("No identity"),
                    QDateTime::currentDateTimeUtc(), false });
            }
            QVERIFY(other.commitIngest(batch).ok());
        }
        panel.refresh();
        QTRY_COMPARE(chartTotals(panel), (QList<qreal> { 0, qreal(highest), 0 }));

        const auto *view = panel.findChild<QChartView *>(QStringLiteral("chartView"));
        QVERIFY(view);
        QChart *chart = view->chart();
        const QList<QAbstractAxis *> vertical = chart->axes(Qt::Vertical);
        QCOMPARE(vertical.size(), 1);
        const auto *axis = qobject_cast<QValueAxis *>(vertical.constFirst());
        QVERIFY(axis);
        QCOMPARE(axis->min(), 0.0);
        QCOMPARE(axis->max(), qreal(top));
        QCOMPARE(axis->tickCount(), labels.size()); // a line for each label, the ends included

        // The labels drawn left of the plot, bottom to top (once the chart laid itself out again), each level
        // with its line.
        const auto drawn = [&] {
            QList<std::pair<qreal, QString>> found; // (height, label)
            for (QGraphicsItem *item : view->scene()->items()) {
                const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                const QRectF box
                    = text ? chart->mapFromScene(text->sceneBoundingRect()).boundingRect() : QRectF();
                if (text && text->isVisible() && box.right() <= chart->plotArea().left()
                    && box.center().y() >= chart->plotArea().top() - box.height()
                    && box.center().y() <= chart->plotArea().bottom() + box.height()) {
                    found.append({ -box.center().y(), text->toPlainText() });
                }
            }
            std::sort(found.begin(), found.end());
            return found;
        };
        const auto drawnLabels = [&] {
            QStringList texts;
            for (const auto &[height, label] : drawn()) {
                texts.append(label);
            }
            return texts;
        };
        QTRY_COMPARE(drawnLabels(), labels);
        for (const auto &[height, label] : drawn()) {
            const qreal lineY
                = chart->mapToPosition(QPointF(0, label.toInt()), chart->series().constFirst()).y();
            QVERIFY2(
                std::abs(-height - lineY) < 2, qPrintable(QStringLiteral("%1 is off its line").arg(label)));
        }
    }

    // Behind the excluded count: which profiles were left out and why, and which input records were not
    // usable, newest first; Escape closes the list.
    void excludedAndRejectedAreListedWithTheirReasons()
    {
        const Destination d = addDestination(QStringLiteral("Left out"));
        const Destination other = addDestination(QStringLiteral("Someone else's"));
        ui::StreamController streams(ctx());
        ui::OverviewPanel panel(ctx(), streams);
        panel.setDestination(d);
        panel.resize(1100, 700);
        panel.show();

        SqliteStorage writer(ctx().dataDir);
        QVERIFY(writer.open().ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString noIdentity = QStringLiteral("The profile has no value for any mapped identity.");
        const QString invalid = QStringLiteral("The profile's only email value \"dave\" is not an address.");
        const QString badJson = QStringLiteral("line 7: Invalid JSON at offset 2: unterminated object.");
        IngestBatch batch;
        batch.exclusions = { { d.id, QString(), QStringLiteral("no_mapped_identity"), noIdentity,
                                 now.addSecs(-60), false },
            { d.id, QStringLiteral("Email:dave"), QStringLiteral("invalid_email"), invalid, now, false },
            { other.id, QStringLiteral("Email:x@example.com"), QStringLiteral("hashed_email"),
                QStringLiteral("not this one"), now, false } };
        batch.rejects = { { QStringLiteral("/data/in.ndjson"), 7, badJson, QByteArray("{bad\n"), now } };
        QVERIFY(writer.commitIngest(batch).ok());

        auto *button = panel.findChild<QPushButton *>(QStringLiteral("leftOutButton"));
        QVERIFY(button);
        button->click();
        ui::LeftOutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel.findChild<ui::LeftOutDialog *>()) && dialog->isVisible());
        QVERIFY2(test::unnamedTabStops(dialog).isEmpty(),
            qPrintable(test::unnamedTabStops(dialog).join(QStringLiteral(", "))));

        const QTableWidget *excluded = dialog->excludedTable();
        QCOMPARE(excluded->rowCount(), 2); // this destination's only
        QCOMPARE(excluded->item(0, 1)->text(), QStringLiteral("Email:dave")); // newest first
        QCOMPARE(excluded->item(0, 2)->text(), QStringLiteral("invalid_email"));
        QCOMPARE(excluded->item(0, 3)->text(), invalid);
        QCOMPARE(excluded->item(1, 1)->text(), QStringLiteral("(no usable identity)"));
        QCOMPARE(excluded->item(1, 3)->text(), noIdentity);

        const QTableWidget *rejected = dialog->rejectedTable();
        QCOMPARE(rejected->rowCount(), 1);
        QCOMPARE(rejected->item(0, 1)->text(), QStringLiteral("/data/in.ndjson"));
        QCOMPARE(rejected->item(0, 2)->text(), QLocale().toString(7));
        QCOMPARE(rejected->item(0, 3)->text(), badJson);
        QCOMPARE(rejected->item(0, 4)->text(), QStringLiteral("{bad"));

        // The selected row is read whole under the list, the newest at once, another chosen with the
        // keyboard; its reason and fix wrap rather than end in "…".
        auto *details = dialog->findChild<QLabel *>(QStringLiteral("leftOutDetails"));
        QVERIFY(details);
        QVERIFY2(details->text().contains(QStringLiteral("Email:dave")) && details->text().contains(invalid),
            qPrintable(details->text()));
        dialog->excludedTable()->setFocus();
        QTest::keyClick(dialog->excludedTable(), Qt::Key_Down);
        QVERIFY2(details->text().contains(noIdentity), qPrintable(details->text()));
        QTRY_VERIFY(details->isVisible() && details->hasHeightForWidth()
            && details->height() >= details->heightForWidth(details->width()));
        dialog->showRejected();
        for (const QString &part : { QStringLiteral("/data/in.ndjson"), badJson, QStringLiteral("{bad") }) {
            QVERIFY2(details->text().contains(part), qPrintable(details->text()));
        }

        // What is written while the list is open shows on Refresh.
        IngestBatch more;
        more.exclusions = { { d.id, QStringLiteral("Email:eve"), QStringLiteral("invalid_email"), invalid,
            now.addSecs(1), false } };
        QVERIFY(writer.commitIngest(more).ok());
        // The button keeps its mnemonic, Alt+R ("&Refresh"; a button's own shortcut would replace it), and F5
        // is a shortcut of the dialog's that clicks it.
        QPushButton *refresh = nullptr;
        for (QPushButton *candidate : dialog->findChildren<QPushButton *>()) {
            if (candidate->text() == QStringLiteral("&Refresh")) {
                refresh = candidate;
            }
        }
        QVERIFY(refresh);
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::ALT | Qt::Key_R));
        QTest::mouseClick(refresh, Qt::LeftButton);
        QCOMPARE(excluded->rowCount(), 3);
        QCOMPARE(excluded->item(0, 1)->text(), QStringLiteral("Email:eve"));
        more.exclusions = { { d.id, QStringLiteral("Email:finn"), QStringLiteral("invalid_email"), invalid,
            now.addSecs(2), false } };
        QVERIFY(writer.commitIngest(more).ok());
        auto *f5 = dialog->findChild<QShortcut *>();
        QVERIFY(f5);
        QCOMPARE(f5->key(), QKeySequence(QKeySequence::Refresh));
        Q_EMIT f5->activated();
        QCOMPARE(excluded->rowCount(), 4);
        QCOMPARE(excluded->item(0, 1)->text(), QStringLiteral("Email:finn"));

        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!panel.findChild<ui::LeftOutDialog *>()); // closed and gone
    }

    void startingWithoutATokenSaysHowToFixIt()
    {
        const Destination d = addDestination(QStringLiteral("No token yet"), false);
        const QString source = m_setup->home.filePath(QStringLiteral("profiles.ndjson"));
        QVERIFY(appendLines(source, { QStringLiteral("a@example.com") }));
        ui::StreamController streams(ctx());
        QSignalSpy messages(&streams, &ui::StreamController::message);
        QSignalSpy streaming(&streams, &ui::StreamController::streamingChanged);

        streams.start(d, source);
        QCOMPARE(messages.count(), 1);
        QCOMPARE(messages.at(0).at(0).toString(), d.id);
        QVERIFY2(messages.at(0).at(1).toString().contains(QStringLiteral("qadctl token set")),
            qPrintable(messages.at(0).at(1).toString()));
        QCOMPARE(streaming.count(), 0);
        QVERIFY(!streams.isStreaming(d.id));
    }

    void aSourceThatCannotBeReadEndsTheStreamWithAMessage()
    {
        const Destination d = addDestination(QStringLiteral("Unreadable source"));
        ui::StreamController streams(ctx());
        QSignalSpy messages(&streams, &ui::StreamController::message);
        QSignalSpy streaming(&streams, &ui::StreamController::streamingChanged);

        streams.start(d, m_setup->home.path()); // a directory, not a file
        QCOMPARE(streaming.count(), 1);
        QTRY_COMPARE(streaming.count(), 2);
        QCOMPARE(streaming.at(1).at(1).toBool(), false);
        QVERIFY(!streams.isStreaming(d.id));
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.constLast().at(1).toString().contains(QStringLiteral("did not start")),
            qPrintable(messages.constLast().at(1).toString()));
    }

    // The reason names the destination already ("Destination “X” is already streaming in another process"):
    // the message does not name it a second time.
    void aStreamThatDidNotStartNamesTheDestinationOnce()
    {
        const Destination d = addDestination(QStringLiteral("Locked elsewhere"));
        const QString source = m_setup->home.filePath(QStringLiteral("profiles.ndjson"));
        QVERIFY(appendLines(source, { QStringLiteral("a@example.com") }));
        const QString locks = QDir(ctx().dataDir).filePath(QStringLiteral("locks"));
        QVERIFY(QDir().mkpath(locks));
        QLockFile otherRun(QDir(locks).filePath(d.id + QStringLiteral(".lock"))); // as a qadctl run holds it
        QVERIFY(otherRun.tryLock(0));
        ui::StreamController streams(ctx());
        QSignalSpy messages(&streams, &ui::StreamController::message);
        QSignalSpy streaming(&streams, &ui::StreamController::streamingChanged);

        streams.start(d, source);
        QTRY_COMPARE(streaming.count(), 2);
        QVERIFY(!messages.isEmpty());
        const QString told = messages.constLast().at(1).toString();
        QVERIFY2(told.contains(QStringLiteral("did not start")), qPrintable(told));
        QVERIFY2(told.contains(QStringLiteral("already streaming in another process")), qPrintable(told));
        QCOMPARE(told.count(d.name), 1);
    }

    void aFollowedFileStreamsToQualtricsAndStops()
    {
        const Destination d = addDestination(QStringLiteral("Streaming"));
        const QString source = m_setup->home.filePath(QStringLiteral("profiles.ndjson"));
        QVERIFY(appendLines(source, { QStringLiteral("a@example.com"), QStringLiteral("b@example.com") }));
        ui::StreamController streams(ctx());
        ui::OverviewPanel panel(ctx(), streams);
        panel.setDestination(d);
        panel.resize(1100, 700);
        panel.show();
        QSignalSpy streaming(&streams, &ui::StreamController::streamingChanged);
        auto *start = panel.findChild<QPushButton *>(QStringLiteral("startButton"));
        auto *stop = panel.findChild<QPushButton *>(QStringLiteral("stopButton"));
        QVERIFY(start && stop);
        QVERIFY(!start->isEnabled()); // no source chosen yet

        panel.findChild<QLineEdit *>(QStringLiteral("sourceEdit"))->setText(source);
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(streaming.count(), 1);
        QCOMPARE(streaming.at(0).at(1).toBool(), true);
        QVERIFY(streams.isStreaming(d.id));
        QVERIFY(!start->isEnabled());
        QVERIFY(stop->isEnabled());

        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requestCount(), 2, 15000);
        QTRY_COMPARE(text(panel, "activatedValue"), QLocale().toString(2));

        // The file grows: the new lines are followed and sent.
        QVERIFY(appendLines(source,
            { QStringLiteral("c@example.com"), QStringLiteral("d@example.com"),
                QStringLiteral("e@example.com") }));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.requestCount(), 5, 15000);
        QTRY_COMPARE(text(panel, "activatedValue"), QLocale().toString(5));
        QCOMPARE(receivedEmails(),
            (QStringList { QStringLiteral("a@example.com"), QStringLiteral("b@example.com"),
                QStringLiteral("c@example.com"), QStringLiteral("d@example.com"),
                QStringLiteral("e@example.com") }));
        QVERIFY(m_receiver.requests().constFirst().authorized);

        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(streaming.count(), 2, 15000);
        QCOMPARE(streaming.at(1).at(0).toString(), d.id);
        QCOMPARE(streaming.at(1).at(1).toBool(), false);
        QVERIFY(!streams.isStreaming(d.id));
        QVERIFY(start->isEnabled());
        QVERIFY(!stop->isEnabled());
        QCOMPARE(m_receiver.requestCount(), 5); // nothing sent twice
    }

    void destroyingTheControllerStopsItsStreamsGracefully()
    {
        // The destructor blocks this thread, so this receiver answers from a thread of its own (as the real
        // one would from elsewhere), slowly, so that requests are in flight when the window closes.
        QThread receiverThread;
        QObject anchor;
        anchor.moveToThread(&receiverThread);
        receiverThread.start();
        std::atomic<int> arrived { 0 };
        FakeQualtrics *slow = nullptr;
        QString url;
        QMetaObject::invokeMethod(
            &anchor,
            [&] {
                slow = new FakeQualtrics;
                slow->setHandler([&arrived](const FakeQualtrics::Request &) {
                    ++arrived;
                    FakeQualtrics::Reply reply;
                    reply.delayMs = 300;
                    return reply;
                });
                if (slow->listen()) {
                    url = slow->url();
                }
            },
            Qt::BlockingQueuedConnection);
        const auto finish = qScopeGuard([&] {
            QMetaObject::invokeMethod(
                &anchor, [&] { delete slow; }, Qt::BlockingQueuedConnection);
            receiverThread.quit();
            receiverThread.wait();
        });
        QVERIFY(!url.isEmpty());

        auto added = m_setup->add(QStringLiteral("Closing the window"), url);
        QVERIFY(added.ok());
        QVERIFY(m_secrets.write(added->id, kToken).ok());
        const QString source = m_setup->home.filePath(QStringLiteral("closing.ndjson"));
        QStringList emails;
        for (int i = 0; i < 40; ++i) {
            emails.append(QStringLiteral("p%1@example.com").arg(i));
        }
        QVERIFY(appendLines(source, emails));
        auto streams = std::make_unique<ui::StreamController>(ctx());
        streams->start(*added, source);
        QTRY_VERIFY_WITH_TIMEOUT(arrived.load() >= 1, 15000);
        streams.reset(); // blocks until the stream's thread has ended

        // Every request that went out was let finish and its outcome written before the thread ended.
        const int sent = arrived.load();
        QVERIFY2(sent < emails.size(), "the stream should have been stopped mid-way");
        SqliteStorage storage(ctx().dataDir);
        QVERIFY(storage.open().ok());
        const auto status = storage.status(added->id, 24);
        QVERIFY(status.ok());
        QCOMPARE(status->total.activated, qint64(sent));
        QCOMPARE(status->total.activated + status->queueDepth, qint64(emails.size())); // the rest is kept
    }

    void alertsAreListedAndAcknowledged()
    {
        const Destination d = addDestination(QStringLiteral("Alerting"));
        ui::AlertsPanel panel(ctx());
        panel.setDestination(d);
        panel.show();
        QSignalSpy changed(&panel, &ui::AlertsPanel::alertsChanged);
        auto *list = panel.findChild<QTreeWidget *>(QStringLiteral("alertsList"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 0);

        SqliteStorage other(ctx().dataDir);
        QVERIFY(other.open().ok());
        const QString message
            = QStringLiteral("Activation 3f2a failed permanently: HTTP 404 from Qualtrics.");
        const auto raised = other.raiseAlert({ 0, d.id, QStringLiteral("flow_run_failure"), message,
            QDateTime::currentDateTimeUtc(), std::nullopt });
        QVERIFY(raised.ok());

        QTRY_COMPARE(list->topLevelItemCount(), 1); // read periodically, as from another process
        QVERIFY(changed.count() >= 1);
        const QTreeWidgetItem *item = list->topLevelItem(0);
        QCOMPARE(item->text(0), QStringLiteral("Flow run failure"));
        QVERIFY(!item->text(1).isEmpty()); // when
        QCOMPARE(item->text(3), message);

        auto *acknowledge = panel.findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
        QVERIFY(!acknowledge->isEnabled()); // nothing selected
        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(acknowledge->isEnabled());
        changed.clear();
        QTest::mouseClick(acknowledge, Qt::LeftButton);
        QCOMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(changed.count(), 1);
        QVERIFY(other.openAlerts(d.id)->isEmpty());
    }

    // A row shows one line of an alert's message; the selected alert's message is shown whole below the
    // list, its `qadctl` command ready to be selected and copied.
    void theSelectedAlertIsReadWhole()
    {
        const Destination d = addDestination(QStringLiteral("Long alert"));
        ui::AlertsPanel panel(ctx());
        panel.setDestination(d);
        panel.resize(600, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *list = panel.findChild<QTreeWidget *>(QStringLiteral("alertsList"));
        auto *details = panel.findChild<QLabel *>(QStringLiteral("alertDetails"));
        QVERIFY(list && details);
        QVERIFY(!details->isVisible()); // no alert, nothing to read

        SqliteStorage other(ctx().dataDir);
        QVERIFY(other.open().ok());
        const QString message
            = QStringLiteral("An activation to \"Long alert\" failed for good "
                             "(01a21b0b-b9a5-7a8e-a8a5-d0f873c463ea): Qualtrics "
                             "answered 404: the JSON-event URL is not known. Copy the URL again from the "
                             "workflow's JSON event. "
                             "Fix the cause, then send it again with `qadctl replay %1 --activation "
                             "01a21b0b-b9a5-7a8e-a8a5-d0f873c463ea` (or `--failed` for all).")
                  .arg(d.id);
        QVERIFY(other
                    .raiseAlert({ 0, d.id, QStringLiteral("flow_run_failure"), message,
                        QDateTime::currentDateTimeUtc(), std::nullopt })
                    .ok());
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QVERIFY(details->isVisible());
        QVERIFY(!details->text().contains(message)); // a hint until one is selected
        QVERIFY(list->columnWidth(3) < list->fontMetrics().horizontalAdvance(message)); // the row cuts it

        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down); // the keyboard selects it
        QCOMPARE(list->currentItem(), list->topLevelItem(0));
        QVERIFY2(details->text().endsWith(message), qPrintable(details->text()));
        QVERIFY(details->text().startsWith(QStringLiteral("Flow run failure")));
        QTRY_VERIFY(details->height() >= details->heightForWidth(details->width()));
        QVERIFY(details->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));

        // Another alert comes while this one is being read: it stays shown.
        QVERIFY(other
                    .raiseAlert({ 0, d.id, QStringLiteral("flow_run_delay"), QStringLiteral("Waiting long."),
                        QDateTime::currentDateTimeUtc(), std::nullopt })
                    .ok());
        QTRY_COMPARE(list->topLevelItemCount(), 2);
        QVERIFY2(details->text().endsWith(message), qPrintable(details->text()));

        auto seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(
            seen, [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
        QTest::mouseClick(
            panel.findChild<QPushButton *>(QStringLiteral("acknowledgeAllButton")), Qt::LeftButton);
        QVERIFY(seen->shown);
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!details->isVisible());
    }

    // Acknowledge All clears the list for good, so with more than one alert it asks first, telling how many;
    // Cancel is the default and Escape's answer. One alert is acknowledged at once, like the selected ones.
    void acknowledgeAllAsksFirstWhenThereAreSeveral()
    {
        const Destination d = addDestination(QStringLiteral("Several alerts"));
        SqliteStorage other(ctx().dataDir);
        QVERIFY(other.open().ok());
        for (const char *type : { "flow_run_failure", "flow_run_delay", "authentication_failed" }) {
            QVERIFY(
                other
                    .raiseAlert({ 0, d.id, QString::fromLatin1(type), QStringLiteral("Something happened."),
                        QDateTime::currentDateTimeUtc(), std::nullopt })
                    .ok());
        }
        ui::AlertsPanel panel(ctx());
        panel.setDestination(d);
        panel.show();
        auto *list = panel.findChild<QTreeWidget *>(QStringLiteral("alertsList"));
        auto *acknowledgeAll = panel.findChild<QPushButton *>(QStringLiteral("acknowledgeAllButton"));
        QVERIFY(list && acknowledgeAll);
        QCOMPARE(list->topLevelItemCount(), 3);

        // Escape: nothing is acknowledged.
        auto seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(seen, [](QMessageBox *box) { test::pressKey(box, Qt::Key_Escape); });
        QTest::mouseClick(acknowledgeAll, Qt::LeftButton);
        QVERIFY(seen->shown);
        QVERIFY2(seen->text.contains(QStringLiteral("Acknowledge all 3 alerts?")), qPrintable(seen->text));
        QVERIFY2(seen->informativeText.contains(QStringLiteral("marked as acknowledged")),
            qPrintable(seen->informativeText));
        QVERIFY(seen->cancelIsDefault);
        QVERIFY(seen->cancelIsEscape);
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(other.openAlerts(d.id)->size(), 3);

        // Enter picks the default: Cancel.
        seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(seen, [](QMessageBox *box) { test::pressKey(box, Qt::Key_Return); });
        QTest::mouseClick(acknowledgeAll, Qt::LeftButton);
        QVERIFY(seen->shown);
        QCOMPARE(other.openAlerts(d.id)->size(), 3);

        // Yes: every one.
        seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(
            seen, [](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
        QTest::mouseClick(acknowledgeAll, Qt::LeftButton);
        QVERIFY(seen->shown);
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(other.openAlerts(d.id)->isEmpty());

        // One alert: acknowledged without a question.
        QVERIFY(other
                    .raiseAlert({ 0, d.id, QStringLiteral("flow_run_failure"), QStringLiteral("Once more."),
                        QDateTime::currentDateTimeUtc(), std::nullopt })
                    .ok());
        panel.refresh();
        QCOMPARE(list->topLevelItemCount(), 1);
        seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(
            seen, [](QMessageBox *box) { box->reject(); }, 10);
        QTest::mouseClick(acknowledgeAll, Qt::LeftButton);
        seen->stopWaiting = true;
        QVERIFY(!seen->shown);
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(other.openAlerts(d.id)->isEmpty());
    }

    void trayShowsTheWorstState_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<Health>("health");
        QTest::addColumn<QString>("colour");
        QTest::newRow("all delivering")
            << QStringLiteral("none") << Health::Healthy << QStringLiteral("green");
        QTest::newRow("an open alert")
            << QStringLiteral("alert") << Health::Warning << QStringLiteral("amber");
        QTest::newRow("retries waiting")
            << QStringLiteral("retry") << Health::Warning << QStringLiteral("amber");
        QTest::newRow("paused by the user")
            << QStringLiteral("user") << Health::Warning << QStringLiteral("amber");
        QTest::newRow("paused for authentication")
            << QStringLiteral("authentication") << Health::Critical << QStringLiteral("red");
        QTest::newRow("failures in the last hour")
            << QStringLiteral("failed") << Health::Critical << QStringLiteral("red");
    }

    void trayShowsTheWorstState()
    {
        QFETCH(QString, situation);
        QFETCH(Health, health);
        QFETCH(QString, colour);
        // Two destinations: the healthy one must not hide the other's state.
        addDestination(QStringLiteral("Fine"));
        const Destination d = addDestination(QStringLiteral("Troubled"));
        SqliteStorage other(ctx().dataDir);
        QVERIFY(other.open().ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (situation == u"alert") {
            QVERIFY(other
                        .raiseAlert({ 0, d.id, QStringLiteral("flow_run_delay"),
                            QStringLiteral("Pending for 3 h"), now, std::nullopt })
                        .ok());
        } else if (situation == u"user" || situation == u"authentication") {
            QVERIFY(other.setRuntime(d.id, pausedRuntime(situation, QString())).ok());
        } else if (situation == u"retry" || situation == u"failed") {
            const ActivationRecord a = makeActivation(d.id, 1, now);
            QVERIFY(other.insertActivation(a).ok());
            QVERIFY(other
                        .recordAttempts({ situation == u"retry"
                                ? makeOutcome(a.id, now, 503, 40, ActivationStatus::Retrying, now.addSecs(60))
                                : makeOutcome(a.id, now, 404, 40, ActivationStatus::Failed) })
                        .ok());
        }

        ui::TrayController tray(ctx());
        QCOMPARE(tray.health(), health);
        QCOMPARE(colourName(tray.currentColour()), colour);
        // The icon is a filled circle in that colour.
        const QImage image = tray.currentIcon().pixmap(32, 32).toImage();
        QCOMPARE(colourName(image.pixelColor(16, 16)), colour);
    }

    void trayTurnsRedOnAnAuthenticationPauseAndGreenOnResume()
    {
        const Destination d = addDestination(QStringLiteral("Paused and resumed"));
        ui::TrayController tray(ctx());
        QSignalSpy changed(&tray, &ui::TrayController::healthChanged);
        QCOMPARE(colourName(tray.currentColour()), QStringLiteral("green"));

        SqliteStorage other(ctx().dataDir); // as `qadctl run` pausing the destination after a 401
        QVERIFY(other.open().ok());
        QVERIFY(
            other
                .setRuntime(d.id, pausedRuntime(QStringLiteral("authentication"), QStringLiteral("HTTP 401")))
                .ok());
        QTRY_COMPARE(tray.health(), Health::Critical);
        QCOMPARE(colourName(tray.currentColour()), QStringLiteral("red"));
        QVERIFY(tray.toolTip().contains(d.name));

        QVERIFY(other
                    .setRuntime(d.id,
                        { QStringLiteral("enabled"), QString(), QString(), QDateTime::currentDateTimeUtc() })
                    .ok());
        QTRY_COMPARE(tray.health(), Health::Healthy);
        QCOMPARE(colourName(tray.currentColour()), QStringLiteral("green"));
        QCOMPARE(changed.count(), 2);
    }

    void trayNotifiesSubscribedAlertsOnly()
    {
        const Destination d = addDestination(QStringLiteral("Notifying")); // default: failures yes, starts no
        QVERIFY(d.alerts.flowRunFailure && !d.alerts.flowRunStart);
        ui::TrayController tray(ctx());
        QSignalSpy notified(&tray, &ui::TrayController::notified);

        tray.notify({ 1, d.id, QStringLiteral("flow_run_start"), QStringLiteral("Streaming started."),
            QDateTime::currentDateTimeUtc(), std::nullopt });
        QCOMPARE(notified.count(), 0);

        tray.notify({ 2, d.id, QStringLiteral("flow_run_failure"), QStringLiteral("HTTP 404 from Qualtrics."),
            QDateTime::currentDateTimeUtc(), std::nullopt });
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Flow run failure"));
        QVERIFY(notified.at(0).at(1).toString().contains(d.name));
    }
};

QTEST_MAIN(OverviewPanelTest)
#include "tst_overviewpanel.moc"
