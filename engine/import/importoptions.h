// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace Enms::Engine {

// How the date part of a stamp orders day, month and year. Auto decides from the
// whole file: one field above 12 settles it, a file that never shows one is refused.
enum class DateOrder { Auto, DayMonthYear, MonthDayYear, YearMonthDay };

// Whether a stamp names the start or the end of the interval it describes.
enum class StampConvention { IntervalStart, IntervalEnd };

// The physical unit a value column is written in. Energy-like units become kWh (or
// kWh-equivalent for gas and steam), powers become kWh through the interval length,
// temperatures become °C, counts stay counts.
enum class ImportUnit {
    WattHour, KiloWattHour, MegaWattHour,
    Watt, KiloWatt,
    CubicMetreGas, KilogramSteam,
    Celsius, Fahrenheit,
    Count,
};

// What a unit measures once converted: the kind of series it feeds.
enum class SeriesKind { Energy, Temperature, Count };

SeriesKind seriesKindOf(ImportUnit unit);
bool isPowerUnit(ImportUnit unit);
// Stable lower-case codes ("kWh", "degF", "m3", ...) for presets and the CLI.
QString importUnitCode(ImportUnit unit);
bool importUnitFromCode(const QString &code, ImportUnit *unit);

// One value column and the series it feeds. The column is found by header name when
// columnName is set, otherwise by its 0-based index among the file's fields.
struct ValueMapping {
    QString targetId;                 // SEU id, or a variable name; echoed in the result
    QString columnName;
    int columnIndex = -1;
    ImportUnit unit = ImportUnit::KiloWattHour;
    bool cumulative = false;          // register readings: energy is the difference
    double ratedKW = 0.0;             // > 0 enables the "impossible power" check
};

// Everything the caller decides about a meter file. Fields left at their defaults are
// detected from the file (separator, decimal mark, header, stamp columns).
struct CsvImportOptions {
    QString timeZoneId;               // IANA zone for stamps without an offset; "UTC" ok
    DateOrder dateOrder = DateOrder::Auto;
    StampConvention stamps = StampConvention::IntervalStart;
    std::vector<ValueMapping> values;

    char separator = 0;               // 0 = detect among , ; tab |
    char decimalMark = 0;             // 0 = detect '.' or ','
    int hasHeader = -1;               // -1 = detect, 0 = no, 1 = yes
    int timestampColumn = -1;         // -1 = detect
    int timeColumn = -1;              // a separate time-of-day column, -1 = none/detect
    int intervalSeconds = 0;          // 0 = detect the most common spacing

    // A mean power above ratedKW * this factor cannot come from the SEU.
    double impossiblePowerFactor = 1.5;
};

} // namespace Enms::Engine
