// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "engine/core/site.h"
#include "engine/performance/localenergy.h"
#include "engine/performance/performancecodes.h"

#include <QDate>

#include <optional>
#include <vector>

namespace Enms::Engine {

// A day with fewer covered hours than this is projected to a whole day, and only days
// with at least this many count towards the thirty-day baseline.
inline constexpr double kCompleteDayHours = 22.0;
// Complete days count towards baselines and are never projected.
inline bool isCompleteDay(const LocalDayEnergy &day)
{
    return day.coveredSeconds >= qint64(kCompleteDayHours * 3600.0);
}

// The baseline looks back this many local days before the analysed day ...
inline constexpr int kBaselineLookbackDays = 30;
// ... and needs at least this many complete days among them.
inline constexpr int kMinimumBaselineDays = 7;

// What a recommendation of the daily analysis proposes.
enum class RecommendationKind {
    InspectEquipment,   // maintenance: the SEU draws much more than usual
    OptimiseSchedule,   // operational: run it only when it is needed
    ReviewParameters,   // operational: a moderate excess, check settings first
};

// "inspect_equipment", "optimise_schedule", "review_parameters".
QString recommendationKindCode(RecommendationKind kind);
// The original service's recommendation type: "maintenance" or "operational".
QString recommendationTypeCode(RecommendationKind kind);

struct Recommendation {
    RecommendationKind kind = RecommendationKind::ReviewParameters;
    double savingFraction = 0.0;       // share of the day's excess it should remove
    double savingsKWh = 0.0;           // per day, while the excess lasts
    double savingsCost = 0.0;
    double assumedCost = 0.0;          // implementation cost behind the ROI figure
    Effort effort = Effort::Low;
    Priority priority = Priority::Medium;
    std::optional<int> roiDays;        // none when the saving is worth nothing
};

// The daily check of one SEU against its baseline, as numbers and codes; the models
// layer turns it into words and JSON.
struct DailyAnalysis {
    QString seuId;
    QString seuName;
    EnergyCarrier carrier = EnergyCarrier::Electricity;
    QDate date;

    double measuredKWh = 0.0;          // energy of the intervals present
    double coveredHours = 0.0;
    double dayLengthHours = 24.0;      // 23, 24 or 25
    bool isProjection = false;         // actualKWh scaled up from a partial day
    double actualKWh = 0.0;            // measured, or projected to the whole day

    double baselineKWh = 0.0;
    BaselineSource baselineSource = BaselineSource::ThirtyDayMean;
    int completeDaysInBaseline = 0;    // complete days among the 30 before

    double deviationKWh = 0.0;         // actual - baseline
    double deviationPercent = 0.0;
    double pricePerKWh = 0.0;
    double deviationCost = 0.0;        // signed: negative is a saving

    double efficiencyScore = 1.0;
    IsoStatus status = IsoStatus::OnTarget;
    RootCause rootCause = RootCause::NormalVariation;
    double confidence = 0.9;
    std::vector<Recommendation> recommendations;
};

// Rules shared with tests and the documentation of the analysis.
double efficiencyScoreFor(double deviationPercent);
IsoStatus statusFor(double deviationPercent);
RootCause rootCauseFor(double deviationPercent);
double confidenceFor(RootCause cause, bool isProjection);

// Analyses one local day of an SEU. `days` must hold the analysed date and should hold
// the 30 dates before it (other dates are ignored, missing dates count as days without
// data). With `expectedKWh` from an accepted baseline the day is compared with that
// instead of the thirty-day mean.
Result<DailyAnalysis> analyzeDay(const SeuInfo &seu, const CarrierTariff &tariff,
                                 const std::vector<LocalDayEnergy> &days, const QDate &date,
                                 std::optional<double> expectedKWh = std::nullopt);

} // namespace Enms::Engine
