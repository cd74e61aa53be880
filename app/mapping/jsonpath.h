#pragma once

#include "config/destination.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

namespace qad::jsonpath {

namespace detail {
inline bool insertAt(QJsonObject &object, QStringView path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        if (object.contains(path)) {
            return false;
        }
        object.insert(path, value);
        return true;
    }
    const QStringView head = path.left(dot);
    QJsonValue existing = object.take(head); // taken out, so the child below is edited without a copy
    if (!existing.isUndefined() && !existing.isObject()) {
        object.insert(head, existing);
        return false;
    }
    QJsonObject child = existing.toObject();
    existing = QJsonValue();
    const bool inserted = insertAt(child, path.mid(dot + 1), value);
    object.insert(head, child);
    return inserted;
}
} // namespace detail

// Puts `value` at a dotted path (`person.name.firstName`), creating the objects on the way. Returns false,
// changing nothing, when the path collides with what is already there (a value where an object is needed,
// or an existing member at the leaf), or has more than kMaxPathParts parts (validation refuses those).
inline bool insert(QJsonObject &object, QStringView path, const QJsonValue &value)
{
    if (path.count(u'.') >= kMaxPathParts) {
        return false;
    }
    return detail::insertAt(object, path, value);
}

// The first segment of a dotted path.
inline QStringView head(QStringView path)
{
    const qsizetype dot = path.indexOf(u'.');
    return dot < 0 ? path : path.left(dot);
}

} // namespace qad::jsonpath
