// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plans/plandelegates.h"

#include "models/plans/planactionsmodel.h"
#include "models/plans/plandocument.h"
#include "models/plans/planfieldsmodel.h"

#include <QCompleter>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace Enms {

PlanActionDelegate::PlanActionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *PlanActionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    switch (index.column()) {
    case PlanActionsModel::PriorityColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(1, PlanActionsModel::kMaxPriority);
        spin->setToolTip(tr("1 = do first"));
        return spin;
    }
    case PlanActionsModel::TimelineColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, PlanActionsModel::kMaxTimelineDays);
        spin->setSuffix(tr(" d"));
        spin->setToolTip(tr("Days to complete the action"));
        return spin;
    }
    case PlanActionsModel::ResponsibleColumn: {
        auto *edit = new QLineEdit(parent);
        auto *completer = new QCompleter(m_responsibleNames, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
        return edit;
    }
    default:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void PlanActionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PlanActionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

PlanFieldDelegate::PlanFieldDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void PlanFieldDelegate::commit(QWidget *editor)
{
    Q_EMIT commitData(editor);
}

void PlanFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = qobject_cast<QPlainTextEdit *>(editor);
    if (!edit) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }

    const QString text = index.data(Qt::EditRole).toString();
    const auto column = PlanFieldsModel::Column(index.column());
    if (index.isValid()
        && PlanDocument::normalizedText(PlanFieldsModel::fieldOf(column), edit->toPlainText())
               == text)
        return;

    // Not a typed change: the form must not take it for text to hand over.
    const QSignalBlocker blocker(edit);
    edit->setPlainText(text);
    edit->moveCursor(QTextCursor::End);
}

void PlanFieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor)) {
        model->setData(index, edit->toPlainText());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

bool PlanFieldDelegate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        if (auto *editor = qobject_cast<QWidget *>(watched))
            commit(editor);
    }
    return false;
}

} // namespace Enms
