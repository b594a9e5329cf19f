// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/plans/planfieldsmodel.h"

#include "models/plans/plancommands.h"
#include "models/plans/plandocument.h"
#include "models/plans/plantext.h"

namespace Enms {

PlanFieldsModel::PlanFieldsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlanFieldsModel::setDocument(PlanDocument *document)
{
    if (document == m_document)
        return;
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    if (document) {
        m_connections
            << connect(document, &PlanDocument::fieldChanged, this,
                       &PlanFieldsModel::fieldChanged)
            << connect(document, &QObject::destroyed, this,
                       &PlanFieldsModel::documentDestroyed);
    }
    endResetModel();
}

// The document's own members are gone by now, so nothing may read it while the views
// are told about the reset.
void PlanFieldsModel::documentDestroyed()
{
    m_document = nullptr;
    m_connections.clear();
    beginResetModel();
    endResetModel();
}

PlanField PlanFieldsModel::fieldOf(Column column)
{
    switch (column) {
    case ProblemStatementColumn: return PlanField::ProblemStatement;
    case RootCausesColumn: return PlanField::RootCauses;
    case MonitoringPlanColumn: return PlanField::MonitoringPlan;
    case ResultVerificationColumn: return PlanField::ResultVerification;
    case PerformanceVerificationColumn: return PlanField::PerformanceVerification;
    case TargetDateColumn:
    case ColumnCount:
        break;
    }
    return PlanField::TargetDate;
}

PlanFieldsModel::Column PlanFieldsModel::columnOf(PlanField field)
{
    switch (field) {
    case PlanField::ProblemStatement: return ProblemStatementColumn;
    case PlanField::RootCauses: return RootCausesColumn;
    case PlanField::MonitoringPlan: return MonitoringPlanColumn;
    case PlanField::ResultVerification: return ResultVerificationColumn;
    case PlanField::PerformanceVerification: return PerformanceVerificationColumn;
    case PlanField::TargetDate: return TargetDateColumn;
    }
    return TargetDateColumn;
}

int PlanFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : 1;
}

int PlanFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};

    const PlanField field = fieldOf(Column(index.column()));
    if (field != PlanField::TargetDate)
        return m_document->text(field);
    const QDate date = m_document->targetDate();
    return role == Qt::EditRole ? QVariant(date) : QVariant(PlanText::dateWords(date));
}

QVariant PlanFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section >= ColumnCount)
        return {};
    return PlanText::fieldName(fieldOf(Column(section)));
}

Qt::ItemFlags PlanFieldsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
           | Qt::ItemNeverHasChildren;
}

bool PlanFieldsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;

    const PlanField field = fieldOf(Column(index.column()));
    if (field != PlanField::TargetDate) {
        PlanEdits::setText(*m_document, field, value.toString());
        return true;
    }
    const QDate date = value.toDate();
    if (!date.isValid())
        return false;
    PlanEdits::setTargetDate(*m_document, date);
    return true;
}

void PlanFieldsModel::fieldChanged(PlanField field)
{
    const QModelIndex changed = index(0, columnOf(field));
    Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
}

} // namespace Enms
