// Destination JSON (SPEC §3 storage shape, export/import) and validation (SPEC §3 rules).

#include "config/destination.h"
#include "config/destinationjson.h"
#include "config/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace qad;

namespace {

const QString kUrl = QStringLiteral("https://iad1.qualtrics.com/inbound-event/v1/events/json/"
                                    "triggers?urlTokenId=1b2c3d4e-0000-4000-8000-1234567890ab");
const QString kAudienceId = QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283");

// A destination that passes validation without a single warning.
Destination valid()
{
    Destination d;
    d.id = QStringLiteral("5f0c9a64-7d0e-4c53-9b43-2d1f6a1c0e01");
    d.name = QStringLiteral("Onboarding survey");
    d.url = kUrl;
    d.username = QStringLiteral("cx-team@example.com");
    d.identities = { { QStringLiteral("Email"), IdentityTarget::Email } };
    d.attributes = { { QStringLiteral("person.name.firstName"), QStringLiteral("firstName") } };
    d.audiences = { { kAudienceId, QStringLiteral("Purchased"), std::nullopt, std::nullopt } };
    return d;
}

// Every field set to something other than its default.
Destination full()
{
    Destination d = valid();
    d.description = QStringLiteral("Starts the \"welcome\" survey — étape 1");
    d.authMode = AuthMode::Header;
    d.alerts.flowRunStart = true;
    d.alerts.flowRunSuccess = true;
    d.alerts.flowRunFailure = false;
    d.alerts.flowRunDelay = false;
    d.alerts.flowRunDelayMinutes = 45;
    d.alerts.skippedRateExceeded = false;
    d.alerts.skippedRatePercent = 2.5;
    d.alerts.authenticationFailed = false;
    d.audiences = {
        { kAudienceId, QStringLiteral("Purchased"), QDate(2026, 1, 31), QDate(2026, 12, 1) },
        { QStringLiteral("9a3f7c21-5b6e-4d8a-9c0b-1e2f3a4b5c6d"), QString(), std::nullopt,
            QDate(2027, 2, 28) },
    };
    d.identities = { { QStringLiteral("Email"), IdentityTarget::Email },
        { QStringLiteral("ECID"), IdentityTarget::ExternalId } };
    d.attributes = { { QStringLiteral("person.name.firstName"), QStringLiteral("person.name.firstName") },
        { QStringLiteral("mobilePhone.number"), QStringLiteral("mobilePhone.number") } };
    d.exportOn = ExportOn::MembershipOnly;
    d.delivery.rateLimitPerMinute = 0;
    d.delivery.concurrency = 12;
    d.delivery.timeoutSeconds = 25;
    d.delivery.retryDelaysSeconds = { 1, 2, 3 };
    d.delivery.retryRepeatSeconds = 600;
    d.delivery.retryHorizonSeconds = 3600;
    d.state = DestinationState::Paused;
    d.pausedReason = QStringLiteral("authentication");
    return d;
}

template<typename Change> Destination with(Change change)
{
    Destination d = valid();
    change(d);
    return d;
}

// "a.a.…": `parts` parts, each a valid camelCase segment.
QString dottedPath(int parts)
{
    QStringList segments;
    segments.fill(QStringLiteral("a"), parts);
    return segments.join(QLatin1Char('.'));
}

Destination named(const QString &id, const QString &name)
{
    Destination d = valid();
    d.id = id;
    d.name = name;
    return d;
}

// Every key of a JSON tree, at any depth.
void collectKeys(const QJsonValue &value, QStringList &keys)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            keys.append(it.key());
            collectKeys(it.value(), keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            collectKeys(v, keys);
        }
    }
}

QStringList describe(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &i : issues) {
        lines.append((i.isError() ? QStringLiteral("error ") : QStringLiteral("warning ")) + i.toString());
    }
    return lines;
}

} // namespace

class TestDestination : public QObject
{
    Q_OBJECT

private slots:
    void jsonRoundTripKeepsEveryField();
    void jsonUsesDocumentedKeys();
    void missingKeysTakeDefaults();
    void explicitEmptyRetryListIsKept();
    void wrongTypesNameTheField_data();
    void wrongTypesNameTheField();
    void everyWrongFieldIsReported();
    void exportImportRoundTrip();
    void importRefusesNewerSchema();
    void importRefusesWhatIsNotAnExport_data();
    void importRefusesWhatIsNotAnExport();
    void importDropsSecretLookingKeys();

    void validDestinationHasNoIssue();
    void issues_data();
    void issues();
    void accepted_data();
    void accepted();
    void nameLengthCountsCharacters_data();
    void nameLengthCountsCharacters();
    void overlappingTargetsNameTheOtherMapping_data();
    void overlappingTargetsNameTheOtherMapping();
    void manyMappingsReportExactlyTheirConflicts();
    void urls_data();
    void urls();
    void urlMessagesDoNotRepeatTheUrl();
    void renamingItselfIsNotADuplicate();
    void loopbackHosts_data();
    void loopbackHosts();
    void camelCase_data();
    void camelCase();
    void issueToString();
};

void TestDestination::jsonRoundTripKeepsEveryField()
{
    const Destination d = full();
    const QByteArray bytes = QJsonDocument(toJson(d)).toJson();
    const Expected<Destination> back = destinationFromJson(QJsonDocument::fromJson(bytes).object());
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QVERIFY(back.value() == d);
    // Each field really differs from its default, so a field the JSON dropped would have been noticed.
    QVERIFY(!(d.alerts == AlertSettings {}));
    QVERIFY(!(d.delivery == DeliverySettings {}));
}

void TestDestination::jsonUsesDocumentedKeys()
{
    const QJsonObject o = toJson(full());
    QCOMPARE(o.value("authMode").toString(), QString("header"));
    QCOMPARE(o.value("exportOn").toString(), QString("membershipOnly"));
    QCOMPARE(o.value("state").toString(), QString("paused"));
    QCOMPARE(o.value("pausedReason").toString(), QString("authentication"));
    const QJsonObject audience = o.value("audiences").toArray().at(0).toObject();
    QCOMPARE(audience.value("startDate").toString(), QString("2026-01-31"));
    QCOMPARE(audience.value("endDate").toString(), QString("2026-12-01"));
    QVERIFY(!o.value("audiences").toArray().at(1).toObject().contains("startDate"));
    QCOMPARE(o.value("identities").toArray().at(1).toObject().value("source").toString(), QString("ECID"));
    QCOMPARE(
        o.value("identities").toArray().at(1).toObject().value("target").toString(), QString("external_id"));
    QCOMPARE(o.value("alerts").toObject().value("flowRunDelayMinutes").toInt(), 45);
    QCOMPARE(o.value("alerts").toObject().value("skippedRatePercent").toDouble(), 2.5);
    QCOMPARE(o.value("delivery").toObject().value("rateLimitPerMinute").toInt(), 0);
    QCOMPARE(o.value("delivery").toObject().value("retryDelaysSeconds").toArray(), QJsonArray({ 1, 2, 3 }));
    QCOMPARE(toJson(valid()).value("authMode").toString(), QString("basic"));
    QCOMPARE(toJson(valid()).value("exportOn").toString(), QString("membershipOrAttributes"));
}

void TestDestination::missingKeysTakeDefaults()
{
    const Expected<Destination> empty = destinationFromJson(QJsonObject {});
    QVERIFY2(empty.ok(), qPrintable(empty.error().message));
    QVERIFY(empty.value() == Destination {});

    const QByteArray partial = R"({"name": "Onboarding", "alerts": {"flowRunStart": true}, "delivery": {},
        "audiences": [{"id": "a1"}], "identities": [{"source": "ECID"}], "pausedReason": null})";
    const Expected<Destination> d = destinationFromJson(QJsonDocument::fromJson(partial).object());
    QVERIFY2(d.ok(), qPrintable(d.error().message));
    QCOMPARE(d->name, QString("Onboarding"));
    QCOMPARE(qad::toString(d->authMode), QString("basic"));
    QCOMPARE(qad::toString(d->exportOn), QString("membershipOrAttributes"));
    QCOMPARE(qad::toString(d->state), QString("enabled"));
    QVERIFY(d->alerts.flowRunStart);
    QCOMPARE(d->alerts.flowRunDelayMinutes, 150);
    QCOMPARE(d->alerts.skippedRatePercent, 1.0);
    QVERIFY(d->delivery == DeliverySettings {});
    QCOMPARE(d->delivery.rateLimitPerMinute, 3000);
    QCOMPARE(d->delivery.concurrency, 6);
    QCOMPARE(d->delivery.timeoutSeconds, 10);
    QCOMPARE(d->audiences.size(), 1);
    QVERIFY(!d->audiences.at(0).startDate.has_value());
    QVERIFY(!d->audiences.at(0).endDate.has_value());
    QCOMPARE(qad::toString(d->identities.at(0).target), QString("email"));
}

void TestDestination::explicitEmptyRetryListIsKept()
{
    const Expected<Destination> d = destinationFromJson(
        QJsonDocument::fromJson(R"({"delivery": {"retryDelaysSeconds": []}})").object());
    QVERIFY(d.ok());
    QVERIFY(d->delivery.retryDelaysSeconds.isEmpty());
}

void TestDestination::wrongTypesNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("name number") << QByteArray(R"({"name": 5})") << "name";
    QTest::newRow("url array") << QByteArray(R"({"url": ["https://x"]})") << "url";
    QTest::newRow("authMode unknown") << QByteArray(R"({"authMode": "oauth"})") << "authMode";
    QTest::newRow("alerts not object") << QByteArray(R"({"alerts": true})") << "alerts";
    QTest::newRow("alert flag string")
        << QByteArray(R"({"alerts": {"flowRunStart": "yes"}})") << "alerts.flowRunStart";
    QTest::newRow("delay minutes fraction")
        << QByteArray(R"({"alerts": {"flowRunDelayMinutes": 1.5}})") << "alerts.flowRunDelayMinutes";
    QTest::newRow("percent string") << QByteArray(R"({"alerts": {"skippedRatePercent": "1%"}})")
                                    << "alerts.skippedRatePercent";
    QTest::newRow("audiences not list") << QByteArray(R"({"audiences": {}})") << "audiences";
    QTest::newRow("audience not object")
        << QByteArray(R"({"audiences": [{"id": "a"}, "b"]})") << "audiences[1]";
    QTest::newRow("audience start date")
        << QByteArray(R"({"audiences": [{"id": "a"}, {"startDate": "31/01/2026"}]})")
        << "audiences[1].startDate";
    QTest::newRow("audience end date invalid day")
        << QByteArray(R"({"audiences": [{"endDate": "2026-02-30"}]})") << "audiences[0].endDate";
    QTest::newRow("audience date number")
        << QByteArray(R"({"audiences": [{"endDate": 20260101}]})") << "audiences[0].endDate";
    QTest::newRow("identity target") << QByteArray(
        R"({"identities": [{"source": "Phone", "target": "phone"}]})")
                                     << "identities[0].target";
    QTest::newRow("attribute source")
        << QByteArray(R"({"attributes": [{"source": 1, "target": "a"}]})") << "attributes[0].source";
    QTest::newRow("exportOn") << QByteArray(R"({"exportOn": "always"})") << "exportOn";
    QTest::newRow("delivery concurrency string")
        << QByteArray(R"({"delivery": {"concurrency": "6"}})") << "delivery.concurrency";
    QTest::newRow("retry delay fraction") << QByteArray(R"({"delivery": {"retryDelaysSeconds": [5, 1.5]}})")
                                          << "delivery.retryDelaysSeconds[1]";
    QTest::newRow("state") << QByteArray(R"({"state": "stopped"})") << "state";
}

void TestDestination::wrongTypesNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY(document.isObject());
    const Expected<Destination> d = destinationFromJson(document.object());
    QVERIFY(!d.ok());
    QVERIFY2(d.error().message.startsWith(field + " must be"), qPrintable(d.error().message));
}

void TestDestination::everyWrongFieldIsReported()
{
    const Expected<Destination> d = destinationFromJson(QJsonDocument::fromJson(
        R"({"name": 1, "audiences": [{"id": "a"}, {"startDate": "tomorrow"}], "state": "on"})")
                                                            .object());
    QVERIFY(!d.ok());
    const QStringList lines = d.error().message.split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.contains("audiences[1].startDate must be a date like 2026-01-31"));
}

void TestDestination::exportImportRoundTrip()
{
    const QByteArray exported = exportDestination(full());
    const QJsonObject root = QJsonDocument::fromJson(exported).object();
    QCOMPARE(root.value("schemaVersion").toInt(), kConfigSchemaVersion);
    QVERIFY(root.value("destination").isObject());
    const Expected<Destination> imported = importDestination(exported);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QVERIFY(imported.value() == full());
}

void TestDestination::importRefusesNewerSchema()
{
    QJsonObject root = QJsonDocument::fromJson(exportDestination(full())).object();
    root.insert("schemaVersion", kConfigSchemaVersion + 1);
    const Expected<Destination> imported = importDestination(QJsonDocument(root).toJson());
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().message.contains("upgrade", Qt::CaseInsensitive),
        qPrintable(imported.error().message));
    QVERIFY(imported.error().message.contains(QString::number(kConfigSchemaVersion + 1)));
}

void TestDestination::importRefusesWhatIsNotAnExport_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("keyword");
    QTest::newRow("not json") << QByteArray("{\"schemaVersion\": 1,") << "JSON";
    QTest::newRow("empty") << QByteArray() << "JSON";
    QTest::newRow("array") << QByteArray("[]") << "export";
    QTest::newRow("bare destination") << QByteArray(R"({"name": "x"})") << "schemaVersion";
    QTest::newRow("no destination") << QByteArray(R"({"schemaVersion": 1})") << "destination";
    QTest::newRow("version zero") << QByteArray(R"({"schemaVersion": 0, "destination": {}})")
                                  << "schemaVersion";
    QTest::newRow("wrong field") << QByteArray(R"({"schemaVersion": 1, "destination": {"state": 1}})")
                                 << "state";
}

void TestDestination::importRefusesWhatIsNotAnExport()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, keyword);
    const Expected<Destination> imported = importDestination(json);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().message.contains(keyword), qPrintable(imported.error().message));
}

void TestDestination::importDropsSecretLookingKeys()
{
    const QByteArray secret = "s3cr3t-T0KEN-value";
    QJsonObject destination = toJson(full());
    destination.insert("token", QString::fromLatin1(secret));
    destination.insert("apiToken", QString::fromLatin1(secret));
    destination.insert("password", QString::fromLatin1(secret));
    const QJsonObject root { { "schemaVersion", kConfigSchemaVersion }, { "destination", destination },
        { "apiToken", QString::fromLatin1(secret) } };

    const Expected<Destination> imported = importDestination(QJsonDocument(root).toJson());
    QVERIFY(imported.ok());
    QVERIFY(imported.value() == full());
    const QByteArray again = exportDestination(imported.value());
    QVERIFY(!again.contains(secret));

    QStringList keys;
    collectKeys(QJsonDocument::fromJson(again).object(), keys);
    for (const QString &key : keys) {
        QVERIFY2(!key.contains("token", Qt::CaseInsensitive) && !key.contains("password", Qt::CaseInsensitive)
                && !key.contains("secret", Qt::CaseInsensitive),
            qPrintable(key));
    }
}

void TestDestination::validDestinationHasNoIssue()
{
    QCOMPARE(describe(validateDestination(valid())), QStringList());
    QCOMPARE(describe(validateDestination(full())), QStringList());
}

void TestDestination::issues_data()
{
    QTest::addColumn<Destination>("destination");
    QTest::addColumn<QList<Destination>>("others");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("keyword"); // part of the fix the message suggests

    const QList<Destination> none;
    const bool error = true;
    const bool warning = false;

    QTest::newRow("name missing") << with([](Destination &d) { d.name.clear(); }) << none << "name" << error
                                  << "enter";
    QTest::newRow("name blank") << with([](Destination &d) { d.name = "   "; }) << none << "name" << error
                                << "enter";
    QTest::newRow("name too long") << with([](Destination &d) { d.name = QString(257, 'n'); }) << none
                                   << "name" << error << "256";
    QTest::newRow("name with a tab") << with([](Destination &d) { d.name = "Onboarding\tsurvey"; }) << none
                                     << "name" << error << "control character";
    QTest::newRow("name with a line break") << with([](Destination &d) { d.name = "Onboarding\nsurvey"; })
                                            << none << "name" << error << "control character";
    QTest::newRow("name taken, other case") << with([](Destination &d) { d.name = "onboarding SURVEY"; })
                                            << QList<Destination> { named("other-id", "Onboarding survey") }
                                            << "name" << error << "different name";

    QTest::newRow("url missing") << with([](Destination &d) { d.url.clear(); }) << none << "url" << error
                                 << "copy";
    QTest::newRow("url http to a remote host")
        << with([](Destination &d) { d.url = "http://iad1.qualtrics.com/inbound-event/v1"; }) << none << "url"
        << error << "https://";
    QTest::newRow("url ftp") << with(
        [](Destination &d) { d.url = "ftp://iad1.qualtrics.com/inbound-event/"; })
                             << none << "url" << error << "https://";
    QTest::newRow("url unparsable") << with([](Destination &d) { d.url = "https://exa mple.com/x"; }) << none
                                    << "url" << error << "https://";
    QTest::newRow("url with credentials")
        << with([](Destination &d) { d.url = "https://me:pw@iad1.qualtrics.com/inbound-event/v1"; }) << none
        << "url" << error << "keychain";
    QTest::newRow("url not qualtrics")
        << with([](Destination &d) { d.url = "https://example.com/inbound-event/v1"; }) << none << "url"
        << warning << "JSON event URL";
    QTest::newRow("url other path") << with([](Destination &d) {
        d.url = "https://iad1.qualtrics.com/API/v3/whoami";
    }) << none << "url" << warning << "/inbound-event/";

    QTest::newRow("username missing for basic")
        << with([](Destination &d) { d.username.clear(); }) << none << "username" << error << "header";
    QTest::newRow("username with colon")
        << with([](Destination &d) { d.username = "a:b"; }) << none << "username" << error << "user name";

    QTest::newRow("no audience") << with([](Destination &d) { d.audiences.clear(); }) << none << "audiences"
                                 << warning << "add the Experience Platform audiences";
    QTest::newRow("no identity") << with([](Destination &d) { d.identities.clear(); }) << none << "identities"
                                 << error << "Email to email";
    QTest::newRow("identity namespace empty") << with([](Destination &d) {
        d.identities = { { " ", IdentityTarget::Email } };
    }) << none << "identities[0].source" << error
                                              << "namespace";
    QTest::newRow("identity namespace twice") << with([](Destination &d) {
        d.identities = { { "Email", IdentityTarget::Email }, { "EMAIL", IdentityTarget::ExternalId } };
    }) << none << "identities[1].source" << error
                                              << "remove";

    QTest::newRow("attribute source empty segment") << with([](Destination &d) {
        d.attributes = { { "person..firstName", "firstName" } };
    }) << none << "attributes[0].source" << error << "person.name.firstName";
    QTest::newRow("attribute source empty") << with([](Destination &d) {
        d.attributes = { { "", "firstName" } };
    }) << none << "attributes[0].source" << error
                                            << "dotted";
    QTest::newRow("attribute target empty") << with([](Destination &d) {
        d.attributes = { { "person.name.firstName", "" } };
    }) << none << "attributes[0].target" << error
                                            << "firstName";
    QTest::newRow("attribute target trailing dot") << with([](Destination &d) {
        d.attributes = { { "person.name.firstName", "person." } };
    }) << none << "attributes[0].target" << error << "dotted";
    // Deeper paths built payloads (and samples) nested past what Qt's JSON writer takes: a crash.
    QTest::newRow("attribute source deeper than 64") << with([](Destination &d) {
        d.attributes = { { dottedPath(65), "firstName" } };
    }) << none << "attributes[0].source" << error << "shorten";
    QTest::newRow("attribute target deeper than 64") << with([](Destination &d) {
        d.attributes = { { "person.name.firstName", dottedPath(65) } };
    }) << none << "attributes[0].target" << error << "shorten";
    QTest::newRow("attribute target of 20000 parts") << with([](Destination &d) {
        d.attributes = { { "person.name.firstName", dottedPath(20000) } };
    }) << none << "attributes[0].target" << error << "20000";
    QTest::newRow("attribute target identityMap") << with([](Destination &d) {
        d.attributes = { { "person.name.firstName", "identityMap" } };
    }) << none << "attributes[0].target" << error << "another target";
    QTest::newRow("attribute target under segmentMembership") << with([](Destination &d) {
        d.attributes = { { "person.name.firstName", "segmentMembership.ups" } };
    }) << none << "attributes[0].target" << error << "reserved";
    QTest::newRow("attribute target twice") << with([](Destination &d) {
        d.attributes = { { "person.name.firstName", "firstName" }, { "person.name.lastName", "firstName" } };
    }) << none << "attributes[1].target" << error
                                            << "already used by attribute mapping 1 (from "
                                               "person.name.firstName)";
    QTest::newRow("attribute target inside another") << with([](Destination &d) {
        d.attributes = { { "person.name", "name" }, { "person.name.firstName", "name.first" } };
    }) << none << "attributes[1].target" << error << "overwritten";
    QTest::newRow("attribute target around another") << with([](Destination &d) {
        d.attributes = { { "person.name.firstName", "name.first" }, { "person.name", "name" } };
    }) << none << "attributes[1].target" << error << "overwritten";
    QTest::newRow("attribute target not camelCase") << with([](Destination &d) {
        d.attributes = { { "person.name.firstName", "First Name.home_phone" } };
    }) << none << "attributes[0].target" << warning << "firstName.homePhone";
    QTest::newRow("attribute target starting with a digit") << with([](Destination &d) {
        d.attributes = { { "person.name.firstName", "2fa" } };
    }) << none << "attributes[0].target" << warning << "lowercase letter";

    QTest::newRow("audience id empty") << with([](Destination &d) {
        d.audiences = { { "", "Buyers", std::nullopt, std::nullopt } };
    }) << none << "audiences[0].id" << error
                                       << "copy";
    QTest::newRow("audience id with spaces") << with([](Destination &d) {
        d.audiences = { { "Recent buyers", "", std::nullopt, std::nullopt } };
    }) << none << "audiences[0].id" << error << "not its name";
    QTest::newRow("audience twice") << with([](Destination &d) {
        d.audiences.append({ kAudienceId, "Again", std::nullopt, std::nullopt });
    }) << none << "audiences[1].id" << error
                                    << "remove";
    QTest::newRow("audience twice, in another letter case") << with([](Destination &d) {
        d.audiences.append({ kAudienceId.toUpper(), "Again", std::nullopt, std::nullopt });
    }) << none << "audiences[1].id" << error << "remove";
    QTest::newRow("audience id in upper case") << with([](Destination &d) {
        d.audiences = { { kAudienceId.toUpper(), "", std::nullopt, std::nullopt } };
    }) << none << "audiences[0].id" << warning << "lower case";
    QTest::newRow("audience id not a uuid") << with([](Destination &d) {
        d.audiences = { { "buyers", "", std::nullopt, std::nullopt } };
    }) << none << "audiences[0].id" << warning
                                            << "046456e3-18e1-48a6-9bda-d68547861283";
    QTest::newRow("audience ends before it starts") << with([](Destination &d) {
        d.audiences[0].startDate = QDate(2026, 3, 1);
        d.audiences[0].endDate = QDate(2026, 2, 1);
    }) << none << "audiences[0].endDate" << error << "swap";

    QTest::newRow("rate limit negative")
        << with([](Destination &d) { d.delivery.rateLimitPerMinute = -1; }) << none
        << "delivery.rateLimitPerMinute" << error << "0 for no limit";
    QTest::newRow("rate limit above Qualtrics'")
        << with([](Destination &d) { d.delivery.rateLimitPerMinute = 3001; }) << none
        << "delivery.rateLimitPerMinute" << warning << "3000";
    QTest::newRow("concurrency zero") << with([](Destination &d) { d.delivery.concurrency = 0; }) << none
                                      << "delivery.concurrency" << error << "between 1 and 64";
    QTest::newRow("concurrency 65") << with([](Destination &d) { d.delivery.concurrency = 65; }) << none
                                    << "delivery.concurrency" << error << "between 1 and 64";
    QTest::newRow("timeout zero") << with([](Destination &d) { d.delivery.timeoutSeconds = 0; }) << none
                                  << "delivery.timeoutSeconds" << error << "between 1 and 300";
    QTest::newRow("timeout 301") << with([](Destination &d) { d.delivery.timeoutSeconds = 301; }) << none
                                 << "delivery.timeoutSeconds" << error << "between 1 and 300";
    QTest::newRow("retry delay zero") << with([](Destination &d) {
        d.delivery.retryDelaysSeconds = { 5, 0 };
    }) << none << "delivery.retryDelaysSeconds[1]"
                                      << error << "at least 1";
    QTest::newRow("retry repeat zero") << with([](Destination &d) { d.delivery.retryRepeatSeconds = 0; })
                                       << none << "delivery.retryRepeatSeconds" << error << "at least 1";
    QTest::newRow("retry horizon negative")
        << with([](Destination &d) { d.delivery.retryHorizonSeconds = -5; }) << none
        << "delivery.retryHorizonSeconds" << error << "at least 1";

    QTest::newRow("delay alert zero minutes")
        << with([](Destination &d) { d.alerts.flowRunDelayMinutes = 0; }) << none
        << "alerts.flowRunDelayMinutes" << error << "at least 1";
    QTest::newRow("skipped percent negative")
        << with([](Destination &d) { d.alerts.skippedRatePercent = -0.5; }) << none
        << "alerts.skippedRatePercent" << error << "0 to 100";
    QTest::newRow("skipped percent above 100")
        << with([](Destination &d) { d.alerts.skippedRatePercent = 100.5; }) << none
        << "alerts.skippedRatePercent" << error << "0 to 100";
}

void TestDestination::issues()
{
    QFETCH(Destination, destination);
    QFETCH(QList<Destination>, others);
    QFETCH(QString, field);
    QFETCH(bool, isError);
    QFETCH(QString, keyword);

    const QList<ValidationIssue> issues = validateDestination(destination, others);
    const QStringList described = describe(issues);
    // Exactly one issue, on the field at fault: a rule must not drown the user in follow-on messages.
    QCOMPARE(described.size(), 1);
    const ValidationIssue &issue = issues.front();
    QCOMPARE(issue.field, field);
    QCOMPARE(issue.isError(), isError);
    QCOMPARE(hasErrors(issues), isError);
    QVERIFY2(issue.message.contains(keyword, Qt::CaseInsensitive), qPrintable(issue.message));
}

// Limits that are inside the rules: no issue at all.
void TestDestination::accepted_data()
{
    QTest::addColumn<Destination>("destination");
    QTest::newRow("name of 256 characters") << with([](Destination &d) { d.name = QString(256, 'n'); });
    QTest::newRow("name of one character") << with([](Destination &d) { d.name = "Q"; });
    QTest::newRow("header auth without username") << with([](Destination &d) {
        d.authMode = AuthMode::Header;
        d.username.clear();
    });
    // Without an audience it is saved too, with a warning (issues(): "no audience").
    QTest::newRow("no attribute") << with([](Destination &d) { d.attributes.clear(); });
    QTest::newRow("two identity namespaces") << with([](Destination &d) {
        d.identities = { { "Email", IdentityTarget::Email }, { "ECID", IdentityTarget::ExternalId } };
    });
    QTest::newRow("sibling targets") << with([](Destination &d) {
        d.attributes = { { "person.name.firstName", "name.first" }, { "person.name.lastName", "name.last" },
            { "person.name", "nameFull" } };
    });
    QTest::newRow("one-day audience") << with([](Destination &d) {
        d.audiences[0].startDate = QDate(2026, 1, 31);
        d.audiences[0].endDate = QDate(2026, 1, 31);
    });
    QTest::newRow("open-ended audience")
        << with([](Destination &d) { d.audiences[0].startDate = QDate(2026, 1, 31); });
    QTest::newRow("rate limit 0 = unlimited")
        << with([](Destination &d) { d.delivery.rateLimitPerMinute = 0; });
    QTest::newRow("rate limit 3000") << with([](Destination &d) { d.delivery.rateLimitPerMinute = 3000; });
    QTest::newRow("concurrency 64, timeout 300") << with([](Destination &d) {
        d.delivery.concurrency = 64;
        d.delivery.timeoutSeconds = 300;
    });
    QTest::newRow("no early retries") << with([](Destination &d) { d.delivery.retryDelaysSeconds.clear(); });
    QTest::newRow("skipped 0 percent") << with([](Destination &d) { d.alerts.skippedRatePercent = 0; });
    QTest::newRow("skipped 100 percent") << with([](Destination &d) { d.alerts.skippedRatePercent = 100; });
    QTest::newRow("paths of 64 parts") << with([](Destination &d) {
        d.attributes = { { dottedPath(64), dottedPath(64) } };
    });
}

void TestDestination::accepted()
{
    QFETCH(Destination, destination);
    QCOMPARE(describe(validateDestination(destination)), QStringList());
}

// SPEC §3: 1–256 characters, as the user counts them: not UTF-16 units (an emoji is two, a flag four) nor
// code points (a letter with a combining accent is two).
void TestDestination::nameLengthCountsCharacters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("characters"); // 0: accepted

    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // U+1F600, a surrogate pair
    const QString flag = QString::fromUtf8("\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7"); // two regional indicators
    const QString accented = QStringLiteral("e") + QChar(0x0301); // e and a combining acute accent
    QTest::newRow("200 emoji") << emoji.repeated(200) << 0;
    QTest::newRow("256 emoji") << emoji.repeated(256) << 0;
    QTest::newRow("257 emoji") << emoji.repeated(257) << 257;
    QTest::newRow("256 flags") << flag.repeated(256) << 0;
    QTest::newRow("256 accented letters") << accented.repeated(256) << 0;
    QTest::newRow("300 accented letters") << accented.repeated(300) << 300;
    QTest::newRow("257 letters") << QString(257, u'n') << 257;
}

void TestDestination::nameLengthCountsCharacters()
{
    QFETCH(QString, name);
    QFETCH(int, characters);

    const QList<ValidationIssue> issues = validateName(name, {}, {});
    if (characters == 0) {
        QCOMPARE(describe(issues), QStringList());
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.front().field, QString("name"));
    QCOMPARE(issues.front().message,
        QString("The name has %1 characters: shorten it to 256 or fewer.").arg(characters));
}

// The issue sits on the later mapping; the message names the earlier one by its index next to that one's own
// target, whichever of the two is the longer.
void TestDestination::overlappingTargetsNameTheOtherMapping_data()
{
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("value first") << QStringList { "x", "x.y" } << "attributes[1].target"
                                 << "The target \"x.y\" overlaps the target \"x\" of attribute mapping 1 "
                                    "(from person.name.firstName): \"x\" "
                                    "would be overwritten by the object \"x.y\". Rename one of them.";
    QTest::newRow("object first") << QStringList { "x.y", "x" } << "attributes[1].target"
                                  << "The target \"x\" overlaps the target \"x.y\" of attribute mapping 1 "
                                     "(from person.name.firstName): \"x\" "
                                     "would be overwritten by the object \"x.y\". Rename one of them.";
    QTest::newRow("apart")
        << QStringList { "name", "phone", "name.first" } << "attributes[2].target"
        << "The target \"name.first\" overlaps the target \"name\" of attribute mapping 1 (from "
           "person.name.firstName): "
           "\"name\" would be overwritten by the object \"name.first\". Rename one of them.";
    QTest::newRow("percent signs kept")
        << QStringList { "a%1", "a%1.b%3" } << "attributes[1].target"
        << "The target \"a%1.b%3\" overlaps the target \"a%1\" of "
           "attribute mapping 1 (from person.name.firstName): \"a%1\" would be overwritten by the object "
           "\"a%1.b%3\". Rename one of them.";
}

void TestDestination::overlappingTargetsNameTheOtherMapping()
{
    QFETCH(QStringList, targets);
    QFETCH(QString, field);
    QFETCH(QString, message);

    Destination d = valid();
    d.attributes.clear();
    for (const QString &target : targets) {
        d.attributes.append({ QStringLiteral("person.name.firstName"), target });
    }
    QList<ValidationIssue> overlaps;
    for (const ValidationIssue &issue : validateDestination(d)) {
        if (issue.isError()) {
            overlaps.append(issue);
        }
    }
    QCOMPARE(overlaps.size(), 1);
    QCOMPARE(overlaps.front().field, field);
    QCOMPARE(overlaps.front().message, message);
}

// 20,000 mappings, the conflicts near the end: each named once, against the earliest mapping it meets.
void TestDestination::manyMappingsReportExactlyTheirConflicts()
{
    Destination d = valid();
    d.attributes.clear();
    for (int i = 0; i < 19996; ++i) {
        d.attributes.append({ QStringLiteral("person.f%1").arg(i), QStringLiteral("field%1").arg(i) });
    }
    d.attributes[5].target = QStringLiteral("nested.deep.value");
    d.attributes.append({ QStringLiteral("person.around"), QStringLiteral("nested.deep") });
    d.attributes.append({ QStringLiteral("person.twice"), QStringLiteral("field17") });
    d.attributes.append({ QStringLiteral("person.inside"), QStringLiteral("field42.sub") });
    d.attributes.append({ QStringLiteral("person.twiceAgain"), QStringLiteral("field17") });

    QCOMPARE(describe(validateDestination(d)),
        (QStringList {
            "error attributes[19996].target: The target \"nested.deep\" overlaps the target "
            "\"nested.deep.value\" of attribute mapping 6 (from person.f5): \"nested.deep\" would be "
            "overwritten by the object \"nested.deep.value\". Rename one of them.",
            "error attributes[19997].target: The target \"field17\" is already used by attribute mapping 18 "
            "(from person.f17): each target can be mapped once; rename or remove one of them.",
            "error attributes[19998].target: The target \"field42.sub\" overlaps the target \"field42\" of "
            "attribute mapping 43 (from person.f42): \"field42\" would be overwritten by the object "
            "\"field42.sub\". Rename one of them.",
            "error attributes[19999].target: The target \"field17\" is already used by attribute mapping 18 "
            "(from person.f17): each target can be mapped once; rename or remove one of them.",
        }));
}

void TestDestination::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("error");
    QTest::addColumn<bool>("warning");

    QTest::newRow("qualtrics urlTokenId") << kUrl << false << false;
    QTest::newRow("qualtrics contextId form") << "https://iad1.qualtrics.com/inbound-event/v1/events/JSON/"
                                                 "triggers?contextId=SV_abc123&userId=UR_abc123"
                                                 "&brandId=acme&triggerId=OC_abc123"
                                              << false << false;
    QTest::newRow("organisation prefix")
        << "https://org.ca1.qualtrics.com/inbound-event/v1/events/json/triggers?urlTokenId=x" << false
        << false;
    QTest::newRow("upper-case host and scheme")
        << "HTTPS://IAD1.Qualtrics.COM/inbound-event/v1/events/json/triggers" << false << false;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/inbound-event/v1" << false << true;
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3/inbound-event/v1" << false << true;
    QTest::newRow("http [::1]") << "http://[::1]:9000/inbound-event/v1" << false << true;
    QTest::newRow("http localhost") << "http://localhost:8080/inbound-event/v1" << false << true;
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST/inbound-event/v1" << false << true;
    QTest::newRow("http example.com") << "http://example.com/inbound-event/v1" << true << true;
    QTest::newRow("http qualtrics") << "http://iad1.qualtrics.com/inbound-event/v1" << true << false;
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1/inbound-event/v1" << true << true;
    QTest::newRow("http localhost lookalike")
        << "http://localhost.example.com/inbound-event/v1" << true << true;
    QTest::newRow("ftp") << "ftp://iad1.qualtrics.com/inbound-event/v1" << true << false;
    QTest::newRow("https example.com") << "https://example.com/inbound-event/v1" << false << true;
    QTest::newRow("https qualtrics lookalike")
        << "https://evilqualtrics.com/inbound-event/v1" << false << true;
    QTest::newRow("https qualtrics other path")
        << "https://iad1.qualtrics.com/API/v3/whoami" << false << true;
    QTest::newRow("no scheme") << "iad1.qualtrics.com/inbound-event/v1" << true << false;
    QTest::newRow("no host") << "https:///inbound-event/v1" << true << false;
    QTest::newRow("leading space") << " " + kUrl << true << false;
    QTest::newRow("empty") << QString() << true << false;
}

void TestDestination::urls()
{
    QFETCH(QString, url);
    QFETCH(bool, error);
    QFETCH(bool, warning);
    const QList<ValidationIssue> issues = validateUrl(url);
    const QStringList described = describe(issues);
    QVERIFY2(hasErrors(issues) == error, qPrintable(described.join('\n')));
    const bool warned
        = std::any_of(issues.cbegin(), issues.cend(), [](const ValidationIssue &i) { return !i.isError(); });
    QVERIFY2(warned == warning, qPrintable(described.join('\n')));
    for (const ValidationIssue &issue : issues) {
        QCOMPARE(issue.field, QString("url"));
        QVERIFY(!issue.message.isEmpty());
    }
    // The same rules apply inside the whole-destination check.
    QCOMPARE(describe(validateDestination(with([&](Destination &d) { d.url = url; }))), described);
}

void TestDestination::urlMessagesDoNotRepeatTheUrl()
{
    const QString token = "0f1e2d3c-aaaa-4bbb-8ccc-ddddeeeeffff";
    for (const QString &url :
        { "http://example.com/x?urlTokenId=" + token, "ftp://iad1.qualtrics.com/x?urlTokenId=" + token,
            "https://u:pw@example.com/x?urlTokenId=" + token }) {
        const QList<ValidationIssue> issues = validateUrl(url);
        QVERIFY(!issues.isEmpty());
        for (const ValidationIssue &issue : issues) {
            QVERIFY(!issue.message.contains(token));
            QVERIFY(!issue.message.contains("pw@"));
        }
    }
}

void TestDestination::renamingItselfIsNotADuplicate()
{
    const Destination self = valid();
    const QList<Destination> saved { self, named("other", "Renewals") };
    QVERIFY(validateName("ONBOARDING survey", saved, self.id).isEmpty());
    QVERIFY(validateDestination(self, saved).isEmpty());
    const QList<ValidationIssue> clash = validateName("renewals", saved, self.id);
    QCOMPARE(clash.size(), 1);
    QCOMPARE(clash.front().field, QString("name"));
    QVERIFY(clash.front().message.contains("Renewals"));
}

void TestDestination::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::newRow("127.1.2.3") << "127.1.2.3" << true;
    QTest::newRow("127.255.255.254") << "127.255.255.254" << true;
    QTest::newRow("::1") << "::1" << true;
    QTest::newRow("[::1]") << "[::1]" << true;
    QTest::newRow("long ::1") << "0:0:0:0:0:0:0:1" << true;
    QTest::newRow("padded ::1") << "0000::0001" << true;
    QTest::newRow("localhost") << "localhost" << true;
    QTest::newRow("LocalHost") << "LocalHost" << true;
    QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
    QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
    QTest::newRow("127.0.0.256") << "127.0.0.256" << false;
    QTest::newRow("127.0.0") << "127.0.0" << false;
    QTest::newRow("127.0.0.1.example.com") << "127.0.0.1.example.com" << false;
    QTest::newRow("localhost.example.com") << "localhost.example.com" << false;
    QTest::newRow("::2") << "::2" << false;
    QTest::newRow("::") << "::" << false;
    QTest::newRow("1::1") << "1::1" << false;
    QTest::newRow("empty") << "" << false;
}

void TestDestination::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(isLoopbackHost(host), loopback);
}

void TestDestination::camelCase_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    QTest::newRow("spec example") << "First Name.home_phone"
                                  << "firstName.homePhone";
    QTest::newRow("already camelCase") << "person.name.firstName"
                                       << "person.name.firstName";
    QTest::newRow("PascalCase") << "MobilePhone.Number"
                                << "mobilePhone.number";
    QTest::newRow("kebab") << "loyalty-tier"
                           << "loyaltyTier";
    QTest::newRow("acronym") << "ID"
                             << "id";
    QTest::newRow("snake with digits") << "address_line_2"
                                       << "addressLine2";
}

void TestDestination::camelCase()
{
    QFETCH(QString, target);
    QFETCH(QString, expected);
    QCOMPARE(camelCaseTarget(target), expected);
}

void TestDestination::issueToString()
{
    const ValidationIssue issue { ValidationIssue::Severity::Error, "url", "Use https://." };
    QCOMPARE(issue.toString(), QString("url: Use https://."));
}

QTEST_GUILESS_MAIN(TestDestination)
#include "tst_destination.moc"
