// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/import/importoptions.h"
#include "engine/import/importreport.h"

#include <QString>

#include <vector>

namespace Enms::Engine {

class LocalCalendar;

// One value column as the parsers hand it over, still in its file unit.
struct RawSeriesSpec {
    QString targetId;
    ImportUnit unit = ImportUnit::KiloWattHour;
    bool cumulative = false;
    double ratedKW = 0.0;
};

// Rows as read from a file, in file order. Stamps are UTC seconds as written (start or
// end of the interval, see AssemblyOptions), or, for a date-only file, local dates as
// days * 86400. Values are row-major, NaN for an empty cell.
struct RawTable {
    std::vector<RawSeriesSpec> specs;
    std::vector<qint64> stamps;
    std::vector<qint64> lines;
    std::vector<double> values;
    // Rows whose values the parser already rejected (and reported): their stamps still
    // count when the interval is detected. Empty means none.
    std::vector<char> preRejected;
    bool dateOnly = false;

    size_t rowCount() const { return stamps.size(); }
    double value(size_t row, size_t spec) const { return values[row * specs.size() + spec]; }
};

struct AssemblyOptions {
    StampConvention stamps = StampConvention::IntervalStart;
    int intervalSeconds = 0;                // 0 = detect
    double impossiblePowerFactor = 1.5;
    const LocalCalendar *calendar = nullptr;   // null: local days are UTC days
};

// The checks and conversions common to every format: interval detection, grid and
// value checks, duplicates, register differences, unit conversion, gaps, outliers,
// DST days and coverage; fills result->series and result->report and decides the
// status. Lines already rejected by the parser must be in result->report.
void assembleSeries(const RawTable &table, const AssemblyOptions &options,
                    ImportResult *result);

// Records a rejected line (the list stops at kMaxListedProblems; the count goes on).
void addRejectedLine(ImportReport *report, qint64 line, RejectReason reason,
                     const QString &detail);

// Marks the report rejected with a reason that concerns the file as a whole.
void rejectFile(ImportReport *report, const QString &reason);

// Sets the status from what the report holds and writes the reasons.
void decideStatus(ImportReport *report);

} // namespace Enms::Engine
