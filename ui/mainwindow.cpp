// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "models/database.h"
#include "models/energyseries.h"
#include "models/registry.h"
#include "models/settings.h"
#include "models/sitetreemodel.h"
#include "models/performance/opportunitytablemodel.h"
#include "models/performance/sitereview.h"
#include "models/plans/plandocument.h"
#include "models/reports/pagedreport.h"
#include "models/reports/reviewpdf.h"
#include "ui/charts/consumptionchart.h"
#include "ui/charts/seuchartsview.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/import/importwizard.h"
#include "ui/logging.h"
#include "ui/opportunities/opportunitiesview.h"
#include "ui/plans/planeditor.h"
#include "ui/settings/settingsdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDir>
#include <QDropEvent>
#include <QMimeData>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>

namespace Enms {

namespace {

QString hoursText(double hours)
{
    // Readings come in whole intervals, so two decimals show quarter hours exactly.
    const bool whole = std::abs(hours - std::round(hours)) < 1e-9;
    return QLocale().toString(hours, 'f', whole ? 0 : 2);
}

} // namespace

QString coverageSummary(const EnergySeries &series)
{
    const SeriesCoverage &coverage = series.coverage;
    if (coverage.isEmpty())
        return MainWindow::tr("%1: no readings stored").arg(series.seu.name);

    //: SEU name, first and last local date, covered share in percent, missing hours
    return MainWindow::tr("%1: %2 – %3, %4 % covered, %5 h missing")
        .arg(series.seu.name, coverage.firstLocalDate.toString(Qt::ISODate),
             coverage.lastLocalDate.toString(Qt::ISODate),
             QLocale().toString(coverage.coveredPercent(), 'f', 1),
             hoursText(coverage.missingHours()));
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_siteModel(new SiteTreeModel(this))
{
    createWidgets();
    createMenus();
    createToolBar();
    connectSignals();
    restoreWindowState();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_siteTree = new QTreeView;
    m_siteTree->setModel(m_siteModel);
    m_siteTree->setUniformRowHeights(true);
    m_siteTree->setSelectionMode(QAbstractItemView::SingleSelection);
    // Names are what a user looks for, so they are never cut; the power column takes
    // what is left.
    m_siteTree->header()->setStretchLastSection(true);
    m_siteTree->header()->setSectionResizeMode(SiteTreeModel::NameColumn,
                                               QHeaderView::ResizeToContents);
    m_siteTree->header()->setSectionResizeMode(SiteTreeModel::CarrierColumn,
                                               QHeaderView::ResizeToContents);
    m_siteTree->header()->setSectionResizeMode(SiteTreeModel::RatedPowerColumn,
                                               QHeaderView::Stretch);

    m_dashboard = new DashboardView;
    m_charts = new SeuChartsView;
    m_opportunities = new OpportunitiesView;
    m_planEditor = new PlanEditor;
    m_viewTabs = new QTabWidget;
    m_viewTabs->setObjectName(QStringLiteral("viewTabs"));
    m_viewTabs->setDocumentMode(true);
    m_viewTabs->addTab(m_dashboard, tr("&Dashboard"));
    m_viewTabs->addTab(m_charts, tr("SEU &charts"));
    m_viewTabs->addTab(m_opportunities, tr("&Opportunities"));
    m_viewTabs->addTab(m_planEditor, tr("Action p&lans"));

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_siteTree);
    m_splitter->addWidget(m_viewTabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({380, 900});
    setCentralWidget(m_splitter);

    m_coverageLabel = new QLabel;
    statusBar()->addPermanentWidget(m_coverageLabel, 1);
    resize(1280, 800);
    setAcceptDrops(true);
}

void MainWindow::newActionPlan()
{
    const Engine::SeuInfo *seu = m_siteModel->seuAt(m_siteTree->currentIndex());
    if (!seu || !m_database) {
        statusBar()->showMessage(tr("Select an SEU in the tree first."), 5000);
        return;
    }
    m_viewTabs->setCurrentWidget(m_planEditor);
    m_planEditor->createPlanInteractively(seu->id, seu->name);
}

void MainWindow::connectSignals()
{
    const auto showMessage = [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    };
    connect(m_dashboard, &DashboardView::statusMessage, this, showMessage);
    connect(m_opportunities, &OpportunitiesView::statusMessage, this, showMessage);
    connect(m_charts, &SeuChartsView::statusMessage, this, showMessage);
    connect(m_dashboard, &DashboardView::seuActivated, this, &MainWindow::showSeuCharts);
    connect(m_opportunities, &OpportunitiesView::seuActivated, this,
            &MainWindow::showSeuCharts);
    connect(m_opportunities, &OpportunitiesView::createPlanRequested, this,
            &MainWindow::createPlanForOpportunity);
    connect(m_charts, &SeuChartsView::loaded, this, &MainWindow::seuChartsLoaded);
    connect(m_charts, &SeuChartsView::baselineAccepted, this, [this] {
        m_dashboard->refresh();   // expected energy changed: review and scan anew
        m_opportunitiesStale = true;
        scanIfStale();
    });
    connect(m_viewTabs, &QTabWidget::currentChanged, this, &MainWindow::scanIfStale);
    connect(m_planEditor, &PlanEditor::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_siteTree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentSeu);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(Settings::mainWindowGeometry.value());
    restoreState(Settings::mainWindowState.value());
    m_splitter->restoreState(Settings::mainSplitterState.value());
    m_viewTabs->setCurrentIndex(Settings::mainViewTab.value());
}

void MainWindow::saveWindowState()
{
    Settings::mainWindowGeometry.setValue(saveGeometry());
    Settings::mainWindowState.setValue(saveState());
    Settings::mainSplitterState.setValue(m_splitter->saveState());
    Settings::mainViewTab.setValue(m_viewTabs->currentIndex());

    const Engine::SeuInfo *seu = m_siteModel->seuAt(m_siteTree->currentIndex());
    const PlanDocument *plan = m_planEditor->currentDocument();
    Settings::lastDatabase.setValue(databaseLocation());
    Settings::lastSeu.setValue(seu ? seu->id : QString());
    Settings::lastPlan.setValue(plan ? plan->id() : QString());
}

// Shows the SEU and the plan that were shown when this database was last closed, in
// the view that was shown then; what no longer exists is passed over in silence.
void MainWindow::restoreSelection()
{
    if (Settings::lastDatabase.value() != databaseLocation())
        return;
    const int tab = m_viewTabs->currentIndex();
    const QString plan = Settings::lastPlan.value();
    if (!plan.isEmpty())
        m_planEditor->openPlan(plan);
    const QString seu = Settings::lastSeu.value();
    if (!seu.isEmpty())
        selectSeu(seu);
    m_viewTabs->setCurrentIndex(tab);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_planEditor->commitPendingEdits();
    saveWindowState();
    event->accept();
}

ImportWizard *MainWindow::importMeterData(const QStringList &files)
{
    if (!m_database) {
        statusBar()->showMessage(tr("Open a database before importing meter data."), 5000);
        return nullptr;
    }
    auto *wizard = new ImportWizard(*m_database, files, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (const Engine::SeuInfo *seu = m_siteModel->seuAt(m_siteTree->currentIndex()))
        wizard->setPreferredTarget(seu->id);
    connect(wizard, &ImportWizard::readingsImported, this, &MainWindow::reloadRegister);
    wizard->show();
    return wizard;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importMeterData(files);
}

Engine::Status MainWindow::openDatabase(const QString &location)
{
    Engine::Result<std::unique_ptr<Database>> opened = Database::open(location);
    if (!opened)
        return opened.error();

    std::unique_ptr<Database> database = std::move(opened).value();
    const Engine::Status loaded = m_siteModel->reload(Registry(*database));
    if (!loaded && m_database)
        m_siteModel->reload(Registry(*m_database));   // keep showing what was open
    if (!loaded)
        return loaded;

    m_dashboard->setDatabase(nullptr);
    m_opportunities->setDatabase(nullptr);
    m_charts->setDatabase(nullptr);
    m_planEditor->setDatabase(database.get());
    m_database = std::move(database);
    m_dashboard->setDatabase(m_database.get());
    m_opportunities->setDatabase(m_database.get());
    m_opportunitiesStale = true;
    m_charts->setDatabase(m_database.get());
    showSitesSpanned();
    m_siteTree->expandAll();
    m_charts->showMessage(tr("Select an SEU in the tree to see its charts."));
    m_coverageLabel->clear();
    Settings::recentDatabases.setValue(
        Settings::withRecentDatabase(Settings::recentDatabases.value(), location));
    updateRecentMenu();
    updateTitle();
    restoreSelection();
    return Engine::Done{};
}

bool MainWindow::openDatabaseInteractively(const QString &location)
{
    QString next = location;
    while (!next.isEmpty()) {
        const Engine::Status status = openDatabase(next);
        if (status)
            return true;

        QMessageBox box(QMessageBox::Warning, tr("Cannot open the database"),
                        tr("The database %1 could not be opened.").arg(next),
                        QMessageBox::Cancel, this);
        box.setInformativeText(status.error().message);
        QPushButton *other = box.addButton(tr("Open another…"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton *>(other))
            break;
        next = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(next).path(),
                                            tr("EnMS databases (*.sqlite *.db);;All files (*)"));
    }
    return m_database != nullptr;
}

void MainWindow::chooseDatabase()
{
    const QString start = m_database ? QFileInfo(m_database->location()).path() : QString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open database"), start, tr("EnMS databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabaseInteractively(path);
}

bool MainWindow::selectSeu(const QString &nameOrId)
{
    const QModelIndex index = m_siteModel->seuIndex(nameOrId);
    if (!index.isValid())
        return false;
    m_siteTree->setCurrentIndex(index);
    m_siteTree->scrollTo(index);
    return true;
}

bool MainWindow::showPlan(const QString &planId)
{
    m_viewTabs->setCurrentWidget(m_planEditor);
    return m_planEditor->openPlan(planId);
}

// A site in the tree is shown on the dashboard and in the opportunity scan; an SEU in
// its charts (and its site on the other views).
void MainWindow::showCurrentSeu()
{
    if (!m_database)
        return;
    const QModelIndex current = m_siteTree->currentIndex();
    const Engine::SeuInfo *seu = m_siteModel->seuAt(current);
    if (!seu) {
        if (const Engine::SiteInfo *site = m_siteModel->siteAt(current)) {
            m_dashboard->setSite(site->id);
            setOpportunitiesSite(site->id);
            if (m_viewTabs->currentWidget() == m_charts)
                m_viewTabs->setCurrentWidget(m_dashboard);
        }
        return;
    }
    if (seu->siteId != m_dashboard->siteId()) {
        m_dashboard->setSite(seu->siteId);
        setOpportunitiesSite(seu->siteId);
    }
    if (m_viewTabs->currentWidget() != m_planEditor)
        m_viewTabs->setCurrentWidget(m_charts);
    m_loadTimer.start();
    m_coverageLabel->setText(tr("Loading %1…").arg(seu->name));
    m_charts->showSeu(seu->id);
}

void MainWindow::seuChartsLoaded()
{
    const EnergySeries *series = m_charts->series();
    if (!series)
        return;
    m_coverageLabel->setText(coverageSummary(*series));
    // Only a load the tree started is timed; the charts also reload by themselves, for
    // instance after a baseline was accepted.
    if (!m_loadTimer.isValid())
        return;
    m_lastLoadMs = m_loadTimer.elapsed();
    m_loadTimer.invalidate();
    qCInfo(lcUi) << "charted" << series->seu.name << series->intervalKeys.size()
                 << "intervals in" << m_lastLoadMs << "ms";
}

// An SEU picked on the dashboard or in the opportunity table: select it in the tree,
// which charts it, and show its charts.
void MainWindow::showSeuCharts(const QString &seuId)
{
    if (selectSeu(seuId))
        m_viewTabs->setCurrentWidget(m_charts);
}

void MainWindow::createPlanForOpportunity(const QString &seuId, const QString &issueTypeCode)
{
    // The plan's expected outcomes come from the same window the table shows.
    const Engine::OpportunityReport &shown = m_opportunities->model()->report();
    const PlanWindow window{shown.period, shown.lastDate.addDays(1)};
    m_viewTabs->setCurrentWidget(m_planEditor);
    Engine::Result<QString> created = m_planEditor->createPlan(seuId, issueTypeCode, window);
    if (!created) {
        QMessageBox::warning(this, tr("No action plan created"), created.error().message);
        return;
    }
    m_planEditor->openPlan(*created);
    statusBar()->showMessage(tr("Action plan %1 created as a draft.").arg(*created), 8000);
}

QString MainWindow::currentSiteId() const
{
    return m_dashboard->siteId();
}

void MainWindow::showSettings()
{
    if (!m_database) {
        statusBar()->showMessage(tr("Open a database before changing its settings."), 5000);
        return;
    }
    SettingsDialog dialog(*m_database, currentSiteId(), this);
    connect(&dialog, &SettingsDialog::siteSettingsSaved, this, &MainWindow::reloadRegister);
    connect(&dialog, &SettingsDialog::languageChanged, this,
            &MainWindow::languageChangeRequested, Qt::QueuedConnection);
    dialog.exec();
}

// Prices, CO2 factors, calendars and thresholds changed: every figure is computed anew.
void MainWindow::reloadRegister()
{
    if (!m_database)
        return;
    const QString seuId = [this] {
        const Engine::SeuInfo *seu = m_siteModel->seuAt(m_siteTree->currentIndex());
        return seu ? seu->id : QString();
    }();
    m_siteModel->reload(Registry(*m_database));
    showSitesSpanned();
    m_siteTree->expandAll();
    if (!seuId.isEmpty())
        selectSeu(seuId);
    m_dashboard->refresh();
    m_opportunitiesStale = true;
    scanIfStale();
}

// The scan reads a site's whole window of readings, so it runs when its view is shown
// and its site, database or settings changed since the last scan, not on every click
// in the tree.
void MainWindow::setOpportunitiesSite(const QString &siteId)
{
    m_opportunities->setSite(siteId);
    m_opportunitiesStale = true;
    scanIfStale();
}

void MainWindow::scanIfStale()
{
    if (!m_opportunitiesStale || !m_database || m_viewTabs->currentWidget() != m_opportunities
        || m_opportunities->isBusy())
        return;
    m_opportunitiesStale = false;
    m_opportunities->scan();
}

Engine::Status MainWindow::exportReviewPdf(const QString &path)
{
    const SiteReview *review = m_dashboard->review();
    if (!review)
        return Engine::makeError(Engine::ErrorCode::NotEnoughData,
                                 tr("The dashboard has no finished review to export yet."));
    Engine::Result<int> pages = ReviewPdf::writePdf(*review, path);
    if (!pages)
        return pages.error();
    statusBar()->showMessage(tr("Management review written to %1 (%n page(s)).", nullptr,
                                *pages).arg(QDir::toNativeSeparators(path)), 8000);
    return Engine::Done{};
}

void MainWindow::exportReviewInteractively()
{
    const SiteReview *review = m_dashboard->review();
    if (!review) {
        statusBar()->showMessage(tr("Wait for the dashboard to finish its review."), 5000);
        return;
    }
    const QString suggested = tr("Management review %1 %2.pdf")
                                  .arg(review->site.name, review->lastDate.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export management review"),
                                                      suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Engine::Status written = exportReviewPdf(path); !written)
        QMessageBox::warning(this, tr("Management review not written"),
                             written.error().message);
}

void MainWindow::printReviewPreview()
{
    const SiteReview *review = m_dashboard->review();
    if (!review) {
        statusBar()->showMessage(tr("Wait for the dashboard to finish its review."), 5000);
        return;
    }
    // Landscape, like the PDF: the SEU table has eleven columns.
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PagedReport::pageLayout(QPageLayout::Landscape));
    QPrintPreviewDialog preview(&printer, this);
    preview.resize(1000, 760);
    const SiteReview shown = *review;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&shown](QPrinter *target) { ReviewPdf::paint(shown, *target); });
    preview.exec();
}

ConsumptionChart *MainWindow::chart() const
{
    return m_charts->consumptionChart();
}

// Site rows have only a name, so it may use the carrier and power columns too.
void MainWindow::showSitesSpanned()
{
    for (int row = 0; row < m_siteModel->rowCount(); ++row)
        m_siteTree->setFirstColumnSpanned(row, QModelIndex(), true);
}

QString MainWindow::databaseLocation() const
{
    return m_database ? m_database->location() : QString();
}

QString MainWindow::coverageText() const
{
    return m_coverageLabel->text();
}

void MainWindow::updateTitle()
{
    const QString name = m_database ? QFileInfo(m_database->location()).fileName()
                                    : tr("no database");
    setWindowTitle(tr("%1 – EnMS Workbench").arg(name));
}

} // namespace Enms
