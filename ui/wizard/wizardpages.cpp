#include "wizard/wizardpages.h"

#include "config/validation.h"
#include "wizard/destinationwizard.h"
#include "wizard/fieldmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace qad::ui {

namespace {

constexpr int kMaxDelayMinutes = 7 * 24 * 60;
// Wider than what validation accepts, so an out-of-range number can be typed and is explained next to the
// field (as qadctl explains it) instead of being swallowed by the spin box.
constexpr int kRateLimitFieldMax = 9'999'999;
constexpr int kConcurrencyFieldMax = 999;
constexpr int kTimeoutFieldMax = 9999;

const DeliverySettings &deliveryDefaults()
{
    static const DeliverySettings defaults;
    return defaults;
}

bool isEnterKey(const QEvent *event)
{
    if (event->type() != QEvent::KeyPress) {
        return false;
    }
    const int key = static_cast<const QKeyEvent *>(event)->key();
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

} // namespace

QString isoDate(const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

DestinationPage::DestinationPage(DestinationWizard &wizard)
    : m_wizard(wizard)
{ }

QVBoxLayout *DestinationPage::introducedLayout(const QString &intro)
{
    auto *label = new QLabel(intro, this);
    label->setObjectName(QStringLiteral("introLabel"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addSpacing(label->fontMetrics().height() / 2);
    return layout;
}

// A delivery setting. The page follows its editor's text, not only its value: QSpinBox signals nothing while
// the text is empty, and an emptied field should say what to enter. (Leaving it puts the value back.)
class DeliverySpinBox : public QSpinBox
{
public:
    DeliverySpinBox(const QString &objectName, QString field, QString emptyMessage, int maximum)
        : m_field(std::move(field))
        , m_emptyMessage(std::move(emptyMessage))
    {
        setObjectName(objectName);
        setRange(0, maximum);
    }

    QLineEdit *editor() const { return lineEdit(); }
    const QString &field() const { return m_field; } // as validateDestination() names it
    const QString &emptyMessage() const { return m_emptyMessage; }
    bool isEmpty() const { return !hasAcceptableInput(); }
    // A stored value beyond the field's range is shown as it is, not clamped.
    void setStoredValue(int value)
    {
        setMaximum(std::max(maximum(), value));
        setValue(value);
    }

private:
    QString m_field;
    QString m_emptyMessage;
};

// --- Authenticate
// ---------------------------------------------------------------------------------------------

AuthenticatePage::AuthenticatePage(DestinationWizard &wizard)
    : DestinationPage(wizard)
    , m_username(new QLineEdit)
    , m_token(new QLineEdit)
    , m_showToken(new QCheckBox(tr("S&how token")))
    , m_authMode(new QComboBox)
    , m_message(new FieldMessage)
{
    setObjectName(QStringLiteral("authenticatePage"));
    setTitle(tr("Authenticate"));
    const QString intro
        = tr("Qualtrics accepts your user name with an API token (Basic authentication), or the token alone "
             "in an X-API-TOKEN header. The token is kept in the system keychain, never in a file.");

    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_showToken->setObjectName(QStringLiteral("showTokenCheck"));
    m_authMode->setObjectName(QStringLiteral("authModeCombo"));
    m_message->setObjectName(QStringLiteral("authMessage"));

    m_username->setPlaceholderText(tr("Required for Basic authentication"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_token->setPlaceholderText(m_wizard.isEditing()
            ? tr("Stored in the keychain — leave empty to keep it")
            : tr("Paste the token from Qualtrics: Account Settings, Qualtrics IDs, API"));
    m_token->setAccessibleName(tr("API token"));
    m_showToken->setToolTip(tr("Show the token as plain text while you check it"));
    m_authMode->addItem(tr("Basic: user name and API token"), int(AuthMode::Basic));
    m_authMode->addItem(tr("X-API-TOKEN header: API token only"), int(AuthMode::Header));

    auto *usernameLabel = new QLabel(tr("Qualtrics &user name:"));
    usernameLabel->setBuddy(m_username);
    auto *tokenLabel = new QLabel(tr("API &token:"));
    tokenLabel->setBuddy(m_token);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_showToken);

    auto *form = new QFormLayout;
    introducedLayout(intro)->addLayout(form);
    form->addRow(usernameLabel, m_username);
    form->addRow(tokenLabel, tokenRow);
    form->addRow(tr("&Authentication:"), m_authMode);
    form->addRow(m_message);
    setTabOrder(m_username, m_token);
    setTabOrder(m_token, m_showToken);
    setTabOrder(m_showToken, m_authMode);

    connect(m_showToken, &QCheckBox::toggled, this,
        [this](bool shown) { m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_username, &QLineEdit::textChanged, this, &AuthenticatePage::refreshMessage);
    connect(m_token, &QLineEdit::textChanged, this, &AuthenticatePage::refreshMessage);
    connect(m_authMode, &QComboBox::currentIndexChanged, this, [this] {
        const bool basic = AuthMode(m_authMode->currentData().toInt()) == AuthMode::Basic;
        m_username->setPlaceholderText(
            basic ? tr("Required for Basic authentication") : tr("Optional with header authentication"));
        refreshMessage();
    });
}

void AuthenticatePage::load(const Destination &destination)
{
    m_username->setText(destination.username);
    m_authMode->setCurrentIndex(m_authMode->findData(int(destination.authMode)));
    m_token->clear();
}

void AuthenticatePage::apply(Destination &destination) const
{
    destination.username = m_username->text().trimmed();
    destination.authMode = AuthMode(m_authMode->currentData().toInt());
}

QString AuthenticatePage::token() const
{
    return m_token->text().trimmed();
}

void AuthenticatePage::clearToken()
{
    m_token->clear();
}

QStringList AuthenticatePage::problems() const
{
    QStringList list;
    Destination probe;
    apply(probe);
    for (const ValidationIssue &issue : issuesFor(validateDestination(probe), QStringLiteral("username"))) {
        if (issue.isError()) {
            list.append(issue.message);
        }
    }
    const QString entered = token();
    if (entered.isEmpty() && !m_wizard.isEditing()) {
        list.append(tr("The API token is required: paste it from Qualtrics (Account Settings, Qualtrics IDs, "
                       "API)."));
    } else if (std::any_of(entered.cbegin(), entered.cend(), [](QChar c) { return c.isSpace(); })) {
        list.append(tr("The API token contains spaces or line breaks: paste only the token."));
    }
    return list;
}

void AuthenticatePage::refreshMessage()
{
    if (!m_attempted) {
        return;
    }
    const QStringList list = problems();
    if (list.isEmpty()) {
        m_message->clearMessage();
    } else {
        m_message->showMessage(FieldMessage::Severity::Error, list.join(QLatin1Char('\n')));
    }
}

bool AuthenticatePage::validatePage()
{
    m_attempted = true;
    refreshMessage();
    if (m_message->severity() != FieldMessage::Severity::Error) {
        return true;
    }
    Destination probe;
    apply(probe);
    const bool usernameBad = hasErrors(issuesFor(validateDestination(probe), QStringLiteral("username")));
    (usernameBad ? m_username : m_token)->setFocus();
    return false;
}

// --- Details
// --------------------------------------------------------------------------------------------------

DetailsPage::DetailsPage(DestinationWizard &wizard)
    : DestinationPage(wizard)
    , m_name(new QLineEdit)
    , m_description(new QLineEdit)
    , m_url(new QLineEdit)
    , m_nameMessage(new FieldMessage)
    , m_urlMessage(new FieldMessage)
    , m_rateLimit(
          new DeliverySpinBox(QStringLiteral("rateLimitSpin"), QStringLiteral("delivery.rateLimitPerMinute"),
              tr("Enter the rate limit in calls per minute, or 0 for no limit."), kRateLimitFieldMax))
    , m_concurrency(
          new DeliverySpinBox(QStringLiteral("concurrencySpin"), QStringLiteral("delivery.concurrency"),
              tr("Enter how many requests may be in flight at once; the default is %1.")
                  .arg(deliveryDefaults().concurrency),
              kConcurrencyFieldMax))
    , m_timeout(new DeliverySpinBox(QStringLiteral("timeoutSpin"), QStringLiteral("delivery.timeoutSeconds"),
          tr("Enter the timeout per attempt in seconds; the default is %1.")
              .arg(deliveryDefaults().timeoutSeconds),
          kTimeoutFieldMax))
    , m_rateLimitMessage(new FieldMessage)
    , m_concurrencyMessage(new FieldMessage)
    , m_timeoutMessage(new FieldMessage)
{
    setObjectName(QStringLiteral("detailsPage"));
    setTitle(tr("Destination details"));
    const QString intro
        = tr("Name the destination and paste the URL of the JSON Event trigger of your Qualtrics workflow, "
             "for example https://yourdatacenter.qualtrics.com/inbound-event/v1/events/json/"
             "triggers?urlTokenId=…");

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_nameMessage->setObjectName(QStringLiteral("nameMessage"));
    m_urlMessage->setObjectName(QStringLiteral("urlMessage"));
    m_name->setPlaceholderText(tr("For example: Onboarding survey"));
    m_description->setPlaceholderText(tr("Optional"));
    m_url->setPlaceholderText(
        tr("https://…qualtrics.com/inbound-event/v1/events/json/triggers?urlTokenId=…"));
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);

    // Delivery (SPEC §3, §6): the fields qadctl sets with --rate-limit, --concurrency and --timeout.
    m_rateLimitMessage->setObjectName(QStringLiteral("rateLimitMessage"));
    m_concurrencyMessage->setObjectName(QStringLiteral("concurrencyMessage"));
    m_timeoutMessage->setObjectName(QStringLiteral("timeoutMessage"));
    m_rateLimit->setSuffix(tr(" per minute"));
    // 0 reads as what it means, and thousands are grouped as the language writes them ("3,000 per minute").
    m_rateLimit->setSpecialValueText(tr("No limit", "the rate limit, at 0"));
    m_rateLimit->setGroupSeparatorShown(true);
    m_rateLimit->setSingleStep(100);
    m_rateLimit->setToolTip(
        tr("At most this many requests per minute to Qualtrics; 0 lifts the rate limit."));
    m_concurrency->setToolTip(tr("How many requests may wait for Qualtrics' answer at the same time."));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long one attempt may take before it counts as a timeout and is retried."));
    auto *rateLimitHint = new QLabel(tr("0 lifts the rate limit."));
    rateLimitHint->setObjectName(QStringLiteral("rateLimitHint"));
    m_rateLimit->setAccessibleDescription(rateLimitHint->text());

    auto *rateLimitLabel = new QLabel(tr("&Rate limit:"));
    rateLimitLabel->setObjectName(QStringLiteral("rateLimitLabel"));
    rateLimitLabel->setBuddy(m_rateLimit);
    auto *concurrencyLabel = new QLabel(tr("C&oncurrency:"));
    concurrencyLabel->setObjectName(QStringLiteral("concurrencyLabel"));
    concurrencyLabel->setBuddy(m_concurrency);
    auto *timeoutLabel = new QLabel(tr("&Timeout per attempt:"));
    timeoutLabel->setObjectName(QStringLiteral("timeoutLabel"));
    timeoutLabel->setBuddy(m_timeout);
    // Numbers keep their natural width; the messages below them may use the whole row.
    auto narrow = [](QWidget *field, QWidget *hint) {
        auto *row = new QHBoxLayout;
        row->addWidget(field);
        if (hint) {
            row->addWidget(hint, 1);
        } else {
            row->addStretch(1);
        }
        return row;
    };

    auto *delivery = new QGroupBox(tr("Delivery settings"));
    delivery->setObjectName(QStringLiteral("deliveryGroup"));
    auto *deliveryForm = new QFormLayout(delivery);
    deliveryForm->addRow(rateLimitLabel, narrow(m_rateLimit, rateLimitHint));
    deliveryForm->addRow(QString(), m_rateLimitMessage);
    deliveryForm->addRow(concurrencyLabel, narrow(m_concurrency, nullptr));
    deliveryForm->addRow(QString(), m_concurrencyMessage);
    deliveryForm->addRow(timeoutLabel, narrow(m_timeout, nullptr));
    deliveryForm->addRow(QString(), m_timeoutMessage);

    auto *form = new QFormLayout;
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(QString(), m_nameMessage);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("JSON event &URL:"), m_url);
    form->addRow(QString(), m_urlMessage);
    auto *layout = introducedLayout(intro);
    layout->addLayout(form);
    layout->addWidget(delivery);
    layout->addStretch(1);
    setTabOrder(m_name, m_description);
    setTabOrder(m_description, m_url);
    setTabOrder(m_url, m_rateLimit);
    setTabOrder(m_rateLimit, m_concurrency);
    setTabOrder(m_concurrency, m_timeout);

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_url, &QLineEdit::textEdited, this, [this] { m_urlTouched = true; });
    connect(m_name, &QLineEdit::textChanged, this, &DetailsPage::revalidate);
    connect(m_url, &QLineEdit::textChanged, this, &DetailsPage::revalidate);
    for (DeliverySpinBox *box : { m_rateLimit, m_concurrency, m_timeout }) {
        connect(box->editor(), &QLineEdit::textChanged, this, &DetailsPage::revalidate);
        connect(box, &QSpinBox::editingFinished, this, &DetailsPage::revalidate); // an emptied field restored
    }
}

void DetailsPage::load(const Destination &destination)
{
    m_name->setText(destination.name);
    m_description->setText(destination.description);
    m_url->setText(destination.url);
    m_rateLimit->setStoredValue(destination.delivery.rateLimitPerMinute);
    m_concurrency->setStoredValue(destination.delivery.concurrency);
    m_timeout->setStoredValue(destination.delivery.timeoutSeconds);
    revalidate();
}

void DetailsPage::apply(Destination &destination) const
{
    destination.name = m_name->text().trimmed();
    destination.description = m_description->text().trimmed();
    destination.url = m_url->text(); // exactly as pasted (SPEC §2)
    // The retry schedule is not edited here: it stays as stored (or the default).
    destination.delivery.rateLimitPerMinute = m_rateLimit->value();
    destination.delivery.concurrency = m_concurrency->value();
    destination.delivery.timeoutSeconds = m_timeout->value();
}

void DetailsPage::revalidate()
{
    const QList<ValidationIssue> nameIssues
        = validateName(m_name->text(), m_wizard.savedDestinations(), m_wizard.editingId());
    const QList<ValidationIssue> urlIssues = validateUrl(m_url->text());
    // An empty field the user has not reached yet gets a plain hint, not a red error.
    m_nameMessage->setIssues(nameIssues, !m_nameTouched && m_name->text().isEmpty());
    m_urlMessage->setIssues(urlIssues, !m_urlTouched && m_url->text().isEmpty());
    bool complete = !hasErrors(nameIssues) && !hasErrors(urlIssues);

    // The delivery rules are validateDestination()'s, as for qadctl; only their messages are picked here.
    Destination probe;
    apply(probe);
    const QList<ValidationIssue> all = validateDestination(probe);
    for (auto [box, message] : { std::pair { m_rateLimit, m_rateLimitMessage },
             std::pair { m_concurrency, m_concurrencyMessage }, std::pair { m_timeout, m_timeoutMessage } }) {
        // An emptied spin box still holds its last value, which it shows again when it loses focus.
        const QList<ValidationIssue> issues = issuesFor(all, box->field());
        complete = complete && !hasErrors(issues);
        if (box->isEmpty()) {
            message->showMessage(
                hasErrors(issues) ? FieldMessage::Severity::Error : FieldMessage::Severity::Info,
                box->emptyMessage());
        } else {
            message->setIssues(issues);
        }
    }
    // Only on a change: QWizard hides and shows the page for every completeChanged(), and showing a spin box
    // replaces half-typed text with its value.
    if (complete != m_complete) {
        m_complete = complete;
        Q_EMIT completeChanged();
    }
}

bool DetailsPage::isComplete() const
{
    return m_complete;
}

bool DetailsPage::validatePage()
{
    m_nameTouched = true;
    m_urlTouched = true;
    revalidate();
    const std::pair<FieldMessage *, QWidget *> fields[]
        = { { m_nameMessage, m_name }, { m_urlMessage, m_url }, { m_rateLimitMessage, m_rateLimit },
              { m_concurrencyMessage, m_concurrency }, { m_timeoutMessage, m_timeout } };
    for (const auto &[message, field] : fields) {
        if (message->severity() == FieldMessage::Severity::Error) {
            field->setFocus();
            break;
        }
    }
    return m_complete;
}

// --- Alerts
// ---------------------------------------------------------------------------------------------------

AlertsPage::AlertsPage(DestinationWizard &wizard)
    : DestinationPage(wizard)
    , m_flowRunStart(new QCheckBox(tr("Flow run sta&rt")))
    , m_flowRunSuccess(new QCheckBox(tr("Flow run s&uccess")))
    , m_flowRunFailure(new QCheckBox(tr("Flow run &failure")))
    , m_flowRunDelay(new QCheckBox(tr("Flow run &delay")))
    , m_flowRunDelayMinutes(new QSpinBox)
    , m_skippedRate(new QCheckBox(tr("Activation s&kipped rate exceeded")))
    , m_skippedRatePercent(new QDoubleSpinBox)
    , m_authenticationFailed(new QCheckBox(tr("&Authentication failed")))
{
    setObjectName(QStringLiteral("alertsPage"));
    setTitle(tr("Alerts"));
    const QString intro
        = tr("Choose what to be told about. Alerts appear in the alert list and as desktop notifications.");

    m_flowRunStart->setObjectName(QStringLiteral("flowRunStartCheck"));
    m_flowRunSuccess->setObjectName(QStringLiteral("flowRunSuccessCheck"));
    m_flowRunFailure->setObjectName(QStringLiteral("flowRunFailureCheck"));
    m_flowRunDelay->setObjectName(QStringLiteral("flowRunDelayCheck"));
    m_flowRunDelayMinutes->setObjectName(QStringLiteral("flowRunDelaySpin"));
    m_skippedRate->setObjectName(QStringLiteral("skippedRateCheck"));
    m_skippedRatePercent->setObjectName(QStringLiteral("skippedRateSpin"));
    m_authenticationFailed->setObjectName(QStringLiteral("authenticationFailedCheck"));

    m_flowRunDelayMinutes->setRange(1, kMaxDelayMinutes);
    m_flowRunDelayMinutes->setSuffix(tr(" min"));
    m_flowRunDelayMinutes->setAccessibleName(tr("Flow run delay threshold in minutes"));
    m_skippedRatePercent->setRange(0.0, 100.0);
    m_skippedRatePercent->setDecimals(2);
    m_skippedRatePercent->setSingleStep(0.5);
    m_skippedRatePercent->setSuffix(tr(" %"));
    m_skippedRatePercent->setAccessibleName(tr("Skipped rate threshold in percent"));

    auto *grid = new QGridLayout;
    introducedLayout(intro)->addLayout(grid);
    int row = 0;
    auto addAlert = [&](QCheckBox *check, const QString &description, QWidget *threshold = nullptr) {
        auto *text = new QLabel(description);
        text->setWordWrap(true);
        grid->addWidget(check, row, 0);
        grid->addWidget(text, row, 1);
        if (threshold) {
            grid->addWidget(threshold, row, 2);
            connect(check, &QCheckBox::toggled, threshold, &QWidget::setEnabled);
        }
        ++row;
    };
    addAlert(m_flowRunStart, tr("Streaming to this destination started."));
    addAlert(m_flowRunSuccess, tr("An hour passed without a failed activation."));
    addAlert(m_flowRunFailure, tr("An activation failed for good: it will not be retried."));
    addAlert(m_flowRunDelay, tr("An activation has been waiting longer than:"), m_flowRunDelayMinutes);
    addAlert(m_skippedRate, tr("More of the profiles received over the last hour were excluded than:"),
        m_skippedRatePercent);
    addAlert(m_authenticationFailed,
        tr("Qualtrics refused the token: the destination pauses, keeping its queue, until you fix it."));
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(row, 1);
}

void AlertsPage::load(const Destination &destination)
{
    const AlertSettings &a = destination.alerts;
    m_flowRunStart->setChecked(a.flowRunStart);
    m_flowRunSuccess->setChecked(a.flowRunSuccess);
    m_flowRunFailure->setChecked(a.flowRunFailure);
    m_flowRunDelay->setChecked(a.flowRunDelay);
    m_flowRunDelayMinutes->setValue(a.flowRunDelayMinutes);
    m_flowRunDelayMinutes->setEnabled(a.flowRunDelay);
    m_skippedRate->setChecked(a.skippedRateExceeded);
    m_skippedRatePercent->setValue(a.skippedRatePercent);
    m_skippedRatePercent->setEnabled(a.skippedRateExceeded);
    m_authenticationFailed->setChecked(a.authenticationFailed);
}

void AlertsPage::apply(Destination &destination) const
{
    AlertSettings &a = destination.alerts;
    a.flowRunStart = m_flowRunStart->isChecked();
    a.flowRunSuccess = m_flowRunSuccess->isChecked();
    a.flowRunFailure = m_flowRunFailure->isChecked();
    a.flowRunDelay = m_flowRunDelay->isChecked();
    a.flowRunDelayMinutes = m_flowRunDelayMinutes->value();
    a.skippedRateExceeded = m_skippedRate->isChecked();
    a.skippedRatePercent = m_skippedRatePercent->value();
    a.authenticationFailed = m_authenticationFailed->isChecked();
}

// --- Audiences
// ------------------------------------------------------------------------------------------------

AudiencesPage::AudiencesPage(DestinationWizard &wizard)
    : DestinationPage(wizard)
    , m_id(new QComboBox)
    , m_name(new QLineEdit)
    , m_hasStart(new QCheckBox(tr("S&tart date:")))
    , m_start(new QDateEdit)
    , m_hasEnd(new QCheckBox(tr("&End date:")))
    , m_end(new QDateEdit)
    , m_add(new QPushButton(tr("&Add audience")))
    , m_loadProfile(new QPushButton(tr("&Load profile…")))
    , m_profileStatus(new FieldMessage)
    , m_list(new QTreeWidget)
    , m_remove(new QPushButton(tr("&Remove audience")))
    , m_message(new FieldMessage)
    , m_exportOn(new QComboBox)
{
    setObjectName(QStringLiteral("audiencesPage"));
    setTitle(tr("Audiences"));
    const QString intro
        = tr("Add the Experience Platform audiences whose members start the workflow: type an audience id, "
             "or load a profile file and pick one of its ids. Adding an id again replaces it.");

    m_id->setObjectName(QStringLiteral("audienceIdCombo"));
    m_name->setObjectName(QStringLiteral("audienceNameEdit"));
    m_hasStart->setObjectName(QStringLiteral("startDateCheck"));
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_hasEnd->setObjectName(QStringLiteral("endDateCheck"));
    m_end->setObjectName(QStringLiteral("endDateEdit"));
    m_add->setObjectName(QStringLiteral("addAudienceButton"));
    m_loadProfile->setObjectName(QStringLiteral("loadProfileButton"));
    m_profileStatus->setObjectName(QStringLiteral("audienceProfileStatus"));
    m_list->setObjectName(QStringLiteral("audienceList"));
    m_remove->setObjectName(QStringLiteral("removeAudienceButton"));
    m_message->setObjectName(QStringLiteral("audienceMessage"));
    m_exportOn->setObjectName(QStringLiteral("exportOnCombo"));

    m_id->setEditable(true);
    m_id->setInsertPolicy(QComboBox::NoInsert);
    m_id->setMinimumContentsLength(36);
    // Marked as an example: an id alone read as one already entered.
    m_id->lineEdit()->setPlaceholderText(
        tr("For example: %1").arg(QStringLiteral("046456e3-18e1-48a6-9bda-d68547861283")));
    m_id->setToolTip(tr("The audience id from Experience Platform (Audiences, audience details)"));
    m_name->setPlaceholderText(tr("Shown in history and alerts"));
    for (QDateEdit *edit : { m_start, m_end }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
    }
    m_start->setAccessibleName(tr("Start date"));
    m_end->setAccessibleName(tr("End date"));
    m_hasStart->setToolTip(tr("Leave unticked for no start date"));
    m_hasEnd->setToolTip(tr("Leave unticked for no end date"));
    connect(m_hasStart, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);

    m_list->setColumnCount(4);
    m_list->setHeaderLabels({ tr("Audience id"), tr("Name"), tr("Start"), tr("End") });
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // The id and dates as wide as they are; the name takes the rest (the end date used to).
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Selected audiences"));
    m_remove->setEnabled(false);

    m_exportOn->addItem(
        tr("its audience membership or a mapped value changes"), int(ExportOn::MembershipOrAttributes));
    m_exportOn->addItem(tr("its audience membership changes"), int(ExportOn::MembershipOnly));

    auto *idLabel = new QLabel(tr("Audience &id:"));
    idLabel->setBuddy(m_id);
    auto *nameLabel = new QLabel(tr("Audience na&me:"));
    nameLabel->setBuddy(m_name);
    auto *form = new QGridLayout;
    form->addWidget(idLabel, 0, 0);
    form->addWidget(m_id, 0, 1, 1, 3);
    form->addWidget(nameLabel, 1, 0);
    form->addWidget(m_name, 1, 1, 1, 3);
    form->addWidget(m_hasStart, 2, 0);
    form->addWidget(m_start, 2, 1);
    form->addWidget(m_hasEnd, 2, 2, Qt::AlignRight);
    form->addWidget(m_end, 2, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_loadProfile);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    auto *exportOnRow = new QFormLayout;
    exportOnRow->addRow(tr("Send a profile &when:"), m_exportOn);

    auto *layout = introducedLayout(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_profileStatus);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    layout->addLayout(exportOnRow);

    setTabOrder(m_id, m_name);
    setTabOrder(m_name, m_hasStart);
    setTabOrder(m_hasStart, m_start);
    setTabOrder(m_start, m_hasEnd);
    setTabOrder(m_hasEnd, m_end);
    setTabOrder(m_end, m_add);
    setTabOrder(m_add, m_loadProfile);
    setTabOrder(m_loadProfile, m_remove);
    setTabOrder(m_remove, m_list);
    setTabOrder(m_list, m_exportOn);

    // Enter in the id or name field adds the audience instead of going to the next page. The editable
    // combo box keeps the focus and hands keys to its line edit directly (past any filter on it), so the
    // filter watches the combo box itself.
    m_id->installEventFilter(this);
    m_name->installEventFilter(this);
    m_list->installEventFilter(this);

    connect(m_add, &QPushButton::clicked, this, &AudiencesPage::addAudience);
    connect(m_remove, &QPushButton::clicked, this, &AudiencesPage::removeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *current) { m_remove->setEnabled(current != nullptr); });
    connect(m_loadProfile, &QPushButton::clicked, this, [this] {
        const std::optional<Status> loaded = m_wizard.chooseProfileFile(this);
        if (loaded && !loaded->ok()) {
            m_profileStatus->showMessage(FieldMessage::Severity::Error, loaded->error().message);
        }
    });
    connect(&m_wizard, &DestinationWizard::profileFileLoaded, this, &AudiencesPage::refreshProfileIds);
}

void AudiencesPage::load(const Destination &destination)
{
    m_audiences = destination.audiences;
    m_exportOn->setCurrentIndex(m_exportOn->findData(int(destination.exportOn)));
    rebuildList();
    showEmptyHint();
}

void AudiencesPage::apply(Destination &destination) const
{
    destination.audiences = m_audiences;
    destination.exportOn = ExportOn(m_exportOn->currentData().toInt());
}

bool AudiencesPage::hasUnappliedInput() const
{
    return !m_id->currentText().trimmed().isEmpty() || !m_name->text().trimmed().isEmpty();
}

bool AudiencesPage::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_id || watched == m_name) && isEnterKey(event)
        && !m_id->currentText().trimmed().isEmpty()) {
        addAudience();
        return true;
    }
    if (watched == m_list && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete && m_list->currentItem()) {
        removeSelected();
        return true;
    }
    return DestinationPage::eventFilter(watched, event);
}

void AudiencesPage::addAudience()
{
    Audience audience;
    audience.id = m_id->currentText().trimmed();
    audience.name = m_name->text().trimmed();
    if (m_hasStart->isChecked()) {
        audience.startDate = m_start->date();
    }
    if (m_hasEnd->isChecked()) {
        audience.endDate = m_end->date();
    }
    Destination probe;
    probe.audiences = { audience };
    const QList<ValidationIssue> issues
        = issuesWithPrefix(validateDestination(probe), QStringLiteral("audiences[0]."));
    if (hasErrors(issues)) {
        m_message->setIssues(issues);
        m_id->setFocus();
        return;
    }
    const auto existing = std::find_if(
        m_audiences.begin(), m_audiences.end(), [&](const Audience &a) { return a.id == audience.id; });
    const bool replaced = existing != m_audiences.end();
    if (replaced) {
        *existing = audience;
    } else {
        m_audiences.append(audience);
    }
    rebuildList();
    if (issues.isEmpty()) {
        m_message->showMessage(FieldMessage::Severity::Info,
            replaced ? tr("Audience %1 updated.").arg(audience.id)
                     : tr("Audience %1 added.").arg(audience.id));
    } else {
        m_message->setIssues(issues);
    }
    m_id->setEditText(QString());
    m_name->clear();
    m_hasStart->setChecked(false);
    m_hasEnd->setChecked(false);
    m_id->setFocus();
}

void AudiencesPage::removeSelected()
{
    const int index = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (index < 0 || index >= m_audiences.size()) {
        return;
    }
    const QString id = m_audiences.takeAt(index).id;
    rebuildList();
    m_message->showMessage(FieldMessage::Severity::Info, tr("Audience %1 removed.").arg(id));
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(std::min(index, m_list->topLevelItemCount() - 1)));
        m_list->setFocus();
    } else {
        m_id->setFocus();
        showEmptyHint();
    }
}

void AudiencesPage::rebuildList()
{
    m_list->clear();
    for (const Audience &audience : std::as_const(m_audiences)) {
        const QString none = tr("none");
        auto *item = new QTreeWidgetItem(
            { audience.id, audience.name, audience.startDate ? isoDate(audience.startDate) : none,
                audience.endDate ? isoDate(audience.endDate) : none });
        m_list->addTopLevelItem(item);
    }
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

void AudiencesPage::refreshProfileIds()
{
    const std::optional<ProfileFile> &file = m_wizard.profileFile();
    if (!file) {
        return;
    }
    const QString typed = m_id->currentText();
    const QStringList ids = file->audienceIds();
    m_id->clear();
    m_id->addItems(ids);
    m_id->setEditText(typed);
    m_profileStatus->showMessage(FieldMessage::Severity::Info,
        ids.isEmpty()
            ? tr("%1. It holds no audience membership (segmentMembership.ups): type the audience id.")
                  .arg(m_wizard.profileFileSummary())
            : tr("%1. %n audience id(s) found: pick one from the Audience id list.", "", int(ids.size()))
                  .arg(m_wizard.profileFileSummary()));
}

void AudiencesPage::showEmptyHint()
{
    if (m_audiences.isEmpty() && m_message->severity() != FieldMessage::Severity::Error) {
        m_message->showMessage(FieldMessage::Severity::Info,
            tr("No audience is selected yet: nothing is sent until you add at least one."));
    }
}

bool AudiencesPage::validatePage()
{
    const QString typed = m_id->currentText().trimmed();
    if (!typed.isEmpty() && std::none_of(m_audiences.cbegin(), m_audiences.cend(), [&](const Audience &a) {
            return a.id == typed;
        })) {
        m_message->showMessage(FieldMessage::Severity::Error,
            tr("The audience id %1 is typed but not added: press Add audience, or clear the field.")
                .arg(typed));
        m_add->setFocus();
        return false;
    }
    if (typed.isEmpty() && !m_name->text().trimmed().isEmpty()) {
        m_message->showMessage(FieldMessage::Severity::Error,
            tr("An audience name is typed without its id: enter the id and press Add audience, or clear the "
               "name."));
        m_id->setFocus();
        return false;
    }
    Destination probe;
    apply(probe);
    const QList<ValidationIssue> issues
        = issuesWithPrefix(validateDestination(probe), QStringLiteral("audiences"));
    if (hasErrors(issues)) {
        m_message->setIssues(issues);
        return false;
    }
    return true;
}

} // namespace qad::ui
