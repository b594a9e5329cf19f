// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/energycarrier.h"
#include "engine/core/opportunityrules.h"

#include <QDate>
#include <QString>

#include <map>

namespace Enms::Engine {

// What one kWh (or kWh-equivalent) of a carrier costs and emits at a site.
struct CarrierTariff {
    double pricePerKWh = 0.15;        // in the site's currency
    double co2KgPerKWh = 0.45;
};

// The hours a site counts as working time, on its local wall clock. Energy outside
// them is "off-hours" energy. Days use ISO numbering: 1 = Monday .. 7 = Sunday.
struct WorkingCalendar {
    unsigned workingDaysMask = 0b0011111;   // bit (day-1) set = working day; Mon..Fri
    int startMinute = 6 * 60;                 // 06:00
    int endMinute = 20 * 60;                  // 20:00 (exclusive)

    bool isWorkingDay(int isoDayOfWeek) const
    {
        return (workingDaysMask >> (isoDayOfWeek - 1)) & 1u;
    }
    bool isWorkingTime(const QDate &localDate, int secondsOfLocalDay) const
    {
        const int minute = secondsOfLocalDay / 60;
        return isWorkingDay(localDate.dayOfWeek()) && minute >= startMinute
               && minute < endMinute;
    }
};

// A site (factory) as the engine sees it: where it is, what it pays, when it works.
struct SiteInfo {
    QString id;                 // UUID text
    QString name;
    QString timeZoneId;         // IANA, e.g. "America/Los_Angeles"
    QString currency = QStringLiteral("USD");
    std::map<EnergyCarrier, CarrierTariff> tariffs;
    WorkingCalendar calendar;
    OpportunityRules opportunityRules;   // the site's detector thresholds

    // The tariff of a carrier; the defaults above when the site set none.
    CarrierTariff tariff(EnergyCarrier carrier) const
    {
        const auto it = tariffs.find(carrier);
        return it == tariffs.end() ? CarrierTariff{} : it->second;
    }
};

// A significant energy use: one named boundary drawing one carrier.
struct SeuInfo {
    QString id;                 // UUID text
    QString siteId;
    QString name;
    EnergyCarrier carrier = EnergyCarrier::Electricity;
    double ratedKW = 0.0;
    bool active = true;
};

} // namespace Enms::Engine
