// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/performance/localenergy.h"

namespace Enms::Engine {

LocalDayGrid::LocalDayGrid(const LocalCalendar &calendar, const QDate &firstDate,
                           const QDate &lastDate)
    : m_calendar(calendar)
    , m_firstDate(firstDate)
{
    if (!calendar.isValid() || !firstDate.isValid() || !lastDate.isValid()
        || lastDate < firstDate) {
        m_dayStarts.push_back(0);
        return;
    }

    const int days = int(firstDate.daysTo(lastDate)) + 1;
    m_dayStarts.reserve(size_t(days) + 1);
    for (int day = 0; day <= days; ++day)
        m_dayStarts.push_back(calendar.startOfDayUtc(firstDate.addDays(day)));

    m_dayOfWeek.reserve(size_t(days));
    m_constantOffset.reserve(size_t(days));
    for (int day = 0; day < days; ++day) {
        m_dayOfWeek.push_back(firstDate.addDays(day).dayOfWeek());
        const int offsetAtStart = calendar.offsetSeconds(startUtc(day));
        const int offsetAtEnd = calendar.offsetSeconds(endUtc(day) - 1);
        m_constantOffset.push_back(offsetAtStart == offsetAtEnd);
    }
}

int LocalDayGrid::indexOf(const QDate &date) const
{
    const qint64 day = m_firstDate.daysTo(date);
    return date.isValid() && day >= 0 && day < dayCount() ? int(day) : -1;
}

int LocalDayGrid::wallSecondsOfDay(int day, qint64 utcSecs) const
{
    // On an ordinary day the wall clock runs with elapsed time from midnight; on a day
    // with a DST change the offset has to be looked up for the instant itself.
    if (m_constantOffset[size_t(day)])
        return int(utcSecs - startUtc(day));
    return m_calendar.secondsOfLocalDay(utcSecs);
}

std::vector<LocalDayEnergy> dailyEnergy(const DayBlocks &blocks, const LocalDayGrid &grid)
{
    std::vector<LocalDayEnergy> days;
    if (!grid.isValid())
        return days;

    days.resize(size_t(grid.dayCount()));
    for (int day = 0; day < grid.dayCount(); ++day) {
        days[size_t(day)].date = grid.date(day);
        days[size_t(day)].dayLengthSeconds = grid.lengthSeconds(day);
    }

    forEachLocalReading(blocks, grid, [&days](int day, qint64, int intervalS, double kwh) {
        LocalDayEnergy &entry = days[size_t(day)];
        entry.energyKWh += kwh;
        entry.coveredSeconds += intervalS;
    });
    return days;
}

std::vector<LocalDayEnergy> dailyEnergy(const DayBlocks &blocks, const LocalCalendar &calendar,
                                        const QDate &firstDate, const QDate &lastDate)
{
    return dailyEnergy(blocks, LocalDayGrid(calendar, firstDate, lastDate));
}

namespace {

// The UTC start of the period a reading belongs to.
qint64 periodStart(const LocalDayGrid &grid, EnergyGrouping grouping, int day, qint64 utc)
{
    switch (grouping) {
    case EnergyGrouping::Day:
        return grid.startUtc(day);
    case EnergyGrouping::Hour:
        // Wall-clock hours, so zones with half-hour offsets get their own hour marks.
        return utc - grid.wallSecondsOfDay(day, utc) % 3600;
    case EnergyGrouping::Interval:
        return utc;
    }
    return utc;
}

} // namespace

std::vector<PeriodEnergy> energyByPeriod(const DayBlocks &blocks, const LocalDayGrid &grid,
                                         EnergyGrouping grouping)
{
    std::vector<PeriodEnergy> rows;
    forEachLocalReading(blocks, grid, [&](int day, qint64 utc, int intervalS, double kwh) {
        const qint64 start = periodStart(grid, grouping, day, utc);
        if (rows.empty() || rows.back().periodStartUtc != start)
            rows.push_back(PeriodEnergy{start, 0.0, 0});
        rows.back().energyKWh += kwh;
        rows.back().coveredSeconds += intervalS;
    });
    return rows;
}

} // namespace Enms::Engine
