#include "panels/testsendpanel.h"

#include "delivery/requestview.h"
#include "engine/testsend.h"
#include "mapping/payloadbuilder.h"
#include "mapping/sampleprofiles.h"
#include "panels/historymodel.h"
#include "panels/jsonview.h"
#include "panels/panelfocus.h"
#include "profiles/profilereader.h"
#include "storage/sqlitestorage.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextCursor>
#include <QVBoxLayout>

namespace qad::ui {

namespace {

// The request line and its four headers.
constexpr int kRequestLinesInSight = 5;

QString headerLines(const HeaderList &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers) {
        lines.append(QString::fromLatin1(name) + QLatin1String(": ") + QString::fromUtf8(value));
    }
    return lines.join(QLatin1Char('\n'));
}

// The request as it went out, auth redacted (the attempt's headers are recorded redacted).
QString requestText(const DeliveryRequest &request, const Attempt &attempt)
{
    const HeaderList headers
        = attempt.requestHeaders.isEmpty() ? requestHeaders(request, true) : attempt.requestHeaders;
    const QString pretty = prettyJson(request.body);
    return QStringLiteral("POST ") + request.url + QLatin1Char('\n') + headerLines(headers)
        + QLatin1String("\n\n") + (pretty.isEmpty() ? QString::fromUtf8(request.body) : pretty);
}

QLabel *selectableLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QPlainTextEdit *monospaceView(const QString &objectName, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

void setForeground(QLabel *label, const QColor &colour)
{
    QPalette palette = label->palette();
    palette.setColor(
        QPalette::WindowText, colour.isValid() ? colour : QPalette().color(QPalette::WindowText));
    label->setPalette(palette);
}

} // namespace

TestSendPanel::TestSendPanel(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_destinationLabel(selectableLabel(QStringLiteral("destinationLabel"), this))
    , m_generateButton(new QPushButton(tr("&Generate sample"), this))
    , m_profileEditor(new QPlainTextEdit(this))
    , m_profileError(selectableLabel(QStringLiteral("profileError"), this))
    , m_payloadStatus(selectableLabel(QStringLiteral("payloadStatus"), this))
    , m_payloadView(new JsonView(this))
    , m_sendButton(new QPushButton(tr("Se&nd"), this))
    , m_busyIndicator(new QProgressBar(this))
    , m_resultMessage(selectableLabel(QStringLiteral("resultMessage"), this))
    , m_responsePane(new QWidget(this))
    , m_statusLabel(selectableLabel(QStringLiteral("statusLabel"), this))
    , m_timeLabel(selectableLabel(QStringLiteral("timeLabel"), this))
    , m_sizeLabel(selectableLabel(QStringLiteral("sizeLabel"), this))
    , m_requestIdLabel(selectableLabel(QStringLiteral("requestIdLabel"), this))
    , m_noticeLabel(selectableLabel(QStringLiteral("noticeLabel"), this))
    , m_outcomeLabel(selectableLabel(QStringLiteral("outcomeLabel"), this))
    , m_retryLabel(selectableLabel(QStringLiteral("retryLabel"), this))
    , m_responseHeaders(monospaceView(QStringLiteral("responseHeaders"), this))
    , m_responseBody(new JsonView(this))
    , m_requestView(monospaceView(QStringLiteral("requestView"), this))
    , m_copyCurlButton(new QPushButton(tr("Copy as c&url"), this))
{
    setObjectName(QStringLiteral("testSendPanel"));
    m_generateButton->setObjectName(QStringLiteral("generateSampleButton"));
    m_generateButton->setToolTip(tr("Fill the editor with a sample profile for this destination's mapping."));
    m_profileEditor->setObjectName(QStringLiteral("profileEditor"));
    // Tab moves on to Send, as in any form: a profile is JSON, where tabs are never needed.
    m_profileEditor->setTabChangesFocus(true);
    m_profileEditor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_profileEditor->setPlaceholderText(
        tr("Paste a profile (one JSON object in the XDM profile shape) or click Generate sample."));
    m_payloadView->setObjectName(QStringLiteral("payloadView"));
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setDefault(true);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0); // busy, no known progress
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumWidth(120);
    m_busyIndicator->hide();
    m_responsePane->setObjectName(QStringLiteral("responsePane"));
    m_responseBody->setObjectName(QStringLiteral("responseBody"));
    m_copyCurlButton->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyCurlButton->setToolTip(
        tr("Copy the request as a curl command; the token stays in $QAD_API_TOKEN."));
    QFont statusFont = m_statusLabel->font();
    statusFont.setBold(true);
    m_statusLabel->setFont(statusFont);

    // Left: what is sent.
    auto *profileRow = new QHBoxLayout;
    // Alt+letter reaches the editor (and names it for assistive technology); Alt+S would be the Stream
    // menu's.
    auto *profileLabel = new QLabel(tr("&Profile"), this);
    profileLabel->setBuddy(m_profileEditor);
    m_profileEditor->setAccessibleName(tr("Profile"));
    m_payloadView->setTitle(tr("Payload"));
    m_requestView->setAccessibleName(tr("Request (auth redacted)"));
    m_responseBody->setTitle(tr("Response body"));
    profileRow->addWidget(profileLabel);
    profileRow->addStretch();
    profileRow->addWidget(m_generateButton);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_sendButton);
    sendRow->addWidget(m_busyIndicator);
    sendRow->addStretch();
    auto *input = new QWidget(this);
    auto *inputLayout = new QVBoxLayout(input);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addWidget(m_destinationLabel);
    inputLayout->addLayout(profileRow);
    inputLayout->addWidget(m_profileEditor, 2);
    inputLayout->addWidget(m_profileError);
    inputLayout->addWidget(new QLabel(tr("Payload"), this));
    inputLayout->addWidget(m_payloadStatus);
    inputLayout->addWidget(m_payloadView, 2);
    inputLayout->addLayout(sendRow);
    inputLayout->addWidget(m_resultMessage);

    // Right: what came back, and the request as it went.
    auto *facts = new QFormLayout;
    facts->addRow(tr("Status:"), m_statusLabel);
    facts->addRow(tr("Time:"), m_timeLabel);
    facts->addRow(tr("Size:"), m_sizeLabel);
    facts->addRow(tr("Request ID:"), m_requestIdLabel);
    facts->addRow(tr("Notice:"), m_noticeLabel);
    facts->addRow(tr("Outcome:"), m_outcomeLabel);
    facts->addRow(tr("Would be retried:"), m_retryLabel);
    // The body and the headers share one place: a response's few headers left the body and the request
    // a few lines each. Titles as on the left: a plain label, and the button that acts on the view beside it.
    auto *responseTabs = new QTabWidget(m_responsePane);
    responseTabs->setObjectName(QStringLiteral("responseTabs"));
    responseTabs->addTab(m_responseBody, tr("Body"));
    responseTabs->addTab(m_responseHeaders, tr("Headers"));
    auto *responseLayout = new QVBoxLayout(m_responsePane);
    responseLayout->setContentsMargins(0, 0, 0, 0);
    responseLayout->addWidget(new QLabel(tr("Response"), m_responsePane));
    responseLayout->addLayout(facts);
    responseLayout->addWidget(responseTabs, 1);
    auto *requestPane = new QWidget(this);
    requestPane->setObjectName(QStringLiteral("requestPane"));
    auto *requestRow = new QHBoxLayout;
    requestRow->addWidget(new QLabel(tr("Request (auth redacted)"), requestPane));
    requestRow->addStretch();
    requestRow->addWidget(m_copyCurlButton);
    auto *requestLayout = new QVBoxLayout(requestPane);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->addLayout(requestRow);
    requestLayout->addWidget(m_requestView, 1);
    // The request line and its headers stay in sight; the user can move the line between the two.
    m_requestView->setMinimumHeight(QFontMetrics(m_requestView->font()).lineSpacing() * kRequestLinesInSight
        + 2 * m_requestView->frameWidth() + 2 * int(m_requestView->document()->documentMargin()));
    auto *output = new QSplitter(Qt::Vertical, this);
    output->setObjectName(QStringLiteral("outputSplitter"));
    output->setChildrenCollapsible(false);
    output->addWidget(m_responsePane);
    output->addWidget(requestPane);
    output->setStretchFactor(0, 3);
    output->setStretchFactor(1, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(input);
    splitter->addWidget(output);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_generateButton, &QPushButton::clicked, this, &TestSendPanel::generateSample);
    connect(m_profileEditor, &QPlainTextEdit::textChanged, this, &TestSendPanel::revalidate);
    connect(m_sendButton, &QPushButton::clicked, this, &TestSendPanel::send);
    connect(m_copyCurlButton, &QPushButton::clicked, this, &TestSendPanel::copyAsCurl);

    passFocusOn(this, [this] { return m_profileEditor; }); // to paste or type a profile

    m_destinationLabel->setText(tr("No destination selected."));
    clearResponse();
    revalidate();
}

TestSendPanel::~TestSendPanel() = default;

QColor TestSendPanel::outcomeColour(OutcomeClass cls)
{
    switch (cls) {
    case OutcomeClass::Succeeded:
        return QColor(0x1b, 0x7f, 0x3b); // green
    case OutcomeClass::Retry:
        return QColor(0xb2, 0x6a, 0x00); // amber
    case OutcomeClass::Failed:
        break;
    }
    return QColor(0xc6, 0x28, 0x28); // red
}

void TestSendPanel::setDestination(const Destination &destination)
{
    m_destination = destination;
    m_destinationLabel->setText(
        tr("Destination: %1 (%2)").arg(destination.name, redactedUrl(destination.url)));
    clearResponse();
    revalidate();
}

bool TestSendPanel::isBusy() const
{
    return m_flow && m_flow->isBusy();
}

void TestSendPanel::generateSample()
{
    if (!m_destination) {
        return;
    }
    const QJsonObject sample = generateSampleProfiles(*m_destination, 1).constFirst();
    // In place of what the editor holds, as one edit: Ctrl+Z brings a profile typed or pasted there back
    // (setPlainText() would forget it, undo history included).
    QTextCursor cursor(m_profileEditor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(QString::fromUtf8(QJsonDocument(sample).toJson(QJsonDocument::Indented)));
    cursor.endEditBlock();
}

void TestSendPanel::revalidate()
{
    m_profileValid = false;
    m_payloadView->clear();
    setMessage(m_payloadStatus, {}, false);
    const QByteArray text = m_profileEditor->toPlainText().toUtf8();
    if (text.trimmed().isEmpty()) {
        setMessage(m_profileError, {}, true);
        updateSendEnabled();
        return;
    }
    const ProfileReadResult read = readProfile(text);
    if (!read.ok()) {
        setMessage(m_profileError, tr("Not a usable profile: %1").arg(read.error.message), true);
        updateSendEnabled();
        return;
    }
    setMessage(m_profileError, {}, true);
    m_profileValid = true;
    if (m_destination) {
        const PayloadResult payload = buildPayload(*m_destination, read.profile);
        m_payloadView->setData(payload.body);
        QStringList notes;
        if (payload.status == PayloadResult::Status::Excluded) {
            notes.append(tr("Excluded, nothing will be sent: %1").arg(payload.reason));
        } else if (payload.status == PayloadResult::Status::TooLarge) {
            notes.append(tr("Too large, nothing will be sent: %1").arg(payload.reason));
        }
        notes.append(payload.warnings);
        setMessage(m_payloadStatus, notes.join(QLatin1Char('\n')), !payload.ok());
    }
    updateSendEnabled();
}

void TestSendPanel::updateSendEnabled()
{
    const bool busy = isBusy();
    m_sendButton->setEnabled(m_destination && m_profileValid && !busy);
    m_sendButton->setText(busy ? tr("Sending…") : tr("Se&nd"));
    m_generateButton->setEnabled(m_destination.has_value() && !busy);
    m_profileEditor->setReadOnly(busy);
    m_busyIndicator->setVisible(busy);
}

bool TestSendPanel::ensureFlow()
{
    if (m_flow) {
        return true;
    }
    if (!m_ctx.secrets) {
        setMessage(
            m_resultMessage, tr("No keychain is available to read the token from: restart qad."), true);
        return false;
    }
    // The GUI thread's own connection to the history (a Storage is used from one thread).
    auto storage = std::make_unique<SqliteStorage>(m_ctx.dataDir);
    if (const Status status = storage->open(); !status) {
        setMessage(m_resultMessage, status.error().message, true);
        return false;
    }
    m_storage = std::move(storage);
    m_flow = std::make_unique<TestSend>(*m_storage, *m_ctx.secrets);
    connect(m_flow.get(), &TestSend::finished, this, &TestSendPanel::showResult);
    return true;
}

void TestSendPanel::send()
{
    if (!m_destination || !m_profileValid || isBusy()) {
        return;
    }
    const ProfileReadResult read = readProfile(m_profileEditor->toPlainText().toUtf8());
    if (!read.ok() || !ensureFlow()) {
        return;
    }
    clearResponse();
    setMessage(m_resultMessage, tr("Sending to %1…").arg(m_destination->name), false);
    m_sentTo = m_destination->id;
    m_sentToName = m_destination->name;
    m_flow->start(*m_destination, read.profile);
    updateSendEnabled();
}

void TestSendPanel::showResult(const TestSendResult &result)
{
    updateSendEnabled();
    if (!m_destination || m_destination->id != m_sentTo) {
        // Another destination is on screen now: its panel must not show this answer as its own.
        if (result.kind != TestSendResult::Kind::Invalid && result.kind != TestSendResult::Kind::NoToken
            && result.kind != TestSendResult::Kind::StorageError) {
            Q_EMIT historyChanged(m_sentTo);
        }
        Q_EMIT message(result.kind == TestSendResult::Kind::Sent
                ? tr("The test send to \"%1\" finished: %2 (%3). Its run history shows the answer.")
                      .arg(m_sentToName,
                          result.attempt.httpStatus > 0 ? tr("HTTP %1").arg(result.attempt.httpStatus)
                                                        : tr("No response"),
                          HistoryModel::outcomeText(result.attempt.outcome.cls))
                : tr("The test send to \"%1\" was not sent: %2")
                      .arg(m_sentToName,
                          result.kind == TestSendResult::Kind::Excluded
                                  || result.kind == TestSendResult::Kind::TooLarge
                              ? result.payload.reason
                              : result.error.message));
        return;
    }
    QStringList lines;
    bool isError = true;
    switch (result.kind) {
    case TestSendResult::Kind::Sent:
        showAttempt(result);
        lines.append(tr("Recorded in the history as test activation %1.").arg(result.activationId));
        isError = false;
        break;
    case TestSendResult::Kind::Excluded:
        lines.append(tr("Excluded, nothing was sent: %1").arg(result.payload.reason));
        break;
    case TestSendResult::Kind::TooLarge:
        lines.append(tr("Not sent: %1").arg(result.payload.reason));
        break;
    case TestSendResult::Kind::Invalid:
    case TestSendResult::Kind::NoToken:
    case TestSendResult::Kind::StorageError:
        lines.append(result.error.message);
        break;
    }
    lines.append(result.warnings);
    setMessage(m_resultMessage, lines.join(QLatin1Char('\n')), isError);
    if (result.kind != TestSendResult::Kind::Invalid && result.kind != TestSendResult::Kind::NoToken
        && result.kind != TestSendResult::Kind::StorageError) {
        Q_EMIT historyChanged(m_sentTo);
    }
}

void TestSendPanel::showAttempt(const TestSendResult &result)
{
    const Attempt &attempt = result.attempt;
    const QColor colour = outcomeColour(attempt.outcome.cls);
    m_statusLabel->setText(
        attempt.httpStatus > 0 ? tr("HTTP %1").arg(attempt.httpStatus) : tr("No response"));
    setForeground(m_statusLabel, colour);
    m_timeLabel->setText(tr("%1 ms").arg(attempt.durationMs));
    m_sizeLabel->setText(
        tr("%Ln byte(s)", "the size of the endpoint's answer", int(attempt.responseBody.size())));
    m_requestIdLabel->setText(attempt.requestId.isEmpty() ? tr("(none)") : attempt.requestId);
    m_noticeLabel->setText(attempt.notice.isEmpty() ? tr("(none)") : attempt.notice);
    QString outcome = tr("%1 (%2)").arg(HistoryModel::outcomeText(attempt.outcome.cls), attempt.outcome.code);
    if (!attempt.outcome.message.isEmpty()) {
        outcome += QLatin1Char('\n') + attempt.outcome.message;
    }
    if (!attempt.location.isEmpty()) {
        outcome += QLatin1Char('\n') + tr("Location: %1").arg(attempt.location);
    }
    m_outcomeLabel->setText(outcome);
    setForeground(m_outcomeLabel, colour);
    QString retry = attempt.outcome.willRetry() ? tr("yes") : tr("no");
    if (attempt.outcome.willRetry() && attempt.outcome.retryAfterSeconds) {
        retry = tr("yes, after %1 s (Retry-After)").arg(*attempt.outcome.retryAfterSeconds);
    }
    m_retryLabel->setText(retry);
    m_responseHeaders->setPlainText(headerLines(attempt.responseHeaders));
    m_responseBody->setData(attempt.responseBody);
    m_requestView->setPlainText(requestText(result.request, attempt));
    m_lastRequest = result.request;
    m_copyCurlButton->setEnabled(true);
}

void TestSendPanel::clearResponse()
{
    for (QLabel *label : { m_statusLabel, m_timeLabel, m_sizeLabel, m_requestIdLabel, m_noticeLabel,
             m_outcomeLabel, m_retryLabel }) {
        label->setText(tr("—"));
        setForeground(label, {});
    }
    m_responseHeaders->clear();
    m_responseBody->clear();
    m_requestView->clear();
    m_lastRequest.reset();
    m_copyCurlButton->setEnabled(false);
    setMessage(m_resultMessage, {}, false);
}

void TestSendPanel::copyAsCurl()
{
    if (m_lastRequest) {
        QGuiApplication::clipboard()->setText(curlCommand(*m_lastRequest));
        // Told as the run history tells it, but outside the panel: the result message keeps the send's
        // outcome (its activation id, its warnings).
        Q_EMIT message(tr("Copied as curl. Set QAD_API_TOKEN before running it."));
    }
}

void TestSendPanel::setMessage(QLabel *label, const QString &text, bool isError)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    setForeground(label, isError ? outcomeColour(OutcomeClass::Failed) : QColor());
}

} // namespace qad::ui
