// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "engine/performance/actionplan.h"
#include "models/plans/planfield.h"

#include <QVariant>

namespace Enms {

class PlanDocument;

// Merge ids of the undo commands that merge: consecutive text hand-overs of one field
// become a single undo step. One id per field, so two fields never merge.
enum class PlanMergeId : int {
    FirstText = 0x504c0000,   // + int(PlanField)
    TargetDate = FirstText + int(PlanField::TargetDate),
};

// The verbs that change an open plan. Each pushes one command on the document's undo
// stack (which applies it, and the document saves it); widgets and the actions model
// call these and never construct commands themselves.
namespace PlanEdits {

// No command is pushed when the value equals the current one.
void setText(PlanDocument &document, PlanField field, const QString &value);
void setTargetDate(PlanDocument &document, const QDate &date);
void setActionCell(PlanDocument &document, int row, int column, const QVariant &value);
// A new action (priority after the last, "New action", 7 days) unless one is given.
void insertAction(PlanDocument &document, int row,
                  const std::optional<Engine::PlanAction> &action = std::nullopt);
void removeAction(PlanDocument &document, int row);
void moveAction(PlanDocument &document, int from, int to);
// The move is made before the command is pushed; a move the workflow refuses pushes
// nothing and returns an error whose message lists the allowed moves.
Engine::Status changeStatus(PlanDocument &document, Engine::PlanStatus status);

} // namespace PlanEdits

} // namespace Enms
