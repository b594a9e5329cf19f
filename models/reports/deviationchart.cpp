// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/deviationchart.h"

#include "models/performance/sitereview.h"
#include "models/reports/chartstyle.h"
#include "models/reports/pagedreport.h"
#include "models/reports/reviewcharts.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <map>

namespace Enms {

using namespace Engine;

namespace {

constexpr int kFontPx = 10;
constexpr int kTitleHeightPx = 22;
constexpr int kAxisHeightPx = 18;
constexpr int kLegendRowPx = 18;
constexpr int kMarginPx = 6;
constexpr int kValueAxisPx = 58;       // room left of the plot for the kWh numbers
constexpr int kTickCount = 5;

struct Frame {
    QRectF plot;
    int days = 1;
    double low = 0.0;
    double high = 1.0;
    double step = 1.0;

    qreal x(int endOfDay) const { return plot.left() + plot.width() * endOfDay / days; }
    qreal y(double kWh) const
    {
        return plot.bottom() - plot.height() * (kWh - low) / (high - low);
    }
};

// The value axis always holds zero, and both ends fall on a tick.
Frame frameOf(const DeviationChart &chart, qreal plotHeight)
{
    Frame frame;
    frame.days = std::max<qint64>(1, chart.firstDate.daysTo(chart.lastDate) + 1);
    for (const DeviationChart::Line &line : chart.lines) {
        for (double value : line.cumulativeKWh) {
            frame.low = std::min(frame.low, value);
            frame.high = std::max(frame.high, value);
        }
    }
    frame.step = ChartStyle::tickStep(frame.high - frame.low, kTickCount);
    frame.low = std::floor(frame.low / frame.step) * frame.step;
    frame.high = std::max(frame.low + frame.step, std::ceil(frame.high / frame.step) * frame.step);
    frame.plot = QRectF(kMarginPx + kValueAxisPx, kTitleHeightPx,
                        ReviewCharts::kWidthPx - 2 * kMarginPx - kValueAxisPx, plotHeight);
    return frame;
}

void paintValueAxis(QPainter &painter, const Frame &frame)
{
    for (double value = frame.low; value <= frame.high + frame.step / 2; value += frame.step) {
        const qreal y = frame.y(value);
        const bool zero = std::abs(value) < frame.step / 2;
        painter.setPen(zero ? QPen(Qt::black, 1.2) : QPen(QColor(0xd0, 0xd0, 0xd0)));
        painter.drawLine(QPointF(frame.plot.left(), y), QPointF(frame.plot.right(), y));
        painter.setPen(Qt::black);
        const QString label = zero ? QStringLiteral("0") : ChartStyle::axisNumber(value);
        painter.drawText(QRectF(kMarginPx, y - 8, kValueAxisPx - 4, 16),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    }
}

// A tick for every day of a week, every seventh day of a month and every fourteenth
// of a quarter, each labelled with its date.
void paintDateAxis(QPainter &painter, const DeviationChart &chart, const Frame &frame)
{
    const int every = frame.days <= 10 ? 1 : frame.days <= 40 ? 7 : 14;
    for (int day = 0; day < frame.days; day += every) {
        const qreal x = frame.x(day);
        painter.setPen(QColor(0xd0, 0xd0, 0xd0));
        painter.drawLine(QPointF(x, frame.plot.top()), QPointF(x, frame.plot.bottom()));
        painter.setPen(Qt::black);
        const QString label = QLocale().toString(chart.firstDate.addDays(day),
                                                 QStringLiteral("d MMM"));
        // The first date starts at the axis, clear of the lowest kWh number.
        const QRectF box = day == 0
            ? QRectF(x, frame.plot.bottom() + 2, 80, kAxisHeightPx - 4)
            : QRectF(x - 40, frame.plot.bottom() + 2, 80, kAxisHeightPx - 4);
        painter.drawText(box, day == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter,
                         label);
    }
    painter.drawLine(frame.plot.bottomLeft(), frame.plot.topLeft());
}

// The palette's colours come round again after six lines; the second round is dashed.
QPen linePen(const DeviationChart &chart, const DeviationChart::Line &line)
{
    const size_t index = size_t(&line - chart.lines.data());
    QPen pen(line.color, 1.6);
    if (index >= ChartStyle::kPaletteSize)
        pen.setStyle(Qt::DashLine);
    return pen;
}

void paintLines(QPainter &painter, const DeviationChart &chart, const Frame &frame)
{
    painter.save();
    painter.setClipRect(frame.plot.adjusted(-2, -2, 2, 2));
    for (const DeviationChart::Line &line : chart.lines) {
        QPainterPath path(QPointF(frame.x(0), frame.y(0.0)));
        for (size_t day = 0; day < line.cumulativeKWh.size(); ++day)
            path.lineTo(frame.x(int(day) + 1), frame.y(line.cumulativeKWh[day]));
        painter.setPen(linePen(chart, line));
        painter.drawPath(path);
    }
    painter.restore();
}

// Each entry names the SEU and where its line ends, wrapped into rows.
QStringList legendEntries(const DeviationChart &chart)
{
    QStringList entries;
    for (const DeviationChart::Line &line : chart.lines) {
        const double last = line.cumulativeKWh.empty() ? 0.0 : line.cumulativeKWh.back();
        const QString sign = last > 0 ? QStringLiteral("+") : QString();
        entries.append(DeviationCharts::tr("%1 (%2%3 kWh)")
                           .arg(line.name, sign, ChartStyle::axisNumber(last)));
    }
    return entries;
}

int legendRows(const QStringList &entries, const QFontMetricsF &metrics)
{
    int rows = entries.isEmpty() ? 0 : 1;
    qreal x = kMarginPx;
    for (const QString &entry : entries) {
        const qreal width = 14 + metrics.horizontalAdvance(entry) + 16;
        if (x + width > ReviewCharts::kWidthPx && x > kMarginPx) {
            ++rows;
            x = kMarginPx;
        }
        x += width;
    }
    return rows;
}

void paintLegend(QPainter &painter, const DeviationChart &chart, const QStringList &entries,
                 qreal top)
{
    const QFontMetricsF metrics(painter.font());
    qreal x = kMarginPx;
    for (int i = 0; i < entries.size(); ++i) {
        const qreal width = 14 + metrics.horizontalAdvance(entries[i]) + 16;
        if (x + width > ReviewCharts::kWidthPx && x > kMarginPx) {
            top += kLegendRowPx;
            x = kMarginPx;
        }
        painter.setPen(linePen(chart, chart.lines[size_t(i)]));
        painter.drawLine(QPointF(x, top + 8.5), QPointF(x + 11, top + 8.5));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x + 14, top, width, kLegendRowPx),
                         Qt::AlignLeft | Qt::AlignVCenter, entries[i]);
        x += width;
    }
}

} // namespace

DeviationChart DeviationCharts::cumulativeDeviation(const SiteReview &review)
{
    DeviationChart chart;
    chart.title = tr("Cumulative deviation from the expected energy (kWh); rising = more "
                     "than expected");
    chart.firstDate = review.firstDate;
    chart.lastDate = review.lastDate;

    for (const PeriodPerformance &seu : review.seus) {
        // A thirty-day mean expects the same of a Sunday as of a Monday; its running
        // sum would draw the week, not a change. Only models are summed.
        if (!seu.hasExpected() || seu.baselineSource != BaselineSource::AcceptedBaseline)
            continue;
        std::map<QDate, double> deviationOf;
        for (const DayComparison &day : seu.days)
            deviationOf[day.date] = day.actualKWh - day.expectedKWh;
        DeviationChart::Line line{seu.seuName, {}, {}};
        double sum = 0.0;
        for (QDate date = review.firstDate; date <= review.lastDate; date = date.addDays(1)) {
            const auto found = deviationOf.find(date);
            sum += found == deviationOf.end() ? 0.0 : found->second;
            line.cumulativeKWh.push_back(sum);
        }
        chart.lines.push_back(std::move(line));
    }

    // The largest deviations either way are the ones a reader must see.
    std::stable_sort(chart.lines.begin(), chart.lines.end(),
                     [](const DeviationChart::Line &a, const DeviationChart::Line &b) {
                         return std::abs(a.cumulativeKWh.back()) > std::abs(b.cumulativeKWh.back());
                     });
    if (chart.lines.size() > size_t(kMaxLines)) {
        chart.title = tr("%1 (the %2 largest of %3)")
                          .arg(chart.title)
                          .arg(kMaxLines)
                          .arg(chart.lines.size());
        chart.lines.resize(size_t(kMaxLines));
    }
    for (size_t i = 0; i < chart.lines.size(); ++i)
        chart.lines[i].color = ChartStyle::paletteColor(i);
    return chart;
}

QSize DeviationCharts::sizePx(const DeviationChart &chart)
{
    const QFont font = PagedReport::printFont(kFontPx);
    const int rows = legendRows(legendEntries(chart), QFontMetricsF(font));
    return QSize(ReviewCharts::kWidthPx, kHeightPx + rows * kLegendRowPx + kMarginPx);
}

QImage DeviationCharts::render(const DeviationChart &chart)
{
    const QFont font = PagedReport::printFont(kFontPx);
    const QStringList entries = legendEntries(chart);
    const int plotHeight = kHeightPx - kTitleHeightPx - kAxisHeightPx;
    const QSize size = sizePx(chart);

    QImage image(size * ReviewCharts::kPixelRatio, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(ReviewCharts::kPixelRatio, ReviewCharts::kPixelRatio);

    painter.setFont(PagedReport::printFont(kFontPx + 1, true));
    painter.drawText(QRectF(kMarginPx, 0, size.width() - 2 * kMarginPx, kTitleHeightPx),
                     Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    painter.setFont(font);
    const Frame frame = frameOf(chart, plotHeight);
    paintValueAxis(painter, frame);
    paintDateAxis(painter, chart, frame);
    paintLines(painter, chart, frame);
    paintLegend(painter, chart, entries, frame.plot.bottom() + kAxisHeightPx);
    return image;
}

} // namespace Enms
