// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/chartinteraction.h"

#include <QSharedPointer>
#include <QVector>
#include <QWidget>

#include <optional>

class QAction;
class QCPBars;
class QCPGraph;
class QCPItemText;
class QCPRange;
class QCustomPlot;
class QToolBar;

namespace Enms {

class ChartInteraction;
struct EnergySeries;
struct ExpectedOverlay;
struct SeuChartData;
class SiteTimeTicker;

// The consumption of one SEU over time: interval energy as a line, or daily totals as
// bars, on a time axis in the site's local time. Dragging pans and the wheel zooms the
// time axis; the energy axis follows the data in view. The main window feeds it the
// series of the SEU selected in the site tree; SeuChartsView adds the accepted
// baseline's expected energy as a second graph with a legend.
class ConsumptionChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsumptionChart)

public:
    enum class View { Intervals, DailyTotals };
    Q_ENUM(View)

    explicit ConsumptionChart(QWidget *parent = nullptr);
    ~ConsumptionChart() override;

    void showSeries(const EnergySeries &series);
    // The series with the accepted baseline's expected energy overlaid (when it has one).
    void showData(const SeuChartData &data);
    // Shows a hint instead of data (no SEU selected, no readings, an error).
    void showMessage(const QString &message);

    View view() const { return m_view; }
    void setView(View view);
    void resetZoom();

    QCustomPlot *plot() const { return m_plot; }
    QCPGraph *intervalGraph() const { return m_intervals; }
    QCPBars *dailyBars() const { return m_daily; }
    QCPGraph *expectedIntervalGraph() const { return m_expectedSteps; }
    QCPGraph *expectedDailyGraph() const { return m_expectedDaily; }
    ChartInteraction *interaction() const { return m_interaction; }
    SiteTimeTicker *ticker() const { return m_ticker.data(); }

signals:
    void viewChanged(Enms::ConsumptionChart::View view);

private:
    void createToolBar();
    void createPlot();
    void updateValueAxis(const QCPRange &keyRange);
    void updateTitles();
    void updateLegend();
    void setExpected(const ExpectedOverlay &expected, const EnergySeries &series);
    std::optional<ChartReadout> readoutAt(double key) const;
    QString intervalReadout(double key) const;
    QString dayReadout(double key) const;

    QToolBar *m_toolBar = nullptr;
    QAction *m_intervalsAction = nullptr;
    QAction *m_dailyAction = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPGraph *m_intervals = nullptr;
    QCPBars *m_daily = nullptr;
    QCPItemText *m_message = nullptr;
    QCPGraph *m_expectedSteps = nullptr;
    QCPGraph *m_expectedDaily = nullptr;
    ChartInteraction *m_interaction = nullptr;
    // Per local day, for the read-out: UTC start, length and expected kWh (NaN = none).
    QVector<double> m_dayStarts;
    QVector<double> m_dayLengths;
    QVector<double> m_dayExpectedKWh;
    QSharedPointer<SiteTimeTicker> m_ticker;
    View m_view = View::Intervals;
    int m_intervalMinutes = 15;
    bool m_hasData = false;
};

} // namespace Enms
