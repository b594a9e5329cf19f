// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Enms::Engine {

// The energy carriers an SEU can draw on. Gas and steam are accounted in
// kWh-equivalent; the factors below convert the physical units meters report.
enum class EnergyCarrier { Electricity, NaturalGas, Steam, CompressedAir };

inline constexpr std::array kAllCarriers = {
    EnergyCarrier::Electricity, EnergyCarrier::NaturalGas,
    EnergyCarrier::Steam, EnergyCarrier::CompressedAir};

// kWh of energy per cubic metre of natural gas and per kilogram of steam.
inline constexpr double kNaturalGasKWhPerCubicMetre = 10.55;
inline constexpr double kSteamKWhPerKilogram = 2.26;

// Stable codes used in the database and in JSON ("natural_gas", ...).
QString carrierCode(EnergyCarrier carrier);
std::optional<EnergyCarrier> carrierFromCode(const QString &code);

} // namespace Enms::Engine
