// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/dayblock.h"
#include "engine/core/result.h"
#include "engine/core/site.h"

#include <QDate>
#include <QStringList>

#include <map>
#include <vector>

namespace Enms::Engine {

struct DemoOptions {
    QDate endDate;             // local date of each site; covered until 14:30 that day
    quint64 seed = 42;
    int months = 13;           // full local days before the end date: endDate - months
};

// The generated readings of one SEU. Energy is kWh per 15-minute interval in whole
// UTC day blocks; slots before the first local midnight, after 14:30 local on the end
// date, and in the planted gaps hold NaN. Production is in units per local day for
// the complete days (the end date has none yet); empty for SEUs without production.
struct DemoSeries {
    QString seuId;
    DayBlocks energyKWh;
    std::map<QDate, double> productionUnits;
};

// A demo site with its hourly outdoor temperature (°C, value of the middle of each
// hour) over the same span as the energy series.
struct DemoSite {
    SiteInfo site;
    DayBlocks outdoorTemperatureC;
};

// Everything the demo writes: two sites, nine SEUs, one series per SEU (same order as
// seus), and one line per planted truth.
struct DemoPlant {
    std::vector<DemoSite> sites;
    std::vector<SeuInfo> seus;
    std::vector<DemoSeries> series;
    QStringList plantedTruths;
};

// Builds the synthetic demo plant. Same options, same numbers bit for bit (on one
// build). Apart from the planted faults, which are placed relative to the end date, a
// day's data depend only on the seed, so a longer span extends the same history.
Result<DemoPlant> generateDemoPlant(const DemoOptions &options);

} // namespace Enms::Engine
