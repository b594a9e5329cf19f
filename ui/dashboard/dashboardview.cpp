// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardview.h"

#include "models/database.h"
#include "models/performance/performancetext.h"
#include "models/performance/reviewtablemodel.h"
#include "models/registry.h"
#include "ui/dashboard/reviewbarchart.h"
#include "ui/logging.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Enms {

using namespace Engine;

namespace {

// Typing a date changes it digit by digit; wait for a pause before reviewing.
constexpr int kDateEditPauseMs = 600;

QString money(double amount)
{
    return QLocale().toString(amount, 'f', 2);
}

// A bar label has room for a word or two: the type of an opportunity in brief.
QString shortIssueName(IssueType type)
{
    switch (type) {
    case IssueType::ExcessiveIdle: return DashboardView::tr("idle running");
    case IssueType::InefficientScheduling: return DashboardView::tr("off-hours use");
    case IssueType::BaselineDrift: return DashboardView::tr("drift");
    default: return PerformanceText::issueTypeName(type);
    }
}

// The locale's short date format with the year written in full: a two-digit year in a
// date edit would be read as 19xx.
QString fourDigitYearFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, fourDigitYearFormat());
}

// Sorts the review on raw numbers and puts each column's unit on a second header line
// ("Energy (kWh)" becomes "Energy" over "(kWh)"), so all ten columns fit a laptop
// screen without scrolling sideways.
class ReviewSortProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        QVariant header = QSortFilterProxyModel::headerData(section, orientation, role);
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return header;
        QString text = header.toString();
        const qsizetype unit = text.lastIndexOf(QLatin1String(" ("));
        if (unit > 0)
            text[unit] = QLatin1Char('\n');
        return text;
    }
};

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ReviewTableModel(this))
    , m_proxy(new ReviewSortProxy(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReviewTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    buildControls();
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    const auto addLabelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        bar->addWidget(label);
        bar->addWidget(field);
    };
    addLabelled(tr("&Site:"), m_siteCombo);
    addLabelled(tr("&Period:"), m_periodCombo);
    addLabelled(tr("&End date:"), m_endDateEdit);
    bar->addWidget(m_refreshButton);
    bar->addStretch();
    bar->addWidget(m_progress);
    bar->addWidget(m_cancelButton);
    layout->addLayout(bar);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_opportunityLabel);
    layout->addWidget(m_message);
    layout->addWidget(buildBody(), 1);

    connectSignals();
    setBusy(false);
    clearReview(tr("No database is open."));
}

// Running reviews stop at their next check; m_jobs waits for them.
DashboardView::~DashboardView() = default;

void DashboardView::buildControls()
{
    m_siteCombo = new QComboBox(this);
    m_siteCombo->setObjectName(QStringLiteral("siteCombo"));
    m_siteCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_periodCombo = new QComboBox(this);
    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    m_periodCombo->addItem(tr("Week (7 days)"), int(AnalysisPeriod::Week));
    m_periodCombo->addItem(tr("Month (30 days)"), int(AnalysisPeriod::Month));
    m_periodCombo->addItem(tr("Quarter (90 days)"), int(AnalysisPeriod::Quarter));
    m_periodCombo->setCurrentIndex(1);

    m_endDateEdit = new QDateEdit(this);
    m_endDateEdit->setObjectName(QStringLiteral("endDateEdit"));
    m_endDateEdit->setCalendarPopup(true);
    m_endDateEdit->setDisplayFormat(fourDigitYearFormat());
    m_dateEditTimer = new QTimer(this);
    m_dateEditTimer->setSingleShot(true);
    m_dateEditTimer->setInterval(kDateEditPauseMs);

    m_refreshButton = new QPushButton(tr("&Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setToolTip(tr("Review the site again with the stored readings"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->setFormat(tr("%p %"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelReviewButton"));

    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    QFont bold = m_periodLabel->font();
    bold.setBold(true);
    m_periodLabel->setFont(bold);
    m_opportunityLabel = new QLabel(this);
    m_opportunityLabel->setObjectName(QStringLiteral("opportunityLabel"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

QWidget *DashboardView::buildBody()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // Every column as wide as its content, SEU names never wrapped; on a narrow window
    // the table scrolls sideways instead.
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);

    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("totalsLabel"));
    m_footer->setWordWrap(true);
    m_footer->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_footer);

    m_energyChart = new ReviewBarChart(this);
    m_energyChart->setObjectName(QStringLiteral("energyChart"));
    m_savingsChart = new ReviewBarChart(this);
    m_savingsChart->setObjectName(QStringLiteral("savingsChart"));
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_energyChart);
    charts->addWidget(m_savingsChart);

    auto *body = new QSplitter(Qt::Vertical, this);
    body->addWidget(tablePane);
    body->addWidget(charts);
    body->setStretchFactor(0, 1);
    body->setStretchFactor(1, 1);
    body->setChildrenCollapsible(false);
    return body;
}

void DashboardView::connectSignals()
{
    connect(m_siteCombo, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateEndDateToolTip();
        refresh();
    });
    connect(m_endDateEdit, &QDateEdit::dateChanged, m_dateEditTimer,
            qOverload<>(&QTimer::start));
    connect(m_dateEditTimer, &QTimer::timeout, this, &DashboardView::refresh);
    connect(m_refreshButton, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(m_cancelButton, &QPushButton::clicked, this, &DashboardView::cancel);

    // activated() comes from a double click and from Enter or Return on the current row.
    connect(m_table, &QTableView::activated, this, &DashboardView::activateRow);
    connect(m_energyChart, &ReviewBarChart::barClicked, this,
            &DashboardView::activateEnergyBar);
}

void DashboardView::setDatabase(Database *database)
{
    abandonCurrentJob();
    m_database = database;
    loadSites();
    if (!m_database) {
        clearReview(tr("No database is open."));
        return;
    }
    if (m_sites.empty()) {
        clearReview(tr("The database holds no site yet."));
        return;
    }
    setEndDate(siteToday());
}

void DashboardView::loadSites()
{
    m_sites.clear();
    if (m_database) {
        Result<std::vector<SiteInfo>> sites = Registry(*m_database).sites();
        if (sites)
            m_sites = std::move(sites).value();
        else
            showMessage(tr("The sites could not be read: %1").arg(sites.error().message));
    }

    const QSignalBlocker blocker(m_siteCombo);
    m_siteCombo->clear();
    for (const SiteInfo &site : m_sites)
        m_siteCombo->addItem(site.name, site.id);
}

void DashboardView::setSite(const QString &siteId)
{
    const int index = m_siteCombo->findData(siteId);
    if (index < 0) {
        showMessage(tr("There is no site with the id %1.").arg(siteId));
        return;
    }
    if (index == m_siteCombo->currentIndex())
        return;
    m_siteCombo->setCurrentIndex(index);   // reviews through currentIndexChanged
}

void DashboardView::setPeriod(AnalysisPeriod period)
{
    const int index = m_periodCombo->findData(int(period));
    if (index != m_periodCombo->currentIndex())
        m_periodCombo->setCurrentIndex(index);   // reviews through currentIndexChanged
}

void DashboardView::setEndDate(const QDate &endDate)
{
    {
        const QSignalBlocker blocker(m_endDateEdit);
        m_endDateEdit->setDate(endDate);
    }
    m_dateEditTimer->stop();
    updateEndDateToolTip();
    refresh();
}

QString DashboardView::siteId() const
{
    return m_siteCombo->currentData().toString();
}

AnalysisPeriod DashboardView::period() const
{
    return AnalysisPeriod(m_periodCombo->currentData().toInt());
}

QDate DashboardView::endDate() const
{
    return m_endDateEdit->date();
}

QString DashboardView::messageText() const
{
    return m_message->text();
}

QString DashboardView::totalsText() const
{
    return m_footer->text();
}

// The site's local date now: the default end date, so a window ends with yesterday.
QDate DashboardView::siteToday() const
{
    const int index = m_siteCombo->currentIndex();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (index < 0 || size_t(index) >= m_sites.size())
        return now.date();
    return now.toTimeZone(QTimeZone(m_sites[size_t(index)].timeZoneId.toUtf8())).date();
}

void DashboardView::updateEndDateToolTip()
{
    const int days = periodDays(period());
    const QDate end = m_endDateEdit->date();
    m_endDateEdit->setToolTip(
        tr("The review covers the %n local day(s) before this date, from %1 to %2; the "
           "end date itself is not included.", nullptr, days)
            .arg(longDate(end.addDays(-days)), longDate(end.addDays(-1))));
}

void DashboardView::refresh()
{
    m_dateEditTimer->stop();
    if (!m_database || siteId().isEmpty())
        return;

    ReviewRequest request;
    request.location = m_database->location();
    request.siteId = siteId();
    request.period = period();
    request.endDate = endDate();
    startJob(std::move(request));
}

void DashboardView::startJob(ReviewRequest request)
{
    abandonCurrentJob();

    const QString site = m_siteCombo->currentText();
    auto *job = new ReviewJob(std::move(request), m_reviewFunction);
    connect(job, &ReviewJob::progressed, this,
            [this, job](int done, int total) { jobProgressed(job, done, total); });
    connect(job, &ReviewJob::finished, this, [this, job] { jobFinished(job); });
    m_currentJob = job;
    m_cancelRequested = false;

    setBusy(true);
    const QString reviewing = tr("Reviewing %1…").arg(site);
    showMessage(reviewing);
    Q_EMIT statusMessage(reviewing);
    qCDebug(lcUi) << "dashboard review started for" << job->request().siteId;
    m_jobs.start(job);
}

// The running review, if any, is told to stop and its result will be dropped.
void DashboardView::abandonCurrentJob()
{
    if (!m_currentJob)
        return;
    m_currentJob->cancel();
    m_currentJob = nullptr;
    setBusy(false);
}

void DashboardView::cancel()
{
    if (!m_currentJob)
        return;
    m_currentJob->cancel();
    m_cancelRequested = true;
    m_cancelButton->setEnabled(false);
    Q_EMIT statusMessage(tr("Cancelling the review…"));
}

void DashboardView::jobProgressed(ReviewJob *job, int done, int total)
{
    if (job != m_currentJob)
        return;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
}

// Runs on the GUI thread once a job has ended (queued from the worker).
void DashboardView::jobFinished(ReviewJob *job)
{
    const bool current = job == m_currentJob;
    std::optional<Result<SiteReview>> result = takeResult(job);
    if (!current || !result)
        return;

    m_currentJob = nullptr;
    setBusy(false);
    const bool cancelled = m_cancelRequested || (!*result && result->error().code
                                                                 == ErrorCode::Cancelled);
    if (cancelled) {
        showMessage(m_review ? tr("The review was cancelled; the figures below are from the "
                                  "previous review.")
                             : tr("The review was cancelled."));
        Q_EMIT statusMessage(tr("Review cancelled"));
    } else if (!*result) {
        clearReview(tr("The review failed: %1").arg(result->error().message));
        Q_EMIT statusMessage(tr("Review failed"));
    } else {
        showReview(result->value());
        Q_EMIT statusMessage(tr("Review of %1 finished").arg(result->value().site.name));
    }
    Q_EMIT reviewFinished();
}

// Stops the job's thread and frees both; the job's run() has already returned.
std::optional<Result<SiteReview>> DashboardView::takeResult(ReviewJob *job)
{
    const std::unique_ptr<ReviewJob> ended = m_jobs.finish(job);
    if (!ended)
        return std::nullopt;
    return ended->result();
}

void DashboardView::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    if (busy)
        m_progress->setRange(0, 0);   // an animated bar until the first SEU is done
}

void DashboardView::showReview(const SiteReview &review)
{
    m_review = review;
    showMessage({});
    m_model->setReview(review);
    m_footer->setText(m_model->totalsText());
    showSummary(review);
    showCharts(review);
}

void DashboardView::showSummary(const SiteReview &review)
{
    const int days = review.firstDate.daysTo(review.lastDate) + 1;
    m_periodLabel->setText(tr("%1: %2 to %3, %4 days before %5")
                               .arg(review.site.name, longDate(review.firstDate),
                                    longDate(review.lastDate))
                               .arg(days)
                               .arg(longDate(review.endDate)));

    const OpportunityReport &found = review.opportunities;
    const int count = int(found.opportunities.size());
    const QString opportunities =
        count == 0 ? tr("No savings opportunities found in this window.")
                   : tr("Savings opportunities: %1, worth %2 %3 (%4 kWh) in this window.")
                         .arg(count)
                         .arg(money(found.totalSavingsCost), review.site.currency,
                              QLocale().toString(found.totalSavingsKWh, 'f', 0));
    const QString plans = tr("Action plans of the site: %1.").arg(review.plans.size());
    m_opportunityLabel->setText(opportunities + QLatin1Char(' ') + plans);
    m_periodLabel->show();
    m_opportunityLabel->show();
}

void DashboardView::showCharts(const SiteReview &review)
{
    QStringList names;
    QStringList energyTips;
    std::vector<double> energy;
    for (const PeriodPerformance &row : review.seus) {
        names << row.seuName;
        energy.push_back(row.actualKWh);
        energyTips << tr("%1: %2 kWh").arg(row.seuName,
                                           QLocale().toString(row.actualKWh, 'f', 0));
    }
    if (energy.empty())
        m_energyChart->clearBars(tr("No active SEU at this site"));
    else
        m_energyChart->setBars(tr("Energy by SEU"), names, energy, tr("Energy (kWh)"),
                               energyTips);

    QStringList labels;
    QStringList savingTips;
    std::vector<double> savings;
    for (const Opportunity &found : review.opportunities.opportunities) {
        labels << tr("%1<br>%2").arg(found.seuName.toHtmlEscaped(),
                                     shortIssueName(found.type));
        savings.push_back(found.savingsCost);
        savingTips << tr("%1, %2: %3 %4 (%5 kWh), payback %n day(s)", nullptr, found.roiDays)
                          .arg(found.seuName, PerformanceText::issueTypeName(found.type),
                               money(found.savingsCost), review.site.currency,
                               QLocale().toString(found.savingsKWh, 'f', 0));
    }
    if (savings.empty())
        m_savingsChart->clearBars(tr("No savings opportunities in this window"));
    else
        m_savingsChart->setBars(tr("Savings by opportunity"), labels, savings,
                                tr("Potential savings (%1)").arg(review.site.currency),
                                savingTips);
}

void DashboardView::clearReview(const QString &why)
{
    m_review.reset();
    m_model->clear();
    m_footer->clear();
    m_periodLabel->clear();
    m_periodLabel->hide();
    m_opportunityLabel->clear();
    m_opportunityLabel->hide();
    m_energyChart->clearBars({});
    m_savingsChart->clearBars({});
    showMessage(why);
}

void DashboardView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void DashboardView::activateRow(const QModelIndex &proxyIndex)
{
    const QString seuId = proxyIndex.data(ReviewTableModel::SeuIdRole).toString();
    if (!seuId.isEmpty())
        Q_EMIT seuActivated(seuId);
}

// The energy chart has one bar per model row, in model order.
void DashboardView::activateEnergyBar(int index)
{
    if (index < 0 || index >= m_model->rowCount())
        return;
    Q_EMIT seuActivated(m_model->rowAt(index).seuId);
}

} // namespace Enms
