// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/database.h"
#include "models/planrepository.h"
#include "models/registry.h"
#include "testdatabase.h"

#include <QTest>

#include <memory>

namespace Enms::Test {

// A database with one site (Berlin, EUR) and one SEU, for plan tests. Plans are built
// by hand so every expected text is visible in the test.
struct PlanFixture {
    std::unique_ptr<Database> database;
    Engine::SiteInfo site;
    Engine::SeuInfo seu;

    static std::unique_ptr<PlanFixture> make(const TestDatabase &testDb)
    {
        auto opened = Database::open(testDb.location());
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return nullptr;
        }
        auto fixture = std::make_unique<PlanFixture>();
        fixture->database = std::move(opened).value();

        Engine::SiteInfo site;
        site.name = QStringLiteral("Plant B & Co");
        site.timeZoneId = QStringLiteral("Europe/Berlin");
        site.currency = QStringLiteral("EUR");
        Registry registry(*fixture->database);
        auto storedSite = registry.addSite(site);
        if (!storedSite)
            return nullptr;
        fixture->site = *storedSite;

        Engine::SeuInfo seu;
        seu.siteId = fixture->site.id;
        seu.name = QStringLiteral("Press Line 2");
        seu.ratedKW = 80.0;
        auto storedSeu = registry.addSeu(seu);
        if (!storedSeu)
            return nullptr;
        fixture->seu = *storedSeu;
        return fixture;
    }

    Engine::ActionPlan draft(Engine::IssueType type, const QDate &createdOn) const
    {
        Engine::ActionPlan plan;
        plan.seuId = seu.id;
        plan.seuName = seu.name;
        plan.issueType = type;
        plan.problemStatement = QStringLiteral("The press idles between batches.");
        plan.rootCauses = {QStringLiteral("No idle detection"),
                           QStringLiteral("Manual shutdown only")};
        plan.actions = {{1, QStringLiteral("Detect idle"), QStringLiteral("Maintenance"), 7,
                         QStringLiteral("PLC time")},
                        {2, QStringLiteral("Stop after 15 min idle"), QStringLiteral("Operations"),
                         3, QStringLiteral("None")},
                        {3, QStringLiteral("Train operators"), QStringLiteral("Training"), 14,
                         QStringLiteral("Two hours a shift")}};
        plan.expectedOutcomes.energyKWh = 1200.0;
        plan.expectedOutcomes.cost = 264.0;
        plan.expectedOutcomes.carbonKg = 456.0;
        plan.monitoringPlan = {QStringLiteral("Idle hours a week"),
                               QStringLiteral("kWh a week")};
        plan.resultVerification = QStringLiteral("Shutdown logic is live.");
        plan.performanceVerification = QStringLiteral("Compare 30 days with the baseline.");
        plan.createdOn = createdOn;
        plan.targetDate = createdOn.addDays(30);
        plan.createdAtUtc = QDateTime(createdOn, QTime(9, 0), Qt::UTC);
        return plan;
    }

    // Stores draft() and returns its id (empty on failure).
    QString store(Engine::IssueType type, const QDate &createdOn) const
    {
        auto stored = PlanRepository(*database, site.currency).create(draft(type, createdOn));
        if (!stored)
            qWarning("%s", qPrintable(stored.error().message));
        return stored ? stored->id : QString();
    }

    int revisionCount(const QString &planId) const
    {
        auto revisions = PlanRepository(*database, site.currency).revisions(planId);
        return revisions ? int(revisions->size()) : -1;
    }

    Engine::ActionPlan stored(const QString &planId) const
    {
        auto plan = PlanRepository(*database, site.currency).plan(planId);
        return plan ? *plan : Engine::ActionPlan{};
    }
};

} // namespace Enms::Test
