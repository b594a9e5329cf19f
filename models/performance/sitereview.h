// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "engine/core/site.h"
#include "engine/performance/opportunities.h"
#include "engine/performance/periodperformance.h"
#include "models/planrepository.h"

#include <QDate>
#include <QDateTime>

#include <functional>
#include <map>
#include <vector>

namespace Enms {

class Database;

// Sums over all SEUs of a site. Energy of different carriers is added as delivered
// kWh; expected energy only over the SEUs that have an expectation.
struct SiteReviewTotals {
    double actualKWh = 0.0;
    double expectedKWh = 0.0;          // over the SEUs with an expectation
    double actualKWhWithExpected = 0.0;// their actual energy, to compare like with like
    double deviationKWh = 0.0;
    double deviationPercent = 0.0;
    double costAmount = 0.0;
    double deviationCost = 0.0;
    double co2Kg = 0.0;
    int seusWithExpected = 0;
};

// Everything a manager reviews for one site and window: each SEU's performance, the
// ranked opportunities of the same window and the site's action plans. The dashboard,
// the management-review PDF and `enms report` are all built from this one result.
struct SiteReview {
    Engine::SiteInfo site;
    Engine::AnalysisPeriod period = Engine::AnalysisPeriod::Month;
    QDate endDate;                     // the window is the N local days before it
    QDate firstDate;
    QDate lastDate;
    std::vector<Engine::PeriodPerformance> seus;   // active SEUs, in register order
    std::map<QString, QString> acceptedBaselines;  // SEU id -> baseline id used
    SiteReviewTotals totals;
    Engine::OpportunityReport opportunities;
    std::vector<PlanSummary> plans;
    QDateTime generatedAtUtc;
};

// Reports how far a long review has come and asks whether to stop. Both may be empty.
struct ReviewProgress {
    std::function<void(int done, int total)> progress;
    std::function<bool()> isCancelled;
};

// Builds site reviews from the stored data: loads each active SEU's days once, judges
// them with Engine::analyzePeriod (against the accepted daily baseline when there is
// one), runs the opportunity detectors over the same window and lists the plans.
// Safe to run on a worker thread with its own Database connection.
class SiteReviewService final
{
public:
    explicit SiteReviewService(Database &database) : m_database(database) {}

    // A null endDate means the site's local today. Cancelling gives ErrorCode::Cancelled.
    Engine::Result<SiteReview> review(const QString &siteNameOrId,
                                      Engine::AnalysisPeriod period, QDate endDate = {},
                                      const ReviewProgress &progress = {}) const;

private:
    Database &m_database;
};

// Totals of a set of SEU rows (exposed for tests and the dashboard footer).
SiteReviewTotals totalsOf(const std::vector<Engine::PeriodPerformance> &seus);

} // namespace Enms
