// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/performance/opportunities.h"
#include "engine/time/localcalendar.h"

#include <QElapsedTimer>
#include <QTest>

#include <map>

using namespace Enms::Engine;

namespace {

constexpr double kKWhTolerance = 1e-6;
constexpr double kMoneyTolerance = 1e-6;
constexpr double kShareTolerance = 1e-9;

const QTimeZone kLosAngeles("America/Los_Angeles");

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

    // `count` consecutive slots from `startUtc`, each with the same energy.
    void fill(qint64 startUtc, int count, double kwhPerSlot)
    {
        for (int i = 0; i < count; ++i)
            set(startUtc + qint64(i) * m_interval, kwhPerSlot);
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

// A local wall-clock time in Los Angeles as a UTC instant.
qint64 la(const QDate &date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), kLosAngeles).toSecsSinceEpoch();
}

qint64 laMidnight(const QDate &date)
{
    return la(date, 0);
}

// Electricity at 0.20 / kWh, natural gas at 0.05; steam keeps the default 0.15.
SiteInfo site()
{
    SiteInfo info;
    info.id = QStringLiteral("11111111-1111-1111-1111-111111111111");
    info.name = QStringLiteral("Demo Manufacturing Plant");
    info.timeZoneId = QStringLiteral("America/Los_Angeles");
    info.tariffs[EnergyCarrier::Electricity] = CarrierTariff{0.20, 0.45};
    info.tariffs[EnergyCarrier::NaturalGas] = CarrierTariff{0.05, 0.20};
    return info;
}

SeuInfo seu(const QString &name, double ratedKW,
            EnergyCarrier carrier = EnergyCarrier::Electricity)
{
    SeuInfo info;
    info.id = QStringLiteral("id-") + name;
    info.name = name;
    info.ratedKW = ratedKW;
    info.carrier = carrier;
    return info;
}

// 2025-06-16 is a Monday: a week window is Monday 9 .. Sunday 15 June.
const QDate kEnd(2025, 6, 16);

OpportunityReport scan(const std::vector<SeuEnergySeries> &seus, AnalysisPeriod period,
                       const QDate &end = kEnd)
{
    const auto report = findOpportunities(site(), seus, period, end);
    if (!report.ok())
        qFatal("findOpportunities failed: %s", qPrintable(report.error().message));
    return *report;
}

} // namespace

class TestOpportunities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periods();
    void idleShareBoundary();
    void idleIsJudgedByTime();
    void offHoursBoundary();
    void offHoursMinimumEnergy();
    void windowAcrossDstChange();
    void driftBoundary_data();
    void driftBoundary();
    void driftOverAQuarter();
    void noDriftForAWeek();
    void driftAgainstExpectedEnergy();
    void carriersPricesAndRanking();
    void roiRounding_data();
    void roiRounding();
    void badInput();
    void quarterScanSpeed();
};

void TestOpportunities::periods()
{
    QCOMPARE(periodDays(AnalysisPeriod::Week), 7);
    QCOMPARE(periodDays(AnalysisPeriod::Month), 30);
    QCOMPARE(periodDays(AnalysisPeriod::Quarter), 90);
    QCOMPARE(parsePeriod(QStringLiteral("quarter")).value(), AnalysisPeriod::Quarter);
    QCOMPARE(parsePeriod(QStringLiteral("year")).error().code, ErrorCode::InvalidInput);
}

void TestOpportunities::idleShareBoundary()
{
    // Rated 100 kW, so idle is below 10 kW = 2.5 kWh per 15 minutes. Tuesday 10 June
    // from 08:00 local, 40 slots (all in working time):
    //   12 x 2.0 kWh (8 kW, idle), 1 x 2.5 kWh (exactly 10 kW: not idle), 27 x 10 kWh.
    // Idle share = 12 / 40 = 30 % exactly: does not fire.
    const QDate tuesday(2025, 6, 10);
    SeriesBuilder builder;
    builder.fill(la(tuesday, 8), 12, 2.0);
    builder.fill(la(tuesday, 11), 1, 2.5);
    builder.fill(la(tuesday, 11, 15), 27, 10.0);
    DayBlocks blocks = builder.blocks();
    const SeuInfo press = seu(QStringLiteral("Press"), 100.0);
    QVERIFY(scan({{press, &blocks, {}}}, AnalysisPeriod::Week).opportunities.empty());

    // Make the 10 kW slot 9.6 kW (2.4 kWh): 13 / 40 = 32.5 % fires.
    // Idle energy 12 * 2 + 2.4 = 26.4 kWh over 3.25 h = 8.1231 kW mean; saving half of
    // it = 13.2 kWh = 2.64 at 0.20; roi = ceil(1000 * 7 / 2.64) = ceil(2651.5) = 2652.
    builder.fill(la(tuesday, 11), 1, 2.4);
    blocks = builder.blocks();
    const OpportunityReport report = scan({{press, &blocks, {}}}, AnalysisPeriod::Week);
    QCOMPARE(int(report.opportunities.size()), 1);
    const Opportunity &idle = report.opportunities.front();
    QCOMPARE(idle.type, IssueType::ExcessiveIdle);
    QCOMPARE(idle.rank, 1);
    QCOMPARE(idle.effort, Effort::Medium);
    QVERIFY(qAbs(idle.savingsKWh - 13.2) < kKWhTolerance);
    QVERIFY(qAbs(idle.savingsCost - 2.64) < kMoneyTolerance);
    QCOMPARE(idle.roiDays, 2652);
    const auto &figures = std::get<IdleFigures>(idle.figures);
    QVERIFY(qAbs(figures.idleShare - 0.325) < kShareTolerance);
    QVERIFY(qAbs(figures.idleHours - 3.25) < kShareTolerance);
    QVERIFY(qAbs(figures.coveredHours - 10.0) < kShareTolerance);
    QVERIFY(qAbs(figures.idleMeanKW - 26.4 / 3.25) < kKWhTolerance);
}

void TestOpportunities::idleIsJudgedByTime()
{
    // Rated 100 kW. Tuesday 06:00-16:00 local in hourly readings of 2 kWh (2 kW: idle),
    // Thursday 06:00-16:00 in 15-minute readings of 10 kWh (40 kW: busy).
    // By time: 10 h idle of 20 h = 50 % -> fires. (Counting readings would give
    // 10 of 50 = 20 % and miss it.) Saving = 0.5 * 20 kWh = 10 kWh.
    SeriesBuilder hourly(3600);
    hourly.fill(la(QDate(2025, 6, 10), 6), 10, 2.0);
    SeriesBuilder quarterHourly(900);
    quarterHourly.fill(la(QDate(2025, 6, 12), 6), 40, 10.0);
    DayBlocks blocks = hourly.blocks();
    for (const DayBlock &block : quarterHourly.blocks())
        blocks.push_back(block);

    const OpportunityReport report =
        scan({{seu(QStringLiteral("Pump"), 100.0), &blocks, {}}}, AnalysisPeriod::Week);
    QCOMPARE(int(report.opportunities.size()), 1);
    const Opportunity &idle = report.opportunities.front();
    QCOMPARE(idle.type, IssueType::ExcessiveIdle);
    QVERIFY(qAbs(std::get<IdleFigures>(idle.figures).idleShare - 0.5) < kShareTolerance);
    QVERIFY(qAbs(idle.savingsKWh - 10.0) < kKWhTolerance);
}

void TestOpportunities::offHoursBoundary()
{
    // Working time is Monday-Friday 06:00-20:00 local. Rated 0 kW: idle is not judged.
    //   Wednesday 11 June 08:00-16:00: 32 x 25 kWh = 800 kWh working
    //   Saturday 14 June 08:00-10:00:   8 x 25 kWh = 200 kWh off-hours
    // Off-hours share = 200 / 1000 = 20 % exactly: does not fire.
    const QDate wednesday(2025, 6, 11);
    SeriesBuilder builder;
    builder.fill(la(wednesday, 8), 32, 25.0);
    builder.fill(la(QDate(2025, 6, 14), 8), 8, 25.0);
    DayBlocks blocks = builder.blocks();
    const SeuInfo oven = seu(QStringLiteral("Oven"), 0.0);
    QVERIFY(scan({{oven, &blocks, {}}}, AnalysisPeriod::Week).opportunities.empty());

    // Add 25 kWh at 05:45 (off), 06:00 (working) and 20:00 (off: the end is exclusive).
    // Total 1075 kWh, off-hours 250 kWh = 23.26 % -> fires. Saving 0.6 * 250 = 150 kWh
    // = 30.00 at 0.20; roi = ceil(500 * 7 / 30) = ceil(116.7) = 117.
    builder.fill(la(wednesday, 5, 45), 1, 25.0);
    builder.fill(la(wednesday, 6), 1, 25.0);
    builder.fill(la(wednesday, 20), 1, 25.0);
    blocks = builder.blocks();
    const OpportunityReport report = scan({{oven, &blocks, {}}}, AnalysisPeriod::Week);
    QCOMPARE(int(report.opportunities.size()), 1);
    const Opportunity &found = report.opportunities.front();
    QCOMPARE(found.type, IssueType::InefficientScheduling);
    QCOMPARE(found.effort, Effort::Low);
    const auto &figures = std::get<SchedulingFigures>(found.figures);
    QVERIFY(qAbs(figures.totalKWh - 1075.0) < kKWhTolerance);
    QVERIFY(qAbs(figures.offHoursKWh - 250.0) < kKWhTolerance);
    QVERIFY(qAbs(figures.offHoursShare - 250.0 / 1075.0) < kShareTolerance);
    QVERIFY(qAbs(found.savingsKWh - 150.0) < kKWhTolerance);
    QVERIFY(qAbs(found.savingsCost - 30.0) < kMoneyTolerance);
    QCOMPARE(found.roiDays, 117);
}

void TestOpportunities::offHoursMinimumEnergy()
{
    // 100 kWh on Wednesday at 08:00 and 50 kWh on Saturday: 33 % off-hours, but 50 kWh
    // is not more than 50 kWh, so nothing fires. 50.25 kWh would.
    SeriesBuilder builder;
    builder.fill(la(QDate(2025, 6, 11), 8), 4, 25.0);
    builder.fill(la(QDate(2025, 6, 14), 8), 2, 25.0);
    DayBlocks blocks = builder.blocks();
    const SeuInfo oven = seu(QStringLiteral("Oven"), 0.0);
    QVERIFY(scan({{oven, &blocks, {}}}, AnalysisPeriod::Week).opportunities.empty());

    builder.fill(la(QDate(2025, 6, 14), 9), 1, 0.25);
    blocks = builder.blocks();
    QCOMPARE(int(scan({{oven, &blocks, {}}}, AnalysisPeriod::Week).opportunities.size()), 1);
}

void TestOpportunities::windowAcrossDstChange()
{
    // Week ending Wednesday 12 March 2025: window Wednesday 5 .. Tuesday 11 March, with
    // the 23-hour Sunday 9 March inside. 1 kWh in every 15 minutes of the window:
    //   slots = 7 * 96 - 4 = 668 kWh
    //   working = 5 weekdays * 14 h * 4 = 280 kWh; off-hours = 388 kWh = 58.08 %
    //   saving = 0.6 * 388 = 232.8 kWh = 46.56 at 0.20
    // The end date and the day before the window carry 100 kWh per slot, which must
    // not be counted.
    const QDate end(2025, 3, 12);
    SeriesBuilder builder;
    builder.fill(laMidnight(QDate(2025, 3, 4)), 96, 100.0);
    builder.fill(laMidnight(QDate(2025, 3, 5)), 668, 1.0);
    builder.fill(laMidnight(end), 96, 100.0);
    QCOMPARE(laMidnight(QDate(2025, 3, 5)) + 668 * 900, laMidnight(end));
    DayBlocks blocks = builder.blocks();

    const OpportunityReport report =
        scan({{seu(QStringLiteral("Fan"), 0.0), &blocks, {}}}, AnalysisPeriod::Week, end);
    QCOMPARE(report.firstDate, QDate(2025, 3, 5));
    QCOMPARE(report.lastDate, QDate(2025, 3, 11));
    QCOMPARE(int(report.opportunities.size()), 1);
    const Opportunity &found = report.opportunities.front();
    const auto &figures = std::get<SchedulingFigures>(found.figures);
    QVERIFY(qAbs(figures.totalKWh - 668.0) < kKWhTolerance);
    QVERIFY(qAbs(figures.offHoursKWh - 388.0) < kKWhTolerance);
    QVERIFY(qAbs(found.savingsKWh - 232.8) < kKWhTolerance);
    QVERIFY(qAbs(found.savingsCost - 46.56) < kMoneyTolerance);
}

void TestOpportunities::driftBoundary_data()
{
    QTest::addColumn<double>("laterPerSlot");
    QTest::addColumn<bool>("fires");

    // Earlier weeks: 12.5 kWh per slot = 1200 kWh a day.
    // 13.75 per slot = 1320 kWh a day = +10 % exactly: does not fire.
    QTest::newRow("+10 % exactly") << 13.75 << false;
    // 13.7578125 per slot = 1320.75 kWh a day = +10.0625 %: fires.
    QTest::newRow("+10.06 %") << 13.7578125 << true;
}

void TestOpportunities::driftBoundary()
{
    QFETCH(double, laterPerSlot);
    QFETCH(bool, fires);

    // Month window ending Monday 16 June: 17 May .. 15 June. Whole weeks compared:
    // floor(30 / 14) * 7 = 14 days, 17-30 May against 2-15 June. 31 May and 1 June lie
    // between them and carry 5000 kWh a day, which must not count. 10 June has only 12 h
    // of data, so it is left out of the later mean (13 complete days remain).
    const QDate first(2025, 5, 17);
    SeriesBuilder builder;
    for (int day = 0; day < 30; ++day) {
        const QDate date = first.addDays(day);
        const double perSlot = day < 14 ? 12.5 : day < 16 ? 5000.0 / 96 : laterPerSlot;
        const int slotCount = date == QDate(2025, 6, 10) ? 48 : 96;
        builder.fill(laMidnight(date), slotCount, perSlot);
    }
    DayBlocks blocks = builder.blocks();

    const OpportunityReport report =
        scan({{seu(QStringLiteral("Chiller"), 0.0), &blocks, {}}}, AnalysisPeriod::Month);
    const Opportunity *drift =
        findOpportunity(report, QStringLiteral("id-Chiller"), IssueType::BaselineDrift);
    QCOMPARE(drift != nullptr, fires);
    if (!drift)
        return;

    // Saving = 0.7 * 120.75 * 30 = 2535.75 kWh = 507.15 at 0.20;
    // roi = ceil(2000 * 30 / 507.15) = ceil(118.3) = 119.
    const auto &figures = std::get<DriftFigures>(drift->figures);
    QCOMPARE(figures.comparedDays, 14);
    QCOMPARE(figures.earlierFirst, QDate(2025, 5, 17));
    QCOMPARE(figures.earlierLast, QDate(2025, 5, 30));
    QCOMPARE(figures.laterFirst, QDate(2025, 6, 2));
    QCOMPARE(figures.laterLast, QDate(2025, 6, 15));
    QCOMPARE(figures.earlierCompleteDays, 14);
    QCOMPARE(figures.laterCompleteDays, 13);
    QVERIFY(!figures.againstExpected);
    QVERIFY(qAbs(figures.earlierMeanKWh - 1200.0) < kKWhTolerance);
    QVERIFY(qAbs(figures.laterMeanKWh - 1320.75) < kKWhTolerance);
    QVERIFY(qAbs(drift->savingsKWh - 2535.75) < kKWhTolerance);
    QVERIFY(qAbs(drift->savingsCost - 507.15) < kMoneyTolerance);
    QCOMPARE(drift->roiDays, 119);
}

void TestOpportunities::driftOverAQuarter()
{
    // Quarter ending 16 June: 18 March .. 15 June. floor(90 / 14) * 7 = 42 days:
    // 18 March .. 28 April against 5 May .. 15 June. Earlier 1200 kWh a day, later
    // 1440 (+20 %), the six days between at 100 kWh (ignored).
    // Saving = 0.7 * 240 * 90 = 15,120 kWh.
    const QDate first(2025, 3, 18);
    SeriesBuilder builder;
    for (int day = 0; day < 90; ++day) {
        const double perSlot = day < 42 ? 12.5 : day < 48 ? 100.0 / 96 : 15.0;
        builder.fill(laMidnight(first.addDays(day)), 96, perSlot);
    }
    DayBlocks blocks = builder.blocks();

    const OpportunityReport report =
        scan({{seu(QStringLiteral("Chiller"), 0.0), &blocks, {}}}, AnalysisPeriod::Quarter);
    const Opportunity *drift =
        findOpportunity(report, QStringLiteral("id-Chiller"), IssueType::BaselineDrift);
    QVERIFY(drift);
    const auto &figures = std::get<DriftFigures>(drift->figures);
    QCOMPARE(figures.comparedDays, 42);
    QCOMPARE(figures.earlierLast, QDate(2025, 4, 28));
    QCOMPARE(figures.laterFirst, QDate(2025, 5, 5));
    QVERIFY(qAbs(figures.increase - 0.2) < kShareTolerance);
    QVERIFY(qAbs(drift->savingsKWh - 15120.0) < kKWhTolerance);
}

void TestOpportunities::noDriftForAWeek()
{
    // A week holds no pair of whole weeks: even a tenfold rise is not judged as drift.
    SeriesBuilder builder;
    for (int day = 0; day < 7; ++day)
        builder.fill(laMidnight(QDate(2025, 6, 9).addDays(day)), 96, day < 3 ? 1.0 : 10.0);
    DayBlocks blocks = builder.blocks();
    const OpportunityReport report =
        scan({{seu(QStringLiteral("Chiller"), 0.0), &blocks, {}}}, AnalysisPeriod::Week);
    QVERIFY(!findOpportunity(report, QStringLiteral("id-Chiller"), IssueType::BaselineDrift));
    QVERIFY(findOpportunity(report, QStringLiteral("id-Chiller"),
                            IssueType::InefficientScheduling));
}

void TestOpportunities::driftAgainstExpectedEnergy()
{
    // Month window as in driftBoundary: 1200 kWh a day, then 1440 kWh a day (+20 %).
    const QDate first(2025, 5, 17);
    SeriesBuilder builder;
    for (int day = 0; day < 30; ++day)
        builder.fill(laMidnight(first.addDays(day)), 96, day < 16 ? 12.5 : 15.0);
    DayBlocks blocks = builder.blocks();
    const SeuInfo chiller = seu(QStringLiteral("Chiller"), 0.0);

    // An accepted baseline expects 1400 kWh on each later day (more production):
    // 1440 / 1400 = +2.86 %, no drift although the raw weeks differ by 20 %.
    std::map<QDate, double> expected;
    for (int day = 16; day < 30; ++day)
        expected[first.addDays(day)] = 1400.0;
    OpportunityReport report =
        scan({{chiller, &blocks, expected}}, AnalysisPeriod::Month);
    QVERIFY(!findOpportunity(report, chiller.id, IssueType::BaselineDrift));

    // It expects 1200: +20 % against expected; saving 0.7 * 240 * 30 = 5040 kWh.
    for (auto &[date, kwh] : expected)
        kwh = 1200.0;
    report = scan({{chiller, &blocks, expected}}, AnalysisPeriod::Month);
    const Opportunity *drift = findOpportunity(report, chiller.id, IssueType::BaselineDrift);
    QVERIFY(drift);
    QVERIFY(std::get<DriftFigures>(drift->figures).againstExpected);
    QVERIFY(qAbs(drift->savingsKWh - 5040.0) < kKWhTolerance);
}

void TestOpportunities::carriersPricesAndRanking()
{
    // Each SEU: 40 slots on Wednesday 08:00 (working) and 40 on Saturday 08:00 (off).
    //   Line (electricity, 0.20): 25 kWh a slot -> off 1000 kWh, saving 600 kWh = 120.00
    //   Boiler (natural gas, 0.05): 75 kWh a slot -> off 3000, saving 1800 kWh = 90.00
    //   Dryer (steam, default 0.15): 8 Saturday slots of 25 -> off 200 (100 %),
    //        saving 120 kWh = 18.00
    //   Spare (electricity, inactive): huge, but not scanned.
    // Ranked by money: Line, Boiler, Dryer, although Boiler saves the most kWh.
    // Totals 2520 kWh and 228.00. roi = ceil(3500 / saving): 30, 39, 195.
    const auto build = [](double perSlot, int workingSlots, int offSlots) {
        SeriesBuilder builder;
        builder.fill(la(QDate(2025, 6, 11), 8), workingSlots, perSlot);
        builder.fill(la(QDate(2025, 6, 14), 8), offSlots, perSlot);
        return builder.blocks();
    };
    const DayBlocks line = build(25.0, 40, 40);
    const DayBlocks boiler = build(75.0, 40, 40);
    const DayBlocks dryer = build(25.0, 0, 8);
    const DayBlocks spare = build(1000.0, 40, 40);
    SeuInfo spareSeu = seu(QStringLiteral("Spare"), 0.0);
    spareSeu.active = false;

    const OpportunityReport report = scan(
        {{seu(QStringLiteral("Dryer"), 0.0, EnergyCarrier::Steam), &dryer, {}},
         {seu(QStringLiteral("Boiler"), 0.0, EnergyCarrier::NaturalGas), &boiler, {}},
         {spareSeu, &spare, {}},
         {seu(QStringLiteral("Line"), 0.0), &line, {}}},
        AnalysisPeriod::Week);

    QCOMPARE(report.seusScanned, 3);
    QCOMPARE(int(report.opportunities.size()), 3);
    const QStringList names{QStringLiteral("Line"), QStringLiteral("Boiler"),
                            QStringLiteral("Dryer")};
    const double money[] = {120.0, 90.0, 18.0};
    const double kwh[] = {600.0, 1800.0, 120.0};
    const int roi[] = {30, 39, 195};
    for (int i = 0; i < 3; ++i) {
        const Opportunity &found = report.opportunities[size_t(i)];
        QCOMPARE(found.rank, i + 1);
        QCOMPARE(found.seuName, names[i]);
        QVERIFY(qAbs(found.savingsCost - money[i]) < kMoneyTolerance);
        QVERIFY(qAbs(found.savingsKWh - kwh[i]) < kKWhTolerance);
        QCOMPARE(found.roiDays, roi[i]);
    }
    QCOMPARE(report.opportunities[1].carrier, EnergyCarrier::NaturalGas);
    QVERIFY(qAbs(report.totalSavingsKWh - 2520.0) < kKWhTolerance);
    QVERIFY(qAbs(report.totalSavingsCost - 228.0) < kMoneyTolerance);
}

void TestOpportunities::roiRounding_data()
{
    QTest::addColumn<int>("idleSlots");
    QTest::addColumn<int>("roiDays");

    // Rated 100 kW, 2 kWh per 15 minutes (8 kW, idle), week window, 0.20 / kWh.
    // 350 slots: idle 700 kWh, saving 350 kWh = 70.00; 1000 * 7 / 70 = 100 exactly.
    QTest::newRow("exact quotient") << 350 << 100;
    // 345 slots: saving 345 kWh = 69.00; 7000 / 69 = 101.45 -> rounded up to 102.
    QTest::newRow("rounded up") << 345 << 102;
}

void TestOpportunities::roiRounding()
{
    QFETCH(int, idleSlots);
    QFETCH(int, roiDays);

    SeriesBuilder builder;
    builder.fill(laMidnight(QDate(2025, 6, 9)), idleSlots, 2.0);
    DayBlocks blocks = builder.blocks();
    const SeuInfo press = seu(QStringLiteral("Press"), 100.0);
    const OpportunityReport report = scan({{press, &blocks, {}}}, AnalysisPeriod::Week);
    const Opportunity *idle = findOpportunity(report, press.id, IssueType::ExcessiveIdle);
    QVERIFY(idle);
    QCOMPARE(idle->roiDays, roiDays);
}

void TestOpportunities::badInput()
{
    DayBlocks none;
    const auto negative = findOpportunities(
        site(), {{seu(QStringLiteral("Odd"), -5.0), &none, {}}}, AnalysisPeriod::Week, kEnd);
    QVERIFY(!negative.ok());
    QCOMPARE(negative.error().code, ErrorCode::InvalidInput);
    QVERIFY(negative.error().message.contains(QLatin1String("Odd")));

    SiteInfo nowhere = site();
    nowhere.timeZoneId = QStringLiteral("Mars/Olympus_Mons");
    const auto zone = findOpportunities(nowhere, {}, AnalysisPeriod::Week, kEnd);
    QVERIFY(!zone.ok());
    QCOMPARE(zone.error().code, ErrorCode::InvalidInput);

    // An SEU without any data yields nothing, and is still counted as scanned.
    const auto empty = findOpportunities(site(), {{seu(QStringLiteral("New"), 10.0), &none, {}}},
                                         AnalysisPeriod::Month, kEnd);
    QVERIFY(empty.ok());
    QCOMPARE(empty->seusScanned, 1);
    QVERIFY(empty->opportunities.empty());
}

void TestOpportunities::quarterScanSpeed()
{
    // 200 SEUs x 90 days of 15-minute readings (1,728,000), three detectors, one pass.
    // Each SEU runs at 20 kW (5 kWh a slot) in working time and 1 kW (0.25) otherwise,
    // rated 50 kW: idle whenever off-hours. The window holds 64 weekdays, so idle time is
    // 2160 - 64 * 14 = 1264 of 2160 h (58.5 %): idle fires for every SEU. Off-hours
    // energy is 1264 kWh against 64 * 14 * 20 = 17,920 kWh working (6.6 %): no finding.
    const QDate end(2025, 6, 16);
    const QDate first = end.addDays(-90);
    SeriesBuilder builder;
    const WorkingCalendar calendar;
    const LocalCalendar local(kLosAngeles);
    for (qint64 t = laMidnight(first); t < laMidnight(end); t += 900) {
        const bool working = calendar.isWorkingTime(local.localDate(t),
                                                    local.secondsOfLocalDay(t));
        builder.set(t, working ? 5.0 : 0.25);
    }
    const DayBlocks blocks = builder.blocks();
    std::vector<SeuEnergySeries> seus;
    for (int i = 0; i < 200; ++i)
        seus.push_back({seu(QStringLiteral("SEU-%1").arg(i), 50.0), &blocks, {}});

    QElapsedTimer timer;
    timer.start();
    const OpportunityReport report = scan(seus, AnalysisPeriod::Quarter, end);
    const qint64 elapsed = timer.elapsed();
    qInfo("opportunities for 200 SEUs x 90 days: %lld ms", elapsed);

    QCOMPARE(report.seusScanned, 200);
    QCOMPARE(int(report.opportunities.size()), 200);
    for (const Opportunity &found : report.opportunities)
        QCOMPARE(found.type, IssueType::ExcessiveIdle);
    const auto &idle = std::get<IdleFigures>(report.opportunities.front().figures);
    QVERIFY(qAbs(idle.idleHours - 1264.0) < kKWhTolerance);
    QVERIFY(qAbs(idle.coveredHours - 2160.0) < kKWhTolerance);
    QVERIFY2(elapsed < 1000, "the quarter scan should take a fraction of a second");
}

QTEST_APPLESS_MAIN(TestOpportunities)
#include "tst_opportunities.moc"
