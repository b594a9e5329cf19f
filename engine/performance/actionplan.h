// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "engine/core/site.h"
#include "engine/performance/opportunities.h"
#include "engine/performance/performancecodes.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>
#include <vector>

namespace Enms::Engine {

// Where a plan is in its life. A plan starts as a draft; the allowed moves are
//
//   draft ──> approved ──> in_progress ──> completed ──> verified
//     │          │  ▲          │  ▲            │
//     │          ▼  │          ▼  │            └──> in_progress (verification failed)
//     │        on_hold <───────┘  │
//     │          └────────────────┘ (resumes where the work stood: approved or in_progress)
//     └──> cancelled <── approved, in_progress, on_hold
//
// verified and cancelled are final.
enum class PlanStatus { Draft, Approved, InProgress, Completed, Verified, OnHold, Cancelled };

QString planStatusCode(PlanStatus status);
std::optional<PlanStatus> planStatusFromCode(const QString &code);
bool isAllowedTransition(PlanStatus from, PlanStatus to);
std::vector<PlanStatus> allowedTransitions(PlanStatus from);

// One step of a plan: who does what, by when, with what.
struct PlanAction {
    int priority = 1;                   // 1 = first
    QString action;
    QString responsible;
    int timelineDays = 0;
    QString resourcesNeeded;
};

// How the expected outcomes of a plan were obtained.
enum class OutcomeBasis {
    Opportunity,          // the measured saving of the SEU's current opportunity
    RecentEnergyEstimate, // an assumed fraction of the SEU's recent energy
};

struct ExpectedOutcomes {
    double energyKWh = 0.0;
    double cost = 0.0;                  // in the site's currency
    double carbonKg = 0.0;
    OutcomeBasis basis = OutcomeBasis::RecentEnergyEstimate;
    int basisDays = 30;                 // the period the saving refers to
    double estimateFraction = 0.0;      // for RecentEnergyEstimate
    double recentEnergyKWh = 0.0;       // for RecentEnergyEstimate
};

// An action plan as kept and edited by the user (ISO 50001 clause 6.2): the texts start
// from a template of the models layer and belong to the user from then on.
struct ActionPlan {
    QString id;
    QString seuId;
    QString seuName;
    IssueType issueType = IssueType::ExcessiveIdle;
    QString problemStatement;
    QStringList rootCauses;
    std::vector<PlanAction> actions;
    ExpectedOutcomes expectedOutcomes;
    QStringList monitoringPlan;
    QString resultVerification;         // how completion of the actions is checked
    QString performanceVerification;    // how the energy improvement is checked
    QDate createdOn;                    // the site's local date
    QDate targetDate;
    PlanStatus status = PlanStatus::Draft;
    QDateTime createdAtUtc;
};

inline constexpr int kPlanTargetDays = 30;
inline constexpr int kRecentEnergyDays = 30;

// The share of an SEU's recent energy assumed to be saved by a plan of this type when no
// opportunity quantifies it. They are deliberately modest planning figures, to be replaced
// by measurement: 10 % for idle and scheduling, 5 % for drift and setpoints, 3 % otherwise.
double estimatedSavingFraction(IssueType type);

// Outcomes from a measured opportunity (its kWh over its window of `windowDays`), priced
// with the site's tariff for the SEU's carrier.
Result<ExpectedOutcomes> outcomesFromOpportunity(const Opportunity &opportunity,
                                                 const CarrierTariff &tariff, int windowDays);
// Outcomes estimated as estimatedSavingFraction(type) of the energy of the last
// kRecentEnergyDays days.
Result<ExpectedOutcomes> estimatedOutcomes(IssueType type, double recentEnergyKWh,
                                           const CarrierTariff &tariff);

// "AP-{SEU name, spaces as -}-{issue type}-{YYYYMMDD}", with "-2", "-3", ... for the
// second and later plan of the same SEU and type created on the same day (sequence 1
// gives no suffix).
QString planId(const QString &seuName, IssueType type, const QDate &createdOn, int sequence);

// A draft plan without texts: id, dates, status and expected outcomes. The models layer
// fills in the template texts.
Result<ActionPlan> newPlanSkeleton(const SeuInfo &seu, const QString &issueTypeCode,
                                   const ExpectedOutcomes &outcomes, const QDate &createdOn,
                                   const QDateTime &createdAtUtc, int sequence = 1);

} // namespace Enms::Engine
