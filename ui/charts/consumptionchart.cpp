// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/consumptionchart.h"

#include "models/energyseries.h"
#include "ui/charts/sitetimeticker.h"

#include <QActionGroup>
#include <QToolBar>
#include <QVBoxLayout>
#include "ui/charts/customplot.h"

namespace Enms {

namespace {

// Room left above the highest value in view, as a share of the value range.
constexpr double kValueHeadroom = 0.08;

} // namespace

ConsumptionChart::ConsumptionChart(QWidget *parent)
    : QWidget(parent)
    , m_ticker(new SiteTimeTicker(QTimeZone::utc()))
{
    createToolBar();
    createPlot();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_plot, 1);

    setView(View::Intervals);
    showMessage(tr("Select an SEU in the tree to see its consumption."));
}

ConsumptionChart::~ConsumptionChart() = default;

void ConsumptionChart::createToolBar()
{
    m_toolBar = new QToolBar(tr("Chart"), this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *group = new QActionGroup(this);
    m_intervalsAction = m_toolBar->addAction(tr("&Intervals"));
    m_intervalsAction->setToolTip(tr("Energy of each metering interval"));
    m_dailyAction = m_toolBar->addAction(tr("&Daily totals"));
    m_dailyAction->setToolTip(tr("Energy of each day on the site's calendar"));
    for (QAction *action : {m_intervalsAction, m_dailyAction}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    m_toolBar->addSeparator();
    QAction *reset = m_toolBar->addAction(tr("&Reset zoom"));
    reset->setToolTip(tr("Show the whole series"));

    connect(m_intervalsAction, &QAction::triggered, this, [this] { setView(View::Intervals); });
    connect(m_dailyAction, &QAction::triggered, this, [this] { setView(View::DailyTotals); });
    connect(reset, &QAction::triggered, this, &ConsumptionChart::resetZoom);
}

void ConsumptionChart::createPlot()
{
    m_plot = new QCustomPlot(this);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_ticker->setTickCount(8);
    m_plot->xAxis->setTicker(m_ticker);
    m_plot->yAxis->grid()->setSubGridVisible(true);

    m_intervals = m_plot->addGraph();
    m_intervals->setPen(QPen(QColor(31, 119, 180), 1.0));
    m_intervals->setAdaptiveSampling(true);

    m_daily = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_daily->setPen(Qt::NoPen);
    m_daily->setBrush(QColor(44, 160, 44));
    m_daily->setWidthType(QCPBars::wtPlotCoords);

    m_message = new QCPItemText(m_plot);
    m_message->setPositionAlignment(Qt::AlignCenter);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.5);
    m_message->setColor(palette().color(QPalette::PlaceholderText));

    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            &ConsumptionChart::updateValueAxis);
}

void ConsumptionChart::showSeries(const EnergySeries &series)
{
    if (series.coverage.isEmpty()) {
        showMessage(tr("No readings are stored for %1.").arg(series.seu.name));
        return;
    }

    m_ticker->setTimeZone(QTimeZone(series.site.timeZoneId.toUtf8()));
    m_intervals->setData(series.intervalKeys, series.intervalKWh, true);

    // A bar covers its local day: centred on the day's middle, as wide as the day.
    QVector<double> centres;
    centres.reserve(series.dayStartKeys.size());
    for (qsizetype day = 0; day < series.dayStartKeys.size(); ++day)
        centres.append(series.dayStartKeys[day] + series.dayLengthSeconds[day] / 2);
    m_daily->setData(centres, series.dayKWh, true);
    m_daily->setWidth(0.8 * double(Engine::kSecondsPerDay));

    m_intervalMinutes = series.intervalSeconds / 60;
    m_plot->xAxis->setLabel(tr("%1 (%2 time)").arg(series.seu.name, series.site.timeZoneId));
    m_message->setVisible(false);
    m_plot->xAxis->setTickLabels(true);
    m_plot->yAxis->setTickLabels(true);
    m_hasData = true;
    setView(m_view);
    resetZoom();
}

void ConsumptionChart::showMessage(const QString &message)
{
    m_intervals->data()->clear();
    m_daily->data()->clear();
    m_hasData = false;
    m_message->setText(message);
    m_message->setVisible(true);
    m_plot->xAxis->setLabel({});
    m_plot->xAxis->setTickLabels(false);   // an empty axis would show 1970
    m_plot->yAxis->setTickLabels(false);
    m_plot->xAxis->setRange(0, 1);
    m_plot->yAxis->setRange(0, 1);
    m_plot->replot();
}

void ConsumptionChart::setView(View view)
{
    m_view = view;
    m_intervalsAction->setChecked(view == View::Intervals);
    m_dailyAction->setChecked(view == View::DailyTotals);
    m_intervals->setVisible(view == View::Intervals);
    m_daily->setVisible(view == View::DailyTotals);
    updateTitles();
    updateValueAxis(m_plot->xAxis->range());
    m_plot->replot();
    emit viewChanged(view);
}

void ConsumptionChart::resetZoom()
{
    if (!m_hasData)
        return;
    bool found = false;
    QCPRange keys = m_intervals->getKeyRange(found);
    bool foundDays = false;
    const QCPRange days = m_daily->getKeyRange(foundDays);
    if (foundDays)
        keys.expand(days);
    m_plot->xAxis->setRange(keys);
    m_plot->replot();
}

// The energy axis always starts at zero and ends just above the highest value in view.
void ConsumptionChart::updateValueAxis(const QCPRange &keyRange)
{
    if (!m_hasData)
        return;
    bool found = false;
    const QCPRange values = m_view == View::Intervals
                                ? m_intervals->getValueRange(found, QCP::sdBoth, keyRange)
                                : m_daily->getValueRange(found, QCP::sdBoth, keyRange);
    const double upper = found && values.upper > 0 ? values.upper * (1 + kValueHeadroom) : 1.0;
    m_plot->yAxis->setRange(0, upper);
}

void ConsumptionChart::updateTitles()
{
    if (m_view == View::Intervals)
        m_plot->yAxis->setLabel(tr("Energy per %n min (kWh)", nullptr, m_intervalMinutes));
    else
        m_plot->yAxis->setLabel(tr("Energy per day (kWh)"));
}

} // namespace Enms
