// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/plans/plandocument.h"

#include "models/database.h"
#include "models/planrepository.h"
#include "models/plans/planactionsmodel.h"
#include "models/plans/plantext.h"
#include "models/registry.h"

#include <QSqlQuery>
#include <QUndoStack>

namespace Enms {

using namespace Engine;

namespace {

QStringList linesOf(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

QString currencyOfSeu(Database &database, const QString &seuId)
{
    Registry registry(database);
    const Result<SeuInfo> seu = registry.seu(seuId);
    const Result<SiteInfo> site = seu ? registry.site(seu->siteId)
                                      : Result<SiteInfo>(seu.error());
    return site ? site->currency : QStringLiteral("USD");
}

} // namespace

Result<std::unique_ptr<PlanDocument>> PlanDocument::open(Database &database,
                                                         const QString &planId)
{
    PlanRepository repository(database, {});
    Result<ActionPlan> plan = repository.plan(planId);
    if (!plan)
        return plan.error();
    Result<std::vector<PlanRevision>> revisions = repository.revisions(planId);
    if (!revisions)
        return revisions.error();

    const QString currency = currencyOfSeu(database, plan->seuId);
    auto document = std::make_unique<PlanDocument>(database, currency, std::move(plan).value(),
                                                   revisions->back().revision);
    document->m_statusChange = statusHistoryOf(*revisions).back();
    return document;
}

PlanDocument::PlanDocument(Database &database, QString currency, ActionPlan plan,
                           int revision)
    : m_database(database)
    , m_currency(std::move(currency))
    , m_plan(std::move(plan))
    , m_revision(revision)
    , m_undoStack(new QUndoStack(this))
{
    m_statusChange.revision = revision;
    m_statusChange.to = m_plan.status;
    m_statusChange.atUtc = m_plan.createdAtUtc;
    m_actions = new PlanActionsModel(*this, std::move(m_plan.actions));
    m_plan.actions.clear();
    connect(m_actions, &PlanActionsModel::actionsEdited, this, &PlanDocument::save);
}

PlanDocument::~PlanDocument() = default;

ActionPlan PlanDocument::plan() const
{
    ActionPlan plan = m_plan;
    plan.actions = m_actions->actions();
    return plan;
}

QString PlanDocument::text(PlanField field) const
{
    switch (field) {
    case PlanField::ProblemStatement: return m_plan.problemStatement;
    case PlanField::RootCauses: return m_plan.rootCauses.join(QLatin1Char('\n'));
    case PlanField::MonitoringPlan: return m_plan.monitoringPlan.join(QLatin1Char('\n'));
    case PlanField::ResultVerification: return m_plan.resultVerification;
    case PlanField::PerformanceVerification: return m_plan.performanceVerification;
    case PlanField::TargetDate: return m_plan.targetDate.toString(Qt::ISODate);
    }
    return {};
}

QString PlanDocument::normalizedText(PlanField field, const QString &text)
{
    if (field == PlanField::RootCauses || field == PlanField::MonitoringPlan)
        return linesOf(text).join(QLatin1Char('\n'));
    if (field == PlanField::TargetDate)
        return text.trimmed();
    return text;
}

void PlanDocument::setText(PlanField field, const QString &text)
{
    switch (field) {
    case PlanField::ProblemStatement: setProblemStatement(text); break;
    case PlanField::RootCauses: setRootCauses(linesOf(text)); break;
    case PlanField::MonitoringPlan: setMonitoringPlan(linesOf(text)); break;
    case PlanField::ResultVerification: setResultVerification(text); break;
    case PlanField::PerformanceVerification: setPerformanceVerification(text); break;
    case PlanField::TargetDate:
        setTargetDate(QDate::fromString(text.trimmed(), Qt::ISODate));
        break;
    }
}

void PlanDocument::setProblemStatement(const QString &text)
{
    if (text == m_plan.problemStatement)
        return;
    m_plan.problemStatement = text;
    fieldEdited(PlanField::ProblemStatement);
}

void PlanDocument::setRootCauses(const QStringList &causes)
{
    if (causes == m_plan.rootCauses)
        return;
    m_plan.rootCauses = causes;
    fieldEdited(PlanField::RootCauses);
}

void PlanDocument::setMonitoringPlan(const QStringList &checks)
{
    if (checks == m_plan.monitoringPlan)
        return;
    m_plan.monitoringPlan = checks;
    fieldEdited(PlanField::MonitoringPlan);
}

void PlanDocument::setResultVerification(const QString &text)
{
    if (text == m_plan.resultVerification)
        return;
    m_plan.resultVerification = text;
    fieldEdited(PlanField::ResultVerification);
}

void PlanDocument::setPerformanceVerification(const QString &text)
{
    if (text == m_plan.performanceVerification)
        return;
    m_plan.performanceVerification = text;
    fieldEdited(PlanField::PerformanceVerification);
}

void PlanDocument::setTargetDate(const QDate &date)
{
    if (!date.isValid() || date == m_plan.targetDate)
        return;
    const QDate before = m_plan.targetDate;
    m_plan.targetDate = date;
    announce(PlanField::TargetDate);
    //: old and new target date
    save(tr("Target date %1 -> %2")
             .arg(before.toString(Qt::ISODate), date.toString(Qt::ISODate)));
}

void PlanDocument::fieldEdited(PlanField field)
{
    announce(field);
    save(tr("%1 edited").arg(PlanText::fieldName(field)));
}

void PlanDocument::announce(PlanField field)
{
    switch (field) {
    case PlanField::ProblemStatement:
        Q_EMIT problemStatementChanged(m_plan.problemStatement);
        break;
    case PlanField::RootCauses: Q_EMIT rootCausesChanged(m_plan.rootCauses); break;
    case PlanField::MonitoringPlan: Q_EMIT monitoringPlanChanged(m_plan.monitoringPlan); break;
    case PlanField::ResultVerification:
        Q_EMIT resultVerificationChanged(m_plan.resultVerification);
        break;
    case PlanField::PerformanceVerification:
        Q_EMIT performanceVerificationChanged(m_plan.performanceVerification);
        break;
    case PlanField::TargetDate: Q_EMIT targetDateChanged(m_plan.targetDate); break;
    }
    Q_EMIT fieldChanged(field);
}

void PlanDocument::save(const QString &summary)
{
    const Result<int> revision =
        PlanRepository(m_database, m_currency).update(plan(), summary, m_revision);
    m_unsaved = !revision;
    if (!revision) {
        Q_EMIT saveFailed(revision.error().message);
        return;
    }
    m_revision = *revision;
    Q_EMIT saved(m_revision, summary);
}

Status PlanDocument::moveStatus(PlanStatus to)
{
    const PlanStatus from = m_plan.status;
    if (!isAllowedTransition(from, to))
        return makeError(ErrorCode::InvalidInput, PlanText::refusedMove(from, to));

    // The stored plan equals this one after every successful save; one that failed is
    // written first, so the status move cannot drop it.
    PlanRepository repository(m_database, m_currency);
    if (m_unsaved) {
        Result<int> saved = repository.update(plan(), tr("Unsaved edits"), m_revision);
        if (!saved)
            return saved.error();
        m_unsaved = false;
        m_revision = *saved;
    }
    const Result<int> revision = repository.setStatus(m_plan.id, to, m_revision);
    if (!revision)
        return revision.error();

    m_plan.status = to;
    m_revision = *revision;
    readStatusChange(from, to);
    Q_EMIT statusChanged(to);
    //: old and new status
    Q_EMIT saved(m_revision, tr("Status %1 → %2").arg(PlanText::statusName(from),
                                                      PlanText::statusName(to)));
    return Done{};
}

// Reads back who and when the repository stored for the status the plan now has; should
// that fail, the move is described as made here and now.
void PlanDocument::readStatusChange(PlanStatus from, PlanStatus to)
{
    const Result<std::vector<PlanStatusChange>> history =
        PlanRepository(m_database, m_currency).statusHistory(m_plan.id);
    if (history && history->back().revision == m_revision) {
        m_statusChange = history->back();
        return;
    }
    m_statusChange = {m_revision, from, to, currentActor(), QDateTime::currentDateTimeUtc()};
}

Status PlanDocument::restoreStatus(PlanStatus to)
{
    const PlanStatus from = m_plan.status;
    if (from == to)
        return Done{};
    m_plan.status = to;
    //: status codes; an undone status move
    const QString summary = tr("Status %1 -> %2 (undone)")
                                .arg(planStatusCode(from), planStatusCode(to));
    const Result<int> revision =
        PlanRepository(m_database, m_currency).update(plan(), summary, m_revision);
    if (!revision) {
        Q_EMIT statusChanged(to);
        Q_EMIT saveFailed(revision.error().message);
        return revision.error();
    }
    m_revision = *revision;
    readStatusChange(from, to);
    Q_EMIT statusChanged(to);
    //: old and new status; an undone status move
    Q_EMIT saved(m_revision, tr("Status %1 → %2 (undone)").arg(PlanText::statusName(from),
                                                               PlanText::statusName(to)));
    return Done{};
}

Result<QStringList> responsibleNames(Database &database)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT DISTINCT responsible FROM plan_actions "
                                 "WHERE responsible <> '' ORDER BY responsible"));
    if (Status s = database.exec(query, QStringLiteral("list responsible names")); !s)
        return s.error();
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

} // namespace Enms
