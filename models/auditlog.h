// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace Enms {

class Database;

struct AuditEntry {
    qint64 id = 0;
    QDateTime atUtc;
    QString actor;
    QString action;      // e.g. "site.add", "readings.import", "plan.status"
    QString entity;      // "site", "seu", "plan", ...
    QString entityId;
    QJsonObject detail;
};

// The append-only record of who changed what and when (ISO 50001 7.5). Entries are
// written inside the transaction of the change they describe, so a change and its
// record are stored together or not at all. The schema refuses UPDATE and DELETE.
class AuditLog final
{
public:
    explicit AuditLog(Database &database) : m_database(database) {}

    Engine::Status append(const QString &action, const QString &entity,
                          const QString &entityId, const QJsonObject &detail = {});
    Engine::Result<std::vector<AuditEntry>> entries(const QString &entity = {},
                                                    const QString &entityId = {}) const;

private:
    Database &m_database;
};

} // namespace Enms
