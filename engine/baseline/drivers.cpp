// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/baseline/drivers.h"

#include "engine/time/localcalendar.h"

#include <algorithm>

namespace Enms::Engine {

namespace {

namespace Name = DriverName;   // the driver table's column names

// Calls fn(date, fromUtc, toUtc) for every local date of [from, to].
template <typename Fn>
void forEachLocalDay(const LocalCalendar &calendar, const QDate &from, const QDate &to,
                     Fn &&fn)
{
    for (QDate date = from; date.isValid() && date <= to; date = date.addDays(1))
        fn(date, calendar.startOfDayUtc(date), calendar.startOfDayUtc(date.addDays(1)));
}

QDate periodStartOf(const QDate &date, PeriodLength period)
{
    switch (period) {
    case PeriodLength::Day:
        return date;
    case PeriodLength::Week:
        return date.addDays(1 - date.dayOfWeek());
    case PeriodLength::Month:
        return QDate(date.year(), date.month(), 1);
    }
    return date;
}

QDate periodEndOf(const QDate &start, PeriodLength period)
{
    switch (period) {
    case PeriodLength::Day:
        return start;
    case PeriodLength::Week:
        return start.addDays(6);
    case PeriodLength::Month:
        return start.addMonths(1).addDays(-1);
    }
    return start;
}

QString periodLabel(const QDate &start, PeriodLength period)
{
    if (period == PeriodLength::Week) {
        int isoYear = 0;
        const int week = start.weekNumber(&isoYear);
        return QStringLiteral("%1-W%2").arg(isoYear).arg(week, 2, 10, QLatin1Char('0'));
    }
    if (period == PeriodLength::Month)
        return start.toString(QStringLiteral("yyyy-MM"));
    return start.toString(Qt::ISODate);
}

bool isWeekend(const QDate &date)
{
    return date.dayOfWeek() >= 6;
}

// The daily values that go into one row, summed over the period's days.
struct PeriodSums {
    double energy = 0.0;
    double production = 0.0;
    double hdd = 0.0;
    double cdd = 0.0;
    double temperature = 0.0;
    double hours = 0.0;
    double weekendDays = 0.0;
};

bool addDay(PeriodSums &sums, const DailyInputs &inputs, const QDate &date,
            const DriverTableOptions &options)
{
    const auto energy = inputs.energyKWh.find(date);
    if (energy == inputs.energyKWh.end())
        return false;
    sums.energy += energy->second;
    sums.weekendDays += isWeekend(date) ? 1.0 : 0.0;

    if (!inputs.production.empty()) {
        const auto it = inputs.production.find(date);
        if (it == inputs.production.end())
            return false;
        sums.production += it->second;
    }
    if (!inputs.meanTemperatureC.empty()) {
        const auto it = inputs.meanTemperatureC.find(date);
        if (it == inputs.meanTemperatureC.end())
            return false;
        sums.temperature += it->second;
        sums.hdd += heatingDegreeDays(it->second, options.heatingBaseC);
        sums.cdd += coolingDegreeDays(it->second, options.coolingBaseC);
    }
    if (!inputs.operatingHours.empty()) {
        const auto it = inputs.operatingHours.find(date);
        if (it == inputs.operatingHours.end())
            return false;
        sums.hours += it->second;
    }
    return true;
}

std::vector<NamedColumn> emptyColumns(const DailyInputs &inputs, PeriodLength period)
{
    std::vector<NamedColumn> columns;
    if (!inputs.production.empty())
        columns.push_back({Name::production, {}});
    if (!inputs.meanTemperatureC.empty()) {
        columns.push_back({Name::hdd, {}});
        columns.push_back({Name::cdd, {}});
        columns.push_back({Name::temperature, {}});
    }
    if (!inputs.operatingHours.empty())
        columns.push_back({Name::operatingHours, {}});
    if (period != PeriodLength::Week)
        columns.push_back({Name::weekend, {}});
    return columns;
}

void appendRow(DriverTable &table, const PeriodSums &sums, int days)
{
    table.energyKWh.push_back(sums.energy);
    for (NamedColumn &column : table.drivers) {
        if (column.name == Name::production)
            column.values.push_back(sums.production);
        else if (column.name == Name::hdd)
            column.values.push_back(sums.hdd);
        else if (column.name == Name::cdd)
            column.values.push_back(sums.cdd);
        else if (column.name == Name::temperature)
            column.values.push_back(sums.temperature / days);
        else if (column.name == Name::operatingHours)
            column.values.push_back(sums.hours);
        else if (column.name == Name::weekend)
            column.values.push_back(sums.weekendDays);
    }
}

} // namespace

QString periodLengthCode(PeriodLength period)
{
    switch (period) {
    case PeriodLength::Day:
        return QStringLiteral("day");
    case PeriodLength::Week:
        return QStringLiteral("week");
    case PeriodLength::Month:
        return QStringLiteral("month");
    }
    return {};
}

std::optional<PeriodLength> periodLengthFromCode(const QString &code)
{
    for (PeriodLength period : {PeriodLength::Day, PeriodLength::Week, PeriodLength::Month}) {
        if (periodLengthCode(period) == code)
            return period;
    }
    return std::nullopt;
}

DailySeries dailyEnergyKWh(const DayBlocks &energy, const LocalCalendar &calendar,
                           const QDate &from, const QDate &to)
{
    DailySeries result;
    forEachLocalDay(calendar, from, to, [&](const QDate &date, qint64 start, qint64 end) {
        double sum = 0.0;
        qint64 covered = 0;
        forEachReading(energy, start, end, [&](qint64, int intervalS, double v) {
            sum += v;
            covered += intervalS;
        });
        if (covered == end - start)
            result[date] = sum;
    });
    return result;
}

DailySeries dailyMeanTemperatureC(const DayBlocks &temperature, const LocalCalendar &calendar,
                                  const QDate &from, const QDate &to, double minCoverage)
{
    DailySeries result;
    forEachLocalDay(calendar, from, to, [&](const QDate &date, qint64 start, qint64 end) {
        double weighted = 0.0;
        qint64 covered = 0;
        forEachReading(temperature, start, end, [&](qint64, int intervalS, double v) {
            weighted += v * intervalS;
            covered += intervalS;
        });
        if (covered > 0 && double(covered) >= minCoverage * double(end - start))
            result[date] = weighted / double(covered);
    });
    return result;
}

DailySeries dailyOperatingHours(const DayBlocks &energy, const LocalCalendar &calendar,
                                const QDate &from, const QDate &to, double ratedKW,
                                double thresholdFraction)
{
    DailySeries result;
    const double thresholdKW = thresholdFraction * ratedKW;
    forEachLocalDay(calendar, from, to, [&](const QDate &date, qint64 start, qint64 end) {
        double hours = 0.0;
        bool any = false;
        forEachReading(energy, start, end, [&](qint64, int intervalS, double kWh) {
            const double intervalHours = intervalS / 3600.0;
            any = true;
            if (kWh / intervalHours > thresholdKW)
                hours += intervalHours;
        });
        if (any)
            result[date] = hours;
    });
    return result;
}

double heatingDegreeDays(double meanTemperatureC, double baseC)
{
    return std::max(0.0, baseC - meanTemperatureC);
}

double coolingDegreeDays(double meanTemperatureC, double baseC)
{
    return std::max(0.0, meanTemperatureC - baseC);
}

const NamedColumn *DriverTable::driver(const QString &name) const
{
    for (const NamedColumn &column : drivers) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

Result<DriverTable> buildDriverTable(const DailyInputs &inputs, const QDate &from,
                                     const QDate &to, const DriverTableOptions &options)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("invalid date range"));

    DriverTable table;
    table.period = options.period;
    table.drivers = emptyColumns(inputs, options.period);

    for (QDate start = periodStartOf(from, options.period); start <= to;
         start = periodEndOf(start, options.period).addDays(1)) {
        const QDate end = periodEndOf(start, options.period);
        const QString label = periodLabel(start, options.period);
        PeriodSums sums;
        bool complete = start >= from && end <= to;
        for (QDate day = start; complete && day <= end; day = day.addDays(1))
            complete = addDay(sums, inputs, day, options);
        if (!complete) {
            table.skippedPeriods << label;
            continue;
        }

        const int days = int(start.daysTo(end)) + 1;
        table.periodStart.push_back(start);
        table.labels << label;
        table.dayCount.push_back(days);
        appendRow(table, sums, days);
    }
    return table;
}

} // namespace Enms::Engine
