// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/time/localcalendar.h"

#include <QCoreApplication>
#include "ui/charts/customplot.h"

namespace Enms {

// A time axis ticker that places and labels ticks on a site's wall clock while the
// plot keys stay true UTC seconds since 1970. Hour ticks fall on local full hours,
// day ticks on local midnights (so a 23- or 25-hour DST day gets its tick where the
// plant's clock says 00:00), month ticks on the 1st. QCPAxisTickerDateTime cannot do
// this: it formats labels in a chosen zone but rounds tick positions in the zone of
// the computer running the program.
class SiteTimeTicker final : public QCPAxisTicker
{
    Q_DECLARE_TR_FUNCTIONS(SiteTimeTicker)

public:
    explicit SiteTimeTicker(const QTimeZone &zone);

    void setTimeZone(const QTimeZone &zone);
    const Engine::LocalCalendar &calendar() const { return m_calendar; }

    // The site's wall-clock time of a key, as the axis labels show it.
    QDateTime localDateTime(double key) const;

    // Exposed for tests: the ticks the axis would draw over a range.
    QVector<double> ticksFor(const QCPRange &range);
    QString labelFor(double tick, const QLocale &locale);

protected:
    double getTickStep(const QCPRange &range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;

private:
    enum class Unit { Seconds, Days, Months };

    QVector<double> wallClockTicks(const QCPRange &range) const;
    QVector<double> dayTicks(const QCPRange &range) const;
    QVector<double> monthTicks(const QCPRange &range) const;

    Engine::LocalCalendar m_calendar;
    Unit m_unit = Unit::Seconds;
    qint64 m_stepSeconds = 3600;   // Unit::Seconds
    int m_stepCount = 1;           // days or months per tick
};

} // namespace Enms
