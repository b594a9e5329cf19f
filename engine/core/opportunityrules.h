// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"

#include <QString>

#include <vector>

namespace Enms::Engine {

// Detector thresholds, savings fractions and the implementation costs assumed for the
// payback time. The defaults are the rules of the original performance service; a site
// may tune them in its settings.
struct OpportunityRules {
    double idlePowerFraction = 0.10;     // idle: mean power below this share of rating
    double idleShareLimit = 0.30;        // fires above this share of covered time
    double idleSavingFraction = 0.5;     // of the energy used while idle
    double idleAssumedCost = 1000.0;

    double offHoursShareLimit = 0.20;    // fires above this share of the SEU's energy
    double offHoursMinimumKWh = 50.0;    // ... and above this much off-hours energy
    double offHoursSavingFraction = 0.6;
    double offHoursAssumedCost = 500.0;

    double driftLimit = 0.10;            // fires above +10 %
    double driftSavingFraction = 0.7;    // of the excess per day, times the window days
    double driftAssumedCost = 2000.0;
};

// What kind of number a rule holds, which decides its valid range and its unit.
enum class RuleKind {
    Fraction,   // a share, 0 < x <= 1
    Energy,     // kWh, >= 0
    Money,      // in the site's currency, >= 0
};

// One tunable rule: its stable code (stored and used on the command line), its kind
// and where it lives in OpportunityRules.
struct OpportunityRuleField {
    const char *code;
    RuleKind kind;
    double OpportunityRules::*member;
};

// All rules, in the order the settings show them.
const std::vector<OpportunityRuleField> &opportunityRuleFields();

const OpportunityRuleField *findOpportunityRule(const QString &code);

// Checks one value against its kind; the message names the rule and the range.
Status validateOpportunityRule(const OpportunityRuleField &field, double value);

} // namespace Enms::Engine
