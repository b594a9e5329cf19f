// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/baseline/distributions.h"

#include <boost/math/distributions/fisher_f.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <cmath>
#include <limits>

namespace Enms::Engine::Distributions {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

double studentTTwoSidedP(double t, double degreesOfFreedom)
{
    if (!(degreesOfFreedom >= 1.0) || std::isnan(t))
        return kNaN;
    if (std::isinf(t))
        return 0.0;

    const boost::math::students_t dist(degreesOfFreedom);
    return 2.0 * boost::math::cdf(boost::math::complement(dist, std::fabs(t)));
}

double studentTTwoSidedQuantile(double confidence, double degreesOfFreedom)
{
    if (!(degreesOfFreedom >= 1.0) || !(confidence > 0.0 && confidence < 1.0))
        return kNaN;

    const boost::math::students_t dist(degreesOfFreedom);
    const double upperTail = (1.0 - confidence) / 2.0;
    return boost::math::quantile(boost::math::complement(dist, upperTail));
}

double fisherFUpperP(double f, double d1, double d2)
{
    if (!(d1 >= 1.0) || !(d2 >= 1.0) || std::isnan(f))
        return kNaN;
    if (std::isinf(f))
        return 0.0;
    if (f <= 0.0)
        return 1.0;

    const boost::math::fisher_f dist(d1, d2);
    return boost::math::cdf(boost::math::complement(dist, f));
}

} // namespace Enms::Engine::Distributions
