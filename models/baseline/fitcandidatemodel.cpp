// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/baseline/fitcandidatemodel.h"

#include "models/baseline/baselinetext.h"

#include <QFont>

#include <algorithm>
#include <cmath>

namespace Enms {

using namespace Engine;

namespace {

using Candidate = FitCandidateModel::Candidate;

void setStatistics(Candidate &candidate, const OlsFit &fit)
{
    candidate.fitted = true;
    candidate.rSquared = fit.rSquared;
    candidate.adjRSquared = fit.adjRSquared;
    candidate.cvRmse = fit.cvRmse;
}

// Chosen first, then valid, then rejected, then unfitted; within each by adjusted R².
bool comesBefore(const Candidate &a, const Candidate &b)
{
    const auto rank = [](const Candidate &c) {
        return c.chosen ? 0 : c.valid ? 1 : c.fitted ? 2 : 3;
    };
    // NaN (a degenerate fit) sorts last within its group, keeping the order strict.
    const auto key = [](const Candidate &c) {
        return c.fitted && std::isfinite(c.adjRSquared) ? c.adjRSquared : -HUGE_VAL;
    };
    if (rank(a) != rank(b))
        return rank(a) < rank(b);
    return key(a) > key(b);
}

bool isChosenLinear(const BaselineFitReport &report, const QStringList &drivers)
{
    return report.chosen && !report.chosen->isChangePoint()
           && report.chosen->drivers == drivers;
}

bool isChosenChangePoint(const BaselineFitReport &report, ChangePointForm form)
{
    return report.chosen && report.chosen->isChangePoint()
           && report.chosen->changePoint->form == form;
}

} // namespace

FitCandidateModel::FitCandidateModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

std::vector<Candidate> FitCandidateModel::linearCandidates(const BaselineFitReport &report)
{
    std::vector<Candidate> rows;
    if (!report.subsets)
        return rows;
    for (const SubsetCandidate &subset : report.subsets->candidates) {
        Candidate row;
        row.model = BaselineText::linearModelName(subset.drivers);
        row.valid = subset.verdict.valid;
        row.chosen = isChosenLinear(report, subset.drivers);
        if (subset.fit)
            setStatistics(row, *subset.fit);
        if (subset.error)
            row.reasons = subset.error->message;
        else if (!row.valid)
            row.reasons = BaselineText::failedReasons(subset.verdict).join(QLatin1Char(' '));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<Candidate> FitCandidateModel::changePointCandidates(const BaselineFitReport &report)
{
    std::vector<Candidate> rows;
    if (!report.changePoints)
        return rows;
    const auto &fits = report.changePoints->candidates;
    for (size_t i = 0; i < fits.size(); ++i) {
        const ChangePointFit &cp = fits[i];
        const bool judged = i < report.changePointVerdicts.size();
        Candidate row;
        row.model = BaselineText::changePointSummary(cp);
        row.valid = judged && report.changePointVerdicts[i].valid;
        row.chosen = isChosenChangePoint(report, cp.form);
        if (!cp.error)
            setStatistics(row, cp.fit);
        if (cp.error)
            row.reasons = cp.error->message;
        else if (cp.form == ChangePointForm::Mean1P)
            row.reasons = tr("Shown for comparison: a flat model is never chosen.");
        else if (!row.valid && judged)
            row.reasons = BaselineText::failedReasons(report.changePointVerdicts[i],
                                                      cp.rejections)
                              .join(QLatin1Char(' '));
        rows.push_back(std::move(row));
    }
    return rows;
}

void FitCandidateModel::setReport(const BaselineFitReport &report)
{
    std::vector<Candidate> rows = linearCandidates(report);
    std::vector<Candidate> changePoints = changePointCandidates(report);
    rows.insert(rows.end(), changePoints.begin(), changePoints.end());
    std::stable_sort(rows.begin(), rows.end(), comesBefore);

    beginResetModel();
    m_candidates = std::move(rows);
    endResetModel();
}

void FitCandidateModel::clear()
{
    beginResetModel();
    m_candidates.clear();
    endResetModel();
}

int FitCandidateModel::validCount() const
{
    return int(std::count_if(m_candidates.begin(), m_candidates.end(),
                             [](const Candidate &c) { return c.valid; }));
}

int FitCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int FitCandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FitCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate &candidate = m_candidates[size_t(index.row())];
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole: return displayData(candidate, column);
    case Qt::ToolTipRole:
        return column == ReasonColumn || column == ModelColumn ? displayData(candidate, column)
                                                               : QVariant();
    case ValueRole: return valueData(candidate, column);
    case ChosenRole: return candidate.chosen;
    case ValidRole: return candidate.valid;
    case Qt::TextAlignmentRole: {
        const bool number = column == AdjRSquaredColumn || column == RSquaredColumn
                            || column == CvRmseColumn;
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    case Qt::FontRole: {
        if (!candidate.chosen)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    default: return {};
    }
}

QVariant FitCandidateModel::displayData(const Candidate &candidate, int column) const
{
    const bool fitted = candidate.fitted;
    switch (column) {
    case ModelColumn: return candidate.model;
    case VerdictColumn:
        return candidate.chosen ? tr("Chosen")
               : candidate.valid ? tr("Valid")
               : fitted          ? tr("Not valid")
                                 : tr("Not fitted");
    case AdjRSquaredColumn:
        return fitted ? BaselineText::number(candidate.adjRSquared, 4) : tr("—");
    case RSquaredColumn: return fitted ? BaselineText::number(candidate.rSquared, 4) : tr("—");
    case CvRmseColumn: return fitted ? BaselineText::percent(candidate.cvRmse) : tr("—");
    case ReasonColumn: return candidate.reasons;
    default: return {};
    }
}

QVariant FitCandidateModel::valueData(const Candidate &candidate, int column) const
{
    if (!candidate.fitted)
        return {};
    switch (column) {
    case AdjRSquaredColumn: return candidate.adjRSquared;
    case RSquaredColumn: return candidate.rSquared;
    case CvRmseColumn: return candidate.cvRmse;
    default: return {};
    }
}

QVariant FitCandidateModel::headerData(int section, Qt::Orientation orientation,
                                       int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ModelColumn: return tr("Model");
    case VerdictColumn: return tr("Verdict");
    case AdjRSquaredColumn: return tr("Adj. R²");
    case RSquaredColumn: return tr("R²");
    case CvRmseColumn: return tr("CV(RMSE)");
    case ReasonColumn: return tr("Why not valid");
    default: return {};
    }
}

} // namespace Enms
