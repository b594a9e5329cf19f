// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/performance/actionplantext.h"

#include "models/performance/performancetext.h"

#include <vector>

namespace Enms {

using namespace Engine;

namespace {

struct TemplateAction {
    const char *action;
    const char *responsible;
    int timelineDays;
    const char *resources;
};

} // namespace

// A plan template in source language; the strings are translated when applied.
struct ActionPlanText::Template {
    const char *problem;                  // %1 = SEU name, %2 = issue type in words
    std::vector<const char *> causes;
    std::vector<TemplateAction> actions;
    std::vector<const char *> monitoring;
    const char *resultVerification;
};

const ActionPlanText::Template &ActionPlanText::idleTemplate()
{
    static const Template kTemplate{
        QT_TR_NOOP("%1 spends long periods switched on while doing little useful work; running "
                   "idle draws energy without adding output."),
        {QT_TR_NOOP("It is left running between batches and during breaks."),
         QT_TR_NOOP("Nothing shuts it down automatically when demand stops."),
         QT_TR_NOOP("It is operated by hand and nobody can see when it idles.")},
        {{QT_TR_NOOP("Add idle detection from power or status signals"),
          QT_TR_NOOP("Maintenance Team"), 7,
          QT_TR_NOOP("PLC programming, current or status sensors")},
         {QT_TR_NOOP("Switch off automatically after 15 minutes of idle running"),
          QT_TR_NOOP("Operations Team"), 3,
          QT_TR_NOOP("Control logic change, updated procedure")},
         {QT_TR_NOOP("Train operators to switch off during breaks and changeovers"),
          QT_TR_NOOP("Training Coordinator"), 14,
          QT_TR_NOOP("Training session, one-page instruction")}},
        {QT_TR_NOOP("Weekly share of time below 10 % of rated power"),
         QT_TR_NOOP("Energy used while idle, per week"),
         QT_TR_NOOP("Number of automatic shutdowns and restarts"),
         QT_TR_NOOP("Production delays reported after shutdowns"),
         QT_TR_NOOP("Energy per unit produced, per month")},
        QT_TR_NOOP("Idle detection and automatic shutdown are in service and logged, and the "
                   "operators of every shift have been trained."),
    };
    return kTemplate;
}

const ActionPlanText::Template &ActionPlanText::schedulingTemplate()
{
    static const Template kTemplate{
        QT_TR_NOOP("%1 uses a large share of its energy outside working hours, when production "
                   "does not need it."),
        {QT_TR_NOOP("No time schedule controls when it runs."),
         QT_TR_NOOP("It runs around the clock out of habit or for convenience."),
         QT_TR_NOOP("Setpoints are not set back at night and at weekends.")},
        {{QT_TR_NOOP("Program a setback schedule for 20:00 to 06:00"),
          QT_TR_NOOP("Controls Engineer"), 5, QT_TR_NOOP("Access to the control system")},
         {QT_TR_NOOP("Shut down at weekends unless production is planned"),
          QT_TR_NOOP("Operations Manager"), 7,
          QT_TR_NOOP("Production calendar, shutdown checklist")},
         {QT_TR_NOOP("Install occupancy or demand sensors so it runs only when needed"),
          QT_TR_NOOP("Facilities Team"), 21, QT_TR_NOOP("Sensors, wiring, control integration")}},
        {QT_TR_NOOP("Share of weekly energy used outside working hours"),
         QT_TR_NOOP("Off-hours energy in kWh per week"),
         QT_TR_NOOP("Base load at night and at weekends"),
         QT_TR_NOOP("Schedule overrides and who made them"),
         QT_TR_NOOP("Start-up times and their effect on production")},
        QT_TR_NOOP("The schedules and the weekend shutdown are active in the control system, "
                   "overrides are logged, and the sensors are installed and commissioned."),
    };
    return kTemplate;
}

const ActionPlanText::Template &ActionPlanText::driftTemplate()
{
    static const Template kTemplate{
        QT_TR_NOOP("The daily energy of %1 has crept up compared with earlier weeks without a "
                   "matching change in how it is used."),
        {QT_TR_NOOP("Wear of moving parts such as bearings, belts and seals."),
         QT_TR_NOOP("Sensors that have drifted out of calibration."),
         QT_TR_NOOP("Fouled heat-exchange surfaces or leaks in the distribution."),
         QT_TR_NOOP("Control settings that have drifted from their design values.")},
        {{QT_TR_NOOP("Carry out a maintenance inspection"),
          QT_TR_NOOP("Maintenance Team"), 7,
          QT_TR_NOOP("Inspection checklist, maintenance records")},
         {QT_TR_NOOP("Calibrate sensors and controllers"),
          QT_TR_NOOP("Instrumentation Technician"), 10, QT_TR_NOOP("Reference instruments")},
         {QT_TR_NOOP("Replace worn parts found in the inspection"),
          QT_TR_NOOP("Maintenance Team"), 21, QT_TR_NOOP("Spare parts, planned downtime")}},
        {QT_TR_NOOP("Mean daily energy per week against the weeks before the drift"),
         QT_TR_NOOP("Energy per unit of output, where output is metered"),
         QT_TR_NOOP("Calibration results and dates"),
         QT_TR_NOOP("Findings and repairs from the inspection"),
         QT_TR_NOOP("Cumulative sum of daily energy minus baseline")},
        QT_TR_NOOP("The inspection report, calibration records and repair orders are filed and "
                   "every finding is closed."),
    };
    return kTemplate;
}

const ActionPlanText::Template &ActionPlanText::setpointTemplate()
{
    static const Template kTemplate{
        QT_TR_NOOP("%1 runs at setpoints that ask for more than the process needs, so it uses "
                   "more energy than necessary."),
        {QT_TR_NOOP("Setpoints were chosen for design conditions and never revisited."),
         QT_TR_NOOP("Setpoints are not adjusted to the season."),
         QT_TR_NOOP("Wide deadbands let the equipment overshoot.")},
        {{QT_TR_NOOP("Set setpoints to what the process really needs"),
          QT_TR_NOOP("Process Engineer"), 5, QT_TR_NOOP("Process data, a trial period")},
         {QT_TR_NOOP("Introduce a seasonal setpoint schedule"),
          QT_TR_NOOP("Controls Engineer"), 10, QT_TR_NOOP("Control system programming")},
         {QT_TR_NOOP("Narrow the control deadbands"),
          QT_TR_NOOP("Controls Engineer"), 7, QT_TR_NOOP("Controller tuning time")}},
        {QT_TR_NOOP("Daily energy against the baseline"),
         QT_TR_NOOP("Product quality and complaints after each change"),
         QT_TR_NOOP("Setpoint changes and who made them"),
         QT_TR_NOOP("How often the equipment cycles on and off")},
        QT_TR_NOOP("The new setpoints, the seasonal schedule and the deadbands are documented "
                   "and set in the control system, and product quality is confirmed unchanged."),
    };
    return kTemplate;
}

const ActionPlanText::Template &ActionPlanText::genericTemplate()
{
    static const Template kTemplate{
        QT_TR_NOOP("%1 shows signs of %2 and uses more energy than it should."),
        {QT_TR_NOOP("The cause has not yet been analysed in detail."),
         QT_TR_NOOP("Operating practice or maintenance may have let the problem grow."),
         QT_TR_NOOP("Monitoring did not reveal the problem earlier.")},
        {{QT_TR_NOOP("Investigate the extent and the cause of the problem"),
          QT_TR_NOOP("Energy Manager"), 7, QT_TR_NOOP("Meter data, a site walk-through")},
         {QT_TR_NOOP("Carry out the corrective measure agreed from the investigation"),
          QT_TR_NOOP("Maintenance Team"), 21, QT_TR_NOOP("Budget, materials, planned downtime")},
         {QT_TR_NOOP("Update the operating and maintenance procedures"),
          QT_TR_NOOP("Operations Manager"), 30, QT_TR_NOOP("Procedure documents")}},
        {QT_TR_NOOP("Daily energy against the baseline"),
         QT_TR_NOOP("Progress of each action against its timeline"),
         QT_TR_NOOP("Whether the problem comes back"),
         QT_TR_NOOP("Monthly energy cost of the SEU")},
        QT_TR_NOOP("Every action is completed and signed off by the person responsible, with "
                   "its records filed."),
    };
    return kTemplate;
}

const ActionPlanText::Template &ActionPlanText::templateFor(IssueType type)
{
    switch (type) {
    case IssueType::ExcessiveIdle: return idleTemplate();
    case IssueType::InefficientScheduling: return schedulingTemplate();
    case IssueType::BaselineDrift: return driftTemplate();
    case IssueType::SuboptimalSetpoints: return setpointTemplate();
    default: return genericTemplate();
    }
}

namespace {

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

Status checkOpportunity(const PlanRequest &request, IssueType type)
{
    const Opportunity *found = request.currentOpportunity;
    if (!found || (found->seuId == request.seu.id && found->type == type))
        return Done{};
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("The opportunity given for the plan belongs to %1 (%2), "
                                    "not to %3 (%4).")
                         .arg(found->seuName, issueTypeCode(found->type), request.seu.name,
                              issueTypeCode(type)));
}

Result<ExpectedOutcomes> outcomesFor(const PlanRequest &request, IssueType type)
{
    if (request.currentOpportunity)
        return outcomesFromOpportunity(*request.currentOpportunity, request.tariff,
                                       request.opportunityWindowDays);
    return estimatedOutcomes(type, request.recentEnergyKWh, request.tariff);
}

} // namespace

QString ActionPlanText::problemStatement(const ActionPlan &plan)
{
    const Template &source = templateFor(plan.issueType);
    if (&source == &genericTemplate())
        return tr(source.problem)
            .arg(plan.seuName, PerformanceText::issueTypeName(plan.issueType));
    return tr(source.problem).arg(plan.seuName);
}

QString ActionPlanText::resultVerification(const ActionPlan &plan)
{
    return tr(templateFor(plan.issueType).resultVerification);
}

QString ActionPlanText::performanceVerification(const ActionPlan &plan, const QString &currency)
{
    const ExpectedOutcomes &outcomes = plan.expectedOutcomes;
    return tr("Compare the energy of %1 in the %2 days after the actions are completed with "
              "its baseline: the accepted baseline model where there is one, otherwise the "
              "same weekdays before the plan. The improvement counts as verified when the "
              "saving reaches at least half of the expected %3 kWh (%4) per %2 days.")
        .arg(plan.seuName, QString::number(outcomes.basisDays), fixed(outcomes.energyKWh, 2),
             PerformanceText::money(outcomes.cost, currency));
}

QString ActionPlanText::outcomeBasisNote(const ExpectedOutcomes &outcomes)
{
    if (outcomes.basis == OutcomeBasis::Opportunity)
        return tr("Expected outcomes are the measured saving of the current opportunity over "
                  "%1 days, priced at the site's tariff.")
            .arg(outcomes.basisDays);
    return tr("Expected outcomes are an estimate: %1 % of the %2 kWh used in the last %3 "
              "days. Replace it with a measured saving when one is available.")
        .arg(fixed(outcomes.estimateFraction * 100.0, 0), fixed(outcomes.recentEnergyKWh, 2))
        .arg(outcomes.basisDays);
}

void ActionPlanText::applyTemplate(ActionPlan &plan, const QString &currency)
{
    const Template &source = templateFor(plan.issueType);
    plan.problemStatement = problemStatement(plan);

    plan.rootCauses.clear();
    for (const char *cause : source.causes)
        plan.rootCauses.append(tr(cause));

    plan.actions.clear();
    int priority = 1;
    for (const TemplateAction &step : source.actions)
        plan.actions.push_back(PlanAction{priority++, tr(step.action), tr(step.responsible),
                                          step.timelineDays, tr(step.resources)});

    plan.monitoringPlan.clear();
    for (const char *check : source.monitoring)
        plan.monitoringPlan.append(tr(check));

    plan.resultVerification = resultVerification(plan);
    plan.performanceVerification = performanceVerification(plan, currency);
}

Result<ActionPlan> draftActionPlan(const PlanRequest &request)
{
    const Result<IssueType> type = parseIssueType(request.issueTypeCode);
    if (!type)
        return type.error();
    if (Status valid = checkOpportunity(request, *type); !valid)
        return valid.error();

    const Result<ExpectedOutcomes> outcomes = outcomesFor(request, *type);
    if (!outcomes)
        return outcomes.error();

    Result<ActionPlan> plan = newPlanSkeleton(request.seu, request.issueTypeCode, *outcomes,
                                              request.createdOn, request.createdAtUtc,
                                              request.sequence);
    if (!plan)
        return plan;

    ActionPlanText::applyTemplate(plan.value(), request.currency);
    if (request.currentOpportunity)
        plan.value().problemStatement += QLatin1Char(' ')
            + PerformanceText::opportunityDescription(*request.currentOpportunity);
    return plan;
}

} // namespace Enms
