// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/consumptionchart.h"

#include "models/charts/seuchartdata.h"
#include "models/energyseries.h"
#include "ui/charts/sitetimeticker.h"

#include <QActionGroup>
#include <QToolBar>
#include <QVBoxLayout>
#include <QLocale>

#include <cmath>
#include <limits>
#include "ui/charts/customplot.h"

namespace Enms {

namespace {

// The last point whose key is at or before `key`, end() when there is none: an
// interval is found by any instant inside it.
template <typename Data>
auto pointAtOrBefore(const QCPDataContainer<Data> &data, double key)
{
    auto it = data.findEnd(key, false);   // first point after the key
    return it == data.constBegin() ? data.constEnd() : it - 1;
}

// Room left above the highest value in view, as a share of the value range.
constexpr double kValueHeadroom = 0.08;
// The expected-energy mark over a daily bar covers this share of the day.
constexpr double kDailyMarkShare = 0.8;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const QColor kActualColor(31, 119, 180);
const QColor kDailyColor(44, 160, 44);
const QColor kExpectedColor(214, 39, 40);

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

    connect(m_intervalsAction, &QAction::triggered, this, [this] { setView(View::Intervals); });
    connect(m_dailyAction, &QAction::triggered, this, [this] { setView(View::DailyTotals); });
}

void ConsumptionChart::createPlot()
{
    m_plot = new QCustomPlot(this);
    m_interaction = new ChartInteraction(m_plot, m_toolBar);
    m_interaction->setZoomDirections(Qt::Horizontal);
    m_interaction->setResetZoom([this] { resetZoom(); });
    m_interaction->setReadout([this](double key, double) { return readoutAt(key); });
    m_interaction->setExportName(tr("consumption"));
    m_ticker->setTickCount(8);
    m_plot->xAxis->setTicker(m_ticker);
    m_plot->yAxis->grid()->setSubGridVisible(true);

    m_intervals = m_plot->addGraph();
    m_intervals->setPen(QPen(kActualColor, 1.0));
    m_intervals->setAdaptiveSampling(true);
    // Antialiasing a year of intervals (thousands of near-vertical segments at full
    // zoom-out) costs about four times as much as drawing them plain, for no visible gain.
    m_intervals->setAntialiased(false);
    m_intervals->setName(tr("Actual energy per interval"));

    m_daily = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_daily->setPen(Qt::NoPen);
    m_daily->setBrush(kDailyColor);
    m_daily->setWidthType(QCPBars::wtPlotCoords);
    m_daily->setName(tr("Actual energy per day"));

    // The baseline predicts days, not intervals: the interval view spreads each day's
    // expected energy evenly over the day, and the legend says so.
    m_expectedSteps = m_plot->addGraph();
    m_expectedSteps->setPen(QPen(kExpectedColor, 1.0));
    m_expectedSteps->setName(tr("Expected daily energy (accepted baseline), "
                                "spread evenly over the day"));
    m_expectedDaily = m_plot->addGraph();
    m_expectedDaily->setPen(QPen(kExpectedColor, 2.5));
    m_expectedDaily->setName(tr("Expected daily energy (accepted baseline)"));

    m_plot->legend->setVisible(false);
    m_plot->legend->setBrush(QColor(255, 255, 255, 220));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

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
    m_expectedSteps->data()->clear();
    m_expectedDaily->data()->clear();
    m_dayStarts = series.dayStartKeys;
    m_dayLengths = series.dayLengthSeconds;
    m_dayExpectedKWh.fill(kNaN, series.dayStartKeys.size());

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
    m_expectedSteps->data()->clear();
    m_expectedDaily->data()->clear();
    m_dayStarts.clear();
    m_hasData = false;
    updateLegend();
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
    m_expectedSteps->setVisible(view == View::Intervals);
    m_expectedDaily->setVisible(view == View::DailyTotals);
    updateTitles();
    updateLegend();
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
    QCPRange values = m_view == View::Intervals
                          ? m_intervals->getValueRange(found, QCP::sdBoth, keyRange)
                          : m_daily->getValueRange(found, QCP::sdBoth, keyRange);
    bool foundExpected = false;
    QCPGraph *expected = m_view == View::Intervals ? m_expectedSteps : m_expectedDaily;
    const QCPRange expectedValues = expected->getValueRange(foundExpected, QCP::sdBoth,
                                                            keyRange);
    if (foundExpected && found)
        values.expand(expectedValues);
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

void ConsumptionChart::showData(const SeuChartData &data)
{
    showSeries(data.series);
    if (!data.series.coverage.isEmpty())
        setExpected(data.expected, data.series);
}

void ConsumptionChart::setExpected(const ExpectedOverlay &expected, const EnergySeries &series)
{
    m_expectedSteps->setData(expected.stepKeys, expected.stepKWhPerInterval, true);

    // A short line over each bar, broken between days.
    QVector<double> keys;
    QVector<double> values;
    for (qsizetype day = 0; day < expected.dayKWh.size(); ++day) {
        if (std::isnan(expected.dayKWh[day]))
            continue;
        const double margin = series.dayLengthSeconds[day] * (1 - kDailyMarkShare) / 2;
        const double start = series.dayStartKeys[day];
        keys << start + margin << start + series.dayLengthSeconds[day] - margin
             << start + series.dayLengthSeconds[day] - margin / 2;
        values << expected.dayKWh[day] << expected.dayKWh[day] << kNaN;
    }
    m_expectedDaily->setData(keys, values, true);
    m_dayExpectedKWh = expected.dayKWh;

    updateLegend();
    updateValueAxis(m_plot->xAxis->range());
    m_plot->replot();
}

// Shown only while there is an expectation to explain: the actual series and the
// overlay of the current view.
void ConsumptionChart::updateLegend()
{
    const bool hasExpected = !m_expectedSteps->data()->isEmpty();
    m_plot->legend->clearItems();
    if (hasExpected && m_view == View::Intervals) {
        m_intervals->addToLegend();
        m_expectedSteps->addToLegend();
    } else if (hasExpected) {
        m_daily->addToLegend();
        m_expectedDaily->addToLegend();
    }
    m_plot->legend->setVisible(hasExpected && m_hasData);
}

std::optional<ChartReadout> ConsumptionChart::readoutAt(double key) const
{
    if (!m_hasData || m_dayStarts.isEmpty())
        return std::nullopt;
    if (m_view == View::Intervals) {
        const auto it = pointAtOrBefore(*m_intervals->data(), key);
        if (it == m_intervals->data()->constEnd() || std::isnan(it->value))
            return std::nullopt;
        return ChartReadout{it->key, it->value, intervalReadout(it->key)};
    }
    const auto day = std::upper_bound(m_dayStarts.begin(), m_dayStarts.end(), key)
                     - m_dayStarts.begin() - 1;
    if (day < 0 || key >= m_dayStarts[day] + m_dayLengths[day])
        return std::nullopt;
    const double centre = m_dayStarts[day] + m_dayLengths[day] / 2;
    const auto bar = m_daily->data()->findBegin(centre, false);
    return ChartReadout{centre, bar->value, dayReadout(centre)};
}

// "Wed 2026-03-04 14:15–14:30", the energy, its mean power and the day's expectation.
QString ConsumptionChart::intervalReadout(double key) const
{
    const QLocale locale;
    const auto it = pointAtOrBefore(*m_intervals->data(), key);
    const QDateTime start = m_ticker->localDateTime(it->key);
    const QDateTime end = m_ticker->localDateTime(it->key + m_intervalMinutes * 60);
    const double hours = m_intervalMinutes / 60.0;
    QString text = tr("%1 %2–%3\n%4 kWh (mean %5 kW)")
                       .arg(locale.toString(start.date(), QStringLiteral("ddd yyyy-MM-dd")),
                            start.time().toString(QStringLiteral("HH:mm")),
                            end.time().toString(QStringLiteral("HH:mm")),
                            locale.toString(it->value, 'f', 2),
                            locale.toString(it->value / hours, 'f', 1));
    const auto expected = pointAtOrBefore(*m_expectedSteps->data(), key);
    if (expected != m_expectedSteps->data()->constEnd() && !std::isnan(expected->value))
        text += tr("\nexpected %1 kWh (the day's expectation spread evenly)")
                    .arg(locale.toString(expected->value, 'f', 2));
    return text;
}

QString ConsumptionChart::dayReadout(double key) const
{
    const QLocale locale;
    const auto day = std::upper_bound(m_dayStarts.begin(), m_dayStarts.end(), key)
                     - m_dayStarts.begin() - 1;
    const QDate date = m_ticker->localDateTime(m_dayStarts[day]).date();
    const auto bar = m_daily->data()->findBegin(key, false);
    QString text = tr("%1\n%2 kWh")
                       .arg(locale.toString(date, QStringLiteral("ddd yyyy-MM-dd")),
                            locale.toString(bar->value, 'f', 1));
    if (day < m_dayExpectedKWh.size() && !std::isnan(m_dayExpectedKWh[day]))
        text += tr("\nexpected %1 kWh").arg(locale.toString(m_dayExpectedKWh[day], 'f', 1));
    return text;
}

} // namespace Enms
