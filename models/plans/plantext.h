// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/performance/actionplan.h"
#include "models/planrepository.h"
#include "models/plans/planfield.h"

#include <QColor>
#include <QCoreApplication>

namespace Enms {

// The words and colours a user sees for plan statuses and plan fields, shared by the
// list, the editor, the revision history and the PDF. Context "PlanText".
class PlanText final
{
    Q_DECLARE_TR_FUNCTIONS(PlanText)

public:
    static QString statusName(Engine::PlanStatus status);     // "In progress"
    // A colour that reads on white and on light grey; always shown next to the name.
    static QColor statusColor(Engine::PlanStatus status);
    static QString fieldName(PlanField field);                // "Problem statement"
    // "draft → approved is not allowed; from draft the plan can move to: Approved, ..."
    static QString refusedMove(Engine::PlanStatus from, Engine::PlanStatus to);
    static QString allowedMoves(Engine::PlanStatus from);

    // "4 Dec 2026": the date with the month in the user's language, in a translated order.
    static QString dateWords(const QDate &date);
    // Who gave the plan its status and when: "Approved by alice on 4 Dec 2026 at 10:02",
    // or for the creation "Draft, created by bob on 4 Dec 2026 at 10:02". As rich text
    // the status name is bold in its colour and everything else is escaped.
    static QString statusSentence(const PlanStatusChange &change,
                                  Qt::TextFormat format = Qt::PlainText);
    // "Draft → Approved", "Approved → Draft (move undone)", or "Created as Draft".
    static QString statusChangeName(const PlanStatusChange &change);
};

} // namespace Enms
