// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plans/planhistoryview.h"

#include "models/plans/plandiff.h"
#include "models/plans/planrevisiontext.h"
#include "models/plans/plantext.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Enms {

namespace {

enum RevisionColumn { NumberColumn, WhenColumn, WhoColumn, StatusColumn, SummaryColumn };
enum ChangeColumn { FieldColumn, BeforeColumn, AfterColumn };

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    cell->setToolTip(text);
    return cell;
}

QTableWidget *table(const QStringList &headers)
{
    auto *view = new QTableWidget(0, int(headers.size()));
    view->setHorizontalHeaderLabels(headers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setWordWrap(true);
    return view;
}

} // namespace

PlanHistoryView::PlanHistoryView(QWidget *parent)
    : QWidget(parent)
{
    m_revisions = table({tr("Rev."), tr("When"), tr("Who"), tr("Status"), tr("Change")});
    m_changes = table({tr("Field"), tr("Before"), tr("After")});
    m_changes->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_changesTitle = new QLabel;

    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_changesTitle);
    lowerLayout->addWidget(m_changes);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_revisions);
    splitter->addWidget(lower);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_revisions, &QTableWidget::currentCellChanged, this, &PlanHistoryView::showChanges);
}

void PlanHistoryView::clear()
{
    setRevisions({});
}

void PlanHistoryView::setRevisions(std::vector<PlanRevision> revisions)
{
    m_history = std::move(revisions);
    const QSignalBlocker blocker(m_revisions);
    m_revisions->setRowCount(int(m_history.size()));
    const QLocale locale;
    const QStringList changes = PlanRevisionText::changes(m_history);
    for (int row = 0; row < int(m_history.size()); ++row) {
        const PlanRevision &revision = m_history[size_t(row)];
        m_revisions->setItem(row, NumberColumn, item(QString::number(revision.revision)));
        m_revisions->setItem(row, WhenColumn, item(locale.toString(
            revision.createdAtUtc.toLocalTime(), QLocale::ShortFormat)));
        m_revisions->setItem(row, WhoColumn, item(revision.author));
        auto *status = item(PlanText::statusName(revision.status));
        status->setForeground(PlanText::statusColor(revision.status));
        m_revisions->setItem(row, StatusColumn, status);
        m_revisions->setItem(row, SummaryColumn, item(changes.at(row)));
    }
    m_revisions->resizeColumnsToContents();
    m_revisions->setCurrentCell(int(m_history.size()) - 1, NumberColumn);
    showChanges();
}

void PlanHistoryView::showChanges()
{
    const int row = m_revisions->currentRow();
    m_changes->setRowCount(0);
    if (row < 0 || row >= int(m_history.size())) {
        m_changesTitle->clear();
        return;
    }
    const PlanRevision &revision = m_history[size_t(row)];
    const QJsonObject before = row > 0 ? m_history[size_t(row - 1)].document : QJsonObject();
    const std::vector<PlanFieldChange> changes = diffPlanDocuments(before, revision.document);

    m_changesTitle->setText(row > 0 ? tr("Changes in revision %1 against revision %2:")
                                          .arg(revision.revision)
                                          .arg(m_history[size_t(row - 1)].revision)
                                    : tr("Revision %1 created the plan:").arg(revision.revision));
    m_changes->setRowCount(int(changes.size()));
    for (int i = 0; i < int(changes.size()); ++i) {
        m_changes->setItem(i, FieldColumn, item(changes[size_t(i)].field));
        m_changes->setItem(i, BeforeColumn, item(changes[size_t(i)].before));
        m_changes->setItem(i, AfterColumn, item(changes[size_t(i)].after));
    }
    m_changes->resizeRowsToContents();
}

} // namespace Enms
