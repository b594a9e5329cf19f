// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/charts/seuchartdata.h"
#include "ui/charts/chartinteraction.h"
#include "ui/charts/chartpanel.h"

#include <vector>

class QComboBox;
class QCPGraph;

namespace Enms {

// Daily energy against one relevant variable (production, degree days, ...), one point
// per day, with the model line of that view; a combo box in the tool bar picks the
// variable. The legend says which line it is: the accepted baseline itself, its partial
// line with the other drivers at their means, or a plain least-squares line when the
// SEU has no accepted baseline.
class DriverScatterChart final : public ChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriverScatterChart)

public:
    explicit DriverScatterChart(QWidget *parent = nullptr);
    ~DriverScatterChart() override;

    void showData(const SeuChartData &data) override;
    void showDriver(int index);
    void resetZoom();

    QComboBox *driverSelector() const { return m_selector; }
    QCPGraph *pointsGraph() const { return m_points; }
    QCPGraph *lineGraph() const { return m_line; }

    // A driver code as the axis and the selector name it, with its unit.
    static QString driverTitle(const QString &code);

protected:
    void clearData() override;

private:
    std::optional<ChartReadout> readoutAt(double key, double value) const;
    QString lineTitle(const DriverScatter &scatter) const;

    QComboBox *m_selector = nullptr;
    QCPGraph *m_points = nullptr;
    QCPGraph *m_line = nullptr;
    std::vector<DriverScatter> m_scatters;
    QString m_modelForm;
    int m_current = -1;
};

} // namespace Enms
