// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/baseline/changepoint.h"
#include "engine/baseline/drivers.h"
#include "engine/baseline/rulesets.h"
#include "engine/baseline/savings.h"
#include "engine/baseline/subsetsearch.h"
#include "engine/core/result.h"
#include "engine/core/site.h"
#include "models/baseline/baselinerepository.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace Enms {

class Database;

// Which models a fit tries: all subsets of OLS drivers, one change-point form, or both
// (auto: the valid model with the highest adjusted R^2 wins).
struct BaselineRequest {
    QString seu;                               // name or id
    QDate from;                                // local dates, inclusive
    QDate to;
    Engine::PeriodLength period = Engine::PeriodLength::Day;
    QStringList drivers;                       // empty: the default candidates
    QString model = QStringLiteral("auto");    // auto, ols, 2p, 3pc, 3ph, 4p, 5p
    Engine::RuleSet rules = Engine::RuleSet::Sep;
};

// A driver left out of the default candidates, and why (a code).
struct ExcludedDriver {
    QString name;
    QString reason;
};

// Everything a fit looked at, so a user sees why the chosen model won.
struct BaselineFitReport {
    Engine::SeuInfo seu;
    Engine::SiteInfo site;
    Engine::RuleSet rules = Engine::RuleSet::Sep;
    Engine::DriverTable table;
    QStringList candidateDrivers;              // OLS candidates actually searched
    std::vector<ExcludedDriver> excludedByDefault;
    std::optional<Engine::SubsetSearchResult> subsets;
    std::optional<Engine::ChangePointSearchResult> changePoints;
    // One per changePoints candidate: the rule set's judgement of its linear part, valid
    // only when the form's own sign and population checks passed as well.
    std::vector<Engine::Verdict> changePointVerdicts;
    std::optional<Baseline> chosen;            // none when no candidate is valid
    double searchSeconds = 0.0;                // time spent in the model searches
};

// The steps of a fit, in order, for a progress display.
enum class FitStage { ReadingData, SearchingRegressions, SearchingChangePoints };

// How a caller on another thread follows a fit and stops it. A fit checks isCancelled
// between its steps and then ends with ErrorCode::Cancelled; a step already running
// (one model search) is finished first.
struct FitHooks {
    std::function<bool()> isCancelled;
    std::function<void(FitStage)> stageStarted;
};

// The relevant variables a fit of one SEU over a period can use: every column the
// driver table has, the ones a fit tries when none are named, and those it leaves out.
struct DriverChoice {
    QStringList available;
    QStringList defaults;
    std::vector<ExcludedDriver> excluded;
    int rows = 0;                              // complete periods with energy and drivers
};

// Local dates, both inclusive; null dates when there is no span.
struct DateSpan {
    QDate from;
    QDate to;
};

// Expected and (where complete) actual energy of one period of the baseline's length.
struct ExpectedPeriod {
    QString label;
    QDate start;
    int days = 0;
    double expectedKWh = 0.0;
    std::optional<double> actualKWh;
    QStringList driversOutOfRange;
};

struct ExpectedEnergy {
    Engine::SeuInfo seu;
    Engine::SiteInfo site;
    Baseline baseline;
    std::vector<ExpectedPeriod> periods;
    QStringList skippedPeriods;                // periods without the drivers the model needs
};

// A CUSUM or savings run over the periods that have both actual energy and drivers.
struct BaselineSavings {
    Engine::SeuInfo seu;
    Engine::SiteInfo site;
    Baseline baseline;
    QStringList labels;                        // one per report period
    Engine::SavingsReport report;
    QStringList skippedPeriods;
};

// Energy baselines on stored data: builds the relevant-variable table of an SEU from its
// readings (local days of its site), fits and judges models, and applies the accepted
// baseline to any period. The CLI, the GUI and the performance service all go through
// here, so a baseline gives the same expected energy wherever it is used.
class BaselineService final
{
public:
    explicit BaselineService(Database &database) : m_database(database) {}

    Engine::Result<BaselineFitReport> fit(const BaselineRequest &request,
                                          const FitHooks &hooks = {}) const;

    // What a fit of the SEU over [from, to] in periods of `period` could regress on.
    Engine::Result<DriverChoice> driverChoice(const QString &seuNameOrId, const QDate &from,
                                              const QDate &to,
                                              Engine::PeriodLength period) const;

    // The reference period a new fit starts from: the last twelve complete calendar
    // months that end at least 30 days before the last day with readings (so a month
    // of reporting data remains), cut to the first day with readings. A span too short
    // for that gives the whole span.
    static DateSpan defaultReferencePeriod(const QDate &firstDataDate,
                                           const QDate &lastDataDate);

    // Expected energy per period of the accepted baseline's length over [from, to].
    Engine::Result<ExpectedEnergy> expected(const QString &seuNameOrId, const QDate &from,
                                            const QDate &to) const;

    // Expected energy per local day from the accepted baseline, for the performance
    // checks; empty when the SEU has no accepted daily baseline or a day lacks a driver.
    struct DailyExpectation {
        QString baselineId;
        std::map<QDate, double> expectedKWh;
    };
    Engine::Result<DailyExpectation> expectedDaily(const Engine::SeuInfo &seu,
                                                   const Engine::SiteInfo &site,
                                                   const QDate &from, const QDate &to) const;

    Engine::Result<BaselineSavings> cusum(const QString &seuNameOrId, const QDate &from,
                                          const QDate &to) const;
    Engine::Result<BaselineSavings> savings(const QString &seuNameOrId, const QDate &from,
                                            const QDate &to, double confidence) const;

    // The daily rows a daily baseline is fitted on, for charts: energy per complete
    // local day scaled to 24 hours and the named drivers (production and the
    // temperature columns when `drivers` is empty), every available driver present.
    Engine::Result<Engine::DriverTable> dailyDriverTable(const QString &seuNameOrId,
                                                         const QDate &from, const QDate &to,
                                                         const QStringList &drivers) const;

    // The driver names a fit tries when none are named, and those it leaves out.
    static QStringList defaultCandidates(const Engine::DriverTable &table,
                                         std::vector<ExcludedDriver> *excluded);

private:
    struct SeuContext;
    Engine::Result<SeuContext> context(const QString &seuNameOrId) const;
    // The SEU's accepted baseline; NotEnoughData when it has none.
    Engine::Result<Baseline> acceptedBaseline(const Engine::SeuInfo &seu) const;
    Engine::Result<Engine::DriverTable> table(const SeuContext &context, const QDate &from,
                                              const QDate &to, Engine::PeriodLength period,
                                              const QStringList &needed,
                                              bool needEnergy) const;
    Engine::Result<BaselineSavings> apply(const QString &seuNameOrId, const QDate &from,
                                          const QDate &to, double confidence) const;

    Database &m_database;
};

} // namespace Enms
