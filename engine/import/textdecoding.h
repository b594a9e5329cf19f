// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Enms::Engine {

enum class TextEncoding { Utf8, Utf8WithBom, Latin1 };

// A meter file as UTF-8 bytes with "\n" line ends, whatever it was written in.
struct DecodedText {
    QByteArray utf8;
    TextEncoding encoding = TextEncoding::Utf8;
};

// Reads bytes as UTF-8 (a byte-order mark is dropped) when they are valid UTF-8, and
// as Latin-1 otherwise: exports from older BMS software on Windows are often Latin-1,
// where "°C" or "Zähler" are single bytes that are never valid UTF-8. Old Mac files that
// end lines with a lone "\r" get "\n" instead.
DecodedText decodeText(const QByteArray &bytes);

QString textEncodingCode(TextEncoding encoding);

// True when the bytes hold a NUL or many other control characters: not a text export.
bool looksBinary(const QByteArray &bytes);

} // namespace Enms::Engine
