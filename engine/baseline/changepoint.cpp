// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/baseline/changepoint.h"

#include <algorithm>
#include <limits>

namespace Enms::Engine {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

struct Knots {
    double heating = NAN;
    double cooling = NAN;
};

struct Range {
    double low = 0.0;
    double high = 0.0;
    bool empty() const { return !(low < high); }
};

NamedColumn hinge(const QString &name, const std::vector<double> &t, double knot, bool above)
{
    NamedColumn column{name, {}};
    column.values.reserve(t.size());
    for (double v : t)
        column.values.push_back(above ? std::max(0.0, v - knot) : std::min(0.0, v - knot));
    return column;
}

std::vector<NamedColumn> designFor(ChangePointForm form, const std::vector<double> &t,
                                   const Knots &knots)
{
    const QString heating = QStringLiteral("heating");
    const QString cooling = QStringLiteral("cooling");
    switch (form) {
    case ChangePointForm::Mean1P:
        return {};
    case ChangePointForm::TwoP:
        return {NamedColumn{QStringLiteral("temperature"), t}};
    case ChangePointForm::ThreePC:
        return {hinge(cooling, t, knots.cooling, true)};
    case ChangePointForm::ThreePH:
        return {hinge(heating, t, knots.heating, false)};
    case ChangePointForm::FourP:
    case ChangePointForm::FiveP:
        return {hinge(heating, t, knots.heating, false),
                hinge(cooling, t, knots.cooling, true)};
    }
    return {};
}

int changePointCount(ChangePointForm form)
{
    switch (form) {
    case ChangePointForm::ThreePC:
    case ChangePointForm::ThreePH:
    case ChangePointForm::FourP:
        return 1;
    case ChangePointForm::FiveP:
        return 2;
    default:
        return 0;
    }
}

bool hasHeating(ChangePointForm form)
{
    return form == ChangePointForm::ThreePH || form == ChangePointForm::FourP
           || form == ChangePointForm::FiveP;
}

bool hasCooling(ChangePointForm form)
{
    return form == ChangePointForm::ThreePC || form == ChangePointForm::FourP
           || form == ChangePointForm::FiveP;
}

// Every sloped segment needs `minimum` points; a 3P model needs them on its flat side too,
// or it is a 2P model in disguise.
bool populated(ChangePointForm form, const std::vector<double> &t, const Knots &knots,
               int minimum)
{
    int below = 0;
    int above = 0;
    int flatOfHeating = 0;
    int flatOfCooling = 0;
    for (double v : t) {
        below += hasHeating(form) && v < knots.heating;
        flatOfHeating += hasHeating(form) && v >= knots.heating;
        above += hasCooling(form) && v > knots.cooling;
        flatOfCooling += hasCooling(form) && v <= knots.cooling;
    }
    if (hasHeating(form) && (below < minimum || flatOfHeating < minimum))
        return false;
    return !hasCooling(form) || (above >= minimum && flatOfCooling >= minimum);
}

double profileSse(ChangePointForm form, const std::vector<double> &t,
                  const std::vector<double> &energy, const Knots &knots, int minimum)
{
    if (!populated(form, t, knots, minimum))
        return kInfinity;
    return olsResidualSumOfSquares(energy, designFor(form, t, knots), true);
}

// Change points are searched between the m-th lowest and the m-th highest temperature, so
// that both sides of every knot can hold m points.
Range admissibleRange(std::vector<double> t, int minimum)
{
    std::sort(t.begin(), t.end());
    const int n = int(t.size());
    if (n < 2 * minimum)
        return {};
    return {t[size_t(minimum - 1)], t[size_t(n - minimum)]};
}

std::vector<double> grid(Range range, int points)
{
    std::vector<double> values;
    const int count = std::max(points, 2);
    for (int i = 0; i < count; ++i)
        values.push_back(range.low + (range.high - range.low) * i / (count - 1));
    return values;
}

Knots knotsFor(ChangePointForm form, double heating, double cooling)
{
    if (form == ChangePointForm::ThreePC)
        return {NAN, cooling};
    if (form == ChangePointForm::ThreePH)
        return {heating, NAN};
    if (form == ChangePointForm::FourP)
        return {heating, heating};
    return {heating, cooling};
}

struct Profiled {
    Knots knots;
    double sse = kInfinity;
};

Profiled profileOneKnot(ChangePointForm form, const std::vector<double> &t,
                        const std::vector<double> &energy, Range range,
                        const ChangePointOptions &options, double &stepC)
{
    Profiled best;
    auto consider = [&](double knot) {
        const Knots knots = knotsFor(form, knot, knot);
        const double sse = profileSse(form, t, energy, knots, options.minSegmentPoints);
        if (sse < best.sse)
            best = {knots, sse};
    };

    for (double knot : grid(range, options.gridSteps))
        consider(knot);
    stepC = (range.high - range.low) / (std::max(options.gridSteps, 2) - 1);
    if (std::isinf(best.sse))
        return best;

    const double centre = std::isnan(best.knots.heating) ? best.knots.cooling
                                                         : best.knots.heating;
    const Range fine{std::max(range.low, centre - stepC), std::min(range.high, centre + stepC)};
    for (double knot : grid(fine, options.refineSteps))
        consider(knot);
    return best;
}

Profiled profileTwoKnots(const std::vector<double> &t, const std::vector<double> &energy,
                         Range range, const ChangePointOptions &options, double &stepC)
{
    Profiled best;
    auto consider = [&](double heating, double cooling) {
        if (heating > cooling)
            return;
        const Knots knots{heating, cooling};
        const double sse = profileSse(ChangePointForm::FiveP, t, energy, knots,
                                      options.minSegmentPoints);
        if (sse < best.sse)
            best = {knots, sse};
    };

    const std::vector<double> coarse = grid(range, options.gridSteps);
    for (double heating : coarse) {
        for (double cooling : coarse)
            consider(heating, cooling);
    }
    stepC = (range.high - range.low) / (std::max(options.gridSteps, 2) - 1);
    if (std::isinf(best.sse))
        return best;

    // A square fine grid costs its side squared; a quarter of the 1-D points suffices.
    const int side = std::max(5, options.refineSteps / 4);
    const Knots centre = best.knots;
    const Range heatingFine{std::max(range.low, centre.heating - stepC),
                            std::min(range.high, centre.heating + stepC)};
    const Range coolingFine{std::max(range.low, centre.cooling - stepC),
                            std::min(range.high, centre.cooling + stepC)};
    for (double heating : grid(heatingFine, side)) {
        for (double cooling : grid(coolingFine, side))
            consider(heating, cooling);
    }
    return best;
}

void readCoefficients(ChangePointFit &model)
{
    model.intercept = model.fit.coefficients.front().estimate;
    for (const OlsCoefficient &c : model.fit.coefficients) {
        if (c.name == QLatin1String("temperature"))
            model.slope = c.estimate;
        else if (c.name == QLatin1String("heating"))
            model.heatingSlope = c.estimate;
        else if (c.name == QLatin1String("cooling"))
            model.coolingSlope = c.estimate;
    }
}

// A heating slope must fall with temperature and a cooling slope rise; a 4P model must bend
// upwards (heating slope below cooling slope) with at least one side sloped the right way.
void checkSigns(ChangePointFit &model)
{
    if (model.form == ChangePointForm::FourP) {
        const bool convex = model.heatingSlope < model.coolingSlope;
        if (!convex || !(model.heatingSlope < 0.0 || model.coolingSlope > 0.0))
            model.rejections << QStringLiteral("slope_shape");
        return;
    }
    if (hasHeating(model.form) && !(model.heatingSlope < 0.0))
        model.rejections << QStringLiteral("heating_slope_sign");
    if (hasCooling(model.form) && !(model.coolingSlope > 0.0))
        model.rejections << QStringLiteral("cooling_slope_sign");
}

Status validateSeries(const std::vector<double> &t, const std::vector<double> &energy)
{
    if (t.size() != energy.size())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 temperatures for %2 energy values")
                             .arg(t.size()).arg(energy.size()));
    for (double v : t) {
        if (!std::isfinite(v))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("a temperature is missing or infinite"));
    }
    return Done{};
}

bool better(const ChangePointFit &a, const ChangePointFit &b, ModelCriterion criterion)
{
    if (criterion == ModelCriterion::Aicc)
        return a.fit.aicc < b.fit.aicc;
    return a.fit.adjRSquared > b.fit.adjRSquared;
}

} // namespace

QString changePointFormCode(ChangePointForm form)
{
    switch (form) {
    case ChangePointForm::Mean1P:
        return QStringLiteral("1p");
    case ChangePointForm::TwoP:
        return QStringLiteral("2p");
    case ChangePointForm::ThreePC:
        return QStringLiteral("3pc");
    case ChangePointForm::ThreePH:
        return QStringLiteral("3ph");
    case ChangePointForm::FourP:
        return QStringLiteral("4p");
    case ChangePointForm::FiveP:
        return QStringLiteral("5p");
    }
    return {};
}

std::optional<ChangePointForm> changePointFormFromCode(const QString &code)
{
    for (ChangePointForm form :
         {ChangePointForm::Mean1P, ChangePointForm::TwoP, ChangePointForm::ThreePC,
          ChangePointForm::ThreePH, ChangePointForm::FourP, ChangePointForm::FiveP}) {
        if (changePointFormCode(form) == code)
            return form;
    }
    return std::nullopt;
}

Result<ChangePointFit> fitChangePointModel(ChangePointForm form,
                                           const std::vector<double> &temperatureC,
                                           const std::vector<double> &energy,
                                           const ChangePointOptions &options)
{
    if (const Status valid = validateSeries(temperatureC, energy); !valid)
        return valid.error();

    ChangePointFit model;
    model.form = form;
    Knots knots;
    if (changePointCount(form) > 0) {
        const Range range = admissibleRange(temperatureC, options.minSegmentPoints);
        if (range.empty())
            return makeError(ErrorCode::NotEnoughData,
                             QStringLiteral("too few distinct temperatures for a %1 model")
                                 .arg(changePointFormCode(form)));
        const Profiled best = form == ChangePointForm::FiveP
                                  ? profileTwoKnots(temperatureC, energy, range, options,
                                                    model.gridStepC)
                                  : profileOneKnot(form, temperatureC, energy, range, options,
                                                   model.gridStepC);
        if (std::isinf(best.sse))
            return makeError(ErrorCode::NotEnoughData,
                             QStringLiteral("no change point leaves %1 points per segment")
                                 .arg(options.minSegmentPoints));
        knots = best.knots;
    }

    OlsOptions olsOptions;
    olsOptions.extraParameters = changePointCount(form);
    Result<OlsFit> fit = fitOls(energy, designFor(form, temperatureC, knots), olsOptions);
    if (!fit)
        return fit.error();

    model.fit = std::move(fit).value();
    model.heatingChangePointC = knots.heating;
    model.coolingChangePointC = knots.cooling;
    readCoefficients(model);
    checkSigns(model);
    model.valid = model.rejections.isEmpty();
    return model;
}

Result<ChangePointSearchResult> searchChangePointModels(const std::vector<double> &temperatureC,
                                                        const std::vector<double> &energy,
                                                        const ChangePointOptions &options)
{
    if (const Status valid = validateSeries(temperatureC, energy); !valid)
        return valid.error();

    ChangePointSearchResult result;
    result.criterion = options.criterion;
    for (ChangePointForm form :
         {ChangePointForm::Mean1P, ChangePointForm::TwoP, ChangePointForm::ThreePC,
          ChangePointForm::ThreePH, ChangePointForm::FourP, ChangePointForm::FiveP}) {
        Result<ChangePointFit> fit = fitChangePointModel(form, temperatureC, energy, options);
        if (fit) {
            result.candidates.push_back(std::move(fit).value());
            continue;
        }
        ChangePointFit failed;
        failed.form = form;
        failed.error = fit.error();
        failed.rejections << QStringLiteral("not_fitted");
        result.candidates.push_back(failed);
    }

    for (size_t i = 0; i < result.candidates.size(); ++i) {
        const ChangePointFit &c = result.candidates[i];
        if (c.valid && (result.bestIndex < 0
                        || better(c, result.candidates[size_t(result.bestIndex)],
                                  options.criterion)))
            result.bestIndex = int(i);
    }
    return result;
}

double predictChangePoint(const ChangePointFit &model, double temperatureC)
{
    const double t = temperatureC;
    switch (model.form) {
    case ChangePointForm::Mean1P:
        return model.intercept;
    case ChangePointForm::TwoP:
        return model.intercept + model.slope * t;
    case ChangePointForm::ThreePC:
        return model.intercept
               + model.coolingSlope * std::max(0.0, t - model.coolingChangePointC);
    case ChangePointForm::ThreePH:
        return model.intercept
               + model.heatingSlope * std::min(0.0, t - model.heatingChangePointC);
    case ChangePointForm::FourP:
    case ChangePointForm::FiveP:
        return model.intercept
               + model.heatingSlope * std::min(0.0, t - model.heatingChangePointC)
               + model.coolingSlope * std::max(0.0, t - model.coolingChangePointC);
    }
    return NAN;
}

} // namespace Enms::Engine
