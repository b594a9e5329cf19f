// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/import/numberparse.h"

#include <charconv>

namespace Enms::Engine {

namespace {

constexpr size_t kMaxNumberLength = 64;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool looksNonFinite(std::string_view text)
{
    if (!text.empty() && (text.front() == '-' || text.front() == '+'))
        text.remove_prefix(1);
    if (text.size() < 3)
        return false;
    const auto lower = [&](size_t i) { return char(text[i] | 0x20); };
    return (lower(0) == 'n' && lower(1) == 'a' && lower(2) == 'n')
           || (lower(0) == 'i' && lower(1) == 'n' && lower(2) == 'f');
}

// Copies the field into out with '.' as decimal mark and grouping removed. Returns
// false when grouping is not in threes or a second decimal mark appears.
bool normalise(std::string_view text, char decimalMark, char *out, size_t *length)
{
    const char grouping = decimalMark == ',' ? '.' : ',';
    size_t n = 0;
    int digitsSinceGroup = -1;     // -1: no grouping mark seen yet
    bool seenDecimal = false;
    for (const char c : text) {
        if (c == grouping) {
            if (seenDecimal || digitsSinceGroup == 0 || (digitsSinceGroup > 0
                                                        && digitsSinceGroup != 3))
                return false;
            digitsSinceGroup = 0;
            continue;
        }
        if (c == decimalMark) {
            if (seenDecimal || (digitsSinceGroup >= 0 && digitsSinceGroup != 3))
                return false;
            seenDecimal = true;
            out[n++] = '.';
            continue;
        }
        if (isDigit(c) && digitsSinceGroup >= 0 && !seenDecimal)
            ++digitsSinceGroup;
        out[n++] = c;
    }
    if (digitsSinceGroup >= 0 && !seenDecimal && digitsSinceGroup != 3)
        return false;
    *length = n;
    return true;
}

} // namespace

ParsedNumber parseNumber(std::string_view field, char decimalMark)
{
    if (field.empty())
        return {NumberStatus::Empty, 0.0};
    if (looksNonFinite(field))
        return {NumberStatus::NonFinite, 0.0};
    if (field.size() > kMaxNumberLength)
        return {NumberStatus::NotANumber, 0.0};
    if (field.front() == '+')
        field.remove_prefix(1);

    char buffer[kMaxNumberLength];
    size_t length = 0;
    if (!normalise(field, decimalMark, buffer, &length) || length == 0)
        return {NumberStatus::NotANumber, 0.0};

    double value = 0.0;
    const auto [end, error] = std::from_chars(buffer, buffer + length, value);
    if (error != std::errc() || end != buffer + length)
        return {NumberStatus::NotANumber, 0.0};
    return {NumberStatus::Ok, value};
}

} // namespace Enms::Engine
