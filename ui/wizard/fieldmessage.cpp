#include "wizard/fieldmessage.h"

#include <QResizeEvent>
#include <QStringList>

namespace qad::ui {

namespace {

QString colourOf(FieldMessage::Severity severity)
{
    switch (severity) {
    case FieldMessage::Severity::Error:
        return QStringLiteral("#b3261e");
    case FieldMessage::Severity::Warning:
        return QStringLiteral("#8a5a00"); // amber, dark enough to read on a light background
    case FieldMessage::Severity::Success:
        return QStringLiteral("#1b6e20");
    case FieldMessage::Severity::Info:
    case FieldMessage::Severity::None:
        break;
    }
    return {};
}

QString propertyOf(FieldMessage::Severity severity)
{
    switch (severity) {
    case FieldMessage::Severity::Error:
        return QStringLiteral("error");
    case FieldMessage::Severity::Warning:
        return QStringLiteral("warning");
    case FieldMessage::Severity::Success:
        return QStringLiteral("success");
    case FieldMessage::Severity::Info:
        return QStringLiteral("info");
    case FieldMessage::Severity::None:
        break;
    }
    return {};
}

QString symbolOf(FieldMessage::Severity severity)
{
    switch (severity) {
    case FieldMessage::Severity::Error:
        return QStringLiteral("\u2716 ");
    case FieldMessage::Severity::Warning:
        return QStringLiteral("\u26A0 ");
    case FieldMessage::Severity::Success:
        return QStringLiteral("\u2714 ");
    case FieldMessage::Severity::Info:
    case FieldMessage::Severity::None:
        break;
    }
    return {};
}

} // namespace

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignLeft | Qt::AlignTop); // under its field, whatever height it is given
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

QSize FieldMessage::fitted(QSize hint) const
{
    if (width() > 0 && !text().isEmpty()) {
        hint.setHeight(heightForWidth(width()));
    }
    return hint;
}

QSize FieldMessage::sizeHint() const
{
    return fitted(QLabel::sizeHint());
}

QSize FieldMessage::minimumSizeHint() const
{
    return fitted(QLabel::minimumSizeHint());
}

void FieldMessage::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width()) {
        updateGeometry(); // its height follows the new width
    }
}

void FieldMessage::showMessage(Severity severity, const QString &text)
{
    if (text.isEmpty()) {
        severity = Severity::None;
    }
    m_severity = severity;
    setProperty("severity", propertyOf(severity));
    const QString colour = colourOf(severity);
    setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("QLabel { color: %1; }").arg(colour));
    const QString symbol = symbolOf(severity);
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        line.prepend(symbol);
    }
    setText(lines.join(QLatin1Char('\n')));
    setAccessibleDescription(text);
    setVisible(severity != Severity::None);
}

void FieldMessage::setIssues(const QList<ValidationIssue> &issues, bool quiet)
{
    QStringList errors;
    QStringList warnings;
    for (const ValidationIssue &issue : issues) {
        (issue.isError() ? errors : warnings).append(issue.message);
    }
    if (!errors.isEmpty()) {
        showMessage(quiet ? Severity::Info : Severity::Error, (errors + warnings).join(QLatin1Char('\n')));
    } else if (!warnings.isEmpty()) {
        showMessage(Severity::Warning, warnings.join(QLatin1Char('\n')));
    } else {
        clearMessage();
    }
}

QList<ValidationIssue> issuesFor(const QList<ValidationIssue> &issues, const QString &field)
{
    QList<ValidationIssue> result;
    for (const ValidationIssue &issue : issues) {
        if (issue.field == field) {
            result.append(issue);
        }
    }
    return result;
}

QList<ValidationIssue> issuesWithPrefix(const QList<ValidationIssue> &issues, const QString &prefix)
{
    QList<ValidationIssue> result;
    for (const ValidationIssue &issue : issues) {
        if (issue.field.startsWith(prefix)) {
            result.append(issue);
        }
    }
    return result;
}

} // namespace qad::ui
