// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <vector>

namespace Enms::Engine {

// The deliberate faults of the demo plant, all placed relative to the end date so
// that a scan ending on that date finds them whatever the date is.

// Local time at which every demo series stops on the end date (a partly covered day).
inline constexpr int kDemoStopMinuteOfEndDay = 14 * 60 + 30;

// Factor on the drifting SEU's energy for a local date that lies daysBeforeEnd days
// before the end date: 1 until 17 days before, then +5 %, +10 % and +15 % from 14 days
// before onwards. The rise falls between the two fortnights a month scan compares.
double demoDriftFactor(int daysBeforeEnd);

// A span of local wall-clock time on one date with no readings for one SEU.
struct DemoGap {
    QString seuName;
    QDate date;
    QTime from;
    QTime to;                  // exclusive
};

// The planted gaps: three hours on the weekday nearest before 14 days ahead of the
// end date in HVAC-Main, six hours on the weekday nearest before 120 days ahead in
// Compressor-EU-1.
std::vector<DemoGap> demoGaps(const QDate &endDate);

// One line per planted truth, naming the SEU, the fault and the dates it spans.
QStringList demoPlantedTruths(const QDate &endDate);

} // namespace Enms::Engine
