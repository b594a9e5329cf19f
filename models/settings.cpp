// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/settings.h"

#include "models/database.h"

#include <QFileInfo>

namespace Enms::Settings {

namespace {

// Files are compared by their absolute path, so "./x.sqlite" and "/tmp/x.sqlite" are one.
QString canonicalLocation(const QString &location)
{
    if (Database::isPostgresLocation(location))
        return location;
    return QFileInfo(location).absoluteFilePath();
}

} // namespace

QStringList withRecentDatabase(QStringList list, const QString &location)
{
    const QString entry = canonicalLocation(location);
    list.removeAll(entry);
    list.prepend(entry);

    while (list.size() > kMaxRecentDatabases)
        list.removeLast();
    return list;
}

QStringList withoutMissingDatabases(const QStringList &list)
{
    QStringList kept;
    for (const QString &location : list) {
        if (Database::isPostgresLocation(location) || QFileInfo::exists(location))
            kept.append(location);
    }
    return kept;
}

} // namespace Enms::Settings
