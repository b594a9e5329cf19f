// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Enms {

// The single-valued parts of an action plan that the editor changes as a whole. Root
// causes and the monitoring plan are lists; they are edited as text, one item a line.
// The actions table and the status have their own verbs.
enum class PlanField {
    ProblemStatement,
    RootCauses,
    MonitoringPlan,
    ResultVerification,
    PerformanceVerification,
    TargetDate,
};

} // namespace Enms
