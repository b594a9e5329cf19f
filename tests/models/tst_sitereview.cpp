// SPDX-License-Identifier: GPL-3.0-or-later
// The site review on the stored demo plant, on both backends: one row per active SEU
// whose energy is the stored energy of the window, totals that add the rows up, the
// same opportunities as the opportunity scan, cancelling, progress, and an accepted
// baseline taking over from the thirty-day mean.
#include "models/baseline/baselinerepository.h"
#include "models/baseline/baselineservice.h"
#include "models/database.h"
#include "models/demostore.h"
#include "models/performance/performanceservice.h"
#include "models/performance/sitereview.h"
#include "models/registry.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <map>
#include <memory>

using namespace Enms;
using namespace Enms::Test;
using Engine::AnalysisPeriod;

namespace {

// The review and the test add the same readings in a different order; a quarter of
// one SEU is some 10^5 kWh from about 8,600 readings, so rounding stays far below this.
constexpr double kKWhTolerance = 1e-4;
constexpr double kMoneyTolerance = 1e-5;
constexpr double kHoursTolerance = 1e-9;
constexpr double kPercentTolerance = 1e-6;

const QDate kDemoEnd(2026, 11, 30);
const QString kLosAngeles = QStringLiteral("Demo Manufacturing Plant");
const QString kBaselineSeu = QStringLiteral("Injection-Molding-1");

bool near(double actual, double expected, double tolerance)
{
    return std::fabs(actual - expected) <= tolerance;
}

QByteArray describe(const char *what, double actual, double expected)
{
    return QByteArray(what) + ": " + QByteArray::number(actual, 'f', 9) + " vs "
           + QByteArray::number(expected, 'f', 9);
}

// What the window of one SEU holds, read back through the energy query the CLI uses.
struct StoredWindow {
    double energyKWh = 0.0;
    double coveredHours = 0.0;
    int daysWithData = 0;
};

std::vector<Engine::SeuInfo> activeSeus(Database &database, const QString &siteId)
{
    std::vector<Engine::SeuInfo> active;
    const auto seus = Registry(database).seus(siteId);
    if (!seus)
        return active;
    for (const Engine::SeuInfo &seu : *seus) {
        if (seu.active)
            active.push_back(seu);
    }
    return active;
}

} // namespace

class TestSiteReview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void rowsAreTheStoredEnergy_data();
    void rowsAreTheStoredEnergy();
    void opportunitiesAreTheScan_data();
    void opportunitiesAreTheScan();
    void unknownSite_data() { backends_data(); }
    void unknownSite();
    void cancelAfterTheFirstSeu_data() { backends_data(); }
    void cancelAfterTheFirstSeu();
    void progressAndQuarterTiming_data() { backends_data(); }
    void progressAndQuarterTiming();
    void totalsOfRows();
    // Accepts a baseline in the shared databases, so it runs last.
    void acceptedBaselineIsUsed_data() { backends_data(); }
    void acceptedBaselineIsUsed();

private:
    void backends_data();
    void periods_data();
    Database &database(TestDatabase::Kind kind) { return *m_databases.at(kind); }
    StoredWindow stored(TestDatabase::Kind kind, const QString &seuId, const QDate &first,
                        const QDate &last);

    std::map<TestDatabase::Kind, std::unique_ptr<TestDatabase>> m_testDbs;
    std::map<TestDatabase::Kind, std::unique_ptr<Database>> m_databases;
};

void TestSiteReview::initTestCase()
{
    qputenv("ENMS_USER", "review-test");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds()) {
        auto testDb = std::make_unique<TestDatabase>(kind);
        QVERIFY2(!testDb->location().isEmpty(), qPrintable(testDb->error()));
        auto opened = Database::open(testDb->location());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        Engine::DemoOptions options;
        options.endDate = kDemoEnd;
        const auto demo = storeDemoPlant(**opened, options);
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
        qInfo("demo plant stored on %s in %.2f s", qPrintable(TestDatabase::kindName(kind)),
              demo->seconds);
        m_databases[kind] = std::move(opened).value();
        m_testDbs[kind] = std::move(testDb);
    }
}

void TestSiteReview::cleanupTestCase()
{
    m_databases.clear();
    m_testDbs.clear();
}

void TestSiteReview::backends_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds())
        QTest::newRow(qPrintable(TestDatabase::kindName(kind))) << kind;
}

void TestSiteReview::periods_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    QTest::addColumn<AnalysisPeriod>("period");
    QTest::addColumn<int>("days");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds()) {
        const QString name = TestDatabase::kindName(kind);
        QTest::addRow("%s week", qPrintable(name)) << kind << AnalysisPeriod::Week << 7;
        QTest::addRow("%s month", qPrintable(name)) << kind << AnalysisPeriod::Month << 30;
        QTest::addRow("%s quarter", qPrintable(name)) << kind << AnalysisPeriod::Quarter << 90;
    }
}

StoredWindow TestSiteReview::stored(TestDatabase::Kind kind, const QString &seuId,
                                    const QDate &first, const QDate &last)
{
    StoredWindow window;
    const auto rows = PerformanceService(database(kind))
                          .energy(seuId, first, last, Engine::EnergyGrouping::Day);
    if (!rows)
        return window;
    for (const Engine::PeriodEnergy &row : rows->rows) {
        window.energyKWh += row.energyKWh;
        window.coveredHours += row.coveredSeconds / 3600.0;
        ++window.daysWithData;
    }
    return window;
}

void TestSiteReview::rowsAreTheStoredEnergy_data() { periods_data(); }

// The window is the N local days before the end date; each row's energy, coverage and
// money are the stored figures of those days, summed here independently.
void TestSiteReview::rowsAreTheStoredEnergy()
{
    QFETCH(TestDatabase::Kind, kind);
    QFETCH(AnalysisPeriod, period);
    QFETCH(int, days);

    const auto review = SiteReviewService(database(kind)).review(kLosAngeles, period, kDemoEnd);
    QVERIFY2(review, review ? "" : qPrintable(review.error().message));
    QCOMPARE(review->endDate, kDemoEnd);
    QCOMPARE(review->firstDate, kDemoEnd.addDays(-days));
    QCOMPARE(review->lastDate, kDemoEnd.addDays(-1));
    QCOMPARE(review->site.name, kLosAngeles);
    QVERIFY(review->generatedAtUtc.isValid());

    const std::vector<Engine::SeuInfo> seus = activeSeus(database(kind), review->site.id);
    QCOMPARE(seus.size(), size_t(7));
    QCOMPARE(review->seus.size(), seus.size());

    // The window's length in hours from the site's own calendar (DST days included).
    const Engine::LocalCalendar calendar(QTimeZone(review->site.timeZoneId.toUtf8()));
    double windowHours = 0.0;
    for (QDate d = review->firstDate; d <= review->lastDate; d = d.addDays(1))
        windowHours += calendar.dayLengthHours(d);

    for (size_t i = 0; i < seus.size(); ++i) {
        const Engine::PeriodPerformance &row = review->seus[i];
        QCOMPARE(row.seuId, seus[i].id);
        QCOMPARE(row.firstDate, review->firstDate);
        QCOMPARE(row.lastDate, review->lastDate);

        const StoredWindow expected = stored(kind, row.seuId, row.firstDate, row.lastDate);
        QVERIFY2(near(row.actualKWh, expected.energyKWh, kKWhTolerance),
                 describe("actual kWh", row.actualKWh, expected.energyKWh));
        QVERIFY(near(row.coveredHours, expected.coveredHours, kHoursTolerance));
        QCOMPARE(row.daysWithData, expected.daysWithData);
        QVERIFY(near(row.windowHours, windowHours, kHoursTolerance));

        const Engine::CarrierTariff tariff = review->site.tariff(seus[i].carrier);
        QVERIFY(near(row.costAmount, expected.energyKWh * tariff.pricePerKWh, kMoneyTolerance));
        QVERIFY(near(row.co2Kg, expected.energyKWh * tariff.co2KgPerKWh, kMoneyTolerance));

        // The demo has a year of history, so every SEU has a thirty-day reference.
        QVERIFY2(row.hasExpected(), qPrintable(row.seuName));
        QCOMPARE(row.baselineSource, Engine::BaselineSource::ThirtyDayMean);
        QVERIFY(row.referenceCompleteDays >= Engine::kMinimumBaselineDays);
        const double deviation = row.actualKWh - *row.expectedKWh;
        QVERIFY(near(row.deviationKWh, deviation, kKWhTolerance));
        QVERIFY(near(row.deviationPercent, deviation / *row.expectedKWh * 100.0,
                     kPercentTolerance));
        QCOMPARE(row.status, Engine::statusFor(row.deviationPercent));
        QVERIFY(near(row.deviationCost, deviation * tariff.pricePerKWh, kMoneyTolerance));
    }
    QVERIFY(review->acceptedBaselines.empty());

    // Every row has an expectation here, so the totals are plain sums of the rows.
    double actual = 0.0, expected = 0.0, cost = 0.0, deviationCost = 0.0, co2 = 0.0;
    for (const Engine::PeriodPerformance &row : review->seus) {
        actual += row.actualKWh;
        expected += *row.expectedKWh;
        cost += row.costAmount;
        deviationCost += row.deviationCost;
        co2 += row.co2Kg;
    }
    const SiteReviewTotals &totals = review->totals;
    QCOMPARE(totals.seusWithExpected, int(seus.size()));
    QVERIFY(near(totals.actualKWh, actual, kKWhTolerance));
    QVERIFY(near(totals.actualKWhWithExpected, actual, kKWhTolerance));
    QVERIFY(near(totals.expectedKWh, expected, kKWhTolerance));
    QVERIFY(near(totals.deviationKWh, actual - expected, kKWhTolerance));
    QVERIFY(near(totals.deviationPercent, (actual - expected) / expected * 100.0,
                 kPercentTolerance));
    QVERIFY(near(totals.costAmount, cost, kMoneyTolerance));
    QVERIFY(near(totals.deviationCost, deviationCost, kMoneyTolerance));
    QVERIFY(near(totals.co2Kg, co2, kMoneyTolerance));
}

void TestSiteReview::opportunitiesAreTheScan_data() { periods_data(); }

void TestSiteReview::opportunitiesAreTheScan()
{
    QFETCH(TestDatabase::Kind, kind);
    QFETCH(AnalysisPeriod, period);

    const auto review = SiteReviewService(database(kind)).review(kLosAngeles, period, kDemoEnd);
    QVERIFY2(review, review ? "" : qPrintable(review.error().message));
    const auto scan = PerformanceService(database(kind)).opportunities(kLosAngeles, period,
                                                                       kDemoEnd);
    QVERIFY2(scan, scan ? "" : qPrintable(scan.error().message));

    const Engine::OpportunityReport &mine = review->opportunities;
    const Engine::OpportunityReport &theirs = scan->result;
    QCOMPARE(mine.firstDate, review->firstDate);
    QCOMPARE(mine.lastDate, review->lastDate);
    QCOMPARE(mine.seusScanned, theirs.seusScanned);
    QCOMPARE(mine.opportunities.size(), theirs.opportunities.size());
    for (size_t i = 0; i < mine.opportunities.size(); ++i) {
        const Engine::Opportunity &a = mine.opportunities[i];
        const Engine::Opportunity &b = theirs.opportunities[i];
        QCOMPARE(a.rank, b.rank);
        QCOMPARE(a.seuId, b.seuId);
        QCOMPARE(a.type, b.type);
        QVERIFY(near(a.savingsKWh, b.savingsKWh, kKWhTolerance));
        QVERIFY(near(a.savingsCost, b.savingsCost, kMoneyTolerance));
    }
    QVERIFY(near(mine.totalSavingsCost, theirs.totalSavingsCost, kMoneyTolerance));
}

void TestSiteReview::unknownSite()
{
    QFETCH(TestDatabase::Kind, kind);
    const auto review = SiteReviewService(database(kind))
                            .review(QStringLiteral("No Such Plant"), AnalysisPeriod::Month,
                                    kDemoEnd);
    QVERIFY(!review);
    QCOMPARE(review.error().code, Engine::ErrorCode::UnknownEntity);
}

void TestSiteReview::cancelAfterTheFirstSeu()
{
    QFETCH(TestDatabase::Kind, kind);
    int reported = 0;
    bool cancel = false;
    ReviewProgress progress;
    progress.progress = [&](int done, int) {
        ++reported;
        cancel = done >= 1;
    };
    progress.isCancelled = [&] { return cancel; };

    const auto review = SiteReviewService(database(kind))
                            .review(kLosAngeles, AnalysisPeriod::Month, kDemoEnd, progress);
    QVERIFY(!review);
    QCOMPARE(review.error().code, Engine::ErrorCode::Cancelled);
    QCOMPARE(review.error().message, QStringLiteral("The review was cancelled."));
    QCOMPARE(reported, 1);
}

void TestSiteReview::progressAndQuarterTiming()
{
    QFETCH(TestDatabase::Kind, kind);
    std::vector<std::pair<int, int>> steps;
    ReviewProgress progress;
    progress.progress = [&](int done, int total) { steps.emplace_back(done, total); };

    QElapsedTimer timer;
    timer.start();
    const auto review = SiteReviewService(database(kind))
                            .review(kLosAngeles, AnalysisPeriod::Quarter, kDemoEnd, progress);
    const qint64 ms = timer.elapsed();
    QVERIFY2(review, review ? "" : qPrintable(review.error().message));
    qInfo("review of %s, quarter, %zu SEUs on %s: %lld ms", qPrintable(kLosAngeles),
          review->seus.size(), qPrintable(TestDatabase::kindName(kind)), ms);

    // One step per active SEU and one for the opportunity scan, counting up to the end.
    const int total = int(review->seus.size()) + 1;
    QCOMPARE(int(steps.size()), total);
    for (size_t i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].first, int(i) + 1);
        QCOMPARE(steps[i].second, total);
    }
}

// Two rows with an expectation and one without, added up by hand.
void TestSiteReview::totalsOfRows()
{
    Engine::PeriodPerformance a;
    a.actualKWh = 1100.0;
    a.expectedKWh = 1000.0;
    a.deviationKWh = 100.0;
    a.costAmount = 165.0;
    a.deviationCost = 15.0;
    a.co2Kg = 495.0;
    Engine::PeriodPerformance b;
    b.actualKWh = 450.0;
    b.expectedKWh = 500.0;
    b.deviationKWh = -50.0;
    b.costAmount = 20.25;
    b.deviationCost = -2.25;
    b.co2Kg = 81.45;
    Engine::PeriodPerformance none;
    none.actualKWh = 200.0;
    none.costAmount = 30.0;
    none.co2Kg = 90.0;

    const SiteReviewTotals totals = totalsOf({a, b, none});
    QVERIFY(near(totals.actualKWh, 1100.0 + 450.0 + 200.0, kKWhTolerance));
    QVERIFY(near(totals.expectedKWh, 1000.0 + 500.0, kKWhTolerance));
    QVERIFY(near(totals.actualKWhWithExpected, 1100.0 + 450.0, kKWhTolerance));
    QVERIFY(near(totals.deviationKWh, 100.0 - 50.0, kKWhTolerance));
    // (100 - 50) / (1000 + 500) = 3.333... %
    QVERIFY(near(totals.deviationPercent, 50.0 / 1500.0 * 100.0, kPercentTolerance));
    QVERIFY(near(totals.costAmount, 165.0 + 20.25 + 30.0, kMoneyTolerance));
    QVERIFY(near(totals.deviationCost, 15.0 - 2.25, kMoneyTolerance));
    QVERIFY(near(totals.co2Kg, 495.0 + 81.45 + 90.0, kMoneyTolerance));
    QCOMPARE(totals.seusWithExpected, 2);

    const SiteReviewTotals empty = totalsOf({none});
    QCOMPARE(empty.seusWithExpected, 0);
    QCOMPARE(empty.deviationPercent, 0.0);
    QCOMPARE(empty.expectedKWh, 0.0);
}

// With an accepted daily baseline, the SEU's expectation is the baseline's energy of
// each window day, scaled by the share of the day its readings cover.
void TestSiteReview::acceptedBaselineIsUsed()
{
    QFETCH(TestDatabase::Kind, kind);
    Database &db = database(kind);

    BaselineRequest request;
    request.seu = kBaselineSeu;
    request.from = QDate(2025, 11, 1);
    request.to = QDate(2026, 10, 31);
    const auto fit = BaselineService(db).fit(request);
    QVERIFY2(fit, fit ? "" : qPrintable(fit.error().message));
    QVERIFY(fit->chosen);
    BaselineRepository repository(db);
    const auto id = repository.store(*fit->chosen);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    QVERIFY(repository.accept(*id));

    const auto review = SiteReviewService(db).review(kLosAngeles, AnalysisPeriod::Month,
                                                     kDemoEnd);
    QVERIFY2(review, review ? "" : qPrintable(review.error().message));
    QCOMPARE(review->acceptedBaselines.size(), size_t(1));
    QCOMPARE(review->acceptedBaselines.at(fit->seu.id), *id);

    const Engine::PeriodPerformance *row = nullptr;
    for (const Engine::PeriodPerformance &candidate : review->seus) {
        if (candidate.seuId == fit->seu.id)
            row = &candidate;
        else
            QCOMPARE(candidate.baselineSource, Engine::BaselineSource::ThirtyDayMean);
    }
    QVERIFY(row);
    QCOMPARE(row->baselineSource, Engine::BaselineSource::AcceptedBaseline);
    QVERIFY(row->hasExpected());

    // Sum of expected(d) * covered(d) / length(d) over the window days with readings.
    const auto daily = BaselineService(db).expectedDaily(fit->seu, review->site,
                                                         review->firstDate, review->lastDate);
    QVERIFY(daily);
    const auto energy = PerformanceService(db).energy(fit->seu.id, review->firstDate,
                                                      review->lastDate,
                                                      Engine::EnergyGrouping::Day);
    QVERIFY(energy);
    const Engine::LocalCalendar calendar(QTimeZone(review->site.timeZoneId.toUtf8()));
    double expectedKWh = 0.0;
    for (const Engine::PeriodEnergy &day : energy->rows) {
        const QDate date = calendar.localDate(day.periodStartUtc);
        QVERIFY2(daily->expectedKWh.count(date), qPrintable(date.toString(Qt::ISODate)));
        expectedKWh += daily->expectedKWh.at(date) * double(day.coveredSeconds)
                       / double(calendar.dayLengthSeconds(date));
    }
    QVERIFY2(near(*row->expectedKWh, expectedKWh, kKWhTolerance),
             describe("expected kWh", *row->expectedKWh, expectedKWh));

    // The opportunity scan judges drift against the same baseline.
    const auto scan = PerformanceService(db).opportunities(kLosAngeles, AnalysisPeriod::Month,
                                                           kDemoEnd);
    QVERIFY(scan);
    QCOMPARE(scan->acceptedBaselines.at(fit->seu.id), *id);
    QCOMPARE(review->opportunities.opportunities.size(), scan->result.opportunities.size());
}

QTEST_GUILESS_MAIN(TestSiteReview)
#include "tst_sitereview.moc"
