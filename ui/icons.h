// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace Enms::Icons {

// One of the workbench's own icons (resources/icons/<name>.svg). They are SVG, so they
// stay sharp at every screen scale, and the same on Linux and Windows.
QIcon named(const char *name);

// The names of all of them, for tests that render each one.
QStringList allNames();

} // namespace Enms::Icons
