// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/reviewcharts.h"

#include "models/performance/opportunitytablemodel.h"
#include "models/performance/sitereview.h"
#include "models/reports/chartstyle.h"
#include "models/reports/pagedreport.h"
#include "models/sitetreemodel.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <map>

namespace Enms {

using namespace Engine;

namespace {

constexpr int kFontPx = 10;
constexpr int kTitleHeightPx = 22;
constexpr int kBarHeightPx = 18;
constexpr int kBarGapPx = 4;
constexpr int kAxisHeightPx = 18;
constexpr int kLegendHeightPx = 20;
constexpr int kMarginPx = 6;
constexpr int kValueLabelPx = 70;     // room right of the longest bar for its number
constexpr int kTickCount = 5;

using ChartStyle::axisNumber;
using ChartStyle::paletteColor;

double tickStep(double maximum)
{
    return ChartStyle::tickStep(maximum, kTickCount);
}

// Keeps the largest bars, largest first, and says in the title how many were left out.
void keepLargest(BarChart &chart)
{
    std::stable_sort(chart.bars.begin(), chart.bars.end(),
                     [](const BarChart::Bar &a, const BarChart::Bar &b) {
                         return a.total() > b.total();
                     });
    if (chart.bars.size() <= size_t(ReviewCharts::kMaxBars))
        return;
    chart.title = ReviewCharts::tr("%1 (the %2 largest of %3)")
                      .arg(chart.title)
                      .arg(ReviewCharts::kMaxBars)
                      .arg(chart.bars.size());
    chart.bars.resize(size_t(ReviewCharts::kMaxBars));
}

struct ChartFrame {
    QRectF labels;       // SEU names, right aligned
    QRectF plot;         // bars and gridlines
    qreal maximum = 1.0;
    double step = 1.0;
};

ChartFrame frameOf(const BarChart &chart, const QFontMetricsF &metrics)
{
    qreal labelWidth = 0;
    double maximum = 0;
    for (const BarChart::Bar &bar : chart.bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
        maximum = std::max(maximum, bar.total());
    }
    labelWidth = std::min(labelWidth + 8, ReviewCharts::kWidthPx * 0.3);

    ChartFrame frame;
    const qreal top = kTitleHeightPx;
    const qreal height = chart.bars.size() * (kBarHeightPx + kBarGapPx);
    frame.labels = QRectF(kMarginPx, top, labelWidth, height);
    frame.plot = QRectF(frame.labels.right() + 4, top,
                        ReviewCharts::kWidthPx - frame.labels.right() - 4 - kValueLabelPx,
                        height);
    frame.step = maximum > 0 ? tickStep(maximum) : 1.0;
    frame.maximum = std::max(1.0, std::ceil(maximum / frame.step) * frame.step);
    return frame;
}

// The unit is in the chart's title; the axis carries numbers only.
void paintAxis(QPainter &painter, const ChartFrame &frame)
{
    painter.setPen(QColor(0xd0, 0xd0, 0xd0));
    const QRectF &plot = frame.plot;
    for (double value = 0; value <= frame.maximum + frame.step / 2; value += frame.step) {
        const qreal x = plot.left() + plot.width() * value / frame.maximum;
        painter.setPen(QColor(0xd0, 0xd0, 0xd0));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(Qt::black);
        const QRectF tick(x - 40, plot.bottom() + 2, 80, kAxisHeightPx - 4);
        painter.drawText(tick, Qt::AlignCenter, axisNumber(value));
    }
}

void paintBars(QPainter &painter, const BarChart &chart, const ChartFrame &frame)
{
    const QFontMetricsF metrics(painter.font());
    qreal y = frame.plot.top() + kBarGapPx / 2.0;
    for (const BarChart::Bar &bar : chart.bars) {
        const QRectF label(frame.labels.left(), y, frame.labels.width() - 6, kBarHeightPx);
        painter.setPen(Qt::black);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideMiddle, label.width()));

        qreal x = frame.plot.left();
        for (size_t series = 0; series < bar.values.size(); ++series) {
            const qreal width = frame.plot.width() * bar.values[series] / frame.maximum;
            painter.fillRect(QRectF(x, y, width, kBarHeightPx), chart.seriesColors[series]);
            x += width;
        }
        const QRectF value(x + 4, y, kValueLabelPx + frame.plot.right() - x, kBarHeightPx);
        painter.drawText(value, Qt::AlignLeft | Qt::AlignVCenter, axisNumber(bar.total()));
        y += kBarHeightPx + kBarGapPx;
    }
}

void paintLegend(QPainter &painter, const BarChart &chart, qreal top)
{
    const QFontMetricsF metrics(painter.font());
    qreal x = kMarginPx;
    for (int series = 0; series < chart.seriesNames.size(); ++series) {
        const QRectF swatch(x, top + 5, 10, 10);
        painter.fillRect(swatch, chart.seriesColors[size_t(series)]);
        const QString &name = chart.seriesNames[series];
        const qreal width = metrics.horizontalAdvance(name);
        painter.drawText(QRectF(x + 14, top, width + 2, kLegendHeightPx),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
        x += 14 + width + 16;
    }
}

} // namespace

double BarChart::Bar::total() const
{
    double sum = 0;
    for (double value : values)
        sum += value;
    return sum;
}

BarChart ReviewCharts::energyBySeu(const SiteReview &review)
{
    BarChart chart;
    chart.title = tr("Energy by significant energy use (kWh)");

    // One series per carrier that occurs, in carrier order; each carrier keeps its
    // colour from report to report.
    std::map<EnergyCarrier, size_t> seriesOf;
    for (const PeriodPerformance &seu : review.seus)
        seriesOf[seu.carrier] = 0;
    for (auto &[carrier, series] : seriesOf) {
        series = size_t(chart.seriesNames.size());
        chart.seriesNames.append(SiteTreeModel::carrierName(carrier));
        chart.seriesColors.push_back(paletteColor(size_t(carrier)));
    }
    for (const PeriodPerformance &seu : review.seus) {
        BarChart::Bar bar{seu.seuName, std::vector<double>(seriesOf.size(), 0.0)};
        bar.values[seriesOf[seu.carrier]] = std::max(0.0, seu.actualKWh);
        chart.bars.push_back(std::move(bar));
    }
    keepLargest(chart);
    return chart;
}

BarChart ReviewCharts::savingsBySeu(const SiteReview &review)
{
    BarChart chart;
    chart.title = tr("Opportunity savings by significant energy use and issue type (%1)")
                      .arg(review.site.currency);

    std::map<IssueType, size_t> seriesOf;
    std::map<QString, size_t> barOf;
    for (const Opportunity &found : review.opportunities.opportunities) {
        if (!seriesOf.count(found.type)) {
            seriesOf[found.type] = size_t(chart.seriesNames.size());
            chart.seriesNames.append(OpportunityTableModel::issueTypeLabel(found.type));
            chart.seriesColors.push_back(paletteColor(seriesOf.size() + 2));
        }
        if (!barOf.count(found.seuId)) {
            barOf[found.seuId] = chart.bars.size();
            chart.bars.push_back({found.seuName, {}});
        }
    }
    for (BarChart::Bar &bar : chart.bars)
        bar.values.assign(seriesOf.size(), 0.0);
    for (const Opportunity &found : review.opportunities.opportunities)
        chart.bars[barOf[found.seuId]].values[seriesOf[found.type]] += found.savingsCost;
    keepLargest(chart);
    return chart;
}

int ReviewCharts::heightPx(const BarChart &chart)
{
    const int bars = int(chart.bars.size()) * (kBarHeightPx + kBarGapPx);
    return kTitleHeightPx + bars + kAxisHeightPx + kLegendHeightPx + kMarginPx;
}

QImage ReviewCharts::render(const BarChart &chart)
{
    QImage image(QSize(kWidthPx, heightPx(chart)) * kPixelRatio, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(kPixelRatio, kPixelRatio);

    painter.setFont(PagedReport::printFont(kFontPx + 1, true));
    painter.drawText(QRectF(kMarginPx, 0, kWidthPx - 2 * kMarginPx, kTitleHeightPx),
                     Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    painter.setFont(PagedReport::printFont(kFontPx));
    const ChartFrame frame = frameOf(chart, QFontMetricsF(painter.font()));
    paintAxis(painter, frame);
    paintBars(painter, chart, frame);
    painter.setPen(Qt::black);
    painter.drawLine(frame.plot.bottomLeft(), frame.plot.topLeft());
    paintLegend(painter, chart, frame.plot.bottom() + kAxisHeightPx);
    return image;
}

} // namespace Enms
