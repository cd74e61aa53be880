#include "config/validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QStringView>
#include <QTextBoundaryFinder>
#include <QUrl>
#include <algorithm>
#include <cmath>
#include <optional>

namespace qad {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::Validation)
};

constexpr int kMaxNameLength = 256;
constexpr int kQualtricsCallsPerMinute = 3000; // SPEC §2
constexpr int kMaxConcurrency = 64;
constexpr int kMaxTimeoutSeconds = 300;

ValidationIssue error(QString field, QString message)
{
    return { ValidationIssue::Severity::Error, std::move(field), std::move(message) };
}

ValidationIssue warning(QString field, QString message)
{
    return { ValidationIssue::Severity::Warning, std::move(field), std::move(message) };
}

QString indexed(const QString &list, qsizetype index, const QString &member)
{
    return QStringLiteral("%1[%2].%3").arg(list).arg(index).arg(member);
}

// Characters as a person counts them: grapheme clusters, so that an emoji (two UTF-16 units), a letter with a
// combining accent or a flag counts as one, as it shows.
qsizetype characterCount(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype count = 0;
    while (finder.toNextBoundary() != -1) {
        ++count;
    }
    return count;
}

bool isIpv4Loopback(const QString &host)
{
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4) {
        return false;
    }
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (part.isEmpty() || part.size() > 3 || !ok || value < 0 || value > 255 || !part.front().isDigit()) {
            return false;
        }
    }
    return parts.front().toInt() == 127;
}

// ::1 in any of its spellings (0:0:0:0:0:0:0:1, 0000::0001, …).
bool isIpv6Loopback(const QString &host)
{
    const QStringList halves = host.split(QStringLiteral("::"));
    if (halves.size() > 2) {
        return false;
    }
    auto groups = [](const QString &text) -> std::optional<QList<uint>> {
        QList<uint> result;
        if (text.isEmpty()) {
            return result;
        }
        for (const QString &group : text.split(QLatin1Char(':'))) {
            bool ok = false;
            const uint value = group.toUInt(&ok, 16);
            if (group.isEmpty() || group.size() > 4 || !ok) {
                return std::nullopt;
            }
            result.append(value);
        }
        return result;
    };
    const auto head = groups(halves.front());
    const auto tail = halves.size() == 2 ? groups(halves.back()) : std::optional<QList<uint>>(QList<uint>());
    if (!head || !tail) {
        return false;
    }
    const qsizetype given = head->size() + tail->size();
    if ((halves.size() == 1 && given != 8) || (halves.size() == 2 && given > 7)) {
        return false;
    }
    QList<uint> all = *head;
    all.append(QList<uint>(8 - given, 0));
    all.append(*tail);
    return all == QList<uint> { 0, 0, 0, 0, 0, 0, 0, 1 };
}

bool isValidPath(const QString &path)
{
    if (path.trimmed().isEmpty()) {
        return false;
    }
    const QStringList segments = path.split(QLatin1Char('.'));
    return std::none_of(
        segments.cbegin(), segments.cend(), [](const QString &s) { return s.trimmed().isEmpty(); });
}

qsizetype pathParts(const QString &path)
{
    return path.count(QLatin1Char('.')) + 1;
}

bool isCamelCaseSegment(const QString &segment)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][A-Za-z0-9]*$"));
    return pattern.match(segment).hasMatch();
}

bool isUuid(const QString &id)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(id).hasMatch();
}

bool containsSpace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

QString firstSegment(const QString &path)
{
    return path.section(QLatin1Char('.'), 0, 0).trimmed();
}

void validateUsername(const Destination &d, QList<ValidationIssue> &issues)
{
    const QString field = QStringLiteral("username");
    if (d.authMode == AuthMode::Basic && d.username.trimmed().isEmpty()) {
        issues.append(error(field,
            Tr::tr("Basic authentication needs your Qualtrics user name: enter it, or choose header "
                   "authentication (X-API-TOKEN) instead.")));
    } else if (d.authMode == AuthMode::Basic && d.username.contains(QLatin1Char(':'))) {
        issues.append(error(field,
            Tr::tr("A user name for Basic authentication cannot contain \":\": enter the user name exactly "
                   "as Qualtrics shows it.")));
    }
}

void validateIdentities(const Destination &d, QList<ValidationIssue> &issues)
{
    const QString list = QStringLiteral("identities");
    if (d.identities.isEmpty()) {
        issues.append(error(
            list, Tr::tr("Map at least one identity, for example Email to email or ECID to external_id.")));
        return;
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < d.identities.size(); ++i) {
        const QString source = d.identities.at(i).sourceNamespace.trimmed();
        const QString field = indexed(list, i, QStringLiteral("source"));
        if (source.isEmpty()) {
            issues.append(error(field,
                Tr::tr("The source identity namespace is empty: enter a namespace of the profile's "
                       "identityMap, such as Email or ECID.")));
            continue;
        }
        const QString key = source.toCaseFolded();
        if (seen.contains(key)) {
            issues.append(error(field,
                Tr::tr("The namespace \"%1\" is mapped more than once (namespaces compare without regard to "
                       "case): remove the extra mapping.")
                    .arg(source)));
        }
        seen.insert(key);
    }
}

// Where each target path and each path a target nests under ("a" and "a.b" for "a.b.c") is first used, so
// that a mapping's first conflict with an earlier one is found by lookups (comparing every pair took seconds
// for 20,000 mappings).
class TargetIndex
{
public:
    struct Conflict
    {
        qsizetype index = 0; // of the earlier mapping
        bool same = false; // the same target; else one nests under the other
    };

    explicit TargetIndex(const QList<AttributeMapping> &attributes)
    {
        // Every target, valid or not: an earlier mapping with a wrong target can still collide with a right
        // one. From the last to the first, so that what stays for a path is its first mapping.
        for (qsizetype i = attributes.size() - 1; i >= 0; --i) {
            const QStringView target = attributes.at(i).target;
            m_first.insert(target, i);
            // The paths of at most kMaxPathParts parts only: a target checked against them has no more.
            qsizetype dot = -1;
            for (int parts = 0; parts < kMaxPathParts; ++parts) {
                dot = target.indexOf(QLatin1Char('.'), dot + 1);
                if (dot < 0) {
                    break;
                }
                m_firstAbove.insert(target.left(dot), i);
            }
        }
    }

    // The earliest mapping before `index` whose target is `target`, lies under it, or holds it under its own.
    std::optional<Conflict> firstConflict(QStringView target, qsizetype index) const
    {
        std::optional<Conflict> found;
        const auto consider = [&](qsizetype other, bool same) {
            if (other < index && (!found || other < found->index)) {
                found = Conflict { other, same };
            }
        };
        consider(m_first.value(target, index), true);
        consider(m_firstAbove.value(target, index), false);
        for (qsizetype dot = target.indexOf(QLatin1Char('.')); dot >= 0;
             dot = target.indexOf(QLatin1Char('.'), dot + 1)) {
            consider(m_first.value(target.left(dot), index), false);
        }
        return found;
    }

private:
    // Views of the mappings' own targets, which outlive the index.
    QHash<QStringView, qsizetype> m_first; // target -> first mapping with it
    QHash<QStringView, qsizetype> m_firstAbove; // path -> first mapping whose target lies under it (path.…)
};

void validateAttributes(const Destination &d, QList<ValidationIssue> &issues)
{
    const QString list = QStringLiteral("attributes");
    const TargetIndex targets(d.attributes);
    for (qsizetype i = 0; i < d.attributes.size(); ++i) {
        const AttributeMapping &m = d.attributes.at(i);
        const QString sourceField = indexed(list, i, QStringLiteral("source"));
        const QString targetField = indexed(list, i, QStringLiteral("target"));
        if (!isValidPath(m.source)) {
            issues.append(error(sourceField,
                Tr::tr("The source must be a dotted profile path with no empty part, such as "
                       "person.name.firstName: fix or remove this mapping.")));
        } else if (const qsizetype parts = pathParts(m.source); parts > kMaxPathParts) {
            issues.append(error(sourceField,
                Tr::tr("The source path has %1 parts, and profiles nest at most %2 levels deep, so it is "
                       "never found: shorten it to the path of a profile attribute.")
                    .arg(parts)
                    .arg(kMaxPathParts)));
        }
        if (!isValidPath(m.target)) {
            issues.append(error(targetField,
                Tr::tr("The target must be a field name or a dotted path with no empty part, such as "
                       "firstName or person.firstName: fix or remove this mapping.")));
            continue;
        }
        if (const qsizetype parts = pathParts(m.target); parts > kMaxPathParts) {
            issues.append(error(targetField,
                Tr::tr("The target path has %1 parts; a payload can nest at most %2 levels deep. Shorten it, "
                       "for example to firstName or person.firstName.")
                    .arg(parts)
                    .arg(kMaxPathParts)));
            continue;
        }
        const QString head = firstSegment(m.target);
        if (head.compare(u"identityMap", Qt::CaseInsensitive) == 0
            || head.compare(u"segmentMembership", Qt::CaseInsensitive) == 0) {
            issues.append(error(targetField,
                Tr::tr("The target \"%1\" is reserved: qad fills identityMap and segmentMembership itself. "
                       "Choose another target name.")
                    .arg(head)));
            continue;
        }
        // Compared with the earlier mappings only, so each conflict is reported once, on the later one.
        if (const auto conflict = targets.firstConflict(m.target, i)) {
            const qsizetype j = conflict->index;
            const QString &other = d.attributes.at(j).target;
            // The other mapping is named as the user sees it: its place in the list, counted from 1, and its
            // source.
            const QString otherSource = d.attributes.at(j).source;
            if (conflict->same) {
                issues.append(error(targetField,
                    Tr::tr("The target \"%1\" is already used by attribute mapping %2 (from %3): each target "
                           "can be mapped once; rename or remove one of them.")
                        .arg(m.target, QString::number(j + 1), otherSource)));
            } else {
                const QString &shorter = other.size() < m.target.size() ? other : m.target;
                const QString &longer = other.size() < m.target.size() ? m.target : other;
                // The issue is on this mapping; the other one is named beside its own target.
                issues.append(error(targetField,
                    Tr::tr("The target \"%1\" overlaps the target \"%2\" of attribute mapping %3 (from %4): "
                           "\"%5\" would be overwritten by the object \"%6\". Rename one of them.")
                        .arg(m.target, other, QString::number(j + 1), otherSource, shorter, longer)));
            }
        }
        const QStringList segments = m.target.split(QLatin1Char('.'));
        if (!std::all_of(segments.cbegin(), segments.cend(), isCamelCaseSegment)) {
            const QString suggestion = camelCaseTarget(m.target);
            const QStringList suggested = suggestion.split(QLatin1Char('.'));
            issues.append(warning(targetField,
                std::all_of(suggested.cbegin(), suggested.cend(), isCamelCaseSegment)
                    ? Tr::tr("Qualtrics recommends camelCase field names: consider \"%1\".").arg(suggestion)
                    : Tr::tr("Qualtrics recommends camelCase field names: start each part with a lowercase "
                             "letter and use only letters and digits.")));
        }
    }
}

void validateAudiences(const Destination &d, QList<ValidationIssue> &issues)
{
    const QString list = QStringLiteral("audiences");
    if (d.audiences.isEmpty()) {
        // Saved all the same: a destination can be prepared before its audiences exist.
        issues.append(warning(list,
            Tr::tr("No audience is selected, so no profile can qualify and nothing is sent: add the "
                   "Experience Platform audiences whose members should start the workflow.")));
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < d.audiences.size(); ++i) {
        const Audience &a = d.audiences.at(i);
        const QString idField = indexed(list, i, QStringLiteral("id"));
        if (a.id.trimmed().isEmpty()) {
            issues.append(error(idField,
                Tr::tr("The audience id is empty: copy the audience id from Experience Platform "
                       "(Audiences, audience details).")));
        } else if (containsSpace(a.id)) {
            issues.append(error(
                idField, Tr::tr("An audience id has no spaces: copy the id of the audience, not its name.")));
        } else if (seen.contains(a.id.toLower())) {
            // Told apart by letter case alone, two ids are one audience typed twice.
            issues.append(error(idField, Tr::tr("The audience %1 is selected twice: remove one.").arg(a.id)));
        } else if (!isUuid(a.id)) {
            issues.append(warning(idField,
                Tr::tr("Segmentation Service audience ids look like 046456e3-18e1-48a6-9bda-d68547861283: "
                       "check that you copied the audience id.")));
        } else if (a.id != a.id.toLower()) {
            // Profiles' segmentMembership keys are matched exactly, and Experience Platform writes them in
            // lower case.
            issues.append(warning(idField,
                Tr::tr("Experience Platform writes audience ids in lower case (%1), and profiles are matched "
                       "on the exact id: \"%2\" would never match. Use the id in lower case.")
                    .arg(a.id.toLower(), a.id)));
        }
        seen.insert(a.id.toLower());
        if (a.startDate && a.endDate && *a.startDate > *a.endDate) {
            issues.append(error(indexed(list, i, QStringLiteral("endDate")),
                Tr::tr("The end date %1 is before the start date %2: swap them or correct one.")
                    .arg(a.endDate->toString(Qt::ISODate), a.startDate->toString(Qt::ISODate))));
        }
    }
}

void validateDelivery(const DeliverySettings &d, QList<ValidationIssue> &issues)
{
    if (d.rateLimitPerMinute < 0) {
        issues.append(error(QStringLiteral("delivery.rateLimitPerMinute"),
            Tr::tr("The rate limit cannot be negative: enter calls per minute, or 0 for no limit.")));
    } else if (d.rateLimitPerMinute > kQualtricsCallsPerMinute) {
        issues.append(warning(QStringLiteral("delivery.rateLimitPerMinute"),
            Tr::tr("Qualtrics accepts at most %1 calls per minute; faster sending will be refused with 429. "
                   "Lower the rate limit to %1 or less.")
                .arg(kQualtricsCallsPerMinute)));
    }
    if (d.concurrency < 1 || d.concurrency > kMaxConcurrency) {
        issues.append(error(QStringLiteral("delivery.concurrency"),
            Tr::tr("Concurrency must be between 1 and %1 requests in flight; the default is 6.")
                .arg(kMaxConcurrency)));
    }
    if (d.timeoutSeconds < 1 || d.timeoutSeconds > kMaxTimeoutSeconds) {
        issues.append(error(QStringLiteral("delivery.timeoutSeconds"),
            Tr::tr("The timeout must be between 1 and %1 seconds; the default is 10.")
                .arg(kMaxTimeoutSeconds)));
    }
    for (qsizetype i = 0; i < d.retryDelaysSeconds.size(); ++i) {
        if (d.retryDelaysSeconds.at(i) < 1) {
            issues.append(error(QStringLiteral("delivery.retryDelaysSeconds[%1]").arg(i),
                Tr::tr("A retry delay must be at least 1 second: correct or remove it.")));
        }
    }
    if (d.retryRepeatSeconds < 1) {
        issues.append(error(QStringLiteral("delivery.retryRepeatSeconds"),
            Tr::tr("The repeat interval must be at least 1 second; the default is 7200 (2 hours).")));
    }
    if (d.retryHorizonSeconds < 1) {
        issues.append(error(QStringLiteral("delivery.retryHorizonSeconds"),
            Tr::tr("The retry horizon must be at least 1 second; the default is 86400 (24 hours).")));
    }
}

void validateAlerts(const AlertSettings &a, QList<ValidationIssue> &issues)
{
    if (a.flowRunDelayMinutes < 1) {
        issues.append(error(QStringLiteral("alerts.flowRunDelayMinutes"),
            Tr::tr("The delay threshold must be at least 1 minute; the default is 150.")));
    }
    if (!std::isfinite(a.skippedRatePercent) || a.skippedRatePercent < 0.0 || a.skippedRatePercent > 100.0) {
        issues.append(error(QStringLiteral("alerts.skippedRatePercent"),
            Tr::tr("The skipped-rate threshold is a percentage: enter a value from 0 to 100; the default is "
                   "1.")));
    }
}

} // namespace

QString ValidationIssue::toString() const
{
    return field + QStringLiteral(": ") + message;
}

QStringList issueLines(const QList<ValidationIssue> &issues, bool errors)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues) {
        if (issue.isError() == errors) {
            lines.append(issue.toString());
        }
    }
    return lines;
}

bool hasErrors(const QList<ValidationIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ValidationIssue &i) { return i.isError(); });
}

QList<ValidationIssue> validateName(
    const QString &name, const QList<Destination> &others, const QString &selfId)
{
    const QString field = QStringLiteral("name");
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return { error(
            field, Tr::tr("A name is required: enter a short name, such as \"Onboarding survey\".")) };
    }
    if (const qsizetype length = characterCount(name); length > kMaxNameLength) {
        return { error(field,
            Tr::tr("The name has %1 characters: shorten it to %2 or fewer.")
                .arg(length)
                .arg(kMaxNameLength)) };
    }
    // A tab or a line break would break every list that shows names one per line (`destination list` is
    // tab-separated).
    if (std::any_of(
            name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; })) {
        return { error(field,
            Tr::tr("The name holds a tab, a line break or another control character: use letters, digits, "
                   "spaces and punctuation only.")) };
    }
    for (const Destination &other : others) {
        if (!selfId.isEmpty() && other.id == selfId) {
            continue;
        }
        if (other.name.trimmed().compare(trimmed, Qt::CaseInsensitive) == 0) {
            return { error(field,
                Tr::tr("Another destination is already named \"%1\": choose a different name.")
                    .arg(other.name)) };
        }
    }
    return {};
}

QList<ValidationIssue> validateUrl(const QString &url)
{
    // Messages never repeat the whole URL: its query can act as a credential (SPEC §9).
    const QString field = QStringLiteral("url");
    if (url.trimmed().isEmpty()) {
        return { error(field,
            Tr::tr("The JSON event URL is required: copy it from the JSON Event trigger of your Qualtrics "
                   "workflow.")) };
    }
    if (url != url.trimmed()) {
        return { error(field, Tr::tr("The URL has spaces or line breaks around it: remove them.")) };
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty()) {
        return { error(field,
            Tr::tr("This is not a complete URL: paste the whole JSON event URL, starting with https://.")) };
    }
    const QString scheme = parsed.scheme().toLower();
    const QString host = parsed.host();
    QList<ValidationIssue> issues;
    if (scheme == u"http") {
        if (!isLoopbackHost(host)) {
            issues.append(error(field,
                Tr::tr(
                    "Use https://: plain http is allowed only to this computer (localhost, 127.0.0.1, ::1) "
                    "for testing.")));
        }
    } else if (scheme != u"https") {
        issues.append(error(field,
            Tr::tr("The scheme \"%1\" is not supported: the URL must start with https://.")
                .arg(parsed.scheme())));
    }
    if (!parsed.userInfo().isEmpty()) {
        issues.append(error(field,
            Tr::tr("The URL contains a user name or password: remove it (the part before \"@\") and store "
                   "the API token in the keychain instead.")));
    }
    const QString lowerHost = host.toLower();
    if (lowerHost != u"qualtrics.com" && !lowerHost.endsWith(u".qualtrics.com")) {
        issues.append(warning(field,
            Tr::tr("The host %1 is not a Qualtrics host (…qualtrics.com): check that you pasted the JSON "
                   "event URL of your workflow.")
                .arg(host)));
    }
    if (!parsed.path().startsWith(u"/inbound-event/")) {
        issues.append(warning(field,
            Tr::tr("JSON event URLs have a path starting with /inbound-event/: check that you copied the "
                   "complete URL of the JSON Event trigger.")));
    }
    return issues;
}

bool isLoopbackHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']'))) {
        h = h.mid(1, h.size() - 2);
    }
    if (h.endsWith(QLatin1Char('.'))) {
        h.chop(1);
    }
    if (h == u"localhost") {
        return true;
    }
    return h.contains(QLatin1Char(':')) ? isIpv6Loopback(h) : isIpv4Loopback(h);
}

QString camelCaseTarget(const QString &target)
{
    QStringList segments;
    for (const QString &segment : target.split(QLatin1Char('.'))) {
        // Words are runs of letters and digits; anything else (space, _, -) separates them.
        QStringList words;
        QString word;
        for (QChar c : segment) {
            if (c.isLetterOrNumber()) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.append(word);
                word.clear();
            }
        }
        if (!word.isEmpty()) {
            words.append(word);
        }
        QString result;
        for (qsizetype i = 0; i < words.size(); ++i) {
            QString w = words.at(i);
            if (i == 0) {
                // An all-capitals first word is an acronym ("ID", "URL"): lower all of it.
                w = w == w.toUpper() ? w.toLower() : w.front().toLower() + w.mid(1);
            } else {
                w = w.front().toUpper() + w.mid(1);
            }
            result.append(w);
        }
        segments.append(result);
    }
    return segments.join(QLatin1Char('.'));
}

QList<ValidationIssue> validateDestination(const Destination &destination, const QList<Destination> &others)
{
    QList<ValidationIssue> issues = validateName(destination.name, others, destination.id);
    issues.append(validateUrl(destination.url));
    validateUsername(destination, issues);
    validateIdentities(destination, issues);
    validateAttributes(destination, issues);
    validateAudiences(destination, issues);
    validateDelivery(destination.delivery, issues);
    validateAlerts(destination.alerts, issues);
    return issues;
}

} // namespace qad
