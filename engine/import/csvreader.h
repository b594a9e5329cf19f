// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace Enms::Engine {

// The written conventions of a delimited text file.
struct CsvDialect {
    char separator = ',';
    char decimalMark = '.';
};

// Guesses separator (, ; tab |) and decimal mark from the first lines of UTF-8 text.
// The separator is the candidate that splits the most lines into the same number of
// fields; the decimal mark is a comma only when the separator is not one and numeric
// fields use it.
CsvDialect sniffCsvDialect(std::string_view text);

// Splits UTF-8 text into records of fields, RFC 4180 style: fields may be quoted, a
// doubled quote inside quotes is one quote, and a quoted field may span lines. Fields
// are views into the text, or into the reader's own buffer when a quote had to be
// undone; they stay valid until the next call to next().
class CsvReader final
{
public:
    CsvReader(std::string_view text, char separator);

    // Reads the next non-blank record. Returns false at the end of the text.
    bool next();

    const std::vector<std::string_view> &fields() const { return m_fields; }
    qint64 lineNumber() const { return m_recordLine; }     // 1-based, of the record start
    bool malformed() const { return m_malformed; }          // an unterminated quote

    qsizetype position() const { return qsizetype(m_pos); }

private:
    bool readPlainLine(size_t lineEnd);
    void readQuotedRecord();
    static std::string_view trimmed(std::string_view field);

    std::string_view m_text;
    char m_separator;
    size_t m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_malformed = false;
    std::vector<std::string_view> m_fields;
    std::string m_scratch;
};

} // namespace Enms::Engine
