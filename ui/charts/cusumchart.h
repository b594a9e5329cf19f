// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/chartinteraction.h"
#include "ui/charts/chartpanel.h"

#include <QDate>
#include <QSharedPointer>
#include <QVector>

class QCPGraph;
class QCPRange;

namespace Enms {

class SiteTimeTicker;

// The cumulative sum of (actual − expected) daily energy against the SEU's accepted
// baseline, on the site's local time axis. A line that climbs means the SEU uses more
// than its baseline expects from its drivers; a change of slope dates the change.
class CusumChart final : public ChartPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CusumChart)

public:
    explicit CusumChart(QWidget *parent = nullptr);
    ~CusumChart() override;

    void showData(const SeuChartData &data) override;
    void resetZoom();

    QCPGraph *cusumGraph() const { return m_graph; }

protected:
    void clearData() override;

private:
    void updateValueAxis(const QCPRange &keyRange);
    std::optional<ChartReadout> readoutAt(double key) const;

    QCPGraph *m_graph = nullptr;
    QSharedPointer<SiteTimeTicker> m_ticker;
    QVector<QDate> m_dates;
    QVector<double> m_differenceKWh;
};

} // namespace Enms
