// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "engine/core/site.h"
#include "engine/performance/actionplan.h"
#include "models/planrepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <vector>

class QPagedPaintDevice;

namespace Enms {

class Database;

// What the printed action plan shows: the plan, its site, its revision history and
// when the document was made.
struct PlanReport {
    Engine::ActionPlan plan;
    Engine::SiteInfo site;
    std::vector<PlanRevision> revisions;   // empty for a draft that was not saved
    QDateTime generatedAtUtc;
};

// The printed action plan, for an auditor who reads it without the program: the plan's
// fields, its actions, its status history and its revision history, with the plan id, site, SEU, plan period,
// generation time and "page n of m" on every page. Everything the user typed is escaped,
// so markup and ampersands print as typed. Needs a QGuiApplication (fonts).
class PlanPdf final
{
    Q_DECLARE_TR_FUNCTIONS(PlanPdf)

public:
    // The stored plan with its site and revisions.
    static Engine::Result<PlanReport> load(Database &database, const QString &planId);
    // A plan that may not be stored, with its site found through its SEU.
    static Engine::Result<PlanReport> forPlan(Database &database, const Engine::ActionPlan &plan);

    // The body as HTML (without the page header and footer).
    static QString html(const PlanReport &report);

    // Lays the report out on the device's pages (A4, 15 mm margins unless the device was
    // set up otherwise) and paints every page; returns the number of pages.
    static int paint(const PlanReport &report, QPagedPaintDevice &device);

    static Engine::Result<int> writePdf(const PlanReport &report, const QString &path);

private:
    static QString statusHistoryHtml(const std::vector<PlanRevision> &revisions);
    static QString revisionHistoryHtml(const std::vector<PlanRevision> &revisions);
};

} // namespace Enms
