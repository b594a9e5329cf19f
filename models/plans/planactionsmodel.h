// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/performance/actionplan.h"

#include <QAbstractTableModel>

#include <vector>

namespace Enms {

class PlanDocument;

// The actions table of one open plan (priority, action, responsible, timeline, resources).
// Views edit it like any table model, but setData(), insertRows(), removeRows() and
// moveRows() do not change the rows themselves: they go through the undo facade
// (PlanEdits), whose commands call the apply…() mutators below. So every edit made in a
// view can be undone, and the document saves each one as a revision.
class PlanActionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanActionsModel)

public:
    enum Column {
        PriorityColumn,
        ActionColumn,
        ResponsibleColumn,
        TimelineColumn,
        ResourcesColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int kMaxTimelineDays = 3650;
    static constexpr int kMaxPriority = 99;

    PlanActionsModel(PlanDocument &document, std::vector<Engine::PlanAction> actions);

    const std::vector<Engine::PlanAction> &actions() const { return m_actions; }
    static QString columnName(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    // A cell's value as setData() would store it: numbers clamped, text trimmed.
    // Invalid when the value cannot go into that column.
    static QVariant normalized(int column, const QVariant &value);

    // The mutators behind the undo commands. Each emits actionsEdited with a summary.
    void applyCell(int row, int column, const QVariant &value);
    void applyInsert(int row, const Engine::PlanAction &action);
    Engine::PlanAction applyRemove(int row);
    // Moves the row at `from` so that it ends at index `to` (0 ≤ to < rowCount).
    void applyMove(int from, int to);

    static QVariant cellValue(const Engine::PlanAction &action, int column);

Q_SIGNALS:
    void actionsEdited(const QString &summary);

private:
    PlanDocument &m_document;
    std::vector<Engine::PlanAction> m_actions;
};

} // namespace Enms
