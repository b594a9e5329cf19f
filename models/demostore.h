// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "engine/demo/demoplant.h"
#include "models/baseline/baselinerepository.h"
#include "models/baseline/baselineservice.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

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
    QStringList seuIds;           // every SEU stored, in the plant's order
    double seconds = 0.0;         // generation and storage
};

// Generates the demo plant and stores it in one transaction: either the whole plant is
// there afterwards or nothing is. A database that already holds one of the demo sites
// is refused unchanged.
Engine::Result<DemoSummary> storeDemoPlant(Database &database, const Engine::DemoOptions &options);

QJsonObject demoSummaryToJson(const DemoSummary &summary);

// One accepted baseline of the demo plant.
struct DemoBaseline {
    QString seuName;
    Baseline baseline;
};

// The reference period of the demo baselines: the demo's first day up to 31 days before
// its end date, so that the 30 days before the end date (the month a review looks at,
// with Compressor-1's planted drift at its end) are a reporting period.
DateSpan demoReferencePeriod(const DemoSummary &demo);

// Fits a daily baseline for every SEU of a stored demo plant over demoReferencePeriod()
// with the default drivers, the automatic model search and the SEP rules, and accepts
// each. All fits run before anything is written, and every baseline is stored and
// accepted in one transaction: afterwards either each demo SEU has its accepted
// baseline or none has, and the error names the SEU that failed.
Engine::Result<std::vector<DemoBaseline>> acceptDemoBaselines(Database &database,
                                                              const DemoSummary &demo);

// storeDemoPlant() and acceptDemoBaselines() in one transaction, for `enms demo
// --baselines` and the GUI's first start: the plant with its baselines, or nothing.
struct DemoWithBaselines {
    DemoSummary summary;
    std::vector<DemoBaseline> baselines;
};
Engine::Result<DemoWithBaselines> storeDemoPlantWithBaselines(
    Database &database, const Engine::DemoOptions &options);

// [{seu_id, seu_name, baseline_id, model_form, drivers[], period_from, period_to,
//   r_squared, adj_r_squared, cv_rmse, valid}]
QJsonArray demoBaselinesToJson(const std::vector<DemoBaseline> &baselines);

} // namespace Enms
