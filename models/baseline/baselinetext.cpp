// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/baseline/baselinetext.h"

#include <QLocale>

#include <cmath>

namespace Enms {

using namespace Engine;

namespace {

namespace Name = Engine::DriverName;   // the driver table's column names

const QString kIntercept = QStringLiteral("intercept");
const QString kHeating = QStringLiteral("heating");
const QString kCooling = QStringLiteral("cooling");
const QString kDash = QStringLiteral("—");
constexpr double kSmallestShownP = 1e-4;

// Appends "+ 3.200 × HDD" (or the first term without its sign) to a formula.
void appendTerm(QString &text, double coefficient, const QString &variable)
{
    const QString magnitude = BaselineText::significant(std::fabs(coefficient));
    const QString term = variable.isEmpty() ? magnitude
                                            : magnitude + QStringLiteral(" × ") + variable;
    if (text.isEmpty())
        text = coefficient < 0.0 ? QStringLiteral("−") + term : term;
    else
        text += (coefficient < 0.0 ? QStringLiteral(" − ") : QStringLiteral(" + ")) + term;
}

QString celsius(double value, int decimals = 1)
{
    return BaselineText::number(value, decimals) + QStringLiteral(" °C");
}

// A change point in a formula: with two decimals, because a slope of 100 kWh/°C turns
// the fifth of a degree that one decimal hides into a visible difference.
QString changePointCelsius(double value)
{
    return celsius(value, 2);
}

} // namespace

// A value that rounds to zero is written without a sign ("0.000 %", never "-0.000 %").
QString BaselineText::number(double value, int decimals)
{
    if (!std::isfinite(value))
        return kDash;
    const double scale = std::pow(10.0, decimals);
    return QLocale().toString(std::round(value * scale) == 0.0 ? 0.0 : value, 'f', decimals);
}

QString BaselineText::significant(double value, int digits)
{
    if (!std::isfinite(value))
        return kDash;
    if (value == 0.0)
        return QLocale().toString(0.0, 'f', digits - 1);
    const int magnitude = int(std::floor(std::log10(std::fabs(value))));
    return QLocale().toString(value, 'f', std::max(0, digits - 1 - magnitude));
}

QString BaselineText::percent(double fraction, int decimals)
{
    return std::isfinite(fraction) ? number(100.0 * fraction, decimals) + QStringLiteral(" %")
                                   : kDash;
}

QString BaselineText::pValue(double p)
{
    if (!std::isfinite(p))
        return kDash;
    if (p < kSmallestShownP)
        return QStringLiteral("< ") + number(kSmallestShownP, 4);
    return number(p, 4);
}

QString BaselineText::utcTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return kDash;
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString BaselineText::statusName(BaselineStatus status)
{
    switch (status) {
    case BaselineStatus::Draft: return tr("Draft");
    case BaselineStatus::Accepted: return tr("Accepted");
    case BaselineStatus::Superseded: return tr("Superseded");
    }
    return {};
}

QString BaselineText::periodLengthName(PeriodLength period)
{
    switch (period) {
    case PeriodLength::Day: return tr("Day");
    case PeriodLength::Week: return tr("Week (Monday to Sunday)");
    case PeriodLength::Month: return tr("Calendar month");
    }
    return {};
}

QString BaselineText::periodAdjective(PeriodLength period)
{
    switch (period) {
    case PeriodLength::Day: return tr("daily");
    case PeriodLength::Week: return tr("weekly");
    case PeriodLength::Month: return tr("monthly");
    }
    return {};
}

QString BaselineText::referencePeriod(const QDate &from, const QDate &to)
{
    const qint64 days = from.daysTo(to) + 1;
    const QString first = from.toString(Qt::ISODate);
    const QString last = to.toString(Qt::ISODate);
    // English has no numerus form file here, so the singular is a string of its own.
    if (days == 1)
        return tr("%1 – %2 (1 day)").arg(first, last);
    //: first date – last date (number of days)
    return tr("%1 – %2 (%3 days)").arg(first, last).arg(days);
}

QString BaselineText::perPeriodUnit(PeriodLength period)
{
    switch (period) {
    case PeriodLength::Day: return tr("kWh/day");
    case PeriodLength::Week: return tr("kWh/week");
    case PeriodLength::Month: return tr("kWh/month");
    }
    return {};
}

QString BaselineText::driverSymbol(const QString &code, PeriodLength period)
{
    if (code == Name::production)
        return tr("production");
    if (code == Name::hdd)
        return tr("HDD");
    if (code == Name::cdd)
        return tr("CDD");
    if (code == Name::temperature)
        return tr("T");
    if (code == Name::operatingHours)
        return tr("operating hours");
    if (code == Name::weekend)
        return period == PeriodLength::Day ? tr("weekend day") : tr("weekend days");
    return code;
}

QString BaselineText::driverName(const QString &code)
{
    if (code == Name::production)
        return tr("Production");
    if (code == Name::hdd)
        return tr("Heating degree days (HDD)");
    if (code == Name::cdd)
        return tr("Cooling degree days (CDD)");
    if (code == Name::temperature)
        return tr("Outdoor temperature");
    if (code == Name::operatingHours)
        return tr("Operating hours");
    if (code == Name::weekend)
        return tr("Weekend days");
    return code;
}

QString BaselineText::termName(const QString &term, const Baseline &baseline)
{
    const bool changePoint = baseline.isChangePoint();
    if (term == kIntercept) {
        const bool flatPart = changePoint
                              && baseline.changePoint->form != ChangePointForm::TwoP;
        return flatPart ? tr("Base energy (flat part)") : tr("Intercept");
    }
    if (term == kHeating)
        return tr("Heating slope below the change point");
    if (term == kCooling)
        return tr("Cooling slope above the change point");
    if (term == Name::temperature && changePoint)
        return tr("Slope over outdoor temperature");
    return driverName(term);
}

QString BaselineText::coefficientUnit(const QString &term, PeriodLength period)
{
    if (term == kIntercept)
        return perPeriodUnit(period);
    if (term == Name::production)
        return tr("kWh/unit");
    if (term == Name::hdd || term == Name::cdd)
        return tr("kWh/degree day");
    if (term == Name::weekend)
        return tr("kWh/weekend day");
    if (term == Name::operatingHours)
        return tr("kWh/h");
    if (term == Name::temperature || term == kHeating || term == kCooling) {
        switch (period) {
        case PeriodLength::Day: return tr("kWh/day per °C");
        case PeriodLength::Week: return tr("kWh/week per °C");
        case PeriodLength::Month: return tr("kWh/month per °C");
        }
    }
    return {};
}

QString BaselineText::linearTerms(const OlsFit &fit, PeriodLength period)
{
    QString text;
    for (const OlsCoefficient &c : fit.coefficients) {
        const bool intercept = c.name == kIntercept;
        appendTerm(text, c.estimate, intercept ? QString() : driverSymbol(c.name, period));
    }
    return text;
}

// Hinge terms written with positive parts: a heating term sH·min(0, T − tH) reads as
// (−sH)·max(0, tH − T), which is the same number and says "below tH" plainly.
QString BaselineText::changePointTerms(const ChangePointFit &model)
{
    const QString t = tr("T");
    const QString heatingPoint = changePointCelsius(model.heatingChangePointC);
    const QString coolingPoint = changePointCelsius(model.coolingChangePointC);
    const QString heating = tr("max(0, %1 − %2)").arg(heatingPoint, t);
    const QString cooling = tr("max(0, %1 − %2)").arg(t, coolingPoint);
    QString text;
    appendTerm(text, model.intercept, {});
    switch (model.form) {
    case ChangePointForm::Mean1P:
        break;
    case ChangePointForm::TwoP:
        appendTerm(text, model.slope, t);
        break;
    case ChangePointForm::ThreePC:
        appendTerm(text, model.coolingSlope, cooling);
        break;
    case ChangePointForm::ThreePH:
        appendTerm(text, -model.heatingSlope, heating);
        break;
    case ChangePointForm::FourP:
    case ChangePointForm::FiveP:
        appendTerm(text, -model.heatingSlope, heating);
        appendTerm(text, model.coolingSlope, cooling);
        break;
    }
    return text;
}

QString BaselineText::formula(const Baseline &baseline)
{
    QString left;
    switch (baseline.periodLength) {
    case PeriodLength::Day: left = tr("Expected kWh per day"); break;
    case PeriodLength::Week: left = tr("Expected kWh per week"); break;
    case PeriodLength::Month: left = tr("Expected kWh per month"); break;
    }
    const QString right = baseline.changePoint ? changePointTerms(*baseline.changePoint)
                                               : linearTerms(baseline.fit, baseline.periodLength);
    return left + QStringLiteral(" = ") + right;
}

QString BaselineText::formulaLegend(const Baseline &baseline)
{
    const bool daily = baseline.periodLength == PeriodLength::Day;
    QStringList parts;
    for (const QString &driver : baseline.drivers) {
        if (driver == Name::production)
            parts << (daily ? tr("production in units per day")
                            : tr("production in units per period"));
        else if (driver == Name::hdd)
            parts << tr("HDD = heating degree days below %1").arg(celsius(baseline.heatingBaseC));
        else if (driver == Name::cdd)
            parts << tr("CDD = cooling degree days above %1").arg(celsius(baseline.coolingBaseC));
        else if (driver == Name::weekend)
            parts << (daily ? tr("weekend day = 1 on Saturdays and Sundays, else 0")
                            : tr("weekend days = Saturdays and Sundays in the period"));
        else if (driver == Name::operatingHours)
            parts << tr("operating hours = hours above 10 % of the rated power");
        else if (driver == Name::temperature)
            parts << (daily ? tr("T = the day's mean outdoor temperature in °C")
                            : tr("T = the period's mean outdoor temperature in °C"));
    }
    if (daily)
        parts << tr("a day of 23 or 25 hours (clock change) scales by its length");
    return parts.join(QStringLiteral("; "));
}

QString BaselineText::linearModelName(const QStringList &drivers)
{
    QStringList symbols;
    for (const QString &driver : drivers)
        symbols << driverSymbol(driver, PeriodLength::Day);
    return tr("Linear: %1").arg(symbols.join(QStringLiteral(" + ")));
}

QString BaselineText::changePointFormName(ChangePointForm form)
{
    switch (form) {
    case ChangePointForm::Mean1P: return tr("1P: flat, no driver");
    case ChangePointForm::TwoP: return tr("2P: straight line in temperature");
    case ChangePointForm::ThreePC: return tr("3PC: cooling above a change point");
    case ChangePointForm::ThreePH: return tr("3PH: heating below a change point");
    case ChangePointForm::FourP: return tr("4P: two slopes meeting at a change point");
    case ChangePointForm::FiveP: return tr("5P: heating and cooling with a flat band");
    }
    return {};
}

QString BaselineText::modelSummary(const Baseline &baseline)
{
    return baseline.changePoint ? changePointSummary(*baseline.changePoint)
                                : linearModelName(baseline.drivers);
}

QString BaselineText::changePointSummary(const ChangePointFit &cp)
{
    const QString name = changePointFormName(cp.form);
    switch (cp.form) {
    case ChangePointForm::ThreePH:
    case ChangePointForm::FourP:
        return tr("%1 (%2)").arg(name, celsius(cp.heatingChangePointC));
    case ChangePointForm::ThreePC:
        return tr("%1 (%2)").arg(name, celsius(cp.coolingChangePointC));
    case ChangePointForm::FiveP:
        //: form name (heating change point – cooling change point)
        return tr("%1 (%2 – %3)").arg(name, celsius(cp.heatingChangePointC),
                                      celsius(cp.coolingChangePointC));
    default:
        return name;
    }
}

QString BaselineText::ruleSetShortName(RuleSet rules)
{
    switch (rules) {
    case RuleSet::Sep: return tr("SEP");
    case RuleSet::Rmv2: return tr("RMV2.0");
    case RuleSet::Nmec: return tr("NMEC");
    }
    return {};
}

QString BaselineText::ruleSetName(RuleSet rules)
{
    switch (rules) {
    case RuleSet::Sep: return tr("SEP (US DOE)");
    case RuleSet::Rmv2: return tr("RMV2.0 (LBNL)");
    case RuleSet::Nmec: return tr("NMEC (CPUC)");
    }
    return {};
}

QString BaselineText::ruleSetDetails(RuleSet rules)
{
    QString thresholds;
    switch (rules) {
    case RuleSet::Sep:
        thresholds = tr("F-test p below 0.10, every driver's p below 0.20, at least one "
                        "driver's p below 0.10, R² at least 0.50, at least 10 data points.");
        break;
    case RuleSet::Rmv2:
        thresholds = tr("R² at least 0.65, CV(RMSE) at most 25 %, |NMBE| at most 0.5 %.");
        break;
    case RuleSet::Nmec:
        thresholds = tr("CV(RMSE) below 25 %, |NMBE| below 0.5 %; the savings uncertainty "
                        "(below 50 % at 90 % confidence) is judged on reporting data.");
        break;
    }
    //: thresholds, then the publication they come from
    return tr("%1 Source: %2.").arg(thresholds, ruleSetSource(rules));
}

QString BaselineText::ruleLabel(const QString &rule)
{
    if (rule == QLatin1String("f_p"))
        return tr("The F-test p value");
    if (rule == QLatin1String("max_driver_p"))
        return tr("The largest p value of a driver");
    if (rule == QLatin1String("min_driver_p"))
        return tr("The smallest p value of a driver");
    if (rule == QLatin1String("r_squared"))
        return tr("R²");
    if (rule == QLatin1String("n"))
        return tr("The number of data points");
    if (rule == QLatin1String("cv_rmse"))
        return tr("CV(RMSE)");
    if (rule == QLatin1String("abs_nmbe"))
        return tr("|NMBE|");
    return rule;
}

QString BaselineText::ruleValue(const QString &rule, double value)
{
    if (rule == QLatin1String("n"))
        return number(value, 0);
    if (rule == QLatin1String("cv_rmse") || rule == QLatin1String("abs_nmbe"))
        return percent(value, rule == QLatin1String("abs_nmbe") ? 3 : 2);
    if (rule == QLatin1String("r_squared"))
        return number(value, 4);
    return pValue(value);
}

// Thresholds as the rule sets publish them: 0.10, 0.5 %, 10.
QString BaselineText::ruleThreshold(const QString &rule, double threshold)
{
    if (rule == QLatin1String("n"))
        return number(threshold, 0);
    if (rule == QLatin1String("cv_rmse") || rule == QLatin1String("abs_nmbe"))
        return QLocale().toString(100.0 * threshold, 'g', 4) + QStringLiteral(" %");
    return number(threshold, 2);
}

QString BaselineText::checkText(const RuleCheck &check)
{
    const QString label = ruleLabel(check.rule);
    if (!std::isfinite(check.value))
        return tr("%1 cannot be tested: the model has no driver.").arg(label);
    const QString value = ruleValue(check.rule, check.value);
    const QString limit = ruleThreshold(check.rule, check.threshold);
    const QString &c = check.comparison;
    if (check.passed) {
        if (c == QLatin1String("<"))
            return tr("%1 is %2 (must be below %3).").arg(label, value, limit);
        if (c == QLatin1String("<="))
            return tr("%1 is %2 (must be at most %3).").arg(label, value, limit);
        if (c == QLatin1String(">="))
            return tr("%1 is %2 (must be at least %3).").arg(label, value, limit);
        return tr("%1 is %2 (must be above %3).").arg(label, value, limit);
    }
    if (c == QLatin1String("<"))
        return tr("%1 is %2, but must be below %3.").arg(label, value, limit);
    if (c == QLatin1String("<="))
        return tr("%1 is %2, but must be at most %3.").arg(label, value, limit);
    if (c == QLatin1String(">="))
        return tr("%1 is %2, but must be at least %3.").arg(label, value, limit);
    return tr("%1 is %2, but must be above %3.").arg(label, value, limit);
}

QString BaselineText::rejectionText(const QString &code)
{
    if (code == QLatin1String("heating_slope_sign"))
        return tr("The heating slope does not fall as the temperature rises.");
    if (code == QLatin1String("cooling_slope_sign"))
        return tr("The cooling slope does not rise with the temperature.");
    if (code == QLatin1String("slope_shape"))
        return tr("The two slopes do not bend upwards (heating below, cooling above).");
    if (code == QLatin1String("not_fitted"))
        return tr("This form could not be fitted to the data.");
    return code;
}

QString BaselineText::noteText(const QString &code)
{
    if (code == QLatin1String("savings_uncertainty_below_50_percent_at_90_percent"))
        return tr("The savings uncertainty must also stay below 50 % at 90 % confidence; "
                  "that is judged once reporting-period data exist.");
    return code;
}

QStringList BaselineText::failedReasons(const Verdict &verdict, const QStringList &rejections)
{
    QStringList reasons;
    for (const RuleCheck &check : verdict.checks) {
        if (!check.passed)
            reasons << checkText(check);
    }
    for (const QString &code : rejections)
        reasons << rejectionText(code);
    return reasons;
}

QString BaselineText::verdictText(const Baseline &baseline)
{
    const QString rules = ruleSetName(baseline.verdict.ruleSet);
    if (baseline.verdict.valid)
        return tr("Valid under %1: every rule is met.").arg(rules);
    const QStringList rejections = baseline.changePoint ? baseline.changePoint->rejections
                                                        : QStringList();
    QStringList reasons = failedReasons(baseline.verdict, rejections);
    if (reasons.isEmpty())
        reasons << tr("The model was rejected.");
    return tr("Not valid under %1: %2").arg(rules, reasons.join(QLatin1Char(' ')));
}

QString BaselineText::excludedReason(const QString &code)
{
    if (code == QLatin1String("computed_from_own_energy"))
        return tr("counted from this SEU's own energy readings, so it would partly explain "
                  "the energy by itself");
    if (code == QLatin1String("change_point_variable"))
        return tr("the change-point models' variable; next to HDD and CDD it would make "
                  "the linear models collinear");
    return code;
}

QString BaselineText::acceptanceText(const Baseline &baseline)
{
    switch (baseline.status) {
    case BaselineStatus::Draft:
        return tr("Draft, not accepted");
    case BaselineStatus::Accepted:
        return tr("Accepted by %1 on %2").arg(baseline.acceptedBy,
                                              utcTime(baseline.acceptedAtUtc));
    case BaselineStatus::Superseded:
        if (!baseline.acceptedAtUtc.isValid())
            return tr("Superseded on %1").arg(utcTime(baseline.supersededAtUtc));
        //: who accepted it, when, when it was superseded
        return tr("Accepted by %1 on %2, superseded on %3")
            .arg(baseline.acceptedBy, utcTime(baseline.acceptedAtUtc),
                 utcTime(baseline.supersededAtUtc));
    }
    return {};
}

QString BaselineText::creationText(const Baseline &baseline)
{
    if (baseline.id.isEmpty())
        return tr("Not stored yet");
    return tr("Created by %1 on %2").arg(baseline.createdBy, utcTime(baseline.createdAtUtc));
}

} // namespace Enms
