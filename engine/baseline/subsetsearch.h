// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/baseline/ols.h"
#include "engine/baseline/rulesets.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace Enms::Engine {

// One subset of the candidate drivers and what became of it: a fit judged by the rule
// set, or the error that stopped the fit (a rank-deficient subset, too few rows).
struct SubsetCandidate {
    QStringList drivers;
    std::optional<OlsFit> fit;
    std::optional<Error> error;
    Verdict verdict;                  // valid == false when there is no fit
};

struct SubsetSearchResult {
    std::vector<SubsetCandidate> candidates;    // every non-empty subset, smallest first
    int bestIndex = -1;                          // -1 when no candidate is valid

    const SubsetCandidate *best() const
    {
        return bestIndex < 0 ? nullptr : &candidates[size_t(bestIndex)];
    }
};

// The most candidate drivers a search accepts (2^16 - 1 fits).
inline constexpr int kMaxSubsetDrivers = 16;

// Fits every non-empty subset of the candidate drivers and judges each by the rule set.
// Best model: the valid candidate with the highest adjusted R^2 (ties go to fewer drivers).
Result<SubsetSearchResult> searchAllSubsets(const std::vector<double> &y,
                                            const std::vector<NamedColumn> &candidates,
                                            RuleSet rules, const OlsOptions &options = {});

} // namespace Enms::Engine
