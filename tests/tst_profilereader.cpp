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
    void rejectsWhatOnlyQtsParserAccepts_data();
    void rejectsWhatOnlyQtsParserAccepts();
    void keepsValidLookAlikes_data();
    void keepsValidLookAlikes();
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

// Qt's parser reads these, but they are not JSON (RFC 8259): refused, never passed on altered.
void TestProfileReader::rejectsWhatOnlyQtsParserAccepts_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    const QString unknownEscape
        = QStringLiteral("Invalid JSON at offset %1: \\%2 is not a JSON escape. JSON knows only \\\", \\\\, "
                         "\\/, \\b, \\f, \\n, "
                         "\\r, \\t and \\u with four hex digits; write a backslash itself as \\\\.");
    QTest::newRow("\\x41") << QByteArray(R"({"name": "\x41"})")
                           << unknownEscape.arg(QStringLiteral("10"), QStringLiteral("x"));
    QTest::newRow("\\x at the end") << QByteArray(R"({"name": "a\x"})")
                                    << unknownEscape.arg(QStringLiteral("11"), QStringLiteral("x"));
    QTest::newRow("\\' (as in JavaScript)") << QByteArray(R"({"name": "O\'Hara"})")
                                            << unknownEscape.arg(QStringLiteral("11"), QStringLiteral("'"));
    QTest::newRow("\\0") << QByteArray(R"({"name": "\0"})")
                         << unknownEscape.arg(QStringLiteral("10"), QStringLiteral("0"));
    QTest::newRow("escape in a key") << QByteArray(R"({"x\dm:person": {"name": "Ann"}})")
                                     << unknownEscape.arg(QStringLiteral("3"), QStringLiteral("d"));
    QTest::newRow("\\ before a space")
        << QByteArray(R"({"name": "a\ b"})")
        << QStringLiteral("Invalid JSON at offset 11: a backslash followed by U+0020 is not a JSON escape.");

    QTest::newRow("raw tab")
        << QByteArray("{\"name\": \"a\tb\"}")
        << QStringLiteral("Invalid JSON at offset 11: the control character U+0009 stands unescaped in "
                          "a string. JSON strings cannot hold tabs, line breaks or other control "
                          "characters as they are; write it as \\t.");
    QTest::newRow("raw U+0001") << QByteArray("{\"name\": \"a\x01\"}")
                                << QStringLiteral(
                                       "offset 11: the control character U+0001 stands unescaped in "
                                       "a string. JSON strings cannot hold tabs, line breaks or other "
                                       "control characters as they are; write it as \\u0001.");
    QTest::newRow("raw line break (a pretty-printed array element)")
        << QByteArray("{\n  \"name\": \"a\nb\"\n}")
        << QStringLiteral("offset 14: the control character U+000A stands unescaped in a string.");
    QTest::newRow("raw U+001F in a key")
        << QByteArray("{\"na\x1Fme\": 1}") << QStringLiteral("offset 4: the control character U+001F");

    const QString noDigitAfter = QStringLiteral(
        "Invalid JSON at offset %1: the number %2 has no digit after its decimal point; write it as %3.");
    const QString noDigitBefore = QStringLiteral(
        "Invalid JSON at offset %1: the number %2 has no digit before its decimal point; write it as %3.");
    QTest::newRow("1.") << QByteArray(R"({"score": 1.})")
                        << noDigitAfter.arg(
                               QStringLiteral("10"), QStringLiteral("1."), QStringLiteral("1.0"));
    QTest::newRow(".5") << QByteArray(R"({"score": .5})")
                        << noDigitBefore.arg(
                               QStringLiteral("10"), QStringLiteral(".5"), QStringLiteral("0.5"));
    QTest::newRow("-.5") << QByteArray(R"({"score": -.5})")
                         << noDigitBefore.arg(
                                QStringLiteral("10"), QStringLiteral("-.5"), QStringLiteral("-0.5"));
    QTest::newRow("1.e5") << QByteArray(R"({"score": 1.e5})")
                          << noDigitAfter.arg(
                                 QStringLiteral("10"), QStringLiteral("1.e5"), QStringLiteral("1.0e5"));
    QTest::newRow("12. in an array") << QByteArray(R"({"scores": [1, 2.5, 12.]})")
                                     << noDigitAfter.arg(QStringLiteral("20"), QStringLiteral("12."),
                                            QStringLiteral("12.0"));

    const QString loneSurrogate = QStringLiteral(
        "Invalid JSON at offset %1: \\u%2 is half of a surrogate pair, without its other half. A character "
        "beyond U+FFFF is written as two escapes, \\ud800 to \\udbff followed at once by \\udc00 to \\udfff "
        "(like \\ud83d\\ude00); remove it or complete the pair.");
    QTest::newRow("\\ud800 alone") << QByteArray(R"({"name": "\ud800"})")
                                   << loneSurrogate.arg(QStringLiteral("10"), QStringLiteral("d800"));
    QTest::newRow("\\uD800 then text") << QByteArray(R"({"name": "\uD800abc"})")
                                       << loneSurrogate.arg(QStringLiteral("10"), QStringLiteral("D800"));
    QTest::newRow("\\ud800 then \\u0041") << QByteArray(R"({"name": "\ud800\u0041"})")
                                          << loneSurrogate.arg(QStringLiteral("10"), QStringLiteral("d800"));
    QTest::newRow("\\udc00 alone") << QByteArray(R"({"name": "a\udc00"})")
                                   << loneSurrogate.arg(QStringLiteral("11"), QStringLiteral("dc00"));
    QTest::newRow("pair in the wrong order") << QByteArray(
        R"({"name": "\ude00\ud83d"})") << loneSurrogate.arg(QStringLiteral("10"), QStringLiteral("de00"));
    QTest::newRow("second high half") << QByteArray(R"({"name": "\ud83d\ud83d\ude00"})")
                                      << loneSurrogate.arg(QStringLiteral("10"), QStringLiteral("d83d"));
}

void TestProfileReader::rejectsWhatOnlyQtsParserAccepts()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);

    QVERIFY(QJsonDocument::fromJson(input).isObject()); // what the check is for: Qt's parser takes it
    const ProfileReadResult result = readProfile(input);
    QVERIFY2(!result.ok(), qPrintable(result.profile.attributes.value(QStringLiteral("name")).toString()));
    QCOMPARE(result.error.kind, ProfileError::Kind::InvalidJson);
    QVERIFY2(result.error.message.contains(message), qPrintable(result.error.message));
}

// What looks like the above but is JSON still reads, with its value.
void TestProfileReader::keepsValidLookAlikes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QJsonValue>("value"); // of the member "v"

    QTest::newRow("\\u00e9") << QByteArray(R"({"v": "caf\u00e9"})") << QJsonValue(QStringLiteral("café"));
    QTest::newRow("\\u00E9") << QByteArray(R"({"v": "caf\u00E9"})") << QJsonValue(QStringLiteral("café"));
    QTest::newRow("surrogate pair") << QByteArray(R"({"v": "\ud83d\ude00!"})")
                                    << QJsonValue(QString::fromUtf8("\xF0\x9F\x98\x80!"));
    QTest::newRow("two pairs") << QByteArray(R"({"v": "\uD83D\uDE00\ud83d\ude01"})")
                               << QJsonValue(QString::fromUtf8("\xF0\x9F\x98\x80\xF0\x9F\x98\x81"));
    QTest::newRow("\\/") << QByteArray(R"({"v": "a\/b"})") << QJsonValue(QStringLiteral("a/b"));
    QTest::newRow("every short escape")
        << QByteArray(R"({"v": "\"\\\/\b\f\n\r\t"})") << QJsonValue(QStringLiteral("\"\\/\b\f\n\r\t"));
    QTest::newRow("\\u0001") << QByteArray(R"({"v": "\u0001"})") << QJsonValue(QString(QChar(1)));
    QTest::newRow("escaped backslash before x41")
        << QByteArray(R"({"v": "\\x41"})") << QJsonValue(QStringLiteral("\\x41"));
    QTest::newRow("escaped backslash before ud800")
        << QByteArray(R"({"v": "\\ud800"})") << QJsonValue(QStringLiteral("\\ud800"));
    QTest::newRow("escaped backslash at the end")
        << QByteArray(R"({"v": "a\\"})") << QJsonValue(QStringLiteral("a\\"));
    QTest::newRow("DEL as it is") << QByteArray("{\"v\": \"a\x7F\"}") << QJsonValue(QStringLiteral("a\x7F"));
    QTest::newRow("numbers in a string")
        << QByteArray(R"({"v": "1. .5 -.5"})") << QJsonValue(QStringLiteral("1. .5 -.5"));
    QTest::newRow("1e5") << QByteArray(R"({"v": 1e5})") << QJsonValue(100000.0);
    QTest::newRow("1E+5") << QByteArray(R"({"v": 1E+5})") << QJsonValue(100000.0);
    QTest::newRow("2.5e-3") << QByteArray(R"({"v": 2.5e-3})") << QJsonValue(0.0025);
    QTest::newRow("-0.5") << QByteArray(R"({"v": -0.5})") << QJsonValue(-0.5);
    QTest::newRow("0") << QByteArray(R"({"v": 0})") << QJsonValue(0);
    QTest::newRow("-0") << QByteArray(R"({"v": -0})") << QJsonValue(0);
    QTest::newRow("10.25") << QByteArray(R"({"v": 10.25})") << QJsonValue(10.25);
    QTest::newRow("numbers in an array") << QByteArray(R"({"v": [0, -1, 1.5, 1e-2, 3E2]})")
                                         << QJsonValue(QJsonArray { 0, -1, 1.5, 0.01, 300 });
}

void TestProfileReader::keepsValidLookAlikes()
{
    QFETCH(QByteArray, input);
    QFETCH(QJsonValue, value);

    const ProfileReadResult result = readProfile(input);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.profile.attribute(QStringLiteral("v")), value);
}

QTEST_GUILESS_MAIN(TestProfileReader)
#include "tst_profilereader.moc"
