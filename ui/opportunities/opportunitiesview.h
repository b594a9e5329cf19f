// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/site.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QTextBrowser;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;

namespace Enms {

class Database;
class OpportunityFilterProxy;
class OpportunityScanJob;
class OpportunityTableModel;

// The Opportunities view of the main window: a site, a period and an end date to scan,
// the ranked findings in a sortable table filtered by issue type and SEU name, their
// totals under the table, and "Create action plan…" on the selected row. The scan
// runs on a worker thread with its own database connection, with a progress bar and a
// Cancel button, so the window never waits for it.
class OpportunitiesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpportunitiesView)

public:
    explicit OpportunitiesView(QWidget *parent = nullptr);
    ~OpportunitiesView() override;

    // The database to scan (not owned; null clears the view). A running scan is
    // cancelled and waited for first.
    void setDatabase(Database *database);
    // Selects a site by name or id and sets the end date to that site's today.
    void setSite(const QString &siteNameOrId);

    // Starts a scan with the chosen site, period and end date; nothing when busy.
    void scan();
    // Asks a running scan to stop; its findings, if any arrive, are dropped.
    void cancelScan();
    bool isBusy() const { return m_thread != nullptr; }

    // The SEU id and issue type code of the selected row; empty when none.
    QString selectedSeuId() const;
    QString selectedIssueTypeCode() const;
    // Emits createPlanRequested for the selected row, if there is one.
    void requestPlanForSelection();

    // For tests and the main window.
    QTableView *table() const { return m_table; }
    OpportunityFilterProxy *proxy() const { return m_proxy; }
    OpportunityTableModel *model() const { return m_model; }
    QComboBox *siteCombo() const { return m_site; }
    QComboBox *periodCombo() const { return m_period; }
    QDateEdit *endDateEdit() const { return m_endDate; }
    QComboBox *issueTypeCombo() const { return m_issueType; }
    QLineEdit *seuFilterEdit() const { return m_seuFilter; }
    QPushButton *scanButton() const { return m_scanButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *createPlanButton() const { return m_createPlanButton; }
    QLabel *footerLabel() const { return m_footer; }
    QLabel *messageLabel() const { return m_message; }
    QTextBrowser *detailsView() const { return m_details; }

Q_SIGNALS:
    void createPlanRequested(const QString &seuId, const QString &issueTypeCode);
    void seuActivated(const QString &seuId);
    void statusMessage(const QString &message);
    // A scan ended: with findings, cancelled or failed.
    void scanFinished(bool succeeded);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    QWidget *createFilterBar();
    QWidget *createProgressBar();
    QWidget *createFooterBar();
    void layoutWidgets();
    void connectSignals();

    void loadSites();
    void siteChosen(int index);
    void scanJobFinished();
    void showReport();
    void showMessage(const QString &message);
    void updateFooter();
    void updateActions();
    void setBusy(bool busy);
    void showContextMenu(const QPoint &position);
    void stopScan();

    Database *m_database = nullptr;
    std::vector<Engine::SiteInfo> m_sites;
    OpportunityTableModel *m_model = nullptr;
    OpportunityFilterProxy *m_proxy = nullptr;
    QThread *m_thread = nullptr;
    OpportunityScanJob *m_job = nullptr;
    bool m_cancelRequested = false;

    QComboBox *m_site = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_endDate = nullptr;
    QComboBox *m_issueType = nullptr;
    QLineEdit *m_seuFilter = nullptr;
    QPushButton *m_scanButton = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_footer = nullptr;
    QPushButton *m_createPlanButton = nullptr;
};

} // namespace Enms
