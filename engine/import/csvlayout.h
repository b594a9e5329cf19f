// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "engine/import/importoptions.h"
#include "engine/import/seriesassembler.h"

#include <QStringList>

#include <string_view>
#include <vector>

namespace Enms::Engine {

// Which columns of a delimited file hold what: decided from the first records and the
// caller's mapping, before the whole file is read.
struct CsvLayout {
    bool hasHeader = false;
    QStringList header;
    int timestampColumn = -1;
    int timeColumn = -1;              // a separate time-of-day column, or -1
    std::vector<int> valueColumns;    // parallel to specs
    std::vector<RawSeriesSpec> specs;
    std::vector<int> numericColumns;  // every column that reads as numbers
    int highestColumn = -1;           // a record needs more fields than this
};

// The first records of a file as owned text, for detection and previews.
std::vector<std::vector<std::string>> sampleRecords(std::string_view text, char separator,
                                                    int maxRecords);

// Detects header, stamp column(s) and numeric columns, and resolves the value mapping
// (by header name or index). Without a mapping every numeric column becomes a kWh
// series named after its header.
Result<CsvLayout> detectCsvLayout(const std::vector<std::vector<std::string>> &sample,
                                  const CsvImportOptions &options);

} // namespace Enms::Engine
