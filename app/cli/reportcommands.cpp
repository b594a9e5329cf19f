// SPDX-License-Identifier: GPL-3.0-or-later
// enms report: the management review of a site and period as a PDF.
#include "clicommand.h"

#include "models/database.h"
#include "models/performance/sitereview.h"
#include "models/reports/reviewpdf.h"

#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace Enms::Cli {

using namespace Engine;

namespace {

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// A review without a single reading in its window would print a page of zeros.
bool hasReadings(const SiteReview &review)
{
    return std::any_of(review.seus.begin(), review.seus.end(),
                       [](const PeriodPerformance &seu) { return seu.daysWithData > 0; });
}

QJsonObject reportJson(const SiteReview &review, int pages, const QString &path)
{
    return QJsonObject{
        {QStringLiteral("site_id"), review.site.id},
        {QStringLiteral("site_name"), review.site.name},
        {QStringLiteral("period"), periodCode(review.period)},
        {QStringLiteral("first_date"), review.firstDate.toString(Qt::ISODate)},
        {QStringLiteral("last_date"), review.lastDate.toString(Qt::ISODate)},
        {QStringLiteral("pages"), pages},
        {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
        {QStringLiteral("seus"), int(review.seus.size())},
        {QStringLiteral("opportunities"), int(review.opportunities.opportunities.size())},
        {QStringLiteral("total_energy_kwh"), rounded(review.totals.actualKWh, 3)},
        {QStringLiteral("total_cost"), rounded(review.totals.costAmount, 2)},
        {QStringLiteral("currency"), review.site.currency},
    };
}

Outcome report(Database &db, const CliArgs &args)
{
    CliError error;
    const auto site = args.required(QStringLiteral("site"), &error);
    const auto periodText = args.required(QStringLiteral("period"), &error);
    const auto end = args.date(QStringLiteral("end"), QDate(), &error);
    const auto out = args.required(QStringLiteral("out"), &error);
    if (!site || !periodText || !end || !out)
        return Outcome::failure(error);
    const Result<AnalysisPeriod> period = parsePeriod(*periodText);
    if (!period)
        return Outcome::failure(period.error());

    // A null end date lets the service take the site's local today.
    const Result<SiteReview> review = SiteReviewService(db).review(*site, *period, *end);
    if (!review)
        return Outcome::failure(review.error());
    if (!hasReadings(*review))
        return Outcome::failure(CliError{CliError::NotEnoughData,
            QStringLiteral("%1 has no readings from %2 to %3; nothing to review.")
                .arg(review->site.name, review->firstDate.toString(Qt::ISODate),
                     review->lastDate.toString(Qt::ISODate))});
    const Result<int> pages = ReviewPdf::writePdf(*review, *out);
    if (!pages)
        return Outcome::failure(pages.error());
    return Outcome::success(reportJson(*review, *pages, *out));
}

} // namespace

void addReportCommands(CommandList &commands)
{
    commands.push_back({{QStringLiteral("report")},
                        {QStringLiteral("site"), QStringLiteral("period"), QStringLiteral("end"),
                         QStringLiteral("out")},
                        {},
                        QStringLiteral("report --site S --period week|month|quarter "
                                       "[--end YYYY-MM-DD] --out FILE"),
                        report});
}

} // namespace Enms::Cli
