#pragma once

#include "appcontext.h"
#include "common/error.h"
#include "config/destination.h"
#include "wizard/profilefile.h"

#include <QList>
#include <QWizard>
#include <optional>

namespace qad::ui {

class DestinationPage;
class AuthenticatePage;
class ReviewPage;

// Creates or edits a destination, one page per step of the Experience Platform destination flow (SPEC §3):
// authenticate, details, alerts, audiences, mapping, review. Save (the Finish button) writes the token to the
// keychain and the destination to the configuration with nothing half-saved: for a new destination the
// token goes first under the new id and is removed again if the configuration refuses the destination.
class DestinationWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { PageAuthenticate, PageDetails, PageAlerts, PageAudiences, PageMapping, PageReview };
    Q_ENUM(PageId)

    // `editing`, when given, is copied: the wizard starts from it and keeps its id, retry schedule and state
    // (the details page edits the rest of its delivery settings).
    explicit DestinationWizard(
        AppContext &context, const Destination *editing = nullptr, QWidget *parent = nullptr);
    // A new destination that starts from `imported` (read from a `destination export` file): every page shows
    // it and any page can Save, which adds it under a new id with the token entered on the Authenticate page
    // (an export holds none).
    static DestinationWizard *importing(AppContext &context, const Destination &imported, QWidget *parent);
    ~DestinationWizard() override;

    AppContext &context() const { return m_context; }
    bool isEditing() const { return m_editing; }
    QString editingId() const { return m_editing ? m_base.id : QString(); }
    // The destinations already saved (to validate a name against them).
    QList<Destination> savedDestinations() const;

    // The destination as the pages describe it right now (new destinations have no id yet).
    Destination draft() const;
    // What Save wrote; empty until then.
    Destination savedDestination() const { return m_saved; }

    // The token typed on the Authenticate page (trimmed); empty when editing and the stored one is kept.
    QString enteredToken() const;

    // Reads sample profiles (one JSON object, an array or NDJSON) for the audience ids, the identity
    // namespaces, the attribute path completion and the payload preview. The "Load profile…" buttons call it
    // after their file dialog.
    Status loadProfileFile(const QString &path);
    const std::optional<ProfileFile> &profileFile() const { return m_profileFile; }
    QString profileFileSummary() const; // e.g. "3 profiles from sample.ndjson"; empty before a load

    // Opens a file dialog and loads the chosen file; nothing when the user cancelled.
    std::optional<Status> chooseProfileFile(QWidget *dialogParent);

    void accept() override; // Save
    // Cancel, Escape or closing the window: asks first when something was typed, so a stray Escape does not
    // throw away a mapping or a token.
    void reject() override;

Q_SIGNALS:
    void profileFileLoaded();
    void destinationSaved(const qad::Destination &destination);

private:
    enum class Start { New, Edit, Import };
    DestinationWizard(AppContext &context, const Destination &base, Start start, QWidget *parent);
    void addDestinationPage(PageId id, DestinationPage *page);
    Expected<Destination> saveNew(Destination destination, const QString &token);
    Expected<Destination> saveEdited(const Destination &destination, const QString &token);
    bool keepChangesMadeElsewhere();
    bool goToInputLeftOut();
    void showSaveError(const QString &message);

    AppContext &m_context;
    bool m_editing = false;
    bool m_everyPageSaves = false; // editing or importing: the pages start filled
    Destination m_base; // the destination being edited, or the defaults
    Destination m_saved;
    Destination m_loaded; // draft() as the pages showed it at the start, to tell whether anything changed
    QList<DestinationPage *> m_pages;
    AuthenticatePage *m_authenticatePage = nullptr;
    ReviewPage *m_reviewPage = nullptr;
    std::optional<ProfileFile> m_profileFile;
};

} // namespace qad::ui
