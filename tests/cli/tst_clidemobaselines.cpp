// SPDX-License-Identifier: GPL-3.0-or-later
// `enms demo --baselines` of the built `enms`: the demo plant with an accepted daily
// baseline per SEU, listed in the JSON as `baseline show` reads them back; plain
// `enms demo` stays as it was (no baselines, the same JSON fields); a second run is
// refused and adds nothing. Run on SQLite and, when a server is configured, PostgreSQL.
#include "clirunner.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace Enms::Test;

namespace {

const char *const kDemoEnd = "2026-11-30";
const char *const kReferenceFrom = "2025-10-30";     // the demo's first day (13 months)
const char *const kReferenceTo = "2026-10-30";       // 31 days before the end date
constexpr double kStatisticTolerance = 1e-12;        // the same stored number, via JSON
constexpr int kUsageExit = 2;
constexpr int kNotEnoughDataExit = 4;

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

} // namespace

class TestCliDemoBaselines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backends_data();
    void demoWithBaselinesListsTheAcceptedBaselines_data() { backends_data(); }
    void demoWithBaselinesListsTheAcceptedBaselines();
    void demoWithoutTheFlagStoresNoBaseline();
    void secondRunIsRefusedAndAddsNothing();
};

void TestCliDemoBaselines::backends_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds())
        QTest::newRow(qPrintable(TestDatabase::kindName(kind))) << kind;
}

void TestCliDemoBaselines::demoWithBaselinesListsTheAcceptedBaselines()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase db(kind);
    const CliRun demo = runCli(db.location(), {"demo", "--end", kDemoEnd, "--baselines"});
    QVERIFY2(demo.exitCode == 0, demo.stderrText.constData());

    const QJsonArray baselines = demo.json.value("baselines").toArray();
    QCOMPARE(baselines.size(), demo.json.value("seus").toInt());
    QSet<QString> seus;
    for (const QJsonValue &value : baselines) {
        const QJsonObject listed = value.toObject();
        const QString seu = listed.value("seu_name").toString();
        seus.insert(seu);
        QCOMPARE(listed.value("period_from").toString(), QString::fromLatin1(kReferenceFrom));
        QCOMPARE(listed.value("period_to").toString(), QString::fromLatin1(kReferenceTo));
        QVERIFY2(listed.value("valid").toBool(), qPrintable(seu));
        for (const char *field : {"seu_id", "baseline_id", "model_form"})
            QVERIFY2(!listed.value(QLatin1String(field)).toString().isEmpty(), field);

        // `baseline show` reads the same accepted daily baseline back.
        const CliRun shown = runCli(db.location(), {"baseline", "show", "--seu", seu});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json.value("id").toString(), listed.value("baseline_id").toString());
        QCOMPARE(shown.json.value("status").toString(), QStringLiteral("accepted"));
        QCOMPARE(shown.json.value("period_length").toString(), QStringLiteral("day"));
        QCOMPARE(shown.json.value("model_form").toString(),
                 listed.value("model_form").toString());
        for (const char *statistic : {"r_squared", "cv_rmse"})
            QVERIFY2(std::fabs(shown.json.value(QLatin1String(statistic)).toDouble()
                               - listed.value(QLatin1String(statistic)).toDouble())
                         <= kStatisticTolerance,
                     statistic);
        const CliRun all = runCli(db.location(), {"baseline", "list", "--seu", seu});
        QCOMPARE(all.json.value("baselines").toArray().size(), 1);
    }
    QCOMPARE(seus.size(), baselines.size());
}

// Many tests rely on plain `enms demo`: its JSON keeps exactly its fields, and it
// stores no baseline.
void TestCliDemoBaselines::demoWithoutTheFlagStoresNoBaseline()
{
    TestDatabase plain;
    TestDatabase flagged;
    const CliRun demo = runCli(plain.location(), {"demo", "--end", kDemoEnd});
    const CliRun withBaselines = runCli(flagged.location(),
                                        {"demo", "--end", kDemoEnd, "--baselines"});
    QCOMPARE(demo.exitCode, 0);
    QCOMPARE(withBaselines.exitCode, 0);

    QSet<QString> expected = keysOf(withBaselines.json);
    expected.remove(QStringLiteral("baselines"));
    QCOMPARE(keysOf(demo.json), expected);
    for (const char *field : {"sites", "seus", "readings", "temperatures", "production_days",
                              "first_date", "end_date", "planted_truths"})
        QCOMPARE(demo.json.value(QLatin1String(field)),
                 withBaselines.json.value(QLatin1String(field)));

    const CliRun shown = runCli(plain.location(), {"baseline", "show", "--seu",
                                                   "Compressor-1"});
    QCOMPARE(shown.exitCode, kNotEnoughDataExit);
    const CliRun listed = runCli(plain.location(), {"baseline", "list", "--seu",
                                                    "Compressor-1"});
    QCOMPARE(listed.json.value("baselines").toArray().size(), 0);
}

void TestCliDemoBaselines::secondRunIsRefusedAndAddsNothing()
{
    TestDatabase db;
    QCOMPARE(runCli(db.location(), {"demo", "--end", kDemoEnd, "--baselines"}).exitCode, 0);
    const CliRun again = runCli(db.location(), {"demo", "--end", kDemoEnd, "--baselines"});
    QCOMPARE(again.exitCode, kUsageExit);
    QVERIFY(again.error.value("detail").toString().contains("already holds the demo site"));

    const CliRun listed = runCli(db.location(), {"baseline", "list", "--seu", "HVAC-Main"});
    QCOMPARE(listed.json.value("baselines").toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestCliDemoBaselines)
#include "tst_clidemobaselines.moc"
