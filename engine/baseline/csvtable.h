// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/baseline/ols.h"
#include "engine/core/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Enms::Engine {

// A comma-separated table of numbers with a header row, as auditors keep regression data:
// the NIST reference files, a spreadsheet export of a baseline period. Header names may be
// quoted; every other cell must be a number in C-locale notation.
struct NumericTable {
    QStringList headers;
    std::vector<std::vector<double>> columns;   // columns[j] belongs to headers[j]

    int rowCount() const { return columns.empty() ? 0 : int(columns.front().size()); }
    const std::vector<double> *column(const QString &name) const;
};

// Reads the text of a CSV file. Errors are ParseError with the 1-based line and column and
// the header of the offending cell, e.g. "line 4, column 3 (GNP): 'n/a' is not a number".
Result<NumericTable> parseNumericCsv(const QString &text);

struct RegressOptions {
    QString yColumn;
    QStringList xColumns;
    bool intercept = true;
};

// The whole `regress` command below its command line: read the CSV text, pick the columns
// and fit one OLS model.
Result<OlsFit> runRegress(const QString &csvText, const RegressOptions &options);

// The rank diagnosis of the same design, for printing when runRegress reports
// ErrorCode::RankDeficient.
Result<RankReport> diagnoseRegress(const QString &csvText, const RegressOptions &options);

} // namespace Enms::Engine
