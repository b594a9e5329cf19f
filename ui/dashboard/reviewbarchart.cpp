// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/reviewbarchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace Enms {

namespace {

constexpr double kWidestBar = 0.7;              // share of a category's band
constexpr double kBarWidthPerCategory = 0.12;

} // namespace

ReviewBarChart::ReviewBarChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 220);
    resetChart({});
}

void ReviewBarChart::clearBars(const QString &emptyText)
{
    resetChart(emptyText);
}

void ReviewBarChart::setBars(const QString &title, const QStringList &categories,
                             const std::vector<double> &values, const QString &valueAxisTitle,
                             const QStringList &toolTips)
{
    Q_ASSERT(categories.size() == qsizetype(values.size()));
    resetChart(title);
    m_categories = categories;
    m_toolTips = toolTips;

    // A vertical category axis runs bottom-up, so the bars go in last first to put the
    // first category on top (QAbstractAxis::setReverse has no effect on bar categories).
    m_bars = new QBarSet(title);
    for (auto value = values.rbegin(); value != values.rend(); ++value)
        m_bars->append(*value);
    connect(m_bars, &QBarSet::clicked, this,
            [this](int barIndex) { Q_EMIT barClicked(categoryIndex(barIndex)); });
    connect(m_bars, &QBarSet::hovered, this, [this](bool hovered, int barIndex) {
        showBarToolTip(hovered, categoryIndex(barIndex));
    });

    auto *series = new QHorizontalBarSeries;
    series->append(m_bars);
    // Bars of a similar thickness whether a site has two SEUs or twelve.
    series->setBarWidth(std::min(kWidestBar, kBarWidthPerCategory * double(values.size())));
    chart()->addSeries(series);

    QStringList bottomUp = categories;
    std::reverse(bottomUp.begin(), bottomUp.end());
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(bottomUp);
    categoryAxis->setTruncateLabels(false);   // SEU names are what the chart is read by
    chart()->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);

    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(valueAxisTitle);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    const auto largestValue = std::max_element(values.begin(), values.end());
    const double largest = largestValue == values.end() ? 0.0 : *largestValue;
    valueAxis->setRange(0.0, largest > 0 ? largest * 1.05 : 1.0);
    valueAxis->applyNiceNumbers();
    chart()->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
}

// A fresh chart per result: removing series and axes one by one from a live chart is
// easy to get wrong, and a dashboard shows a handful of bars.
void ReviewBarChart::resetChart(const QString &title)
{
    m_bars = nullptr;
    m_categories.clear();
    m_toolTips.clear();

    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);   // axis labels with the locale's separators
    setChart(chart);   // the view deletes the chart it showed before
    applyPaletteTheme();
}

// Follows the application palette, so the chart is not a white block on a dark desktop.
void ReviewBarChart::applyPaletteTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->legend()->hide();
}

int ReviewBarChart::barCount() const
{
    return m_bars ? int(m_bars->count()) : 0;
}

double ReviewBarChart::barValue(int index) const
{
    return m_bars ? m_bars->at(categoryIndex(index)) : 0.0;
}

// Bars are stored bottom-up: bar i shows category n-1-i, and the other way round.
int ReviewBarChart::categoryIndex(int barIndex) const
{
    return barCount() - 1 - barIndex;
}

void ReviewBarChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPaletteTheme();
}

void ReviewBarChart::showBarToolTip(bool hovered, int index)
{
    if (!hovered || index < 0 || index >= m_toolTips.size()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), m_toolTips.at(index), this);
}

} // namespace Enms
