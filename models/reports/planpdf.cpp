// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/planpdf.h"

#include "models/performance/actionplantext.h"
#include "models/performance/opportunitytablemodel.h"
#include "models/plans/planrevisiontext.h"
#include "models/plans/plantext.h"
#include "models/registry.h"
#include "models/reports/pagedreport.h"

#include <QLocale>

namespace Enms {

using namespace Engine;

namespace {

constexpr int kBodyFontPx = 12;

QString esc(const QString &userText)
{
    return userText.toHtmlEscaped();
}

// User text in a block that keeps its line breaks and spaces.
QString block(const QString &userText)
{
    return QStringLiteral("<p class=\"user\">%1</p>").arg(esc(userText));
}

QString list(const QStringList &items)
{
    if (items.isEmpty())
        return QStringLiteral("<p>–</p>");
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li class=\"user\">%1</li>").arg(esc(item));
    return html + QStringLiteral("</ul>");
}

QString row(const QStringList &cells, const char *tag = "td")
{
    const QString open = QStringLiteral("<%1>").arg(QLatin1String(tag));
    const QString close = QStringLiteral("</%1>").arg(QLatin1String(tag));
    return QStringLiteral("<tr>") + open + cells.join(close + open) + close
           + QStringLiteral("</tr>");
}

QString styleSheet()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans'; font-size: %1px; }"
        "h1 { font-size: 20px; margin-bottom: 4px; }"
        "h2 { font-size: 15px; margin-top: 14px; margin-bottom: 4px; }"
        "p.user, li.user { white-space: pre-wrap; }"
        "th { background-color: #e8e8e8; text-align: left; }"
        "td.number { text-align: right; }").arg(kBodyFontPx);
}

QString localNumber(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString tableStart()
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                          "cellpadding=\"4\">");
}

} // namespace

// Every status the plan has had, from its creation on, with who and when: the evidence
// an auditor looks for that a plan was approved, carried out and verified.
QString PlanPdf::statusHistoryHtml(const std::vector<PlanRevision> &revisions)
{
    if (revisions.empty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Status history"));
    html += tableStart();
    html += row({tr("Status"), tr("Who"), tr("When"), tr("Revision")}, "th");
    for (const PlanStatusChange &change : statusHistoryOf(revisions)) {
        html += row({esc(PlanText::statusChangeName(change)), esc(change.author),
                     PagedReport::utcText(change.atUtc), QString::number(change.revision)});
    }
    return html + QStringLiteral("</table>");
}

QString PlanPdf::revisionHistoryHtml(const std::vector<PlanRevision> &revisions)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Revision history"));
    if (revisions.empty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("This plan has not been saved."));

    const QStringList changes = PlanRevisionText::changes(revisions);
    html += tableStart();
    html += row({tr("Revision"), tr("When"), tr("Who"), tr("Status"), tr("Change")}, "th");
    for (size_t i = 0; i < revisions.size(); ++i) {
        const PlanRevision &revision = revisions[i];
        html += row({QString::number(revision.revision),
                     PagedReport::utcText(revision.createdAtUtc), esc(revision.author),
                     esc(PlanText::statusName(revision.status)),
                     esc(changes.at(qsizetype(i)))});
    }
    return html + QStringLiteral("</table>");
}

Result<PlanReport> PlanPdf::forPlan(Database &database, const ActionPlan &plan)
{
    Registry registry(database);
    const Result<SeuInfo> seu = registry.seu(plan.seuId);
    if (!seu)
        return seu.error();
    Result<SiteInfo> site = registry.site(seu->siteId);
    if (!site)
        return site.error();
    return PlanReport{plan, std::move(site).value(), {}, QDateTime::currentDateTimeUtc()};
}

Result<PlanReport> PlanPdf::load(Database &database, const QString &planId)
{
    PlanRepository repository(database, {});
    const Result<ActionPlan> plan = repository.plan(planId);
    if (!plan)
        return plan.error();
    Result<PlanReport> report = forPlan(database, *plan);
    if (!report)
        return report;
    Result<std::vector<PlanRevision>> revisions = repository.revisions(planId);
    if (!revisions)
        return revisions.error();
    report->revisions = std::move(revisions).value();
    return report;
}

QString PlanPdf::html(const PlanReport &report)
{
    const ActionPlan &plan = report.plan;
    const ExpectedOutcomes &outcomes = plan.expectedOutcomes;
    const QString currency = report.site.currency;

    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(tr("Action plan %1").arg(esc(plan.id)));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    html += row({tr("Site"), esc(report.site.name)});
    html += row({tr("Significant energy use"), esc(plan.seuName)});
    html += row({tr("Issue type"), esc(OpportunityTableModel::issueTypeLabel(plan.issueType))});
    html += row({tr("Status"), esc(PlanText::statusName(plan.status))});
    html += row({tr("Created on"), plan.createdOn.toString(Qt::ISODate)});
    html += row({tr("Target date"), plan.targetDate.toString(Qt::ISODate)});
    if (!report.revisions.empty())
        html += row({tr("Revision"), QString::number(report.revisions.back().revision)});
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Problem statement"));
    html += block(plan.problemStatement);
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Root causes")) + list(plan.rootCauses);

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Actions"));
    html += tableStart();
    html += row({tr("Priority"), tr("Action"), tr("Responsible"), tr("Days"),
                 tr("Resources")}, "th");
    for (const PlanAction &action : plan.actions) {
        html += QStringLiteral("<tr><td class=\"number\">%1</td><td class=\"user\">%2</td>"
                               "<td>%3</td><td class=\"number\">%4</td><td>%5</td></tr>")
                    .arg(action.priority).arg(esc(action.action), esc(action.responsible))
                    .arg(action.timelineDays).arg(esc(action.resourcesNeeded));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Expected outcomes"));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    html += row({tr("Energy saved"), tr("%1 kWh").arg(localNumber(outcomes.energyKWh, 1))});
    //: amount and currency code
    html += row({tr("Cost saved"),
                 tr("%1 %2").arg(localNumber(outcomes.cost, 2), esc(currency))});
    html += row({tr("CO₂ avoided"), tr("%1 kg").arg(localNumber(outcomes.carbonKg, 1))});
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(esc(ActionPlanText::outcomeBasisNote(outcomes)));

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Monitoring plan")) + list(plan.monitoringPlan);
    html += QStringLiteral("<h2>%1</h2>").arg(tr("How the result is verified"));
    html += block(plan.resultVerification);
    html += QStringLiteral("<h2>%1</h2>").arg(tr("How the energy performance improvement "
                                                 "is verified"));
    html += block(plan.performanceVerification);

    html += statusHistoryHtml(report.revisions);
    html += revisionHistoryHtml(report.revisions);
    return html + QStringLiteral("</body></html>");
}

namespace {

PageBands bandsOf(const PlanReport &report)
{
    PageBands bands;
    bands.title = PlanPdf::tr("Action plan %1").arg(report.plan.id);
    bands.where = PlanPdf::tr("Site: %1 · SEU: %2")
                      .arg(report.site.name, report.plan.seuName);
    //: plan period: creation date and target date
    bands.when = PlanPdf::tr("Plan period: %1 to %2")
                     .arg(report.plan.createdOn.toString(Qt::ISODate),
                          report.plan.targetDate.toString(Qt::ISODate));
    bands.generated = PlanPdf::tr("Generated %1");
    bands.pageOf = PlanPdf::tr("Page %1 of %2");
    bands.generatedAtUtc = report.generatedAtUtc;
    return bands;
}

} // namespace

int PlanPdf::paint(const PlanReport &report, QPagedPaintDevice &device)
{
    const ReportBody body{html(report), styleSheet(), kBodyFontPx, {}};
    return PagedReport::paint(body, bandsOf(report), device);
}

Result<int> PlanPdf::writePdf(const PlanReport &report, const QString &path)
{
    return PagedReport::writePdf(path, tr("Action plan %1").arg(report.plan.id),
                                 QPageLayout::Portrait, tr("Cannot write %1: %2"),
                                 [&report](QPagedPaintDevice &device) {
                                     return paint(report, device);
                                 });
}

} // namespace Enms
