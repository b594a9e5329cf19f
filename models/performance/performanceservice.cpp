// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/performance/performanceservice.h"

#include "models/baseline/baselineservice.h"
#include "models/database.h"
#include "models/performance/actionplantext.h"
#include "models/readingstore.h"
#include "models/registry.h"

#include <QDateTime>
#include <QTimeZone>

namespace Enms {

using namespace Engine;

namespace {

// Days of history the daily analysis looks at before the analysed day.
constexpr int kAnalysisHistoryDays = 30;

LocalCalendar calendarOf(const SiteInfo &site)
{
    return LocalCalendar(QTimeZone(site.timeZoneId.toUtf8()));
}

} // namespace

QDate PerformanceService::localToday(const SiteInfo &site)
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(site.timeZoneId.toUtf8())).date();
}

Result<DayBlocks> PerformanceService::loadEnergy(const QString &seuId,
                                                 const LocalCalendar &calendar,
                                                 const QDate &from, const QDate &to) const
{
    const qint64 firstUtcDay = utcDayOf(calendar.startOfDayUtc(from));
    const qint64 lastUtcDay = utcDayOf(calendar.startOfDayUtc(to.addDays(1)) - 1);
    return ReadingStore(m_database).energy(seuId, firstUtcDay, lastUtcDay);
}

Result<PerformanceService::ForSite<DailyAnalysis>>
PerformanceService::analyze(const QString &seuNameOrId, const QDate &date) const
{
    Result<SeuAndSite> found = Registry(m_database).seuWithSite(seuNameOrId);
    if (!found)
        return found.error();
    const SeuInfo &seu = found->seu;
    const SiteInfo &site = found->site;

    const LocalCalendar calendar = calendarOf(site);
    const QDate first = date.addDays(-kAnalysisHistoryDays);
    Result<DayBlocks> blocks = loadEnergy(seu.id, calendar, first, date);
    if (!blocks)
        return blocks.error();

    // An accepted daily baseline replaces the thirty-day mean when it has the drivers
    // of the day; otherwise the day is judged as before.
    Result<BaselineService::DailyExpectation> expectation =
        BaselineService(m_database).expectedDaily(seu, site, date, date);
    if (!expectation)
        return expectation.error();
    std::optional<double> expectedKWh;
    std::map<QString, QString> baselines;
    if (const auto it = expectation->expectedKWh.find(date);
        it != expectation->expectedKWh.end()) {
        expectedKWh = it->second;
        baselines[seu.id] = expectation->baselineId;
    }

    const std::vector<LocalDayEnergy> days = dailyEnergy(*blocks, calendar, first, date);
    Result<DailyAnalysis> analysis = analyzeDay(seu, site.tariff(seu.carrier), days, date,
                                                expectedKWh);
    if (!analysis)
        return analysis.error();
    return ForSite<DailyAnalysis>{site, std::move(analysis).value(), std::move(baselines)};
}

Result<PerformanceService::ForSite<OpportunityReport>>
PerformanceService::opportunities(const QString &siteNameOrId, AnalysisPeriod period,
                                  QDate endDate, const ScanHooks &hooks) const
{
    Registry registry(m_database);
    Result<SiteInfo> site = registry.site(siteNameOrId);
    if (!site)
        return site.error();
    Result<std::vector<SeuInfo>> seus = registry.seus(site->id);
    if (!seus)
        return seus.error();
    if (!endDate.isValid())
        endDate = localToday(*site);

    const QDate first = endDate.addDays(-periodDays(period));
    const QDate last = endDate.addDays(-1);
    // One step per SEU loaded, and a last one for the detectors.
    const int steps = int(seus->size()) + 1;
    std::vector<SeuWindow> windows;
    windows.reserve(seus->size());
    for (const SeuInfo &seu : *seus) {
        if (hooks.isCancelled && hooks.isCancelled())
            return makeError(ErrorCode::Cancelled, QStringLiteral("The scan was cancelled."));
        Result<SeuWindow> window = loadWindow(seu, *site, first, first, last);
        if (!window)
            return window.error();
        windows.push_back(std::move(window).value());
        if (hooks.progress)
            hooks.progress(int(windows.size()), steps);
    }
    auto scanned = scanOpportunities(*site, windows, period, endDate);
    if (scanned && hooks.progress)
        hooks.progress(steps, steps);
    return scanned;
}

Result<PerformanceService::SeuWindow>
PerformanceService::loadWindow(const SeuInfo &seu, const SiteInfo &site, const QDate &loadFrom,
                               const QDate &firstDate, const QDate &lastDate) const
{
    Result<DayBlocks> blocks = loadEnergy(seu.id, calendarOf(site), loadFrom, lastDate);
    if (!blocks)
        return blocks.error();
    Result<BaselineService::DailyExpectation> expectation =
        BaselineService(m_database).expectedDaily(seu, site, firstDate, lastDate);
    if (!expectation)
        return expectation.error();
    return SeuWindow{seu, std::move(blocks).value(), expectation->baselineId,
                     std::move(expectation->expectedKWh)};
}

// SEUs with an accepted daily baseline are judged for drift against its expected
// energy; the others compare the two halves of the window as before.
Result<PerformanceService::ForSite<OpportunityReport>>
PerformanceService::scanOpportunities(const SiteInfo &site, const std::vector<SeuWindow> &seus,
                                      AnalysisPeriod period, const QDate &endDate)
{
    std::vector<SeuEnergySeries> series;
    series.reserve(seus.size());
    std::map<QString, QString> baselines;
    for (const SeuWindow &window : seus) {
        if (!window.expectedDailyKWh.empty())
            baselines[window.seu.id] = window.baselineId;
        series.push_back(SeuEnergySeries{window.seu, &window.energy, window.expectedDailyKWh});
    }
    Result<OpportunityReport> report =
        findOpportunities(site, series, period, endDate, site.opportunityRules);
    if (!report)
        return report.error();
    return ForSite<OpportunityReport>{site, std::move(report).value(), std::move(baselines)};
}

Result<PerformanceService::ForSite<ActionPlan>>
PerformanceService::draftPlan(const QString &seuNameOrId, const QString &issueTypeCode,
                              const PlanWindow &window) const
{
    Result<SeuAndSite> found = Registry(m_database).seuWithSite(seuNameOrId);
    if (!found)
        return found.error();
    const SeuInfo &seu = found->seu;
    const SiteInfo &site = found->site;
    if (Result<IssueType> type = parseIssueType(issueTypeCode); !type)
        return type.error();

    const QDate today = localToday(site);
    const QDate end = window.endDate.isValid() ? window.endDate : today;
    Result<ForSite<OpportunityReport>> scan = opportunities(site.id, window.period, end);
    if (!scan)
        return scan.error();

    const LocalCalendar calendar = calendarOf(site);
    const QDate recentFirst = end.addDays(-kRecentEnergyDays);
    Result<DayBlocks> recent = loadEnergy(seu.id, calendar, recentFirst, end.addDays(-1));
    if (!recent)
        return recent.error();
    double recentKWh = 0.0;
    for (const LocalDayEnergy &day : dailyEnergy(*recent, calendar, recentFirst,
                                                 end.addDays(-1)))
        recentKWh += day.energyKWh;

    PlanRequest request;
    request.seu = seu;
    request.tariff = site.tariff(seu.carrier);
    request.currency = site.currency;
    request.issueTypeCode = issueTypeCode;
    request.currentOpportunity = findOpportunity(scan->result, seu.id,
                                                 *parseIssueType(issueTypeCode));
    request.opportunityWindowDays = scan->result.windowDays;
    request.recentEnergyKWh = recentKWh;
    request.createdOn = today;
    request.createdAtUtc = QDateTime::currentDateTimeUtc();
    Result<ActionPlan> plan = draftActionPlan(request);
    if (!plan)
        return plan.error();
    return ForSite<ActionPlan>{site, std::move(plan).value(), scan->acceptedBaselines};
}

Result<PerformanceService::EnergyRows>
PerformanceService::energy(const QString &seuNameOrId, const QDate &from, const QDate &to,
                           EnergyGrouping grouping) const
{
    if (to < from)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The period ends (%1) before it starts (%2).")
                             .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    Result<SeuAndSite> found = Registry(m_database).seuWithSite(seuNameOrId);
    if (!found)
        return found.error();
    const SeuInfo &seu = found->seu;
    const SiteInfo &site = found->site;

    const LocalCalendar calendar = calendarOf(site);
    Result<DayBlocks> blocks = loadEnergy(seu.id, calendar, from, to);
    if (!blocks)
        return blocks.error();
    const LocalDayGrid grid(calendar, from, to);
    return EnergyRows{seu, site, energyByPeriod(*blocks, grid, grouping)};
}

} // namespace Enms
