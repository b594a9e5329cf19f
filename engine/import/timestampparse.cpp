// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/import/timestampparse.h"

namespace Enms::Engine {

namespace {

// Meter data start with electronic meters, and zone tables are exact to 2100; a year
// outside this span is a typing error, and accepting it would make the per-day checks
// walk centuries.
constexpr int kFirstYear = 1970;
constexpr int kLastYear = 2099;

// A forward-only reader over the characters of one field.
class Cursor final
{
public:
    explicit Cursor(std::string_view text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    void skip(size_t n = 1) { m_pos += n; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    int skipSpaces()
    {
        int n = 0;
        while (peek() == ' ')
            ++m_pos, ++n;
        return n;
    }

    // Reads 1..maxDigits decimal digits; returns the digit count (0 when none).
    int number(int maxDigits, qint64 *value)
    {
        int digits = 0;
        qint64 v = 0;
        while (digits < maxDigits && peek() >= '0' && peek() <= '9') {
            v = v * 10 + (peek() - '0');
            ++m_pos, ++digits;
        }
        *value = v;
        return digits;
    }
    std::string_view rest() const { return m_text.substr(m_pos); }

private:
    std::string_view m_text;
    size_t m_pos = 0;
};

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'
                             || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool allDigits(std::string_view text)
{
    if (text.empty())
        return false;
    for (const char c : text) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

// Unix seconds: 9 or 10 digits, optionally with a zero fraction; up to 2099 only.
bool parseUnix(std::string_view text, StampParts *parts)
{
    const size_t point = text.find('.');
    std::string_view whole = text.substr(0, point);
    if (point != std::string_view::npos) {
        const std::string_view fraction = text.substr(point + 1);
        if (!allDigits(fraction) || fraction.find_first_not_of('0') != std::string_view::npos)
            return false;
    }
    if (whole.size() < 9 || whole.size() > 11 || !allDigits(whole))
        return false;

    qint64 value = 0;
    for (const char c : whole)
        value = value * 10 + (c - '0');
    constexpr qint64 kYear2100 = 4102444800;
    if (value >= kYear2100)
        return false;
    parts->kind = StampParts::Kind::UnixSeconds;
    parts->unixSeconds = value;
    return true;
}

bool parseDate(Cursor &in, StampParts *parts)
{
    qint64 a = 0, b = 0, c = 0;
    const int aDigits = in.number(4, &a);
    const char separator = in.peek();
    if (aDigits == 0 || (separator != '-' && separator != '/' && separator != '.'))
        return false;
    in.skip();
    if (in.number(2, &b) == 0 || !in.take(separator))
        return false;
    const int cDigits = in.number(4, &c);

    parts->dateSeparator = separator;
    if (aDigits == 4 && cDigits >= 1 && cDigits <= 2) {
        parts->yearFirst = true;
        parts->year = int(a), parts->first = int(b), parts->second = int(c);
        return true;
    }
    if (aDigits <= 2 && cDigits == 4) {
        parts->year = int(c), parts->first = int(a), parts->second = int(b);
        return true;
    }
    return false;
}

// "AM"/"PM" after the time, in either case, with or without dots.
int parseMeridiem(Cursor &in)
{
    const std::string_view rest = in.rest();
    const auto matches = [&](std::string_view word) {
        if (rest.size() < word.size())
            return false;
        for (size_t i = 0; i < word.size(); ++i) {
            if ((rest[i] | 0x20) != word[i])
                return false;
        }
        return true;
    };
    for (const auto &[word, meridiem] : {std::pair{std::string_view("a.m."), 1},
                                         std::pair{std::string_view("p.m."), 2},
                                         std::pair{std::string_view("am"), 1},
                                         std::pair{std::string_view("pm"), 2}}) {
        if (matches(word)) {
            in.skip(word.size());
            return meridiem;
        }
    }
    return 0;
}

bool applyMeridiem(int meridiem, qint64 *hour)
{
    if (meridiem == 0)
        return true;
    if (*hour < 1 || *hour > 12)
        return false;
    *hour = (*hour % 12) + (meridiem == 2 ? 12 : 0);
    return true;
}

bool parseTime(Cursor &in, StampParts *parts)
{
    qint64 hour = 0, minute = 0, second = 0;
    if (in.number(2, &hour) == 0 || !in.take(':') || in.number(2, &minute) != 2)
        return false;
    if (in.take(':')) {
        if (in.number(2, &second) != 2)
            return false;
        parts->hasSeconds = true;
        if (in.take('.') || in.take(',')) {
            qint64 ignored = 0;
            if (in.number(9, &ignored) == 0)
                return false;
        }
    }

    const int spaces = in.skipSpaces();
    const int meridiem = parseMeridiem(in);
    const bool zoneFollows = std::string_view("+-ZU").find(in.peek()) != std::string_view::npos;
    if (meridiem == 0 && spaces > 0 && !in.atEnd() && !zoneFollows)
        return false;
    if (!applyMeridiem(meridiem, &hour))
        return false;

    const bool endOfDay = hour == 24 && minute == 0 && second == 0;
    parts->timeOutOfRange = (hour > 23 && !endOfDay) || minute > 59 || second > 59;
    parts->secondsOfDay = int(hour * 3600 + minute * 60 + second);
    return true;
}

// "Z", "UTC", "+01:00", "+0100" or "+01" after the time.
bool parseOffset(Cursor &in, StampParts *parts)
{
    in.skipSpaces();
    if (in.atEnd())
        return true;
    if (in.take('Z') || in.rest() == "UTC") {
        parts->hasOffset = true;
        return in.rest() == "UTC" || in.atEnd();
    }
    const char sign = in.peek();
    if (sign != '+' && sign != '-')
        return false;
    in.skip();
    qint64 hours = 0, minutes = 0;
    if (in.number(2, &hours) != 2)
        return false;
    in.take(':');
    if (!in.atEnd() && in.number(2, &minutes) != 2)
        return false;
    if (!in.atEnd() || hours > 14 || minutes > 59)
        return false;

    parts->hasOffset = true;
    parts->offsetSeconds = int((hours * 3600 + minutes * 60) * (sign == '-' ? -1 : 1));
    return true;
}

} // namespace

StampParts parseStamp(std::string_view text)
{
    text = trimmed(text);
    StampParts parts;
    if (parseUnix(text, &parts))
        return parts;

    Cursor in(text);
    if (!parseDate(in, &parts))
        return StampParts{};
    if (in.atEnd()) {
        parts.kind = StampParts::Kind::DateOnly;
        return parts;
    }

    parts.isoT = in.take('T');
    if (!parts.isoT && in.skipSpaces() == 0 && !in.take(','))
        return StampParts{};
    in.skipSpaces();
    if (!parseTime(in, &parts) || !parseOffset(in, &parts))
        return StampParts{};
    parts.kind = StampParts::Kind::DateTime;
    return parts;
}

StampParts parseTimeOfDay(std::string_view text)
{
    Cursor in(trimmed(text));
    StampParts parts;
    if (!parseTime(in, &parts) || !parseOffset(in, &parts))
        return StampParts{};
    parts.kind = StampParts::Kind::TimeOnly;
    return parts;
}

StampParts combineDateAndTime(const StampParts &date, const StampParts &time)
{
    if (date.kind != StampParts::Kind::DateOnly || time.kind != StampParts::Kind::TimeOnly)
        return StampParts{};
    StampParts parts = date;
    parts.kind = StampParts::Kind::DateTime;
    parts.secondsOfDay = time.secondsOfDay;
    parts.hasSeconds = time.hasSeconds;
    parts.timeOutOfRange = time.timeOutOfRange;
    parts.hasOffset = time.hasOffset;
    parts.offsetSeconds = time.offsetSeconds;
    return parts;
}

void DateOrderEvidence::add(const StampParts &parts, qint64 line)
{
    if (!parts.hasDate())
        return;
    if (parts.yearFirst) {
        ++yearFirstStamps;
        return;
    }
    if (parts.dateSeparator == '.') {
        ++dottedStamps;
        return;
    }

    ++ambiguousStamps;
    const bool firstIsDay = parts.first > 12 && parts.first <= 31 && parts.second <= 12;
    const bool secondIsDay = parts.second > 12 && parts.second <= 31 && parts.first <= 12;
    if (firstIsDay && dayFirstLine == 0)
        dayFirstLine = line;
    if (secondIsDay && monthFirstLine == 0)
        monthFirstLine = line;
}

DateOrderDecision decideDateOrder(const DateOrderEvidence &evidence, DateOrder requested)
{
    if (requested != DateOrder::Auto)
        return {true, requested, {}};
    if (evidence.ambiguousStamps == 0) {
        const DateOrder order = evidence.dottedStamps > 0 && evidence.yearFirstStamps == 0
                                    ? DateOrder::DayMonthYear
                                    : DateOrder::YearMonthDay;
        return {true, order, {}};
    }

    if (evidence.dayFirstLine > 0 && evidence.monthFirstLine > 0) {
        return {false, DateOrder::Auto,
                QStringLiteral("The file writes dates both ways: line %1 is day-first, "
                               "line %2 is month-first")
                    .arg(evidence.dayFirstLine)
                    .arg(evidence.monthFirstLine)};
    }
    if (evidence.dayFirstLine > 0)
        return {true, DateOrder::DayMonthYear, {}};
    if (evidence.monthFirstLine > 0)
        return {true, DateOrder::MonthDayYear, {}};
    return {false, DateOrder::Auto,
            QStringLiteral("No date in the file has a day above 12, so day-first and "
                           "month-first read equally well; choose the date order (dmy or mdy)")};
}

bool isExistingDate(int year, int month, int day)
{
    if (year < kFirstYear || year > kLastYear || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int length = kDaysInMonth[month - 1] + (month == 2 && leap ? 1 : 0);
    return day <= length;
}

qint64 daysSinceEpoch(int year, int month, int day)
{
    // Whole years since 1970, plus the leap days of the years in between, plus the
    // days of the months already past this year (and 29 February once it is past).
    const auto leapDaysBefore = [](qint64 y) { return y / 4 - y / 100 + y / 400; };
    static constexpr int kDaysBeforeMonth[] = {0,   31,  59,  90,  120, 151,
                                               181, 212, 243, 273, 304, 334};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    qint64 days = qint64(year - 1970) * 365
                  + leapDaysBefore(year - 1) - leapDaysBefore(1969);
    days += kDaysBeforeMonth[month - 1] + (leap && month > 2 ? 1 : 0);
    return days + day - 1;
}

AssembledStamp assembleStamp(const StampParts &parts, DateOrder order)
{
    AssembledStamp out;
    if (parts.kind == StampParts::Kind::UnixSeconds) {
        out.seconds = parts.unixSeconds;
        out.isUtc = true;
        return out;
    }
    if (!parts.hasDate()) {
        out.error = StampError::BadText;
        return out;
    }

    int day = parts.second, month = parts.first;
    if (!parts.yearFirst) {
        if (order == DateOrder::YearMonthDay) {
            out.error = StampError::OrderMismatch;
            return out;
        }
        const bool dayFirst = parts.dateSeparator == '.' || order == DateOrder::DayMonthYear;
        day = dayFirst ? parts.first : parts.second;
        month = dayFirst ? parts.second : parts.first;
    }
    if (!isExistingDate(parts.year, month, day) || parts.timeOutOfRange) {
        out.error = StampError::DateDoesNotExist;
        return out;
    }

    out.seconds = daysSinceEpoch(parts.year, month, day) * 86400 + parts.secondsOfDay
                  - parts.offsetSeconds;
    out.isUtc = parts.hasOffset;
    return out;
}

QString describeStampFormat(const StampParts &parts, DateOrder order)
{
    if (parts.kind == StampParts::Kind::UnixSeconds)
        return QStringLiteral("unix seconds");
    if (!parts.hasDate())
        return QStringLiteral("unknown");

    const QChar separator = QLatin1Char(parts.dateSeparator);
    QString text;
    if (parts.yearFirst)
        text = QStringLiteral("YYYY%1MM%1DD").arg(separator);
    else if (parts.dateSeparator == '.' || order == DateOrder::DayMonthYear)
        text = QStringLiteral("DD%1MM%1YYYY").arg(separator);
    else
        text = QStringLiteral("MM%1DD%1YYYY").arg(separator);

    if (parts.kind == StampParts::Kind::DateTime) {
        text += parts.isoT ? QStringLiteral("THH:MM") : QStringLiteral(" HH:MM");
        if (parts.hasSeconds)
            text += QStringLiteral(":SS");
        if (parts.hasOffset)
            text += QStringLiteral("±HH:MM");
    }
    return text;
}

QString dateOrderCode(DateOrder order)
{
    switch (order) {
    case DateOrder::Auto: return QStringLiteral("auto");
    case DateOrder::DayMonthYear: return QStringLiteral("dmy");
    case DateOrder::MonthDayYear: return QStringLiteral("mdy");
    case DateOrder::YearMonthDay: return QStringLiteral("ymd");
    }
    return {};
}

bool dateOrderFromCode(const QString &code, DateOrder *order)
{
    for (DateOrder candidate : {DateOrder::Auto, DateOrder::DayMonthYear,
                                DateOrder::MonthDayYear, DateOrder::YearMonthDay}) {
        if (dateOrderCode(candidate) == code) {
            *order = candidate;
            return true;
        }
    }
    return false;
}

} // namespace Enms::Engine
