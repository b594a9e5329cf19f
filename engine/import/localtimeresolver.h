// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/time/localcalendar.h"

#include <QtGlobal>

#include <limits>
#include <unordered_map>

namespace Enms::Engine {

// Turns wall-clock stamps of one zone into UTC instants, in file order.
//
// Around a DST change a wall-clock time can name two instants (autumn: the hour is
// repeated) or none (spring: the hour is skipped). Meter exports write the repeated
// hour twice, in order, so the first time a repeated wall time is met it is the earlier
// instant (the summer offset) and every later time the later one. A skipped time cannot
// come from a correct clock and is reported as such.
//
// Offsets come from LocalCalendar's transition table: no QDateTime per stamp.
class LocalTimeResolver final
{
public:
    explicit LocalTimeResolver(const LocalCalendar &calendar);

    enum class Kind { Unique, FirstOfRepeat, SecondOfRepeat, InGap };
    struct Resolution {
        Kind kind = Kind::Unique;
        qint64 utcSecs = 0;
    };

    // Resolves in file order: remembers the repeated wall times already met.
    Resolution resolve(qint64 wallSecs);

    // The earliest instant of a wall time, without remembering it; for a wall time in a
    // gap, the instant the clock jumped to.
    qint64 earliestUtc(qint64 wallSecs) const;

private:
    struct Candidates {
        qint64 early = 0;
        qint64 late = 0;
        int count = 0;        // 0 in a gap, 1 usually, 2 in a repeat
    };
    Candidates candidates(qint64 wallSecs) const;

    const LocalCalendar &m_calendar;
    std::unordered_map<qint64, int> m_repeatsSeen;
    // The last wall-clock day found free of any offset change, and its offset: files
    // are sorted, so most stamps are answered from here without a table lookup.
    mutable qint64 m_steadyDay = std::numeric_limits<qint64>::min();
    mutable int m_steadyOffset = 0;
};

} // namespace Enms::Engine
