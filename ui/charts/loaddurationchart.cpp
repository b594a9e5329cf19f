// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/loaddurationchart.h"

#include "models/charts/seuchartdata.h"

#include <QLocale>
#include "ui/charts/customplot.h"

namespace Enms {

namespace {

constexpr double kValueHeadroom = 0.08;
const QColor kCurveColor(31, 119, 180);

} // namespace

LoadDurationChart::LoadDurationChart(QWidget *parent)
    : ChartPanel(parent)
{
    QCustomPlot *plot = this->plot();
    plot->xAxis->setLabel(tr("Share of the time the power is reached or exceeded (%)"));
    plot->yAxis->setLabel(tr("Mean power of the interval (kW)"));
    plot->yAxis->grid()->setSubGridVisible(true);

    m_graph = plot->addGraph();
    m_graph->setPen(QPen(kCurveColor, 2.0));
    m_graph->setBrush(QColor(31, 119, 180, 40));
    m_graph->setAdaptiveSampling(true);

    interaction()->setZoomDirections(Qt::Horizontal | Qt::Vertical);
    interaction()->setResetZoom([this] { resetZoom(); });
    interaction()->setReadout([this](double key, double) { return readoutAt(key); });
    interaction()->setExportName(tr("load-duration"));
    showMessage(tr("Select an SEU to see its load-duration curve."));
}

LoadDurationChart::~LoadDurationChart() = default;

void LoadDurationChart::showData(const SeuChartData &data)
{
    if (data.loadDuration.isEmpty()) {
        showMessage(tr("No readings are stored for %1.").arg(data.series.seu.name));
        return;
    }
    m_graph->setData(data.loadDuration.percentOfTime, data.loadDuration.powerKW, true);
    m_coveredHours = data.series.coverage.coveredHours;
    plot()->xAxis->setLabel(tr("%1: share of the %2 h with readings in which the power is "
                               "reached or exceeded (%)")
                                .arg(data.series.seu.name,
                                     QLocale().toString(m_coveredHours, 'f', 0)));
    dataShown();
    resetZoom();
}

void LoadDurationChart::clearData()
{
    m_graph->data()->clear();
    m_coveredHours = 0.0;
}

void LoadDurationChart::resetZoom()
{
    if (!hasData())
        return;
    bool found = false;
    const QCPRange values = m_graph->getValueRange(found);
    plot()->xAxis->setRange(0, 100);
    plot()->yAxis->setRange(0, std::max(values.upper, 1.0) * (1 + kValueHeadroom));
    plot()->replot();
}

std::optional<ChartReadout> LoadDurationChart::readoutAt(double percent) const
{
    if (!hasData() || percent < 0 || percent > 100)
        return std::nullopt;
    const auto data = m_graph->data();
    auto it = data->findBegin(percent, false);
    if (it == data->constEnd())
        return std::nullopt;
    if (it->key < percent && it + 1 != data->constEnd())
        ++it;   // the first point at or beyond the cursor
    const QLocale locale;
    const QString text = tr("≥ %1 kW during %2 % of the time\n(%3 h of %4 h)")
                             .arg(locale.toString(it->value, 'f', 1),
                                  locale.toString(it->key, 'f', 1),
                                  locale.toString(it->key / 100 * m_coveredHours, 'f', 0),
                                  locale.toString(m_coveredHours, 'f', 0));
    return ChartReadout{it->key, it->value, text};
}

} // namespace Enms
