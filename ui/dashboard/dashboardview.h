// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/site.h"
#include "engine/performance/opportunities.h"
#include "ui/dashboard/reviewjob.h"
#include "ui/jobthreads.h"

#include <QDate>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QThread;
class QTimer;

namespace Enms {

class Database;
class ReviewBarChart;
class ReviewTableModel;

// The morning view of an energy manager: for one site and window, every SEU's energy
// against its expectation with its ISO 50001 status, cost and CO2, the site totals,
// and bar charts of energy by SEU and of the savings the opportunity scan found.
//
// Reviews run on a worker thread with their own database connection (ReviewJob);
// starting another review cancels the one running, whose result is then dropped.
// The view keeps showing the last finished review until a new one replaces it.
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    // nullptr = no database. Loads the site list and reviews the first site.
    void setDatabase(Database *database);
    void setSite(const QString &siteId);
    void setPeriod(Engine::AnalysisPeriod period);
    void setEndDate(const QDate &endDate);
    // Starts a review of the chosen site, period and end date.
    void refresh();
    // Stops the running review; the view keeps what it showed before.
    void cancel();

    bool isBusy() const { return m_currentJob != nullptr; }
    // The review on show, or nullptr when there is none (no database, or it failed).
    const SiteReview *review() const { return m_review ? &*m_review : nullptr; }
    QString siteId() const;
    Engine::AnalysisPeriod period() const;
    QDate endDate() const;
    // The sentence shown above the table after an error or a cancel, else empty.
    QString messageText() const;
    QString totalsText() const;

    // For tests and for wiring into the main window.
    QTableView *tableView() const { return m_table; }
    ReviewTableModel *tableModel() const { return m_model; }
    ReviewBarChart *energyChart() const { return m_energyChart; }
    ReviewBarChart *savingsChart() const { return m_savingsChart; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }

    // Replaces how the worker builds a review (tests use a slow or failing one).
    void setReviewFunction(ReviewFunction function) { m_reviewFunction = std::move(function); }

Q_SIGNALS:
    void seuActivated(const QString &seuId);
    // A review started by refresh() ended: finished, failed or cancelled.
    void reviewFinished();
    void statusMessage(const QString &message);

private:
    void buildControls();
    QWidget *buildBody();
    void connectSignals();

    void loadSites();
    void startJob(ReviewRequest request);
    void abandonCurrentJob();
    void jobProgressed(ReviewJob *job, int done, int total);
    void jobFinished(ReviewJob *job);
    std::optional<Engine::Result<SiteReview>> takeResult(ReviewJob *job);
    void setBusy(bool busy);

    void showReview(const SiteReview &review);
    void showSummary(const SiteReview &review);
    void showCharts(const SiteReview &review);
    void clearReview(const QString &why);
    void showMessage(const QString &message);
    void activateRow(const QModelIndex &proxyIndex);
    void activateEnergyBar(int index);
    void updateEndDateToolTip();
    QDate siteToday() const;

    Database *m_database = nullptr;
    std::vector<Engine::SiteInfo> m_sites;
    std::optional<SiteReview> m_review;
    ReviewFunction m_reviewFunction;
    JobThreads<ReviewJob> m_jobs;             // started and not yet cleaned up
    ReviewJob *m_currentJob = nullptr;        // the one whose result will be shown
    bool m_cancelRequested = false;

    QComboBox *m_siteCombo = nullptr;
    QComboBox *m_periodCombo = nullptr;
    QDateEdit *m_endDateEdit = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer *m_dateEditTimer = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_opportunityLabel = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_footer = nullptr;
    ReviewTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    ReviewBarChart *m_energyChart = nullptr;
    ReviewBarChart *m_savingsChart = nullptr;
};

} // namespace Enms
