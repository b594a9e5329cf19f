// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/performance/opportunities.h"

#include "engine/performance/dailyanalysis.h"
#include "engine/performance/localenergy.h"

#include <algorithm>
#include <cmath>

namespace Enms::Engine {

namespace {

// Everything the three detectors need from one SEU, gathered in a single pass.
struct SeuScan {
    std::vector<LocalDayEnergy> days;    // one per window day
    qint64 coveredSeconds = 0;
    double totalKWh = 0.0;
    qint64 idleSeconds = 0;
    double idleKWh = 0.0;
    double offHoursKWh = 0.0;
};

SeuScan scanSeu(const DayBlocks &blocks, const LocalDayGrid &grid,
                const WorkingCalendar &calendar, double idleThresholdKW)
{
    SeuScan scan;
    scan.days = dailyEnergy({}, grid);

    std::vector<bool> workingDay(size_t(grid.dayCount()));
    for (int day = 0; day < grid.dayCount(); ++day)
        workingDay[size_t(day)] = calendar.isWorkingDay(grid.dayOfWeek(day));
    const int workStart = calendar.startMinute * 60;
    const int workEnd = calendar.endMinute * 60;

    forEachLocalReading(blocks, grid, [&](int day, qint64 utc, int intervalS, double kwh) {
        LocalDayEnergy &entry = scan.days[size_t(day)];
        entry.energyKWh += kwh;
        entry.coveredSeconds += intervalS;

        // Idle is judged on mean power, and counted in time, not in readings.
        if (kwh * 3600.0 < idleThresholdKW * intervalS) {
            scan.idleSeconds += intervalS;
            scan.idleKWh += kwh;
        }

        // An interval belongs to working time when it starts inside it.
        const int wall = grid.wallSecondsOfDay(day, utc);
        const bool working = workingDay[size_t(day)] && wall >= workStart && wall < workEnd;
        if (!working)
            scan.offHoursKWh += kwh;
    });

    for (const LocalDayEnergy &day : scan.days) {
        scan.coveredSeconds += day.coveredSeconds;
        scan.totalKWh += day.energyKWh;
    }
    return scan;
}

Opportunity makeOpportunity(const SeuInfo &seu, IssueType type, double savingsKWh,
                            double pricePerKWh, double assumedCost, int windowDays)
{
    Opportunity found;
    found.seuId = seu.id;
    found.seuName = seu.name;
    found.carrier = seu.carrier;
    found.type = type;
    found.savingsKWh = savingsKWh;
    found.savingsCost = savingsKWh * pricePerKWh;
    found.assumedCost = assumedCost;
    found.effort = type == IssueType::InefficientScheduling ? Effort::Low : Effort::Medium;

    // Payback in days: the assumed cost over the saving per day of the window, rounded
    // up; a tiny tolerance keeps an exact quotient such as 20.000000000001 at 20.
    const double days = found.savingsCost > 0.0
        ? assumedCost * windowDays / found.savingsCost : 0.0;
    found.roiDays = int(std::ceil(days - 1e-9));
    return found;
}

std::optional<IdleFigures> idleFigures(const SeuScan &scan, double ratedKW,
                                       const OpportunityRules &rules)
{
    if (scan.coveredSeconds <= 0 || ratedKW <= 0.0)
        return std::nullopt;

    IdleFigures figures;
    figures.ratedKW = ratedKW;
    figures.idleThresholdKW = rules.idlePowerFraction * ratedKW;
    figures.idleHours = scan.idleSeconds / 3600.0;
    figures.coveredHours = scan.coveredSeconds / 3600.0;
    figures.idleShare = double(scan.idleSeconds) / double(scan.coveredSeconds);
    figures.idleKWh = scan.idleKWh;
    figures.idleMeanKW = figures.idleHours > 0.0 ? scan.idleKWh / figures.idleHours : 0.0;
    if (figures.idleShare <= rules.idleShareLimit)
        return std::nullopt;
    return figures;
}

std::optional<SchedulingFigures> schedulingFigures(const SeuScan &scan,
                                                   const WorkingCalendar &calendar,
                                                   const OpportunityRules &rules)
{
    if (scan.totalKWh <= 0.0)
        return std::nullopt;

    SchedulingFigures figures;
    figures.workingCalendar = calendar;
    figures.totalKWh = scan.totalKWh;
    figures.offHoursKWh = scan.offHoursKWh;
    figures.offHoursShare = scan.offHoursKWh / scan.totalKWh;
    if (figures.offHoursShare <= rules.offHoursShareLimit
        || figures.offHoursKWh <= rules.offHoursMinimumKWh)
        return std::nullopt;
    return figures;
}

struct SpanMean {
    double actualKWh = 0.0;
    double expectedKWh = 0.0;
    int completeDays = 0;
    bool expectedForAll = true;          // every complete day has an expected value
};

// Mean of the complete days in [first, first + count); incomplete days are left out
// rather than counted as zero.
SpanMean spanMean(const std::vector<LocalDayEnergy> &days, int first, int count,
                  const std::map<QDate, double> &expected)
{
    SpanMean mean;
    for (int i = first; i < first + count; ++i) {
        const LocalDayEnergy &day = days[size_t(i)];
        if (!isCompleteDay(day))
            continue;
        mean.actualKWh += day.energyKWh;
        const auto it = expected.find(day.date);
        if (it == expected.end())
            mean.expectedForAll = false;
        else
            mean.expectedKWh += it->second;
        ++mean.completeDays;
    }
    if (mean.completeDays > 0) {
        mean.actualKWh /= mean.completeDays;
        mean.expectedKWh /= mean.completeDays;
    }
    return mean;
}

// Drift compares whole weeks, so that the mix of weekdays and weekend days is the same
// on both sides: floor(N / 14) weeks at the start of the window against as many at its
// end. A week-long window holds no such pair and is not judged. Each span needs at least
// half of its days complete. With expected energies from an accepted baseline for the
// later span, actual is compared with expected instead, so more production is not
// mistaken for drift.
std::optional<DriftFigures> driftFigures(const SeuScan &scan, const SeuEnergySeries &series,
                                         const OpportunityRules &rules)
{
    const int windowDays = int(scan.days.size());
    const int span = windowDays / 14 * 7;
    if (span == 0)
        return std::nullopt;

    const int needed = (span + 1) / 2;
    const auto &expected = series.expectedDailyKWh;
    const SpanMean earlier = spanMean(scan.days, 0, span, expected);
    const SpanMean later = spanMean(scan.days, windowDays - span, span, expected);
    if (later.completeDays < needed)
        return std::nullopt;

    DriftFigures figures;
    figures.comparedDays = span;
    figures.laterFirst = scan.days[size_t(windowDays - span)].date;
    figures.laterLast = scan.days.back().date;
    figures.laterCompleteDays = later.completeDays;
    figures.laterMeanKWh = later.actualKWh;
    figures.againstExpected = !expected.empty() && later.expectedForAll;
    if (figures.againstExpected) {
        figures.earlierFirst = figures.laterFirst;
        figures.earlierLast = figures.laterLast;
        figures.earlierCompleteDays = later.completeDays;
        figures.earlierMeanKWh = later.expectedKWh;
    } else {
        if (earlier.completeDays < needed)
            return std::nullopt;
        figures.earlierFirst = scan.days.front().date;
        figures.earlierLast = scan.days[size_t(span - 1)].date;
        figures.earlierCompleteDays = earlier.completeDays;
        figures.earlierMeanKWh = earlier.actualKWh;
    }

    if (figures.earlierMeanKWh <= 0.0)
        return std::nullopt;
    figures.increase = (figures.laterMeanKWh - figures.earlierMeanKWh) / figures.earlierMeanKWh;
    if (figures.increase <= rules.driftLimit)
        return std::nullopt;
    return figures;
}

void detectForSeu(const SiteInfo &site, const SeuEnergySeries &series,
                  const LocalDayGrid &grid, const OpportunityRules &rules,
                  std::vector<Opportunity> &found)
{
    const SeuInfo &seu = series.seu;
    static const DayBlocks kNoData;
    const DayBlocks &blocks = series.energy ? *series.energy : kNoData;
    const double idleThresholdKW = rules.idlePowerFraction * std::max(seu.ratedKW, 0.0);
    const SeuScan scan = scanSeu(blocks, grid, site.calendar, idleThresholdKW);
    const double price = site.tariff(seu.carrier).pricePerKWh;
    const int days = grid.dayCount();

    if (const auto idle = idleFigures(scan, seu.ratedKW, rules)) {
        found.push_back(makeOpportunity(seu, IssueType::ExcessiveIdle,
                                        rules.idleSavingFraction * idle->idleKWh, price,
                                        rules.idleAssumedCost, days));
        found.back().figures = *idle;
    }
    if (const auto offHours = schedulingFigures(scan, site.calendar, rules)) {
        found.push_back(makeOpportunity(seu, IssueType::InefficientScheduling,
                                        rules.offHoursSavingFraction * offHours->offHoursKWh,
                                        price, rules.offHoursAssumedCost, days));
        found.back().figures = *offHours;
    }
    if (const auto drift = driftFigures(scan, series, rules)) {
        const double excessPerDay = drift->laterMeanKWh - drift->earlierMeanKWh;
        found.push_back(makeOpportunity(seu, IssueType::BaselineDrift,
                                        rules.driftSavingFraction * excessPerDay * days,
                                        price, rules.driftAssumedCost, days));
        found.back().figures = *drift;
    }
}

void rank(std::vector<Opportunity> &found)
{
    std::stable_sort(found.begin(), found.end(), [](const Opportunity &a, const Opportunity &b) {
        if (a.savingsCost != b.savingsCost)
            return a.savingsCost > b.savingsCost;
        if (a.savingsKWh != b.savingsKWh)
            return a.savingsKWh > b.savingsKWh;
        if (a.seuName != b.seuName)
            return a.seuName < b.seuName;
        return a.type < b.type;
    });
    for (size_t i = 0; i < found.size(); ++i)
        found[i].rank = int(i) + 1;
}

Status checkSeus(const std::vector<SeuEnergySeries> &seus)
{
    for (const SeuEnergySeries &series : seus) {
        const double rating = series.seu.ratedKW;
        if (!std::isfinite(rating) || rating < 0.0)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("The rated power of %1 is %2 kW; it must be zero "
                                            "or more.")
                                 .arg(series.seu.name)
                                 .arg(rating));
    }
    return Done{};
}

} // namespace

int periodDays(AnalysisPeriod period)
{
    switch (period) {
    case AnalysisPeriod::Week: return 7;
    case AnalysisPeriod::Month: return 30;
    case AnalysisPeriod::Quarter: return 90;
    }
    return 30;
}

QString periodCode(AnalysisPeriod period)
{
    switch (period) {
    case AnalysisPeriod::Week: return QStringLiteral("week");
    case AnalysisPeriod::Month: return QStringLiteral("month");
    case AnalysisPeriod::Quarter: return QStringLiteral("quarter");
    }
    return {};
}

Result<AnalysisPeriod> parsePeriod(const QString &code)
{
    for (AnalysisPeriod period :
         {AnalysisPeriod::Week, AnalysisPeriod::Month, AnalysisPeriod::Quarter}) {
        if (periodCode(period) == code)
            return period;
    }
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("Unknown period '%1'; use week, month or quarter.")
                         .arg(code));
}

Result<OpportunityReport> findOpportunities(const SiteInfo &site,
                                            const std::vector<SeuEnergySeries> &seus,
                                            AnalysisPeriod period, const QDate &endDate,
                                            const OpportunityRules &rules)
{
    const LocalCalendar calendar{QTimeZone(site.timeZoneId.toUtf8())};
    if (!calendar.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The time zone '%1' of site %2 is not known.")
                             .arg(site.timeZoneId, site.name));
    if (!endDate.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The end date is not valid."));
    if (Status valid = checkSeus(seus); !valid)
        return valid.error();

    OpportunityReport report;
    report.siteId = site.id;
    report.period = period;
    report.windowDays = periodDays(period);
    report.firstDate = endDate.addDays(-report.windowDays);
    report.lastDate = endDate.addDays(-1);

    const LocalDayGrid grid(calendar, report.firstDate, report.lastDate);
    for (const SeuEnergySeries &series : seus) {
        if (!series.seu.active)
            continue;
        ++report.seusScanned;
        detectForSeu(site, series, grid, rules, report.opportunities);
    }

    rank(report.opportunities);
    for (const Opportunity &found : report.opportunities) {
        report.totalSavingsKWh += found.savingsKWh;
        report.totalSavingsCost += found.savingsCost;
    }
    return report;
}

const Opportunity *findOpportunity(const OpportunityReport &report, const QString &seuId,
                                   IssueType type)
{
    for (const Opportunity &found : report.opportunities) {
        if (found.seuId == seuId && found.type == type)
            return &found;
    }
    return nullptr;
}

} // namespace Enms::Engine
