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

// The delegate of the plan form's QDataWidgetMapper over PlanFieldsModel. It hands a
// widget's value to the model when the widget loses focus and when commit() is called
// (the form's typing pause, undo, redo, closing). A text widget is given the model's
// text only when it does not already hold it as PlanDocument::normalizedText() would
// store it, so the echo of an edit leaves the cursor, the selection and trailing blank
// lines alone. Tab moves on as in any form and Escape throws no typed text away,
// unlike the item-view editing keys of QStyledItemDelegate.
class PlanFieldDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanFieldDelegate)

public:
    explicit PlanFieldDelegate(QObject *parent = nullptr);

    // Hands the widget's value over to the mapper, which sets it on the model.
    void commit(QWidget *editor);

    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Enms
