#pragma once

#include "delivery/outcome.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace qad {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

inline constexpr qsizetype kResponseExcerptBytes = 2048;

// One POST of one activation, as sent and as answered (SPEC §7).
struct Attempt
{
    QString activationId;
    QDateTime startedAt;
    qint64 durationMs = 0;
    int httpStatus = 0; // 0: no response
    Outcome outcome;
    HeaderList requestHeaders; // auth value redacted
    HeaderList responseHeaders;
    QByteArray responseBody; // full body (the test-send view shows it); storage keeps an excerpt
    QString requestId; // meta.requestId
    QString notice; // meta.notice
    QString location; // a redirect's Location
};

} // namespace qad

Q_DECLARE_METATYPE(qad::Attempt)
