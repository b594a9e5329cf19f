// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/performance/periodperformance.h"

#include "engine/performance/dailyanalysis.h"

#include <cmath>

namespace Enms::Engine {

// How the expected energy of a window is made
// =============================================
//
// Only window days with readings are compared. For each such day d:
//
//     expected(d) = dayExpectation(d) * coveredSeconds(d) / dayLengthSeconds(d)
//
// so a day with half of its intervals present expects half of a day's energy, and a
// day without readings expects nothing.
//
// dayExpectation(d) is the accepted baseline's expected energy of the date when the
// baseline has a finite value for EVERY window day with data. Mixing the two sources
// would make the total depend on which days the baseline happens to cover, so a
// baseline that misses one such day is not used at all.
//
// Otherwise it is the thirty-day reference rate times the day's length, where the
// rate is the energy of the complete days among the thirty local days before the
// window divided by their summed length in hours (kWh per hour of day length). A 23 h
// or 25 h day in the reference therefore weighs by its length instead of pulling a
// per-day mean up or down, and a 23 h day in the window expects 23 hours' worth.
// With all days 24 h long this is the plain mean of the complete days, the same as the
// daily analysis uses. The rate needs kMinimumBaselineDays complete days.
//
// A window whose total expectation is not above zero (no data, too few reference
// days, or an all-zero reference) has no expectation: expectedKWh stays empty and the
// deviation, its cost and its percentage stay 0, so "no expectation" never reads as
// "on target by 0 %" in a figure that has one.

namespace {

using DayIndex = std::map<QDate, const LocalDayEnergy *>;

// The first entry of each date; later duplicates are ignored.
DayIndex indexDays(const std::vector<LocalDayEnergy> &days)
{
    DayIndex index;
    for (const LocalDayEnergy &day : days)
        index.emplace(day.date, &day);
    return index;
}

const LocalDayEnergy *dayOf(const DayIndex &index, const QDate &date)
{
    const auto it = index.find(date);
    return it == index.end() ? nullptr : it->second;
}

// Rounded to a billionth of a percent, as in the daily analysis, so that a window
// exactly 5 % above its expectation is classified as 5 % whatever the binary rounding.
double deviationPercentOf(double deviationKWh, double expectedKWh)
{
    const double percent = deviationKWh * 100.0 / expectedKWh;
    return std::round(percent * 1e9) / 1e9;
}

struct ReferenceRate {
    double kWhPerHour = 0.0;           // per hour of day length
    int completeDays = 0;
};

ReferenceRate referenceRate(const DayIndex &index, const QDate &firstDate)
{
    ReferenceRate rate;
    double energyKWh = 0.0;
    qint64 lengthSeconds = 0;
    for (int back = 1; back <= kBaselineLookbackDays; ++back) {
        const LocalDayEnergy *day = dayOf(index, firstDate.addDays(-back));
        if (!day || !isCompleteDay(*day))
            continue;
        energyKWh += day->energyKWh;
        lengthSeconds += day->dayLengthSeconds;
        ++rate.completeDays;
    }
    if (lengthSeconds > 0)
        rate.kWhPerHour = energyKWh * 3600.0 / double(lengthSeconds);
    return rate;
}

// The window's days that hold readings, in date order.
std::vector<const LocalDayEnergy *> daysWithData(const DayIndex &index, const QDate &firstDate,
                                                 const QDate &lastDate)
{
    std::vector<const LocalDayEnergy *> found;
    for (QDate date = firstDate; date <= lastDate; date = date.addDays(1)) {
        const LocalDayEnergy *day = dayOf(index, date);
        if (day && day->hasData())
            found.push_back(day);
    }
    return found;
}

bool coversAll(const std::map<QDate, double> &expectedDailyKWh,
               const std::vector<const LocalDayEnergy *> &days)
{
    if (expectedDailyKWh.empty())
        return false;
    for (const LocalDayEnergy *day : days) {
        const auto it = expectedDailyKWh.find(day->date);
        if (it == expectedDailyKWh.end() || !std::isfinite(it->second))
            return false;
    }
    return true;
}

double coveredShare(const LocalDayEnergy &day)
{
    return day.dayLengthSeconds > 0 ? double(day.coveredSeconds) / day.dayLengthSeconds : 0.0;
}

// The expectation of each day with data, in the order of `days`.
std::vector<double> expectedFromBaseline(const std::map<QDate, double> &expectedDailyKWh,
                                         const std::vector<const LocalDayEnergy *> &days)
{
    std::vector<double> expected;
    for (const LocalDayEnergy *day : days)
        expected.push_back(expectedDailyKWh.at(day->date) * coveredShare(*day));
    return expected;
}

// rate * dayLength * covered / dayLength reduces to rate * covered hours.
std::vector<double> expectedFromRate(const ReferenceRate &rate,
                                     const std::vector<const LocalDayEnergy *> &days)
{
    std::vector<double> expected;
    for (const LocalDayEnergy *day : days)
        expected.push_back(rate.kWhPerHour * day->coveredHours());
    return expected;
}

void fillWindow(PeriodPerformance &result, const DayIndex &index,
                const std::vector<const LocalDayEnergy *> &withData)
{
    qint64 windowSeconds = 0;
    for (QDate date = result.firstDate; date <= result.lastDate; date = date.addDays(1)) {
        const LocalDayEnergy *day = dayOf(index, date);
        windowSeconds += day ? day->dayLengthSeconds : kSecondsPerDay;
    }
    qint64 coveredSeconds = 0;
    for (const LocalDayEnergy *day : withData) {
        coveredSeconds += day->coveredSeconds;
        result.actualKWh += day->energyKWh;
    }
    result.daysWithData = int(withData.size());
    result.coveredHours = coveredSeconds / 3600.0;
    result.windowHours = windowSeconds / 3600.0;
}

void fillExpected(PeriodPerformance &result, const DayIndex &index,
                  const std::vector<const LocalDayEnergy *> &withData,
                  const std::map<QDate, double> &expectedDailyKWh)
{
    const ReferenceRate rate = referenceRate(index, result.firstDate);
    result.referenceCompleteDays = rate.completeDays;

    std::vector<double> perDay;
    if (!withData.empty() && coversAll(expectedDailyKWh, withData)) {
        result.baselineSource = BaselineSource::AcceptedBaseline;
        perDay = expectedFromBaseline(expectedDailyKWh, withData);
    } else if (!withData.empty() && rate.completeDays >= kMinimumBaselineDays) {
        perDay = expectedFromRate(rate, withData);
    }
    double expected = 0.0;
    for (double day : perDay)
        expected += day;
    if (expected > 0.0)
        result.expectedKWh = expected;

    for (size_t i = 0; i < withData.size(); ++i) {
        const double dayExpected = result.expectedKWh ? perDay[i] : 0.0;
        result.days.push_back({withData[i]->date, withData[i]->energyKWh, dayExpected});
    }
}

void fillJudgement(PeriodPerformance &result, const CarrierTariff &tariff)
{
    result.pricePerKWh = tariff.pricePerKWh;
    result.costAmount = result.actualKWh * tariff.pricePerKWh;
    result.co2Kg = result.actualKWh * tariff.co2KgPerKWh;
    if (!result.expectedKWh)
        return;

    result.deviationKWh = result.actualKWh - *result.expectedKWh;
    result.deviationPercent = deviationPercentOf(result.deviationKWh, *result.expectedKWh);
    result.status = statusFor(result.deviationPercent);
    result.deviationCost = result.deviationKWh * tariff.pricePerKWh;
}

Status checkWindow(const SeuInfo &seu, const QDate &firstDate, const QDate &lastDate)
{
    if (!firstDate.isValid() || !lastDate.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The window of %1 needs a valid first and last date.")
                             .arg(seu.name));
    if (lastDate < firstDate)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The window of %1 ends (%2) before it starts (%3).")
                             .arg(seu.name, lastDate.toString(Qt::ISODate),
                                  firstDate.toString(Qt::ISODate)));
    return Done{};
}

} // namespace

Result<PeriodPerformance> analyzePeriod(const SeuInfo &seu, const CarrierTariff &tariff,
                                        const std::vector<LocalDayEnergy> &days,
                                        const QDate &firstDate, const QDate &lastDate,
                                        const std::map<QDate, double> &expectedDailyKWh)
{
    if (Status valid = checkWindow(seu, firstDate, lastDate); !valid)
        return valid.error();

    PeriodPerformance result;
    result.seuId = seu.id;
    result.seuName = seu.name;
    result.carrier = seu.carrier;
    result.firstDate = firstDate;
    result.lastDate = lastDate;

    const DayIndex index = indexDays(days);
    const std::vector<const LocalDayEnergy *> withData = daysWithData(index, firstDate,
                                                                      lastDate);
    fillWindow(result, index, withData);
    fillExpected(result, index, withData, expectedDailyKWh);
    fillJudgement(result, tariff);
    return result;
}

} // namespace Enms::Engine
