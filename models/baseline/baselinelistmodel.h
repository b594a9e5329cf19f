// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/baseline/baselinerepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace Enms {

// Every stored baseline of one SEU as a table, newest first: status in words, reference
// period, model, verdict, R², CV(RMSE), and when and by whom it was created and
// accepted (two lines in one cell, so the table fits beside the site tree). The
// baseline tab lists them so an auditor sees the whole history, superseded baselines
// included; selecting a row shows that baseline's details.
class BaselineListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BaselineListModel)

public:
    enum Column {
        StatusColumn,
        PeriodColumn,
        ModelColumn,
        VerdictColumn,
        RSquaredColumn,
        CvRmseColumn,
        CreatedColumn,                       // when (UTC) and, on a second line, by whom
        AcceptedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        BaselineIdRole = Qt::UserRole + 1,   // the baseline's id, on every column
        StatusCodeRole,                      // "draft", "accepted", "superseded"
        ValueRole,                           // raw numbers and UTC times; none for text
        ActorRole,                           // who created or accepted it (those columns)
    };
    Q_ENUM(Role)

    explicit BaselineListModel(QObject *parent = nullptr);

    void setBaselines(std::vector<Baseline> baselines);
    void clear();

    const std::vector<Baseline> &baselines() const { return m_baselines; }
    const Baseline &baselineAt(int row) const { return m_baselines[size_t(row)]; }
    int rowOf(const QString &baselineId) const;
    int acceptedRow() const;                 // -1 when none is accepted

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Baseline &baseline, int column) const;
    QVariant valueData(const Baseline &baseline, int column) const;
    QString toolTip(const Baseline &baseline, int column) const;

    std::vector<Baseline> m_baselines;
};

} // namespace Enms
