// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's menus and its tool bar. Every command lives in a menu, with its
// shortcut; the tool bar repeats the ones used every day.
#include "ui/mainwindow.h"

#include "models/settings.h"
#include "ui/editcommands.h"
#include "ui/icons.h"
#include "ui/plans/planeditor.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/opportunities/opportunitiesview.h"

#include <QApplication>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QToolBar>

namespace Enms {

namespace {

// The icons of the views, in the order of the tabs.
const char *const kViewIcons[] = {"view-dashboard", "view-charts", "view-opportunities",
                                  "view-plans"};

} // namespace

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_actions.open = file->addAction(Icons::named("open-database"), tr("&Open database…"), this,
                                     &MainWindow::chooseDatabase);
    m_actions.open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    m_actions.import = file->addAction(Icons::named("import"), tr("&Import meter data…"), this,
                                       [this] { importMeterData(); });
    m_actions.import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_actions.import->setObjectName(QStringLiteral("importAction"));
    file->addSeparator();
    m_actions.exportReview = file->addAction(Icons::named("export-pdf"),
                                             tr("Export management &review as PDF…"), this,
                                             &MainWindow::exportReviewInteractively);
    m_actions.exportReview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_actions.exportReview->setStatusTip(tr("The dashboard's site and period as a report "
                                            "for the management review"));
    m_actions.printReview = file->addAction(Icons::named("print"), tr("Print re&view…"), this,
                                            &MainWindow::printReviewPreview);
    file->addSeparator();
    m_actions.settings = file->addAction(Icons::named("settings"), tr("&Settings…"), this,
                                         &MainWindow::showSettings);
    // Linux has no standard Preferences key, so Ctrl+, comes first and shows in the menu.
    m_actions.settings->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma),
                                      QKeySequence::Preferences});
    m_actions.settings->setMenuRole(QAction::PreferencesRole);
    m_actions.settings->setObjectName(QStringLiteral("settingsAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    createEditMenu();
    createViewMenu();
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
    m_actions.undo = m_planEditor->createUndoAction(this);
    m_actions.undo->setIcon(Icons::named("undo"));
    m_actions.redo = m_planEditor->createRedoAction(this);
    m_actions.redo->setIcon(Icons::named("redo"));
    edit->addAction(m_actions.undo);
    edit->addAction(m_actions.redo);
    (new EditCommands(this))->addActionsTo(edit);
}

// One entry per view, Ctrl+1 to Ctrl+4 in the order of the tabs, and F5 to compute
// the dashboard and the opportunity scan again.
void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int tab = 0; tab < m_viewTabs->count(); ++tab) {
        m_viewTabs->setTabIcon(tab, Icons::named(kViewIcons[tab]));
        QAction *show = view->addAction(m_viewTabs->tabIcon(tab), m_viewTabs->tabText(tab),
                                        this, [this, tab] { m_viewTabs->setCurrentIndex(tab); });
        show->setShortcut(QKeySequence(int(Qt::CTRL) | (Qt::Key_1 + tab)));
    }
    view->addSeparator();
    m_actions.refresh = view->addAction(Icons::named("refresh"), tr("&Refresh"), this, [this] {
        m_dashboard->refresh();
        if (m_viewTabs->currentWidget() == m_opportunities)
            m_opportunities->scan();
    });
    m_actions.refresh->setShortcut(QKeySequence::Refresh);
    m_actions.refresh->setStatusTip(tr("Compute the dashboard again from the stored data"));
    view->addSeparator();
    m_viewMenu = view;
}

void MainWindow::createPlansMenu()
{
    QMenu *plans = menuBar()->addMenu(tr("&Plans"));
    m_actions.newPlan = plans->addAction(Icons::named("new-plan"), tr("&New action plan…"), this,
                                         &MainWindow::newActionPlan);
    m_actions.newPlan->setStatusTip(tr("Draft an action plan for the SEU selected in the tree"));
    plans->addSeparator();
    plans->addAction(Icons::named("export-pdf"), tr("&Export plan as PDF…"), m_planEditor,
                     &PlanEditor::exportPdfInteractively);
    QAction *preview = plans->addAction(Icons::named("print"), tr("Print pre&view…"), m_planEditor,
                                        &PlanEditor::printPreview);
    preview->setShortcut(QKeySequence::Print);
}

// The commands of every day, as icons whose tooltips name the command and its shortcut.
// The tool bar can be hidden from the View menu; its place is part of the window state.
void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main tool bar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(22, 22));
    const QList<QList<QAction *>> groups = {
        {m_actions.open, m_actions.import},
        {m_actions.refresh},
        {m_actions.undo, m_actions.redo},
        {m_actions.newPlan},
        {m_actions.exportReview, m_actions.printReview},
        {m_actions.settings}};
    for (const QList<QAction *> &group : groups) {
        if (!bar->actions().isEmpty())
            bar->addSeparator();
        for (QAction *action : group) {
            bar->addAction(action);
            setToolTipWithShortcut(action);
        }
    }
    // The undo text changes with the last edit; its tooltip follows.
    for (QAction *action : {m_actions.undo, m_actions.redo})
        connect(action, &QAction::changed, this,
                [this, action] { setToolTipWithShortcut(action); });
    m_viewMenu->addAction(bar->toggleViewAction());
}

void MainWindow::setToolTipWithShortcut(QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    const QString tip = shortcut.isEmpty() ? text : tr("%1 (%2)").arg(text, shortcut);
    if (action->toolTip() != tip)
        action->setToolTip(tip);
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

} // namespace Enms
