// SPDX-License-Identifier: GPL-3.0-or-later
// An import killed inside its transaction: `enms import` of a 400,000-row file is
// stopped with SIGKILL after every reading is written and before the commit (the
// ENMS_IMPORT_PAUSE_BEFORE_COMMIT_MS test hook holds it there). The database must open
// cleanly afterwards, hold no part of that file and keep the import committed before.
#include "clirunner.h"
#include "testdatabase.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Enms::Test;

namespace {

constexpr int kBigRows = 400000;
constexpr int kPauseMs = 120000;         // far longer than the test waits for the kill
constexpr int kReachPauseTimeoutMs = 120000;
// The page cache holds about 2 MB; a transaction of ~4,200 day rows of 96 doubles
// (~3 MB) must have spilled pages into the write-ahead log before its commit.
constexpr qint64 kMinimumWalBytes = 1 << 20;

// 15-minute kWh in UTC ISO stamps from `first`, `rows` rows of `kwh` each.
QByteArray meterFile(const QDate &first, int rows, double kwh)
{
    QByteArray csv = "timestamp,energy_kwh\n";
    csv.reserve(rows * 32);
    const QByteArray value = QByteArray::number(kwh);
    char stamp[32];
    for (int row = 0; row < rows; ++row) {
        const QDate day = first.addDays(row / 96);
        const int minutes = (row % 96) * 15;
        std::snprintf(stamp, sizeof stamp, "%04d-%02d-%02dT%02d:%02d:00Z,", day.year(),
                      day.month(), day.day(), minutes / 60, minutes % 60);
        csv += stamp + value + '\n';
    }
    return csv;
}

QString writeFile(const QTemporaryDir &folder, const QString &name, const QByteArray &bytes)
{
    QFile file(folder.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

// What SQLite itself says about the file, through a connection of our own.
QString integrityCheck(const QString &path)
{
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("integrity"));
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("cannot open");
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
            verdict = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return verdict;
}

} // namespace

class TestCliImportKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedImportLeavesNothing();

private:
    QTemporaryDir m_files;
};

void TestCliImportKill::killedImportLeavesNothing()
{
    TestDatabase db;
    QCOMPARE(runCli(db.location(), {"site", "add", "--name", "Plant K", "--timezone", "UTC"})
                 .exitCode, 0);
    QCOMPARE(runCli(db.location(), {"seu", "add", "--site", "Plant K", "--name", "Kiln",
                                    "--energy", "electricity", "--rated-kw", "100"}).exitCode, 0);

    // Ten days of 2 kWh per quarter hour, committed: 96 x 2 = 192 kWh a day.
    const QString small = writeFile(m_files, "small.csv", meterFile(QDate(2026, 1, 1), 960, 2.0));
    QCOMPARE(runCli(db.location(), {"import", "--seu", "Kiln", "--file", small}).exitCode, 0);

    // 400,000 rows from 2027-01-01 (4,167 days, into 2038), killed before its commit.
    const QString big = writeFile(m_files, "big.csv",
                                  meterFile(QDate(2027, 1, 1), kBigRows, 3.0));
    QProcess import;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ENMS_IMPORT_PAUSE_BEFORE_COMMIT_MS"),
                       QString::number(kPauseMs));
    import.setProcessEnvironment(environment);
    import.start(QStringLiteral(ENMS_CLI_PATH), {"--db", db.location(), "import", "--seu",
                                                 "Kiln", "--file", big});
    QVERIFY(import.waitForStarted());
    QByteArray said;
    QDeadlineTimer deadline(kReachPauseTimeoutMs);
    while (!said.contains("before the commit") && !deadline.hasExpired()
           && import.state() == QProcess::Running) {
        import.waitForReadyRead(500);
        said += import.readAllStandardError();
    }
    QVERIFY2(said.contains("before the commit"), said.constData());

    const qint64 walBytes = QFileInfo(db.location() + QStringLiteral("-wal")).size();
    QVERIFY2(walBytes > kMinimumWalBytes, qPrintable(QString::number(walBytes)));
    import.kill();   // SIGKILL: no handler, no rollback by the process itself
    QVERIFY(import.waitForFinished());
    QCOMPARE(import.exitStatus(), QProcess::CrashExit);

    QCOMPARE(integrityCheck(db.location()), QStringLiteral("ok"));
    const CliRun log = runCli(db.location(), {"imports"});
    QCOMPARE(log.exitCode, 0);
    const QJsonArray imports = log.json.value("imports").toArray();
    QCOMPARE(imports.size(), 1);
    QCOMPARE(imports.first().toObject().value("file_name").toString(),
             QStringLiteral("small.csv"));

    const CliRun killedRange = runCli(db.location(), {"energy", "--seu", "Kiln", "--from",
                                                      "2027-01-01", "--to", "2038-12-31"});
    QCOMPARE(killedRange.exitCode, 0);
    QCOMPARE(killedRange.json.value("rows").toArray().size(), 0);

    const CliRun kept = runCli(db.location(), {"energy", "--seu", "Kiln", "--from",
                                               "2026-01-01", "--to", "2026-01-10"});
    const QJsonArray days = kept.json.value("rows").toArray();
    QCOMPARE(days.size(), 10);
    for (const QJsonValue &day : days)
        QCOMPARE(day.toObject().value("kwh").toDouble(), 192.0);
}

QTEST_GUILESS_MAIN(TestCliImportKill)
#include "tst_cliimportkill.moc"
