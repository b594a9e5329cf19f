// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/dayblock.h"
#include "engine/time/localcalendar.h"

#include <QDate>

namespace Enms::Engine {

// The climate of a demo site: a yearly cosine around the annual mean of daily
// means, a daily cosine peaking at 15:00 local time, and weather noise.
struct DemoClimate {
    double meanC = 15.0;              // annual mean of the daily means
    double seasonalAmplitudeC = 8.0;  // warmest daily mean = meanC + amplitude
    int warmestDayOfYear = 200;       // 1 = 1 January
    double dailySwingC = 5.0;         // afternoon high = daily mean + swing
    double anomalySigmaC = 2.0;       // spread of the day-to-day weather anomaly
    double hourlySigmaC = 0.3;        // spread of the jitter on each hourly value
};

// Outdoor temperature of one demo site. The weather anomaly is a smoothed sequence
// of daily random knots (each a weighted sum of five neighbouring days' draws),
// interpolated between UTC noons, so warm and cold spells last a few days and any
// instant's temperature is a pure function of the seed, the stream and the time.
class DemoWeather final
{
public:
    DemoWeather(const DemoClimate &climate, const LocalCalendar &calendar, quint64 seed,
                quint64 stream);

    // Temperature without the hourly jitter, in °C.
    double smoothTemperatureC(qint64 utcSecs) const;

    // Mean of the smooth temperature at the middle of each hour of a local date
    // (23, 24 or 25 of them); the driver of the demo's weather-dependent loads.
    double dailyMeanC(const QDate &localDate) const;

    // Hourly readings (value at the middle of each hour plus jitter) for whole UTC
    // days; slots starting outside [fromUtc, toUtc) hold NaN.
    DayBlocks hourlyBlocks(qint64 fromUtc, qint64 toUtc) const;

private:
    double anomalyKnotC(qint64 utcDay) const;
    double anomalyC(qint64 utcSecs) const;

    DemoClimate m_climate;
    LocalCalendar m_calendar;
    quint64 m_seed;
    quint64 m_stream;
};

} // namespace Enms::Engine
