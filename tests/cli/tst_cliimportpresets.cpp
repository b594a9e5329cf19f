// SPDX-License-Identifier: GPL-3.0-or-later
// Named import presets through the CLI: the choices of a first import saved with
// --save-preset, the next month's file imported with --preset alone, explicit options
// overriding the preset, listing, deleting, and the audit record of each change.
#include "clirunner.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Enms::Test;

namespace {

constexpr double kKWhTolerance = 0.0005;

// A BMS export that needs every mapping choice: semicolons and decimal commas, two value
// columns, active energy in Wh, stamps at the END of each quarter hour in Berlin winter
// time, and dates DD.MM.YYYY whose day never exceeds 12, so the file alone cannot tell
// day-first from month-first. 250 Wh per quarter hour = 0.25 kWh; 24 kWh per day.
QByteArray bmsExport(const QDate &first, int days)
{
    QByteArray csv = "Zeit;Bezug Wh;Blindarbeit varh\n";
    const QDateTime start(first, QTime(0, 0), QTimeZone("Europe/Berlin"));
    for (int slot = 1; slot <= days * 96; ++slot) {
        const QDateTime end = start.addSecs(qint64(slot) * 900);
        csv += end.toString(QStringLiteral("dd.MM.yyyy HH:mm")).toUtf8() + ";250,0;31,5\n";
    }
    return csv;
}

QStringList auditActions(const QString &path)
{
    QStringList actions;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("audit"));
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id")))
            while (query.next())
                actions.append(query.value(0).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));
    return actions;
}

} // namespace

class TestCliImportPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetCarriesTheMapping_data();
    void presetCarriesTheMapping();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_files;
};

QString TestCliImportPresets::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(m_files.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

void TestCliImportPresets::presetCarriesTheMapping_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds())
        QTest::newRow(qPrintable(TestDatabase::kindName(kind))) << kind;
}

void TestCliImportPresets::presetCarriesTheMapping()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase db(kind);
    QVERIFY2(!db.location().isEmpty(), qPrintable(db.error()));
    const QString at = db.location();
    QCOMPARE(runCli(at, {"site", "add", "--name", "Plant B", "--timezone", "Europe/Berlin"})
                 .exitCode, 0);
    QCOMPARE(runCli(at, {"seu", "add", "--site", "Plant B", "--name", "Press 1", "--energy",
                         "electricity", "--rated-kw", "50"}).exitCode, 0);
    const QString february = writeFile("2026-02.csv", bmsExport(QDate(2026, 2, 1), 10));
    const QString march = writeFile("2026-03.csv", bmsExport(QDate(2026, 3, 1), 10));

    const CliRun first = runCli(at, {"import", "--seu", "Press 1", "--file", february,
                                     "--column", "Bezug Wh", "--unit", "Wh", "--stamp", "end",
                                     "--date-order", "dmy", "--save-preset", "BMS monthly"});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.json.value("preset_saved").toString(), QStringLiteral("BMS monthly"));

    const QJsonArray presets = runCli(at, {"presets", "--site", "Plant B"}).json
                                   .value("presets").toArray();
    QCOMPARE(presets.size(), 1);
    const QJsonObject options = presets.first().toObject().value("options").toObject();
    QCOMPARE(options.value("column").toString(), QStringLiteral("Bezug Wh"));
    QCOMPARE(options.value("unit").toString(), QStringLiteral("Wh"));
    QCOMPARE(options.value("stamp").toString(), QStringLiteral("end"));
    QCOMPARE(options.value("date_order").toString(), QStringLiteral("dmy"));

    // Without the preset the March file is a question (two value columns).
    QCOMPARE(runCli(at, {"import", "--seu", "Press 1", "--file", march}).exitCode, 2);

    // With an explicit --unit kWh the preset's Wh is overridden: 250 kWh a quarter hour
    // is a mean of 1,000 kW from a 50 kW press, which the checks refuse.
    const CliRun overridden = runCli(at, {"import", "--seu", "Press 1", "--file", march,
                                          "--preset", "BMS monthly", "--unit", "kWh"});
    QCOMPARE(overridden.exitCode, 4);
    QVERIFY(!overridden.json.value("stored").toBool());

    const CliRun second = runCli(at, {"import", "--seu", "Press 1", "--file", march,
                                      "--preset", "BMS monthly"});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json.value("written").toObject().value("readings_written").toInt(),
             10 * 96);

    // Stamps at the end: the stamp 01.03 00:15 closes the first quarter hour of 1 March,
    // so 1 March is complete (96 x 0.25 = 24 kWh) and nothing lands on 11 March.
    const auto dayRows = [&](const char *date) {
        return runCli(at, {"energy", "--seu", "Press 1", "--from", date, "--to", date}).json
            .value("rows").toArray();
    };
    QCOMPARE(dayRows("2026-03-01").size(), 1);
    QVERIFY(std::abs(dayRows("2026-03-01").first().toObject().value("kwh").toDouble() - 24.0)
            < kKWhTolerance);
    QCOMPARE(dayRows("2026-03-11").size(), 0);

    QCOMPARE(runCli(at, {"import", "--seu", "Press 1", "--file", march, "--preset",
                         "Nobody's"}).exitCode, 3);
    QCOMPARE(runCli(at, {"preset", "delete", "--site", "Plant B", "--name", "BMS monthly"})
                 .exitCode, 0);
    QCOMPARE(runCli(at, {"presets", "--site", "Plant B"}).json.value("presets").toArray()
                 .size(), 0);
    if (kind != TestDatabase::Kind::Sqlite)
        return;   // the audit log is read through the SQLite file directly
    const QStringList actions = auditActions(at);
    QVERIFY(actions.contains(QStringLiteral("import.preset.save")));
    QVERIFY(actions.contains(QStringLiteral("import.preset.delete")));
}

QTEST_GUILESS_MAIN(TestCliImportPresets)
#include "tst_cliimportpresets.moc"
