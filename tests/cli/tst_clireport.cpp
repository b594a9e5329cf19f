// SPDX-License-Identifier: GPL-3.0-or-later
// enms report on the demo plant: the management review of November 2026 as a PDF. The
// JSON totals equal the SEUs' energy summed independently through `enms energy`, the
// PDF's text (pdftotext) names every active SEU and ranks Injection-Molding-1 first,
// every page carries its bands, and bad input gives the house exit codes.
#include "clirunner.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Enms::Test;

namespace {

const char *const kDemoEnd = "2026-11-30";
const char *const kSite = "Demo Manufacturing Plant";
// --end 2026-12-01 gives the 30 local days before it: 2026-11-01 to 2026-11-30.
const char *const kReportEnd = "2026-12-01";
const char *const kFirstDate = "2026-11-01";
const char *const kLastDate = "2026-11-30";
const QString kPeriodText = QString::fromUtf8("2026-11-01 – 2026-11-30 (month, 30 days)");

// Per-day energies in `enms energy` are rounded to 0.001 kWh: 7 SEUs × 30 days of
// rounding stay below 0.11 kWh; the JSON total is rounded to 0.001 kWh too.
constexpr double kKWhTolerance = 0.5;
// 0.5 kWh at 0.15 USD/kWh plus the 0.005 USD rounding of total_cost.
constexpr double kCostTolerance = 0.1;

// The demo site's prices (docs/demo-plant.md): USD per kWh by carrier code.
const std::map<QString, double> kPricePerKWh = {
    {"electricity", 0.15}, {"natural_gas", 0.045}, {"steam", 0.06}};

QStringList pdfPages(const QString &path, bool layout = false)
{
    QStringList arguments = {"-enc", "UTF-8", path, "-"};
    if (layout)
        arguments.prepend("-layout");
    QProcess process;
    process.start("pdftotext", arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split('\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

struct SeuEnergy {
    QString name;
    QString carrier;
    double kwh = 0.0;
};

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportOfTheDemoMonth_data();
    void reportOfTheDemoMonth();
    void badInput();

private:
    QTemporaryDir m_out;
    TestDatabase m_sqlite;
};

void TestCliReport::initTestCase()
{
    QVERIFY(m_out.isValid());
    QCOMPARE(runCli(m_sqlite.location(), {"demo", "--end", kDemoEnd}).exitCode, 0);
}

void TestCliReport::reportOfTheDemoMonth_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds())
        QTest::newRow(qPrintable(TestDatabase::kindName(kind))) << kind;
}

void TestCliReport::reportOfTheDemoMonth()
{
    QFETCH(TestDatabase::Kind, kind);
    std::unique_ptr<TestDatabase> postgres;
    QString db = m_sqlite.location();
    if (kind == TestDatabase::Kind::Postgres) {
        postgres = std::make_unique<TestDatabase>(kind);
        QVERIFY2(!postgres->location().isEmpty(), qPrintable(postgres->error()));
        db = postgres->location();
        QCOMPARE(runCli(db, {"demo", "--end", kDemoEnd}).exitCode, 0);
    }

    // The active SEUs and their energy of the window, through other commands.
    const CliRun listed = runCli(db, {"seus", "--site", kSite});
    QCOMPARE(listed.exitCode, 0);
    std::vector<SeuEnergy> seus;
    for (const QJsonValue &value : listed.json.value("seus").toArray()) {
        const QJsonObject seu = value.toObject();
        if (!seu.value("active").toBool())
            continue;
        SeuEnergy energy{seu.value("name").toString(), seu.value("energy_source").toString()};
        const CliRun rows = runCli(db, {"energy", "--seu", energy.name, "--from", kFirstDate,
                                        "--to", kLastDate});
        QCOMPARE(rows.exitCode, 0);
        for (const QJsonValue &row : rows.json.value("rows").toArray())
            energy.kwh += row.toObject().value("kwh").toDouble();
        seus.push_back(energy);
    }
    QCOMPARE(int(seus.size()), 7);   // the demo's Los Angeles SEUs
    double totalKWh = 0.0;
    double totalCost = 0.0;
    for (const SeuEnergy &seu : seus) {
        QVERIFY2(kPricePerKWh.count(seu.carrier), qPrintable(seu.carrier));
        totalKWh += seu.kwh;
        totalCost += seu.kwh * kPricePerKWh.at(seu.carrier);
    }

    const QString pdf = m_out.filePath(TestDatabase::kindName(kind) + "-review.pdf");
    const CliRun run = runCli(db, {"report", "--site", kSite, "--period", "month", "--end",
                                   kReportEnd, "--out", pdf});
    QCOMPARE(run.exitCode, 0);
    qInfo("enms report: %.2f s, %d pages", run.seconds, run.json.value("pages").toInt());
    const QJsonObject &json = run.json;
    QCOMPARE(json.value("site_name").toString(), QString(kSite));
    QCOMPARE(json.value("site_id").toString(), QString("11111111-1111-1111-1111-111111111111"));
    QCOMPARE(json.value("period").toString(), QString("month"));
    QCOMPARE(json.value("first_date").toString(), QString(kFirstDate));
    QCOMPARE(json.value("last_date").toString(), QString(kLastDate));
    QCOMPARE(json.value("path").toString(), pdf);
    QCOMPARE(json.value("seus").toInt(), 7);
    QVERIFY(json.value("opportunities").toInt() >= 3);   // the three planted findings
    QCOMPARE(json.value("currency").toString(), QString("USD"));
    const double reportedKWh = json.value("total_energy_kwh").toDouble();
    QVERIFY2(qAbs(reportedKWh - totalKWh) <= kKWhTolerance,
             qPrintable(QString("%1 vs %2").arg(reportedKWh).arg(totalKWh)));
    QVERIFY2(qAbs(json.value("total_cost").toDouble() - totalCost) <= kCostTolerance,
             qPrintable(QString("%1 vs %2").arg(json.value("total_cost").toDouble())
                            .arg(totalCost)));

    const QStringList pages = pdfPages(pdf);
    QVERIFY2(!pages.isEmpty(), "pdftotext (poppler-utils) could not read the PDF");
    QCOMPARE(pages.size(), json.value("pages").toInt());
    const QString text = pages.join('\n');
    for (const SeuEnergy &seu : seus)
        QVERIFY2(text.contains(seu.name), qPrintable(seu.name));
    // The summary states the total with thousands separators (English in the C locale).
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString totalText = english.toString(qRound64(totalKWh));
    QVERIFY2(text.simplified().contains("used " + totalText + " kWh"), qPrintable(totalText));

    for (int page = 0; page < pages.size(); ++page) {
        const QString number = QString("Page %1 of %2").arg(page + 1).arg(pages.size());
        QVERIFY2(pages[page].contains(number), qPrintable(number));
        QVERIFY(pages[page].contains(QString("Site: %1").arg(kSite)));
        QVERIFY(pages[page].contains("Period: " + kPeriodText));
        QVERIFY(pages[page].contains("Generated 20"));
    }

    // In the ranking, rank 1 is Injection-Molding-1 (one table row per line).
    const QString layout = pdfPages(pdf, true).join('\n');
    static const QRegularExpression topRow(
        "^\\s*1\\s+Injection-Molding-1\\s+Inefficient scheduling\\s",
        QRegularExpression::MultilineOption);
    QVERIFY2(layout.contains(topRow), qPrintable(layout.left(4000)));
}

void TestCliReport::badInput()
{
    const QString db = m_sqlite.location();
    const QString pdf = m_out.filePath("bad.pdf");
    const CliRun unknown = runCli(db, {"report", "--site", "No Such Plant", "--period",
                                       "month", "--out", pdf});
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY(unknown.error.value("detail").toString().contains("No Such Plant"));

    const CliRun period = runCli(db, {"report", "--site", kSite, "--period", "year",
                                      "--out", pdf});
    QCOMPARE(period.exitCode, 2);
    QVERIFY(period.error.value("detail").toString().contains("year"));

    const CliRun date = runCli(db, {"report", "--site", kSite, "--period", "week", "--end",
                                    "2026-13-01", "--out", pdf});
    QCOMPARE(date.exitCode, 2);

    const CliRun noOut = runCli(db, {"report", "--site", kSite, "--period", "week"});
    QCOMPARE(noOut.exitCode, 2);
    QVERIFY(noOut.error.value("detail").toString().contains("--out"));

    const CliRun unwritable = runCli(db, {"report", "--site", kSite, "--period", "week",
                                          "--end", kReportEnd, "--out",
                                          m_out.filePath("no/such/dir/x.pdf")});
    QCOMPARE(unwritable.exitCode, 2);
    QVERIFY(unwritable.error.value("detail").toString().contains("Cannot write"));

    // Years before the demo's first reading: nothing to review.
    const CliRun empty = runCli(db, {"report", "--site", kSite, "--period", "week", "--end",
                                     "2020-01-01", "--out", pdf});
    QCOMPARE(empty.exitCode, 4);
    QVERIFY(!empty.error.value("detail").toString().isEmpty());
    QVERIFY(!QFile::exists(pdf));
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_clireport.moc"
