// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/import/importreport.h"

#include <QByteArray>
#include <QString>

namespace Enms::Engine {

struct GreenButtonOptions {
    QString targetId;              // the series the readings feed (an SEU id)
    QString timeZoneId;            // for coverage per local day and DST days; may be empty
    double ratedKW = 0.0;          // > 0 enables the "impossible power" check
};

// Reads Green Button (NAESB ESPI) XML: every IntervalReading of every IntervalBlock,
// with its timePeriod (start in Unix seconds UTC, duration in seconds), its value scaled
// by 10^powerOfTenMultiplier of the ReadingType, in the ReadingType's unit of measure
// (72 = Wh; 38 = W is read as mean demand), and optional ReadingQuality codes. The
// same checks as for CSV files follow.
ImportResult importGreenButton(const QByteArray &bytes, const GreenButtonOptions &options);

} // namespace Enms::Engine
