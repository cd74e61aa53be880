#pragma once

#include "appcontext.h"
#include "config/destination.h"
#include "delivery/httpsender.h"
#include "delivery/outcome.h"

#include <QColor>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace qad {
class Storage;
class TestSend;
struct TestSendResult;
} // namespace qad

namespace qad::ui {

class JsonView;

// Sends one profile to a destination and shows the whole exchange (SPEC §11): a profile editor validated as
// the user types, the payload it makes, and after Send the response (status, time, size, headers, body,
// requestId, notice), the outcome and whether a stream would retry it, the request with auth redacted and
// "copy as curl". The work is the core's TestSend; this widget only shows it.
class TestSendPanel : public QWidget
{
    Q_OBJECT
public:
    TestSendPanel(AppContext &ctx, QWidget *parent = nullptr);
    ~TestSendPanel() override;

    void setDestination(const Destination &destination);
    bool isBusy() const;

    // The colour the status is shown in: green when accepted, amber when a stream would retry, red when
    // failed.
    static QColor outcomeColour(OutcomeClass cls);

Q_SIGNALS:
    // A test activation (or exclusion) was written to the history: views of it may refresh.
    void historyChanged(const QString &destinationId);
    // Something to tell outside the panel (the window's status bar): a test send that finished after another
    // destination was selected, a request copied as curl.
    void message(const QString &text);

private:
    void generateSample();
    void revalidate();
    void send();
    void showResult(const qad::TestSendResult &result);
    void showAttempt(const qad::TestSendResult &result);
    void clearResponse();
    void copyAsCurl();
    void updateSendEnabled();
    bool ensureFlow();
    void setMessage(QLabel *label, const QString &text, bool isError);

    AppContext &m_ctx;
    std::optional<Destination> m_destination;
    bool m_profileValid = false;
    std::optional<DeliveryRequest> m_lastRequest; // token already cleared
    QString m_sentTo; // the destination of the test in flight
    QString m_sentToName;

    QLabel *m_destinationLabel;
    QPushButton *m_generateButton;
    QPlainTextEdit *m_profileEditor;
    QLabel *m_profileError;
    QLabel *m_payloadStatus;
    JsonView *m_payloadView;
    QPushButton *m_sendButton;
    QProgressBar *m_busyIndicator;
    QLabel *m_resultMessage;
    QWidget *m_responsePane;
    QLabel *m_statusLabel;
    QLabel *m_timeLabel;
    QLabel *m_sizeLabel;
    QLabel *m_requestIdLabel;
    QLabel *m_noticeLabel;
    QLabel *m_outcomeLabel;
    QLabel *m_retryLabel;
    QPlainTextEdit *m_responseHeaders;
    JsonView *m_responseBody;
    QPlainTextEdit *m_requestView;
    QPushButton *m_copyCurlButton;

    // Declared last: the flow uses the storage, so it goes first.
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<TestSend> m_flow;
};

} // namespace qad::ui
