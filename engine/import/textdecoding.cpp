// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/import/textdecoding.h"

#include <algorithm>
#include <cstring>

namespace Enms::Engine {

namespace {

// Length of the UTF-8 sequence starting at p (1..4), or 0 if it is not well formed.
// Overlong forms, surrogates and code points above U+10FFFF are refused.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char lead = p[0];
    if (lead < 0x80)
        return 1;

    int length = 0;
    unsigned minimum = 0;
    unsigned code = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, minimum = 0x80, code = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, minimum = 0x800, code = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, minimum = 0x10000, code = lead & 0x07;
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;

    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        code = (code << 6) | (p[i] & 0x3F);
    }
    const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
    return code < minimum || surrogate || code > 0x10FFFF ? 0 : length;
}

bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        // The common case: eight bytes of plain ASCII at a time.
        quint64 word = 0;
        if (end - p >= 8 && (std::memcpy(&word, p, 8), (word & 0x8080808080808080ull) == 0)) {
            p += 8;
            continue;
        }
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = utf8SequenceLength(p, end);
        if (length == 0)
            return false;
        p += length;
    }
    return true;
}

QByteArray latin1ToUtf8(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x80) {
            out.append(c);
        } else {
            out.append(char(0xC0 | (u >> 6)));
            out.append(char(0x80 | (u & 0x3F)));
        }
    }
    return out;
}

void normaliseLoneCarriageReturns(QByteArray &text)
{
    if (text.contains('\n') || !text.contains('\r'))
        return;
    std::replace(text.begin(), text.end(), '\r', '\n');
}

} // namespace

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText decoded;
    if (bytes.startsWith("\xEF\xBB\xBF") && isValidUtf8(bytes)) {
        decoded.utf8 = bytes.mid(3);
        decoded.encoding = TextEncoding::Utf8WithBom;
    } else if (isValidUtf8(bytes)) {
        decoded.utf8 = bytes;
        decoded.encoding = TextEncoding::Utf8;
    } else {
        decoded.utf8 = latin1ToUtf8(bytes);
        decoded.encoding = TextEncoding::Latin1;
    }

    normaliseLoneCarriageReturns(decoded.utf8);
    return decoded;
}

QString textEncodingCode(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Utf8WithBom: return QStringLiteral("utf-8-bom");
    case TextEncoding::Latin1: return QStringLiteral("latin-1");
    }
    return {};
}

bool looksBinary(const QByteArray &bytes)
{
    // Judge the start of the file only: a text export does not turn binary later, and a
    // 30 MB file must not be scanned twice for this.
    const qsizetype probe = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < probe; ++i) {
        const auto u = static_cast<unsigned char>(bytes[i]);
        if (u == 0)
            return true;
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t')
            ++controls;
    }
    return controls > probe / 100 + 2;
}

} // namespace Enms::Engine
