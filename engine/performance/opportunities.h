// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/dayblock.h"
#include "engine/core/result.h"
#include "engine/core/site.h"
#include "engine/performance/performancecodes.h"

#include <QDate>

#include <map>
#include <optional>
#include <variant>
#include <vector>

namespace Enms::Engine {

// The window the detectors look at: the N local days before the end date.
enum class AnalysisPeriod { Week, Month, Quarter };

int periodDays(AnalysisPeriod period);                 // 7, 30, 90
QString periodCode(AnalysisPeriod period);             // "week", "month", "quarter"
Result<AnalysisPeriod> parsePeriod(const QString &code);

// One SEU and its interval energy for the detectors. `energy` must stay alive during the
// call. `expectedDailyKWh`, keyed by local date, comes from an accepted regression
// baseline; when it covers the days compared, drift is judged against it.
struct SeuEnergySeries {
    SeuInfo seu;
    const DayBlocks *energy = nullptr;
    std::map<QDate, double> expectedDailyKWh;
};

// What each detector measured, so the report can state the figures behind a finding.
struct IdleFigures {
    double ratedKW = 0.0;
    double idleThresholdKW = 0.0;
    double idleHours = 0.0;
    double coveredHours = 0.0;
    double idleShare = 0.0;              // idle time / covered time
    double idleKWh = 0.0;
    double idleMeanKW = 0.0;
};

struct SchedulingFigures {
    WorkingCalendar workingCalendar;     // the site's, as used for the judgement
    double totalKWh = 0.0;
    double offHoursKWh = 0.0;
    double offHoursShare = 0.0;          // off-hours energy / total energy
};

struct DriftFigures {
    bool againstExpected = false;        // compared with an accepted baseline
    int comparedDays = 0;                // length of each compared span
    QDate earlierFirst, earlierLast;     // the reference span (or the expected span)
    QDate laterFirst, laterLast;
    int earlierCompleteDays = 0;
    int laterCompleteDays = 0;
    double earlierMeanKWh = 0.0;         // expected daily mean when againstExpected
    double laterMeanKWh = 0.0;
    double increase = 0.0;               // later / earlier - 1
};

using OpportunityFigures = std::variant<IdleFigures, SchedulingFigures, DriftFigures>;

struct Opportunity {
    int rank = 0;                        // 1 = most money
    QString seuId;
    QString seuName;
    EnergyCarrier carrier = EnergyCarrier::Electricity;
    IssueType type = IssueType::ExcessiveIdle;
    double savingsKWh = 0.0;             // over the window
    double savingsCost = 0.0;            // at the site's price for the carrier
    Effort effort = Effort::Medium;
    double assumedCost = 0.0;
    int roiDays = 0;                     // assumed cost / saving per day, rounded up
    OpportunityFigures figures;
};

struct OpportunityReport {
    QString siteId;
    AnalysisPeriod period = AnalysisPeriod::Month;
    int windowDays = 30;
    QDate firstDate;                     // first local day of the window
    QDate lastDate;                      // the day before the end date
    int seusScanned = 0;
    std::vector<Opportunity> opportunities;   // ranked
    double totalSavingsKWh = 0.0;
    double totalSavingsCost = 0.0;
};

// Scans every active SEU of a site over the N local days before `endDate` (that day
// excluded) and returns the findings ranked by money saved.
Result<OpportunityReport> findOpportunities(const SiteInfo &site,
                                            const std::vector<SeuEnergySeries> &seus,
                                            AnalysisPeriod period, const QDate &endDate,
                                            const OpportunityRules &rules = {});

// The opportunity of one type for one SEU in a report, if it was found.
const Opportunity *findOpportunity(const OpportunityReport &report, const QString &seuId,
                                   IssueType type);

} // namespace Enms::Engine
