// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/plans/planfield.h"

#include <QAbstractTableModel>

namespace Enms {

class PlanDocument;

// The single-valued fields of one open plan as a table of one row, one column a field,
// for the editor form's QDataWidgetMapper. Lists (root causes, monitoring plan) are text
// with one item a line; the target date is a QDate in the edit role. setData() goes
// through the PlanEdits facade, so every mapped edit is one undoable command that the
// document saves at once as a revision. Whatever changes a field (an edit, undo, redo)
// is announced as dataChanged of exactly that field's column.
class PlanFieldsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanFieldsModel)

public:
    enum Column {
        ProblemStatementColumn,
        RootCausesColumn,
        MonitoringPlanColumn,
        ResultVerificationColumn,
        PerformanceVerificationColumn,
        TargetDateColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PlanFieldsModel(QObject *parent = nullptr);

    // The plan to show (not owned; null leaves the model without rows).
    void setDocument(PlanDocument *document);
    PlanDocument *document() const { return m_document; }

    static PlanField fieldOf(Column column);
    static Column columnOf(PlanField field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Texts of any kind are accepted (lists are split into lines by the document); the
    // target date needs a valid date. A value equal to the stored one pushes nothing.
    bool setData(const QModelIndex &index, const QVariant &value,
                 int role = Qt::EditRole) override;

private:
    void fieldChanged(PlanField field);
    void documentDestroyed();

    PlanDocument *m_document = nullptr;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Enms
