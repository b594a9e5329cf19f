// SPDX-License-Identifier: GPL-3.0-or-later
// enms import, analyze and opportunities on a fresh database with hand-made meter files,
// and the import log's overlap handling and undo.
#include "clirunner.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Enms::Test;

namespace {
constexpr double kKWhTolerance = 0.005;
constexpr double kMoneyTolerance = 0.005;

// A meter file of 15-minute kWh from 2026-01-01 00:00 Berlin time: `days` days of
// `normalKWh` per interval, then one day of `lastDayKWh` per interval. Stamps carry the
// winter offset +01:00 and mark the start of each interval.
QByteArray meterFile(int days, double normalKWh, double lastDayKWh)
{
    QByteArray csv = "timestamp,energy_kwh\n";
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), QTimeZone("Europe/Berlin"));
    for (int slot = 0; slot < (days + 1) * 96; ++slot) {
        const QDateTime at = start.addSecs(qint64(slot) * 900);
        const double kwh = slot < days * 96 ? normalKWh : lastDayKWh;
        csv += at.toString(Qt::ISODate).toUtf8() + ',' + QByteArray::number(kwh) + '\n';
    }
    return csv;
}
} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backends_data();
    void importAnalyzeAndScan_data() { backends_data(); }
    void importAnalyzeAndScan();
    void overlapsAreSkippedOrReplacedAndUndone();
    void brokenFileStoresNothing();
    void variablesAreImported();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_files;
};

void TestCliImport::backends_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds())
        QTest::newRow(qPrintable(TestDatabase::kindName(kind))) << kind;
}

QString TestCliImport::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(m_files.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

static void makePlant(const QString &db)
{
    QCOMPARE(runCli(db, {"site", "add", "--name", "Plant B", "--timezone", "Europe/Berlin",
                         "--currency", "EUR", "--price", "0.20", "--co2", "0.40"}).exitCode, 0);
    QCOMPARE(runCli(db, {"seu", "add", "--site", "Plant B", "--name", "Press 1", "--energy",
                         "electricity", "--rated-kw", "50"}).exitCode, 0);
}

void TestCliImport::importAnalyzeAndScan()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase db(kind);
    QVERIFY2(!db.location().isEmpty(), qPrintable(db.error()));
    makePlant(db.location());

    // 35 days at 10 kWh per quarter hour (960 kWh a day), then 11 kWh (1056 kWh).
    const QString file = writeFile("press.csv", meterFile(35, 10.0, 11.0));
    const CliRun imported = runCli(db.location(), {"import", "--seu", "Press 1", "--file", file});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(imported.json.value("stored").toBool());
    QCOMPARE(imported.json.value("rows_read").toInt(), 36 * 96);
    QCOMPARE(imported.json.value("interval_seconds").toInt(), 900);
    QCOMPARE(imported.json.value("written").toObject().value("readings_written").toInt(),
             36 * 96);
    const QJsonArray coverage = imported.json.value("coverage_per_day").toArray();
    QCOMPARE(coverage.size(), 36);
    QCOMPARE(coverage.first().toObject().value("date").toString(), QStringLiteral("2026-01-01"));
    QCOMPARE(coverage.first().toObject().value("present_intervals").toInt(), 96);
    QCOMPARE(coverage.first().toObject().value("coverage_percent").toDouble(), 100.0);

    // Hand calculation: baseline = mean of the 30 complete days before = 960 kWh;
    // actual 1056 kWh; deviation +96 kWh = +10 % -> score 0.8, requires_attention;
    // cost +96 kWh x 0.20 EUR = +19.20 EUR.
    const CliRun analysis = runCli(db.location(), {"analyze", "--seu", "Press 1", "--date",
                                                   "2026-02-05"});
    QCOMPARE(analysis.exitCode, 0);
    const QJsonObject a = analysis.json;
    QVERIFY(std::abs(a.value("actual_energy_kwh").toDouble() - 1056.0) < kKWhTolerance);
    QVERIFY(std::abs(a.value("baseline_energy_kwh").toDouble() - 960.0) < kKWhTolerance);
    QVERIFY(std::abs(a.value("deviation_percent").toDouble() - 10.0) < 0.005);
    QCOMPARE(a.value("efficiency_score").toDouble(), 0.8);
    QCOMPARE(a.value("iso50001_status").toString(), QStringLiteral("requires_attention"));
    QVERIFY(std::abs(a.value("deviation_cost_usd").toDouble() - 19.20) < kMoneyTolerance);
    QCOMPARE(a.value("currency").toString(), QStringLiteral("EUR"));
    QCOMPARE(a.value("root_cause_analysis").toObject().value("primary_factor").toString(),
             QStringLiteral("increased_load"));
    QCOMPARE(a.value("recommendations").toArray().size(), 1);

    // A week before 2026-02-05 (29 Jan .. 4 Feb) at a constant 40 kW: off-hours are
    // everything outside Mon-Fri 06:00-20:00, 168 - 5 x 14 = 98 h = 3920 kWh of
    // 6720 kWh (58.3 %). Saving 0.6 x 3920 = 2352 kWh = 470.40 EUR; roi =
    // ceil(500 / (470.40 / 7)) = 8 days. Idle: 40 kW is not below 10 % of 50 kW.
    const CliRun scan = runCli(db.location(), {"opportunities", "--site", "Plant B",
                                               "--period", "week", "--end", "2026-02-05"});
    QCOMPARE(scan.exitCode, 0);
    const QJsonArray items = scan.json.value("opportunities").toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    QCOMPARE(item.value("issue_type").toString(), QStringLiteral("inefficient_scheduling"));
    QVERIFY(std::abs(item.value("potential_savings_kwh").toDouble() - 2352.0) < kKWhTolerance);
    QVERIFY(std::abs(item.value("potential_savings_usd").toDouble() - 470.40) < kMoneyTolerance);
    QCOMPARE(item.value("roi_days").toInt(), 8);
}

void TestCliImport::overlapsAreSkippedOrReplacedAndUndone()
{
    TestDatabase db;
    makePlant(db.location());
    const QString original = writeFile("a.csv", meterFile(9, 10.0, 10.0));
    const QString revised = writeFile("b.csv", meterFile(9, 12.0, 12.0));
    const QStringList dayTotal = {"energy", "--seu", "Press 1", "--from", "2026-01-03", "--to",
                                  "2026-01-03"};
    const auto kwhOfDay = [&] {
        return runCli(db.location(), dayTotal).json.value("rows").toArray().first().toObject()
            .value("kwh").toDouble();
    };

    QCOMPARE(runCli(db.location(), {"import", "--seu", "Press 1", "--file", original}).exitCode, 0);
    QCOMPARE(kwhOfDay(), 960.0);

    const CliRun skipped = runCli(db.location(), {"import", "--seu", "Press 1", "--file", revised});
    QCOMPARE(skipped.exitCode, 0);
    QCOMPARE(skipped.json.value("on_overlap").toString(), QStringLiteral("skip"));
    QCOMPARE(skipped.json.value("written").toObject().value("readings_skipped_as_overlap")
                 .toInt(), 960);
    QCOMPARE(kwhOfDay(), 960.0);

    const CliRun replaced = runCli(db.location(), {"import", "--seu", "Press 1", "--file",
                                                   revised, "--on-overlap", "replace"});
    QCOMPARE(replaced.exitCode, 0);
    QCOMPARE(replaced.json.value("written").toObject().value("readings_replaced").toInt(), 960);
    QCOMPARE(kwhOfDay(), 1152.0);

    // The first import cannot be undone while the later one changed the same days.
    const int firstId = 1;
    const int replaceId = replaced.json.value("import_id").toInt();
    const CliRun refused = runCli(db.location(), {"import", "undo", "--id",
                                                  QString::number(firstId)});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.error.value("detail").toString().contains(QString::number(replaceId)));

    QCOMPARE(runCli(db.location(), {"import", "undo", "--id", QString::number(replaceId)})
                 .exitCode, 0);
    QCOMPARE(kwhOfDay(), 960.0);
    QCOMPARE(runCli(db.location(), {"import", "undo", "--id", QString::number(replaceId)})
                 .exitCode, 2);
    QCOMPARE(runCli(db.location(), {"import", "undo", "--id", QString::number(firstId)})
                 .exitCode, 0);
    QCOMPARE(runCli(db.location(), dayTotal).json.value("rows").toArray().size(), 0);

    const QJsonArray log = runCli(db.location(), {"imports"}).json.value("imports").toArray();
    QCOMPARE(log.size(), 3);
    QVERIFY(!log.at(0).toObject().value("undone_at").isNull());
    QVERIFY(log.at(1).toObject().value("undone_at").isNull());
    QCOMPARE(log.at(0).toObject().value("file_name").toString(), QStringLiteral("a.csv"));
}

void TestCliImport::brokenFileStoresNothing()
{
    TestDatabase db;
    makePlant(db.location());
    QByteArray csv = meterFile(9, 10.0, 10.0);
    // Line 6 of the file (the fifth reading) gets text where the number belongs.
    QList<QByteArray> lines = csv.split('\n');
    lines[5] = lines[5].left(lines[5].indexOf(',') + 1) + "n/a";
    const QString file = writeFile("broken.csv", lines.join('\n'));

    const CliRun run = runCli(db.location(), {"import", "--seu", "Press 1", "--file", file});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(!run.json.value("stored").toBool());
    const QJsonArray rejected = run.json.value("rejected_lines").toArray();
    QVERIFY2(!rejected.isEmpty(), run.stdoutText.left(2000).constData());
    QCOMPARE(rejected.first().toObject().value("line").toInt(), 6);
    QVERIFY(run.error.value("detail").toString().contains("nothing was stored"));
    QCOMPARE(runCli(db.location(), {"energy", "--seu", "Press 1", "--from", "2026-01-01",
                                    "--to", "2026-01-10"}).json.value("rows").toArray().size(),
             0);
    QCOMPARE(runCli(db.location(), {"imports"}).json.value("imports").toArray().size(), 0);

    QCOMPARE(runCli(db.location(), {"import", "--seu", "Nobody", "--file", file}).exitCode, 3);
    QCOMPARE(runCli(db.location(), {"import", "--seu", "Press 1", "--file",
                                    m_files.filePath("missing.csv")}).exitCode, 2);
}

void TestCliImport::variablesAreImported()
{
    TestDatabase db;
    makePlant(db.location());
    const QString temperatures = writeFile("t.csv", "time;temp_f\n"
                                                    "2026-01-01 00:00;32\n"
                                                    "2026-01-01 01:00;41\n"
                                                    "2026-01-01 02:00;50\n");
    const CliRun t = runCli(db.location(), {"import", "--site", "Plant B", "--variable",
                                            "outdoor_temperature", "--file", temperatures,
                                            "--unit", "degF"});
    QCOMPARE(t.exitCode, 0);
    QCOMPARE(t.json.value("written").toObject().value("readings_written").toInt(), 3);

    const QString production = writeFile("p.csv", "date,units\n2026-01-05,120\n2026-01-06,130\n");
    const CliRun p = runCli(db.location(), {"import", "--seu", "Press 1", "--variable",
                                            "production", "--file", production});
    QCOMPARE(p.exitCode, 0);
    QCOMPARE(p.json.value("written").toObject().value("readings_written").toInt(), 2);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
