#pragma once

#include "config/validation.h"
#include "wizard/wizardpages.h"

#include <QList>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;
class QVBoxLayout;

namespace qad::ui {

class FieldMessage;
class IdentityRow;
class AttributeRow;

// Step 5: identity rows (source namespace -> email / external_id) and attribute rows (profile path -> target,
// with the camelCase hint and a one-click Fix), next to a live preview of the §6 payload built from the
// loaded profile or a generated sample. Rows are numbered in their objectNames ("identitySource_0",
// "attributeTarget_1", "fixTarget_1", …); a row left entirely empty is ignored.
class MappingPage : public DestinationPage
{
    Q_OBJECT
public:
    explicit MappingPage(DestinationWizard &wizard);
    ~MappingPage() override;

    void load(const Destination &destination) override;
    void apply(Destination &destination) const override;
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    int identityRowCount() const { return int(m_identityRows.size()); }
    int attributeRowCount() const { return int(m_attributeRows.size()); }

private:
    IdentityRow *addIdentityRow(const IdentityMapping &mapping);
    AttributeRow *addAttributeRow(const AttributeMapping &mapping);
    void removeIdentityRow(IdentityRow *row);
    void removeAttributeRow(AttributeRow *row);
    void renumberRows();
    void updateTabOrder();
    void refreshSuggestions();
    void refresh();
    void updatePreview(const Destination &draft, const QList<ValidationIssue> &issues);

    QList<IdentityRow *> m_identityRows;
    QList<AttributeRow *> m_attributeRows;
    QVBoxLayout *m_identityLayout;
    QVBoxLayout *m_attributeLayout;
    QPushButton *m_addIdentity;
    QPushButton *m_addAttribute;
    QPushButton *m_loadProfile;
    FieldMessage *m_profileStatus;
    FieldMessage *m_message;
    QPlainTextEdit *m_preview;
    QLabel *m_previewSource;
    QStringListModel *m_paths; // completion for attribute sources
    QStringList m_namespaces; // suggestions for identity sources
    bool m_loading = false;
    bool m_complete = false;
};

} // namespace qad::ui
