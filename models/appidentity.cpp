// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/appidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace Enms {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EnMS"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("enms-workbench.org"));
    QCoreApplication::setApplicationName(QStringLiteral("EnMS Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENMS_VERSION));
}

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("enms.sqlite"));
}

} // namespace Enms
