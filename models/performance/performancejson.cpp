// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/performance/performancejson.h"

#include "models/performance/actionplantext.h"
#include "models/performance/performancetext.h"

#include <QJsonArray>

#include <cmath>

namespace Enms {

using namespace Engine;

namespace {

// Hours, shares and percentages are given to two decimals.
double twoDecimals(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QString utcStamp(const QDateTime &timestamp)
{
    return timestamp.toUTC().toString(Qt::ISODate);
}

QJsonArray toArray(const QStringList &texts)
{
    QJsonArray array;
    for (const QString &text : texts)
        array.append(text);
    return array;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList texts;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        texts.append(item.toString());
    return texts;
}

QJsonObject recommendationToJson(const Recommendation &rec, const QString &currency)
{
    QJsonObject json;
    json[QStringLiteral("action")] = PerformanceText::recommendationAction(rec.kind);
    json[QStringLiteral("type")] = recommendationTypeCode(rec.kind);
    json[QStringLiteral("kind")] = recommendationKindCode(rec.kind);
    json[QStringLiteral("potential_savings_kwh")] = roundedKWh(rec.savingsKWh);
    json[QStringLiteral("potential_savings_usd")] = roundedMoney(rec.savingsCost);
    json[QStringLiteral("currency")] = currency;
    json[QStringLiteral("implementation_effort")] = effortCode(rec.effort);
    json[QStringLiteral("priority")] = priorityCode(rec.priority);
    json[QStringLiteral("expected_roi_days")] =
        rec.roiDays ? QJsonValue(*rec.roiDays) : QJsonValue(QJsonValue::Null);
    json[QStringLiteral("assumed_cost_usd")] = roundedMoney(rec.assumedCost);
    json[QStringLiteral("detailed_steps")] =
        toArray(PerformanceText::recommendationSteps(rec.kind));
    return json;
}

QJsonObject rootCauseToJson(const DailyAnalysis &analysis, const QString &currency)
{
    QJsonObject json;
    json[QStringLiteral("primary_factor")] = rootCauseCode(analysis.rootCause);
    json[QStringLiteral("impact_description")] =
        PerformanceText::impactDescription(analysis, currency);
    json[QStringLiteral("contributing_factors")] =
        toArray(PerformanceText::contributingFactors(analysis, currency));
    json[QStringLiteral("confidence")] = analysis.confidence;
    return json;
}

QJsonObject measuredFigures(const Opportunity &found)
{
    QJsonObject json;
    if (const auto *idle = std::get_if<IdleFigures>(&found.figures)) {
        json[QStringLiteral("rated_kw")] = idle->ratedKW;
        json[QStringLiteral("idle_threshold_kw")] = twoDecimals(idle->idleThresholdKW);
        json[QStringLiteral("covered_hours")] = twoDecimals(idle->coveredHours);
        json[QStringLiteral("idle_hours")] = twoDecimals(idle->idleHours);
        json[QStringLiteral("idle_share_percent")] = twoDecimals(idle->idleShare * 100.0);
        json[QStringLiteral("idle_energy_kwh")] = roundedKWh(idle->idleKWh);
        json[QStringLiteral("idle_mean_kw")] = twoDecimals(idle->idleMeanKW);
    } else if (const auto *off = std::get_if<SchedulingFigures>(&found.figures)) {
        json[QStringLiteral("total_energy_kwh")] = roundedKWh(off->totalKWh);
        json[QStringLiteral("off_hours_energy_kwh")] = roundedKWh(off->offHoursKWh);
        json[QStringLiteral("off_hours_share_percent")] = twoDecimals(off->offHoursShare * 100);
    } else if (const auto *drift = std::get_if<DriftFigures>(&found.figures)) {
        json[QStringLiteral("against_expected")] = drift->againstExpected;
        json[QStringLiteral("compared_days")] = drift->comparedDays;
        json[QStringLiteral("earlier_mean_daily_kwh")] = roundedKWh(drift->earlierMeanKWh);
        json[QStringLiteral("later_mean_daily_kwh")] = roundedKWh(drift->laterMeanKWh);
        json[QStringLiteral("increase_percent")] = twoDecimals(drift->increase * 100.0);
    }
    return json;
}

QJsonObject opportunityToJson(const Opportunity &found, int windowDays, const QString &currency)
{
    QJsonObject json;
    json[QStringLiteral("rank")] = found.rank;
    json[QStringLiteral("seu_id")] = found.seuId;
    json[QStringLiteral("seu_name")] = found.seuName;
    json[QStringLiteral("energy_source")] = carrierCode(found.carrier);
    json[QStringLiteral("issue_type")] = issueTypeCode(found.type);
    json[QStringLiteral("description")] = PerformanceText::opportunityDescription(found);
    json[QStringLiteral("potential_savings_kwh")] = roundedKWh(found.savingsKWh);
    json[QStringLiteral("potential_savings_usd")] = roundedMoney(found.savingsCost);
    json[QStringLiteral("effort")] = effortCode(found.effort);
    json[QStringLiteral("roi_days")] = found.roiDays;
    json[QStringLiteral("assumed_cost_usd")] = roundedMoney(found.assumedCost);
    json[QStringLiteral("recommended_action")] = PerformanceText::recommendedAction(found);
    json[QStringLiteral("detailed_analysis")] =
        PerformanceText::detailedAnalysis(found, windowDays, currency);
    json[QStringLiteral("measured")] = measuredFigures(found);
    return json;
}

QJsonObject actionToJson(const PlanAction &action)
{
    QJsonObject json;
    json[QStringLiteral("priority")] = action.priority;
    json[QStringLiteral("action")] = action.action;
    json[QStringLiteral("responsible")] = action.responsible;
    json[QStringLiteral("timeline_days")] = action.timelineDays;
    json[QStringLiteral("resources_needed")] = action.resourcesNeeded;
    return json;
}

QString outcomeBasisCode(OutcomeBasis basis)
{
    return basis == OutcomeBasis::Opportunity ? QStringLiteral("opportunity")
                                              : QStringLiteral("recent_energy_estimate");
}

QJsonObject outcomesToJson(const ExpectedOutcomes &outcomes, const QString &currency)
{
    QJsonObject json;
    json[QStringLiteral("energy_kwh")] = roundedKWh(outcomes.energyKWh);
    json[QStringLiteral("cost_usd")] = roundedMoney(outcomes.cost);
    json[QStringLiteral("carbon_kg")] = roundedKWh(outcomes.carbonKg);
    json[QStringLiteral("currency")] = currency;
    json[QStringLiteral("basis")] = outcomeBasisCode(outcomes.basis);
    json[QStringLiteral("basis_days")] = outcomes.basisDays;
    if (outcomes.basis == OutcomeBasis::RecentEnergyEstimate) {
        json[QStringLiteral("estimate_fraction")] = outcomes.estimateFraction;
        json[QStringLiteral("recent_energy_kwh")] = roundedKWh(outcomes.recentEnergyKWh);
    }
    json[QStringLiteral("note")] = ActionPlanText::outcomeBasisNote(outcomes);
    return json;
}

ExpectedOutcomes outcomesFromJson(const QJsonObject &json)
{
    ExpectedOutcomes outcomes;
    outcomes.energyKWh = json.value(QStringLiteral("energy_kwh")).toDouble();
    outcomes.cost = json.value(QStringLiteral("cost_usd")).toDouble();
    outcomes.carbonKg = json.value(QStringLiteral("carbon_kg")).toDouble();
    outcomes.basis = json.value(QStringLiteral("basis")).toString()
            == outcomeBasisCode(OutcomeBasis::Opportunity)
        ? OutcomeBasis::Opportunity
        : OutcomeBasis::RecentEnergyEstimate;
    outcomes.basisDays = json.value(QStringLiteral("basis_days")).toInt(kRecentEnergyDays);
    outcomes.estimateFraction = json.value(QStringLiteral("estimate_fraction")).toDouble();
    outcomes.recentEnergyKWh = json.value(QStringLiteral("recent_energy_kwh")).toDouble();
    return outcomes;
}

std::vector<PlanAction> actionsFromJson(const QJsonArray &array)
{
    std::vector<PlanAction> actions;
    for (const QJsonValue &value : array) {
        const QJsonObject json = value.toObject();
        actions.push_back(PlanAction{json.value(QStringLiteral("priority")).toInt(),
                                     json.value(QStringLiteral("action")).toString(),
                                     json.value(QStringLiteral("responsible")).toString(),
                                     json.value(QStringLiteral("timeline_days")).toInt(),
                                     json.value(QStringLiteral("resources_needed")).toString()});
    }
    return actions;
}

} // namespace

double roundedMoney(double amount)
{
    return std::round(amount * 100.0) / 100.0;
}

double roundedKWh(double energyKWh)
{
    return std::round(energyKWh * 100.0) / 100.0;
}

QJsonObject dailyAnalysisToJson(const DailyAnalysis &analysis, const QString &currency,
                                const QDateTime &timestamp)
{
    QJsonObject json;
    json[QStringLiteral("seu_id")] = analysis.seuId;
    json[QStringLiteral("seu_name")] = analysis.seuName;
    json[QStringLiteral("energy_source")] = carrierCode(analysis.carrier);
    json[QStringLiteral("date")] = analysis.date.toString(Qt::ISODate);
    json[QStringLiteral("actual_energy_kwh")] = roundedKWh(analysis.actualKWh);
    json[QStringLiteral("measured_energy_kwh")] = roundedKWh(analysis.measuredKWh);
    json[QStringLiteral("covered_hours")] = twoDecimals(analysis.coveredHours);
    json[QStringLiteral("day_length_hours")] = analysis.dayLengthHours;
    json[QStringLiteral("is_projection")] = analysis.isProjection;
    json[QStringLiteral("baseline_energy_kwh")] = roundedKWh(analysis.baselineKWh);
    json[QStringLiteral("baseline_source")] = baselineSourceCode(analysis.baselineSource);
    json[QStringLiteral("complete_days_in_baseline")] = analysis.completeDaysInBaseline;
    json[QStringLiteral("deviation_kwh")] = roundedKWh(analysis.deviationKWh);
    json[QStringLiteral("deviation_percent")] = twoDecimals(analysis.deviationPercent);
    json[QStringLiteral("deviation_cost_usd")] = roundedMoney(analysis.deviationCost);
    json[QStringLiteral("currency")] = currency;
    json[QStringLiteral("price_per_kwh")] = analysis.pricePerKWh;
    json[QStringLiteral("efficiency_score")] = analysis.efficiencyScore;
    json[QStringLiteral("root_cause_analysis")] = rootCauseToJson(analysis, currency);

    QJsonArray recommendations;
    for (const Recommendation &rec : analysis.recommendations)
        recommendations.append(recommendationToJson(rec, currency));
    json[QStringLiteral("recommendations")] = recommendations;

    json[QStringLiteral("iso50001_status")] = isoStatusCode(analysis.status);
    json[QStringLiteral("voice_summary")] = PerformanceText::voiceSummary(analysis, currency);
    json[QStringLiteral("timestamp")] = utcStamp(timestamp);
    return json;
}

QJsonObject opportunityReportToJson(const OpportunityReport &report, const QString &currency,
                                    const QDateTime &timestamp)
{
    QJsonArray items;
    double totalKWh = 0.0;
    double totalMoney = 0.0;
    for (const Opportunity &found : report.opportunities) {
        items.append(opportunityToJson(found, report.windowDays, currency));
        totalKWh += roundedKWh(found.savingsKWh);
        totalMoney += roundedMoney(found.savingsCost);
    }

    QJsonObject json;
    json[QStringLiteral("factory_id")] = report.siteId;
    json[QStringLiteral("period")] = periodCode(report.period);
    json[QStringLiteral("window_days")] = report.windowDays;
    json[QStringLiteral("window_start")] = report.firstDate.toString(Qt::ISODate);
    json[QStringLiteral("window_end")] = report.lastDate.toString(Qt::ISODate);
    json[QStringLiteral("seus_scanned")] = report.seusScanned;
    json[QStringLiteral("currency")] = currency;
    json[QStringLiteral("total_opportunities")] = int(report.opportunities.size());
    json[QStringLiteral("total_potential_savings_kwh")] = roundedKWh(totalKWh);
    json[QStringLiteral("total_potential_savings_usd")] = roundedMoney(totalMoney);
    json[QStringLiteral("opportunities")] = items;
    json[QStringLiteral("timestamp")] = utcStamp(timestamp);
    return json;
}

QJsonObject actionPlanToJson(const ActionPlan &plan, const QString &currency,
                             const QDateTime &timestamp)
{
    QJsonArray actions;
    for (const PlanAction &action : plan.actions)
        actions.append(actionToJson(action));

    QJsonObject json;
    json[QStringLiteral("id")] = plan.id;
    json[QStringLiteral("seu_id")] = plan.seuId;
    json[QStringLiteral("seu_name")] = plan.seuName;
    json[QStringLiteral("issue_type")] = issueTypeCode(plan.issueType);
    json[QStringLiteral("problem_statement")] = plan.problemStatement;
    json[QStringLiteral("root_causes")] = toArray(plan.rootCauses);
    json[QStringLiteral("actions")] = actions;
    json[QStringLiteral("expected_outcomes")] = outcomesToJson(plan.expectedOutcomes, currency);
    json[QStringLiteral("monitoring_plan")] = toArray(plan.monitoringPlan);
    json[QStringLiteral("result_verification")] = plan.resultVerification;
    json[QStringLiteral("performance_verification")] = plan.performanceVerification;
    json[QStringLiteral("created_on")] = plan.createdOn.toString(Qt::ISODate);
    json[QStringLiteral("created_at")] = utcStamp(plan.createdAtUtc);
    json[QStringLiteral("target_date")] = plan.targetDate.toString(Qt::ISODate);
    json[QStringLiteral("status")] = planStatusCode(plan.status);
    json[QStringLiteral("timestamp")] = utcStamp(timestamp);
    return json;
}

Result<ActionPlan> actionPlanFromJson(const QJsonObject &json)
{
    const QString id = json.value(QStringLiteral("id")).toString();
    const QString typeCode = json.value(QStringLiteral("issue_type")).toString();
    const Result<IssueType> type = parseIssueType(typeCode);
    const auto status = planStatusFromCode(json.value(QStringLiteral("status")).toString());
    if (id.isEmpty() || !type || !status)
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("The stored action plan '%1' lacks an id, a known "
                                        "issue type or a known status.")
                             .arg(id));

    ActionPlan plan;
    plan.id = id;
    plan.seuId = json.value(QStringLiteral("seu_id")).toString();
    plan.seuName = json.value(QStringLiteral("seu_name")).toString();
    plan.issueType = *type;
    plan.problemStatement = json.value(QStringLiteral("problem_statement")).toString();
    plan.rootCauses = toStringList(json.value(QStringLiteral("root_causes")));
    plan.actions = actionsFromJson(json.value(QStringLiteral("actions")).toArray());
    plan.expectedOutcomes =
        outcomesFromJson(json.value(QStringLiteral("expected_outcomes")).toObject());
    plan.monitoringPlan = toStringList(json.value(QStringLiteral("monitoring_plan")));
    plan.resultVerification = json.value(QStringLiteral("result_verification")).toString();
    plan.performanceVerification =
        json.value(QStringLiteral("performance_verification")).toString();
    plan.createdOn = QDate::fromString(json.value(QStringLiteral("created_on")).toString(),
                                       Qt::ISODate);
    plan.createdAtUtc = QDateTime::fromString(json.value(QStringLiteral("created_at")).toString(),
                                              Qt::ISODate);
    plan.targetDate = QDate::fromString(json.value(QStringLiteral("target_date")).toString(),
                                        Qt::ISODate);
    plan.status = *status;
    return plan;
}

QString groupingCode(EnergyGrouping grouping)
{
    switch (grouping) {
    case EnergyGrouping::Day: return QStringLiteral("day");
    case EnergyGrouping::Hour: return QStringLiteral("hour");
    case EnergyGrouping::Interval: return QStringLiteral("interval");
    }
    return {};
}

QJsonObject energyRowsToJson(const QString &seuName, EnergyGrouping grouping,
                             const std::vector<PeriodEnergy> &rows,
                             const LocalCalendar &calendar)
{
    QJsonArray array;
    for (const PeriodEnergy &row : rows) {
        const QString period = grouping == EnergyGrouping::Day
            ? calendar.localDate(row.periodStartUtc).toString(Qt::ISODate)
            : calendar.localDateTime(row.periodStartUtc).toString(Qt::ISODate);
        QJsonObject json;
        json[QStringLiteral("period")] = period;
        json[QStringLiteral("kwh")] = roundedKWh(row.energyKWh);
        json[QStringLiteral("covered_hours")] = twoDecimals(row.coveredSeconds / 3600.0);
        array.append(json);
    }

    QJsonObject json;
    json[QStringLiteral("seu_name")] = seuName;
    json[QStringLiteral("by")] = groupingCode(grouping);
    json[QStringLiteral("rows")] = array;
    return json;
}

} // namespace Enms
