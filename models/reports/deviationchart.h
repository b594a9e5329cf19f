// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QString>

#include <vector>

namespace Enms {

struct SiteReview;

// The running sum of (measured − expected) energy of each SEU over the review window,
// one line per SEU with an expectation: a line that keeps rising shows an SEU using
// more than its baseline day after day, a falling one a lasting saving. Days without
// readings add nothing, so a meter gap is a flat stretch, not a step.
struct DeviationChart {
    QString title;
    QDate firstDate;
    QDate lastDate;
    struct Line {
        QString name;
        QColor color;
        std::vector<double> cumulativeKWh;   // at the end of each window day, in order
    };
    std::vector<Line> lines;

    bool isEmpty() const { return lines.empty(); }
};

// Builds and paints the deviation chart of the management review with QPainter, in
// the sizes and style of the review's bar charts (ReviewCharts).
class DeviationCharts final
{
    Q_DECLARE_TR_FUNCTIONS(DeviationCharts)

public:
    static constexpr int kHeightPx = 260;
    static constexpr int kMaxLines = 12;     // the SEUs with the largest final deviation

    static DeviationChart cumulativeDeviation(const SiteReview &review);
    // CSS pixels; the legend below the plot takes as many rows as the names need.
    static QSize sizePx(const DeviationChart &chart);
    static QImage render(const DeviationChart &chart);
};

} // namespace Enms
