// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/baseline/rulesets.h"

#include <algorithm>
#include <cmath>

namespace Enms::Engine {

namespace {

RuleCheck check(const QString &rule, double value, const QString &comparison,
                double threshold)
{
    bool passed = false;
    if (comparison == QLatin1String("<"))
        passed = value < threshold;
    else if (comparison == QLatin1String("<="))
        passed = value <= threshold;
    else if (comparison == QLatin1String(">="))
        passed = value >= threshold;
    else
        passed = value > threshold;
    return RuleCheck{rule, value, threshold, comparison, passed};
}

// The largest and the smallest p value among the drivers (NaN without drivers).
std::pair<double, double> driverPRange(const OlsFit &fit)
{
    double largest = NAN;
    double smallest = NAN;
    for (const OlsCoefficient &c : fit.coefficients) {
        if (fit.hasIntercept && &c == &fit.coefficients.front())
            continue;
        largest = std::isnan(largest) ? c.p : std::max(largest, c.p);
        smallest = std::isnan(smallest) ? c.p : std::min(smallest, c.p);
    }
    return {largest, smallest};
}

std::vector<RuleCheck> sepChecks(const OlsFit &fit)
{
    const auto [largestP, smallestP] = driverPRange(fit);
    return {check(QStringLiteral("f_p"), fit.fP, QStringLiteral("<"), 0.10),
            check(QStringLiteral("max_driver_p"), largestP, QStringLiteral("<"), 0.20),
            check(QStringLiteral("min_driver_p"), smallestP, QStringLiteral("<"), 0.10),
            check(QStringLiteral("r_squared"), fit.rSquared, QStringLiteral(">="), 0.50),
            check(QStringLiteral("n"), fit.n, QStringLiteral(">="), 10)};
}

std::vector<RuleCheck> rmv2Checks(const OlsFit &fit)
{
    return {check(QStringLiteral("r_squared"), fit.rSquared, QStringLiteral(">="), 0.65),
            check(QStringLiteral("cv_rmse"), fit.cvRmse, QStringLiteral("<="), 0.25),
            check(QStringLiteral("abs_nmbe"), std::fabs(fit.nmbe), QStringLiteral("<="),
                  0.005)};
}

std::vector<RuleCheck> nmecChecks(const OlsFit &fit)
{
    return {check(QStringLiteral("cv_rmse"), fit.cvRmse, QStringLiteral("<"), 0.25),
            check(QStringLiteral("abs_nmbe"), std::fabs(fit.nmbe), QStringLiteral("<"),
                  0.005)};
}

} // namespace

QString ruleSetCode(RuleSet rules)
{
    switch (rules) {
    case RuleSet::Sep:
        return QStringLiteral("sep");
    case RuleSet::Rmv2:
        return QStringLiteral("rmv2");
    case RuleSet::Nmec:
        return QStringLiteral("nmec");
    }
    return {};
}

std::optional<RuleSet> ruleSetFromCode(const QString &code)
{
    for (RuleSet rules : {RuleSet::Sep, RuleSet::Rmv2, RuleSet::Nmec}) {
        if (ruleSetCode(rules) == code)
            return rules;
    }
    return std::nullopt;
}

QString ruleSetSource(RuleSet rules)
{
    switch (rules) {
    case RuleSet::Sep:
        return QStringLiteral("US DOE Superior Energy Performance (SEP) EnPI tool "
                              "regression guidance");
    case RuleSet::Rmv2:
        return QStringLiteral("LBNL RMV2.0 baseline model screening");
    case RuleSet::Nmec:
        return QStringLiteral("CPUC NMEC rulebook (ASHRAE Guideline 14 lineage)");
    }
    return {};
}

Verdict judgeFit(const OlsFit &fit, RuleSet rules)
{
    Verdict verdict;
    verdict.ruleSet = rules;
    verdict.source = ruleSetSource(rules);
    switch (rules) {
    case RuleSet::Sep:
        verdict.checks = sepChecks(fit);
        break;
    case RuleSet::Rmv2:
        verdict.checks = rmv2Checks(fit);
        break;
    case RuleSet::Nmec:
        verdict.checks = nmecChecks(fit);
        verdict.notes << QStringLiteral("savings_uncertainty_below_50_percent_at_90_percent");
        break;
    }

    verdict.valid = std::all_of(verdict.checks.begin(), verdict.checks.end(),
                                [](const RuleCheck &c) { return c.passed; });
    return verdict;
}

} // namespace Enms::Engine
