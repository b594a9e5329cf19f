// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/dayblock.h"
#include "engine/import/importoptions.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace Enms::Engine {

// Why one line of a file was not used. The code lets the layers above translate; the
// detail names the offending text in plain English for logs and the CLI.
enum class RejectReason {
    MalformedRecord,      // an unterminated quote, a NUL byte, or a record beyond the limit
    WrongFieldCount,      // fewer fields than the mapped columns need
    BadTimestamp,         // the stamp text is not a date and time we read
    DateDoesNotExist,     // e.g. 31/04 or 29/02 of a common year, or hour 25
    LocalTimeInGap,       // a wall-clock time skipped by a DST change
    OffGrid,              // the stamp does not fall on the interval grid
    NotANumber,           // text, "NaN" or "inf" in a value field
    NegativeValue,        // negative energy, power or count
    ImpossibleValue,      // above the physical limit (rated power, temperature range)
    ConflictingDuplicate, // the same interval twice with different values
};

QString rejectReasonCode(RejectReason reason);

struct RejectedLine {
    qint64 line = 0;          // 1-based line number in the file (record start)
    RejectReason reason = RejectReason::BadTimestamp;
    QString detail;
};

// A run of missing intervals, [fromUtc, toUtc).
struct GapSpan {
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
};

// Two or more lines for the same interval. Identical ones are merged silently (but
// reported); conflicting ones reject the file.
struct DuplicateGroup {
    qint64 startUtc = 0;
    std::vector<qint64> lines;
    bool conflicting = false;
};

// A cumulative register that went backwards: a rollover (it wrapped at a power of ten,
// the difference is kept) or a reset (the interval is left missing).
struct RegisterEvent {
    enum class Kind { Rollover, Reset };
    Kind kind = Kind::Rollover;
    QString targetId;
    qint64 line = 0;
    double before = 0.0;
    double after = 0.0;
    double wrapsAt = 0.0;     // the power of ten for a rollover, 0 for a reset
};

struct Outlier {
    QString targetId;
    qint64 line = 0;
    qint64 startUtc = 0;
    double value = 0.0;       // converted (kWh, °C or count)
    double limit = 0.0;       // median + 3 x IQR of that series
};

// Share of a day's expected slots that hold a value, per target and local date.
struct DayCoverage {
    QDate date;
    int expectedSlots = 0;
    int presentSlots = 0;
    double fraction() const
    {
        return expectedSlots > 0 ? double(presentSlots) / expectedSlots : 0.0;
    }
};

// A value on a local calendar date, for files whose stamps carry no time of day.
struct DailyValue {
    QDate date;
    double value = 0.0;
};

// One value column after conversion: UTC day blocks (interval data, kWh per interval or
// °C) or local daily values (date-only files such as daily production counts).
struct ImportedSeries {
    QString targetId;
    SeriesKind kind = SeriesKind::Energy;
    DayBlocks blocks;
    std::vector<DailyValue> daily;
    std::vector<DayCoverage> coverage;    // per local date of the file's zone
    double total = 0.0;                   // sum of the converted values
    int presentValues = 0;
    int emptyCells = 0;
};

// Lists in a report stop growing here (counts go on), so a hostile file of ten million
// junk lines cannot exhaust memory through its own error list.
inline constexpr size_t kMaxListedProblems = 10000;

// The dry-run report: everything the checks found, before anything is stored.
struct ImportReport {
    enum class Status { Accepted, Rejected };
    Status status = Status::Rejected;
    QStringList reasons;                  // why the file was rejected, plain English

    QString format;                       // "csv" or "greenbutton"
    QString encoding;                     // "utf-8", "utf-8-bom" or "latin-1"
    QString separator;                    // as written, e.g. ";" or "tab"
    QString decimalMark;
    bool hasHeader = false;
    QString timestampFormat;              // e.g. "DD/MM/YYYY HH:MM"
    DateOrder dateOrder = DateOrder::Auto;
    QString timeZoneId;

    qint64 rowsRead = 0;                  // data records, header excluded
    qint64 rowsUsed = 0;
    int intervalSeconds = 0;
    qint64 firstUtc = 0;                  // period covered [firstUtc, endUtc)
    qint64 endUtc = 0;

    std::vector<GapSpan> gaps;
    qint64 missingIntervals = 0;
    std::vector<DuplicateGroup> duplicates;
    int identicalDuplicates = 0;
    int conflictingDuplicates = 0;
    std::vector<QDate> shortDays;         // 23-hour local days in the period
    std::vector<QDate> longDays;          // 25-hour local days in the period
    int repeatedHourStamps = 0;           // stamps placed in the second pass of a DST repeat
    std::vector<QDate> midnightAsSameDay; // days whose closing 00:00 was written on that day
    std::vector<RegisterEvent> registerEvents;
    std::vector<Outlier> outliers;
    std::vector<RejectedLine> rejected;   // the first kMaxListedProblems of them
    qint64 rejectedLineCount = 0;
    std::vector<QString> notes;           // informational remarks (quality codes, ...)

    bool accepted() const { return status == Status::Accepted; }
};

// What an import produces: the report, the series ready to store, and the checksum of
// the bytes read for the import log. Series are filled even for a rejected file, so a
// preview can show them; a caller must not store them unless report.accepted().
struct ImportResult {
    ImportReport report;
    std::vector<ImportedSeries> series;
    QByteArray sha256Hex;
};

} // namespace Enms::Engine
