#include "mapping/payloadbuilder.h"
#include "mapping/sampleprofiles.h"
#include "profiles/profilereader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace qad;

namespace {

const QString kAudienceA = QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283");
const QString kAudienceB = QStringLiteral("9b1f0c2e-5c0b-4d1e-8f3a-2b7d6c4e1a90");

Destination destination()
{
    Destination d;
    d.name = QStringLiteral("Samples");
    d.identities = { { QStringLiteral("Email"), IdentityTarget::Email },
        { QStringLiteral("ECID"), IdentityTarget::ExternalId } };
    d.attributes = { { QStringLiteral("person.name.firstName"), QStringLiteral("firstName") },
        { QStringLiteral("mobilePhone.number"), QStringLiteral("phone.mobile") },
        { QStringLiteral("loyaltyTier"), QStringLiteral("tier") } };
    d.audiences = { { kAudienceA, QStringLiteral("Purchased"), std::nullopt, std::nullopt },
        { kAudienceB, QStringLiteral("Onboarded"), std::nullopt, std::nullopt } };
    return d;
}

QString firstId(const QJsonObject &profile, const QString &ns)
{
    return profile.value(QStringLiteral("identityMap"))
        .toObject()
        .value(ns)
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

QJsonValue at(const QJsonObject &object, const QString &dottedPath)
{
    QJsonValue value = object;
    for (const QString &key : dottedPath.split(QLatin1Char('.'))) {
        value = value.toObject().value(key);
    }
    return value;
}

QJsonObject withoutTimes(QJsonObject profile)
{
    QJsonObject membership = profile.value(QStringLiteral("segmentMembership")).toObject();
    QJsonObject ups = membership.value(QStringLiteral("ups")).toObject();
    for (const QString &id : ups.keys()) {
        QJsonObject entry = ups.value(id).toObject();
        entry.remove(QStringLiteral("lastQualificationTime"));
        ups.insert(id, entry);
    }
    membership.insert(QStringLiteral("ups"), ups);
    profile.insert(QStringLiteral("segmentMembership"), membership);
    return profile;
}

} // namespace

class TestSampleProfiles : public QObject
{
    Q_OBJECT

private slots:
    void hasTheGeneratorShape();
    void honoursCount_data();
    void honoursCount();
    void roundTripsThroughReaderAndBuilder();
    void isDeterministicForASeed();
    void makesAddressesFromAnyNamespace();
    void leavesOutMembershipWithoutAudiences();
    void leavesOutASourceTooDeepToBuild();
};

void TestSampleProfiles::hasTheGeneratorShape()
{
    QRandomGenerator random(7);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QList<QJsonObject> samples = generateSampleProfiles(destination(), 1, &random);
    QCOMPARE(samples.size(), 1);
    const QJsonObject sample = samples.first();

    // Only mapped things, in the short key form.
    QCOMPARE(sample.keys(),
        QStringList({ QStringLiteral("identityMap"), QStringLiteral("loyaltyTier"),
            QStringLiteral("mobilePhone"), QStringLiteral("person"), QStringLiteral("segmentMembership") }));
    QCOMPARE(sample.value(QStringLiteral("identityMap")).toObject().keys(),
        QStringList({ QStringLiteral("ECID"), QStringLiteral("Email") }));
    QCOMPARE(sample.value(QStringLiteral("identityMap"))
                 .toObject()
                 .value(QStringLiteral("Email"))
                 .toArray()
                 .size(),
        1);

    const QRegularExpression email(QStringLiteral("^Email-[A-Za-z0-9]{5}@example\\.com$"));
    const QRegularExpression ecid(QStringLiteral("^ECID-[A-Za-z0-9]{5}$"));
    QVERIFY2(email.match(firstId(sample, QStringLiteral("Email"))).hasMatch(),
        qPrintable(firstId(sample, QStringLiteral("Email"))));
    QVERIFY2(ecid.match(firstId(sample, QStringLiteral("ECID"))).hasMatch(),
        qPrintable(firstId(sample, QStringLiteral("ECID"))));
    QVERIFY(isPlainTextEmail(firstId(sample, QStringLiteral("Email"))));

    const QRegularExpression firstName(QStringLiteral("^firstName-[A-Za-z0-9]{5}$"));
    QVERIFY(firstName.match(at(sample, QStringLiteral("person.name.firstName")).toString()).hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^number-[A-Za-z0-9]{5}$"))
                .match(at(sample, QStringLiteral("mobilePhone.number")).toString())
                .hasMatch());
    QCOMPARE(at(sample, QStringLiteral("person")).toObject().keys(), QStringList { QStringLiteral("name") });

    const QJsonObject ups = at(sample, QStringLiteral("segmentMembership.ups")).toObject();
    QCOMPARE(at(sample, QStringLiteral("segmentMembership")).toObject().keys(),
        QStringList { QStringLiteral("ups") });
    QCOMPARE(ups.keys(), QStringList({ kAudienceA, kAudienceB }));
    const QRegularExpression time(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$"));
    for (const QString &id : ups.keys()) {
        const QJsonObject entry = ups.value(id).toObject();
        QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("realized"));
        const QString when = entry.value(QStringLiteral("lastQualificationTime")).toString();
        QVERIFY2(time.match(when).hasMatch(), qPrintable(when));
        // A real, current UTC time (microseconds dropped to parse it).
        const QDateTime parsed = QDateTime::fromString(when.left(23) + QLatin1Char('Z'), Qt::ISODateWithMs);
        QVERIFY(parsed.isValid());
        QVERIFY(parsed >= before && parsed <= QDateTime::currentDateTimeUtc().addSecs(1));
    }
}

void TestSampleProfiles::honoursCount_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("expected");
    QTest::newRow("none") << 0 << 0;
    QTest::newRow("negative") << -3 << 0;
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("many") << 25 << 25;
}

void TestSampleProfiles::honoursCount()
{
    QFETCH(int, count);
    QFETCH(int, expected);
    QRandomGenerator random(1);
    const QList<QJsonObject> samples = generateSampleProfiles(destination(), count, &random);
    QCOMPARE(samples.size(), expected);
    // Each sample is a different person.
    QSet<QString> emails;
    for (const QJsonObject &sample : samples) {
        emails.insert(firstId(sample, QStringLiteral("Email")));
    }
    QCOMPARE(emails.size(), expected);
}

void TestSampleProfiles::roundTripsThroughReaderAndBuilder()
{
    // What a user does: `qadctl sample ID | …` then test-send a line.
    const Destination d = destination();
    QRandomGenerator random(99);
    for (const QJsonObject &sample : generateSampleProfiles(d, 20, &random)) {
        const QByteArray line = QJsonDocument(sample).toJson(QJsonDocument::Compact);
        const ProfileReadResult read = readProfile(line);
        QVERIFY2(read.ok(), qPrintable(read.error.message));

        const PayloadResult payload = buildPayload(d, read.profile);
        QVERIFY2(payload.ok(), qPrintable(payload.reason));
        QVERIFY2(payload.warnings.isEmpty(), qPrintable(payload.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(at(payload.payload, QStringLiteral("identityMap.Email")).toArray().at(0).toObject(),
            QJsonObject({ { QStringLiteral("id"), firstId(sample, QStringLiteral("Email")) } }));
        QCOMPARE(at(payload.payload, QStringLiteral("identityMap.external_id")).toArray().size(), 1);
        QCOMPARE(at(payload.payload, QStringLiteral("firstName")),
            at(sample, QStringLiteral("person.name.firstName")));
        QCOMPARE(at(payload.payload, QStringLiteral("phone.mobile")),
            at(sample, QStringLiteral("mobilePhone.number")));
        QCOMPARE(at(payload.payload, QStringLiteral("tier")), at(sample, QStringLiteral("loyaltyTier")));
        QCOMPARE(at(payload.payload, QStringLiteral("segmentMembership.ups")),
            at(sample, QStringLiteral("segmentMembership.ups")));
    }
}

void TestSampleProfiles::isDeterministicForASeed()
{
    QRandomGenerator first(2024);
    QRandomGenerator second(2024);
    QRandomGenerator other(2025);
    const QList<QJsonObject> a = generateSampleProfiles(destination(), 5, &first);
    const QList<QJsonObject> b = generateSampleProfiles(destination(), 5, &second);
    const QList<QJsonObject> c = generateSampleProfiles(destination(), 5, &other);
    QCOMPARE(a.size(), 5);
    for (int i = 0; i < a.size(); ++i) {
        // The clock part of lastQualificationTime may tick between the calls; everything else is the seed's.
        QCOMPARE(withoutTimes(a.at(i)), withoutTimes(b.at(i)));
        QVERIFY(firstId(a.at(i), QStringLiteral("Email")) != firstId(c.at(i), QStringLiteral("Email")));
    }
}

void TestSampleProfiles::makesAddressesFromAnyNamespace()
{
    Destination d = destination();
    d.identities = { { QStringLiteral("Work Email@corp"), IdentityTarget::Email },
        { QStringLiteral("https://data.adobe.io/entities/namespace/4"), IdentityTarget::ExternalId } };
    QRandomGenerator random(3);
    const QJsonObject sample = generateSampleProfiles(d, 1, &random).first();
    const QString address = firstId(sample, QStringLiteral("Work Email@corp"));
    QVERIFY2(isPlainTextEmail(address), qPrintable(address));
    QVERIFY2(QRegularExpression(QStringLiteral("^Work-Email-corp-[A-Za-z0-9]{5}@example\\.com$"))
                 .match(address)
                 .hasMatch(),
        qPrintable(address));
    QVERIFY(
        QRegularExpression(QStringLiteral("^https://data\\.adobe\\.io/entities/namespace/4-[A-Za-z0-9]{5}$"))
            .match(firstId(sample, QStringLiteral("https://data.adobe.io/entities/namespace/4")))
            .hasMatch());
    const ProfileReadResult read = readProfile(sample);
    QVERIFY(read.ok());
    QVERIFY(buildPayload(d, read.profile).ok());
}

void TestSampleProfiles::leavesOutMembershipWithoutAudiences()
{
    Destination d = destination();
    d.audiences.clear();
    d.attributes.clear();
    QRandomGenerator random(5);
    const QJsonObject sample = generateSampleProfiles(d, 1, &random).first();
    QCOMPARE(sample.keys(), QStringList { QStringLiteral("identityMap") });
}

// Validation refuses such a path, but the wizard offers suggestions from a sample of what is being typed, and
// a configuration can be edited by hand: the objects it would nest crashed Qt's JSON writer.
void TestSampleProfiles::leavesOutASourceTooDeepToBuild()
{
    Destination d = destination();
    QStringList parts;
    parts.fill(QStringLiteral("deep"), 20000);
    d.attributes.append({ parts.join(QLatin1Char('.')), QStringLiteral("deep") });
    QRandomGenerator random(5);
    const QJsonObject sample = generateSampleProfiles(d, 1, &random).first();
    QVERIFY(!sample.contains(QStringLiteral("deep")));
    QVERIFY(sample.contains(QStringLiteral("loyaltyTier")));
    QVERIFY(QJsonDocument::fromJson(QJsonDocument(sample).toJson()).isObject());
}

QTEST_GUILESS_MAIN(TestSampleProfiles)
#include "tst_sampleprofiles.moc"
