// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/baseline/ols.h"

#include <QStringList>

#include <vector>

namespace Enms::Engine {

// The range a driver covered in the baseline period. A reporting-period value is trusted
// when it lies inside [min, max] or within three standard deviations of the mean.
struct DriverRange {
    QString name;
    double min = 0.0;
    double max = 0.0;
    double mean = 0.0;
    double sd = 0.0;

    bool covers(double value) const;
};

std::vector<DriverRange> driverRanges(const std::vector<NamedColumn> &drivers);

// What a stored baseline must keep to judge savings later: the size and accuracy of its
// fit and the ranges of its drivers.
struct BaselineSummary {
    int n = 0;
    int p = 0;
    double rmse = 0.0;
    double cvRmse = 0.0;
    double lag1Autocorrelation = 0.0;
    std::vector<DriverRange> ranges;
};

BaselineSummary summariseBaseline(const OlsFit &fit, const std::vector<NamedColumn> &drivers);

enum class UncertaintyFactor {
    Ashrae,          // K = 1.26
    SunBaltazar,     // K = -0.00024 M^2 + 0.03535 M + 1.00286, M = months reported (daily data)
};

struct SavingsOptions {
    double confidence = 0.90;
    UncertaintyFactor factor = UncertaintyFactor::Ashrae;
    double reportingMonths = 0.0;    // M; needed for SunBaltazar
    double alarmK = 0.5;             // alarm CUSUM allowance, in residual SDs
    double alarmH = 4.0;             // alarm CUSUM decision interval, in residual SDs
};

struct PeriodSavings {
    double actual = 0.0;
    double expected = 0.0;
    double cusum = 0.0;              // running sum of (actual - expected); rises on overuse
    double alarmUpper = 0.0;         // S+ after this period
    double alarmLower = 0.0;         // S- after this period
    bool alarm = false;              // S+ or S- passed h here (both restart from zero)
    QStringList driversOutOfRange;
};

// Savings over a reporting period against a baseline (ASHRAE Guideline 14 lineage):
//   S = sum(expected - actual), F = S / sum expected, SEnPI = sum actual / sum expected,
//   dS/S = K t CV sqrt((n/n')(1 + 2/n')(1/m)) / F with n' = n (1 - rho)/(1 + rho),
//   t two-sided at the chosen confidence with n - p degrees of freedom. A negative rho is
//   taken as zero, which never claims more independent points than there are.
//   The minimum detectable savings fraction is the F at which dS/S = 50 %.
struct SavingsReport {
    std::vector<PeriodSavings> periods;
    int m = 0;
    double actualTotal = 0.0;
    double expectedTotal = 0.0;
    double avoidedEnergy = 0.0;
    double savingsFraction = 0.0;
    double senpi = 0.0;
    double cumulativeImprovement = 0.0;      // 1 - SEnPI
    double confidence = 0.90;
    double tValue = 0.0;
    double kFactor = 1.26;
    double effectivePoints = 0.0;            // n'
    double fractionalUncertainty = 0.0;      // dS/S
    double absoluteUncertainty = 0.0;        // dS, in energy units
    double minimumDetectableFraction = 0.0;
    int periodsOutOfRange = 0;
};

// `reportingDrivers` may be empty (no range check) or hold the baseline's drivers by name
// with one value per period.
Result<SavingsReport> computeSavings(const BaselineSummary &baseline,
                                     const std::vector<double> &actual,
                                     const std::vector<double> &expected,
                                     const std::vector<NamedColumn> &reportingDrivers,
                                     const SavingsOptions &options = {});

} // namespace Enms::Engine
