#pragma once

#include "appcontext.h"
#include "config/destination.h"
#include "engine/streamengine.h"
#include "storage/storage.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace qad::ui {

// Streams destinations from the GUI (SPEC §1, §4–§6): per destination, a StreamEngine following a profile
// file in a thread of its own, so that reading, ingesting and delivering never block the widgets. The engine
// is created, started, stopped and destroyed in that thread; what it reports reaches the GUI thread as queued
// signals carrying value types. Used from the GUI thread only.
class StreamController : public QObject
{
    Q_OBJECT
public:
    StreamController(AppContext &ctx, QObject *parent = nullptr);
    // Stops every stream and waits for their threads (in-flight requests are finished or kept, each bounded
    // by the destination's deadline).
    ~StreamController() override;

    // From start() until the stream's thread has ended.
    bool isStreaming(const QString &destinationId) const;
    QStringList streamingIds() const;
    // The source file being followed for the destination, empty when not streaming.
    QString sourceOf(const QString &destinationId) const;
    // The last progress the destination's stream reported (zeros before the first report).
    RunProgress lastProgress(const QString &destinationId) const;

    // Follows `sourcePath` (NDJSON, a JSON array or objects one after another, like `tail -F`), resuming
    // after its checkpoint. Problems (no token, an invalid destination, a file that cannot be opened) arrive
    // as message(); a stream that could not start ends with streamingChanged(id, false).
    void start(const Destination &destination, const QString &sourcePath);
    // Graceful: stops reading, lets the worker finish or persist what is in flight; streamingChanged(id,
    // false) follows once the thread has ended.
    // `reason`, when given, is told with the stop ("Streaming to “X” stopped: reason").
    void stop(const QString &destinationId, const QString &reason = {});
    void stopAll();

Q_SIGNALS:
    void streamingChanged(const QString &destinationId, bool streaming);
    void progress(const QString &destinationId, const qad::RunProgress &progress);
    void alert(const qad::AlertRecord &alert);
    // Notable events and errors in words, each naming the destination once (never a token or a full URL).
    void message(const QString &destinationId, const QString &text);

private:
    struct Stream;
    void onThreadFinished(const QString &destinationId);
    void refreshToken(const QString &destinationId);

    AppContext &m_ctx;
    QHash<QString, std::shared_ptr<Stream>> m_streams;
};

} // namespace qad::ui
