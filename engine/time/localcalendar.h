// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <vector>

namespace Enms::Engine {

// The local (wall-clock) calendar of a site, derived from its IANA zone. Readings are
// stored in UTC; every rule that speaks of "a day", "working hours" or "the weekend"
// goes through this class, so a plant in Los Angeles is judged on Los Angeles days
// and a DST change gives the 23- or 25-hour day it really is.
//
// Offsets are looked up in a table of the zone's transitions built once, because
// asking QTimeZone per reading costs microseconds and scans touch millions of readings.
class LocalCalendar final
{
public:
    explicit LocalCalendar(const QTimeZone &zone);

    bool isValid() const { return m_zone.isValid(); }
    const QTimeZone &zone() const { return m_zone; }

    // Offset of local time from UTC, in seconds, at a UTC instant.
    int offsetSeconds(qint64 utcSecs) const;

    // Local wall-clock seconds since 1970-01-01T00:00 local (UTC + offset).
    qint64 localSecs(qint64 utcSecs) const { return utcSecs + offsetSeconds(utcSecs); }

    QDate localDate(qint64 utcSecs) const;
    QDateTime localDateTime(qint64 utcSecs) const;

    // Seconds since local midnight, on the wall clock (0 .. 86399).
    int secondsOfLocalDay(qint64 utcSecs) const;

    // The first UTC instant of a local date, and the length of that date in seconds
    // (82800, 86400 or 90000 around DST changes).
    qint64 startOfDayUtc(const QDate &date) const;
    qint64 dayLengthSeconds(const QDate &date) const;
    double dayLengthHours(const QDate &date) const { return dayLengthSeconds(date) / 3600.0; }

private:
    struct Transition {
        qint64 atUtcSecs;
        int offsetSeconds;
    };

    QTimeZone m_zone;
    int m_initialOffset = 0;
    std::vector<Transition> m_transitions;   // sorted by atUtcSecs
};

} // namespace Enms::Engine
