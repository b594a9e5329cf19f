// SPDX-License-Identifier: GPL-3.0-or-later
// analyze, opportunities, energy and action plans of the built `enms`, run on the demo
// plant (docs/demo-plant.md says what was planted in it and what the scan must find).
#include "clirunner.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace Enms::Test;

namespace {
constexpr double kKWhTolerance = 0.011;     // JSON rounds kWh to two decimals
constexpr double kMoneyTolerance = 0.011;   // ... and money to cents
const char *const kDemoEnd = "2026-11-30";
const char *const kLosAngeles = "Demo Manufacturing Plant";
const char *const kBerlin = "European Production Facility";
} // namespace

class TestCliPerformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoIsReproducible();
    void monthScanFindsThePlantedTruths();
    void quarterAndWeekScans();
    void scanRefusesBadPeriodAndUnknownSite();
    void siteRulesTuneTheDetectors();
    void energyByDayAndHourAcrossDst();
    void analyzeProjectsThePartialEndDay();
    void analyzeRefusesDaysWithoutData();
    void actionPlansAreSavedWithDistinctIds();
    void planStatusFollowsTheWorkflow();

private:
    TestDatabase m_db;
};

void TestCliPerformance::initTestCase()
{
    const CliRun demo = runCli(m_db.location(), {"demo", "--end", kDemoEnd, "--seed", "42"});
    QCOMPARE(demo.exitCode, 0);
    QCOMPARE(demo.json.value("seus").toInt(), 9);
    qInfo("enms demo (13 months, 9 SEUs): %.2f s", demo.seconds);

    const CliRun again = runCli(m_db.location(), {"demo", "--end", kDemoEnd});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.error.value("detail").toString().contains("already holds"));
}

void TestCliPerformance::demoIsReproducible()
{
    // The same seed and end date give the same readings, to the last bit (the JSON
    // rounds, so the stored blobs are compared through every interval of a week).
    TestDatabase same, other;
    QCOMPARE(runCli(same.location(), {"demo", "--end", kDemoEnd, "--seed", "42"}).exitCode, 0);
    QCOMPARE(runCli(other.location(), {"demo", "--end", kDemoEnd, "--seed", "7"}).exitCode, 0);
    const QStringList week = {"energy", "--seu", "HVAC-EU-North", "--from", "2026-10-20",
                              "--to", "2026-10-27", "--by", "interval"};
    const QByteArray reference = runCli(m_db.location(), week).stdoutText;
    QVERIFY(reference.size() > 10000);
    QCOMPARE(runCli(same.location(), week).stdoutText, reference);
    QVERIFY(runCli(other.location(), week).stdoutText != reference);
}

void TestCliPerformance::monthScanFindsThePlantedTruths()
{
    const CliRun run = runCli(m_db.location(), {"opportunities", "--site", kLosAngeles,
                                                "--period", "month", "--end", kDemoEnd});
    QCOMPARE(run.exitCode, 0);
    qInfo("enms opportunities --period month on the demo plant: %.3f s", run.seconds);
    QCOMPARE(run.json.value("factory_id").toString(),
             QStringLiteral("11111111-1111-1111-1111-111111111111"));
    QCOMPARE(run.json.value("currency").toString(), QStringLiteral("USD"));

    // What docs/demo-plant.md derives from how the data were made.
    const QSet<QString> expected = {"Injection-Molding-1/inefficient_scheduling",
                                    "HVAC-Main/inefficient_scheduling",
                                    "Compressor-1/inefficient_scheduling",
                                    "Compressor-1/baseline_drift",
                                    "Boiler-1/inefficient_scheduling",
                                    "Conveyor-A/excessive_idle"};
    const QJsonArray items = run.json.value("opportunities").toArray();
    QSet<QString> found;
    double sumKWh = 0, sumUsd = 0, previousUsd = INFINITY;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        found.insert(item.value("seu_name").toString() + "/" + item.value("issue_type").toString());
        QCOMPARE(item.value("rank").toInt(), i + 1);
        const double usd = item.value("potential_savings_usd").toDouble();
        QVERIFY(usd <= previousUsd);
        previousUsd = usd;
        sumKWh += item.value("potential_savings_kwh").toDouble();
        sumUsd += usd;
        // roi_days = assumed cost / (saving per day of the 30-day window), rounded up.
        const double perDay = usd / 30.0;
        const double assumed = item.value("issue_type").toString() == "excessive_idle" ? 1000
                               : item.value("issue_type").toString() == "baseline_drift" ? 2000
                                                                                          : 500;
        QCOMPARE(item.value("roi_days").toInt(), int(std::ceil(assumed / perDay - 1e-9)));
    }
    QCOMPARE(found, expected);
    QCOMPARE(run.json.value("total_opportunities").toInt(), items.size());
    QVERIFY(std::abs(run.json.value("total_potential_savings_kwh").toDouble() - sumKWh)
            < kKWhTolerance);
    QVERIFY(std::abs(run.json.value("total_potential_savings_usd").toDouble() - sumUsd)
            < kMoneyTolerance);

    const QJsonObject top = items.first().toObject();
    QCOMPARE(top.value("seu_name").toString(), QStringLiteral("Injection-Molding-1"));
    QVERIFY(top.value("detailed_analysis").toString().contains("%"));

    // Boiler-1 burns natural gas: it is priced at the site's gas tariff, not electricity's.
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        if (item.value("seu_name").toString() != "Boiler-1")
            continue;
        const double ratio = item.value("potential_savings_usd").toDouble()
                             / item.value("potential_savings_kwh").toDouble();
        QVERIFY2(ratio < 0.1, "gas must not be priced as electricity");
    }
}

void TestCliPerformance::quarterAndWeekScans()
{
    for (const char *period : {"week", "quarter"}) {
        const CliRun run = runCli(m_db.location(), {"opportunities", "--site", kLosAngeles,
                                                    "--period", period, "--end", kDemoEnd});
        QCOMPARE(run.exitCode, 0);
        qInfo("enms opportunities --period %s: %.3f s", period, run.seconds);
        QCOMPARE(run.json.value("period").toString(), QString::fromLatin1(period));
        for (const QJsonValue &item : run.json.value("opportunities").toArray()) {
            // The drift rule compares whole weeks and is not evaluated for a week.
            if (QLatin1String(period) == QLatin1String("week"))
                QVERIFY(item.toObject().value("issue_type").toString() != "baseline_drift");
        }
    }
}

void TestCliPerformance::scanRefusesBadPeriodAndUnknownSite()
{
    const CliRun badPeriod = runCli(m_db.location(), {"opportunities", "--site", kLosAngeles,
                                                      "--period", "fortnight"});
    QCOMPARE(badPeriod.exitCode, 2);
    QVERIFY(badPeriod.error.value("detail").toString().contains("fortnight"));
    const CliRun unknown = runCli(m_db.location(), {"opportunities", "--site", "Atlantis",
                                                    "--period", "month"});
    QCOMPARE(unknown.exitCode, 3);
}

void TestCliPerformance::siteRulesTuneTheDetectors()
{
    // Its own database: the thresholds changed here must not reach the other tests.
    TestDatabase db;
    QCOMPARE(runCli(db.location(), {"demo", "--end", kDemoEnd}).exitCode, 0);
    const QStringList scan = {"opportunities", "--site", kBerlin, "--period",
                              "month", "--end", kDemoEnd};
    const auto typesFound = [&] {
        QSet<QString> types;
        const CliRun run = runCli(db.location(), scan);
        for (const QJsonValue item : run.json.value("opportunities").toArray())
            types.insert(item.toObject().value("issue_type").toString());
        return types;
    };
    QVERIFY(typesFound().contains("inefficient_scheduling"));

    const CliRun shown = runCli(db.location(), {"site", "rules", "--site", kBerlin});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject defaults = shown.json.value("opportunity_rules").toObject();
    QCOMPARE(defaults.value("off_hours_share_limit").toDouble(), 0.20);
    QCOMPARE(defaults.size(), 11);

    // A share above one is refused and nothing of the call is stored.
    const CliRun refused = runCli(db.location(), {"site", "rules", "--site", kBerlin,
                                                  "--drift-limit", "0.2",
                                                  "--off-hours-share-limit", "1.5"});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.error.value("detail").toString().contains("off_hours_share_limit"));
    QCOMPARE(runCli(db.location(), {"site", "rules", "--site", kBerlin})
                 .json.value("opportunity_rules").toObject(), defaults);

    // With off-hours judged only above 99 % of the energy, the demo's nights and
    // weekends at part load no longer count as waste.
    const CliRun tuned = runCli(db.location(), {"site", "rules", "--site", kBerlin,
                                                "--off-hours-share-limit", "0.99"});
    QCOMPARE(tuned.exitCode, 0);
    QCOMPARE(tuned.json.value("opportunity_rules").toObject()
                 .value("off_hours_share_limit").toDouble(), 0.99);
    QVERIFY(!typesFound().contains("inefficient_scheduling"));
}

void TestCliPerformance::energyByDayAndHourAcrossDst()
{
    // 2 November 2025: clocks in Los Angeles go back, the day has 25 hours.
    const CliRun days = runCli(m_db.location(), {"energy", "--seu", "HVAC-Main", "--from",
                                                 "2025-11-01", "--to", "2025-11-03"});
    QCOMPARE(days.exitCode, 0);
    const QJsonArray rows = days.json.value("rows").toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).toObject().value("period").toString(), QStringLiteral("2025-11-02"));
    QCOMPARE(rows.at(1).toObject().value("covered_hours").toDouble(), 25.0);

    const CliRun hours = runCli(m_db.location(), {"energy", "--seu", "HVAC-Main", "--from",
                                                  "2025-11-02", "--to", "2025-11-02", "--by",
                                                  "hour"});
    QCOMPARE(hours.exitCode, 0);
    const QJsonArray hourRows = hours.json.value("rows").toArray();
    QCOMPARE(hourRows.size(), 25);
    QCOMPARE(hourRows.at(1).toObject().value("period").toString(),
             QStringLiteral("2025-11-02T01:00:00-07:00"));
    QCOMPARE(hourRows.at(2).toObject().value("period").toString(),
             QStringLiteral("2025-11-02T01:00:00-08:00"));
    double sum = 0;
    for (const QJsonValue &row : hourRows)
        sum += row.toObject().value("kwh").toDouble();
    QVERIFY(std::abs(sum - rows.at(1).toObject().value("kwh").toDouble()) < 25 * kKWhTolerance);

    // 8 March 2026: clocks go forward, 23 hours.
    const CliRun spring = runCli(m_db.location(), {"energy", "--seu", "HVAC-Main", "--from",
                                                   "2026-03-08", "--to", "2026-03-08"});
    QCOMPARE(spring.json.value("rows").toArray().first().toObject().value("covered_hours")
                 .toDouble(), 23.0);
}

void TestCliPerformance::analyzeProjectsThePartialEndDay()
{
    const CliRun run = runCli(m_db.location(), {"analyze", "--seu", "Compressor-1", "--date",
                                                kDemoEnd});
    QCOMPARE(run.exitCode, 0);
    // The demo data stop at 14:30 local time on the end date: 14.5 covered hours,
    // projected to the 24-hour day.
    QCOMPARE(run.json.value("covered_hours").toDouble(), 14.5);
    QVERIFY(run.json.value("is_projection").toBool());
    const double measured = run.json.value("measured_energy_kwh").toDouble();
    const double actual = run.json.value("actual_energy_kwh").toDouble();
    QVERIFY(std::abs(actual - measured * 24.0 / 14.5) < kKWhTolerance);
    QVERIFY(run.json.value("voice_summary").toString().contains("rojected"));
    const double baseline = run.json.value("baseline_energy_kwh").toDouble();
    const double deviation = (actual - baseline) / baseline * 100.0;
    QVERIFY(std::abs(run.json.value("deviation_percent").toDouble() - deviation) < 0.01);
    // Signed cost at the site's electricity price.
    QVERIFY(std::abs(run.json.value("deviation_cost_usd").toDouble()
                     - (actual - baseline) * 0.15) < kMoneyTolerance);

    const CliRun complete = runCli(m_db.location(), {"analyze", "--seu", "Compressor-1",
                                                     "--date", "2026-11-10"});
    QCOMPARE(complete.exitCode, 0);
    QVERIFY(!complete.json.value("is_projection").toBool());
    QCOMPARE(complete.json.value("covered_hours").toDouble(), 24.0);
}

void TestCliPerformance::analyzeRefusesDaysWithoutData()
{
    const CliRun future = runCli(m_db.location(), {"analyze", "--seu", "Compressor-1", "--date",
                                                   "2026-12-01"});
    QCOMPARE(future.exitCode, 4);
    QVERIFY(future.error.value("detail").toString().contains("2026-12-01"));

    // The first day of data has no history: fewer than 7 complete days before it.
    const CliRun first = runCli(m_db.location(), {"analyze", "--seu", "Compressor-1", "--date",
                                                  "2025-11-02"});
    QCOMPARE(first.exitCode, 4);
    QVERIFY2(first.error.value("detail").toString().contains("2"),
             qPrintable(first.error.value("detail").toString()));

    QCOMPARE(runCli(m_db.location(), {"analyze", "--seu", "Compressor-9", "--date",
                                      kDemoEnd}).exitCode, 3);
    QCOMPARE(runCli(m_db.location(), {"analyze", "--seu", "Compressor-1", "--date",
                                      "2026-02-30"}).exitCode, 2);
}

void TestCliPerformance::actionPlansAreSavedWithDistinctIds()
{
    const CliRun draft = runCli(m_db.location(), {"action-plan", "--seu", "Injection-Molding-1",
                                                  "--issue-type", "inefficient_scheduling"});
    QCOMPARE(draft.exitCode, 0);
    QCOMPARE(draft.json.value("status").toString(), QStringLiteral("draft"));
    QVERIFY(!draft.json.value("saved").toBool());
    QCOMPARE(runCli(m_db.location(), {"plans"}).json.value("plans").toArray().size(), 0);

    const CliRun first = runCli(m_db.location(), {"action-plan", "--seu", "Injection-Molding-1",
                                                  "--issue-type", "inefficient_scheduling",
                                                  "--save"});
    const CliRun second = runCli(m_db.location(), {"action-plan", "--seu", "Injection-Molding-1",
                                                   "--issue-type", "inefficient_scheduling",
                                                   "--save"});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(second.exitCode, 0);
    const QString firstId = first.json.value("id").toString();
    QVERIFY(firstId.startsWith("AP-Injection-Molding-1-inefficient_scheduling-"));
    QCOMPARE(second.json.value("id").toString(), firstId + "-2");

    const QJsonObject outcomes = first.json.value("expected_outcomes").toObject();
    QVERIFY(outcomes.value("energy_kwh").toDouble() > 0);
    QVERIFY(std::abs(outcomes.value("cost_usd").toDouble()
                     - outcomes.value("energy_kwh").toDouble() * 0.15) < kMoneyTolerance);
    QVERIFY(std::abs(outcomes.value("carbon_kg").toDouble()
                     - outcomes.value("energy_kwh").toDouble() * 0.45) < 0.01);

    const CliRun list = runCli(m_db.location(), {"plans", "--site", kLosAngeles});
    QCOMPARE(list.json.value("plans").toArray().size(), 2);
    const CliRun berlin = runCli(m_db.location(), {"plans", "--site",
                                                   "European Production Facility"});
    QCOMPARE(berlin.json.value("plans").toArray().size(), 0);

    const CliRun unknownType = runCli(m_db.location(), {"action-plan", "--seu", "Conveyor-A",
                                                        "--issue-type", "bad'; DROP", "--save"});
    QCOMPARE(unknownType.exitCode, 2);
    QVERIFY(unknownType.error.value("detail").toString().contains("bad'; DROP"));
    QCOMPARE(runCli(m_db.location(), {"plans"}).json.value("plans").toArray().size(), 2);
}

void TestCliPerformance::planStatusFollowsTheWorkflow()
{
    const CliRun saved = runCli(m_db.location(), {"action-plan", "--seu", "Conveyor-A",
                                                  "--issue-type", "excessive_idle", "--save"});
    QCOMPARE(saved.exitCode, 0);
    const QString id = saved.json.value("id").toString();

    const CliRun skip = runCli(m_db.location(), {"plan", "status", "--id", id, "--status",
                                                 "completed"});
    QCOMPARE(skip.exitCode, 2);
    QVERIFY(skip.error.value("detail").toString().contains("approved"));

    for (const char *status : {"approved", "in_progress", "completed", "verified"}) {
        const CliRun step = runCli(m_db.location(), {"plan", "status", "--id", id, "--status",
                                                     status});
        QCOMPARE(step.exitCode, 0);
        QCOMPARE(step.json.value("status").toString(), QString::fromLatin1(status));
    }
    const CliRun shown = runCli(m_db.location(), {"plan", "show", "--id", id});
    const QJsonArray revisions = shown.json.value("revisions").toArray();
    QCOMPARE(revisions.size(), 5);
    QCOMPARE(revisions.last().toObject().value("summary").toString(),
             QStringLiteral("Status completed -> verified"));
    QCOMPARE(runCli(m_db.location(), {"plan", "show", "--id", "AP-nothing"}).exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCliPerformance)
#include "tst_cliperformance.moc"
