// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the stamp parser and its assembly under every date order, and the
// DST resolver on whatever wall-clock time comes out.
#include "engine/import/localtimeresolver.h"
#include "engine/import/timestampparse.h"
#include "engine/time/localcalendar.h"

#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace Enms::Engine;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const LocalCalendar berlin(QTimeZone("Europe/Berlin"));
    const std::string_view text(reinterpret_cast<const char *>(data), size);

    const StampParts parts = parseStamp(text);
    const StampParts time = parseTimeOfDay(text);
    const StampParts joined = combineDateAndTime(parts, time);
    for (const DateOrder order : {DateOrder::Auto, DateOrder::DayMonthYear,
                                  DateOrder::MonthDayYear, DateOrder::YearMonthDay}) {
        for (const StampParts &candidate : {parts, joined}) {
            const AssembledStamp stamp = assembleStamp(candidate, order);
            if (stamp.error != StampError::None || stamp.isUtc)
                continue;
            LocalTimeResolver resolver(berlin);
            const auto resolved = resolver.resolve(stamp.seconds);
            // A resolved instant lies within a day of its wall-clock reading.
            if (resolved.utcSecs - stamp.seconds > 86400
                || stamp.seconds - resolved.utcSecs > 86400)
                __builtin_trap();
        }
    }
    DateOrderEvidence evidence;
    evidence.add(parts, 1);
    decideDateOrder(evidence, DateOrder::Auto);
    describeStampFormat(parts, DateOrder::Auto);
    return 0;
}
