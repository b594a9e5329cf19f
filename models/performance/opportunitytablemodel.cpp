// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/performance/opportunitytablemodel.h"

#include "models/performance/performancetext.h"

#include <QLocale>

namespace Enms {

using namespace Engine;

namespace {

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

// Rich text, so that a long tooltip wraps instead of running off the screen.
QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

bool isNumberColumn(int column)
{
    return column == OpportunityTableModel::RankColumn
        || column == OpportunityTableModel::SavingsKWhColumn
        || column == OpportunityTableModel::SavingsCostColumn
        || column == OpportunityTableModel::RoiDaysColumn;
}

} // namespace

OpportunityTableModel::OpportunityTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void OpportunityTableModel::setReport(const SiteInfo &site, OpportunityReport report)
{
    beginResetModel();
    m_site = site;
    m_report = std::move(report);
    endResetModel();
}

void OpportunityTableModel::clear()
{
    setReport({}, {});
}

const Opportunity &OpportunityTableModel::opportunityAt(int row) const
{
    Q_ASSERT(row >= 0 && row < rowCount());
    return m_report.opportunities[size_t(row)];
}

int OpportunityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.opportunities.size());
}

int OpportunityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpportunityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Opportunity &found = opportunityAt(index.row());

    switch (role) {
    case Qt::DisplayRole:
        return displayText(found, index.column());
    case Qt::ToolTipRole:
        return toolTip(found, index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter
                                   | (isNumberColumn(index.column()) ? Qt::AlignRight
                                                                     : Qt::AlignLeft));
    case SortRole:
        return sortValue(found, index.column());
    case SeuIdRole:
        return found.seuId;
    case DetailsRole:
        return details(found);
    case IssueTypeCodeRole:
        return issueTypeCode(found.type);
    default:
        return {};
    }
}

QVariant OpportunityTableModel::displayText(const Opportunity &found, int column) const
{
    switch (column) {
    case RankColumn: return QLocale().toString(found.rank);
    case SeuColumn: return found.seuName;
    case IssueTypeColumn: return issueTypeLabel(found.type);
    case DescriptionColumn: return PerformanceText::opportunityDescription(found);
    case SavingsKWhColumn: return number(found.savingsKWh, 0);
    case SavingsCostColumn: return number(found.savingsCost, 2);
    case EffortColumn: return effortName(found.effort);
    case RoiDaysColumn: return QLocale().toString(found.roiDays);
    default: return {};
    }
}

QVariant OpportunityTableModel::sortValue(const Opportunity &found, int column) const
{
    switch (column) {
    case RankColumn: return found.rank;
    case SeuColumn: return found.seuName;
    case IssueTypeColumn: return issueTypeLabel(found.type);
    case DescriptionColumn: return PerformanceText::opportunityDescription(found);
    case SavingsKWhColumn: return found.savingsKWh;
    case SavingsCostColumn: return found.savingsCost;
    case EffortColumn: return int(found.effort);     // Low < Medium < High
    case RoiDaysColumn: return found.roiDays;
    default: return {};
    }
}

QString OpportunityTableModel::toolTip(const Opportunity &found, int column) const
{
    const QString currency = m_site.currency;
    const int days = m_report.windowDays;
    switch (column) {
    case RankColumn:
        return tr("Rank %1 of %2 by money saved").arg(found.rank).arg(rowCount());
    case SavingsKWhColumn:
        return tr("%1 kWh could be saved over the %2 days scanned")
            .arg(number(found.savingsKWh, 1))
            .arg(days);
    case SavingsCostColumn:
        return tr("%1 %2 over the %3 days scanned, at %4 %2/kWh")
            .arg(number(found.savingsCost, 2), currency)
            .arg(days)
            .arg(number(m_site.tariff(found.carrier).pricePerKWh, 4));
    case EffortColumn:
        return tr("Assumed cost of the measure: %1 %2")
            .arg(number(found.assumedCost, 2), currency);
    case RoiDaysColumn:
        return tr("Days until the assumed cost of %1 %2 is paid back by the saving")
            .arg(number(found.assumedCost, 2), currency);
    default:
        return QStringLiteral("<b>%1</b>").arg(paragraph(figuresText(found)))
            + paragraph(PerformanceText::detailedAnalysis(found, days, currency));
    }
}

// Everything the scan says about one finding, for the panel under the table: what was
// found, the figures it rests on, the saving and what to do about it. Every piece is
// escaped, so names users typed show as typed.
QString OpportunityTableModel::details(const Opportunity &found) const
{
    const QString currency = m_site.currency;
    //: rank, SEU name, issue type
    const QString title = tr("%1. %2 – %3")
                              .arg(found.rank)
                              .arg(found.seuName, issueTypeLabel(found.type));
    return QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped())
        + paragraph(PerformanceText::opportunityDescription(found))
        + paragraph(figuresText(found))
        + paragraph(PerformanceText::detailedAnalysis(found, m_report.windowDays, currency))
        + QStringLiteral("<p><b>%1</b> %2</p>")
              .arg(tr("Recommended action:").toHtmlEscaped(),
                   PerformanceText::recommendedAction(found).toHtmlEscaped());
}

// The figure the finding rests on, in a line the user can check against a chart.
QString OpportunityTableModel::figuresText(const Opportunity &found) const
{
    if (const auto *idle = std::get_if<IdleFigures>(&found.figures))
        return tr("Idle share: %1 % of %2 h with data (below %3 kW)")
            .arg(number(idle->idleShare * 100.0, 1), number(idle->coveredHours, 1),
                 number(idle->idleThresholdKW, 2));
    if (const auto *off = std::get_if<SchedulingFigures>(&found.figures))
        return tr("Off-hours share: %1 % of %2 kWh")
            .arg(number(off->offHoursShare * 100.0, 1), number(off->totalKWh, 0));
    if (const auto *drift = std::get_if<DriftFigures>(&found.figures))
        return tr("Drift: %1 % (%2 → %3 kWh per day)")
            .arg(number(drift->increase * 100.0, 1), number(drift->earlierMeanKWh, 1),
                 number(drift->laterMeanKWh, 1));
    return {};
}

QVariant OpportunityTableModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter
                                   | (isNumberColumn(section) ? Qt::AlignRight : Qt::AlignLeft));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};

    const QString currency = m_site.currency.isEmpty() ? tr("cost") : m_site.currency;
    switch (section) {
    case RankColumn: return tr("Rank");
    case SeuColumn: return tr("SEU");
    case IssueTypeColumn: return tr("Issue type");
    case DescriptionColumn: return tr("Description");
    case SavingsKWhColumn: return tr("Savings (kWh)");
    case SavingsCostColumn: return tr("Savings (%1)").arg(currency);
    case EffortColumn: return tr("Effort");
    case RoiDaysColumn: return tr("ROI (days)");
    default: return {};
    }
}

QString OpportunityTableModel::effortName(Effort effort)
{
    switch (effort) {
    case Effort::Low: return tr("Low");
    case Effort::Medium: return tr("Medium");
    case Effort::High: return tr("High");
    }
    return {};
}

QString OpportunityTableModel::issueTypeLabel(IssueType type)
{
    QString words = PerformanceText::issueTypeName(type);
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

OpportunityFilterProxy::OpportunityFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(OpportunityTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void OpportunityFilterProxy::setIssueTypeCode(const QString &code)
{
    if (code == m_issueTypeCode)
        return;
    m_issueTypeCode = code;
    invalidateFilter();
}

void OpportunityFilterProxy::setSeuText(const QString &text)
{
    if (text == m_seuText)
        return;
    m_seuText = text;
    invalidateFilter();
}

bool OpportunityFilterProxy::filterAcceptsRow(int sourceRow,
                                              const QModelIndex &sourceParent) const
{
    const QModelIndex seu =
        sourceModel()->index(sourceRow, OpportunityTableModel::SeuColumn, sourceParent);
    if (!m_issueTypeCode.isEmpty()
        && seu.data(OpportunityTableModel::IssueTypeCodeRole).toString() != m_issueTypeCode)
        return false;
    const QString name = seu.data(OpportunityTableModel::SortRole).toString();
    return m_seuText.isEmpty() || name.contains(m_seuText.trimmed(), Qt::CaseInsensitive);
}

OpportunityFilterProxy::Totals OpportunityFilterProxy::totals() const
{
    Totals sum;
    for (int row = 0; row < rowCount(); ++row) {
        const auto raw = [this, row](int column) {
            return index(row, column).data(OpportunityTableModel::SortRole).toDouble();
        };
        sum.savingsKWh += raw(OpportunityTableModel::SavingsKWhColumn);
        sum.savingsCost += raw(OpportunityTableModel::SavingsCostColumn);
        ++sum.count;
    }
    return sum;
}

} // namespace Enms
