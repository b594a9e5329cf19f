// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/baseline/ols.h"
#include "engine/baseline/savings.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace Enms::Engine;

namespace {

constexpr double kKWhTolerance = 1e-6;
constexpr double kFractionTolerance = 1e-12;
// Two-sided 90 % Student t with 10 degrees of freedom, from printed tables: 1.812461.
constexpr double kT90Df10 = 1.812461;
constexpr double kTableTolerance = 1e-6;

// A year of daily production and energy: 1,000 kWh fixed plus 2 kWh per unit, 1 % noise.
struct Plant {
    std::vector<double> production;
    std::vector<double> energy;
};

Plant generatePlant(int days, double energyFactor, unsigned seed)
{
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> units(200.0, 600.0);
    std::normal_distribution<double> noise(0.0, 0.01);
    Plant plant;
    for (int day = 0; day < days; ++day) {
        const double p = units(random);
        plant.production.push_back(p);
        plant.energy.push_back(energyFactor * (1000.0 + 2.0 * p) * (1.0 + noise(random)));
    }
    return plant;
}

} // namespace

class TestSavings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactTenPercentReduction();
    void fittedBaselineFindsTenPercent();
    void uncertaintyByHand();
    void sunBaltazarFactor();
    void cusumAndAlarm();
    void outOfRangeDriversAreFlagged();
};

// Actual = 0.9 x expected in every period: S = 0.1 sum expected, F = 0.1, SEnPI = 0.9.
void TestSavings::exactTenPercentReduction()
{
    const std::vector<double> expected{100.0, 200.0, 300.0, 400.0};
    std::vector<double> actual;
    for (double e : expected)
        actual.push_back(0.9 * e);
    const BaselineSummary baseline{12, 2, 10.0, 0.05, 0.0, {}};

    const Result<SavingsReport> report = computeSavings(baseline, actual, expected, {});
    QVERIFY(report.ok());
    QVERIFY(std::fabs(report->avoidedEnergy - 100.0) < kKWhTolerance);
    QVERIFY(std::fabs(report->savingsFraction - 0.1) < kFractionTolerance);
    QVERIFY(std::fabs(report->senpi - 0.9) < kFractionTolerance);
    QVERIFY(std::fabs(report->cumulativeImprovement - 0.1) < kFractionTolerance);
    // CUSUM of actual - expected: -10, -30, -60, -100.
    QVERIFY(std::fabs(report->periods.back().cusum + 100.0) < kKWhTolerance);
    QVERIFY(std::fabs(report->periods[1].cusum + 30.0) < kKWhTolerance);
}

// A baseline fitted on a year, a reporting quarter at 90 % of the baseline's behaviour:
// F comes back as 0.10 within the 1 % daily noise, and inside its own uncertainty.
void TestSavings::fittedBaselineFindsTenPercent()
{
    const Plant base = generatePlant(365, 1.0, 11u);
    const std::vector<NamedColumn> baseDrivers{{QStringLiteral("production"),
                                                base.production}};
    const Result<OlsFit> fit = fitOls(base.energy, baseDrivers);
    QVERIFY(fit.ok());

    const Plant reporting = generatePlant(90, 0.9, 12u);
    const std::vector<NamedColumn> drivers{{QStringLiteral("production"),
                                            reporting.production}};
    const Result<std::vector<double>> expected = predictOls(*fit, drivers, 90);
    QVERIFY(expected.ok());

    const Result<SavingsReport> report = computeSavings(summariseBaseline(*fit, baseDrivers),
                                                        reporting.energy, *expected, drivers);
    QVERIFY(report.ok());
    const double band = report->fractionalUncertainty * report->savingsFraction;
    QVERIFY2(std::fabs(report->savingsFraction - 0.10) < band,
             qPrintable(QStringLiteral("F = %1 +- %2").arg(report->savingsFraction).arg(band)));
    QVERIFY(report->fractionalUncertainty < 0.5);
    QVERIFY(report->minimumDetectableFraction < 0.10);
    QCOMPARE(report->periodsOutOfRange, 0);
}

// n = 12, p = 2, CV = 5 %, rho = 0 (n' = n), m = 30, F = 10 %, 90 % confidence:
// dS/S = 1.26 x 1.812461 x 0.05 x sqrt(1 x (1 + 2/12) / 30) / 0.1.
void TestSavings::uncertaintyByHand()
{
    const std::vector<double> expected(30, 100.0);
    const std::vector<double> actual(30, 90.0);
    const BaselineSummary baseline{12, 2, 5.0, 0.05, 0.0, {}};

    const Result<SavingsReport> report = computeSavings(baseline, actual, expected, {});
    QVERIFY(report.ok());
    QVERIFY(std::fabs(report->tValue - kT90Df10) < kTableTolerance);
    const double u = 1.26 * report->tValue * 0.05 * std::sqrt((1.0 + 2.0 / 12.0) / 30.0);
    QVERIFY(std::fabs(report->fractionalUncertainty - u / 0.1) < kFractionTolerance);
    QVERIFY(std::fabs(report->minimumDetectableFraction - u / 0.5) < kFractionTolerance);
    QVERIFY(std::fabs(report->absoluteUncertainty - u / 0.1 * 300.0) < kKWhTolerance);

    // With rho = 0.5, n' = 12 x 0.5 / 1.5 = 4 and the root becomes sqrt(3 x 1.5 / 30).
    BaselineSummary correlated = baseline;
    correlated.lag1Autocorrelation = 0.5;
    const Result<SavingsReport> wider = computeSavings(correlated, actual, expected, {});
    QVERIFY(std::fabs(wider->effectivePoints - 4.0) < kFractionTolerance);
    const double uWide = 1.26 * wider->tValue * 0.05 * std::sqrt(3.0 * 1.5 / 30.0);
    QVERIFY(std::fabs(wider->fractionalUncertainty - uWide / 0.1) < kFractionTolerance);
}

// M = 3 months: K = -0.00024 x 9 + 0.03535 x 3 + 1.00286 = 1.10675.
void TestSavings::sunBaltazarFactor()
{
    SavingsOptions options;
    options.factor = UncertaintyFactor::SunBaltazar;
    options.reportingMonths = 3.0;
    const BaselineSummary baseline{12, 2, 5.0, 0.05, 0.0, {}};
    const Result<SavingsReport> report = computeSavings(
        baseline, std::vector<double>(90, 95.0), std::vector<double>(90, 100.0), {}, options);
    QVERIFY(report.ok());
    QVERIFY(std::fabs(report->kFactor - 1.10675) < kFractionTolerance);

    options.reportingMonths = 0.0;
    QVERIFY(!computeSavings(baseline, {1.0}, {1.0}, {}, options).ok());
}

// RMSE 10: residuals of +10 (z = 1) add 0.5 per period to S+, so S+ passes h = 4 on the
// ninth period (4.5) and restarts.
void TestSavings::cusumAndAlarm()
{
    const std::vector<double> expected(12, 100.0);
    const std::vector<double> actual(12, 110.0);
    const BaselineSummary baseline{30, 2, 10.0, 0.1, 0.0, {}};
    const Result<SavingsReport> report = computeSavings(baseline, actual, expected, {});
    QVERIFY(report.ok());
    for (int i = 0; i < 12; ++i)
        QCOMPARE(report->periods[size_t(i)].alarm, i == 8);
    QVERIFY(std::fabs(report->periods[7].alarmUpper - 4.0) < kFractionTolerance);
    QVERIFY(std::fabs(report->periods[9].alarmUpper - 0.5) < kFractionTolerance);
    QVERIFY(std::fabs(report->periods[11].cusum - 120.0) < kKWhTolerance);
    QVERIFY(report->savingsFraction < 0.0);
}

// Baseline production 10..20 (mean 15, sd sqrt(11) = 3.317): 24 is outside the range but
// within 3 SD (limit 15 + 9.95 = 24.95), 30 is outside both.
void TestSavings::outOfRangeDriversAreFlagged()
{
    std::vector<double> baseProduction;
    for (int v = 10; v <= 20; ++v)
        baseProduction.push_back(v);
    const std::vector<DriverRange> ranges =
        driverRanges({{QStringLiteral("production"), baseProduction}});
    QCOMPARE(ranges.size(), size_t(1));
    // sd = sqrt(sum (v - 15)^2 / 10) = sqrt(110 / 10) = sqrt(11).
    QVERIFY(std::fabs(ranges[0].sd - std::sqrt(11.0)) < kFractionTolerance);

    const BaselineSummary baseline{11, 2, 1.0, 0.05, 0.0, ranges};
    const std::vector<NamedColumn> drivers{{QStringLiteral("production"), {15.0, 24.0, 30.0}}};
    const Result<SavingsReport> report =
        computeSavings(baseline, {1.0, 1.0, 1.0}, {1.0, 1.0, 1.0}, drivers);
    QVERIFY(report.ok());
    QVERIFY(report->periods[0].driversOutOfRange.isEmpty());
    QVERIFY(report->periods[1].driversOutOfRange.isEmpty());   // 24 < 15 + 3 sqrt(11) = 24.95
    QCOMPARE(report->periods[2].driversOutOfRange, QStringList{QStringLiteral("production")});
    QCOMPARE(report->periodsOutOfRange, 1);
}

QTEST_APPLESS_MAIN(TestSavings)
#include "tst_savings.moc"
