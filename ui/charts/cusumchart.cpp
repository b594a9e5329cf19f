// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/cusumchart.h"

#include "models/charts/seuchartdata.h"
#include "ui/charts/sitetimeticker.h"

#include <QLocale>
#include "ui/charts/customplot.h"

#include <algorithm>

namespace Enms {

namespace {

constexpr double kValueMargin = 0.08;   // share of the value span left above and below
const QColor kCusumColor(148, 103, 189);

} // namespace

CusumChart::CusumChart(QWidget *parent)
    : ChartPanel(parent)
    , m_ticker(new SiteTimeTicker(QTimeZone::utc()))
{
    QCustomPlot *plot = this->plot();
    m_ticker->setTickCount(8);
    plot->xAxis->setTicker(m_ticker);
    plot->yAxis->setLabel(tr("CUSUM of actual − expected (kWh); rising = more than expected"));
    plot->yAxis->grid()->setSubGridVisible(true);

    m_graph = plot->addGraph();
    m_graph->setPen(QPen(kCusumColor, 2.0));
    m_graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 3.5));

    auto *zero = new QCPItemStraightLine(plot);
    zero->point1->setCoords(0, 0);
    zero->point2->setCoords(1, 0);
    zero->setPen(QPen(QColor(60, 60, 60), 1.0, Qt::DashLine));

    interaction()->setZoomDirections(Qt::Horizontal);
    interaction()->setResetZoom([this] { resetZoom(); });
    interaction()->setReadout([this](double key, double) { return readoutAt(key); });
    interaction()->setExportName(tr("cusum"));
    connect(plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            &CusumChart::updateValueAxis);
    showMessage(tr("Select an SEU to see its CUSUM."));
}

CusumChart::~CusumChart() = default;

void CusumChart::showData(const SeuChartData &data)
{
    if (data.cusum.isEmpty()) {
        showMessage(tr("%1 has no accepted daily baseline, so there is nothing to compare "
                       "with. Fit and accept one on the Baseline tab.")
                        .arg(data.series.seu.name));
        return;
    }
    m_ticker->setTimeZone(QTimeZone(data.series.site.timeZoneId.toUtf8()));
    m_graph->setData(data.cusum.dayCentreKeys, data.cusum.cusumKWh, true);
    m_dates = data.cusum.dates;
    m_differenceKWh = data.cusum.differenceKWh;
    plot()->xAxis->setLabel(tr("%1 (%2 time)").arg(data.series.seu.name,
                                                   data.series.site.timeZoneId));
    dataShown();
    resetZoom();
}

void CusumChart::clearData()
{
    m_graph->data()->clear();
    m_dates.clear();
    m_differenceKWh.clear();
    plot()->xAxis->setLabel({});
}

void CusumChart::resetZoom()
{
    if (!hasData())
        return;
    bool found = false;
    const QCPRange keys = m_graph->getKeyRange(found);
    const double halfDay = 43200.0;
    plot()->xAxis->setRange(keys.lower - halfDay, keys.upper + halfDay);
    // Another SEU over the same dates leaves the key range as it was, and then no
    // rangeChanged signal rescales the values: do it here.
    updateValueAxis(plot()->xAxis->range());
    plot()->replot();
}

// The value axis spans the days in view and always includes zero.
void CusumChart::updateValueAxis(const QCPRange &keyRange)
{
    if (!hasData())
        return;
    bool found = false;
    QCPRange values = m_graph->getValueRange(found, QCP::sdBoth, keyRange);
    if (!found)
        return;
    values.expand(0.0);
    const double margin = std::max(values.size() * kValueMargin, 1.0);
    plot()->yAxis->setRange(values.lower - margin, values.upper + margin);
}

std::optional<ChartReadout> CusumChart::readoutAt(double key) const
{
    if (!hasData() || m_graph->data()->isEmpty())
        return std::nullopt;
    const auto data = m_graph->data();
    auto it = data->findBegin(key, false);   // the first point at or after the key
    if (it == data->constEnd())
        --it;
    if (it != data->constBegin() && key - (it - 1)->key < it->key - key)
        --it;                                   // the day before is closer
    const int index = int(it - data->constBegin());
    const QLocale locale;
    const QString text = tr("%1\nCUSUM %2 kWh\nthis day: %3 kWh against expected")
                             .arg(locale.toString(m_dates[index],
                                                  QStringLiteral("ddd yyyy-MM-dd")),
                                  locale.toString(it->value, 'f', 0),
                                  (m_differenceKWh[index] >= 0 ? QStringLiteral("+")
                                                               : QString())
                                      + locale.toString(m_differenceKWh[index], 'f', 1));
    return ChartReadout{it->key, it->value, text};
}

} // namespace Enms
