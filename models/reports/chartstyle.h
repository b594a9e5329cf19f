// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QLocale>

#include <cmath>

namespace Enms::ChartStyle {

// What the report charts share: colours that stay apart when printed in grey (one per
// carrier, issue type or SEU), the number format of the axes and the choice of ticks.
inline constexpr size_t kPaletteSize = 6;

inline QColor paletteColor(size_t index)
{
    static const QColor palette[kPaletteSize] = {
        QColor(0x1f, 0x5f, 0xb4), QColor(0xe0, 0x8a, 0x1e), QColor(0x3a, 0x9a, 0x4a),
        QColor(0x9a, 0x3a, 0x8a), QColor(0x80, 0x80, 0x80), QColor(0xc0, 0x3a, 0x2e)};
    return palette[index % kPaletteSize];
}

inline QString axisNumber(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(value, 'f', 0);
}

// A step of 1, 2 or 5 times a power of ten that splits a span of `extent` into at
// most `ticks` parts.
inline double tickStep(double extent, int ticks)
{
    const double raw = extent / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0}) {
        if (factor * power >= raw)
            return factor * power;
    }
    return 10.0 * power;
}

} // namespace Enms::ChartStyle
