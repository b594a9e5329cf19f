// SPDX-License-Identifier: GPL-3.0-or-later
// The one-row model the plan form's QDataWidgetMapper edits: each setData() is one undo
// step and one stored revision, and every change of a field, however it came (an edit,
// undo, redo, another verb), is announced as dataChanged of exactly that field's column.
// QAbstractItemModelTester watches all of it, on SQLite and on PostgreSQL.
#include "models/plans/plancommands.h"
#include "models/plans/plandocument.h"
#include "models/plans/planfieldsmodel.h"
#include "planfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Enms;
using namespace Enms::Test;

namespace {

const QList<int> kTextRoles{Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole};

// One dataChanged emission: its top-left and bottom-right cells and its roles.
struct Emission {
    QModelIndex topLeft;
    QModelIndex bottomRight;
    QList<int> roles;
};

Emission emission(const QSignalSpy &spy, qsizetype at)
{
    const QList<QVariant> &arguments = spy.at(at);
    return {arguments.at(0).toModelIndex(), arguments.at(1).toModelIndex(),
            arguments.at(2).value<QList<int>>()};
}

} // namespace

class TestPlanFieldsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backends_data();
    void showsTheOpenPlan_data() { backends_data(); }
    void showsTheOpenPlan();
    void editUndoRedoAnnounceOneColumn_data();
    void editUndoRedoAnnounceOneColumn();
    void otherVerbsAreAnnouncedToo_data() { backends_data(); }
    void otherVerbsAreAnnouncedToo();
    void refusedAndEqualValuesStoreNothing_data() { backends_data(); }
    void refusedAndEqualValuesStoreNothing();
    void documentGoneLeavesNoRow();
};

void TestPlanFieldsModel::backends_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds())
        QTest::newRow(qPrintable(TestDatabase::kindName(kind))) << kind;
}

void TestPlanFieldsModel::showsTheOpenPlan()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    auto fixture = PlanFixture::make(testDb);
    QVERIFY(fixture);
    const QString id = fixture->store(Engine::IssueType::ExcessiveIdle, QDate(2026, 3, 2));
    auto document = PlanDocument::open(*fixture->database, id);
    QVERIFY(document);

    PlanFieldsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDocument(document->get());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(PlanFieldsModel::ColumnCount));

    auto cell = [&model](PlanFieldsModel::Column column, int role = Qt::EditRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(cell(PlanFieldsModel::ProblemStatementColumn).toString(),
             QStringLiteral("The press idles between batches."));
    QCOMPARE(cell(PlanFieldsModel::RootCausesColumn).toString(),
             QStringLiteral("No idle detection\nManual shutdown only"));
    QCOMPARE(cell(PlanFieldsModel::MonitoringPlanColumn).toString(),
             QStringLiteral("Idle hours a week\nkWh a week"));
    QCOMPARE(cell(PlanFieldsModel::ResultVerificationColumn).toString(),
             QStringLiteral("Shutdown logic is live."));
    QCOMPARE(cell(PlanFieldsModel::PerformanceVerificationColumn).toString(),
             QStringLiteral("Compare 30 days with the baseline."));
    QCOMPARE(cell(PlanFieldsModel::TargetDateColumn).toDate(), QDate(2026, 4, 1));
    QCOMPARE(cell(PlanFieldsModel::TargetDateColumn, Qt::DisplayRole).toString(),
             QStringLiteral("1 Apr 2026"));
    QCOMPARE(model.headerData(PlanFieldsModel::MonitoringPlanColumn, Qt::Horizontal).toString(),
             QStringLiteral("Monitoring plan"));
    for (int column = 0; column < PlanFieldsModel::ColumnCount; ++column) {
        const auto field = PlanFieldsModel::fieldOf(PlanFieldsModel::Column(column));
        QCOMPARE(int(PlanFieldsModel::columnOf(field)), column);
    }

    model.setDocument(nullptr);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestPlanFieldsModel::editUndoRedoAnnounceOneColumn_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("shown");   // the edit role afterwards
    QTest::addColumn<QVariant>("original");

    struct Case {
        const char *name;
        PlanFieldsModel::Column column;
        QVariant value;
        QVariant shown;
        QVariant original;
    };
    const Case cases[] = {
        {"problem statement", PlanFieldsModel::ProblemStatementColumn,
         QStringLiteral("Idles <b>all</b> night & at 'weekends'\n"),
         QStringLiteral("Idles <b>all</b> night & at 'weekends'\n"),
         QStringLiteral("The press idles between batches.")},
        {"root causes as lines", PlanFieldsModel::RootCausesColumn,
         QStringLiteral("  Left running\n\nNo schedule  \n"),
         QStringLiteral("Left running\nNo schedule"),
         QStringLiteral("No idle detection\nManual shutdown only")},
        {"monitoring plan", PlanFieldsModel::MonitoringPlanColumn,
         QStringLiteral("Peak kW a day"), QStringLiteral("Peak kW a day"),
         QStringLiteral("Idle hours a week\nkWh a week")},
        {"result verification", PlanFieldsModel::ResultVerificationColumn, QString(),
         QString(), QStringLiteral("Shutdown logic is live.")},
        {"performance verification", PlanFieldsModel::PerformanceVerificationColumn,
         QStringLiteral("CUSUM over 8 weeks"), QStringLiteral("CUSUM over 8 weeks"),
         QStringLiteral("Compare 30 days with the baseline.")},
        {"target date", PlanFieldsModel::TargetDateColumn, QDate(2026, 5, 15),
         QDate(2026, 5, 15), QDate(2026, 4, 1)},
    };
    for (TestDatabase::Kind kind : TestDatabase::availableKinds()) {
        for (const Case &c : cases) {
            QTest::addRow("%s/%s", qPrintable(TestDatabase::kindName(kind)), c.name)
                << kind << int(c.column) << c.value << c.shown << c.original;
        }
    }
}

void TestPlanFieldsModel::editUndoRedoAnnounceOneColumn()
{
    QFETCH(TestDatabase::Kind, kind);
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QVariant, shown);
    QFETCH(QVariant, original);
    TestDatabase testDb(kind);
    auto fixture = PlanFixture::make(testDb);
    QVERIFY(fixture);
    const QString id = fixture->store(Engine::IssueType::ExcessiveIdle, QDate(2026, 3, 2));
    auto opened = PlanDocument::open(*fixture->database, id);
    QVERIFY(opened);
    PlanDocument &document = **opened;

    PlanFieldsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);
    const QModelIndex cell = model.index(0, column);
    const auto field = PlanFieldsModel::fieldOf(PlanFieldsModel::Column(column));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    auto checkEmission = [&](qsizetype at) {
        const Emission e = emission(changed, at);
        QCOMPARE(e.topLeft, cell);
        QCOMPARE(e.bottomRight, cell);
        QCOMPARE(e.roles, kTextRoles);
    };

    // The edit: one undo step, one revision stored at once, one column announced.
    QVERIFY(model.setData(cell, value));
    QCOMPARE(changed.size(), 1);
    checkEmission(0);
    QCOMPARE(cell.data(Qt::EditRole), shown);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(fixture->revisionCount(id), 2);
    auto reopened = PlanDocument::open(*fixture->database, id);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->text(field), document.text(field));

    // Undo and redo are announced for the same column and stored as well.
    document.undoStack()->undo();
    QCOMPARE(changed.size(), 2);
    checkEmission(1);
    QCOMPARE(cell.data(Qt::EditRole), original);
    document.undoStack()->redo();
    QCOMPARE(changed.size(), 3);
    checkEmission(2);
    QCOMPARE(cell.data(Qt::EditRole), shown);
    QCOMPARE(fixture->revisionCount(id), 4);
    reopened = PlanDocument::open(*fixture->database, id);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->text(field), document.text(field));
}

void TestPlanFieldsModel::otherVerbsAreAnnouncedToo()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    auto fixture = PlanFixture::make(testDb);
    QVERIFY(fixture);
    const QString id = fixture->store(Engine::IssueType::ExcessiveIdle, QDate(2026, 3, 2));
    auto opened = PlanDocument::open(*fixture->database, id);
    QVERIFY(opened);
    PlanDocument &document = **opened;
    PlanFieldsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // A verb called directly (as the CLI or another widget would) reaches the mapper.
    PlanEdits::setTargetDate(document, QDate(2026, 6, 30));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(emission(changed, 0).topLeft, model.index(0, PlanFieldsModel::TargetDateColumn));
    QCOMPARE(emission(changed, 0).bottomRight,
             model.index(0, PlanFieldsModel::TargetDateColumn));
    QCOMPARE(model.index(0, PlanFieldsModel::TargetDateColumn).data(Qt::EditRole).toDate(),
             QDate(2026, 6, 30));

    // Actions and status are not fields of this model: nothing is announced.
    PlanEdits::setActionCell(document, 0, 1, QStringLiteral("Detect idle at night"));
    QVERIFY(PlanEdits::changeStatus(document, Engine::PlanStatus::Approved));
    QCOMPARE(changed.size(), 1);

    // Undoing back over all three only announces the date again.
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(emission(changed, 1).topLeft, model.index(0, PlanFieldsModel::TargetDateColumn));
    QCOMPARE(fixture->stored(id).targetDate, QDate(2026, 4, 1));
}

void TestPlanFieldsModel::refusedAndEqualValuesStoreNothing()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    auto fixture = PlanFixture::make(testDb);
    QVERIFY(fixture);
    const QString id = fixture->store(Engine::IssueType::ExcessiveIdle, QDate(2026, 3, 2));
    auto opened = PlanDocument::open(*fixture->database, id);
    QVERIFY(opened);
    PlanFieldsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(opened->get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const QModelIndex date = model.index(0, PlanFieldsModel::TargetDateColumn);
    QVERIFY(!model.setData(date, QStringLiteral("31 February")));
    QVERIFY(!model.setData(date, QDate()));
    const QModelIndex causes = model.index(0, PlanFieldsModel::RootCausesColumn);
    QVERIFY(!model.setData(causes, QStringLiteral("Other"), Qt::DisplayRole));
    // Blank lines added to a list are no change of the plan.
    QVERIFY(model.setData(causes, QStringLiteral("No idle detection\n\nManual shutdown only\n")));
    QVERIFY(model.setData(date, QDate(2026, 4, 1)));

    QCOMPARE(changed.size(), 0);
    QCOMPARE((*opened)->undoStack()->count(), 0);
    QCOMPARE(fixture->revisionCount(id), 1);
}

void TestPlanFieldsModel::documentGoneLeavesNoRow()
{
    TestDatabase testDb;
    auto fixture = PlanFixture::make(testDb);
    QVERIFY(fixture);
    const QString id = fixture->store(Engine::IssueType::ExcessiveIdle, QDate(2026, 3, 2));
    auto opened = PlanDocument::open(*fixture->database, id);
    QVERIFY(opened);
    std::unique_ptr<PlanDocument> document = std::move(opened).value();

    PlanFieldsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(document.get());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    document.reset();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.document());
}

QTEST_GUILESS_MAIN(TestPlanFieldsModel)
#include "tst_planfieldsmodel.moc"
