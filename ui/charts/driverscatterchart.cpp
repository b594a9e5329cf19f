// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/driverscatterchart.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QToolBar>
#include "ui/charts/customplot.h"

#include <algorithm>
#include <cmath>

namespace Enms {

namespace {

constexpr double kMargin = 0.06;   // share of each span left around the points
constexpr double kPickRadiusPx = 12.0;
const QColor kPointColor(31, 119, 180, 150);
const QColor kLineColor(214, 39, 40);

QCPRange paddedRange(const QVector<double> &values, double floor)
{
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    const double lower = std::min(*low, floor);
    const double span = std::max(*high - lower, 1.0);
    // Non-negative data start at the floor itself, not in an empty negative band.
    const double start = *low >= floor ? floor : lower - span * kMargin;
    return QCPRange(start, *high + span * kMargin);
}

} // namespace

DriverScatterChart::DriverScatterChart(QWidget *parent)
    : ChartPanel(parent)
{
    m_selector = new QComboBox(this);
    m_selector->setToolTip(tr("The relevant variable on the horizontal axis"));
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *label = new QLabel(tr("Variable:"), this);
    label->setBuddy(m_selector);
    QAction *reset = interaction()->resetAction();
    toolBar()->insertWidget(reset, label);
    toolBar()->insertWidget(reset, m_selector);
    toolBar()->insertSeparator(reset);

    QCustomPlot *plot = this->plot();
    plot->yAxis->setLabel(tr("Energy per day (kWh, scaled to 24 h)"));
    m_points = plot->addGraph();
    m_points->setLineStyle(QCPGraph::lsNone);
    m_points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kPointColor, 6));
    m_points->setName(tr("Days"));
    m_line = plot->addGraph();
    m_line->setPen(QPen(kLineColor, 2.0));
    plot->legend->setVisible(true);
    plot->legend->setBrush(QColor(255, 255, 255, 220));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    interaction()->setZoomDirections(Qt::Horizontal | Qt::Vertical);
    interaction()->setResetZoom([this] { resetZoom(); });
    interaction()->setReadout([this](double key, double value) { return readoutAt(key, value); });
    interaction()->setExportName(tr("energy-vs-driver"));
    connect(m_selector, qOverload<int>(&QComboBox::activated), this,
            &DriverScatterChart::showDriver);
    showMessage(tr("Select an SEU to see its energy against its drivers."));
}

DriverScatterChart::~DriverScatterChart() = default;

QString DriverScatterChart::driverTitle(const QString &code)
{
    if (code == QLatin1String("production"))
        return tr("Production (units per day)");
    if (code == QLatin1String("hdd"))
        return tr("Heating degree days (K·d, base 18 °C)");
    if (code == QLatin1String("cdd"))
        return tr("Cooling degree days (K·d, base 18 °C)");
    if (code == QLatin1String("temperature"))
        return tr("Mean outdoor temperature (°C)");
    if (code == QLatin1String("weekend"))
        return tr("Weekend day (0 = no, 1 = yes)");
    if (code == QLatin1String("operating_hours"))
        return tr("Operating hours (h)");
    return code;
}

void DriverScatterChart::showData(const SeuChartData &data)
{
    m_scatters = data.scatters;
    m_modelForm = data.expected.modelForm;
    m_selector->clear();
    for (const DriverScatter &scatter : m_scatters)
        m_selector->addItem(driverTitle(scatter.driver), scatter.driver);
    m_selector->setEnabled(m_scatters.size() > 1);
    if (m_scatters.empty() || m_scatters.front().dates.isEmpty()) {
        showMessage(tr("No days of %1 have both energy and relevant variables.")
                        .arg(data.series.seu.name));
        return;
    }
    showDriver(0);
}

void DriverScatterChart::showDriver(int index)
{
    if (index < 0 || index >= int(m_scatters.size()))
        return;
    m_current = index;
    m_selector->setCurrentIndex(index);
    const DriverScatter &scatter = m_scatters[size_t(index)];
    m_points->setData(scatter.driverValues, scatter.energyKWh);
    m_line->setData(scatter.lineX, scatter.lineY, true);
    m_line->setName(lineTitle(scatter));
    m_line->setVisible(scatter.line != DriverScatter::Line::None);
    m_line->removeFromLegend();
    if (m_line->visible())
        m_line->addToLegend();
    plot()->xAxis->setLabel(driverTitle(scatter.driver));
    dataShown();
    resetZoom();
}

QString DriverScatterChart::lineTitle(const DriverScatter &scatter) const
{
    switch (scatter.line) {
    case DriverScatter::Line::Model:
        return tr("Accepted baseline (%1 model)").arg(m_modelForm.toUpper());
    case DriverScatter::Line::PartialModel:
        return tr("Accepted baseline, other drivers held at their means");
    case DriverScatter::Line::LeastSquares:
        return tr("Least-squares line (no accepted baseline)");
    case DriverScatter::Line::None:
        break;
    }
    return {};
}

void DriverScatterChart::clearData()
{
    m_points->data()->clear();
    m_line->data()->clear();
    m_line->removeFromLegend();
    m_current = -1;
    plot()->xAxis->setLabel({});
}

void DriverScatterChart::resetZoom()
{
    if (!hasData() || m_current < 0)
        return;
    const DriverScatter &scatter = m_scatters[size_t(m_current)];
    plot()->xAxis->setRange(paddedRange(scatter.driverValues, 0.0));
    plot()->yAxis->setRange(paddedRange(scatter.energyKWh, 0.0));
    plot()->replot();
}

// The point nearest the cursor on screen, if it lies within a few pixels.
std::optional<ChartReadout> DriverScatterChart::readoutAt(double key, double value) const
{
    if (!hasData() || m_current < 0)
        return std::nullopt;
    const DriverScatter &scatter = m_scatters[size_t(m_current)];
    const QPointF cursor(plot()->xAxis->coordToPixel(key), plot()->yAxis->coordToPixel(value));
    int nearest = -1;
    double nearestDistance = kPickRadiusPx;
    for (int i = 0; i < scatter.dates.size(); ++i) {
        const QPointF point(plot()->xAxis->coordToPixel(scatter.driverValues[i]),
                            plot()->yAxis->coordToPixel(scatter.energyKWh[i]));
        const double distance = QLineF(point, cursor).length();
        if (distance < nearestDistance) {
            nearestDistance = distance;
            nearest = i;
        }
    }
    if (nearest < 0)
        return std::nullopt;

    const QLocale locale;
    const QString text = tr("%1\n%2: %3\n%4 kWh")
                             .arg(locale.toString(scatter.dates[nearest],
                                                  QStringLiteral("ddd yyyy-MM-dd")),
                                  driverTitle(scatter.driver),
                                  locale.toString(scatter.driverValues[nearest], 'f', 1),
                                  locale.toString(scatter.energyKWh[nearest], 'f', 1));
    return ChartReadout{scatter.driverValues[nearest], scatter.energyKWh[nearest], text};
}

} // namespace Enms
