// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/performance/dailyanalysis.h"
#include "engine/performance/opportunities.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Enms {

// The words a user reads about the daily analysis and the opportunities, made from the
// engine's numbers and codes. Everything goes through tr() in the "PerformanceText"
// context so it can be translated; numbers are written with a decimal point whatever the
// locale, because the same text feeds JSON clients and a speech engine.
class PerformanceText final
{
    Q_DECLARE_TR_FUNCTIONS(PerformanceText)

public:
    // "14.50 USD"
    static QString money(double amount, const QString &currency);
    // "14 dollars and 50 cents", for a speech engine.
    static QString spokenMoney(double amount, const QString &currency);
    // "Monday to Friday, 06:00–20:00"
    static QString workingHours(const Engine::WorkingCalendar &calendar);

    static QString impactDescription(const Engine::DailyAnalysis &analysis,
                                     const QString &currency);
    static QStringList contributingFactors(const Engine::DailyAnalysis &analysis,
                                           const QString &currency);
    static QString voiceSummary(const Engine::DailyAnalysis &analysis, const QString &currency);

    static QString recommendationAction(Engine::RecommendationKind kind);
    static QStringList recommendationSteps(Engine::RecommendationKind kind);

    static QString opportunityDescription(const Engine::Opportunity &opportunity);
    static QString recommendedAction(const Engine::Opportunity &opportunity);
    static QString detailedAnalysis(const Engine::Opportunity &opportunity, int windowDays,
                                    const QString &currency);

    // "compressed air leaks": an issue type as words inside a sentence.
    static QString issueTypeName(Engine::IssueType type);

private:
    static QString projectionNote(const Engine::DailyAnalysis &analysis);
    static QString causeFactor(const Engine::DailyAnalysis &analysis);
    static QString idleAnalysis(const Engine::Opportunity &opportunity,
                                const Engine::IdleFigures &idle, int windowDays);
    static QString schedulingAnalysis(const Engine::SchedulingFigures &scheduling,
                                      int windowDays);
    static QString driftAnalysis(const Engine::DriftFigures &drift, int windowDays);
    static QString savingSentence(const Engine::Opportunity &opportunity, int windowDays,
                                  const QString &currency);
};

} // namespace Enms
