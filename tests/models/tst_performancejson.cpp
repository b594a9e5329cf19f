// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/time/localcalendar.h"
#include "models/performance/actionplantext.h"
#include "models/performance/performancejson.h"
#include "models/performance/performancetext.h"

#include <QJsonArray>
#include <QTest>

using namespace Enms;
using namespace Enms::Engine;

namespace {

constexpr double kMoneyTolerance = 1e-9;
constexpr double kKWhTolerance = 1e-9;

const QDateTime kNow(QDate(2025, 6, 16), QTime(9, 30), Qt::UTC);

SeuInfo compressor()
{
    SeuInfo seu;
    seu.id = QStringLiteral("seu-1");
    seu.name = QStringLiteral("Compressor-1");
    seu.ratedKW = 55.0;
    return seu;
}

// Thirty complete days of `baselineKWh`, then the analysed day with its covered seconds.
// (Thirty days of 1008.85 average to 1008.8499999999996 in binary.)
std::vector<LocalDayEnergy> days(const QDate &date, double baselineKWh, double actualKWh,
                                 qint64 coveredSeconds = kSecondsPerDay)
{
    std::vector<LocalDayEnergy> out;
    for (int i = 30; i >= 1; --i)
        out.push_back({date.addDays(-i), baselineKWh, kSecondsPerDay, kSecondsPerDay});
    out.push_back({date, actualKWh, coveredSeconds, kSecondsPerDay});
    return out;
}

DailyAnalysis analyse(double baselineKWh, double actualKWh, qint64 covered = kSecondsPerDay)
{
    const QDate date(2025, 6, 15);
    return analyzeDay(compressor(), CarrierTariff{0.15, 0.45},
                      days(date, baselineKWh, actualKWh, covered), date)
        .value();
}

Opportunity schedulingOpportunity()
{
    // 5,311.9 of 10,602.6 kWh off-hours (50.1 %); saving 0.6 * 5311.9 = 3187.14 kWh,
    // at 0.15 = 478.071; roi over a month = ceil(500 * 30 / 478.071) = 32.
    Opportunity found;
    found.seuId = QStringLiteral("seu-im");
    found.seuName = QStringLiteral("Injection-Molding-1");
    found.type = IssueType::InefficientScheduling;
    found.savingsKWh = 3187.14;
    found.savingsCost = 478.071;
    found.effort = Effort::Low;
    found.assumedCost = 500.0;
    found.roiDays = 32;
    found.figures = SchedulingFigures{WorkingCalendar{}, 10602.6, 5311.9, 5311.9 / 10602.6};
    return found;
}

Opportunity idleOpportunity()
{
    // Rated 55 kW, idle below 5.5 kW for 304.5 of 720 h (42.29 %), 321.4 kWh idle
    // (1.0555 kW mean); saving 160.7 kWh = 90.004 (a made-up price, to test rounding).
    Opportunity found;
    found.seuId = QStringLiteral("seu-1");
    found.seuName = QStringLiteral("Compressor-1");
    found.type = IssueType::ExcessiveIdle;
    found.savingsKWh = 160.7;
    found.savingsCost = 90.004;
    found.assumedCost = 1000.0;
    found.roiDays = 334;
    found.figures = IdleFigures{55.0, 5.5, 304.5, 720.0, 304.5 / 720.0, 321.4, 321.4 / 304.5};
    return found;
}

ActionPlan draft(const QString &type, const Opportunity *opportunity = nullptr)
{
    PlanRequest request;
    request.seu = compressor();
    request.tariff = CarrierTariff{0.20, 0.45};
    request.issueTypeCode = type;
    request.currentOpportunity = opportunity;
    request.recentEnergyKWh = 30000.0;
    request.createdOn = QDate(2025, 6, 16);
    request.createdAtUtc = kNow;
    const auto plan = draftActionPlan(request);
    if (!plan.ok())
        qFatal("draftActionPlan failed: %s", qPrintable(plan.error().message));
    return *plan;
}

} // namespace

class TestPerformanceJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workedExample();
    void savingDay_data();
    void savingDay();
    void opportunityReport();
    void planTemplates_data();
    void planTemplates();
    void planFromOpportunity();
    void genericPlan();
    void planErrors();
    void planRoundTrip();
    void energyRows();
};

void TestPerformanceJson::workedExample()
{
    // 664.23 kWh in 14.42 h (51,912 s) of a 24-h day against 1,008.85 kWh:
    // projected 1,105.5146 kWh, +96.6646 kWh = +9.58 %, 14.4997 -> 14.50 at 0.15.
    const DailyAnalysis analysis = analyse(1008.85, 664.23, 51912);
    const QJsonObject json = dailyAnalysisToJson(analysis, QStringLiteral("USD"), kNow);

    QCOMPARE(json[QStringLiteral("seu_name")].toString(), QStringLiteral("Compressor-1"));
    QCOMPARE(json[QStringLiteral("energy_source")].toString(), QStringLiteral("electricity"));
    QCOMPARE(json[QStringLiteral("date")].toString(), QStringLiteral("2025-06-15"));
    QCOMPARE(json[QStringLiteral("actual_energy_kwh")].toDouble(), 1105.51);
    QCOMPARE(json[QStringLiteral("measured_energy_kwh")].toDouble(), 664.23);
    QCOMPARE(json[QStringLiteral("covered_hours")].toDouble(), 14.42);
    QCOMPARE(json[QStringLiteral("is_projection")].toBool(), true);
    QCOMPARE(json[QStringLiteral("baseline_energy_kwh")].toDouble(), 1008.85);
    QCOMPARE(json[QStringLiteral("baseline_source")].toString(),
             QStringLiteral("thirty_day_mean"));
    QCOMPARE(json[QStringLiteral("complete_days_in_baseline")].toInt(), 30);
    QCOMPARE(json[QStringLiteral("deviation_kwh")].toDouble(), 96.66);
    QCOMPARE(json[QStringLiteral("deviation_percent")].toDouble(), 9.58);
    QCOMPARE(json[QStringLiteral("deviation_cost_usd")].toDouble(), 14.5);
    QCOMPARE(json[QStringLiteral("currency")].toString(), QStringLiteral("USD"));
    QCOMPARE(json[QStringLiteral("efficiency_score")].toDouble(), 0.8);
    QCOMPARE(json[QStringLiteral("iso50001_status")].toString(),
             QStringLiteral("requires_attention"));
    QCOMPARE(json[QStringLiteral("timestamp")].toString(),
             QStringLiteral("2025-06-16T09:30:00Z"));

    const QJsonObject cause = json[QStringLiteral("root_cause_analysis")].toObject();
    QCOMPARE(cause[QStringLiteral("primary_factor")].toString(),
             QStringLiteral("increased_load"));
    QCOMPARE(cause[QStringLiteral("confidence")].toDouble(), 0.6);
    QVERIFY(cause[QStringLiteral("impact_description")].toString().contains(
        QLatin1String("projection")));
    const QJsonArray factors = cause[QStringLiteral("contributing_factors")].toArray();
    QVERIFY(factors.size() >= 3);
    QVERIFY(factors[0].toString().contains(QLatin1String("14.42 of the day's 24 hours")));

    // One recommendation: review parameters, 50 % of 96.6646 = 48.33 kWh = 7.25;
    // roi = ceil(500 / 7.2498) = 69 days.
    const QJsonArray recs = json[QStringLiteral("recommendations")].toArray();
    QCOMPARE(recs.size(), 1);
    const QJsonObject rec = recs[0].toObject();
    QCOMPARE(rec[QStringLiteral("type")].toString(), QStringLiteral("operational"));
    QCOMPARE(rec[QStringLiteral("potential_savings_kwh")].toDouble(), 48.33);
    QCOMPARE(rec[QStringLiteral("potential_savings_usd")].toDouble(), 7.25);
    QCOMPARE(rec[QStringLiteral("implementation_effort")].toString(), QStringLiteral("low"));
    QCOMPARE(rec[QStringLiteral("priority")].toString(), QStringLiteral("medium"));
    QCOMPARE(rec[QStringLiteral("expected_roi_days")].toInt(), 69);
    QVERIFY(!rec[QStringLiteral("action")].toString().isEmpty());
    QVERIFY(rec[QStringLiteral("detailed_steps")].toArray().size() >= 3);

    QCOMPARE(json[QStringLiteral("voice_summary")].toString(),
             QStringLiteral("Projected from 14.4 hours of data, Compressor-1 used 9.6 percent "
                            "more energy than expected. Projected consumption was 1105.5 "
                            "kilowatt hours against a baseline of 1008.9. This cost an extra "
                            "14 dollars and 50 cents."));
}

void TestPerformanceJson::savingDay_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("voice");

    // 900 against 1000 kWh: -10 %, a saving of 100 * 0.15 = 15.00.
    QTest::newRow("USD") << "USD"
                         << "Compressor-1 used 10.0 percent less energy than expected. Actual "
                            "consumption was 900.0 kilowatt hours against a baseline of "
                            "1000.0. This saved 15 dollars.";
    QTest::newRow("EUR") << "EUR"
                         << "Compressor-1 used 10.0 percent less energy than expected. Actual "
                            "consumption was 900.0 kilowatt hours against a baseline of "
                            "1000.0. This saved 15 euros.";
    QTest::newRow("CHF") << "CHF"
                         << "Compressor-1 used 10.0 percent less energy than expected. Actual "
                            "consumption was 900.0 kilowatt hours against a baseline of "
                            "1000.0. This saved 15.00 CHF.";
}

void TestPerformanceJson::savingDay()
{
    QFETCH(QString, currency);
    QFETCH(QString, voice);

    const QJsonObject json = dailyAnalysisToJson(analyse(1000.0, 900.0), currency, kNow);
    QCOMPARE(json[QStringLiteral("deviation_cost_usd")].toDouble(), -15.0);
    QCOMPARE(json[QStringLiteral("is_projection")].toBool(), false);
    QCOMPARE(json[QStringLiteral("iso50001_status")].toString(), QStringLiteral("excellent"));
    QCOMPARE(json[QStringLiteral("recommendations")].toArray().size(), 0);
    QCOMPARE(json[QStringLiteral("voice_summary")].toString(), voice);
}

void TestPerformanceJson::opportunityReport()
{
    OpportunityReport report;
    report.siteId = QStringLiteral("11111111-1111-1111-1111-111111111111");
    report.period = AnalysisPeriod::Month;
    report.windowDays = 30;
    report.firstDate = QDate(2025, 5, 17);
    report.lastDate = QDate(2025, 6, 15);
    report.seusScanned = 2;
    report.opportunities = {schedulingOpportunity(), idleOpportunity()};
    report.opportunities[0].rank = 1;
    report.opportunities[1].rank = 2;

    const QJsonObject json = opportunityReportToJson(report, QStringLiteral("USD"), kNow);
    QCOMPARE(json[QStringLiteral("factory_id")].toString(), report.siteId);
    QCOMPARE(json[QStringLiteral("period")].toString(), QStringLiteral("month"));
    QCOMPARE(json[QStringLiteral("total_opportunities")].toInt(), 2);
    // Totals add the rounded items: 478.07 + 90.00 = 568.07 (rounding the exact sum
    // 568.075 would give 568.08 and not match the items); 3187.14 + 160.70 = 3347.84.
    QVERIFY(qAbs(json[QStringLiteral("total_potential_savings_usd")].toDouble() - 568.07)
            < kMoneyTolerance);
    QVERIFY(qAbs(json[QStringLiteral("total_potential_savings_kwh")].toDouble() - 3347.84)
            < kKWhTolerance);

    const QJsonArray items = json[QStringLiteral("opportunities")].toArray();
    const QJsonObject top = items[0].toObject();
    QCOMPARE(top[QStringLiteral("rank")].toInt(), 1);
    QCOMPARE(top[QStringLiteral("seu_name")].toString(), QStringLiteral("Injection-Molding-1"));
    QCOMPARE(top[QStringLiteral("issue_type")].toString(),
             QStringLiteral("inefficient_scheduling"));
    QCOMPARE(top[QStringLiteral("potential_savings_kwh")].toDouble(), 3187.14);
    QCOMPARE(top[QStringLiteral("potential_savings_usd")].toDouble(), 478.07);
    QCOMPARE(top[QStringLiteral("effort")].toString(), QStringLiteral("low"));
    QCOMPARE(top[QStringLiteral("roi_days")].toInt(), 32);
    QVERIFY(top[QStringLiteral("description")].toString().contains(QLatin1String("50.1 %")));
    QVERIFY(!top[QStringLiteral("recommended_action")].toString().isEmpty());
    const QString offHours = top[QStringLiteral("detailed_analysis")].toString();
    QVERIFY2(offHours.contains(QLatin1String("5311.90 kWh (50.1 %)")), qPrintable(offHours));
    QVERIFY2(offHours.contains(QStringLiteral("Monday to Friday, 06:00\u201320:00")),
             qPrintable(offHours));

    const QString idle = items[1].toObject()[QStringLiteral("detailed_analysis")].toString();
    QVERIFY2(idle.contains(QLatin1String("5.50 kW")), qPrintable(idle));
    QVERIFY2(idle.contains(QLatin1String("42.3 %")), qPrintable(idle));
    QVERIFY2(idle.contains(QLatin1String("1.06 kW")), qPrintable(idle));
    QCOMPARE(items[1].toObject()[QStringLiteral("potential_savings_usd")].toDouble(), 90.0);
}

void TestPerformanceJson::planTemplates_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("responsible");
    QTest::addColumn<QList<int>>("days");

    QTest::newRow("excessive_idle")
        << "excessive_idle"
        << QStringList{QStringLiteral("Maintenance Team"), QStringLiteral("Operations Team"),
                       QStringLiteral("Training Coordinator")}
        << QList<int>{7, 3, 14};
    QTest::newRow("inefficient_scheduling")
        << "inefficient_scheduling"
        << QStringList{QStringLiteral("Controls Engineer"), QStringLiteral("Operations Manager"),
                       QStringLiteral("Facilities Team")}
        << QList<int>{5, 7, 21};
    QTest::newRow("baseline_drift")
        << "baseline_drift"
        << QStringList{QStringLiteral("Maintenance Team"),
                       QStringLiteral("Instrumentation Technician"),
                       QStringLiteral("Maintenance Team")}
        << QList<int>{7, 10, 21};
    QTest::newRow("suboptimal_setpoints")
        << "suboptimal_setpoints"
        << QStringList{QStringLiteral("Process Engineer"), QStringLiteral("Controls Engineer"),
                       QStringLiteral("Controls Engineer")}
        << QList<int>{5, 10, 7};
}

void TestPerformanceJson::planTemplates()
{
    QFETCH(QString, type);
    QFETCH(QStringList, responsible);
    QFETCH(QList<int>, days);

    const ActionPlan plan = draft(type);
    QVERIFY(plan.problemStatement.contains(QLatin1String("Compressor-1")));
    QVERIFY(plan.rootCauses.size() >= 3 && plan.rootCauses.size() <= 4);
    QVERIFY(plan.monitoringPlan.size() >= 4 && plan.monitoringPlan.size() <= 5);
    QVERIFY(!plan.resultVerification.isEmpty());
    QVERIFY(!plan.performanceVerification.isEmpty());
    QCOMPARE(int(plan.actions.size()), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(plan.actions[size_t(i)].priority, i + 1);
        QCOMPARE(plan.actions[size_t(i)].responsible, responsible[i]);
        QCOMPARE(plan.actions[size_t(i)].timelineDays, days[i]);
        QVERIFY(!plan.actions[size_t(i)].resourcesNeeded.isEmpty());
    }
}

void TestPerformanceJson::planFromOpportunity()
{
    // Idle saving 160.7 kWh at 0.20 and 0.45 kg/kWh: 32.14 and 72.315 kg.
    const Opportunity idle = idleOpportunity();
    const ActionPlan plan = draft(QStringLiteral("excessive_idle"), &idle);
    QCOMPARE(plan.expectedOutcomes.basis, OutcomeBasis::Opportunity);
    const QJsonObject json = actionPlanToJson(plan, QStringLiteral("USD"), kNow);
    const QJsonObject outcomes = json[QStringLiteral("expected_outcomes")].toObject();
    QCOMPARE(outcomes[QStringLiteral("energy_kwh")].toDouble(), 160.7);
    QCOMPARE(outcomes[QStringLiteral("cost_usd")].toDouble(), 32.14);
    QCOMPARE(outcomes[QStringLiteral("carbon_kg")].toDouble(), 72.32);
    QCOMPARE(outcomes[QStringLiteral("basis")].toString(), QStringLiteral("opportunity"));
    QCOMPARE(json[QStringLiteral("id")].toString(),
             QStringLiteral("AP-Compressor-1-excessive_idle-20250616"));
    QCOMPARE(json[QStringLiteral("target_date")].toString(), QStringLiteral("2025-07-16"));
    QCOMPARE(json[QStringLiteral("status")].toString(), QStringLiteral("draft"));
    // The problem statement carries the measured finding.
    QVERIFY(plan.problemStatement.contains(QLatin1String("42.3 %")));
}

void TestPerformanceJson::genericPlan()
{
    // No opportunity: 3 % of the last 30 days' 30,000 kWh = 900 kWh, 180.00, 405 kg.
    const ActionPlan plan = draft(QStringLiteral("compressed_air_leaks"));
    QVERIFY(plan.problemStatement.contains(QLatin1String("compressed air leaks")));
    QCOMPARE(plan.expectedOutcomes.basis, OutcomeBasis::RecentEnergyEstimate);
    QVERIFY(qAbs(plan.expectedOutcomes.energyKWh - 900.0) < kKWhTolerance);
    QVERIFY(qAbs(plan.expectedOutcomes.cost - 180.0) < kMoneyTolerance);
    QVERIFY(qAbs(plan.expectedOutcomes.carbonKg - 405.0) < kKWhTolerance);
    QCOMPARE(int(plan.actions.size()), 3);
    const QJsonObject outcomes =
        actionPlanToJson(plan, QStringLiteral("USD"), kNow)[QStringLiteral("expected_outcomes")]
            .toObject();
    QVERIFY(outcomes[QStringLiteral("note")].toString().contains(QLatin1String("estimate")));
}

void TestPerformanceJson::planErrors()
{
    PlanRequest request;
    request.seu = compressor();
    request.createdOn = QDate(2025, 6, 16);
    request.createdAtUtc = kNow;
    request.issueTypeCode = QStringLiteral("free_energy");
    QCOMPARE(draftActionPlan(request).error().code, ErrorCode::InvalidInput);

    // An opportunity of another type is refused.
    const Opportunity scheduling = schedulingOpportunity();
    request.issueTypeCode = QStringLiteral("inefficient_scheduling");
    request.currentOpportunity = &scheduling;   // belongs to Injection-Molding-1
    QCOMPARE(draftActionPlan(request).error().code, ErrorCode::InvalidInput);
}

void TestPerformanceJson::planRoundTrip()
{
    const Opportunity idle = idleOpportunity();
    const ActionPlan plan = draft(QStringLiteral("excessive_idle"), &idle);
    const QJsonObject json = actionPlanToJson(plan, QStringLiteral("USD"), kNow);
    const auto back = actionPlanFromJson(json);
    QVERIFY(back.ok());
    QCOMPARE(back->id, plan.id);
    QCOMPARE(back->issueType, plan.issueType);
    QCOMPARE(back->problemStatement, plan.problemStatement);
    QCOMPARE(back->rootCauses, plan.rootCauses);
    QCOMPARE(back->monitoringPlan, plan.monitoringPlan);
    QCOMPARE(int(back->actions.size()), 3);
    QCOMPARE(back->actions[2].responsible, plan.actions[2].responsible);
    QCOMPARE(back->targetDate, plan.targetDate);
    QCOMPARE(back->createdAtUtc, plan.createdAtUtc);
    QCOMPARE(back->status, PlanStatus::Draft);
    QCOMPARE(back->expectedOutcomes.basis, OutcomeBasis::Opportunity);

    QJsonObject broken = json;
    broken[QStringLiteral("status")] = QStringLiteral("finished");
    QCOMPARE(actionPlanFromJson(broken).error().code, ErrorCode::ParseError);
}

void TestPerformanceJson::energyRows()
{
    // Los Angeles, 2 November 2025: the hour from 01:00 local comes twice, first at
    // UTC-7 (08:00Z), then at UTC-8 (09:00Z).
    const LocalCalendar calendar{QTimeZone("America/Los_Angeles")};
    const qint64 first = QDateTime(QDate(2025, 11, 2), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
    const std::vector<PeriodEnergy> rows{{first, 1.005, 3600}, {first + 3600, 2.0, 2700}};
    const QJsonObject json = energyRowsToJson(QStringLiteral("Compressor-1"),
                                              EnergyGrouping::Hour, rows, calendar);
    QCOMPARE(json[QStringLiteral("by")].toString(), QStringLiteral("hour"));
    const QJsonArray array = json[QStringLiteral("rows")].toArray();
    QCOMPARE(array[0].toObject()[QStringLiteral("period")].toString(),
             QStringLiteral("2025-11-02T01:00:00-07:00"));
    QCOMPARE(array[1].toObject()[QStringLiteral("period")].toString(),
             QStringLiteral("2025-11-02T01:00:00-08:00"));
    QCOMPARE(array[1].toObject()[QStringLiteral("covered_hours")].toDouble(), 0.75);

    const QJsonObject daily = energyRowsToJson(QStringLiteral("Compressor-1"),
                                               EnergyGrouping::Day, rows, calendar);
    QCOMPARE(daily[QStringLiteral("rows")].toArray()[0].toObject()[QStringLiteral("period")]
                 .toString(),
             QStringLiteral("2025-11-02"));
}

QTEST_GUILESS_MAIN(TestPerformanceJson)
#include "tst_performancejson.moc"
