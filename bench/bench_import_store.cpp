// SPDX-License-Identifier: GPL-3.0-or-later
// Times a whole meter-file import (read, decode, parse, check, store in one transaction
// with its log) of 1,000,000 fifteen-minute rows into a fresh SQLite database, and, in
// the same run, the sqlite3 shell's `.import` of the same file into a bare table: the
// floor of what any import of these bytes into SQLite can cost.
//
// Measure on one core: taskset -c 0 bench_import_store [file.csv]
#include "engine/time/localcalendar.h"
#include "models/database.h"
#include "models/import/importservice.h"
#include "models/registry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

using namespace Enms;
using namespace Enms::Engine;

namespace {

constexpr qint64 kRows = 1000000;
constexpr qint64 kIntervalSeconds = 900;
constexpr double kTargetSeconds = 3.0;

// A German BMS export: local Berlin wall-clock stamps (DD.MM.YYYY HH:MM, the DST
// repeat written twice, the gap never), semicolons and decimal commas, from 2019-01-01.
QByteArray meterFile()
{
    const QTimeZone berlin("Europe/Berlin");
    const LocalCalendar calendar(berlin);
    const qint64 firstUtc = QDateTime(QDate(2019, 1, 1), QTime(0, 0), berlin).toSecsSinceEpoch();
    constexpr qint64 kEpochJulianDay = 2440588;

    QByteArray file = "Zeit;Energie kWh\n";
    file.reserve(kRows * 26);
    char line[48];
    for (qint64 row = 0; row < kRows; ++row) {
        const qint64 wall = calendar.localSecs(firstUtc + row * kIntervalSeconds);
        const qint64 day = wall / 86400;
        const int minuteOfDay = int(wall - day * 86400) / 60;
        const QDate date = QDate::fromJulianDay(day + kEpochJulianDay);
        const int hundredths = int(150 + (row * 104729) % 300);   // 1.50 .. 4.49 kWh
        const int length = std::snprintf(line, sizeof line, "%02d.%02d.%04d %02d:%02d;%d,%02d\n",
                                         date.day(), date.month(), date.year(),
                                         minuteOfDay / 60, minuteOfDay % 60,
                                         hundredths / 100, hundredths % 100);
        file.append(line, length);
    }
    return file;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
}

// A fresh database holding one site and one SEU to import into.
std::unique_ptr<Database> freshDatabase(const QString &path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return nullptr;
    }
    Registry registry(**db);
    SiteInfo site;
    site.name = QStringLiteral("Bench plant");
    site.timeZoneId = QStringLiteral("Europe/Berlin");
    Result<SiteInfo> added = registry.addSite(site);
    SeuInfo seu;
    seu.siteId = added ? added->id : QString();
    seu.name = QStringLiteral("Main meter");
    seu.ratedKW = 50.0;
    if (!added || !registry.addSeu(seu)) {
        std::fprintf(stderr, "cannot register the bench SEU\n");
        return nullptr;
    }
    return std::move(*db);
}

// Our path, from the file name to the committed transaction.
double timeOurImport(Database &db, const QString &csvPath, ImportOutcome *outcome)
{
    QElapsedTimer timer;
    timer.start();
    QFile in(csvPath);
    if (!in.open(QIODevice::ReadOnly))
        return -1.0;
    ImportRequest request;
    request.ownerNameOrId = QStringLiteral("Main meter");
    request.fileName = csvPath;
    request.bytes = in.readAll();
    Result<ImportOutcome> result = ImportService(db).run(request);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!result) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(result.error().message));
        return -1.0;
    }
    *outcome = *result;
    return seconds;
}

// The sqlite3 shell reading the same file into a table of two text columns.
double timeShellImport(const QString &csvPath, const QString &dbPath)
{
    QElapsedTimer timer;
    timer.start();
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"),
                {dbPath, QStringLiteral(".mode csv"), QStringLiteral(".separator ;"),
                 QStringLiteral(".import %1 readings").arg(csvPath)});
    if (!shell.waitForFinished(120000) || shell.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 .import failed: %s\n",
                     shell.readAllStandardError().constData());
        return -1.0;
    }
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir folder;
    const QString csvPath = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                     : folder.filePath(QStringLiteral("meter-1m.csv"));
    const QByteArray bytes = meterFile();
    if (!writeFile(csvPath, bytes)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csvPath));
        return 1;
    }

    std::unique_ptr<Database> db = freshDatabase(folder.filePath(QStringLiteral("enms.sqlite")));
    if (!db)
        return 1;
    ImportOutcome outcome;
    const double ours = timeOurImport(*db, csvPath, &outcome);
    const double shell = timeShellImport(csvPath, folder.filePath(QStringLiteral("bare.sqlite")));
    if (ours < 0 || shell < 0)
        return 1;

    std::printf("file: %lld rows, %.1f MB\n", static_cast<long long>(outcome.report.rowsRead),
                bytes.size() / 1048576.0);
    std::printf("stored: %s, %lld readings in %lld day rows\n", outcome.stored ? "yes" : "no",
                static_cast<long long>(outcome.written.readingsWritten),
                static_cast<long long>(outcome.written.daysTouched));
    std::printf("enms import (read, parse, check, store): %.3f s (target < %.1f s)\n", ours,
                kTargetSeconds);
    std::printf("sqlite3 .import into a bare table:       %.3f s\n", shell);
    return outcome.stored && ours < kTargetSeconds ? 0 : 2;
}
