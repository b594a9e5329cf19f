// SPDX-License-Identifier: GPL-3.0-or-later
// Times the meter-file import pipeline (decode, sniff, parse, check, build day blocks)
// on a generated file of 1,000,000 fifteen-minute rows in local Berlin time, written
// the way German BMS exports are: DD.MM.YYYY HH:MM, semicolons, decimal commas.
// The store into the database is not part of this figure.
#include "engine/import/csvimport.h"
#include "engine/time/localcalendar.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>

#include <cstdio>

using namespace Enms::Engine;

namespace {

constexpr int kRows = 1000000;
constexpr qint64 kIntervalSeconds = 900;

// Rows from 2020-01-01 00:00 local, walking UTC so the DST repeat appears twice in
// wall-clock order and the skipped hour never does, as a correct logger writes them.
QByteArray generateFile()
{
    // QDateTime per row takes minutes for a million rows; the calendar's offset table
    // and Julian day arithmetic take milliseconds.
    const QTimeZone berlin("Europe/Berlin");
    const LocalCalendar calendar(berlin);
    const qint64 first = QDateTime(QDate(2020, 1, 1), QTime(0, 0), berlin).toSecsSinceEpoch();
    constexpr qint64 kJulianDayOfEpoch = 2440588;
    QByteArray file;
    file.reserve(kRows * 28);
    file += "Zeitstempel;Wirkenergie kWh\n";
    char line[64];
    for (qint64 i = 0; i < kRows; ++i) {
        const qint64 wall = calendar.localSecs(first + i * kIntervalSeconds);
        const qint64 day = wall / 86400;
        const QDate date = QDate::fromJulianDay(day + kJulianDayOfEpoch);
        const QTime time = QTime(0, 0).addSecs(int(wall - day * 86400));
        const int tenths = int(20 + (i * 7919) % 40);
        const int length = std::snprintf(line, sizeof line, "%02d.%02d.%04d %02d:%02d;%d,%d\n",
                                         date.day(), date.month(), date.year(), time.hour(),
                                         time.minute(), tenths / 10, tenths % 10);
        file.append(line, length);
    }
    return file;
}

} // namespace

int main(int argc, char **argv)
{
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                  : QStringLiteral("/tmp/enms_bench_import_1m.csv");
    const QByteArray bytes = generateFile();
    QFile out(path);
    if (out.open(QIODevice::WriteOnly))
        out.write(bytes);
    out.close();

    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const QByteArray read = in.readAll();
    const qint64 readMs = timer.elapsed();

    CsvImportOptions options;
    options.timeZoneId = QStringLiteral("Europe/Berlin");
    timer.restart();
    const ImportResult result = importCsv(read, options);
    const qint64 parseMs = timer.elapsed();

    std::printf("file: %s (%.1f MB, %lld rows)\n", qPrintable(path), read.size() / 1048576.0,
                static_cast<long long>(result.report.rowsRead));
    std::printf("status: %s, interval %d s, %zu day blocks, %d repeated-hour stamps\n",
                result.report.accepted() ? "accepted" : "rejected",
                result.report.intervalSeconds,
                result.series.empty() ? size_t(0) : result.series.front().blocks.size(),
                result.report.repeatedHourStamps);
    std::printf("read file: %lld ms\n", static_cast<long long>(readMs));
    std::printf("parse + check: %lld ms\n", static_cast<long long>(parseMs));
    return result.report.accepted() ? 0 : 2;
}
