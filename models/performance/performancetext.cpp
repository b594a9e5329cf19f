// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/performance/performancetext.h"

#include <cmath>

namespace Enms {

using namespace Engine;

namespace {

// Rounds to a millionth first, so that a mean such as 1008.8499999999996 (thirty days of
// 1008.85 summed in binary) is written as 1008.9 like the 1008.85 it stands for.
// TODO: write numbers in the user's locale once the GUI has texts of its own; these are
// also the CLI's JSON texts, which keep a decimal point, so German sentences in the GUI
// show "53.6 %" where the tables say "53,6".
QString fixed(double value, int decimals)
{
    return QString::number(std::round(value * 1e6) / 1e6, 'f', decimals);
}

QString signedFixed(double value, int decimals)
{
    const QString text = fixed(value, decimals);
    return value > 0.0 && text != fixed(0.0, decimals) ? QLatin1Char('+') + text : text;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString clock(int minuteOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString PerformanceText::money(double amount, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(fixed(amount, 2), currency);
}

QString PerformanceText::spokenMoney(double amount, const QString &currency)
{
    const qint64 cents = std::llround(std::abs(amount) * 100.0);
    const qint64 whole = cents / 100;
    const qint64 part = cents % 100;

    QString major;
    QString minor;
    if (currency == QLatin1String("USD")) {
        major = whole == 1 ? tr("1 dollar") : tr("%1 dollars").arg(whole);
        minor = part == 1 ? tr("1 cent") : tr("%1 cents").arg(part);
    } else if (currency == QLatin1String("EUR")) {
        major = whole == 1 ? tr("1 euro") : tr("%1 euros").arg(whole);
        minor = part == 1 ? tr("1 cent") : tr("%1 cents").arg(part);
    } else if (currency == QLatin1String("GBP")) {
        major = whole == 1 ? tr("1 pound") : tr("%1 pounds").arg(whole);
        minor = part == 1 ? tr("1 penny") : tr("%1 pence").arg(part);
    } else {
        return money(std::abs(amount), currency);
    }

    if (part == 0)
        return major;
    if (whole == 0)
        return minor;
    return tr("%1 and %2", "money: whole units and cents").arg(major, minor);
}

QString PerformanceText::workingHours(const WorkingCalendar &calendar)
{
    static const char *const kDayNames[] = {
        QT_TR_NOOP("Monday"), QT_TR_NOOP("Tuesday"),  QT_TR_NOOP("Wednesday"),
        QT_TR_NOOP("Thursday"), QT_TR_NOOP("Friday"), QT_TR_NOOP("Saturday"),
        QT_TR_NOOP("Sunday")};

    QStringList days;
    for (int day = 1; day <= 7; ++day) {
        if (calendar.isWorkingDay(day))
            days.append(tr(kDayNames[day - 1]));
    }
    if (days.isEmpty())
        return tr("no working days");

    // A run of consecutive days starting on Monday reads as "Monday to Friday".
    const unsigned mask = calendar.workingDaysMask & 0x7fu;
    const bool fromMonday = (mask & (mask + 1)) == 0;
    const QString dayText = fromMonday && days.size() > 2
        ? tr("%1 to %2").arg(days.first(), days.last())
        : days.join(QStringLiteral(", "));
    return tr("%1, %2\u2013%3", "working days, start and end time")
        .arg(dayText, clock(calendar.startMinute), clock(calendar.endMinute));
}

QString PerformanceText::projectionNote(const DailyAnalysis &analysis)
{
    return tr("This is a projection: only %1 of the day's %2 hours have data, and the "
              "%3 kWh measured were scaled up to %4 kWh for the whole day.")
        .arg(fixed(analysis.coveredHours, 2), fixed(analysis.dayLengthHours, 0),
             fixed(analysis.measuredKWh, 2), fixed(analysis.actualKWh, 2));
}

QString PerformanceText::impactDescription(const DailyAnalysis &analysis,
                                           const QString &currency)
{
    const QString kwh = fixed(std::abs(analysis.deviationKWh), 2);
    const QString percent = fixed(std::abs(analysis.deviationPercent), 1);
    const QString cost = money(std::abs(analysis.deviationCost), currency);

    QString text;
    if (analysis.rootCause == RootCause::NormalVariation)
        text = tr("Energy use was within %1 % of the baseline (%2 kWh), which is normal "
                  "day-to-day variation.")
                   .arg(percent, signedFixed(analysis.deviationKWh, 2));
    else if (analysis.deviationKWh > 0.0)
        text = tr("Energy use was %1 kWh (%2 %) above the baseline, an extra cost of %3.")
                   .arg(kwh, percent, cost);
    else
        text = tr("Energy use was %1 kWh (%2 %) below the baseline, a saving of %3.")
                   .arg(kwh, percent, cost);

    if (analysis.isProjection)
        text += QLatin1Char(' ') + projectionNote(analysis);
    return text;
}

QString PerformanceText::causeFactor(const DailyAnalysis &analysis)
{
    switch (analysis.rootCause) {
    case RootCause::NormalVariation:
        return tr("The difference is small enough to be ordinary variation in load and "
                  "running hours.");
    case RootCause::IncreasedLoad:
        return tr("More energy than usual points to a higher load, longer running hours, "
                  "equipment left on, or a loss of efficiency.");
    case RootCause::ReducedLoad:
        return tr("Less energy than usual points to a lighter load, shorter running hours, "
                  "downtime, or an improvement that is taking effect.");
    }
    return {};
}

QStringList PerformanceText::contributingFactors(const DailyAnalysis &analysis,
                                                 const QString &currency)
{
    QStringList factors;
    if (analysis.isProjection)
        factors.append(projectionNote(analysis));
    if (analysis.dayLengthHours != 24.0)
        factors.append(tr("The day had %1 hours because the clocks changed for daylight "
                          "saving time.")
                           .arg(fixed(analysis.dayLengthHours, 0)));

    if (analysis.baselineSource == BaselineSource::AcceptedBaseline)
        factors.append(tr("The baseline of %1 kWh is the expected energy of the accepted "
                          "baseline model for this day.")
                           .arg(fixed(analysis.baselineKWh, 2)));
    else
        factors.append(tr("The baseline of %1 kWh is the mean of the %2 complete days "
                          "(at least 22 hours of data) among the 30 days before.")
                           .arg(fixed(analysis.baselineKWh, 2))
                           .arg(analysis.completeDaysInBaseline));

    factors.append(tr("At %1 per kWh the deviation of %2 kWh is worth %3.")
                       .arg(money(analysis.pricePerKWh, currency),
                            signedFixed(analysis.deviationKWh, 2),
                            money(analysis.deviationCost, currency)));
    factors.append(causeFactor(analysis));
    return factors;
}

QString PerformanceText::voiceSummary(const DailyAnalysis &analysis, const QString &currency)
{
    const QString name = analysis.seuName;
    const QString percent = fixed(std::abs(analysis.deviationPercent), 1);
    const bool same = percent == fixed(0.0, 1);

    QString first;
    if (same)
        first = tr("%1 used as much energy as expected.").arg(name);
    else if (analysis.deviationKWh > 0.0)
        first = tr("%1 used %2 percent more energy than expected.").arg(name, percent);
    else
        first = tr("%1 used %2 percent less energy than expected.").arg(name, percent);
    if (analysis.isProjection)
        first = tr("Projected from %1 hours of data, %2")
                    .arg(fixed(analysis.coveredHours, 1), first);

    const QString second = analysis.isProjection
        ? tr("Projected consumption was %1 kilowatt hours against a baseline of %2.")
        : tr("Actual consumption was %1 kilowatt hours against a baseline of %2.");
    QString text = first + QLatin1Char(' ')
        + second.arg(fixed(analysis.actualKWh, 1), fixed(analysis.baselineKWh, 1));

    const qint64 cents = std::llround(std::abs(analysis.deviationCost) * 100.0);
    if (cents > 0 && analysis.deviationCost > 0.0)
        text += QLatin1Char(' ')
            + tr("This cost an extra %1.").arg(spokenMoney(analysis.deviationCost, currency));
    else if (cents > 0)
        text += QLatin1Char(' ')
            + tr("This saved %1.").arg(spokenMoney(analysis.deviationCost, currency));
    return text;
}

QString PerformanceText::recommendationAction(RecommendationKind kind)
{
    switch (kind) {
    case RecommendationKind::InspectEquipment:
        return tr("Inspect the equipment for efficiency losses and service it");
    case RecommendationKind::OptimiseSchedule:
        return tr("Tighten the operating schedule so the equipment runs only when needed");
    case RecommendationKind::ReviewParameters:
        return tr("Review the operating parameters and setpoints");
    }
    return {};
}

QStringList PerformanceText::recommendationSteps(RecommendationKind kind)
{
    switch (kind) {
    case RecommendationKind::InspectEquipment:
        return {tr("Compare today's load profile with a normal day to find when the extra "
                   "energy was drawn."),
                tr("Check filters, belts, bearings, valves and heat-exchange surfaces for "
                   "wear, fouling or leaks."),
                tr("Verify that sensors and controllers read correctly."),
                tr("Repair what was found and confirm the daily energy returns to the "
                   "baseline.")};
    case RecommendationKind::OptimiseSchedule:
        return {tr("List the hours in which the equipment ran without production need."),
                tr("Agree start and stop times with production and set them in the "
                   "controls."),
                tr("Switch off or set back during breaks, nights and weekends."),
                tr("Watch the next week's daily energy to confirm the saving.")};
    case RecommendationKind::ReviewParameters:
        return {tr("Check setpoints, pressures and temperatures against what the process "
                   "needs."),
                tr("Look for manual overrides or changed settings in the control system."),
                tr("Restore the agreed settings and note any change in production."),
                tr("Re-run the daily analysis after a few days to confirm the effect.")};
    }
    return {};
}

QString PerformanceText::issueTypeName(IssueType type)
{
    switch (type) {
    case IssueType::ExcessiveIdle: return tr("excessive idle running");
    case IssueType::InefficientScheduling: return tr("inefficient scheduling");
    case IssueType::BaselineDrift: return tr("drift from the energy baseline");
    case IssueType::SuboptimalSetpoints: return tr("suboptimal setpoints");
    case IssueType::CompressedAirLeaks: return tr("compressed air leaks");
    case IssueType::PeakDemand: return tr("high peak demand");
    case IssueType::InsulationLosses: return tr("insulation losses");
    case IssueType::EquipmentFault: return tr("an equipment fault");
    }
    return {};
}

QString PerformanceText::opportunityDescription(const Opportunity &opportunity)
{
    const QString name = opportunity.seuName;
    if (const auto *idle = std::get_if<IdleFigures>(&opportunity.figures))
        return tr("%1 ran below %2 % of its rated power for %3 % of the time with data.")
            .arg(name, fixed(idle->idleThresholdKW / idle->ratedKW * 100.0, 0),
                 fixed(idle->idleShare * 100.0, 1));
    if (const auto *off = std::get_if<SchedulingFigures>(&opportunity.figures))
        return tr("%1 % of the energy of %2 was used outside working hours.")
            .arg(fixed(off->offHoursShare * 100.0, 1), name);
    if (const auto *drift = std::get_if<DriftFigures>(&opportunity.figures)) {
        if (drift->againstExpected)
            return tr("%1 used %2 % more energy per day than its baseline model expects.")
                .arg(name, fixed(drift->increase * 100.0, 1));
        return tr("The daily energy of %1 rose by %2 % within the period.")
            .arg(name, fixed(drift->increase * 100.0, 1));
    }
    return {};
}

QString PerformanceText::recommendedAction(const Opportunity &opportunity)
{
    switch (opportunity.type) {
    case IssueType::ExcessiveIdle:
        return tr("Detect idle running and switch the equipment off automatically after a "
                  "short idle time; show operators when it idles.");
    case IssueType::InefficientScheduling:
        return tr("Put the equipment on a time schedule that switches it off or sets it "
                  "back outside working hours and at weekends.");
    case IssueType::BaselineDrift:
        return tr("Schedule a maintenance inspection: check for wear, fouling, leaks and "
                  "sensor or control drift, and correct what is found.");
    default:
        return tr("Investigate the cause and plan corrective actions.");
    }
}

QString PerformanceText::idleAnalysis(const Opportunity &opportunity, const IdleFigures &idle,
                                      int windowDays)
{
    return tr("Over %1 days with %2 hours of data, the mean power of %3 stayed below "
              "%4 kW (%5 % of its %6 kW rating) for %7 hours, an idle share of %8 %. "
              "In that time it used %9 kWh, a mean idle power of %10 kW.")
        .arg(QString::number(windowDays), fixed(idle.coveredHours, 2), opportunity.seuName,
             fixed(idle.idleThresholdKW, 2), fixed(idle.idleThresholdKW / idle.ratedKW * 100, 0),
             fixed(idle.ratedKW, 1), fixed(idle.idleHours, 2), fixed(idle.idleShare * 100, 1),
             fixed(idle.idleKWh, 2))
        .arg(fixed(idle.idleMeanKW, 2));
}

QString PerformanceText::schedulingAnalysis(const SchedulingFigures &scheduling,
                                            int windowDays)
{
    return tr("Of %1 kWh used over %2 days, %3 kWh (%4 %) fell outside the working hours "
              "of the site (%5, local time).")
        .arg(fixed(scheduling.totalKWh, 2), QString::number(windowDays),
             fixed(scheduling.offHoursKWh, 2), fixed(scheduling.offHoursShare * 100, 1),
             workingHours(scheduling.workingCalendar));
}

QString PerformanceText::driftAnalysis(const DriftFigures &drift, int windowDays)
{
    const QString later = tr("%1 kWh per day from %2 to %3 (%4 complete days)")
                              .arg(fixed(drift.laterMeanKWh, 2), isoDate(drift.laterFirst),
                                   isoDate(drift.laterLast))
                              .arg(drift.laterCompleteDays);
    if (drift.againstExpected)
        return tr("The SEU used %1, while its accepted baseline model expected %2 kWh per "
                  "day for the same days: %3 %.")
            .arg(later, fixed(drift.earlierMeanKWh, 2), signedFixed(drift.increase * 100, 1));

    const QString earlier = tr("%1 kWh per day from %2 to %3 (%4 complete days)")
                                .arg(fixed(drift.earlierMeanKWh, 2), isoDate(drift.earlierFirst),
                                     isoDate(drift.earlierLast))
                                .arg(drift.earlierCompleteDays);
    return tr("Comparing whole weeks (%1 days each) of the %2-day period, mean daily energy "
              "went from %3 to %4: %5 %.")
        .arg(QString::number(drift.comparedDays), QString::number(windowDays), earlier, later,
             signedFixed(drift.increase * 100, 1));
}

QString PerformanceText::savingSentence(const Opportunity &opportunity, int windowDays,
                                        const QString &currency)
{
    return tr("The estimated saving is %1 kWh (%2) over %3 days; at an assumed cost of %4 "
              "it pays back in %5 days.")
        .arg(fixed(opportunity.savingsKWh, 2), money(opportunity.savingsCost, currency),
             QString::number(windowDays), money(opportunity.assumedCost, currency),
             QString::number(opportunity.roiDays));
}

QString PerformanceText::detailedAnalysis(const Opportunity &opportunity, int windowDays,
                                          const QString &currency)
{
    QString text;
    if (const auto *idle = std::get_if<IdleFigures>(&opportunity.figures))
        text = idleAnalysis(opportunity, *idle, windowDays);
    else if (const auto *off = std::get_if<SchedulingFigures>(&opportunity.figures))
        text = schedulingAnalysis(*off, windowDays);
    else if (const auto *drift = std::get_if<DriftFigures>(&opportunity.figures))
        text = driftAnalysis(*drift, windowDays);
    return text + QLatin1Char(' ') + savingSentence(opportunity, windowDays, currency);
}

} // namespace Enms
