// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

namespace Enms::Cli {

int exitCodeFor(Engine::ErrorCode code)
{
    switch (code) {
    case Engine::ErrorCode::InvalidInput: return CliError::Usage;
    case Engine::ErrorCode::UnknownEntity: return CliError::Unknown;
    case Engine::ErrorCode::NotEnoughData:
    case Engine::ErrorCode::ParseError: return CliError::NotEnoughData;
    case Engine::ErrorCode::RankDeficient:
    case Engine::ErrorCode::Cancelled:
    case Engine::ErrorCode::Internal: return CliError::Other;
    }
    return CliError::Other;
}

Outcome Outcome::failure(const Engine::Error &error)
{
    return Outcome{{}, exitCodeFor(error.code), error.message};
}

} // namespace Enms::Cli
