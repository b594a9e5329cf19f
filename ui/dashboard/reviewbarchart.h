// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QStringList>

#include <vector>

class QBarSet;

namespace Enms {

// One horizontal bar per category with a titled value axis, for the dashboard's
// "energy by SEU" and "savings by opportunity" charts. The first category is drawn at
// the top, hovering a bar shows its tooltip, and clicking one reports its index.
class ReviewBarChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewBarChart)

public:
    explicit ReviewBarChart(QWidget *parent = nullptr);

    // Replaces the bars. toolTips, when given, has one entry per bar. An empty chart
    // shows emptyText as its title instead of bars.
    void setBars(const QString &title, const QStringList &categories,
                 const std::vector<double> &values, const QString &valueAxisTitle,
                 const QStringList &toolTips = {});
    void clearBars(const QString &emptyText);

    // The bars shown now, in the order of the categories given.
    int barCount() const;
    double barValue(int index) const;
    QStringList categories() const { return m_categories; }
    // The bar set itself, nullptr when the chart is empty. It holds the bars bottom-up,
    // the last category first; categoryIndex() maps its index to a category.
    QBarSet *barSet() const { return m_bars; }
    int categoryIndex(int barIndex) const;

Q_SIGNALS:
    void barClicked(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void resetChart(const QString &title);
    void applyPaletteTheme();
    void showBarToolTip(bool hovered, int index);

    QBarSet *m_bars = nullptr;
    QStringList m_categories;
    QStringList m_toolTips;
};

} // namespace Enms
