// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/baseline/baselinerepository.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace Enms {

// The terms of one baseline model as an auditor checks them: the coefficient with its
// unit, standard error, t, p and the variance inflation factor of each driver. A
// change-point model adds its change points as rows of their own; they come from a
// grid search and so have no standard error, t or p. Shown on the baseline tab and in
// the fit dialog.
class CoefficientTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoefficientTableModel)

public:
    enum Column {
        TermColumn,
        EstimateColumn,
        UnitColumn,
        StdErrorColumn,
        TColumn,
        PColumn,
        VifColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TermCodeRole = Qt::UserRole + 1,     // "intercept", "production", "heating_change_point"
        ValueRole,                           // the raw number; none where "—" is shown
    };
    Q_ENUM(Role)

    explicit CoefficientTableModel(QObject *parent = nullptr);

    void setBaseline(const Baseline &baseline);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString code;
        QString name;
        QString unit;
        double estimate = 0.0;
        std::optional<double> stdError;
        std::optional<double> t;
        std::optional<double> p;
        std::optional<double> vif;
        bool changePoint = false;
    };

    static std::vector<Row> rowsOf(const Baseline &baseline);
    static void appendChangePoints(const Baseline &baseline, std::vector<Row> &rows);
    QVariant displayData(const Row &row, int column) const;
    std::optional<double> value(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;

    std::vector<Row> m_rows;
};

} // namespace Enms
