#include "panels/overviewpanel.h"

#include "destinationlistmodel.h"
#include "panels/leftoutdialog.h"
#include "panels/panelfocus.h"
#include "storage/sqlitestorage.h"
#include "streamcontroller.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace qad::ui {

namespace {

const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kAmber(0xb2, 0x6a, 0x00);
const QColor kRed(0xc6, 0x28, 0x28);
const QColor kGrey(0x90, 0x90, 0x90);

QString none()
{
    return OverviewPanel::tr("—");
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString rate(const StatusCounters &counters)
{
    if (counters.received == 0) {
        return none();
    }
    return OverviewPanel::tr("%1 %").arg(QLocale().toString(counters.activationRate() * 100.0, 'f', 1));
}

QString latency(const StatusCounters &counters)
{
    if (counters.latencyCount == 0) {
        return none();
    }
    return OverviewPanel::tr("%1 ms").arg(QLocale().toString(counters.latencyMsSum / counters.latencyCount));
}

QString reasonText(const QString &reason)
{
    if (reason == u"authentication") {
        return OverviewPanel::tr("authentication");
    }
    if (reason == u"user") {
        return OverviewPanel::tr("user");
    }
    return reason;
}

// The state as shown, decided as the destination list decides it (healthOf): paused at run time or in the
// configuration, else in error while the newest attempt failed, else enabled.
QString stateText(const DestinationStatus &status, const Destination &destination, QColor *colour)
{
    switch (healthOf(destination, status.runtime, status.health)) {
    case DestinationHealth::Error:
        *colour = kRed;
        return OverviewPanel::tr("error: the last attempt failed");
    case DestinationHealth::Enabled:
        *colour = kGreen;
        return OverviewPanel::tr("enabled");
    case DestinationHealth::Paused:
        break;
    }
    // The shared run-time state's reason wins.
    const QString reason
        = status.runtime.state == u"paused" ? status.runtime.reason : destination.pausedReason;
    *colour = reason == u"authentication" ? kRed : kAmber;
    return reason.isEmpty() ? OverviewPanel::tr("paused")
                            : OverviewPanel::tr("paused: %1").arg(reasonText(reason));
}

QLabel *valueLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(none(), parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setForeground(QLabel *label, const QColor &colour)
{
    QPalette palette = label->palette();
    palette.setColor(
        QPalette::WindowText, colour.isValid() ? colour : QPalette().color(QPalette::WindowText));
    label->setPalette(palette);
}

// The count axis runs from 0 to a whole number of steps of 1, 2 or 5 (times a power of ten), at most five
// of them, with a gridline at each: every label, printed as a whole number, stands on its line. At least 0 to
// 5, by ones.
struct CountRange
{
    qint64 top = 5;
    int tickCount = 6;
};

CountRange countRange(qint64 highest)
{
    const qint64 shown = std::max<qint64>(highest, 5);
    for (qint64 magnitude = 1;; magnitude *= 10) {
        for (const qint64 factor : { 1, 2, 5 }) {
            const qint64 step = factor * magnitude;
            if (shown <= 5 * step) {
                const qint64 steps = (shown + step - 1) / step;
                return { steps * step, int(steps) + 1 };
            }
        }
    }
}

void setCountRange(QValueAxis *axis, const CountRange &range)
{
    axis->setRange(0, qreal(range.top));
    axis->setTickCount(range.tickCount);
}

QString progressText(const RunProgress &p)
{
    return OverviewPanel::tr(
        "This run: read %1 · rejected %2 · activations %3 · excluded %4 · sent %5 · failed "
        "%6 · retries %7")
        .arg(count(p.read), count(p.rejected), count(p.activations), count(p.excluded), count(p.succeeded),
            count(p.failed), count(p.retries));
}

} // namespace

QList<HourlyCounters> lastHours(const QList<HourlyCounters> &newestFirst, const QDateTime &now, int count)
{
    QHash<qint64, StatusCounters> byHour;
    for (const HourlyCounters &h : newestFirst) {
        byHour.insert(h.hour.toMSecsSinceEpoch(), h.counters);
    }
    const qint64 current = HourlyCounters::hourStart(now.toMSecsSinceEpoch());
    QList<HourlyCounters> result;
    result.reserve(count);
    for (int i = count - 1; i >= 0; --i) {
        const qint64 hour = current - qint64(i) * HourlyCounters::kHourMs;
        result.append({ QDateTime::fromMSecsSinceEpoch(hour, Qt::UTC), byHour.value(hour) });
    }
    return result;
}

OverviewPanel::OverviewPanel(AppContext &ctx, StreamController &streams, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_streams(streams)
{
    m_destinationLabel = new QLabel(this);
    m_destinationLabel->setObjectName(QStringLiteral("destinationLabel"));
    QFont title = m_destinationLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_destinationLabel->setFont(title);

    auto *top = new QHBoxLayout;
    top->addWidget(buildFigures());
    top->addWidget(buildChart(), 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_destinationLabel);
    layout->addLayout(top, 1);
    layout->addWidget(buildStreaming());

    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &OverviewPanel::refresh);

    // To the file to stream, or to Stop while it streams (the file cannot be changed then).
    passFocusOn(this, [this]() -> QWidget * {
        if (m_sourceEdit->isEnabled()) {
            return m_sourceEdit;
        }
        return m_stopButton;
    });

    connect(&m_streams, &StreamController::streamingChanged, this, [this](const QString &id, bool streaming) {
        if (m_destination && id == m_destination->id) {
            // A stream started elsewhere (the window's Start Streaming…) shows the file it follows here too.
            if (const QString source = m_streams.sourceOf(id); streaming && !source.isEmpty()) {
                m_sourceEdit->setText(source);
                m_sources.insert(id, source);
            }
            updateStreamingControls();
            refresh();
        }
    });
    connect(&m_streams, &StreamController::progress, this, &OverviewPanel::onProgress);
    connect(&m_streams, &StreamController::message, this, &OverviewPanel::onMessage);
    updateStreamingControls();
}

OverviewPanel::~OverviewPanel() = default;

QWidget *OverviewPanel::buildFigures()
{
    auto *box = new QGroupBox(tr("Delivery status"), this);
    auto *form = new QFormLayout(box);
    m_received = valueLabel("receivedValue", box);
    m_activated = valueLabel("activatedValue", box);
    m_excluded = valueLabel("excludedValue", box);
    m_failed = valueLabel("failedValue", box);
    m_rate = valueLabel("activationRateValue", box);
    m_rateHour = valueLabel("activationRateHourValue", box);
    m_queueDepth = valueLabel("queueDepthValue", box);
    m_retrying = valueLabel("retryingValue", box);
    m_sendRate = valueLabel("sendRateValue", box);
    m_latency = valueLabel("latencyValue", box);
    m_state = valueLabel("stateValue", box);
    m_lastError = valueLabel("lastErrorValue", box);
    m_lastError->setWordWrap(true);
    m_lastError->setMinimumWidth(220);

    const auto row = [form](const QString &caption, QLabel *value, const QString &help) {
        auto *label = new QLabel(caption);
        label->setToolTip(help);
        value->setToolTip(help);
        form->addRow(label, value);
    };
    row(tr("Profiles received"), m_received, tr("Profile updates that concerned this destination."));
    row(tr("Identities activated"), m_activated, tr("Profiles Qualtrics accepted (2xx)."));
    row(tr("Identities excluded"), m_excluded,
        tr("Profiles not sent: no mapped identity, or an email that is not a plain-text address."));
    row(tr("Identities failed"), m_failed,
        tr("Activations that failed permanently; they can be replayed. In red while some of them are not "
           "replayed yet."));
    row(tr("Activation rate"), m_rate,
        tr("(activated + excluded) ÷ received: the share of every profile received that was activated or "
           "excluded."));
    row(tr("Activation rate, this hour"), m_rateHour,
        tr("(activated + excluded) ÷ received, of the profiles received this hour, whenever they were "
           "sent."));
    row(tr("Queue depth"), m_queueDepth, tr("Activations pending, being sent or waiting to be retried."));
    row(tr("Waiting to retry"), m_retrying, tr("Activations that will be sent again later."));
    row(tr("Current send rate"), m_sendRate,
        tr("Activations done (delivered, or failed for good) per second, over the last 10 seconds."));
    row(tr("Latency"), m_latency, tr("Average time Qualtrics took to accept an activation, this hour."));
    row(tr("State"), m_state,
        tr("Enabled; paused, with the reason; or in error while the newest attempt failed."));
    row(tr("Last error"), m_lastError,
        tr("Why the destination was paused, or else why the last failed attempt failed, and when."));

    m_leftOutButton = new QPushButton(tr("E&xcluded and rejected…"), box);
    m_leftOutButton->setObjectName(QStringLiteral("leftOutButton"));
    m_leftOutButton->setToolTip(
        tr("The profiles this destination left out and the input records that were not usable, each with the "
           "reason and how to fix it."));
    connect(m_leftOutButton, &QPushButton::clicked, this, &OverviewPanel::showLeftOut);
    form->addRow(QString(), m_leftOutButton);
    return box;
}

QWidget *OverviewPanel::buildChart()
{
    m_activatedSet = new QBarSet(tr("Activated"));
    m_activatedSet->setColor(kGreen);
    m_excludedSet = new QBarSet(tr("Excluded"));
    m_excludedSet->setColor(kGrey);
    m_failedSet = new QBarSet(tr("Failed"));
    m_failedSet->setColor(kRed);
    for (QBarSet *set : { m_activatedSet, m_excludedSet, m_failedSet }) {
        set->append(QList<qreal>(kChartHours, 0.0));
        set->setBorderColor(set->color());
    }
    auto *series = new QStackedBarSeries;
    series->append({ m_activatedSet, m_excludedSet, m_failedSet });

    auto *chart = new QChart;
    chart->setTitle(tr("Last 24 hours"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->addSeries(series);
    // A value axis, bar i at x = i, labelled every third hour of the clock: Qt Charts gives a bar category
    // axis's label the bar's width, too narrow for 24 hours even at two digits, so every label came out "…".
    m_hoursAxis = new QCategoryAxis(chart);
    m_hoursAxis->setTitleText(tr("Hour"));
    m_hoursAxis->setRange(-0.5, kChartHours - 0.5);
    m_hoursAxis->setStartValue(-0.5);
    m_hoursAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_hoursAxis->setGridLineVisible(false);
    chart->addAxis(m_hoursAxis, Qt::AlignBottom);
    series->attachAxis(m_hoursAxis);
    m_countAxis = new QValueAxis(chart);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    setCountRange(m_countAxis, countRange(0));
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    series->attachAxis(m_countAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);

    m_chartView = new QChartView(chart, this); // takes the chart
    m_chartView->setObjectName(QStringLiteral("chartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Activations per hour, the last 24 hours"));
    // Small enough to leave the destination list its width in a default window; the every-third-hour labels
    // still fit.
    m_chartView->setMinimumSize(300, 240);
    updateChart({}, m_now->now());
    return m_chartView;
}

QWidget *OverviewPanel::buildStreaming()
{
    auto *box = new QGroupBox(tr("Stream a profile file"), this);
    m_sourceEdit = new QLineEdit(box);
    m_sourceEdit->setObjectName(QStringLiteral("sourceEdit"));
    m_sourceEdit->setPlaceholderText(
        tr("A file of JSON profiles (one per line, an array, or one after another), followed as it grows"));
    // Alt+letters of their own: not the menus' (D, S, V, H; in French D, I, A, E) nor Excluded and
    // rejected's X.
    m_browseButton = new QPushButton(tr("&Browse…"), box);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_startButton = new QPushButton(tr("S&tart"), box);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_stopButton = new QPushButton(tr("St&op"), box);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_runLabel = new QLabel(box);
    m_runLabel->setObjectName(QStringLiteral("runValue"));
    m_streamMessage = new QLabel(box);
    m_streamMessage->setObjectName(QStringLiteral("streamMessage"));
    m_streamMessage->setWordWrap(true);
    m_streamMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    auto *caption = new QLabel(tr("Source &file:"), box);
    caption->setBuddy(m_sourceEdit);
    row->addWidget(caption);
    row->addWidget(m_sourceEdit, 1);
    row->addWidget(m_browseButton);
    row->addWidget(m_startButton);
    row->addWidget(m_stopButton);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_runLabel);
    layout->addWidget(m_streamMessage);

    connect(m_sourceEdit, &QLineEdit::textChanged, this, &OverviewPanel::updateStreamingControls);
    // Enter in the file's field starts, as Start would (a default button works in dialogs only).
    connect(m_sourceEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_startButton->isEnabled()) {
            startStreaming();
        }
    });
    connect(m_browseButton, &QPushButton::clicked, this, &OverviewPanel::browseForSource);
    connect(m_startButton, &QPushButton::clicked, this, &OverviewPanel::startStreaming);
    connect(m_stopButton, &QPushButton::clicked, this, &OverviewPanel::stopStreaming);
    return box;
}

QList<QBarSet *> OverviewPanel::chartSets() const
{
    return { m_activatedSet, m_excludedSet, m_failedSet };
}

void OverviewPanel::setDestination(const Destination &destination)
{
    const bool changed = !m_destination || m_destination->id != destination.id;
    if (m_destination && changed) {
        m_sources.insert(m_destination->id, m_sourceEdit->text());
    }
    m_destination = destination;
    m_destinationLabel->setText(destination.name);
    if (changed) {
        m_sendRate->setText(none());
        const QString followed = m_streams.sourceOf(destination.id);
        m_sourceEdit->setText(followed.isEmpty() ? m_sources.value(destination.id) : followed);
        m_runLabel->setText(m_streams.isStreaming(destination.id)
                ? progressText(m_streams.lastProgress(destination.id))
                : QString());
        m_streamMessage->clear();
    }
    updateStreamingControls();
    refresh();
}

bool OverviewPanel::ensureStorage()
{
    if (m_storage) {
        return true;
    }
    auto storage = std::make_unique<SqliteStorage>(m_ctx.dataDir);
    if (const Status opened = storage->open(); !opened) {
        showError(opened.error().message);
        return false;
    }
    m_storage = std::move(storage);
    return true;
}

void OverviewPanel::refresh()
{
    if (!m_destination || !ensureStorage()) {
        return;
    }
    const auto status = m_storage->status(m_destination->id, kChartHours);
    if (!status) {
        showError(status.error().message);
        return;
    }
    showStatus(*status);
}

void OverviewPanel::setClock(const Clock *clock)
{
    m_now = clock;
    refresh();
}

void OverviewPanel::showStatus(const DestinationStatus &status)
{
    const QDateTime now = m_now->now();
    const StatusCounters thisHour = status.countersOfHour(now);
    m_received->setText(count(status.total.received));
    m_activated->setText(count(status.total.activated));
    m_excluded->setText(count(status.total.excluded));
    m_failed->setText(count(status.total.failed));
    // Red while some are still failed: replayed, they no longer ask for attention, though they stay counted.
    setForeground(m_failed, status.failedNow > 0 ? kRed : QColor());
    m_rate->setText(rate(status.total));
    m_rateHour->setText(rate(thisHour));
    m_queueDepth->setText(count(status.queueDepth));
    m_retrying->setText(count(status.retrying));
    setForeground(m_retrying, status.retrying > 0 ? kAmber : QColor());
    m_latency->setText(latency(thisHour));
    QColor colour;
    m_state->setText(stateText(status, *m_destination, &colour));
    setForeground(m_state, colour);
    const QString lastError = status.shownLastError();
    const QDateTime lastErrorAt = status.shownLastErrorAt();
    m_lastError->setText(lastError.isEmpty() ? none()
            : lastErrorAt.isValid()          ? tr("%1 (%2)").arg(
                           lastError, QLocale().toString(lastErrorAt.toLocalTime(), QLocale::ShortFormat))
                                    : lastError);
    updateSendRate(status.health, now);
    updateChart(status.hours, now);
}

void OverviewPanel::showError(const QString &message)
{
    m_state->setText(tr("error"));
    setForeground(m_state, kRed);
    m_lastError->setText(message);
}

// As `qadctl status` gives it: kept with the outcomes, so the same whichever process streams, and there at
// once.
void OverviewPanel::updateSendRate(const DeliveryHealth &health, const QDateTime &now)
{
    m_sendRate->setText(tr("%1/s").arg(QLocale().toString(health.sendRate(now), 'f', 1)));
}

void OverviewPanel::updateChart(const QList<HourlyCounters> &newestFirst, const QDateTime &now)
{
    const QList<HourlyCounters> hours = lastHours(newestFirst, now, kChartHours);
    QList<std::pair<QString, qreal>> labels; // (label, bar)
    qint64 highest = 0;
    StatusCounters total;
    for (int i = 0; i < hours.size(); ++i) {
        const StatusCounters &c = hours.at(i).counters;
        total.activated += c.activated;
        total.excluded += c.excluded;
        total.failed += c.failed;
        const QTime local = hours.at(i).hour.toLocalTime().time();
        if (local.hour() % 3 == 0) {
            labels.append({ local.toString(QStringLiteral("HH")), qreal(i) });
        }
        const auto put = [i](QBarSet *set, qint64 value) {
            if (set->at(i) != qreal(value)) {
                set->replace(i, qreal(value));
            }
        };
        put(m_activatedSet, c.activated);
        put(m_excludedSet, c.excluded);
        put(m_failedSet, c.failed);
        highest = std::max(highest, c.activated + c.excluded + c.failed);
    }
    QList<std::pair<QString, qreal>> shown; // the labels where they stand now: an hour later, each moves
    for (const QString &label : m_hoursAxis->categoriesLabels()) {
        shown.append({ label, m_hoursAxis->endValue(label) });
    }
    if (shown != labels) {
        for (const QString &old : m_hoursAxis->categoriesLabels()) {
            m_hoursAxis->remove(old);
        }
        for (const auto &[label, bar] : std::as_const(labels)) {
            m_hoursAxis->append(label, bar); // a label repeated by a daylight-saving change is left out
        }
    }
    // The picture in words, for a screen reader.
    m_chartView->setAccessibleDescription(
        tr("%1 activated, %2 excluded, %3 failed", "identities, summed over the chart's 24 hours")
            .arg(QLocale().toString(total.activated), QLocale().toString(total.excluded),
                QLocale().toString(total.failed)));
    // Kept while the highest bar fits and still fills half of it, so the axis does not jump at each refresh.
    const CountRange range = countRange(highest);
    if (m_countAxis->max() < qreal(highest) || m_countAxis->max() > 2 * qreal(range.top)) {
        setCountRange(m_countAxis, range);
    }
}

void OverviewPanel::updateStreamingControls()
{
    const bool streaming = m_destination && m_streams.isStreaming(m_destination->id);
    m_sourceEdit->setEnabled(m_destination && !streaming);
    m_browseButton->setEnabled(m_destination && !streaming);
    m_startButton->setEnabled(m_destination && !streaming && !m_sourceEdit->text().trimmed().isEmpty());
    m_stopButton->setEnabled(streaming);
}

void OverviewPanel::showLeftOut()
{
    if (!m_destination) {
        return;
    }
    auto *dialog = new LeftOutDialog(m_ctx, *m_destination, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OverviewPanel::browseForSource()
{
    const QString current = m_sourceEdit->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Profile File"),
        current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
        tr("Profile updates (*.ndjson *.jsonl *.json);;All files (*)"));
    if (!path.isEmpty()) {
        m_sourceEdit->setText(path);
    }
}

void OverviewPanel::startStreaming()
{
    if (!m_destination) {
        return;
    }
    const QString path = m_sourceEdit->text().trimmed();
    m_sources.insert(m_destination->id, path);
    m_streamMessage->setText(tr("Starting to stream %1…").arg(QFileInfo(path).fileName()));
    m_runLabel->clear();
    m_streams.start(*m_destination, path);
    updateStreamingControls();
}

void OverviewPanel::stopStreaming()
{
    if (!m_destination) {
        return;
    }
    m_streamMessage->setText(tr("Stopping: in-flight activations are finished or kept…"));
    m_streams.stop(m_destination->id);
}

void OverviewPanel::onProgress(const QString &destinationId, const RunProgress &progress)
{
    if (m_destination && destinationId == m_destination->id) {
        m_runLabel->setText(progressText(progress));
    }
}

void OverviewPanel::onMessage(const QString &destinationId, const QString &text)
{
    if (m_destination && destinationId == m_destination->id) {
        m_streamMessage->setText(text);
    }
}

void OverviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void OverviewPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

} // namespace qad::ui
