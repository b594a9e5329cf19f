// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace Enms {

class ConsumptionChart;
class ImportWizard;
class PlanEditor;
class Database;
class SiteTreeModel;
struct EnergySeries;

// The workbench's main window: the site/SEU tree on the left, and on the right the
// selected SEU's consumption chart and the action plans in tabs, its data coverage in the status bar. The window
// owns the open database; opening another one replaces it and reloads the tree.
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
    ConsumptionChart *chart() const { return m_chart; }
    PlanEditor *planEditor() const { return m_planEditor; }
    QTabWidget *viewTabs() const { return m_viewTabs; }

    // Wall-clock time the last SEU took from the database to the screen.
    qint64 lastLoadMilliseconds() const { return m_lastLoadMs; }

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

    void chooseDatabase();
    void updateRecentMenu();
    void showAbout();
    void showCurrentSeu();
    void showSeries(const EnergySeries &series);
    void updateTitle();
    void showSitesSpanned();
    void createEditMenu();
    void createPlansMenu();
    void newActionPlan();

    std::unique_ptr<Database> m_database;
    SiteTreeModel *m_siteModel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_siteTree = nullptr;
    ConsumptionChart *m_chart = nullptr;
    PlanEditor *m_planEditor = nullptr;
    QTabWidget *m_viewTabs = nullptr;
    QLabel *m_coverageLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    qint64 m_lastLoadMs = -1;
};

// The status bar's coverage line, e.g. "Compressor-1: 2025-10-01 – 2026-11-30,
// 99.8 % covered, 12 h missing".
QString coverageSummary(const EnergySeries &series);

} // namespace Enms
