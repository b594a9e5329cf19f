// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/performance/actionplan.h"
#include "engine/performance/dailyanalysis.h"
#include "engine/performance/localenergy.h"
#include "engine/performance/opportunities.h"

#include <QDateTime>
#include <QJsonObject>

#include <vector>

namespace Enms {

// JSON for the command-line tool and scripts. The field names are those of the original
// performance service, so its clients keep working; money is in the site's currency,
// named in a "currency" field, although the names still end in "_usd". Money is rounded
// to cents and energy to two decimals of a kWh; totals are sums of the rounded items, so
// they add up for anyone checking them.

double roundedMoney(double amount);
double roundedKWh(double energyKWh);

QJsonObject dailyAnalysisToJson(const Engine::DailyAnalysis &analysis, const QString &currency,
                                const QDateTime &timestamp);

QJsonObject opportunityReportToJson(const Engine::OpportunityReport &report,
                                    const QString &currency, const QDateTime &timestamp);

QJsonObject actionPlanToJson(const Engine::ActionPlan &plan, const QString &currency,
                             const QDateTime &timestamp);
// Reads back what actionPlanToJson wrote (for stored revisions). Unknown issue types or
// statuses and missing ids are errors.
Engine::Result<Engine::ActionPlan> actionPlanFromJson(const QJsonObject &json);

// {"seu_name", "by", "rows": [{"period", "kwh", "covered_hours"}]}: `period` is the local
// date for days and the local ISO 8601 time with its UTC offset otherwise.
QJsonObject energyRowsToJson(const QString &seuName, Engine::EnergyGrouping grouping,
                             const std::vector<Engine::PeriodEnergy> &rows,
                             const Engine::LocalCalendar &calendar);
QString groupingCode(Engine::EnergyGrouping grouping);   // "day", "hour", "interval"

} // namespace Enms
