// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/dayblock.h"
#include "engine/time/localcalendar.h"

#include <QDate>

#include <vector>

namespace Enms::Engine {

// Energy of one SEU in one local calendar day. A day owns the intervals that START in
// it, so an interval running across midnight counts for the day it began in.
struct LocalDayEnergy {
    QDate date;
    double energyKWh = 0.0;
    qint64 coveredSeconds = 0;       // summed length of the intervals present
    qint64 dayLengthSeconds = kSecondsPerDay;

    bool hasData() const { return coveredSeconds > 0; }
    double coveredHours() const { return coveredSeconds / 3600.0; }
    double dayLengthHours() const { return dayLengthSeconds / 3600.0; }
};

// Energy of one local period (an hour or a single interval), keyed by its first UTC
// instant; the caller formats it on the site's wall clock.
struct PeriodEnergy {
    qint64 periodStartUtc = 0;
    double energyKWh = 0.0;
    qint64 coveredSeconds = 0;
};

enum class EnergyGrouping { Day, Hour, Interval };

// The local dates [firstDate, lastDate] of one site as UTC boundaries. Building it asks
// the time zone once per day; every SEU of the site is then scanned against the same
// grid, so a scan costs a comparison per reading instead of a zone lookup.
class LocalDayGrid final
{
public:
    LocalDayGrid(const LocalCalendar &calendar, const QDate &firstDate, const QDate &lastDate);

    bool isValid() const { return m_calendar.isValid() && dayCount() > 0; }
    const LocalCalendar &calendar() const { return m_calendar; }
    QDate firstDate() const { return m_firstDate; }
    QDate lastDate() const { return m_firstDate.addDays(dayCount() - 1); }
    int dayCount() const { return int(m_dayStarts.size()) - 1; }

    QDate date(int day) const { return m_firstDate.addDays(day); }
    int dayOfWeek(int day) const { return m_dayOfWeek[size_t(day)]; }
    qint64 startUtc(int day) const { return m_dayStarts[size_t(day)]; }
    qint64 endUtc(int day) const { return m_dayStarts[size_t(day) + 1]; }
    qint64 lengthSeconds(int day) const { return endUtc(day) - startUtc(day); }

    // -1 when the date lies outside the grid.
    int indexOf(const QDate &date) const;

    // Wall-clock seconds since local midnight of an instant inside the given day.
    int wallSecondsOfDay(int day, qint64 utcSecs) const;

private:
    LocalCalendar m_calendar;
    QDate m_firstDate;
    std::vector<qint64> m_dayStarts;     // dayCount() + 1 boundaries
    std::vector<int> m_dayOfWeek;        // ISO 1 = Monday
    std::vector<bool> m_constantOffset;  // no DST change inside the day
};

// Calls fn(day, startUtc, intervalSeconds, kWh) for every present reading that starts
// inside the grid, in time order. The local day is found by walking the boundaries
// alongside the readings, so the cost is linear in the number of slots.
template <typename Fn>
void forEachLocalReading(const DayBlocks &blocks, const LocalDayGrid &grid, Fn &&fn)
{
    if (!grid.isValid())
        return;

    const qint64 gridStart = grid.startUtc(0);
    const qint64 gridEnd = grid.endUtc(grid.dayCount() - 1);
    int day = 0;
    for (const DayBlock &block : blocks) {
        const qint64 blockStart = block.utcDay * kSecondsPerDay;
        if (blockStart + kSecondsPerDay <= gridStart)
            continue;
        if (blockStart >= gridEnd)
            break;
        for (int slot = 0; slot < block.slotCount(); ++slot) {
            const double value = block.values[size_t(slot)];
            if (DayBlock::isMissing(value))
                continue;
            const qint64 start = blockStart + qint64(slot) * block.intervalSeconds;
            if (start < gridStart)
                continue;
            if (start >= gridEnd)
                return;
            while (start >= grid.endUtc(day))
                ++day;
            fn(day, start, block.intervalSeconds, value);
        }
    }
}

// One entry per date of the grid, days without readings included (coveredSeconds 0).
std::vector<LocalDayEnergy> dailyEnergy(const DayBlocks &blocks, const LocalDayGrid &grid);

// Convenience for a single SEU: builds the grid for [firstDate, lastDate] itself.
std::vector<LocalDayEnergy> dailyEnergy(const DayBlocks &blocks, const LocalCalendar &calendar,
                                        const QDate &firstDate, const QDate &lastDate);

// Energy per local day, local hour or interval over the grid's dates, in time order.
// Only periods holding at least one reading are listed; an hour repeated when clocks go
// back appears twice, with different UTC starts.
std::vector<PeriodEnergy> energyByPeriod(const DayBlocks &blocks, const LocalDayGrid &grid,
                                         EnergyGrouping grouping);

} // namespace Enms::Engine
