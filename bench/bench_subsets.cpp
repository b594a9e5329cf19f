// SPDX-License-Identifier: GPL-3.0-or-later
// Times the all-subsets driver search and the change-point search, then fits the
// baseline of every SEU of the demo plant and prints the winners. Run without arguments.
#include "engine/baseline/changepoint.h"
#include "engine/baseline/drivers.h"
#include "engine/baseline/subsetsearch.h"
#include "engine/demo/demoplant.h"
#include "engine/time/localcalendar.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <QTimeZone>

#include <random>

using namespace Enms::Engine;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Synthetic {
    std::vector<double> energy;
    std::vector<NamedColumn> drivers;
    std::vector<double> temperature;
};

Synthetic synthetic(int days, int driverCount)
{
    std::mt19937 random(1u);
    std::uniform_real_distribution<double> uniform(0.0, 100.0);
    std::normal_distribution<double> noise(0.0, 1.0);
    Synthetic data;
    for (int j = 0; j < driverCount; ++j)
        data.drivers.push_back({QStringLiteral("x%1").arg(j + 1), {}});
    for (int day = 0; day < days; ++day) {
        double e = 1000.0;
        for (int j = 0; j < driverCount; ++j) {
            const double x = uniform(random);
            data.drivers[size_t(j)].values.push_back(x);
            e += (j + 1) * x;
        }
        const double season = std::cos(6.283185307 * day / 365.0);
        const double t = 12.0 - 15.0 * season + 2.0 * noise(random);
        data.temperature.push_back(t);
        data.energy.push_back(e + 20.0 * std::max(0.0, 15.0 - t) + 10.0 * noise(random));
    }
    return data;
}

void timeSearches()
{
    const Synthetic data = synthetic(400, 5);
    constexpr int kRepeats = 20;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kRepeats; ++i)
        searchAllSubsets(data.energy, data.drivers, RuleSet::Sep);
    const double subsetsMs = timer.nsecsElapsed() / 1e6 / kRepeats;

    timer.restart();
    for (int i = 0; i < kRepeats; ++i)
        searchChangePointModels(data.temperature, data.energy);
    const double changePointMs = timer.nsecsElapsed() / 1e6 / kRepeats;

    out() << "all-subsets search, 5 drivers x 400 days (31 fits): " << subsetsMs << " ms\n"
          << "change-point search, 400 days (1P..5P): " << changePointMs << " ms\n";
}

void reportSeu(const SeuInfo &seu, const DemoSeries &series, const DemoSite &site,
               const QDate &from, const QDate &to)
{
    const LocalCalendar calendar(QTimeZone(site.site.timeZoneId.toUtf8()));
    DailyInputs inputs;
    inputs.energyKWh = dailyEnergyKWh(series.energyKWh, calendar, from, to);
    inputs.production = series.productionUnits;
    inputs.meanTemperatureC =
        dailyMeanTemperatureC(site.outdoorTemperatureC, calendar, from, to);
    inputs.operatingHours = dailyOperatingHours(series.energyKWh, calendar, from, to,
                                                seu.ratedKW);
    const Result<DriverTable> table = buildDriverTable(inputs, from, to);
    if (!table) {
        out() << seu.name << ": " << table.error().message << "\n";
        return;
    }

    std::vector<NamedColumn> candidates;
    for (const NamedColumn &column : table->drivers) {
        if (column.name != QLatin1String("temperature"))
            candidates.push_back(column);
    }
    QElapsedTimer timer;
    timer.start();
    const Result<SubsetSearchResult> search =
        searchAllSubsets(table->energyKWh, candidates, RuleSet::Sep);
    const double ms = timer.nsecsElapsed() / 1e6;
    out() << seu.name << " (" << table->rowCount() << " days, " << candidates.size()
          << " candidates, " << ms << " ms): ";
    if (search && search->best()) {
        const OlsFit &fit = *search->best()->fit;
        out() << "best " << search->best()->drivers.join(QLatin1Char('+')) << " R2 "
              << fit.rSquared << " CV(RMSE) " << fit.cvRmse * 100.0 << " %";
    } else {
        out() << "no valid model";
    }

    const NamedColumn *t = table->driver(QStringLiteral("temperature"));
    const Result<ChangePointSearchResult> cp =
        searchChangePointModels(t->values, table->energyKWh);
    if (cp && cp->best())
        out() << "; change point " << changePointFormCode(cp->best()->form) << " R2 "
              << cp->best()->fit.rSquared;
    out() << "\n";
}

void reportDemoPlant()
{
    DemoOptions options;
    options.endDate = QDate(2025, 6, 30);
    const Result<DemoPlant> plant = generateDemoPlant(options);
    if (!plant) {
        out() << "demo plant: " << plant.error().message << "\n";
        return;
    }
    const QDate from = options.endDate.addMonths(-12);
    const QDate to = options.endDate.addDays(-1);
    for (size_t i = 0; i < plant->seus.size(); ++i) {
        const SeuInfo &seu = plant->seus[i];
        for (const DemoSite &site : plant->sites) {
            if (site.site.id == seu.siteId)
                reportSeu(seu, plant->series[i], site, from, to);
        }
    }
}

} // namespace

int main()
{
    timeSearches();
    reportDemoPlant();
    return 0;
}
