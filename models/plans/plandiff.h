// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

namespace Enms {

// One difference between two stored revisions of a plan, as the history panel shows it:
// the field's name ("Action 2 – Responsible") and its text before and after. What the
// user typed is shown literally; statuses, dates and figures are shown in words.
struct PlanFieldChange {
    QString field;
    QString before;
    QString after;
};

// The fields that differ between two plan documents as actionPlanToJson() writes them,
// in the order of the form. An empty `before` (the first revision) lists every field
// that has a value. The volatile "timestamp" is ignored.
std::vector<PlanFieldChange> diffPlanDocuments(const QJsonObject &before,
                                               const QJsonObject &after);

} // namespace Enms
