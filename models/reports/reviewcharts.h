// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>

#include <vector>

namespace Enms {

struct SiteReview;

// A horizontal bar chart: one bar per row, each bar made of one segment per series
// (stacked left to right), a value axis with gridlines and a legend of the series.
struct BarChart {
    QString title;
    QStringList seriesNames;
    std::vector<QColor> seriesColors;   // one per series
    struct Bar {
        QString label;
        std::vector<double> values;     // one per series, 0 or more
        double total() const;
    };
    std::vector<Bar> bars;
};

// The charts of the management review, painted with QPainter into images the report
// embeds (the models layer has no chart widgets). Sizes are CSS pixels; the images
// have `kPixelRatio` device pixels per CSS pixel so that they stay sharp on paper.
class ReviewCharts final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCharts)

public:
    static constexpr int kWidthPx = 640;
    static constexpr int kPixelRatio = 3;
    static constexpr int kMaxBars = 20;   // the largest bars; the title says so

    // Energy of each SEU in the window, coloured by carrier.
    static BarChart energyBySeu(const SiteReview &review);
    // Savings of the opportunities per SEU, stacked by issue type. No bars without
    // opportunities.
    static BarChart savingsBySeu(const SiteReview &review);

    static int heightPx(const BarChart &chart);
    static QImage render(const BarChart &chart);
};

} // namespace Enms
