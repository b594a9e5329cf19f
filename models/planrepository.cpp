// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/planrepository.h"

#include "models/auditlog.h"
#include "models/database.h"
#include "models/performance/performancejson.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Enms {

using namespace Engine;

namespace {

QString nowUtcText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Qt binds a null QString as SQL NULL; the plan's text columns are NOT NULL, and an
// emptied field is an empty text, not a missing one.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Error unknownPlan(const QString &planId)
{
    return makeError(ErrorCode::UnknownEntity,
                     QStringLiteral("No action plan has the id \"%1\".").arg(planId));
}

} // namespace

Result<QString> PlanRepository::freeId(const ActionPlan &plan) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM action_plans WHERE id = ?"));
    for (int sequence = 1; sequence < 1000; ++sequence) {
        const QString id = planId(plan.seuName, plan.issueType, plan.createdOn, sequence);
        query.bindValue(0, id);
        if (Status s = m_database.exec(query, QStringLiteral("look up a plan id")); !s)
            return s.error();
        const bool taken = query.next();
        query.finish();
        if (!taken)
            return id;
    }
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("Too many plans of this kind for %1 on one day.")
                         .arg(plan.seuName));
}

Status PlanRepository::writeCurrent(const ActionPlan &plan, int revision, bool insert)
{
    const QString document = compact(actionPlanToJson(plan, m_currency, plan.createdAtUtc));
    QSqlQuery write(m_database.connection());
    if (insert) {
        write.prepare(QStringLiteral(
            "INSERT INTO action_plans (seu_id, issue_type, status, target_date, revision, "
            "document, created_at, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        write.prepare(QStringLiteral(
            "UPDATE action_plans SET seu_id = ?, issue_type = ?, status = ?, target_date = ?, "
            "revision = ?, document = ?, created_at = ?, updated_at = ? WHERE id = ?"));
    }
    write.addBindValue(plan.seuId);
    write.addBindValue(issueTypeCode(plan.issueType));
    write.addBindValue(planStatusCode(plan.status));
    write.addBindValue(plan.targetDate.toString(Qt::ISODate));
    write.addBindValue(revision);
    write.addBindValue(document);
    write.addBindValue(plan.createdAtUtc.toString(Qt::ISODateWithMs));
    write.addBindValue(nowUtcText());
    write.addBindValue(plan.id);
    if (Status s = m_database.exec(write, QStringLiteral("store an action plan")); !s)
        return s;

    // The actions are mirrored row by row so that reports can query them.
    QSqlQuery clear(m_database.connection());
    clear.prepare(QStringLiteral("DELETE FROM plan_actions WHERE plan_id = ?"));
    clear.addBindValue(plan.id);
    if (Status s = m_database.exec(clear, QStringLiteral("replace plan actions")); !s)
        return s;
    QSqlQuery action(m_database.connection());
    action.prepare(QStringLiteral(
        "INSERT INTO plan_actions (plan_id, position, priority, action, responsible, "
        "timeline_days, resources_needed) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (size_t i = 0; i < plan.actions.size(); ++i) {
        const PlanAction &step = plan.actions[i];
        action.bindValue(0, plan.id);
        action.bindValue(1, int(i));
        action.bindValue(2, step.priority);
        action.bindValue(3, text(step.action));
        action.bindValue(4, text(step.responsible));
        action.bindValue(5, step.timelineDays);
        action.bindValue(6, text(step.resourcesNeeded));
        if (Status s = m_database.exec(action, QStringLiteral("store a plan action")); !s)
            return s;
    }
    return Done{};
}

Status PlanRepository::writeRevision(const ActionPlan &plan, int revision,
                                     const QString &summary)
{
    const QJsonObject document = actionPlanToJson(plan, m_currency, plan.createdAtUtc);
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO plan_revisions (plan_id, revision, author, "
                                  "created_at, status, summary, document) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(plan.id);
    insert.addBindValue(revision);
    insert.addBindValue(currentActor());
    insert.addBindValue(nowUtcText());
    insert.addBindValue(planStatusCode(plan.status));
    insert.addBindValue(text(summary));
    insert.addBindValue(compact(document));
    if (Status s = m_database.exec(insert, QStringLiteral("store a plan revision")); !s)
        return s;
    return AuditLog(m_database).append(
        revision == 1 ? QStringLiteral("plan.create") : QStringLiteral("plan.revise"),
        QStringLiteral("plan"), plan.id,
        {{QStringLiteral("revision"), revision}, {QStringLiteral("summary"), summary},
         {QStringLiteral("status"), planStatusCode(plan.status)}});
}

Result<ActionPlan> PlanRepository::create(ActionPlan plan)
{
    const Status stored = m_database.transaction([&]() -> Status {
        Result<QString> id = freeId(plan);
        if (!id)
            return id.error();
        plan.id = *id;
        if (Status s = writeCurrent(plan, 1, true); !s)
            return s;
        return writeRevision(plan, 1, QStringLiteral("Created from the %1 template")
                                          .arg(issueTypeCode(plan.issueType)));
    });
    if (!stored)
        return stored.error();
    return plan;
}

Result<int> PlanRepository::currentRevision(const QString &planId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT revision FROM action_plans WHERE id = ?"));
    query.addBindValue(planId);
    if (Status s = m_database.exec(query, QStringLiteral("read a plan")); !s)
        return s.error();
    if (!query.next())
        return unknownPlan(planId);
    return query.value(0).toInt();
}

Result<int> PlanRepository::update(const ActionPlan &plan, const QString &summary,
                                   std::optional<int> basedOnRevision)
{
    int revision = 0;
    const Status stored = m_database.transaction([&]() -> Status {
        Result<int> current = currentRevision(plan.id);
        if (!current)
            return current.error();
        if (basedOnRevision && *current != *basedOnRevision)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("Plan %1 was changed elsewhere: it is at revision "
                                            "%2, this edit was made on revision %3. Nothing "
                                            "was stored; open the plan again to see the "
                                            "other changes.")
                                 .arg(plan.id)
                                 .arg(*current)
                                 .arg(*basedOnRevision));
        revision = *current + 1;
        if (Status s = writeCurrent(plan, revision, false); !s)
            return s;
        return writeRevision(plan, revision, summary);
    });
    if (!stored)
        return stored.error();
    return revision;
}

Result<int> PlanRepository::setStatus(const QString &planId, PlanStatus status,
                                      std::optional<int> basedOnRevision)
{
    Result<ActionPlan> current = plan(planId);
    if (!current)
        return current.error();
    if (!isAllowedTransition(current->status, status)) {
        QStringList allowed;
        for (PlanStatus next : allowedTransitions(current->status))
            allowed.append(planStatusCode(next));
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Plan %1 is %2; it can move to %3, not to %4.")
                             .arg(planId, planStatusCode(current->status),
                                  allowed.isEmpty() ? QStringLiteral("nothing else")
                                                    : allowed.join(QStringLiteral(", ")),
                                  planStatusCode(status)));
    }
    const QString summary = QStringLiteral("Status %1 -> %2")
                                .arg(planStatusCode(current->status), planStatusCode(status));
    current->status = status;
    return update(*current, summary, basedOnRevision);
}

Result<ActionPlan> PlanRepository::plan(const QString &planId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT document FROM action_plans WHERE id = ?"));
    query.addBindValue(planId);
    if (Status s = m_database.exec(query, QStringLiteral("read a plan")); !s)
        return s.error();
    if (!query.next())
        return unknownPlan(planId);
    return actionPlanFromJson(parse(query.value(0).toString()));
}

Result<std::vector<PlanSummary>> PlanRepository::plans(const QString &siteId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT p.id, p.seu_id, s.name, s.site_id, p.issue_type, p.status, p.target_date, "
        "p.revision, p.updated_at FROM action_plans p JOIN seus s ON s.id = p.seu_id")
        + (siteId.isEmpty() ? QString() : QStringLiteral(" WHERE s.site_id = ?"))
        + QStringLiteral(" ORDER BY p.updated_at DESC, p.id"));
    if (!siteId.isEmpty())
        query.addBindValue(siteId);
    if (Status s = m_database.exec(query, QStringLiteral("list action plans")); !s)
        return s.error();
    std::vector<PlanSummary> result;
    while (query.next()) {
        PlanSummary summary;
        summary.id = query.value(0).toString();
        summary.seuId = query.value(1).toString();
        summary.seuName = query.value(2).toString();
        summary.siteId = query.value(3).toString();
        summary.issueType = query.value(4).toString();
        summary.status = planStatusFromCode(query.value(5).toString()).value_or(PlanStatus::Draft);
        summary.targetDate = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        summary.revision = query.value(7).toInt();
        summary.updatedAtUtc = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
        result.push_back(std::move(summary));
    }
    return result;
}

Result<std::vector<PlanRevision>> PlanRepository::readRevisions(const QString &planId,
                                                                bool withDocuments) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT revision, author, created_at, status, summary")
                  + (withDocuments ? QStringLiteral(", document") : QString())
                  + QStringLiteral(" FROM plan_revisions WHERE plan_id = ? ORDER BY revision"));
    query.addBindValue(planId);
    if (Status s = m_database.exec(query, QStringLiteral("read plan revisions")); !s)
        return s.error();
    std::vector<PlanRevision> result;
    while (query.next()) {
        PlanRevision revision;
        revision.revision = query.value(0).toInt();
        revision.author = query.value(1).toString();
        revision.createdAtUtc = QDateTime::fromString(query.value(2).toString(),
                                                      Qt::ISODateWithMs);
        revision.status = planStatusFromCode(query.value(3).toString())
                              .value_or(PlanStatus::Draft);
        revision.summary = query.value(4).toString();
        if (withDocuments)
            revision.document = parse(query.value(5).toString());
        result.push_back(std::move(revision));
    }
    if (result.empty())
        return unknownPlan(planId);
    return result;
}

Result<std::vector<PlanRevision>> PlanRepository::revisions(const QString &planId) const
{
    return readRevisions(planId, true);
}

Result<std::vector<PlanStatusChange>>
PlanRepository::statusHistory(const QString &planId) const
{
    const Result<std::vector<PlanRevision>> revisions = readRevisions(planId, false);
    if (!revisions)
        return revisions.error();
    return statusHistoryOf(*revisions);
}

std::vector<PlanStatusChange> statusHistoryOf(const std::vector<PlanRevision> &revisions)
{
    std::vector<PlanStatusChange> changes;
    for (const PlanRevision &revision : revisions) {
        const bool first = changes.empty();
        if (!first && changes.back().to == revision.status)
            continue;
        PlanStatusChange change;
        change.revision = revision.revision;
        if (!first)
            change.from = changes.back().to;
        change.to = revision.status;
        change.author = revision.author;
        change.atUtc = revision.createdAtUtc;
        changes.push_back(std::move(change));
    }
    return changes;
}

} // namespace Enms
