// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/charts/seuchartdata.h"

#include "engine/baseline/changepoint.h"
#include "engine/time/localcalendar.h"
#include "models/baseline/baselinerepository.h"
#include "models/baseline/baselineservice.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Enms {

using namespace Engine;

namespace {

namespace Name = Engine::DriverName;   // the driver table's column names

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kSecondsPerHour = 3600;
constexpr int kCurvePoints = 120;        // samples of a change-point curve
// A day counts as complete when its readings cover it to within this many seconds.
constexpr double kCompleteDaySlackSeconds = 0.5;


QString note(const char *text)
{
    return QCoreApplication::translate("SeuChartData", text);
}

LocalCalendar calendarOf(const EnergySeries &series)
{
    return LocalCalendar(QTimeZone(series.site.timeZoneId.toUtf8()));
}

bool isCompleteDay(const EnergySeries &series, qsizetype day)
{
    return series.dayCoveredHours[day] * kSecondsPerHour
           >= series.dayLengthSeconds[day] - kCompleteDaySlackSeconds;
}

// One empty row per elapsed hour of each local day, labelled with its wall-clock hour.
QVector<CarpetDay> emptyCarpetDays(const EnergySeries &series, const LocalCalendar &calendar)
{
    QVector<CarpetDay> days;
    days.reserve(series.dayDates.size());
    for (qsizetype i = 0; i < series.dayDates.size(); ++i) {
        CarpetDay day;
        day.date = series.dayDates[i];
        const qint64 start = qint64(series.dayStartKeys[i]);
        const int hours = int(series.dayLengthSeconds[i]) / kSecondsPerHour;
        for (int h = 0; h < hours; ++h) {
            const QDateTime local = calendar.localDateTime(start + qint64(h) * kSecondsPerHour);
            day.wallClockHour.append(local.time().hour());
        }
        day.meanKW.fill(0.0, hours);
        days.append(std::move(day));
    }
    return days;
}

} // namespace

double CarpetGrid::cellKW(int dayIndex, int hour) const
{
    if (dayIndex < 0 || dayIndex >= days.size())
        return kNaN;
    const CarpetDay &day = days[dayIndex];
    double sum = 0.0;
    int count = 0;
    for (qsizetype row = 0; row < day.wallClockHour.size(); ++row) {
        if (day.wallClockHour[row] == hour && !std::isnan(day.meanKW[row])) {
            sum += day.meanKW[row];
            ++count;
        }
    }
    return count > 0 ? sum / count : kNaN;
}

// An interval belongs to the elapsed hour of its local day in which it starts.
CarpetGrid buildCarpet(const EnergySeries &series)
{
    CarpetGrid grid;
    if (series.coverage.isEmpty())
        return grid;
    grid.days = emptyCarpetDays(series, calendarOf(series));

    QVector<QVector<double>> coveredSeconds(grid.days.size());
    for (qsizetype d = 0; d < grid.days.size(); ++d)
        coveredSeconds[d].fill(0.0, grid.days[d].meanKW.size());

    qsizetype day = 0;
    for (qsizetype i = 0; i < series.intervalKeys.size(); ++i) {
        const double kWh = series.intervalKWh[i];
        if (std::isnan(kWh))
            continue;
        const double key = series.intervalKeys[i];
        while (day + 1 < series.dayStartKeys.size() && key >= series.dayStartKeys[day + 1])
            ++day;
        const int row = int((key - series.dayStartKeys[day]) / kSecondsPerHour);
        if (row < 0 || row >= grid.days[day].meanKW.size())
            continue;
        grid.days[day].meanKW[row] += kWh;
        coveredSeconds[day][row] += series.intervalSeconds;
    }

    for (qsizetype d = 0; d < grid.days.size(); ++d) {
        QVector<double> &values = grid.days[d].meanKW;
        for (qsizetype row = 0; row < values.size(); ++row) {
            const double hours = coveredSeconds[d][row] / kSecondsPerHour;
            values[row] = hours > 0.0 ? values[row] / hours : kNaN;
            if (!std::isnan(values[row]))
                grid.maxKW = std::max(grid.maxKW, values[row]);
        }
    }
    return grid;
}

LoadDurationCurve buildLoadDuration(const EnergySeries &series)
{
    LoadDurationCurve curve;
    const double hoursPerInterval = double(series.intervalSeconds) / kSecondsPerHour;
    for (double kWh : series.intervalKWh) {
        if (!std::isnan(kWh))
            curve.powerKW.append(kWh / hoursPerInterval);
    }
    std::sort(curve.powerKW.begin(), curve.powerKW.end(), std::greater<double>());

    const qsizetype n = curve.powerKW.size();
    curve.percentOfTime.reserve(n);
    for (qsizetype rank = 0; rank < n; ++rank)
        curve.percentOfTime.append(100.0 * double(rank + 1) / double(n));
    return curve;
}

// Only complete days enter: a day cut short by a gap would read as a saving.
CusumSeries buildCusum(const EnergySeries &series, const QVector<double> &expectedDayKWh)
{
    CusumSeries cusum;
    double running = 0.0;
    for (qsizetype day = 0; day < series.dayDates.size() && day < expectedDayKWh.size(); ++day) {
        if (std::isnan(expectedDayKWh[day]) || !isCompleteDay(series, day))
            continue;
        const double difference = series.dayKWh[day] - expectedDayKWh[day];
        running += difference;
        cusum.dates.append(series.dayDates[day]);
        cusum.dayCentreKeys.append(series.dayStartKeys[day] + series.dayLengthSeconds[day] / 2);
        cusum.differenceKWh.append(difference);
        cusum.cusumKWh.append(running);
    }
    return cusum;
}

namespace {

void appendSteps(const EnergySeries &series, ExpectedOverlay &overlay)
{
    bool previousHadValue = false;
    for (qsizetype day = 0; day < series.dayDates.size(); ++day) {
        const double kWh = overlay.dayKWh[day];
        if (std::isnan(kWh)) {
            previousHadValue = false;
            continue;
        }
        const double start = series.dayStartKeys[day];
        const double end = start + series.dayLengthSeconds[day];
        const double perInterval = kWh * series.intervalSeconds / series.dayLengthSeconds[day];
        if (!previousHadValue && !overlay.stepKeys.isEmpty()) {
            overlay.stepKeys.append(start);
            overlay.stepKWhPerInterval.append(kNaN);
        }
        overlay.stepKeys << start << end;
        overlay.stepKWhPerInterval << perInterval << perInterval;
        previousHadValue = true;
    }
}

Result<ExpectedOverlay> buildOverlay(Database &database, const EnergySeries &series,
                                     const std::optional<Baseline> &accepted)
{
    ExpectedOverlay overlay;
    overlay.dayKWh.fill(kNaN, series.dayDates.size());
    if (!accepted)
        return overlay;

    Result<BaselineService::DailyExpectation> daily = BaselineService(database).expectedDaily(
        series.seu, series.site, series.coverage.firstLocalDate, series.coverage.lastLocalDate);
    if (!daily)
        return daily.error();
    if (daily->baselineId.isEmpty())
        return overlay;

    overlay.baselineId = daily->baselineId;
    overlay.modelForm = accepted->modelForm;
    for (qsizetype day = 0; day < series.dayDates.size(); ++day) {
        const auto found = daily->expectedKWh.find(series.dayDates[day]);
        if (found != daily->expectedKWh.end())
            overlay.dayKWh[day] = found->second;
    }
    appendSteps(series, overlay);
    return overlay;
}

double meanOf(const std::vector<double> &values)
{
    double sum = 0.0;
    for (double v : values)
        sum += v;
    return values.empty() ? 0.0 : sum / double(values.size());
}

std::pair<double, double> rangeOf(const std::vector<double> &values)
{
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    return {*low, *high};
}

// The OLS model as a straight line over `driver`, the other drivers at their means.
void olsLine(const OlsFit &fit, const DriverTable &table, DriverScatter &scatter)
{
    const OlsCoefficient *slope = fit.coefficient(scatter.driver);
    if (!slope)
        return;
    double offset = 0.0;
    for (const OlsCoefficient &c : fit.coefficients) {
        if (c.name == QLatin1String("intercept"))
            offset += c.estimate;
        else if (c.name != scatter.driver && table.driver(c.name))
            offset += c.estimate * meanOf(table.driver(c.name)->values);
    }
    const auto [low, high] = rangeOf(table.driver(scatter.driver)->values);
    scatter.lineX = {low, high};
    scatter.lineY = {offset + slope->estimate * low, offset + slope->estimate * high};
    scatter.line = fit.coefficients.size() > (fit.hasIntercept ? 2u : 1u)
                       ? DriverScatter::Line::PartialModel
                       : DriverScatter::Line::Model;
}

void changePointCurve(const ChangePointFit &model, const std::vector<double> &temperatures,
                      DriverScatter &scatter)
{
    const auto [low, high] = rangeOf(temperatures);
    for (int i = 0; i < kCurvePoints; ++i) {
        const double t = low + (high - low) * i / (kCurvePoints - 1);
        scatter.lineX.append(t);
        scatter.lineY.append(predictChangePoint(model, t));
    }
    scatter.line = DriverScatter::Line::Model;
}

void leastSquaresLine(const DriverTable &table, DriverScatter &scatter)
{
    const NamedColumn *column = table.driver(scatter.driver);
    Result<OlsFit> fit = fitOls(table.energyKWh, {*column}, OlsOptions{true, 0, false});
    if (!fit)
        return;   // a constant driver (no production at all): points without a line
    const double b0 = fit->coefficients.front().estimate;
    const double b1 = fit->coefficients.back().estimate;
    const auto [low, high] = rangeOf(column->values);
    scatter.lineX = {low, high};
    scatter.lineY = {b0 + b1 * low, b0 + b1 * high};
    scatter.line = DriverScatter::Line::LeastSquares;
}

DriverScatter scatterFor(const QString &driver, const DriverTable &table,
                         const std::optional<Baseline> &model)
{
    DriverScatter scatter;
    scatter.driver = driver;
    const NamedColumn *column = table.driver(driver);
    for (int row = 0; row < table.rowCount(); ++row) {
        scatter.dates.append(table.periodStart[size_t(row)]);
        scatter.driverValues.append(column->values[size_t(row)]);
        scatter.energyKWh.append(table.energyKWh[size_t(row)]);
    }
    if (table.rowCount() == 0)
        return scatter;

    if (!model)
        leastSquaresLine(table, scatter);
    else if (model->changePoint)
        changePointCurve(*model->changePoint, column->values, scatter);
    else
        olsLine(model->fit, table, scatter);
    return scatter;
}

Result<std::vector<DriverScatter>> buildScatters(Database &database, const EnergySeries &series,
                                                 const std::optional<Baseline> &accepted,
                                                 QStringList &notes)
{
    const bool daily = accepted && accepted->periodLength == PeriodLength::Day;
    const QStringList wanted = daily ? accepted->drivers
                                     : QStringList{Name::production, Name::hdd, Name::cdd};
    Result<DriverTable> table = BaselineService(database).dailyDriverTable(
        series.seu.id, series.coverage.firstLocalDate, series.coverage.lastLocalDate,
        daily ? accepted->drivers : QStringList{});
    if (!table)
        return table.error();

    std::vector<DriverScatter> scatters;
    for (const QString &driver : wanted) {
        if (table->driver(driver))
            scatters.push_back(scatterFor(driver, *table, daily ? accepted : std::nullopt));
    }
    if (scatters.empty())
        notes << note("No relevant variables (production, outdoor temperature) are stored "
                      "for this SEU.");
    return scatters;
}

} // namespace

const Baseline *SeuChartData::acceptedBaseline() const
{
    for (const Baseline &baseline : baselines) {
        if (baseline.status == BaselineStatus::Accepted)
            return &baseline;
    }
    return nullptr;
}

Result<SeuChartData> loadSeuChartData(Database &database, const QString &seuNameOrId)
{
    Result<EnergySeries> series = loadEnergySeries(database, seuNameOrId);
    if (!series)
        return series.error();
    SeuChartData data;
    data.series = std::move(series).value();
    Result<std::vector<Baseline>> baselines =
        BaselineRepository(database).list(data.series.seu.id);
    if (!baselines)
        return baselines.error();
    data.baselines = std::move(baselines).value();
    if (data.series.coverage.isEmpty()) {
        data.notes << note("No readings are stored for this SEU.");
        return data;
    }

    std::optional<Baseline> accepted;
    if (const Baseline *found = data.acceptedBaseline())
        accepted = *found;
    Result<ExpectedOverlay> overlay = buildOverlay(database, data.series, accepted);
    if (!overlay)
        return overlay.error();
    data.expected = std::move(overlay).value();
    if (data.expected.isEmpty())
        data.notes << note("No accepted daily baseline: no expected energy or CUSUM.");

    data.cusum = buildCusum(data.series, data.expected.dayKWh);
    data.carpet = buildCarpet(data.series);
    data.loadDuration = buildLoadDuration(data.series);
    Result<std::vector<DriverScatter>> scatters = buildScatters(database, data.series,
                                                                accepted, data.notes);
    if (!scatters)
        return scatters.error();
    data.scatters = std::move(scatters).value();
    return data;
}

} // namespace Enms
