// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/auditlog.h"

#include "models/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Enms {

Engine::Status AuditLog::append(const QString &action, const QString &entity,
                                const QString &entityId, const QJsonObject &detail)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO audit_log (at_utc, actor, action, entity, "
                                 "entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(currentActor());
    query.addBindValue(action);
    query.addBindValue(entity);
    query.addBindValue(entityId);
    query.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    return m_database.exec(query, QStringLiteral("record %1 in the audit log").arg(action));
}

Engine::Result<std::vector<AuditEntry>> AuditLog::entries(const QString &entity,
                                                          const QString &entityId) const
{
    QString sql = QStringLiteral("SELECT id, at_utc, actor, action, entity, entity_id, detail "
                                 "FROM audit_log");
    if (!entity.isEmpty())
        sql += QStringLiteral(" WHERE entity = ?");
    if (!entity.isEmpty() && !entityId.isEmpty())
        sql += QStringLiteral(" AND entity_id = ?");
    sql += QStringLiteral(" ORDER BY id");

    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    if (!entity.isEmpty())
        query.addBindValue(entity);
    if (!entity.isEmpty() && !entityId.isEmpty())
        query.addBindValue(entityId);
    if (Engine::Status status = m_database.exec(query, QStringLiteral("read the audit log"));
        !status)
        return status.error();

    std::vector<AuditEntry> result;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.atUtc = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.actor = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.entity = query.value(4).toString();
        entry.entityId = query.value(5).toString();
        entry.detail = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        result.push_back(std::move(entry));
    }
    return result;
}

} // namespace Enms
