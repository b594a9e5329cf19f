// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/import/csvlayout.h"

#include "engine/import/csvreader.h"
#include "engine/import/numberparse.h"
#include "engine/import/timestampparse.h"

#include <algorithm>
#include <functional>
#include <string>

namespace Enms::Engine {

namespace {

using Record = std::vector<std::string>;
using Sample = std::vector<Record>;

bool isStampField(const std::string &field)
{
    const StampParts parts = parseStamp(field);
    return parts.isValid();
}

bool isHeaderRecord(const Record &record)
{
    return std::none_of(record.begin(), record.end(), isStampField);
}

// How many records hold a field at the column for which the test holds.
template <typename Test>
int countMatching(const Sample &data, int column, Test test)
{
    int count = 0;
    for (const Record &record : data) {
        if (column < int(record.size()) && test(record[size_t(column)]))
            ++count;
    }
    return count;
}

int widestRecord(const Sample &data)
{
    size_t width = 0;
    for (const Record &record : data)
        width = std::max(width, record.size());
    return int(width);
}

// The column that reads as a date in most records; Unix seconds only when no column
// holds dates, since a register column can look like Unix seconds too.
int detectStampColumn(const Sample &data)
{
    const auto hasDate = [](const std::string &f) { return parseStamp(f).hasDate(); };
    const auto isUnix = [](const std::string &f) {
        return parseStamp(f).kind == StampParts::Kind::UnixSeconds;
    };
    for (const auto &test : {std::function<bool(const std::string &)>(hasDate),
                             std::function<bool(const std::string &)>(isUnix)}) {
        int best = -1, bestCount = 0;
        for (int column = 0; column < widestRecord(data); ++column) {
            const int count = countMatching(data, column, test);
            if (count > bestCount)
                best = column, bestCount = count;
        }
        if (best >= 0 && bestCount * 2 >= int(data.size()))
            return best;
    }
    return -1;
}

int detectTimeColumn(const Sample &data, int stampColumn)
{
    const auto dateOnly = [](const std::string &f) {
        return parseStamp(f).kind == StampParts::Kind::DateOnly;
    };
    const auto timeOnly = [](const std::string &f) { return parseTimeOfDay(f).isValid(); };
    const int half = (int(data.size()) + 1) / 2;
    if (countMatching(data, stampColumn, dateOnly) < half)
        return -1;
    return countMatching(data, stampColumn + 1, timeOnly) >= half ? stampColumn + 1 : -1;
}

std::vector<int> detectNumericColumns(const Sample &data, const CsvLayout &layout)
{
    const auto numeric = [](const std::string &f) {
        const NumberStatus status = parseNumber(f, '.').status;
        const NumberStatus comma = parseNumber(f, ',').status;
        return status == NumberStatus::Ok || comma == NumberStatus::Ok;
    };
    std::vector<int> columns;
    for (int column = 0; column < widestRecord(data); ++column) {
        if (column == layout.timestampColumn || column == layout.timeColumn)
            continue;
        if (countMatching(data, column, numeric) * 2 >= int(data.size()))
            columns.push_back(column);
    }
    return columns;
}

QString columnLabel(const CsvLayout &layout, int column)
{
    if (column < layout.header.size() && !layout.header[column].isEmpty())
        return layout.header[column];
    return QStringLiteral("column %1").arg(column + 1);
}

Result<int> resolveColumn(const CsvLayout &layout, const ValueMapping &mapping)
{
    if (mapping.columnName.isEmpty()) {
        if (mapping.columnIndex < 0)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("A value mapping names no column"));
        return mapping.columnIndex;
    }
    for (int column = 0; column < layout.header.size(); ++column) {
        if (layout.header[column].compare(mapping.columnName.trimmed(),
                                          Qt::CaseInsensitive) == 0)
            return column;
    }
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("No column is headed \"%1\"; the header reads: %2")
                         .arg(mapping.columnName, layout.header.join(QStringLiteral(", "))));
}

Status mapValues(CsvLayout &layout, const CsvImportOptions &options)
{
    if (options.values.empty()) {
        for (const int column : layout.numericColumns) {
            layout.valueColumns.push_back(column);
            layout.specs.push_back({columnLabel(layout, column), ImportUnit::KiloWattHour,
                                    false, 0.0});
        }
        return Done{};
    }
    for (const ValueMapping &mapping : options.values) {
        const Result<int> column = resolveColumn(layout, mapping);
        if (!column)
            return column.error();
        const QString target = mapping.targetId.isEmpty() ? columnLabel(layout, *column)
                                                          : mapping.targetId;
        layout.valueColumns.push_back(*column);
        layout.specs.push_back({target, mapping.unit, mapping.cumulative, mapping.ratedKW});
    }
    return Done{};
}

} // namespace

std::vector<std::vector<std::string>> sampleRecords(std::string_view text, char separator,
                                                    int maxRecords)
{
    Sample sample;
    CsvReader reader(text, separator);
    while (int(sample.size()) < maxRecords && reader.next()) {
        Record record;
        for (const std::string_view field : reader.fields())
            record.emplace_back(field);
        sample.push_back(std::move(record));
    }
    return sample;
}

Result<CsvLayout> detectCsvLayout(const Sample &sample, const CsvImportOptions &options)
{
    if (sample.empty())
        return makeError(ErrorCode::ParseError, QStringLiteral("The file holds no records"));

    CsvLayout layout;
    layout.hasHeader = options.hasHeader >= 0 ? options.hasHeader == 1
                                              : isHeaderRecord(sample.front());
    if (layout.hasHeader) {
        for (const std::string &field : sample.front())
            layout.header.append(QString::fromUtf8(field.data(), qsizetype(field.size())));
    }
    const Sample data(sample.begin() + (layout.hasHeader ? 1 : 0), sample.end());
    if (data.empty())
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("The file holds a header but no data records"));

    layout.timestampColumn = options.timestampColumn >= 0 ? options.timestampColumn
                                                          : detectStampColumn(data);
    if (layout.timestampColumn < 0)
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("No column of the first records reads as dates "
                                        "and times"));
    layout.timeColumn = options.timeColumn >= 0
                            ? options.timeColumn
                            : detectTimeColumn(data, layout.timestampColumn);
    layout.numericColumns = detectNumericColumns(data, layout);

    const Status mapped = mapValues(layout, options);
    if (!mapped)
        return mapped.error();
    if (layout.specs.empty())
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("No column of the first records holds numbers"));

    layout.highestColumn = std::max(layout.timestampColumn, layout.timeColumn);
    for (const int column : layout.valueColumns)
        layout.highestColumn = std::max(layout.highestColumn, column);
    return layout;
}

} // namespace Enms::Engine
