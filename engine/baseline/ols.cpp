// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/baseline/ols.h"

#include "engine/baseline/distributions.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Enms::Engine {

namespace {

// A pivot of R below this fraction of the largest one marks a column as a linear combination
// of the others. The columns are centred and scaled to unit length first, so the threshold
// is a property of the data's geometry, not of its units.
constexpr double kRankTolerance = 1e-10;

const QString kInterceptName = QStringLiteral("intercept");

// The design matrix in the form the QR works on. Driver j enters as (x_j - c_j) / s_j and
// the intercept as a column of 1 / s_0, with s_0 = sqrt(n). Centring removes the large
// common level of columns such as calendar years; scaling evens out their lengths. Both
// are undone exactly when coefficients and their covariances are reported.
struct ScaledDesign {
    Eigen::MatrixXd z;
    std::vector<double> centre;     // per driver
    std::vector<double> scale;      // per driver
    double interceptScale = 1.0;
    bool intercept = true;
};

double columnMean(const std::vector<double> &v)
{
    double sum = 0.0;
    for (double x : v)
        sum += x;
    return v.empty() ? 0.0 : sum / double(v.size());
}

ScaledDesign scaleDesign(const std::vector<NamedColumn> &drivers, int n, bool intercept)
{
    ScaledDesign design;
    design.intercept = intercept;
    const int offset = intercept ? 1 : 0;
    design.z.resize(n, Eigen::Index(drivers.size()) + offset);

    if (intercept) {
        design.interceptScale = std::sqrt(double(n));
        design.z.col(0).setConstant(1.0 / design.interceptScale);
    }

    for (size_t j = 0; j < drivers.size(); ++j) {
        const std::vector<double> &x = drivers[j].values;
        const double c = intercept ? columnMean(x) : 0.0;
        double sumSquares = 0.0;
        for (double v : x)
            sumSquares += (v - c) * (v - c);
        const double s = sumSquares > 0.0 ? std::sqrt(sumSquares) : 1.0;
        design.centre.push_back(c);
        design.scale.push_back(s);
        for (int i = 0; i < n; ++i)
            design.z(i, Eigen::Index(j) + offset) = (x[size_t(i)] - c) / s;
    }
    return design;
}

bool isConstantColumn(const std::vector<double> &x, bool intercept)
{
    for (double v : x) {
        if (intercept ? v != x.front() : v != 0.0)
            return false;
    }
    return true;
}

using Qr = Eigen::ColPivHouseholderQR<Eigen::MatrixXd>;

Qr decompose(const Eigen::MatrixXd &z)
{
    Qr qr(z.rows(), z.cols());
    qr.setThreshold(kRankTolerance);
    qr.compute(z);
    return qr;
}

// Least squares on the scaled design with one step of iterative refinement: the residual
// of the first solution is solved again and the correction added. For consistent systems
// (exact polynomial fits) this recovers the digits the first solve loses to rounding.
Eigen::VectorXd solveRefined(const Qr &qr, const Eigen::MatrixXd &z, const Eigen::VectorXd &y)
{
    Eigen::VectorXd alpha = qr.solve(y);
    const Eigen::VectorXd residual = y - z * alpha;
    alpha += qr.solve(residual);
    return alpha;
}

// sqrt(g' (Z'Z)^-1 g) from the triangular factor: solve R' w = P' g, return |w|.
double covarianceNorm(const Qr &qr, const Eigen::VectorXd &g)
{
    const Eigen::Index p = qr.cols();
    const Eigen::VectorXd permuted = qr.colsPermutation().transpose() * g;
    const auto r = qr.matrixR().topLeftCorner(p, p).triangularView<Eigen::Upper>();
    const Eigen::VectorXd w = r.transpose().solve(permuted);
    return w.norm();
}

// The row of the back-transformation that maps scaled coefficients alpha to reported
// coefficient `index` (0 = intercept when present).
Eigen::VectorXd backTransformRow(const ScaledDesign &design, int index)
{
    const int offset = design.intercept ? 1 : 0;
    Eigen::VectorXd g = Eigen::VectorXd::Zero(design.z.cols());
    if (design.intercept && index == 0) {
        g(0) = 1.0 / design.interceptScale;
        for (size_t j = 0; j < design.scale.size(); ++j)
            g(Eigen::Index(j) + offset) = -design.centre[j] / design.scale[j];
        return g;
    }
    const size_t driver = size_t(index - offset);
    g(index) = 1.0 / design.scale[driver];
    return g;
}

double rSquaredOnOthers(const std::vector<NamedColumn> &drivers, size_t target, bool intercept)
{
    std::vector<NamedColumn> others;
    for (size_t j = 0; j < drivers.size(); ++j) {
        if (j != target)
            others.push_back(drivers[j]);
    }
    const std::vector<double> &x = drivers[target].values;
    const int n = int(x.size());
    const ScaledDesign design = scaleDesign(others, n, intercept);
    const Eigen::VectorXd y = Eigen::Map<const Eigen::VectorXd>(x.data(), n);
    if (design.z.cols() == 0)
        return 0.0;

    const Qr qr = decompose(design.z);
    const Eigen::VectorXd residual = y - design.z * solveRefined(qr, design.z, y);
    const double c = intercept ? columnMean(x) : 0.0;
    const double total = (y.array() - c).square().sum();
    return total > 0.0 ? 1.0 - residual.squaredNorm() / total : 0.0;
}

std::vector<DriverVif> computeVif(const std::vector<NamedColumn> &drivers, bool intercept)
{
    std::vector<DriverVif> result;
    for (size_t j = 0; j < drivers.size(); ++j) {
        const double r2 = drivers.size() > 1 ? rSquaredOnOthers(drivers, j, intercept) : 0.0;
        result.push_back({drivers[j].name, r2 < 1.0 ? 1.0 / (1.0 - r2) : INFINITY});
    }
    return result;
}

Status validateInput(const std::vector<double> &y, const std::vector<NamedColumn> &drivers)
{
    if (y.empty())
        return makeError(ErrorCode::NotEnoughData, QStringLiteral("no observations"));
    for (double v : y) {
        if (!std::isfinite(v))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("the response holds a missing or infinite value"));
    }
    for (const NamedColumn &column : drivers) {
        if (column.values.size() != y.size())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("column %1 has %2 values, the response %3")
                                 .arg(column.name).arg(column.values.size()).arg(y.size()));
        for (double v : column.values) {
            if (!std::isfinite(v))
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("column %1 holds a missing or infinite value")
                                     .arg(column.name));
        }
    }
    return Done{};
}

QString rankMessage(const RankReport &report)
{
    if (report.n < report.parameters)
        return QStringLiteral("%1 rows cannot determine %2 parameters")
            .arg(report.n).arg(report.parameters);
    QStringList parts;
    if (!report.constantColumns.isEmpty())
        parts << QStringLiteral("constant column(s): %1")
                     .arg(report.constantColumns.join(QStringLiteral(", ")));
    if (!report.dependentColumns.isEmpty())
        parts << QStringLiteral("column(s) that are linear combinations of the others: %1")
                     .arg(report.dependentColumns.join(QStringLiteral(", ")));
    return QStringLiteral("design matrix has rank %1 of %2; %3")
        .arg(report.rank).arg(report.parameters).arg(parts.join(QStringLiteral("; ")));
}

void computeEstimates(OlsFit &fit, const ScaledDesign &design, const Eigen::VectorXd &alpha,
                      const std::vector<NamedColumn> &drivers)
{
    const int offset = design.intercept ? 1 : 0;
    for (int index = 0; index < int(design.z.cols()); ++index) {
        OlsCoefficient c;
        c.name = index < offset ? kInterceptName : drivers[size_t(index - offset)].name;
        c.estimate = backTransformRow(design, index).dot(alpha);
        fit.coefficients.push_back(c);
    }
}

// Standard errors from sigma and the triangular factor, then t and two-sided p.
void computeStandardErrors(OlsFit &fit, const ScaledDesign &design, const Qr &qr)
{
    const double dof = fit.degreesOfFreedom();
    for (int index = 0; index < int(fit.coefficients.size()); ++index) {
        OlsCoefficient &c = fit.coefficients[size_t(index)];
        c.stdError = fit.rmse * covarianceNorm(qr, backTransformRow(design, index));
        // An exact fit has zero standard errors: its t values are infinite, its p zero.
        const double exactT = c.estimate == 0.0 ? 0.0 : std::copysign(INFINITY, c.estimate);
        c.t = c.stdError > 0.0 ? c.estimate / c.stdError : exactT;
        c.p = Distributions::studentTTwoSidedP(c.t, dof);
    }
}

void computeFitted(OlsFit &fit, const std::vector<double> &y,
                   const std::vector<NamedColumn> &drivers)
{
    const int offset = fit.hasIntercept ? 1 : 0;
    fit.fitted.assign(y.size(), fit.hasIntercept ? fit.coefficients.front().estimate : 0.0);
    for (size_t j = 0; j < drivers.size(); ++j) {
        const double b = fit.coefficients[j + size_t(offset)].estimate;
        for (size_t i = 0; i < y.size(); ++i)
            fit.fitted[i] += b * drivers[j].values[i];
    }
    fit.residuals.resize(y.size());
    for (size_t i = 0; i < y.size(); ++i)
        fit.residuals[i] = y[i] - fit.fitted[i];
}

void computeResidualStatistics(OlsFit &fit)
{
    const std::vector<double> &e = fit.residuals;
    double sumSquares = 0.0;
    double sum = 0.0;
    double dwNumerator = 0.0;
    for (size_t i = 0; i < e.size(); ++i) {
        sumSquares += e[i] * e[i];
        sum += e[i];
        if (i > 0)
            dwNumerator += (e[i] - e[i - 1]) * (e[i] - e[i - 1]);
    }
    fit.durbinWatson = sumSquares > 0.0 ? dwNumerator / sumSquares : NAN;

    const double mean = sum / double(e.size());
    double lagged = 0.0;
    double centred = 0.0;
    for (size_t i = 0; i < e.size(); ++i) {
        centred += (e[i] - mean) * (e[i] - mean);
        if (i > 0)
            lagged += (e[i] - mean) * (e[i - 1] - mean);
    }
    fit.lag1Autocorrelation = centred > 0.0 ? lagged / centred : NAN;
}

void computeGoodnessOfFit(OlsFit &fit, const std::vector<double> &y)
{
    const double n = fit.n;
    const double p = fit.p;
    const double dof = n - p;
    const double interceptTerm = fit.hasIntercept ? 1.0 : 0.0;

    fit.meanY = columnMean(y);
    double total = 0.0;
    double residualSum = 0.0;
    for (size_t i = 0; i < y.size(); ++i) {
        const double d = fit.hasIntercept ? y[i] - fit.meanY : y[i];
        total += d * d;
        residualSum += fit.residuals[i];
    }

    fit.rSquared = total > 0.0 ? 1.0 - fit.sse / total : NAN;
    // The mean alone explains nothing by definition; rounding would otherwise leave -2e-16.
    if (fit.hasIntercept && fit.coefficients.size() == 1)
        fit.rSquared = 0.0;
    fit.adjRSquared = 1.0 - (1.0 - fit.rSquared) * (n - interceptTerm) / dof;
    const double modelDof = p - interceptTerm;
    fit.f = modelDof > 0 ? ((total - fit.sse) / modelDof) / (fit.sse / dof) : NAN;
    fit.fP = Distributions::fisherFUpperP(fit.f, modelDof, dof);
    fit.cvRmse = fit.rmse / fit.meanY;
    fit.nmbe = residualSum / (dof * fit.meanY);

    const double k = p + 1.0;
    const double logLikelihood =
        -0.5 * n * (std::log(2.0 * std::numbers::pi) + std::log(fit.sse / n) + 1.0);
    fit.aic = -2.0 * logLikelihood + 2.0 * k;
    fit.aicc = n - k - 1.0 > 0.0 ? fit.aic + 2.0 * k * (k + 1.0) / (n - k - 1.0) : NAN;
    fit.bic = -2.0 * logLikelihood + k * std::log(n);
}

} // namespace

const OlsCoefficient *OlsFit::coefficient(const QString &name) const
{
    for (const OlsCoefficient &c : coefficients) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

RankReport diagnoseRank(const std::vector<NamedColumn> &drivers, int n, bool intercept)
{
    RankReport report;
    report.n = n;
    report.parameters = int(drivers.size()) + (intercept ? 1 : 0);
    if (n < report.parameters) {
        report.deficient = true;
        report.rank = n;
        return report;
    }

    std::vector<NamedColumn> varying;
    for (const NamedColumn &column : drivers) {
        if (isConstantColumn(column.values, intercept))
            report.constantColumns << column.name;
        else
            varying.push_back(column);
    }

    const ScaledDesign design = scaleDesign(varying, n, intercept);
    const Qr qr = decompose(design.z);
    report.rank = int(qr.rank());
    const int offset = intercept ? 1 : 0;
    for (Eigen::Index k = qr.rank(); k < design.z.cols(); ++k) {
        const int column = int(qr.colsPermutation().indices()(k));
        report.dependentColumns << (column < offset ? kInterceptName
                                                    : varying[size_t(column - offset)].name);
    }
    report.deficient = report.rank < report.parameters;
    return report;
}

Result<OlsFit> fitOls(const std::vector<double> &y, const std::vector<NamedColumn> &drivers,
                      const OlsOptions &options)
{
    if (const Status valid = validateInput(y, drivers); !valid)
        return valid.error();

    const int n = int(y.size());
    const RankReport rank = diagnoseRank(drivers, n, options.intercept);
    if (rank.deficient)
        return makeError(ErrorCode::RankDeficient, rankMessage(rank));

    OlsFit fit;
    fit.hasIntercept = options.intercept;
    fit.n = n;
    fit.p = rank.parameters + options.extraParameters;
    if (fit.n - fit.p < 1)
        return makeError(ErrorCode::NotEnoughData,
                         QStringLiteral("%1 rows leave no degrees of freedom for %2 parameters")
                             .arg(fit.n).arg(fit.p));

    const ScaledDesign design = scaleDesign(drivers, n, options.intercept);
    const Qr qr = decompose(design.z);
    const Eigen::VectorXd yv = Eigen::Map<const Eigen::VectorXd>(y.data(), n);
    const Eigen::VectorXd alpha = solveRefined(qr, design.z, yv);

    // Estimates first, then residuals from the original, unscaled columns, then the
    // standard errors, which need sigma.
    computeEstimates(fit, design, alpha, drivers);
    computeFitted(fit, y, drivers);
    fit.sse = 0.0;
    for (double e : fit.residuals)
        fit.sse += e * e;
    fit.rmse = std::sqrt(fit.sse / fit.degreesOfFreedom());
    computeStandardErrors(fit, design, qr);

    computeGoodnessOfFit(fit, y);
    computeResidualStatistics(fit);
    if (options.computeVif)
        fit.vif = computeVif(drivers, options.intercept);
    return fit;
}

double olsResidualSumOfSquares(const std::vector<double> &y,
                               const std::vector<NamedColumn> &drivers, bool intercept)
{
    const int n = int(y.size());
    const ScaledDesign design = scaleDesign(drivers, n, intercept);
    if (design.z.cols() > n)
        return INFINITY;
    const Qr qr = decompose(design.z);
    if (qr.rank() < design.z.cols())
        return INFINITY;
    const Eigen::VectorXd yv = Eigen::Map<const Eigen::VectorXd>(y.data(), n);
    return (yv - design.z * solveRefined(qr, design.z, yv)).squaredNorm();
}

Result<std::vector<double>> predictOls(const OlsFit &fit,
                                       const std::vector<NamedColumn> &drivers, int rowCount)
{
    const size_t rows = size_t(std::max(rowCount, 0));
    std::vector<double> result;
    for (const OlsCoefficient &c : fit.coefficients) {
        if (c.name == kInterceptName && fit.hasIntercept)
            continue;
        const auto it = std::find_if(drivers.begin(), drivers.end(),
                                     [&](const NamedColumn &d) { return d.name == c.name; });
        if (it == drivers.end())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("driver %1 is missing").arg(c.name));
        if (it->values.size() != rows)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("driver %1 has a different length").arg(c.name));
    }

    const double b0 = fit.hasIntercept ? fit.coefficients.front().estimate : 0.0;
    result.assign(rows, b0);
    for (const OlsCoefficient &c : fit.coefficients) {
        if (c.name == kInterceptName && fit.hasIntercept)
            continue;
        const auto it = std::find_if(drivers.begin(), drivers.end(),
                                     [&](const NamedColumn &d) { return d.name == c.name; });
        for (size_t i = 0; i < rows; ++i)
            result[i] += c.estimate * it->values[i];
    }
    return result;
}

} // namespace Enms::Engine
