// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Enms::Engine {

// One named column of numbers: a driver (production, HDD, ...) or a response.
struct NamedColumn {
    QString name;
    std::vector<double> values;
};

struct OlsOptions {
    bool intercept = true;
    // Parameters estimated outside the linear solve (the change points of a change-point
    // model). They count in p for every statistic that uses degrees of freedom.
    int extraParameters = 0;
    bool computeVif = true;
};

struct OlsCoefficient {
    QString name;              // "intercept" or the driver's name
    double estimate = 0.0;
    double stdError = 0.0;
    double t = 0.0;            // estimate / stdError (+-inf for an exact fit)
    double p = 1.0;            // two-sided, Student t with n - p degrees of freedom
};

struct DriverVif {
    QString name;
    double vif = 1.0;          // 1 / (1 - R^2 of the driver on the other drivers)
};

// An ordinary least-squares fit with the statistics an energy baseline is judged by.
// Conventions (all documented here so auditors can recompute them):
//
//  - p counts every estimated parameter: intercept, slopes and extra parameters.
//  - R^2 is 1 - SSE/SST with SST = sum (y - mean y)^2 when the model has an intercept and
//    the uncentred 1 - SSE/sum y^2 without one. Adjusted R^2 = 1 - (1 - R^2)(n - i)/(n - p)
//    where i = 1 with an intercept, 0 without.
//  - F = ((SST - SSE)/(p - i)) / (SSE/(n - p)), upper-tail p from Fisher's F(p - i, n - p).
//  - RMSE = sqrt(SSE/(n - p)); CV(RMSE) = RMSE / mean y and NMBE = sum(y - yhat) /
//    ((n - p) mean y), both as fractions (0.12 = 12 %), as in ASHRAE Guideline 14.
//  - AIC, AICc and BIC use the Gaussian log-likelihood at the maximum-likelihood variance,
//    log L = -n/2 (ln(2 pi) + ln(SSE/n) + 1), with k = p + 1 parameters (the variance
//    counts): AIC = -2 log L + 2k, AICc = AIC + 2k(k + 1)/(n - k - 1), BIC = -2 log L + k ln n.
//  - Durbin-Watson = sum (e_t - e_{t-1})^2 / sum e_t^2; the lag-1 autocorrelation is the
//    sample autocorrelation of the residuals in row order.
struct OlsFit {
    bool hasIntercept = true;
    int n = 0;
    int p = 0;
    std::vector<OlsCoefficient> coefficients;   // intercept first when present
    std::vector<DriverVif> vif;                  // one per driver (empty when not computed)

    double meanY = 0.0;
    double sse = 0.0;
    double rSquared = 0.0;
    double adjRSquared = 0.0;
    double f = 0.0;
    double fP = 1.0;
    double rmse = 0.0;
    double cvRmse = 0.0;
    double nmbe = 0.0;
    double aic = 0.0;
    double aicc = 0.0;
    double bic = 0.0;
    double durbinWatson = 0.0;
    double lag1Autocorrelation = 0.0;

    std::vector<double> fitted;
    std::vector<double> residuals;               // y - fitted

    int degreesOfFreedom() const { return n - p; }
    const OlsCoefficient *coefficient(const QString &name) const;
};

// Why a design matrix cannot be fitted: the columns that are linear combinations of the
// others (a constant driver next to the intercept, a duplicated driver) or too few rows.
struct RankReport {
    bool deficient = false;
    int n = 0;
    int parameters = 0;
    int rank = 0;
    QStringList constantColumns;
    QStringList dependentColumns;
};

// Fits y = b0 + sum bj xj (or without b0) by column-pivoted Householder QR on centred and
// scaled columns, never through the normal equations. Rank-deficient designs are an
// ErrorCode::RankDeficient error whose message names the offending columns.
Result<OlsFit> fitOls(const std::vector<double> &y, const std::vector<NamedColumn> &drivers,
                      const OlsOptions &options = {});

// Only the residual sum of squares of the same fit, for callers that profile thousands of
// designs (change-point grids). Infinity when the design is rank-deficient.
double olsResidualSumOfSquares(const std::vector<double> &y,
                               const std::vector<NamedColumn> &drivers, bool intercept);

// The rank diagnosis fitOls uses, for callers that want it as data.
RankReport diagnoseRank(const std::vector<NamedColumn> &drivers, int n, bool intercept);

// Predicted values of a fit for `rows` rows of new driver columns, matched by name.
Result<std::vector<double>> predictOls(const OlsFit &fit,
                                       const std::vector<NamedColumn> &drivers, int rows);

} // namespace Enms::Engine
