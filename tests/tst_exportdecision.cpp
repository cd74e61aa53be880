#include "mapping/exportdecision.h"
#include "profiles/profilereader.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace qad;

namespace {

const QString kOpen = QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283");
const QString kMarch = QStringLiteral("7d2b0c1a-march-only");
const QString kNotSelected = QStringLiteral("99999999-not-selected");
const QDate kToday(2026, 3, 15);

Destination destination(ExportOn exportOn = ExportOn::MembershipOrAttributes)
{
    Destination d;
    d.id = QStringLiteral("dest-1");
    d.name = QStringLiteral("Decisions");
    d.identities = { { QStringLiteral("Email"), IdentityTarget::Email } };
    d.attributes = { { QStringLiteral("person.name.firstName"), QStringLiteral("firstName") } };
    d.audiences = { { kOpen, QStringLiteral("Purchased"), std::nullopt, std::nullopt },
        { kMarch, QStringLiteral("March campaign"), QDate(2026, 3, 1), QDate(2026, 3, 31) } };
    d.exportOn = exportOn;
    return d;
}

// "email|firstName|audience=status,audience=status"; an empty email leaves identityMap out, an email
// starting with "#" is replaced by its SHA-256 (as Experience Platform hashes them).
QByteArray update(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char('|'));
    QJsonObject profile;
    QString email = parts.value(0);
    if (email.startsWith(QLatin1Char('#'))) {
        email = QString::fromLatin1(
            QCryptographicHash::hash(email.mid(1).toUtf8(), QCryptographicHash::Sha256).toHex());
    }
    if (!email.isEmpty()) {
        profile.insert(QStringLiteral("identityMap"),
            QJsonObject { { QStringLiteral("Email"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), email } } } } });
    }
    if (!parts.value(1).isEmpty()) {
        profile.insert(QStringLiteral("person"),
            QJsonObject { { QStringLiteral("name"),
                QJsonObject { { QStringLiteral("firstName"), parts.value(1) } } } });
    }
    QJsonObject ups;
    const QStringList memberships = parts.value(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &membership : memberships) {
        const QString id = membership.section(QLatin1Char('='), 0, 0);
        const QString status = membership.section(QLatin1Char('='), 1);
        ups.insert(id == u"open" ? kOpen
                : id == u"march" ? kMarch
                                 : kNotSelected,
            QJsonObject { { QStringLiteral("status"), status },
                { QStringLiteral("lastQualificationTime"), QStringLiteral("2026-03-10T10:43:55.602687Z") } });
    }
    profile.insert(QStringLiteral("segmentMembership"), QJsonObject { { QStringLiteral("ups"), ups } });
    return QJsonDocument(profile).toJson(QJsonDocument::Compact);
}

Profile profileFrom(const QByteArray &json)
{
    const ProfileReadResult result = readProfile(json);
    if (!result.ok()) {
        qFatal("test profile does not read: %s", qPrintable(result.error.message));
    }
    return result.profile;
}

QString kindName(ExportDecision::Kind kind)
{
    switch (kind) {
    case ExportDecision::Kind::Nothing:
        return QStringLiteral("nothing");
    case ExportDecision::Kind::Export:
        return QStringLiteral("export");
    case ExportDecision::Kind::Excluded:
        return QStringLiteral("excluded");
    case ExportDecision::Kind::TooLarge:
        return QStringLiteral("too large");
    }
    return {};
}

// Feeds updates in order, remembering what was exported per profile key as the ingestor does.
QStringList decideAll(const Destination &d, const QStringList &updates, const QDate &today)
{
    QHash<QString, ProfileState> exported;
    QStringList kinds;
    for (const QString &spec : updates) {
        const Profile profile = profileFrom(update(spec));
        const QString key = profileKey(d, profile);
        const auto it = exported.constFind(key);
        const std::optional<ProfileState> previous
            = it == exported.constEnd() ? std::nullopt : std::optional<ProfileState>(*it);
        const ExportDecision decision = decideExport(d, profile, previous, today);
        if (decision.kind == ExportDecision::Kind::Export) {
            exported.insert(decision.profileKey, decision.newState);
        }
        kinds.append(kindName(decision.kind));
    }
    return kinds;
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestExportDecision : public QObject
{
    Q_OBJECT

private slots:
    void followsTheSection5Rules_data();
    void followsTheSection5Rules();
    void sendsOnlyInDateAudiences();
    void recordsWhatWasSent();
    void fingerprintIsStableAcrossVersions();
    void usesTheKeyItIsGiven();
    void excludesWithReason_data();
    void excludesWithReason();
    void aBodyOverTheLimitFailsAndLeavesTheStateAsItWas();
    void ignoresProfilesOutsideSelectedAudiences();
};

void TestExportDecision::followsTheSection5Rules_data()
{
    QTest::addColumn<bool>("membershipOnly");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QStringList>("updates");
    QTest::addColumn<QStringList>("expected");

    const QString dave = QStringLiteral("dave@example.com|Dave|open=realized");
    auto row = [](const char *name, bool membershipOnly, QStringList updates, QStringList expected,
                   QDate today = kToday) {
        QTest::newRow(name) << membershipOnly << today << updates << expected;
    };
    row("first qualification exports", false, { dave }, { QStringLiteral("export") });
    row("identical update: nothing", false, { dave, dave },
        { QStringLiteral("export"), QStringLiteral("nothing") });
    row("attribute change exports (membershipOrAttributes)", false,
        { dave, QStringLiteral("dave@example.com|David|open=realized") },
        { QStringLiteral("export"), QStringLiteral("export") });
    row("attribute change: nothing (membershipOnly)", true,
        { dave, QStringLiteral("dave@example.com|David|open=realized") },
        { QStringLiteral("export"), QStringLiteral("nothing") });
    row("new identity exports", false, { dave, QStringLiteral("david@example.com|Dave|open=realized") },
        { QStringLiteral("export"), QStringLiteral("export") });
    row("identity value spelled differently exports", false,
        { dave, QStringLiteral("Dave@Example.com|Dave|open=realized") },
        { QStringLiteral("export"), QStringLiteral("export") });
    row("exit after realized exports once", false,
        { dave, QStringLiteral("dave@example.com|Dave|open=exited"),
            QStringLiteral("dave@example.com|Dave|open=exited") },
        { QStringLiteral("export"), QStringLiteral("export"), QStringLiteral("nothing") });
    row("exit after realized exports (membershipOnly)", true,
        { dave, QStringLiteral("dave@example.com|Dave|open=exited") },
        { QStringLiteral("export"), QStringLiteral("export") });
    row("exit never realized: nothing", false, { QStringLiteral("dave@example.com|Dave|open=exited") },
        { QStringLiteral("nothing") });
    row("attribute change while exited: nothing", false,
        { dave, QStringLiteral("dave@example.com|Dave|open=exited"),
            QStringLiteral("dave@example.com|David|open=exited") },
        { QStringLiteral("export"), QStringLiteral("export"), QStringLiteral("nothing") });
    row("existing first: exports", false, { QStringLiteral("dave@example.com|Dave|open=existing") },
        { QStringLiteral("export") });
    row("existing after realized: nothing", false,
        { dave, QStringLiteral("dave@example.com|Dave|open=existing") },
        { QStringLiteral("export"), QStringLiteral("nothing") });
    row("re-qualification after exit exports", false,
        { dave, QStringLiteral("dave@example.com|Dave|open=exited"), dave },
        { QStringLiteral("export"), QStringLiteral("export"), QStringLiteral("export") });
    row("in-date audience exports", false, { QStringLiteral("dave@example.com|Dave|march=realized") },
        { QStringLiteral("export") });
    row("before the start date: nothing", false, { QStringLiteral("dave@example.com|Dave|march=realized") },
        { QStringLiteral("nothing") }, QDate(2026, 2, 28));
    row("after the end date: nothing", false, { QStringLiteral("dave@example.com|Dave|march=realized") },
        { QStringLiteral("nothing") }, QDate(2026, 4, 1));
    row("dates are inclusive", false, { QStringLiteral("dave@example.com|Dave|march=realized") },
        { QStringLiteral("export") }, QDate(2026, 3, 31));
    row("audience not selected: nothing", false, { QStringLiteral("dave@example.com|Dave|other=realized") },
        { QStringLiteral("nothing") });
    row("second audience newly realized exports", false,
        { dave, QStringLiteral("dave@example.com|Dave|open=realized,march=realized") },
        { QStringLiteral("export"), QStringLiteral("export") });
    row("unselected audience change: nothing", false,
        { dave, QStringLiteral("dave@example.com|Dave|open=realized,other=realized") },
        { QStringLiteral("export"), QStringLiteral("nothing") });
    row("no identity: excluded each time", false,
        { QStringLiteral("|Dave|open=realized"), QStringLiteral("|Dave|open=realized") },
        { QStringLiteral("excluded"), QStringLiteral("excluded") });
}

void TestExportDecision::followsTheSection5Rules()
{
    QFETCH(bool, membershipOnly);
    QFETCH(QDate, today);
    QFETCH(QStringList, updates);
    QFETCH(QStringList, expected);

    const Destination d
        = destination(membershipOnly ? ExportOn::MembershipOnly : ExportOn::MembershipOrAttributes);
    QCOMPARE(decideAll(d, updates, today), expected);
}

void TestExportDecision::sendsOnlyInDateAudiences()
{
    const Profile profile
        = profileFrom(update(QStringLiteral("dave@example.com|Dave|open=realized,march=realized")));
    const ExportDecision decision = decideExport(destination(), profile, std::nullopt, QDate(2026, 4, 2));
    QCOMPARE(decision.kind, ExportDecision::Kind::Export);

    const QJsonObject ups = decision.payload.payload.value(QStringLiteral("segmentMembership"))
                                .toObject()
                                .value(QStringLiteral("ups"))
                                .toObject();
    QCOMPARE(ups.keys(), QStringList { kOpen });
    // The body is what is POSTed: it must agree with the filtered payload.
    QCOMPARE(object(decision.payload.body), decision.payload.payload);
    QCOMPARE(object(decision.audiences), QJsonObject({ { kOpen, QStringLiteral("realized") } }));
}

void TestExportDecision::recordsWhatWasSent()
{
    const Destination d = destination();
    const ExportDecision first = decideExport(d,
        profileFrom(update(QStringLiteral("dave@example.com|Dave|open=realized,march=realized"))),
        std::nullopt, kToday);
    QCOMPARE(first.kind, ExportDecision::Kind::Export);
    QCOMPARE(first.profileKey, QStringLiteral("Email:dave@example.com"));
    QVERIFY(!first.newState.fingerprint.isEmpty());
    const QJsonObject both { { kOpen, QStringLiteral("realized") }, { kMarch, QStringLiteral("realized") } };
    QCOMPARE(object(first.audiences), both);
    QCOMPARE(object(first.newState.audiences), both);

    // After the March window the exit from `open` is sent alone; the state keeps March's last status.
    const ExportDecision exit = decideExport(d,
        profileFrom(update(QStringLiteral("dave@example.com|Dave|open=exited,march=exited"))), first.newState,
        QDate(2026, 4, 2));
    QCOMPARE(exit.kind, ExportDecision::Kind::Export);
    QCOMPARE(object(exit.audiences), QJsonObject({ { kOpen, QStringLiteral("exited") } }));
    QCOMPARE(object(exit.newState.audiences),
        QJsonObject({ { kOpen, QStringLiteral("exited") }, { kMarch, QStringLiteral("realized") } }));
    // Same identity and attributes: same fingerprint.
    QCOMPARE(exit.newState.fingerprint, first.newState.fingerprint);
}

// Stored states hold this fingerprint: SHA-1 of the compact payload without segmentMembership. If it were
// computed any other way, every stored profile would look changed after an upgrade and be sent again.
void TestExportDecision::fingerprintIsStableAcrossVersions()
{
    const ExportDecision decision = decideExport(destination(),
        profileFrom(update(QStringLiteral("dave@example.com|Dave|open=realized"))), std::nullopt, kToday);
    QCOMPARE(decision.kind, ExportDecision::Kind::Export);
    const QByteArray compared = R"({"firstName":"Dave","identityMap":{"Email":[{"id":"dave@example.com"}]}})";
    QCOMPARE(
        decision.newState.fingerprint, QCryptographicHash::hash(compared, QCryptographicHash::Sha1).toHex());
}

void TestExportDecision::usesTheKeyItIsGiven()
{
    const Profile profile = profileFrom(update(QStringLiteral("dave@example.com|Dave|open=realized")));
    const ExportDecision computed = decideExport(destination(), profile, std::nullopt, kToday);
    QCOMPARE(computed.profileKey, QStringLiteral("Email:dave@example.com"));
    const ExportDecision given
        = decideExport(destination(), profile, QStringLiteral("Email:given"), std::nullopt, kToday);
    QCOMPARE(given.kind, ExportDecision::Kind::Export);
    QCOMPARE(given.profileKey, QStringLiteral("Email:given"));
    QCOMPARE(given.payload.body, computed.payload.body);
    QCOMPARE(given.newState.fingerprint, computed.newState.fingerprint);
}

void TestExportDecision::excludesWithReason_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("hasKey");

    QTest::newRow("no identity") << QStringLiteral("|Dave|open=realized")
                                 << QStringLiteral("no_mapped_identity") << false;
    QTest::newRow("hashed email") << QStringLiteral("#dave@example.com|Dave|open=realized")
                                  << QStringLiteral("hashed_email") << false;
    QTest::newRow("not an address") << QStringLiteral("dave at example|Dave|open=realized")
                                    << QStringLiteral("invalid_email") << false;
}

void TestExportDecision::excludesWithReason()
{
    QFETCH(QString, spec);
    QFETCH(QString, code);
    QFETCH(bool, hasKey);

    const ExportDecision decision
        = decideExport(destination(), profileFrom(update(spec)), std::nullopt, kToday);
    QCOMPARE(decision.kind, ExportDecision::Kind::Excluded);
    QCOMPARE(decision.payload.exclusionCode, code);
    QVERIFY(!decision.payload.reason.isEmpty());
    QCOMPARE(!decision.profileKey.isEmpty(), hasKey);
}

void TestExportDecision::aBodyOverTheLimitFailsAndLeavesTheStateAsItWas()
{
    const QString huge = QStringLiteral("dave@example.com|%1|open=realized").arg(QString(110'000, u'x'));
    const ExportDecision decision
        = decideExport(destination(), profileFrom(update(huge)), std::nullopt, kToday);
    QCOMPARE(decision.kind, ExportDecision::Kind::TooLarge);
    QCOMPARE(decision.payload.exclusionCode, QStringLiteral("payload_too_large"));
    QVERIFY(decision.payload.body.size() > kMaxPayloadBytes);
    QCOMPARE(object(decision.audiences), QJsonObject({ { kOpen, QStringLiteral("realized") } }));

    // Nothing was exported: the same update fails again, and a smaller one is still news.
    QCOMPARE(decideAll(destination(),
                 { huge, huge, QStringLiteral("dave@example.com|Dave|open=realized"),
                     QStringLiteral("dave@example.com|Dave|open=realized") },
                 kToday),
        QStringList({ QStringLiteral("too large"), QStringLiteral("too large"), QStringLiteral("export"),
            QStringLiteral("nothing") }));

    // Over the limit only with an audience out of its dates, which is not sent: it fits, and is exported.
    const auto spec = [](qsizetype fill) {
        return QStringLiteral("dave@example.com|%1|open=realized,march=realized").arg(QString(fill, u'x'));
    };
    const qsizetype base = buildPayload(destination(), profileFrom(update(spec(0)))).body.size();
    const QString overByTen = spec(kMaxPayloadBytes + 10 - base);
    QCOMPARE(
        buildPayload(destination(), profileFrom(update(overByTen))).status, PayloadResult::Status::TooLarge);
    const ExportDecision fits
        = decideExport(destination(), profileFrom(update(overByTen)), std::nullopt, QDate(2026, 5, 1));
    QCOMPARE(fits.kind, ExportDecision::Kind::Export);
    QVERIFY(fits.payload.ok());
    QVERIFY(fits.payload.body.size() <= kMaxPayloadBytes);
    QVERIFY(!fits.payload.body.contains(kMarch.toUtf8()));
}

void TestExportDecision::ignoresProfilesOutsideSelectedAudiences()
{
    // Not our business: an unusable identity is not even an exclusion when no selected audience applies.
    const ExportDecision decision = decideExport(
        destination(), profileFrom(update(QStringLiteral("|Dave|other=realized"))), std::nullopt, kToday);
    QCOMPARE(decision.kind, ExportDecision::Kind::Nothing);
    const ExportDecision outOfDates = decideExport(destination(),
        profileFrom(update(QStringLiteral("|Dave|march=realized"))), std::nullopt, QDate(2026, 5, 1));
    QCOMPARE(outOfDates.kind, ExportDecision::Kind::Nothing);
}

QTEST_GUILESS_MAIN(TestExportDecision)
#include "tst_exportdecision.moc"
