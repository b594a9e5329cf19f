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

} // namespace Enms
