// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/chartinteraction.h"
#include "ui/charts/chartpanel.h"

class QCPGraph;

namespace Enms {

// The load-duration curve: every interval's mean power sorted from the highest down,
// against the share of the time it is reached or exceeded. A long flat tail is the
// base load that runs around the clock.
class LoadDurationChart final : public ChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadDurationChart)

public:
    explicit LoadDurationChart(QWidget *parent = nullptr);
    ~LoadDurationChart() override;

    void showData(const SeuChartData &data) override;
    void resetZoom();

    QCPGraph *curveGraph() const { return m_graph; }

protected:
    void clearData() override;

private:
    std::optional<ChartReadout> readoutAt(double percent) const;

    QCPGraph *m_graph = nullptr;
    double m_coveredHours = 0.0;
};

} // namespace Enms
