// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/planrepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace Enms {

// What one stored revision of a plan changed, in the user's language, for the "Change"
// column of the revision history on screen and in the PDF. It is worked out from the
// stored documents of the revision and the one before it; the stored summary stays the
// audit record and is not read. Context "PlanRevisionText".
class PlanRevisionText final
{
    Q_DECLARE_TR_FUNCTIONS(PlanRevisionText)

public:
    // "Status Draft → Approved", "Problem statement, Root causes edited",
    // "Action 4 added". An empty `before` is the creation: "Created from the
    // “Inefficient scheduling” template".
    static QString change(const QJsonObject &before, const QJsonObject &after);
    // change() of each revision against the one before it, in the same order.
    static QStringList changes(const std::vector<PlanRevision> &revisions);
};

} // namespace Enms
