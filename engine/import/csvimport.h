// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "engine/import/importoptions.h"
#include "engine/import/importreport.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace Enms::Engine {

// What the import wizard shows before the user maps anything: how the file is written
// and its first records as text, with the detected columns preselected.
struct CsvPreview {
    QString encoding;
    char separator = ',';
    char decimalMark = '.';
    bool hasHeader = false;
    QStringList header;                   // empty without a header row
    std::vector<QStringList> rows;        // the first records, fields as text
    int timestampColumn = -1;
    int timeColumn = -1;                  // -1 when date and time share a column
    QString timestampFormat;              // with the date order still open if unknown
    std::vector<int> numericColumns;      // columns whose first records are numbers
};

// Reads the first maxRows records of a file. Fails only when the bytes are not a
// delimited text with a recognisable stamp column.
Result<CsvPreview> previewCsv(const QByteArray &bytes, int maxRows = 20);

// Reads and checks a whole delimited text meter file: the dry run. The result always
// holds a report; its status says whether the series may be stored. Nothing here
// touches a database.
ImportResult importCsv(const QByteArray &bytes, const CsvImportOptions &options);

} // namespace Enms::Engine
