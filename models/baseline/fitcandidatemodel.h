// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/baseline/baselineservice.h"

#include <QAbstractTableModel>

#include <vector>

namespace Enms {

// Every model a baseline fit tried, best first: the chosen one, then the other valid
// ones, then those the rule set rejected, each by adjusted R², and last the ones that
// could not be fitted. Each row says in words why a model is not valid, so the fit
// dialog shows why one model won, and why none did when no row is valid.
class FitCandidateModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FitCandidateModel)

public:
    enum Column {
        ModelColumn,
        VerdictColumn,
        AdjRSquaredColumn,
        RSquaredColumn,
        CvRmseColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ValueRole = Qt::UserRole + 1,   // raw statistics; none where "—" is shown
        ChosenRole,                      // true on every column of the chosen model
        ValidRole,
    };
    Q_ENUM(Role)

    struct Candidate {
        QString model;                  // in words
        bool fitted = false;
        bool valid = false;
        bool chosen = false;
        double rSquared = 0.0;
        double adjRSquared = 0.0;
        double cvRmse = 0.0;
        QString reasons;                // why it is not valid; empty when valid
    };

    explicit FitCandidateModel(QObject *parent = nullptr);

    void setReport(const BaselineFitReport &report);
    void clear();

    const std::vector<Candidate> &candidates() const { return m_candidates; }
    int validCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static std::vector<Candidate> linearCandidates(const BaselineFitReport &report);
    static std::vector<Candidate> changePointCandidates(const BaselineFitReport &report);
    QVariant displayData(const Candidate &candidate, int column) const;
    QVariant valueData(const Candidate &candidate, int column) const;

    std::vector<Candidate> m_candidates;
};

} // namespace Enms
