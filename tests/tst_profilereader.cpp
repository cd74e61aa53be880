#include "profiles/profilereader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace qad;

namespace {

QByteArray readData(const QString &relativePath)
{
    QFile file(QStringLiteral(QAD_TEST_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open test data %s", qPrintable(relativePath));
    }
    return file.readAll();
}

// An object holding `depth` nested containers in all, the top-level object included.
QByteArray nested(int depth)
{
    return "{\"a\":" + QByteArray(depth - 1, '[') + QByteArray(depth - 1, ']') + '}';
}

QStringList ids(const QList<IdentityValue> &values)
{
    QStringList result;
    for (const IdentityValue &v : values) {
        result.append(v.id);
    }
    return result;
}

} // namespace

class TestProfileReader : public QObject
{
    Q_OBJECT

private slots:
    void readsTheXdmProfileExample();
    void keepsOtherPrefixesAndUrlKeys();
    void readsTheSegmentationExample();
    void readsTheIdentityMapExample();
    void readsTheFieldGroupExamples();
    void shortFormGivesTheSameProfile();
    void objectOverloadMatchesBytes();
    void readsPrefixWrittenWithEscapes_data();
    void readsPrefixWrittenWithEscapes();
    void readsMemberships();
    void concatenatesNamespacesDifferingInCase();
    void listsLeafAttributePaths();
    void acceptsNullForOptionalMembers();
    void acceptsDepthAndSizeAtTheLimits();
    void ignoresBracketsInsideStrings();
    void rejectsHostileNestingCheaply();
    void rejectsBadInput_data();
    void rejectsBadInput();
};

void TestProfileReader::readsTheXdmProfileExample()
{
    const ProfileReadResult result = readProfile(readData(QStringLiteral("xdm/profile.example.1.json")));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    const Profile &p = result.profile;

    QCOMPARE(ids(p.identities(QStringLiteral("ECID"))), QStringList { QStringLiteral("92312748749128") });
    QCOMPARE(ids(p.identities(QStringLiteral("EMAIL"))), QStringList { QStringLiteral("jane@doe.com") });
    QCOMPARE(ids(p.identities(QStringLiteral("email"))), QStringList { QStringLiteral("jane@doe.com") });
    QCOMPARE(ids(p.identities(QStringLiteral("Email"))), QStringList { QStringLiteral("jane@doe.com") });
    QVERIFY(p.identities(QStringLiteral("Phone")).isEmpty());

    QCOMPARE(p.attribute(QStringLiteral("person.name.firstName")).toString(), QStringLiteral("Jane"));
    QCOMPARE(p.attribute(QStringLiteral("mobilePhone.number")).toString(), QStringLiteral("1-408-888-8888"));
    QCOMPARE(p.attribute(QStringLiteral("mobilePhone.primary")), QJsonValue(true));
    QVERIFY(p.attribute(QStringLiteral("person.name")).isObject());
    QVERIFY(p.attribute(QStringLiteral("person.name.nickName")).isUndefined());
    QVERIFY(p.attribute(QStringLiteral("nothing.here")).isUndefined());
    QVERIFY(p.attribute(QString()).isUndefined());

    // identityMap and segmentMembership are not attributes; the XDM `segments` array is.
    QVERIFY(!p.attributes.contains(QStringLiteral("identityMap")));
    QVERIFY(p.attribute(QStringLiteral("segments")).isArray());
    QVERIFY(p.ups.isEmpty());
}

void TestProfileReader::keepsOtherPrefixesAndUrlKeys()
{
    const Profile p = readProfile(readData(QStringLiteral("xdm/profile.example.1.json"))).profile;
    QCOMPARE(p.attribute(QStringLiteral("workAddress.schema:latitude")).toDouble(), 37.3382);
    QCOMPARE(p.attribute(QStringLiteral("workAddress.@id")).toString(),
        QStringLiteral("https://data.adobe.io/entities/address/123"));
    // Keys holding dots are still addressable by their dotted path.
    QCOMPARE(p.attribute(QStringLiteral("optInOut.https://ns.adobe.com/xdm/channels/email")).toString(),
        QStringLiteral("pending"));
    QCOMPARE(p.attribute(QStringLiteral("optInOut.globalOptout")), QJsonValue(false));
    // Prefixes go inside arrays too.
    const QJsonObject segment = p.attribute(QStringLiteral("segments")).toArray().at(0).toObject();
    QCOMPARE(
        segment.value(QStringLiteral("segmentID")).toObject().value(QStringLiteral("namespace")).toObject(),
        QJsonObject({ { QStringLiteral("code"), QStringLiteral("AAM") } }));
    for (const QString &path : p.attributePaths()) {
        QVERIFY2(!path.contains(QLatin1String("xdm:")), qPrintable(path));
    }
}

void TestProfileReader::readsTheSegmentationExample()
{
    // Only AAM and Email namespaces, no `ups`: nothing is a selected-audience membership, and nothing is an
    // attribute either.
    const ProfileReadResult result = readProfile(readData(QStringLiteral("xdm/segmentation.example.1.json")));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QVERIFY(result.profile.ups.isEmpty());
    QVERIFY(result.profile.attributes.isEmpty());
    QVERIFY(result.profile.identityMap.isEmpty());
}

void TestProfileReader::readsTheIdentityMapExample()
{
    // The example is the identityMap field group's value; put it where a profile holds it.
    const QJsonObject map
        = QJsonDocument::fromJson(readData(QStringLiteral("xdm/identitymap.example.1.json"))).object();
    QVERIFY(!map.isEmpty());
    const QByteArray doc = QJsonDocument(
        QJsonObject { { QStringLiteral("xdm:identityMap"),
            map } }).toJson(QJsonDocument::Compact);
    const ProfileReadResult result = readProfile(doc);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    const Profile &p = result.profile;
    QCOMPARE(p.identityMap.size(), 3);
    QCOMPARE(ids(p.identities(QStringLiteral("https://data.adobe.io/entities/namespace/4"))),
        QStringList({ QStringLiteral("92312748749128"), QStringLiteral("92312748749239") }));
    const QList<IdentityValue> ten
        = p.identities(QStringLiteral("https://data.adobe.io/entities/namespace/10"));
    QCOMPARE(ten.size(), 1);
    QCOMPARE(ten.first().id, QStringLiteral("2394509340-30453470347"));
    QCOMPARE(ten.first().authenticatedState, QStringLiteral("authenticated"));
    QCOMPARE(ten.first().primary, false);
}

void TestProfileReader::readsTheFieldGroupExamples()
{
    const ProfileReadResult person
        = readProfile(readData(QStringLiteral("xdm/profile-person-details.example.1.json")));
    QVERIFY2(person.ok(), qPrintable(person.error.message));
    QCOMPARE(person.profile.attribute(QStringLiteral("person.name.fullName")).toString(),
        QStringLiteral("Jane F. Doe"));
    QCOMPARE(person.profile.attribute(QStringLiteral("person.gender")).toString(), QStringLiteral("female"));

    const ProfileReadResult personal
        = readProfile(readData(QStringLiteral("xdm/profile-personal-details.example.1.json")));
    QVERIFY2(personal.ok(), qPrintable(personal.error.message));
    QCOMPARE(personal.profile.attributePaths(),
        QStringList({ QStringLiteral("mobilePhone.number"), QStringLiteral("mobilePhone.primary"),
            QStringLiteral("mobilePhone.status") }));
}

void TestProfileReader::shortFormGivesTheSameProfile()
{
    const ProfileReadResult full = readProfile(readData(QStringLiteral("xdm/profile.example.1.json")));
    const ProfileReadResult shortForm
        = readProfile(readData(QStringLiteral("golden/profile.example.1.short.json")));
    QVERIFY2(full.ok(), qPrintable(full.error.message));
    QVERIFY2(shortForm.ok(), qPrintable(shortForm.error.message));
    QVERIFY(!full.profile.attributes.isEmpty());
    QCOMPARE(full.profile.attributes, shortForm.profile.attributes);
    QVERIFY(full.profile == shortForm.profile);

    // And the normalised full form is the short form, key for key.
    const QJsonObject fullObject
        = QJsonDocument::fromJson(readData(QStringLiteral("xdm/profile.example.1.json"))).object();
    const QJsonObject shortObject
        = QJsonDocument::fromJson(readData(QStringLiteral("golden/profile.example.1.short.json"))).object();
    QCOMPARE(normaliseXdmKeys(fullObject), shortObject);
    QCOMPARE(normaliseXdmKeys(shortObject), shortObject);
}

void TestProfileReader::objectOverloadMatchesBytes()
{
    const QByteArray bytes = readData(QStringLiteral("xdm/profile.example.1.json"));
    const ProfileReadResult fromBytes = readProfile(bytes);
    const ProfileReadResult fromObject = readProfile(QJsonDocument::fromJson(bytes).object());
    QVERIFY(fromBytes.ok() && fromObject.ok());
    QVERIFY(fromBytes.profile == fromObject.profile);

    const ProfileReadResult bad = readProfile(QJsonObject { { QStringLiteral("identityMap"), 3 } });
    QCOMPARE(bad.error.kind, ProfileError::Kind::WrongType);
}

void TestProfileReader::readsPrefixWrittenWithEscapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("\\u escapes") << QByteArray(
        R"({"\u0078dm:identityMap": {"Email": [{"xd\u006d:id": "a@example.com"}]},
            "\u0078dm:person": {"\u0078\u0064\u006d\u003aname": {"firstName": "Ann"}}})");
    // Not JSON escapes, but Qt's parser reads them as the character itself.
    QTest::newRow("escapes of the characters themselves") << QByteArray(
        R"({"xdm\:identityMap": {"Email": [{"\xdm\:id": "a@example.com"}]},
            "x\dm:person": {"xd\m:name": {"firstName": "Ann"}}})");
}

// `xdm:` spelled with escapes in the text is still the prefix once parsed.
void TestProfileReader::readsPrefixWrittenWithEscapes()
{
    QFETCH(QByteArray, json);
    const ProfileReadResult escaped = readProfile(json);
    const ProfileReadResult plain = readProfile(
        R"({"identityMap": {"Email": [{"id": "a@example.com"}]}, "person": {"name": {"firstName": "Ann"}}})");
    QVERIFY2(escaped.ok(), qPrintable(escaped.error.message));
    QVERIFY(plain.ok());
    QVERIFY(escaped.profile == plain.profile);
    QCOMPARE(
        escaped.profile.identities(QStringLiteral("Email")).value(0).id, QStringLiteral("a@example.com"));
    QCOMPARE(
        escaped.profile.attribute(QStringLiteral("person.name.firstName")).toString(), QStringLiteral("Ann"));
}

void TestProfileReader::readsMemberships()
{
    const QByteArray doc = R"({
        "identityMap": {"Email": [{"id": "a@example.com", "primary": true}]},
        "segmentMembership": {
            "ups": {
                "aud-existing": {"status": "existing", "lastQualificationTime": "2024-01-02T03:04:05.123456Z"},
                "aud-realized": {"status": "realized"},
                "aud-exited": {"xdm:status": "exited", "xdm:lastQualificationTime": "2024-02-01T00:00:00Z"}
            },
            "AAM": {"x": {"status": "not-a-status"}}
        }})";
    const ProfileReadResult result = readProfile(doc);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    const Profile &p = result.profile;
    QCOMPARE(p.ups.size(), 3);
    QCOMPARE(p.ups.value(QStringLiteral("aud-existing")).status, MembershipStatus::Realized);
    QCOMPARE(p.ups.value(QStringLiteral("aud-existing")).lastQualificationTime,
        QStringLiteral("2024-01-02T03:04:05.123456Z"));
    QCOMPARE(p.ups.value(QStringLiteral("aud-realized")).status, MembershipStatus::Realized);
    QVERIFY(p.ups.value(QStringLiteral("aud-realized")).lastQualificationTime.isEmpty());
    QCOMPARE(p.ups.value(QStringLiteral("aud-exited")).status, MembershipStatus::Exited);
    QCOMPARE(p.ups.value(QStringLiteral("aud-exited")).lastQualificationTime,
        QStringLiteral("2024-02-01T00:00:00Z"));
    QVERIFY(p.identities(QStringLiteral("email")).first().primary);
    QVERIFY(p.attributes.isEmpty());
}

void TestProfileReader::concatenatesNamespacesDifferingInCase()
{
    const ProfileReadResult result = readProfile(
        QByteArray(R"({"identityMap": {"EMAIL": [{"id": "a@x.org"}], "email": [{"id": "b@x.org"}]}})"));
    QVERIFY(result.ok());
    QCOMPARE(ids(result.profile.identities(QStringLiteral("Email"))),
        QStringList({ QStringLiteral("a@x.org"), QStringLiteral("b@x.org") }));
}

void TestProfileReader::listsLeafAttributePaths()
{
    const ProfileReadResult result = readProfile(QByteArray(
        R"({"person": {"name": {"firstName": "A", "lastName": "B"}}, "tags": ["x"], "score": 3, "empty": {},
            "identityMap": {}})"));
    QVERIFY(result.ok());
    QCOMPARE(result.profile.attributePaths(),
        QStringList({ QStringLiteral("person.name.firstName"), QStringLiteral("person.name.lastName"),
            QStringLiteral("score"), QStringLiteral("tags") }));
}

void TestProfileReader::acceptsNullForOptionalMembers()
{
    const ProfileReadResult result = readProfile(QByteArray(
        R"({"identityMap": {"Email": [{"id": "a@x.org", "primary": null, "authenticatedState": null}]},
            "segmentMembership": {"ups": {"a1": {"status": "realized", "lastQualificationTime": null}}},
            "note": null})"));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.profile.ups.size(), 1);
    QVERIFY(result.profile.attribute(QStringLiteral("note")).isNull());
}

void TestProfileReader::acceptsDepthAndSizeAtTheLimits()
{
    QVERIFY(readProfile(nested(kMaxProfileDepth)).ok());

    // Exactly 1 MiB is accepted.
    const QByteArray head = "{\"padding\":\"";
    const QByteArray tail = "\"}";
    const QByteArray exact = head + QByteArray(kMaxProfileBytes - head.size() - tail.size(), 'x') + tail;
    QCOMPARE(exact.size(), kMaxProfileBytes);
    const ProfileReadResult result = readProfile(exact);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
}

void TestProfileReader::ignoresBracketsInsideStrings()
{
    const QByteArray brackets(200, '[');
    const ProfileReadResult result = readProfile("{\"a\":\"" + brackets + "\\\"{{{{\", \"b\": [1]}");
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.profile.attribute(QStringLiteral("a")).toString().size(), 200 + 5);
}

void TestProfileReader::rejectsHostileNestingCheaply()
{
    // Rejected by the byte scan before the parser sees it.
    const QByteArray hostile = QByteArray(100000, '[') + QByteArray(100000, ']');
    const ProfileReadResult result = readProfile(hostile);
    QCOMPARE(result.error.kind, ProfileError::Kind::TooDeep);
    QVERIFY(result.error.message.contains(QLatin1String("at byte offset 64")));
}

void TestProfileReader::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ProfileError::Kind>("kind");
    QTest::addColumn<QString>("message");

    using K = ProfileError::Kind;
    QTest::newRow("invalid UTF-8 continuation") << QByteArray("{\"a\":\"\xC3\x28\"}") << K::InvalidUtf8
                                                << QStringLiteral("Invalid UTF-8 at byte offset 6.");
    QTest::newRow("overlong UTF-8") << QByteArray("{\"name\":\"\xC0\xAF\"}") << K::InvalidUtf8
                                    << QStringLiteral("byte offset 9");
    QTest::newRow("UTF-8 surrogate") << QByteArray("{\"a\":\"\xED\xA0\x80\"}") << K::InvalidUtf8
                                     << QStringLiteral("byte offset 6");
    QTest::newRow("truncated UTF-8") << QByteArray("{\"a\":\"\xE2\x82") << K::InvalidUtf8
                                     << QStringLiteral("byte offset 6");
    QTest::newRow("Latin-1 byte") << QByteArray("{\"city\":\"K\xF6ln\"}") << K::InvalidUtf8
                                  << QStringLiteral("byte offset 10");
    QTest::newRow("truncated JSON") << QByteArray(R"({"identityMap": {"Email": [{"id": "a@x.org"})")
                                    << K::InvalidJson << QStringLiteral("Invalid JSON at offset");
    QTest::newRow("garbage after object") << QByteArray(R"({"a": 1} {"b": 2})") << K::InvalidJson
                                          << QStringLiteral("garbage at the end of the document");
    QTest::newRow("comma after object") << QByteArray("{\"a\": 1},\r\n") << K::InvalidJson
                                        << QStringLiteral("A comma follows the object: remove it.");
    QTest::newRow("comma after an unfinished object")
        << QByteArray(R"({"a": {"b": 1},)") << K::InvalidJson << QStringLiteral("Invalid JSON at offset");
    QTest::newRow("empty") << QByteArray() << K::InvalidJson << QStringLiteral("The profile is empty");
    QTest::newRow("blank") << QByteArray(" \r\n") << K::InvalidJson << QStringLiteral("The profile is empty");
    QTest::newRow("array") << QByteArray(R"([{"a": 1}])") << K::NotAnObject
                           << QStringLiteral("The profile is an array, not a JSON object.");
    QTest::newRow("string") << QByteArray(R"("hello")") << K::NotAnObject
                            << QStringLiteral("The profile is a string, not a JSON object.");
    QTest::newRow("number") << QByteArray("42") << K::NotAnObject
                            << QStringLiteral("is a number, not a JSON object");
    QTest::newRow("boolean") << QByteArray("true") << K::NotAnObject << QStringLiteral("is a boolean, not");
    QTest::newRow("null") << QByteArray("null") << K::NotAnObject << QStringLiteral("is null, not");
    QTest::newRow("65 deep") << nested(kMaxProfileDepth + 1) << K::TooDeep
                             << QStringLiteral("deeper than 64 levels");
    QTest::newRow("over 1 MiB") << "{\"a\":\"" + QByteArray(kMaxProfileBytes, 'x') + "\"}" << K::TooLarge
                                << QStringLiteral("is 1048584 bytes, over the limit of 1048576 bytes");

    QTest::newRow("identityMap array") << QByteArray(R"({"identityMap": []})") << K::WrongType
                                       << QStringLiteral("identityMap must be an object");
    QTest::newRow("namespace not array")
        << QByteArray(R"({"identityMap": {"Email": "a@x.org"}})") << K::WrongType
        << QStringLiteral("identityMap.Email must be an array of identities");
    QTest::newRow("identity not object")
        << QByteArray(R"({"identityMap": {"Email": ["a@x.org"]}})") << K::WrongType
        << QStringLiteral("identityMap.Email[0] must be an object like {\"id\": "
                          "\"…\"}, found a string.");
    QTest::newRow("id a number") << QByteArray(
        R"({"identityMap": {"Email": [{"id": "a@x.org"}, {"id": 5}]}})")
                                 << K::WrongType
                                 << QStringLiteral(
                                        "identityMap.Email[1].id must be a string, found a number");
    QTest::newRow("id missing") << QByteArray(R"({"identityMap": {"Email": [{"primary": true}]}})")
                                << K::WrongType
                                << QStringLiteral("identityMap.Email[0].id must be a string, found nothing");
    QTest::newRow("xdm id a number") << QByteArray(R"({"xdm:identityMap": {"Email": [{"xdm:id": 5}]}})")
                                     << K::WrongType
                                     << QStringLiteral(
                                            "identityMap.Email[0].id must be a string, found a number");
    QTest::newRow("URL namespace path")
        << QByteArray(R"({"identityMap": {"https://data.adobe.io/entities/namespace/4": [{"id": []}]}})")
        << K::WrongType
        << QStringLiteral(
               "identityMap[\"https://data.adobe.io/entities/namespace/4\"][0].id must be a string, found "
               "an array");
    QTest::newRow("primary a string")
        << QByteArray(R"({"identityMap": {"ECID": [{"id": "1", "primary": "yes"}]}})") << K::WrongType
        << QStringLiteral("identityMap.ECID[0].primary must be true or false, found "
                          "a string");
    QTest::newRow("segmentMembership array") << QByteArray(R"({"segmentMembership": []})") << K::WrongType
                                             << QStringLiteral("segmentMembership must be an object");
    QTest::newRow("ups a string") << QByteArray(R"({"segmentMembership": {"ups": "a1"}})") << K::WrongType
                                  << QStringLiteral(
                                         "segmentMembership.ups must be an object keyed by audience id, "
                                         "found a string");
    QTest::newRow("ups entry a number")
        << QByteArray(R"({"segmentMembership": {"ups": {"a1": 1}}})") << K::WrongType
        << QStringLiteral("segmentMembership.ups.a1 must be an object");
    QTest::newRow("status a number") << QByteArray(R"({"segmentMembership": {"ups": {"a1": {"status": 1}}}})")
                                     << K::WrongType
                                     << QStringLiteral("segmentMembership.ups.a1.status must be a string");
    QTest::newRow("status missing") << QByteArray(R"({"segmentMembership": {"ups": {"a1": {}}}})")
                                    << K::WrongType
                                    << QStringLiteral("segmentMembership.ups.a1.status must be a string");
    QTest::newRow("status unknown") << QByteArray(
        R"({"segmentMembership": {"ups": {"a1": {"status": "qualified"}}}})")
                                    << K::WrongType
                                    << QStringLiteral(
                                           "segmentMembership.ups.a1.status is \"qualified\", which is not "
                                           "a membership status: use realized, existing or exited.");
    QTest::newRow("lastQualificationTime a number") << QByteArray(
        R"({"segmentMembership": {"ups": {"a1": {"status": "realized", "lastQualificationTime": 1}}}})")
                                                    << K::WrongType
                                                    << QStringLiteral(
                                                           "segmentMembership.ups.a1.lastQualificationTime "
                                                           "must be an ISO-8601 date-time string, "
                                                           "found a number");
}

void TestProfileReader::rejectsBadInput()
{
    QFETCH(QByteArray, input);
    QFETCH(ProfileError::Kind, kind);
    QFETCH(QString, message);

    const ProfileReadResult result = readProfile(input);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind, kind);
    QVERIFY2(result.error.message.contains(message), qPrintable(result.error.message));
}

QTEST_GUILESS_MAIN(TestProfileReader)
#include "tst_profilereader.moc"
