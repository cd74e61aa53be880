#include "profiles/profile.h"

namespace qad {

namespace {

// Keys may themselves hold dots (URL keys such as `https://ns.adobe.com/xdm/channels/email`), so a miss on
// the shortest key retries with a longer one. Misses are rare and paths short: the backtracking is cheap.
QJsonValue lookup(const QJsonObject &object, QStringView path)
{
    qsizetype dot = path.indexOf(u'.');
    while (dot >= 0) {
        const auto it = object.constFind(path.left(dot));
        if (it != object.constEnd() && it.value().isObject()) {
            QJsonValue found = lookup(it.value().toObject(), path.mid(dot + 1));
            if (!found.isUndefined()) {
                return found;
            }
        }
        dot = path.indexOf(u'.', dot + 1);
    }
    return object.value(path);
}

void collectLeafPaths(const QJsonObject &object, const QString &prefix, QStringList &paths)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject()) {
            collectLeafPaths(it.value().toObject(), path, paths);
        } else {
            paths.append(path);
        }
    }
}

} // namespace

QList<IdentityValue> Profile::identities(const QString &ns) const
{
    QList<IdentityValue> result;
    for (const auto &[name, values] : identityMap) {
        if (name.compare(ns, Qt::CaseInsensitive) != 0) {
            continue;
        }
        if (result.isEmpty()) {
            result = values; // shares the data: the common single-match case copies nothing
        } else {
            result.append(values);
        }
    }
    return result;
}

QJsonValue Profile::attribute(const QString &path) const
{
    if (path.isEmpty()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    return lookup(attributes, path);
}

QStringList Profile::attributePaths() const
{
    QStringList paths;
    collectLeafPaths(attributes, QString(), paths);
    return paths;
}

} // namespace qad
