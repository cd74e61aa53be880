#pragma once

#include "config/validation.h"
#include "delivery/credentialcheck.h"
#include "wizard/wizardpages.h"

class QPlainTextEdit;
class QPushButton;

namespace qad::ui {

class FieldMessage;

// Step 6: a summary, a non-blocking credential check (whoami, SPEC §2) and Save.
class ReviewPage : public DestinationPage
{
    Q_OBJECT
public:
    // What a validation issue's field is called on the wizard's pages ("audiences[1].id" → "Audience 2").
    static QString fieldName(const QString &field);
    // "Name: Another destination…", one line per error: each field as the wizard names it, in the interface's
    // language (qadctl's issueLines() name them by their keys in the file).
    static QStringList errorLines(const QList<ValidationIssue> &issues);
    explicit ReviewPage(DestinationWizard &wizard);
    void load(const Destination &destination) override;
    void apply(Destination &destination) const override;
    void initializePage() override;

    void showSaveError(const QString &message);

private:
    QString summary(const Destination &destination) const;
    void verify();
    void showCheck(const CredentialCheck &check);

    QPlainTextEdit *m_summary;
    QPushButton *m_verify;
    FieldMessage *m_verifyResult;
    FieldMessage *m_saveMessage;
    CredentialChecker *m_checker;
    QString m_expectedUser; // Basic auth: the user name the token should belong to
};

} // namespace qad::ui
