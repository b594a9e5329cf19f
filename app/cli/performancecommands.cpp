// SPDX-License-Identifier: GPL-3.0-or-later
// enms analyze | opportunities | action-plan [--pdf] | plans | plan show | plan status
#include "clicommand.h"

#include "models/database.h"
#include "models/performance/performancejson.h"
#include "models/performance/performanceservice.h"
#include "models/planrepository.h"
#include "models/registry.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Enms::Cli {

using namespace Engine;

namespace {

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

Outcome analyze(Database &db, const CliArgs &args)
{
    CliError error;
    const auto seu = args.required(QStringLiteral("seu"), &error);
    const auto date = args.date(QStringLiteral("date"), std::nullopt, &error);
    if (!seu || !date)
        return Outcome::failure(error);
    auto analysis = PerformanceService(db).analyze(*seu, *date);
    if (!analysis)
        return Outcome::failure(analysis.error());
    QJsonObject json = dailyAnalysisToJson(analysis->result, analysis->site.currency, now());
    const auto baseline = analysis->acceptedBaselines.find(analysis->result.seuId);
    if (baseline != analysis->acceptedBaselines.end())
        json.insert(QStringLiteral("baseline_id"), baseline->second);
    return Outcome::success(json);
}

Outcome opportunities(Database &db, const CliArgs &args)
{
    CliError error;
    const auto site = args.required(QStringLiteral("site"), &error);
    const auto periodCode = args.required(QStringLiteral("period"), &error);
    const auto end = args.date(QStringLiteral("end"), QDate(), &error);
    if (!site || !periodCode || !end)
        return Outcome::failure(error);
    Result<AnalysisPeriod> period = parsePeriod(*periodCode);
    if (!period)
        return Outcome::failure(period.error());

    auto report = PerformanceService(db).opportunities(*site, *period, *end);
    if (!report)
        return Outcome::failure(report.error());
    QJsonObject json = opportunityReportToJson(report->result, report->site.currency, now());
    QJsonObject baselines;
    for (const auto &[seuId, baselineId] : report->acceptedBaselines)
        baselines.insert(seuId, baselineId);
    json.insert(QStringLiteral("accepted_baselines"), baselines);
    return Outcome::success(json);
}

Outcome actionPlan(Database &db, const CliArgs &args)
{
    CliError error;
    const auto seu = args.required(QStringLiteral("seu"), &error);
    const auto type = args.required(QStringLiteral("issue-type"), &error);
    if (!seu || !type)
        return Outcome::failure(error);

    auto draft = PerformanceService(db).draftPlan(*seu, *type);
    if (!draft)
        return Outcome::failure(draft.error());
    ActionPlan plan = draft->result;
    if (args.flag(QStringLiteral("save"))) {
        Result<ActionPlan> saved = PlanRepository(db, draft->site.currency).create(plan);
        if (!saved)
            return Outcome::failure(saved.error());
        plan = *saved;
    }
    QJsonObject json = actionPlanToJson(plan, draft->site.currency, now());
    json.insert(QStringLiteral("saved"), args.flag(QStringLiteral("save")));
    if (args.has(QStringLiteral("pdf"))) {
        const QString path = args.value(QStringLiteral("pdf"));
        Result<int> pages = writePlanPdf(db, plan, args.flag(QStringLiteral("save")), path);
        if (!pages)
            return Outcome::failure(pages.error());
        json.insert(QStringLiteral("pdf"), path);
    }
    return Outcome::success(json);
}

QJsonObject planSummaryJson(const PlanSummary &plan)
{
    return {{QStringLiteral("id"), plan.id},
            {QStringLiteral("seu_name"), plan.seuName},
            {QStringLiteral("seu_id"), plan.seuId},
            {QStringLiteral("site_id"), plan.siteId},
            {QStringLiteral("issue_type"), plan.issueType},
            {QStringLiteral("status"), planStatusCode(plan.status)},
            {QStringLiteral("target_date"), plan.targetDate.toString(Qt::ISODate)},
            {QStringLiteral("revision"), plan.revision},
            {QStringLiteral("updated_at"), plan.updatedAtUtc.toString(Qt::ISODate)}};
}

Outcome listPlans(Database &db, const CliArgs &args)
{
    Result<QString> siteId = optionalSiteId(db, args);
    if (!siteId)
        return Outcome::failure(siteId.error());
    auto plans = PlanRepository(db, {}).plans(*siteId);
    if (!plans)
        return Outcome::failure(plans.error());
    QJsonArray list;
    for (const PlanSummary &plan : *plans)
        list.append(planSummaryJson(plan));
    return Outcome::success(QJsonObject{{QStringLiteral("plans"), list}});
}

// The site's currency for a stored plan, found through its SEU.
QString currencyOfPlan(Database &db, const ActionPlan &plan)
{
    Result<SeuAndSite> found = Registry(db).seuWithSite(plan.seuId);
    return found ? found->site.currency : QStringLiteral("USD");
}

Outcome showPlan(Database &db, const CliArgs &args)
{
    CliError error;
    const auto id = args.required(QStringLiteral("id"), &error);
    if (!id)
        return Outcome::failure(error);
    PlanRepository plans(db, {});
    Result<ActionPlan> plan = plans.plan(*id);
    if (!plan)
        return Outcome::failure(plan.error());
    auto revisions = plans.revisions(*id);
    if (!revisions)
        return Outcome::failure(revisions.error());

    QJsonObject json = actionPlanToJson(*plan, currencyOfPlan(db, *plan), plan->createdAtUtc);
    QJsonArray history;
    for (const PlanRevision &revision : *revisions) {
        history.append(QJsonObject{
            {QStringLiteral("revision"), revision.revision},
            {QStringLiteral("author"), revision.author},
            {QStringLiteral("at"), revision.createdAtUtc.toString(Qt::ISODate)},
            {QStringLiteral("status"), planStatusCode(revision.status)},
            {QStringLiteral("summary"), revision.summary}});
    }
    json.insert(QStringLiteral("revisions"), history);
    return Outcome::success(json);
}

Outcome setPlanStatus(Database &db, const CliArgs &args)
{
    CliError error;
    const auto id = args.required(QStringLiteral("id"), &error);
    const auto statusCode = args.required(QStringLiteral("status"), &error);
    if (!id || !statusCode)
        return Outcome::failure(error);
    const auto status = planStatusFromCode(*statusCode);
    if (!status)
        return Outcome::failure(CliError{CliError::Usage,
            QStringLiteral("Unknown plan status \"%1\"; use draft, approved, in_progress, "
                           "completed, verified, on_hold or cancelled.").arg(*statusCode)});

    PlanRepository plans(db, {});
    Result<ActionPlan> plan = plans.plan(*id);
    if (!plan)
        return Outcome::failure(plan.error());
    Result<int> revision = PlanRepository(db, currencyOfPlan(db, *plan)).setStatus(*id, *status);
    if (!revision)
        return Outcome::failure(revision.error());
    return showPlan(db, args);
}

} // namespace

void addPerformanceCommands(CommandList &commands)
{
    commands.push_back({{QStringLiteral("analyze")},
                        {QStringLiteral("seu"), QStringLiteral("date")}, {},
                        QStringLiteral("analyze --seu S --date YYYY-MM-DD"), analyze});
    commands.push_back({{QStringLiteral("opportunities")},
                        {QStringLiteral("site"), QStringLiteral("period"), QStringLiteral("end")},
                        {},
                        QStringLiteral("opportunities --site S --period week|month|quarter "
                                       "[--end YYYY-MM-DD]"),
                        opportunities});
    commands.push_back({{QStringLiteral("action-plan")},
                        {QStringLiteral("seu"), QStringLiteral("issue-type"),
                         QStringLiteral("pdf")},
                        {QStringLiteral("save")},
                        QStringLiteral("action-plan --seu S --issue-type TYPE [--save] "
                                       "[--pdf FILE]"),
                        actionPlan});
    commands.push_back({{QStringLiteral("plans")}, {QStringLiteral("site")}, {},
                        QStringLiteral("plans [--site S]"), listPlans});
    commands.push_back({{QStringLiteral("plan"), QStringLiteral("show")}, {QStringLiteral("id")},
                        {}, QStringLiteral("plan show --id ID"), showPlan});
    commands.push_back({{QStringLiteral("plan"), QStringLiteral("status")},
                        {QStringLiteral("id"), QStringLiteral("status")}, {},
                        QStringLiteral("plan status --id ID --status STATUS"), setPlanStatus});
}

} // namespace Enms::Cli
