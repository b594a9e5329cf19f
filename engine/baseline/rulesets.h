// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/baseline/ols.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Enms::Engine {

// The named sets of validity rules a regression baseline is judged by. Each has a public
// source that an auditor can look up:
//  - Sep:  US DOE Superior Energy Performance (SEP) / EnPI tool regression guidance:
//          F-test p < 0.10, every driver p < 0.20, at least one driver p < 0.10,
//          R^2 >= 0.50, at least 10 data points. The default.
//  - Rmv2: LBNL RMV2.0 screening thresholds: R^2 >= 0.65, CV(RMSE) <= 25 %,
//          |NMBE| <= 0.5 %.
//  - Nmec: CPUC normalized metered energy consumption (NMEC) rulebook, ASHRAE Guideline 14
//          lineage: CV(RMSE) < 25 %, |NMBE| < 0.5 %; the savings uncertainty (< 50 % at
//          90 % confidence) can only be judged once reporting data exist, so it is returned
//          as a note.
enum class RuleSet { Sep, Rmv2, Nmec };

QString ruleSetCode(RuleSet rules);             // "sep", "rmv2", "nmec"
std::optional<RuleSet> ruleSetFromCode(const QString &code);
QString ruleSetSource(RuleSet rules);           // the publication the thresholds come from

// One rule applied to one fit. `rule` is a stable code ("f_p", "r_squared", ...),
// `comparison` one of "<", "<=", ">=", ">" read as "value comparison threshold".
struct RuleCheck {
    QString rule;
    double value = 0.0;
    double threshold = 0.0;
    QString comparison;
    bool passed = false;
};

struct Verdict {
    RuleSet ruleSet = RuleSet::Sep;
    QString source;
    bool valid = false;
    std::vector<RuleCheck> checks;
    QStringList notes;                           // codes of conditions judged later
};

// Applies a rule set to a fit. The intercept never counts as a driver.
Verdict judgeFit(const OlsFit &fit, RuleSet rules);

} // namespace Enms::Engine
