// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/baseline/baselinelistmodel.h"

#include "models/baseline/baselinetext.h"

#include <QFont>

namespace Enms {

namespace {

// "2026-12-04 10:51" over "maria"; the header says UTC, so the cell need not.
QString whenAndWho(const QDateTime &utc, const QString &actor)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char('\n')
           + actor;
}

bool isNumberColumn(int column)
{
    return column == BaselineListModel::RSquaredColumn
           || column == BaselineListModel::CvRmseColumn;
}

} // namespace

BaselineListModel::BaselineListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BaselineListModel::setBaselines(std::vector<Baseline> baselines)
{
    beginResetModel();
    m_baselines = std::move(baselines);
    endResetModel();
}

void BaselineListModel::clear()
{
    setBaselines({});
}

int BaselineListModel::rowOf(const QString &baselineId) const
{
    for (size_t row = 0; row < m_baselines.size(); ++row) {
        if (m_baselines[row].id == baselineId)
            return int(row);
    }
    return -1;
}

int BaselineListModel::acceptedRow() const
{
    for (size_t row = 0; row < m_baselines.size(); ++row) {
        if (m_baselines[row].status == BaselineStatus::Accepted)
            return int(row);
    }
    return -1;
}

int BaselineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_baselines.size());
}

int BaselineListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BaselineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Baseline &baseline = baselineAt(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole: return displayData(baseline, column);
    case Qt::ToolTipRole: return toolTip(baseline, column);
    case BaselineIdRole: return baseline.id;
    case StatusCodeRole: return baselineStatusCode(baseline.status);
    case ValueRole: return valueData(baseline, column);
    case ActorRole:
        return column == CreatedColumn    ? QVariant(baseline.createdBy)
               : column == AcceptedColumn ? QVariant(baseline.acceptedBy)
                                          : QVariant();
    case Qt::TextAlignmentRole:
        return isNumberColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole: {
        if (baseline.status != BaselineStatus::Accepted)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    default: return {};
    }
}

QVariant BaselineListModel::displayData(const Baseline &baseline, int column) const
{
    switch (column) {
    case StatusColumn: return BaselineText::statusName(baseline.status);
    case PeriodColumn:
        //: first date – last date, then "daily" / "weekly" / "monthly" on a second line
        return tr("%1 – %2\n%3").arg(baseline.periodFrom.toString(Qt::ISODate),
                                      baseline.periodTo.toString(Qt::ISODate),
                                      BaselineText::periodAdjective(baseline.periodLength));
    case ModelColumn: return BaselineText::modelSummary(baseline);
    case VerdictColumn:
        return (baseline.verdict.valid ? tr("Valid (%1)") : tr("Not valid (%1)"))
            .arg(BaselineText::ruleSetShortName(baseline.verdict.ruleSet));
    case RSquaredColumn: return BaselineText::number(baseline.fit.rSquared, 4);
    case CvRmseColumn: return BaselineText::percent(baseline.fit.cvRmse);
    case CreatedColumn: return whenAndWho(baseline.createdAtUtc, baseline.createdBy);
    case AcceptedColumn: return whenAndWho(baseline.acceptedAtUtc, baseline.acceptedBy);
    default: return {};
    }
}

QVariant BaselineListModel::valueData(const Baseline &baseline, int column) const
{
    switch (column) {
    case RSquaredColumn: return baseline.fit.rSquared;
    case CvRmseColumn: return baseline.fit.cvRmse;
    case CreatedColumn: return baseline.createdAtUtc;
    case AcceptedColumn:
        return baseline.acceptedAtUtc.isValid() ? QVariant(baseline.acceptedAtUtc) : QVariant();
    default: return {};
    }
}

QString BaselineListModel::toolTip(const Baseline &baseline, int column) const
{
    switch (column) {
    case StatusColumn:
    case AcceptedColumn: return BaselineText::acceptanceText(baseline);
    case CreatedColumn: return BaselineText::creationText(baseline);
    case PeriodColumn:
        return BaselineText::referencePeriod(baseline.periodFrom, baseline.periodTo);
    case ModelColumn: return BaselineText::formula(baseline);
    case VerdictColumn: return BaselineText::verdictText(baseline);
    case RSquaredColumn:
        return tr("Share of the variation of energy the model explains; adjusted R² %1")
            .arg(BaselineText::number(baseline.fit.adjRSquared, 4));
    case CvRmseColumn:
        return tr("Typical error of the model relative to the mean energy of a period");
    default: return tr("Baseline %1").arg(baseline.id);
    }
}

QVariant BaselineListModel::headerData(int section, Qt::Orientation orientation,
                                       int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn: return tr("Status");
    case PeriodColumn: return tr("Reference period");
    case ModelColumn: return tr("Model");
    case VerdictColumn: return tr("Verdict");
    case RSquaredColumn: return tr("R²");
    case CvRmseColumn: return tr("CV(RMSE)");
    case CreatedColumn: return tr("Created (UTC), by");
    case AcceptedColumn: return tr("Accepted (UTC), by");
    default: return {};
    }
}

} // namespace Enms
