// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/sitetimeticker.h"

#include "engine/core/dayblock.h"

#include <array>
#include <cmath>

namespace Enms {

using Engine::kSecondsPerDay;

namespace {

// Tick spacings the axis chooses from, as a multiple of a unit.
struct TickStep {
    double approxSeconds;
    int unit;   // 0 seconds, 1 days, 2 months
    qint64 count;
};

constexpr double kMonth = 30.4375 * kSecondsPerDay;
constexpr std::array kSteps = {
    TickStep{60, 0, 60}, TickStep{300, 0, 300}, TickStep{900, 0, 900},
    TickStep{1800, 0, 1800}, TickStep{3600, 0, 3600}, TickStep{7200, 0, 7200},
    TickStep{10800, 0, 10800}, TickStep{21600, 0, 21600}, TickStep{43200, 0, 43200},
    TickStep{86400, 1, 1}, TickStep{2 * 86400, 1, 2}, TickStep{7 * 86400, 1, 7},
    TickStep{14 * 86400, 1, 14}, TickStep{kMonth, 2, 1}, TickStep{2 * kMonth, 2, 2},
    TickStep{3 * kMonth, 2, 3}, TickStep{6 * kMonth, 2, 6}, TickStep{12 * kMonth, 2, 12},
    TickStep{24 * kMonth, 2, 24}, TickStep{60 * kMonth, 2, 60}};

// Zone offsets are whole quarter hours in every IANA zone in use, so candidates on a
// 15-minute UTC grid include every local full hour.
constexpr qint64 kOffsetGrain = 900;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

SiteTimeTicker::SiteTimeTicker(const QTimeZone &zone)
    : m_calendar(zone)
{
}

void SiteTimeTicker::setTimeZone(const QTimeZone &zone)
{
    m_calendar = Engine::LocalCalendar(zone);
}

QDateTime SiteTimeTicker::localDateTime(double key) const
{
    return m_calendar.localDateTime(qint64(std::floor(key)));
}

QVector<double> SiteTimeTicker::ticksFor(const QCPRange &range)
{
    return createTickVector(getTickStep(range), range);
}

QString SiteTimeTicker::labelFor(double tick, const QLocale &locale)
{
    return getTickLabel(tick, locale, QLatin1Char('g'), 0);
}

double SiteTimeTicker::getTickStep(const QCPRange &range)
{
    const double ideal = range.size() / (tickCount() + 1e-10);
    const TickStep *best = &kSteps.front();
    for (const TickStep &step : kSteps) {
        if (std::abs(std::log(step.approxSeconds / ideal))
            < std::abs(std::log(best->approxSeconds / ideal)))
            best = &step;
    }

    m_unit = best->unit == 0 ? Unit::Seconds : best->unit == 1 ? Unit::Days : Unit::Months;
    m_stepSeconds = best->unit == 0 ? best->count : kSecondsPerDay;
    m_stepCount = best->unit == 0 ? 1 : int(best->count);
    return best->approxSeconds;
}

int SiteTimeTicker::getSubTickCount(double)
{
    if (m_unit == Unit::Months)
        return m_stepCount == 1 ? 0 : m_stepCount - 1;
    if (m_unit == Unit::Days)
        return m_stepCount == 7 ? 6 : m_stepCount == 1 ? 3 : 1;
    // Sub-ticks on round wall-clock fractions: quarter hours, hours, ...
    switch (m_stepSeconds) {
    case 3 * 3600:
        return 2;
    case 6 * 3600:
        return 5;
    case 2 * 3600:
    case 1800:
        return 1;
    case 900:
        return 2;
    default:
        return 3;
    }
}

QVector<double> SiteTimeTicker::createTickVector(double, const QCPRange &range)
{
    switch (m_unit) {
    case Unit::Seconds:
        return wallClockTicks(range);
    case Unit::Days:
        return dayTicks(range);
    case Unit::Months:
        return monthTicks(range);
    }
    return {};
}

// Ticks where the site's wall clock shows a whole multiple of the step. Candidates run
// on a UTC grid, because local times repeat or vanish around DST changes.
QVector<double> SiteTimeTicker::wallClockTicks(const QCPRange &range) const
{
    QVector<double> ticks;
    const qint64 grain = std::min(m_stepSeconds, kOffsetGrain);
    const qint64 first = floorDiv(qint64(std::floor(range.lower)), grain) * grain;
    for (qint64 utc = first; utc <= qint64(std::ceil(range.upper)); utc += grain) {
        const qint64 local = m_calendar.localSecs(utc);
        if (local - floorDiv(local, m_stepSeconds) * m_stepSeconds == 0)
            ticks.append(double(utc));
    }
    return ticks;
}

// Local midnights; with a step of n days only dates whose day number is a multiple of
// n (Mondays for weekly ticks), so ticks stay put while the user pans.
QVector<double> SiteTimeTicker::dayTicks(const QCPRange &range) const
{
    QVector<double> ticks;
    const QDate last = m_calendar.localDate(qint64(range.upper)).addDays(1);
    for (QDate date = m_calendar.localDate(qint64(range.lower)); date <= last;
         date = date.addDays(1)) {
        const bool onStep = m_stepCount == 7 ? date.dayOfWeek() == 1
                                             : date.toJulianDay() % m_stepCount == 0;
        if (onStep)
            ticks.append(double(m_calendar.startOfDayUtc(date)));
    }
    return ticks;
}

QVector<double> SiteTimeTicker::monthTicks(const QCPRange &range) const
{
    QVector<double> ticks;
    const QDate from = m_calendar.localDate(qint64(range.lower));
    const QDate last = m_calendar.localDate(qint64(range.upper)).addMonths(1);
    for (QDate date(from.year(), from.month(), 1); date <= last; date = date.addMonths(1)) {
        if ((date.year() * 12 + date.month() - 1) % m_stepCount == 0)
            ticks.append(double(m_calendar.startOfDayUtc(date)));
    }
    return ticks;
}

QString SiteTimeTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    const QDateTime local = localDateTime(tick);
    switch (m_unit) {
    case Unit::Seconds:
        //: Axis label of an hour tick: time, line break, date. Qt date format.
        return locale.toString(local, tr("HH:mm\nd MMM"));
    case Unit::Days:
        //: Axis label of a day tick: date, line break, year. Qt date format.
        return locale.toString(local, tr("d MMM\nyyyy"));
    case Unit::Months:
        //: Axis label of a month tick. Qt date format.
        return locale.toString(local, tr("MMM\nyyyy"));
    }
    return {};
}

} // namespace Enms
