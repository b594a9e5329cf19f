// SPDX-License-Identifier: GPL-3.0-or-later
// The register commands of the built `enms`, on fresh SQLite and PostgreSQL databases.
#include "clirunner.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QTest>

using namespace Enms::Test;

class TestCliRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backends_data();
    void createsSitesAndSeus_data() { backends_data(); }
    void createsSitesAndSeus();
    void refusesBadInputWithExitCodes_data() { backends_data(); }
    void refusesBadInputWithExitCodes();
    void keepsAwkwardTextLiterally();
};

void TestCliRegistry::backends_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds())
        QTest::newRow(qPrintable(TestDatabase::kindName(kind))) << kind;
}

void TestCliRegistry::createsSitesAndSeus()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase db(kind);
    QVERIFY2(!db.location().isEmpty(), qPrintable(db.error()));

    const CliRun site = runCli(db.location(), {"site", "add", "--name", "Plant B",
                                               "--timezone", "Europe/Berlin", "--currency",
                                               "EUR", "--price", "0.22", "--co2", "0.38"});
    QCOMPARE(site.exitCode, 0);
    QCOMPARE(site.json.value("timezone").toString(), QStringLiteral("Europe/Berlin"));
    const QString siteId = site.json.value("id").toString();
    QVERIFY(!siteId.isEmpty());

    const CliRun gas = runCli(db.location(), {"site", "price", "--site", siteId, "--energy",
                                              "natural_gas", "--price", "0.05", "--co2", "0.2"});
    QCOMPARE(gas.exitCode, 0);
    const QJsonObject tariffs = gas.json.value("tariffs").toObject();
    QCOMPARE(tariffs.value("natural_gas").toObject().value("price_per_kwh").toDouble(), 0.05);
    QCOMPARE(tariffs.value("electricity").toObject().value("price_per_kwh").toDouble(), 0.22);

    const CliRun seu = runCli(db.location(), {"seu", "add", "--site", "Plant B", "--name",
                                              "Boiler-B", "--energy", "natural_gas",
                                              "--rated-kw", "300"});
    QCOMPARE(seu.exitCode, 0);
    QCOMPARE(seu.json.value("site_id").toString(), siteId);
    QCOMPARE(seu.json.value("energy_source").toString(), QStringLiteral("natural_gas"));

    const CliRun list = runCli(db.location(), {"seus", "--site", "Plant B"});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray seus = list.json.value("seus").toArray();
    QCOMPARE(seus.size(), 1);
    QCOMPARE(seus.first().toObject().value("rated_power_kw").toDouble(), 300.0);
    QCOMPARE(runCli(db.location(), {"sites"}).json.value("sites").toArray().size(), 1);
}

void TestCliRegistry::refusesBadInputWithExitCodes()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase db(kind);
    QVERIFY2(!db.location().isEmpty(), qPrintable(db.error()));
    QCOMPARE(runCli(db.location(), {"site", "add", "--name", "P", "--timezone", "UTC"}).exitCode,
             0);

    struct Case {
        QStringList arguments;
        int exitCode;
        const char *detailMentions;
    };
    const Case cases[] = {
        {{"seu", "add", "--site", "P", "--name", "X", "--energy", "electricity", "--rated-kw",
          "-5"}, 2, "-5"},
        {{"seu", "add", "--site", "Nowhere", "--name", "X", "--energy", "electricity",
          "--rated-kw", "5"}, 3, "Nowhere"},
        {{"seu", "add", "--site", "P", "--name", "X", "--energy", "coal", "--rated-kw", "5"}, 2,
         "coal"},
        {{"seu", "add", "--site", "P", "--name", "X", "--energy", "electricity"}, 2, "rated-kw"},
        {{"site", "add", "--name", "Q", "--timezone", "Mars/Base"}, 2, "Mars/Base"},
        {{"site", "add", "--name", "Q", "--timezone", "UTC", "--price", "cheap"}, 2, "cheap"},
        {{"frobnicate"}, 2, "frobnicate"},
        {{"seus", "--site", "P", "--colour", "red"}, 2, "--colour"},
    };
    for (const Case &c : cases) {
        const CliRun run = runCli(db.location(), c.arguments);
        QVERIFY2(run.exitCode == c.exitCode,
                 qPrintable(c.arguments.join(' ') + " gave " + QString::number(run.exitCode)));
        const QString detail = run.error.value("detail").toString();
        QVERIFY2(detail.contains(QLatin1String(c.detailMentions)), qPrintable(detail));
        QVERIFY(run.stdoutText.isEmpty());
    }
    // None of the refused commands stored anything.
    QCOMPARE(runCli(db.location(), {"sites"}).json.value("sites").toArray().size(), 1);
    QCOMPARE(runCli(db.location(), {"seus"}).json.value("seus").toArray().size(), 0);
}

void TestCliRegistry::keepsAwkwardTextLiterally()
{
    TestDatabase db;
    const QString name = QStringLiteral("O'Hara; <b>Works</b> & \"Sons\"");
    const CliRun run = runCli(db.location(), {"site", "add", "--name", name, "--timezone",
                                              "America/Los_Angeles"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value("name").toString(), name);
    const CliRun list = runCli(db.location(), {"sites"});
    QCOMPARE(list.json.value("sites").toArray().first().toObject().value("name").toString(),
             name);
}

QTEST_GUILESS_MAIN(TestCliRegistry)
#include "tst_cliregistry.moc"
