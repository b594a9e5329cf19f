// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/chartinteraction.h"
#include "ui/charts/chartpanel.h"

#include <QDate>

class QCPColorMap;
class QCPColorScale;

namespace Enms {

// A carpet plot: one column per local date, one row per hour of the site's clock,
// colour = mean power of that hour. Night and weekend loads that should be off show
// as bands at a glance. Midnight is at the top; an hour the spring change skips is
// blank, the repeated autumn hour shows the mean of its two hours.
class CarpetChart final : public ChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarpetChart)

public:
    explicit CarpetChart(QWidget *parent = nullptr);
    ~CarpetChart() override;

    void showData(const SeuChartData &data) override;
    void resetZoom();

    QCPColorMap *colorMap() const { return m_map; }
    QCPColorScale *colorScale() const { return m_scale; }
    QDate firstDate() const { return m_firstDate; }

protected:
    void clearData() override;

private:
    std::optional<ChartReadout> readoutAt(double key, double value) const;

    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
    QDate m_firstDate;
    int m_dayCount = 0;
};

} // namespace Enms
