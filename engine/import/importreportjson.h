// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/import/importreport.h"

#include <QJsonObject>

namespace Enms::Engine {

// The dry-run report as JSON, for the CLI and the import log. Instants are ISO 8601 UTC,
// reasons are codes plus the plain-English detail.
QJsonObject importReportToJson(const ImportReport &report);

} // namespace Enms::Engine
