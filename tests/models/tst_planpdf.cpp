// SPDX-License-Identifier: GPL-3.0-or-later
// The printed action plan after edits and status moves made as the editor makes them,
// read back with pdftotext: a "Status history" section lists every status the plan has
// had with who and when, and the revision history says what changed in words (status
// names, issue type names, arrows), never in stored codes. On SQLite and PostgreSQL.
#include "models/plans/plancommands.h"
#include "models/plans/plandocument.h"
#include "models/reports/pagedreport.h"
#include "models/reports/planpdf.h"
#include "planfixture.h"

#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Enms;
using namespace Enms::Test;
using Engine::PlanStatus;

namespace {

// The PDF's text; with `layout` each table row stays on one line.
QString pdfText(const QString &path, bool layout)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (layout)
        arguments.append(QStringLiteral("-layout"));
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments + QStringList{path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text between two headings.
QString section(const QString &text, const QString &from, const QString &to)
{
    const qsizetype start = text.indexOf(from);
    const qsizetype end = text.indexOf(to, start);
    return start < 0 || end < 0 ? QString() : text.mid(start, end - start);
}

// The one line of `text` that contains `needle`, empty when none or several do.
QString lineWith(const QString &text, const QString &needle)
{
    QStringList found;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.contains(needle))
            found.append(line);
    }
    return found.size() == 1 ? found.first() : QString();
}

void setActor(const char *name)
{
    qputenv("ENMS_USER", name);
}

} // namespace

class TestPlanPdf final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void statusAndRevisionHistoryInWords_data();
    void statusAndRevisionHistoryInWords();
};

void TestPlanPdf::cleanup()
{
    qunsetenv("ENMS_USER");
}

void TestPlanPdf::statusAndRevisionHistoryInWords_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds())
        QTest::newRow(qPrintable(TestDatabase::kindName(kind))) << kind;
}

void TestPlanPdf::statusAndRevisionHistoryInWords()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    auto fixture = PlanFixture::make(testDb);
    QVERIFY(fixture);
    setActor("creator");
    const QString id = fixture->store(Engine::IssueType::InefficientScheduling,
                                      QDate(2026, 3, 2));
    auto opened = PlanDocument::open(*fixture->database, id);
    QVERIFY(opened);
    PlanDocument &document = **opened;

    setActor("approver");
    QVERIFY(PlanEdits::changeStatus(document, PlanStatus::Approved));
    setActor("starter");
    PlanEdits::setText(document, PlanField::ProblemStatement, QStringLiteral("Runs at night"));
    QVERIFY(PlanEdits::changeStatus(document, PlanStatus::InProgress));
    setActor("undoer");
    document.undoStack()->undo();   // back to approved, as its own revision

    Engine::Result<PlanReport> report = PlanPdf::load(*fixture->database, id);
    QVERIFY(report);
    QCOMPARE(report->revisions.size(), size_t(5));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("plan.pdf"));
    QVERIFY(PlanPdf::writePdf(*report, path));
    const QString layout = pdfText(path, true);
    QVERIFY2(!layout.isEmpty(), "pdftotext (poppler-utils) could not read the PDF");
    const QString flowing = pdfText(path, false).simplified();

    // The header names the issue type as the opportunities table does.
    QVERIFY2(lineWith(layout, QStringLiteral("Issue type")).contains(
                 QStringLiteral("Inefficient scheduling")),
             qPrintable(layout.left(1500)));

    // Every status with who and when, each on its own row, oldest first.
    const QString statuses = section(layout, QStringLiteral("Status history"),
                                     QStringLiteral("Revision history"));
    QVERIFY2(!statuses.isEmpty(), qPrintable(layout));
    struct Row {
        const char *change;
        const char *author;
        int revision;
    };
    const Row rows[] = {{"Created as Draft", "creator", 1},
                        {"Draft → Approved", "approver", 2},
                        {"Approved → In progress", "starter", 4},
                        {"In progress → Approved (move undone)", "undoer", 5}};
    qsizetype previous = -1;
    for (const Row &row : rows) {
        const QString line = lineWith(statuses, QString::fromUtf8(row.change));
        const QString when =
            PagedReport::utcText(report->revisions[size_t(row.revision - 1)].createdAtUtc);
        QVERIFY2(line.contains(QString::fromLatin1(row.author)), qPrintable(statuses));
        QVERIFY2(line.contains(when), qPrintable(line + QStringLiteral(" / ") + when));
        QVERIFY2(line.trimmed().endsWith(QString::number(row.revision)), qPrintable(line));
        const qsizetype at = statuses.indexOf(line);
        QVERIFY(at > previous);
        previous = at;
    }

    // The revision history in words; no stored code appears in either history (the
    // plan id, which holds the issue type's code, is on every page's band).
    QVERIFY2(flowing.contains(
                 QStringLiteral("Created from the “Inefficient scheduling” template")),
             qPrintable(flowing));
    QVERIFY(flowing.contains(QStringLiteral("Status Draft → Approved")));
    QVERIFY(flowing.contains(QStringLiteral("Problem statement edited")));
    QVERIFY(flowing.contains(QStringLiteral("Status Approved → In progress")));
    QVERIFY(flowing.contains(QStringLiteral("Status In progress → Approved (move undone)")));
    const QString histories =
        flowing.mid(flowing.indexOf(QStringLiteral("Status history"))).remove(id);
    for (const char *code : {"->", "inefficient_scheduling", "in_progress", "draft ", "(undone)"})
        QVERIFY2(!histories.contains(QString::fromLatin1(code)), qPrintable(histories));
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);   // fonts for the PDF
    TestPlanPdf test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_planpdf.moc"
