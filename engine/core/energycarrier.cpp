// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/core/energycarrier.h"

namespace Enms::Engine {

QString carrierCode(EnergyCarrier carrier)
{
    switch (carrier) {
    case EnergyCarrier::Electricity: return QStringLiteral("electricity");
    case EnergyCarrier::NaturalGas: return QStringLiteral("natural_gas");
    case EnergyCarrier::Steam: return QStringLiteral("steam");
    case EnergyCarrier::CompressedAir: return QStringLiteral("compressed_air");
    }
    return {};
}

std::optional<EnergyCarrier> carrierFromCode(const QString &code)
{
    for (EnergyCarrier carrier : kAllCarriers) {
        if (carrierCode(carrier) == code)
            return carrier;
    }
    return std::nullopt;
}

} // namespace Enms::Engine
