// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/energyseries.h"

#include "engine/time/localcalendar.h"
#include "models/readingstore.h"
#include "models/registry.h"

#include <QTimeZone>

#include <limits>

namespace Enms {

using namespace Engine;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Appends every slot of the blocks; one NaN point separates blocks on non-adjacent
// days. Leading and trailing missing slots are trimmed afterwards.
void appendIntervals(const DayBlocks &blocks, EnergySeries &series)
{
    qint64 previousDay = std::numeric_limits<qint64>::min();
    for (const DayBlock &block : blocks) {
        if (previousDay != std::numeric_limits<qint64>::min() && block.utcDay != previousDay + 1) {
            series.intervalKeys.append(double(block.utcDay * kSecondsPerDay - 1));
            series.intervalKWh.append(kNaN);
        }
        for (int slot = 0; slot < block.slotCount(); ++slot) {
            series.intervalKeys.append(double(block.slotStartUtc(slot)));
            series.intervalKWh.append(block.values[size_t(slot)]);
        }
        previousDay = block.utcDay;
        series.intervalSeconds = block.intervalSeconds;
    }

    qsizetype first = 0;
    while (first < series.intervalKWh.size() && std::isnan(series.intervalKWh[first]))
        ++first;
    qsizetype last = series.intervalKWh.size();
    while (last > first && std::isnan(series.intervalKWh[last - 1]))
        --last;
    series.intervalKeys = series.intervalKeys.mid(first, last - first);
    series.intervalKWh = series.intervalKWh.mid(first, last - first);
}

SeriesCoverage measureCoverage(const DayBlocks &blocks, const LocalCalendar &calendar)
{
    SeriesCoverage coverage;
    forEachReading(blocks, std::numeric_limits<qint64>::min(),
                   std::numeric_limits<qint64>::max(), [&](qint64 start, int seconds, double) {
                       if (coverage.readings == 0)
                           coverage.firstUtc = start;
                       coverage.endUtc = start + seconds;
                       coverage.coveredHours += seconds / 3600.0;
                       ++coverage.readings;
                   });
    if (!coverage.isEmpty()) {
        coverage.firstLocalDate = calendar.localDate(coverage.firstUtc);
        coverage.lastLocalDate = calendar.localDate(coverage.endUtc - 1);
    }
    return coverage;
}

// Daily totals on the site's calendar. A day owns the intervals that start in it.
void appendDays(const DayBlocks &blocks, const LocalCalendar &calendar, EnergySeries &series)
{
    const SeriesCoverage &coverage = series.coverage;
    for (QDate date = coverage.firstLocalDate; date <= coverage.lastLocalDate;
         date = date.addDays(1)) {
        series.dayDates.append(date);
        series.dayStartKeys.append(double(calendar.startOfDayUtc(date)));
        series.dayLengthSeconds.append(double(calendar.dayLengthSeconds(date)));
        series.dayKWh.append(0.0);
        series.dayCoveredHours.append(0.0);
    }

    // Readings arrive in time order, so the day index only ever moves forward.
    qsizetype day = 0;
    forEachReading(blocks, std::numeric_limits<qint64>::min(),
                   std::numeric_limits<qint64>::max(), [&](qint64 start, int seconds, double kWh) {
                       while (day + 1 < series.dayStartKeys.size()
                              && start >= series.dayStartKeys[day + 1])
                           ++day;
                       series.dayKWh[day] += kWh;
                       series.dayCoveredHours[day] += seconds / 3600.0;
                   });
}

} // namespace

EnergySeries buildEnergySeries(const SiteInfo &site, const SeuInfo &seu, const DayBlocks &blocks)
{
    EnergySeries series;
    series.site = site;
    series.seu = seu;

    const LocalCalendar calendar(QTimeZone(site.timeZoneId.toUtf8()));
    series.coverage = measureCoverage(blocks, calendar);
    if (series.coverage.isEmpty())
        return series;

    appendIntervals(blocks, series);
    appendDays(blocks, calendar, series);
    return series;
}

Result<EnergySeries> loadEnergySeries(Database &database, const QString &nameOrId)
{
    const Registry registry(database);
    Result<SeuInfo> seu = registry.seu(nameOrId);
    if (!seu)
        return seu.error();
    Result<SiteInfo> site = registry.site(seu->siteId);
    if (!site)
        return site.error();

    const ReadingStore store(database);
    Result<std::pair<qint64, qint64>> range = store.energyDayRange(seu->id);
    if (!range && range.error().code == ErrorCode::NotEnoughData)
        return buildEnergySeries(*site, *seu, {});   // nothing stored yet
    if (!range)
        return range.error();

    Result<DayBlocks> blocks = store.energy(seu->id, range->first, range->second);
    if (!blocks)
        return blocks.error();
    return buildEnergySeries(*site, *seu, *blocks);
}

} // namespace Enms
