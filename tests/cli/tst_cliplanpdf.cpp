// SPDX-License-Identifier: GPL-3.0-or-later
// enms plan-pdf and action-plan --pdf on the demo plant: the PDF's text, read back with
// pdftotext, holds what the plan holds (typed markup literally), and every page carries
// the plan id, the site, the SEU, the generation date and "Page n of m".
#include "clirunner.h"
#include "testdatabase.h"

#include "models/database.h"
#include "models/planrepository.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Enms;
using namespace Enms::Test;

namespace {

const char *const kDemoEnd = "2026-11-30";
const char *const kSite = "Demo Manufacturing Plant";
const QString kMarkup = "Runs <b>all</b> night & at 'weekends' <script>x</script>";
const QString kLongStep = "Check the press";   // short enough not to wrap

// The text of each page of a PDF (pdftotext separates pages by form feeds).
QStringList pdfPages(const QString &path)
{
    QProcess process;
    process.start("pdftotext", {"-enc", "UTF-8", path, "-"});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split('\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

class TestCliPlanPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void planPdfHoldsTheFormLiterally();
    void everyPageHasItsBands();
    void actionPlanWritesAPdfOfTheDraft();
    void unknownPlanAndUnwritablePath();

private:
    TestDatabase m_db;
    QTemporaryDir m_out;
    QString m_planId;
    QStringList m_pages;
};

void TestCliPlanPdf::initTestCase()
{
    QVERIFY(m_out.isValid());
    QCOMPARE(runCli(m_db.location(), {"demo", "--end", kDemoEnd}).exitCode, 0);
    const CliRun plan = runCli(m_db.location(), {"action-plan", "--seu", "Injection-Molding-1",
                                                 "--issue-type", "inefficient_scheduling",
                                                 "--save"});
    QCOMPARE(plan.exitCode, 0);
    m_planId = plan.json.value("id").toString();
    QVERIFY(!m_planId.isEmpty());

    // The user's edits, made as the editor makes them: a revision with typed markup and
    // more actions than fit on the first page.
    auto database = Database::open(m_db.location());
    QVERIFY(database);
    PlanRepository repository(**database, "USD");
    auto stored = repository.plan(m_planId);
    QVERIFY(stored);
    stored->problemStatement = kMarkup;
    for (int i = 0; i < 20; ++i)
        stored->actions.push_back({4 + i, kLongStep + QString(" #%1").arg(i + 1),
                                   "Shift lead & QA", 2, "<none>"});
    QVERIFY(repository.update(*stored, "Problem statement edited"));
    QVERIFY(repository.setStatus(m_planId, Engine::PlanStatus::Approved));

    const QString pdf = m_out.filePath("plan.pdf");
    const CliRun run = runCli(m_db.location(), {"plan-pdf", "--id", m_planId, "--out", pdf});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value("pdf").toString(), pdf);
    QVERIFY(QFile(pdf).size() > 1000);
    qInfo("enms plan-pdf: %.2f s, %d pages", run.seconds, run.json.value("pages").toInt());

    m_pages = pdfPages(pdf);
    QVERIFY2(!m_pages.isEmpty(), "pdftotext (poppler-utils) could not read the PDF");
    QCOMPARE(m_pages.size(), run.json.value("pages").toInt());
    QVERIFY(m_pages.size() >= 2);   // 23 actions do not fit on one A4 page
}

void TestCliPlanPdf::planPdfHoldsTheFormLiterally()
{
    const QString text = m_pages.join('\n');
    QVERIFY2(text.contains(kMarkup), qPrintable(text.left(2000)));
    QVERIFY(!text.contains("&amp;"));
    QVERIFY(!text.contains("&lt;"));
    QVERIFY(text.contains("Shift lead & QA"));
    QVERIFY(text.contains("<none>"));
    QVERIFY(text.contains(kLongStep + " #20"));
    // The template's root causes, actions and monitoring checks.
    QVERIFY(text.contains("No time schedule controls when it runs."));
    QVERIFY(text.contains("Controls Engineer"));
    QVERIFY(text.contains("Off-hours energy in kWh per week"));   // no "ﬀ" ligature
    // Fields, the status history and the revision history with its three revisions, in
    // words (the stored summaries hold codes: "Status draft -> approved").
    QVERIFY(text.contains("Significant energy use"));
    QVERIFY(text.contains("Injection-Molding-1"));
    QVERIFY(text.contains("Inefficient scheduling"));
    QVERIFY(text.contains("Approved"));
    QVERIFY(text.contains("Status history"));
    QVERIFY(text.contains("Created as Draft"));
    QVERIFY(text.contains("Draft → Approved"));
    QVERIFY(text.contains("Revision history"));
    const QString flowing = text.simplified();
    QVERIFY(flowing.contains("Created from the “Inefficient scheduling” template"));
    QVERIFY(flowing.contains("Problem statement edited; Actions 4–23 added"));
    QVERIFY(flowing.contains("Status Draft → Approved"));
    QVERIFY(!flowing.contains("Status draft -> approved"));
    QVERIFY(text.contains(" USD"));
}

void TestCliPlanPdf::everyPageHasItsBands()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    for (int page = 0; page < m_pages.size(); ++page) {
        const QString &text = m_pages[page];
        const QString number = QString("Page %1 of %2").arg(page + 1).arg(m_pages.size());
        QVERIFY2(text.contains(number), qPrintable(number));
        QVERIFY(text.contains(QString("Site: %1").arg(kSite)));
        QVERIFY(text.contains("SEU: Injection-Molding-1"));
        QVERIFY(text.contains("Action plan " + m_planId));
        QVERIFY(text.contains("Plan period: "));
        QVERIFY(text.contains("Generated " + today)
                || text.contains("Generated " + QDate::currentDate().addDays(-1)
                                                    .toString(Qt::ISODate)));
    }
}

void TestCliPlanPdf::actionPlanWritesAPdfOfTheDraft()
{
    const QString pdf = m_out.filePath("draft.pdf");
    const CliRun run = runCli(m_db.location(), {"action-plan", "--seu", "Conveyor-A",
                                                "--issue-type", "excessive_idle", "--pdf", pdf});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value("saved").toBool(), false);
    QCOMPARE(run.json.value("pdf").toString(), pdf);
    const QString text = pdfPages(pdf).join('\n');
    QVERIFY(text.contains(run.json.value("id").toString()));
    QVERIFY(text.contains("This plan has not been saved."));
    QVERIFY(text.contains(run.json.value("problem_statement").toString().left(40)));
}

void TestCliPlanPdf::unknownPlanAndUnwritablePath()
{
    const CliRun unknown = runCli(m_db.location(), {"plan-pdf", "--id", "AP-none",
                                                    "--out", m_out.filePath("x.pdf")});
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY(unknown.error.value("detail").toString().contains("AP-none"));

    const CliRun unwritable = runCli(m_db.location(), {"plan-pdf", "--id", m_planId, "--out",
                                                       m_out.filePath("no/such/dir/x.pdf")});
    QCOMPARE(unwritable.exitCode, 2);
    QVERIFY(unwritable.error.value("detail").toString().contains("Cannot write"));

    const CliRun missing = runCli(m_db.location(), {"plan-pdf", "--id", m_planId});
    QCOMPARE(missing.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliPlanPdf)
#include "tst_cliplanpdf.moc"
