#pragma once

#include "config/validation.h"

#include <QLabel>
#include <QList>
#include <QString>

namespace qad::ui {

// A message shown next to a field: red for an error (blocks Next), amber for a warning, green for success,
// plain for a hint. Hidden when empty. The severity is also a property ("severity": "error", "warning",
// "success", "info" or empty) and a leading symbol, so colour is never the only cue.
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    enum class Severity { None, Info, Success, Warning, Error };
    Q_ENUM(Severity)

    explicit FieldMessage(QWidget *parent = nullptr);

    void showMessage(Severity severity, const QString &text);
    void clearMessage() { showMessage(Severity::None, {}); }
    // Errors first, then warnings, one per line. `quiet` shows errors as plain hints: used for a field the
    // user has not touched yet, so an empty form does not start out red.
    void setIssues(const QList<ValidationIssue> &issues, bool quiet = false);
    Severity severity() const { return m_severity; }

    // As tall as its text at the width it has: a wrapped label would otherwise ask for the height of the
    // narrow width it can shrink to, which a form (or a wizard page, which lays out without heights for
    // widths) gives it, leaving a one-line message in a band of empty lines.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QSize fitted(QSize hint) const;

    Severity m_severity = Severity::None;
};

// The issues of exactly `field` (e.g. "url"), or of every field starting with `prefix` ("attributes[2].").
QList<ValidationIssue> issuesFor(const QList<ValidationIssue> &issues, const QString &field);
QList<ValidationIssue> issuesWithPrefix(const QList<ValidationIssue> &issues, const QString &prefix);

} // namespace qad::ui
