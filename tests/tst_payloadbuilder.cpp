#include "mapping/payloadbuilder.h"
#include "profiles/profilereader.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace qad;

namespace {

const QString kAudience = QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283");

QByteArray readData(const QString &relativePath)
{
    QFile file(QStringLiteral(QAD_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open test data %s", qPrintable(relativePath));
    }
    return file.readAll();
}

Profile profileFrom(const QByteArray &json)
{
    const ProfileReadResult result = readProfile(json);
    if (!result.ok()) {
        qFatal("test profile does not read: %s", qPrintable(result.error.message));
    }
    return result.profile;
}

// The destination of the SPEC §6 example.
Destination spec6Destination()
{
    Destination d;
    d.name = QStringLiteral("Spec 6");
    d.identities = { { QStringLiteral("Email"), IdentityTarget::Email } };
    d.attributes = { { QStringLiteral("person.name.firstName"), QStringLiteral("person.name.firstName") },
        { QStringLiteral("mobilePhone.number"), QStringLiteral("mobilePhone.number") } };
    d.audiences = { { kAudience, QStringLiteral("Purchased"), std::nullopt, std::nullopt } };
    return d;
}

Destination identityDestination(const QList<IdentityMapping> &identities)
{
    Destination d = spec6Destination();
    d.identities = identities;
    return d;
}

QJsonValue at(const QJsonObject &object, const QString &dottedPath)
{
    QJsonValue value = object;
    for (const QString &key : dottedPath.split(QLatin1Char('.'))) {
        value = value.toObject().value(key);
    }
    return value;
}

QStringList idsAt(const PayloadResult &result, const QString &payloadNamespace)
{
    QStringList ids;
    const QJsonArray array
        = result.payload.value(QStringLiteral("identityMap")).toObject().value(payloadNamespace).toArray();
    for (const QJsonValue &v : array) {
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
    }
    return ids;
}

QString sha256(const QByteArray &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestPayloadBuilder : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheSpecPayload_data();
    void matchesTheSpecPayload();
    void placesAttributesAtTargets_data();
    void placesAttributesAtTargets();
    void leavesMissingValuesOut();
    void mergesNamespacesIntoExternalId();
    void sendsEcidAsExternalId();
    void matchesNamespacesIgnoringCase();
    void excludesHashedEmail();
    void excludesProfileWithoutMappedIdentity();
    void excludesInvalidEmail();
    void keepsPlainEmailBesideHashed();
    void keepsPlainEmailBesideInvalid();
    void leavesOutAnAttributeWhoseTargetCollides();
    void sendsMembershipStatus();
    void bodyIsTheCompactPayload_data();
    void bodyIsTheCompactPayload();
    void keepsOnlySelectedAudiences();
    void warnsWhenInNoSelectedAudience();
    void refusesReservedTargets();
    void enforcesTheSizeLimit();
    void profileKeyIsStable();
    void manyIdentityValuesAreQuick();
    void recognisesPlainTextEmail_data();
    void recognisesPlainTextEmail();
    void recognisesHashes_data();
    void recognisesHashes();
};

void TestPayloadBuilder::matchesTheSpecPayload_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("short form") << QStringLiteral("golden/spec6-input.json");
    QTest::newRow("xdm: form") << QStringLiteral("golden/spec6-input-xdm.json");
}

void TestPayloadBuilder::matchesTheSpecPayload()
{
    QFETCH(QString, input);
    const PayloadResult result = buildPayload(spec6Destination(), profileFrom(readData(input)));
    QVERIFY2(result.ok(), qPrintable(result.reason));
    QVERIFY(result.warnings.isEmpty());

    // Re-serialising the golden file sorts its keys like the builder's output: then bytes must match.
    QJsonParseError error;
    const QJsonDocument golden
        = QJsonDocument::fromJson(readData(QStringLiteral("golden/spec6-payload.json")), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(result.body, golden.toJson(QJsonDocument::Compact));
    QCOMPARE(result.payload, golden.object());
}

void TestPayloadBuilder::placesAttributesAtTargets_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("nested to top level") << QStringLiteral("person.name.firstName")
                                         << QStringLiteral("firstName") << QJsonValue(QStringLiteral("Dave"));
    QTest::newRow("camelCase target") << QStringLiteral("homeAddress.city") << QStringLiteral("homeCity")
                                      << QJsonValue(QStringLiteral("Leeds"));
    QTest::newRow("deeper target") << QStringLiteral("mobilePhone.number")
                                   << QStringLiteral("contact.phone.mobile.number")
                                   << QJsonValue(QStringLiteral("0123456789"));
    QTest::newRow("number as-is") << QStringLiteral("loyalty.points") << QStringLiteral("points")
                                  << QJsonValue(1250);
    QTest::newRow("boolean as-is") << QStringLiteral("loyalty.member") << QStringLiteral("member.active")
                                   << QJsonValue(true);
    QTest::newRow("array as-is") << QStringLiteral("tags") << QStringLiteral("tags")
                                 << QJsonValue(QJsonArray { QStringLiteral("vip"), 2 });
    QTest::newRow("object as-is") << QStringLiteral("loyalty") << QStringLiteral("program")
                                  << QJsonValue(QJsonObject { { QStringLiteral("points"), 1250 },
                                         { QStringLiteral("member"), true } });
}

void TestPayloadBuilder::placesAttributesAtTargets()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QJsonValue, expected);

    Destination d = spec6Destination();
    d.attributes = { { source, target } };
    const Profile profile = profileFrom(R"({"identityMap": {"Email": [{"id": "dave@example.com"}]},
        "person": {"name": {"firstName": "Dave"}}, "homeAddress": {"city": "Leeds"},
        "mobilePhone": {"number": "0123456789"}, "loyalty": {"points": 1250, "member": true}, "tags": ["vip", 2]})");
    const PayloadResult result = buildPayload(d, profile);
    QVERIFY(result.ok());
    QCOMPARE(at(result.payload, target), expected);
    // Nothing but the target, identityMap and segmentMembership at the top level.
    QCOMPARE(result.payload.size(), 3);
}

void TestPayloadBuilder::leavesMissingValuesOut()
{
    Destination d = spec6Destination();
    d.attributes.append({ QStringLiteral("person.name.lastName"), QStringLiteral("person.name.lastName") });
    d.attributes.append({ QStringLiteral("loyalty.tier"), QStringLiteral("tier") });
    const PayloadResult result
        = buildPayload(d, profileFrom(R"({"identityMap": {"Email": [{"id": "dave@example.com"}]},
                           "person": {"name": {"firstName": "Dave", "lastName": null}}})"));
    QVERIFY(result.ok());
    QCOMPARE(at(result.payload, QStringLiteral("person.name")).toObject(),
        QJsonObject({ { QStringLiteral("firstName"), QStringLiteral("Dave") } }));
    QVERIFY(!result.payload.contains(QStringLiteral("mobilePhone")));
    QVERIFY(!result.payload.contains(QStringLiteral("tier")));
    QVERIFY2(!result.body.contains("null"), result.body.constData());
}

void TestPayloadBuilder::mergesNamespacesIntoExternalId()
{
    const Destination d = identityDestination({ { QStringLiteral("ECID"), IdentityTarget::ExternalId },
        { QStringLiteral("CRMID"), IdentityTarget::ExternalId },
        { QStringLiteral("Email"), IdentityTarget::Email } });
    const PayloadResult result = buildPayload(d, profileFrom(R"({"identityMap": {
            "ECID": [{"id": "ecid-1"}, {"id": "shared"}],
            "CRMID": [{"id": "crm-9", "primary": true}, {"id": "shared"}],
            "Email": [{"id": "dave@example.com"}]}})"));
    QVERIFY(result.ok());
    // One array for the target, primary first, each value once.
    QCOMPARE(idsAt(result, QStringLiteral("external_id")),
        QStringList({ QStringLiteral("crm-9"), QStringLiteral("ecid-1"), QStringLiteral("shared") }));
    QCOMPARE(idsAt(result, QStringLiteral("Email")), QStringList { QStringLiteral("dave@example.com") });
    QCOMPARE(result.payload.value(QStringLiteral("identityMap")).toObject().size(), 2);
}

void TestPayloadBuilder::sendsEcidAsExternalId()
{
    const Destination d = identityDestination({ { QStringLiteral("ECID"), IdentityTarget::ExternalId } });
    const PayloadResult result
        = buildPayload(d, profileFrom(readData(QStringLiteral("xdm/profile.example.1.json"))));
    QVERIFY(result.ok());
    QCOMPARE(result.payload.value(QStringLiteral("identityMap")).toObject(),
        QJsonObject({ { QStringLiteral("external_id"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("92312748749128") } } } } }));
    QCOMPARE(at(result.payload, QStringLiteral("mobilePhone.number")).toString(),
        QStringLiteral("1-408-888-8888"));
}

void TestPayloadBuilder::matchesNamespacesIgnoringCase()
{
    // The XDM example writes EMAIL; the mapping says email.
    const Destination d = identityDestination({ { QStringLiteral("email"), IdentityTarget::Email } });
    const PayloadResult result
        = buildPayload(d, profileFrom(readData(QStringLiteral("xdm/profile.example.1.json"))));
    QVERIFY(result.ok());
    QCOMPARE(idsAt(result, QStringLiteral("Email")), QStringList { QStringLiteral("jane@doe.com") });
}

void TestPayloadBuilder::excludesHashedEmail()
{
    const QString hashed = sha256("dave@example.com");
    const PayloadResult result = buildPayload(spec6Destination(),
        profileFrom(R"({"identityMap": {"Email": [{"id": ")" + hashed.toLatin1() + R"("}]}})"));
    QCOMPARE(result.status, PayloadResult::Status::Excluded);
    QCOMPARE(result.exclusionCode, QStringLiteral("hashed_email"));
    QVERIFY2(result.reason.contains(QLatin1String("Qualtrics needs plain-text addresses")),
        qPrintable(result.reason));
    QVERIFY2(
        result.reason.contains(QLatin1String("map an external_id identity too")), qPrintable(result.reason));
    QVERIFY(result.body.isEmpty());

    // An external_id identity is mapped already, and this profile has no value for it: the advice is a value.
    const Destination both = identityDestination({ { QStringLiteral("Email"), IdentityTarget::Email },
        { QStringLiteral("Phone"), IdentityTarget::ExternalId } });
    const PayloadResult withPhoneMapped = buildPayload(
        both, profileFrom(R"({"identityMap": {"Email": [{"id": ")" + hashed.toLatin1() + R"("}]}})"));
    QCOMPARE(withPhoneMapped.exclusionCode, QStringLiteral("hashed_email"));
    QVERIFY2(!withPhoneMapped.reason.contains(QLatin1String("map an external_id identity")),
        qPrintable(withPhoneMapped.reason));
    QVERIFY2(withPhoneMapped.reason.contains(QLatin1String("external_id identity mapped (Phone)")),
        qPrintable(withPhoneMapped.reason));
}

void TestPayloadBuilder::excludesProfileWithoutMappedIdentity()
{
    const Destination d = identityDestination({ { QStringLiteral("Email"), IdentityTarget::Email },
        { QStringLiteral("ECID"), IdentityTarget::ExternalId } });
    const PayloadResult result = buildPayload(
        d, profileFrom(R"({"identityMap": {"Phone": [{"id": "+44 1"}], "Email": [{"id": "  "}]},
                           "person": {"name": {"firstName": "Dave"}}})"));
    QCOMPARE(result.status, PayloadResult::Status::Excluded);
    QCOMPARE(result.exclusionCode, QStringLiteral("no_mapped_identity"));
    QVERIFY2(result.reason.contains(QLatin1String("looked for Email, ECID")), qPrintable(result.reason));
    QVERIFY2(result.reason.contains(QLatin1String("Phone")), qPrintable(result.reason));

    const PayloadResult none = buildPayload(d, profileFrom("{}"));
    QCOMPARE(none.exclusionCode, QStringLiteral("no_mapped_identity"));
}

void TestPayloadBuilder::excludesInvalidEmail()
{
    const PayloadResult result = buildPayload(
        spec6Destination(), profileFrom(R"({"identityMap": {"Email": [{"id": "dave at example.com"}]}})"));
    QCOMPARE(result.status, PayloadResult::Status::Excluded);
    QCOMPARE(result.exclusionCode, QStringLiteral("invalid_email"));
    QVERIFY2(
        result.reason.contains(QLatin1String("\"dave at example.com\" is not a plain-text email address")),
        qPrintable(result.reason));
    QVERIFY2(
        result.reason.contains(QLatin1String("map an external_id identity too")), qPrintable(result.reason));

    const Destination both = identityDestination({ { QStringLiteral("Email"), IdentityTarget::Email },
        { QStringLiteral("Phone"), IdentityTarget::ExternalId } });
    const PayloadResult withPhoneMapped
        = buildPayload(both, profileFrom(R"({"identityMap": {"Email": [{"id": "dave at example.com"}]}})"));
    QCOMPARE(withPhoneMapped.exclusionCode, QStringLiteral("invalid_email"));
    QVERIFY2(!withPhoneMapped.reason.contains(QLatin1String("map an external_id identity")),
        qPrintable(withPhoneMapped.reason));
    QVERIFY2(withPhoneMapped.reason.contains(QLatin1String("give the profiles a Phone value")),
        qPrintable(withPhoneMapped.reason));
}

void TestPayloadBuilder::keepsPlainEmailBesideHashed()
{
    const QByteArray hashed = sha256("dave@example.com").toLatin1();
    const PayloadResult result = buildPayload(spec6Destination(),
        profileFrom(R"({"identityMap": {"Email": [{"id": ")" + hashed + R"(", "primary": true},
                                                  {"id": "dave@example.com"}, {"id": "Dave@Example.com"}]}})"));
    QVERIFY2(result.ok(), qPrintable(result.reason));
    QCOMPARE(idsAt(result, QStringLiteral("Email")), QStringList { QStringLiteral("dave@example.com") });
    QVERIFY(!result.body.contains(hashed));
    QVERIFY(std::any_of(result.warnings.cbegin(), result.warnings.cend(),
        [](const QString &w) { return w.contains(QLatin1String("hashed")); }));
}

// An address that is not one is left out, with a warning naming it; the valid one is sent.
void TestPayloadBuilder::keepsPlainEmailBesideInvalid()
{
    const PayloadResult result = buildPayload(spec6Destination(),
        profileFrom(
            R"({"identityMap": {"Email": [{"id": "dave at example.com"}, {"id": "dave@example.com"}]}})"));
    QVERIFY2(result.ok(), qPrintable(result.reason));
    QCOMPARE(idsAt(result, QStringLiteral("Email")), QStringList { QStringLiteral("dave@example.com") });
    QVERIFY(!result.body.contains("dave at example.com"));
    QVERIFY2(result.warnings.join(u'|').contains(
                 QLatin1String("Left out 1 email value(s) that are not plain-text addresses, such as "
                               "\"dave at example.com\"")),
        qPrintable(result.warnings.join(u'|')));
}

// Two targets where one is inside the other (name, name.last): the first placed stays, the other is left out
// with a warning, and the profile is still sent.
void TestPayloadBuilder::leavesOutAnAttributeWhoseTargetCollides()
{
    Destination d = spec6Destination();
    d.attributes = { { QStringLiteral("person.name.firstName"), QStringLiteral("name") },
        { QStringLiteral("person.name.lastName"), QStringLiteral("name.last") } };
    const PayloadResult result
        = buildPayload(d, profileFrom(R"({"identityMap": {"Email": [{"id": "dave@example.com"}]},
                                          "person": {"name": {"firstName": "Dave", "lastName": "Doe"}}})"));
    QVERIFY2(result.ok(), qPrintable(result.reason));
    QCOMPARE(at(result.payload, QStringLiteral("name")).toString(), QStringLiteral("Dave"));
    QVERIFY(!result.body.contains("Doe"));
    QVERIFY2(result.warnings.join(u'|').contains(
                 QLatin1String("Left out person.name.lastName: its target name.last collides")),
        qPrintable(result.warnings.join(u'|')));
}

void TestPayloadBuilder::sendsMembershipStatus()
{
    Destination d = spec6Destination();
    d.audiences.append(
        { QStringLiteral("aud-existing"), QStringLiteral("Existing"), std::nullopt, std::nullopt });
    d.audiences.append(
        { QStringLiteral("aud-no-time"), QStringLiteral("No time"), std::nullopt, std::nullopt });
    const PayloadResult result = buildPayload(d,
        profileFrom(R"({"identityMap": {"Email": [{"id": "dave@example.com"}]}, "segmentMembership": {"ups": {
            "046456e3-18e1-48a6-9bda-d68547861283": {"status": "exited",
                                                     "lastQualificationTime": "2023-09-05T10:43:55.602687Z"},
            "aud-existing": {"status": "existing", "lastQualificationTime": "2023-09-01T00:00:00Z"},
            "aud-no-time": {"status": "realized"}}}})"));
    QVERIFY(result.ok());
    const QJsonObject ups = at(result.payload, QStringLiteral("segmentMembership.ups")).toObject();
    QCOMPARE(ups.value(kAudience).toObject(),
        QJsonObject({ { QStringLiteral("status"), QStringLiteral("exited") },
            { QStringLiteral("lastQualificationTime"), QStringLiteral("2023-09-05T10:43:55.602687Z") } }));
    QCOMPARE(ups.value(QStringLiteral("aud-existing")).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("realized"));
    QCOMPARE(ups.value(QStringLiteral("aud-no-time")).toObject(),
        QJsonObject({ { QStringLiteral("status"), QStringLiteral("realized") } }));
}

void TestPayloadBuilder::bodyIsTheCompactPayload_data()
{
    QTest::addColumn<QStringList>("targets");

    // Qt writes members in key order: segmentMembership comes last, or before a target that sorts after it.
    QTest::newRow("spec targets") << QStringList { QStringLiteral("person.name.firstName"),
        QStringLiteral("mobilePhone.number") };
    QTest::newRow("no attribute") << QStringList {};
    QTest::newRow("target after segmentMembership") << QStringList { QStringLiteral("zone.name") };
    QTest::newRow("targets on both sides")
        << QStringList { QStringLiteral("_tenant.name"), QStringLiteral("segmentN.number") };
    QTest::newRow("target with a prefix of it") << QStringList { QStringLiteral("segment.name") };
    QTest::newRow("escaped text") << QStringList { QStringLiteral("notes") };
}

// The body is what Qt writes for the payload, byte for byte, whichever way the builder made it; and the
// part change detection compares is the same without segmentMembership.
void TestPayloadBuilder::bodyIsTheCompactPayload()
{
    QFETCH(QStringList, targets);

    const QStringList sources { QStringLiteral("person.name.firstName"),
        QStringLiteral("mobilePhone.number") };
    Destination d = spec6Destination();
    d.attributes.clear();
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const QString source = targets.at(i) == u"notes" ? QStringLiteral("notes") : sources.at(i % 2);
        d.attributes.append({ source, targets.at(i) });
    }
    const PayloadResult result
        = buildPayload(d, profileFrom(R"({"identityMap": {"Email": [{"id": "dave@example.com"}]},
        "person": {"name": {"firstName": "Dave \"D\" Émile"}}, "mobilePhone": {"number": "0123456789"},
        "notes": "line\nbreak\ttab \\ slash \u0001 한국어",
        "segmentMembership": {"ups": {"046456e3-18e1-48a6-9bda-d68547861283": {"status": "realized",
            "lastQualificationTime": "2023-09-05T10:43:55.602687Z"}}}})"));
    QVERIFY2(result.ok(), qPrintable(result.reason));
    QCOMPARE(result.payload.size(), targets.size() + 2);

    QCOMPARE(result.body, QJsonDocument(result.payload).toJson(QJsonDocument::Compact));
    QJsonObject withoutMembership = result.payload;
    withoutMembership.remove(QStringLiteral("segmentMembership"));
    QCOMPARE(result.identitiesAndAttributes, QJsonDocument(withoutMembership).toJson(QJsonDocument::Compact));
    QVERIFY(!result.identitiesAndAttributes.contains("segmentMembership"));
}

void TestPayloadBuilder::keepsOnlySelectedAudiences()
{
    const PayloadResult result = buildPayload(
        spec6Destination(), profileFrom(R"({"identityMap": {"Email": [{"id": "dave@example.com"}]},
            "segmentMembership": {"ups": {"046456e3-18e1-48a6-9bda-d68547861283": {"status": "realized"},
                                          "other-audience": {"status": "realized"}}}})"));
    QVERIFY(result.ok());
    QCOMPARE(at(result.payload, QStringLiteral("segmentMembership.ups")).toObject().keys(),
        QStringList { kAudience });
    QVERIFY(!result.body.contains("other-audience"));
}

void TestPayloadBuilder::warnsWhenInNoSelectedAudience()
{
    const PayloadResult result = buildPayload(
        spec6Destination(), profileFrom(R"({"identityMap": {"Email": [{"id": "dave@example.com"}]},
            "segmentMembership": {"ups": {"other-audience": {"status": "realized"}}}})"));
    QVERIFY(result.ok());
    QVERIFY2(result.body.contains(R"("segmentMembership":{"ups":{}})"), result.body.constData());
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.first().contains(QLatin1String("none of the destination's 1 selected audience")),
        qPrintable(result.warnings.first()));
}

void TestPayloadBuilder::refusesReservedTargets()
{
    Destination d = spec6Destination();
    d.attributes = { { QStringLiteral("person.name.firstName"), QStringLiteral("identityMap.name") } };
    const PayloadResult result
        = buildPayload(d, profileFrom(R"({"identityMap": {"Email": [{"id": "dave@example.com"}]},
                                          "person": {"name": {"firstName": "Dave"}}})"));
    QVERIFY(result.ok());
    QCOMPARE(at(result.payload, QStringLiteral("identityMap")).toObject().keys(),
        QStringList { QStringLiteral("Email") });
    QVERIFY(!result.warnings.isEmpty());
}

void TestPayloadBuilder::enforcesTheSizeLimit()
{
    Destination d = spec6Destination();
    d.attributes = { { QStringLiteral("notes"), QStringLiteral("notes") } };
    const auto withNotes = [&](qsizetype length) {
        QJsonObject json { { QStringLiteral("identityMap"),
                               QJsonObject { { QStringLiteral("Email"),
                                   QJsonArray { QJsonObject {
                                       { QStringLiteral("id"), QStringLiteral("dave@example.com") } } } } } },
            { QStringLiteral("notes"), QString(length, QLatin1Char('n')) } };
        return buildPayload(d, readProfile(json).profile);
    };
    const qsizetype overhead = withNotes(0).body.size();

    const PayloadResult atLimit = withNotes(kMaxPayloadBytes - overhead);
    QCOMPARE(atLimit.body.size(), kMaxPayloadBytes);
    QVERIFY2(atLimit.ok(), qPrintable(atLimit.reason));

    const PayloadResult over = withNotes(kMaxPayloadBytes - overhead + 1);
    QCOMPARE(over.status, PayloadResult::Status::TooLarge);
    QCOMPARE(over.exclusionCode, QStringLiteral("payload_too_large"));
    QVERIFY2(over.reason.contains(QLatin1String("100001 bytes")), qPrintable(over.reason));
}

void TestPayloadBuilder::profileKeyIsStable()
{
    const Destination d = identityDestination({ { QStringLiteral("Email"), IdentityTarget::Email },
        { QStringLiteral("ECID"), IdentityTarget::ExternalId } });
    const Profile profile = profileFrom(
        R"({"identityMap": {"ECID": [{"id": "e2"}, {"id": "e1"}], "Email": [{"id": "Dave@Example.com"}]}})");
    const QString key = profileKey(d, profile);
    QCOMPARE(key, QStringLiteral("Email:dave@example.com|external_id:e1|external_id:e2"));

    // Independent of mapping order, value order, key form and address case.
    const Destination reversed = identityDestination({ { QStringLiteral("ECID"), IdentityTarget::ExternalId },
        { QStringLiteral("Email"), IdentityTarget::Email } });
    const Profile reordered = profileFrom(R"({"xdm:identityMap": {"email": [{"xdm:id": "dave@example.com"}],
                                                                  "ECID": [{"xdm:id": "e1"}, {"xdm:id": "e2"}]}})");
    QCOMPARE(profileKey(reversed, reordered), key);
    QCOMPARE(profileKey(d, reordered), key);

    // Attributes and memberships do not change who the profile is.
    const Profile withMore = profileFrom(R"({"identityMap": {"ECID": [{"id": "e1"}, {"id": "e2"}],
        "Email": [{"id": "dave@example.com"}]}, "person": {"name": {"firstName": "Dave"}},
        "segmentMembership": {"ups": {"a": {"status": "exited"}}}})");
    QCOMPARE(profileKey(d, withMore), key);

    QCOMPARE(profileKey(spec6Destination(), profile), QStringLiteral("Email:dave@example.com"));
    QVERIFY(profileKey(d, profileFrom("{}")).isEmpty());
}

// A profile may hold tens of thousands of identity values (a 1 MiB line holds 70,000): each value was
// compared with every other, half a minute for one profile.
void TestPayloadBuilder::manyIdentityValuesAreQuick()
{
    const Destination d = identityDestination({ { QStringLiteral("Email"), IdentityTarget::Email },
        { QStringLiteral("ECID"), IdentityTarget::ExternalId } });
    constexpr int kCount = 30000;
    QList<IdentityValue> ecids;
    QList<IdentityValue> emails;
    for (int i = 0; i < kCount; ++i) {
        ecids.append({ QStringLiteral("ecid-%1").arg(i), false, {} });
        ecids.append({ QStringLiteral("ecid-%1").arg(i), false, {} });
        emails.append({ QStringLiteral("user%1@example.com").arg(i), false, {} });
        emails.append({ QStringLiteral("USER%1@Example.COM").arg(i), false, {} });
    }
    Profile profile;
    profile.identityMap = { { QStringLiteral("ECID"), ecids }, { QStringLiteral("Email"), emails } };
    profile.ups.insert(kAudience, Membership {});

    QElapsedTimer timer;
    timer.start();
    const PayloadResult result = buildPayload(d, profile);
    const QString key = profileKey(d, profile);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    // Each value once; addresses that differ only in case are one.
    QCOMPARE(idsAt(result, QStringLiteral("external_id")).size(), kCount);
    QCOMPARE(idsAt(result, QStringLiteral("Email")).size(), kCount);
    QCOMPARE(idsAt(result, QStringLiteral("Email")).constFirst(), QStringLiteral("user0@example.com"));
    QCOMPARE(key.count(QLatin1Char('|')), 2 * kCount - 1);
}

void TestPayloadBuilder::recognisesPlainTextEmail_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("plain");
    QTest::newRow("simple") << QStringLiteral("dave@example.com") << true;
    QTest::newRow("plus and subdomain") << QStringLiteral("d.smith+cx@mail.example.co.uk") << true;
    QTest::newRow("no at") << QStringLiteral("dave.example.com") << false;
    QTest::newRow("two at") << QStringLiteral("dave@home@example.com") << false;
    QTest::newRow("empty local") << QStringLiteral("@example.com") << false;
    QTest::newRow("no dot in domain") << QStringLiteral("dave@localhost") << false;
    QTest::newRow("domain ends with dot") << QStringLiteral("dave@example.") << false;
    QTest::newRow("space") << QStringLiteral("dave smith@example.com") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("sha-256") << sha256("dave@example.com") << false;
}

void TestPayloadBuilder::recognisesPlainTextEmail()
{
    QFETCH(QString, value);
    QFETCH(bool, plain);
    QCOMPARE(isPlainTextEmail(value), plain);
}

void TestPayloadBuilder::recognisesHashes_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("hashed");
    QTest::newRow("sha-256 lower") << sha256("a@b.co") << true;
    QTest::newRow("sha-256 upper") << sha256("a@b.co").toUpper() << true;
    QTest::newRow("md5") << QStringLiteral("0cc175b9c0f1b6a831c399e269772661") << true;
    QTest::newRow("63 hex") << sha256("a@b.co").left(63) << false;
    QTest::newRow("64 non-hex") << QString(64, QLatin1Char('g')) << false;
    QTest::newRow("address") << QStringLiteral("dave@example.com") << false;
}

void TestPayloadBuilder::recognisesHashes()
{
    QFETCH(QString, value);
    QFETCH(bool, hashed);
    QCOMPARE(looksHashed(value), hashed);
}

QTEST_GUILESS_MAIN(TestPayloadBuilder)
#include "tst_payloadbuilder.moc"
