// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plans/plandelegates.h"

#include "models/plans/planactionsmodel.h"

#include <QCompleter>
#include <QLineEdit>
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

} // namespace Enms
