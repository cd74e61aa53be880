#include "profiles/profilereader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>
#include <optional>
#include <string_view>

namespace qad {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::ProfileReader)
};

constexpr QLatin1String kXdmPrefix("xdm:");

ProfileReadResult failure(ProfileError::Kind kind, const QString &message)
{
    ProfileReadResult result;
    result.error = ProfileError { kind, message };
    return result;
}

// "a string", "an array", … for "found …" in messages.
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Tr::tr("null");
    case QJsonValue::Bool:
        return Tr::tr("a boolean");
    case QJsonValue::Double:
        return Tr::tr("a number");
    case QJsonValue::String:
        return Tr::tr("a string");
    case QJsonValue::Array:
        return Tr::tr("an array");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("nothing (the key is missing)");
}

// `parent.key`, or `parent["key"]` when the key would be ambiguous in dotted form (URL namespaces).
QString childPath(const QString &parent, const QString &key)
{
    const bool plain = !key.isEmpty() && std::none_of(key.cbegin(), key.cend(), [](QChar c) {
        return c == u'.' || c == u'[' || c == u']' || c == u'"' || c.isSpace();
    });
    if (plain) {
        return parent + QLatin1Char('.') + key;
    }
    return parent + QLatin1String("[\"") + key + QLatin1String("\"]");
}

QString indexPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// Offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms, surrogates and
// code points above U+10FFFF included), or -1 when the whole input is valid.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t codePoint = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2, codePoint = lead & 0x1F, minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, codePoint = lead & 0x0F, minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, codePoint = lead & 0x07, minimum = 0x10000;
        } else {
            return i;
        }
        if (size - i < length) {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            const uchar continuation = data[i + k];
            if ((continuation & 0xC0) != 0x80) {
                return i;
            }
            codePoint = (codePoint << 6) | (continuation & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            return i;
        }
        i += length;
    }
    return -1;
}

// Offset of the first `[` or `{` (outside strings) that opens a level deeper than maxDepth, or -1. Runs on
// the raw bytes before parsing, so a hostile deeply nested document costs one linear scan and nothing more.
qsizetype firstTooDeep(const QByteArray &bytes, int maxDepth)
{
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\') {
                ++i; // the escaped character cannot end the string
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (++depth > maxDepth) {
                return i;
            }
            break;
        case '}':
        case ']':
            --depth;
            break;
        default:
            break;
        }
    }
    return -1;
}

// Whether a key of the JSON text `json` can begin with `xdm:`: the text holds the prefix written out, or one
// of its characters escaped as \u… (the only escape that can spell a letter or a colon; any other escape of
// them was refused by firstLenientSpot()).
bool mayHoldXdmPrefix(const QByteArray &json)
{
    const std::string_view text(json.constData(), size_t(json.size())); // its find() skips to a first byte
    if (text.find(std::string_view(kXdmPrefix.data(), size_t(kXdmPrefix.size()))) != std::string_view::npos) {
        return true;
    }
    for (size_t at = text.find('\\'); at != std::string_view::npos; at = text.find('\\', at + 2)) {
        if (at + 1 < text.size() && text[at + 1] == 'u') {
            return true;
        }
    }
    return false;
}

// What RFC 8259 refuses and Qt's parser lets through: it reads an unknown escape (\x) as the character
// itself, keeps control characters and unpaired surrogates (\ud800) in strings, and reads `1.` and `.5` as
// numbers.
enum class Leniency {
    None,
    UnknownEscape,
    ControlCharacter,
    NoDigitBeforePoint,
    NoDigitAfterPoint,
    LoneSurrogate
};

struct LenientSpot
{
    Leniency what = Leniency::None;
    qsizetype offset = -1; // of the backslash, the control character or the number's first byte
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The UTF-16 code unit written by the four hex digits at `at`, or -1.
int hexUnit(const char *data, qsizetype size, qsizetype at)
{
    if (size - at < 4) {
        return -1;
    }
    int unit = 0;
    for (qsizetype k = at; k < at + 4; ++k) {
        const char c = data[k];
        int digit = 0;
        if (c >= '0' && c <= '9') {
            digit = c - '0';
        } else if (c >= 'a' && c <= 'f') {
            digit = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            digit = c - 'A' + 10;
        } else {
            return -1;
        }
        unit = unit * 16 + digit;
    }
    return unit;
}

bool isHighSurrogate(int unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLowSurrogate(int unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

// The first place where `json`, which Qt's parser read, is not JSON. One pass over the bytes, nothing
// allocated. Outside strings, a JSON text Qt accepted holds only structure, blanks, literals and numbers.
LenientSpot firstLenientSpot(const QByteArray &json)
{
    const char *data = json.constData();
    const qsizetype size = json.size();
    qsizetype i = 0;
    while (i < size) {
        const char c = data[i];
        if (c == '"') {
            for (++i; i < size && data[i] != '"'; ++i) {
                const uchar byte = uchar(data[i]);
                if (byte < 0x20) {
                    return { Leniency::ControlCharacter, i };
                }
                if (byte != '\\' || i + 1 >= size) {
                    continue;
                }
                switch (data[i + 1]) {
                case '"':
                case '\\':
                case '/':
                case 'b':
                case 'f':
                case 'n':
                case 'r':
                case 't':
                    ++i; // the loop steps over the escaped character
                    break;
                case 'u': {
                    const int unit = hexUnit(data, size, i + 2);
                    if (isLowSurrogate(unit)
                        || (isHighSurrogate(unit)
                            && !(size - i > 7 && data[i + 6] == '\\' && data[i + 7] == 'u'
                                && isLowSurrogate(hexUnit(data, size, i + 8))))) {
                        return { Leniency::LoneSurrogate, i };
                    }
                    if (isHighSurrogate(unit)) {
                        i += 6; // the low half, checked above
                    }
                    i += unit < 0 ? 1 : 5;
                    break;
                }
                default:
                    return { Leniency::UnknownEscape, i };
                }
            }
            ++i; // the closing quote
            continue;
        }
        if (c == '-' || c == '.' || isDigit(c)) {
            const qsizetype start = i;
            if (c == '-') {
                ++i;
            }
            if (i < size && data[i] == '.') {
                return { Leniency::NoDigitBeforePoint, start };
            }
            while (i < size && isDigit(data[i])) {
                ++i;
            }
            if (i < size && data[i] == '.') {
                if (++i >= size || !isDigit(data[i])) {
                    return { Leniency::NoDigitAfterPoint, start };
                }
                while (i < size && isDigit(data[i])) {
                    ++i;
                }
            }
            if (i < size && (data[i] == 'e' || data[i] == 'E')) {
                ++i;
                if (i < size && (data[i] == '+' || data[i] == '-')) {
                    ++i;
                }
                while (i < size && isDigit(data[i])) {
                    ++i;
                }
            }
            continue;
        }
        ++i;
    }
    return {};
}

// The number starting at `offset` as written (cut short if long), for messages.
QString numberText(const QByteArray &json, qsizetype offset)
{
    constexpr qsizetype kMaxShown = 32;
    qsizetype end = offset;
    while (end < json.size() && end - offset < kMaxShown
        && (isDigit(json[end]) || json[end] == '.' || json[end] == '-' || json[end] == '+' || json[end] == 'e'
            || json[end] == 'E')) {
        ++end;
    }
    return QString::fromLatin1(json.constData() + offset, end - offset);
}

QString lenientSpotMessage(const QByteArray &json, const LenientSpot &spot)
{
    const qsizetype at = spot.offset;
    switch (spot.what) {
    case Leniency::UnknownEscape: {
        const uchar escaped = uchar(json[at + 1]);
        if (escaped > 0x20 && escaped != 0x7F) {
            // One character as written, several bytes when it is not ASCII (the text is valid UTF-8).
            const qsizetype length = escaped < 0x80 ? 1 : escaped < 0xE0 ? 2 : escaped < 0xF0 ? 3 : 4;
            return Tr::tr(
                "Invalid JSON at offset %1: \\%2 is not a JSON escape. JSON knows only \\\", \\\\, "
                "\\/, \\b, \\f, \\n, \\r, \\t and \\u with four hex digits; write a backslash itself "
                "as \\\\.")
                .arg(at)
                .arg(QString::fromUtf8(json.constData() + at + 1, length));
        }
        return Tr::tr(
            "Invalid JSON at offset %1: a backslash followed by U+%2 is not a JSON escape. JSON knows "
            "only \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\u with four hex digits; write a "
            "backslash itself as \\\\.")
            .arg(at)
            .arg(QString::number(escaped, 16).toUpper().rightJustified(4, u'0'));
    }
    case Leniency::ControlCharacter: {
        const uchar byte = uchar(json[at]);
        QString escape;
        switch (byte) {
        case '\b':
            escape = QStringLiteral("\\b");
            break;
        case '\f':
            escape = QStringLiteral("\\f");
            break;
        case '\n':
            escape = QStringLiteral("\\n");
            break;
        case '\r':
            escape = QStringLiteral("\\r");
            break;
        case '\t':
            escape = QStringLiteral("\\t");
            break;
        default:
            escape = QStringLiteral("\\u") + QString::number(byte, 16).rightJustified(4, u'0');
            break;
        }
        return Tr::tr(
            "Invalid JSON at offset %1: the control character U+%2 stands unescaped in a string. JSON "
            "strings cannot hold tabs, line breaks or other control characters as they are; write it "
            "as %3.")
            .arg(at)
            .arg(QString::number(byte, 16).toUpper().rightJustified(4, u'0'), escape);
    }
    case Leniency::NoDigitBeforePoint: {
        const QString number = numberText(json, at);
        QString fixed = number;
        fixed.insert(number.startsWith(u'-') ? 1 : 0, u'0');
        return Tr::tr(
            "Invalid JSON at offset %1: the number %2 has no digit before its decimal point; write it "
            "as %3.")
            .arg(at)
            .arg(number, fixed);
    }
    case Leniency::NoDigitAfterPoint: {
        const QString number = numberText(json, at);
        QString fixed = number;
        fixed.insert(number.indexOf(u'.') + 1, u'0');
        return Tr::tr(
            "Invalid JSON at offset %1: the number %2 has no digit after its decimal point; write it "
            "as %3.")
            .arg(at)
            .arg(number, fixed);
    }
    case Leniency::LoneSurrogate:
        return Tr::tr(
            "Invalid JSON at offset %1: \\u%2 is half of a surrogate pair, without its other half. A "
            "character beyond U+FFFF is written as two escapes, \\ud800 to \\udbff followed at once by "
            "\\udc00 to \\udfff (like \\ud83d\\ude00); remove it or complete the pair.")
            .arg(at)
            .arg(QString::fromLatin1(json.constData() + at + 2, 4));
    case Leniency::None:
        break;
    }
    return {};
}

bool isBlank(const QByteArray &bytes)
{
    return std::all_of(
        bytes.cbegin(), bytes.cend(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// Qt's parser only accepts an object or an array at the top level. A valid scalar deserves "not an object"
// rather than "illegal value": parse it wrapped in an array to learn what it is.
std::optional<QJsonValue> parseScalar(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + json + ']', &error);
    if (error.error != QJsonParseError::NoError || wrapped.array().size() != 1) {
        return std::nullopt;
    }
    return wrapped.array().first();
}

bool normalised(const QJsonValue &value, QJsonValue &out);

// Fills `out` and returns true only when something changed: short-form input (the common case in streams)
// is returned by the caller as it is, sharing its data, without a single copy.
bool normalisedObject(const QJsonObject &object, QJsonObject &out)
{
    bool changed = false;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const bool prefixed = key.startsWith(kXdmPrefix);
        QJsonValue child;
        const bool childChanged = normalised(it.value(), child);
        if (!prefixed && !childChanged) {
            continue;
        }
        if (!changed) {
            out = object;
            changed = true;
        }
        if (prefixed) {
            out.remove(key);
            // Keys are visited in sorted order, so `xdm:name` wins over a plain `name` beside it.
            out.insert(QStringView(key).mid(kXdmPrefix.size()), childChanged ? child : it.value());
        } else {
            out.insert(key, child);
        }
    }
    return changed;
}

bool normalisedArray(const QJsonArray &array, QJsonArray &out)
{
    bool changed = false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QJsonValue child;
        if (!normalised(array.at(i), child)) {
            continue;
        }
        if (!changed) {
            out = array;
            changed = true;
        }
        out.replace(i, child);
    }
    return changed;
}

bool normalised(const QJsonValue &value, QJsonValue &out)
{
    if (value.isObject()) {
        QJsonObject object;
        if (normalisedObject(value.toObject(), object)) {
            out = object;
            return true;
        }
    } else if (value.isArray()) {
        QJsonArray array;
        if (normalisedArray(value.toArray(), array)) {
            out = array;
            return true;
        }
    }
    return false;
}

void normaliseInPlace(QJsonObject &object)
{
    QJsonObject out;
    if (normalisedObject(object, out)) {
        object = std::move(out);
    }
}

// Null stands for "not given" in exports, so optional members that are null are treated as absent.
bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

std::optional<ProfileError> wrongType(const QString &message)
{
    return ProfileError { ProfileError::Kind::WrongType, message };
}

std::optional<ProfileError> readIdentity(
    const QJsonValue &value, const QString &path, IdentityValue &identity)
{
    if (!value.isObject()) {
        return wrongType(
            Tr::tr("%1 must be an object like {\"id\": \"…\"}, found %2.").arg(path, describe(value)));
    }
    const QJsonObject object = value.toObject();
    const QJsonValue id = object.value(u"id");
    if (!id.isString()) {
        return wrongType(Tr::tr("%1.id must be a string, found %2. Every identity needs its id as a string.")
                             .arg(path, describe(id)));
    }
    identity.id = id.toString();
    const QJsonValue primary = object.value(u"primary");
    if (!isAbsent(primary) && !primary.isBool()) {
        return wrongType(Tr::tr("%1.primary must be true or false, found %2.").arg(path, describe(primary)));
    }
    identity.primary = primary.toBool();
    const QJsonValue state = object.value(u"authenticatedState");
    if (!isAbsent(state) && !state.isString()) {
        return wrongType(
            Tr::tr("%1.authenticatedState must be a string (ambiguous, authenticated or loggedOut), "
                   "found %2.")
                .arg(path, describe(state)));
    }
    identity.authenticatedState = state.toString();
    return std::nullopt;
}

std::optional<ProfileError> readIdentityMap(const QJsonValue &value, Profile &profile)
{
    const QString path = QStringLiteral("identityMap");
    if (!value.isObject()) {
        return wrongType(Tr::tr("identityMap must be an object of namespaces, each an array of identities "
                                "(like {\"Email\": [{\"id\": \"…\"}]}), found %1.")
                             .arg(describe(value)));
    }
    const QJsonObject object = value.toObject();
    profile.identityMap.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString nsPath = childPath(path, it.key());
        if (!it.value().isArray()) {
            return wrongType(Tr::tr("%1 must be an array of identities like [{\"id\": \"…\"}], found %2.")
                                 .arg(nsPath, describe(it.value())));
        }
        const QJsonArray array = it.value().toArray();
        QList<IdentityValue> values;
        values.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            IdentityValue identity;
            if (auto error = readIdentity(array.at(i), indexPath(nsPath, i), identity)) {
                return error;
            }
            values.append(std::move(identity));
        }
        profile.identityMap.append({ it.key(), std::move(values) });
    }
    return std::nullopt;
}

std::optional<ProfileError> readMembership(
    const QJsonValue &value, const QString &path, Membership &membership)
{
    if (!value.isObject()) {
        return wrongType(Tr::tr("%1 must be an object like {\"status\": \"realized\"}, found %2.")
                             .arg(path, describe(value)));
    }
    const QJsonObject object = value.toObject();
    const QJsonValue status = object.value(u"status");
    if (!status.isString()) {
        return wrongType(Tr::tr("%1.status must be a string: realized, existing or exited; found %2.")
                             .arg(path, describe(status)));
    }
    const QString text = status.toString();
    if (text.compare(u"realized", Qt::CaseInsensitive) == 0
        || text.compare(u"existing", Qt::CaseInsensitive) == 0) {
        membership.status = MembershipStatus::Realized; // `existing` means still a member
    } else if (text.compare(u"exited", Qt::CaseInsensitive) == 0) {
        membership.status = MembershipStatus::Exited;
    } else {
        return wrongType(
            Tr::tr("%1.status is \"%2\", which is not a membership status: use realized, existing or "
                   "exited.")
                .arg(path, text));
    }
    const QJsonValue time = object.value(u"lastQualificationTime");
    if (!isAbsent(time) && !time.isString()) {
        return wrongType(Tr::tr("%1.lastQualificationTime must be an ISO-8601 date-time string, found %2.")
                             .arg(path, describe(time)));
    }
    membership.lastQualificationTime = time.toString();
    return std::nullopt;
}

std::optional<ProfileError> readSegmentMembership(const QJsonValue &value, Profile &profile)
{
    if (!value.isObject()) {
        return wrongType(
            Tr::tr("segmentMembership must be an object keyed by namespace (like {\"ups\": {…}}), "
                   "found %1.")
                .arg(describe(value)));
    }
    // Only the Segmentation Service namespace is used; others (AAM, …) are ignored unchecked.
    const QJsonValue ups = value.toObject().value(u"ups");
    if (isAbsent(ups)) {
        return std::nullopt;
    }
    const QString path = QStringLiteral("segmentMembership.ups");
    if (!ups.isObject()) {
        return wrongType(
            Tr::tr("%1 must be an object keyed by audience id, found %2.").arg(path, describe(ups)));
    }
    const QJsonObject audiences = ups.toObject();
    profile.ups.reserve(audiences.size());
    for (auto it = audiences.constBegin(); it != audiences.constEnd(); ++it) {
        Membership membership;
        if (auto error = readMembership(it.value(), childPath(path, it.key()), membership)) {
            return error;
        }
        profile.ups.insert(it.key(), std::move(membership));
    }
    return std::nullopt;
}

// `object` is already in the short key form and owned here, so taking members out of it copies nothing.
ProfileReadResult readNormalised(QJsonObject object)
{
    ProfileReadResult result;
    const QJsonValue identityMap = object.take(u"identityMap");
    const QJsonValue segmentMembership = object.take(u"segmentMembership");
    if (!isAbsent(identityMap)) {
        if (auto error = readIdentityMap(identityMap, result.profile)) {
            return failure(error->kind, error->message);
        }
    }
    if (!isAbsent(segmentMembership)) {
        if (auto error = readSegmentMembership(segmentMembership, result.profile)) {
            return failure(error->kind, error->message);
        }
    }
    result.profile.attributes = std::move(object);
    return result;
}

} // namespace

ProfileReadResult readProfile(const QByteArray &json)
{
    if (json.size() > kMaxProfileBytes) {
        return failure(ProfileError::Kind::TooLarge,
            Tr::tr("The profile is %1 bytes, over the limit of %2 bytes (1 MiB). Split it into smaller "
                   "profiles or leave out attributes that are not mapped.")
                .arg(json.size())
                .arg(kMaxProfileBytes));
    }
    if (const qsizetype offset = firstInvalidUtf8(json); offset >= 0) {
        return failure(ProfileError::Kind::InvalidUtf8,
            Tr::tr("Invalid UTF-8 at byte offset %1. Save or export the data as UTF-8.").arg(offset));
    }
    if (const qsizetype offset = firstTooDeep(json, kMaxProfileDepth); offset >= 0) {
        return failure(ProfileError::Kind::TooDeep,
            Tr::tr("The profile nests objects and arrays deeper than %1 levels (at byte offset %2). "
                   "Flatten the data: deeper nesting is not supported.")
                .arg(kMaxProfileDepth)
                .arg(offset));
    }
    if (isBlank(json)) {
        return failure(ProfileError::Kind::InvalidJson,
            Tr::tr("The profile is empty. Each line (or array element) must be one JSON object."));
    }

    QJsonObject object;
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            if (const auto scalar = parseScalar(json)) {
                return failure(ProfileError::Kind::NotAnObject,
                    Tr::tr("The profile is %1, not a JSON object. Each line (or array element) must be "
                           "one object like {\"identityMap\": {…}, …}.")
                        .arg(describe(*scalar)));
            }
            // Objects written one per line with commas between them, as in an array without its [ ]: the
            // object is whole, only the comma is in the way.
            if (const QByteArray trimmed = json.trimmed(); error.error == QJsonParseError::GarbageAtEnd
                && trimmed.endsWith(',') && QJsonDocument::fromJson(trimmed.chopped(1)).isObject()) {
                return failure(ProfileError::Kind::InvalidJson,
                    Tr::tr("A comma follows the object: remove it. Each line holds one object with nothing "
                           "after it; objects separated by commas belong in [ ], as one JSON array."));
            }
            return failure(ProfileError::Kind::InvalidJson,
                Tr::tr("Invalid JSON at offset %1: %2. Check that it is one complete JSON object.")
                    .arg(error.offset)
                    .arg(error.errorString()));
        }
        if (!document.isObject()) {
            return failure(ProfileError::Kind::NotAnObject,
                Tr::tr("The profile is an array, not a JSON object. Give one object per line, or an "
                       "array of objects as the whole source."));
        }
        // Qt's parser is lenient: what it read may still not be JSON.
        if (const auto strict = strictJsonError(json)) {
            return failure(strict->kind, strict->message);
        }
        object = document.object();
    } // the document is gone: `object` owns its data and is edited without a copy
    // Most streams use the short form: the walk through every member is spared when no key can be prefixed.
    if (mayHoldXdmPrefix(json)) {
        normaliseInPlace(object);
    }
    return readNormalised(std::move(object));
}

std::optional<ProfileError> strictJsonError(const QByteArray &json)
{
    if (const LenientSpot spot = firstLenientSpot(json); spot.what != Leniency::None) {
        return ProfileError { ProfileError::Kind::InvalidJson, lenientSpotMessage(json, spot) };
    }
    return std::nullopt;
}

ProfileReadResult readProfile(const QJsonObject &object)
{
    QJsonObject copy = object; // shares the data; only detaches if a member must be taken out
    normaliseInPlace(copy);
    return readNormalised(std::move(copy));
}

QJsonObject normaliseXdmKeys(const QJsonObject &object)
{
    QJsonObject out;
    return normalisedObject(object, out) ? out : object;
}

} // namespace qad
