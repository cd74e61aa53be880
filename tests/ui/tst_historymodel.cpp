// The run history (SPEC §7): the paged model over a few thousand activations written through the storage, and
// the panel driven like a person, offscreen.
#include "appcontext.h"
#include "language.h"
#include "messageboxes.h"
#include "messagetranslator.h"
#include "panels/historymodel.h"
#include "panels/historypanel.h"
#include "storage/sqlitestorage.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <algorithm>
#include <functional>
#include <memory>

using namespace qad;
using ui::HistoryModel;

#define QVERIFY_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto result_ = (expr);                                                                         \
        QVERIFY2(result_.ok(), qPrintable(result_.error().message));                                         \
    } while (false)

namespace {

constexpr qint64 kT0 = 1'700'000'000'000; // 2023-11-14 22:13:20 UTC
constexpr int kRows = 3000;
const QString kDestination = QStringLiteral("dest-history");
const QString kOther = QStringLiteral("dest-other");
const QString kAudience = QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283");

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// What the test wrote, to compute what each filter must show.
struct Written
{
    QString id;
    qint64 createdMs = 0;
    ActivationStatus status = ActivationStatus::Pending;
    QString profileKey;
    bool isTest = false;
    int sequence = 0; // insertion order: breaks ties between equal creation times
};

// Row i: three rows per second (ties across page boundaries), every tenth failed, every tenth + 1 retrying,
// the rest succeeded; every hundredth + 50 a test send. Row 7's key needs CSV quoting.
Written makeWritten(int i, int sequence, qint64 createdMs)
{
    Written w;
    w.id = QStringLiteral("act-%1").arg(i, 5, 10, QLatin1Char('0'));
    w.createdMs = createdMs;
    w.status = i % 10 == 0 ? ActivationStatus::Failed
        : i % 10 == 1      ? ActivationStatus::Retrying
                           : ActivationStatus::Succeeded;
    w.profileKey = i == 7 ? QStringLiteral("Email:o\"brien,jr@example.com")
                          : QStringLiteral("Email:person%1@example.com|external_id:ECID-%1").arg(i);
    w.isTest = i % 100 == 50;
    w.sequence = sequence;
    return w;
}

ActivationRecord recordOf(const Written &w, const QString &destinationId)
{
    ActivationRecord a;
    a.id = w.id;
    a.destinationId = destinationId;
    a.profileKey = w.profileKey;
    a.audiences = QStringLiteral(R"({"%1":"realized"})").arg(kAudience).toUtf8();
    a.createdAt = at(w.createdMs);
    a.payload = QStringLiteral(R"({"identityMap":{"Email":[{"id":"person@example.com"}]},"n":%1})")
                    .arg(w.sequence)
                    .toUtf8();
    a.status = w.status;
    a.isTest = w.isTest;
    a.lastError
        = w.status == ActivationStatus::Failed ? QStringLiteral("HTTP 400\nbad \"payload\"") : QString();
    return a;
}

QStringList idsOf(const QList<Written> &rows)
{
    QStringList ids;
    for (const Written &w : rows) {
        ids.append(w.id);
    }
    return ids;
}

// Every row of the model, fetching page after page as a scrolling view would (and waiting for an identity
// search to read its way through the history).
QStringList loadAll(HistoryModel &model)
{
    for (;;) {
        if (!QTest::qWaitFor([&model] { return !model.isSearching(); }, 20000)) {
            qWarning("the search did not end");
            return {};
        }
        if (!model.canFetchMore({})) {
            break;
        }
        model.fetchMore({});
    }
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.append(model.index(row, 0).data(HistoryModel::ActivationIdRole).toString());
    }
    return ids;
}

// RFC 4180, enough for the test: quoted fields with doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    return rows;
}

// The name assistive technology reads for a widget: the one it was given; a button or a check box is named by
// its text.
QString accessibleName(QWidget *widget)
{
    if (!widget->accessibleName().isEmpty() || !qobject_cast<QAbstractButton *>(widget)) {
        return widget->accessibleName();
    }
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

// A translation as lrelease builds it from a .ts with plural forms, for a few of the run history's messages:
// the form is chosen by the count the message is asked with (French: one for 0 and 1, another for more). A
// message asked without a count is not found, and shows in English.
class PluralFormsTranslator : public QTranslator
{
public:
    QHash<QByteArray, QStringList> forms; // source -> { singular, plural }

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int n) const override
    {
        if (qstrcmp(context, "qad::ui::HistoryPanel") != 0 || n < 0 || !forms.contains(sourceText)) {
            return {};
        }
        return forms.value(sourceText).value(n <= 1 ? 0 : 1);
    }
};

} // namespace

class TestHistoryModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStorage> m_storage;
    QList<Written> m_written;
    int m_sequence = 0;
    ui::AppContext m_ctx;
    Destination m_destination;

    Storage &storage() { return *m_storage; }

    // Appends activations created at the given times (each a new row) and returns them.
    QList<Written> write(const QList<qint64> &createdMs, const QString &destinationId = kDestination)
    {
        IngestBatch batch;
        QList<Written> added;
        for (qint64 ms : createdMs) {
            const int i = m_sequence;
            Written w = makeWritten(i, m_sequence++, ms);
            batch.activations.append(recordOf(w, destinationId));
            if (destinationId == kDestination) {
                added.append(w);
            }
        }
        const Status committed = storage().commitIngest(batch);
        if (!committed) {
            qFatal("commitIngest: %s", qPrintable(committed.error().message));
        }
        m_written += added;
        return added;
    }

    // The ids a filter must list, newest first.
    QStringList expected(const std::function<bool(const Written &)> &matches) const
    {
        QList<Written> rows;
        std::copy_if(m_written.cbegin(), m_written.cend(), std::back_inserter(rows), matches);
        std::sort(rows.begin(), rows.end(), [](const Written &a, const Written &b) {
            return std::make_pair(a.createdMs, a.sequence) > std::make_pair(b.createdMs, b.sequence);
        });
        return idsOf(rows);
    }

    HistoryQuery filter() const
    {
        HistoryQuery query;
        query.destinationId = kDestination;
        return query;
    }

    // An attempt as the delivery worker records it: auth already redacted.
    Attempt attemptFor(const QString &activationId, int httpStatus, const QString &requestId) const
    {
        Attempt attempt;
        attempt.activationId = activationId;
        attempt.startedAt = at(kT0 + 5'000'000);
        attempt.durationMs = 87;
        attempt.httpStatus = httpStatus;
        attempt.outcome.cls = httpStatus < 300 ? OutcomeClass::Succeeded : OutcomeClass::Failed;
        attempt.outcome.code = QStringLiteral("http_%1").arg(httpStatus);
        attempt.outcome.message = QStringLiteral("HTTP %1 from Qualtrics").arg(httpStatus);
        attempt.requestHeaders = { { "Authorization", "Basic ***" }, { "Content-Type", "application/json" },
            { "Idempotency-Key", activationId.toLatin1() } };
        attempt.responseBody = R"({"meta":{"httpStatus":"400 - Bad Request","requestId":"req-hist-42"}})";
        attempt.requestId = requestId;
        return attempt;
    }

    std::unique_ptr<ui::HistoryPanel> makePanel()
    {
        auto panel = std::make_unique<ui::HistoryPanel>(m_ctx);
        panel->setAutoRefreshInterval(0); // the tests refresh when they mean to
        panel->setDestination(m_destination);
        panel->resize(1400, 900);
        panel->show();
        return panel;
    }

    template<typename T> static T *child(QWidget *panel, const char *name)
    {
        T *widget = panel->findChild<T *>(QLatin1String(name));
        if (!widget) {
            qWarning("no child %s", name);
        }
        return widget;
    }

    static bool selectRow(ui::HistoryPanel &panel, const QString &activationId)
    {
        auto *table = child<QTableView>(&panel, "historyTable");
        HistoryModel *model = panel.model();
        std::optional<int> row = model->rowOf(activationId);
        while (!row && model->canFetchMore({})) {
            model->fetchMore({});
            row = model->rowOf(activationId);
        }
        if (!row) {
            return false;
        }
        table->selectRow(*row);
        return true;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ctx.dataDir = m_dir->filePath(QStringLiteral("data"));
        m_ctx.configDir = m_dir->filePath(QStringLiteral("config"));
        m_storage = std::make_unique<SqliteStorage>(m_ctx.dataDir);
        QVERIFY_OK(m_storage->open());
        m_written.clear();
        m_sequence = 0;
        QList<qint64> times;
        for (int i = 0; i < kRows; ++i) {
            times.append(kT0 + (i / 3) * 1000);
        }
        write(times);
        write({ kT0 + 10'000'000, kT0 + 10'000'001 }, kOther); // newer, but another destination's

        m_destination.id = kDestination;
        m_destination.name = QStringLiteral("Onboarding survey");
        m_destination.url = QStringLiteral(
            "https://iad1.qualtrics.com/inbound-event/v1/events/json/triggers?urlTokenId=7d0c1f52-2b7e");
        m_destination.username = QStringLiteral("jane.doe@example.com");
        m_destination.audiences
            = { { kAudience, QStringLiteral("Bought recently"), std::nullopt, std::nullopt } };
    }

    void cleanup()
    {
        m_storage.reset();
        m_dir.reset();
    }

    void passesTheModelTester()
    {
        HistoryModel model(storage());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(filter());
        model.fetchMore({});
        model.setFilter([this] {
            HistoryQuery q = filter();
            q.status = ActivationStatus::Failed;
            return q;
        }());
        write({ kT0 + 9'000'000 });
        model.refresh();
        QVERIFY(model.rowCount() > 0);
        // An identity search in steps, rows arriving from the event loop.
        model.setSearchStepRows(400);
        model.setFilter([this] {
            HistoryQuery q = filter();
            q.identityContains = QStringLiteral("person1");
            return q;
        }());
        QVERIFY(!loadAll(model).isEmpty());
    }

    void storageCursorsPageBothWays()
    {
        const QStringList all = expected([](const Written &) { return true; });
        HistoryQuery query = filter();
        query.limit = 7;
        // Row 100 of the newest-first order; rows 98..102 share its second, so ties cross the cursor.
        const Written &pivot = *std::find_if(
            m_written.cbegin(), m_written.cend(), [&all](const Written &w) { return w.id == all.at(100); });
        const HistoryCursor cursor { at(pivot.createdMs), pivot.id };
        query.olderThan = cursor;
        auto older = storage().history(query);
        QVERIFY_OK(older);
        QStringList ids;
        for (const HistoryEntry &e : *older) {
            ids.append(e.activation.id);
            QVERIFY(e.activation.payload.isEmpty()); // the list leaves payloads on disk
        }
        QCOMPARE(ids, all.mid(101, 7));
        query.olderThan.reset();
        query.newerThan = cursor;
        auto newer = storage().history(query);
        QVERIFY_OK(newer);
        ids.clear();
        for (const HistoryEntry &e : *newer) {
            ids.append(e.activation.id);
        }
        QCOMPARE(ids, all.mid(93, 7)); // the seven just above it, still newest first
        query.limit = 0;
        QCOMPARE(*storage().countActivations(query), qint64(100));
        query.limit = 10;
        QCOMPARE(*storage().countActivations(query), qint64(10)); // capped
        // The full records read the same way.
        query.limit = 7;
        auto records = storage().activations(query);
        QVERIFY_OK(records);
        QCOMPARE(records->size(), 7);
        QCOMPARE(records->first().id, all.at(93));
        QVERIFY(!records->first().payload.isEmpty());
    }

    void pagesNewestFirstWithoutGapsOrDuplicates()
    {
        HistoryModel model(storage());
        model.setPageSize(200);
        model.setFilter(filter());
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        const QStringList all = loadAll(model);
        QCOMPARE(all.size(), kRows);
        QCOMPARE(all, expected([](const Written &) { return true; }));
        QVERIFY(!model.canFetchMore({}));
        // Newest first, as the user reads it.
        QVERIFY(model.index(0, 0).data(HistoryModel::CreatedAtRole).toDateTime()
            >= model.index(kRows - 1, 0).data(HistoryModel::CreatedAtRole).toDateTime());
    }

    void filtersShowExactlyTheMatchingRows_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("searchStepRows");
        // What each row expects is computed in the test body from what init() wrote. An identity search reads
        // the history in one step here, or in many small ones (with ties between steps and pages).
        for (const char *name : { "status failed", "status retrying", "status sending (none)",
                 "identity person12", "identity is case-insensitive", "identity underscore is literal",
                 "identity percent is literal", "identity with a quote", "from", "to", "from and to",
                 "without tests", "status and identity", "identity from and to" }) {
            QTest::addRow("%s", name) << QString::fromLatin1(name) << 50'000;
            if (QByteArray(name).contains("identity")) {
                QTest::addRow("%s, steps of 250 rows", name) << QString::fromLatin1(name) << 250;
            }
        }
    }

    void filtersShowExactlyTheMatchingRows()
    {
        QFETCH(QString, name);
        QFETCH(int, searchStepRows);
        HistoryQuery query = filter();
        std::function<bool(const Written &)> matches;
        const auto keyHas = [](const QString &part) {
            return [part](const Written &w) {
                return w.profileKey.contains(part, Qt::CaseInsensitive);
            };
        };
        const qint64 from = kT0 + 300'000;
        const qint64 to = kT0 + 600'000;
        if (name == QLatin1String("status failed")) {
            query.status = ActivationStatus::Failed;
            matches = [](const Written &w) {
                return w.status == ActivationStatus::Failed;
            };
        } else if (name == QLatin1String("status retrying")) {
            query.status = ActivationStatus::Retrying;
            matches = [](const Written &w) {
                return w.status == ActivationStatus::Retrying;
            };
        } else if (name == QLatin1String("status sending (none)")) {
            query.status = ActivationStatus::Sending;
            matches = [](const Written &) {
                return false;
            };
        } else if (name == QLatin1String("identity person12")) {
            query.identityContains = QStringLiteral("person12");
            matches = keyHas(query.identityContains);
        } else if (name == QLatin1String("identity is case-insensitive")) {
            query.identityContains = QStringLiteral("ecid-77");
            matches = keyHas(query.identityContains);
        } else if (name == QLatin1String("identity underscore is literal")) {
            query.identityContains = QStringLiteral("n_1"); // as a LIKE wildcard it would match "person1…"
            matches = [](const Written &) {
                return false;
            };
        } else if (name == QLatin1String("identity percent is literal")) {
            query.identityContains = QStringLiteral("person%@");
            matches = [](const Written &) {
                return false;
            };
        } else if (name == QLatin1String("identity with a quote")) {
            query.identityContains = QStringLiteral("o\"brien");
            matches = keyHas(query.identityContains);
        } else if (name == QLatin1String("from")) {
            query.from = at(from);
            matches = [from](const Written &w) {
                return w.createdMs >= from;
            };
        } else if (name == QLatin1String("to")) {
            query.to = at(to);
            matches = [to](const Written &w) {
                return w.createdMs < to;
            };
        } else if (name == QLatin1String("from and to")) {
            query.from = at(from);
            query.to = at(to);
            matches = [from, to](const Written &w) {
                return w.createdMs >= from && w.createdMs < to;
            };
        } else if (name == QLatin1String("without tests")) {
            query.includeTests = false;
            matches = [](const Written &w) {
                return !w.isTest;
            };
        } else if (name == QLatin1String("identity from and to")) {
            query.identityContains = QStringLiteral("@example");
            query.from = at(from);
            query.to = at(to);
            matches = [from, to](const Written &w) {
                return w.createdMs >= from && w.createdMs < to
                    && w.profileKey.contains(QLatin1String("@example"));
            };
        } else if (name == QLatin1String("status and identity")) {
            query.status = ActivationStatus::Failed;
            query.identityContains = QStringLiteral("person2");
            matches = [](const Written &w) {
                return w.status == ActivationStatus::Failed
                    && w.profileKey.contains(QLatin1String("person2"));
            };
        }
        QVERIFY(matches);
        const QStringList want = expected(matches);
        if (name != QLatin1String("status sending (none)") && !name.endsWith(QLatin1String("literal"))) {
            QVERIFY2(!want.isEmpty(), "the fixture must have rows for this filter");
        }

        HistoryModel model(storage());
        model.setPageSize(100);
        model.setSearchStepRows(searchStepRows);
        model.setFilter(query);
        QCOMPARE(loadAll(model), want);
        // The count the panel shows agrees (it comes from the event loop, after the first page).
        QTRY_VERIFY(model.matchingCount().has_value());
        QCOMPARE(*model.matchingCount(), qint64(want.size()));
        QVERIFY(!model.matchingCountIsLowerBound());
        // And the storage's own count.
        HistoryQuery count = query;
        count.limit = 0;
        QCOMPARE(*storage().countActivations(count), qint64(want.size()));
    }

    void statusIsShownInColour()
    {
        HistoryModel model(storage());
        model.setFilter(filter());
        const auto colourOf = [&model](const QString &id) {
            return model.index(*model.rowOf(id), HistoryModel::StatusColumn)
                .data(Qt::ForegroundRole)
                .value<QColor>();
        };
        // The newest rows: 2999 succeeded, 2991 retrying, 2990 failed.
        QCOMPARE(colourOf(QStringLiteral("act-02990")), HistoryModel::statusColour(ActivationStatus::Failed));
        QCOMPARE(
            colourOf(QStringLiteral("act-02999")), HistoryModel::statusColour(ActivationStatus::Succeeded));
        QVERIFY(HistoryModel::statusColour(ActivationStatus::Failed)
            != HistoryModel::statusColour(ActivationStatus::Succeeded));
        QCOMPARE(model.index(*model.rowOf(QStringLiteral("act-02990")), HistoryModel::StatusColumn)
                     .data()
                     .toString(),
            QStringLiteral("failed"));
        QCOMPARE(model.index(0, HistoryModel::AudiencesColumn).data().toString(),
            kAudience + QStringLiteral(" (realized)"));
        model.setAudienceNames({ { kAudience, QStringLiteral("Bought recently") } });
        QCOMPARE(model.index(0, HistoryModel::AudiencesColumn).data().toString(),
            QStringLiteral("Bought recently (realized)"));
    }

    // An audience's membership status is shown in the user's language ("Bought recently (réalisé)"); the CSV
    // export keeps the word recorded, which is data.
    void membershipStatusIsShownInTheUsersLanguage()
    {
        test::MessageTranslator french;
        french.add(
            QStringLiteral("qad::ui::HistoryModel"), QStringLiteral("realized"), QStringLiteral("réalisé"));
        french.add(
            QStringLiteral("qad::ui::HistoryModel"), QStringLiteral("existing"), QStringLiteral("existant"));
        french.add(
            QStringLiteral("qad::ui::HistoryModel"), QStringLiteral("exited"), QStringLiteral("sorti"));
        HistoryModel model(storage());
        model.setFilter(filter());
        model.setAudienceNames({ { kAudience, QStringLiteral("Bought recently") } });
        QCOMPARE(model.index(0, HistoryModel::AudiencesColumn).data().toString(),
            QStringLiteral("Bought recently (réalisé)"));
        QCOMPARE(HistoryModel::membershipText(QStringLiteral("existing")), QStringLiteral("existant"));
        QCOMPARE(HistoryModel::membershipText(QStringLiteral("exited")), QStringLiteral("sorti"));
        QCOMPARE(HistoryModel::membershipText(QStringLiteral("queued")), QStringLiteral("queued")); // unknown

        auto panel = makePanel();
        const QString path = m_dir->filePath(QStringLiteral("history.csv"));
        QVERIFY_OK(panel->exportCsv(path));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray written = csv.readAll();
        QVERIFY(written.contains("realized"));
        QVERIFY(!written.contains("réalisé"));
    }

    void refreshInsertsNewRowsAtTheTopAndUpdatesStatuses()
    {
        HistoryModel model(storage());
        model.setPageSize(200);
        model.setFilter(filter());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        const QString formerTop = model.index(0, 0).data(HistoryModel::ActivationIdRole).toString();
        QSignalSpy inserted(&model, &HistoryModel::rowsInserted);
        QSignalSpy reset(&model, &HistoryModel::modelReset);

        const QList<Written> added = write({ kT0 + 8'000'000, kT0 + 8'000'000, kT0 + 8'000'001 });
        // A retrying row on the first page gets its final answer meanwhile.
        const QString retrying = QStringLiteral("act-02991");
        QVERIFY_OK(storage().recordAttempt(
            attemptFor(retrying, 200, QStringLiteral("req-ok")), ActivationStatus::Succeeded, std::nullopt));
        model.refresh();

        QCOMPARE(reset.count(), 0); // the place is kept: nothing reset
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 2);
        QCOMPARE(model.rowCount(), 403);
        const QStringList top { model.index(0, 0).data(HistoryModel::ActivationIdRole).toString(),
            model.index(1, 0).data(HistoryModel::ActivationIdRole).toString(),
            model.index(2, 0).data(HistoryModel::ActivationIdRole).toString() };
        QCOMPARE(top, (QStringList { added.at(2).id, added.at(1).id, added.at(0).id }));
        QCOMPARE(model.index(3, 0).data(HistoryModel::ActivationIdRole).toString(), formerTop);
        const QModelIndex status = model.index(*model.rowOf(retrying), HistoryModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("succeeded"));
        QCOMPARE(model.index(status.row(), HistoryModel::LastResultColumn).data().toString(),
            QStringLiteral("200"));

        // Nothing new: nothing moves.
        model.refresh();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 403);

        // Still the whole history, in order, after the insert.
        for (Written &w : m_written) {
            if (w.id == retrying) {
                w.status = ActivationStatus::Succeeded;
            }
        }
        QCOMPARE(loadAll(model), expected([](const Written &) { return true; }));
    }

    void refreshAfterAFloodStartsAtTheNewest()
    {
        HistoryModel model(storage());
        model.setPageSize(50);
        model.setFilter(filter());
        QList<qint64> times;
        for (int i = 0; i <= HistoryModel::kMaxInsertedOnRefresh; ++i) {
            times.append(kT0 + 20'000'000 + i);
        }
        write(times);
        QSignalSpy reset(&model, &HistoryModel::modelReset);
        model.refresh();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.index(0, 0).data(HistoryModel::ActivationIdRole).toString(), m_written.constLast().id);
    }

    // Three characters or more: the trigram index answers at once, however old the match.
    void anIdentitySearchIsAnsweredByTheIndex()
    {
        HistoryModel model(storage());
        model.setSearchStepRows(300);
        HistoryQuery query = filter();
        query.identityContains = QStringLiteral("PERSON0@"); // the oldest row, in any case
        model.setFilter(query);
        QVERIFY(!model.isSearching());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(
            model.index(0, 0).data(HistoryModel::ActivationIdRole).toString(), QStringLiteral("act-00000"));
    }

    void anIdentitySearchReadsALongHistoryInSteps()
    {
        // The only match is the oldest row: every step but the last finds nothing. Two characters are too
        // short for the trigram index, so the history is read in steps.
        HistoryModel model(storage());
        model.setSearchStepRows(300);
        HistoryQuery query = filter();
        query.identityContains = QStringLiteral("0|");
        QSignalSpy searching(&model, &HistoryModel::searchingChanged);
        model.setFilter(query);
        QVERIFY(model.isSearching()); // the first step ran, the rest go on from the event loop
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(searching.count(), 1);
        QVERIFY(searching.first().first().toBool());
        const QDateTime firstStep = *model.searchedBackTo();
        QTRY_VERIFY(model.searchedBackTo() && *model.searchedBackTo() < firstStep);
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(searching.count(), 2);
        QCOMPARE(model.rowCount(), 0); // "0|" is nowhere: a digit never comes before a separator
        query.identityContains = QStringLiteral("person0@");
        model.setFilter(query);
        QTRY_VERIFY(!model.isSearching());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(
            model.index(0, 0).data(HistoryModel::ActivationIdRole).toString(), QStringLiteral("act-00000"));
        QVERIFY(!model.canFetchMore({}));
    }

    void anIdentitySearchCountsWhatItListed()
    {
        // Counting a sparse identity search would be one more pass over the whole history: the count is the
        // rows listed, "more than" until the last page is in.
        HistoryModel model(storage());
        model.setPageSize(100);
        HistoryQuery query = filter();
        query.identityContains = QStringLiteral("example.com");
        model.setFilter(query);
        QCOMPARE(model.matchingCount(), std::optional<qint64>(100));
        QVERIFY(model.matchingCountIsLowerBound());
        model.fetchMore({});
        QCOMPARE(model.matchingCount(), std::optional<qint64>(200));
        loadAll(model);
        QCOMPARE(model.matchingCount(), std::optional<qint64>(kRows));
        QVERIFY(!model.matchingCountIsLowerBound());
    }

    void countIsCappedForLargeResults()
    {
        QList<qint64> times;
        for (int i = 0; i < int(HistoryModel::kCountCap); ++i) {
            times.append(kT0 + 30'000'000 + i);
        }
        write(times);
        HistoryModel model(storage());
        model.setFilter(filter());
        QTRY_VERIFY(model.matchingCount().has_value());
        QVERIFY(model.matchingCountIsLowerBound());
        QCOMPARE(*model.matchingCount(), HistoryModel::kCountCap);
    }

    void panelFiltersFromItsWidgets()
    {
        auto panel = makePanel();
        HistoryModel *model = panel->model();
        QVERIFY(model);
        QCOMPARE(model->rowCount(), model->pageSize());

        auto *status = child<QComboBox>(panel.get(), "statusFilter");
        status->setCurrentIndex(status->findData(int(ActivationStatus::Failed)));
        QCOMPARE(
            loadAll(*model), expected([](const Written &w) { return w.status == ActivationStatus::Failed; }));
        status->setCurrentIndex(0);

        // Typing filters after a short pause, not on every key.
        auto *identity = child<QLineEdit>(panel.get(), "identityFilter");
        QTest::keyClicks(identity, QStringLiteral("PERSON29"));
        QVERIFY(model->filter().identityContains.isEmpty());
        QTRY_COMPARE(model->filter().identityContains, QStringLiteral("PERSON29"));
        QCOMPARE(loadAll(*model),
            expected([](const Written &w) { return w.profileKey.contains(QLatin1String("person29")); }));
        QTRY_VERIFY(
            child<QLabel>(panel.get(), "countLabel")->text().startsWith(QStringLiteral("111 activation")));
        identity->clear();
        QTest::keyClick(identity, Qt::Key_Return);
        QVERIFY(model->filter().identityContains.isEmpty());

        // A time range: "to" includes the whole second it shows.
        auto *toEdit = child<QDateTimeEdit>(panel.get(), "toEdit");
        QVERIFY(!toEdit->isEnabled()); // any time
        toEdit->setDateTime(at(kT0 + 10'000).toLocalTime());
        child<QCheckBox>(panel.get(), "toCheck")->setChecked(true);
        QVERIFY(toEdit->isEnabled());
        QCOMPARE(loadAll(*model), expected([](const Written &w) { return w.createdMs <= kT0 + 10'000; }));
        child<QCheckBox>(panel.get(), "toCheck")->setChecked(false);

        child<QCheckBox>(panel.get(), "includeTestsCheck")->setChecked(false);
        QCOMPARE(loadAll(*model), expected([](const Written &w) { return !w.isTest; }));
    }

    // Ticking "To" without choosing a time keeps what came after the panel was built: it stands at the end of
    // today, not at the moment the panel was made.
    void theToFilterKeepsActivationsCreatedAfterThePanelWasBuilt()
    {
        auto panel = makePanel();
        HistoryModel *model = panel->model();
        QVERIFY(model);
        // Created after the panel was built (the edit shows whole seconds, and "to" includes the second
        // shown).
        const QList<Written> later = write({ QDateTime::currentMSecsSinceEpoch() + 5'000 });
        auto *toCheck = child<QCheckBox>(panel.get(), "toCheck");
        auto *toEdit = child<QDateTimeEdit>(panel.get(), "toEdit");
        QTest::mouseClick(toCheck, Qt::LeftButton, {}, QPoint(4, toCheck->height() / 2));
        QVERIFY(toCheck->isChecked());
        QVERIFY(toEdit->isEnabled());
        const QStringList listed = loadAll(*model);
        QVERIFY(!listed.isEmpty());
        QCOMPARE(listed.constFirst(), later.constFirst().id);
        QCOMPARE(listed, expected([](const Written &) { return true; }));
        QCOMPARE(toEdit->dateTime().date(), QDate::currentDate());
        QCOMPARE(toEdit->dateTime().time(), QTime(23, 59, 59));
    }

    // A retrying activation tells when it is tried next, in local time as the rest of the panel.
    void panelTellsWhenARetryIsDue()
    {
        const QString id = QStringLiteral("act-02971");
        Attempt refused = attemptFor(id, 503, QStringLiteral("req-busy"));
        refused.outcome.cls = OutcomeClass::Retry;
        const QDateTime next = at(kT0 + 9'000'000);
        QVERIFY_OK(storage().recordAttempt(refused, ActivationStatus::Retrying, next));
        auto panel = makePanel();
        QVERIFY(selectRow(*panel, id));
        const QString summary = child<QLabel>(panel.get(), "summaryLabel")->text();
        QVERIFY2(
            summary.contains(QStringLiteral("Next attempt: %1")
                                 .arg(next.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))),
            qPrintable(summary));
    }

    void panelShowsTheSelectedActivationsAttempts()
    {
        const QString failed = QStringLiteral("act-02980");
        Attempt attempt = attemptFor(failed, 400, QStringLiteral("req-hist-42"));
        attempt.outcome.message = QStringLiteral(
            "HTTP 400 from Qualtrics: the JSON event was refused as malformed. Check the mapping's target "
            "fields against the workflow's event fields, then replay it with `qadctl replay %1 --activation "
            "act-02980` (the end of a message the table's last column never shows)")
                                      .arg(m_destination.id);
        QVERIFY_OK(storage().recordAttempt(attempt, ActivationStatus::Failed, std::nullopt));
        auto panel = makePanel();
        panel->resize(900, 700);
        QVERIFY(selectRow(*panel, failed));

        QVERIFY(child<QLabel>(panel.get(), "summaryLabel")->text().contains(failed));
        // The selected attempt is told whole under the list: its message, wrapped, and its request ID.
        auto *attemptLabel = child<QLabel>(panel.get(), "attemptLabel");
        QVERIFY(attemptLabel->text().contains(attempt.outcome.message));
        QVERIFY(attemptLabel->text().contains(QStringLiteral("req-hist-42")));
        QVERIFY(
            attemptLabel->width() < attemptLabel->fontMetrics().horizontalAdvance(attempt.outcome.message));
        // Wider than the label, yet all of it in sight: wrapped into as many lines as it needs.
        QTRY_VERIFY(attemptLabel->isVisible() && attemptLabel->hasHeightForWidth()
            && attemptLabel->height() >= attemptLabel->heightForWidth(attemptLabel->width()));
        auto *attempts = child<QTableWidget>(panel.get(), "attemptsTable");
        QCOMPARE(attempts->rowCount(), 1);
        QCOMPARE(attempts->item(0, 2)->text(), QStringLiteral("400"));
        QCOMPARE(attempts->item(0, 5)->text(), QStringLiteral("req-hist-42"));
        const QString headers = child<QPlainTextEdit>(panel.get(), "requestHeadersView")->toPlainText();
        QVERIFY2(headers.contains(QStringLiteral("Authorization: Basic ***")), qPrintable(headers));
        QVERIFY(headers.contains(QStringLiteral("Idempotency-Key: ") + failed));
        // The row shows the last HTTP status and error.
        HistoryModel *model = panel->model();
        QVERIFY(model->index(*model->rowOf(failed), HistoryModel::LastResultColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("400 — HTTP 400 from Qualtrics: the JSON event")));
    }

    // An attempt's outcome reads in the user's language, like the activation's status, which fits its column.
    void theHistorySpeaksTheInstalledLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("failed");
        QTest::addColumn<QString>("retry");
        QTest::newRow("English") << "en" << QStringLiteral("failed") << QStringLiteral("retry");
        QTest::newRow("French") << "fr" << QStringLiteral("en échec") << QStringLiteral("à renvoyer");
        QTest::newRow("Korean") << "ko" << QStringLiteral("실패") << QStringLiteral("재시도");
    }

    void theHistorySpeaksTheInstalledLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, failed);
        QFETCH(QString, retry);
        const ui::Translators translators(language);
        QVERIFY(translators.hasOurs());
        const QString id = QStringLiteral("act-02981");
        Attempt first = attemptFor(id, 503, QStringLiteral("req-first"));
        first.outcome.cls = OutcomeClass::Retry;
        QVERIFY_OK(storage().recordAttempt(first, ActivationStatus::Retrying, at(kT0 + 6'000'000)));
        Attempt second = attemptFor(id, 404, QStringLiteral("req-second"));
        second.startedAt = at(kT0 + 6'000'000);
        QVERIFY_OK(storage().recordAttempt(second, ActivationStatus::Failed, std::nullopt));
        const QFont font = QApplication::font(); // a larger font, as some users set: no width fits by luck
        QApplication::setFont(QFont(font.family(), 12));
        const auto restoreFont = qScopeGuard([&font] { QApplication::setFont(font); });
        auto panel = makePanel();
        QVERIFY(selectRow(*panel, id));

        auto *attempts = child<QTableWidget>(panel.get(), "attemptsTable");
        QCOMPARE(attempts->rowCount(), 2);
        QStringList outcomes;
        for (int row = 0; row < attempts->rowCount(); ++row) {
            outcomes.append(attempts->item(row, 3)->text());
        }
        outcomes.sort();
        QStringList expected { failed, retry };
        expected.sort();
        QCOMPARE(outcomes, expected);

        // Every status fits its column whole ("nouvelle tentative" was cut to "nouvelle tent…").
        const auto *table = child<QTableView>(panel.get(), "historyTable");
        for (const ActivationStatus status : { ActivationStatus::Pending, ActivationStatus::Sending,
                 ActivationStatus::Retrying, ActivationStatus::Succeeded, ActivationStatus::Failed }) {
            const QString text = HistoryModel::statusText(status);
            QVERIFY2(table->columnWidth(HistoryModel::StatusColumn)
                    >= table->fontMetrics().horizontalAdvance(text) + 8,
                qPrintable(text));
        }
        panel.reset(); // while the translators are still installed
    }

    // The detail tabs' titles are read whole, with no scroll arrows, in the room a default window gives the
    // panel (1100 pixels wide, less the destination list): "En-têtes de la requête (authentification
    // masquée)" pushed "Extrait de la réponse" out of sight.
    void theDetailTabsFitADefaultWindow_data() { theHistorySpeaksTheInstalledLanguage_data(); }

    void theDetailTabsFitADefaultWindow()
    {
        QFETCH(QString, language);
        const ui::Translators translators(language);
        QVERIFY(translators.hasOurs());
        auto panel = makePanel();
        panel->resize(800, 560);
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
        auto *tabs = child<QTabWidget>(panel.get(), "detailTabs");
        QCOMPARE(tabs->count(), 3);
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i) {
            titles.append(tabs->tabText(i));
        }
        QVERIFY2(tabs->tabBar()->sizeHint().width() <= tabs->width(),
            qPrintable(QStringLiteral("%1 > %2: %3")
                           .arg(tabs->tabBar()->sizeHint().width())
                           .arg(tabs->width())
                           .arg(titles.join(QStringLiteral(" | ")))));
        // What the shorter title no longer says is told by its tab's tooltip and shown in the view.
        QVERIFY(!tabs->tabToolTip(1).isEmpty());
        panel.reset(); // while the translators are still installed
    }

    // A keyboard user reaches every control by Tab in the order they are laid out (the two rows of filters,
    // the buttons, the list, the attempts, then the details), and each is named for assistive technology.
    void tabWalksThePanelInLayoutOrder()
    {
        const QString failed = QStringLiteral("act-02980");
        QVERIFY_OK(storage().recordAttempt(
            attemptFor(failed, 400, QStringLiteral("req-hist-42")), ActivationStatus::Failed, std::nullopt));
        auto panel = makePanel();
        QApplication::setActiveWindow(panel.get());
        QVERIFY(QTest::qWaitForWindowActive(panel.get()));
        // Every control enabled: a time range holding the whole history, and a failed activation selected.
        child<QDateTimeEdit>(panel.get(), "fromEdit")->setDateTime(at(kT0 - 86'400'000).toLocalTime());
        child<QDateTimeEdit>(panel.get(), "toEdit")->setDateTime(at(kT0 + 86'400'000).toLocalTime());
        child<QCheckBox>(panel.get(), "fromCheck")->setChecked(true);
        child<QCheckBox>(panel.get(), "toCheck")->setChecked(true);
        QVERIFY(selectRow(*panel, failed));
        QCOMPARE(child<QTableWidget>(panel.get(), "attemptsTable")->rowCount(), 1);

        QWidget *first = child<QComboBox>(panel.get(), "statusFilter");
        first->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(first->hasFocus());
        QStringList walked { accessibleName(first) };
        QWidget *previous = first;
        // A date edit takes one Tab per field before it lets go: the walk lists each widget once.
        for (int press = 0; press < 100; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            if (now == first || !now) {
                break;
            }
            if (now != previous) {
                walked.append(accessibleName(now));
                previous = now;
            }
        }
        const QStringList layoutOrder { QStringLiteral("Status"), QStringLiteral("Identity contains"),
            QStringLiteral("Test sends"), QStringLiteral("From"), QStringLiteral("Created from"),
            QStringLiteral("To"), QStringLiteral("Created up to"), QStringLiteral("Replay"),
            QStringLiteral("Replay all failed"), QStringLiteral("Copy as curl"),
            QStringLiteral("Export CSV…"), QStringLiteral("Refresh"), QStringLiteral("Activations"),
            QStringLiteral("Attempts"), QStringLiteral("Activation details"),
            QStringLiteral("Pretty: Payload"), QStringLiteral("Payload") };
        QCOMPARE(walked.join(QStringLiteral(" | ")), layoutOrder.join(QStringLiteral(" | ")));

        // Every widget Tab can reach, on the detail tabs not shown too, has a name.
        for (QWidget *widget : panel->findChildren<QWidget *>()) {
            if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy()) {
                QVERIFY2(!accessibleName(widget).isEmpty(),
                    qPrintable(QStringLiteral("%1 %2").arg(
                        QLatin1String(widget->metaObject()->className()), widget->objectName())));
            }
        }

        // The labels' letters reach their widgets (Alt+S would be the Stream menu's).
        QTest::keyClick(panel.get(), Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(child<QTableWidget>(panel.get(), "attemptsTable")->hasFocus());
        QTest::keyClick(panel.get(), Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY(first->hasFocus());
    }

    // Counts are told in the language's plural form for that count, written as the locale writes numbers:
    // the export's progress and the response tab's tooltip.
    void countsAreToldInTheLanguagesPluralForms()
    {
        const QLocale locale = QLocale();
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const auto restoreLocale = qScopeGuard([&locale] { QLocale::setDefault(locale); });
        QVERIFY(QLocale().toString(3000) != QStringLiteral("3000")); // grouped: "3 000"
        PluralFormsTranslator french;
        french.forms.insert("Exporting the history… %Ln row(s)",
            { QStringLiteral("Export de l’historique… %Ln ligne"),
                QStringLiteral("Export de l’historique… %Ln lignes") });
        french.forms.insert("The endpoint's answer, of which the history keeps the first %Ln byte(s)",
            { QStringLiteral("La réponse du point de terminaison, dont l’historique garde le premier octet"),
                QStringLiteral(
                    "La réponse du point de terminaison, dont l’historique garde les %Ln premiers octets") });
        QVERIFY(QCoreApplication::installTranslator(&french));
        const auto removeTranslator = qScopeGuard([&french] { QCoreApplication::removeTranslator(&french); });

        auto panel = makePanel();
        QCOMPARE(child<QTabWidget>(panel.get(), "detailTabs")->tabToolTip(2),
            QStringLiteral(
                "La réponse du point de terminaison, dont l’historique garde les %1 premiers octets")
                .arg(QLocale().toString(2048)));

        // Export CSV… as a person does it: the file dialog answered, the progress read while it runs.
        const auto exportShowing = [&panel](const QString &path) {
            QStringList shown;
            QTimer watch;
            QObject::connect(&watch, &QTimer::timeout, [&panel, &shown, path] {
                if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                    dialog->selectFile(path);
                    static_cast<QDialog *>(dialog)->accept(); // as Save would
                }
                if (auto *progress = panel->findChild<QProgressDialog *>(QStringLiteral("exportProgress"))) {
                    if (shown.isEmpty() || shown.constLast() != progress->labelText()) {
                        shown.append(progress->labelText());
                    }
                }
            });
            watch.start(0);
            panel->findChild<QAction *>(QStringLiteral("exportCsvAction"))->trigger();
            return shown;
        };
        QStringList shown = exportShowing(m_dir->filePath(QStringLiteral("all.csv")));
        QVERIFY2(QFile::exists(m_dir->filePath(QStringLiteral("all.csv"))), qPrintable(panel->message()));
        QVERIFY2(
            shown.contains(QStringLiteral("Export de l’historique… %1 lignes").arg(QLocale().toString(3000))),
            qPrintable(shown.join(QStringLiteral(" | "))));

        auto *identity = child<QLineEdit>(panel.get(), "identityFilter");
        identity->setText(QStringLiteral("o\"brien"));
        QTest::keyClick(identity, Qt::Key_Return);
        shown = exportShowing(m_dir->filePath(QStringLiteral("one.csv")));
        QVERIFY2(shown.contains(QStringLiteral("Export de l’historique… 1 ligne")),
            qPrintable(shown.join(QStringLiteral(" | "))));
    }

    void copyAsCurlLeavesTheTokenOut()
    {
        auto panel = makePanel();
        const QString id = QStringLiteral("act-02995");
        QVERIFY(selectRow(*panel, id));
        QGuiApplication::clipboard()->clear();
        auto *copy = panel->findChild<QAction *>(QStringLiteral("copyCurlAction"));
        QVERIFY(copy && copy->isEnabled());
        copy->trigger();
        const QString command = QGuiApplication::clipboard()->text();
        QVERIFY2(command.startsWith(QStringLiteral("curl ")), qPrintable(command));
        QVERIFY(command.contains(m_destination.url));
        QVERIFY(command.contains(QStringLiteral("$QAD_API_TOKEN")));
        QVERIFY(command.contains(QStringLiteral("Idempotency-Key: ") + id));
        QVERIFY(command.contains(QStringLiteral("\"n\":2995"))); // the stored payload
        // curl builds the Basic header from the username and the variable: no credential in the text.
        QVERIFY(command.contains(QStringLiteral("-u 'jane.doe@example.com:'\"$QAD_API_TOKEN\"")));
        QVERIFY(!command.contains(QStringLiteral("Authorization")));
        QVERIFY(!command.contains(QStringLiteral("***")));
    }

    void exportsTheFilteredRowsAsCsv()
    {
        auto panel = makePanel();
        // Row 7's key has a quote and a comma.
        auto *identity = child<QLineEdit>(panel.get(), "identityFilter");
        identity->setText(QStringLiteral("o\"brien"));
        QTest::keyClick(identity, Qt::Key_Return);

        const QString path = m_dir->filePath(QStringLiteral("one.csv"));
        QList<qint64> pages;
        auto written = panel->exportCsv(path, [&pages](qint64 rows) {
            pages.append(rows);
            return true;
        });
        QVERIFY_OK(written);
        QCOMPARE(*written, qint64(1));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.contains("\"Email:o\"\"brien,jr@example.com\""), bytes.constData());
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
        QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).first(), QStringLiteral("id"));
        QCOMPARE(rows.at(1).at(0), QStringLiteral("act-00007"));
        QCOMPARE(rows.at(1).at(3), QStringLiteral("Email:o\"brien,jr@example.com"));

        // Failed rows over several export pages: every one, in order, the multi-line error intact.
        identity->clear();
        QTest::keyClick(identity, Qt::Key_Return);
        child<QComboBox>(panel.get(), "statusFilter")
            ->setCurrentIndex(
                child<QComboBox>(panel.get(), "statusFilter")->findData(int(ActivationStatus::Failed)));
        const QString failedPath = m_dir->filePath(QStringLiteral("failed.csv"));
        QVERIFY_OK(panel->exportCsv(failedPath));
        QFile failedFile(failedPath);
        QVERIFY(failedFile.open(QIODevice::ReadOnly));
        rows = parseCsv(QString::fromUtf8(failedFile.readAll()));
        const QStringList want
            = expected([](const Written &w) { return w.status == ActivationStatus::Failed; });
        QCOMPARE(rows.size(), want.size() + 1);
        QStringList ids;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).size(), 9);
            QCOMPARE(rows.at(i).at(2), QStringLiteral("failed"));
            QCOMPARE(rows.at(i).at(7), QStringLiteral("HTTP 400\nbad \"payload\""));
            ids.append(rows.at(i).at(0));
        }
        QCOMPARE(ids, want);

        // Cancelled: no file.
        const QString cancelledPath = m_dir->filePath(QStringLiteral("cancelled.csv"));
        QVERIFY(!panel->exportCsv(cancelledPath, [](qint64) { return false; }).ok());
        QVERIFY(!QFile::exists(cancelledPath));
    }

    void replaysOneAndAllFailed()
    {
        auto panel = makePanel();
        HistoryModel *model = panel->model();
        const QString one = QStringLiteral("act-02990");
        QVERIFY(selectRow(*panel, one));
        auto *replay = panel->findChild<QAction *>(QStringLiteral("replayAction"));
        QVERIFY(replay && replay->isEnabled());
        QSignalSpy replayed(panel.get(), &ui::HistoryPanel::activationsReplayed);
        replay->trigger();
        QCOMPARE(toString(storage().activation(one)->status), QStringLiteral("pending"));
        QCOMPARE(model->index(*model->rowOf(one), HistoryModel::StatusColumn).data().toString(),
            QStringLiteral("pending"));
        QVERIFY(!replay->isEnabled()); // pending: nothing to replay
        QCOMPARE(replayed.count(), 1);

        // A test send is not replayed.
        QVERIFY(selectRow(*panel, QStringLiteral("act-02950")));
        QVERIFY(!replay->isEnabled());

        HistoryQuery failed = filter();
        failed.status = ActivationStatus::Failed;
        failed.includeTests = false;
        failed.limit = 0;
        const qint64 before = *storage().countActivations(failed);
        QVERIFY(before > 0);
        panel->replayFailed();
        QTRY_COMPARE(replayed.count(), 2);
        QCOMPARE(replayed.last().at(1).toInt(), int(before));
        QCOMPARE(*storage().countActivations(failed), qint64(0));
        QVERIFY(panel->message().contains(QString::number(before)));
        QCOMPARE(model->index(*model->rowOf(QStringLiteral("act-02980")), HistoryModel::StatusColumn)
                     .data()
                     .toString(),
            QStringLiteral("pending"));
    }

    // Replaying a delivered activation starts the workflow again, so it asks first, with Cancel the default
    // and Escape's answer: a stray Ctrl+R sends nothing.
    void replayingADeliveredActivationAsksFirst()
    {
        auto panel = makePanel();
        const QString delivered = QStringLiteral("act-02999");
        QCOMPARE(toString(storage().activation(delivered)->status), QStringLiteral("succeeded"));
        QVERIFY(selectRow(*panel, delivered));
        auto *replay = panel->findChild<QAction *>(QStringLiteral("replayAction"));
        QVERIFY(replay && replay->isEnabled());
        QSignalSpy replayed(panel.get(), &ui::HistoryPanel::activationsReplayed);

        auto seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(seen, [](QMessageBox *box) { test::pressKey(box, Qt::Key_Escape); });
        replay->trigger();
        QVERIFY(seen->shown);
        QVERIFY2(seen->text.contains(QStringLiteral("starts the Qualtrics workflow a second time")),
            qPrintable(seen->text));
        QVERIFY(seen->cancelIsDefault && seen->cancelIsEscape);
        QCOMPARE(toString(storage().activation(delivered)->status), QStringLiteral("succeeded"));
        QCOMPARE(replayed.count(), 0);

        seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(seen, [](QMessageBox *box) {
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                    QTest::mouseClick(button, Qt::LeftButton);
                }
            }
        });
        replay->trigger();
        QVERIFY(seen->shown);
        QCOMPARE(toString(storage().activation(delivered)->status), QStringLiteral("pending"));
        QCOMPARE(replayed.count(), 1);

        // A failed one is replayed at once: that is what replay is for.
        const QString failed = QStringLiteral("act-02990");
        QCOMPARE(toString(storage().activation(failed)->status), QStringLiteral("failed"));
        QVERIFY(selectRow(*panel, failed));
        seen = std::make_shared<test::SeenBox>();
        test::answerNextMessageBox(seen, [](QMessageBox *box) { test::pressKey(box, Qt::Key_Escape); });
        replay->trigger();
        seen->stopWaiting = true;
        QVERIFY(!seen->shown);
        QCOMPARE(toString(storage().activation(failed)->status), QStringLiteral("pending"));
    }

    void refreshKeepsTheUsersPlace()
    {
        auto panel = makePanel();
        auto *table = child<QTableView>(panel.get(), "historyTable");
        HistoryModel *model = panel->model();
        model->fetchMore({});
        table->scrollTo(model->index(150, 0), QAbstractItemView::PositionAtTop);
        QTRY_COMPARE(table->indexAt(QPoint(2, 2)).row(), 150);
        const QString shown = table->indexAt(QPoint(2, 2)).data(HistoryModel::ActivationIdRole).toString();
        QVERIFY(selectRow(*panel, QStringLiteral("act-02800")));
        table->scrollTo(model->index(150, 0), QAbstractItemView::PositionAtTop);

        write({ kT0 + 9'000'000, kT0 + 9'000'001 });
        panel->refresh();
        QCOMPARE(model->rowCount(), 402);
        QTRY_COMPARE(table->indexAt(QPoint(2, 2)).data(HistoryModel::ActivationIdRole).toString(), shown);
        QCOMPARE(table->currentIndex().data(HistoryModel::ActivationIdRole).toString(),
            QStringLiteral("act-02800"));

        // At the top, the user watches the newest arrive.
        table->scrollToTop();
        write({ kT0 + 9'100'000 });
        panel->refresh();
        QTRY_COMPARE(table->indexAt(QPoint(2, 2)).data(HistoryModel::ActivationIdRole).toString(),
            m_written.constLast().id);
    }
};

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
