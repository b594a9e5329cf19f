// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cmath>
#include <limits>
#include <vector>

namespace Enms::Engine {

inline constexpr qint64 kSecondsPerDay = 86400;

// One UTC day of equally spaced readings of one series (interval energy in kWh, or an
// outdoor temperature in °C). This is the unit of storage and of computation:
//
//  - slot i covers [utcDay*86400 + i*intervalSeconds, ... + intervalSeconds) in UTC;
//  - intervalSeconds divides 86400, so a day holds exactly 86400/intervalSeconds slots;
//  - a slot without a reading holds NaN, so a gap is never mistaken for zero energy.
//
// Local calendars are applied on top (LocalCalendar); storage never depends on a zone.
struct DayBlock {
    qint64 utcDay = 0;              // days since 1970-01-01 (UTC)
    int intervalSeconds = 900;
    std::vector<double> values;     // NaN = no reading

    static DayBlock empty(qint64 utcDay, int intervalSeconds)
    {
        return DayBlock{utcDay, intervalSeconds,
                        std::vector<double>(kSecondsPerDay / intervalSeconds,
                                            std::numeric_limits<double>::quiet_NaN())};
    }

    int slotCount() const { return int(values.size()); }
    qint64 slotStartUtc(int slot) const
    {
        return utcDay * kSecondsPerDay + qint64(slot) * intervalSeconds;
    }
    static bool isMissing(double v) { return std::isnan(v); }
};

// Blocks of one series, sorted by utcDay, at most one per day.
using DayBlocks = std::vector<DayBlock>;

inline qint64 utcDayOf(qint64 utcSecs)
{
    // Floor division, so instants before 1970 land on the right day.
    return utcSecs >= 0 ? utcSecs / kSecondsPerDay
                        : -((-utcSecs + kSecondsPerDay - 1) / kSecondsPerDay);
}

// Calls fn(startUtcSecs, intervalSeconds, value) for every present slot whose start lies
// in [fromUtc, toUtc).
template <typename Fn>
void forEachReading(const DayBlocks &blocks, qint64 fromUtc, qint64 toUtc, Fn &&fn)
{
    for (const DayBlock &block : blocks) {
        const qint64 dayStart = block.utcDay * kSecondsPerDay;
        if (dayStart + kSecondsPerDay <= fromUtc || dayStart >= toUtc)
            continue;
        for (int slot = 0; slot < block.slotCount(); ++slot) {
            const double value = block.values[size_t(slot)];
            if (DayBlock::isMissing(value))
                continue;
            const qint64 start = block.slotStartUtc(slot);
            if (start >= fromUtc && start < toUtc)
                fn(start, block.intervalSeconds, value);
        }
    }
}

} // namespace Enms::Engine
