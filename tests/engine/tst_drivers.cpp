// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/baseline/drivers.h"
#include "engine/baseline/subsetsearch.h"
#include "engine/time/localcalendar.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <random>

using namespace Enms::Engine;

namespace {

constexpr double kTemperatureTolerance = 1e-9;
constexpr double kKWhTolerance = 1e-9;
constexpr double kHoursTolerance = 1e-9;

// Idle intervals draw 0.04 kW, running ones 1 kW; with 5 kW rated and a 10 % threshold
// (0.5 kW) the plant runs from 06:00 to midnight local time: 18 hours on every day.
constexpr double kRatedKW = 5.0;
constexpr double kIdleKWhPer15Min = 0.01;
constexpr double kRunningKWhPer15Min = 0.25;

// Fifteen-minute blocks over UTC days [firstDay, lastDay]; the value of each slot is
// computed from the local wall-clock hour, found through QTimeZone directly.
DayBlocks blocksByLocalHour(const QTimeZone &zone, const QDate &first, const QDate &last,
                            double (*valueOfHour)(int))
{
    DayBlocks blocks;
    const qint64 firstDay = QDateTime(first, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() / 86400;
    const qint64 lastDay = QDateTime(last, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() / 86400;
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        DayBlock block = DayBlock::empty(day, 900);
        for (int slot = 0; slot < block.slotCount(); ++slot) {
            const qint64 utc = block.slotStartUtc(slot);
            const QDateTime local = QDateTime::fromSecsSinceEpoch(utc, zone);
            block.values[size_t(slot)] = valueOfHour(local.time().hour());
        }
        blocks.push_back(block);
    }
    return blocks;
}

double hourAsTemperature(int hour)
{
    return hour;
}

double energyOfHour(int hour)
{
    return hour < 6 ? kIdleKWhPer15Min : kRunningKWhPer15Min;
}

} // namespace

class TestDrivers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localDaysAcrossDst_data();
    void localDaysAcrossDst();
    void weeklyTableSkipsIncompleteWeeks();
    void monthlyTable();
    void subsetSearchFindsTheRealDrivers();
    void ruleSetsReportEveryCheck();
};

void TestDrivers::localDaysAcrossDst_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<double>("meanC");
    QTest::addColumn<double>("energyKWh");

    // Wall-clock hours of the day, each held for the whole hour:
    //  ordinary day 0..23: mean 276/24 = 11.5; energy 6 x 0.04 + 18 x 1 = 18.24 kWh.
    //  spring forward (no 02:00 hour): (276 - 2)/23; energy 5 x 0.04 + 18 = 18.2 kWh.
    //  fall back (01:00 twice): (276 + 1)/25; energy 7 x 0.04 + 18 = 18.28 kWh.
    QTest::newRow("ordinary day") << QDate(2025, 3, 8) << 11.5 << 18.24;
    QTest::newRow("23-hour day") << QDate(2025, 3, 9) << 274.0 / 23.0 << 18.2;
    QTest::newRow("25-hour day") << QDate(2025, 11, 2) << 277.0 / 25.0 << 18.28;
}

void TestDrivers::localDaysAcrossDst()
{
    QFETCH(QDate, date);
    QFETCH(double, meanC);
    QFETCH(double, energyKWh);

    const QTimeZone zone("America/Los_Angeles");
    const LocalCalendar calendar(zone);
    const DayBlocks temperature = blocksByLocalHour(zone, date.addDays(-1), date.addDays(2),
                                                    hourAsTemperature);
    const DayBlocks energy = blocksByLocalHour(zone, date.addDays(-1), date.addDays(2),
                                               energyOfHour);

    const DailySeries means = dailyMeanTemperatureC(temperature, calendar, date, date);
    QCOMPARE(means.size(), size_t(1));
    QVERIFY(std::fabs(means.at(date) - meanC) < kTemperatureTolerance);
    QVERIFY(std::fabs(heatingDegreeDays(means.at(date), 18.0) - (18.0 - meanC))
            < kTemperatureTolerance);
    QCOMPARE(coolingDegreeDays(means.at(date), 18.0), 0.0);

    const DailySeries kWh = dailyEnergyKWh(energy, calendar, date, date);
    QVERIFY(std::fabs(kWh.at(date) - energyKWh) < kKWhTolerance);
    const DailySeries hours = dailyOperatingHours(energy, calendar, date, date, kRatedKW);
    QVERIFY(std::fabs(hours.at(date) - 18.0) < kHoursTolerance);

    // Through the table, with a base of 18 °C: one row, hdd = 18 - mean.
    const DailyInputs inputs{kWh, {}, means, hours};
    const Result<DriverTable> table = buildDriverTable(inputs, date, date);
    QVERIFY(table.ok());
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(std::fabs(table->driver(QStringLiteral("hdd"))->values[0] - (18.0 - meanC))
            < kTemperatureTolerance);
    QCOMPARE(table->driver(QStringLiteral("weekend"))->values[0],
             date.dayOfWeek() >= 6 ? 1.0 : 0.0);
}

// Three ISO weeks, Monday 3 March to Sunday 23 March 2025; energy 100 + i kWh on day i,
// production 10 per day, but production of Wednesday 12 March is missing.
// W10 = sum(100..106) = 721 kWh; W12 = sum(114..120) = 819 kWh; W11 is left out.
void TestDrivers::weeklyTableSkipsIncompleteWeeks()
{
    DailyInputs inputs;
    const QDate monday(2025, 3, 3);
    for (int i = 0; i < 21; ++i) {
        inputs.energyKWh[monday.addDays(i)] = 100.0 + i;
        if (monday.addDays(i) != QDate(2025, 3, 12))
            inputs.production[monday.addDays(i)] = 10.0;
    }
    DriverTableOptions options;
    options.period = PeriodLength::Week;

    // Starting on a Sunday leaves the week of 24 February incomplete as well.
    const Result<DriverTable> table =
        buildDriverTable(inputs, QDate(2025, 3, 2), QDate(2025, 3, 23), options);
    QVERIFY(table.ok());
    QCOMPARE(table->labels,
             (QStringList{QStringLiteral("2025-W10"), QStringLiteral("2025-W12")}));
    QCOMPARE(table->skippedPeriods,
             (QStringList{QStringLiteral("2025-W09"), QStringLiteral("2025-W11")}));
    QVERIFY(std::fabs(table->energyKWh[0] - 721.0) < kKWhTolerance);
    QVERIFY(std::fabs(table->energyKWh[1] - 819.0) < kKWhTolerance);
    QCOMPARE(table->driver(QStringLiteral("production"))->values[1], 70.0);
    QVERIFY(!table->driver(QStringLiteral("weekend")));
    QCOMPARE(table->periodStart[1], QDate(2025, 3, 17));
}

// 15 January to 10 April 2025 at 10 kWh and 8 °C a day: only February (28 days, 8 weekend
// days) and March (31 days, 10 weekend days) are complete; HDD = 10 per day.
void TestDrivers::monthlyTable()
{
    DailyInputs inputs;
    for (QDate d(2025, 1, 15); d <= QDate(2025, 4, 10); d = d.addDays(1)) {
        inputs.energyKWh[d] = 10.0;
        inputs.meanTemperatureC[d] = 8.0;
    }
    DriverTableOptions options;
    options.period = PeriodLength::Month;
    const Result<DriverTable> table =
        buildDriverTable(inputs, QDate(2025, 1, 15), QDate(2025, 4, 10), options);
    QVERIFY(table.ok());
    QCOMPARE(table->labels,
             (QStringList{QStringLiteral("2025-02"), QStringLiteral("2025-03")}));
    QCOMPARE(table->skippedPeriods,
             (QStringList{QStringLiteral("2025-01"), QStringLiteral("2025-04")}));
    QCOMPARE(table->dayCount, (std::vector<int>{28, 31}));
    QVERIFY(std::fabs(table->energyKWh[1] - 310.0) < kKWhTolerance);
    QVERIFY(std::fabs(table->driver(QStringLiteral("hdd"))->values[0] - 280.0)
            < kTemperatureTolerance);
    QCOMPARE(table->driver(QStringLiteral("cdd"))->values[1], 0.0);
    QCOMPARE(table->driver(QStringLiteral("temperature"))->values[1], 8.0);
    QCOMPARE(table->driver(QStringLiteral("weekend"))->values,
             (std::vector<double>{8.0, 10.0}));
}

// 400 days of energy = 500 + 2 production + 30 HDD with 2 % noise, plus a driver of pure
// noise and a constant one. Every one of the 15 subsets is reported; those with the
// constant driver are rank-deficient; the best valid model holds production and HDD.
void TestDrivers::subsetSearchFindsTheRealDrivers()
{
    std::mt19937 random(42u);
    std::uniform_real_distribution<double> units(100.0, 400.0);
    std::uniform_real_distribution<double> cold(0.0, 15.0);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::vector<double> energy;
    std::vector<NamedColumn> drivers{{QStringLiteral("production"), {}},
                                     {QStringLiteral("hdd"), {}},
                                     {QStringLiteral("random"), {}},
                                     {QStringLiteral("constant"), {}}};
    for (int day = 0; day < 400; ++day) {
        const double p = units(random);
        const double h = cold(random);
        drivers[0].values.push_back(p);
        drivers[1].values.push_back(h);
        drivers[2].values.push_back(noise(random));
        drivers[3].values.push_back(1.0);
        energy.push_back((500.0 + 2.0 * p + 30.0 * h) * (1.0 + 0.02 * noise(random)));
    }

    const Result<SubsetSearchResult> search = searchAllSubsets(energy, drivers, RuleSet::Sep);
    QVERIFY(search.ok());
    QCOMPARE(search->candidates.size(), size_t(15));
    int rankDeficient = 0;
    for (const SubsetCandidate &c : search->candidates) {
        const bool hasConstant = c.drivers.contains(QStringLiteral("constant"));
        QCOMPARE(c.error.has_value(), hasConstant);
        rankDeficient += c.error && c.error->code == ErrorCode::RankDeficient;
    }
    QCOMPARE(rankDeficient, 8);

    QVERIFY(search->best());
    QVERIFY(search->best()->drivers.contains(QStringLiteral("production")));
    QVERIFY(search->best()->drivers.contains(QStringLiteral("hdd")));
    QVERIFY(search->best()->verdict.valid);
    QVERIFY(search->best()->fit->rSquared > 0.9);
}

void TestDrivers::ruleSetsReportEveryCheck()
{
    // Eight points: too few for SEP whatever the fit. x = 1..8, y = 2x + (+-0.1).
    std::vector<double> y;
    NamedColumn x{QStringLiteral("x"), {}};
    for (int i = 1; i <= 8; ++i) {
        x.values.push_back(i);
        y.push_back(2.0 * i + (i % 2 ? 0.1 : -0.1));
    }
    const Result<OlsFit> fit = fitOls(y, {x});
    QVERIFY(fit.ok());

    const Verdict sep = judgeFit(*fit, RuleSet::Sep);
    QCOMPARE(sep.checks.size(), size_t(5));
    QVERIFY(!sep.valid);
    QCOMPARE(sep.checks.back().rule, QStringLiteral("n"));
    QVERIFY(!sep.checks.back().passed);
    QCOMPARE(sep.checks.back().value, 8.0);
    QVERIFY(sep.source.contains(QStringLiteral("Superior Energy Performance")));

    const Verdict rmv2 = judgeFit(*fit, RuleSet::Rmv2);
    QVERIFY(rmv2.valid);
    QCOMPARE(rmv2.checks.size(), size_t(3));
    const Verdict nmec = judgeFit(*fit, RuleSet::Nmec);
    QVERIFY(nmec.valid);
    QCOMPARE(nmec.notes.size(), 1);
    QCOMPARE(ruleSetFromCode(QStringLiteral("rmv2")), std::optional<RuleSet>(RuleSet::Rmv2));
    QVERIFY(!ruleSetFromCode(QStringLiteral("ashrae")));
}

QTEST_APPLESS_MAIN(TestDrivers)
#include "tst_drivers.moc"
