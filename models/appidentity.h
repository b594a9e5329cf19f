// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Enms {

// Names both executables give themselves, so that the GUI and the command-line tool
// find the same default database and settings.
void applyApplicationIdentity();

// The database used when no --db is given: enms.sqlite in the user's data location.
QString defaultDatabasePath();

} // namespace Enms
