// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/demo/demoprofiles.h"

namespace Enms::Engine {

namespace {

// Two shifts 06-22 at full load, nights at half load (a lightly manned third shift
// at 2/7 of the day rate on top of a 30 % base), weekends at the 30 % base.
DemoSeuSpec twoShiftCompressor(const QString &name, int site, double ratedKW,
                               double fullKW, double unitsPerWeekday)
{
    return DemoSeuSpec{.name = name, .siteIndex = site, .ratedKW = ratedKW,
                       .fullKW = fullKW, .baseShare = 0.3, .nightActivity = 2.0 / 7.0,
                       .unitsPerWeekday = unitsPerWeekday};
}

std::vector<DemoSeuSpec> losAngelesSeus()
{
    // 54 kW * (0.3 * 24 h + 0.7 * (16 h + 8 h * 2/7)) = 1,080 kWh on a weekday.
    DemoSeuSpec compressor = twoShiftCompressor(QStringLiteral("Compressor-1"), 0, 55.0,
                                                54.0, 1200.0);
    compressor.plantedDrift = true;

    const DemoSeuSpec hvac{.name = QStringLiteral("HVAC-Main"), .ratedKW = 150.0,
                           .model = DemoLoadModel::Building, .shiftEndHour = 20,
                           .occupiedKW = 60.0, .unoccupiedKW = 45.0,
                           .heatingKWPerK = 1.5, .coolingKWPerK = 1.5};
    // Runs loaded in both shifts; otherwise drives stay energised with the belt
    // empty at 0.5 kW, under 10 % of its 22 kW rating.
    const DemoSeuSpec conveyor{.name = QStringLiteral("Conveyor-A"), .ratedKW = 22.0,
                               .fullKW = 17.0, .baseShare = 0.5 / 17.0,
                               .unitsPerWeekday = 5200.0};
    // Follows the working calendar; unloads to a 5.1 kW standby, 11.3 % of rated:
    // even 3 sigma of noise below it stays above the 4.5 kW idle line.
    const DemoSeuSpec pump{.name = QStringLiteral("Hydraulic-Pump-1"), .ratedKW = 45.0,
                           .shiftEndHour = 20, .fullKW = 44.0, .baseShare = 5.1 / 44.0,
                           .unitsPerWeekday = 800.0};
    // Barrel heaters and hydraulics stay on at 80 % through nights and weekends.
    const DemoSeuSpec molding{.name = QStringLiteral("Injection-Molding-1"),
                              .ratedKW = 120.0, .fullKW = 100.0, .baseShare = 0.8,
                              .nightActivity = 0.5, .unitsPerWeekday = 2400.0};
    // Process hot water for both shifts, the loop kept hot otherwise, and space heat.
    const DemoSeuSpec boiler{.name = QStringLiteral("Boiler-1"),
                             .carrier = EnergyCarrier::NaturalGas, .ratedKW = 45.0,
                             .model = DemoLoadModel::Building, .occupiedKW = 25.0,
                             .unoccupiedKW = 8.0, .heatingKWPerK = 0.5};
    // Process steam in working hours; the header is kept warm at 9 kW otherwise
    // (11.25 % of rated, above the idle line even 3 sigma low).
    const DemoSeuSpec steam{.name = QStringLiteral("Steam-Header-1"),
                            .carrier = EnergyCarrier::Steam, .ratedKW = 80.0,
                            .model = DemoLoadModel::Building, .shiftEndHour = 20,
                            .occupiedKW = 76.0, .unoccupiedKW = 9.0};
    return {compressor, hvac, conveyor, pump, molding, boiler, steam};
}

std::vector<DemoSeuSpec> berlinSeus()
{
    const DemoSeuSpec compressor = twoShiftCompressor(QStringLiteral("Compressor-EU-1"), 1,
                                                      90.0, 82.0, 1800.0);
    // Ventilation with a night and weekend setback; cooling in summer, a little
    // electric heating support in winter.
    const DemoSeuSpec hvac{.name = QStringLiteral("HVAC-EU-North"), .siteIndex = 1,
                           .ratedKW = 200.0, .model = DemoLoadModel::Building,
                           .shiftEndHour = 20, .occupiedKW = 70.0, .unoccupiedKW = 35.0,
                           .heatingKWPerK = 0.5, .coolingKWPerK = 1.5};
    return {compressor, hvac};
}

bool inShift(const DemoSeuSpec &spec, int secondsOfLocalDay)
{
    const int hour = secondsOfLocalDay / 3600;
    return hour >= spec.shiftStartHour && hour < spec.shiftEndHour;
}

} // namespace

std::vector<DemoSeuSpec> demoSeuSpecs()
{
    std::vector<DemoSeuSpec> specs = losAngelesSeus();
    for (DemoSeuSpec &spec : berlinSeus())
        specs.push_back(std::move(spec));
    return specs;
}

double demoDemandKW(const DemoSeuSpec &spec, const DemoDayDrivers &drivers,
                    int secondsOfLocalDay)
{
    const bool shift = inShift(spec, secondsOfLocalDay);
    if (spec.model == DemoLoadModel::Building) {
        const bool occupied = shift && drivers.weekday;
        return (occupied ? spec.occupiedKW : spec.unoccupiedKW)
               + spec.heatingKWPerK * drivers.heatingDegreesK
               + spec.coolingKWPerK * drivers.coolingDegreesK;
    }

    // Weekends differ only through their near-zero production factor.
    const double activity = shift ? 1.0 : spec.nightActivity;
    const double variableShare = 1.0 - spec.baseShare;
    return spec.fullKW
           * (spec.baseShare + variableShare * activity * drivers.productionFactor);
}

} // namespace Enms::Engine
