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
        summary.seuIds << plant.seus[i].id;
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

namespace {

struct DemoFit {
    QString seuName;
    Baseline chosen;
};

// The chosen model of one demo SEU; an SEU without a valid model is an error.
Result<DemoFit> fitDemoSeu(Database &database, const QString &seuId, const DateSpan &span)
{
    Result<SeuInfo> seu = Registry(database).seu(seuId);
    if (!seu)
        return seu.error();

    BaselineRequest request;
    request.seu = seuId;
    request.from = span.from;
    request.to = span.to;
    Result<BaselineFitReport> report = BaselineService(database).fit(request);
    if (!report)
        return makeError(report.error().code,
                         QStringLiteral("The demo baseline of %1 could not be fitted: %2")
                             .arg(seu->name, report.error().message));
    if (!report->chosen)
        return makeError(ErrorCode::NotEnoughData,
                         QStringLiteral("No model of %1 is valid under the SEP rules, so no "
                                        "demo baseline was stored.").arg(seu->name));
    return DemoFit{seu->name, *report->chosen};
}

Status storeAndAccept(Database &database, const std::vector<DemoFit> &fits,
                      std::vector<DemoBaseline> &accepted)
{
    BaselineRepository repository(database);
    for (const DemoFit &fit : fits) {
        Result<QString> id = repository.store(fit.chosen);
        if (!id)
            return id.error();
        if (Result<QString> superseded = repository.accept(*id); !superseded)
            return superseded.error();
        Result<Baseline> stored = repository.load(*id);
        if (!stored)
            return stored.error();
        accepted.push_back({fit.seuName, std::move(stored).value()});
    }
    return Done{};
}

} // namespace

DateSpan demoReferencePeriod(const DemoSummary &demo)
{
    return {demo.firstDate, demo.endDate.addDays(-31)};
}

Result<std::vector<DemoBaseline>> acceptDemoBaselines(Database &database,
                                                      const DemoSummary &demo)
{
    const DateSpan span = demoReferencePeriod(demo);
    std::vector<DemoFit> fits;
    for (const QString &seuId : demo.seuIds) {
        Result<DemoFit> fit = fitDemoSeu(database, seuId, span);
        if (!fit)
            return fit.error();
        fits.push_back(std::move(fit).value());
    }

    std::vector<DemoBaseline> accepted;
    const Status stored = database.transaction(
        [&] { return storeAndAccept(database, fits, accepted); });
    if (!stored)
        return stored.error();
    return accepted;
}

Result<DemoWithBaselines> storeDemoPlantWithBaselines(Database &database,
                                                      const DemoOptions &options)
{
    DemoWithBaselines result;
    const Status stored = database.transaction([&]() -> Status {
        Result<DemoSummary> summary = storeDemoPlant(database, options);
        if (!summary)
            return summary.error();
        result.summary = std::move(summary).value();
        Result<std::vector<DemoBaseline>> baselines = acceptDemoBaselines(database,
                                                                          result.summary);
        if (!baselines)
            return baselines.error();
        result.baselines = std::move(baselines).value();
        return Done{};
    });
    if (!stored)
        return stored.error();
    return result;
}

QJsonArray demoBaselinesToJson(const std::vector<DemoBaseline> &baselines)
{
    QJsonArray list;
    for (const DemoBaseline &demo : baselines) {
        const Baseline &b = demo.baseline;
        list.append(QJsonObject{
            {QStringLiteral("seu_id"), b.seuId},
            {QStringLiteral("seu_name"), demo.seuName},
            {QStringLiteral("baseline_id"), b.id},
            {QStringLiteral("model_form"), b.modelForm},
            {QStringLiteral("drivers"), QJsonArray::fromStringList(b.drivers)},
            {QStringLiteral("period_from"), b.periodFrom.toString(Qt::ISODate)},
            {QStringLiteral("period_to"), b.periodTo.toString(Qt::ISODate)},
            {QStringLiteral("r_squared"), b.fit.rSquared},
            {QStringLiteral("adj_r_squared"), b.fit.adjRSquared},
            {QStringLiteral("cv_rmse"), b.fit.cvRmse},
            {QStringLiteral("valid"), b.verdict.valid}});
    }
    return list;
}

} // namespace Enms
