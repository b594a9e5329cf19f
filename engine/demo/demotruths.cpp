// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/demo/demotruths.h"

namespace Enms::Engine {

namespace {
constexpr int kDriftStepDays = 17;       // last date at the old level
constexpr double kDriftStep = 0.05;
constexpr int kDriftSteps = 3;           // +15 % at full height

QDate weekdayOnOrBefore(QDate date)
{
    while (date.dayOfWeek() > 5)
        date = date.addDays(-1);
    return date;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString clockTime(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}
} // namespace

double demoDriftFactor(int daysBeforeEnd)
{
    const int stepsTaken = qBound(0, kDriftStepDays - daysBeforeEnd, kDriftSteps);
    return 1.0 + kDriftStep * stepsTaken;
}

std::vector<DemoGap> demoGaps(const QDate &endDate)
{
    return {
        {QStringLiteral("HVAC-Main"), weekdayOnOrBefore(endDate.addDays(-14)),
         QTime(10, 0), QTime(13, 0)},
        {QStringLiteral("Compressor-EU-1"), weekdayOnOrBefore(endDate.addDays(-120)),
         QTime(8, 0), QTime(14, 0)},
    };
}

QStringList demoPlantedTruths(const QDate &endDate)
{
    const std::vector<DemoGap> gaps = demoGaps(endDate);
    const QString stop = QTime(0, 0).addSecs(kDemoStopMinuteOfEndDay * 60)
                             .toString(QStringLiteral("HH:mm"));
    return {
        QStringLiteral("excessive_idle: Conveyor-A runs empty at 0.5 kW (under 10 % of its "
                       "22 kW rating) outside 06:00-22:00 on weekdays and all weekend, "
                       "about 52 % of the time."),
        QStringLiteral("inefficient_scheduling: Injection-Molding-1 stays at 80-90 % of "
                       "full load through nights and weekends; about 55 % of its energy "
                       "falls outside Mon-Fri 06:00-20:00."),
        QStringLiteral("baseline_drift: Compressor-1 uses 15 % more energy per unit from "
                       "%1 on (5 % steps on %2 and %3), production unchanged.")
            .arg(isoDate(endDate.addDays(-14)), isoDate(endDate.addDays(-16)),
                 isoDate(endDate.addDays(-15))),
        QStringLiteral("missing_data: %1 has no readings on %2 from %3 to %4 local time.")
            .arg(gaps[0].seuName, isoDate(gaps[0].date), clockTime(gaps[0].from),
                 clockTime(gaps[0].to)),
        QStringLiteral("missing_data: %1 has no readings on %2 from %3 to %4 local time.")
            .arg(gaps[1].seuName, isoDate(gaps[1].date), clockTime(gaps[1].from),
                 clockTime(gaps[1].to)),
        QStringLiteral("partial_day: every series stops at %1 local time on %2.")
            .arg(stop, isoDate(endDate)),
    };
}

} // namespace Enms::Engine
