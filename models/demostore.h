// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "engine/demo/demoplant.h"

#include <QJsonObject>

namespace Enms {

class Database;

struct DemoSummary {
    int sites = 0;
    int seus = 0;
    qint64 readings = 0;          // interval energy readings stored
    qint64 temperatures = 0;      // hourly outdoor temperatures stored
    qint64 productionDays = 0;
    QDate firstDate;              // local dates covered
    QDate endDate;
    QStringList plantedTruths;
    double seconds = 0.0;         // generation and storage
};

// Generates the demo plant and stores it in one transaction: either the whole plant is
// there afterwards or nothing is. A database that already holds one of the demo sites
// is refused unchanged.
Engine::Result<DemoSummary> storeDemoPlant(Database &database, const Engine::DemoOptions &options);

QJsonObject demoSummaryToJson(const DemoSummary &summary);

} // namespace Enms
