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
                                  QDate endDate) const
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

    const LocalCalendar calendar = calendarOf(*site);
    const QDate first = endDate.addDays(-periodDays(period));
    const QDate last = endDate.addDays(-1);
    std::vector<DayBlocks> energies;
    energies.reserve(seus->size());
    for (const SeuInfo &seu : *seus) {
        Result<DayBlocks> blocks = loadEnergy(seu.id, calendar, first, last);
        if (!blocks)
            return blocks.error();
        energies.push_back(std::move(blocks).value());
    }

    // SEUs with an accepted daily baseline are judged for drift against its expected
    // energy; the others compare the two halves of the window as before.
    std::vector<SeuEnergySeries> series;
    std::map<QString, QString> baselines;
    BaselineService baselineService(m_database);
    for (size_t i = 0; i < seus->size(); ++i) {
        const SeuInfo &seu = (*seus)[i];
        Result<BaselineService::DailyExpectation> expectation =
            baselineService.expectedDaily(seu, *site, first, last);
        if (!expectation)
            return expectation.error();
        if (!expectation->expectedKWh.empty())
            baselines[seu.id] = expectation->baselineId;
        series.push_back(SeuEnergySeries{seu, &energies[i],
                                         std::move(expectation->expectedKWh)});
    }
    Result<OpportunityReport> report = findOpportunities(*site, series, period, endDate);
    if (!report)
        return report.error();
    return ForSite<OpportunityReport>{*site, std::move(report).value(), std::move(baselines)};
}

Result<PerformanceService::ForSite<ActionPlan>>
PerformanceService::draftPlan(const QString &seuNameOrId, const QString &issueTypeCode) const
{
    Result<SeuAndSite> found = Registry(m_database).seuWithSite(seuNameOrId);
    if (!found)
        return found.error();
    const SeuInfo &seu = found->seu;
    const SiteInfo &site = found->site;
    if (Result<IssueType> type = parseIssueType(issueTypeCode); !type)
        return type.error();

    const QDate today = localToday(site);
    Result<ForSite<OpportunityReport>> scan = opportunities(site.id, AnalysisPeriod::Month, today);
    if (!scan)
        return scan.error();

    const LocalCalendar calendar = calendarOf(site);
    const QDate recentFirst = today.addDays(-kRecentEnergyDays);
    Result<DayBlocks> recent = loadEnergy(seu.id, calendar, recentFirst, today.addDays(-1));
    if (!recent)
        return recent.error();
    double recentKWh = 0.0;
    for (const LocalDayEnergy &day : dailyEnergy(*recent, calendar, recentFirst,
                                                 today.addDays(-1)))
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
