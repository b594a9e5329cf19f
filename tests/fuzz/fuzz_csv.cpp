// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the whole CSV import (decoding, sniffing, parsing, checks) on
// arbitrary bytes, once with detection and once with a fixed Berlin mapping.
#include "engine/import/csvimport.h"

#include <cstddef>
#include <cstdint>

using namespace Enms::Engine;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     qsizetype(size));
    CsvImportOptions detect;
    detect.timeZoneId = QStringLiteral("UTC");
    const ImportResult detected = importCsv(bytes, detect);

    CsvImportOptions mapped;
    mapped.timeZoneId = QStringLiteral("Europe/Berlin");
    mapped.stamps = StampConvention::IntervalEnd;
    mapped.dateOrder = DateOrder::DayMonthYear;
    ValueMapping energy;
    energy.columnIndex = 1;
    energy.cumulative = (size % 2) == 0;
    energy.ratedKW = 100.0;
    mapped.values = {energy};
    const ImportResult fixed = importCsv(bytes, mapped);

    // Every refusal must say why.
    if ((!detected.report.accepted() && detected.report.reasons.isEmpty())
        || (!fixed.report.accepted() && fixed.report.reasons.isEmpty()))
        __builtin_trap();
    return 0;
}
