// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/baseline/coefficienttablemodel.h"

#include "models/baseline/baselinetext.h"

namespace Enms {

using namespace Engine;

namespace {

std::optional<double> vifOf(const OlsFit &fit, const QString &name)
{
    for (const DriverVif &v : fit.vif) {
        if (v.name == name)
            return v.vif;
    }
    return std::nullopt;
}

} // namespace

CoefficientTableModel::CoefficientTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CoefficientTableModel::setBaseline(const Baseline &baseline)
{
    beginResetModel();
    m_rows = rowsOf(baseline);
    endResetModel();
}

void CoefficientTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

std::vector<CoefficientTableModel::Row> CoefficientTableModel::rowsOf(const Baseline &baseline)
{
    std::vector<Row> rows;
    for (const OlsCoefficient &c : baseline.fit.coefficients) {
        Row row;
        row.code = c.name;
        row.name = BaselineText::termName(c.name, baseline);
        row.unit = BaselineText::coefficientUnit(c.name, baseline.periodLength);
        row.estimate = c.estimate;
        row.stdError = c.stdError;
        row.t = c.t;
        row.p = c.p;
        if (c.name != QLatin1String("intercept"))
            row.vif = vifOf(baseline.fit, c.name);
        rows.push_back(std::move(row));
    }
    appendChangePoints(baseline, rows);
    return rows;
}

void CoefficientTableModel::appendChangePoints(const Baseline &baseline, std::vector<Row> &rows)
{
    if (!baseline.changePoint)
        return;
    const ChangePointFit &cp = *baseline.changePoint;
    const auto add = [&rows](const QString &code, const QString &name, double celsius) {
        Row row;
        row.code = code;
        row.name = name;
        row.unit = tr("°C");
        row.estimate = celsius;
        row.changePoint = true;
        rows.push_back(std::move(row));
    };
    switch (cp.form) {
    case ChangePointForm::ThreePH:
        add(QStringLiteral("heating_change_point"), tr("Heating change point"),
            cp.heatingChangePointC);
        break;
    case ChangePointForm::ThreePC:
        add(QStringLiteral("cooling_change_point"), tr("Cooling change point"),
            cp.coolingChangePointC);
        break;
    case ChangePointForm::FourP:
        add(QStringLiteral("change_point"), tr("Change point"), cp.heatingChangePointC);
        break;
    case ChangePointForm::FiveP:
        add(QStringLiteral("heating_change_point"), tr("Heating change point"),
            cp.heatingChangePointC);
        add(QStringLiteral("cooling_change_point"), tr("Cooling change point"),
            cp.coolingChangePointC);
        break;
    default:
        break;
    }
}

int CoefficientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoefficientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoefficientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole: return displayData(row, column);
    case Qt::ToolTipRole: return toolTip(row, column);
    case TermCodeRole: return row.code;
    case ValueRole: {
        const std::optional<double> number = value(row, column);
        return number ? QVariant(*number) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return column == TermColumn || column == UnitColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

std::optional<double> CoefficientTableModel::value(const Row &row, int column) const
{
    switch (column) {
    case EstimateColumn: return row.estimate;
    case StdErrorColumn: return row.stdError;
    case TColumn: return row.t;
    case PColumn: return row.p;
    case VifColumn: return row.vif;
    default: return std::nullopt;
    }
}

QVariant CoefficientTableModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case TermColumn: return row.name;
    case UnitColumn: return row.unit;
    case EstimateColumn:
        return row.changePoint ? BaselineText::number(row.estimate, 2)
                               : BaselineText::significant(row.estimate);
    case PColumn: return row.p ? BaselineText::pValue(*row.p) : tr("—");
    case TColumn: return row.t ? BaselineText::number(*row.t, 2) : tr("—");
    default: {
        const std::optional<double> number = value(row, column);
        return number ? BaselineText::significant(*number) : tr("—");
    }
    }
}

QString CoefficientTableModel::toolTip(const Row &row, int column) const
{
    if (row.changePoint && column != TermColumn && column != EstimateColumn)
        return tr("Found by a grid search over the temperature range: it has no standard "
                  "error of its own, and it counts as a parameter in every statistic.");
    switch (column) {
    case StdErrorColumn: return tr("Standard error of the coefficient");
    case TColumn: return tr("Coefficient divided by its standard error");
    case PColumn: return tr("Two-sided p value of the coefficient (Student t)");
    case VifColumn:
        return tr("Variance inflation factor: how much the driver is explained by the "
                  "others (1 = not at all; above 10 = strongly collinear)");
    default: return row.name;
    }
}

QVariant CoefficientTableModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TermColumn: return tr("Term");
    case EstimateColumn: return tr("Coefficient");
    case UnitColumn: return tr("Unit");
    case StdErrorColumn: return tr("Std. error");
    case TColumn: return tr("t");
    case PColumn: return tr("p");
    case VifColumn: return tr("VIF");
    default: return {};
    }
}

} // namespace Enms
