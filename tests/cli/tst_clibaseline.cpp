// SPDX-License-Identifier: GPL-3.0-or-later
// regress, baseline fit/show/list/expected, cusum and savings of the built `enms`: the NIST
// Longley data through the JSON an auditor reads, and baselines of the demo plant
// (docs/demo-plant.md gives the load shapes the expected coefficients come from).
#include "clirunner.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace Enms::Test;

namespace {

constexpr double kCertifiedRelTolerance = 1e-9;   // NIST StRD, relative
constexpr double kDemoSlopeRelTolerance = 0.03;    // noise of 3.5 % per interval
constexpr double kDemoLevelRelTolerance = 0.01;
constexpr double kKWhTolerance = 0.011;            // analyze rounds kWh to two decimals
constexpr double kSavingsFractionTolerance = 0.02;
const char *const kDemoEnd = "2026-11-30";
const char *const kBaselineFrom = "2025-11-01";
const char *const kBaselineTo = "2026-10-31";

QString dataFile(const char *name)
{
    return QStringLiteral(ENMS_TEST_DATA_DIR "/") + QLatin1String(name);
}

bool closeRel(double actual, double expected, double tolerance)
{
    return std::fabs(actual - expected) <= tolerance * std::fabs(expected);
}

QJsonObject coefficientNamed(const QJsonObject &model, const QString &name)
{
    for (const QJsonValue &value : model.value("coefficients").toArray()) {
        if (value.toObject().value("name").toString() == name)
            return value.toObject();
    }
    return {};
}

// NIST StRD Longley, certified values (estimate, standard deviation of the estimate).
struct Certified {
    const char *name;
    double estimate;
    double stdError;
};
const Certified kLongley[] = {
    {"intercept", -3482258.63459582, 890420.383607373},
    {"GNPDEFL", 15.0618722713733, 84.9149257747669},
    {"GNP", -0.358191792925910E-01, 0.334910077722432E-01},
    {"UNEMP", -2.02022980381683, 0.488399681651699},
    {"ARMED", -1.03322686717359, 0.214274163161675},
    {"POP", -0.511041056535807E-01, 0.226073200069370},
    {"YEAR", 1829.15146461355, 455.478499142212},
};
constexpr double kLongleyResidualSd = 304.854073561965;
constexpr double kLongleyRSquared = 0.995479004577296;
constexpr double kLongleyF = 330.285339234588;

} // namespace

class TestCliBaseline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void regressMatchesNistLongley();
    void regressReportsRankDeficiency();
    void regressNamesTheBadCell();
    void showWithoutAcceptedBaselineIsNotEnoughData();
    void injectionMoldingFitsOnProduction();
    void hvacFitsOnDegreeDays();
    void analyzeUsesTheAcceptedBaseline();
    void cusumAndSavingsOfAnUnchangedSeu();
    void savingsSeeThePlantedLeak();
    void secondAcceptSupersedesTheFirst();
    void dailyBaselineFollowsDstDayLengths();

private:
    CliRun fit(const QString &seu, const QStringList &extra = {});
    TestDatabase m_db;
};

void TestCliBaseline::initTestCase()
{
    const CliRun demo = runCli(m_db.location(), {"demo", "--end", kDemoEnd, "--seed", "42"});
    QCOMPARE(demo.exitCode, 0);
}

CliRun TestCliBaseline::fit(const QString &seu, const QStringList &extra)
{
    return runCli(m_db.location(), QStringList{"baseline", "fit", "--seu", seu, "--from",
                                               kBaselineFrom, "--to", kBaselineTo}
                                       + extra);
}

void TestCliBaseline::regressMatchesNistLongley()
{
    const CliRun run = runCli(m_db.location(),
                              {"regress", "--csv", dataFile("nist-longley.csv"), "--y",
                               "TOTEMP", "--x", "GNPDEFL,GNP,UNEMP,ARMED,POP,YEAR"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value("n").toInt(), 16);
    QCOMPARE(run.json.value("p").toInt(), 7);
    for (const Certified &c : kLongley) {
        const QJsonObject coefficient = coefficientNamed(run.json, QLatin1String(c.name));
        QVERIFY2(!coefficient.isEmpty(), c.name);
        QVERIFY2(closeRel(coefficient.value("estimate").toDouble(), c.estimate,
                          kCertifiedRelTolerance), c.name);
        QVERIFY2(closeRel(coefficient.value("std_error").toDouble(), c.stdError,
                          kCertifiedRelTolerance), c.name);
        for (const char *field : {"t", "p"})
            QVERIFY2(coefficient.value(QLatin1String(field)).isDouble(), field);
    }
    QVERIFY(closeRel(run.json.value("rmse").toDouble(), kLongleyResidualSd,
                     kCertifiedRelTolerance));
    QVERIFY(closeRel(run.json.value("r_squared").toDouble(), kLongleyRSquared,
                     kCertifiedRelTolerance));
    QVERIFY(closeRel(run.json.value("f").toDouble(), kLongleyF, kCertifiedRelTolerance));
    for (const char *field : {"adj_r_squared", "f_p", "cv_rmse", "nmbe", "aic", "aicc", "bic",
                              "durbin_watson"})
        QVERIFY2(run.json.value(QLatin1String(field)).isDouble(), field);
}

void TestCliBaseline::regressReportsRankDeficiency()
{
    const CliRun run = runCli(m_db.location(),
                              {"regress", "--csv", dataFile("rank-deficient.csv"), "--y",
                               "energy", "--x", "production,production_doubled"});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject report = run.json.value("rank_report").toObject();
    QCOMPARE(report.value("rank_deficient").toBool(), true);
    QCOMPARE(report.value("parameters").toInt(), 3);
    QCOMPARE(report.value("rank").toInt(), 2);
    QVERIFY(!report.value("dependent_columns").toArray().isEmpty());
    QVERIFY(run.error.value("detail").toString().contains("Rank report"));
}

void TestCliBaseline::regressNamesTheBadCell()
{
    const CliRun run = runCli(m_db.location(),
                              {"regress", "--csv", dataFile("bad-cell.csv"), "--y", "energy",
                               "--x", "production"});
    QCOMPARE(run.exitCode, 4);
    const QString detail = run.error.value("detail").toString();
    QVERIFY2(detail.contains("line 4") && detail.contains("column 2")
                 && detail.contains("n/a"), qPrintable(detail));

    const CliRun missing = runCli(m_db.location(),
                                  {"regress", "--csv", dataFile("no-such-file.csv"), "--y",
                                   "energy", "--x", "production"});
    QCOMPARE(missing.exitCode, 2);
}

void TestCliBaseline::showWithoutAcceptedBaselineIsNotEnoughData()
{
    const CliRun run = runCli(m_db.location(), {"baseline", "show", "--seu", "HVAC-Main"});
    QCOMPARE(run.exitCode, 4);
    const CliRun unknown = runCli(m_db.location(), {"baseline", "show", "--seu", "Nope-9"});
    QCOMPARE(unknown.exitCode, 3);
}

// Injection-Molding-1 draws 80 kW all day with no production and 20 kW more per unit of
// production factor in the 16 shift hours and half of that in the 8 night hours:
// E = 24 h x 80 kW + (16 + 8 x 0.5) h x 20 kW x units / 2,400
//   = 1,920 kWh + 1/6 kWh per unit.
void TestCliBaseline::injectionMoldingFitsOnProduction()
{
    const CliRun run = fit("Injection-Molding-1");
    QCOMPARE(run.exitCode, 0);
    qInfo("baseline fit Injection-Molding-1 (all subsets + change points): %.3f s in the CLI, "
          "%.3f s searching", run.seconds, run.json.value("search_seconds").toDouble());
    QCOMPARE(run.json.value("rule_set").toString(), QStringLiteral("sep"));
    QVERIFY(run.json.value("candidate_drivers").toArray().contains("production"));
    QVERIFY(!run.json.value("candidate_drivers").toArray().contains("operating_hours"));
    bool hoursExcluded = false;
    for (const QJsonValue &v : run.json.value("excluded_by_default").toArray())
        hoursExcluded |= v.toObject().value("name").toString() == "operating_hours";
    QVERIFY(hoursExcluded);

    const QJsonObject chosen = run.json.value("chosen").toObject();
    QCOMPARE(chosen.value("valid").toBool(), true);
    QCOMPARE(chosen.value("model_form").toString(), QStringLiteral("ols"));
    QVERIFY(chosen.value("drivers").toArray().contains("production"));
    const QJsonObject model = chosen.value("model").toObject().value("model").toObject();
    QVERIFY(closeRel(coefficientNamed(model, "production").value("estimate").toDouble(),
                     1.0 / 6.0, kDemoSlopeRelTolerance));
    QVERIFY(closeRel(coefficientNamed(model, "intercept").value("estimate").toDouble(),
                     1920.0, kDemoLevelRelTolerance));
    QVERIFY(model.value("r_squared").toDouble() >= 0.5);
}

// HVAC-Main: 60 kW for 14 weekday hours and 45 kW otherwise, so 1,290 kWh on a weekday
// and 210 kWh less on a weekend day, plus 1.5 kW x 24 h = 36 kWh per degree day.
void TestCliBaseline::hvacFitsOnDegreeDays()
{
    const CliRun run = fit("HVAC-Main", {"--drivers", "hdd,cdd,weekend", "--model", "ols"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject chosen = run.json.value("chosen").toObject();
    QCOMPARE(chosen.value("valid").toBool(), true);
    const QJsonObject model = chosen.value("model").toObject().value("model").toObject();
    QVERIFY(closeRel(coefficientNamed(model, "hdd").value("estimate").toDouble(), 36.0,
                     kDemoSlopeRelTolerance));
    QVERIFY(closeRel(coefficientNamed(model, "cdd").value("estimate").toDouble(), 36.0,
                     kDemoSlopeRelTolerance));
    QVERIFY(closeRel(coefficientNamed(model, "weekend").value("estimate").toDouble(), -210.0,
                     kDemoSlopeRelTolerance));
    QVERIFY(closeRel(coefficientNamed(model, "intercept").value("estimate").toDouble(), 1290.0,
                     kDemoLevelRelTolerance));

    // The default search finds the same drivers among all subsets.
    const CliRun automatic = fit("HVAC-Main");
    QCOMPARE(automatic.exitCode, 0);
    QJsonArray drivers = automatic.json.value("chosen").toObject().value("drivers").toArray();
    QVERIFY(drivers.contains("hdd") && drivers.contains("cdd"));
    QCOMPARE(automatic.json.value("chosen").toObject().value("valid").toBool(), true);
}

void TestCliBaseline::analyzeUsesTheAcceptedBaseline()
{
    const CliRun before = runCli(m_db.location(), {"analyze", "--seu", "Injection-Molding-1",
                                                   "--date", "2026-11-20"});
    QCOMPARE(before.exitCode, 0);
    QCOMPARE(before.json.value("baseline_source").toString(), QStringLiteral("thirty_day_mean"));

    const CliRun accepted = fit("Injection-Molding-1", {"--accept"});
    QCOMPARE(accepted.exitCode, 0);
    QCOMPARE(accepted.json.value("accepted").toBool(), true);
    const QString id = accepted.json.value("chosen").toObject().value("id").toString();
    QVERIFY(!id.isEmpty());

    const CliRun show = runCli(m_db.location(), {"baseline", "show", "--seu",
                                                 "Injection-Molding-1"});
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(show.json.value("id").toString(), id);
    QCOMPARE(show.json.value("status").toString(), QStringLiteral("accepted"));
    QVERIFY(!show.json.value("accepted_by").toString().isEmpty());

    const CliRun after = runCli(m_db.location(), {"analyze", "--seu", "Injection-Molding-1",
                                                  "--date", "2026-11-20"});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.json.value("baseline_source").toString(),
             QStringLiteral("accepted_baseline"));
    QCOMPARE(after.json.value("baseline_id").toString(), id);
    const CliRun expected = runCli(m_db.location(),
                                   {"baseline", "expected", "--seu", "Injection-Molding-1",
                                    "--from", "2026-11-20", "--to", "2026-11-20"});
    QCOMPARE(expected.exitCode, 0);
    QCOMPARE(expected.json.value("baseline_id").toString(), id);
    QVERIFY(std::fabs(after.json.value("baseline_energy_kwh").toDouble()
                      - expected.json.value("expected_kwh").toDouble()) <= kKWhTolerance);

    // The partial end day has no production count yet: the thirty-day mean stays.
    const CliRun endDay = runCli(m_db.location(), {"analyze", "--seu", "Injection-Molding-1",
                                                   "--date", kDemoEnd});
    QCOMPARE(endDay.exitCode, 0);
    QCOMPARE(endDay.json.value("baseline_source").toString(), QStringLiteral("thirty_day_mean"));
}

// Injection-Molding-1 runs in November as it did in the baseline year: CUSUM and savings
// stay near zero, and both agree on the totals.
void TestCliBaseline::cusumAndSavingsOfAnUnchangedSeu()
{
    const QStringList span{"--seu", "Injection-Molding-1", "--from", "2026-11-01", "--to",
                           "2026-11-29"};
    const CliRun cusum = runCli(m_db.location(), QStringList{"cusum"} + span);
    QCOMPARE(cusum.exitCode, 0);
    const QJsonArray periods = cusum.json.value("periods").toArray();
    QCOMPARE(periods.size(), 29);
    double running = 0.0;
    for (const QJsonValue &v : periods) {
        const QJsonObject p = v.toObject();
        running += p.value("actual_kwh").toDouble() - p.value("expected_kwh").toDouble();
        QVERIFY(std::fabs(p.value("cusum_kwh").toDouble() - running) <= 1e-6);
    }

    const CliRun savings = runCli(m_db.location(),
                                  QStringList{"savings"} + span + QStringList{"--confidence", "90"});
    QCOMPARE(savings.exitCode, 0);
    QCOMPARE(savings.json.value("m").toInt(), 29);
    QCOMPARE(savings.json.value("confidence").toDouble(), 0.9);
    QVERIFY(std::fabs(savings.json.value("savings_fraction").toDouble())
            < kSavingsFractionTolerance);
    QVERIFY(std::fabs(savings.json.value("avoided_energy_kwh").toDouble() + running) <= 1e-6);
    QVERIFY(savings.json.value("minimum_detectable_fraction").toDouble() > 0.0);

    const CliRun badConfidence = runCli(m_db.location(), QStringList{"savings"} + span
                                                             + QStringList{"--confidence", "0"});
    QCOMPARE(badConfidence.exitCode, 2);
}

// Compressor-1 has a leak that multiplies its energy by 1.15 from 14 days before the end
// date (docs/demo-plant.md): against its baseline, those days save -15 %.
void TestCliBaseline::savingsSeeThePlantedLeak()
{
    QCOMPARE(fit("Compressor-1", {"--accept"}).exitCode, 0);
    const CliRun savings = runCli(m_db.location(), {"savings", "--seu", "Compressor-1",
                                                    "--from", "2026-11-16", "--to",
                                                    "2026-11-29"});
    QCOMPARE(savings.exitCode, 0);
    const double fraction = savings.json.value("savings_fraction").toDouble();
    QVERIFY2(std::fabs(fraction - (1.0 - 1.15)) < kSavingsFractionTolerance,
             qPrintable(QString::number(fraction)));

    const CliRun scan = runCli(m_db.location(), {"opportunities", "--site",
                                                 "Demo Manufacturing Plant", "--period",
                                                 "month", "--end", kDemoEnd});
    QCOMPARE(scan.exitCode, 0);
    bool driftAgainstBaseline = false;
    for (const QJsonValue &v : scan.json.value("opportunities").toArray()) {
        const QJsonObject item = v.toObject();
        if (item.value("seu_name") == "Compressor-1" && item.value("issue_type") == "baseline_drift")
            driftAgainstBaseline = item.value("measured").toObject()
                                       .value("against_expected").toBool();
    }
    QVERIFY(driftAgainstBaseline);
}

void TestCliBaseline::secondAcceptSupersedesTheFirst()
{
    const CliRun first = runCli(m_db.location(), {"baseline", "show", "--seu",
                                                  "Injection-Molding-1"});
    QCOMPARE(first.exitCode, 0);
    const QString firstId = first.json.value("id").toString();

    const CliRun second = fit("Injection-Molding-1", {"--period", "week", "--accept"});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json.value("supersedes").toString(), firstId);

    const CliRun list = runCli(m_db.location(), {"baseline", "list", "--seu",
                                                 "Injection-Molding-1"});
    QCOMPARE(list.exitCode, 0);
    int accepted = 0;
    bool firstSuperseded = false;
    for (const QJsonValue &v : list.json.value("baselines").toArray()) {
        const QJsonObject b = v.toObject();
        accepted += b.value("status") == "accepted" ? 1 : 0;
        if (b.value("id").toString() == firstId)
            firstSuperseded = b.value("status") == "superseded"
                              && !b.value("superseded_at").toString().isEmpty();
    }
    QCOMPARE(accepted, 1);
    QVERIFY(firstSuperseded);
}

// Daily models are fitted per 24 hours and scaled to each local day's length, so the
// 25-hour 1 November 2026 in Los Angeles expects 25/24 of an ordinary Sunday.
void TestCliBaseline::dailyBaselineFollowsDstDayLengths()
{
    const CliRun fitted = fit(QStringLiteral("Steam-Header-1"), {"--accept"});
    QCOMPARE(fitted.exitCode, 0);
    const CliRun run = runCli(m_db.location(), {"baseline", "expected", "--seu",
                                                "Steam-Header-1", "--from", "2026-10-25",
                                                "--to", "2026-11-01"});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray periods = run.json.value("periods").toArray();
    QCOMPARE(periods.size(), 8);
    const QJsonObject ordinarySunday = periods.first().toObject();
    const QJsonObject longSunday = periods.last().toObject();
    QCOMPARE(longSunday.value("start").toString(), QStringLiteral("2026-11-01"));

    const QStringList drivers = [&] {
        QStringList names;
        for (const QJsonValue &d : fitted.json.value("chosen").toObject().value("drivers")
                                       .toArray())
            names << d.toString();
        return names;
    }();
    if (drivers == QStringList{"weekend"}) {
        QVERIFY(std::fabs(longSunday.value("expected_kwh").toDouble()
                          / ordinarySunday.value("expected_kwh").toDouble() - 25.0 / 24.0)
                < 1e-9);
    }
    // Whatever the drivers, the long day's expectation meets its actual energy closely,
    // where a 24-hour prediction would fall about 4 % short.
    const double expected = longSunday.value("expected_kwh").toDouble();
    const double actual = longSunday.value("actual_kwh").toDouble();
    QVERIFY2(std::fabs(actual - expected) / expected < 0.02,
             qPrintable(QStringLiteral("expected %1, actual %2").arg(expected).arg(actual)));
}

QTEST_GUILESS_MAIN(TestCliBaseline)
#include "tst_clibaseline.moc"
