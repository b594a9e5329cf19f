// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/import/localtimeresolver.h"

#include "engine/core/dayblock.h"

#include <algorithm>

namespace Enms::Engine {

namespace {
// Offsets lie within ±14 h, and no zone changes its offset twice within two days, so
// the offsets one day either side bracket any change affecting a wall time.
constexpr qint64 kProbeSeconds = 86400;
} // namespace

LocalTimeResolver::LocalTimeResolver(const LocalCalendar &calendar)
    : m_calendar(calendar)
{
}

LocalTimeResolver::Candidates LocalTimeResolver::candidates(qint64 wallSecs) const
{
    // A day whose offset is the same a day before it starts and a day after it ends
    // holds no change: every wall time on it has exactly one instant.
    const qint64 day = utcDayOf(wallSecs);
    if (day != m_steadyDay) {
        const int before = m_calendar.offsetSeconds(day * kSecondsPerDay - kProbeSeconds);
        const int after = m_calendar.offsetSeconds((day + 2) * kSecondsPerDay);
        if (before == after)
            m_steadyDay = day, m_steadyOffset = before;
    }
    if (day == m_steadyDay) {
        const qint64 instant = wallSecs - m_steadyOffset;
        return Candidates{instant, instant, 1};
    }

    const int offsetBefore = m_calendar.offsetSeconds(wallSecs - kProbeSeconds);
    const int offsetAfter = m_calendar.offsetSeconds(wallSecs + kProbeSeconds);
    const qint64 utcBefore = wallSecs - offsetBefore;
    const qint64 utcAfter = wallSecs - offsetAfter;
    const bool beforeFits = m_calendar.offsetSeconds(utcBefore) == offsetBefore;
    const bool afterFits = m_calendar.offsetSeconds(utcAfter) == offsetAfter;

    Candidates found;
    if (offsetBefore == offsetAfter || (beforeFits != afterFits)) {
        found.count = beforeFits || afterFits ? 1 : 0;
        found.early = found.late = beforeFits ? utcBefore : utcAfter;
    } else if (beforeFits && afterFits) {
        found.count = 2;
        found.early = std::min(utcBefore, utcAfter);
        found.late = std::max(utcBefore, utcAfter);
    }
    return found;
}

LocalTimeResolver::Resolution LocalTimeResolver::resolve(qint64 wallSecs)
{
    const Candidates found = candidates(wallSecs);
    if (found.count == 0)
        return {Kind::InGap, earliestUtc(wallSecs)};
    if (found.count == 1)
        return {Kind::Unique, found.early};

    const int seen = m_repeatsSeen[wallSecs]++;
    return seen == 0 ? Resolution{Kind::FirstOfRepeat, found.early}
                     : Resolution{Kind::SecondOfRepeat, found.late};
}

qint64 LocalTimeResolver::earliestUtc(qint64 wallSecs) const
{
    const Candidates found = candidates(wallSecs);
    if (found.count > 0)
        return found.early;
    // In a gap the clock jumped forward: find the instant of the jump, which lies
    // between the wall time read with the new offset and read with the old one.
    const int offsetBefore = m_calendar.offsetSeconds(wallSecs - kProbeSeconds);
    qint64 low = wallSecs - m_calendar.offsetSeconds(wallSecs + kProbeSeconds);
    qint64 high = wallSecs - offsetBefore;
    while (low + 1 < high) {
        const qint64 middle = low + (high - low) / 2;
        if (m_calendar.offsetSeconds(middle) == offsetBefore)
            low = middle;
        else
            high = middle;
    }
    return high;
}

} // namespace Enms::Engine
