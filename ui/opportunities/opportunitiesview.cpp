// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/opportunitiesview.h"

#include "models/database.h"
#include "models/performance/opportunityscanjob.h"
#include "models/performance/opportunitytablemodel.h"
#include "models/performance/performanceservice.h"
#include "models/registry.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

namespace Enms {

using namespace Engine;

namespace {

constexpr int kProgressMaximum = 1000;     // permille, as the scan job reports it
constexpr int kDescriptionWidth = 420;     // pixels before the description is elided

} // namespace

OpportunitiesView::OpportunitiesView(QWidget *parent) : QWidget(parent)
{
    createWidgets();
    layoutWidgets();
    connectSignals();
    setBusy(false);
    updateFooter();
    updateActions();
}

OpportunitiesView::~OpportunitiesView()
{
    stopScan();
}

void OpportunitiesView::createWidgets()
{
    m_model = new OpportunityTableModel(this);
    m_proxy = new OpportunityFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OpportunityTableModel::RankColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OpportunityTableModel::DescriptionColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(48);
    m_table->installEventFilter(this);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    // The whole finding of the selected row: descriptions are too long for a cell.
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("opportunityDetails"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select an opportunity to read its figures and the "
                                     "recommended action."));
}

QWidget *OpportunitiesView::createFilterBar()
{
    m_site = new QComboBox;
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The site's name is never cut; on a narrow window the type filter gives way.
    m_site->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_site->setObjectName(QStringLiteral("opportunitySite"));
    m_site->setToolTip(tr("The site whose SEUs are scanned"));

    m_period = new QComboBox;
    m_period->addItem(tr("Week (7 days)"), periodCode(AnalysisPeriod::Week));
    m_period->addItem(tr("Month (30 days)"), periodCode(AnalysisPeriod::Month));
    m_period->addItem(tr("Quarter (90 days)"), periodCode(AnalysisPeriod::Quarter));
    m_period->setCurrentIndex(1);
    m_period->setToolTip(tr("How many local days before the end date are scanned"));

    m_endDate = new QDateEdit;
    m_endDate->setCalendarPopup(true);
    m_endDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_endDate->setToolTip(tr("The scan ends the day before this local date"));

    m_issueType = new QComboBox;
    // The longest type name would set the view's narrowest width; it elides instead.
    m_issueType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_issueType->setMinimumContentsLength(14);
    m_issueType->addItem(tr("All issue types"), QString());
    for (IssueType type : {IssueType::ExcessiveIdle, IssueType::InefficientScheduling,
                           IssueType::BaselineDrift})
        m_issueType->addItem(OpportunityTableModel::issueTypeLabel(type), issueTypeCode(type));

    m_seuFilter = new QLineEdit;
    m_seuFilter->setPlaceholderText(tr("Filter by SEU"));
    m_seuFilter->setClearButtonEnabled(true);
    m_seuFilter->setMinimumWidth(m_seuFilter->fontMetrics().horizontalAdvance(
                                     m_seuFilter->placeholderText()) + 16);

    m_scanButton = new QPushButton(tr("&Scan"));
    m_scanButton->setDefault(true);
    m_scanButton->setToolTip(tr("Scan the site's SEUs for savings opportunities"));

    // First what is scanned, then, on a line of its own, which findings are shown: one
    // line of both would make the view too wide for a laptop beside the site tree.
    auto *bar = new QWidget;
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *scanRow = new QHBoxLayout;
    auto *filterRow = new QHBoxLayout;
    rows->addLayout(scanRow);
    rows->addLayout(filterRow);
    const auto labelled = [](QHBoxLayout *row, const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
        row->addSpacing(6);
    };
    labelled(scanRow, tr("S&ite:"), m_site);
    labelled(scanRow, tr("&Period:"), m_period);
    labelled(scanRow, tr("&End date:"), m_endDate);
    scanRow->addWidget(m_scanButton);
    scanRow->addStretch(1);
    labelled(filterRow, tr("&Type:"), m_issueType);
    filterRow->addWidget(m_seuFilter, 1);
    return bar;
}

QWidget *OpportunitiesView::createProgressBar()
{
    m_progress = new QProgressBar;
    m_progress->setRange(0, kProgressMaximum);
    m_progress->setFormat(tr("Scanning… %p %"));
    m_cancelButton = new QPushButton(tr("Cancel"));

    m_progressRow = new QWidget;
    auto *row = new QHBoxLayout(m_progressRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancelButton);
    return m_progressRow;
}

// The progress of a scan sits beside the totals, so the table does not jump when a
// scan starts and ends.
QWidget *OpportunitiesView::createFooterBar()
{
    m_footer = new QLabel;
    m_footer->setTextFormat(Qt::PlainText);
    m_footer->setWordWrap(true);
    m_createPlanButton = new QPushButton(tr("&Create action plan…"));
    m_createPlanButton->setToolTip(tr("Draft an action plan for the selected opportunity "
                                      "(Enter)"));

    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_footer, 1);
    row->addWidget(createProgressBar(), 1);
    row->addSpacing(12);
    row->addWidget(m_createPlanButton);
    return bar;
}

void OpportunitiesView::layoutWidgets()
{
    auto *column = new QVBoxLayout(this);
    column->addWidget(createFilterBar());
    column->addWidget(m_message);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("opportunitySplitter"));
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    column->addWidget(split, 1);
    column->addWidget(createFooterBar());

    // The table was made first; the keyboard goes through the view top to bottom.
    const QList<QWidget *> order = {m_site, m_period, m_endDate, m_scanButton, m_issueType,
                                    m_seuFilter, m_table, m_details, m_cancelButton,
                                    m_createPlanButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void OpportunitiesView::connectSignals()
{
    connect(m_site, &QComboBox::currentIndexChanged, this, &OpportunitiesView::siteChosen);
    connect(m_scanButton, &QPushButton::clicked, this, &OpportunitiesView::scan);
    connect(m_cancelButton, &QPushButton::clicked, this, &OpportunitiesView::cancelScan);
    connect(m_issueType, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setIssueTypeCode(m_issueType->currentData().toString());
    });
    connect(m_seuFilter, &QLineEdit::textChanged, m_proxy, &OpportunityFilterProxy::setSeuText);
    connect(m_createPlanButton, &QPushButton::clicked, this,
            &OpportunitiesView::requestPlanForSelection);
    connect(m_table, &QTableView::customContextMenuRequested, this,
            &OpportunitiesView::showContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT seuActivated(index.data(OpportunityTableModel::SeuIdRole).toString());
    });

    // The footer and the button follow whatever the proxy shows.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OpportunitiesView::updateFooter);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &OpportunitiesView::updateFooter);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &OpportunitiesView::updateFooter);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &OpportunitiesView::updateFooter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OpportunitiesView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OpportunitiesView::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &OpportunitiesView::updateActions);
}

void OpportunitiesView::setDatabase(Database *database)
{
    stopScan();
    m_database = database;
    m_model->clear();
    showMessage({});
    loadSites();
    setBusy(false);
}

void OpportunitiesView::loadSites()
{
    const QSignalBlocker blocker(m_site);
    m_site->clear();
    m_sites.clear();
    if (m_database) {
        Result<std::vector<SiteInfo>> sites = Registry(*m_database).sites();
        if (sites)
            m_sites = std::move(sites).value();
        else
            showMessage(sites.error().message);
    }
    for (const SiteInfo &site : m_sites)
        m_site->addItem(site.name, site.id);
    siteChosen(m_site->currentIndex());
}

void OpportunitiesView::setSite(const QString &siteNameOrId)
{
    for (int i = 0; i < int(m_sites.size()); ++i) {
        const SiteInfo &site = m_sites[size_t(i)];
        if (site.id == siteNameOrId || site.name == siteNameOrId) {
            if (m_site->currentIndex() == i)
                siteChosen(i);
            else
                m_site->setCurrentIndex(i);
            return;
        }
    }
}

// The end date starts at the chosen site's today, which is the scan people want first.
void OpportunitiesView::siteChosen(int index)
{
    if (index < 0 || index >= int(m_sites.size())) {
        m_endDate->setDate(QDate::currentDate());
        return;
    }
    m_endDate->setDate(PerformanceService::localToday(m_sites[size_t(index)]));
}

void OpportunitiesView::scan()
{
    if (isBusy() || !m_database || m_site->currentIndex() < 0)
        return;

    OpportunityScanJob::Request request;
    request.location = m_database->location();
    request.siteId = m_site->currentData().toString();
    request.period = *parsePeriod(m_period->currentData().toString());
    request.endDate = m_endDate->date();

    m_cancelRequested = false;
    m_thread = new QThread(this);
    m_job = new OpportunityScanJob(request);
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &OpportunityScanJob::run);
    connect(m_job, &OpportunityScanJob::progressed, m_progress, &QProgressBar::setValue);
    connect(m_job, &OpportunityScanJob::finished, this, &OpportunitiesView::scanJobFinished);
    setBusy(true);
    showMessage({});
    m_thread->start();
    Q_EMIT statusMessage(tr("Scanning %1…").arg(m_site->currentText()));
}

void OpportunitiesView::cancelScan()
{
    if (!m_job)
        return;
    m_cancelRequested = true;
    m_job->cancel();
    m_cancelButton->setEnabled(false);
    m_progress->setFormat(tr("Cancelling…"));
}

// Ends a scan without waiting for its result to be shown: used when the database goes
// away or the view is destroyed.
void OpportunitiesView::stopScan()
{
    if (!m_thread)
        return;
    m_job->cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_job;
    m_job = nullptr;
    delete m_thread;
    m_thread = nullptr;
}

// Runs on the GUI thread once the job has ended (queued from the worker).
void OpportunitiesView::scanJobFinished()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    OpportunityScanResult result = m_job->result();
    const OpportunityScanJob::Request request = m_job->request();
    delete m_job;
    m_job = nullptr;
    delete m_thread;
    m_thread = nullptr;
    setBusy(false);

    // A Cancel pressed after the last SEU was read still means "I do not want this".
    if (m_cancelRequested || result.cancelled) {
        const QString text = tr("The scan was cancelled; the table still shows the previous "
                                "results.");
        showMessage(text);
        Q_EMIT statusMessage(text);
        Q_EMIT scanFinished(false);
        return;
    }
    if (!result.scan) {
        showMessage(tr("The scan failed: %1").arg(result.message));
        Q_EMIT statusMessage(tr("The scan failed"));
        Q_EMIT scanFinished(false);
        return;
    }
    m_model->setReport(result.scan->site, std::move(result.scan->result));
    showReport();
    Q_EMIT scanFinished(true);
}

void OpportunitiesView::showReport()
{
    const OpportunityReport &report = m_model->report();
    const QString first = QLocale().toString(report.firstDate, QLocale::ShortFormat);
    const QString last = QLocale().toString(report.lastDate, QLocale::ShortFormat);
    const int found = int(report.opportunities.size());
    //: site name, first and last local date, number of SEUs scanned
    const QString text = tr("%n opportunities at %1 from %2 to %3 (%4 SEUs scanned)", "", found)
                             .arg(m_model->site().name, first, last)
                             .arg(report.seusScanned);
    showMessage(found == 0 ? tr("No savings opportunities were found at %1 from %2 to %3.")
                                 .arg(m_model->site().name, first, last)
                           : QString());
    m_table->resizeColumnsToContents();
    if (m_table->columnWidth(OpportunityTableModel::DescriptionColumn) > kDescriptionWidth)
        m_table->setColumnWidth(OpportunityTableModel::DescriptionColumn, kDescriptionWidth);
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    Q_EMIT statusMessage(text);
}

void OpportunitiesView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void OpportunitiesView::updateFooter()
{
    if (m_model->rowCount() == 0 && m_model->report().siteId.isEmpty()) {
        m_footer->setText(tr("Choose a site, a period and an end date, then press Scan."));
        return;
    }
    const OpportunityFilterProxy::Totals totals = m_proxy->totals();
    const QLocale locale;
    // English has no numerus form file here, so the singular is a string of its own.
    //: count of visible rows · kWh · money and currency
    const QString text = totals.count == 1 ? tr("1 opportunity · %1 kWh · %2 %3")
                                           : tr("%n opportunities · %1 kWh · %2 %3", "",
                                                totals.count);
    m_footer->setText(text.arg(locale.toString(totals.savingsKWh, 'f', 0),
                               locale.toString(totals.savingsCost, 'f', 2),
                               m_model->site().currency));
}

void OpportunitiesView::updateActions()
{
    m_createPlanButton->setEnabled(!selectedSeuId().isEmpty());
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_details->setHtml(rows.isEmpty()
                           ? QString()
                           : rows.first().data(OpportunityTableModel::DetailsRole).toString());
}

void OpportunitiesView::setBusy(bool busy)
{
    m_progressRow->setVisible(busy);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Scanning… %p %"));
    m_cancelButton->setEnabled(busy);
    m_scanButton->setEnabled(!busy && m_database && m_site->count() > 0);
    m_site->setEnabled(!busy);
    m_period->setEnabled(!busy);
    m_endDate->setEnabled(!busy);
}

QString OpportunitiesView::selectedSeuId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : rows.first().data(OpportunityTableModel::SeuIdRole).toString();
}

QString OpportunitiesView::selectedIssueTypeCode() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty()
        ? QString()
        : rows.first().data(OpportunityTableModel::IssueTypeCodeRole).toString();
}

void OpportunitiesView::requestPlanForSelection()
{
    const QString seuId = selectedSeuId();
    if (seuId.isEmpty())
        return;
    Q_EMIT createPlanRequested(seuId, selectedIssueTypeCode());
}

void OpportunitiesView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());

    QMenu menu(this);
    menu.addAction(tr("&Create action plan…"), this,
                   &OpportunitiesView::requestPlanForSelection);
    const QString seuId = index.data(OpportunityTableModel::SeuIdRole).toString();
    menu.addAction(tr("Show SEU &chart"), this, [this, seuId] { Q_EMIT seuActivated(seuId); });
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

// Enter on a row of the table is the same as the "Create action plan…" button.
bool OpportunitiesView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !selectedSeuId().isEmpty()) {
            requestPlanForSelection();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Enms
