// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/plans/planlistmodel.h"

#include "models/performance/opportunitytablemodel.h"
#include "models/plans/plantext.h"

#include <QLocale>

namespace Enms {

using namespace Engine;

PlanListModel::PlanListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

Status PlanListModel::reload(const PlanRepository &repository, const QString &siteId)
{
    Result<std::vector<PlanSummary>> plans = repository.plans(siteId);
    if (!plans)
        return plans.error();
    beginResetModel();
    m_plans = std::move(plans).value();
    endResetModel();
    return Done{};
}

void PlanListModel::clear()
{
    beginResetModel();
    m_plans.clear();
    endResetModel();
}

int PlanListModel::rowOf(const QString &planId) const
{
    for (size_t row = 0; row < m_plans.size(); ++row) {
        if (m_plans[row].id == planId)
            return int(row);
    }
    return -1;
}

void PlanListModel::applySummary(const PlanSummary &summary)
{
    const int row = rowOf(summary.id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_plans.insert(m_plans.begin(), summary);
        endInsertRows();
        return;
    }
    m_plans[size_t(row)] = summary;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int PlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plans.size());
}

int PlanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanListModel::displayData(const PlanSummary &plan, int column) const
{
    switch (column) {
    case IdColumn: return plan.id;
    case SeuColumn: return plan.seuName;
    case IssueTypeColumn: {
        const auto type = issueTypeFromCode(plan.issueType);
        return type ? OpportunityTableModel::issueTypeLabel(*type) : plan.issueType;
    }
    case StatusColumn: return PlanText::statusName(plan.status);
    case TargetDateColumn: return QLocale().toString(plan.targetDate, QLocale::ShortFormat);
    case RevisionColumn: return plan.revision;
    case UpdatedColumn:
        return QLocale().toString(plan.updatedAtUtc.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

QVariant PlanListModel::sortData(const PlanSummary &plan, int column) const
{
    switch (column) {
    case StatusColumn: return int(plan.status);
    case TargetDateColumn: return plan.targetDate;
    case RevisionColumn: return plan.revision;
    case UpdatedColumn: return plan.updatedAtUtc;
    }
    return displayData(plan, column);
}

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanSummary &plan = m_plans[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return displayData(plan, index.column());
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(PlanText::statusColor(plan.status))
                                              : QVariant();
    case Qt::ToolTipRole:
        return index.column() == UpdatedColumn
                   ? QVariant(plan.updatedAtUtc.toString(Qt::ISODate))
                   : QVariant();
    case PlanIdRole: return plan.id;
    case SeuIdRole: return plan.seuId;
    case SiteIdRole: return plan.siteId;
    case StatusCodeRole: return planStatusCode(plan.status);
    case SortRole: return sortData(plan, index.column());
    }
    return {};
}

QVariant PlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Plan");
    case SeuColumn: return tr("SEU");
    case IssueTypeColumn: return tr("Issue type");
    case StatusColumn: return tr("Status");
    case TargetDateColumn: return tr("Target date");
    case RevisionColumn: return tr("Revision");
    case UpdatedColumn: return tr("Updated");
    }
    return {};
}

} // namespace Enms
