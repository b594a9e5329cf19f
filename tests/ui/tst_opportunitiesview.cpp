// SPDX-License-Identifier: GPL-3.0-or-later
// The Opportunities view as a user drives it on the demo plant: a month scan of the
// Los Angeles site ending today, the type filter, the footer totals, Cancel, and
// "Create action plan…" with the plan it leads to in the plan editor.
#include "models/database.h"
#include "models/demostore.h"
#include "models/performance/opportunitytablemodel.h"
#include "models/performance/performanceservice.h"
#include "models/plans/plandocument.h"
#include "testdatabase.h"
#include "ui/opportunities/opportunitiesview.h"
#include "ui/plans/planeditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

using namespace Enms;
using namespace Enms::Test;
using Engine::IssueType;
using Engine::Opportunity;

namespace {

constexpr int kScanTimeoutMs = 60000;
// A stored plan keeps its expected outcomes to the hundredth of a kWh and of a currency
// unit, so it may differ from the scan by half of that.
constexpr double kStoredKWhTolerance = 0.005;
constexpr double kStoredMoneyTolerance = 0.005;

const QString kLosAngeles = QStringLiteral("Demo Manufacturing Plant");

QDate losAngelesToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/Los_Angeles")).date();
}

} // namespace

class TestOpportunitiesView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void scanShowsTheMonthFindingsRanked();
    void typeFilterLeavesOnlyThatType();
    void footerTotalsTheVisibleRows();
    void cancelLeavesTheViewIdleWithAMessage();
    void createActionPlanEmitsTheSelectedRow();
    void planForAnOpportunityExpectsItsSavings();

private:
    bool scanLosAngeles();
    int rowOf(const QString &seuName, IssueType type) const;

    QTemporaryDir m_settings;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_database;
    PerformanceService::ForSite<Engine::OpportunityReport> m_expected;
    std::unique_ptr<OpportunitiesView> m_view;
};

void TestOpportunitiesView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("EnMS-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_opportunitiesview"));

    // The demo ends today, so that the view's default end date and the month scan a
    // drafted plan takes its outcomes from look at the same thirty days.
    m_testDb = std::make_unique<TestDatabase>();
    auto opened = Database::open(m_testDb->location());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_database = std::move(opened).value();
    auto stored = storeDemoPlant(*m_database, {losAngelesToday(), 42, 6});
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));

    auto scan = PerformanceService(*m_database)
                    .opportunities(kLosAngeles, Engine::AnalysisPeriod::Month, losAngelesToday());
    QVERIFY2(scan, qPrintable(scan ? QString() : scan.error().message));
    m_expected = std::move(scan).value();
    QVERIFY(m_expected.result.opportunities.size() >= 6);   // six are planted
}

void TestOpportunitiesView::init()
{
    m_view = std::make_unique<OpportunitiesView>();
    m_view->resize(1200, 600);
    m_view->setDatabase(m_database.get());
    m_view->setSite(kLosAngeles);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestOpportunitiesView::cleanup()
{
    m_view.reset();
}

bool TestOpportunitiesView::scanLosAngeles()
{
    m_view->scan();
    if (!m_view->isBusy())
        return false;
    return QTest::qWaitFor([this] { return !m_view->isBusy(); }, kScanTimeoutMs);
}

int TestOpportunitiesView::rowOf(const QString &seuName, IssueType type) const
{
    const QAbstractItemModel *shown = m_view->table()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex seu = shown->index(row, OpportunityTableModel::SeuColumn);
        if (seu.data().toString() == seuName
            && seu.data(OpportunityTableModel::IssueTypeCodeRole).toString()
                == Engine::issueTypeCode(type))
            return row;
    }
    return -1;
}

void TestOpportunitiesView::scanShowsTheMonthFindingsRanked()
{
    QCOMPARE(m_view->siteCombo()->currentText(), kLosAngeles);
    QCOMPARE(m_view->endDateEdit()->date(), losAngelesToday());
    QCOMPARE(m_view->periodCombo()->currentData().toString(), QStringLiteral("month"));
    QVERIFY(!m_view->progressBar()->isVisible());

    QSignalSpy finished(m_view.get(), &OpportunitiesView::scanFinished);
    m_view->scan();
    QVERIFY(m_view->isBusy());
    QVERIFY(m_view->progressBar()->isVisible());
    QVERIFY(!m_view->scanButton()->isEnabled());
    QVERIFY(finished.wait(kScanTimeoutMs));
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    QVERIFY(!m_view->isBusy());
    QVERIFY(!m_view->progressBar()->isVisible());

    const QAbstractItemModel *shown = m_view->table()->model();
    QCOMPARE(shown->rowCount(), int(m_expected.result.opportunities.size()));
    QCOMPARE(shown->index(0, OpportunityTableModel::RankColumn).data().toString(),
             QStringLiteral("1"));
    QCOMPARE(rowOf(QStringLiteral("Injection-Molding-1"), IssueType::InefficientScheduling), 0);
    QVERIFY(rowOf(QStringLiteral("Compressor-1"), IssueType::BaselineDrift) > 0);
    QVERIFY(rowOf(QStringLiteral("Conveyor-A"), IssueType::ExcessiveIdle) > 0);
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, OpportunityTableModel::SeuColumn).data().toString(),
                 m_expected.result.opportunities[size_t(row)].seuName);
    // The first row is selected, so Enter works at once, and its whole finding is
    // spelled out under the table; another row replaces it.
    QCOMPARE(m_view->table()->selectionModel()->selectedRows().size(), 1);
    QVERIFY(m_view->createPlanButton()->isEnabled());
    QVERIFY(m_view->detailsView()->toPlainText().contains(
        QStringLiteral("Injection-Molding-1")));
    QVERIFY(m_view->detailsView()->toPlainText().contains(
        QStringLiteral("Recommended action:")));
    const int drift = rowOf(QStringLiteral("Compressor-1"), IssueType::BaselineDrift);
    m_view->table()->selectRow(drift);
    QVERIFY(m_view->detailsView()->toPlainText().contains(QStringLiteral("Drift:")));
}

void TestOpportunitiesView::typeFilterLeavesOnlyThatType()
{
    QVERIFY(scanLosAngeles());
    QComboBox *types = m_view->issueTypeCombo();
    QCOMPARE(types->count(), 4);      // all, and the three the detectors find

    types->setCurrentIndex(types->findData(Engine::issueTypeCode(IssueType::BaselineDrift)));
    const QAbstractItemModel *shown = m_view->table()->model();
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, OpportunityTableModel::SeuColumn).data().toString(),
             QStringLiteral("Compressor-1"));
    QCOMPARE(shown->index(0, OpportunityTableModel::IssueTypeColumn).data().toString(),
             QStringLiteral("Drift from the energy baseline"));

    types->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), int(m_expected.result.opportunities.size()));
}

void TestOpportunitiesView::footerTotalsTheVisibleRows()
{
    QLabel *footer = m_view->footerLabel();
    QVERIFY(footer->text().contains(QStringLiteral("Scan")));    // the hint before a scan
    QVERIFY(scanLosAngeles());

    // Off-hours findings only, added up here from the engine report.
    QComboBox *types = m_view->issueTypeCombo();
    types->setCurrentIndex(
        types->findData(Engine::issueTypeCode(IssueType::InefficientScheduling)));
    int count = 0;
    double kwh = 0.0;
    double cost = 0.0;
    for (const Opportunity &found : m_expected.result.opportunities) {
        if (found.type != IssueType::InefficientScheduling)
            continue;
        ++count;
        kwh += found.savingsKWh;
        cost += found.savingsCost;
    }
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString expected = QStringLiteral("%1 opportunities · %2 kWh · %3 USD")
                                 .arg(count)
                                 .arg(english.toString(kwh, 'f', 0),
                                      english.toString(cost, 'f', 2));
    QCOMPARE(footer->text(), expected);

    // The SEU filter narrows the footer as well: one finding for Conveyor-A.
    types->setCurrentIndex(0);
    m_view->seuFilterEdit()->setText(QStringLiteral("conveyor"));
    QVERIFY(footer->text().startsWith(QStringLiteral("1 opportunity · ")));
}

void TestOpportunitiesView::cancelLeavesTheViewIdleWithAMessage()
{
    QVERIFY(scanLosAngeles());
    const int rowsBefore = m_view->table()->model()->rowCount();
    QSignalSpy messages(m_view.get(), &OpportunitiesView::statusMessage);
    QSignalSpy finished(m_view.get(), &OpportunitiesView::scanFinished);

    m_view->periodCombo()->setCurrentIndex(2);      // a quarter: the longest scan
    m_view->scan();
    QVERIFY(m_view->cancelButton()->isEnabled());
    QTest::mouseClick(m_view->cancelButton(), Qt::LeftButton);
    QVERIFY(finished.wait(kScanTimeoutMs));
    QCOMPARE(finished.takeFirst().at(0).toBool(), false);

    QVERIFY(!m_view->isBusy());
    QVERIFY(!m_view->progressBar()->isVisible());
    QVERIFY(m_view->scanButton()->isEnabled());
    QVERIFY(m_view->messageLabel()->isVisible());
    QVERIFY(m_view->messageLabel()->text().contains(QStringLiteral("cancelled")));
    QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("cancelled")));
    QCOMPARE(m_view->table()->model()->rowCount(), rowsBefore);
}

void TestOpportunitiesView::createActionPlanEmitsTheSelectedRow()
{
    QVERIFY(scanLosAngeles());
    QSignalSpy requested(m_view.get(), &OpportunitiesView::createPlanRequested);
    const int drift = rowOf(QStringLiteral("Compressor-1"), IssueType::BaselineDrift);
    QVERIFY(drift > 0);
    const QString compressorId = m_view->table()
                                     ->model()
                                     ->index(drift, 0)
                                     .data(OpportunityTableModel::SeuIdRole)
                                     .toString();

    m_view->table()->selectRow(drift);
    QTest::mouseClick(m_view->createPlanButton(), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), compressorId);
    QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("baseline_drift"));

    // Enter on the table does the same for the row the keyboard moved to: Tab from the
    // SEU filter reaches the table, Home goes to the first row.
    m_view->seuFilterEdit()->setFocus();
    QTest::keyClick(m_view->seuFilterEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_view->table());
    QTest::keyClick(m_view->table(), Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(m_view->table(), Qt::Key_Return);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).at(0).toString(), m_expected.result.opportunities.front().seuId);
    QCOMPARE(requested.at(1).at(1).toString(), QStringLiteral("inefficient_scheduling"));
}

void TestOpportunitiesView::planForAnOpportunityExpectsItsSavings()
{
    QVERIFY(scanLosAngeles());
    QSignalSpy requested(m_view.get(), &OpportunitiesView::createPlanRequested);
    m_view->table()->selectRow(0);
    m_view->requestPlanForSelection();
    QCOMPARE(requested.size(), 1);
    const QString seuId = requested.at(0).at(0).toString();
    const QString code = requested.at(0).at(1).toString();

    PlanEditor editor;
    editor.setDatabase(m_database.get());
    const Engine::Result<QString> created = editor.createPlan(seuId, code);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QVERIFY(editor.currentDocument());

    const Opportunity &first = m_view->model()->opportunityAt(0);
    const Engine::ExpectedOutcomes &outcomes = editor.currentDocument()->expectedOutcomes();
    QCOMPARE(outcomes.basis, Engine::OutcomeBasis::Opportunity);
    QVERIFY2(qAbs(outcomes.energyKWh - first.savingsKWh) <= kStoredKWhTolerance,
             qPrintable(QStringLiteral("%1 kWh planned, %2 kWh found")
                            .arg(outcomes.energyKWh, 0, 'f', 6)
                            .arg(first.savingsKWh, 0, 'f', 6)));
    QVERIFY2(qAbs(outcomes.cost - first.savingsCost) <= kStoredMoneyTolerance,
             qPrintable(QStringLiteral("%1 planned, %2 found")
                            .arg(outcomes.cost, 0, 'f', 6)
                            .arg(first.savingsCost, 0, 'f', 6)));
    editor.setDatabase(nullptr);
}

QTEST_MAIN(TestOpportunitiesView)
#include "tst_opportunitiesview.moc"
