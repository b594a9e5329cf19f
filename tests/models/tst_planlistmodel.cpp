// SPDX-License-Identifier: GPL-3.0-or-later
// The plan list: what it shows of stored plans, how it follows a plan's changes, and
// that it behaves as an item model while doing so.
#include "models/performance/opportunitytablemodel.h"
#include "models/plans/planlistmodel.h"
#include "models/plans/plantext.h"
#include "planfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Enms;
using namespace Enms::Test;

class TestPlanListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backends_data();
    void listsStoredPlans_data() { backends_data(); }
    void listsStoredPlans();
    void followsChangesOfOnePlan_data() { backends_data(); }
    void followsChangesOfOnePlan();
    void proxySortsByDateNotText();
};

void TestPlanListModel::backends_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds())
        QTest::newRow(qPrintable(TestDatabase::kindName(kind))) << kind;
}

void TestPlanListModel::listsStoredPlans()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    auto fixture = PlanFixture::make(testDb);
    QVERIFY(fixture);
    const QString idle = fixture->store(Engine::IssueType::ExcessiveIdle, QDate(2026, 3, 2));
    const QString drift = fixture->store(Engine::IssueType::BaselineDrift, QDate(2026, 3, 5));
    QVERIFY(!idle.isEmpty() && !drift.isEmpty());
    QCOMPARE(idle, QStringLiteral("AP-Press-Line-2-excessive_idle-20260302"));

    PlanListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(PlanRepository(*fixture->database, {})));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(PlanListModel::ColumnCount));

    // Newest change first: the drift plan was stored last.
    const QModelIndex first = model.index(0, PlanListModel::IdColumn);
    QCOMPARE(first.data().toString(), drift);
    QCOMPARE(first.data(PlanListModel::PlanIdRole).toString(), drift);
    QCOMPARE(first.data(PlanListModel::SiteIdRole).toString(), fixture->site.id);
    QCOMPARE(first.data(PlanListModel::SeuIdRole).toString(), fixture->seu.id);
    QCOMPARE(model.index(0, PlanListModel::SeuColumn).data().toString(),
             QStringLiteral("Press Line 2"));
    // The issue type reads as in the opportunities table, not as a code with spaces.
    QCOMPARE(model.index(1, PlanListModel::IssueTypeColumn).data().toString(),
             QStringLiteral("Excessive idle running"));
    QCOMPARE(model.index(0, PlanListModel::IssueTypeColumn).data().toString(),
             OpportunityTableModel::issueTypeLabel(Engine::IssueType::BaselineDrift));
    QCOMPARE(model.index(1, PlanListModel::StatusColumn).data().toString(),
             QStringLiteral("Draft"));
    QCOMPARE(model.index(1, PlanListModel::StatusColumn).data(PlanListModel::StatusCodeRole)
                 .toString(), QStringLiteral("draft"));
    QCOMPARE(model.index(1, PlanListModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
             PlanText::statusColor(Engine::PlanStatus::Draft));
    QCOMPARE(model.index(1, PlanListModel::TargetDateColumn).data(PlanListModel::SortRole)
                 .toDate(), QDate(2026, 4, 1));   // 2 March + 30 days
    QCOMPARE(model.index(1, PlanListModel::RevisionColumn).data().toInt(), 1);
    QCOMPARE(model.headerData(PlanListModel::StatusColumn, Qt::Horizontal).toString(),
             QStringLiteral("Status"));

    // Reloading for another site shows nothing.
    QVERIFY(model.reload(PlanRepository(*fixture->database, {}), QStringLiteral("no-such-site")));
    QCOMPARE(model.rowCount(), 0);
}

void TestPlanListModel::followsChangesOfOnePlan()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    auto fixture = PlanFixture::make(testDb);
    QVERIFY(fixture);
    const QString idle = fixture->store(Engine::IssueType::ExcessiveIdle, QDate(2026, 3, 2));

    PlanListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(PlanRepository(*fixture->database, {})));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    PlanSummary line = model.summaryAt(0);
    line.status = Engine::PlanStatus::Approved;
    line.revision = 2;
    model.applySummary(line);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(0, PlanListModel::ColumnCount - 1));
    QCOMPARE(model.index(0, PlanListModel::StatusColumn).data().toString(),
             QStringLiteral("Approved"));
    QCOMPARE(model.index(0, PlanListModel::RevisionColumn).data().toInt(), 2);

    PlanSummary other = line;
    other.id = QStringLiteral("AP-new");
    model.applySummary(other);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("AP-new")), 0);
    QCOMPARE(model.rowOf(idle), 1);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestPlanListModel::proxySortsByDateNotText()
{
    TestDatabase testDb;
    auto fixture = PlanFixture::make(testDb);
    QVERIFY(fixture);
    // Target dates 2026-10-31 and 2026-04-01: as short text in the C locale "10/31/26"
    // sorts before "4/1/26", so only a date-aware sort puts April first.
    const QString october = fixture->store(Engine::IssueType::ExcessiveIdle, QDate(2026, 10, 1));
    const QString march = fixture->store(Engine::IssueType::BaselineDrift, QDate(2026, 3, 2));

    PlanListModel model;
    QVERIFY(model.reload(PlanRepository(*fixture->database, {})));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(PlanListModel::SortRole);
    proxy.sort(PlanListModel::TargetDateColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), march);
    QCOMPARE(proxy.index(1, 0).data().toString(), october);
}

QTEST_GUILESS_MAIN(TestPlanListModel)
#include "tst_planlistmodel.moc"
