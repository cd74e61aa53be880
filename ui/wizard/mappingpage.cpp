#include "wizard/mappingpage.h"

#include "mapping/payloadbuilder.h"
#include "mapping/sampleprofiles.h"
#include "profiles/profilereader.h"
#include "wizard/destinationwizard.h"
#include "wizard/fieldmessage.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace qad::ui {

namespace {

// The row widgets translate in the page's context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qad::ui::MappingPage)
};

// The same seed every time, so the sample values in the preview stay put while the user types.
constexpr quint32 kPreviewSeed = 20230905;

// Experience Platform's standard identity namespaces most often mapped (identity namespace overview).
QStringList standardNamespaces()
{
    return { QStringLiteral("Email"), QStringLiteral("ECID"), QStringLiteral("Phone"),
        QStringLiteral("CRMID"), QStringLiteral("AAID"), QStringLiteral("GAID"), QStringLiteral("IDFA") };
}

// Common paths of the XDM Individual Profile schema (short form), offered before a profile is loaded.
QStringList commonProfilePaths()
{
    return { QStringLiteral("person.name.firstName"), QStringLiteral("person.name.lastName"),
        QStringLiteral("person.name.middleName"), QStringLiteral("person.name.fullName"),
        QStringLiteral("person.birthDate"), QStringLiteral("person.gender"),
        QStringLiteral("personalEmail.address"), QStringLiteral("workEmail.address"),
        QStringLiteral("mobilePhone.number"), QStringLiteral("homePhone.number"),
        QStringLiteral("workPhone.number"), QStringLiteral("homeAddress.street1"),
        QStringLiteral("homeAddress.city"), QStringLiteral("homeAddress.postalCode"),
        QStringLiteral("homeAddress.stateProvince"), QStringLiteral("homeAddress.countryCode"),
        QStringLiteral("workAddress.city"), QStringLiteral("workAddress.countryCode"),
        QStringLiteral("preferredLanguage") };
}

QStringList merged(QStringList list)
{
    list.removeDuplicates();
    list.sort(Qt::CaseInsensitive);
    return list;
}

QToolButton *removeButton(const QString &accessibleName)
{
    auto *button = new QToolButton;
    button->setText(Tr::tr("Remove"));
    button->setToolTip(accessibleName);
    button->setAccessibleName(accessibleName);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

// One identity mapping: a source namespace of the profile's identityMap and the payload target.
class IdentityRow : public QWidget
{
public:
    IdentityRow()
        : source(new QComboBox)
        , target(new QComboBox)
        , remove(removeButton(Tr::tr("Remove this identity")))
        , hint(new FieldMessage)
    {
        source->setEditable(true);
        source->setInsertPolicy(QComboBox::NoInsert);
        source->setMinimumContentsLength(16);
        source->lineEdit()->setPlaceholderText(Tr::tr("Namespace"));
        source->setAccessibleName(Tr::tr("Source namespace"));
        target->addItem(toString(IdentityTarget::Email), int(IdentityTarget::Email));
        target->addItem(toString(IdentityTarget::ExternalId), int(IdentityTarget::ExternalId));
        target->setAccessibleName(Tr::tr("Target identity"));
        auto *arrow = new QLabel(QStringLiteral("→"));
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(source, 1);
        row->addWidget(arrow);
        row->addWidget(target);
        row->addWidget(remove);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addLayout(row);
        layout->addWidget(hint);
    }

    void setIndex(int index)
    {
        source->setObjectName(QStringLiteral("identitySource_%1").arg(index));
        target->setObjectName(QStringLiteral("identityTarget_%1").arg(index));
        remove->setObjectName(QStringLiteral("removeIdentity_%1").arg(index));
        hint->setObjectName(QStringLiteral("identityHint_%1").arg(index));
    }

    void setSuggestions(const QStringList &names)
    {
        const QString typed = source->currentText();
        const QSignalBlocker blocker(source);
        source->clear();
        source->addItems(names);
        source->setEditText(typed);
    }

    bool isBlank() const { return source->currentText().trimmed().isEmpty(); }
    IdentityMapping mapping() const
    {
        return { source->currentText().trimmed(), IdentityTarget(target->currentData().toInt()) };
    }
    void setTarget(IdentityTarget value) { target->setCurrentIndex(target->findData(int(value))); }

    QComboBox *source;
    QComboBox *target;
    QToolButton *remove;
    FieldMessage *hint;
    bool targetChosen = false; // once the user picks a target, typing a namespace no longer changes it
};

// One attribute mapping: a dotted profile path and a (dotted) payload target.
class AttributeRow : public QWidget
{
public:
    explicit AttributeRow(QStringListModel *paths)
        : source(new QLineEdit)
        , target(new QLineEdit)
        , fix(new QPushButton(Tr::tr("Fix")))
        , remove(removeButton(Tr::tr("Remove this attribute")))
        , hint(new FieldMessage)
    {
        auto *completer = new QCompleter(paths, source);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        source->setCompleter(completer);
        source->setPlaceholderText(QStringLiteral("person.name.firstName"));
        source->setAccessibleName(Tr::tr("Source profile path"));
        target->setPlaceholderText(QStringLiteral("firstName"));
        target->setAccessibleName(Tr::tr("Target field"));
        fix->setAutoDefault(false);
        fix->hide();
        auto *arrow = new QLabel(QStringLiteral("→"));
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(source, 3);
        row->addWidget(arrow);
        row->addWidget(target, 2);
        row->addWidget(fix);
        row->addWidget(remove);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addLayout(row);
        layout->addWidget(hint);
    }

    void setIndex(int index)
    {
        source->setObjectName(QStringLiteral("attributeSource_%1").arg(index));
        target->setObjectName(QStringLiteral("attributeTarget_%1").arg(index));
        fix->setObjectName(QStringLiteral("fixTarget_%1").arg(index));
        remove->setObjectName(QStringLiteral("removeAttribute_%1").arg(index));
        hint->setObjectName(QStringLiteral("attributeHint_%1").arg(index));
    }

    bool isBlank() const { return source->text().trimmed().isEmpty() && target->text().trimmed().isEmpty(); }
    AttributeMapping mapping() const { return { source->text().trimmed(), target->text().trimmed() }; }

    // Offers Fix only when camelCaseTarget() would change the target.
    void updateFix()
    {
        const QString current = target->text().trimmed();
        const QString suggestion = camelCaseTarget(current);
        const bool offer = !current.isEmpty() && !suggestion.isEmpty() && suggestion != current;
        fix->setToolTip(offer ? Tr::tr("Change the target to “%1”").arg(suggestion) : QString());
        fix->setAccessibleDescription(fix->toolTip());
        fix->setVisible(offer);
    }

    QLineEdit *source;
    QLineEdit *target;
    QPushButton *fix;
    QToolButton *remove;
    FieldMessage *hint;
};

MappingPage::MappingPage(DestinationWizard &wizard)
    : DestinationPage(wizard)
    , m_identityLayout(new QVBoxLayout)
    , m_attributeLayout(new QVBoxLayout)
    , m_addIdentity(new QPushButton(tr("Add &identity")))
    , m_addAttribute(new QPushButton(tr("Add a&ttribute")))
    , m_loadProfile(new QPushButton(tr("&Load profile…")))
    , m_profileStatus(new FieldMessage)
    , m_message(new FieldMessage)
    , m_preview(new QPlainTextEdit)
    , m_previewSource(new QLabel)
    , m_paths(new QStringListModel(this))
    , m_namespaces(standardNamespaces())
{
    setObjectName(QStringLiteral("mappingPage"));
    setTitle(tr("Mapping"));
    const QString intro
        = tr("Map at least one identity (Email to email, ECID or a custom namespace to external_id) and the "
             "profile attributes the workflow needs. The preview shows the JSON Qualtrics will receive.");

    m_addIdentity->setObjectName(QStringLiteral("addIdentityButton"));
    m_addAttribute->setObjectName(QStringLiteral("addAttributeButton"));
    m_loadProfile->setObjectName(QStringLiteral("mappingLoadProfileButton"));
    m_profileStatus->setObjectName(QStringLiteral("mappingProfileStatus"));
    m_message->setObjectName(QStringLiteral("mappingMessage"));
    m_preview->setObjectName(QStringLiteral("payloadPreview"));
    m_previewSource->setObjectName(QStringLiteral("previewSource"));
    for (QPushButton *button : { m_addIdentity, m_addAttribute, m_loadProfile }) {
        button->setAutoDefault(false);
    }

    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previewSource->setWordWrap(true);
    m_paths->setStringList(commonProfilePaths());

    auto *identities = new QGroupBox(tr("Identities"));
    auto *identityBox = new QVBoxLayout(identities);
    identityBox->addLayout(m_identityLayout);
    identityBox->addWidget(m_addIdentity, 0, Qt::AlignLeft);

    auto *attributes = new QGroupBox(tr("Attributes"));
    auto *attributeBox = new QVBoxLayout(attributes);
    auto *attributeHelp
        = new QLabel(tr("Source: a dotted profile path. Target: a field name, or a dotted path for "
                        "nested objects; Qualtrics recommends camelCase."));
    attributeHelp->setWordWrap(true);
    attributeBox->addWidget(attributeHelp);
    attributeBox->addLayout(m_attributeLayout);
    auto *attributeButtons = new QHBoxLayout;
    attributeButtons->addWidget(m_addAttribute);
    attributeButtons->addWidget(m_loadProfile);
    attributeButtons->addStretch();
    attributeBox->addLayout(attributeButtons);
    attributeBox->addWidget(m_profileStatus);

    auto *rows = new QWidget;
    auto *rowsLayout = new QVBoxLayout(rows);
    rowsLayout->addWidget(identities);
    rowsLayout->addWidget(attributes);
    rowsLayout->addWidget(m_message);
    rowsLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("mappingRows"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own, nameless: Tab goes from row to row, and the area scrolls to the one reached.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(rows);

    auto *previewLabel = new QLabel(tr("Payload &preview:"));
    previewLabel->setBuddy(m_preview);
    auto *previewBox = new QVBoxLayout;
    previewBox->addWidget(previewLabel);
    previewBox->addWidget(m_preview, 1);
    previewBox->addWidget(m_previewSource);

    auto *layout = new QHBoxLayout;
    introducedLayout(intro)->addLayout(layout, 1);
    layout->addWidget(scroll, 3);
    layout->addLayout(previewBox, 2);

    connect(m_addIdentity, &QPushButton::clicked, this, [this] {
        IdentityRow *row = addIdentityRow({ QString(), IdentityTarget::ExternalId });
        row->source->setFocus();
    });
    connect(m_addAttribute, &QPushButton::clicked, this, [this] {
        AttributeRow *row = addAttributeRow({});
        row->source->setFocus();
    });
    connect(m_loadProfile, &QPushButton::clicked, this, [this] {
        const std::optional<Status> loaded = m_wizard.chooseProfileFile(this);
        if (loaded && !loaded->ok()) {
            m_profileStatus->showMessage(FieldMessage::Severity::Error, loaded->error().message);
        }
    });
    connect(&m_wizard, &DestinationWizard::profileFileLoaded, this, [this] {
        m_profileStatus->showMessage(FieldMessage::Severity::Info,
            tr("%1: its paths are offered as sources and the preview uses its first profile.")
                .arg(m_wizard.profileFileSummary()));
        refreshSuggestions();
        refresh();
    });
}

MappingPage::~MappingPage() = default;

void MappingPage::load(const Destination &destination)
{
    m_loading = true;
    for (IdentityRow *row : std::as_const(m_identityRows)) {
        delete row;
    }
    for (AttributeRow *row : std::as_const(m_attributeRows)) {
        delete row;
    }
    m_identityRows.clear();
    m_attributeRows.clear();
    for (const IdentityMapping &mapping : destination.identities) {
        addIdentityRow(mapping)->targetChosen = true;
    }
    for (const AttributeMapping &mapping : destination.attributes) {
        addAttributeRow(mapping);
    }
    m_loading = false;
    refreshSuggestions();
    refresh();
}

void MappingPage::apply(Destination &destination) const
{
    destination.identities.clear();
    for (const IdentityRow *row : m_identityRows) {
        if (!row->isBlank()) {
            destination.identities.append(row->mapping());
        }
    }
    destination.attributes.clear();
    for (const AttributeRow *row : m_attributeRows) {
        if (!row->isBlank()) {
            destination.attributes.append(row->mapping());
        }
    }
}

void MappingPage::initializePage()
{
    refresh(); // the audiences may have changed since
}

bool MappingPage::isComplete() const
{
    return m_complete;
}

bool MappingPage::validatePage()
{
    refresh();
    if (!m_complete && !m_identityRows.isEmpty() && m_identityRows.constFirst()->isBlank()) {
        m_identityRows.constFirst()->source->setFocus();
    }
    return m_complete;
}

IdentityRow *MappingPage::addIdentityRow(const IdentityMapping &mapping)
{
    auto *row = new IdentityRow;
    row->setSuggestions(m_namespaces);
    row->source->setEditText(mapping.sourceNamespace);
    row->setTarget(mapping.target);
    m_identityLayout->addWidget(row);
    row->show(); // now, not from the layout's queued show: the caller focuses it
    m_identityRows.append(row);

    connect(row->source, &QComboBox::editTextChanged, this, [this, row](const QString &text) {
        if (!row->targetChosen && !text.trimmed().isEmpty()) {
            // Email addresses go to `email`; ECID and custom namespaces to `external_id` (SPEC §3).
            const bool email = text.trimmed().compare(u"email", Qt::CaseInsensitive) == 0;
            row->setTarget(email ? IdentityTarget::Email : IdentityTarget::ExternalId);
        }
        refresh();
    });
    connect(row->target, &QComboBox::activated, this, [row] { row->targetChosen = true; });
    connect(row->target, &QComboBox::currentIndexChanged, this, &MappingPage::refresh);
    connect(row->remove, &QToolButton::clicked, this, [this, row] { removeIdentityRow(row); });
    renumberRows();
    refresh();
    return row;
}

AttributeRow *MappingPage::addAttributeRow(const AttributeMapping &mapping)
{
    auto *row = new AttributeRow(m_paths);
    row->source->setText(mapping.source);
    row->target->setText(mapping.target);
    row->updateFix();
    m_attributeLayout->addWidget(row);
    row->show(); // now, not from the layout's queued show: the caller focuses it
    m_attributeRows.append(row);

    connect(row->source, &QLineEdit::textChanged, this, &MappingPage::refresh);
    connect(row->target, &QLineEdit::textChanged, this, [this, row] {
        row->updateFix();
        refresh();
    });
    connect(row->fix, &QPushButton::clicked, this, [row] {
        row->target->setText(camelCaseTarget(row->target->text().trimmed()));
        row->target->setFocus(); // the Fix button hides itself
    });
    connect(row->remove, &QToolButton::clicked, this, [this, row] { removeAttributeRow(row); });
    renumberRows();
    refresh();
    return row;
}

void MappingPage::removeIdentityRow(IdentityRow *row)
{
    const qsizetype index = m_identityRows.indexOf(row);
    if (index < 0) {
        return;
    }
    m_identityRows.removeAt(index);
    // Later: this runs inside the row's own button's clicked signal.
    row->hide();
    row->deleteLater();
    renumberRows();
    refresh();
    if (index < m_identityRows.size()) {
        m_identityRows.at(index)->remove->setFocus();
    } else {
        m_addIdentity->setFocus();
    }
}

void MappingPage::removeAttributeRow(AttributeRow *row)
{
    const qsizetype index = m_attributeRows.indexOf(row);
    if (index < 0) {
        return;
    }
    m_attributeRows.removeAt(index);
    row->hide();
    row->deleteLater();
    renumberRows();
    refresh();
    if (index < m_attributeRows.size()) {
        m_attributeRows.at(index)->remove->setFocus();
    } else {
        m_addAttribute->setFocus();
    }
}

void MappingPage::renumberRows()
{
    for (qsizetype i = 0; i < m_identityRows.size(); ++i) {
        m_identityRows.at(i)->setIndex(int(i));
    }
    for (qsizetype i = 0; i < m_attributeRows.size(); ++i) {
        m_attributeRows.at(i)->setIndex(int(i));
    }
    updateTabOrder();
}

// Rows are created after the buttons, so the focus chain is rebuilt to follow what the user sees.
void MappingPage::updateTabOrder()
{
    QList<QWidget *> chain;
    for (IdentityRow *row : std::as_const(m_identityRows)) {
        chain << row->source << row->target << row->remove;
    }
    chain << m_addIdentity;
    for (AttributeRow *row : std::as_const(m_attributeRows)) {
        chain << row->source << row->target << row->fix << row->remove;
    }
    chain << m_addAttribute << m_loadProfile << m_preview;
    for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
        setTabOrder(chain.at(i), chain.at(i + 1));
    }
}

void MappingPage::refreshSuggestions()
{
    QStringList paths = commonProfilePaths();
    QStringList namespaces = standardNamespaces();
    if (const std::optional<ProfileFile> &file = m_wizard.profileFile()) {
        paths = file->attributePaths() + paths;
        namespaces = file->identityNamespaces() + namespaces;
    }
    // The generated sample holds exactly the mapped sources: keep them offered as well.
    Destination mapped;
    apply(mapped);
    for (const QJsonObject &sample : generateSampleProfiles(mapped, 1)) {
        paths += readProfile(sample).profile.attributePaths();
    }
    m_paths->setStringList(merged(paths));
    namespaces.removeDuplicates();
    m_namespaces = namespaces;
    for (IdentityRow *row : std::as_const(m_identityRows)) {
        row->setSuggestions(m_namespaces);
    }
}

void MappingPage::refresh()
{
    if (m_loading) {
        return;
    }
    const Destination draft = m_wizard.draft();
    const QList<ValidationIssue> issues = validateDestination(
        draft, m_wizard.context().config ? m_wizard.context().config->destinations() : QList<Destination>());
    // Issues are numbered by the draft's lists, which skip blank rows.
    int index = 0;
    for (IdentityRow *row : std::as_const(m_identityRows)) {
        if (row->isBlank()) {
            row->hint->clearMessage();
            continue;
        }
        row->hint->setIssues(issuesWithPrefix(issues, QStringLiteral("identities[%1].").arg(index++)));
    }
    index = 0;
    for (AttributeRow *row : std::as_const(m_attributeRows)) {
        if (row->isBlank()) {
            row->hint->clearMessage();
            continue;
        }
        row->hint->setIssues(issuesWithPrefix(issues, QStringLiteral("attributes[%1].").arg(index++)));
    }
    m_message->setIssues(issuesFor(issues, QStringLiteral("identities")));
    m_complete = !hasErrors(issuesWithPrefix(issues, QStringLiteral("identities")))
        && !hasErrors(issuesWithPrefix(issues, QStringLiteral("attributes")));
    Q_EMIT completeChanged();
    updatePreview(draft, issues);
}

void MappingPage::updatePreview(const Destination &draft, const QList<ValidationIssue> &issues)
{
    // Rows still being typed (with errors) stay out of the preview rather than blanking it.
    Destination preview = draft;
    preview.identities.clear();
    for (qsizetype i = 0; i < draft.identities.size(); ++i) {
        if (!hasErrors(issuesWithPrefix(issues, QStringLiteral("identities[%1].").arg(i)))) {
            preview.identities.append(draft.identities.at(i));
        }
    }
    preview.attributes.clear();
    for (qsizetype i = 0; i < draft.attributes.size(); ++i) {
        if (!hasErrors(issuesWithPrefix(issues, QStringLiteral("attributes[%1].").arg(i)))) {
            preview.attributes.append(draft.attributes.at(i));
        }
    }

    Profile profile;
    QString origin;
    const std::optional<ProfileFile> &file = m_wizard.profileFile();
    if (file && !file->profiles.isEmpty()) {
        profile = file->profiles.constFirst();
        origin = tr("Built from the first profile of %1.").arg(QFileInfo(file->path).fileName());
    } else {
        QRandomGenerator random(kPreviewSeed);
        const QList<QJsonObject> samples = generateSampleProfiles(preview, 1, &random);
        profile = readProfile(samples.value(0)).profile;
        origin = tr("Built from a generated sample profile; load a profile to preview real data.");
    }
    const PayloadResult result = buildPayload(preview, profile);
    QString text;
    if (result.status == PayloadResult::Status::Excluded) {
        text = tr("No payload: this profile would be excluded. %1").arg(result.reason);
    } else {
        text = QString::fromUtf8(QJsonDocument(result.payload).toJson(QJsonDocument::Indented));
        if (result.status == PayloadResult::Status::TooLarge) {
            origin += QLatin1Char(' ') + result.reason;
        }
    }
    for (const QString &warning : result.warnings) {
        origin += QLatin1Char(' ') + warning;
    }
    m_previewSource->setText(origin);
    if (m_preview->toPlainText() != text) {
        const int scrolled = m_preview->verticalScrollBar()->value();
        m_preview->setPlainText(text);
        m_preview->verticalScrollBar()->setValue(scrolled);
    }
}

} // namespace qad::ui
