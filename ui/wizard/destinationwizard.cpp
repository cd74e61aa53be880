#include "wizard/destinationwizard.h"

#include "config/configstore.h"
#include "config/validation.h"
#include "wizard/mappingpage.h"
#include "wizard/reviewpage.h"
#include "wizard/wizardpages.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <algorithm>

namespace qad::ui {

namespace {

// The refusal of a destination that does not validate: every error, each naming its field.
QString refusal(const QList<ValidationIssue> &issues)
{
    return (QStringList { DestinationWizard::tr("Nothing was saved: correct these first.") }
        + ReviewPage::errorLines(issues))
        .join(QLatin1Char('\n'));
}

} // namespace

DestinationWizard::DestinationWizard(AppContext &context, const Destination *editing, QWidget *parent)
    : DestinationWizard(
        context, editing ? *editing : Destination(), editing ? Start::Edit : Start::New, parent)
{ }

DestinationWizard *DestinationWizard::importing(
    AppContext &context, const Destination &imported, QWidget *parent)
{
    return new DestinationWizard(context, imported, Start::Import, parent);
}

DestinationWizard::DestinationWizard(
    AppContext &context, const Destination &base, Start start, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_editing(start == Start::Edit)
    , m_everyPageSaves(start != Start::New)
    , m_base(base)
{
    Q_ASSERT(m_context.config && m_context.secrets);
    setObjectName(QStringLiteral("destinationWizard"));
    switch (start) {
    case Start::New:
        setWindowTitle(tr("New Qualtrics Automations destination"));
        break;
    case Start::Edit:
        setWindowTitle(tr("Edit destination “%1”").arg(m_base.name));
        break;
    case Start::Import:
        setWindowTitle(tr("Import destination “%1”").arg(m_base.name));
        break;
    }
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveFinishButtonOnEarlyPages, m_everyPageSaves);
    setButtonText(QWizard::FinishButton, tr("&Save"));

    m_authenticatePage = new AuthenticatePage(*this);
    addDestinationPage(PageAuthenticate, m_authenticatePage);
    addDestinationPage(PageDetails, new DetailsPage(*this));
    addDestinationPage(PageAlerts, new AlertsPage(*this));
    addDestinationPage(PageAudiences, new AudiencesPage(*this));
    addDestinationPage(PageMapping, new MappingPage(*this));
    m_reviewPage = new ReviewPage(*this);
    addDestinationPage(PageReview, m_reviewPage);
    setStartId(PageAuthenticate);

    Destination initial = m_base;
    if (start == Start::New) {
        // The documented pair (SPEC §3) as a start: most workflows address people by email.
        initial.identities = { IdentityMapping { QStringLiteral("Email"), IdentityTarget::Email } };
    }
    for (DestinationPage *page : std::as_const(m_pages)) {
        page->load(initial);
    }
    m_loaded = draft();
    resize(980, 680);
}

DestinationWizard::~DestinationWizard() = default;

void DestinationWizard::addDestinationPage(PageId id, DestinationPage *page)
{
    // Editing often changes one field, and an import needs only its token: every page can Save (Next stays
    // where there is a next page).
    page->setFinalPage(m_everyPageSaves);
    setPage(id, page);
    m_pages.append(page);
}

Destination DestinationWizard::draft() const
{
    Destination destination = m_base;
    for (const DestinationPage *page : m_pages) {
        page->apply(destination);
    }
    return destination;
}

QString DestinationWizard::enteredToken() const
{
    return m_authenticatePage->token();
}

Status DestinationWizard::loadProfileFile(const QString &path)
{
    Expected<ProfileFile> file = readProfileFile(path);
    if (!file) {
        return file.error();
    }
    m_profileFile = std::move(file).value();
    Q_EMIT profileFileLoaded();
    return {};
}

QString DestinationWizard::profileFileSummary() const
{
    if (!m_profileFile) {
        return {};
    }
    QString summary = tr("%n profile(s) read from %1", "", int(m_profileFile->profiles.size()))
                          .arg(QFileInfo(m_profileFile->path).fileName());
    if (m_profileFile->rejected > 0) {
        const QString skipped = tr("%n entry(ies) skipped; the first: %1", "", m_profileFile->rejected)
                                    .arg(m_profileFile->firstRejection);
        summary = tr("%1 (%2)", "what a sample file gave, then what in it was skipped").arg(summary, skipped);
    }
    return summary;
}

std::optional<Status> DestinationWizard::chooseProfileFile(QWidget *dialogParent)
{
    const QString path = QFileDialog::getOpenFileName(dialogParent, tr("Load a sample profile"), QString(),
        tr("Profiles (*.json *.ndjson *.jsonl);;All files (*)"));
    if (path.isEmpty()) {
        return std::nullopt;
    }
    return loadProfileFile(path);
}

void DestinationWizard::accept()
{
    if (!validateCurrentPage() || goToInputLeftOut()) {
        return;
    }
    if (m_editing && !keepChangesMadeElsewhere()) {
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Expected<Destination> saved
        = m_editing ? saveEdited(draft(), enteredToken()) : saveNew(draft(), enteredToken());
    QGuiApplication::restoreOverrideCursor();
    if (!saved) {
        showSaveError(saved.error().message);
        return;
    }
    m_saved = saved.value();
    m_authenticatePage->clearToken();
    Q_EMIT destinationSaved(m_saved);
    QWizard::accept();
}

void DestinationWizard::reject()
{
    const bool typedNotApplied = std::any_of(m_pages.cbegin(), m_pages.cend(),
        [](const DestinationPage *page) { return page->hasUnappliedInput(); });
    if (draft() != m_loaded || !enteredToken().isEmpty() || typedNotApplied) {
        QMessageBox box(QMessageBox::Question, tr("Discard Changes?"),
            m_editing ? tr("Discard the changes to “%1”? Nothing was saved yet.").arg(m_base.name)
                      : tr("Discard this destination? Nothing was saved yet."),
            QMessageBox::NoButton, this);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != discard) {
            return;
        }
    }
    m_authenticatePage->clearToken();
    QWizard::reject();
}

// Token first, under the new id: a destination in the configuration always has its token. If the
// configuration then refuses, the token goes again, so a failure leaves nothing behind.
Expected<Destination> DestinationWizard::saveNew(Destination destination, const QString &token)
{
    destination.id = Destination::newId();
    const QList<ValidationIssue> issues = validateDestination(destination, m_context.config->destinations());
    if (hasErrors(issues)) {
        return Error { refusal(issues) };
    }
    if (token.isEmpty()) {
        return Error { tr("Nothing was saved: a new destination needs its API token. Enter it on the "
                          "Authenticate page.") };
    }
    if (const Status written = m_context.secrets->write(destination.id, token); !written) {
        return Error { tr("Nothing was saved: the API token could not be stored in the keychain.\n%1")
                           .arg(written.error().message) };
    }
    Expected<Destination> added = m_context.config->add(destination);
    if (!added) {
        QString message
            = tr("Nothing was saved: the configuration could not be written.\n%1").arg(added.error().message);
        if (const Status removed = m_context.secrets->remove(destination.id); !removed) {
            message += QLatin1Char('\n')
                + tr("The token stored a moment ago could not be removed from the keychain either: %1")
                      .arg(removed.error().message);
        }
        return Error { message };
    }
    return added;
}

// Something typed on another page and left out of the destination (an audience typed but not added) would
// be lost on Save without a word: goes to that page, whose check says what to add or clear. True when it did
// (or a page on the way refused, and says why).
bool DestinationWizard::goToInputLeftOut()
{
    const QList<int> ids = pageIds();
    for (int id : ids) {
        auto *page = qobject_cast<DestinationPage *>(this->page(id));
        if (!page || id == currentId() || !page->hasUnappliedInput() || page->validatePage()) {
            continue; // what is typed there is already in, or nothing is
        }
        while (currentId() != id) {
            const int before = currentId();
            if (id < before) {
                back();
            } else {
                next();
            }
            if (currentId() == before) {
                return true;
            }
        }
        page->validatePage(); // once shown: its message, and the focus where the fix goes
        return true;
    }
    return false;
}

// The destination as saved now, read again: qadctl (or another qad) may have changed it since the wizard
// opened. Saving writes the whole destination, so their change would be undone without a word: ask first.
// True to save.
bool DestinationWizard::keepChangesMadeElsewhere()
{
    ConfigStore onDisk(m_context.config->directory());
    if (!onDisk.load()) {
        return true; // saving reads it again and says what is wrong
    }
    const Destination *now = onDisk.find(m_base.id);
    if (!now || *now == m_base) {
        return true; // unchanged, or removed (which saving says)
    }
    QMessageBox box(QMessageBox::Warning, tr("Changed Elsewhere"),
        tr("“%1” was changed outside this window since you opened it (by qadctl or another qad).")
            .arg(m_base.name),
        QMessageBox::Save | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("changedElsewhereQuestion"));
    box.setInformativeText(tr("Saving replaces those changes with what this window shows. Cancel keeps "
                              "editing; to see the other changes, close this window and open Edit again."));
    box.button(QMessageBox::Save)->setText(tr("&Save Anyway"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Save;
}

// An empty token keeps the stored one. A new one replaces it first, and the previous one is put back if the
// configuration then refuses the changes.
Expected<Destination> DestinationWizard::saveEdited(const Destination &destination, const QString &token)
{
    const QList<ValidationIssue> issues = validateDestination(destination, m_context.config->destinations());
    if (hasErrors(issues)) {
        return Error { refusal(issues) };
    }
    if (token.isEmpty()) {
        Expected<Destination> updated = m_context.config->update(destination);
        if (!updated) {
            return Error { tr("Nothing was saved: the configuration could not be written.\n%1")
                               .arg(updated.error().message) };
        }
        return updated;
    }
    SecretStore::ReadResult previous = m_context.secrets->read(destination.id);
    if (previous.status == SecretStore::ReadStatus::Failed) {
        // Kept to be put back should saving fail; and a keychain that did not give it (locked, not answering,
        // or the user stopped waiting) would only keep the new one waiting too.
        return Error { tr(
            "Nothing was saved: the API token stored now could not be read from the keychain, to "
            "keep it in case saving fails.\n%1")
                           .arg(previous.error.message) };
    }
    if (const Status written = m_context.secrets->write(destination.id, token); !written) {
        previous.secret.fill(QChar(0));
        return Error { tr("Nothing was saved: the new API token could not be stored in the keychain.\n%1")
                           .arg(written.error().message) };
    }
    Expected<Destination> updated = m_context.config->update(destination);
    if (!updated) {
        QString message = tr("Nothing was saved: the configuration could not be written.\n%1")
                              .arg(updated.error().message);
        Status restored;
        if (previous.status == SecretStore::ReadStatus::Found) {
            restored = m_context.secrets->write(destination.id, previous.secret);
        } else {
            restored = m_context.secrets->remove(destination.id); // there was none
        }
        if (!restored) {
            message += QLatin1Char('\n')
                + tr("The previous token could not be put back in the keychain (%1): the keychain now holds "
                     "the "
                     "new token.")
                      .arg(restored.error().message);
        }
        previous.secret.fill(QChar(0));
        return Error { message };
    }
    previous.secret.fill(QChar(0));
    return updated;
}

void DestinationWizard::showSaveError(const QString &message)
{
    m_reviewPage->showSaveError(message);
    if (currentId() != PageReview) {
        // Saved from an earlier page while editing: the review page's message is out of sight.
        QMessageBox::warning(this, tr("Not saved"), message);
    }
}

QList<Destination> DestinationWizard::savedDestinations() const
{
    return m_context.config ? m_context.config->destinations() : QList<Destination>();
}

} // namespace qad::ui
