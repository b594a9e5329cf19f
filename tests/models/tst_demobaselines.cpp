// SPDX-License-Identifier: GPL-3.0-or-later
// The demo plant with baselines (acceptDemoBaselines, storeDemoPlantWithBaselines): every
// demo SEU ends with exactly one accepted daily baseline over the first twelve months,
// the review month is a reporting period in which Compressor-1's planted drift shows as
// a rising CUSUM, and a failure half-way (a refused insert, an SEU that cannot be
// fitted) leaves no baseline at all. Run on SQLite and, when a server is configured,
// on PostgreSQL.
#include "models/baseline/baselinerepository.h"
#include "models/baseline/baselineservice.h"
#include "models/database.h"
#include "models/demostore.h"
#include "models/registry.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Enms;
using namespace Enms::Test;

namespace {

const QDate kDemoEnd(2026, 11, 30);
const QString kCompressor = QStringLiteral("Compressor-1");
// docs/demo-plant.md: Compressor-1 uses 15 % more energy from 14 days before the end
// date (5 % and 10 % steps the two days before), production unchanged.
constexpr int kDriftDays = 14;
constexpr double kPlantedDrift = 0.15;
// How close the CUSUM must come to the planted figure: the model explains the days
// before the drift to within a few tenths of a percent (CV(RMSE) ≈ 0.4 %).
constexpr double kDriftShareTolerance = 0.03;
constexpr double kUndriftedShareLimit = 0.01;
constexpr double kStatisticTolerance = 1e-12;

std::unique_ptr<Database> open(const TestDatabase &testDb)
{
    auto opened = Database::open(testDb.location());
    return opened ? std::move(opened).value() : nullptr;
}

int countRows(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// Makes the database refuse any baseline of one SEU, as a full disk or a constraint
// would refuse a write in the middle of the transaction.
bool refuseBaselinesOf(Database &database, const QString &seuId)
{
    QSqlQuery query(database.connection());
    if (database.backend() == Database::Backend::Sqlite)
        return query.exec(QStringLiteral(
            "CREATE TRIGGER refuse_baseline BEFORE INSERT ON baselines "
            "WHEN NEW.seu_id = '%1' BEGIN SELECT RAISE(ABORT, 'baseline refused'); END")
                              .arg(seuId));
    return query.exec(QStringLiteral(
               "CREATE FUNCTION refuse_baseline() RETURNS trigger AS $$ BEGIN "
               "RAISE EXCEPTION 'baseline refused'; END $$ LANGUAGE plpgsql"))
           && query.exec(QStringLiteral(
               "CREATE TRIGGER refuse_baseline BEFORE INSERT ON baselines FOR EACH ROW "
               "WHEN (NEW.seu_id = '%1') EXECUTE FUNCTION refuse_baseline()").arg(seuId));
}

} // namespace

class TestDemoBaselines final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backends_data();
    void everyDemoSeuHasOneAcceptedDailyBaseline_data() { backends_data(); }
    void everyDemoSeuHasOneAcceptedDailyBaseline();
    void plantedDriftShowsAsRisingCusum();
    void refusedWriteStoresNoBaseline_data() { backends_data(); }
    void refusedWriteStoresNoBaseline();
    void unfittableSeuStoresNoBaseline();
    void plantAndBaselinesAreStoredTogetherOrNotAtAll_data() { backends_data(); }
    void plantAndBaselinesAreStoredTogetherOrNotAtAll();
};

void TestDemoBaselines::backends_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds())
        QTest::newRow(qPrintable(TestDatabase::kindName(kind))) << kind;
}

void TestDemoBaselines::everyDemoSeuHasOneAcceptedDailyBaseline()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    std::unique_ptr<Database> db = open(testDb);
    QVERIFY(db);
    auto demo = storeDemoPlant(*db, {kDemoEnd, 42, 13});
    QVERIFY(demo);
    auto accepted = acceptDemoBaselines(*db, *demo);
    QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));

    // The review month (the 30 days before the end date) lies after the reference period.
    const DateSpan span = demoReferencePeriod(*demo);
    QCOMPARE(span.from, demo->firstDate);
    QCOMPARE(span.to, kDemoEnd.addDays(-31));

    const auto seus = Registry(*db).seus();
    QVERIFY(seus && !seus->empty());
    QCOMPARE(accepted->size(), seus->size());
    BaselineRepository repository(*db);
    for (const Engine::SeuInfo &seu : *seus) {
        auto all = repository.list(seu.id);
        QVERIFY(all);
        QCOMPARE(all->size(), size_t(1));
        const Baseline &stored = all->front();
        QCOMPARE(stored.status, BaselineStatus::Accepted);
        QCOMPARE(stored.periodLength, Engine::PeriodLength::Day);
        QCOMPARE(stored.periodFrom, span.from);
        QCOMPARE(stored.periodTo, span.to);
        QVERIFY2(stored.verdict.valid, qPrintable(seu.name));
        QCOMPARE(stored.verdict.ruleSet, Engine::RuleSet::Sep);

        // What the function returned is what is stored, and what the default search
        // chooses for the same span.
        const auto returned = std::find_if(accepted->begin(), accepted->end(),
                                           [&](const DemoBaseline &b) {
                                               return b.baseline.id == stored.id;
                                           });
        QVERIFY(returned != accepted->end());
        QCOMPARE(returned->seuName, seu.name);
        BaselineRequest request;
        request.seu = seu.id;
        request.from = span.from;
        request.to = span.to;
        auto refit = BaselineService(*db).fit(request);
        QVERIFY(refit && refit->chosen);
        QCOMPARE(stored.modelForm, refit->chosen->modelForm);
        QCOMPARE(stored.drivers, refit->chosen->drivers);
        QVERIFY(std::fabs(stored.fit.rSquared - refit->chosen->fit.rSquared)
                <= kStatisticTolerance);
        QVERIFY(std::fabs(stored.fit.cvRmse - refit->chosen->fit.cvRmse)
                <= kStatisticTolerance);
    }
}

// The planted leak, seen through the accepted baseline over the reporting month: flat
// before, then about +15 % a day.
void TestDemoBaselines::plantedDriftShowsAsRisingCusum()
{
    TestDatabase testDb;
    std::unique_ptr<Database> db = open(testDb);
    QVERIFY(db);
    auto demo = storeDemoPlantWithBaselines(*db, {kDemoEnd, 42, 13});
    QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().message));

    const QDate firstReportingDay = demoReferencePeriod(demo->summary).to.addDays(1);
    const QDate lastCompleteDay = kDemoEnd.addDays(-1);
    auto cusum = BaselineService(*db).cusum(kCompressor, firstReportingDay, lastCompleteDay);
    QVERIFY2(cusum, qPrintable(cusum ? QString() : cusum.error().message));
    const auto &periods = cusum->report.periods;
    const int days = int(periods.size());
    QCOMPARE(days, int(firstReportingDay.daysTo(lastCompleteDay)) + 1);

    const int driftStart = days - kDriftDays;
    const int beforeSteps = driftStart - 2;
    double expectedBefore = 0.0;
    for (int i = 0; i < beforeSteps; ++i)
        expectedBefore += periods[size_t(i)].expected;
    const double cusumBefore = periods[size_t(beforeSteps - 1)].cusum;
    QVERIFY2(std::fabs(cusumBefore) <= kUndriftedShareLimit * expectedBefore,
             qPrintable(QString::number(cusumBefore)));

    double excess = 0.0;
    double expectedDrift = 0.0;
    for (int i = driftStart; i < days; ++i) {
        excess += periods[size_t(i)].actual - periods[size_t(i)].expected;
        expectedDrift += periods[size_t(i)].expected;
        QVERIFY(periods[size_t(i)].cusum > periods[size_t(i - 1)].cusum);
    }
    QVERIFY2(std::fabs(excess / expectedDrift - kPlantedDrift) <= kDriftShareTolerance,
             qPrintable(QString::number(excess / expectedDrift)));
}

void TestDemoBaselines::refusedWriteStoresNoBaseline()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    std::unique_ptr<Database> db = open(testDb);
    QVERIFY(db);
    auto demo = storeDemoPlant(*db, {kDemoEnd, 42, 13});
    QVERIFY(demo && demo->seuIds.size() > 4);
    // The fifth SEU: four baselines are already written when its insert fails.
    QVERIFY(refuseBaselinesOf(*db, demo->seuIds.at(4)));

    auto accepted = acceptDemoBaselines(*db, *demo);
    QVERIFY(!accepted);
    QVERIFY2(accepted.error().message.contains(QStringLiteral("baseline refused")),
             qPrintable(accepted.error().message));
    QCOMPARE(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM baselines")), 0);
    QCOMPARE(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log "
                                           "WHERE action LIKE 'baseline.%'")), 0);
    // The plant itself, stored before, is untouched.
    QCOMPARE(int(Registry(*db).seus()->size()), demo->seus);
}

void TestDemoBaselines::unfittableSeuStoresNoBaseline()
{
    TestDatabase testDb;
    std::unique_ptr<Database> db = open(testDb);
    QVERIFY(db);
    auto demo = storeDemoPlant(*db, {kDemoEnd, 42, 13});
    QVERIFY(demo);
    const QString seuId = Registry(*db).seu(kCompressor)->id;
    QSqlQuery remove(db->connection());
    remove.prepare(QStringLiteral("DELETE FROM energy_blocks WHERE seu_id = ?"));
    remove.addBindValue(seuId);
    QVERIFY(remove.exec());

    auto accepted = acceptDemoBaselines(*db, *demo);
    QVERIFY(!accepted);
    QVERIFY2(accepted.error().message.contains(kCompressor),
             qPrintable(accepted.error().message));
    QCOMPARE(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM baselines")), 0);
}

void TestDemoBaselines::plantAndBaselinesAreStoredTogetherOrNotAtAll()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    std::unique_ptr<Database> db = open(testDb);
    QVERIFY(db);
    // The SEU ids are fixed by the demo (UUID v5 of site and name), so the refusal can
    // be set up before the plant exists.
    auto plant = Engine::generateDemoPlant({kDemoEnd, 42, 13});
    QVERIFY(plant);
    QVERIFY(refuseBaselinesOf(*db, plant->seus.back().id));

    auto demo = storeDemoPlantWithBaselines(*db, {kDemoEnd, 42, 13});
    QVERIFY(!demo);
    QCOMPARE(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM baselines")), 0);
    QCOMPARE(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM sites")), 0);
    QCOMPARE(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM energy_blocks")), 0);
}

QTEST_GUILESS_MAIN(TestDemoBaselines)
#include "tst_demobaselines.moc"
