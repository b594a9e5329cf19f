// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/site.h"
#include "engine/performance/opportunities.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Enms {

// The ranked opportunities of one site scan as a table: one row per finding, in the
// engine's rank order. The display text is formatted for the user's locale; the sort
// role gives the raw number or text, so sorting by money is sorting by money and not
// by its digits. The site is kept for its currency. Used by the Opportunities view.
class OpportunityTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpportunityTableModel)

public:
    enum Column {
        RankColumn,
        SeuColumn,
        IssueTypeColumn,
        DescriptionColumn,
        SavingsKWhColumn,
        SavingsCostColumn,
        EffortColumn,
        RoiDaysColumn,
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole,    // raw value: int, double or text
        SeuIdRole,                  // the SEU's id, on every column
        IssueTypeCodeRole,          // "excessive_idle", ..., on every column
        DetailsRole,                // the whole finding as rich text, on every column
    };

    explicit OpportunityTableModel(QObject *parent = nullptr);

    // Replaces the table with a scan's findings (a genuine reload).
    void setReport(const Engine::SiteInfo &site, Engine::OpportunityReport report);
    void clear();

    const Engine::SiteInfo &site() const { return m_site; }
    const Engine::OpportunityReport &report() const { return m_report; }
    const Engine::Opportunity &opportunityAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Low", "Medium", "High"
    static QString effortName(Engine::Effort effort);
    // "Inefficient scheduling": the issue type as a table cell or a combo entry.
    static QString issueTypeLabel(Engine::IssueType type);

private:
    QVariant displayText(const Engine::Opportunity &found, int column) const;
    QVariant sortValue(const Engine::Opportunity &found, int column) const;
    QString toolTip(const Engine::Opportunity &found, int column) const;
    QString details(const Engine::Opportunity &found) const;
    QString figuresText(const Engine::Opportunity &found) const;

    Engine::SiteInfo m_site;
    Engine::OpportunityReport m_report;
};

// Sorting and filtering for the opportunity table: by issue type (a code, or empty for
// all) and by a piece of the SEU name. totals() sums the rows that pass, for the footer
// under the table, so the footer always matches what the user sees.
class OpportunityFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpportunityFilterProxy)

public:
    struct Totals {
        int count = 0;
        double savingsKWh = 0.0;
        double savingsCost = 0.0;
    };

    explicit OpportunityFilterProxy(QObject *parent = nullptr);

    void setIssueTypeCode(const QString &code);
    QString issueTypeCode() const { return m_issueTypeCode; }
    void setSeuText(const QString &text);
    QString seuText() const { return m_seuText; }

    Totals totals() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_issueTypeCode;
    QString m_seuText;
};

} // namespace Enms
