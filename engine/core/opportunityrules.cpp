// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/core/opportunityrules.h"

#include <cmath>

namespace Enms::Engine {

const std::vector<OpportunityRuleField> &opportunityRuleFields()
{
    using R = OpportunityRules;
    static const std::vector<OpportunityRuleField> fields = {
        {"idle_power_fraction", RuleKind::Fraction, &R::idlePowerFraction},
        {"idle_share_limit", RuleKind::Fraction, &R::idleShareLimit},
        {"idle_saving_fraction", RuleKind::Fraction, &R::idleSavingFraction},
        {"idle_assumed_cost", RuleKind::Money, &R::idleAssumedCost},
        {"off_hours_share_limit", RuleKind::Fraction, &R::offHoursShareLimit},
        {"off_hours_minimum_kwh", RuleKind::Energy, &R::offHoursMinimumKWh},
        {"off_hours_saving_fraction", RuleKind::Fraction, &R::offHoursSavingFraction},
        {"off_hours_assumed_cost", RuleKind::Money, &R::offHoursAssumedCost},
        {"drift_limit", RuleKind::Fraction, &R::driftLimit},
        {"drift_saving_fraction", RuleKind::Fraction, &R::driftSavingFraction},
        {"drift_assumed_cost", RuleKind::Money, &R::driftAssumedCost},
    };
    return fields;
}

const OpportunityRuleField *findOpportunityRule(const QString &code)
{
    for (const OpportunityRuleField &field : opportunityRuleFields()) {
        if (code == QLatin1String(field.code))
            return &field;
    }
    return nullptr;
}

Status validateOpportunityRule(const OpportunityRuleField &field, double value)
{
    const QString code = QString::fromLatin1(field.code);
    if (!std::isfinite(value))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The rule %1 needs a number.").arg(code));
    if (field.kind == RuleKind::Fraction && (value <= 0.0 || value > 1.0))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The rule %1 is a share and must lie above 0 and at "
                                        "most 1, not %2.")
                             .arg(code)
                             .arg(value));
    if (field.kind != RuleKind::Fraction && value < 0.0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The rule %1 must be zero or positive, not %2.")
                             .arg(code)
                             .arg(value));
    return Done{};
}

} // namespace Enms::Engine
