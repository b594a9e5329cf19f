// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "engine/core/site.h"
#include "engine/performance/localenergy.h"
#include "engine/performance/performancecodes.h"

#include <QDate>

#include <map>
#include <optional>
#include <vector>

namespace Enms::Engine {

// How one SEU did over a window of local days (a week, month or quarter) against its
// baseline: the figures of one dashboard row and of one line of the management review.
//
// Only days with readings are compared, so a gap in the meter data neither reads as a
// saving nor as an excess: each such day expects the accepted baseline's energy for it
// when there is one, otherwise the mean of the complete days in the thirty local days
// before the window, scaled to the day's length; either is then scaled to the share of
// the day the readings cover.
// One window day with readings: the energy measured and the energy expected of it
// (0 when the window has no expectation), for charts of the deviation day by day.
struct DayComparison {
    QDate date;
    double actualKWh = 0.0;
    double expectedKWh = 0.0;
};

struct PeriodPerformance {
    QString seuId;
    QString seuName;
    EnergyCarrier carrier = EnergyCarrier::Electricity;
    QDate firstDate;                   // first local day of the window
    QDate lastDate;                    // last local day of the window
    int daysWithData = 0;              // days of the window with at least one reading
    double coveredHours = 0.0;
    double windowHours = 0.0;          // length of the window (DST days 23 or 25 h)

    double actualKWh = 0.0;            // measured energy of the window
    std::optional<double> expectedKWh; // none: no accepted baseline and too few days
    BaselineSource baselineSource = BaselineSource::ThirtyDayMean;
    int referenceCompleteDays = 0;     // complete days behind the thirty-day mean

    double deviationKWh = 0.0;         // actual - expected (0 without expected)
    double deviationPercent = 0.0;
    IsoStatus status = IsoStatus::OnTarget;   // meaningless without expected

    double pricePerKWh = 0.0;
    double costAmount = 0.0;           // actual energy at the site's price
    double deviationCost = 0.0;        // signed: negative is a saving
    double co2Kg = 0.0;                // actual energy times the carrier's CO2 factor
    std::vector<DayComparison> days;   // the days with readings, in date order

    bool hasExpected() const { return expectedKWh.has_value(); }
    double coveredShare() const { return windowHours > 0 ? coveredHours / windowHours : 0; }
};

// Judges an SEU over the local dates [firstDate, lastDate]. `days` must hold those
// dates and should hold the thirty dates before them (other dates are ignored; a
// missing date is a day without data). `expectedDailyKWh` holds the accepted
// baseline's expected energy per local date; it is used when it covers every window
// day with data, otherwise the thirty-day mean is.
Result<PeriodPerformance> analyzePeriod(const SeuInfo &seu, const CarrierTariff &tariff,
                                        const std::vector<LocalDayEnergy> &days,
                                        const QDate &firstDate, const QDate &lastDate,
                                        const std::map<QDate, double> &expectedDailyKWh = {});

} // namespace Enms::Engine
