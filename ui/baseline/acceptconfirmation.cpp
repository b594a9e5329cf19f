// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/baseline/acceptconfirmation.h"

#include "models/baseline/baselinetext.h"

#include <QMessageBox>
#include <QPushButton>

namespace Enms {

namespace {

constexpr int kShortIdLength = 8;

QString shortId(const QString &id)
{
    return id.left(kShortIdLength);
}

} // namespace

QString AcceptConfirmation::text(const QString &seuName, const Baseline &candidate,
                                 const Baseline *current)
{
    QString text = tr("Make this the energy baseline of %1?").arg(seuName);
    text += QLatin1Char('\n')
            + tr("Reference period: %1")
                  .arg(BaselineText::referencePeriod(candidate.periodFrom, candidate.periodTo))
            + QLatin1Char('\n') + tr("Model: %1").arg(BaselineText::modelSummary(candidate));
    text += QStringLiteral("\n\n");
    if (current) {
        //: short id, reference period, model, who accepted it, when
        text += tr("It supersedes the accepted baseline %1 (reference period %2; %3), "
                   "accepted by %4 on %5. The superseded baseline stays stored, unchanged, "
                   "for audits.")
                    .arg(shortId(current->id),
                         BaselineText::referencePeriod(current->periodFrom, current->periodTo),
                         BaselineText::modelSummary(*current), current->acceptedBy,
                         BaselineText::utcTime(current->acceptedAtUtc));
    } else {
        text += tr("%1 has no accepted baseline yet, so none is superseded.").arg(seuName);
    }
    text += QStringLiteral("\n\n")
            + tr("Expected energy, deviations and the CUSUM of %1 will be computed from it.")
                  .arg(seuName);
    if (candidate.periodLength != Engine::PeriodLength::Day)
        text += QStringLiteral("\n\n")
                + tr("This is a %1 baseline. The charts, the daily analysis and the "
                     "dashboard compare only with a daily baseline, so they will show no "
                     "expected energy for %2 until a daily one is accepted.")
                      .arg(BaselineText::periodAdjective(candidate.periodLength), seuName);
    if (!candidate.verdict.valid)
        text += QStringLiteral("\n\n") + BaselineText::verdictText(candidate) + QLatin1Char(' ')
                + tr("Accept it only if you can justify that to an auditor.");
    return text;
}

bool AcceptConfirmation::ask(QWidget *parent, const QString &seuName,
                             const Baseline &candidate, const Baseline *current)
{
    QMessageBox box(QMessageBox::Question, tr("Accept baseline"),
                    text(seuName, candidate, current), QMessageBox::NoButton, parent);
    if (!candidate.verdict.valid || candidate.periodLength != Engine::PeriodLength::Day)
        box.setIcon(QMessageBox::Warning);
    QPushButton *accept = box.addButton(tr("&Accept baseline"), QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmAcceptButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace Enms
