// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/baseline/subsetsearch.h"

#include <algorithm>
#include <bit>

namespace Enms::Engine {

namespace {

SubsetCandidate fitSubset(const std::vector<double> &y,
                          const std::vector<NamedColumn> &candidates, unsigned mask,
                          RuleSet rules, const OlsOptions &options)
{
    std::vector<NamedColumn> drivers;
    SubsetCandidate candidate;
    for (size_t j = 0; j < candidates.size(); ++j) {
        if (mask & (1u << j)) {
            drivers.push_back(candidates[j]);
            candidate.drivers << candidates[j].name;
        }
    }

    Result<OlsFit> fit = fitOls(y, drivers, options);
    if (fit) {
        candidate.verdict = judgeFit(*fit, rules);
        candidate.fit = std::move(fit).value();
    } else {
        candidate.error = fit.error();
        candidate.verdict.ruleSet = rules;
        candidate.verdict.source = ruleSetSource(rules);
    }
    return candidate;
}

// Subsets ordered by size, then by their bit masks, so single drivers come first.
std::vector<unsigned> subsetMasks(int count)
{
    std::vector<unsigned> masks;
    for (unsigned mask = 1; mask < (1u << count); ++mask)
        masks.push_back(mask);
    std::stable_sort(masks.begin(), masks.end(), [](unsigned a, unsigned b) {
        if (std::popcount(a) != std::popcount(b))
            return std::popcount(a) < std::popcount(b);
        return a < b;
    });
    return masks;
}

} // namespace

Result<SubsetSearchResult> searchAllSubsets(const std::vector<double> &y,
                                            const std::vector<NamedColumn> &candidates,
                                            RuleSet rules, const OlsOptions &options)
{
    if (candidates.empty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no candidate drivers"));
    if (int(candidates.size()) > kMaxSubsetDrivers)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 candidate drivers; at most %2 are searched")
                             .arg(candidates.size()).arg(kMaxSubsetDrivers));

    SubsetSearchResult result;
    for (unsigned mask : subsetMasks(int(candidates.size())))
        result.candidates.push_back(fitSubset(y, candidates, mask, rules, options));

    for (size_t i = 0; i < result.candidates.size(); ++i) {
        const SubsetCandidate &c = result.candidates[i];
        if (!c.verdict.valid)
            continue;
        // Strictly greater: among equal adjusted R^2 the earlier (smaller) subset stays.
        if (result.bestIndex < 0
            || c.fit->adjRSquared > result.candidates[size_t(result.bestIndex)]
                                        .fit->adjRSquared)
            result.bestIndex = int(i);
    }
    return result;
}

} // namespace Enms::Engine
