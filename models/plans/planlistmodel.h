// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "models/planrepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace Enms {

// The stored action plans of one site (or all sites) as a table, newest change first,
// for the plan list of the editor. Sorting and filtering belong to a proxy.
class PlanListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanListModel)

public:
    enum Column {
        IdColumn,
        SeuColumn,
        IssueTypeColumn,
        StatusColumn,
        TargetDateColumn,
        RevisionColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        PlanIdRole = Qt::UserRole + 1,   // the plan's id
        SeuIdRole,
        SiteIdRole,
        StatusCodeRole,                  // "in_progress"
        SortRole,                        // dates and numbers as themselves, for the proxy
    };
    Q_ENUM(Role)

    explicit PlanListModel(QObject *parent = nullptr);

    // Reads the plans again; siteId empty = all sites.
    Engine::Status reload(const PlanRepository &repository, const QString &siteId = {});
    void clear();

    // Puts a plan's new state in its row, or adds it at the top when it is new.
    void applySummary(const PlanSummary &summary);

    int rowOf(const QString &planId) const;
    const PlanSummary &summaryAt(int row) const { return m_plans[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const PlanSummary &plan, int column) const;
    QVariant sortData(const PlanSummary &plan, int column) const;

    std::vector<PlanSummary> m_plans;
};

} // namespace Enms
