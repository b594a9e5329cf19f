// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace Enms::Engine {

// The outcome of reading one value field.
enum class NumberStatus { Ok, Empty, NotANumber, NonFinite };

struct ParsedNumber {
    NumberStatus status = NumberStatus::Empty;
    double value = 0.0;
};

// Reads a decimal number written with the given decimal mark ('.' or ','). The other
// mark is accepted as a thousands separator only in groups of three digits
// ("1.234,5" with a decimal comma), so "1,5" in a decimal-point file is refused rather
// than read as 15. "NaN" and "inf" are reported as NonFinite, not as numbers.
ParsedNumber parseNumber(std::string_view field, char decimalMark);

} // namespace Enms::Engine
