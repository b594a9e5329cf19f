// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/import/csvreader.h"

#include <array>
#include <cstring>
#include <map>

namespace Enms::Engine {

namespace {

constexpr size_t kSniffBytes = 64 * 1024;
constexpr int kSniffLines = 40;

// Separators in order of preference when two split the lines equally well: a file that
// splits evenly on ';' and on ',' uses ',' as its decimal mark.
constexpr std::array<char, 4> kSeparators = {'\t', ';', '|', ','};

std::vector<std::string_view> sniffLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    text = text.substr(0, kSniffBytes);
    while (!text.empty() && int(lines.size()) < kSniffLines) {
        const size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (!line.empty())
            lines.push_back(line);
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

int countOutsideQuotes(std::string_view line, char separator)
{
    int count = 0;
    bool quoted = false;
    for (const char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == separator && !quoted)
            ++count;
    }
    return count;
}

// Share of lines whose separator count equals the most common non-zero count.
double separatorScore(const std::vector<std::string_view> &lines, char separator)
{
    std::map<int, int> histogram;
    for (std::string_view line : lines)
        ++histogram[countOutsideQuotes(line, separator)];

    int bestCount = 0;
    int bestLines = 0;
    for (const auto &[count, lineCount] : histogram) {
        if (count > 0 && lineCount > bestLines)
            bestCount = count, bestLines = lineCount;
    }
    return bestCount > 0 ? double(bestLines) / double(lines.size()) : 0.0;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// 1 when the field reads as a number with a decimal comma, -1 for a decimal point,
// 0 for anything else.
int decimalVote(std::string_view field)
{
    if (!field.empty() && (field.front() == '-' || field.front() == '+'))
        field.remove_prefix(1);
    const size_t mark = field.find_first_of(".,");
    if (mark == 0 || mark == std::string_view::npos || mark + 1 == field.size())
        return 0;
    for (size_t i = 0; i < field.size(); ++i) {
        if (i != mark && !isDigit(field[i]))
            return 0;
    }
    return field[mark] == ',' ? 1 : -1;
}

char sniffDecimalMark(const std::vector<std::string_view> &lines, char separator)
{
    if (separator == ',')
        return '.';
    int commaVotes = 0;
    int pointVotes = 0;
    for (std::string_view line : lines) {
        size_t start = 0;
        while (start <= line.size()) {
            size_t end = line.find(separator, start);
            if (end == std::string_view::npos)
                end = line.size();
            std::string_view field = line.substr(start, end - start);
            if (field.size() >= 2 && field.front() == '"' && field.back() == '"')
                field = field.substr(1, field.size() - 2);
            const int vote = decimalVote(field);
            commaVotes += vote > 0;
            pointVotes += vote < 0;
            start = end + 1;
        }
    }
    return commaVotes > pointVotes ? ',' : '.';
}

} // namespace

CsvDialect sniffCsvDialect(std::string_view text)
{
    const std::vector<std::string_view> lines = sniffLines(text);
    CsvDialect dialect;
    if (lines.empty())
        return dialect;

    double bestScore = 0.0;
    for (const char candidate : kSeparators) {
        const double score = separatorScore(lines, candidate);
        if (score > bestScore + 1e-9)
            bestScore = score, dialect.separator = candidate;
    }
    dialect.decimalMark = sniffDecimalMark(lines, dialect.separator);
    return dialect;
}

CsvReader::CsvReader(std::string_view text, char separator)
    : m_text(text)
    , m_separator(separator)
{
}

std::string_view CsvReader::trimmed(std::string_view field)
{
    while (!field.empty() && (field.front() == ' ' || field.front() == '\t'))
        field.remove_prefix(1);
    while (!field.empty() && (field.back() == ' ' || field.back() == '\t'
                              || field.back() == '\r'))
        field.remove_suffix(1);
    return field;
}

bool CsvReader::next()
{
    m_malformed = false;
    while (m_pos < m_text.size()) {
        const char *begin = m_text.data() + m_pos;
        const size_t rest = m_text.size() - m_pos;
        const auto *newline = static_cast<const char *>(std::memchr(begin, '\n', rest));
        const size_t lineEnd = newline ? size_t(newline - m_text.data()) : m_text.size();
        m_recordLine = m_line;

        const bool hasQuote = std::memchr(begin, '"', lineEnd - m_pos) != nullptr;
        if (hasQuote) {
            readQuotedRecord();
            return true;
        }
        if (readPlainLine(lineEnd))
            return true;
    }
    return false;
}

// A line without quotes: split on the separator. Blank lines are skipped.
bool CsvReader::readPlainLine(size_t lineEnd)
{
    std::string_view line = m_text.substr(m_pos, lineEnd - m_pos);
    m_pos = lineEnd + 1;
    ++m_line;
    if (trimmed(line).empty())
        return false;

    m_fields.clear();
    size_t start = 0;
    while (true) {
        const size_t end = line.find(m_separator, start);
        if (end == std::string_view::npos) {
            m_fields.push_back(trimmed(line.substr(start)));
            return true;
        }
        m_fields.push_back(trimmed(line.substr(start, end - start)));
        start = end + 1;
    }
}

// A record with quotes, read character by character into the scratch buffer. The
// buffer is reserved up front so the views taken into it stay valid.
void CsvReader::readQuotedRecord()
{
    m_fields.clear();
    m_scratch.clear();
    m_scratch.reserve(m_text.size() - m_pos + 1);

    size_t fieldStart = 0;
    bool quoted = false;
    const auto closeField = [&] {
        const std::string_view all(m_scratch);
        m_fields.push_back(trimmed(all.substr(fieldStart)));
        fieldStart = m_scratch.size();
    };

    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos++];
        if (quoted) {
            if (c == '"' && m_pos < m_text.size() && m_text[m_pos] == '"') {
                m_scratch.push_back('"');
                ++m_pos;
            } else if (c == '"') {
                quoted = false;
            } else {
                m_line += c == '\n';
                m_scratch.push_back(c);
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == m_separator) {
            closeField();
        } else if (c == '\n') {
            ++m_line;
            break;
        } else {
            m_scratch.push_back(c);
        }
    }
    m_malformed = quoted;
    closeField();
}

} // namespace Enms::Engine
