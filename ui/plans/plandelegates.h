// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace Enms {

// Editors for the actions table: spin boxes for priority and timeline (days), a line
// edit for texts, and for "responsible" a line edit that completes the names already
// used in stored plans.
class PlanActionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanActionDelegate)

public:
    explicit PlanActionDelegate(QObject *parent = nullptr);

    void setResponsibleNames(const QStringList &names) { m_responsibleNames = names; }
    const QStringList &responsibleNames() const { return m_responsibleNames; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QStringList m_responsibleNames;
};

} // namespace Enms
