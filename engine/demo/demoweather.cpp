// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/demo/demoweather.h"

#include "engine/demo/demorandom.h"

#include <array>
#include <cmath>
#include <numbers>

namespace Enms::Engine {

namespace {
constexpr double kDaysPerYear = 365.2425;
constexpr double kWarmestHourOfDay = 15.0;
constexpr quint64 kJitterStreamTag = 0x6A09E667F3BCC909ull;

// Weights of the five daily draws that make one anomaly knot; their squares sum to
// 0.26, so a knot's spread is sqrt(0.26) times that of one draw.
constexpr std::array<double, 5> kKnotWeights = {0.1, 0.2, 0.4, 0.2, 0.1};
constexpr double kKnotSpreadFactor = 0.5099019513592785;   // sqrt(0.26)

double cosineOfCycle(double position, double period)
{
    return std::cos(2.0 * std::numbers::pi * position / period);
}
} // namespace

DemoWeather::DemoWeather(const DemoClimate &climate, const LocalCalendar &calendar,
                         quint64 seed, quint64 stream)
    : m_climate(climate)
    , m_calendar(calendar)
    , m_seed(seed)
    , m_stream(stream)
{
}

double DemoWeather::anomalyKnotC(qint64 utcDay) const
{
    double knot = 0.0;
    for (int j = 0; j < int(kKnotWeights.size()); ++j) {
        DemoRandom random(m_seed, m_stream, utcDay + j - 2);
        knot += kKnotWeights[size_t(j)] * random.normal();
    }
    return knot * m_climate.anomalySigmaC / kKnotSpreadFactor;
}

double DemoWeather::anomalyC(qint64 utcSecs) const
{
    // Knots sit at UTC noon; in between, the anomaly moves linearly.
    const double dayPosition = double(utcSecs) / kSecondsPerDay - 0.5;
    const double firstDay = std::floor(dayPosition);
    const double fraction = dayPosition - firstDay;
    const qint64 day = qint64(firstDay);
    return (1.0 - fraction) * anomalyKnotC(day) + fraction * anomalyKnotC(day + 1);
}

double DemoWeather::smoothTemperatureC(qint64 utcSecs) const
{
    const int secondsOfDay = m_calendar.secondsOfLocalDay(utcSecs);
    const double dayOfYear = m_calendar.localDate(utcSecs).dayOfYear()
                             + secondsOfDay / double(kSecondsPerDay);
    const double localHour = secondsOfDay / 3600.0;

    const double seasonal = m_climate.seasonalAmplitudeC
        * cosineOfCycle(dayOfYear - m_climate.warmestDayOfYear, kDaysPerYear);
    const double daily = m_climate.dailySwingC
        * cosineOfCycle(localHour - kWarmestHourOfDay, 24.0);
    return m_climate.meanC + seasonal + daily + anomalyC(utcSecs);
}

double DemoWeather::dailyMeanC(const QDate &localDate) const
{
    const qint64 start = m_calendar.startOfDayUtc(localDate);
    const qint64 end = m_calendar.startOfDayUtc(localDate.addDays(1));

    double sum = 0.0;
    int hours = 0;
    for (qint64 t = start + 1800; t < end; t += 3600, ++hours)
        sum += smoothTemperatureC(t);
    return sum / hours;
}

DayBlocks DemoWeather::hourlyBlocks(qint64 fromUtc, qint64 toUtc) const
{
    DayBlocks blocks;
    for (qint64 day = utcDayOf(fromUtc); day <= utcDayOf(toUtc - 1); ++day) {
        // The jitter is drawn for every slot, covered or not, so that a day's values
        // do not depend on where the generated span begins or ends.
        DemoRandom jitter(m_seed, m_stream ^ kJitterStreamTag, day);
        DayBlock block = DayBlock::empty(day, 3600);
        for (int slot = 0; slot < block.slotCount(); ++slot) {
            const qint64 start = block.slotStartUtc(slot);
            const double noise = m_climate.hourlySigmaC * jitter.normal();
            if (start < fromUtc || start >= toUtc)
                continue;
            block.values[size_t(slot)] = smoothTemperatureC(start + 1800) + noise;
        }
        blocks.push_back(std::move(block));
    }
    return blocks;
}

} // namespace Enms::Engine
