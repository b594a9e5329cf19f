// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "engine/performance/actionplan.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace Enms {

class Database;

// One line of the plan list.
struct PlanSummary {
    QString id;
    QString seuId;
    QString seuName;
    QString siteId;
    QString issueType;
    Engine::PlanStatus status = Engine::PlanStatus::Draft;
    QDate targetDate;
    int revision = 1;
    QDateTime updatedAtUtc;
};

// One stored state of a plan, for the revision history an auditor reads.
struct PlanRevision {
    int revision = 1;
    QString author;
    QDateTime createdAtUtc;
    Engine::PlanStatus status = Engine::PlanStatus::Draft;
    QString summary;            // what changed, in a few words
    QJsonObject document;       // the whole plan as actionPlanToJson() writes it
};

// A revision that gave a plan a status: its creation (no `from`) or a change of status,
// with who made it and when. A status move taken back with undo is a change too, because
// it is stored as its own revision.
struct PlanStatusChange {
    int revision = 1;
    std::optional<Engine::PlanStatus> from;     // empty for the creation
    Engine::PlanStatus to = Engine::PlanStatus::Draft;
    QString author;
    QDateTime atUtc;
};

// The creation and every status change among these revisions (oldest first, as
// PlanRepository::revisions() returns them), oldest first. Revisions need no document.
std::vector<PlanStatusChange> statusHistoryOf(const std::vector<PlanRevision> &revisions);

// Saved action plans. Every save writes a new numbered revision holding the whole
// plan, and a record in the audit log, in one transaction; revisions are never
// changed afterwards. The plan's current state is the latest revision.
class PlanRepository final
{
public:
    PlanRepository(Database &database, QString currency)
        : m_database(database), m_currency(std::move(currency)) {}

    // Stores a new plan as revision 1. When its id is taken (the same SEU and issue
    // type planned twice on one day), the next free "-2", "-3", ... suffix is used.
    Engine::Result<Engine::ActionPlan> create(Engine::ActionPlan plan);

    // Stores the edited plan as the next revision; returns that revision's number.
    // With basedOnRevision, the save is refused (and nothing stored) when somebody else
    // stored a newer revision since that one was read: two editors of one plan never
    // overwrite each other's work unseen.
    Engine::Result<int> update(const Engine::ActionPlan &plan, const QString &summary,
                               std::optional<int> basedOnRevision = std::nullopt);

    // Moves a plan along its status workflow; a move the workflow does not allow is
    // refused with the moves that are allowed.
    Engine::Result<int> setStatus(const QString &planId, Engine::PlanStatus status,
                                  std::optional<int> basedOnRevision = std::nullopt);

    Engine::Result<Engine::ActionPlan> plan(const QString &planId) const;
    Engine::Result<std::vector<PlanSummary>> plans(const QString &siteId = {}) const;
    Engine::Result<std::vector<PlanRevision>> revisions(const QString &planId) const;
    // statusHistoryOf() the plan's revisions, read without their documents.
    Engine::Result<std::vector<PlanStatusChange>> statusHistory(const QString &planId) const;

private:
    Engine::Result<QString> freeId(const Engine::ActionPlan &plan) const;
    Engine::Status writeCurrent(const Engine::ActionPlan &plan, int revision, bool insert);
    Engine::Status writeRevision(const Engine::ActionPlan &plan, int revision,
                                 const QString &summary);
    Engine::Result<int> currentRevision(const QString &planId) const;
    Engine::Result<std::vector<PlanRevision>> readRevisions(const QString &planId,
                                                            bool withDocuments) const;

    Database &m_database;
    QString m_currency;
};

} // namespace Enms
