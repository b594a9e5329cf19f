// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/baseline/baselinejson.h"

#include "engine/baseline/changepoint.h"
#include "engine/baseline/drivers.h"
#include "engine/baseline/ols.h"
#include "engine/baseline/rulesets.h"
#include "engine/baseline/savings.h"
#include "engine/baseline/subsetsearch.h"

#include <QJsonArray>

#include <cmath>

namespace Enms {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject coefficient(const Engine::OlsCoefficient &c)
{
    return QJsonObject{{QStringLiteral("name"), c.name},
                       {QStringLiteral("estimate"), number(c.estimate)},
                       {QStringLiteral("std_error"), number(c.stdError)},
                       {QStringLiteral("t"), number(c.t)},
                       {QStringLiteral("p"), number(c.p)}};
}

QJsonObject errorObject(const Engine::Error &error)
{
    return QJsonObject{{QStringLiteral("code"), int(error.code)},
                       {QStringLiteral("detail"), error.message}};
}

double readNumber(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    return value.isDouble() ? value.toDouble() : NAN;
}

Engine::Error badJson(const QString &what)
{
    return Engine::makeError(Engine::ErrorCode::ParseError, what);
}

} // namespace

Engine::Result<Engine::OlsFit> olsFitFromJson(const QJsonObject &json)
{
    const QJsonArray coefficients = json.value(QStringLiteral("coefficients")).toArray();
    if (coefficients.isEmpty())
        return badJson(QStringLiteral("a stored model without coefficients"));

    Engine::OlsFit fit;
    for (const QJsonValue &value : coefficients) {
        const QJsonObject c = value.toObject();
        const QString name = c.value(QStringLiteral("name")).toString();
        if (name.isEmpty() || !c.value(QStringLiteral("estimate")).isDouble())
            return badJson(QStringLiteral("a stored coefficient without name or estimate"));
        fit.coefficients.push_back({name, readNumber(c, QStringLiteral("estimate")),
                                    readNumber(c, QStringLiteral("std_error")),
                                    readNumber(c, QStringLiteral("t")),
                                    readNumber(c, QStringLiteral("p"))});
    }
    fit.hasIntercept = json.value(QStringLiteral("intercept")).toBool(true);
    fit.n = json.value(QStringLiteral("n")).toInt();
    fit.p = json.value(QStringLiteral("p")).toInt();
    fit.rSquared = readNumber(json, QStringLiteral("r_squared"));
    fit.adjRSquared = readNumber(json, QStringLiteral("adj_r_squared"));
    fit.f = readNumber(json, QStringLiteral("f"));
    fit.fP = readNumber(json, QStringLiteral("f_p"));
    fit.rmse = readNumber(json, QStringLiteral("rmse"));
    fit.cvRmse = readNumber(json, QStringLiteral("cv_rmse"));
    fit.nmbe = readNumber(json, QStringLiteral("nmbe"));
    fit.aic = readNumber(json, QStringLiteral("aic"));
    fit.aicc = readNumber(json, QStringLiteral("aicc"));
    fit.bic = readNumber(json, QStringLiteral("bic"));
    fit.durbinWatson = readNumber(json, QStringLiteral("durbin_watson"));
    fit.lag1Autocorrelation = readNumber(json, QStringLiteral("lag1_autocorrelation"));
    fit.sse = readNumber(json, QStringLiteral("sse"));
    fit.meanY = readNumber(json, QStringLiteral("mean_y"));
    for (const QJsonValue &value : json.value(QStringLiteral("vif")).toArray()) {
        const QJsonObject v = value.toObject();
        fit.vif.push_back({v.value(QStringLiteral("name")).toString(),
                           readNumber(v, QStringLiteral("vif"))});
    }
    return fit;
}

QJsonObject olsFitToJson(const Engine::OlsFit &fit)
{
    QJsonArray coefficients;
    for (const Engine::OlsCoefficient &c : fit.coefficients)
        coefficients.append(coefficient(c));
    QJsonArray vif;
    for (const Engine::DriverVif &v : fit.vif)
        vif.append(QJsonObject{{QStringLiteral("name"), v.name},
                               {QStringLiteral("vif"), number(v.vif)}});

    return QJsonObject{{QStringLiteral("coefficients"), coefficients},
                       {QStringLiteral("r_squared"), number(fit.rSquared)},
                       {QStringLiteral("adj_r_squared"), number(fit.adjRSquared)},
                       {QStringLiteral("f"), number(fit.f)},
                       {QStringLiteral("f_p"), number(fit.fP)},
                       {QStringLiteral("rmse"), number(fit.rmse)},
                       {QStringLiteral("cv_rmse"), number(fit.cvRmse)},
                       {QStringLiteral("nmbe"), number(fit.nmbe)},
                       {QStringLiteral("aic"), number(fit.aic)},
                       {QStringLiteral("aicc"), number(fit.aicc)},
                       {QStringLiteral("bic"), number(fit.bic)},
                       {QStringLiteral("durbin_watson"), number(fit.durbinWatson)},
                       {QStringLiteral("lag1_autocorrelation"),
                        number(fit.lag1Autocorrelation)},
                       {QStringLiteral("n"), fit.n},
                       {QStringLiteral("p"), fit.p},
                       {QStringLiteral("intercept"), fit.hasIntercept},
                       {QStringLiteral("sse"), number(fit.sse)},
                       {QStringLiteral("mean_y"), number(fit.meanY)},
                       {QStringLiteral("vif"), vif}};
}

QJsonObject rankReportToJson(const Engine::RankReport &report)
{
    return QJsonObject{{QStringLiteral("rank_deficient"), report.deficient},
                       {QStringLiteral("n"), report.n},
                       {QStringLiteral("parameters"), report.parameters},
                       {QStringLiteral("rank"), report.rank},
                       {QStringLiteral("constant_columns"), strings(report.constantColumns)},
                       {QStringLiteral("dependent_columns"), strings(report.dependentColumns)}};
}

QJsonObject verdictToJson(const Engine::Verdict &verdict)
{
    QJsonArray checks;
    for (const Engine::RuleCheck &c : verdict.checks)
        checks.append(QJsonObject{{QStringLiteral("rule"), c.rule},
                                  {QStringLiteral("value"), number(c.value)},
                                  {QStringLiteral("comparison"), c.comparison},
                                  {QStringLiteral("threshold"), c.threshold},
                                  {QStringLiteral("passed"), c.passed}});
    return QJsonObject{{QStringLiteral("rule_set"), Engine::ruleSetCode(verdict.ruleSet)},
                       {QStringLiteral("source"), verdict.source},
                       {QStringLiteral("valid"), verdict.valid},
                       {QStringLiteral("checks"), checks},
                       {QStringLiteral("notes"), strings(verdict.notes)}};
}

Engine::Result<Engine::Verdict> verdictFromJson(const QJsonObject &json)
{
    const auto rules = Engine::ruleSetFromCode(json.value(QStringLiteral("rule_set")).toString());
    if (!rules)
        return badJson(QStringLiteral("a stored verdict without a known rule set"));

    Engine::Verdict verdict;
    verdict.ruleSet = *rules;
    verdict.source = json.value(QStringLiteral("source")).toString();
    verdict.valid = json.value(QStringLiteral("valid")).toBool();
    verdict.notes = json.value(QStringLiteral("notes")).toVariant().toStringList();
    for (const QJsonValue &value : json.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = value.toObject();
        verdict.checks.push_back({c.value(QStringLiteral("rule")).toString(),
                                  readNumber(c, QStringLiteral("value")),
                                  readNumber(c, QStringLiteral("threshold")),
                                  c.value(QStringLiteral("comparison")).toString(),
                                  c.value(QStringLiteral("passed")).toBool()});
    }
    return verdict;
}

QJsonObject baselineSummaryToJson(const Engine::BaselineSummary &summary)
{
    QJsonArray ranges;
    for (const Engine::DriverRange &r : summary.ranges)
        ranges.append(QJsonObject{{QStringLiteral("name"), r.name},
                                  {QStringLiteral("min"), number(r.min)},
                                  {QStringLiteral("max"), number(r.max)},
                                  {QStringLiteral("mean"), number(r.mean)},
                                  {QStringLiteral("sd"), number(r.sd)}});
    return QJsonObject{{QStringLiteral("n"), summary.n},
                       {QStringLiteral("p"), summary.p},
                       {QStringLiteral("rmse"), number(summary.rmse)},
                       {QStringLiteral("cv_rmse"), number(summary.cvRmse)},
                       {QStringLiteral("lag1_autocorrelation"),
                        number(summary.lag1Autocorrelation)},
                       {QStringLiteral("ranges"), ranges}};
}

Engine::Result<Engine::BaselineSummary> baselineSummaryFromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("n")).isDouble() || !json.value(QStringLiteral("p")).isDouble())
        return badJson(QStringLiteral("a stored baseline summary without n and p"));

    Engine::BaselineSummary summary;
    summary.n = json.value(QStringLiteral("n")).toInt();
    summary.p = json.value(QStringLiteral("p")).toInt();
    summary.rmse = readNumber(json, QStringLiteral("rmse"));
    summary.cvRmse = readNumber(json, QStringLiteral("cv_rmse"));
    summary.lag1Autocorrelation = readNumber(json, QStringLiteral("lag1_autocorrelation"));
    for (const QJsonValue &value : json.value(QStringLiteral("ranges")).toArray()) {
        const QJsonObject r = value.toObject();
        summary.ranges.push_back({r.value(QStringLiteral("name")).toString(),
                                  readNumber(r, QStringLiteral("min")),
                                  readNumber(r, QStringLiteral("max")),
                                  readNumber(r, QStringLiteral("mean")),
                                  readNumber(r, QStringLiteral("sd"))});
    }
    return summary;
}

QJsonObject subsetSearchToJson(const Engine::SubsetSearchResult &result)
{
    QJsonArray candidates;
    for (const Engine::SubsetCandidate &c : result.candidates) {
        QJsonObject entry{{QStringLiteral("drivers"), strings(c.drivers)},
                          {QStringLiteral("valid"), c.verdict.valid},
                          {QStringLiteral("verdict"), verdictToJson(c.verdict)}};
        if (c.fit)
            entry.insert(QStringLiteral("model"), olsFitToJson(*c.fit));
        if (c.error)
            entry.insert(QStringLiteral("error"), errorObject(*c.error));
        candidates.append(entry);
    }

    const Engine::SubsetCandidate *best = result.best();
    const QString rules = result.candidates.empty()
                              ? QString()
                              : Engine::ruleSetCode(result.candidates.front().verdict.ruleSet);
    return QJsonObject{{QStringLiteral("rule_set"), rules},
                       {QStringLiteral("best_index"), result.bestIndex},
                       {QStringLiteral("best_drivers"),
                        best ? QJsonValue(strings(best->drivers)) : QJsonValue()},
                       {QStringLiteral("candidates"), candidates}};
}

QJsonObject changePointFitToJson(const Engine::ChangePointFit &fit)
{
    QJsonObject object{
        {QStringLiteral("form"), Engine::changePointFormCode(fit.form)},
        {QStringLiteral("heating_change_point_c"), number(fit.heatingChangePointC)},
        {QStringLiteral("cooling_change_point_c"), number(fit.coolingChangePointC)},
        {QStringLiteral("intercept"), number(fit.intercept)},
        {QStringLiteral("slope"), number(fit.slope)},
        {QStringLiteral("heating_slope"), number(fit.heatingSlope)},
        {QStringLiteral("cooling_slope"), number(fit.coolingSlope)},
        {QStringLiteral("grid_step_c"), number(fit.gridStepC)},
        {QStringLiteral("valid"), fit.valid},
        {QStringLiteral("rejections"), strings(fit.rejections)}};
    if (fit.error)
        object.insert(QStringLiteral("error"), errorObject(*fit.error));
    else
        object.insert(QStringLiteral("model"), olsFitToJson(fit.fit));
    return object;
}

Engine::Result<Engine::ChangePointFit> changePointFitFromJson(const QJsonObject &json)
{
    const QString code = json.value(QStringLiteral("form")).toString();
    const auto form = Engine::changePointFormFromCode(code);
    if (!form)
        return badJson(QStringLiteral("unknown change-point form"));

    Engine::ChangePointFit fit;
    fit.form = *form;
    fit.heatingChangePointC = readNumber(json, QStringLiteral("heating_change_point_c"));
    fit.coolingChangePointC = readNumber(json, QStringLiteral("cooling_change_point_c"));
    fit.intercept = readNumber(json, QStringLiteral("intercept"));
    fit.slope = readNumber(json, QStringLiteral("slope"));
    fit.heatingSlope = readNumber(json, QStringLiteral("heating_slope"));
    fit.coolingSlope = readNumber(json, QStringLiteral("cooling_slope"));
    fit.gridStepC = readNumber(json, QStringLiteral("grid_step_c"));
    fit.valid = json.value(QStringLiteral("valid")).toBool();
    fit.rejections = json.value(QStringLiteral("rejections")).toVariant().toStringList();
    if (json.contains(QStringLiteral("model"))) {
        Engine::Result<Engine::OlsFit> model =
            olsFitFromJson(json.value(QStringLiteral("model")).toObject());
        if (!model)
            return model.error();
        fit.fit = std::move(model).value();
    }
    return fit;
}

QJsonObject changePointSearchToJson(const Engine::ChangePointSearchResult &result)
{
    QJsonArray candidates;
    for (const Engine::ChangePointFit &c : result.candidates)
        candidates.append(changePointFitToJson(c));
    const bool byAicc = result.criterion == Engine::ModelCriterion::Aicc;
    const Engine::ChangePointFit *best = result.best();
    return QJsonObject{
        {QStringLiteral("criterion"), byAicc ? QStringLiteral("aicc")
                                             : QStringLiteral("adj_r_squared")},
        {QStringLiteral("best_index"), result.bestIndex},
        {QStringLiteral("best_form"),
         best ? QJsonValue(Engine::changePointFormCode(best->form)) : QJsonValue()},
        {QStringLiteral("candidates"), candidates}};
}

QJsonObject savingsToJson(const Engine::SavingsReport &report)
{
    QJsonArray periods;
    for (const Engine::PeriodSavings &p : report.periods)
        periods.append(QJsonObject{
            {QStringLiteral("actual_kwh"), number(p.actual)},
            {QStringLiteral("expected_kwh"), number(p.expected)},
            {QStringLiteral("cusum_kwh"), number(p.cusum)},
            {QStringLiteral("alarm_upper"), number(p.alarmUpper)},
            {QStringLiteral("alarm_lower"), number(p.alarmLower)},
            {QStringLiteral("alarm"), p.alarm},
            {QStringLiteral("drivers_out_of_range"), strings(p.driversOutOfRange)}});

    return QJsonObject{
        {QStringLiteral("m"), report.m},
        {QStringLiteral("actual_kwh"), number(report.actualTotal)},
        {QStringLiteral("expected_kwh"), number(report.expectedTotal)},
        {QStringLiteral("avoided_energy_kwh"), number(report.avoidedEnergy)},
        {QStringLiteral("savings_fraction"), number(report.savingsFraction)},
        {QStringLiteral("senpi"), number(report.senpi)},
        {QStringLiteral("cumulative_improvement"), number(report.cumulativeImprovement)},
        {QStringLiteral("confidence"), number(report.confidence)},
        {QStringLiteral("t"), number(report.tValue)},
        {QStringLiteral("k"), number(report.kFactor)},
        {QStringLiteral("effective_points"), number(report.effectivePoints)},
        {QStringLiteral("fractional_uncertainty"), number(report.fractionalUncertainty)},
        {QStringLiteral("absolute_uncertainty_kwh"), number(report.absoluteUncertainty)},
        {QStringLiteral("minimum_detectable_fraction"),
         number(report.minimumDetectableFraction)},
        {QStringLiteral("periods_out_of_range"), report.periodsOutOfRange},
        {QStringLiteral("cusum_sign"), QStringLiteral("actual_minus_expected")},
        {QStringLiteral("periods"), periods}};
}

QJsonObject driverTableToJson(const Engine::DriverTable &table)
{
    QJsonArray rows;
    for (int i = 0; i < table.rowCount(); ++i) {
        QJsonObject row{{QStringLiteral("label"), table.labels.at(i)},
                        {QStringLiteral("start"), table.periodStart[size_t(i)]
                                                      .toString(Qt::ISODate)},
                        {QStringLiteral("days"), table.dayCount[size_t(i)]},
                        {QStringLiteral("energy_kwh"), number(table.energyKWh[size_t(i)])}};
        for (const Engine::NamedColumn &column : table.drivers)
            row.insert(column.name, number(column.values[size_t(i)]));
        rows.append(row);
    }
    return QJsonObject{{QStringLiteral("period"), Engine::periodLengthCode(table.period)},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("skipped_periods"), strings(table.skippedPeriods)}};
}

} // namespace Enms
