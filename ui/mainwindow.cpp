// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "models/database.h"
#include "models/energyseries.h"
#include "models/registry.h"
#include "models/settings.h"
#include "models/sitetreemodel.h"
#include "ui/charts/consumptionchart.h"
#include "ui/import/importwizard.h"
#include "ui/logging.h"
#include "ui/plans/planeditor.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
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
    m_siteTree->header()->setStretchLastSection(false);
    m_siteTree->header()->setSectionResizeMode(SiteTreeModel::NameColumn, QHeaderView::Stretch);
    m_siteTree->header()->setSectionResizeMode(SiteTreeModel::CarrierColumn,
                                               QHeaderView::ResizeToContents);
    m_siteTree->header()->setSectionResizeMode(SiteTreeModel::RatedPowerColumn,
                                               QHeaderView::ResizeToContents);

    m_chart = new ConsumptionChart;
    m_planEditor = new PlanEditor;
    m_viewTabs = new QTabWidget;
    m_viewTabs->setObjectName(QStringLiteral("viewTabs"));
    m_viewTabs->addTab(m_chart, tr("&Consumption"));
    m_viewTabs->addTab(m_planEditor, tr("Action p&lans"));

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_siteTree);
    m_splitter->addWidget(m_viewTabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 900});
    setCentralWidget(m_splitter);

    m_coverageLabel = new QLabel;
    statusBar()->addPermanentWidget(m_coverageLabel, 1);
    resize(1280, 800);
    setAcceptDrops(true);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import meter data…"), this,
                                      [this] { importMeterData(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setObjectName(QStringLiteral("importAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    createEditMenu();
    createPlansMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About EnMS Workbench"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);

    updateRecentMenu();
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_planEditor->createUndoAction(this));
    edit->addAction(m_planEditor->createRedoAction(this));
}

void MainWindow::createPlansMenu()
{
    QMenu *plans = menuBar()->addMenu(tr("&Plans"));
    QAction *create = plans->addAction(tr("&New action plan…"), this, &MainWindow::newActionPlan);
    create->setStatusTip(tr("Draft an action plan for the SEU selected in the tree"));
    plans->addSeparator();
    plans->addAction(tr("&Export plan as PDF…"), m_planEditor,
                     &PlanEditor::exportPdfInteractively);
    QAction *preview = plans->addAction(tr("Print pre&view…"), m_planEditor,
                                        &PlanEditor::printPreview);
    preview->setShortcut(QKeySequence::Print);
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
}

void MainWindow::saveWindowState()
{
    Settings::mainWindowGeometry.setValue(saveGeometry());
    Settings::mainWindowState.setValue(saveState());
    Settings::mainSplitterState.setValue(m_splitter->saveState());
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
    connect(wizard, &ImportWizard::readingsImported, this, &MainWindow::showCurrentSeu);
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

    m_planEditor->setDatabase(database.get());
    m_database = std::move(database);
    showSitesSpanned();
    m_siteTree->expandAll();
    m_chart->showMessage(tr("Select an SEU in the tree to see its consumption."));
    m_coverageLabel->clear();
    Settings::recentDatabases.setValue(
        Settings::withRecentDatabase(Settings::recentDatabases.value(), location));
    updateRecentMenu();
    updateTitle();
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

void MainWindow::updateRecentMenu()
{
    const QStringList recent = Settings::withoutMissingDatabases(Settings::recentDatabases.value());
    Settings::recentDatabases.setValue(recent);

    m_recentMenu->clear();
    for (int i = 0; i < recent.size(); ++i) {
        const QString &location = recent[i];
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(location).fileName()),
            this, [this, location] { openDatabaseInteractively(location); });
        action->setToolTip(location);
        action->setStatusTip(location);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About EnMS Workbench"),
        tr("<h3>EnMS Workbench %1</h3>"
           "<p>Energy management for ISO 50001: significant energy uses, their meter "
           "data, baselines and action plans.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion()));
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

void MainWindow::showCurrentSeu()
{
    const Engine::SeuInfo *seu = m_siteModel->seuAt(m_siteTree->currentIndex());
    if (!seu || !m_database)
        return;

    QElapsedTimer timer;
    timer.start();
    Engine::Result<EnergySeries> series = loadEnergySeries(*m_database, seu->id);
    if (!series) {
        m_chart->showMessage(tr("The readings of %1 could not be read.").arg(seu->name));
        m_coverageLabel->setText(series.error().message);
        return;
    }
    showSeries(*series);
    m_lastLoadMs = timer.elapsed();
    qCInfo(lcUi) << "charted" << seu->name << series->intervalKeys.size() << "intervals in"
                 << m_lastLoadMs << "ms";
}

void MainWindow::showSeries(const EnergySeries &series)
{
    m_chart->showSeries(series);
    m_coverageLabel->setText(coverageSummary(series));
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
