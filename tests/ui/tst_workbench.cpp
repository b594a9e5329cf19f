// SPDX-License-Identifier: GPL-3.0-or-later
// The main window with all its views on the demo plant, driven the way a user goes
// through them: the dashboard of a site, an SEU picked there opening its charts, an
// opportunity turned into an action plan, the management review exported and
// previewed for printing, and the View menu's shortcuts.
#include "models/database.h"
#include "models/demostore.h"
#include "models/performance/opportunitytablemodel.h"
#include "models/performance/reviewtablemodel.h"
#include "models/performance/sitereview.h"
#include "models/planrepository.h"
#include "models/plans/plandocument.h"
#include "models/registry.h"
#include "testdatabase.h"
#include "ui/charts/seuchartsview.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/mainwindow.h"
#include "ui/opportunities/opportunitiesview.h"
#include "ui/plans/planeditor.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Enms;
using namespace Enms::Test;

namespace {

constexpr int kWorkTimeoutMs = 60000;
// A stored plan keeps its expected outcomes to the hundredth of a kWh.
constexpr double kStoredKWhTolerance = 0.005;
const QString kLosAngeles = QStringLiteral("Demo Manufacturing Plant");

QDate losAngelesToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/Los_Angeles")).date();
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path,
                                                QStringLiteral("-")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestWorkbench final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void dashboardReviewsTheFirstSite();
    void seuPickedOnTheDashboardOpensItsCharts();
    void opportunityBecomesAnActionPlan();
    void managementReviewIsExportedAndPreviewed();
    void viewMenuShortcutsSwitchViews();

private:
    bool waitForDashboard();

    QTemporaryDir m_folder;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkbench::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_folder.path());
    QCoreApplication::setOrganizationName(QStringLiteral("EnMS-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workbench"));

    // Six months ending today: the dashboard's default window is the month before today.
    m_testDb = std::make_unique<TestDatabase>();
    auto database = Database::open(m_testDb->location());
    QVERIFY2(database, qPrintable(database ? QString() : database.error().message));
    auto stored = storeDemoPlant(**database, {losAngelesToday(), 42, 6});
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
}

void TestWorkbench::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDatabase(m_testDb->location()));
    QVERIFY(waitForDashboard());
}

void TestWorkbench::cleanup()
{
    m_window.reset();
}

bool TestWorkbench::waitForDashboard()
{
    DashboardView *dashboard = m_window->dashboard();
    return QTest::qWaitFor([dashboard] { return !dashboard->isBusy() && dashboard->review(); },
                           kWorkTimeoutMs);
}

void TestWorkbench::dashboardReviewsTheFirstSite()
{
    DashboardView *dashboard = m_window->dashboard();
    QCOMPARE(m_window->viewTabs()->currentWidget(), dashboard);
    const SiteReview *review = dashboard->review();
    QCOMPARE(review->site.name, kLosAngeles);
    QCOMPARE(review->lastDate, losAngelesToday().addDays(-1));

    // One row per active SEU of the site, as the register lists them.
    auto database = Database::open(m_testDb->location());
    QVERIFY(database.ok());
    const auto seus = Registry(**database).seus(review->site.id);
    QVERIFY(seus.ok());
    const auto active = std::count_if(seus->begin(), seus->end(),
                                      [](const Engine::SeuInfo &seu) { return seu.active; });
    QCOMPARE(dashboard->tableView()->model()->rowCount(), int(active));
    QVERIFY(m_window->currentSiteId() == review->site.id);
}

void TestWorkbench::seuPickedOnTheDashboardOpensItsCharts()
{
    DashboardView *dashboard = m_window->dashboard();
    const QModelIndex row = dashboard->tableModel()->index(0, 0);
    const QString seuId = row.data(ReviewTableModel::SeuIdRole).toString();
    QVERIFY(!seuId.isEmpty());

    QSignalSpy loaded(m_window->chartsView(), &SeuChartsView::loaded);
    emit dashboard->seuActivated(seuId);
    QVERIFY(loaded.wait(kWorkTimeoutMs));
    QCOMPARE(m_window->viewTabs()->currentWidget(), m_window->chartsView());
    QCOMPARE(m_window->chartsView()->series()->seu.id, seuId);
    QVERIFY2(m_window->coverageText().startsWith(row.data().toString()),
             qPrintable(m_window->coverageText()));
    QVERIFY(m_window->lastLoadMilliseconds() >= 0);
}

void TestWorkbench::opportunityBecomesAnActionPlan()
{
    // A quarter's scan: the plan must take its outcomes from the quarter too, not from
    // the month a plan drafted elsewhere would use.
    OpportunitiesView *view = m_window->opportunitiesView();
    view->periodCombo()->setCurrentIndex(
        view->periodCombo()->findData(QStringLiteral("quarter")));
    QSignalSpy finished(view, &OpportunitiesView::scanFinished);
    m_window->viewTabs()->setCurrentWidget(view);   // showing the view starts the scan
    QVERIFY(finished.wait(kWorkTimeoutMs));
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(view->model()->report().windowDays, 90);
    QVERIFY(view->table()->model()->rowCount() > 0);

    view->table()->selectRow(0);
    const QString seuId = view->selectedSeuId();
    const QString issueType = view->selectedIssueTypeCode();
    const double rowKWh = view->table()->model()
                              ->index(0, OpportunityTableModel::SavingsKWhColumn)
                              .data(OpportunityTableModel::SortRole).toDouble();
    view->requestPlanForSelection();

    QCOMPARE(m_window->viewTabs()->currentWidget(), m_window->planEditor());
    PlanDocument *document = m_window->planEditor()->currentDocument();
    QVERIFY(document);
    QVERIFY2(document->id().contains(issueType), qPrintable(document->id()));
    QVERIFY2(qAbs(document->plan().expectedOutcomes.energyKWh - rowKWh) < kStoredKWhTolerance,
             qPrintable(QStringLiteral("%1 vs %2").arg(document->plan().expectedOutcomes
                                                          .energyKWh).arg(rowKWh)));
    auto database = Database::open(m_testDb->location());
    const auto plans = PlanRepository(**database, QStringLiteral("USD")).plans();
    QVERIFY(plans.ok());
    QVERIFY(std::any_of(plans->begin(), plans->end(), [&](const PlanSummary &plan) {
        return plan.id == document->id() && plan.seuId == seuId;
    }));
}

void TestWorkbench::managementReviewIsExportedAndPreviewed()
{
    const QString path = m_folder.filePath(QStringLiteral("review.pdf"));
    const Engine::Status written = m_window->exportReviewPdf(path);
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4), QByteArray("%PDF"));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(kLosAngeles), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Page 1 of")));

    const QRegularExpressionMatch footer =
        QRegularExpression(QStringLiteral("Page 1 of (\\d+)")).match(text);
    QVERIFY(footer.hasMatch());
    const int pdfPages = footer.captured(1).toInt();

    // The print preview lays out the same pages on the same landscape A4; the dialog is
    // closed once it shows.
    int previewPages = -1;
    bool landscape = false;
    QTimer::singleShot(500, [&previewPages, &landscape] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
            previewPages = preview->pageCount();
        landscape = dialog->printer()->pageLayout().orientation() == QPageLayout::Landscape;
        dialog->reject();
    });
    m_window->printReviewPreview();
    QCOMPARE(previewPages, pdfPages);
    QVERIFY(landscape);
}

void TestWorkbench::viewMenuShortcutsSwitchViews()
{
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->viewTabs()->currentWidget(), m_window->opportunitiesView());
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->viewTabs()->currentWidget(), m_window->planEditor());
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->viewTabs()->currentWidget(), m_window->dashboard());

    QStringList menus;
    for (QAction *action : m_window->menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus, QStringList({QStringLiteral("&File"), QStringLiteral("&Edit"),
                                 QStringLiteral("&View"), QStringLiteral("&Plans"),
                                 QStringLiteral("&Help")}));
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
