// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Enms {

struct Baseline;

// The question asked before a baseline becomes an SEU's energy baseline. It names the
// baseline that would be superseded (or says there is none) and warns when the new one
// fails its rule set, because accepting changes every expected figure of the SEU and an
// auditor will ask why. Used by the baseline tab and the fit dialog.
class AcceptConfirmation final
{
    Q_DECLARE_TR_FUNCTIONS(AcceptConfirmation)

public:
    static QString text(const QString &seuName, const Baseline &candidate,
                        const Baseline *current);
    // Asks in a modal message box; true when the user chose to accept.
    static bool ask(QWidget *parent, const QString &seuName, const Baseline &candidate,
                    const Baseline *current);
};

} // namespace Enms
