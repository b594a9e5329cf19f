// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"

namespace Enms {

class Database;

// The database schema as a list of numbered migrations. A database records the
// number of the last migration applied in schema_version; opening applies the
// missing ones in order, each in its own transaction.
namespace Schema {

int latestVersion();

// Brings the database up to latestVersion() and returns the version it is at.
// A database whose version is newer than this program's is refused unchanged.
Engine::Result<int> migrate(Database &database);

} // namespace Schema
} // namespace Enms
