// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/import/importoptions.h"

#include "engine/import/importreport.h"

#include <array>

namespace Enms::Engine {

namespace {
constexpr std::array kAllUnits = {
    ImportUnit::WattHour,      ImportUnit::KiloWattHour, ImportUnit::MegaWattHour,
    ImportUnit::Watt,          ImportUnit::KiloWatt,     ImportUnit::CubicMetreGas,
    ImportUnit::KilogramSteam, ImportUnit::Celsius,      ImportUnit::Fahrenheit,
    ImportUnit::Count};
} // namespace

SeriesKind seriesKindOf(ImportUnit unit)
{
    switch (unit) {
    case ImportUnit::Celsius:
    case ImportUnit::Fahrenheit: return SeriesKind::Temperature;
    case ImportUnit::Count: return SeriesKind::Count;
    default: return SeriesKind::Energy;
    }
}

bool isPowerUnit(ImportUnit unit)
{
    return unit == ImportUnit::Watt || unit == ImportUnit::KiloWatt;
}

QString importUnitCode(ImportUnit unit)
{
    switch (unit) {
    case ImportUnit::WattHour: return QStringLiteral("Wh");
    case ImportUnit::KiloWattHour: return QStringLiteral("kWh");
    case ImportUnit::MegaWattHour: return QStringLiteral("MWh");
    case ImportUnit::Watt: return QStringLiteral("W");
    case ImportUnit::KiloWatt: return QStringLiteral("kW");
    case ImportUnit::CubicMetreGas: return QStringLiteral("m3");
    case ImportUnit::KilogramSteam: return QStringLiteral("kg");
    case ImportUnit::Celsius: return QStringLiteral("degC");
    case ImportUnit::Fahrenheit: return QStringLiteral("degF");
    case ImportUnit::Count: return QStringLiteral("count");
    }
    return {};
}

bool importUnitFromCode(const QString &code, ImportUnit *unit)
{
    for (const ImportUnit candidate : kAllUnits) {
        if (importUnitCode(candidate).compare(code, Qt::CaseInsensitive) == 0) {
            *unit = candidate;
            return true;
        }
    }
    return false;
}

QString rejectReasonCode(RejectReason reason)
{
    switch (reason) {
    case RejectReason::MalformedRecord: return QStringLiteral("malformed_record");
    case RejectReason::WrongFieldCount: return QStringLiteral("wrong_field_count");
    case RejectReason::BadTimestamp: return QStringLiteral("bad_timestamp");
    case RejectReason::DateDoesNotExist: return QStringLiteral("date_does_not_exist");
    case RejectReason::LocalTimeInGap: return QStringLiteral("local_time_in_dst_gap");
    case RejectReason::OffGrid: return QStringLiteral("off_interval_grid");
    case RejectReason::NotANumber: return QStringLiteral("not_a_number");
    case RejectReason::NegativeValue: return QStringLiteral("negative_value");
    case RejectReason::ImpossibleValue: return QStringLiteral("impossible_value");
    case RejectReason::ConflictingDuplicate: return QStringLiteral("conflicting_duplicate");
    }
    return {};
}

} // namespace Enms::Engine
