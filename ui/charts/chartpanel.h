// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCPItemText;
class QCustomPlot;
class QToolBar;

namespace Enms {

class ChartInteraction;
struct SeuChartData;

// The frame the SEU charts share: a tool bar over a QCustomPlot, the shared zoom,
// read-out and export behaviour, and a centred hint shown instead of data. Each chart
// fills the plot from the SeuChartData of one SEU.
class ChartPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    ~ChartPanel() override;

    virtual void showData(const SeuChartData &data) = 0;
    // Shows a hint instead of data (no SEU selected, no baseline, an error).
    void showMessage(const QString &message);

    QCustomPlot *plot() const { return m_plot; }
    QToolBar *toolBar() const { return m_toolBar; }
    ChartInteraction *interaction() const { return m_interaction; }
    bool hasData() const { return m_hasData; }
    QString message() const;

protected:
    explicit ChartPanel(QWidget *parent = nullptr);

    // Forget the data (the hint is about to show).
    virtual void clearData() = 0;
    // Call once the plot holds data: hides the hint and shows the tick labels.
    void dataShown();

private:
    QToolBar *m_toolBar = nullptr;
    QCustomPlot *m_plot = nullptr;
    ChartInteraction *m_interaction = nullptr;
    QCPItemText *m_message = nullptr;
    bool m_hasData = false;
};

} // namespace Enms
