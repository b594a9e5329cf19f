// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/performance/dailyanalysis.h"
#include "engine/performance/localenergy.h"

#include <QElapsedTimer>
#include <QTest>

#include <map>

using namespace Enms::Engine;

namespace {

constexpr double kKWhTolerance = 1e-6;
constexpr double kPercentTolerance = 1e-6;
constexpr double kMoneyTolerance = 1e-6;

// Collects readings by their UTC start and hands them out as sorted DayBlocks.
class SeriesBuilder final
{
public:
    explicit SeriesBuilder(int intervalSeconds = 900) : m_interval(intervalSeconds) {}

    void set(qint64 startUtc, double kwh)
    {
        const qint64 day = utcDayOf(startUtc);
        auto it = m_blocks.find(day);
        if (it == m_blocks.end())
            it = m_blocks.emplace(day, DayBlock::empty(day, m_interval)).first;
        it->second.values[size_t((startUtc - day * kSecondsPerDay) / m_interval)] = kwh;
    }

    // Every slot starting in [fromUtc, toUtc) gets the same energy.
    void fill(qint64 fromUtc, qint64 toUtc, double kwhPerSlot)
    {
        for (qint64 t = fromUtc; t < toUtc; t += m_interval)
            set(t, kwhPerSlot);
    }

    // A whole local day, its total spread evenly over the slots it really has.
    void fillLocalDay(const LocalCalendar &calendar, const QDate &date, double totalKWh)
    {
        const qint64 start = calendar.startOfDayUtc(date);
        const qint64 slotCount = calendar.dayLengthSeconds(date) / m_interval;
        fill(start, start + slotCount * m_interval, totalKWh / double(slotCount));
    }

    DayBlocks blocks() const
    {
        DayBlocks out;
        for (const auto &[day, block] : m_blocks)
            out.push_back(block);
        return out;
    }

private:
    int m_interval;
    std::map<qint64, DayBlock> m_blocks;
};

qint64 localInstant(const QTimeZone &zone, const QDate &date, const QTime &time)
{
    return QDateTime(date, time, zone).toSecsSinceEpoch();
}

SeuInfo compressor()
{
    SeuInfo seu;
    seu.id = QStringLiteral("seu-1");
    seu.name = QStringLiteral("Compressor-1");
    seu.ratedKW = 55.0;
    return seu;
}

CarrierTariff tariffAt(double price)
{
    CarrierTariff tariff;
    tariff.pricePerKWh = price;
    return tariff;
}

// Ten complete days of `baselineKWh` before `date`, then the analysed day itself.
std::vector<LocalDayEnergy> syntheticDays(const QDate &date, double baselineKWh,
                                          double actualKWh, int completeDays = 10)
{
    std::vector<LocalDayEnergy> days;
    for (int i = completeDays; i >= 1; --i)
        days.push_back(LocalDayEnergy{date.addDays(-i), baselineKWh, kSecondsPerDay,
                                      kSecondsPerDay});
    days.push_back(LocalDayEnergy{date, actualKWh, kSecondsPerDay, kSecondsPerDay});
    return days;
}

} // namespace

class TestDailyAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dstDayLengths_data();
    void dstDayLengths();
    void partialDstDay_data();
    void partialDstDay();
    void workedExample();
    void baselineSkipsGapsAndPartialDays();
    void tooFewCompleteDays();
    void noDataOnTheDay();
    void zeroEnergyIsMinusHundredPercent();
    void boundaries_data();
    void boundaries();
    void boundaryAfterBinaryRounding_data();
    void boundaryAfterBinaryRounding();
    void recommendationSavingsAndRoi();
    void acceptedBaseline();
    void zeroBaselineIsAnError();
    void intervalsBelongToTheDayTheyStartIn();
    void hoursOnFallBackDay();
    void dailyScanSpeed();
};

void TestDailyAnalysis::dstDayLengths_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("slotCount");

    // 15-minute slots in a local day: 23 h -> 92, 25 h -> 100.
    QTest::newRow("Los Angeles 23 h") << "America/Los_Angeles" << QDate(2025, 3, 9) << 92;
    QTest::newRow("Los Angeles 25 h") << "America/Los_Angeles" << QDate(2025, 11, 2) << 100;
    QTest::newRow("Berlin 23 h") << "Europe/Berlin" << QDate(2025, 3, 30) << 92;
    QTest::newRow("Berlin 25 h") << "Europe/Berlin" << QDate(2025, 10, 26) << 100;
}

void TestDailyAnalysis::dstDayLengths()
{
    QFETCH(QString, zone);
    QFETCH(QDate, date);
    QFETCH(int, slotCount);

    // Every 15 minutes 1.5 kWh (6 kW), from 31 days before to the day after.
    const LocalCalendar calendar{QTimeZone(zone.toUtf8())};
    SeriesBuilder builder;
    builder.fill(calendar.startOfDayUtc(date.addDays(-31)),
                 calendar.startOfDayUtc(date.addDays(2)), 1.5);
    const DayBlocks blocks = builder.blocks();

    const auto days = dailyEnergy(blocks, calendar, date.addDays(-30), date.addDays(1));
    QCOMPARE(int(days.size()), 32);
    const LocalDayEnergy &day = days[30];
    QCOMPARE(day.date, date);
    QCOMPARE(day.coveredSeconds, qint64(slotCount) * 900);
    QCOMPARE(day.dayLengthSeconds, qint64(slotCount) * 900);
    QVERIFY(qAbs(day.energyKWh - slotCount * 1.5) < kKWhTolerance);
    // The ordinary days around it have 96 slots = 144 kWh.
    QVERIFY(qAbs(days[29].energyKWh - 144.0) < kKWhTolerance);
    QVERIFY(qAbs(days[31].energyKWh - 144.0) < kKWhTolerance);

    // 23 or 25 covered hours are a complete day: no projection. Baseline = 144 kWh
    // (the 30 days before, all ordinary); deviation = 1.5 * (slots - 96).
    const auto result = analyzeDay(compressor(), tariffAt(0.15), days, date);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY(!result->isProjection);
    QCOMPARE(result->dayLengthHours, slotCount / 4.0);
    QVERIFY(qAbs(result->actualKWh - slotCount * 1.5) < kKWhTolerance);
    QVERIFY(qAbs(result->baselineKWh - 144.0) < kKWhTolerance);
    QCOMPARE(result->completeDaysInBaseline, 30);
    const double expectedPercent = (slotCount * 1.5 - 144.0) * 100.0 / 144.0;   // -/+4.1667
    QVERIFY(qAbs(result->deviationPercent - expectedPercent) < kPercentTolerance);
    QCOMPARE(result->status, IsoStatus::OnTarget);
    QCOMPARE(result->rootCause, RootCause::NormalVariation);
}

void TestDailyAnalysis::partialDstDay_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("presentSlots");
    QTest::addColumn<double>("projectedKWh");

    // 12 h of 1.5 kWh slots = 72 kWh on a 23-h day -> 72 * 23 / 12 = 138 kWh.
    QTest::newRow("LA 23 h, 12 h covered")
        << "America/Los_Angeles" << QDate(2025, 3, 9) << 48 << 138.0;
    // 20 h = 80 slots = 120 kWh on a 25-h day -> 120 * 25 / 20 = 150 kWh.
    QTest::newRow("Berlin 25 h, 20 h covered")
        << "Europe/Berlin" << QDate(2025, 10, 26) << 80 << 150.0;
}

void TestDailyAnalysis::partialDstDay()
{
    QFETCH(QString, zone);
    QFETCH(QDate, date);
    QFETCH(int, presentSlots);
    QFETCH(double, projectedKWh);

    const LocalCalendar calendar{QTimeZone(zone.toUtf8())};
    SeriesBuilder builder;
    builder.fill(calendar.startOfDayUtc(date.addDays(-30)), calendar.startOfDayUtc(date), 1.5);
    const qint64 dayStart = calendar.startOfDayUtc(date);
    builder.fill(dayStart, dayStart + presentSlots * 900, 1.5);
    const DayBlocks blocks = builder.blocks();

    const auto days = dailyEnergy(blocks, calendar, date.addDays(-30), date);
    const auto result = analyzeDay(compressor(), tariffAt(0.15), days, date);
    QVERIFY(result.ok());
    QVERIFY(result->isProjection);
    QVERIFY(qAbs(result->measuredKWh - presentSlots * 1.5) < kKWhTolerance);
    QVERIFY(qAbs(result->actualKWh - projectedKWh) < kKWhTolerance);
    // A projected day has lower confidence than the 0.9 / 0.7 of a complete one.
    QVERIFY(result->confidence <= 0.7);
}

void TestDailyAnalysis::workedExample()
{
    // 664.23 kWh measured in 14.42 h of a 24-h Los Angeles day. 14.42 h = 51,912 s is
    // 721 slots of 72 s (72 s divides a day into 1,200 slots).
    // Projected: 664.23 * 24 / 14.42 = 1,105.5146 kWh.
    // Baseline: 30 complete days alternating 1,000.85 and 1,016.85 -> mean 1,008.85.
    // Deviation: 96.6646 kWh = +9.5817 % -> score 0.8, requires_attention,
    // increased_load, confidence 0.6 because it is a projection.
    // Cost at 0.15 / kWh: +14.4997; one recommendation (review parameters, 50 %):
    // 48.3323 kWh, 7.2498, roi = ceil(500 / 7.2498) = ceil(68.97) = 69 days.
    const QTimeZone zone("America/Los_Angeles");
    const LocalCalendar calendar(zone);
    const QDate date(2025, 6, 15);
    SeriesBuilder builder(72);
    for (int i = 1; i <= 30; ++i) {
        const double total = i % 2 ? 1000.85 : 1016.85;
        builder.fillLocalDay(calendar, date.addDays(-i), total);
    }
    const qint64 start = calendar.startOfDayUtc(date);
    builder.fill(start, start + 721 * 72, 664.23 / 721.0);
    const DayBlocks blocks = builder.blocks();

    const auto days = dailyEnergy(blocks, calendar, date.addDays(-30), date);
    const auto result = analyzeDay(compressor(), tariffAt(0.15), days, date);
    QVERIFY(result.ok());
    const double projected = 664.23 * 24.0 / 14.42;
    QVERIFY(result->isProjection);
    QVERIFY(qAbs(result->coveredHours - 14.42) < 1e-9);
    QVERIFY(qAbs(result->actualKWh - projected) < kKWhTolerance);
    QVERIFY(qAbs(result->actualKWh - 1105.5146) < 1e-4);
    QVERIFY(qAbs(result->baselineKWh - 1008.85) < kKWhTolerance);
    QCOMPARE(result->completeDaysInBaseline, 30);
    QCOMPARE(result->baselineSource, BaselineSource::ThirtyDayMean);
    QVERIFY(qAbs(result->deviationPercent - 9.5817) < 1e-4);
    QCOMPARE(QString::number(result->deviationPercent, 'f', 1), QStringLiteral("9.6"));
    QCOMPARE(result->efficiencyScore, 0.8);
    QCOMPARE(result->status, IsoStatus::RequiresAttention);
    QCOMPARE(result->rootCause, RootCause::IncreasedLoad);
    QCOMPARE(result->confidence, 0.6);
    QVERIFY(qAbs(result->deviationCost - (projected - 1008.85) * 0.15) < kMoneyTolerance);
    QCOMPARE(qRound(result->deviationCost * 100), 1450);

    QCOMPARE(int(result->recommendations.size()), 1);
    const Recommendation &rec = result->recommendations.front();
    QCOMPARE(rec.kind, RecommendationKind::ReviewParameters);
    QVERIFY(qAbs(rec.savingsKWh - 0.5 * (projected - 1008.85)) < kKWhTolerance);
    QCOMPARE(rec.roiDays.value_or(-1), 69);
}

void TestDailyAnalysis::baselineSkipsGapsAndPartialDays()
{
    // UTC calendar; analysed day D = 2025-06-30, 1.25 kWh per 15 minutes.
    //   D-1 .. D-19: complete, 96 slots = 120 kWh each             (19 days)
    //   D-20:        exactly 22 h = 88 slots = 110 kWh, complete   ( 1 day)
    //   D-21..D-25:  21.75 h = 87 slots = 108.75 kWh, partial      (left out)
    //   D-26..D-30:  no data                                       (left out)
    //   D-31:        1,000 kWh, outside the 30 days                (left out)
    // Baseline = (19 * 120 + 110) / 20 = 119.5 kWh over 20 complete days.
    // D itself: 120 kWh -> +0.5 kWh = +0.4184 %.
    const LocalCalendar calendar{QTimeZone::utc()};
    const QDate date(2025, 6, 30);
    SeriesBuilder builder;
    const auto dayStart = [&](int back) { return calendar.startOfDayUtc(date.addDays(-back)); };
    for (int back = 0; back <= 19; ++back)
        builder.fill(dayStart(back), dayStart(back) + 96 * 900, 1.25);
    builder.fill(dayStart(20), dayStart(20) + 88 * 900, 1.25);
    for (int back = 21; back <= 25; ++back)
        builder.fill(dayStart(back), dayStart(back) + 87 * 900, 1.25);
    builder.fill(dayStart(31), dayStart(31) + 96 * 900, 1000.0 / 96.0);
    const DayBlocks blocks = builder.blocks();

    const auto days = dailyEnergy(blocks, calendar, date.addDays(-31), date);
    const auto result = analyzeDay(compressor(), tariffAt(0.15), days, date);
    QVERIFY(result.ok());
    QCOMPARE(result->completeDaysInBaseline, 20);
    QVERIFY(qAbs(result->baselineKWh - 119.5) < kKWhTolerance);
    QVERIFY(!result->isProjection);
    QVERIFY(qAbs(result->deviationPercent - 0.5 * 100.0 / 119.5) < kPercentTolerance);
}

void TestDailyAnalysis::tooFewCompleteDays()
{
    // Six complete days: not enough, and the message says how many there are.
    const QDate date(2025, 6, 30);
    const auto six = analyzeDay(compressor(), tariffAt(0.15), syntheticDays(date, 100, 100, 6),
                                date);
    QVERIFY(!six.ok());
    QCOMPARE(six.error().code, ErrorCode::NotEnoughData);
    QVERIFY2(six.error().message.contains(QLatin1String(" 6 complete days")),
             qPrintable(six.error().message));

    // Seven are enough.
    const auto seven = analyzeDay(compressor(), tariffAt(0.15),
                                  syntheticDays(date, 100, 100, 7), date);
    QVERIFY(seven.ok());
    QCOMPARE(seven->completeDaysInBaseline, 7);
}

void TestDailyAnalysis::noDataOnTheDay()
{
    const QDate date(2025, 6, 30);
    std::vector<LocalDayEnergy> days = syntheticDays(date, 100, 100, 10);
    days.back().coveredSeconds = 0;
    days.back().energyKWh = 0;
    const auto emptyDay = analyzeDay(compressor(), tariffAt(0.15), days, date);
    QVERIFY(!emptyDay.ok());
    QCOMPARE(emptyDay.error().code, ErrorCode::NotEnoughData);

    days.pop_back();
    const auto missingDay = analyzeDay(compressor(), tariffAt(0.15), days, date);
    QVERIFY(!missingDay.ok());
    QCOMPARE(missingDay.error().code, ErrorCode::NotEnoughData);
}

void TestDailyAnalysis::zeroEnergyIsMinusHundredPercent()
{
    // A complete day of zero readings against 200 kWh: -100 %, a saving of
    // 200 * 0.15 = 30 (negative cost), excellent, reduced load, score 0.4.
    const QDate date(2025, 6, 30);
    const auto result = analyzeDay(compressor(), tariffAt(0.15),
                                   syntheticDays(date, 200.0, 0.0), date);
    QVERIFY(result.ok());
    QVERIFY(qAbs(result->deviationPercent + 100.0) < kPercentTolerance);
    QVERIFY(qAbs(result->deviationCost + 30.0) < kMoneyTolerance);
    QCOMPARE(result->status, IsoStatus::Excellent);
    QCOMPARE(result->rootCause, RootCause::ReducedLoad);
    QCOMPARE(result->efficiencyScore, 0.4);
    QVERIFY(result->recommendations.empty());
}

void TestDailyAnalysis::boundaries_data()
{
    QTest::addColumn<double>("actual");
    QTest::addColumn<double>("score");
    QTest::addColumn<IsoStatus>("status");
    QTest::addColumn<RootCause>("cause");
    QTest::addColumn<int>("recommendations");

    // Baseline 1,000 kWh, so actual - 1000 is the deviation in tenths of a percent.
    using S = IsoStatus;
    using C = RootCause;
    QTest::newRow("+4.9 %") << 1049.0 << 1.0 << S::OnTarget << C::NormalVariation << 0;
    QTest::newRow("+5 % exactly") << 1050.0 << 1.0 << S::OnTarget << C::IncreasedLoad << 0;
    QTest::newRow("+5.1 %") << 1051.0 << 0.8 << S::RequiresAttention << C::IncreasedLoad << 1;
    QTest::newRow("+15 % exactly") << 1150.0 << 0.8 << S::RequiresAttention
                                   << C::IncreasedLoad << 1;
    QTest::newRow("+15.1 %") << 1151.0 << 0.6 << S::NonCompliant << C::IncreasedLoad << 2;
    QTest::newRow("+30 % exactly") << 1300.0 << 0.6 << S::NonCompliant << C::IncreasedLoad << 2;
    QTest::newRow("+30.1 %") << 1301.0 << 0.4 << S::NonCompliant << C::IncreasedLoad << 2;
    QTest::newRow("-4.9 %") << 951.0 << 1.0 << S::OnTarget << C::NormalVariation << 0;
    QTest::newRow("-5 % exactly") << 950.0 << 1.0 << S::OnTarget << C::ReducedLoad << 0;
    QTest::newRow("-5.1 %") << 949.0 << 0.8 << S::Excellent << C::ReducedLoad << 0;
    QTest::newRow("-15 % exactly") << 850.0 << 0.8 << S::Excellent << C::ReducedLoad << 0;
    QTest::newRow("-30 % exactly") << 700.0 << 0.6 << S::Excellent << C::ReducedLoad << 0;
    QTest::newRow("-30.1 %") << 699.0 << 0.4 << S::Excellent << C::ReducedLoad << 0;
}

void TestDailyAnalysis::boundaries()
{
    QFETCH(double, actual);
    QFETCH(double, score);
    QFETCH(IsoStatus, status);
    QFETCH(RootCause, cause);
    QFETCH(int, recommendations);

    const QDate date(2025, 6, 30);
    const auto result = analyzeDay(compressor(), tariffAt(0.15),
                                   syntheticDays(date, 1000.0, actual), date);
    QVERIFY(result.ok());
    QCOMPARE(result->efficiencyScore, score);
    QCOMPARE(result->status, status);
    QCOMPARE(result->rootCause, cause);
    QCOMPARE(int(result->recommendations.size()), recommendations);
    QCOMPARE(result->confidence, cause == RootCause::NormalVariation ? 0.9 : 0.7);
}

void TestDailyAnalysis::boundaryAfterBinaryRounding_data()
{
    QTest::addColumn<double>("baseline");
    QTest::addColumn<double>("actual");

    // Each pair is exactly +5 % on paper (actual = baseline * 1.05), but computed naively
    // in binary the percentage comes out as 5.000000000000012 and 5.0000000000000036
    // (the second baseline is the mean of ten days, 1000.0699999999999).
    QTest::newRow("1000.28") << 1000.28 << 1050.294;
    QTest::newRow("1000.07") << 1000.07 << 1050.0735;
}

void TestDailyAnalysis::boundaryAfterBinaryRounding()
{
    QFETCH(double, baseline);
    QFETCH(double, actual);

    // Exactly 5 % must read as 5 %: on target, score 1.0, no recommendation.
    const QDate date(2025, 6, 30);
    const auto result = analyzeDay(compressor(), tariffAt(0.15),
                                   syntheticDays(date, baseline, actual), date);
    QVERIFY(result.ok());
    QCOMPARE(result->deviationPercent, 5.0);
    QCOMPARE(result->status, IsoStatus::OnTarget);
    QCOMPARE(result->efficiencyScore, 1.0);
    QVERIFY(result->recommendations.empty());
}

void TestDailyAnalysis::recommendationSavingsAndRoi()
{
    // +20 %: 1,200 against 1,000 at 0.20 / kWh, excess 200 kWh.
    //   inspect equipment: 30 % = 60 kWh = 12.00; roi = ceil(2000 / 12) = ceil(166.7) = 167
    //   optimise schedule: 20 % = 40 kWh =  8.00; roi = ceil(500 / 8) = ceil(62.5) = 63
    const QDate date(2025, 6, 30);
    const auto high = analyzeDay(compressor(), tariffAt(0.2),
                                 syntheticDays(date, 1000.0, 1200.0), date);
    QVERIFY(high.ok());
    QCOMPARE(int(high->recommendations.size()), 2);
    const Recommendation &inspect = high->recommendations[0];
    const Recommendation &schedule = high->recommendations[1];
    QCOMPARE(inspect.kind, RecommendationKind::InspectEquipment);
    QVERIFY(qAbs(inspect.savingsKWh - 60.0) < kKWhTolerance);
    QVERIFY(qAbs(inspect.savingsCost - 12.0) < kMoneyTolerance);
    QCOMPARE(inspect.roiDays.value_or(-1), 167);
    QCOMPARE(inspect.priority, Priority::High);
    QCOMPARE(schedule.kind, RecommendationKind::OptimiseSchedule);
    QVERIFY(qAbs(schedule.savingsKWh - 40.0) < kKWhTolerance);
    QCOMPARE(schedule.roiDays.value_or(-1), 63);

    // +10 %: excess 100 kWh, review parameters 50 % = 50 kWh = 10.00 at 0.20;
    // roi = 500 / 10 = 50 exactly, not 51.
    const auto medium = analyzeDay(compressor(), tariffAt(0.2),
                                   syntheticDays(date, 1000.0, 1100.0), date);
    QVERIFY(medium.ok());
    QCOMPARE(int(medium->recommendations.size()), 1);
    QCOMPARE(medium->recommendations[0].kind, RecommendationKind::ReviewParameters);
    QCOMPARE(medium->recommendations[0].roiDays.value_or(-1), 50);
}

void TestDailyAnalysis::acceptedBaseline()
{
    // Only 3 complete days, but an accepted baseline expects 1,100 kWh: the day is judged
    // against that. 1,000 vs 1,100 = -9.0909 %: excellent, reduced load, saving 15.00.
    const QDate date(2025, 6, 30);
    const auto result = analyzeDay(compressor(), tariffAt(0.15),
                                   syntheticDays(date, 500.0, 1000.0, 3), date, 1100.0);
    QVERIFY(result.ok());
    QCOMPARE(result->baselineSource, BaselineSource::AcceptedBaseline);
    QCOMPARE(result->completeDaysInBaseline, 3);
    QVERIFY(qAbs(result->baselineKWh - 1100.0) < kKWhTolerance);
    QVERIFY(qAbs(result->deviationPercent + 100.0 / 11.0) < kPercentTolerance);
    QVERIFY(qAbs(result->deviationCost + 15.0) < kMoneyTolerance);
    QCOMPARE(result->status, IsoStatus::Excellent);

    const auto bad = analyzeDay(compressor(), tariffAt(0.15),
                                syntheticDays(date, 500.0, 1000.0, 3), date, -5.0);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
}

void TestDailyAnalysis::zeroBaselineIsAnError()
{
    // Ten complete days of zero: a percentage against zero means nothing, so the analysis
    // says so instead of reporting 0 % "as expected".
    const QDate date(2025, 6, 30);
    const auto result = analyzeDay(compressor(), tariffAt(0.15),
                                   syntheticDays(date, 0.0, 50.0), date);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::NotEnoughData);
}

void TestDailyAnalysis::intervalsBelongToTheDayTheyStartIn()
{
    // Kolkata is UTC+05:30, so local midnight falls in the middle of a UTC hour. Hourly
    // UTC slots of 1 kWh on 14-16 June: the slot 18:00Z-19:00Z on 14 June starts at 23:30
    // local and belongs to 14 June; the one at 19:00Z starts at 00:30 on 15 June.
    // So 15 June owns the 24 slots 14 June 19:00Z .. 15 June 18:00Z: 24 kWh, 24 h.
    const QTimeZone zone("Asia/Kolkata");
    const LocalCalendar calendar(zone);
    SeriesBuilder builder(3600);
    const qint64 from = QDateTime(QDate(2025, 6, 14), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    builder.fill(from, from + 3 * kSecondsPerDay, 1.0);
    const DayBlocks blocks = builder.blocks();

    const auto days = dailyEnergy(blocks, calendar, QDate(2025, 6, 15), QDate(2025, 6, 15));
    QCOMPARE(int(days.size()), 1);
    QVERIFY(qAbs(days[0].energyKWh - 24.0) < kKWhTolerance);
    QCOMPARE(days[0].coveredSeconds, qint64(24 * 3600));

    // Local hours start at hh:30 UTC; the hour 00:00-01:00 local on 15 June begins at
    // 14 June 18:30Z and holds the one slot that starts in it (19:00Z).
    const LocalDayGrid grid(calendar, QDate(2025, 6, 15), QDate(2025, 6, 15));
    const auto hours = energyByPeriod(blocks, grid, EnergyGrouping::Hour);
    QCOMPARE(int(hours.size()), 24);
    QCOMPARE(hours.front().periodStartUtc, localInstant(zone, QDate(2025, 6, 15), QTime(0, 0)));
    QCOMPARE(hours.front().coveredSeconds, qint64(3600));
}

void TestDailyAnalysis::hoursOnFallBackDay()
{
    // Los Angeles, 2 November 2025: 25 local hours, the hour from 01:00 twice (PDT, then
    // PST). 15-minute slots of 0.25 kWh: 25 hourly rows of 4 slots = 1 kWh each, 100
    // interval rows, and one day row of 25 kWh.
    const QTimeZone zone("America/Los_Angeles");
    const LocalCalendar calendar(zone);
    const QDate date(2025, 11, 2);
    SeriesBuilder builder;
    builder.fill(calendar.startOfDayUtc(date), calendar.startOfDayUtc(date.addDays(1)), 0.25);
    const DayBlocks blocks = builder.blocks();
    const LocalDayGrid grid(calendar, date, date);

    const auto hours = energyByPeriod(blocks, grid, EnergyGrouping::Hour);
    QCOMPARE(int(hours.size()), 25);
    int oneOClock = 0;
    for (const PeriodEnergy &hour : hours) {
        QVERIFY(qAbs(hour.energyKWh - 1.0) < kKWhTolerance);
        if (calendar.localDateTime(hour.periodStartUtc).time() == QTime(1, 0))
            ++oneOClock;
    }
    QCOMPARE(oneOClock, 2);
    QCOMPARE(int(energyByPeriod(blocks, grid, EnergyGrouping::Interval).size()), 100);
    const auto day = energyByPeriod(blocks, grid, EnergyGrouping::Day);
    QCOMPARE(int(day.size()), 1);
    QVERIFY(qAbs(day[0].energyKWh - 25.0) < kKWhTolerance);
}

void TestDailyAnalysis::dailyScanSpeed()
{
    // 200 SEUs x 90 days of 15-minute data = 1,728,000 readings of 0.5 kWh, aggregated
    // into local days on one shared grid. Each ordinary day is 48 kWh.
    const LocalCalendar calendar{QTimeZone("America/Los_Angeles")};
    const QDate first(2025, 1, 1);
    const QDate last = first.addDays(89);
    SeriesBuilder builder;
    builder.fill(calendar.startOfDayUtc(first), calendar.startOfDayUtc(last.addDays(1)), 0.5);
    const DayBlocks blocks = builder.blocks();

    QElapsedTimer timer;
    timer.start();
    const LocalDayGrid grid(calendar, first, last);
    double total = 0.0;
    for (int seu = 0; seu < 200; ++seu) {
        for (const LocalDayEnergy &day : dailyEnergy(blocks, grid))
            total += day.energyKWh;
    }
    const qint64 elapsed = timer.elapsed();
    qInfo("daily aggregation of 200 SEUs x 90 days: %lld ms", elapsed);

    // 90 days, one of them (9 March) 23 h long: (90 * 96 - 4) slots * 0.5 kWh * 200.
    QVERIFY(qAbs(total - (90 * 96 - 4) * 0.5 * 200) < 1e-3);
    QVERIFY2(elapsed < 500, "the daily aggregation should take well under 100 ms");
}

QTEST_APPLESS_MAIN(TestDailyAnalysis)
#include "tst_dailyanalysis.moc"
