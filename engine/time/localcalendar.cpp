// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/time/localcalendar.h"

#include "engine/core/dayblock.h"

#include <algorithm>

namespace Enms::Engine {

namespace {
// Transitions are tabulated over this span; outside it QTimeZone is asked directly.
constexpr qint64 kTableStartUtc = 0;                 // 1970-01-01T00:00Z
constexpr qint64 kTableEndUtc = 4102444800;          // 2100-01-01T00:00Z
} // namespace

LocalCalendar::LocalCalendar(const QTimeZone &zone)
    : m_zone(zone)
{
    if (!m_zone.isValid())
        return;

    const QDateTime tableStart = QDateTime::fromSecsSinceEpoch(kTableStartUtc, Qt::UTC);
    const QDateTime tableEnd = QDateTime::fromSecsSinceEpoch(kTableEndUtc, Qt::UTC);
    m_initialOffset = m_zone.offsetFromUtc(tableStart);
    const auto transitions = m_zone.transitions(tableStart, tableEnd);
    m_transitions.reserve(size_t(transitions.size()));
    for (const QTimeZone::OffsetData &data : transitions)
        m_transitions.push_back({data.atUtc.toSecsSinceEpoch(), data.offsetFromUtc});

    // HACK: Qt 6.4's transitions() stops where the zone file's explicit list ends (2037
    // for most zones) although later changes follow a rule; nextTransition() applies
    // the rule, so the table is continued with it. Remove once transitions() does.
    QDateTime after = m_transitions.empty() ? tableStart
                                            : QDateTime::fromSecsSinceEpoch(
                                                  m_transitions.back().atUtcSecs, Qt::UTC);
    // Asked exactly at the last listed change it answers nothing, so it is asked from
    // a day later (no zone changes twice within a day).
    after = after.addDays(1);
    while (after < tableEnd) {
        const QTimeZone::OffsetData next = m_zone.nextTransition(after);
        if (!next.atUtc.isValid() || next.atUtc >= tableEnd || next.atUtc <= after)
            break;
        m_transitions.push_back({next.atUtc.toSecsSinceEpoch(), next.offsetFromUtc});
        after = next.atUtc;
    }
}

int LocalCalendar::offsetSeconds(qint64 utcSecs) const
{
    if (!m_zone.isValid())
        return 0;
    if (utcSecs < kTableStartUtc || utcSecs >= kTableEndUtc)
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
