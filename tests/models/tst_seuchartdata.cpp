// SPDX-License-Identifier: GPL-3.0-or-later
// The data behind the SEU charts, on the demo plant and both backends: carpet cells,
// DST days in the carpet, the load-duration curve, CUSUM against an accepted baseline,
// and the energy-against-driver scatter, each checked against a sum done here by hand.
#include "models/baseline/baselinerepository.h"
#include "models/baseline/baselineservice.h"
#include "models/charts/seuchartdata.h"
#include "models/database.h"
#include "models/demostore.h"

#include "testdatabase.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <map>
#include <memory>

using namespace Enms;
using namespace Enms::Test;

namespace {

constexpr double kKWhTolerance = 1e-6;
constexpr double kKWTolerance = 1e-9;
constexpr int kSecondsPerInterval = 900;

// Six months of demo plant up to 14:30 on 2026-04-15: Los Angeles changes to summer
// time on 2026-03-08, Berlin on 2026-03-29. Compressor-1's planted leak raises its
// energy by 5, 10 and then 15 % from 16 days before the end (2026-03-30) on.
const QDate kDemoEnd(2026, 4, 15);
constexpr int kDemoMonths = 6;
const QDate kBaselineFrom(2025, 11, 1);
const QDate kBaselineTo(2026, 3, 25);
const QDate kLeakFullFrom(2026, 4, 1);
const QDate kBerlinSpringDay(2026, 3, 29);
const QDate kBerlinAutumnDay(2025, 10, 26);
const QString kCompressor = QStringLiteral("Compressor-1");
const QString kCompressorEu = QStringLiteral("Compressor-EU-1");
const QString kHvac = QStringLiteral("HVAC-Main");

struct Plant {
    std::unique_ptr<TestDatabase> store;
    std::unique_ptr<Database> database;
};

qint64 localInstant(const QString &zone, const QDate &date, int hour)
{
    return QDateTime(date, QTime(hour, 0), QTimeZone(zone.toUtf8())).toSecsSinceEpoch();
}

qsizetype dayIndex(const EnergySeries &series, const QDate &date)
{
    return series.dayDates.indexOf(date);
}

bool isComplete(const EnergySeries &series, qsizetype day)
{
    return std::abs(series.dayCoveredHours[day] * 3600 - series.dayLengthSeconds[day]) < 1.0;
}

} // namespace

class TestSeuChartData final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void backends_data();
    void carpetCellIsTheHoursMeanPower_data() { backends_data(); }
    void carpetCellIsTheHoursMeanPower();
    void dstDaysHave23And25HourRows_data() { backends_data(); }
    void dstDaysHave23And25HourRows();
    void loadDurationIsSortedFromThePeak_data() { backends_data(); }
    void loadDurationIsSortedFromThePeak();
    void cusumSumsActualMinusExpected_data() { backends_data(); }
    void cusumSumsActualMinusExpected();
    void overlaySpreadsTheDayEvenly_data() { backends_data(); }
    void overlaySpreadsTheDayEvenly();
    void scatterHasOnePointPerDayWithData_data() { backends_data(); }
    void scatterHasOnePointPerDayWithData();
    void withoutBaselineTheScatterShowsDegreeDays_data() { backends_data(); }
    void withoutBaselineTheScatterShowsDegreeDays();
    void unknownSeuIsAnError_data() { backends_data(); }
    void unknownSeuIsAnError();

private:
    Database &database();
    SeuChartData load(const QString &seu);

    std::map<TestDatabase::Kind, Plant> m_plants;
};

void TestSeuChartData::initTestCase()
{
    for (TestDatabase::Kind kind : TestDatabase::availableKinds()) {
        Plant plant;
        plant.store = std::make_unique<TestDatabase>(kind);
        QVERIFY2(!plant.store->location().isEmpty(), qPrintable(plant.store->error()));
        auto opened = Database::open(plant.store->location());
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        plant.database = std::move(opened).value();

        Engine::DemoOptions options;
        options.endDate = kDemoEnd;
        options.months = kDemoMonths;
        auto demo = storeDemoPlant(*plant.database, options);
        QVERIFY2(demo.ok(), qPrintable(demo ? QString() : demo.error().message));

        BaselineRequest request;
        request.seu = kCompressor;
        request.from = kBaselineFrom;
        request.to = kBaselineTo;
        auto fit = BaselineService(*plant.database).fit(request);
        QVERIFY2(fit.ok(), qPrintable(fit ? QString() : fit.error().message));
        QVERIFY(fit->chosen.has_value());
        BaselineRepository repository(*plant.database);
        auto id = repository.store(*fit->chosen);
        QVERIFY(id.ok());
        QVERIFY(repository.accept(*id).ok());
        m_plants[kind] = std::move(plant);
    }
}

void TestSeuChartData::backends_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds())
        QTest::newRow(qPrintable(TestDatabase::kindName(kind))) << kind;
}

Database &TestSeuChartData::database()
{
    QFETCH(TestDatabase::Kind, kind);
    return *m_plants.at(kind).database;
}

SeuChartData TestSeuChartData::load(const QString &seu)
{
    auto data = loadSeuChartData(database(), seu);
    if (!data) {
        qWarning("%s", qPrintable(data.error().message));
        return {};
    }
    return std::move(data).value();
}

// 14:00–15:00 local on a Wednesday: the four quarter hours' kWh over one hour.
void TestSeuChartData::carpetCellIsTheHoursMeanPower()
{
    const SeuChartData data = load(kCompressor);
    const EnergySeries &series = data.series;
    QVERIFY(!series.coverage.isEmpty());
    const QDate date(2026, 3, 4);
    const qint64 start = localInstant(series.site.timeZoneId, date, 14);

    double sumKWh = 0.0;
    int found = 0;
    for (qsizetype i = 0; i < series.intervalKeys.size(); ++i) {
        if (series.intervalKeys[i] >= start && series.intervalKeys[i] < start + 3600) {
            sumKWh += series.intervalKWh[i];
            ++found;
        }
    }
    QCOMPARE(found, 4);
    const double expectedKW = sumKWh / 1.0;   // four quarter hours = one hour

    const int day = int(dayIndex(series, date));
    QCOMPARE(data.carpet.days.size(), series.dayDates.size());
    QVERIFY(std::abs(data.carpet.cellKW(day, 14) - expectedKW) < kKWTolerance);
    QCOMPARE(data.carpet.days[day].meanKW.size(), 24);
}

void TestSeuChartData::dstDaysHave23And25HourRows()
{
    const SeuChartData data = load(kCompressorEu);
    const int day = int(dayIndex(data.series, kBerlinSpringDay));
    QVERIFY(day > 0);
    const CarpetDay &spring = data.carpet.days[day];
    QCOMPARE(spring.date, kBerlinSpringDay);
    QCOMPARE(spring.meanKW.size(), 23);
    QVERIFY(!spring.wallClockHour.contains(2));            // 02:00 → 03:00 skipped
    QCOMPARE(spring.wallClockHour.at(2), 3);
    QCOMPARE(spring.wallClockHour.last(), 23);
    QVERIFY(std::isnan(data.carpet.cellKW(day, 2)));
    QCOMPARE(data.carpet.days[day + 1].meanKW.size(), 24);

    // Autumn: 02:00 comes twice, so 25 rows, and the picture shows the two hours' mean.
    const int autumn = int(dayIndex(data.series, kBerlinAutumnDay));
    QVERIFY(autumn >= 0);
    const CarpetDay &repeated = data.carpet.days[autumn];
    QCOMPARE(repeated.meanKW.size(), 25);
    QCOMPARE(repeated.wallClockHour.count(2), 2);
    const double twoOClockKW = (repeated.meanKW[2] + repeated.meanKW[3]) / 2.0;
    QCOMPARE(repeated.wallClockHour.at(3), 2);
    QVERIFY(std::abs(data.carpet.cellKW(autumn, 2) - twoOClockKW) < kKWTolerance);

    // The hour after the change keeps its wall-clock hour: 03:00–04:00 on the spring day.
    const qint64 start = localInstant(data.series.site.timeZoneId, kBerlinSpringDay, 3);
    double sumKWh = 0.0;
    for (qsizetype i = 0; i < data.series.intervalKeys.size(); ++i) {
        if (data.series.intervalKeys[i] >= start && data.series.intervalKeys[i] < start + 3600)
            sumKWh += data.series.intervalKWh[i];
    }
    QVERIFY(std::abs(data.carpet.cellKW(day, 3) - sumKWh) < kKWTolerance);
}

void TestSeuChartData::loadDurationIsSortedFromThePeak()
{
    const SeuChartData data = load(kCompressor);
    const EnergySeries &series = data.series;
    double peakKW = 0.0;
    qsizetype readings = 0;
    for (double kWh : series.intervalKWh) {
        if (std::isnan(kWh))
            continue;
        peakKW = std::max(peakKW, kWh * 3600.0 / kSecondsPerInterval);
        ++readings;
    }

    const LoadDurationCurve &curve = data.loadDuration;
    QCOMPARE(curve.powerKW.size(), readings);
    QCOMPARE(qint64(readings), series.coverage.readings);
    QVERIFY(std::abs(curve.powerKW.first() - peakKW) < kKWTolerance);
    QVERIFY(std::is_sorted(curve.powerKW.begin(), curve.powerKW.end(), std::greater<double>()));
    QVERIFY(std::abs(curve.percentOfTime.last() - 100.0) < kKWTolerance);
    QVERIFY(std::abs(curve.percentOfTime.first() - 100.0 / double(readings)) < kKWTolerance);
}

// The sum is done here over the days that are complete and that the baseline predicts,
// from BaselineService directly. The planted leak must read as a rise (more used).
void TestSeuChartData::cusumSumsActualMinusExpected()
{
    const SeuChartData data = load(kCompressor);
    const EnergySeries &series = data.series;
    auto expected = BaselineService(database()).expectedDaily(
        series.seu, series.site, series.coverage.firstLocalDate, series.coverage.lastLocalDate);
    QVERIFY(expected.ok());
    QVERIFY(!expected->expectedKWh.empty());

    double actualSum = 0.0;
    double expectedSum = 0.0;
    double beforeLeak = 0.0;
    int days = 0;
    for (qsizetype day = 0; day < series.dayDates.size(); ++day) {
        const auto found = expected->expectedKWh.find(series.dayDates[day]);
        if (found == expected->expectedKWh.end() || !isComplete(series, day))
            continue;
        actualSum += series.dayKWh[day];
        expectedSum += found->second;
        if (series.dayDates[day] < kLeakFullFrom.addDays(-2))
            beforeLeak = actualSum - expectedSum;
        ++days;
    }

    const CusumSeries &cusum = data.cusum;
    QCOMPARE(cusum.cusumKWh.size(), days);
    QVERIFY(std::abs(cusum.cusumKWh.last() - (actualSum - expectedSum)) < kKWhTolerance);
    // Fifteen days at +5 to +15 % of about 1,000 kWh a weekday: well over 1,000 kWh up.
    QVERIFY2(cusum.cusumKWh.last() - beforeLeak > 1000.0,
             qPrintable(QStringLiteral("rise %1 kWh").arg(cusum.cusumKWh.last() - beforeLeak)));
}

void TestSeuChartData::overlaySpreadsTheDayEvenly()
{
    const SeuChartData data = load(kCompressor);
    QVERIFY(!data.expected.isEmpty());
    const qsizetype day = dayIndex(data.series, QDate(2026, 3, 8));   // 23 h in Los Angeles
    const double dayKWh = data.expected.dayKWh[day];
    QVERIFY(!std::isnan(dayKWh));
    const double start = data.series.dayStartKeys[day];
    // The previous day's step ends on the same key; this day's step starts after it.
    const qsizetype point = data.expected.stepKeys.lastIndexOf(start);
    QVERIFY(point >= 0);
    const double perInterval = dayKWh / 92.0;   // 23 h = 92 quarter hours
    QVERIFY(std::abs(data.expected.stepKWhPerInterval[point] - perInterval) < kKWhTolerance);
    QCOMPARE(data.expected.stepKeys[point + 1], start + 23 * 3600.0);
}

// Production is counted for every complete day, so every complete day is one point.
void TestSeuChartData::scatterHasOnePointPerDayWithData()
{
    const SeuChartData data = load(kCompressor);
    int completeDays = 0;
    for (qsizetype day = 0; day < data.series.dayDates.size(); ++day)
        completeDays += isComplete(data.series, day) ? 1 : 0;

    QVERIFY(!data.scatters.empty());
    for (const DriverScatter &scatter : data.scatters) {
        QCOMPARE(scatter.driverValues.size(), completeDays);
        QCOMPARE(scatter.energyKWh.size(), completeDays);
        QVERIFY(scatter.line == DriverScatter::Line::Model
                || scatter.line == DriverScatter::Line::PartialModel);
        QVERIFY(scatter.lineX.size() >= 2);
    }
}

void TestSeuChartData::withoutBaselineTheScatterShowsDegreeDays()
{
    const SeuChartData data = load(kHvac);
    QVERIFY(data.expected.isEmpty());
    QVERIFY(data.cusum.isEmpty());
    QStringList drivers;
    for (const DriverScatter &scatter : data.scatters) {
        drivers << scatter.driver;
        QCOMPARE(scatter.line, DriverScatter::Line::LeastSquares);
    }
    QCOMPARE(drivers, (QStringList{QStringLiteral("hdd"), QStringLiteral("cdd")}));
}

void TestSeuChartData::unknownSeuIsAnError()
{
    auto data = loadSeuChartData(database(), QStringLiteral("No-Such-SEU"));
    QVERIFY(!data.ok());
    QCOMPARE(data.error().code, Engine::ErrorCode::UnknownEntity);
}

QTEST_GUILESS_MAIN(TestSeuChartData)
#include "tst_seuchartdata.moc"
