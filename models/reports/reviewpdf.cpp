// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/reviewpdf.h"

#include "models/performance/performancetext.h"
#include "models/performance/reviewtablemodel.h"
#include "models/performance/sitereview.h"
#include "models/plans/plantext.h"
#include "models/reports/deviationchart.h"
#include "models/reports/pagedreport.h"
#include "models/reports/reviewcharts.h"
#include "models/sitetreemodel.h"

#include <QLocale>

#include <array>

namespace Enms {

using namespace Engine;

namespace {

constexpr int kBodyFontPx = 10;
const QString kEnergyChart = QStringLiteral("enms-chart://energy-by-seu");
const QString kSavingsChart = QStringLiteral("enms-chart://savings-by-seu");
const QString kDeviationChart = QStringLiteral("enms-chart://cumulative-deviation");

QString esc(const QString &userText)
{
    return userText.toHtmlEscaped();
}

// The default locale with its thousands separators; the "C" locale has none, so it
// becomes English.
QLocale reportLocale()
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

QString number(double value, int decimals)
{
    return reportLocale().toString(value, 'f', decimals);
}

QString signedNumber(double value, int decimals)
{
    const QString text = number(value, decimals);
    return value > 0 && text != number(0.0, decimals) ? QLatin1Char('+') + text : text;
}

QString kwh(double value)
{
    return number(value, 0);
}

QString money(double amount, const QString &currency)
{
    //: an amount and a currency code
    return ReviewPdf::tr("%1 %2").arg(number(amount, 2), esc(currency));
}

// Tonnes once there are more than a thousand kilograms.
QString co2Text(double kg)
{
    if (std::abs(kg) >= 1000.0)
        return ReviewPdf::tr("%1 t").arg(number(kg / 1000.0, 2));
    return ReviewPdf::tr("%1 kg").arg(number(kg, 0));
}

QString periodName(AnalysisPeriod period)
{
    switch (period) {
    case AnalysisPeriod::Week: return ReviewPdf::tr("week");
    case AnalysisPeriod::Month: return ReviewPdf::tr("month");
    case AnalysisPeriod::Quarter: return ReviewPdf::tr("quarter");
    }
    return periodCode(period);
}

QString effortName(Effort effort)
{
    switch (effort) {
    case Effort::Low: return ReviewPdf::tr("Low");
    case Effort::Medium: return ReviewPdf::tr("Medium");
    case Effort::High: return ReviewPdf::tr("High");
    }
    return effortCode(effort);
}

// "Inefficient scheduling": the words for an issue type, as a table cell.
QString issueName(IssueType type)
{
    QString name = PerformanceText::issueTypeName(type);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString planIssueName(const QString &code)
{
    const std::optional<IssueType> type = issueTypeFromCode(code);
    return type ? issueName(*type) : code;
}

bool isOpen(PlanStatus status)
{
    return status != PlanStatus::Completed && status != PlanStatus::Verified
           && status != PlanStatus::Cancelled;
}

// A table row; `cells` are HTML already. Cells whose index is in `numeric` are right
// aligned.
QString row(const QStringList &cells, std::initializer_list<int> numeric = {},
            const char *tag = "td")
{
    QString html = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i) {
        const bool right = std::find(numeric.begin(), numeric.end(), i) != numeric.end();
        html += QStringLiteral("<%1%2>%3</%1>")
                    .arg(QLatin1String(tag),
                         right ? QStringLiteral(" align=\"right\"") : QString(), cells[i]);
    }
    return html + QStringLiteral("</tr>");
}

QString bold(const QString &html)
{
    return QStringLiteral("<b>%1</b>").arg(html);
}

QString tableStart()
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                          "cellpadding=\"3\">");
}

QString styleSheet()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans'; font-size: %1px; }"
        "h1 { font-size: 20px; margin-bottom: 4px; }"
        "h2 { font-size: 14px; margin-top: 14px; margin-bottom: 4px; }"
        "th { background-color: #e8e8e8; text-align: left; }"
        "p.note { font-size: 9px; color: #404040; }").arg(kBodyFontPx);
}

} // namespace

QString ReviewPdf::periodText(const SiteReview &review)
{
    const int days = int(review.firstDate.daysTo(review.lastDate)) + 1;
    //: first date, last date, "month", number of days
    return tr("%1 – %2 (%3, %4 days)")
        .arg(review.firstDate.toString(Qt::ISODate), review.lastDate.toString(Qt::ISODate),
             periodName(review.period))
        .arg(days);
}

namespace {

struct ChartSet {
    BarChart energy;
    DeviationChart deviation;
    BarChart savings;
};

QString chartImage(const QString &name, QSize sizePx)
{
    return QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
        .arg(name).arg(sizePx.width()).arg(sizePx.height());
}

QString chartImage(const QString &name, const BarChart &chart)
{
    return chartImage(name, QSize(ReviewCharts::kWidthPx, ReviewCharts::heightPx(chart)));
}

QString headingHtml(const SiteReview &review)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(ReviewPdf::tr("Management review"));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += row({ReviewPdf::tr("Site"), bold(esc(review.site.name))});
    html += row({ReviewPdf::tr("Period"), esc(ReviewPdf::periodText(review))});
    html += row({ReviewPdf::tr("Time zone"), esc(review.site.timeZoneId)});
    html += row({ReviewPdf::tr("Currency"), esc(review.site.currency)});
    html += row({ReviewPdf::tr("Generated"), PagedReport::utcText(review.generatedAtUtc)});
    return html + QStringLiteral("</table>");
}

QString statusCountsText(const SiteReview &review)
{
    std::array<int, 4> byStatus{};
    int withoutBaseline = 0;
    for (const PeriodPerformance &seu : review.seus) {
        if (seu.hasExpected())
            ++byStatus[size_t(seu.status)];
        else
            ++withoutBaseline;
    }
    //: counts of SEUs by ISO 50001 status
    return ReviewPdf::tr("ISO 50001 status: %1 excellent, %2 on target, %3 requires "
                         "attention, %4 non-compliant, %5 without a baseline.")
        .arg(byStatus[size_t(IsoStatus::Excellent)])
        .arg(byStatus[size_t(IsoStatus::OnTarget)])
        .arg(byStatus[size_t(IsoStatus::RequiresAttention)])
        .arg(byStatus[size_t(IsoStatus::NonCompliant)])
        .arg(withoutBaseline);
}

QString deviationSentence(const SiteReview &review)
{
    const SiteReviewTotals &totals = review.totals;
    if (totals.seusWithExpected == 0)
        return ReviewPdf::tr("No significant energy use has a baseline for this window, so "
                             "no deviation can be stated.");
    const QString currency = review.site.currency;
    //: deviation kWh, deviation %, expected kWh, number of SEUs, cost of the deviation
    return ReviewPdf::tr("Against their baselines, the %4 SEUs with an expectation "
                         "deviated by %1 kWh (%2 %) from the %3 kWh expected, a cost "
                         "difference of %5.")
        .arg(signedNumber(totals.deviationKWh, 0), signedNumber(totals.deviationPercent, 1),
             kwh(totals.expectedKWh))
        .arg(totals.seusWithExpected)
        .arg(money(totals.deviationCost, currency));
}

QString summaryHtml(const SiteReview &review)
{
    const SiteReviewTotals &totals = review.totals;
    const QString currency = review.site.currency;
    int openPlans = 0;
    for (const PlanSummary &plan : review.plans)
        openPlans += isOpen(plan.status) ? 1 : 0;

    QString html = QStringLiteral("<h2>%1</h2>").arg(ReviewPdf::tr("Summary"));
    //: SEU count, energy, cost, CO2
    html += QStringLiteral("<p>%1 %2</p>")
                .arg(ReviewPdf::tr("The %1 significant energy uses (SEUs) of the site used "
                                   "%2 kWh in the period, costing %3 and emitting %4 CO₂.")
                         .arg(review.seus.size())
                         .arg(kwh(totals.actualKWh), money(totals.costAmount, currency),
                              co2Text(totals.co2Kg)),
                     deviationSentence(review));
    html += QStringLiteral("<p>%1</p>").arg(statusCountsText(review));
    //: count of opportunities, kWh, money; count of open plans, count of plans
    html += QStringLiteral("<p>%1 %2</p>")
                .arg(ReviewPdf::tr("The opportunity scan found %1 opportunities worth %2 kWh "
                                   "or %3 over the period.")
                         .arg(review.opportunities.opportunities.size())
                         .arg(kwh(review.opportunities.totalSavingsKWh),
                              money(review.opportunities.totalSavingsCost, currency)),
                     ReviewPdf::tr("%1 of %2 action plans are open (not completed, verified "
                                   "or cancelled).")
                         .arg(openPlans)
                         .arg(review.plans.size()));
    return html;
}

QString baselineText(const SiteReview &review, const PeriodPerformance &seu)
{
    if (!seu.hasExpected())
        return ReviewPdf::tr("none (%1 reference days)").arg(seu.referenceCompleteDays);
    if (seu.baselineSource == BaselineSource::AcceptedBaseline) {
        const auto accepted = review.acceptedBaselines.find(seu.seuId);
        const QString id = accepted != review.acceptedBaselines.end() ? accepted->second
                                                                      : QString();
        // The id's first group is enough to find the baseline in the SEU's list, and
        // keeps the column narrow.
        return ReviewPdf::tr("accepted baseline %1").arg(esc(id.section(QLatin1Char('-'), 0, 0)));
    }
    return ReviewPdf::tr("30-day mean");
}

QString statusCell(const PeriodPerformance &seu)
{
    const QColor fill = ReviewTableModel::statusBackground(seu);
    const QString name = esc(ReviewTableModel::statusName(seu));
    if (!fill.isValid())
        return QStringLiteral("<td>%1</td>").arg(name);
    return QStringLiteral("<td bgcolor=\"%1\">%2</td>").arg(fill.name(), name);
}

QString seuRow(const SiteReview &review, const PeriodPerformance &seu)
{
    const bool expected = seu.hasExpected();
    const QString none = QStringLiteral("–");
    const auto td = [](const QString &html, bool right = true) {
        return right ? QStringLiteral("<td align=\"right\">%1</td>").arg(html)
                     : QStringLiteral("<td>%1</td>").arg(html);
    };
    QString html = QStringLiteral("<tr>");
    html += td(esc(seu.seuName), false);
    html += td(esc(SiteTreeModel::carrierName(seu.carrier)), false);
    html += td(kwh(seu.actualKWh));
    html += td(expected ? kwh(*seu.expectedKWh) : none);
    html += td(expected ? signedNumber(seu.deviationKWh, 0) : none);
    html += td(expected ? signedNumber(seu.deviationPercent, 1) : none);
    html += statusCell(seu);
    html += td(number(seu.costAmount, 2));
    html += td(number(seu.co2Kg, 0));
    html += td(baselineText(review, seu), false);
    html += td(number(seu.coveredShare() * 100.0, 1));
    return html + QStringLiteral("</tr>");
}

QString seuTableHtml(const SiteReview &review)
{
    const SiteReviewTotals &totals = review.totals;
    const QString currency = esc(review.site.currency);
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(ReviewPdf::tr("Energy performance by significant energy use"));
    html += tableStart() + QStringLiteral("<thead>");
    html += row({ReviewPdf::tr("SEU"), ReviewPdf::tr("Carrier"), ReviewPdf::tr("Actual kWh"),
                 ReviewPdf::tr("Expected kWh"), ReviewPdf::tr("Deviation kWh"),
                 ReviewPdf::tr("Deviation %"), ReviewPdf::tr("ISO status"),
                 ReviewPdf::tr("Cost %1").arg(currency), ReviewPdf::tr("CO₂ kg"),
                 ReviewPdf::tr("Baseline"), ReviewPdf::tr("Coverage %")},
                {}, "th");
    html += QStringLiteral("</thead>");
    for (const PeriodPerformance &seu : review.seus)
        html += seuRow(review, seu);
    html += row({bold(ReviewPdf::tr("Total")), QString(), bold(kwh(totals.actualKWh)),
                 bold(kwh(totals.expectedKWh)), bold(signedNumber(totals.deviationKWh, 0)),
                 bold(signedNumber(totals.deviationPercent, 1)), QString(),
                 bold(number(totals.costAmount, 2)), bold(number(totals.co2Kg, 0)), QString(),
                 QString()},
                {2, 3, 4, 5, 7, 8});
    html += QStringLiteral("</table>");
    //: actual kWh of the SEUs with an expectation
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(ReviewPdf::tr(
                         "Expected energy and deviation are totalled over the SEUs with a "
                         "baseline only (their actual energy: %1 kWh). Deviation = actual − "
                         "expected; positive means more energy than expected. Expected energy "
                         "comes from the accepted regression baseline, otherwise from the mean "
                         "of the complete days in the 30 days before the period. Coverage is "
                         "the share of the period's hours with readings; days without "
                         "readings are left out of both actual and expected energy. ISO "
                         "status: below −5 % excellent, −5 to +5 % on target, +5 to +15 % "
                         "requires attention, above +15 % non-compliant.")
                         .arg(kwh(totals.actualKWhWithExpected)));
    return html;
}

QString opportunitiesHtml(const SiteReview &review)
{
    const OpportunityReport &report = review.opportunities;
    const QString currency = esc(review.site.currency);
    QString html = QStringLiteral("<h2>%1</h2>").arg(ReviewPdf::tr("Ranked opportunities"));
    if (report.opportunities.empty())
        return html + QStringLiteral("<p>%1</p>")
                          .arg(ReviewPdf::tr("The scan found no opportunities in this "
                                             "period."));

    html += tableStart() + QStringLiteral("<thead>");
    html += row({ReviewPdf::tr("Rank"), ReviewPdf::tr("SEU"), ReviewPdf::tr("Issue type"),
                 ReviewPdf::tr("Savings kWh"), ReviewPdf::tr("Savings %1").arg(currency),
                 ReviewPdf::tr("Effort"), ReviewPdf::tr("ROI days")},
                {}, "th");
    html += QStringLiteral("</thead>");
    for (const Opportunity &found : report.opportunities) {
        html += row({QString::number(found.rank), esc(found.seuName),
                     esc(issueName(found.type)),
                     kwh(found.savingsKWh), number(found.savingsCost, 2),
                     esc(effortName(found.effort)), number(found.roiDays, 0)},
                    {0, 3, 4, 6});
    }
    html += row({QString(), bold(ReviewPdf::tr("Total")), QString(),
                 bold(kwh(report.totalSavingsKWh)), bold(number(report.totalSavingsCost, 2)),
                 QString(), QString()},
                {3, 4});
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(ReviewPdf::tr("Savings are over the period, at the site's price for each "
                                   "carrier. ROI days = assumed implementation cost ÷ saving "
                                   "per day."));
    return html;
}

QString plansHtml(const SiteReview &review)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(ReviewPdf::tr("Action plans"));
    if (review.plans.empty())
        return html + QStringLiteral("<p>%1</p>").arg(ReviewPdf::tr("The site has no action "
                                                                   "plans."));
    html += tableStart() + QStringLiteral("<thead>");
    html += row({ReviewPdf::tr("Plan"), ReviewPdf::tr("SEU"), ReviewPdf::tr("Issue type"),
                 ReviewPdf::tr("Status"), ReviewPdf::tr("Target date"),
                 ReviewPdf::tr("Revision"), ReviewPdf::tr("Last change")},
                {}, "th");
    html += QStringLiteral("</thead>");
    for (const PlanSummary &plan : review.plans) {
        html += row({esc(plan.id), esc(plan.seuName), esc(planIssueName(plan.issueType)),
                     esc(PlanText::statusName(plan.status)),
                     plan.targetDate.toString(Qt::ISODate), QString::number(plan.revision),
                     plan.updatedAtUtc.isValid() ? PagedReport::utcText(plan.updatedAtUtc)
                                                 : QStringLiteral("–")},
                    {5});
    }
    return html + QStringLiteral("</table>");
}

ChartSet chartsOf(const SiteReview &review)
{
    return {ReviewCharts::energyBySeu(review), DeviationCharts::cumulativeDeviation(review),
            ReviewCharts::savingsBySeu(review)};
}

QString htmlOf(const SiteReview &review, const ChartSet &charts)
{
    QString html = QStringLiteral("<html><body>");
    html += headingHtml(review) + summaryHtml(review) + seuTableHtml(review);
    if (!charts.energy.bars.empty())
        html += chartImage(kEnergyChart, charts.energy);
    if (!charts.deviation.isEmpty())
        html += chartImage(kDeviationChart, DeviationCharts::sizePx(charts.deviation));
    html += opportunitiesHtml(review);
    if (!charts.savings.bars.empty())
        html += chartImage(kSavingsChart, charts.savings);
    html += plansHtml(review);
    return html + QStringLiteral("</body></html>");
}

PageBands bandsOf(const SiteReview &review)
{
    PageBands bands;
    bands.title = ReviewPdf::tr("Management review · %1").arg(review.site.name);
    bands.where = ReviewPdf::tr("Site: %1").arg(review.site.name);
    bands.when = ReviewPdf::tr("Period: %1").arg(ReviewPdf::periodText(review));
    bands.generated = ReviewPdf::tr("Generated %1");
    bands.pageOf = ReviewPdf::tr("Page %1 of %2");
    bands.generatedAtUtc = review.generatedAtUtc;
    return bands;
}

} // namespace

QString ReviewPdf::html(const SiteReview &review)
{
    return htmlOf(review, chartsOf(review));
}

int ReviewPdf::paint(const SiteReview &review, QPagedPaintDevice &device)
{
    const ChartSet charts = chartsOf(review);
    ReportBody body{htmlOf(review, charts), styleSheet(), kBodyFontPx, {}};
    if (!charts.energy.bars.empty())
        body.images.push_back({kEnergyChart, ReviewCharts::render(charts.energy)});
    if (!charts.deviation.isEmpty())
        body.images.push_back({kDeviationChart, DeviationCharts::render(charts.deviation)});
    if (!charts.savings.bars.empty())
        body.images.push_back({kSavingsChart, ReviewCharts::render(charts.savings)});
    return PagedReport::paint(body, bandsOf(review), device);
}

Result<int> ReviewPdf::writePdf(const SiteReview &review, const QString &path)
{
    const QString title = tr("Management review %1, %2").arg(review.site.name,
                                                              periodText(review));
    return PagedReport::writePdf(path, title, QPageLayout::Landscape,
                                 tr("Cannot write %1: %2"),
                                 [&review](QPagedPaintDevice &device) {
                                     return paint(review, device);
                                 });
}

} // namespace Enms
