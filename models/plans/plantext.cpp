// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/plans/plantext.h"

#include <QLocale>
#include <QStringList>

namespace Enms {

using Engine::PlanStatus;

QString PlanText::statusName(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Draft: return tr("Draft");
    case PlanStatus::Approved: return tr("Approved");
    case PlanStatus::InProgress: return tr("In progress");
    case PlanStatus::Completed: return tr("Completed");
    case PlanStatus::Verified: return tr("Verified");
    case PlanStatus::OnHold: return tr("On hold");
    case PlanStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QColor PlanText::statusColor(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Draft: return QColor(0x60, 0x60, 0x60);
    case PlanStatus::Approved: return QColor(0x1f, 0x5f, 0xb4);
    case PlanStatus::InProgress: return QColor(0x9a, 0x5b, 0x00);
    case PlanStatus::Completed: return QColor(0x2b, 0x7a, 0x2b);
    case PlanStatus::Verified: return QColor(0x0b, 0x5d, 0x1e);
    case PlanStatus::OnHold: return QColor(0x7a, 0x3e, 0x9d);
    case PlanStatus::Cancelled: return QColor(0xa3, 0x1d, 0x1d);
    }
    return Qt::black;
}

QString PlanText::fieldName(PlanField field)
{
    switch (field) {
    case PlanField::ProblemStatement: return tr("Problem statement");
    case PlanField::RootCauses: return tr("Root causes");
    case PlanField::MonitoringPlan: return tr("Monitoring plan");
    case PlanField::ResultVerification: return tr("Result verification");
    case PlanField::PerformanceVerification: return tr("Performance verification");
    case PlanField::TargetDate: return tr("Target date");
    }
    return {};
}

QString PlanText::allowedMoves(PlanStatus from)
{
    QStringList names;
    for (PlanStatus next : Engine::allowedTransitions(from))
        names.append(statusName(next));
    return names.isEmpty() ? tr("none, the status is final") : names.join(QStringLiteral(", "));
}

QString PlanText::refusedMove(PlanStatus from, PlanStatus to)
{
    //: current status, refused status, the list of allowed statuses
    return tr("A plan that is %1 cannot become %2. Allowed next: %3.")
        .arg(statusName(from), statusName(to), allowedMoves(from));
}

QString PlanText::dateWords(const QDate &date)
{
    //: QLocale date format of plan dates: day, abbreviated month name, year
    return QLocale().toString(date, tr("d MMM yyyy"));
}

QString PlanText::statusSentence(const PlanStatusChange &change, Qt::TextFormat format)
{
    const bool rich = format == Qt::RichText;
    const QString name = statusName(change.to);
    const QString status = rich ? QStringLiteral("<b style=\"color:%1\">%2</b>")
                                      .arg(statusColor(change.to).name(), name.toHtmlEscaped())
                                : name;
    const QString author = rich ? change.author.toHtmlEscaped() : change.author;
    const QDateTime local = change.atUtc.toLocalTime();
    QString date = dateWords(local.date());
    QString time = QLocale().toString(local.time(), QLocale::ShortFormat);
    if (rich) {
        date = date.toHtmlEscaped();
        time = time.toHtmlEscaped();
    }
    if (!change.from)
        //: status, who created the plan, date, time of day
        return tr("%1, created by %2 on %3 at %4").arg(status, author, date, time);
    //: status, who moved the plan there, date, time of day
    return tr("%1 by %2 on %3 at %4").arg(status, author, date, time);
}

QString PlanText::statusChangeName(const PlanStatusChange &change)
{
    if (!change.from)
        return tr("Created as %1").arg(statusName(change.to));
    //: old status → new status
    const QString move = tr("%1 → %2").arg(statusName(*change.from), statusName(change.to));
    // Only the undo of a move changes the status in a way the workflow does not allow.
    if (!Engine::isAllowedTransition(*change.from, change.to))
        //: a status change that took a move back
        return tr("%1 (move undone)").arg(move);
    return move;
}

} // namespace Enms
