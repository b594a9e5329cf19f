// SPDX-License-Identifier: GPL-3.0-or-later
// enms demo | energy
#include "clicommand.h"

#include "models/database.h"
#include "models/demostore.h"
#include "models/performance/performancejson.h"
#include "models/performance/performanceservice.h"

#include <QJsonObject>
#include <QTimeZone>

namespace Enms::Cli {

using namespace Engine;

namespace {

// The plant and an accepted daily baseline per SEU, stored together or not at all.
Outcome demoWithBaselines(Database &db, const DemoOptions &options)
{
    Result<DemoWithBaselines> demo = storeDemoPlantWithBaselines(db, options);
    if (!demo)
        return Outcome::failure(demo.error());
    QJsonObject json = demoSummaryToJson(demo->summary);
    json.insert(QStringLiteral("baselines"), demoBaselinesToJson(demo->baselines));
    return Outcome::success(json);
}

Outcome writeDemo(Database &db, const CliArgs &args)
{
    CliError error;
    const auto end = args.date(QStringLiteral("end"),
                               QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/Los_Angeles")).date(),
                               &error);
    const auto seed = args.number(QStringLiteral("seed"), 42, &error);
    if (!end || !seed)
        return Outcome::failure(error);
    if (*seed < 0 || *seed != std::floor(*seed))
        return Outcome::failure(CliError{CliError::Usage,
            QStringLiteral("--seed takes a whole number of 0 or more.")});

    DemoOptions options;
    options.endDate = *end;
    options.seed = quint64(*seed);
    if (args.flag(QStringLiteral("baselines")))
        return demoWithBaselines(db, options);
    Result<DemoSummary> summary = storeDemoPlant(db, options);
    if (!summary)
        return Outcome::failure(summary.error());
    return Outcome::success(demoSummaryToJson(*summary));
}

Outcome printEnergy(Database &db, const CliArgs &args)
{
    CliError error;
    const auto seu = args.required(QStringLiteral("seu"), &error);
    const auto from = args.date(QStringLiteral("from"), std::nullopt, &error);
    const auto to = args.date(QStringLiteral("to"), std::nullopt, &error);
    const auto by = args.choice(QStringLiteral("by"),
                                {QStringLiteral("day"), QStringLiteral("hour"),
                                 QStringLiteral("interval")},
                                QStringLiteral("day"), &error);
    if (!seu || !from || !to || !by)
        return Outcome::failure(error);

    const EnergyGrouping grouping = *by == QLatin1String("hour") ? EnergyGrouping::Hour
                                    : *by == QLatin1String("interval") ? EnergyGrouping::Interval
                                                                      : EnergyGrouping::Day;
    auto rows = PerformanceService(db).energy(*seu, *from, *to, grouping);
    if (!rows)
        return Outcome::failure(rows.error());
    const LocalCalendar calendar(QTimeZone(rows->site.timeZoneId.toUtf8()));
    return Outcome::success(energyRowsToJson(rows->seu.name, grouping, rows->rows, calendar));
}

} // namespace

void addReadingCommands(CommandList &commands)
{
    commands.push_back({{QStringLiteral("demo")}, {QStringLiteral("end"), QStringLiteral("seed")},
                        {QStringLiteral("baselines")},
                        QStringLiteral("demo [--end YYYY-MM-DD] [--seed N] [--baselines]"),
                        writeDemo});
    commands.push_back({{QStringLiteral("energy")},
                        {QStringLiteral("seu"), QStringLiteral("from"), QStringLiteral("to"),
                         QStringLiteral("by")},
                        {},
                        QStringLiteral("energy --seu S --from YYYY-MM-DD --to YYYY-MM-DD "
                                       "[--by day|hour|interval]"),
                        printEnergy});
}

} // namespace Enms::Cli
