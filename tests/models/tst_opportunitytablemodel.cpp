// SPDX-License-Identifier: GPL-3.0-or-later
// The opportunity table over a month scan of the demo plant's Los Angeles site: the
// rows are the engine's findings in rank order with the CLI's description, sorting
// uses raw numbers, filtering by type and SEU name, and the footer totals follow the
// filter. Run on SQLite and, when a server is configured, on PostgreSQL.
#include "models/database.h"
#include "models/demostore.h"
#include "models/performance/opportunityscanjob.h"
#include "models/performance/opportunitytablemodel.h"
#include "models/performance/performancejson.h"
#include "models/performance/performanceservice.h"
#include "models/performance/performancetext.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <map>
#include <memory>

using namespace Enms;
using namespace Enms::Test;
using Engine::IssueType;
using Engine::Opportunity;

namespace {

constexpr double kKWhTolerance = 1e-9;
constexpr double kMoneyTolerance = 1e-9;
// Display text carries 0 (kWh) or 2 (money) decimals: half a unit of the last digit.
constexpr double kShownKWhTolerance = 0.5;
constexpr double kShownMoneyTolerance = 0.005;

const QDate kDemoEnd(2026, 11, 30);
const QString kLosAngeles = QStringLiteral("Demo Manufacturing Plant");

using Scan = PerformanceService::ForSite<Engine::OpportunityReport>;

// A demo plant stored on one backend and its month scan, made once per backend.
struct Plant {
    std::unique_ptr<TestDatabase> testDb;
    std::unique_ptr<Database> database;
    Scan scan;
};

double parsed(const QString &shown)
{
    bool ok = false;
    const double value = QLocale().toDouble(shown, &ok);
    return ok ? value : qQNaN();
}

} // namespace

class TestOpportunityTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backends_data();
    void rowsAreTheEngineReport_data() { backends_data(); }
    void rowsAreTheEngineReport();
    void sortingByCostDescendingGivesRankOrder_data() { backends_data(); }
    void sortingByCostDescendingGivesRankOrder();
    void typeFilterLeavesOnlyThatType_data() { backends_data(); }
    void typeFilterLeavesOnlyThatType();
    void footerTotalsFollowTheFilter_data() { backends_data(); }
    void footerTotalsFollowTheFilter();
    void seuTextFiltersByName();
    void rolesCarrySeuAndTypeOnEveryColumn();
    void detailsTellTheWholeFindingWithNamesAsTyped();
    void scanJobReportsProgressAndTheSameFindings();
    void cancelledScanJobGivesNoReport();

private:
    const Plant *plant(TestDatabase::Kind kind);
    std::map<TestDatabase::Kind, Plant> m_plants;
};

void TestOpportunityTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestOpportunityTableModel::backends_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds())
        QTest::newRow(qPrintable(TestDatabase::kindName(kind))) << kind;
}

const Plant *TestOpportunityTableModel::plant(TestDatabase::Kind kind)
{
    if (const auto it = m_plants.find(kind); it != m_plants.end())
        return &it->second;

    Plant made;
    made.testDb = std::make_unique<TestDatabase>(kind);
    const auto failed = [](const Engine::Error &error) {
        qWarning("%s", qPrintable(error.message));
        return nullptr;
    };
    auto opened = Database::open(made.testDb->location());
    if (!opened)
        return failed(opened.error());
    made.database = std::move(opened).value();
    // The shortest demo span; the numbers of a window do not depend on how long the
    // history before it is.
    if (auto stored = storeDemoPlant(*made.database, {kDemoEnd, 42, 6}); !stored)
        return failed(stored.error());
    auto scan = PerformanceService(*made.database)
                    .opportunities(kLosAngeles, Engine::AnalysisPeriod::Month, kDemoEnd);
    if (!scan)
        return failed(scan.error());
    made.scan = std::move(scan).value();
    return &m_plants.emplace(kind, std::move(made)).first->second;
}

void TestOpportunityTableModel::rowsAreTheEngineReport()
{
    QFETCH(TestDatabase::Kind, kind);
    const Plant *demo = plant(kind);
    QVERIFY(demo);
    const std::vector<Opportunity> &found = demo->scan.result.opportunities;
    QVERIFY(found.size() >= 6);     // six findings are planted at this site

    OpportunityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(demo->scan.site, demo->scan.result);
    QCOMPARE(model.rowCount(), int(found.size()));
    QCOMPARE(model.columnCount(), int(OpportunityTableModel::ColumnCount));

    const QJsonArray json = opportunityReportToJson(demo->scan.result, demo->scan.site.currency,
                                                    {})
                                .value(QStringLiteral("opportunities"))
                                .toArray();
    for (int row = 0; row < model.rowCount(); ++row) {
        const Opportunity &expected = found[size_t(row)];
        const auto cell = [&model, row](int column, int role) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(OpportunityTableModel::RankColumn, OpportunityTableModel::SortRole).toInt(),
                 row + 1);
        QCOMPARE(cell(OpportunityTableModel::SeuColumn, Qt::DisplayRole).toString(),
                 expected.seuName);
        QCOMPARE(cell(OpportunityTableModel::DescriptionColumn, Qt::DisplayRole).toString(),
                 json.at(row).toObject().value(QStringLiteral("description")).toString());

        const double kwh =
            cell(OpportunityTableModel::SavingsKWhColumn, OpportunityTableModel::SortRole)
                .toDouble();
        const double cost =
            cell(OpportunityTableModel::SavingsCostColumn, OpportunityTableModel::SortRole)
                .toDouble();
        QVERIFY(qAbs(kwh - expected.savingsKWh) <= kKWhTolerance);
        QVERIFY(qAbs(cost - expected.savingsCost) <= kMoneyTolerance);
        const QString shownKWh =
            cell(OpportunityTableModel::SavingsKWhColumn, Qt::DisplayRole).toString();
        const QString shownCost =
            cell(OpportunityTableModel::SavingsCostColumn, Qt::DisplayRole).toString();
        QVERIFY2(qAbs(parsed(shownKWh) - expected.savingsKWh) <= kShownKWhTolerance,
                 qPrintable(shownKWh));
        QVERIFY2(qAbs(parsed(shownCost) - expected.savingsCost) <= kShownMoneyTolerance,
                 qPrintable(shownCost));
    }

    // The planted largest saving of the site, by design more than 1.5 times the next.
    QCOMPARE(found.front().seuName, QStringLiteral("Injection-Molding-1"));
    QCOMPARE(found.front().type, IssueType::InefficientScheduling);
    QCOMPARE(model.headerData(OpportunityTableModel::SavingsCostColumn, Qt::Horizontal)
                 .toString(),
             QStringLiteral("Savings (USD)"));
}

void TestOpportunityTableModel::sortingByCostDescendingGivesRankOrder()
{
    QFETCH(TestDatabase::Kind, kind);
    const Plant *demo = plant(kind);
    QVERIFY(demo);

    OpportunityTableModel model;
    OpportunityFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(demo->scan.site, demo->scan.result);

    // Sorted by rank backwards first, so that the cost sort has something to undo.
    proxy.sort(OpportunityTableModel::RankColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, OpportunityTableModel::RankColumn).data().toInt(),
             proxy.rowCount());
    proxy.sort(OpportunityTableModel::SavingsCostColumn, Qt::DescendingOrder);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, OpportunityTableModel::RankColumn)
                     .data(OpportunityTableModel::SortRole)
                     .toInt(),
                 row + 1);
}

void TestOpportunityTableModel::typeFilterLeavesOnlyThatType()
{
    QFETCH(TestDatabase::Kind, kind);
    const Plant *demo = plant(kind);
    QVERIFY(demo);
    OpportunityTableModel model;
    OpportunityFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(demo->scan.site, demo->scan.result);

    for (IssueType type : {IssueType::ExcessiveIdle, IssueType::InefficientScheduling,
                           IssueType::BaselineDrift}) {
        const QString code = Engine::issueTypeCode(type);
        proxy.setIssueTypeCode(code);
        int expected = 0;
        for (const Opportunity &found : demo->scan.result.opportunities)
            expected += found.type == type ? 1 : 0;
        QVERIFY2(expected > 0, qPrintable(code));    // each detector fires at this site
        QCOMPARE(proxy.rowCount(), expected);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.index(row, OpportunityTableModel::IssueTypeColumn)
                         .data(OpportunityTableModel::IssueTypeCodeRole)
                         .toString(),
                     code);
    }

    // The planted drift is Compressor-1's developing leak.
    proxy.setIssueTypeCode(Engine::issueTypeCode(IssueType::BaselineDrift));
    QCOMPARE(proxy.index(0, OpportunityTableModel::SeuColumn).data().toString(),
             QStringLiteral("Compressor-1"));
    proxy.setIssueTypeCode({});
    QCOMPARE(proxy.rowCount(), model.rowCount());
}

void TestOpportunityTableModel::footerTotalsFollowTheFilter()
{
    QFETCH(TestDatabase::Kind, kind);
    const Plant *demo = plant(kind);
    QVERIFY(demo);
    OpportunityTableModel model;
    OpportunityFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setReport(demo->scan.site, demo->scan.result);

    // All rows: the engine's own totals.
    OpportunityFilterProxy::Totals all = proxy.totals();
    QCOMPARE(all.count, int(demo->scan.result.opportunities.size()));
    QVERIFY(qAbs(all.savingsKWh - demo->scan.result.totalSavingsKWh) <= kKWhTolerance);
    QVERIFY(qAbs(all.savingsCost - demo->scan.result.totalSavingsCost) <= kMoneyTolerance);

    // Scheduling only: the sum of those rows of the report, added up here.
    proxy.setIssueTypeCode(Engine::issueTypeCode(IssueType::InefficientScheduling));
    int count = 0;
    double kwh = 0.0;
    double cost = 0.0;
    for (const Opportunity &found : demo->scan.result.opportunities) {
        if (found.type != IssueType::InefficientScheduling)
            continue;
        ++count;
        kwh += found.savingsKWh;
        cost += found.savingsCost;
    }
    const OpportunityFilterProxy::Totals shown = proxy.totals();
    QCOMPARE(shown.count, count);
    QVERIFY(shown.count < all.count);
    QVERIFY(qAbs(shown.savingsKWh - kwh) <= kKWhTolerance);
    QVERIFY(qAbs(shown.savingsCost - cost) <= kMoneyTolerance);
}

void TestOpportunityTableModel::seuTextFiltersByName()
{
    const Plant *demo = plant(TestDatabase::Kind::Sqlite);
    QVERIFY(demo);
    OpportunityTableModel model;
    OpportunityFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setReport(demo->scan.site, demo->scan.result);

    // Compressor-1 has two findings (off-hours and drift); case does not matter.
    proxy.setSeuText(QStringLiteral("compressor"));
    QCOMPARE(proxy.rowCount(), 2);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, OpportunityTableModel::SeuColumn).data().toString(),
                 QStringLiteral("Compressor-1"));
    proxy.setIssueTypeCode(Engine::issueTypeCode(IssueType::BaselineDrift));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSeuText(QStringLiteral("no such SEU"));
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.totals().count, 0);
    QCOMPARE(proxy.totals().savingsKWh, 0.0);
}

void TestOpportunityTableModel::rolesCarrySeuAndTypeOnEveryColumn()
{
    const Plant *demo = plant(TestDatabase::Kind::Sqlite);
    QVERIFY(demo);
    OpportunityTableModel model;
    model.setReport(demo->scan.site, demo->scan.result);
    const Opportunity &first = demo->scan.result.opportunities.front();

    for (int column = 0; column < model.columnCount(); ++column) {
        const QModelIndex cell = model.index(0, column);
        QCOMPARE(cell.data(OpportunityTableModel::SeuIdRole).toString(), first.seuId);
        QCOMPARE(cell.data(OpportunityTableModel::IssueTypeCodeRole).toString(),
                 QStringLiteral("inefficient_scheduling"));
        QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
    }
    // Numbers are right-aligned, words left-aligned.
    const auto alignment = [&model](int column) {
        return model.index(0, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    };
    QVERIFY(alignment(OpportunityTableModel::SavingsCostColumn) & Qt::AlignRight);
    QVERIFY(alignment(OpportunityTableModel::SeuColumn) & Qt::AlignLeft);
    // The tooltip of the finding states the share it rests on.
    QVERIFY(model.index(0, OpportunityTableModel::IssueTypeColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Off-hours share")));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestOpportunityTableModel::detailsTellTheWholeFindingWithNamesAsTyped()
{
    const Plant *demo = plant(TestDatabase::Kind::Sqlite);
    QVERIFY(demo);
    Engine::OpportunityReport report = demo->scan.result;
    const Opportunity &first = report.opportunities.front();
    OpportunityTableModel model;
    model.setReport(demo->scan.site, report);

    const QString details =
        model.index(0, OpportunityTableModel::RoiDaysColumn)
            .data(OpportunityTableModel::DetailsRole)
            .toString();
    QVERIFY(details.contains(first.seuName));
    QVERIFY(details.contains(QStringLiteral("Recommended action:")));
    QVERIFY(details.contains(
        PerformanceText::recommendedAction(first).toHtmlEscaped()));
    QVERIFY(details.contains(QStringLiteral("Off-hours share")));

    // A name with markup is shown as typed, never interpreted.
    report.opportunities.front().seuName = QStringLiteral("<b>Line 'A'; & co</b>");
    model.setReport(demo->scan.site, report);
    const QString escaped = model.index(0, OpportunityTableModel::SeuColumn)
                                .data(OpportunityTableModel::DetailsRole)
                                .toString();
    QVERIFY(!escaped.contains(QStringLiteral("<b>Line")));
    QVERIFY(escaped.contains(QStringLiteral("&lt;b&gt;Line")));
}

// Run synchronously here; the view runs it on a worker thread.
void TestOpportunityTableModel::scanJobReportsProgressAndTheSameFindings()
{
    const Plant *demo = plant(TestDatabase::Kind::Sqlite);
    QVERIFY(demo);
    OpportunityScanJob job({demo->database->location(), demo->scan.site.id,
                            Engine::AnalysisPeriod::Month, kDemoEnd});
    QSignalSpy progressed(&job, &OpportunityScanJob::progressed);
    QSignalSpy finished(&job, &OpportunityScanJob::finished);
    job.run();

    QCOMPARE(finished.size(), 1);
    QVERIFY(job.result().scan.has_value());
    QVERIFY(!job.result().cancelled);
    // One step per SEU of the site and one for the detectors, the last one complete.
    const int steps = demo->scan.result.seusScanned + 1;
    QCOMPARE(progressed.size(), steps);
    for (int i = 1; i < progressed.size(); ++i)
        QVERIFY(progressed.at(i).at(0).toInt() > progressed.at(i - 1).at(0).toInt());
    QCOMPARE(progressed.last().at(0).toInt(), 1000);

    const auto &found = job.result().scan->result.opportunities;
    QCOMPARE(found.size(), demo->scan.result.opportunities.size());
    for (size_t i = 0; i < found.size(); ++i)
        QVERIFY(qAbs(found[i].savingsKWh - demo->scan.result.opportunities[i].savingsKWh)
                <= kKWhTolerance);
}

void TestOpportunityTableModel::cancelledScanJobGivesNoReport()
{
    const Plant *demo = plant(TestDatabase::Kind::Sqlite);
    QVERIFY(demo);
    OpportunityScanJob job({demo->database->location(), demo->scan.site.id,
                            Engine::AnalysisPeriod::Quarter, kDemoEnd});
    QSignalSpy progressed(&job, &OpportunityScanJob::progressed);
    job.cancel();
    job.run();

    QVERIFY(job.result().cancelled);
    QVERIFY(!job.result().scan.has_value());
    QVERIFY(!job.result().message.isEmpty());
    QCOMPARE(progressed.size(), 0);      // stopped before the first SEU was read
}

QTEST_GUILESS_MAIN(TestOpportunityTableModel)
#include "tst_opportunitytablemodel.moc"
