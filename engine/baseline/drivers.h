// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/baseline/ols.h"
#include "engine/core/dayblock.h"
#include "engine/core/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace Enms::Engine {

class LocalCalendar;

// Relevant variables of an SEU per period, as a regression baseline uses them. Every day
// here is a local calendar day of the site (23, 24 or 25 hours long), never a UTC day.

using DailySeries = std::map<QDate, double>;

// The names of a driver table's columns: the codes by which the CLI, stored baselines
// and the GUI name the relevant variables.
namespace DriverName {
inline constexpr QLatin1String production("production");
inline constexpr QLatin1String hdd("hdd");
inline constexpr QLatin1String cdd("cdd");
inline constexpr QLatin1String temperature("temperature");
inline constexpr QLatin1String operatingHours("operating_hours");
inline constexpr QLatin1String weekend("weekend");
} // namespace DriverName

enum class PeriodLength { Day, Week, Month };

QString periodLengthCode(PeriodLength period);       // "day", "week", "month"
std::optional<PeriodLength> periodLengthFromCode(const QString &code);

// Energy per local day, for days whose every second is covered by a reading; a day with a
// gap is left out rather than counted short.
DailySeries dailyEnergyKWh(const DayBlocks &energy, const LocalCalendar &calendar,
                           const QDate &from, const QDate &to);

// Time-weighted mean temperature per local day, for days with readings covering at least
// `minCoverage` of the day.
DailySeries dailyMeanTemperatureC(const DayBlocks &temperature, const LocalCalendar &calendar,
                                  const QDate &from, const QDate &to,
                                  double minCoverage = 0.75);

// Operating hours per local day: the time during which the mean power of an interval
// (its kWh divided by its length in hours) exceeds `thresholdFraction` of the rated power.
// 10 % is the same line the idle detector draws between running and idling.
DailySeries dailyOperatingHours(const DayBlocks &energy, const LocalCalendar &calendar,
                                const QDate &from, const QDate &to, double ratedKW,
                                double thresholdFraction = 0.10);

// Degree days of one day's mean temperature: HDD = max(0, base - T), CDD = max(0, T - base).
double heatingDegreeDays(double meanTemperatureC, double baseC);
double coolingDegreeDays(double meanTemperatureC, double baseC);

// Daily inputs; an empty series means "this driver is not available".
struct DailyInputs {
    DailySeries energyKWh;
    DailySeries production;
    DailySeries meanTemperatureC;
    DailySeries operatingHours;
};

struct DriverTableOptions {
    PeriodLength period = PeriodLength::Day;
    double heatingBaseC = 18.0;
    double coolingBaseC = 18.0;
};

// One row per period. Drivers are sums over the period's days, except `temperature` (the
// mean of the daily means, for change-point models). Columns, when their input exists:
// production, hdd, cdd, temperature, operating_hours, and weekend (the number of Saturdays
// and Sundays; 0 or 1 for a day; left out for weeks, where it is always 2).
//
// A period enters the table only when all of its days lie inside [from, to] and each has
// energy and every available driver; weeks are ISO weeks starting on Monday. Periods left
// out are listed in skippedPeriods so a user sees why the table is short.
struct DriverTable {
    PeriodLength period = PeriodLength::Day;
    std::vector<QDate> periodStart;
    QStringList labels;                  // "2025-03-09", "2025-W10", "2025-03"
    std::vector<int> dayCount;
    std::vector<double> energyKWh;
    std::vector<NamedColumn> drivers;
    QStringList skippedPeriods;

    int rowCount() const { return int(energyKWh.size()); }
    const NamedColumn *driver(const QString &name) const;
};

Result<DriverTable> buildDriverTable(const DailyInputs &inputs, const QDate &from,
                                     const QDate &to, const DriverTableOptions &options = {});

} // namespace Enms::Engine
