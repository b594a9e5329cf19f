// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/baseline/savings.h"

#include "engine/baseline/distributions.h"

#include <algorithm>
#include <cmath>

namespace Enms::Engine {

namespace {

constexpr double kAshraeFactor = 1.26;
constexpr double kMinimumDetectableUncertainty = 0.5;

double uncertaintyFactor(const SavingsOptions &options)
{
    if (options.factor == UncertaintyFactor::Ashrae)
        return kAshraeFactor;
    const double m = options.reportingMonths;
    return -0.00024 * m * m + 0.03535 * m + 1.00286;
}

Status validate(const BaselineSummary &baseline, const std::vector<double> &actual,
                const std::vector<double> &expected, const SavingsOptions &options)
{
    if (actual.size() != expected.size() || actual.empty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 actual values for %2 expected values")
                             .arg(actual.size()).arg(expected.size()));
    if (baseline.n - baseline.p < 1)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the baseline has no residual degrees of freedom"));
    if (options.factor == UncertaintyFactor::SunBaltazar && !(options.reportingMonths > 0.0))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the Sun-Baltazar factor needs the months reported"));
    return Done{};
}

QStringList outOfRange(const BaselineSummary &baseline,
                       const std::vector<NamedColumn> &drivers, size_t row)
{
    QStringList names;
    for (const NamedColumn &column : drivers) {
        const auto sameName = [&](const DriverRange &r) { return r.name == column.name; };
        const auto range = std::find_if(baseline.ranges.begin(), baseline.ranges.end(),
                                        sameName);
        if (range != baseline.ranges.end() && !range->covers(column.values[row]))
            names << column.name;
    }
    return names;
}

void runCusums(SavingsReport &report, const BaselineSummary &baseline,
               const SavingsOptions &options)
{
    double cusum = 0.0;
    double upper = 0.0;
    double lower = 0.0;
    for (PeriodSavings &period : report.periods) {
        const double residual = period.actual - period.expected;
        cusum += residual;
        period.cusum = cusum;

        const double z = baseline.rmse > 0.0 ? residual / baseline.rmse : 0.0;
        upper = std::max(0.0, upper + z - options.alarmK);
        lower = std::max(0.0, lower - z - options.alarmK);
        period.alarmUpper = upper;
        period.alarmLower = lower;
        period.alarm = upper > options.alarmH || lower > options.alarmH;
        if (period.alarm)
            upper = lower = 0.0;
    }
}

void computeUncertainty(SavingsReport &report, const BaselineSummary &baseline,
                        const SavingsOptions &options)
{
    const double n = baseline.n;
    const double rho = std::max(0.0, baseline.lag1Autocorrelation);
    report.effectivePoints = n * (1.0 - rho) / (1.0 + rho);
    report.tValue = Distributions::studentTTwoSidedQuantile(options.confidence,
                                                            baseline.n - baseline.p);
    report.kFactor = uncertaintyFactor(options);

    const double nPrime = report.effectivePoints;
    const double absoluteFraction =
        report.kFactor * report.tValue * baseline.cvRmse
        * std::sqrt((n / nPrime) * (1.0 + 2.0 / nPrime) / report.m);
    // A magnitude: an increase (negative savings) is as uncertain as a saving of that size.
    report.fractionalUncertainty = absoluteFraction / std::fabs(report.savingsFraction);
    report.absoluteUncertainty = std::fabs(report.fractionalUncertainty * report.avoidedEnergy);
    report.minimumDetectableFraction = absoluteFraction / kMinimumDetectableUncertainty;
}

} // namespace

bool DriverRange::covers(double value) const
{
    return (value >= min && value <= max) || std::fabs(value - mean) <= 3.0 * sd;
}

std::vector<DriverRange> driverRanges(const std::vector<NamedColumn> &drivers)
{
    std::vector<DriverRange> ranges;
    for (const NamedColumn &column : drivers) {
        DriverRange range{column.name, 0.0, 0.0, 0.0, 0.0};
        if (!column.values.empty()) {
            const auto [low, high] = std::minmax_element(column.values.begin(),
                                                         column.values.end());
            range.min = *low;
            range.max = *high;
            double sum = 0.0;
            for (double v : column.values)
                sum += v;
            range.mean = sum / double(column.values.size());
            double squares = 0.0;
            for (double v : column.values)
                squares += (v - range.mean) * (v - range.mean);
            const double divisor = double(std::max<size_t>(column.values.size() - 1, 1));
            range.sd = std::sqrt(squares / divisor);
        }
        ranges.push_back(range);
    }
    return ranges;
}

BaselineSummary summariseBaseline(const OlsFit &fit, const std::vector<NamedColumn> &drivers)
{
    return BaselineSummary{fit.n, fit.p, fit.rmse, fit.cvRmse, fit.lag1Autocorrelation,
                           driverRanges(drivers)};
}

Result<SavingsReport> computeSavings(const BaselineSummary &baseline,
                                     const std::vector<double> &actual,
                                     const std::vector<double> &expected,
                                     const std::vector<NamedColumn> &reportingDrivers,
                                     const SavingsOptions &options)
{
    if (const Status valid = validate(baseline, actual, expected, options); !valid)
        return valid.error();
    for (const NamedColumn &column : reportingDrivers) {
        if (column.values.size() != actual.size())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("driver %1 has %2 values for %3 periods")
                                 .arg(column.name)
                                 .arg(column.values.size())
                                 .arg(actual.size()));
    }

    SavingsReport report;
    report.m = int(actual.size());
    report.confidence = options.confidence;
    for (size_t i = 0; i < actual.size(); ++i) {
        PeriodSavings period;
        period.actual = actual[i];
        period.expected = expected[i];
        period.driversOutOfRange = outOfRange(baseline, reportingDrivers, i);
        report.periodsOutOfRange += period.driversOutOfRange.isEmpty() ? 0 : 1;
        report.actualTotal += actual[i];
        report.expectedTotal += expected[i];
        report.periods.push_back(period);
    }

    report.avoidedEnergy = report.expectedTotal - report.actualTotal;
    report.savingsFraction = report.avoidedEnergy / report.expectedTotal;
    report.senpi = report.actualTotal / report.expectedTotal;
    report.cumulativeImprovement = 1.0 - report.senpi;
    runCusums(report, baseline, options);
    computeUncertainty(report, baseline, options);
    return report;
}

} // namespace Enms::Engine
