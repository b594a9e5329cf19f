// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/energycarrier.h"

#include <QString>

#include <vector>

namespace Enms::Engine {

// How a demo SEU's power follows the clock and its drivers.
//  - Production: power = fullKW * (baseShare + (1 - baseShare) * activity * production
//    factor), where activity is 1 inside the shift hours and nightActivity outside
//    them, and the production factor is that day's units / unitsPerWeekday. Daily
//    energy is therefore a base load plus a fixed amount per unit produced.
//  - Building: power = (shift hours of a weekday ? occupiedKW : unoccupiedKW)
//    + heatingKWPerK * HDD + coolingKWPerK * CDD of the local day (base 18 °C).
enum class DemoLoadModel { Production, Building };

// The design of one demo SEU. All hours are on the site's local wall clock.
struct DemoSeuSpec {
    QString name;
    int siteIndex = 0;                    // 0 = Los Angeles, 1 = Berlin
    EnergyCarrier carrier = EnergyCarrier::Electricity;
    double ratedKW = 0.0;
    DemoLoadModel model = DemoLoadModel::Production;
    int shiftStartHour = 6;
    int shiftEndHour = 22;                // exclusive

    double fullKW = 0.0;                  // production model
    double baseShare = 0.0;
    double nightActivity = 0.0;
    double unitsPerWeekday = 0.0;

    double occupiedKW = 0.0;              // building model
    double unoccupiedKW = 0.0;
    double heatingKWPerK = 0.0;
    double coolingKWPerK = 0.0;

    bool plantedDrift = false;            // consumption steps up before the end date
};

// What drives a demo load on one local day.
struct DemoDayDrivers {
    bool weekday = true;                  // Monday to Friday
    double productionFactor = 1.0;        // units of the day / unitsPerWeekday
    double heatingDegreesK = 0.0;         // HDD of the day, base 18 °C
    double coolingDegreesK = 0.0;         // CDD of the day, base 18 °C
};

inline constexpr double kDemoDegreeDayBaseC = 18.0;

// The nine SEUs of the demo plant, in a fixed order.
std::vector<DemoSeuSpec> demoSeuSpecs();

// Mean power in kW, before noise and planted changes, at a second of the local day.
double demoDemandKW(const DemoSeuSpec &spec, const DemoDayDrivers &drivers,
                    int secondsOfLocalDay);

} // namespace Enms::Engine
