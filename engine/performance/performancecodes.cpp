// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/performance/performancecodes.h"

#include <array>

namespace Enms::Engine {

namespace {
constexpr std::array kAllIssueTypes = {
    IssueType::ExcessiveIdle,      IssueType::InefficientScheduling,
    IssueType::BaselineDrift,      IssueType::SuboptimalSetpoints,
    IssueType::CompressedAirLeaks, IssueType::PeakDemand,
    IssueType::InsulationLosses,   IssueType::EquipmentFault,
};
} // namespace

QString isoStatusCode(IsoStatus status)
{
    switch (status) {
    case IsoStatus::Excellent: return QStringLiteral("excellent");
    case IsoStatus::OnTarget: return QStringLiteral("on_target");
    case IsoStatus::RequiresAttention: return QStringLiteral("requires_attention");
    case IsoStatus::NonCompliant: return QStringLiteral("non_compliant");
    }
    return {};
}

QString rootCauseCode(RootCause cause)
{
    switch (cause) {
    case RootCause::NormalVariation: return QStringLiteral("normal_variation");
    case RootCause::IncreasedLoad: return QStringLiteral("increased_load");
    case RootCause::ReducedLoad: return QStringLiteral("reduced_load");
    }
    return {};
}

QString baselineSourceCode(BaselineSource source)
{
    switch (source) {
    case BaselineSource::ThirtyDayMean: return QStringLiteral("thirty_day_mean");
    case BaselineSource::AcceptedBaseline: return QStringLiteral("accepted_baseline");
    }
    return {};
}

QString effortCode(Effort effort)
{
    switch (effort) {
    case Effort::Low: return QStringLiteral("low");
    case Effort::Medium: return QStringLiteral("medium");
    case Effort::High: return QStringLiteral("high");
    }
    return {};
}

QString priorityCode(Priority priority)
{
    switch (priority) {
    case Priority::High: return QStringLiteral("high");
    case Priority::Medium: return QStringLiteral("medium");
    case Priority::Low: return QStringLiteral("low");
    }
    return {};
}

QString issueTypeCode(IssueType type)
{
    switch (type) {
    case IssueType::ExcessiveIdle: return QStringLiteral("excessive_idle");
    case IssueType::InefficientScheduling: return QStringLiteral("inefficient_scheduling");
    case IssueType::BaselineDrift: return QStringLiteral("baseline_drift");
    case IssueType::SuboptimalSetpoints: return QStringLiteral("suboptimal_setpoints");
    case IssueType::CompressedAirLeaks: return QStringLiteral("compressed_air_leaks");
    case IssueType::PeakDemand: return QStringLiteral("peak_demand");
    case IssueType::InsulationLosses: return QStringLiteral("insulation_losses");
    case IssueType::EquipmentFault: return QStringLiteral("equipment_fault");
    }
    return {};
}

std::optional<IssueType> issueTypeFromCode(const QString &code)
{
    for (IssueType type : kAllIssueTypes) {
        if (issueTypeCode(type) == code)
            return type;
    }
    return std::nullopt;
}

QStringList allIssueTypeCodes()
{
    QStringList codes;
    for (IssueType type : kAllIssueTypes)
        codes.append(issueTypeCode(type));
    return codes;
}

Result<IssueType> parseIssueType(const QString &code)
{
    if (const auto type = issueTypeFromCode(code))
        return *type;
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("Unknown issue type '%1'; valid types are: %2.")
                         .arg(code, allIssueTypeCodes().join(QStringLiteral(", "))));
}

} // namespace Enms::Engine
