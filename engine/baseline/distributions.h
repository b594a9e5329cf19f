// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Enms::Engine::Distributions {

// Thin wrappers around Boost.Math so callers need no Boost headers. Every function returns
// NaN for degrees of freedom below one instead of throwing.

// Two-sided p value of a Student t statistic: P(|T| >= |t|).
double studentTTwoSidedP(double t, double degreesOfFreedom);

// The t value with a two-sided probability of `confidence` inside +-t (1.645 for 0.90
// and infinite degrees of freedom).
double studentTTwoSidedQuantile(double confidence, double degreesOfFreedom);

// Upper-tail p value of an F statistic: P(F(d1, d2) >= f).
double fisherFUpperP(double f, double d1, double d2);

} // namespace Enms::Engine::Distributions
