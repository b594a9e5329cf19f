// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/plans/plandiff.h"

#include "models/plans/planactionsmodel.h"
#include "models/plans/plantext.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QLocale>
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

void compareTexts(std::vector<PlanFieldChange> &changes, const QString &name,
                  const QString &was, const QString &now)
{
    if (was != now)
        changes.push_back({name, was, now});
}

void compare(std::vector<PlanFieldChange> &changes, const QString &name,
             const QJsonValue &before, const QJsonValue &after)
{
    compareTexts(changes, name, literal(before), literal(after));
}

// A stored status code as the status's name; an unknown code is shown as stored.
QString statusWords(const QJsonValue &value)
{
    const QString code = value.toString();
    const auto status = Engine::planStatusFromCode(code);
    return status ? PlanText::statusName(*status) : code;
}

QString dateWords(const QJsonValue &value)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? PlanText::dateWords(date) : value.toString();
}

// A stored figure with its unit in the user's locale, empty when there is none.
QString amount(const QJsonValue &value, int decimals, const QString &unit)
{
    if (!value.isDouble())
        return literal(value);
    //: a figure and its unit
    return PlanDiffText::tr("%1 %2").arg(QLocale().toString(value.toDouble(), 'f', decimals),
                                         unit);
}

// The expected outcomes as the form shows them; their codes (basis, fraction, days) are
// spelled out in the stored note.
void compareOutcomes(std::vector<PlanFieldChange> &changes, const QJsonObject &before,
                     const QJsonObject &after)
{
    auto key = [](const char *name) { return QString::fromLatin1(name); };
    const QString currency = after.value(key("currency")).toString();
    //: %1 is one part of the expected outcomes
    const QString title = PlanDiffText::tr("Expected outcomes – %1");
    compareTexts(changes, title.arg(PlanDiffText::tr("Energy")),
                 amount(before.value(key("energy_kwh")), 1, PlanDiffText::tr("kWh")),
                 amount(after.value(key("energy_kwh")), 1, PlanDiffText::tr("kWh")));
    compareTexts(changes, title.arg(PlanDiffText::tr("Cost")),
                 amount(before.value(key("cost_usd")), 2,
                        before.value(key("currency")).toString()),
                 amount(after.value(key("cost_usd")), 2, currency));
    compareTexts(changes, title.arg(PlanDiffText::tr("CO₂")),
                 amount(before.value(key("carbon_kg")), 1, PlanDiffText::tr("kg")),
                 amount(after.value(key("carbon_kg")), 1, PlanDiffText::tr("kg")));
    compare(changes, title.arg(PlanDiffText::tr("Basis")), before.value(key("note")),
            after.value(key("note")));
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
    compareTexts(changes, PlanDiffText::tr("Status"),
                 statusWords(before.value(field("status"))),
                 statusWords(after.value(field("status"))));
    compare(changes, PlanText::fieldName(PlanField::ProblemStatement),
            before.value(field("problem_statement")), after.value(field("problem_statement")));
    compare(changes, PlanText::fieldName(PlanField::RootCauses),
            before.value(field("root_causes")), after.value(field("root_causes")));
    compareActions(changes, before.value(field("actions")).toArray(),
                   after.value(field("actions")).toArray());

    compareOutcomes(changes, before.value(field("expected_outcomes")).toObject(),
                    after.value(field("expected_outcomes")).toObject());

    compare(changes, PlanText::fieldName(PlanField::MonitoringPlan),
            before.value(field("monitoring_plan")), after.value(field("monitoring_plan")));
    compare(changes, PlanText::fieldName(PlanField::ResultVerification),
            before.value(field("result_verification")),
            after.value(field("result_verification")));
    compare(changes, PlanText::fieldName(PlanField::PerformanceVerification),
            before.value(field("performance_verification")),
            after.value(field("performance_verification")));
    compareTexts(changes, PlanText::fieldName(PlanField::TargetDate),
                 dateWords(before.value(field("target_date"))),
                 dateWords(after.value(field("target_date"))));
    return changes;
}

} // namespace Enms
