// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard driven page by page on a temporary database: the preview shows the
// file as read, the mapping preselects what the file showed, the report says what the
// dry run found, the commit stores the readings, and a cancel stores nothing.
#include "models/database.h"
#include "models/import/importpresets.h"
#include "models/readingstore.h"
#include "models/registry.h"
#include "testdatabase.h"
#include "ui/import/importpages.h"
#include "ui/import/importreportpages.h"
#include "ui/import/importwizard.h"

#include <QComboBox>
#include <QDateTime>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Enms;
using namespace Enms::Engine;

namespace {

constexpr double kKWhTolerance = 1e-9;
constexpr int kCommitTimeoutMs = 30000;
// Long enough to click Cancel after the last row is written, short enough for a test.
constexpr int kPauseBeforeCommitMs = 1500;

// A German BMS export: DD.MM.YYYY HH:MM in Berlin time, semicolons, decimal commas,
// 1.5 kWh per quarter hour for `days` days from `first` (a day above 12, so the first
// rows already settle the date order).
QByteArray bmsFile(const QDate &first, int days)
{
    QByteArray csv = "Zeit;Energie kWh\n";
    const QDateTime start(first, QTime(0, 0), QTimeZone("Europe/Berlin"));
    for (int slot = 0; slot < days * 96; ++slot)
        csv += start.addSecs(qint64(slot) * 900).toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                   .toUtf8() + ";1,5\n";
    return csv;
}

double storedKWh(Database &db, const QString &seuId, const QDate &from, const QDate &to)
{
    const qint64 fromDay = QDate(1970, 1, 1).daysTo(from) - 1;
    const qint64 toDay = QDate(1970, 1, 1).daysTo(to) + 1;
    Result<DayBlocks> blocks = ReadingStore(db).energy(seuId, fromDay, toDay);
    double total = 0.0;
    if (blocks)
        forEachReading(*blocks, std::numeric_limits<qint64>::min(),
                       std::numeric_limits<qint64>::max(),
                       [&](qint64, int, double kwh) { total += kwh; });
    return total;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wizardPreviewsMapsChecksAndStores();
    void rejectedLinesAreListed();
    void cancelStoresNothing();
    void cleanupTestCase();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    void walkToCommit(ImportWizard &wizard);

    QTemporaryDir m_files;
    Test::TestDatabase m_location;
    std::unique_ptr<Database> m_db;
    QString m_seuId;
};

QString TestImportWizard::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(m_files.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

void TestImportWizard::initTestCase()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_location.location());
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    m_db = std::move(*db);
    Registry registry(*m_db);
    SiteInfo site;
    site.name = QStringLiteral("Plant W");
    site.timeZoneId = QStringLiteral("Europe/Berlin");
    Result<SiteInfo> added = registry.addSite(site);
    QVERIFY(added);
    SeuInfo seu;
    seu.siteId = added->id;
    seu.name = QStringLiteral("Oven 2");
    seu.ratedKW = 20.0;
    Result<SeuInfo> oven = registry.addSeu(seu);
    QVERIFY(oven);
    m_seuId = oven->id;
}

void TestImportWizard::cleanupTestCase()
{
    m_db.reset();
}

void TestImportWizard::walkToCommit(ImportWizard &wizard)
{
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPageId));
    QVERIFY2(wizard.reportPage()->isComplete(), qPrintable(wizard.reportPage()->reportText()));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::CommitPageId));
}

void TestImportWizard::wizardPreviewsMapsChecksAndStores()
{
    const QString path = writeFile(QStringLiteral("january.csv"), bmsFile(QDate(2026, 1, 13), 3));
    ImportWizard wizard(*m_db, {path});
    wizard.show();

    // The preview: fields exactly as written, and what was detected.
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    const QTableWidget *table = wizard.previewPage()->table();
    QCOMPARE(table->columnCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("13.01.2026 00:00"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("13.01.2026 00:15"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("1,5"));
    QVERIFY(table->horizontalHeaderItem(1)->text().contains(QStringLiteral("Energie kWh")));
    const QString detected = wizard.previewPage()->detectedText();
    QVERIFY2(detected.contains(QStringLiteral("semicolon")), qPrintable(detected));
    QVERIFY2(detected.contains(QStringLiteral("DD.MM.YYYY")), qPrintable(detected));

    // The mapping: column, unit from its header, date order, the site's zone.
    wizard.next();
    ImportMappingPage *mapping = wizard.mappingPage();
    QCOMPARE(mapping->targetCombo()->currentData().toString(), m_seuId);
    QCOMPARE(mapping->columnCombo()->currentText(), QStringLiteral("Energie kWh"));
    QCOMPARE(mapping->unitCombo()->currentData().toInt(), int(ImportUnit::KiloWattHour));
    QCOMPARE(mapping->dateOrderCombo()->currentData().toInt(), int(DateOrder::DayMonthYear));
    QCOMPARE(mapping->zoneCombo()->currentText(), QStringLiteral("Europe/Berlin"));
    QVERIFY(mapping->saveMappingAs(QStringLiteral("BMS")));
    QVERIFY(mapping->presetCombo()->findText(QStringLiteral("BMS")) >= 0);

    // The report: 3 days x 96 quarter hours = 288 rows, none rejected.
    wizard.next();
    const QString report = wizard.reportPage()->reportText();
    QVERIFY2(report.contains(QStringLiteral("288 rows read, 288 used")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("interval 15 min.")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("Rejected lines: 0")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("Coverage: all 3 days complete.")),
             qPrintable(report));
    QCOMPARE(wizard.reportPage()->rejectedTable()->rowCount(), 0);
    QCOMPARE(storedKWh(*m_db, m_seuId, QDate(2026, 1, 13), QDate(2026, 1, 15)), 0.0);

    // The commit: 288 x 1.5 kWh = 432 kWh stored.
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.commitPage()->isComplete(), kCommitTimeoutMs);
    QVERIFY2(wizard.commitPage()->wasStored(), qPrintable(wizard.commitPage()->statusText()));
    QCOMPARE(wizard.commitPage()->progressBar()->value(), 1000);
    QVERIFY(std::abs(storedKWh(*m_db, m_seuId, QDate(2026, 1, 13), QDate(2026, 1, 15)) - 432.0)
            < kKWhTolerance);
    QCOMPARE(ImportService(*m_db).history()->size(), size_t(1));
}

void TestImportWizard::rejectedLinesAreListed()
{
    QList<QByteArray> lines = bmsFile(QDate(2026, 2, 14), 1).split('\n');
    lines[4] = lines[4].left(lines[4].indexOf(';') + 1) + "n/a";   // file line 5
    const QString path = writeFile(QStringLiteral("broken.csv"), lines.join('\n'));
    ImportWizard wizard(*m_db, {path});
    wizard.show();
    wizard.next();
    wizard.next();

    QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPageId));
    QVERIFY(!wizard.reportPage()->isComplete());
    const QTableWidget *rejected = wizard.reportPage()->rejectedTable();
    QCOMPARE(rejected->rowCount(), 1);
    QCOMPARE(rejected->item(0, 1)->data(Qt::DisplayRole).toInt(), 5);
    QCOMPARE(rejected->item(0, 2)->text(), QStringLiteral("not a number"));
    QVERIFY(wizard.reportPage()->reportText().contains(QStringLiteral("refused")));
}

void TestImportWizard::cancelStoresNothing()
{
    const QString path = writeFile(QStringLiteral("march.csv"), bmsFile(QDate(2026, 3, 16), 2));
    qputenv("ENMS_IMPORT_PAUSE_BEFORE_COMMIT_MS", QByteArray::number(kPauseBeforeCommitMs));
    ImportWizard wizard(*m_db, {path});
    wizard.show();
    walkToCommit(wizard);

    // Every row is written and the worker waits before its commit: cancel now.
    QTRY_COMPARE_WITH_TIMEOUT(wizard.commitPage()->progressBar()->value(), 1000,
                              kCommitTimeoutMs);
    QVERIFY(!wizard.commitPage()->isComplete());
    wizard.commitPage()->cancelButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.commitPage()->isComplete(), kCommitTimeoutMs);
    qunsetenv("ENMS_IMPORT_PAUSE_BEFORE_COMMIT_MS");

    QVERIFY(!wizard.commitPage()->wasStored());
    QVERIFY2(wizard.commitPage()->statusText().contains(QStringLiteral("Nothing was stored")),
             qPrintable(wizard.commitPage()->statusText()));
    QCOMPARE(storedKWh(*m_db, m_seuId, QDate(2026, 3, 16), QDate(2026, 3, 17)), 0.0);
    QCOMPARE(ImportService(*m_db).history()->size(), size_t(1));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
