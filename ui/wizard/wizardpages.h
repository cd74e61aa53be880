#pragma once

#include "config/destination.h"

#include <QDate>
#include <QList>
#include <QWizardPage>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QVBoxLayout;

namespace qad::ui {

class DeliverySpinBox;
class DestinationWizard;
class FieldMessage;

// A date as the pages show it (ISO 8601), empty for none.
QString isoDate(const std::optional<QDate> &date);

// A wizard page that edits part of a Destination: filled once from the destination being edited (or the
// defaults), and asked to write its part into the draft whenever the wizard assembles it.
class DestinationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DestinationPage(DestinationWizard &wizard);
    virtual void load(const Destination &destination) = 0;
    virtual void apply(Destination &destination) const = 0;
    // Something typed on the page that apply() leaves out (an audience typed but not added): Cancel asks
    // before it is thrown away, as it does for a change.
    virtual bool hasUnappliedInput() const { return false; }

protected:
    // Lays the page out under `intro`, word-wrapped at the top, and returns the layout its content goes in.
    // The explanation is not the wizard's subtitle: QWizard's header keeps room for two lines of Latin text,
    // and cut off a longer subtitle, or a Korean one (its glyphs need taller lines).
    QVBoxLayout *introducedLayout(const QString &intro);

    DestinationWizard &m_wizard;
};

// Step 1: Qualtrics user name, API token (hidden unless shown), Basic or X-API-TOKEN header (SPEC §2).
class AuthenticatePage : public DestinationPage
{
    Q_OBJECT
public:
    explicit AuthenticatePage(DestinationWizard &wizard);
    void load(const Destination &destination) override;
    void apply(Destination &destination) const override;
    bool validatePage() override;

    QString token() const; // trimmed; empty when editing keeps the stored one
    void clearToken();

private:
    QStringList problems() const;
    void refreshMessage();

    QLineEdit *m_username;
    QLineEdit *m_token;
    QCheckBox *m_showToken;
    QComboBox *m_authMode;
    FieldMessage *m_message;
    bool m_attempted = false; // after a refused Next the message follows every edit
};

// Step 2: name, description, JSON-event URL and the delivery settings (rate limit, concurrency, per-attempt
// timeout), validated next to each field as the user types, with the same rules as qadctl (SPEC §3, §10).
class DetailsPage : public DestinationPage
{
    Q_OBJECT
public:
    explicit DetailsPage(DestinationWizard &wizard);
    void load(const Destination &destination) override;
    void apply(Destination &destination) const override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void revalidate();

    QLineEdit *m_name;
    QLineEdit *m_description;
    QLineEdit *m_url;
    FieldMessage *m_nameMessage;
    FieldMessage *m_urlMessage;
    DeliverySpinBox *m_rateLimit;
    DeliverySpinBox *m_concurrency;
    DeliverySpinBox *m_timeout;
    FieldMessage *m_rateLimitMessage;
    FieldMessage *m_concurrencyMessage;
    FieldMessage *m_timeoutMessage;
    bool m_nameTouched = false;
    bool m_urlTouched = false;
    bool m_complete = false;
};

// Step 3: alert subscriptions and thresholds (SPEC §8).
class AlertsPage : public DestinationPage
{
    Q_OBJECT
public:
    explicit AlertsPage(DestinationWizard &wizard);
    void load(const Destination &destination) override;
    void apply(Destination &destination) const override;

private:
    QCheckBox *m_flowRunStart;
    QCheckBox *m_flowRunSuccess;
    QCheckBox *m_flowRunFailure;
    QCheckBox *m_flowRunDelay;
    QSpinBox *m_flowRunDelayMinutes;
    QCheckBox *m_skippedRate;
    QDoubleSpinBox *m_skippedRatePercent;
    QCheckBox *m_authenticationFailed;
};

// Step 4: the Segmentation Service audiences, typed or picked from a loaded profile, with optional dates;
// and when a profile is sent (exportOn).
class AudiencesPage : public DestinationPage
{
    Q_OBJECT
public:
    explicit AudiencesPage(DestinationWizard &wizard);
    void load(const Destination &destination) override;
    void apply(Destination &destination) const override;
    bool hasUnappliedInput() const override; // an audience id or name typed, not added
    bool validatePage() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addAudience();
    void removeSelected();
    void showSelected();
    void rebuildList();
    void refreshProfileIds();
    void showEmptyHint();

    QComboBox *m_id;
    QLineEdit *m_name;
    QCheckBox *m_hasStart;
    QDateEdit *m_start;
    QCheckBox *m_hasEnd;
    QDateEdit *m_end;
    QPushButton *m_add;
    QPushButton *m_loadProfile;
    FieldMessage *m_profileStatus;
    QTreeWidget *m_list;
    QPushButton *m_remove;
    FieldMessage *m_message;
    QComboBox *m_exportOn;
    QList<Audience> m_audiences;
};

} // namespace qad::ui
