// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/baseline/ols.h"

#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>
#include <vector>

namespace Enms::Engine {

// Change-point models of energy against outdoor temperature T, for weather-driven SEUs:
//   1P   E = b0                                   (the flat model, for comparison)
//   2P   E = b0 + s T
//   3PC  E = b0 + sC (T - tC)+                    cooling above tC, sC > 0
//   3PH  E = b0 + sH (T - tH)-                    heating below tH, sH < 0
//   4P   E = b0 + sH (T - t)- + sC (T - t)+       two slopes meeting at t, sH < sC
//   5P   E = b0 + sH (T - tH)- + sC (T - tC)+     flat band tH <= T <= tC
// where (u)+ = max(0, u) and (u)- = min(0, u). Slopes are dE/dT in energy per °C, so a
// heating slope is negative. b0 is the energy at the change point (the flat band).
enum class ChangePointForm { Mean1P, TwoP, ThreePC, ThreePH, FourP, FiveP };

QString changePointFormCode(ChangePointForm form);          // "1p", "2p", "3pc", ...
std::optional<ChangePointForm> changePointFormFromCode(const QString &code);

enum class ModelCriterion { AdjRSquared, Aicc };

struct ChangePointOptions {
    int gridSteps = 40;           // coarse grid points across the admissible range
    int refineSteps = 40;         // fine grid points across +-1 coarse step (per axis)
    int minSegmentPoints = 6;     // fewest points on each sloped segment
    ModelCriterion criterion = ModelCriterion::AdjRSquared;
};

struct ChangePointFit {
    ChangePointForm form = ChangePointForm::Mean1P;
    double heatingChangePointC = NAN;    // tH (3PH, 5P) or t (4P)
    double coolingChangePointC = NAN;    // tC (3PC, 5P) or t (4P)
    double intercept = 0.0;              // b0
    double slope = 0.0;                  // 2P only
    double heatingSlope = 0.0;
    double coolingSlope = 0.0;
    double gridStepC = 0.0;              // coarse step of the profile grid
    OlsFit fit;                          // linear part; p counts the change points too
    bool valid = false;
    QStringList rejections;              // "heating_slope_sign", "segment_population", ...
    std::optional<Error> error;          // set when the form could not be fitted at all
};

struct ChangePointSearchResult {
    std::vector<ChangePointFit> candidates;
    int bestIndex = -1;
    ModelCriterion criterion = ModelCriterion::AdjRSquared;

    const ChangePointFit *best() const
    {
        return bestIndex < 0 ? nullptr : &candidates[size_t(bestIndex)];
    }
};

// Fits one form by profiling: for each change point on a grid the model is linear and is
// solved by OLS; the grid point with the least SSE is refined on a finer grid around it.
// Statistics and standard errors are those of the linear part at the chosen change points.
Result<ChangePointFit> fitChangePointModel(ChangePointForm form,
                                           const std::vector<double> &temperatureC,
                                           const std::vector<double> &energy,
                                           const ChangePointOptions &options = {});

// Fits every form, reports each, and picks the valid one with the highest adjusted R^2
// (or the lowest AICc).
Result<ChangePointSearchResult> searchChangePointModels(const std::vector<double> &temperatureC,
                                                        const std::vector<double> &energy,
                                                        const ChangePointOptions &options = {});

double predictChangePoint(const ChangePointFit &model, double temperatureC);

} // namespace Enms::Engine
