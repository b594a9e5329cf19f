// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/performance/actionplan.h"

#include <QTest>

using namespace Enms::Engine;

namespace {

constexpr double kKWhTolerance = 1e-9;
constexpr double kMoneyTolerance = 1e-9;

SeuInfo seu(const QString &name)
{
    SeuInfo info;
    info.id = QStringLiteral("seu-7");
    info.name = name;
    info.ratedKW = 55.0;
    return info;
}

const CarrierTariff kTariff{0.20, 0.45};
const QDate kToday(2025, 6, 16);
const QDateTime kNow(kToday, QTime(9, 30), Qt::UTC);

} // namespace

class TestActionPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issueTypeCodes();
    void unknownIssueType();
    void skeleton();
    void idOfSecondPlanSameDay();
    void idWithSpaces();
    void outcomesFromAnOpportunity();
    void estimatedOutcomes_data();
    void estimatedOutcomes();
    void badOutcomeInputs();
    void lifecycle_data();
    void lifecycle();
    void finalStates();
};

void TestActionPlan::issueTypeCodes()
{
    const QStringList codes = allIssueTypeCodes();
    QCOMPARE(codes.size(), 8);
    for (const QString &code : codes) {
        const auto type = issueTypeFromCode(code);
        QVERIFY(type);
        QCOMPARE(issueTypeCode(*type), code);
    }
    QVERIFY(codes.contains(QStringLiteral("excessive_idle")));
    QVERIFY(codes.contains(QStringLiteral("inefficient_scheduling")));
    QVERIFY(codes.contains(QStringLiteral("baseline_drift")));
    QVERIFY(codes.contains(QStringLiteral("suboptimal_setpoints")));
}

void TestActionPlan::unknownIssueType()
{
    const auto plan = newPlanSkeleton(seu(QStringLiteral("Compressor-1")),
                                      QStringLiteral("magic_fix"), ExpectedOutcomes{}, kToday,
                                      kNow);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, ErrorCode::InvalidInput);
    QVERIFY(plan.error().message.contains(QLatin1String("magic_fix")));
    QVERIFY(plan.error().message.contains(QLatin1String("excessive_idle")));

    // Codes are exact: no case folding, no spaces.
    QVERIFY(!parseIssueType(QStringLiteral("Excessive_Idle")).ok());
    QVERIFY(!parseIssueType(QString()).ok());
}

void TestActionPlan::skeleton()
{
    // id AP-{name}-{type}-{YYYYMMDD}; target = 16 June + 30 days = 16 July; draft.
    const auto plan = newPlanSkeleton(seu(QStringLiteral("Compressor-1")),
                                      QStringLiteral("excessive_idle"), ExpectedOutcomes{},
                                      kToday, kNow);
    QVERIFY(plan.ok());
    QCOMPARE(plan->id, QStringLiteral("AP-Compressor-1-excessive_idle-20250616"));
    QCOMPARE(plan->issueType, IssueType::ExcessiveIdle);
    QCOMPARE(plan->targetDate, QDate(2025, 7, 16));
    QCOMPARE(plan->status, PlanStatus::Draft);
    QCOMPARE(plan->seuId, QStringLiteral("seu-7"));
    QCOMPARE(plan->createdAtUtc, kNow);
}

void TestActionPlan::idOfSecondPlanSameDay()
{
    const auto first = newPlanSkeleton(seu(QStringLiteral("Compressor-1")),
                                       QStringLiteral("baseline_drift"), {}, kToday, kNow, 1);
    const auto second = newPlanSkeleton(seu(QStringLiteral("Compressor-1")),
                                        QStringLiteral("baseline_drift"), {}, kToday, kNow, 2);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(second->id, QStringLiteral("AP-Compressor-1-baseline_drift-20250616-2"));
    QVERIFY(first->id != second->id);

    const auto zero = newPlanSkeleton(seu(QStringLiteral("Compressor-1")),
                                      QStringLiteral("baseline_drift"), {}, kToday, kNow, 0);
    QCOMPARE(zero.error().code, ErrorCode::InvalidInput);
}

void TestActionPlan::idWithSpaces()
{
    QCOMPARE(planId(QStringLiteral("HVAC Main Hall"), IssueType::SuboptimalSetpoints, kToday, 1),
             QStringLiteral("AP-HVAC-Main-Hall-suboptimal_setpoints-20250616"));
}

void TestActionPlan::outcomesFromAnOpportunity()
{
    // An idle opportunity of 350 kWh over a 30-day window at 0.20 / kWh and
    // 0.45 kg CO2 / kWh: 70.00 and 157.5 kg.
    Opportunity found;
    found.seuId = QStringLiteral("seu-7");
    found.seuName = QStringLiteral("Compressor-1");
    found.type = IssueType::ExcessiveIdle;
    found.savingsKWh = 350.0;
    const auto outcomes = outcomesFromOpportunity(found, kTariff, 30);
    QVERIFY(outcomes.ok());
    QCOMPARE(outcomes->basis, OutcomeBasis::Opportunity);
    QCOMPARE(outcomes->basisDays, 30);
    QVERIFY(qAbs(outcomes->energyKWh - 350.0) < kKWhTolerance);
    QVERIFY(qAbs(outcomes->cost - 70.0) < kMoneyTolerance);
    QVERIFY(qAbs(outcomes->carbonKg - 157.5) < kKWhTolerance);
}

void TestActionPlan::estimatedOutcomes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<double>("fraction");

    // Planning fractions of the last 30 days' energy when nothing is measured.
    QTest::newRow("idle") << "excessive_idle" << 0.10;
    QTest::newRow("scheduling") << "inefficient_scheduling" << 0.10;
    QTest::newRow("drift") << "baseline_drift" << 0.05;
    QTest::newRow("setpoints") << "suboptimal_setpoints" << 0.05;
    QTest::newRow("generic") << "compressed_air_leaks" << 0.03;
}

void TestActionPlan::estimatedOutcomes()
{
    QFETCH(QString, type);
    QFETCH(double, fraction);

    // 10,000 kWh in the last 30 days: saving = fraction * 10,000 kWh, priced at 0.20
    // and 0.45 kg/kWh.
    const auto outcomes = Enms::Engine::estimatedOutcomes(*issueTypeFromCode(type), 10000.0,
                                                          kTariff);
    QVERIFY(outcomes.ok());
    QCOMPARE(outcomes->basis, OutcomeBasis::RecentEnergyEstimate);
    QCOMPARE(outcomes->basisDays, 30);
    QCOMPARE(outcomes->estimateFraction, fraction);
    QVERIFY(qAbs(outcomes->energyKWh - fraction * 10000.0) < kKWhTolerance);
    QVERIFY(qAbs(outcomes->cost - fraction * 10000.0 * 0.2) < kMoneyTolerance);
    QVERIFY(qAbs(outcomes->carbonKg - fraction * 10000.0 * 0.45) < kKWhTolerance);
}

void TestActionPlan::badOutcomeInputs()
{
    QCOMPARE(Enms::Engine::estimatedOutcomes(IssueType::ExcessiveIdle, -1.0, kTariff)
                 .error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(Enms::Engine::estimatedOutcomes(IssueType::ExcessiveIdle, 100.0,
                                             CarrierTariff{-0.1, 0.45})
                 .error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(outcomesFromOpportunity(Opportunity{}, kTariff, 0).error().code,
             ErrorCode::InvalidInput);
}

void TestActionPlan::lifecycle_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("draft -> approved") << "draft" << "approved" << true;
    QTest::newRow("draft -> in_progress") << "draft" << "in_progress" << false;
    QTest::newRow("draft -> cancelled") << "draft" << "cancelled" << true;
    QTest::newRow("approved -> in_progress") << "approved" << "in_progress" << true;
    QTest::newRow("approved -> completed") << "approved" << "completed" << false;
    QTest::newRow("in_progress -> completed") << "in_progress" << "completed" << true;
    QTest::newRow("in_progress -> on_hold") << "in_progress" << "on_hold" << true;
    QTest::newRow("on_hold -> in_progress") << "on_hold" << "in_progress" << true;
    QTest::newRow("on_hold -> completed") << "on_hold" << "completed" << false;
    QTest::newRow("completed -> verified") << "completed" << "verified" << true;
    QTest::newRow("completed -> in_progress") << "completed" << "in_progress" << true;
    QTest::newRow("completed -> cancelled") << "completed" << "cancelled" << false;
    QTest::newRow("verified -> in_progress") << "verified" << "in_progress" << false;
    QTest::newRow("cancelled -> draft") << "cancelled" << "draft" << false;
    QTest::newRow("draft -> draft") << "draft" << "draft" << false;
}

void TestActionPlan::lifecycle()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);

    const auto fromStatus = planStatusFromCode(from);
    const auto toStatus = planStatusFromCode(to);
    QVERIFY(fromStatus && toStatus);
    QCOMPARE(planStatusCode(*fromStatus), from);
    QCOMPARE(isAllowedTransition(*fromStatus, *toStatus), allowed);
}

void TestActionPlan::finalStates()
{
    QVERIFY(allowedTransitions(PlanStatus::Verified).empty());
    QVERIFY(allowedTransitions(PlanStatus::Cancelled).empty());
    QVERIFY(!planStatusFromCode(QStringLiteral("done")));
}

QTEST_APPLESS_MAIN(TestActionPlan)
#include "tst_actionplan.moc"
