// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/baseline/csvtable.h"

namespace Enms::Engine {

namespace {

// Splits one line at commas outside double quotes; doubled quotes inside quotes stand for
// one quote character. Surrounding blanks of unquoted cells are trimmed.
QStringList splitCsvLine(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (quoted) {
            if (ch == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                cell += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += ch;
        }
    }
    cells << cell.trimmed();
    return cells;
}

QStringList splitLines(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text.split(u'\n');
}

Error cellError(int line, int column, const QString &header, const QString &what)
{
    return makeError(ErrorCode::ParseError, QStringLiteral("line %1, column %2 (%3): %4")
                                                .arg(line).arg(column).arg(header, what));
}

} // namespace

const std::vector<double> *NumericTable::column(const QString &name) const
{
    const qsizetype index = headers.indexOf(name);
    return index < 0 ? nullptr : &columns[size_t(index)];
}

Result<NumericTable> parseNumericCsv(const QString &text)
{
    const QStringList lines = splitLines(text);
    NumericTable table;
    int lineNumber = 0;
    for (const QString &line : lines) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = splitCsvLine(line);
        if (table.headers.isEmpty()) {
            table.headers = cells;
            table.columns.resize(size_t(cells.size()));
            continue;
        }
        if (cells.size() != table.headers.size())
            return makeError(ErrorCode::ParseError,
                             QStringLiteral("line %1: %2 cells, the header has %3")
                                 .arg(lineNumber).arg(cells.size()).arg(table.headers.size()));
        for (qsizetype j = 0; j < cells.size(); ++j) {
            bool ok = false;
            const double value = cells.at(j).toDouble(&ok);
            if (!ok)
                return cellError(lineNumber, int(j) + 1, table.headers.at(j),
                                 QStringLiteral("'%1' is not a number").arg(cells.at(j)));
            table.columns[size_t(j)].push_back(value);
        }
    }
    if (table.headers.isEmpty())
        return makeError(ErrorCode::ParseError, QStringLiteral("the file has no header row"));
    return table;
}

namespace {

struct RegressDesign {
    std::vector<double> y;
    std::vector<NamedColumn> drivers;
};

Result<RegressDesign> regressDesign(const QString &csvText, const RegressOptions &options)
{
    const Result<NumericTable> table = parseNumericCsv(csvText);
    if (!table)
        return table.error();

    const std::vector<double> *y = table->column(options.yColumn);
    if (!y)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("no column named %1").arg(options.yColumn));

    RegressDesign design{*y, {}};
    for (const QString &name : options.xColumns) {
        const std::vector<double> *x = table->column(name);
        if (!x)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("no column named %1").arg(name));
        design.drivers.push_back({name, *x});
    }
    return design;
}

} // namespace

Result<OlsFit> runRegress(const QString &csvText, const RegressOptions &options)
{
    const Result<RegressDesign> design = regressDesign(csvText, options);
    if (!design)
        return design.error();

    OlsOptions olsOptions;
    olsOptions.intercept = options.intercept;
    return fitOls(design->y, design->drivers, olsOptions);
}

Result<RankReport> diagnoseRegress(const QString &csvText, const RegressOptions &options)
{
    const Result<RegressDesign> design = regressDesign(csvText, options);
    if (!design)
        return design.error();
    return diagnoseRank(design->drivers, int(design->y.size()), options.intercept);
}

} // namespace Enms::Engine
