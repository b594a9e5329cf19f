// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/demo/demoplant.h"
#include "engine/time/localcalendar.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUuid>

#include <cmath>
#include <cstring>
#include <optional>

using namespace Enms::Engine;

namespace {

constexpr double kShareTolerance = 0.02;        // shares over a 30-day window
constexpr double kDailyKWhTolerance = 0.03;     // relative, mean of many days
constexpr double kIdleFraction = 0.10;          // of rated power
constexpr double kIdleShareThreshold = 0.30;
constexpr double kOffHoursShareThreshold = 0.20;
constexpr double kOffHoursKWhThreshold = 50.0;
constexpr double kDriftThreshold = 1.10;
constexpr int kWindowDays = 30;
constexpr int kFortnight = 14;

const QDate kWinterEnd(2026, 11, 30);           // a Monday
const QDate kSummerEnd(2026, 7, 15);            // a Wednesday

const QString kLosAngelesId = QStringLiteral("11111111-1111-1111-1111-111111111111");
const QString kBerlinId = QStringLiteral("22222222-2222-2222-2222-222222222222");

DemoPlant generate(const QDate &end, quint64 seed = 42, int months = 13)
{
    const Result<DemoPlant> plant = generateDemoPlant({end, seed, months});
    if (!plant.ok())
        qFatal("demo generation failed: %s", qPrintable(plant.error().message));
    return plant.value();
}

// FNV-1a over the bit patterns of every number the plant holds.
quint64 fingerprint(const DemoPlant &plant)
{
    quint64 hash = 0xCBF29CE484222325ull;
    const auto add = [&hash](double value) {
        quint64 bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        for (int shift = 0; shift < 64; shift += 8) {
            hash ^= (bits >> shift) & 0xFFu;
            hash *= 0x100000001B3ull;
        }
    };
    const auto addBlocks = [&add](const DayBlocks &blocks) {
        for (const DayBlock &block : blocks) {
            add(double(block.utcDay));
            for (double value : block.values)
                add(value);
        }
    };
    for (const DemoSite &site : plant.sites)
        addBlocks(site.outdoorTemperatureC);
    for (const DemoSeries &series : plant.series) {
        addBlocks(series.energyKWh);
        for (const auto &[date, units] : series.productionUnits) {
            add(double(date.toJulianDay()));
            add(units);
        }
    }
    return hash;
}

int indexOfSeu(const DemoPlant &plant, const QString &name)
{
    for (size_t i = 0; i < plant.seus.size(); ++i) {
        if (plant.seus[i].name == name)
            return int(i);
    }
    return -1;
}

const SiteInfo &siteOf(const DemoPlant &plant, const SeuInfo &seu)
{
    for (const DemoSite &site : plant.sites) {
        if (site.site.id == seu.siteId)
            return site.site;
    }
    qFatal("SEU without site");
}

LocalCalendar calendarOf(const SiteInfo &site)
{
    return LocalCalendar(QTimeZone(site.timeZoneId.toUtf8()));
}

// Present readings whose start lies in a local date.
int readingsOnDate(const DayBlocks &blocks, const LocalCalendar &calendar, const QDate &date)
{
    int count = 0;
    forEachReading(blocks, calendar.startOfDayUtc(date),
                   calendar.startOfDayUtc(date.addDays(1)),
                   [&count](qint64, int, double) { ++count; });
    return count;
}

// The figures of the three opportunity rules over the 30 local days before the end
// date, computed here from the readings without the engine's detectors.
struct WindowFigures {
    double coveredHours = 0.0;
    double idleHours = 0.0;
    double energyKWh = 0.0;
    double offHoursKWh = 0.0;
    double earlyMeanKWh = 0.0;      // mean daily energy, first 14 days of the window
    double lateMeanKWh = 0.0;       // mean daily energy, last 14 days of the window

    double idleShare() const { return idleHours / coveredHours; }
    double offHoursShare() const { return offHoursKWh / energyKWh; }
    double driftRatio() const { return lateMeanKWh / earlyMeanKWh; }
};

WindowFigures measureWindow(const DemoPlant &plant, int seuIndex, const QDate &end)
{
    const SeuInfo &seu = plant.seus[size_t(seuIndex)];
    const SiteInfo &site = siteOf(plant, seu);
    const LocalCalendar calendar = calendarOf(site);
    const QDate first = end.addDays(-kWindowDays);
    const QDate lateFirst = end.addDays(-kFortnight);
    const QDate earlyLast = first.addDays(kFortnight - 1);

    WindowFigures figures;
    const auto visit = [&](qint64 start, int seconds, double kWh) {
        const double hours = seconds / 3600.0;
        const QDate date = calendar.localDate(start);
        figures.coveredHours += hours;
        figures.energyKWh += kWh;
        if (kWh / hours < kIdleFraction * seu.ratedKW)
            figures.idleHours += hours;
        if (!site.calendar.isWorkingTime(date, calendar.secondsOfLocalDay(start)))
            figures.offHoursKWh += kWh;
        if (date <= earlyLast)
            figures.earlyMeanKWh += kWh / kFortnight;
        if (date >= lateFirst)
            figures.lateMeanKWh += kWh / kFortnight;
    };
    forEachReading(plant.series[size_t(seuIndex)].energyKWh, calendar.startOfDayUtc(first),
                   calendar.startOfDayUtc(end), visit);
    return figures;
}

struct ExpectedGap {
    QString seu;
    QDate date;
    QTime from;
    int slotCount;
};

struct Findings {
    bool idle = false;
    bool scheduling = false;
    bool drift = false;
};

Findings findingsOf(const WindowFigures &f)
{
    return {f.idleShare() > kIdleShareThreshold,
            f.offHoursShare() > kOffHoursShareThreshold
                && f.offHoursKWh > kOffHoursKWhThreshold,
            f.driftRatio() > kDriftThreshold};
}

int countWeekdays(const QDate &first, const QDate &endExclusive)
{
    int weekdays = 0;
    for (QDate d = first; d < endExclusive; d = d.addDays(1))
        weekdays += d.dayOfWeek() <= 5 ? 1 : 0;
    return weekdays;
}

// Power levels of a schedule, relative to full load: weekdays 06:00-20:00,
// 20:00-22:00, the night (22:00-06:00), and weekends. Returns the share of the energy
// outside Mon-Fri 06:00-20:00 over the 30 days before the end date.
double designOffHoursShare(const QDate &end, double day, double evening, double night,
                           double weekend)
{
    const int weekdays = countWeekdays(end.addDays(-kWindowDays), end);
    const int weekendDays = kWindowDays - weekdays;
    const double working = weekdays * 14.0 * day;
    const double off = weekdays * (2.0 * evening + 8.0 * night) + weekendDays * 24.0 * weekend;
    return off / (working + off);
}

} // namespace

class TestDemoPlant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rejectsBadOptions();
    void sameSeedGivesSameData();
    void otherSeedGivesOtherData();
    void sitesAndTariffs();
    void seuRegister_data();
    void seuRegister();
    void coversThirteenMonths();
    void dstDaysHaveTheirLength_data();
    void dstDaysHaveTheirLength();
    void endDayIsPartlyCovered();
    void plantedGapsAreNaN();
    void productionIsDailyAndFlat();
    void compressorWeekdayEnergy();
    void climates();
    void idleConveyor_data();
    void idleConveyor();
    void offHoursMolding_data();
    void offHoursMolding();
    void driftAtFlatProduction_data();
    void driftAtFlatProduction();
    void offHoursShareByDesign_data();
    void offHoursShareByDesign();
    void monthScanFindsTheIntendedSet_data();
    void monthScanFindsTheIntendedSet();
    void noWeatherDriftAroundTheYear();

private:
    DemoPlant m_winter;
    DemoPlant m_summer;
};

void TestDemoPlant::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    m_winter = generate(kWinterEnd);
    qInfo("13 months of demo plant generated in %lld ms", timer.elapsed());
    m_summer = generate(kSummerEnd);
}

void TestDemoPlant::rejectsBadOptions()
{
    QCOMPARE(generateDemoPlant({QDate(), 42, 13}).error().code, ErrorCode::InvalidInput);
    QCOMPARE(generateDemoPlant({kWinterEnd, 42, 2}).error().code, ErrorCode::InvalidInput);
    QCOMPARE(generateDemoPlant({kWinterEnd, 42, 500}).error().code, ErrorCode::InvalidInput);
}

void TestDemoPlant::sameSeedGivesSameData()
{
    const DemoPlant again = generate(kWinterEnd);
    QCOMPARE(fingerprint(again), fingerprint(m_winter));
    QCOMPARE(again.plantedTruths, m_winter.plantedTruths);

    // One line per planted truth, each naming its SEU or the end date.
    const QStringList &truths = m_winter.plantedTruths;
    QCOMPARE(truths.size(), 6);
    QVERIFY(truths[0].contains(QStringLiteral("Conveyor-A")));
    QVERIFY(truths[1].contains(QStringLiteral("Injection-Molding-1")));
    QVERIFY(truths[2].contains(QStringLiteral("Compressor-1")));
    QVERIFY(truths[3].contains(
        QStringLiteral("HVAC-Main has no readings on 2026-11-16 from 10:00 to 13:00")));
    QVERIFY(truths[4].contains(QStringLiteral("Compressor-EU-1 has no readings on 2026-07-31")));
    QVERIFY(truths[5].contains(QStringLiteral("14:30 local time on 2026-11-30")));
}

void TestDemoPlant::otherSeedGivesOtherData()
{
    const DemoPlant other = generate(kWinterEnd, 43);
    QVERIFY(fingerprint(other) != fingerprint(m_winter));
    QCOMPARE(other.seus.size(), m_winter.seus.size());
}

void TestDemoPlant::sitesAndTariffs()
{
    QCOMPARE(m_winter.sites.size(), size_t(2));
    const SiteInfo &la = m_winter.sites[0].site;
    const SiteInfo &berlin = m_winter.sites[1].site;

    QCOMPARE(la.id, kLosAngelesId);
    QCOMPARE(la.name, QStringLiteral("Demo Manufacturing Plant"));
    QCOMPARE(la.timeZoneId, QStringLiteral("America/Los_Angeles"));
    QCOMPARE(la.currency, QStringLiteral("USD"));
    QCOMPARE(la.tariff(EnergyCarrier::Electricity).pricePerKWh, 0.15);
    QCOMPARE(la.tariff(EnergyCarrier::Electricity).co2KgPerKWh, 0.45);
    QVERIFY(la.tariffs.count(EnergyCarrier::NaturalGas) == 1);
    QVERIFY(la.tariffs.count(EnergyCarrier::Steam) == 1);
    QCOMPARE(la.calendar.workingDaysMask, 0b0011111u);
    QCOMPARE(la.calendar.startMinute, 6 * 60);
    QCOMPARE(la.calendar.endMinute, 20 * 60);

    QCOMPARE(berlin.id, kBerlinId);
    QCOMPARE(berlin.name, QStringLiteral("European Production Facility"));
    QCOMPARE(berlin.timeZoneId, QStringLiteral("Europe/Berlin"));
    QCOMPARE(berlin.currency, QStringLiteral("EUR"));
    QCOMPARE(berlin.tariff(EnergyCarrier::Electricity).pricePerKWh, 0.22);
}

void TestDemoPlant::seuRegister_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("siteId");
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<double>("ratedKW");
    QTest::addColumn<bool>("production");

    const QString electricity = QStringLiteral("electricity");
    QTest::newRow("Compressor-1") << "Compressor-1" << kLosAngelesId << electricity << 55.0
                                  << true;
    QTest::newRow("HVAC-Main") << "HVAC-Main" << kLosAngelesId << electricity << 150.0
                               << false;
    QTest::newRow("Conveyor-A") << "Conveyor-A" << kLosAngelesId << electricity << 22.0
                                << true;
    QTest::newRow("Hydraulic-Pump-1") << "Hydraulic-Pump-1" << kLosAngelesId << electricity
                                      << 45.0 << true;
    QTest::newRow("Injection-Molding-1") << "Injection-Molding-1" << kLosAngelesId
                                         << electricity << 120.0 << true;
    QTest::newRow("Boiler-1") << "Boiler-1" << kLosAngelesId << "natural_gas" << 45.0 << false;
    QTest::newRow("Steam-Header-1") << "Steam-Header-1" << kLosAngelesId << "steam" << 80.0
                                    << false;
    QTest::newRow("Compressor-EU-1") << "Compressor-EU-1" << kBerlinId << electricity << 90.0
                                     << true;
    QTest::newRow("HVAC-EU-North") << "HVAC-EU-North" << kBerlinId << electricity << 200.0
                                   << false;
}

void TestDemoPlant::seuRegister()
{
    QFETCH(QString, name);
    QFETCH(QString, siteId);
    QFETCH(QString, carrier);
    QFETCH(double, ratedKW);
    QFETCH(bool, production);

    QCOMPARE(m_winter.seus.size(), size_t(9));
    QCOMPARE(m_winter.series.size(), m_winter.seus.size());
    const int index = indexOfSeu(m_winter, name);
    QVERIFY(index >= 0);
    const SeuInfo &seu = m_winter.seus[size_t(index)];
    const QUuid expectedId = QUuid::createUuidV5(QUuid::fromString(siteId), name);
    QCOMPARE(seu.id, expectedId.toString(QUuid::WithoutBraces));
    QCOMPARE(seu.siteId, siteId);
    QCOMPARE(carrierCode(seu.carrier), carrier);
    QCOMPARE(seu.ratedKW, ratedKW);
    QVERIFY(seu.active);
    QCOMPARE(m_winter.series[size_t(index)].seuId, seu.id);
    QCOMPARE(!m_winter.series[size_t(index)].productionUnits.empty(), production);
}

void TestDemoPlant::coversThirteenMonths()
{
    const QDate first = kWinterEnd.addMonths(-13);
    for (size_t i = 0; i < m_winter.seus.size(); ++i) {
        const LocalCalendar calendar = calendarOf(siteOf(m_winter, m_winter.seus[i]));
        const DayBlocks &blocks = m_winter.series[i].energyKWh;
        std::optional<qint64> firstStart;
        qint64 lastStart = 0;
        forEachReading(blocks, std::numeric_limits<qint64>::min(),
                       std::numeric_limits<qint64>::max(), [&](qint64 start, int, double) {
                           if (!firstStart)
                               firstStart = start;
                           lastStart = start;
                       });
        QVERIFY(firstStart.has_value());
        QCOMPARE(*firstStart, calendar.startOfDayUtc(first));
        QCOMPARE(calendar.localDate(lastStart), kWinterEnd);
        for (size_t b = 1; b < blocks.size(); ++b)
            QCOMPARE(blocks[b].utcDay, blocks[b - 1].utcDay + 1);
        QCOMPARE(blocks.front().intervalSeconds, 900);
    }
}

void TestDemoPlant::dstDaysHaveTheirLength_data()
{
    QTest::addColumn<QString>("siteId");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("hours");

    QTest::newRow("LA 2025 spring") << kLosAngelesId << QDate(2025, 3, 9) << 23;
    QTest::newRow("LA 2025 autumn") << kLosAngelesId << QDate(2025, 11, 2) << 25;
    QTest::newRow("LA 2026 spring") << kLosAngelesId << QDate(2026, 3, 8) << 23;
    QTest::newRow("LA 2026 autumn") << kLosAngelesId << QDate(2026, 11, 1) << 25;
    QTest::newRow("LA ordinary") << kLosAngelesId << QDate(2026, 6, 10) << 24;
    QTest::newRow("Berlin 2025 spring") << kBerlinId << QDate(2025, 3, 30) << 23;
    QTest::newRow("Berlin 2025 autumn") << kBerlinId << QDate(2025, 10, 26) << 25;
    QTest::newRow("Berlin 2026 spring") << kBerlinId << QDate(2026, 3, 29) << 23;
    QTest::newRow("Berlin 2026 autumn") << kBerlinId << QDate(2026, 10, 25) << 25;
    QTest::newRow("Berlin ordinary") << kBerlinId << QDate(2026, 1, 14) << 24;
}

void TestDemoPlant::dstDaysHaveTheirLength()
{
    QFETCH(QString, siteId);
    QFETCH(QDate, date);
    QFETCH(int, hours);

    // 21 months before 30 November 2026 reaches back to February 2025.
    static const DemoPlant plant = generate(kWinterEnd, 42, 21);
    for (const DemoSite &site : plant.sites) {
        if (site.site.id != siteId)
            continue;
        const LocalCalendar calendar = calendarOf(site.site);
        QCOMPARE(readingsOnDate(site.outdoorTemperatureC, calendar, date), hours);
        for (size_t i = 0; i < plant.seus.size(); ++i) {
            if (plant.seus[i].siteId == siteId)
                QCOMPARE(readingsOnDate(plant.series[i].energyKWh, calendar, date), hours * 4);
        }
    }
}

void TestDemoPlant::endDayIsPartlyCovered()
{
    // Readings stop at 14:30 local: 14.5 h = 58 quarter hours, and 15 hourly
    // temperatures (the one starting at 14:00 included).
    for (const DemoPlant *plant : {&m_winter, &m_summer}) {
        const QDate end = plant == &m_winter ? kWinterEnd : kSummerEnd;
        for (size_t i = 0; i < plant->seus.size(); ++i) {
            const SiteInfo &site = siteOf(*plant, plant->seus[i]);
            const LocalCalendar calendar = calendarOf(site);
            QCOMPARE(readingsOnDate(plant->series[i].energyKWh, calendar, end), 58);
            QCOMPARE(readingsOnDate(plant->series[i].energyKWh, calendar, end.addDays(1)), 0);
            QVERIFY(!plant->series[i].productionUnits.count(end));
        }
        for (const DemoSite &site : plant->sites)
            QCOMPARE(readingsOnDate(site.outdoorTemperatureC, calendarOf(site.site), end), 15);
    }
}

void TestDemoPlant::plantedGapsAreNaN()
{
    // HVAC-Main: the weekday on or before 14 days back, 10:00-13:00, 12 quarter hours.
    // 30 Nov 2026 - 14 days = Monday 16 November.
    // Compressor-EU-1: 120 days back is Sunday 2 August 2026, so Friday 31 July,
    // 08:00-14:00, 24 quarter hours.
    const ExpectedGap gaps[] = {
        {QStringLiteral("HVAC-Main"), QDate(2026, 11, 16), QTime(10, 0), 12},
        {QStringLiteral("Compressor-EU-1"), QDate(2026, 7, 31), QTime(8, 0), 24}};

    for (size_t i = 0; i < m_winter.seus.size(); ++i) {
        const LocalCalendar calendar = calendarOf(siteOf(m_winter, m_winter.seus[i]));
        const qint64 from = calendar.startOfDayUtc(kWinterEnd.addMonths(-13));
        const qint64 to = QDateTime(kWinterEnd, QTime(14, 30), calendar.zone())
                              .toSecsSinceEpoch();
        std::vector<qint64> missing;
        for (const DayBlock &block : m_winter.series[i].energyKWh) {
            for (int slot = 0; slot < block.slotCount(); ++slot) {
                const qint64 start = block.slotStartUtc(slot);
                if (start >= from && start < to && std::isnan(block.values[size_t(slot)]))
                    missing.push_back(start);
            }
        }

        int expectedSlots = 0;
        for (const ExpectedGap &gap : gaps) {
            if (gap.seu != m_winter.seus[i].name)
                continue;
            expectedSlots = gap.slotCount;
            QCOMPARE(int(missing.size()), gap.slotCount);
            const qint64 gapStart = QDateTime(gap.date, gap.from, calendar.zone())
                                        .toSecsSinceEpoch();
            QCOMPARE(missing.front(), gapStart);
            QCOMPARE(missing.back(), gapStart + (gap.slotCount - 1) * 900);
        }
        if (expectedSlots == 0)
            QVERIFY2(missing.empty(), qPrintable(m_winter.seus[i].name));
    }
}

void TestDemoPlant::productionIsDailyAndFlat()
{
    const int index = indexOfSeu(m_winter, QStringLiteral("Compressor-1"));
    const auto &units = m_winter.series[size_t(index)].productionUnits;
    QCOMPARE(units.begin()->first, kWinterEnd.addMonths(-13));
    QCOMPARE(units.rbegin()->first, kWinterEnd.addDays(-1));
    QCOMPARE(qint64(units.size()), kWinterEnd.addMonths(-13).daysTo(kWinterEnd));

    // Weekdays make about 1,200 units (4 % noise), weekends next to nothing.
    for (const auto &[date, count] : units) {
        if (date.dayOfWeek() <= 5)
            QVERIFY2(count > 1200.0 * 0.85 && count < 1200.0 * 1.15, qPrintable(date.toString()));
        else
            QVERIFY2(count < 1200.0 * 0.05, qPrintable(date.toString()));
    }
}

void TestDemoPlant::compressorWeekdayEnergy()
{
    // 54 kW at full load: 16 h at 100 % + 8 night hours at 50 %
    // = 54 * (16 + 4) = 1,080 kWh on a weekday with the nominal 1,200 units.
    const double expectedKWh = 54.0 * (16.0 + 8.0 * 0.5);
    const int index = indexOfSeu(m_winter, QStringLiteral("Compressor-1"));
    const LocalCalendar calendar = calendarOf(m_winter.sites[0].site);

    double sum = 0.0;
    int days = 0;
    // 60 to 20 days before the end: before the planted rise; no DST change inside.
    for (QDate d = kWinterEnd.addDays(-60); d < kWinterEnd.addDays(-20); d = d.addDays(1)) {
        if (d.dayOfWeek() > 5 || calendar.dayLengthHours(d) != 24.0)
            continue;
        forEachReading(m_winter.series[size_t(index)].energyKWh, calendar.startOfDayUtc(d),
                       calendar.startOfDayUtc(d.addDays(1)),
                       [&sum](qint64, int, double kWh) { sum += kWh; });
        ++days;
    }
    QVERIFY(days > 20);
    QVERIFY2(std::abs(sum / days / expectedKWh - 1.0) < kDailyKWhTolerance,
             qPrintable(QString::number(sum / days)));
}

void TestDemoPlant::climates()
{
    // Means over the covered year and the coldest and warmest months: Los Angeles
    // about 14 °C in January and 23.5 °C in August, Berlin about 1 °C and 19.5 °C.
    const auto monthMean = [](const DemoSite &site, int month) {
        const LocalCalendar calendar = calendarOf(site.site);
        double sum = 0.0;
        int count = 0;
        forEachReading(site.outdoorTemperatureC, std::numeric_limits<qint64>::min(),
                       std::numeric_limits<qint64>::max(), [&](qint64 t, int, double c) {
                           if (calendar.localDate(t).month() == month) {
                               sum += c;
                               ++count;
                           }
                       });
        return sum / count;
    };
    constexpr double kMonthMeanToleranceC = 3.0;
    QCOMPARE(m_winter.sites[0].outdoorTemperatureC.front().intervalSeconds, 3600);
    QVERIFY(std::abs(monthMean(m_winter.sites[0], 1) - 14.2) < kMonthMeanToleranceC);
    QVERIFY(std::abs(monthMean(m_winter.sites[0], 8) - 23.4) < kMonthMeanToleranceC);
    QVERIFY(std::abs(monthMean(m_winter.sites[1], 1) - 1.0) < kMonthMeanToleranceC);
    QVERIFY(std::abs(monthMean(m_winter.sites[1], 7) - 19.5) < kMonthMeanToleranceC);
}

void TestDemoPlant::idleConveyor_data()
{
    QTest::addColumn<bool>("winter");
    QTest::newRow("end 2026-11-30") << true;
    QTest::newRow("end 2026-07-15") << false;
}

void TestDemoPlant::idleConveyor()
{
    QFETCH(bool, winter);
    const DemoPlant &plant = winter ? m_winter : m_summer;
    const QDate end = winter ? kWinterEnd : kSummerEnd;

    // Loaded on weekdays 06:00-22:00 (16 h), idle otherwise: idle hours are 8 per
    // weekday and 24 per weekend day (one more on a 25-hour Sunday in November).
    const int weekdays = countWeekdays(end.addDays(-kWindowDays), end);
    const double idleHours = weekdays * 8.0 + (kWindowDays - weekdays) * 24.0;
    const double designShare = idleHours / (kWindowDays * 24.0);

    const WindowFigures f = measureWindow(plant, indexOfSeu(plant, QStringLiteral("Conveyor-A")),
                                          end);
    QVERIFY2(std::abs(f.idleShare() - designShare) < kShareTolerance,
             qPrintable(QString::number(f.idleShare())));
    QVERIFY(f.idleShare() > 0.45 && f.idleShare() < 0.65);
}

void TestDemoPlant::offHoursMolding_data()
{
    idleConveyor_data();
}

void TestDemoPlant::offHoursMolding()
{
    QFETCH(bool, winter);
    const DemoPlant &plant = winter ? m_winter : m_summer;
    const QDate end = winter ? kWinterEnd : kSummerEnd;

    // 100 kW in both shifts, 90 % at night, 80 % at weekends.
    const double designShare = designOffHoursShare(end, 1.0, 1.0, 0.9, 0.8);
    const int molding = indexOfSeu(plant, QStringLiteral("Injection-Molding-1"));
    const WindowFigures f = measureWindow(plant, molding, end);
    QVERIFY2(std::abs(f.offHoursShare() - designShare) < kShareTolerance,
             qPrintable(QString::number(f.offHoursShare())));
    QVERIFY(f.offHoursKWh > kOffHoursKWhThreshold);

    // It is its site's biggest money item: 0.6 x off-hours kWh x price beats every
    // other SEU's saving of any kind there (idle 0.5 x idle energy, at most 0.5 x
    // idle share x energy; drift 0.7 x excess per day x 30 days) by half as much again.
    const auto priceOf = [&plant](size_t i) {
        return siteOf(plant, plant.seus[i]).tariff(plant.seus[i].carrier).pricePerKWh;
    };
    const double moldingSaving = 0.6 * f.offHoursKWh * priceOf(size_t(molding));
    for (size_t i = 0; i < plant.seus.size(); ++i) {
        if (int(i) == molding || plant.seus[i].siteId != plant.seus[size_t(molding)].siteId)
            continue;
        const WindowFigures other = measureWindow(plant, int(i), end);
        const double excess = std::max(0.0, other.lateMeanKWh - other.earlyMeanKWh);
        const double best = std::max({0.6 * other.offHoursKWh, 0.7 * excess * kWindowDays,
                                      0.5 * other.idleShare() * other.energyKWh});
        QVERIFY2(moldingSaving > 1.5 * best * priceOf(i), qPrintable(plant.seus[i].name));
    }
}

void TestDemoPlant::driftAtFlatProduction_data()
{
    idleConveyor_data();
}

void TestDemoPlant::driftAtFlatProduction()
{
    QFETCH(bool, winter);
    const DemoPlant &plant = winter ? m_winter : m_summer;
    const QDate end = winter ? kWinterEnd : kSummerEnd;

    // Both fortnights hold two whole weeks, so the ratio of their daily means is
    // the planted factor: 1.15 / 1.00.
    const int index = indexOfSeu(plant, QStringLiteral("Compressor-1"));
    const WindowFigures f = measureWindow(plant, index, end);
    QVERIFY2(std::abs(f.driftRatio() - 1.15) < 0.03, qPrintable(QString::number(f.driftRatio())));

    double early = 0.0;
    double late = 0.0;
    for (const auto &[date, units] : plant.series[size_t(index)].productionUnits) {
        const qint64 back = date.daysTo(end);
        if (back > kWindowDays - kFortnight && back <= kWindowDays)
            early += units;
        if (back >= 1 && back <= kFortnight)
            late += units;
    }
    constexpr double kFlatProductionTolerance = 0.03;
    QVERIFY2(std::abs(late / early - 1.0) < kFlatProductionTolerance,
             qPrintable(QString::number(late / early)));
}

void TestDemoPlant::offHoursShareByDesign_data()
{
    QTest::addColumn<QString>("seu");
    QTest::addColumn<double>("day");
    QTest::addColumn<double>("evening");
    QTest::addColumn<double>("night");
    QTest::addColumn<double>("weekend");

    // Production SEUs at nominal output (weekend production about 1.5 % of a weekday).
    QTest::newRow("Compressor-1") << "Compressor-1" << 1.0 << 1.0 << 0.5 << 0.3;
    QTest::newRow("Compressor-EU-1") << "Compressor-EU-1" << 1.0 << 1.0 << 0.5 << 0.3;
    QTest::newRow("Conveyor-A") << "Conveyor-A" << 17.0 << 17.0 << 0.5 << 0.5;
    QTest::newRow("Hydraulic-Pump-1") << "Hydraulic-Pump-1" << 44.0 << 5.1 << 5.1 << 5.1;
    QTest::newRow("Steam-Header-1") << "Steam-Header-1" << 76.0 << 9.0 << 9.0 << 9.0;
}

void TestDemoPlant::offHoursShareByDesign()
{
    QFETCH(QString, seu);
    QFETCH(double, day);
    QFETCH(double, evening);
    QFETCH(double, night);
    QFETCH(double, weekend);

    for (const QDate &end : {kWinterEnd, kSummerEnd}) {
        const DemoPlant &plant = end == kWinterEnd ? m_winter : m_summer;
        const double design = designOffHoursShare(end, day, evening, night, weekend);
        const WindowFigures f = measureWindow(plant, indexOfSeu(plant, seu), end);
        QVERIFY2(std::abs(f.offHoursShare() - design) < kShareTolerance,
                 qPrintable(QStringLiteral("%1 measured %2 design %3")
                                .arg(end.toString(Qt::ISODate))
                                .arg(f.offHoursShare())
                                .arg(design)));
    }
}

void TestDemoPlant::monthScanFindsTheIntendedSet_data()
{
    QTest::addColumn<QString>("seu");
    QTest::addColumn<bool>("idle");
    QTest::addColumn<bool>("scheduling");
    QTest::addColumn<bool>("drift");

    QTest::newRow("Compressor-1") << "Compressor-1" << false << true << true;
    QTest::newRow("HVAC-Main") << "HVAC-Main" << false << true << false;
    QTest::newRow("Conveyor-A") << "Conveyor-A" << true << false << false;
    QTest::newRow("Hydraulic-Pump-1") << "Hydraulic-Pump-1" << false << false << false;
    QTest::newRow("Injection-Molding-1") << "Injection-Molding-1" << false << true << false;
    QTest::newRow("Boiler-1") << "Boiler-1" << false << true << false;
    QTest::newRow("Steam-Header-1") << "Steam-Header-1" << false << false << false;
    QTest::newRow("Compressor-EU-1") << "Compressor-EU-1" << false << true << false;
    QTest::newRow("HVAC-EU-North") << "HVAC-EU-North" << false << true << false;
}

void TestDemoPlant::monthScanFindsTheIntendedSet()
{
    QFETCH(QString, seu);
    QFETCH(bool, idle);
    QFETCH(bool, scheduling);
    QFETCH(bool, drift);

    for (const QDate &end : {kWinterEnd, kSummerEnd}) {
        const DemoPlant &plant = end == kWinterEnd ? m_winter : m_summer;
        const WindowFigures f = measureWindow(plant, indexOfSeu(plant, seu), end);
        const Findings found = findingsOf(f);
        const QByteArray where = QStringLiteral("%1: idle %2, off-hours %3 (%4 kWh), drift %5")
                                     .arg(end.toString(Qt::ISODate))
                                     .arg(f.idleShare(), 0, 'f', 3)
                                     .arg(f.offHoursShare(), 0, 'f', 3)
                                     .arg(f.offHoursKWh, 0, 'f', 0)
                                     .arg(f.driftRatio(), 0, 'f', 3)
                                     .toUtf8();
        QVERIFY2(found.idle == idle, where.constData());
        QVERIFY2(found.scheduling == scheduling, where.constData());
        QVERIFY2(found.drift == drift, where.constData());
    }
}

void TestDemoPlant::noWeatherDriftAroundTheYear()
{
    // With the default seed, seasons and weather never move a fortnight's mean by
    // more than 10 %: scan month windows ending every 5 days over two years, up to a
    // month before the plant's end date (where the planted rise begins).
    const QDate plantEnd(2027, 6, 30);
    const DemoPlant plant = generate(plantEnd, 42, 24);
    for (QDate end(2025, 8, 1); end < plantEnd.addDays(-kWindowDays); end = end.addDays(5)) {
        for (size_t i = 0; i < plant.seus.size(); ++i) {
            const WindowFigures f = measureWindow(plant, int(i), end);
            QVERIFY2(f.driftRatio() <= kDriftThreshold,
                     qPrintable(QStringLiteral("%1 %2 %3").arg(end.toString(Qt::ISODate),
                                                                plant.seus[i].name)
                                    .arg(f.driftRatio())));
        }
    }
}

QTEST_APPLESS_MAIN(TestDemoPlant)
#include "tst_demoplant.moc"
