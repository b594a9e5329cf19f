// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QStringList>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace Enms {

class ConsumptionChart;
class DashboardView;
class ImportWizard;
class OpportunitiesView;
class SeuChartsView;
class PlanEditor;
class Database;
class SiteTreeModel;
struct EnergySeries;

// The workbench's main window: the site/SEU tree on the left; on the right, in tabs, the
// dashboard of the selected site, the charts of the selected SEU, the site's ranked
// opportunities and the action plans; the SEU's data coverage in the status bar. The
// window owns the open database; opening another one replaces it and reloads the tree.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the database at location (a file path or a postgresql:// address) in place
    // of the current one and records it among the recent databases. On failure the
    // current database stays open and the error is returned.
    Engine::Status openDatabase(const QString &location);

    // Like openDatabase, but a failure is shown to the user, who may pick another file.
    // Returns whether a database ended up open.
    bool openDatabaseInteractively(const QString &location);

    // Opens the meter-data import wizard on the open database, with these files
    // already chosen (none: the wizard asks). Returns the wizard, which deletes itself
    // when closed; nullptr without a database.
    ImportWizard *importMeterData(const QStringList &files = {});

    // Selects an SEU in the tree by name or id, which charts it. False when unknown.
    bool selectSeu(const QString &nameOrId);

    // Shows the action-plans view with a stored plan open. False when it is unknown.
    bool showPlan(const QString &planId);

    QString databaseLocation() const;
    QString coverageText() const;
    SiteTreeModel *siteModel() const { return m_siteModel; }
    QTreeView *siteTree() const { return m_siteTree; }
    ConsumptionChart *chart() const;
    SeuChartsView *chartsView() const { return m_charts; }
    DashboardView *dashboard() const { return m_dashboard; }
    OpportunitiesView *opportunitiesView() const { return m_opportunities; }
    PlanEditor *planEditor() const { return m_planEditor; }
    QTabWidget *viewTabs() const { return m_viewTabs; }

    // Wall-clock time the last SEU took from the database to the screen.
    qint64 lastLoadMilliseconds() const { return m_lastLoadMs; }

    // The site whose dashboard and opportunities are shown (the selected one, or the
    // site of the selected SEU).
    QString currentSiteId() const;

    // The settings dialog for the current site; modal.
    void showSettings();

    // The management review of the dashboard's site and period as PDF, or printed.
    Engine::Status exportReviewPdf(const QString &path);
    void exportReviewInteractively();
    void printReviewPreview();

signals:
    // The user chose another language; the application rebuilds the window in it.
    void languageChangeRequested(const QString &languageCode);

protected:
    void closeEvent(QCloseEvent *event) override;
    // Meter files dropped on the window open the import wizard.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createWidgets();
    void createMenus();
    void connectSignals();
    void restoreWindowState();
    void saveWindowState();
    void restoreSelection();

    void chooseDatabase();
    void updateRecentMenu();
    void showAbout();
    void showCurrentSeu();
    void updateTitle();
    void showSitesSpanned();
    void createEditMenu();
    void createPlansMenu();
    void createViewMenu();
    void createToolBar();
    void setToolTipWithShortcut(QAction *action);
    void newActionPlan();
    void createPlanForOpportunity(const QString &seuId, const QString &issueTypeCode);
    void showSeuCharts(const QString &seuId);
    void seuChartsLoaded();
    void reloadRegister();
    void setOpportunitiesSite(const QString &siteId);
    void scanIfStale();

    std::unique_ptr<Database> m_database;
    SiteTreeModel *m_siteModel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_siteTree = nullptr;
    DashboardView *m_dashboard = nullptr;
    SeuChartsView *m_charts = nullptr;
    OpportunitiesView *m_opportunities = nullptr;
    PlanEditor *m_planEditor = nullptr;
    QTabWidget *m_viewTabs = nullptr;
    QLabel *m_coverageLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    // The commands the tool bar repeats from the menus.
    struct Actions {
        QAction *open = nullptr;
        QAction *import = nullptr;
        QAction *exportReview = nullptr;
        QAction *printReview = nullptr;
        QAction *settings = nullptr;
        QAction *refresh = nullptr;
        QAction *undo = nullptr;
        QAction *redo = nullptr;
        QAction *newPlan = nullptr;
    } m_actions;
    qint64 m_lastLoadMs = -1;
    bool m_opportunitiesStale = true;   // site, data or settings changed since the scan
    QElapsedTimer m_loadTimer;
};

// The status bar's coverage line, e.g. "Compressor-1: 2025-10-01 – 2026-11-30,
// 99.8 % covered, 12 h missing".
QString coverageSummary(const EnergySeries &series);

} // namespace Enms
