// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/demostore.h"

#include "models/database.h"
#include "models/readingstore.h"
#include "models/registry.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace Enms {

using namespace Engine;

namespace {

qint64 presentValues(const DayBlocks &blocks)
{
    qint64 count = 0;
    for (const DayBlock &block : blocks) {
        for (double value : block.values)
            count += DayBlock::isMissing(value) ? 0 : 1;
    }
    return count;
}

Status storePlant(Database &database, const DemoPlant &plant, DemoSummary &summary)
{
    Registry registry(database);
    ReadingStore store(database);
    for (const DemoSite &demoSite : plant.sites) {
        if (Result<SiteInfo> added = registry.addSite(demoSite.site); !added)
            return added.error();
        if (Result<WriteSummary> w = store.writeTemperature(demoSite.site.id,
                                                            demoSite.outdoorTemperatureC);
            !w)
            return w.error();
        summary.temperatures += presentValues(demoSite.outdoorTemperatureC);
        ++summary.sites;
    }
    for (size_t i = 0; i < plant.seus.size(); ++i) {
        if (Result<SeuInfo> added = registry.addSeu(plant.seus[i]); !added)
            return added.error();
        const DemoSeries &series = plant.series[i];
        if (Result<WriteSummary> w = store.writeEnergy(series.seuId, series.energyKWh); !w)
            return w.error();
        if (Status s = store.writeProduction(series.seuId, series.productionUnits); !s)
            return s;
        summary.readings += presentValues(series.energyKWh);
        summary.productionDays += qint64(series.productionUnits.size());
        ++summary.seus;
    }
    return Done{};
}

} // namespace

Result<DemoSummary> storeDemoPlant(Database &database, const DemoOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    Result<DemoPlant> plant = generateDemoPlant(options);
    if (!plant)
        return plant.error();

    Registry registry(database);
    for (const DemoSite &demoSite : plant->sites) {
        if (registry.site(demoSite.site.id))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("The database already holds the demo site \"%1\"; "
                                            "use a new database file for the demo plant.")
                                 .arg(demoSite.site.name));
    }

    DemoSummary summary;
    const Status stored = database.transaction([&] { return storePlant(database, *plant, summary); });
    if (!stored)
        return stored.error();
    summary.endDate = options.endDate;
    summary.firstDate = options.endDate.addMonths(-options.months);
    summary.plantedTruths = plant->plantedTruths;
    summary.seconds = timer.elapsed() / 1000.0;
    return summary;
}

QJsonObject demoSummaryToJson(const DemoSummary &summary)
{
    return {{QStringLiteral("sites"), summary.sites},
            {QStringLiteral("seus"), summary.seus},
            {QStringLiteral("readings"), double(summary.readings)},
            {QStringLiteral("temperatures"), double(summary.temperatures)},
            {QStringLiteral("production_days"), double(summary.productionDays)},
            {QStringLiteral("first_date"), summary.firstDate.toString(Qt::ISODate)},
            {QStringLiteral("end_date"), summary.endDate.toString(Qt::ISODate)},
            {QStringLiteral("planted_truths"), QJsonArray::fromStringList(summary.plantedTruths)},
            {QStringLiteral("seconds"), summary.seconds}};
}

} // namespace Enms
