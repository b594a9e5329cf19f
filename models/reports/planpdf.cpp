// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/planpdf.h"

#include "models/performance/actionplantext.h"
#include "models/performance/performancetext.h"
#include "models/plans/plantext.h"
#include "models/registry.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace Enms {

using namespace Engine;

namespace {

// The layout works in CSS pixels (1/96 inch) whatever the device's resolution; the
// painter is scaled to the device. Fonts are sized in pixels so that the screen's DPI
// never changes the printed layout.
constexpr qreal kCssDpi = 96.0;
constexpr qreal kHeaderHeightPx = 44.0;
constexpr qreal kFooterHeightPx = 28.0;
constexpr int kBodyFontPx = 12;
constexpr int kBandFontPx = 10;
// The smallest spacing Qt keeps (it stores 1/64 px); invisible on paper.
constexpr qreal kNoLigatureSpacingPx = 1.0 / 32.0;

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

QString utcText(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

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
    html += row({tr("Issue type"), esc(PerformanceText::issueTypeName(plan.issueType))});
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
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"4\">");
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

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Revision history"));
    if (report.revisions.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("This plan has not been saved."));
    } else {
        html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"4\">");
        html += row({tr("Revision"), tr("When"), tr("Who"), tr("Status"), tr("Change")}, "th");
        for (const PlanRevision &revision : report.revisions) {
            html += row({QString::number(revision.revision), utcText(revision.createdAtUtc),
                         esc(revision.author), esc(PlanText::statusName(revision.status)),
                         esc(revision.summary)});
        }
        html += QStringLiteral("</table>");
    }
    return html + QStringLiteral("</body></html>");
}

namespace {

struct PageGeometry {
    QSizeF pagePx;        // the device's paint rectangle
    QRectF bodyPx;        // where the document's pages go
};

PageGeometry geometryOf(const QPagedPaintDevice &device)
{
    const QRectF points = device.pageLayout().paintRectPoints();
    const QSizeF page = points.size() * (kCssDpi / 72.0);
    const QRectF body(0, kHeaderHeightPx, page.width(),
                      page.height() - kHeaderHeightPx - kFooterHeightPx);
    return {page, body};
}

// HACK: a tiny letter spacing turns off the font's ligatures (Qt 6.4 has no API for
// font features), so "fi" and "ffi" stay separate letters and searching or copying the
// PDF's text finds "efficient". QFont::setFeature (Qt 6.6) would let us drop this.
QFont printFont(int pixelSize, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setLetterSpacing(QFont::AbsoluteSpacing, kNoLigatureSpacingPx);
    return font;
}

QFont bandFont(bool bold = false)
{
    return printFont(kBandFontPx, bold);
}

void paintBands(QPainter &painter, const PlanReport &report, const PageGeometry &geometry,
                int page, int pageCount)
{
    // Two header lines: the plan id; then site and SEU on the left, the plan period on
    // the right. Left texts are elided rather than allowed to run into the right one.
    const qreal width = geometry.pagePx.width();
    const qreal lineHeight = kBandFontPx * 1.5;
    const QRectF first(0, 0, width, lineHeight);
    const QRectF second(0, lineHeight, width, lineHeight);
    painter.setPen(Qt::black);
    painter.setFont(bandFont(true));
    painter.drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(
                         PlanPdf::tr("Action plan %1").arg(report.plan.id), Qt::ElideMiddle,
                         int(width)));

    painter.setFont(bandFont());
    //: plan period: creation date and target date
    const QString period = PlanPdf::tr("Plan period: %1 to %2")
                               .arg(report.plan.createdOn.toString(Qt::ISODate),
                                    report.plan.targetDate.toString(Qt::ISODate));
    const qreal periodWidth = painter.fontMetrics().horizontalAdvance(period) + 12;
    painter.drawText(second, Qt::AlignRight | Qt::AlignVCenter, period);
    const QString where = PlanPdf::tr("Site: %1 · SEU: %2").arg(report.site.name,
                                                                report.plan.seuName);
    painter.drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(where, Qt::ElideRight,
                                                      int(width - periodWidth)));
    painter.drawLine(QPointF(0, kHeaderHeightPx - 6), QPointF(width, kHeaderHeightPx - 6));

    const qreal footerTop = geometry.pagePx.height() - kFooterHeightPx;
    const QRectF bottom(0, footerTop + 8, width, kFooterHeightPx - 8);
    painter.drawLine(QPointF(0, footerTop + 4), QPointF(width, footerTop + 4));
    painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                     PlanPdf::tr("Generated %1").arg(utcText(report.generatedAtUtc)));
    painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
                     PlanPdf::tr("Page %1 of %2").arg(page).arg(pageCount));
}

} // namespace

// QTextDocument::print() cannot draw running headers, so the document is laid out at
// the body's size and each page is painted by hand: the bands first, then the slice of
// the document that falls on that page.
int PlanPdf::paint(const PlanReport &report, QPagedPaintDevice &device)
{
    const PageGeometry geometry = geometryOf(device);
    QTextDocument document;
    document.setDefaultStyleSheet(styleSheet());
    document.setDefaultFont(printFont(kBodyFontPx));
    document.setHtml(html(report));
    document.setPageSize(geometry.bodyPx.size());
    const int pageCount = document.pageCount();

    QPainter painter(&device);
    const qreal scale = device.logicalDpiX() / kCssDpi;
    painter.scale(scale, scale);
    const qreal bodyHeight = geometry.bodyPx.height();
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            device.newPage();
        paintBands(painter, report, geometry, page + 1, pageCount);

        painter.save();
        painter.translate(geometry.bodyPx.left(), geometry.bodyPx.top() - page * bodyHeight);
        const QRectF slice(0, page * bodyHeight, geometry.bodyPx.width(), bodyHeight);
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return pageCount;
}

Result<int> PlanPdf::writePdf(const PlanReport &report, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::InvalidInput,
                         tr("Cannot write %1: %2").arg(path, file.errorString()));
    QPdfWriter writer(&file);
    writer.setTitle(tr("Action plan %1").arg(report.plan.id));
    writer.setCreator(QStringLiteral("EnMS Workbench"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    const int pages = paint(report, writer);
    return pages;
}

} // namespace Enms
