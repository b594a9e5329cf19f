// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/performance/actionplan.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace Enms::Engine {

namespace {

constexpr std::array kAllStatuses = {
    PlanStatus::Draft,     PlanStatus::Approved, PlanStatus::InProgress, PlanStatus::Completed,
    PlanStatus::Verified,  PlanStatus::OnHold,   PlanStatus::Cancelled,
};

Status checkTariff(const CarrierTariff &tariff)
{
    if (!std::isfinite(tariff.pricePerKWh) || tariff.pricePerKWh < 0.0
        || !std::isfinite(tariff.co2KgPerKWh) || tariff.co2KgPerKWh < 0.0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Energy price and CO2 factor must be zero or more."));
    return Done{};
}

ExpectedOutcomes priced(double energyKWh, const CarrierTariff &tariff)
{
    ExpectedOutcomes outcomes;
    outcomes.energyKWh = energyKWh;
    outcomes.cost = energyKWh * tariff.pricePerKWh;
    outcomes.carbonKg = energyKWh * tariff.co2KgPerKWh;
    return outcomes;
}

} // namespace

QString planStatusCode(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Draft: return QStringLiteral("draft");
    case PlanStatus::Approved: return QStringLiteral("approved");
    case PlanStatus::InProgress: return QStringLiteral("in_progress");
    case PlanStatus::Completed: return QStringLiteral("completed");
    case PlanStatus::Verified: return QStringLiteral("verified");
    case PlanStatus::OnHold: return QStringLiteral("on_hold");
    case PlanStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<PlanStatus> planStatusFromCode(const QString &code)
{
    for (PlanStatus status : kAllStatuses) {
        if (planStatusCode(status) == code)
            return status;
    }
    return std::nullopt;
}

std::vector<PlanStatus> allowedTransitions(PlanStatus from)
{
    using S = PlanStatus;
    switch (from) {
    case S::Draft: return {S::Approved, S::Cancelled};
    case S::Approved: return {S::InProgress, S::OnHold, S::Cancelled};
    case S::InProgress: return {S::Completed, S::OnHold, S::Cancelled};
    case S::Completed: return {S::Verified, S::InProgress};
    case S::OnHold: return {S::Approved, S::InProgress, S::Cancelled};
    case S::Verified:
    case S::Cancelled: return {};
    }
    return {};
}

bool isAllowedTransition(PlanStatus from, PlanStatus to)
{
    const std::vector<PlanStatus> allowed = allowedTransitions(from);
    return std::find(allowed.begin(), allowed.end(), to) != allowed.end();
}

double estimatedSavingFraction(IssueType type)
{
    switch (type) {
    case IssueType::ExcessiveIdle:
    case IssueType::InefficientScheduling: return 0.10;
    case IssueType::BaselineDrift:
    case IssueType::SuboptimalSetpoints: return 0.05;
    case IssueType::CompressedAirLeaks:
    case IssueType::PeakDemand:
    case IssueType::InsulationLosses:
    case IssueType::EquipmentFault: return 0.03;
    }
    return 0.03;
}

Result<ExpectedOutcomes> outcomesFromOpportunity(const Opportunity &opportunity,
                                                 const CarrierTariff &tariff, int windowDays)
{
    if (Status valid = checkTariff(tariff); !valid)
        return valid.error();
    if (windowDays <= 0 || !std::isfinite(opportunity.savingsKWh))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The opportunity of %1 has no usable saving.")
                             .arg(opportunity.seuName));

    ExpectedOutcomes outcomes = priced(opportunity.savingsKWh, tariff);
    outcomes.basis = OutcomeBasis::Opportunity;
    outcomes.basisDays = windowDays;
    return outcomes;
}

Result<ExpectedOutcomes> estimatedOutcomes(IssueType type, double recentEnergyKWh,
                                           const CarrierTariff &tariff)
{
    if (Status valid = checkTariff(tariff); !valid)
        return valid.error();
    if (!std::isfinite(recentEnergyKWh) || recentEnergyKWh < 0.0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The recent energy must be zero or more kWh."));

    const double fraction = estimatedSavingFraction(type);
    ExpectedOutcomes outcomes = priced(fraction * recentEnergyKWh, tariff);
    outcomes.basis = OutcomeBasis::RecentEnergyEstimate;
    outcomes.basisDays = kRecentEnergyDays;
    outcomes.estimateFraction = fraction;
    outcomes.recentEnergyKWh = recentEnergyKWh;
    return outcomes;
}

QString planId(const QString &seuName, IssueType type, const QDate &createdOn, int sequence)
{
    QString name = seuName.trimmed();
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    QString id = QStringLiteral("AP-%1-%2-%3")
                     .arg(name, issueTypeCode(type), createdOn.toString(QStringLiteral("yyyyMMdd")));
    if (sequence > 1)
        id += QStringLiteral("-%1").arg(sequence);
    return id;
}

Result<ActionPlan> newPlanSkeleton(const SeuInfo &seu, const QString &issueTypeCode,
                                   const ExpectedOutcomes &outcomes, const QDate &createdOn,
                                   const QDateTime &createdAtUtc, int sequence)
{
    const Result<IssueType> type = parseIssueType(issueTypeCode);
    if (!type)
        return type.error();
    if (!createdOn.isValid() || sequence < 1)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A plan needs a valid creation date and a sequence "
                                        "number of 1 or more."));

    ActionPlan plan;
    plan.id = planId(seu.name, *type, createdOn, sequence);
    plan.seuId = seu.id;
    plan.seuName = seu.name;
    plan.issueType = *type;
    plan.expectedOutcomes = outcomes;
    plan.createdOn = createdOn;
    plan.targetDate = createdOn.addDays(kPlanTargetDays);
    plan.status = PlanStatus::Draft;
    plan.createdAtUtc = createdAtUtc.toUTC();
    return plan;
}

} // namespace Enms::Engine
