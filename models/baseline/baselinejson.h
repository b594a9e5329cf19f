// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"

#include <QJsonObject>

namespace Enms::Engine {
struct OlsFit;
struct RankReport;
struct Verdict;
struct SubsetSearchResult;
struct ChangePointFit;
struct ChangePointSearchResult;
struct SavingsReport;
struct DriverTable;
struct BaselineSummary;
} // namespace Enms::Engine

namespace Enms {

// JSON forms of the baseline engine's results, shared by the CLI (`enms regress`,
// `enms baseline fit`, `enms savings`) and the stored baselines. Field names are snake_case
// and stable; auditors re-run models from them. Values that are not finite (the t of an
// exact fit, the AIC of a zero SSE) are written as null. CV(RMSE), NMBE and savings
// fractions are fractions (0.12 = 12 %), not percentages.

// coefficients[] {name, estimate, std_error, t, p}, r_squared, adj_r_squared, f, f_p, rmse,
// cv_rmse, nmbe, aic, aicc, bic, durbin_watson, lag1_autocorrelation, n, p, sse, mean_y,
// vif[] {name, vif}.
QJsonObject olsFitToJson(const Engine::OlsFit &fit);

// Reads back what olsFitToJson wrote, for a stored baseline: coefficients, intercept flag
// and the statistics (fitted values and residuals are not stored). Missing coefficients or
// a non-object are errors.
Engine::Result<Engine::OlsFit> olsFitFromJson(const QJsonObject &json);

// Reads back what verdictToJson wrote (a stored baseline's judgement).
Engine::Result<Engine::Verdict> verdictFromJson(const QJsonObject &json);

// {n, p, rmse, cv_rmse, lag1_autocorrelation, ranges[] {name, min, max, mean, sd}}: what a
// stored baseline keeps to judge savings and reporting-period drivers later.
QJsonObject baselineSummaryToJson(const Engine::BaselineSummary &summary);
Engine::Result<Engine::BaselineSummary> baselineSummaryFromJson(const QJsonObject &json);

// {rank_deficient, n, parameters, rank, constant_columns[], dependent_columns[]}.
QJsonObject rankReportToJson(const Engine::RankReport &report);

// {rule_set, source, valid, checks[] {rule, value, comparison, threshold, passed}, notes[]}.
QJsonObject verdictToJson(const Engine::Verdict &verdict);

// {rule_set, best_index, best_drivers[], candidates[] {drivers[], valid, error?, model?,
// verdict}}.
QJsonObject subsetSearchToJson(const Engine::SubsetSearchResult &result);

QJsonObject changePointFitToJson(const Engine::ChangePointFit &fit);
Engine::Result<Engine::ChangePointFit> changePointFitFromJson(const QJsonObject &json);
QJsonObject changePointSearchToJson(const Engine::ChangePointSearchResult &result);

QJsonObject savingsToJson(const Engine::SavingsReport &report);

// {period, rows[] {label, start, days, energy_kwh, <driver>...}, skipped_periods[]}.
QJsonObject driverTableToJson(const Engine::DriverTable &table);

} // namespace Enms
