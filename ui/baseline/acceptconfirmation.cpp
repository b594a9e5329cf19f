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
    const QString period = BaselineText::referencePeriod(candidate.periodFrom,
                                                         candidate.periodTo);
    //: SEU, reference period, model
    QString text = tr("Make the baseline of %1 for %2 (%3) its energy baseline?")
                       .arg(seuName, period, BaselineText::modelSummary(candidate));
    text += QStringLiteral("\n\n");
    if (current) {
        //: reference period, model, short id, who accepted it, when
        text += tr("It supersedes the accepted baseline for %1 (%2, id %3), accepted by %4 "
                   "on %5. The superseded baseline stays stored, unchanged, for audits.")
                    .arg(BaselineText::referencePeriod(current->periodFrom, current->periodTo),
                         BaselineText::modelSummary(*current), shortId(current->id),
                         current->acceptedBy, BaselineText::utcTime(current->acceptedAtUtc));
    } else {
        text += tr("%1 has no accepted baseline yet, so none is superseded.").arg(seuName);
    }
    text += QStringLiteral("\n\n")
            + tr("Expected energy, deviations and the CUSUM of %1 will be computed from it.")
                  .arg(seuName);
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
    if (!candidate.verdict.valid)
        box.setIcon(QMessageBox::Warning);
    QPushButton *accept = box.addButton(tr("&Accept baseline"), QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmAcceptButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace Enms
