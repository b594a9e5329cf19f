// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/performance/sitereview.h"

#include <QAbstractTableModel>
#include <QColor>

#include <array>

namespace Enms {

// How many SEU rows of a review fall under each ISO 50001 status, and how many have
// no expectation to be judged against.
struct ReviewStatusCounts {
    std::array<int, 4> byStatus{};      // indexed by Engine::IsoStatus
    int withoutBaseline = 0;

    int count(Engine::IsoStatus status) const { return byStatus[size_t(status)]; }
};

// The SEU rows of one site review as a table: energy, expectation, deviation, ISO
// status, cost, CO2 and data coverage per SEU, for the dashboard. Sorting belongs to a
// proxy that sorts on SortRole, which holds the raw numbers. The site totals are not a
// row of the table: totals() and totalsText() feed a footer instead.
class ReviewTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewTableModel)

public:
    enum Column {
        SeuColumn,
        CarrierColumn,
        EnergyColumn,
        ExpectedColumn,
        DeviationColumn,
        DeviationPercentColumn,
        StatusColumn,
        CostColumn,
        Co2Column,
        CoverageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,   // numbers as doubles; none when there is nothing
        SeuIdRole,                     // the SEU's id, on every column
        StatusCodeRole,                // "on_target", or empty without expectation
    };
    Q_ENUM(Role)

    explicit ReviewTableModel(QObject *parent = nullptr);

    void setReview(const SiteReview &review);
    void clear();
    const SiteReview &review() const { return m_review; }

    const Engine::PeriodPerformance &rowAt(int row) const
    {
        return m_review.seus[size_t(row)];
    }
    int rowOf(const QString &seuId) const;

    // The site totals of the review, the status counts and the footer line made of both.
    const SiteReviewTotals &totals() const { return m_review.totals; }
    ReviewStatusCounts statusCounts() const;
    QString totalsText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Requires attention": the words for a status, or "No baseline" for none.
    static QString statusName(const Engine::PeriodPerformance &row);
    static QString statusName(Engine::IsoStatus status);
    // The fill and the text colour of the status cell, invalid without expectation.
    static QColor statusBackground(const Engine::PeriodPerformance &row);
    static QColor statusForeground(const Engine::PeriodPerformance &row);

private:
    QVariant displayData(const Engine::PeriodPerformance &row, int column) const;
    QVariant sortData(const Engine::PeriodPerformance &row, int column) const;
    QString toolTip(const Engine::PeriodPerformance &row, int column) const;
    QString statusToolTip(const Engine::PeriodPerformance &row) const;
    QString headerToolTip(int section) const;
    QString expectationText(const Engine::PeriodPerformance &row) const;
    QString currency() const;

    SiteReview m_review;
};

} // namespace Enms
