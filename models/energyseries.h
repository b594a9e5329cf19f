// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/dayblock.h"
#include "engine/core/result.h"
#include "engine/core/site.h"

#include <QDate>
#include <QVector>

namespace Enms {

class Database;

// How much of a series' span holds readings.
struct SeriesCoverage {
    qint64 firstUtc = 0;          // start of the first reading
    qint64 endUtc = 0;            // end of the last reading
    QDate firstLocalDate;         // the same instants as dates on the site's wall clock
    QDate lastLocalDate;
    double coveredHours = 0.0;
    qint64 readings = 0;

    bool isEmpty() const { return readings == 0; }
    double spanHours() const { return (endUtc - firstUtc) / 3600.0; }
    double missingHours() const { return spanHours() - coveredHours; }
    double coveredPercent() const
    {
        return spanHours() > 0 ? 100.0 * coveredHours / spanHours() : 0.0;
    }
};

// One SEU's interval energy ready to chart, with its daily totals on the site's
// calendar. Keys are UTC seconds since 1970 (true instants, so the keys rise strictly
// even through the repeated hour when clocks go back); the chart labels them in the
// site's zone. Intervals are listed slot by slot from the first reading to the last,
// with NaN for a slot without a reading and one NaN between days with no stored
// block, so a plot breaks its line at every gap instead of bridging it.
struct EnergySeries {
    Engine::SiteInfo site;
    Engine::SeuInfo seu;
    int intervalSeconds = 900;

    QVector<double> intervalKeys;     // start of each interval, UTC seconds
    QVector<double> intervalKWh;      // NaN = no reading

    // One entry per local date from the first to the last reading, a date without
    // readings included with 0 kWh and 0 covered hours.
    QVector<QDate> dayDates;
    QVector<double> dayStartKeys;     // UTC seconds of local midnight
    QVector<double> dayLengthSeconds; // 82800, 86400 or 90000
    QVector<double> dayKWh;
    QVector<double> dayCoveredHours;

    SeriesCoverage coverage;
};

// Reads the whole stored series of the SEU named by nameOrId (name or id) together
// with its site. An SEU without readings gives an empty series, not an error.
Engine::Result<EnergySeries> loadEnergySeries(Database &database, const QString &nameOrId);

// The series built from blocks already read; loadEnergySeries uses it, tests call it.
EnergySeries buildEnergySeries(const Engine::SiteInfo &site, const Engine::SeuInfo &seu,
                               const Engine::DayBlocks &blocks);

} // namespace Enms
