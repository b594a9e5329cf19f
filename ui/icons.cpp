// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/icons.h"

#include <QDir>

namespace Enms::Icons {

QIcon named(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

QStringList allNames()
{
    QStringList names;
    const QStringList files = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")});
    for (const QString &file : files)
        names.append(file.chopped(4));
    return names;
}

} // namespace Enms::Icons
