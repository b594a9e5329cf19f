// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/baseline/changepoint.h"
#include "engine/baseline/drivers.h"
#include "engine/baseline/rulesets.h"
#include "models/baseline/baselinerepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Enms {

// The words and numbers a user reads about an energy baseline: its model as a formula
// with units, its rule set and verdict in sentences, the names and units of its terms.
// The baseline tab, the fit dialog and the baseline table models all write through here
// (context "BaselineText"), so a term reads the same everywhere. Numbers follow the
// user's locale, because these texts are for people, not for JSON.
class BaselineText final
{
    Q_DECLARE_TR_FUNCTIONS(BaselineText)

public:
    // Numbers: fixed decimals, four significant digits, a fraction as percent
    // (0.0042 -> "0.42 %"), a p value ("0.0123", "< 0.0001"), "—" for NaN.
    static QString number(double value, int decimals);
    static QString significant(double value, int digits = 4);
    static QString percent(double fraction, int decimals = 2);
    static QString pValue(double p);
    static QString utcTime(const QDateTime &utc);               // "2026-11-30 18:15 UTC"

    static QString statusName(BaselineStatus status);           // "Accepted"
    static QString periodLengthName(Engine::PeriodLength period);  // "Day"
    static QString periodAdjective(Engine::PeriodLength period);   // "daily"
    // "2025-11-01 – 2026-10-31 (365 days)"
    static QString referencePeriod(const QDate &from, const QDate &to);

    // A driver as the formula writes it ("production", "HDD") and as a table names it.
    static QString driverSymbol(const QString &code, Engine::PeriodLength period);
    static QString driverName(const QString &code);
    static QString termName(const QString &term, const Baseline &baseline);
    static QString coefficientUnit(const QString &term, Engine::PeriodLength period);

    // "Expected kWh per day = 412.3 + 0.5710 × production + 3.200 × HDD", and the line
    // saying what each variable of it is and in which unit.
    static QString formula(const Baseline &baseline);
    static QString formulaLegend(const Baseline &baseline);
    // "Linear: production + HDD" or "3PH: heating below a change point (15.2 °C)".
    static QString modelSummary(const Baseline &baseline);
    static QString linearModelName(const QStringList &drivers);
    static QString changePointSummary(const Engine::ChangePointFit &model);
    static QString changePointFormName(Engine::ChangePointForm form);

    static QString ruleSetName(Engine::RuleSet rules);           // "SEP (US DOE)"
    static QString ruleSetShortName(Engine::RuleSet rules);      // "SEP"
    static QString ruleSetDetails(Engine::RuleSet rules);        // thresholds and source
    // "R² is 0.998 (must be at least 0.50)" or "R² is 0.42, but must be at least 0.50".
    static QString checkText(const Engine::RuleCheck &check);
    static QStringList failedReasons(const Engine::Verdict &verdict,
                                     const QStringList &rejections = {});
    static QString rejectionText(const QString &code);
    static QString noteText(const QString &code);
    // "Valid under SEP (US DOE): every rule is met." or "Not valid under …: reasons".
    static QString verdictText(const Baseline &baseline);
    static QString excludedReason(const QString &code);

    // "Accepted by alice on 2026-11-30 18:15 UTC", "Draft, not accepted", ...
    static QString acceptanceText(const Baseline &baseline);
    static QString creationText(const Baseline &baseline);

private:
    static QString perPeriodUnit(Engine::PeriodLength period);
    static QString ruleLabel(const QString &rule);
    static QString ruleValue(const QString &rule, double value);
    static QString ruleThreshold(const QString &rule, double threshold);
    static QString linearTerms(const Engine::OlsFit &fit, Engine::PeriodLength period);
    static QString changePointTerms(const Engine::ChangePointFit &model);
};

} // namespace Enms
