#pragma once

#include "config/destination.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace qad {

struct ValidationIssue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString field; // e.g. "url", "attributes[2].target"
    QString message; // what is wrong and how to fix it

    bool isError() const { return severity == Severity::Error; }
    QString toString() const; // "url: …"
};

// Validates a destination (SPEC §3). `others` are the other saved destinations, for name uniqueness.
QList<ValidationIssue> validateDestination(
    const Destination &destination, const QList<Destination> &others = {});
bool hasErrors(const QList<ValidationIssue> &issues);
// The lines "field: message" of every error (`errors`) or every warning, the field by its key in the file.
QStringList issueLines(const QList<ValidationIssue> &issues, bool errors = true);

// Field-level checks, reused by the wizard to show a message next to the field as the user types.
QList<ValidationIssue> validateName(
    const QString &name, const QList<Destination> &others, const QString &selfId);
QList<ValidationIssue> validateUrl(const QString &url);
bool isLoopbackHost(const QString &host);
// camelCase suggestion for an attribute target ("First Name.home_phone" -> "firstName.homePhone").
QString camelCaseTarget(const QString &target);

} // namespace qad
