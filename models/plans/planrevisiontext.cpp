// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/plans/planrevisiontext.h"

#include "models/performance/opportunitytablemodel.h"
#include "models/plans/planactionsmodel.h"
#include "models/plans/plantext.h"

#include <QDate>
#include <QJsonArray>

#include <optional>

namespace Enms {

using Engine::PlanStatus;

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString created(const QJsonObject &plan)
{
    const auto type = Engine::issueTypeFromCode(plan.value(key("issue_type")).toString());
    if (!type)
        return PlanRevisionText::tr("Plan created");
    //: the issue type whose template the plan started from
    return PlanRevisionText::tr("Created from the “%1” template")
        .arg(OpportunityTableModel::issueTypeLabel(*type));
}

// A status change. One the workflow does not allow can only be the undo of a move, which
// the plan stores as a revision of its own.
std::optional<QString> statusChange(const QJsonObject &before, const QJsonObject &after)
{
    const auto from = Engine::planStatusFromCode(before.value(key("status")).toString());
    const auto to = Engine::planStatusFromCode(after.value(key("status")).toString());
    if (!from || !to || *from == *to)
        return std::nullopt;
    //: old status → new status
    const QString move = PlanRevisionText::tr("Status %1 → %2")
                             .arg(PlanText::statusName(*from), PlanText::statusName(*to));
    if (Engine::isAllowedTransition(*from, *to))
        return move;
    //: a status change that took a move back
    return PlanRevisionText::tr("%1 (move undone)").arg(move);
}

std::optional<QString> targetDateChange(const QJsonObject &before, const QJsonObject &after)
{
    const QDate from = QDate::fromString(before.value(key("target_date")).toString(),
                                         Qt::ISODate);
    const QDate to = QDate::fromString(after.value(key("target_date")).toString(), Qt::ISODate);
    if (from == to)
        return std::nullopt;
    //: old and new target date
    return PlanRevisionText::tr("Target date %1 → %2")
        .arg(PlanText::dateWords(from), PlanText::dateWords(to));
}

QJsonArray without(const QJsonArray &rows, qsizetype row)
{
    QJsonArray rest = rows;
    rest.removeAt(row);
    return rest;
}

QJsonArray moved(const QJsonArray &rows, qsizetype from, qsizetype to)
{
    QJsonArray result = without(rows, from);
    result.insert(to, rows.at(from));
    return result;
}

bool startsWith(const QJsonArray &rows, const QJsonArray &first)
{
    for (qsizetype row = 0; row < first.size(); ++row) {
        if (rows.at(row) != first.at(row))
            return false;
    }
    return true;
}

// One action added, removed or moved, as the editor's verbs make them.
std::optional<QString> actionRowChange(const QJsonArray &before, const QJsonArray &after)
{
    if (after.size() == before.size() + 1) {
        for (qsizetype row = 0; row < after.size(); ++row) {
            if (without(after, row) == before)
                return PlanRevisionText::tr("Action %1 added").arg(row + 1);
        }
    }
    if (before.size() == after.size() + 1) {
        for (qsizetype row = 0; row < before.size(); ++row) {
            if (without(before, row) != after)
                continue;
            const QString action = before.at(row).toObject().value(key("action")).toString();
            //: action number and its text
            return PlanRevisionText::tr("Action %1 removed (“%2”)").arg(row + 1).arg(action);
        }
    }
    if (after.size() > before.size() && startsWith(after, before))
        //: the numbers of the first and the last added action
        return PlanRevisionText::tr("Actions %1–%2 added")
            .arg(before.size() + 1).arg(after.size());
    if (before.size() != after.size() || before == after)
        return std::nullopt;
    for (qsizetype from = 0; from < before.size(); ++from) {
        for (qsizetype to = 0; to < before.size(); ++to) {
            if (from != to && moved(before, from, to) == after)
                return PlanRevisionText::tr("Action %1 moved to position %2")
                    .arg(from + 1).arg(to + 1);
        }
    }
    return std::nullopt;
}

// The names of the action cells that differ, "Action 2 – Responsible", when the table
// kept its rows; "Actions" when rows came and went in some other way.
QStringList actionCellNames(const QJsonArray &before, const QJsonArray &after)
{
    if (before.size() != after.size())
        return {PlanRevisionText::tr("Actions")};
    static const std::pair<const char *, int> columns[] = {
        {"priority", PlanActionsModel::PriorityColumn},
        {"action", PlanActionsModel::ActionColumn},
        {"responsible", PlanActionsModel::ResponsibleColumn},
        {"timeline_days", PlanActionsModel::TimelineColumn},
        {"resources_needed", PlanActionsModel::ResourcesColumn}};
    QStringList names;
    for (qsizetype row = 0; row < after.size(); ++row) {
        const QJsonObject was = before.at(row).toObject();
        const QJsonObject now = after.at(row).toObject();
        for (const auto &[json, column] : columns) {
            if (was.value(key(json)) != now.value(key(json)))
                //: action number, column name
                names.append(PlanRevisionText::tr("Action %1 – %2").arg(row + 1)
                                 .arg(PlanActionsModel::columnName(column)));
        }
    }
    return names;
}

// The names of the edited parts in the order of the form; `rowChange` receives a whole
// added, removed or moved action instead of its cells.
QStringList editedParts(const QJsonObject &before, const QJsonObject &after,
                        std::optional<QString> &rowChange)
{
    const QJsonArray actionsBefore = before.value(key("actions")).toArray();
    const QJsonArray actionsAfter = after.value(key("actions")).toArray();
    rowChange = actionRowChange(actionsBefore, actionsAfter);

    QStringList names;
    auto check = [&](const char *json, const QString &name) {
        if (before.value(key(json)) != after.value(key(json)))
            names.append(name);
    };
    check("problem_statement", PlanText::fieldName(PlanField::ProblemStatement));
    check("root_causes", PlanText::fieldName(PlanField::RootCauses));
    if (!rowChange)
        names += actionCellNames(actionsBefore, actionsAfter);
    check("expected_outcomes", PlanRevisionText::tr("Expected outcomes"));
    check("monitoring_plan", PlanText::fieldName(PlanField::MonitoringPlan));
    check("result_verification", PlanText::fieldName(PlanField::ResultVerification));
    check("performance_verification",
          PlanText::fieldName(PlanField::PerformanceVerification));
    return names;
}

} // namespace

QString PlanRevisionText::change(const QJsonObject &before, const QJsonObject &after)
{
    if (before.isEmpty())
        return created(after);

    QStringList parts;
    if (const auto status = statusChange(before, after))
        parts.append(*status);
    std::optional<QString> rowChange;
    const QStringList edited = editedParts(before, after, rowChange);
    if (!edited.isEmpty())
        //: the names of the edited fields, separated by commas
        parts.append(tr("%1 edited").arg(edited.join(tr(", "))));
    if (rowChange)
        parts.append(*rowChange);
    if (const auto date = targetDateChange(before, after))
        parts.append(*date);

    if (parts.isEmpty())
        return tr("Saved again without changes");
    return parts.join(tr("; "));
}

QStringList PlanRevisionText::changes(const std::vector<PlanRevision> &revisions)
{
    QStringList texts;
    for (size_t i = 0; i < revisions.size(); ++i) {
        const QJsonObject before = i > 0 ? revisions[i - 1].document : QJsonObject();
        texts.append(change(before, revisions[i].document));
    }
    return texts;
}

} // namespace Enms
