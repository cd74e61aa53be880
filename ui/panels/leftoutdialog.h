#pragma once

#include "appcontext.h"
#include "config/destination.h"

#include <QDialog>
#include <memory>

class QLabel;
class QTableWidget;
class QTabWidget;

namespace qad {
class SqliteStorage;
}

namespace qad::ui {

// What did not become an activation, with the reason (SPEC §4, §5, §7): the destination's excluded profiles
// (no usable identity, a hashed or invalid email…) and the records of any source that were not usable
// profiles, newest first. Reads through its own connection to the data directory's database.
class LeftOutDialog : public QDialog
{
    Q_OBJECT
public:
    static inline constexpr int kRows = 500; // of each list, the newest

    LeftOutDialog(AppContext &ctx, Destination destination, QWidget *parent = nullptr);
    ~LeftOutDialog() override;

    // Reads both lists again.
    void refresh();
    QTableWidget *excludedTable() const { return m_excluded; }
    QTableWidget *rejectedTable() const { return m_rejected; }
    // Shows the rejected records' list instead of the excluded profiles'.
    void showRejected();

private:
    bool ensureStorage();
    void showError(const QString &message);
    void fillExcluded();
    void fillRejected();
    void showDetails();

    AppContext &m_ctx;
    Destination m_destination;
    std::unique_ptr<SqliteStorage> m_storage;
    QTabWidget *m_tabs;
    QTableWidget *m_excluded;
    QTableWidget *m_rejected;
    QLabel *m_details; // the selected row, whole
    QLabel *m_message;
};

} // namespace qad::ui
