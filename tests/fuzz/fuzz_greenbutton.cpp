// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the Green Button (ESPI XML) reader and the checks behind it.
#include "engine/import/greenbutton.h"

#include <cstddef>
#include <cstdint>

using namespace Enms::Engine;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     qsizetype(size));
    GreenButtonOptions options;
    options.targetId = QStringLiteral("fuzz");
    options.timeZoneId = QStringLiteral("America/Los_Angeles");
    const ImportResult result = importGreenButton(bytes, options);
    if (!result.report.accepted() && result.report.reasons.isEmpty())
        __builtin_trap();
    return 0;
}
