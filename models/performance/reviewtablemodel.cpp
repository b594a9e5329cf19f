// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/performance/reviewtablemodel.h"

#include "models/sitetreemodel.h"

#include <QLocale>

namespace Enms {

using namespace Engine;

namespace {

// Status fills are light tints with a dark text colour set explicitly, so a cell reads
// the same on a light and on a dark palette; the status is always written out as well.
const QColor kDarkText(0x1a, 0x1a, 0x1a);
const QColor kExcellentFill(0xb9, 0xe4, 0xc0);
const QColor kOnTargetFill(0xcd, 0xe0, 0xf5);
const QColor kAttentionFill(0xfb, 0xe0, 0x8c);
const QColor kNonCompliantFill(0xf6, 0xb5, 0xae);

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

// A number with its sign written even when positive: "+1,234", "−56", "0".
QString signedNumber(double value, int decimals)
{
    const QLocale locale;
    const QString text = locale.toString(value, 'f', decimals);
    const bool roundsToZero = text == locale.toString(0.0, 'f', decimals);
    if (value > 0 && !roundsToZero)
        return locale.positiveSign() + text;
    return roundsToZero ? locale.toString(0.0, 'f', decimals) : text;
}

// Worst last: the order in which a sorted status column reads.
int statusSeverity(IsoStatus status)
{
    switch (status) {
    case IsoStatus::Excellent: return 0;
    case IsoStatus::OnTarget: return 1;
    case IsoStatus::RequiresAttention: return 2;
    case IsoStatus::NonCompliant: return 3;
    }
    return 3;
}

bool isNumberColumn(int column)
{
    return column != ReviewTableModel::SeuColumn && column != ReviewTableModel::CarrierColumn
           && column != ReviewTableModel::StatusColumn;
}

} // namespace

ReviewTableModel::ReviewTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReviewTableModel::setReview(const SiteReview &review)
{
    beginResetModel();
    m_review = review;
    endResetModel();   // also refreshes the headers, whose cost column names the currency
}

void ReviewTableModel::clear()
{
    setReview(SiteReview{});
}

int ReviewTableModel::rowOf(const QString &seuId) const
{
    for (size_t row = 0; row < m_review.seus.size(); ++row) {
        if (m_review.seus[row].seuId == seuId)
            return int(row);
    }
    return -1;
}

int ReviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_review.seus.size());
}

int ReviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PeriodPerformance &row = rowAt(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole: return displayData(row, column);
    case SortRole: return sortData(row, column);
    case SeuIdRole: return row.seuId;
    case StatusCodeRole: return row.hasExpected() ? isoStatusCode(row.status) : QString();
    case Qt::ToolTipRole: return toolTip(row, column);
    case Qt::TextAlignmentRole:
        return isNumberColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        const QColor fill = statusBackground(row);
        return column == StatusColumn && fill.isValid() ? QVariant(fill) : QVariant();
    }
    case Qt::ForegroundRole: {
        const QColor text = statusForeground(row);
        return column == StatusColumn && text.isValid() ? QVariant(text) : QVariant();
    }
    default: return {};
    }
}

QVariant ReviewTableModel::displayData(const PeriodPerformance &row, int column) const
{
    switch (column) {
    case SeuColumn: return row.seuName;
    case CarrierColumn: return SiteTreeModel::carrierName(row.carrier);
    case EnergyColumn: return number(row.actualKWh, 0);
    case ExpectedColumn: return row.hasExpected() ? number(*row.expectedKWh, 0) : tr("—");
    case DeviationColumn:
        return row.hasExpected() ? signedNumber(row.deviationKWh, 0) : tr("—");
    case DeviationPercentColumn:
        return row.hasExpected() ? signedNumber(row.deviationPercent, 1) : tr("—");
    case StatusColumn: return statusName(row);
    case CostColumn: return number(row.costAmount, 2);
    case Co2Column: return number(row.co2Kg, 0);
    case CoverageColumn: return number(100.0 * row.coveredShare(), 1);
    default: return {};
    }
}

// Raw values for the sort proxy. Without an expectation the comparison columns hold
// nothing, which QSortFilterProxyModel places after every value.
QVariant ReviewTableModel::sortData(const PeriodPerformance &row, int column) const
{
    switch (column) {
    case SeuColumn: return row.seuName;
    case CarrierColumn: return SiteTreeModel::carrierName(row.carrier);
    case EnergyColumn: return row.actualKWh;
    case ExpectedColumn: return row.hasExpected() ? QVariant(*row.expectedKWh) : QVariant();
    case DeviationColumn: return row.hasExpected() ? QVariant(row.deviationKWh) : QVariant();
    case DeviationPercentColumn:
        return row.hasExpected() ? QVariant(row.deviationPercent) : QVariant();
    case StatusColumn:
        return row.hasExpected() ? QVariant(statusSeverity(row.status)) : QVariant();
    case CostColumn: return row.costAmount;
    case Co2Column: return row.co2Kg;
    case CoverageColumn: return 100.0 * row.coveredShare();
    default: return {};
    }
}

QString ReviewTableModel::toolTip(const PeriodPerformance &row, int column) const
{
    switch (column) {
    case SeuColumn:
        return tr("%1: %n day(s) of the window with readings", nullptr, row.daysWithData)
            .arg(row.seuName);
    case CarrierColumn:
        return tr("Energy carrier; gas and steam are counted in kWh of delivered energy");
    case EnergyColumn:
        return tr("Measured energy from %1 to %2: %3 kWh")
            .arg(QLocale().toString(row.firstDate, QLocale::ShortFormat),
                 QLocale().toString(row.lastDate, QLocale::ShortFormat),
                 number(row.actualKWh, 1));
    case ExpectedColumn:
        return expectationText(row);
    case DeviationColumn:
        if (!row.hasExpected())
            return expectationText(row);
        return tr("Measured minus expected energy: %1 kWh, %2 %3 at the site's price")
            .arg(signedNumber(row.deviationKWh, 1), signedNumber(row.deviationCost, 2),
                 currency());
    case DeviationPercentColumn:
        if (!row.hasExpected())
            return expectationText(row);
        return tr("Deviation relative to the expected energy: %1 %")
            .arg(signedNumber(row.deviationPercent, 1));
    case StatusColumn: return statusToolTip(row);
    case CostColumn:
        return tr("Cost of the measured energy at %1 %2/kWh: %3 %2")
            .arg(number(row.pricePerKWh, 4), currency(), number(row.costAmount, 2));
    case Co2Column:
        return tr("CO₂ emitted for the measured energy: %1 kg").arg(number(row.co2Kg, 1));
    case CoverageColumn:
        return tr("Readings cover %1 h of the window's %2 h (%3 %)")
            .arg(number(row.coveredHours, 1), number(row.windowHours, 1),
                 number(100.0 * row.coveredShare(), 1));
    default: return {};
    }
}

QString ReviewTableModel::statusToolTip(const PeriodPerformance &row) const
{
    if (!row.hasExpected())
        return expectationText(row);

    QString rule;
    switch (row.status) {
    case IsoStatus::Excellent: rule = tr("more than 5 % below the expected energy"); break;
    case IsoStatus::OnTarget: rule = tr("within ±5 % of the expected energy"); break;
    case IsoStatus::RequiresAttention: rule = tr("5 to 15 % above the expected energy"); break;
    case IsoStatus::NonCompliant: rule = tr("more than 15 % above the expected energy"); break;
    }
    return tr("%1: %2 %, %3. %4")
        .arg(statusName(row), signedNumber(row.deviationPercent, 1), rule,
             expectationText(row));
}

// Where the expected energy came from, or why there is none, in one sentence.
QString ReviewTableModel::expectationText(const PeriodPerformance &row) const
{
    if (!row.hasExpected()) {
        return tr("No expected energy: the SEU has no accepted baseline, and the thirty days "
                  "before the window hold only %n complete day(s).",
                  nullptr, row.referenceCompleteDays);
    }

    const QString expected = number(*row.expectedKWh, 1);
    if (row.baselineSource == BaselineSource::AcceptedBaseline) {
        const auto it = m_review.acceptedBaselines.find(row.seuId);
        const bool known = it != m_review.acceptedBaselines.end();
        const QString baseline = known ? it->second : QString();
        return tr("Expected %1 kWh from the accepted baseline %2, for the days with readings.")
            .arg(expected, baseline);
    }
    return tr("Expected %1 kWh: the mean of %n complete day(s) in the thirty days before "
              "the window, scaled to the hours with readings.",
              nullptr, row.referenceCompleteDays)
        .arg(expected);
}

QString ReviewTableModel::currency() const
{
    return m_review.site.currency;
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation,
                                      int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        return isNumberColumn(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (role != Qt::DisplayRole)
        return {};

    switch (section) {
    case SeuColumn: return tr("SEU");
    case CarrierColumn: return tr("Carrier");
    case EnergyColumn: return tr("Energy (kWh)");
    case ExpectedColumn: return tr("Expected (kWh)");
    case DeviationColumn: return tr("Deviation (kWh)");
    case DeviationPercentColumn: return tr("Deviation (%)");
    case StatusColumn: return tr("ISO 50001 status");
    case CostColumn:
        return currency().isEmpty() ? tr("Cost") : tr("Cost (%1)").arg(currency());
    case Co2Column: return tr("CO₂ (kg)");
    case CoverageColumn: return tr("Coverage (%)");
    default: return {};
    }
}

// What a column holds and in which unit, for the header's tooltip.
QString ReviewTableModel::headerToolTip(int section) const
{
    switch (section) {
    case SeuColumn: return tr("Significant energy use");
    case CarrierColumn: return tr("Energy carrier; every carrier is counted in delivered kWh");
    case EnergyColumn: return tr("Energy measured in the period, in kWh");
    case ExpectedColumn:
        return tr("Energy expected for the days with readings, in kWh: from the accepted "
                  "baseline, otherwise from the 30 days before the period");
    case DeviationColumn: return tr("Measured minus expected energy, in kWh");
    case DeviationPercentColumn: return tr("Deviation as a share of the expected energy, in %");
    case StatusColumn:
        return tr("ISO 50001 status from the deviation: below −5 % excellent, −5 to +5 % on "
                  "target, up to +15 % requires attention, above non-compliant");
    case CostColumn: return tr("Cost of the measured energy at the site's price, in %1")
                         .arg(currency().isEmpty() ? tr("the site's currency") : currency());
    case Co2Column: return tr("CO₂ emitted, in kg, at the site's factor per carrier");
    case CoverageColumn: return tr("Share of the period's hours with readings, in %");
    default: return {};
    }
}

QString ReviewTableModel::statusName(const PeriodPerformance &row)
{
    return row.hasExpected() ? statusName(row.status) : tr("No baseline");
}

QString ReviewTableModel::statusName(IsoStatus status)
{
    switch (status) {
    case IsoStatus::Excellent: return tr("Excellent");
    case IsoStatus::OnTarget: return tr("On target");
    case IsoStatus::RequiresAttention: return tr("Requires attention");
    case IsoStatus::NonCompliant: return tr("Non-compliant");
    }
    return isoStatusCode(status);
}

QColor ReviewTableModel::statusBackground(const PeriodPerformance &row)
{
    if (!row.hasExpected())
        return {};
    switch (row.status) {
    case IsoStatus::Excellent: return kExcellentFill;
    case IsoStatus::OnTarget: return kOnTargetFill;
    case IsoStatus::RequiresAttention: return kAttentionFill;
    case IsoStatus::NonCompliant: return kNonCompliantFill;
    }
    return {};
}

QColor ReviewTableModel::statusForeground(const PeriodPerformance &row)
{
    return row.hasExpected() ? kDarkText : QColor();
}

ReviewStatusCounts ReviewTableModel::statusCounts() const
{
    ReviewStatusCounts counts;
    for (const PeriodPerformance &row : m_review.seus) {
        if (row.hasExpected())
            ++counts.byStatus[size_t(row.status)];
        else
            ++counts.withoutBaseline;
    }
    return counts;
}

QString ReviewTableModel::totalsText() const
{
    if (m_review.seus.empty())
        return {};

    const SiteReviewTotals &sum = m_review.totals;
    const QString energy = tr("Site total: %1 kWh measured").arg(number(sum.actualKWh, 0));
    const QString expected =
        sum.seusWithExpected == 0
            ? tr("no SEU has an expectation")
            : tr("expected %1 kWh (%2 %) for the SEUs with an expectation (%3 of %4)")
                  .arg(number(sum.expectedKWh, 0), signedNumber(sum.deviationPercent, 1))
                  .arg(sum.seusWithExpected)
                  .arg(m_review.seus.size());
    const QString money = tr("cost %1 %2").arg(number(sum.costAmount, 2), currency());
    const QString co2 = tr("CO₂ %1 kg").arg(number(sum.co2Kg, 0));

    const ReviewStatusCounts counts = statusCounts();
    const QString statuses =
        tr("%1 excellent, %2 on target, %3 requiring attention, %4 non-compliant, "
           "%5 without baseline")
            .arg(counts.count(IsoStatus::Excellent))
            .arg(counts.count(IsoStatus::OnTarget))
            .arg(counts.count(IsoStatus::RequiresAttention))
            .arg(counts.count(IsoStatus::NonCompliant))
            .arg(counts.withoutBaseline);
    return tr("%1, %2, %3, %4. %5.").arg(energy, expected, money, co2, statuses);
}

} // namespace Enms
