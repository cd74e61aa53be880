#include "wizard/reviewpage.h"

#include "config/validation.h"
#include "wizard/destinationwizard.h"
#include "wizard/fieldmessage.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHash>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace qad::ui {

ReviewPage::ReviewPage(DestinationWizard &wizard)
    : DestinationPage(wizard)
    , m_summary(new QPlainTextEdit)
    , m_verify(new QPushButton(tr("&Verify credentials")))
    , m_verifyResult(new FieldMessage)
    , m_saveMessage(new FieldMessage)
    , m_checker(new CredentialChecker(nullptr, this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    const QString intro
        = tr("Check the destination, optionally verify the token with Qualtrics (no workflow is started), "
             "then save.");

    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_saveMessage->setObjectName(QStringLiteral("saveMessage"));
    m_summary->setReadOnly(true);
    m_summary->setTabChangesFocus(true);
    m_summary->setAccessibleName(tr("Summary"));
    m_verify->setAutoDefault(false);
    m_verify->setToolTip(
        tr("Asks Qualtrics who the token belongs to (GET /API/v3/whoami on the URL's host)"));

    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify);
    verifyRow->addWidget(m_verifyResult, 1);
    verifyRow->addStretch(); // the button keeps its own width while no result is shown
    auto *layout = introducedLayout(intro);
    layout->addWidget(m_summary, 1);
    layout->addLayout(verifyRow);
    layout->addWidget(m_saveMessage);

    connect(m_verify, &QPushButton::clicked, this, &ReviewPage::verify);
    connect(m_checker, &CredentialChecker::finished, this, &ReviewPage::showCheck);
}

void ReviewPage::load(const Destination &) { }

void ReviewPage::apply(Destination &) const { }

void ReviewPage::initializePage()
{
    m_checker->cancel();
    m_verifyResult->clearMessage();
    m_saveMessage->clearMessage();
    m_summary->setPlainText(summary(m_wizard.draft()));
}

void ReviewPage::showSaveError(const QString &message)
{
    m_saveMessage->showMessage(FieldMessage::Severity::Error, message);
}

QString ReviewPage::fieldName(const QString &field)
{
    static const QRegularExpression indexed(
        QStringLiteral("^(identities|attributes|audiences)\\[(\\d+)\\]\\.(\\w+)$"));
    if (const QRegularExpressionMatch m = indexed.match(field); m.hasMatch()) {
        const int n = m.captured(2).toInt() + 1;
        const QString list = m.captured(1);
        const QString member = m.captured(3);
        if (list == u"identities") {
            return tr("Identity %1").arg(n);
        }
        if (list == u"attributes") {
            return member == u"target" ? tr("Attribute %1, target").arg(n)
                                       : tr("Attribute %1, source").arg(n);
        }
        return member == u"endDate" ? tr("Audience %1, end date").arg(n) : tr("Audience %1").arg(n);
    }
    if (field.startsWith(QLatin1String("delivery.retry"))) {
        return tr("Retry schedule");
    }
    static const QHash<QString, const char *> names {
        { QStringLiteral("name"), QT_TR_NOOP("Name") },
        { QStringLiteral("url"), QT_TR_NOOP("JSON event URL") },
        { QStringLiteral("username"), QT_TR_NOOP("Qualtrics user name") },
        { QStringLiteral("identities"), QT_TR_NOOP("Identities") },
        { QStringLiteral("audiences"), QT_TR_NOOP("Audiences") },
        { QStringLiteral("delivery.rateLimitPerMinute"), QT_TR_NOOP("Rate limit") },
        { QStringLiteral("delivery.concurrency"), QT_TR_NOOP("Concurrency") },
        { QStringLiteral("delivery.timeoutSeconds"), QT_TR_NOOP("Timeout per attempt") },
        { QStringLiteral("alerts.flowRunDelayMinutes"), QT_TR_NOOP("Flow run delay") },
        { QStringLiteral("alerts.skippedRatePercent"), QT_TR_NOOP("Activation skipped rate exceeded") },
    };
    const auto name = names.constFind(field);
    return name == names.cend() ? field : tr(*name);
}

QStringList ReviewPage::errorLines(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues) {
        if (issue.isError()) {
            lines.append(tr("%1: %2", "a field's name, then what is wrong with it")
                             .arg(fieldName(issue.field), issue.message));
        }
    }
    return lines;
}

QString ReviewPage::summary(const Destination &d) const
{
    // Numbers as the interface's language writes them ("1,5", "3 000" in French): qad makes its locale the
    // default.
    const QLocale locale;
    QStringList lines;
    lines << tr("Name: %1").arg(d.name);
    lines << tr("Description: %1").arg(d.description.isEmpty() ? tr("none") : d.description);
    lines << tr("JSON event URL: %1").arg(d.url);
    lines << (d.authMode == AuthMode::Basic ? tr("Authentication: Basic, as %1").arg(d.username)
                                            : tr("Authentication: X-API-TOKEN header"));
    if (!m_wizard.isEditing()) {
        lines << tr("API token: will be stored in the keychain");
    } else if (m_wizard.enteredToken().isEmpty()) {
        lines << tr("API token: kept as stored in the keychain");
    } else {
        lines << tr("API token: replaced in the keychain");
    }

    QStringList alerts;
    const AlertSettings &a = d.alerts;
    if (a.flowRunStart) {
        alerts << tr("flow run start");
    }
    if (a.flowRunSuccess) {
        alerts << tr("flow run success");
    }
    if (a.flowRunFailure) {
        alerts << tr("flow run failure");
    }
    if (a.flowRunDelay) {
        alerts << tr("flow run delay over %n minute(s)", "", a.flowRunDelayMinutes);
    }
    if (a.skippedRateExceeded) {
        alerts << tr("skipped rate over %1 %")
                      .arg(locale.toString(a.skippedRatePercent, 'g', QLocale::FloatingPointShortest));
    }
    if (a.authenticationFailed) {
        alerts << tr("authentication failed");
    }
    lines << tr("Alerts: %1").arg(alerts.isEmpty() ? tr("none") : alerts.join(QStringLiteral(", ")));

    lines
        << tr("Audiences: %1").arg(d.audiences.isEmpty() ? tr("none") : QString::number(d.audiences.size()));
    for (const Audience &audience : d.audiences) {
        QString line = QStringLiteral("  %1").arg(audience.id);
        if (!audience.name.isEmpty()) {
            line += QStringLiteral(" (%1)").arg(audience.name);
        }
        if (audience.startDate || audience.endDate) {
            line += QLatin1Char(' ')
                + tr("from %1 to %2")
                      .arg(audience.startDate ? isoDate(audience.startDate) : tr("any date"),
                          audience.endDate ? isoDate(audience.endDate) : tr("any date"));
        }
        lines << line;
    }
    lines << (d.exportOn == ExportOn::MembershipOrAttributes
            ? tr("Send a profile when its audience membership or a mapped value changes")
            : tr("Send a profile when its audience membership changes"));
    lines << tr("Identities:");
    for (const IdentityMapping &m : d.identities) {
        lines << QStringLiteral("  %1 → %2").arg(m.sourceNamespace, toString(m.target));
    }
    lines << tr("Attributes: %1").arg(d.attributes.isEmpty() ? tr("none") : QString());
    for (const AttributeMapping &m : d.attributes) {
        lines << QStringLiteral("  %1 → %2").arg(m.source, m.target);
    }
    const DeliverySettings &delivery = d.delivery;
    lines << tr("Delivery: %1, %2 in flight, %3 s timeout per attempt")
                 .arg(delivery.rateLimitPerMinute == 0
                         ? tr("no rate limit")
                         : tr("up to %1 per minute").arg(locale.toString(delivery.rateLimitPerMinute)),
                     locale.toString(delivery.concurrency), locale.toString(delivery.timeoutSeconds));

    const QList<ValidationIssue> issues = validateDestination(d, m_wizard.savedDestinations());
    if (!issues.isEmpty()) {
        lines << QString() << tr("To check before saving:");
        for (const ValidationIssue &issue : issues) {
            lines << QStringLiteral("  ")
                    + tr("%1 %2: %3",
                        "a problem to check before saving: %1 is \"Error:\" or \"Warning:\", "
                        "%2 the name of the field, %3 what is wrong with it")
                          .arg(issue.isError() ? tr("Error:") : tr("Warning:"), fieldName(issue.field),
                              issue.message);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void ReviewPage::verify()
{
    const Destination d = m_wizard.draft();
    QString token = m_wizard.enteredToken();
    if (token.isEmpty() && m_wizard.isEditing() && m_wizard.context().secrets) {
        SecretStore::ReadResult stored = m_wizard.context().secrets->read(d.id);
        if (stored.status != SecretStore::ReadStatus::Found) {
            m_verifyResult->showMessage(FieldMessage::Severity::Error, stored.error.message);
            return;
        }
        token = stored.secret;
        stored.secret.fill(QChar(0));
    }
    if (token.isEmpty()) {
        m_verifyResult->showMessage(
            FieldMessage::Severity::Error, tr("Enter the API token on the Authenticate page first."));
        return;
    }
    m_expectedUser = d.authMode == AuthMode::Basic ? d.username : QString();
    m_verifyResult->showMessage(
        FieldMessage::Severity::Info, tr("Checking the token with %1…").arg(QUrl(d.url).host()));
    m_checker->start(d.url, token, d.delivery.timeoutSeconds * 1000);
    token.fill(QChar(0));
}

void ReviewPage::showCheck(const CredentialCheck &check)
{
    switch (check.result) {
    case CredentialCheck::Result::Valid:
        if (!m_expectedUser.isEmpty() && !check.userName.isEmpty()
            && check.userName.compare(m_expectedUser, Qt::CaseInsensitive) != 0) {
            m_verifyResult->showMessage(FieldMessage::Severity::Warning,
                tr("%1\nThe token belongs to %2, but the user name on the Authenticate page is %3: Basic "
                   "authentication needs both to match. Correct the user name or the token.")
                    .arg(check.message, check.userName, m_expectedUser));
        } else {
            m_verifyResult->showMessage(FieldMessage::Severity::Success, check.message);
        }
        return;
    case CredentialCheck::Result::Invalid:
        m_verifyResult->showMessage(FieldMessage::Severity::Error,
            tr("Qualtrics refused the token (HTTP %1): check the token on the Authenticate page, and that "
               "the "
               "URL is on your organisation's data center.")
                .arg(check.httpStatus));
        return;
    case CredentialCheck::Result::Unreachable:
        m_verifyResult->showMessage(FieldMessage::Severity::Error, check.message);
        return;
    }
}

} // namespace qad::ui
