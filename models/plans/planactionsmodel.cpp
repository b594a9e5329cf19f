// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/plans/planactionsmodel.h"

#include "models/plans/plancommands.h"
#include "models/plans/plandocument.h"

#include <QUndoStack>

#include <algorithm>

namespace Enms {

using Engine::PlanAction;

PlanActionsModel::PlanActionsModel(PlanDocument &document, std::vector<PlanAction> actions)
    : QAbstractTableModel(&document)
    , m_document(document)
    , m_actions(std::move(actions))
{
    for (PlanAction &action : m_actions)
        action = std::move(action);
}

QString PlanActionsModel::columnName(int column)
{
    switch (column) {
    case PriorityColumn: return tr("Priority");
    case ActionColumn: return tr("Action");
    case ResponsibleColumn: return tr("Responsible");
    case TimelineColumn: return tr("Timeline (days)");
    case ResourcesColumn: return tr("Resources");
    }
    return {};
}

int PlanActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int PlanActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanActionsModel::cellValue(const PlanAction &action, int column)
{
    switch (column) {
    case PriorityColumn: return action.priority;
    case ActionColumn: return action.action;
    case ResponsibleColumn: return action.responsible;
    case TimelineColumn: return action.timelineDays;
    case ResourcesColumn: return action.resourcesNeeded;
    }
    return {};
}

QVariant PlanActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanAction &action = m_actions[size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return cellValue(action, index.column());
    if (role == Qt::TextAlignmentRole && (index.column() == PriorityColumn
                                          || index.column() == TimelineColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TimelineColumn)
        return tr("%n day(s) to complete the action", nullptr, action.timelineDays);
    if (role == Qt::ToolTipRole && index.column() == PriorityColumn)
        return tr("1 = do first");
    return {};
}

QVariant PlanActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return columnName(section);
}

Qt::ItemFlags PlanActionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
           | Qt::ItemNeverHasChildren;
}

QVariant PlanActionsModel::normalized(int column, const QVariant &value)
{
    bool ok = false;
    switch (column) {
    case PriorityColumn: {
        const int priority = value.toInt(&ok);
        return ok ? QVariant(std::clamp(priority, 1, kMaxPriority)) : QVariant();
    }
    case TimelineColumn: {
        const int days = value.toInt(&ok);
        return ok ? QVariant(std::clamp(days, 0, kMaxTimelineDays)) : QVariant();
    }
    case ActionColumn:
    case ResponsibleColumn:
    case ResourcesColumn:
        return value.toString().trimmed();
    }
    return {};
}

bool PlanActionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QVariant clean = normalized(index.column(), value);
    if (!clean.isValid())
        return false;
    PlanEdits::setActionCell(m_document, index.row(), index.column(), clean);
    return true;
}

bool PlanActionsModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    QUndoStack *stack = m_document.undoStack();
    stack->beginMacro(tr("Add %n action(s)", nullptr, count));
    for (int i = 0; i < count; ++i)
        PlanEdits::insertAction(m_document, row + i);
    stack->endMacro();
    return true;
}

bool PlanActionsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    QUndoStack *stack = m_document.undoStack();
    stack->beginMacro(tr("Remove %n action(s)", nullptr, count));
    for (int i = 0; i < count; ++i)
        PlanEdits::removeAction(m_document, row);
    stack->endMacro();
    return true;
}

// Qt's destinationChild is the row before which the block lands, counted before the
// move; the facade wants the final index of each moved row.
bool PlanActionsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
        || sourceRow + count > rowCount() || destinationChild < 0
        || destinationChild > rowCount()
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;

    const bool down = destinationChild > sourceRow;
    QUndoStack *stack = m_document.undoStack();
    stack->beginMacro(tr("Move %n action(s)", nullptr, count));
    for (int i = 0; i < count; ++i) {
        if (down)
            PlanEdits::moveAction(m_document, sourceRow, destinationChild - 1);
        else
            PlanEdits::moveAction(m_document, sourceRow + i, destinationChild + i);
    }
    stack->endMacro();
    return true;
}

void PlanActionsModel::applyCell(int row, int column, const QVariant &value)
{
    PlanAction &action = m_actions[size_t(row)];
    switch (column) {
    case PriorityColumn: action.priority = value.toInt(); break;
    case ActionColumn: action.action = value.toString(); break;
    case ResponsibleColumn: action.responsible = value.toString(); break;
    case TimelineColumn: action.timelineDays = value.toInt(); break;
    case ResourcesColumn: action.resourcesNeeded = value.toString(); break;
    }
    const QModelIndex changed = index(row, column);
    Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});

    //: row number, column name
    Q_EMIT actionsEdited(tr("Action %1: %2 changed").arg(row + 1).arg(columnName(column)));
}

void PlanActionsModel::applyInsert(int row, const PlanAction &action)
{
    beginInsertRows({}, row, row);
    m_actions.insert(m_actions.begin() + row, action);
    endInsertRows();
    Q_EMIT actionsEdited(tr("Action %1 added").arg(row + 1));
}

PlanAction PlanActionsModel::applyRemove(int row)
{
    beginRemoveRows({}, row, row);
    const PlanAction removed = m_actions[size_t(row)];
    m_actions.erase(m_actions.begin() + row);
    endRemoveRows();
    Q_EMIT actionsEdited(tr("Action %1 removed: %2").arg(row + 1).arg(removed.action));
    return removed;
}

void PlanActionsModel::applyMove(int from, int to)
{
    if (from == to)
        return;
    // beginMoveRows counts the destination before the row leaves its place.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    const PlanAction moved = m_actions[size_t(from)];
    m_actions.erase(m_actions.begin() + from);
    m_actions.insert(m_actions.begin() + to, moved);
    endMoveRows();
    Q_EMIT actionsEdited(tr("Action %1 moved to position %2").arg(from + 1).arg(to + 1));
}

} // namespace Enms
