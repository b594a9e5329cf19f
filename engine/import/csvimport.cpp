// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/import/csvimport.h"

#include "engine/import/csvlayout.h"
#include "engine/import/csvreader.h"
#include "engine/import/localtimeresolver.h"
#include "engine/import/numberparse.h"
#include "engine/import/seriesassembler.h"
#include "engine/import/textdecoding.h"
#include "engine/import/timestampparse.h"
#include "engine/time/localcalendar.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Enms::Engine {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kLateEveningSeconds = 22 * 3600;
constexpr qsizetype kQuotedFieldLimit = 200;
constexpr int kSampleRecords = 25;

QString quoted(std::string_view field)
{
    QString text = QString::fromUtf8(field.data(), qsizetype(field.size()));
    if (text.size() > kQuotedFieldLimit)
        text = text.left(kQuotedFieldLimit) + QStringLiteral("…");
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString separatorName(char separator)
{
    return separator == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(separator));
}

// Rows as read, before the date order and the zone are known.
struct ParsedRows {
    std::vector<StampParts> stamps;
    std::vector<qint64> lines;
    std::vector<double> values;
    std::vector<char> valueRejected;   // the stamp still counts for the interval
    DateOrderEvidence evidence;
};

StampParts readStamp(const CsvLayout &layout, const std::vector<std::string_view> &fields)
{
    const StampParts stamp = parseStamp(fields[size_t(layout.timestampColumn)]);
    if (layout.timeColumn < 0)
        return stamp;
    return combineDateAndTime(stamp, parseTimeOfDay(fields[size_t(layout.timeColumn)]));
}

// Reads the value fields of one record; false (and the line rejected) on text.
bool readValues(const CsvLayout &layout, const std::vector<std::string_view> &fields,
                char decimalMark, qint64 line, ParsedRows &rows, ImportReport &report)
{
    const size_t start = rows.values.size();
    for (size_t s = 0; s < layout.valueColumns.size(); ++s) {
        const std::string_view field = fields[size_t(layout.valueColumns[s])];
        const ParsedNumber number = parseNumber(field, decimalMark);
        if (number.status == NumberStatus::Ok || number.status == NumberStatus::Empty) {
            rows.values.push_back(number.status == NumberStatus::Ok ? number.value : kNaN);
            continue;
        }
        rows.values.resize(start + layout.valueColumns.size(), kNaN);
        addRejectedLine(&report, line, RejectReason::NotANumber,
                        QStringLiteral("%1 in column %2 is not a number")
                            .arg(quoted(field), layout.specs[s].targetId));
        return false;
    }
    return true;
}

void readRecord(const CsvReader &reader, const CsvLayout &layout, char decimalMark,
                ParsedRows &rows, ImportReport &report)
{
    const qint64 line = reader.lineNumber();
    const auto &fields = reader.fields();
    if (reader.malformed()) {
        addRejectedLine(&report, line, RejectReason::MalformedRecord,
                        QStringLiteral("A quoted field is never closed"));
        return;
    }
    if (int(fields.size()) <= layout.highestColumn) {
        addRejectedLine(&report, line, RejectReason::WrongFieldCount,
                        QStringLiteral("%1 field(s), but column %2 is needed")
                            .arg(fields.size())
                            .arg(layout.highestColumn + 1));
        return;
    }

    const StampParts stamp = readStamp(layout, fields);
    if (!stamp.hasDate() && stamp.kind != StampParts::Kind::UnixSeconds) {
        addRejectedLine(&report, line, RejectReason::BadTimestamp,
                        QStringLiteral("%1 is not a date and time")
                            .arg(quoted(fields[size_t(layout.timestampColumn)])));
        return;
    }
    const bool valuesRead = readValues(layout, fields, decimalMark, line, rows, report);
    rows.valueRejected.push_back(valuesRead ? 0 : 1);
    rows.evidence.add(stamp, line);
    rows.stamps.push_back(stamp);
    rows.lines.push_back(line);
}

ParsedRows readRows(std::string_view text, const CsvDialect &dialect,
                    const CsvLayout &layout, ImportReport &report)
{
    ParsedRows rows;
    const size_t expectedRows = text.size() / 24 + 1;
    rows.stamps.reserve(expectedRows);
    rows.lines.reserve(expectedRows);
    rows.valueRejected.reserve(expectedRows);
    rows.values.reserve(expectedRows * layout.specs.size());

    CsvReader reader(text, dialect.separator);
    if (layout.hasHeader)
        reader.next();
    while (reader.next())
        readRecord(reader, layout, dialect.decimalMark, rows, report);
    return rows;
}

QString describeWallTime(const StampParts &parts, DateOrder order)
{
    int day = parts.second, month = parts.first;
    if (!parts.yearFirst && (parts.dateSeparator == '.' || order == DateOrder::DayMonthYear))
        std::swap(day, month);
    const int minutes = parts.secondsOfDay / 60;
    return QStringLiteral("%1-%2-%3 %4:%5")
        .arg(parts.year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Turns parsed stamps into UTC (or local-day) stamps in file order, which is the order
// the DST repeat and the "midnight written on the day that ended" habit are read in.
class StampPlacer final
{
public:
    StampPlacer(const LocalCalendar *calendar, DateOrder order, ImportReport &report)
        : m_order(order)
        , m_report(report)
    {
        if (calendar)
            m_resolver.emplace(*calendar);
    }

    // The stamp for a row, or nullopt when the line is rejected. A line already
    // rejected for its values is not reported a second time.
    std::optional<qint64> place(const StampParts &parts, qint64 line, bool dateOnly,
                                bool alreadyRejected)
    {
        m_quiet = alreadyRejected;
        const AssembledStamp stamp = assembleStamp(parts, m_order);
        if (stamp.error != StampError::None) {
            reject(parts, line, stamp.error);
            return std::nullopt;
        }
        if (!dateOnly && parts.kind == StampParts::Kind::DateOnly) {
            report(line, RejectReason::BadTimestamp,
                   QStringLiteral("A date without a time of day among timed rows"));
            return std::nullopt;
        }
        if (stamp.isUtc || dateOnly)
            return dateOnly ? utcDayOf(stamp.seconds) * kSecondsPerDay : stamp.seconds;
        return placeLocal(parts, line, stamp.seconds);
    }

private:
    void report(qint64 line, RejectReason reason, const QString &detail)
    {
        if (!m_quiet)
            addRejectedLine(&m_report, line, reason, detail);
    }

    void reject(const StampParts &parts, qint64 line, StampError error)
    {
        if (error == StampError::OrderMismatch) {
            report(line, RejectReason::BadTimestamp,
                            QStringLiteral("The date does not start with the year"));
            return;
        }
        report(line, RejectReason::DateDoesNotExist,
                        QStringLiteral("%1 is not a date and time that exists")
                            .arg(describeWallTime(parts, m_order)));
    }

    std::optional<qint64> placeLocal(const StampParts &parts, qint64 line, qint64 wall)
    {
        if (parts.secondsOfDay == 0 && m_previousWall
            && utcDayOf(*m_previousWall) == utcDayOf(wall)
            && *m_previousWall - wall >= kLateEveningSeconds) {
            const QDate date = QDate::fromJulianDay(utcDayOf(wall) + 2440588);
            if (m_report.midnightAsSameDay.empty() || m_report.midnightAsSameDay.back() != date)
                m_report.midnightAsSameDay.push_back(date);
            wall += kSecondsPerDay;
        }
        m_previousWall = wall;

        const LocalTimeResolver::Resolution resolved = m_resolver->resolve(wall);
        if (resolved.kind == LocalTimeResolver::Kind::InGap) {
            report(line, RejectReason::LocalTimeInGap,
                            QStringLiteral("%1 does not exist in %2: the clocks skipped it")
                                .arg(describeWallTime(parts, m_order), m_report.timeZoneId));
            return std::nullopt;
        }
        if (resolved.kind == LocalTimeResolver::Kind::SecondOfRepeat)
            ++m_report.repeatedHourStamps;
        return resolved.utcSecs;
    }

    DateOrder m_order;
    ImportReport &m_report;
    std::optional<LocalTimeResolver> m_resolver;
    std::optional<qint64> m_previousWall;
    bool m_quiet = false;
};

// A date alone, or a local midnight: rows that name a calendar day. A file made only
// of them holds daily values, which belong to local dates, not to UTC intervals.
bool namesWholeDay(const StampParts &parts)
{
    return parts.kind == StampParts::Kind::DateOnly
           || (parts.kind == StampParts::Kind::DateTime && !parts.hasOffset
               && parts.secondsOfDay == 0);
}

bool needsZone(const ParsedRows &rows)
{
    return std::any_of(rows.stamps.begin(), rows.stamps.end(), [](const StampParts &p) {
        return p.kind == StampParts::Kind::DateTime && !p.hasOffset;
    });
}

// Fills the table's stamps and values; false when the file as a whole cannot be read.
bool placeStamps(const ParsedRows &rows, const CsvImportOptions &options,
                 const LocalCalendar *calendar, ImportReport &report, RawTable &table)
{
    const DateOrderDecision decision = decideDateOrder(rows.evidence, options.dateOrder);
    if (!decision.ok) {
        rejectFile(&report, decision.message);
        return false;
    }
    report.dateOrder = decision.order;
    if (rows.stamps.empty())
        return true;
    report.timestampFormat = describeStampFormat(rows.stamps.front(), decision.order);
    if (!calendar && needsZone(rows)) {
        rejectFile(&report, QStringLiteral("The stamps carry no UTC offset: the time zone "
                                           "they were written in must be given"));
        return false;
    }

    table.dateOnly = std::all_of(rows.stamps.begin(), rows.stamps.end(), namesWholeDay);
    StampPlacer placer(calendar, decision.order, report);
    const size_t width = table.specs.size();
    for (size_t row = 0; row < rows.stamps.size(); ++row) {
        const bool rejected = rows.valueRejected[row] != 0;
        const auto stamp = placer.place(rows.stamps[row], rows.lines[row], table.dateOnly,
                                        rejected);
        if (!stamp)
            continue;
        table.preRejected.push_back(rejected ? 1 : 0);
        table.stamps.push_back(*stamp);
        table.lines.push_back(rows.lines[row]);
        const auto first = rows.values.begin() + qsizetype(row * width);
        table.values.insert(table.values.end(), first, first + qsizetype(width));
    }
    return true;
}

bool checkReadable(const QByteArray &bytes, ImportReport &report)
{
    if (bytes.trimmed().isEmpty()) {
        rejectFile(&report, QStringLiteral("The file is empty"));
        return false;
    }
    if (looksBinary(bytes)) {
        rejectFile(&report, QStringLiteral("The file is binary data, not a text export"));
        return false;
    }
    return true;
}

CsvDialect chooseDialect(std::string_view text, const CsvImportOptions &options)
{
    CsvDialect dialect = sniffCsvDialect(text);
    if (options.separator != 0)
        dialect.separator = options.separator;
    if (options.decimalMark != 0)
        dialect.decimalMark = options.decimalMark;
    return dialect;
}

// The calendar of the caller's zone; false (file rejected) for an unknown zone.
bool makeCalendar(const CsvImportOptions &options, ImportReport &report,
                  std::optional<LocalCalendar> &calendar)
{
    report.timeZoneId = options.timeZoneId;
    if (options.timeZoneId.isEmpty())
        return true;
    const QTimeZone zone(options.timeZoneId.toUtf8());
    if (!zone.isValid()) {
        rejectFile(&report, QStringLiteral("Unknown time zone \"%1\"").arg(options.timeZoneId));
        return false;
    }
    calendar.emplace(zone);
    return true;
}

ImportResult finish(ImportResult &result)
{
    decideStatus(&result.report);
    return std::move(result);
}

} // namespace

ImportResult importCsv(const QByteArray &bytes, const CsvImportOptions &options)
{
    ImportResult result;
    result.sha256Hex = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    ImportReport &report = result.report;
    report.format = QStringLiteral("csv");
    std::optional<LocalCalendar> calendar;
    if (!checkReadable(bytes, report) || !makeCalendar(options, report, calendar))
        return finish(result);

    const DecodedText decoded = decodeText(bytes);
    const std::string_view text(decoded.utf8.constData(), size_t(decoded.utf8.size()));
    const CsvDialect dialect = chooseDialect(text, options);
    report.encoding = textEncodingCode(decoded.encoding);
    report.separator = separatorName(dialect.separator);
    report.decimalMark = QString(QLatin1Char(dialect.decimalMark));

    const Result<CsvLayout> layout =
        detectCsvLayout(sampleRecords(text, dialect.separator, kSampleRecords), options);
    if (!layout) {
        rejectFile(&report, layout.error().message);
        return finish(result);
    }
    report.hasHeader = layout->hasHeader;

    const ParsedRows rows = readRows(text, dialect, *layout, report);
    RawTable table;
    table.specs = layout->specs;
    if (!placeStamps(rows, options, calendar ? &*calendar : nullptr, report, table)) {
        report.rowsRead = qint64(rows.stamps.size()) + report.rejectedLineCount;
        return finish(result);
    }

    AssemblyOptions assembly;
    assembly.stamps = options.stamps;
    assembly.intervalSeconds = options.intervalSeconds;
    assembly.impossiblePowerFactor = options.impossiblePowerFactor;
    assembly.calendar = calendar ? &*calendar : nullptr;
    assembleSeries(table, assembly, &result);
    return result;
}

Result<CsvPreview> previewCsv(const QByteArray &bytes, int maxRows)
{
    ImportReport report;
    if (!checkReadable(bytes, report))
        return makeError(ErrorCode::ParseError, report.reasons.join(QLatin1Char(' ')));

    const DecodedText decoded = decodeText(bytes);
    const std::string_view text(decoded.utf8.constData(), size_t(decoded.utf8.size()));
    const CsvDialect dialect = sniffCsvDialect(text);
    const auto sample = sampleRecords(text, dialect.separator, std::max(maxRows + 1, 2));
    const Result<CsvLayout> layout = detectCsvLayout(sample, CsvImportOptions{});
    if (!layout)
        return layout.error();

    CsvPreview preview;
    preview.encoding = textEncodingCode(decoded.encoding);
    preview.separator = dialect.separator;
    preview.decimalMark = dialect.decimalMark;
    preview.hasHeader = layout->hasHeader;
    preview.header = layout->header;
    preview.timestampColumn = layout->timestampColumn;
    preview.timeColumn = layout->timeColumn;
    preview.numericColumns = layout->numericColumns;
    DateOrderEvidence evidence;
    StampParts firstStamp;
    for (size_t i = layout->hasHeader ? 1 : 0; i < sample.size(); ++i) {
        const auto &record = sample[i];
        if (int(record.size()) <= layout->timestampColumn)
            continue;
        const StampParts parts = parseStamp(record[size_t(layout->timestampColumn)]);
        evidence.add(parts, qint64(i) + 1);
        if (!firstStamp.isValid())
            firstStamp = parts;
    }
    const DateOrderDecision order = decideDateOrder(evidence, DateOrder::Auto);
    preview.timestampFormat = order.ok ? describeStampFormat(firstStamp, order.order)
                                       : QStringLiteral("DD/MM or MM/DD (undecided)");

    for (size_t i = layout->hasHeader ? 1 : 0; i < sample.size(); ++i) {
        QStringList row;
        for (const std::string &field : sample[i])
            row.append(QString::fromUtf8(field.data(), qsizetype(field.size())));
        preview.rows.push_back(row);
    }
    return preview;
}

} // namespace Enms::Engine
