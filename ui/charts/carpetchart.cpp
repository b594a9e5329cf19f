// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/carpetchart.h"

#include "models/charts/seuchartdata.h"

#include <QLocale>
#include "ui/charts/customplot.h"

#include <array>
#include <cmath>

namespace Enms {

namespace {

constexpr int kHoursPerDay = 24;

// A perceptually even dark-blue → green → yellow scale (after matplotlib's viridis
// idea): brightness rises with power, and it stays readable in grey and for the
// common colour-vision deficiencies.
QCPColorGradient powerGradient()
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.00, QColor(68, 1, 84));
    gradient.setColorStopAt(0.25, QColor(59, 82, 139));
    gradient.setColorStopAt(0.50, QColor(33, 145, 140));
    gradient.setColorStopAt(0.75, QColor(94, 201, 98));
    gradient.setColorStopAt(1.00, QColor(253, 231, 37));
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(QColor(225, 225, 225));
    return gradient;
}

// Keys are day indices from the first date; ticks fall on every day, on Mondays or on
// the first of a month depending on the span, and read as dates.
class DayIndexTicker final : public QCPAxisTicker
{
public:
    explicit DayIndexTicker(QDate first) : m_first(first) {}

protected:
    double getTickStep(const QCPRange &range) override
    {
        const double days = range.size();
        m_monthly = days > 120;
        if (m_monthly)
            return days > 400 ? 2 : 1;        // months between ticks
        return days > 40 ? 14 : days > 14 ? 7 : days > 6 ? 2 : 1;
    }

    int getSubTickCount(double) override { return 0; }

    QVector<double> createTickVector(double step, const QCPRange &range) override
    {
        QVector<double> ticks;
        const int first = int(std::ceil(range.lower));
        const int last = int(std::floor(range.upper));
        for (int index = first; index <= last; ++index) {
            const QDate date = m_first.addDays(index);
            const bool tick = m_monthly ? date.day() == 1 && (date.month() - 1) % int(step) == 0
                                        : step < 7 ? index % int(step) == 0
                                                   : date.dayOfWeek() == Qt::Monday
                                                         && (step == 7 || date.weekNumber() % 2 == 0);
            if (tick)
                ticks.append(index);
        }
        return ticks;
    }

    QString getTickLabel(double tick, const QLocale &locale, QChar, int) override
    {
        const QDate date = m_first.addDays(qint64(std::lround(tick)));
        return m_monthly ? locale.toString(date, QStringLiteral("MMM yyyy"))
                         : locale.toString(date, QStringLiteral("ddd d MMM"));
    }

private:
    QDate m_first;
    bool m_monthly = false;
};

QSharedPointer<QCPAxisTickerText> hourTicker()
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int hour = 0; hour < kHoursPerDay; hour += 3)
        ticker->addTick(hour, QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    return ticker;
}

} // namespace

CarpetChart::CarpetChart(QWidget *parent)
    : ChartPanel(parent)
{
    QCustomPlot *plot = this->plot();
    plot->yAxis->setTicker(hourTicker());
    plot->yAxis->setRangeReversed(true);
    plot->yAxis->setLabel(tr("Hour of day (site time)"));
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->grid()->setVisible(false);

    m_map = new QCPColorMap(plot->xAxis, plot->yAxis);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(true);
    m_scale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->axis()->setLabel(tr("Mean power (kW)"));
    m_map->setColorScale(m_scale);
    m_map->setGradient(powerGradient());

    // The scale's height follows the plot's.
    auto *group = new QCPMarginGroup(plot);
    plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, group);

    interaction()->setZoomDirections(Qt::Horizontal | Qt::Vertical);
    interaction()->setResetZoom([this] { resetZoom(); });
    interaction()->setReadout([this](double key, double value) { return readoutAt(key, value); });
    interaction()->setExportName(tr("carpet"));
    showMessage(tr("Select an SEU to see its carpet plot."));
}

CarpetChart::~CarpetChart() = default;

void CarpetChart::showData(const SeuChartData &data)
{
    const CarpetGrid &grid = data.carpet;
    if (grid.days.isEmpty()) {
        showMessage(tr("No readings are stored for %1.").arg(data.series.seu.name));
        return;
    }
    m_firstDate = grid.days.first().date;
    m_dayCount = int(grid.days.size());

    QCPColorMapData *cells = m_map->data();
    cells->setSize(m_dayCount, kHoursPerDay);
    cells->setRange(QCPRange(0, m_dayCount - 1), QCPRange(0, kHoursPerDay - 1));
    for (int day = 0; day < m_dayCount; ++day) {
        for (int hour = 0; hour < kHoursPerDay; ++hour)
            cells->setCell(day, hour, grid.cellKW(day, hour));
    }
    m_map->setDataRange(QCPRange(0, std::max(grid.maxKW, 1.0)));
    plot()->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new DayIndexTicker(m_firstDate)));
    plot()->xAxis->setLabel(tr("%1 — local date (%2)").arg(data.series.seu.name,
                                                          data.series.site.timeZoneId));
    dataShown();
    m_scale->axis()->setTickLabels(true);
    resetZoom();
}

void CarpetChart::clearData()
{
    m_map->data()->clear();
    m_dayCount = 0;
    plot()->xAxis->setLabel({});
    m_scale->axis()->setTickLabels(false);
}

void CarpetChart::resetZoom()
{
    if (!hasData())
        return;
    plot()->xAxis->setRange(-0.5, m_dayCount - 0.5);
    plot()->yAxis->setRange(-0.5, kHoursPerDay - 0.5);
    plot()->replot();
}

std::optional<ChartReadout> CarpetChart::readoutAt(double key, double value) const
{
    const int day = int(std::lround(key));
    const int hour = int(std::lround(value));
    if (!hasData() || day < 0 || day >= m_dayCount || hour < 0 || hour >= kHoursPerDay)
        return std::nullopt;

    const QLocale locale;
    const double kW = m_map->data()->cell(day, hour);
    const QString power = std::isnan(kW) ? tr("no reading")
                                         : tr("%1 kW").arg(locale.toString(kW, 'f', 1));
    const QString text = tr("%1 %2:00–%3:00\n%4")
                             .arg(locale.toString(m_firstDate.addDays(day),
                                                  QStringLiteral("ddd yyyy-MM-dd")))
                             .arg(hour, 2, 10, QLatin1Char('0'))
                             .arg((hour + 1) % kHoursPerDay, 2, 10, QLatin1Char('0'))
                             .arg(power);
    return ChartReadout{double(day), double(hour), text};
}

} // namespace Enms
