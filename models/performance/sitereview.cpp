// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/performance/sitereview.h"

#include "models/database.h"
#include "models/logging.h"
#include "models/performance/performanceservice.h"
#include "models/registry.h"

#include <QElapsedTimer>
#include <QTimeZone>

namespace Enms {

using namespace Engine;

namespace {

// What the review has fixed before it looks at any SEU.
struct ReviewScope {
    SiteInfo site;
    std::vector<SeuInfo> activeSeus;     // register order
    LocalCalendar calendar{QTimeZone()};
    QDate endDate;
    QDate firstDate;
    QDate lastDate;
};

Result<ReviewScope> scopeOf(Database &database, const QString &siteNameOrId,
                            AnalysisPeriod period, QDate endDate)
{
    Registry registry(database);
    Result<SiteInfo> site = registry.site(siteNameOrId);
    if (!site)
        return site.error();
    Result<std::vector<SeuInfo>> seus = registry.seus(site->id);
    if (!seus)
        return seus.error();

    ReviewScope scope;
    scope.site = std::move(site).value();
    scope.calendar = LocalCalendar(QTimeZone(scope.site.timeZoneId.toUtf8()));
    if (!scope.calendar.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The time zone '%1' of site %2 is not known.")
                             .arg(scope.site.timeZoneId, scope.site.name));
    for (SeuInfo &seu : *seus) {
        if (seu.active)
            scope.activeSeus.push_back(std::move(seu));
    }
    scope.endDate = endDate.isValid() ? endDate : PerformanceService::localToday(scope.site);
    scope.firstDate = scope.endDate.addDays(-periodDays(period));
    scope.lastDate = scope.endDate.addDays(-1);
    return scope;
}

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, QStringLiteral("The review was cancelled."));
}

bool isCancelled(const ReviewProgress &progress)
{
    return progress.isCancelled && progress.isCancelled();
}

void report(const ReviewProgress &progress, int done, int total)
{
    if (progress.progress)
        progress.progress(done, total);
}

// Judges one SEU over the review's window from its loaded days, and notes the
// accepted baseline when it was the one used.
Status analyseSeu(SiteReview &review, const LocalDayGrid &grid,
                  const PerformanceService::SeuWindow &window)
{
    const SeuInfo &seu = window.seu;
    Result<PeriodPerformance> row =
        analyzePeriod(seu, review.site.tariff(seu.carrier), dailyEnergy(window.energy, grid),
                      review.firstDate, review.lastDate, window.expectedDailyKWh);
    if (!row)
        return row.error();

    if (row->baselineSource == BaselineSource::AcceptedBaseline)
        review.acceptedBaselines[seu.id] = window.baselineId;
    review.seus.push_back(std::move(row).value());
    return Done{};
}

// The parts of a review that cover the whole site: the opportunities of the same
// window and loaded readings, the plans, the totals and the time stamp.
Status finishReview(Database &database, SiteReview &review,
                    const std::vector<PerformanceService::SeuWindow> &windows)
{
    Result<PerformanceService::ForSite<OpportunityReport>> scan =
        PerformanceService::scanOpportunities(review.site, windows, review.period,
                                              review.endDate);
    if (!scan)
        return scan.error();
    review.opportunities = std::move(scan->result);

    Result<std::vector<PlanSummary>> plans =
        PlanRepository(database, review.site.currency).plans(review.site.id);
    if (!plans)
        return plans.error();
    review.plans = std::move(plans).value();
    review.totals = totalsOf(review.seus);
    review.generatedAtUtc = QDateTime::currentDateTimeUtc();
    return Done{};
}

} // namespace

// Each SEU's readings are loaded once, from the thirty reference days before the
// window to its last day; the period analysis uses all of them, the opportunity scan
// only the window's own days.
Result<SiteReview> SiteReviewService::review(const QString &siteNameOrId,
                                             AnalysisPeriod period, QDate endDate,
                                             const ReviewProgress &progress) const
{
    QElapsedTimer timer;
    timer.start();
    Result<ReviewScope> scope = scopeOf(m_database, siteNameOrId, period, endDate);
    if (!scope)
        return scope.error();

    SiteReview review;
    review.site = scope->site;
    review.period = period;
    review.endDate = scope->endDate;
    review.firstDate = scope->firstDate;
    review.lastDate = scope->lastDate;

    const QDate loadFrom = review.firstDate.addDays(-kBaselineLookbackDays);
    const LocalDayGrid grid(scope->calendar, loadFrom, review.lastDate);
    const PerformanceService performance(m_database);
    const int total = int(scope->activeSeus.size()) + 1;
    std::vector<PerformanceService::SeuWindow> windows;
    windows.reserve(scope->activeSeus.size());
    for (const SeuInfo &seu : scope->activeSeus) {
        if (isCancelled(progress))
            return cancelled();
        Result<PerformanceService::SeuWindow> window =
            performance.loadWindow(seu, review.site, loadFrom, review.firstDate,
                                   review.lastDate);
        if (!window)
            return window.error();
        if (Status analysed = analyseSeu(review, grid, *window); !analysed)
            return analysed.error();
        windows.push_back(std::move(window).value());
        report(progress, int(windows.size()), total);
    }

    if (isCancelled(progress))
        return cancelled();
    if (Status finished = finishReview(m_database, review, windows); !finished)
        return finished.error();
    report(progress, total, total);

    qCDebug(lcModels) << "Reviewed" << review.seus.size() << "SEUs of" << review.site.name
                      << "from" << review.firstDate << "to" << review.lastDate << "in"
                      << timer.elapsed() << "ms";
    return review;
}

SiteReviewTotals totalsOf(const std::vector<PeriodPerformance> &seus)
{
    SiteReviewTotals totals;
    for (const PeriodPerformance &row : seus) {
        totals.actualKWh += row.actualKWh;
        totals.costAmount += row.costAmount;
        totals.co2Kg += row.co2Kg;
        if (!row.hasExpected())
            continue;
        totals.expectedKWh += *row.expectedKWh;
        totals.actualKWhWithExpected += row.actualKWh;
        totals.deviationKWh += row.deviationKWh;
        totals.deviationCost += row.deviationCost;
        ++totals.seusWithExpected;
    }
    if (totals.expectedKWh > 0.0)
        totals.deviationPercent = totals.deviationKWh / totals.expectedKWh * 100.0;
    return totals;
}

} // namespace Enms
