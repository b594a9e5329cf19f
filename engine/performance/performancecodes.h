// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Enms::Engine {

// Codes shared by the daily analysis, the opportunity detectors and action plans. Each
// has a stable text code used in JSON and in the database; the words a user reads are
// made from these codes in the models layer.

// ISO 50001 status of a day, from the signed deviation against its baseline.
enum class IsoStatus { Excellent, OnTarget, RequiresAttention, NonCompliant };

// The most likely reason for a deviation, judged from its sign and size.
enum class RootCause { NormalVariation, IncreasedLoad, ReducedLoad };

// Where the expected energy of a day came from.
enum class BaselineSource { ThirtyDayMean, AcceptedBaseline };

enum class Effort { Low, Medium, High };
enum class Priority { High, Medium, Low };

// What an opportunity or an action plan is about. The first three are found by the
// detectors; the others can only be chosen for an action plan.
enum class IssueType {
    ExcessiveIdle,
    InefficientScheduling,
    BaselineDrift,
    SuboptimalSetpoints,
    CompressedAirLeaks,
    PeakDemand,
    InsulationLosses,
    EquipmentFault,
};

QString isoStatusCode(IsoStatus status);
QString rootCauseCode(RootCause cause);
QString baselineSourceCode(BaselineSource source);
QString effortCode(Effort effort);
QString priorityCode(Priority priority);

QString issueTypeCode(IssueType type);
std::optional<IssueType> issueTypeFromCode(const QString &code);
QStringList allIssueTypeCodes();
// An InvalidInput error naming the valid codes when `code` is none of them.
Result<IssueType> parseIssueType(const QString &code);

} // namespace Enms::Engine
