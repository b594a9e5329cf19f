// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/plans/plancommands.h"

#include "models/plans/planactionsmodel.h"
#include "models/plans/plandocument.h"
#include "models/plans/plantext.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

namespace Enms {

using Engine::PlanAction;
using Engine::PlanStatus;

namespace {

// Sets one field of the plan. Consecutive edits of the same field merge.
class SetFieldCommand final : public QUndoCommand
{
public:
    SetFieldCommand(PlanDocument &document, PlanField field, QString value)
        : m_document(document), m_field(field)
        , m_before(document.text(field)), m_after(std::move(value))
    {
        //: undo menu entry; the field's name
        setText(QCoreApplication::translate("PlanEdits", "Edit “%1”")
                    .arg(PlanText::fieldName(field)));
    }

    void redo() override { m_document.setText(m_field, m_after); }
    void undo() override { m_document.setText(m_field, m_before); }
    int id() const override { return int(PlanMergeId::FirstText) + int(m_field); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SetFieldCommand *>(other);
        if (&next->m_document != &m_document || next->m_field != m_field)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    PlanDocument &m_document;
    PlanField m_field;
    QString m_before;
    QString m_after;
};

class SetActionCellCommand final : public QUndoCommand
{
public:
    SetActionCellCommand(PlanDocument &document, int row, int column, QVariant value)
        : m_document(document), m_row(row), m_column(column)
        , m_before(PlanActionsModel::cellValue(document.actions()->actions()[size_t(row)],
                                               column))
        , m_after(std::move(value))
    {
        //: undo menu entry; row number and column name
        setText(QCoreApplication::translate("PlanEdits", "Edit action %1: “%2”")
                    .arg(row + 1).arg(PlanActionsModel::columnName(column)));
    }

    void redo() override { m_document.actions()->applyCell(m_row, m_column, m_after); }
    void undo() override { m_document.actions()->applyCell(m_row, m_column, m_before); }

private:
    PlanDocument &m_document;
    int m_row;
    int m_column;
    QVariant m_before;
    QVariant m_after;
};

// Inserts an action, or (removing = true) removes one; undo does the opposite.
class InsertRemoveActionCommand final : public QUndoCommand
{
public:
    InsertRemoveActionCommand(PlanDocument &document, int row, PlanAction action,
                              bool removing)
        : m_document(document), m_row(row), m_action(std::move(action)), m_removing(removing)
    {
        setText(removing ? QCoreApplication::translate("PlanEdits", "Remove action %1")
                               .arg(row + 1)
                         : QCoreApplication::translate("PlanEdits", "Add action %1")
                               .arg(row + 1));
    }

    void redo() override { m_removing ? remove() : insert(); }
    void undo() override { m_removing ? insert() : remove(); }

private:
    void insert() { m_document.actions()->applyInsert(m_row, m_action); }
    void remove() { m_action = m_document.actions()->applyRemove(m_row); }

    PlanDocument &m_document;
    int m_row;
    PlanAction m_action;
    bool m_removing;
};

class MoveActionCommand final : public QUndoCommand
{
public:
    MoveActionCommand(PlanDocument &document, int from, int to)
        : m_document(document), m_from(from), m_to(to)
    {
        setText(QCoreApplication::translate("PlanEdits", "Move action %1 to %2")
                    .arg(from + 1).arg(to + 1));
    }

    void redo() override { m_document.actions()->applyMove(m_from, m_to); }
    void undo() override { m_document.actions()->applyMove(m_to, m_from); }

private:
    PlanDocument &m_document;
    int m_from;
    int m_to;
};

// Pushed after the move was made, so its first redo does nothing. Undo puts the old
// status back as a recorded revision; redo makes the move again through the workflow.
class ChangeStatusCommand final : public QUndoCommand
{
public:
    ChangeStatusCommand(PlanDocument &document, PlanStatus before, PlanStatus after)
        : m_document(document), m_before(before), m_after(after)
    {
        //: undo menu entry; the new status
        setText(QCoreApplication::translate("PlanEdits", "Set status to %1")
                    .arg(PlanText::statusName(after)));
    }

    void redo() override
    {
        if (m_applied) {
            m_applied = false;
            return;
        }
        if (!m_document.moveStatus(m_after))
            static_cast<void>(m_document.restoreStatus(m_after));
    }
    void undo() override { static_cast<void>(m_document.restoreStatus(m_before)); }

private:
    PlanDocument &m_document;
    PlanStatus m_before;
    PlanStatus m_after;
    bool m_applied = true;
};

} // namespace

namespace PlanEdits {

void setText(PlanDocument &document, PlanField field, const QString &value)
{
    // Lists compare as the document will store them, so added blank lines are no edit.
    if (PlanDocument::normalizedText(field, value) == document.text(field))
        return;
    document.undoStack()->push(new SetFieldCommand(document, field, value));
}

void setTargetDate(PlanDocument &document, const QDate &date)
{
    if (!date.isValid() || date == document.targetDate())
        return;
    setText(document, PlanField::TargetDate, date.toString(Qt::ISODate));
}

void setActionCell(PlanDocument &document, int row, int column, const QVariant &value)
{
    const auto &actions = document.actions()->actions();
    if (row < 0 || row >= int(actions.size()))
        return;
    if (PlanActionsModel::cellValue(actions[size_t(row)], column) == value)
        return;
    document.undoStack()->push(new SetActionCellCommand(document, row, column, value));
}

void insertAction(PlanDocument &document, int row, const std::optional<PlanAction> &action)
{
    const auto &actions = document.actions()->actions();
    if (row < 0 || row > int(actions.size()))
        return;
    PlanAction fresh;
    fresh.priority = actions.empty() ? 1 : actions.back().priority + 1;
    fresh.action = QCoreApplication::translate("PlanEdits", "New action");
    fresh.timelineDays = 7;
    document.undoStack()->push(
        new InsertRemoveActionCommand(document, row, action.value_or(fresh), false));
}

void removeAction(PlanDocument &document, int row)
{
    const auto &actions = document.actions()->actions();
    if (row < 0 || row >= int(actions.size()))
        return;
    document.undoStack()->push(
        new InsertRemoveActionCommand(document, row, actions[size_t(row)], true));
}

void moveAction(PlanDocument &document, int from, int to)
{
    const int count = int(document.actions()->actions().size());
    if (from == to || from < 0 || to < 0 || from >= count || to >= count)
        return;
    document.undoStack()->push(new MoveActionCommand(document, from, to));
}

Engine::Status changeStatus(PlanDocument &document, PlanStatus status)
{
    const PlanStatus before = document.status();
    if (before == status)
        return Engine::Done{};
    if (Engine::Status moved = document.moveStatus(status); !moved)
        return moved;
    document.undoStack()->push(new ChangeStatusCommand(document, before, status));
    return Engine::Done{};
}

} // namespace PlanEdits

} // namespace Enms
