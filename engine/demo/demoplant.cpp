// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/demo/demoplant.h"

#include "engine/demo/demoprofiles.h"
#include "engine/demo/demorandom.h"
#include "engine/demo/demotruths.h"
#include "engine/demo/demoweather.h"
#include "engine/time/localcalendar.h"

#include <QUuid>

#include <algorithm>
#include <cmath>

namespace Enms::Engine {

namespace {

constexpr int kIntervalSeconds = 900;
constexpr double kIntervalHours = kIntervalSeconds / 3600.0;
constexpr double kIntervalNoise = 0.035;        // spread of each interval's energy
constexpr double kProductionNoise = 0.04;       // spread of a weekday's output
constexpr double kWeekendProductionShare = 0.015;
constexpr quint64 kProductionStreamTag = 0xBB67AE8584CAA73Bull;
constexpr int kMinMonths = 6;                   // the oldest planted gap is 120 days back
constexpr int kMaxMonths = 120;

// A site with the climate that drives its outdoor temperature.
struct DemoSiteSpec {
    SiteInfo site;
    DemoClimate climate;
};

// Climates after the normals of downtown Los Angeles (daily means about 14 °C in
// January, 23.5 °C in August) and Berlin (about 1 °C in January, 19.5 °C in July).
std::vector<DemoSiteSpec> demoSiteSpecs()
{
    SiteInfo losAngeles;
    losAngeles.id = QStringLiteral("11111111-1111-1111-1111-111111111111");
    losAngeles.name = QStringLiteral("Demo Manufacturing Plant");
    losAngeles.timeZoneId = QStringLiteral("America/Los_Angeles");
    losAngeles.currency = QStringLiteral("USD");
    losAngeles.tariffs = {{EnergyCarrier::Electricity, {0.15, 0.45}},
                          {EnergyCarrier::NaturalGas, {0.045, 0.181}},
                          {EnergyCarrier::Steam, {0.06, 0.25}}};

    SiteInfo berlin;
    berlin.id = QStringLiteral("22222222-2222-2222-2222-222222222222");
    berlin.name = QStringLiteral("European Production Facility");
    berlin.timeZoneId = QStringLiteral("Europe/Berlin");
    berlin.currency = QStringLiteral("EUR");
    berlin.tariffs = {{EnergyCarrier::Electricity, {0.22, 0.38}},
                      {EnergyCarrier::NaturalGas, {0.055, 0.201}}};

    return {{losAngeles, {18.8, 4.7, 227, 4.5, 1.5}},
            {berlin, {10.2, 9.5, 201, 4.0, 3.0}}};
}

// The local span a site's series cover: from midnight of the first date up to the
// stop time on the end date.
struct DemoSpan {
    QDate firstDate;
    QDate endDate;
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
};

DemoSpan spanOf(const DemoOptions &options, const LocalCalendar &calendar)
{
    const QDate first = options.endDate.addMonths(-options.months);
    const QTime stop = QTime(0, 0).addSecs(kDemoStopMinuteOfEndDay * 60);
    const QDateTime stopLocal(options.endDate, stop, calendar.zone());
    return {first, options.endDate, calendar.startOfDayUtc(first),
            stopLocal.toSecsSinceEpoch()};
}

SeuInfo seuInfoOf(const DemoSeuSpec &spec, const SiteInfo &site)
{
    const QUuid siteUuid = QUuid::fromString(site.id);
    const QUuid seuUuid = QUuid::createUuidV5(siteUuid, spec.name);
    return SeuInfo{seuUuid.toString(QUuid::WithoutBraces), site.id, spec.name,
                   spec.carrier, spec.ratedKW, true};
}

// Units made on a local date: a noisy full day on weekdays, a trickle at weekends.
double unitsOn(const DemoSeuSpec &spec, const QDate &date, quint64 seed)
{
    DemoRandom random(seed, streamKey(spec.name) ^ kProductionStreamTag,
                      date.toJulianDay());
    const double z = random.normal();
    const bool weekday = date.dayOfWeek() <= 5;
    const double share = weekday ? 1.0 + kProductionNoise * z
                                 : std::max(0.0, kWeekendProductionShare * (1.0 + 0.5 * z));
    return std::round(spec.unitsPerWeekday * share);
}

// Degree days of each local date of the span, from the site's weather.
std::vector<DemoDayDrivers> weatherDrivers(const DemoWeather &weather, const DemoSpan &span)
{
    std::vector<DemoDayDrivers> drivers;
    for (QDate date = span.firstDate; date <= span.endDate; date = date.addDays(1)) {
        const double meanC = weather.dailyMeanC(date);
        drivers.push_back({date.dayOfWeek() <= 5, 1.0,
                           std::max(0.0, kDemoDegreeDayBaseC - meanC),
                           std::max(0.0, meanC - kDemoDegreeDayBaseC)});
    }
    return drivers;
}

// Adds one SEU's production to the site's drivers, and books the complete days.
std::vector<DemoDayDrivers> seuDrivers(const DemoSeuSpec &spec,
                                       std::vector<DemoDayDrivers> drivers,
                                       const DemoSpan &span, quint64 seed,
                                       std::map<QDate, double> &productionUnits)
{
    if (spec.model != DemoLoadModel::Production)
        return drivers;

    for (size_t i = 0; i < drivers.size(); ++i) {
        const QDate date = span.firstDate.addDays(qint64(i));
        const double units = unitsOn(spec, date, seed);
        drivers[i].productionFactor = units / spec.unitsPerWeekday;
        if (date < span.endDate)
            productionUnits[date] = units;
    }
    return drivers;
}

DayBlocks energyBlocks(const DemoSeuSpec &spec, const std::vector<DemoDayDrivers> &drivers,
                       const LocalCalendar &calendar, const DemoSpan &span, quint64 seed)
{
    DayBlocks blocks;
    const quint64 stream = streamKey(spec.name);
    for (qint64 day = utcDayOf(span.fromUtc); day <= utcDayOf(span.toUtc - 1); ++day) {
        // Noise is drawn for every slot, covered or not, so a day's values do not
        // depend on where the span starts.
        DemoRandom noise(seed, stream, day);
        DayBlock block = DayBlock::empty(day, kIntervalSeconds);
        for (int slot = 0; slot < block.slotCount(); ++slot) {
            const double z = noise.normal();
            const qint64 start = block.slotStartUtc(slot);
            if (start < span.fromUtc || start >= span.toUtc)
                continue;

            const QDate date = calendar.localDate(start);
            const qint64 dayIndex = span.firstDate.daysTo(date);
            const double kW = demoDemandKW(spec, drivers[size_t(dayIndex)],
                                           calendar.secondsOfLocalDay(start));
            const double drift = spec.plantedDrift
                                     ? demoDriftFactor(int(date.daysTo(span.endDate)))
                                     : 1.0;
            block.values[size_t(slot)] = kW * kIntervalHours * (1.0 + kIntervalNoise * z)
                                         * drift;
        }
        blocks.push_back(std::move(block));
    }
    return blocks;
}

void punchGap(DayBlocks &blocks, const DemoGap &gap, const LocalCalendar &calendar)
{
    const qint64 from = QDateTime(gap.date, gap.from, calendar.zone()).toSecsSinceEpoch();
    const qint64 to = QDateTime(gap.date, gap.to, calendar.zone()).toSecsSinceEpoch();
    for (DayBlock &block : blocks) {
        for (int slot = 0; slot < block.slotCount(); ++slot) {
            const qint64 start = block.slotStartUtc(slot);
            if (start >= from && start < to)
                block.values[size_t(slot)] = qQNaN();
        }
    }
}

// What every series of one site shares: its calendar, span and daily drivers.
struct SiteContext {
    LocalCalendar calendar;
    DemoSpan span;
    std::vector<DemoDayDrivers> drivers;
};

Result<SiteContext> prepareSite(const DemoSiteSpec &spec, const DemoOptions &options,
                                DemoPlant &plant)
{
    const LocalCalendar calendar(QTimeZone(spec.site.timeZoneId.toUtf8()));
    if (!calendar.isValid()) {
        const QString message = QStringLiteral("Time zone %1 is not available.");
        return makeError(ErrorCode::Internal, message.arg(spec.site.timeZoneId));
    }

    const DemoSpan span = spanOf(options, calendar);
    const DemoWeather weather(spec.climate, calendar, options.seed,
                              streamKey(spec.site.name));
    plant.sites.push_back({spec.site, weather.hourlyBlocks(span.fromUtc, span.toUtc)});
    return SiteContext{calendar, span, weatherDrivers(weather, span)};
}

DemoSeries buildSeries(const DemoSeuSpec &spec, const SiteContext &site,
                       const DemoOptions &options)
{
    DemoSeries series;
    const std::vector<DemoDayDrivers> drivers =
        seuDrivers(spec, site.drivers, site.span, options.seed, series.productionUnits);
    series.energyKWh = energyBlocks(spec, drivers, site.calendar, site.span, options.seed);
    for (const DemoGap &gap : demoGaps(options.endDate)) {
        if (gap.seuName == spec.name)
            punchGap(series.energyKWh, gap, site.calendar);
    }
    return series;
}

} // namespace

Result<DemoPlant> generateDemoPlant(const DemoOptions &options)
{
    if (!options.endDate.isValid()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Demo end date is not valid."));
    }
    if (options.months < kMinMonths || options.months > kMaxMonths) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Demo span must be %1 to %2 months, not %3.")
                             .arg(kMinMonths).arg(kMaxMonths).arg(options.months));
    }

    DemoPlant plant;
    const std::vector<DemoSiteSpec> siteSpecs = demoSiteSpecs();
    std::vector<SiteContext> sites;
    for (const DemoSiteSpec &siteSpec : siteSpecs) {
        Result<SiteContext> site = prepareSite(siteSpec, options, plant);
        if (!site)
            return site.error();
        sites.push_back(std::move(site).value());
    }

    for (const DemoSeuSpec &spec : demoSeuSpecs()) {
        const size_t site = size_t(spec.siteIndex);
        plant.seus.push_back(seuInfoOf(spec, siteSpecs[site].site));
        plant.series.push_back(buildSeries(spec, sites[site], options));
        plant.series.back().seuId = plant.seus.back().id;
    }

    plant.plantedTruths = demoPlantedTruths(options.endDate);
    return plant;
}

} // namespace Enms::Engine
