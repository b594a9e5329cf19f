// SPDX-License-Identifier: GPL-3.0-or-later
// An SEU judged over a window of days: the thirty-day reference rate, partial and
// missing days, the accepted baseline and when it is not used, too little history, DST
// days in Europe/Berlin, savings and the status thresholds, each against a hand
// calculation.
#include "engine/performance/dailyanalysis.h"
#include "engine/performance/periodperformance.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Enms::Engine;

namespace {

constexpr double kKWhTolerance = 1e-9;
constexpr double kHoursTolerance = 1e-9;
constexpr double kPercentTolerance = 1e-8;
constexpr double kMoneyTolerance = 1e-9;

constexpr double kPrice = 0.15;        // per kWh
constexpr double kCo2 = 0.45;          // kg per kWh

// Most windows below: Monday 10 June 2024 to Sunday 16 June 2024, 24 h days.
const QDate kFirst(2024, 6, 10);
const QDate kLast(2024, 6, 16);

bool near(double actual, double expected, double tolerance)
{
    return std::fabs(actual - expected) <= tolerance;
}

QByteArray describe(double actual, double expected)
{
    return QByteArray::number(actual, 'f', 9) + " vs " + QByteArray::number(expected, 'f', 9);
}

LocalDayEnergy day(const QDate &date, double kwh, double coveredHours = 24.0,
                   double lengthHours = 24.0)
{
    return LocalDayEnergy{date, kwh, qint64(coveredHours * 3600.0), qint64(lengthHours * 3600.0)};
}

SeuInfo compressor()
{
    SeuInfo seu;
    seu.id = QStringLiteral("seu-1");
    seu.name = QStringLiteral("Compressor-1");
    seu.ratedKW = 55.0;
    return seu;
}

CarrierTariff tariff()
{
    return CarrierTariff{kPrice, kCo2};
}

// The thirty days before kFirst: ten complete days alternating 200 and 280 kWh on
// 31 May .. 9 June, a complete 240 kWh day on 11 May (30 days back, the oldest
// counted), a 12 h day of 50 kWh on 30 May (not complete) and a 10,000 kWh day on
// 10 May (31 days back, outside the lookback). Complete: 5 * 200 + 5 * 280 + 240 =
// 2,640 kWh over 11 days of 24 h, so the rate is 2,640 / 264 h = 10 kWh per hour.
std::vector<LocalDayEnergy> reference()
{
    std::vector<LocalDayEnergy> days;
    days.push_back(day(kFirst.addDays(-31), 10000.0));
    days.push_back(day(kFirst.addDays(-30), 240.0));
    days.push_back(day(kFirst.addDays(-11), 50.0, 12.0));
    for (int back = 10; back >= 1; --back)
        days.push_back(day(kFirst.addDays(-back), back % 2 ? 200.0 : 280.0));
    return days;
}
constexpr int kReferenceDays = 11;
constexpr double kReferenceRate = 10.0;   // kWh per hour

// `count` complete reference days of 240 kWh right before kFirst.
std::vector<LocalDayEnergy> flatReference(int count, double kwh = 240.0)
{
    std::vector<LocalDayEnergy> days;
    for (int back = count; back >= 1; --back)
        days.push_back(day(kFirst.addDays(-back), kwh));
    return days;
}

void addWindow(std::vector<LocalDayEnergy> &days, double kwhPerDay)
{
    for (QDate d = kFirst; d <= kLast; d = d.addDays(1))
        days.push_back(day(d, kwhPerDay));
}

std::map<QDate, double> flatBaseline(double kwhPerDay)
{
    std::map<QDate, double> expected;
    for (QDate d = kFirst; d <= kLast; d = d.addDays(1))
        expected[d] = kwhPerDay;
    return expected;
}

// Equal energy per 15-minute slot over the local days [first, last] of a calendar.
DayBlocks evenBlocks(const LocalCalendar &calendar, const QDate &first, const QDate &last,
                     const std::map<QDate, double> &kwhPerHourOn, double kwhPerHour)
{
    constexpr int kInterval = 900;
    std::map<qint64, DayBlock> blocks;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        const auto special = kwhPerHourOn.find(d);
        const double perHour = special == kwhPerHourOn.end() ? kwhPerHour : special->second;
        const qint64 end = calendar.startOfDayUtc(d.addDays(1));
        for (qint64 t = calendar.startOfDayUtc(d); t < end; t += kInterval) {
            const qint64 utcDay = utcDayOf(t);
            auto it = blocks.find(utcDay);
            if (it == blocks.end())
                it = blocks.emplace(utcDay, DayBlock::empty(utcDay, kInterval)).first;
            it->second.values[size_t((t - utcDay * kSecondsPerDay) / kInterval)] = perHour / 4.0;
        }
    }
    DayBlocks out;
    for (auto &[utcDay, block] : blocks)
        out.push_back(std::move(block));
    return out;
}

} // namespace

class TestPeriodPerformance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void meanReference();
    void partialAndMissingDays();
    void acceptedBaseline();
    void baselineMissingADayFallsBack();
    void tooFewReferenceDays_data();
    void tooFewReferenceDays();
    void springDstWeekBerlin();
    void autumnDstReferenceBerlin();
    void savingsHaveNegativeCost();
    void statusThresholds_data();
    void statusThresholds();
    void noExpectationWithoutAPositiveOne();
    void invalidWindow();
};

void TestPeriodPerformance::meanReference()
{
    std::vector<LocalDayEnergy> days = reference();
    addWindow(days, 250.0);

    const auto result = analyzePeriod(compressor(), tariff(), days, kFirst, kLast);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->seuId, QStringLiteral("seu-1"));
    QCOMPARE(result->firstDate, kFirst);
    QCOMPARE(result->lastDate, kLast);
    QCOMPARE(result->daysWithData, 7);
    QCOMPARE(result->referenceCompleteDays, kReferenceDays);
    QCOMPARE(result->baselineSource, BaselineSource::ThirtyDayMean);
    QVERIFY(near(result->windowHours, 168.0, kHoursTolerance));
    QVERIFY(near(result->coveredHours, 168.0, kHoursTolerance));
    QVERIFY(near(result->coveredShare(), 1.0, kHoursTolerance));

    // actual 7 * 250 = 1,750; expected 10 kWh/h * 168 h = 1,680; +70 kWh = +4.1667 %.
    QVERIFY(near(result->actualKWh, 1750.0, kKWhTolerance));
    QVERIFY(result->hasExpected());
    QVERIFY2(near(*result->expectedKWh, 1680.0, kKWhTolerance),
             describe(*result->expectedKWh, 1680.0));
    QVERIFY(near(result->deviationKWh, 70.0, kKWhTolerance));
    QVERIFY(near(result->deviationPercent, 70.0 / 1680.0 * 100.0, kPercentTolerance));
    QCOMPARE(result->status, IsoStatus::OnTarget);

    // 1,750 * 0.15 = 262.50; 70 * 0.15 = 10.50; 1,750 * 0.45 = 787.5 kg.
    QVERIFY(near(result->pricePerKWh, kPrice, kMoneyTolerance));
    QVERIFY(near(result->costAmount, 262.5, kMoneyTolerance));
    QVERIFY(near(result->deviationCost, 10.5, kMoneyTolerance));
    QVERIFY(near(result->co2Kg, 787.5, kMoneyTolerance));
}

// Days without readings are left out on both sides; a half-covered day expects half.
void TestPeriodPerformance::partialAndMissingDays()
{
    std::vector<LocalDayEnergy> days = reference();
    for (int i = 0; i < 4; ++i)
        days.push_back(day(kFirst.addDays(i), 240.0));      // 10-13 June, complete
    days.push_back(day(kFirst.addDays(4), 130.0, 12.0));    // 14 June, 12 h covered
    days.push_back(day(kFirst.addDays(5), 0.0, 0.0));       // 15 June, listed, no data
    // 16 June is not listed at all.

    const auto result = analyzePeriod(compressor(), tariff(), days, kFirst, kLast);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->daysWithData, 5);
    QVERIFY(near(result->coveredHours, 4 * 24.0 + 12.0, kHoursTolerance));
    QVERIFY(near(result->windowHours, 168.0, kHoursTolerance));

    // actual 4 * 240 + 130 = 1,090; expected 10 * 24 * 4 + 10 * 12 = 1,080.
    QVERIFY(near(result->actualKWh, 1090.0, kKWhTolerance));
    QVERIFY(result->hasExpected());
    QVERIFY(near(*result->expectedKWh, 1080.0, kKWhTolerance));
    QVERIFY(near(result->deviationKWh, 10.0, kKWhTolerance));
    QVERIFY(near(result->deviationPercent, 10.0 / 1080.0 * 100.0, kPercentTolerance));
    QCOMPARE(result->status, IsoStatus::OnTarget);

    // Day by day: the five days with readings, 240 kWh expected of each whole day and
    // 120 kWh of the half day.
    QCOMPARE(result->days.size(), size_t(5));
    QCOMPARE(result->days.front().date, kFirst);
    QCOMPARE(result->days.back().date, kFirst.addDays(4));
    QVERIFY(near(result->days.front().expectedKWh, 240.0, kKWhTolerance));
    QVERIFY(near(result->days.back().actualKWh, 130.0, kKWhTolerance));
    QVERIFY(near(result->days.back().expectedKWh, 120.0, kKWhTolerance));
}

// The baseline says 200 kWh a day, the reference 240: the baseline wins. It need not
// cover 15 June, which has no readings.
void TestPeriodPerformance::acceptedBaseline()
{
    std::vector<LocalDayEnergy> days = reference();
    for (int i = 0; i < 4; ++i)
        days.push_back(day(kFirst.addDays(i), 210.0));
    days.push_back(day(kFirst.addDays(4), 60.0, 6.0));      // 14 June, 6 h covered
    days.push_back(day(kLast, 210.0));
    std::map<QDate, double> baseline = flatBaseline(200.0);
    baseline.erase(kFirst.addDays(5));

    const auto result = analyzePeriod(compressor(), tariff(), days, kFirst, kLast, baseline);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->baselineSource, BaselineSource::AcceptedBaseline);
    QCOMPARE(result->referenceCompleteDays, kReferenceDays);
    QCOMPARE(result->daysWithData, 6);

    // actual 5 * 210 + 60 = 1,110; expected 5 * 200 + 200 * 6/24 = 1,050; +5.714 %.
    QVERIFY(near(result->actualKWh, 1110.0, kKWhTolerance));
    QVERIFY(near(*result->expectedKWh, 1050.0, kKWhTolerance));
    QVERIFY(near(result->deviationKWh, 60.0, kKWhTolerance));
    QVERIFY(near(result->deviationPercent, 60.0 / 1050.0 * 100.0, kPercentTolerance));
    QCOMPARE(result->status, IsoStatus::RequiresAttention);
    QVERIFY(near(result->deviationCost, 60.0 * kPrice, kMoneyTolerance));

    // The days add up to the window: 200 kWh expected of a whole day, 50 of 6 hours.
    double actual = 0.0;
    double expected = 0.0;
    for (const DayComparison &compared : result->days) {
        actual += compared.actualKWh;
        expected += compared.expectedKWh;
    }
    QCOMPARE(result->days.size(), size_t(6));
    QVERIFY(near(actual, result->actualKWh, kKWhTolerance));
    QVERIFY(near(expected, *result->expectedKWh, kKWhTolerance));
    QVERIFY(near(result->days[4].expectedKWh, 50.0, kKWhTolerance));
}

// A baseline without a value (or with NaN) for one day with readings is not used at
// all: the whole window falls back to the thirty-day rate.
void TestPeriodPerformance::baselineMissingADayFallsBack()
{
    std::vector<LocalDayEnergy> days = reference();
    for (int i = 0; i < 4; ++i)
        days.push_back(day(kFirst.addDays(i), 210.0));
    days.push_back(day(kFirst.addDays(4), 60.0, 6.0));
    days.push_back(day(kLast, 210.0));

    std::map<QDate, double> missing = flatBaseline(200.0);
    missing.erase(kLast);
    std::map<QDate, double> notANumber = flatBaseline(200.0);
    notANumber[kLast] = std::nan("");

    for (const auto &baseline : {missing, notANumber}) {
        const auto result = analyzePeriod(compressor(), tariff(), days, kFirst, kLast,
                                          baseline);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->baselineSource, BaselineSource::ThirtyDayMean);
        // expected 10 kWh/h * (5 * 24 + 6) h = 1,260; 1,110 - 1,260 = -150 = -11.905 %.
        QVERIFY(near(*result->expectedKWh, 1260.0, kKWhTolerance));
        QVERIFY(near(result->deviationKWh, -150.0, kKWhTolerance));
        QVERIFY(near(result->deviationPercent, -150.0 / 1260.0 * 100.0, kPercentTolerance));
        QCOMPARE(result->status, IsoStatus::Excellent);
    }
}

void TestPeriodPerformance::tooFewReferenceDays_data()
{
    QTest::addColumn<int>("completeDays");
    QTest::addColumn<bool>("hasExpected");
    QTest::newRow("6 complete days") << 6 << false;
    QTest::newRow("7 complete days") << 7 << true;
}

// Three 20 h days (not complete) never make up for a missing complete one. Too little
// history is no error: the window just has no expectation.
void TestPeriodPerformance::tooFewReferenceDays()
{
    QFETCH(int, completeDays);
    QFETCH(bool, hasExpected);
    std::vector<LocalDayEnergy> days;
    for (int back = 12; back >= 10; --back)
        days.push_back(day(kFirst.addDays(-back), 230.0, 20.0));
    for (const LocalDayEnergy &d : flatReference(completeDays))
        days.push_back(d);
    addWindow(days, 240.0);

    const auto result = analyzePeriod(compressor(), tariff(), days, kFirst, kLast);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->referenceCompleteDays, completeDays);
    QCOMPARE(result->hasExpected(), hasExpected);
    QVERIFY(near(result->actualKWh, 1680.0, kKWhTolerance));
    QVERIFY(near(result->costAmount, 1680.0 * kPrice, kMoneyTolerance));
    if (hasExpected)
        QVERIFY(near(*result->expectedKWh, 1680.0, kKWhTolerance));
    QCOMPARE(result->deviationKWh, 0.0);
    QCOMPARE(result->deviationPercent, 0.0);
    QCOMPARE(result->deviationCost, 0.0);
}

// Berlin springs forward on Sunday 31 March 2024, a 23 h day. With 1 kWh every hour
// before it the rate is 1 kWh/h; the short day expects 23 kWh, not 24.
void TestPeriodPerformance::springDstWeekBerlin()
{
    const LocalCalendar calendar(QTimeZone("Europe/Berlin"));
    const QDate first(2024, 3, 25);
    const QDate last(2024, 3, 31);
    QCOMPARE(calendar.dayLengthHours(last), 23.0);
    // 30 reference days: 24-29 February (2024 is a leap year) and 1-24 March.
    const QDate referenceFirst = first.addDays(-30);
    QCOMPARE(referenceFirst, QDate(2024, 2, 24));

    const std::map<QDate, double> shortDay{{last, 1.2}};
    const DayBlocks blocks = evenBlocks(calendar, referenceFirst, last, shortDay, 1.0);
    const std::vector<LocalDayEnergy> days = dailyEnergy(blocks, calendar, referenceFirst, last);

    const auto result = analyzePeriod(compressor(), tariff(), days, first, last);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->referenceCompleteDays, 30);
    QCOMPARE(result->daysWithData, 7);
    // 6 * 24 + 23 = 167 h; actual 6 * 24 + 23 * 1.2 = 171.6; expected 167 * 1 = 167.
    QVERIFY(near(result->windowHours, 167.0, kHoursTolerance));
    QVERIFY(near(result->coveredHours, 167.0, kHoursTolerance));
    QVERIFY2(near(result->actualKWh, 171.6, kKWhTolerance), describe(result->actualKWh, 171.6));
    QVERIFY2(near(*result->expectedKWh, 167.0, kKWhTolerance),
             describe(*result->expectedKWh, 167.0));
    QVERIFY(near(result->deviationKWh, 4.6, kKWhTolerance));
    QVERIFY(near(result->deviationPercent, 4.6 / 167.0 * 100.0, kPercentTolerance));
}

// Berlin falls back on Sunday 27 October 2024, a 25 h day inside the reference of the
// week 4-10 November. Per hour of day length the rate stays 1 kWh/h and the week
// expects exactly 168 kWh; a plain mean per day would say 7 * 721 / 30 = 168.23.
void TestPeriodPerformance::autumnDstReferenceBerlin()
{
    const LocalCalendar calendar(QTimeZone("Europe/Berlin"));
    const QDate first(2024, 11, 4);
    const QDate last(2024, 11, 10);
    const QDate referenceFirst = first.addDays(-30);
    QCOMPARE(referenceFirst, QDate(2024, 10, 5));
    QCOMPARE(calendar.dayLengthHours(QDate(2024, 10, 27)), 25.0);

    const DayBlocks blocks = evenBlocks(calendar, referenceFirst, last, {}, 1.0);
    const std::vector<LocalDayEnergy> days = dailyEnergy(blocks, calendar, referenceFirst, last);

    const auto result = analyzePeriod(compressor(), tariff(), days, first, last);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->referenceCompleteDays, 30);
    QVERIFY(near(result->windowHours, 168.0, kHoursTolerance));
    QVERIFY(near(result->actualKWh, 168.0, kKWhTolerance));
    QVERIFY2(near(*result->expectedKWh, 168.0, kKWhTolerance),
             describe(*result->expectedKWh, 168.0));
    QVERIFY(near(result->deviationKWh, 0.0, kKWhTolerance));
}

void TestPeriodPerformance::savingsHaveNegativeCost()
{
    std::vector<LocalDayEnergy> days = flatReference(10);
    addWindow(days, 200.0);

    const auto result = analyzePeriod(compressor(), tariff(), days, kFirst, kLast);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    // 7 * 200 = 1,400 against 7 * 240 = 1,680: -280 kWh, -16.667 %, -42.00 at 0.15.
    QVERIFY(near(result->deviationKWh, -280.0, kKWhTolerance));
    QVERIFY(near(result->deviationPercent, -280.0 / 1680.0 * 100.0, kPercentTolerance));
    QVERIFY(near(result->deviationCost, -42.0, kMoneyTolerance));
    QVERIFY(near(result->costAmount, 210.0, kMoneyTolerance));
    QCOMPARE(result->status, IsoStatus::Excellent);
}

void TestPeriodPerformance::statusThresholds_data()
{
    QTest::addColumn<double>("percent");
    QTest::addColumn<IsoStatus>("status");
    QTest::newRow("-5.1 % excellent") << -5.1 << IsoStatus::Excellent;
    QTest::newRow("-5 % on target") << -5.0 << IsoStatus::OnTarget;
    QTest::newRow("0 % on target") << 0.0 << IsoStatus::OnTarget;
    QTest::newRow("+5 % on target") << 5.0 << IsoStatus::OnTarget;
    QTest::newRow("+5.1 % requires attention") << 5.1 << IsoStatus::RequiresAttention;
    QTest::newRow("+15 % requires attention") << 15.0 << IsoStatus::RequiresAttention;
    QTest::newRow("+15.1 % non-compliant") << 15.1 << IsoStatus::NonCompliant;
}

// The window as a whole is classified: every day 240 * (1 + p/100) kWh against 240.
void TestPeriodPerformance::statusThresholds()
{
    QFETCH(double, percent);
    QFETCH(IsoStatus, status);
    std::vector<LocalDayEnergy> days = flatReference(10);
    addWindow(days, 240.0 * (1.0 + percent / 100.0));

    const auto result = analyzePeriod(compressor(), tariff(), days, kFirst, kLast);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QVERIFY2(near(result->deviationPercent, percent, kPercentTolerance),
             describe(result->deviationPercent, percent));
    QCOMPARE(result->status, status);
}

// Expected energy of zero (an idle reference, an all-zero baseline) or no data in the
// window: no expectation rather than a percentage of nothing.
void TestPeriodPerformance::noExpectationWithoutAPositiveOne()
{
    std::vector<LocalDayEnergy> idle = flatReference(10, 0.0);
    addWindow(idle, 100.0);
    const auto fromIdle = analyzePeriod(compressor(), tariff(), idle, kFirst, kLast);
    QVERIFY(fromIdle);
    QCOMPARE(fromIdle->referenceCompleteDays, 10);
    QVERIFY(!fromIdle->hasExpected());
    QVERIFY(near(fromIdle->actualKWh, 700.0, kKWhTolerance));
    QCOMPARE(fromIdle->deviationPercent, 0.0);
    QCOMPARE(fromIdle->deviationKWh, 0.0);
    QCOMPARE(fromIdle->days.size(), size_t(7));               // listed, nothing expected
    QCOMPARE(fromIdle->days.front().expectedKWh, 0.0);

    const auto zeroBaseline = analyzePeriod(compressor(), tariff(), idle, kFirst, kLast,
                                            flatBaseline(0.0));
    QVERIFY(zeroBaseline);
    QVERIFY(!zeroBaseline->hasExpected());
    QCOMPARE(zeroBaseline->deviationPercent, 0.0);

    const auto empty = analyzePeriod(compressor(), tariff(), flatReference(10), kFirst, kLast);
    QVERIFY(empty);
    QCOMPARE(empty->daysWithData, 0);
    QVERIFY(!empty->hasExpected());
    QCOMPARE(empty->actualKWh, 0.0);
    QCOMPARE(empty->coveredShare(), 0.0);
    QVERIFY(near(empty->windowHours, 168.0, kHoursTolerance));   // 24 h per unlisted day
}

void TestPeriodPerformance::invalidWindow()
{
    const std::vector<LocalDayEnergy> days = flatReference(10);
    const auto backwards = analyzePeriod(compressor(), tariff(), days, kLast, kFirst);
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().code, ErrorCode::InvalidInput);
    QVERIFY(backwards.error().message.contains(QStringLiteral("2024-06-10")));
    QVERIFY(backwards.error().message.contains(QStringLiteral("Compressor-1")));

    const auto invalid = analyzePeriod(compressor(), tariff(), days, QDate(), kLast);
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code, ErrorCode::InvalidInput);
}

QTEST_APPLESS_MAIN(TestPeriodPerformance)
#include "tst_periodperformance.moc"
