// Screenshots of the GUI in English, French and Korean for the README. Not a test: for each language it
// builds the main window over a temporary configuration with a sample destination, some history and an alert,
// and saves PNGs of the wizard's pages, the overview, its list of excluded and rejected, the run history with
// its details, the test send after a send to a fake Qualtrics receiver on loopback, the alerts, the empty
// state and the preferences.
//
//   xvfb-run -a BUILD/tests/qad_screenshots packaging/screenshots
//
// Real fonts matter (fonts-noto-cjk for Korean): run it under Xvfb, not with the offscreen platform.
#include "alerts/alertevaluator.h"
#include "appcontext.h"
#include "config/configstore.h"
#include "delivery/outcome.h"
#include "destinationlistmodel.h"
#include "engine/testsend.h"
#include "fakequaltrics.h"
#include "language.h"
#include "mainwindow.h"
#include "mapping/payloadbuilder.h"
#include "mapping/sampleprofiles.h"
#include "panels/leftoutdialog.h"
#include "panels/testsendpanel.h"
#include "preferencesdialog.h"
#include "profiles/profilereader.h"
#include "secrets/memorysecretstore.h"
#include "settings.h"
#include "storage/sqlitestorage.h"
#include "wizard/destinationwizard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeWidget>
#include <cstdio>
#include <functional>

using namespace qad;

namespace {

const QString kUsername = QStringLiteral("jane.doe@example.com");
const QString kToken = QStringLiteral("qad-screenshot-token-0b7d5f1c");

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Lets the event loop run (painting, timers, network) until `done` or the time is up.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

void settle(int ms = 300)
{
    waitUntil([] { return false; }, ms);
}

Destination sampleDestination(const QString &url)
{
    Destination d;
    d.name = QStringLiteral("Onboarding survey");
    d.description
        = QStringLiteral("Starts the 30-day onboarding survey when a customer completes a purchase.");
    d.url = url;
    d.username = kUsername;
    d.identities = { { QStringLiteral("Email"), IdentityTarget::Email },
        { QStringLiteral("ECID"), IdentityTarget::ExternalId } };
    d.attributes = { { QStringLiteral("person.name.firstName"), QStringLiteral("firstName") },
        { QStringLiteral("person.name.lastName"), QStringLiteral("lastName") },
        { QStringLiteral("mobilePhone.number"), QStringLiteral("mobilePhone.number") } };
    d.audiences = { { QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283"),
                        QStringLiteral("Purchase completed"), std::nullopt, std::nullopt },
        { QStringLiteral("9c1bb3c8-4d55-4b4e-8a43-5b1f7d3a2e10"), QStringLiteral("Onboarding ended"),
            std::nullopt, std::nullopt } };
    d.alerts.flowRunStart = true;
    return d;
}

Attempt attemptFor(const ActivationRecord &activation, const QDateTime &at, int status, OutcomeClass cls,
    const QString &code, const QString &message)
{
    Attempt attempt;
    attempt.activationId = activation.id;
    attempt.startedAt = at;
    attempt.durationMs = 90 + QRandomGenerator::global()->bounded(260);
    attempt.httpStatus = status;
    attempt.outcome.cls = cls;
    attempt.outcome.code = code;
    attempt.outcome.message = message;
    attempt.requestHeaders = { { "Authorization", "Basic <redacted>" },
        { "Content-Type", "application/json" }, { "Idempotency-Key", activation.id.toUtf8() } };
    attempt.responseHeaders = { { "Content-Type", "application/json" } };
    attempt.requestId = QStringLiteral("%1-%2").arg(QStringLiteral("8c5e2f4a"), activation.id.left(8));
    attempt.responseBody = QJsonDocument(
        QJsonObject { { QStringLiteral("result"), QJsonObject {} },
            { QStringLiteral("meta"),
                QJsonObject { { QStringLiteral("httpStatus"), QStringLiteral("%1").arg(status) },
                    { QStringLiteral("requestId"), attempt.requestId } } } })
                               .toJson(QJsonDocument::Compact);
    return attempt;
}

// Six hours of history: mostly delivered, a few excluded, two failed for good, two waiting for a retry.
Status writeHistory(const QString &dataDir, const Destination &d)
{
    SqliteStorage storage(dataDir);
    if (Status status = storage.open(); !status) {
        return status;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // One batch per profile, as a stream spread over the hours writes them: each is received in its hour.
    QList<IngestBatch> batches;
    QList<AttemptOutcome> outcomes;
    const QList<QJsonObject> profiles = generateSampleProfiles(d, 48);
    for (int i = 0; i < profiles.size(); ++i) {
        const ProfileReadResult read = readProfile(profiles.at(i));
        const PayloadResult payload = buildPayload(d, read.profile);
        const QDateTime at = now.addSecs(-6 * 3600 + i * 440);
        ActivationRecord a;
        a.id = ActivationRecord::newId();
        a.destinationId = d.id;
        a.profileKey = profileKey(d, read.profile);
        a.audiences = audiencesOf(payload.payload);
        a.createdAt = at;
        a.payload = payload.body;
        IngestBatch &batch = batches.emplaceBack();
        batch.activations.append(a);
        batch.received.insert(d.id, 1);

        // The messages are the delivery code's own, in the language being shot, as a run in that language
        // writes them.
        const auto attempt = [&](int status, QNetworkReply::NetworkError error) {
            const Outcome o = classifyOutcome(status, error, false, {}, {}, {});
            return attemptFor(a, at.addSecs(1), status, o.cls, o.code, o.message);
        };
        AttemptOutcome outcome;
        if (i == 17 || i == 41) {
            outcome.attempt = attempt(404, QNetworkReply::ContentNotFoundError);
            outcome.next = ActivationStatus::Failed;
        } else if (i >= 46) {
            outcome.attempt = attempt(503, QNetworkReply::ServiceUnavailableError);
            outcome.next = ActivationStatus::Retrying;
            outcome.nextAttemptAt = now.addSecs(120);
        } else {
            outcome.attempt = attempt(200, QNetworkReply::NoError);
            outcome.next = ActivationStatus::Succeeded;
        }
        outcomes.append(outcome);
    }
    // Reasons and messages as the engine words them, in the language being shot.
    const QString hashed = QString::fromLatin1(
        QCryptographicHash::hash("ana@example.com", QCryptographicHash::Sha256).toHex());
    const QJsonObject hashedProfile { { QStringLiteral("identityMap"),
        QJsonObject { { QStringLiteral("Email"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), hashed } } } } } } };
    const PayloadResult exclusion = buildPayload(d, readProfile(hashedProfile).profile);
    for (int i = 0; i < 2; ++i) {
        IngestBatch &batch = batches.emplaceBack();
        batch.received.insert(d.id, 1);
        ExclusionRecord e;
        e.destinationId = d.id;
        e.profileKey = QStringLiteral("Email:%1…%2").arg(hashed.left(4), hashed.right(4));
        e.code = exclusion.exclusionCode;
        e.reason = exclusion.reason;
        e.at = now.addSecs(-3600 * (i + 1));
        batch.exclusions.append(e);
    }
    const auto reject = [&](int line, const QByteArray &bytes, qint64 secondsAgo) {
        const QString why = QCoreApplication::translate("qad::Ingestor", "line %1: %2")
                                .arg(QString::number(line), readProfile(bytes).error.message);
        return RejectRecord { QStringLiteral("/srv/exports/profiles.ndjson"), line, why, bytes,
            now.addSecs(-secondsAgo) };
    };
    batches.emplaceBack().rejects
        = { reject(1042, R"({"identityMap":{"Email":[{"id":"mina@example.com"}]},"person":{"name":)", 5400),
              reject(2210, "[]", 1800) };
    for (const IngestBatch &batch : std::as_const(batches)) {
        if (Status status = storage.commitIngest(batch); !status) {
            return status;
        }
    }
    if (Status status = storage.recordAttempts(outcomes); !status) {
        return status;
    }
    const AttemptOutcome &lastFailure = outcomes.at(41);
    AlertEvaluator(storage).activationFailed(
        d, lastFailure.attempt.activationId, lastFailure.attempt.outcome.message);
    return {};
}

class Shooter
{
public:
    Shooter(QString language, QDir out)
        : m_language(std::move(language))
        , m_out(std::move(out))
    { }

    bool run()
    {
        if (!m_home.isValid() || !m_receiver.listen()) {
            err() << "cannot prepare a temporary directory or listen on loopback" << Qt::endl;
            return false;
        }
        m_receiver.setCredentials(kUsername, kToken);
        m_ctx.configDir = m_home.filePath(QStringLiteral("config"));
        m_ctx.dataDir = m_home.filePath(QStringLiteral("data"));
        ui::setSettingsDirectory(m_ctx.configDir);
        m_config = std::make_unique<ConfigStore>(m_ctx.configDir);
        m_ctx.config = m_config.get();
        m_ctx.secrets = &m_secrets;

        shootEmptyState();
        auto added = m_config->add(sampleDestination(m_receiver.url()));
        if (!added) {
            err() << added.error().message << Qt::endl;
            return false;
        }
        m_destination = *added;
        if (!m_secrets.write(m_destination.id, kToken) || !writeHistory(m_ctx.dataDir, m_destination)) {
            err() << "cannot write the sample history" << Qt::endl;
            return false;
        }
        shootMainWindow();
        shootWizard();
        shootPreferences();
        return m_ok;
    }

private:
    void save(QWidget *widget, const QString &name)
    {
        settle();
        const QString path = m_out.filePath(QStringLiteral("%1-%2.png").arg(name, m_language));
        if (!widget->grab().save(path)) {
            err() << "cannot write " << path << Qt::endl;
            m_ok = false;
            return;
        }
        err() << path << Qt::endl;
    }

    void shootEmptyState()
    {
        ui::MainWindow window(m_ctx);
        window.resize(1000, 620);
        window.show();
        save(&window, QStringLiteral("empty"));
    }

    void shootMainWindow()
    {
        ui::MainWindow window(m_ctx);
        window.resize(1360, 860);
        window.show();
        window.selectDestination(m_destination.id);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("destinationTabs"));

        tabs->setCurrentIndex(0);
        settle(1500); // the overview reads the database every second
        save(&window, QStringLiteral("overview"));
        window.findChild<QPushButton *>(QStringLiteral("leftOutButton"))->click();
        if (auto *leftOut = window.findChild<ui::LeftOutDialog *>()) {
            save(leftOut, QStringLiteral("leftout"));
            leftOut->reject();
        } else {
            err() << "the list of excluded and rejected did not open" << Qt::endl;
            m_ok = false;
        }

        tabs->setCurrentIndex(1);
        selectRow(tabs->currentWidget(), QStringLiteral("404"));
        save(&window, QStringLiteral("history"));

        tabs->setCurrentIndex(2);
        auto *panel = window.findChild<ui::TestSendPanel *>();
        auto *generate = panel->findChild<QPushButton *>(QStringLiteral("generateSampleButton"));
        auto *send = panel->findChild<QPushButton *>(QStringLiteral("sendButton"));
        generate->click();
        send->click();
        if (!waitUntil([panel] { return !panel->isBusy(); }, 20000) || m_receiver.requestCount() == 0) {
            err() << "the test send did not reach the fake receiver" << Qt::endl;
            m_ok = false;
        }
        save(&window, QStringLiteral("testsend"));

        tabs->setCurrentIndex(3);
        if (auto *alerts = window.findChild<QTreeWidget *>(QStringLiteral("alertsList"));
            alerts && alerts->topLevelItemCount() > 0) {
            alerts->setCurrentItem(alerts->topLevelItem(0)); // its message shown whole below the list
        }
        save(&window, QStringLiteral("alerts"));
    }

    // Selects a row of the panel's first non-empty list, so that its details pane shows: one whose text
    // mentions `preferred` (the failed 404 has the most to show), else the first.
    static void selectRow(QWidget *panel, const QString &preferred)
    {
        settle();
        for (QAbstractItemView *view : panel->findChildren<QAbstractItemView *>()) {
            QAbstractItemModel *model = view->model();
            if (!model || model->rowCount() == 0 || !view->isVisible()) {
                continue;
            }
            QModelIndex chosen = model->index(0, 0);
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndexList hits
                    = model->match(model->index(0, column), Qt::DisplayRole, preferred, 1, Qt::MatchContains);
                if (!hits.isEmpty()) {
                    chosen = model->index(hits.constFirst().row(), 0);
                    break;
                }
            }
            view->setCurrentIndex(chosen);
            view->setFocus();
            return;
        }
    }

    void shootWizard()
    {
        // Editing the sample destination: every page is filled in, as a user sees it after the first pass.
        ui::DestinationWizard wizard(m_ctx, &m_destination);
        wizard.resize(1000, 720);
        const QString profiles = m_home.filePath(QStringLiteral("sample.ndjson"));
        QFile file(profiles);
        if (file.open(QIODevice::WriteOnly)) {
            for (const QJsonObject &profile : generateSampleProfiles(m_destination, 3)) {
                file.write(QJsonDocument(profile).toJson(QJsonDocument::Compact) + '\n');
            }
            file.close();
        }
        if (const Status loaded = wizard.loadProfileFile(profiles); !loaded) {
            err() << loaded.error().message << Qt::endl;
        }
        wizard.show();
        const QStringList names { QStringLiteral("authenticate"), QStringLiteral("details"),
            QStringLiteral("alerts"), QStringLiteral("audiences"), QStringLiteral("mapping"),
            QStringLiteral("review") };
        for (int i = 0; i < names.size(); ++i) {
            save(&wizard, QStringLiteral("wizard-%1-%2").arg(i + 1).arg(names.at(i)));
            if (i + 1 < names.size()) {
                const int before = wizard.currentId();
                wizard.next();
                if (wizard.currentId() == before) {
                    err() << "the wizard did not leave page " << names.at(i) << Qt::endl;
                    m_ok = false;
                    return;
                }
            }
        }
        static_cast<QDialog &>(wizard).done(
            QDialog::Rejected); // reject() would ask whether to discard what was typed
    }

    void shootPreferences()
    {
        ui::PreferencesDialog dialog;
        dialog.resize(460, 200);
        dialog.show();
        save(&dialog, QStringLiteral("preferences"));
        dialog.reject();
    }

    QString m_language;
    QDir m_out;
    QTemporaryDir m_home;
    test::FakeQualtrics m_receiver;
    MemorySecretStore m_secrets;
    std::unique_ptr<ConfigStore> m_config;
    ui::AppContext m_ctx;
    Destination m_destination;
    bool m_ok = true;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qad"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        err() << "usage: qad_screenshots OUTPUT_DIRECTORY (run it under xvfb-run -a)" << Qt::endl;
        return 2;
    }
    QDir out(args.at(1));
    if (!out.mkpath(QStringLiteral("."))) {
        err() << "cannot create " << args.at(1) << Qt::endl;
        return 2;
    }
    qunsetenv("QAD_API_TOKEN"); // the token comes from the in-memory keychain
    bool ok = true;
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ko") }) {
        const ui::Translators translators(language);
        QLocale::setDefault(QLocale(language));
        Shooter shooter(language, out);
        ok = shooter.run() && ok;
    }
    return ok ? 0 : 1;
}
