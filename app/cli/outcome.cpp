// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include "models/registry.h"

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

Engine::Result<QString> optionalSiteId(Database &db, const CliArgs &args)
{
    if (!args.has(QStringLiteral("site")))
        return QString();
    Engine::Result<Engine::SiteInfo> site = Registry(db).site(args.value(QStringLiteral("site")));
    if (!site)
        return site.error();
    return site->id;
}

} // namespace Enms::Cli
