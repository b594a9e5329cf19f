// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/plans/plandiff.h"

#include "models/plans/planactionsmodel.h"
#include "models/plans/plantext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace Enms {

namespace {

// Context "PlanDiff" for the names of the compared fields.
class PlanDiffText final
{
    Q_DECLARE_TR_FUNCTIONS(PlanDiff)
};

// A JSON value as one literal text: lists one item a line, numbers as written.
QString literal(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList lines;
        for (const QJsonValue &item : value.toArray())
            lines.append(literal(item));
        return lines.join(QLatin1Char('\n'));
    }
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

void compare(std::vector<PlanFieldChange> &changes, const QString &name,
             const QJsonValue &before, const QJsonValue &after)
{
    const QString was = literal(before);
    const QString now = literal(after);
    if (was != now)
        changes.push_back({name, was, now});
}

struct ActionKey {
    const char *json;
    int column;
};

void compareActions(std::vector<PlanFieldChange> &changes, const QJsonArray &before,
                    const QJsonArray &after)
{
    static const ActionKey keys[] = {
        {"priority", PlanActionsModel::PriorityColumn},
        {"action", PlanActionsModel::ActionColumn},
        {"responsible", PlanActionsModel::ResponsibleColumn},
        {"timeline_days", PlanActionsModel::TimelineColumn},
        {"resources_needed", PlanActionsModel::ResourcesColumn}};

    const qsizetype rows = std::max(before.size(), after.size());
    for (qsizetype row = 0; row < rows; ++row) {
        const QJsonObject was = before.at(row).toObject();
        const QJsonObject now = after.at(row).toObject();
        for (const ActionKey &key : keys) {
            //: action number, column name
            const QString name = PlanDiffText::tr("Action %1 – %2").arg(row + 1)
                                     .arg(PlanActionsModel::columnName(key.column));
            const QString field = QString::fromLatin1(key.json);
            compare(changes, name, was.value(field), now.value(field));
        }
    }
}

} // namespace

std::vector<PlanFieldChange> diffPlanDocuments(const QJsonObject &before,
                                               const QJsonObject &after)
{
    auto field = [](const char *key) { return QString::fromLatin1(key); };
    std::vector<PlanFieldChange> changes;
    compare(changes, PlanDiffText::tr("Status"), before.value(field("status")),
            after.value(field("status")));
    compare(changes, PlanText::fieldName(PlanField::ProblemStatement),
            before.value(field("problem_statement")), after.value(field("problem_statement")));
    compare(changes, PlanText::fieldName(PlanField::RootCauses),
            before.value(field("root_causes")), after.value(field("root_causes")));
    compareActions(changes, before.value(field("actions")).toArray(),
                   after.value(field("actions")).toArray());

    const QJsonObject outcomesBefore = before.value(field("expected_outcomes")).toObject();
    const QJsonObject outcomesAfter = after.value(field("expected_outcomes")).toObject();
    for (const QString &key : outcomesAfter.keys())
        compare(changes, PlanDiffText::tr("Expected outcomes – %1").arg(key),
                outcomesBefore.value(key), outcomesAfter.value(key));

    compare(changes, PlanText::fieldName(PlanField::MonitoringPlan),
            before.value(field("monitoring_plan")), after.value(field("monitoring_plan")));
    compare(changes, PlanText::fieldName(PlanField::ResultVerification),
            before.value(field("result_verification")),
            after.value(field("result_verification")));
    compare(changes, PlanText::fieldName(PlanField::PerformanceVerification),
            before.value(field("performance_verification")),
            after.value(field("performance_verification")));
    compare(changes, PlanText::fieldName(PlanField::TargetDate),
            before.value(field("target_date")), after.value(field("target_date")));
    return changes;
}

} // namespace Enms
