// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/time/localcalendar.h"

#include "engine/core/dayblock.h"

#include <algorithm>

namespace Enms::Engine {

namespace {
// Transitions are tabulated over this span; outside it QTimeZone is asked directly.
const QDateTime kTableStart(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
const QDateTime kTableEnd(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
} // namespace

LocalCalendar::LocalCalendar(const QTimeZone &zone)
    : m_zone(zone)
{
    if (!m_zone.isValid())
        return;

    m_initialOffset = m_zone.offsetFromUtc(kTableStart);
    const auto transitions = m_zone.transitions(kTableStart, kTableEnd);
    m_transitions.reserve(size_t(transitions.size()));
    for (const QTimeZone::OffsetData &data : transitions)
        m_transitions.push_back({data.atUtc.toSecsSinceEpoch(), data.offsetFromUtc});
}

int LocalCalendar::offsetSeconds(qint64 utcSecs) const
{
    if (!m_zone.isValid())
        return 0;
    if (utcSecs < kTableStart.toSecsSinceEpoch() || utcSecs >= kTableEnd.toSecsSinceEpoch())
        return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC));

    // The last transition at or before the instant decides the offset.
    const auto after = std::upper_bound(
        m_transitions.begin(), m_transitions.end(), utcSecs,
        [](qint64 t, const Transition &tr) { return t < tr.atUtcSecs; });
    if (after == m_transitions.begin())
        return m_initialOffset;
    return std::prev(after)->offsetSeconds;
}

QDate LocalCalendar::localDate(qint64 utcSecs) const
{
    const qint64 day = utcDayOf(localSecs(utcSecs));
    return QDate(1970, 1, 1).addDays(day);
}

QDateTime LocalCalendar::localDateTime(qint64 utcSecs) const
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, m_zone);
}

int LocalCalendar::secondsOfLocalDay(qint64 utcSecs) const
{
    const qint64 local = localSecs(utcSecs);
    return int(local - utcDayOf(local) * kSecondsPerDay);
}

qint64 LocalCalendar::startOfDayUtc(const QDate &date) const
{
    // startOfDay() copes with zones whose midnight is skipped by a DST change.
    return date.startOfDay(m_zone).toSecsSinceEpoch();
}

qint64 LocalCalendar::dayLengthSeconds(const QDate &date) const
{
    return startOfDayUtc(date.addDays(1)) - startOfDayUtc(date);
}

} // namespace Enms::Engine
