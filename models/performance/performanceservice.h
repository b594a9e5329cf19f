// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "engine/core/site.h"
#include "engine/performance/actionplan.h"
#include "engine/performance/dailyanalysis.h"
#include "engine/performance/localenergy.h"
#include "engine/performance/opportunities.h"

#include <QDate>

#include <functional>
#include <map>
#include <vector>

namespace Enms {

class Database;

// The scan a drafted plan takes its expected outcomes from: by default the month before
// the site's today; the opportunity table passes the window it shows.
struct PlanWindow {
    Engine::AnalysisPeriod period = Engine::AnalysisPeriod::Month;
    QDate endDate;                      // null: the site's today
};

// The performance engine run on stored data: it loads the readings a rule needs (local
// days of the site's calendar, turned into UTC day blocks), calls the engine and hands
// back its result with the site it was judged by. The CLI and the GUI both go
// through here, so they can never disagree about which data a figure came from.
class PerformanceService final
{
public:
    explicit PerformanceService(Database &database) : m_database(database) {}

    template <typename T>
    struct ForSite {
        Engine::SiteInfo site;
        T result;
        // SEU id -> id of the accepted baseline whose expected energy the result was
        // judged by (instead of the thirty-day mean or the earlier fortnight).
        std::map<QString, QString> acceptedBaselines = {};
    };

    Engine::Result<ForSite<Engine::DailyAnalysis>> analyze(const QString &seuNameOrId,
                                                           const QDate &date) const;

    // Optional hooks for a long scan run off the GUI thread: progress is called after
    // each SEU's data are loaded (done of total steps), isCancelled between SEUs; a
    // cancelled scan ends with ErrorCode::Cancelled and no report.
    struct ScanHooks {
        std::function<void(int done, int total)> progress;
        std::function<bool()> isCancelled;
    };

    // The N local days before endDate; a null endDate means the site's today.
    Engine::Result<ForSite<Engine::OpportunityReport>>
    opportunities(const QString &siteNameOrId, Engine::AnalysisPeriod period,
                  QDate endDate = {}, const ScanHooks &hooks = {}) const;

    // One SEU's readings and its accepted daily baseline's expectation over a window:
    // what the opportunity scan and the site review both start from.
    struct SeuWindow {
        Engine::SeuInfo seu;
        Engine::DayBlocks energy;                  // readings from loadFrom to lastDate
        QString baselineId;                        // empty: no accepted daily baseline
        std::map<QDate, double> expectedDailyKWh;  // over [firstDate, lastDate]
    };
    // Loads readings for the local dates [loadFrom, lastDate] and the accepted daily
    // baseline's expectation for [firstDate, lastDate].
    Engine::Result<SeuWindow> loadWindow(const Engine::SeuInfo &seu,
                                         const Engine::SiteInfo &site, const QDate &loadFrom,
                                         const QDate &firstDate, const QDate &lastDate) const;
    // Runs the opportunity detectors with the site's rules over loaded windows (the N
    // local days before endDate; readings outside them are ignored).
    static Engine::Result<ForSite<Engine::OpportunityReport>>
    scanOpportunities(const Engine::SiteInfo &site, const std::vector<SeuWindow> &seus,
                      Engine::AnalysisPeriod period, const QDate &endDate);

    // A draft plan for an SEU and issue type, its outcomes taken from the SEU's
    // opportunity of that type in the window's scan when there is one.
    Engine::Result<ForSite<Engine::ActionPlan>> draftPlan(const QString &seuNameOrId,
                                                          const QString &issueTypeCode,
                                                          const PlanWindow &window = {}) const;

    // Stored energy per local day, hour or interval for local dates [from, to].
    struct EnergyRows {
        Engine::SeuInfo seu;
        Engine::SiteInfo site;
        std::vector<Engine::PeriodEnergy> rows;
    };
    Engine::Result<EnergyRows> energy(const QString &seuNameOrId, const QDate &from,
                                      const QDate &to, Engine::EnergyGrouping grouping) const;

    // The site's local date now.
    static QDate localToday(const Engine::SiteInfo &site);

    // Readings of an SEU covering the local dates [from, to] of a calendar.
    Engine::Result<Engine::DayBlocks> loadEnergy(const QString &seuId,
                                                 const Engine::LocalCalendar &calendar,
                                                 const QDate &from, const QDate &to) const;

private:
    Database &m_database;
};

} // namespace Enms
