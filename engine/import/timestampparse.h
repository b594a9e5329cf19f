// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/import/importoptions.h"

#include <QString>
#include <QtGlobal>

#include <string_view>

namespace Enms::Engine {

// A stamp as written, before the file's date order and time zone are applied. The
// parser recognises ISO 8601 (with "T" or a space, with or without seconds, with "Z" or
// an offset), DD/MM/YYYY and MM/DD/YYYY (also with "-"), DD.MM.YYYY, YYYY-MM-DD and
// YYYY/MM/DD, an optional AM/PM, "24:00", plain Unix seconds, and a date alone or a time
// alone (for files that split them into two columns).
struct StampParts {
    enum class Kind { Invalid, DateTime, DateOnly, TimeOnly, UnixSeconds };
    Kind kind = Kind::Invalid;

    int first = 0;            // day or month as written first (month when yearFirst)
    int second = 0;           // the other one (day when yearFirst)
    int year = 0;
    bool yearFirst = false;
    char dateSeparator = 0;   // '-', '/' or '.'

    int secondsOfDay = 0;     // 0 .. 86400 (24:00 is the end of the date)
    bool hasSeconds = false;
    bool isoT = false;        // date and time joined by 'T'
    bool timeOutOfRange = false;   // e.g. 25:00 or 10:61: a time that does not exist

    bool hasOffset = false;   // "Z" or "+01:00": the stamp is an exact instant
    int offsetSeconds = 0;

    qint64 unixSeconds = 0;

    bool isValid() const { return kind != Kind::Invalid; }
    bool hasDate() const { return kind == Kind::DateTime || kind == Kind::DateOnly; }
    // True when day and month could be either way round (no year first, not dotted).
    bool dayMonthAmbiguous() const { return hasDate() && !yearFirst && dateSeparator != '.'; }
};

StampParts parseStamp(std::string_view text);
StampParts parseTimeOfDay(std::string_view text);
// Joins a date-only and a time-only field read from two columns.
StampParts combineDateAndTime(const StampParts &date, const StampParts &time);

// Collects, over a whole file, the lines that prove day-first or month-first order.
struct DateOrderEvidence {
    qint64 dayFirstLine = 0;      // first line with a first field above 12
    qint64 monthFirstLine = 0;    // first line with a second field above 12
    qint64 ambiguousStamps = 0;   // stamps whose order matters
    qint64 yearFirstStamps = 0;
    qint64 dottedStamps = 0;

    void add(const StampParts &parts, qint64 line);
};

// The order to read the file with. An explicit request wins (lines that contradict it
// are rejected later as dates that do not exist). Auto is refused when the evidence is
// missing or contradicts itself, with the lines that show it in the message.
struct DateOrderDecision {
    bool ok = false;
    DateOrder order = DateOrder::Auto;
    QString message;
};
DateOrderDecision decideDateOrder(const DateOrderEvidence &evidence, DateOrder requested);

enum class StampError { None, BadText, DateDoesNotExist, OrderMismatch };

// Wall-clock seconds since 1970-01-01 00:00 of the written calendar (local time), or an
// exact UTC instant when the stamp had an offset or was Unix seconds (isUtc).
struct AssembledStamp {
    StampError error = StampError::None;
    qint64 seconds = 0;
    bool isUtc = false;
};
AssembledStamp assembleStamp(const StampParts &parts, DateOrder order);

// Whether a date exists and lies in the years meter data can come from (1970..2099).
bool isExistingDate(int year, int month, int day);
// Days since 1970-01-01 of a proleptic Gregorian date; exact for years 1800..2399.
qint64 daysSinceEpoch(int year, int month, int day);

// A description such as "DD/MM/YYYY HH:MM" or "YYYY-MM-DDTHH:MM:SS±HH:MM" for reports.
QString describeStampFormat(const StampParts &parts, DateOrder order);

QString dateOrderCode(DateOrder order);       // "auto", "dmy", "mdy", "ymd"
bool dateOrderFromCode(const QString &code, DateOrder *order);

} // namespace Enms::Engine
