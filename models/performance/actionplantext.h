// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/performance/actionplan.h"

#include <QCoreApplication>

namespace Enms {

// The starting texts of an action plan, one template per issue type, plus a generic
// template for the other valid types. The user edits the texts afterwards; only the
// first draft comes from here. Context "ActionPlanText" for translation.
class ActionPlanText final
{
    Q_DECLARE_TR_FUNCTIONS(ActionPlanText)

public:
    // Fills problem statement, root causes, actions, monitoring plan and the two
    // verification texts of a skeleton made by Engine::newPlanSkeleton().
    static void applyTemplate(Engine::ActionPlan &plan, const QString &currency);

    // One sentence on where the expected outcomes come from.
    static QString outcomeBasisNote(const Engine::ExpectedOutcomes &outcomes);

private:
    struct Template;
    static const Template &templateFor(Engine::IssueType type);
    static const Template &idleTemplate();
    static const Template &schedulingTemplate();
    static const Template &driftTemplate();
    static const Template &setpointTemplate();
    static const Template &genericTemplate();

    static QString problemStatement(const Engine::ActionPlan &plan);
    static QString resultVerification(const Engine::ActionPlan &plan);
    static QString performanceVerification(const Engine::ActionPlan &plan,
                                           const QString &currency);
};

// What a new plan is built from. `currentOpportunity`, when set, must be the SEU's
// opportunity of the same issue type (normally from a month-long scan); otherwise the
// outcomes are estimated from `recentEnergyKWh`, the SEU's energy of the last 30 days.
struct PlanRequest {
    Engine::SeuInfo seu;
    Engine::CarrierTariff tariff;
    QString currency = QStringLiteral("USD");
    QString issueTypeCode;
    const Engine::Opportunity *currentOpportunity = nullptr;
    int opportunityWindowDays = 30;
    double recentEnergyKWh = 0.0;
    QDate createdOn;                 // the site's local date
    QDateTime createdAtUtc;
    int sequence = 1;                // 2, 3, ... for more plans of the same SEU, type, day
};

// A complete draft plan: engine skeleton plus template texts. Errors: an unknown issue
// type (InvalidInput), an opportunity of another SEU or type, or bad numbers
// (InvalidInput).
Engine::Result<Engine::ActionPlan> draftActionPlan(const PlanRequest &request);

} // namespace Enms
