#pragma once

// What the source tests compare: the bytes of the records a source read, in order.
#include "sources/profilesource.h"

#include <QByteArray>
#include <QList>

namespace qad::test {

inline QList<QByteArray> bytesOf(const QList<SourceRecord> &records)
{
    QList<QByteArray> result;
    result.reserve(records.size());
    for (const auto &record : records) {
        result.append(record.bytes);
    }
    return result;
}

} // namespace qad::test
