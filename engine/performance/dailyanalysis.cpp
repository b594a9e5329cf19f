// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/performance/dailyanalysis.h"

#include <cmath>

namespace Enms::Engine {

namespace {

// Recommendation rules: which excess triggers what, what share of the excess it is
// expected to remove, and the implementation cost assumed for its payback time.
struct RecommendationRule {
    RecommendationKind kind;
    double savingFraction;
    double assumedCost;
    Effort effort;
    Priority priority;
};
constexpr RecommendationRule kInspectRule{RecommendationKind::InspectEquipment, 0.30,
                                          2000.0, Effort::Medium, Priority::High};
constexpr RecommendationRule kScheduleRule{RecommendationKind::OptimiseSchedule, 0.20,
                                           500.0, Effort::Low, Priority::Medium};
constexpr RecommendationRule kReviewRule{RecommendationKind::ReviewParameters, 0.50,
                                         500.0, Effort::Low, Priority::Medium};

const LocalDayEnergy *findDay(const std::vector<LocalDayEnergy> &days, const QDate &date)
{
    for (const LocalDayEnergy &day : days) {
        if (day.date == date)
            return &day;
    }
    return nullptr;
}

struct ThirtyDayMean {
    double meanKWh = 0.0;
    int completeDays = 0;
};

ThirtyDayMean thirtyDayMean(const std::vector<LocalDayEnergy> &days, const QDate &date)
{
    ThirtyDayMean mean;
    double sum = 0.0;
    for (const LocalDayEnergy &day : days) {
        const qint64 daysBefore = day.date.daysTo(date);
        if (daysBefore < 1 || daysBefore > kBaselineLookbackDays || !isCompleteDay(day))
            continue;
        sum += day.energyKWh;
        ++mean.completeDays;
    }
    if (mean.completeDays > 0)
        mean.meanKWh = sum / mean.completeDays;
    return mean;
}

// The percentage is rounded to a billionth of a percent so that a day that is exactly
// 5 % above its baseline is classified as 5 %, whatever the binary rounding of its inputs.
double deviationPercentOf(double deviationKWh, double baselineKWh)
{
    const double percent = deviationKWh * 100.0 / baselineKWh;
    return std::round(percent * 1e9) / 1e9;
}

Recommendation makeRecommendation(const RecommendationRule &rule, double excessKWh,
                                  double pricePerKWh)
{
    Recommendation rec;
    rec.kind = rule.kind;
    rec.savingFraction = rule.savingFraction;
    rec.savingsKWh = rule.savingFraction * excessKWh;
    rec.savingsCost = rec.savingsKWh * pricePerKWh;
    rec.assumedCost = rule.assumedCost;
    rec.effort = rule.effort;
    rec.priority = rule.priority;

    // The excess is taken to recur every day until it is dealt with.
    if (rec.savingsCost > 0.0)
        rec.roiDays = int(std::ceil(rule.assumedCost / rec.savingsCost - 1e-9));
    return rec;
}

std::vector<Recommendation> recommendationsFor(const DailyAnalysis &analysis)
{
    const double percent = analysis.deviationPercent;
    const double excess = analysis.deviationKWh;
    const double price = analysis.pricePerKWh;
    if (percent > 15.0)
        return {makeRecommendation(kInspectRule, excess, price),
                makeRecommendation(kScheduleRule, excess, price)};
    if (percent > 5.0)
        return {makeRecommendation(kReviewRule, excess, price)};
    return {};
}

Status checkInputs(const DailyAnalysis &analysis, std::optional<double> expectedKWh)
{
    if (!analysis.date.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The date is not valid."));
    if (expectedKWh && (!std::isfinite(*expectedKWh) || *expectedKWh <= 0.0))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The expected energy of %1 on %2 must be a positive "
                                        "number of kWh.")
                             .arg(analysis.seuName, analysis.date.toString(Qt::ISODate)));
    return Done{};
}

// Fills the baseline fields, or says why there is no usable baseline.
Status fillBaseline(DailyAnalysis &analysis, const std::vector<LocalDayEnergy> &days,
                    std::optional<double> expectedKWh)
{
    const ThirtyDayMean mean = thirtyDayMean(days, analysis.date);
    analysis.completeDaysInBaseline = mean.completeDays;
    if (expectedKWh) {
        analysis.baselineKWh = *expectedKWh;
        analysis.baselineSource = BaselineSource::AcceptedBaseline;
        return Done{};
    }

    const QString when = analysis.date.toString(Qt::ISODate);
    if (mean.completeDays < kMinimumBaselineDays)
        return makeError(ErrorCode::NotEnoughData,
                         QStringLiteral("%1 has %2 complete days (at least 22 hours of data) "
                                        "in the 30 days before %3; the baseline needs at "
                                        "least %4.")
                             .arg(analysis.seuName)
                             .arg(mean.completeDays)
                             .arg(when)
                             .arg(kMinimumBaselineDays));
    if (mean.meanKWh <= 0.0)
        return makeError(ErrorCode::NotEnoughData,
                         QStringLiteral("The baseline of %1 before %2 is %3 kWh, so no "
                                        "percentage deviation can be computed.")
                             .arg(analysis.seuName, when)
                             .arg(mean.meanKWh));
    analysis.baselineKWh = mean.meanKWh;
    analysis.baselineSource = BaselineSource::ThirtyDayMean;
    return Done{};
}

void fillActual(DailyAnalysis &analysis, const LocalDayEnergy &day)
{
    analysis.measuredKWh = day.energyKWh;
    analysis.coveredHours = day.coveredHours();
    analysis.dayLengthHours = day.dayLengthHours();
    analysis.isProjection = !isCompleteDay(day);
    analysis.actualKWh = analysis.isProjection
        ? day.energyKWh * analysis.dayLengthHours / analysis.coveredHours
        : day.energyKWh;
}

void fillJudgement(DailyAnalysis &analysis)
{
    analysis.deviationKWh = analysis.actualKWh - analysis.baselineKWh;
    analysis.deviationPercent = deviationPercentOf(analysis.deviationKWh, analysis.baselineKWh);
    analysis.deviationCost = analysis.deviationKWh * analysis.pricePerKWh;

    analysis.efficiencyScore = efficiencyScoreFor(analysis.deviationPercent);
    analysis.status = statusFor(analysis.deviationPercent);
    analysis.rootCause = rootCauseFor(analysis.deviationPercent);
    analysis.confidence = confidenceFor(analysis.rootCause, analysis.isProjection);
    analysis.recommendations = recommendationsFor(analysis);
}

} // namespace

QString recommendationKindCode(RecommendationKind kind)
{
    switch (kind) {
    case RecommendationKind::InspectEquipment: return QStringLiteral("inspect_equipment");
    case RecommendationKind::OptimiseSchedule: return QStringLiteral("optimise_schedule");
    case RecommendationKind::ReviewParameters: return QStringLiteral("review_parameters");
    }
    return {};
}

QString recommendationTypeCode(RecommendationKind kind)
{
    return kind == RecommendationKind::InspectEquipment ? QStringLiteral("maintenance")
                                                        : QStringLiteral("operational");
}

double efficiencyScoreFor(double deviationPercent)
{
    const double size = std::abs(deviationPercent);
    if (size <= 5.0)
        return 1.0;
    if (size <= 15.0)
        return 0.8;
    if (size <= 30.0)
        return 0.6;
    return 0.4;
}

IsoStatus statusFor(double deviationPercent)
{
    if (deviationPercent < -5.0)
        return IsoStatus::Excellent;
    if (deviationPercent <= 5.0)
        return IsoStatus::OnTarget;
    if (deviationPercent <= 15.0)
        return IsoStatus::RequiresAttention;
    return IsoStatus::NonCompliant;
}

RootCause rootCauseFor(double deviationPercent)
{
    if (std::abs(deviationPercent) < 5.0)
        return RootCause::NormalVariation;
    return deviationPercent > 0.0 ? RootCause::IncreasedLoad : RootCause::ReducedLoad;
}

double confidenceFor(RootCause cause, bool isProjection)
{
    // A projected day is less certain: 0.9 drops to 0.7 and 0.7 to 0.6.
    if (cause == RootCause::NormalVariation)
        return isProjection ? 0.7 : 0.9;
    return isProjection ? 0.6 : 0.7;
}

// A day counts from its local midnight; with fewer than 22 covered hours its measured
// energy is scaled to the real length of that day (23, 24 or 25 hours).
Result<DailyAnalysis> analyzeDay(const SeuInfo &seu, const CarrierTariff &tariff,
                                 const std::vector<LocalDayEnergy> &days, const QDate &date,
                                 std::optional<double> expectedKWh)
{
    DailyAnalysis analysis;
    analysis.seuId = seu.id;
    analysis.seuName = seu.name;
    analysis.carrier = seu.carrier;
    analysis.date = date;
    analysis.pricePerKWh = tariff.pricePerKWh;
    if (Status valid = checkInputs(analysis, expectedKWh); !valid)
        return valid.error();

    const LocalDayEnergy *day = findDay(days, date);
    if (!day || !day->hasData())
        return makeError(ErrorCode::NotEnoughData,
                         QStringLiteral("%1 has no energy data on %2.")
                             .arg(seu.name, date.toString(Qt::ISODate)));

    if (Status baseline = fillBaseline(analysis, days, expectedKWh); !baseline)
        return baseline.error();

    fillActual(analysis, *day);
    fillJudgement(analysis);
    return analysis;
}

} // namespace Enms::Engine
