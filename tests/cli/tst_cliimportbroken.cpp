// SPDX-License-Identifier: GPL-3.0-or-later
// Every file of the broken-files corpus, plus an empty file, binary junk and a 30 MB
// single line made at run time, through `enms import` end to end: each must end with a
// clear message and exit code 2 (unusable input) or 4 (rejected file), within a time
// bound, and leave the database without any import or reading.
#include "clirunner.h"
#include "testdatabase.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Enms::Test;

namespace {

// Process start, a 30 MB read and its rejection, on a busy 2-core machine.
constexpr double kSecondsPerFile = 30.0;
constexpr qsizetype kLongLineBytes = 30 * 1024 * 1024;
constexpr qsizetype kJunkBytes = 1024 * 1024;
// "The file is empty" is about the shortest sentence that still says what is wrong.
constexpr qsizetype kShortestMessage = 12;

QString corpusFolder()
{
    return QStringLiteral(ENMS_TEST_DATA_DIR "/../../engine/data/import/broken");
}

// Counts rows of a table through a connection of the test's own.
qint64 rowCount(const QString &path, const QString &table)
{
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("count"));
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table))
            && query.next())
            count = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

} // namespace

class TestCliImportBroken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void brokenFileIsRefused_data();
    void brokenFileIsRefused();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_files;
    TestDatabase m_db;
};

QString TestCliImportBroken::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(m_files.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

void TestCliImportBroken::initTestCase()
{
    QVERIFY(QDir(corpusFolder()).exists());
    QCOMPARE(runCli(m_db.location(), {"site", "add", "--name", "Plant X", "--timezone",
                                      "Europe/Berlin"}).exitCode, 0);
    QCOMPARE(runCli(m_db.location(), {"seu", "add", "--site", "Plant X", "--name", "Oven",
                                      "--energy", "electricity", "--rated-kw", "80"}).exitCode,
             0);
}

void TestCliImportBroken::brokenFileIsRefused_data()
{
    QTest::addColumn<QString>("path");
    const QFileInfoList corpus = QDir(corpusFolder()).entryInfoList(QDir::Files, QDir::Name);
    QVERIFY(corpus.size() >= 8);
    for (const QFileInfo &file : corpus)
        QTest::newRow(qPrintable(file.fileName())) << file.absoluteFilePath();

    QTest::newRow("generated empty") << writeFile("empty.csv", {});
    QByteArray junk(kJunkBytes, Qt::Uninitialized);
    QRandomGenerator random(20260101);   // fixed seed: the same junk on every run
    random.fillRange(reinterpret_cast<quint32 *>(junk.data()), junk.size() / 4);
    QTest::newRow("generated binary junk") << writeFile("junk.csv", junk);
    QByteArray line = "timestamp,energy_kwh\n2026-01-01T00:00:00Z,";
    line += QByteArray(kLongLineBytes, '7');
    QTest::newRow("generated 30 MB line") << writeFile("long.csv", line);
}

void TestCliImportBroken::brokenFileIsRefused()
{
    QFETCH(QString, path);
    const CliRun run = runCli(m_db.location(), {"import", "--seu", "Oven", "--file", path});

    QVERIFY2(run.exitCode == 2 || run.exitCode == 4,
             qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode)
                            .arg(QString::fromUtf8(run.stderrText.left(500)))));
    const QString detail = run.error.value("detail").toString();
    QVERIFY2(detail.size() >= kShortestMessage, run.stderrText.left(500).constData());
    QVERIFY2(run.seconds < kSecondsPerFile, qPrintable(QString::number(run.seconds)));
    // A file refused by the checks prints its report; one refused before them does not.
    QVERIFY(!run.json.contains("stored") || !run.json.value("stored").toBool());

    QCOMPARE(rowCount(m_db.location(), QStringLiteral("imports")), 0);
    QCOMPARE(rowCount(m_db.location(), QStringLiteral("energy_blocks")), 0);
    QCOMPARE(rowCount(m_db.location(), QStringLiteral("import_changes")), 0);
}

QTEST_GUILESS_MAIN(TestCliImportBroken)
#include "tst_cliimportbroken.moc"
