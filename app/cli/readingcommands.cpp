// SPDX-License-Identifier: GPL-3.0-or-later
// enms demo | energy | import
#include "clicommand.h"

namespace Enms::Cli {

void addReadingCommands(CommandList &commands)
{
    Q_UNUSED(commands)
}

} // namespace Enms::Cli
