// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/import/csvimport.h"
#include "engine/import/importreportjson.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace Enms::Engine;

namespace {

constexpr double kKWhTolerance = 1e-9;
constexpr double kCelsiusTolerance = 1e-9;
// A broken file must be refused quickly, however large; this bounds "does not hang".
constexpr qint64 kBrokenFileBudgetMs = 5000;

qint64 utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toSecsSinceEpoch();
}

qint64 dayOf(int y, int mo, int d) { return utc(y, mo, d, 0, 0) / 86400; }

CsvImportOptions inZone(const char *zone)
{
    CsvImportOptions options;
    options.timeZoneId = QString::fromLatin1(zone);
    return options;
}

ValueMapping column(const char *name, ImportUnit unit, bool cumulative = false)
{
    ValueMapping mapping;
    mapping.targetId = QString::fromLatin1(name);
    mapping.columnName = QString::fromLatin1(name);
    mapping.unit = unit;
    mapping.cumulative = cumulative;
    return mapping;
}

// The value of the slot starting at a UTC instant, NaN when the slot is absent.
double valueAt(const ImportedSeries &series, qint64 startUtc)
{
    for (const DayBlock &block : series.blocks) {
        if (block.utcDay != startUtc / 86400)
            continue;
        return block.values[size_t((startUtc % 86400) / block.intervalSeconds)];
    }
    return std::nan("");
}

bool hasReason(const ImportReport &report, RejectReason reason, qint64 line)
{
    for (const RejectedLine &rejected : report.rejected) {
        if (rejected.reason == reason && rejected.line == line)
            return true;
    }
    return false;
}

QByteArray readData(const QString &relative)
{
    QFile file(QStringLiteral(ENMS_TEST_DATA_DIR "/import/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoUtcInKWh();
    void latin1SemicolonDecimalComma();
    void utf8WithBom();
    void quotedFieldsAndPipes();
    void tabSeparatedUnixSeconds();
    void dateAndTimeInTwoColumns();
    void dayFirstDetectedFromWholeFile();
    void ambiguousDateOrderRefused();
    void intervalEndStamps();
    void midnightWrittenOnDayThatEnded();
    void berlinRepeatedHour();
    void berlinSkippedHour();
    void losAngelesRepeatedAndSkippedHour();
    void registerRolloverAndReset();
    void unitsInOnePass();
    void dailyProductionCounts();
    void duplicatesIdenticalAndConflicting();
    void gapsAndCoverage();
    void impossibleValues();
    void intervalMustDivideDay();
    void zoneRequiredForLocalTimes();
    void checksumOfBytes();
    void previewShowsDetectedColumns();
    void reportAsJson();
    void sampleFile();
    void brokenFiles_data();
    void brokenFiles();
    void thirtyMegabyteLine();
};

void TestCsvImport::isoUtcInKWh()
{
    const QByteArray file = "timestamp,kWh\n"
                            "2024-01-01T00:00:00Z,1.5\n"
                            "2024-01-01T00:15:00Z,2.0\n"
                            "2024-01-01T00:30:00Z,2.5\n";
    const ImportResult result = importCsv(file, CsvImportOptions{});

    QVERIFY2(result.report.accepted(), qPrintable(result.report.reasons.join(u';')));
    QCOMPARE(result.report.rowsRead, 3);
    QCOMPARE(result.report.intervalSeconds, 900);
    QCOMPARE(result.report.encoding, QStringLiteral("utf-8"));
    QCOMPARE(result.report.separator, QStringLiteral(","));
    QVERIFY(result.report.hasHeader);
    QCOMPARE(result.report.firstUtc, utc(2024, 1, 1, 0, 0));
    QCOMPARE(result.report.endUtc, utc(2024, 1, 1, 0, 45));
    QCOMPARE(result.series.size(), size_t(1));

    const ImportedSeries &series = result.series.front();
    QCOMPARE(series.targetId, QStringLiteral("kWh"));
    QCOMPARE(series.blocks.size(), size_t(1));
    QCOMPARE(series.blocks.front().utcDay, dayOf(2024, 1, 1));
    QCOMPARE(series.blocks.front().slotCount(), 96);
    QVERIFY(std::abs(valueAt(series, utc(2024, 1, 1, 0, 15)) - 2.0) < kKWhTolerance);
    QVERIFY(std::isnan(valueAt(series, utc(2024, 1, 1, 0, 45))));
    // 1.5 + 2.0 + 2.5
    QVERIFY(std::abs(series.total - 6.0) < kKWhTolerance);
}

void TestCsvImport::latin1SemicolonDecimalComma()
{
    // "Zähler" written in Latin-1: the ä is the single byte 0xE4.
    const QByteArray file = "Zeit;Z\xE4hler kWh\n"
                            "13.03.2024 00:00;1,5\n"
                            "13.03.2024 00:15;1.002,25\n";
    const ImportResult result = importCsv(file, inZone("UTC"));

    QVERIFY2(result.report.accepted(), qPrintable(result.report.reasons.join(u';')));
    QCOMPARE(result.report.encoding, QStringLiteral("latin-1"));
    QCOMPARE(result.report.separator, QStringLiteral(";"));
    QCOMPARE(result.report.decimalMark, QStringLiteral(","));
    QCOMPARE(result.series.front().targetId, QStringLiteral("Z\u00E4hler kWh"));
    QVERIFY(std::abs(valueAt(result.series.front(), utc(2024, 3, 13, 0, 0)) - 1.5)
            < kKWhTolerance);
    // "1.002,25" groups thousands with a point: 1002.25 kWh.
    QVERIFY(std::abs(valueAt(result.series.front(), utc(2024, 3, 13, 0, 15)) - 1002.25)
            < kKWhTolerance);
}

void TestCsvImport::utf8WithBom()
{
    const QByteArray file = "\xEF\xBB\xBF" "Zeit;Z\xC3\xA4hler\n"
                            "13.03.2024 00:00;1\n"
                            "13.03.2024 00:15;2\n";
    const ImportResult result = importCsv(file, inZone("UTC"));

    QVERIFY(result.report.accepted());
    QCOMPARE(result.report.encoding, QStringLiteral("utf-8-bom"));
    QCOMPARE(result.series.front().targetId, QStringLiteral("Z\u00E4hler"));
}

void TestCsvImport::quotedFieldsAndPipes()
{
    const QByteArray file = "\"Stamp\"|\"Meter \"\"A\"\" | main\"\n"
                            "\"2024-01-01 00:00\"|\"1,234.5\"\n"
                            "\"2024-01-01 01:00\"|\"2\"\n";
    const ImportResult result = importCsv(file, inZone("UTC"));

    QVERIFY2(result.report.accepted(), qPrintable(result.report.reasons.join(u';')));
    QCOMPARE(result.report.separator, QStringLiteral("|"));
    QCOMPARE(result.report.intervalSeconds, 3600);
    QCOMPARE(result.series.front().targetId, QStringLiteral("Meter \"A\" | main"));
    QVERIFY(std::abs(valueAt(result.series.front(), utc(2024, 1, 1, 0, 0)) - 1234.5)
            < kKWhTolerance);
}

void TestCsvImport::tabSeparatedUnixSeconds()
{
    // 1704067200 is 2024-01-01T00:00Z; no header row.
    const QByteArray file = "1704067200\t0.25\n1704068100\t0.5\n1704069000\t0.75\n";
    const ImportResult result = importCsv(file, CsvImportOptions{});

    QVERIFY2(result.report.accepted(), qPrintable(result.report.reasons.join(u';')));
    QCOMPARE(result.report.separator, QStringLiteral("tab"));
    QVERIFY(!result.report.hasHeader);
    QCOMPARE(result.report.timestampFormat, QStringLiteral("unix seconds"));
    QVERIFY(std::abs(valueAt(result.series.front(), utc(2024, 1, 1, 0, 30)) - 0.75)
            < kKWhTolerance);
}

void TestCsvImport::dateAndTimeInTwoColumns()
{
    const QByteArray file = "Datum;Uhrzeit;kWh\n"
                            "13.01.2024;23:45;4\n"
                            "14.01.2024;00:00;5\n";
    const ImportResult result = importCsv(file, inZone("UTC"));

    QVERIFY2(result.report.accepted(), qPrintable(result.report.reasons.join(u';')));
    QVERIFY(std::abs(valueAt(result.series.front(), utc(2024, 1, 14, 0, 0)) - 5.0)
            < kKWhTolerance);
}

void TestCsvImport::dayFirstDetectedFromWholeFile()
{
    // Only the last row proves the order: 13 can only be a day.
    QByteArray file = "stamp,kWh\n";
    for (int day = 1; day <= 13; ++day)
        file += QStringLiteral("%1/01/2024 00:00,1\n").arg(day, 2, 10, QLatin1Char('0')).toUtf8();
    const ImportResult result = importCsv(file, inZone("UTC"));

    QVERIFY2(result.report.accepted(), qPrintable(result.report.reasons.join(u';')));
    QCOMPARE(result.report.dateOrder, DateOrder::DayMonthYear);
    QCOMPARE(result.report.timestampFormat, QStringLiteral("DD/MM/YYYY HH:MM"));
    // Every stamp is a midnight: the file holds daily values for local dates.
    QCOMPARE(result.report.intervalSeconds, 86400);
    QCOMPARE(result.series.front().daily.size(), size_t(13));
    QCOMPARE(result.series.front().daily.back().date, QDate(2024, 1, 13));
}

void TestCsvImport::ambiguousDateOrderRefused()
{
    const QByteArray file = "stamp,kWh\n02/01/2024 00:00,1\n02/01/2024 00:15,1\n";
    const ImportResult refused = importCsv(file, inZone("UTC"));
    QVERIFY(!refused.report.accepted());
    QVERIFY(refused.report.reasons.join(u' ').contains(QStringLiteral("dmy or mdy")));

    CsvImportOptions monthFirst = inZone("UTC");
    monthFirst.dateOrder = DateOrder::MonthDayYear;
    const ImportResult told = importCsv(file, monthFirst);
    QVERIFY(told.report.accepted());
    QCOMPARE(told.series.front().blocks.size(), size_t(1));
    QCOMPARE(told.series.front().blocks.front().utcDay, dayOf(2024, 2, 1));
}

void TestCsvImport::intervalEndStamps()
{
    const QByteArray file = "stamp,kWh\n2024-01-01 00:15,1\n2024-01-01 00:30,2\n";
    CsvImportOptions options = inZone("UTC");
    options.stamps = StampConvention::IntervalEnd;
    const ImportResult result = importCsv(file, options);

    QVERIFY(result.report.accepted());
    // The row stamped 00:15 describes 00:00-00:15.
    QVERIFY(std::abs(valueAt(result.series.front(), utc(2024, 1, 1, 0, 0)) - 1.0)
            < kKWhTolerance);
    QCOMPARE(result.report.firstUtc, utc(2024, 1, 1, 0, 0));
    QCOMPARE(result.report.endUtc, utc(2024, 1, 1, 0, 30));
}

void TestCsvImport::midnightWrittenOnDayThatEnded()
{
    // The steel-plant habit: the interval ending at midnight is stamped 00:00 of the day
    // it closes, so the file runs 23:30, 23:45, then "00:00" of the same date.
    const QByteArray file = "Date,Usage_kWh\n"
                            "13/01/2024 23:30,3.1\n"
                            "13/01/2024 23:45,3.2\n"
                            "13/01/2024 00:00,3.3\n"
                            "14/01/2024 00:15,3.4\n";
    CsvImportOptions options = inZone("UTC");
    options.stamps = StampConvention::IntervalEnd;
    const ImportResult result = importCsv(file, options);

    QVERIFY2(result.report.accepted(), qPrintable(result.report.reasons.join(u';')));
    QCOMPARE(result.report.midnightAsSameDay.size(), size_t(1));
    QCOMPARE(result.report.midnightAsSameDay.front(), QDate(2024, 1, 13));
    QVERIFY(result.report.gaps.empty());
    // 3.3 kWh is the last quarter hour of 13 January, 23:45-24:00.
    QVERIFY(std::abs(valueAt(result.series.front(), utc(2024, 1, 13, 23, 45)) - 3.3)
            < kKWhTolerance);
    QVERIFY(std::abs(valueAt(result.series.front(), utc(2024, 1, 14, 0, 0)) - 3.4)
            < kKWhTolerance);
}

void TestCsvImport::berlinRepeatedHour()
{
    // 27 Oct 2024: 02:00-02:59 happens twice; rows carry 1..10 in file order.
    const QByteArray file = "stamp;kWh\n"
                            "2024-10-27 01:45;1\n2024-10-27 02:00;2\n2024-10-27 02:15;3\n"
                            "2024-10-27 02:30;4\n2024-10-27 02:45;5\n2024-10-27 02:00;6\n"
                            "2024-10-27 02:15;7\n2024-10-27 02:30;8\n2024-10-27 02:45;9\n"
                            "2024-10-27 03:00;10\n";
    const ImportResult result = importCsv(file, inZone("Europe/Berlin"));

    QVERIFY2(result.report.accepted(), qPrintable(result.report.reasons.join(u';')));
    QCOMPARE(result.report.repeatedHourStamps, 4);
    QCOMPARE(result.report.identicalDuplicates + result.report.conflictingDuplicates, 0);
    QVERIFY(result.report.gaps.empty());
    QCOMPARE(result.report.longDays, std::vector<QDate>{QDate(2024, 10, 27)});

    // 01:45 CEST is 23:45Z; the first 02:00 is 00:00Z (CEST), the second 01:00Z (CET).
    const ImportedSeries &series = result.series.front();
    QCOMPARE(result.report.firstUtc, utc(2024, 10, 26, 23, 45));
    QVERIFY(std::abs(valueAt(series, utc(2024, 10, 27, 0, 0)) - 2.0) < kKWhTolerance);
    QVERIFY(std::abs(valueAt(series, utc(2024, 10, 27, 1, 0)) - 6.0) < kKWhTolerance);
    QVERIFY(std::abs(valueAt(series, utc(2024, 10, 27, 2, 0)) - 10.0) < kKWhTolerance);

    // The local day of 27 October has 25 h = 100 quarter hours; all ten rows fall on it.
    const DayCoverage &day = series.coverage.back();
    QCOMPARE(day.date, QDate(2024, 10, 27));
    QCOMPARE(day.expectedSlots, 100);
    QCOMPARE(day.presentSlots, 10);
}

void TestCsvImport::berlinSkippedHour()
{
    // 31 Mar 2024: the clock jumps from 02:00 to 03:00; 01:45 and 03:00 are adjacent.
    const QByteArray good = "stamp;kWh\n2024-03-31 01:45;1\n2024-03-31 03:00;2\n"
                            "2024-03-31 03:15;3\n";
    const ImportResult accepted = importCsv(good, inZone("Europe/Berlin"));
    QVERIFY2(accepted.report.accepted(), qPrintable(accepted.report.reasons.join(u';')));
    QVERIFY(accepted.report.gaps.empty());
    QCOMPARE(accepted.report.shortDays, std::vector<QDate>{QDate(2024, 3, 31)});

    const QByteArray bad = "stamp;kWh\n2024-03-31 01:45;1\n2024-03-31 02:00;2\n"
                           "2024-03-31 02:15;3\n2024-03-31 03:00;4\n";
    const ImportResult rejected = importCsv(bad, inZone("Europe/Berlin"));
    QVERIFY(!rejected.report.accepted());
    QVERIFY(hasReason(rejected.report, RejectReason::LocalTimeInGap, 3));
    QVERIFY(hasReason(rejected.report, RejectReason::LocalTimeInGap, 4));
    QCOMPARE(rejected.report.rejectedLineCount, 2);
}

void TestCsvImport::losAngelesRepeatedAndSkippedHour()
{
    // 3 Nov 2024, hourly, US dates: 00:00 PDT (07Z), 01:00 PDT (08Z), 01:00 PST (09Z),
    // 02:00 PST (10Z).
    const QByteArray fall = "stamp,kW\n11/03/2024 12:00 AM,10\n11/03/2024 1:00 AM,20\n"
                            "11/03/2024 1:00 AM,30\n11/03/2024 2:00 AM,40\n";
    CsvImportOptions options = inZone("America/Los_Angeles");
    options.dateOrder = DateOrder::MonthDayYear;
    options.values = {column("kW", ImportUnit::KiloWatt)};
    const ImportResult result = importCsv(fall, options);

    QVERIFY2(result.report.accepted(), qPrintable(result.report.reasons.join(u';')));
    QCOMPARE(result.report.intervalSeconds, 3600);
    QVERIFY(result.report.gaps.empty());
    // Mean demand 30 kW over one hour is 30 kWh.
    QVERIFY(std::abs(valueAt(result.series.front(), utc(2024, 11, 3, 9, 0)) - 30.0)
            < kKWhTolerance);
    QCOMPARE(result.report.longDays, std::vector<QDate>{QDate(2024, 11, 3)});

    const QByteArray spring = "stamp,kW\n03/10/2024 1:00 AM,1\n03/10/2024 2:00 AM,1\n"
                              "03/10/2024 3:00 AM,1\n";
    const ImportResult gap = importCsv(spring, options);
    QVERIFY(!gap.report.accepted());
    QVERIFY(hasReason(gap.report, RejectReason::LocalTimeInGap, 3));
}

void TestCsvImport::registerRolloverAndReset()
{
    // Register readings (kWh) every 15 min. 99995 -> 3 wraps at 100000 (8 kWh);
    // 500 -> 2 is a reset: that interval is unknown.
    const QByteArray file = "stamp,register\n"
                            "2024-01-01 00:00,99990\n2024-01-01 00:15,99995\n"
                            "2024-01-01 00:30,3\n2024-01-01 00:45,8\n"
                            "2024-01-01 01:00,500\n2024-01-01 01:15,2\n"
                            "2024-01-01 01:30,7\n";
    CsvImportOptions options = inZone("UTC");
    options.values = {column("register", ImportUnit::KiloWattHour, true)};
    const ImportResult result = importCsv(file, options);

    QVERIFY2(result.report.accepted(), qPrintable(result.report.reasons.join(u';')));
    const ImportedSeries &series = result.series.front();
    // The reading at 00:15 closes 00:00-00:15: 99995 - 99990 = 5.
    QVERIFY(std::abs(valueAt(series, utc(2024, 1, 1, 0, 0)) - 5.0) < kKWhTolerance);
    // 100000 - 99995 + 3 = 8.
    QVERIFY(std::abs(valueAt(series, utc(2024, 1, 1, 0, 15)) - 8.0) < kKWhTolerance);
    QVERIFY(std::abs(valueAt(series, utc(2024, 1, 1, 0, 45)) - 492.0) < kKWhTolerance);
    QVERIFY(std::isnan(valueAt(series, utc(2024, 1, 1, 1, 0))));
    // 5 + 8 + 5 + 492 + 5
    QVERIFY(std::abs(series.total - 515.0) < kKWhTolerance);

    QCOMPARE(result.report.registerEvents.size(), size_t(2));
    const RegisterEvent &rollover = result.report.registerEvents[0];
    QCOMPARE(rollover.kind, RegisterEvent::Kind::Rollover);
    QCOMPARE(rollover.line, 4);
    QCOMPARE(rollover.wrapsAt, 100000.0);
    const RegisterEvent &reset = result.report.registerEvents[1];
    QCOMPARE(reset.kind, RegisterEvent::Kind::Reset);
    QCOMPARE(reset.line, 7);

    // Differences 5, 5, 5, 8, 492: quartiles 5 and 8, median 5, limit 5 + 3 x 3 = 14.
    QCOMPARE(result.report.outliers.size(), size_t(1));
    QCOMPARE(result.report.outliers.front().line, 6);
    QCOMPARE(result.report.outliers.front().limit, 14.0);
}

void TestCsvImport::unitsInOnePass()
{
    const QByteArray file = "stamp,wh,mwh,w,kw,gas,steam,temp\n"
                            "2024-01-01 00:00,1500,0.002,4000,8,2,10,50\n"
                            "2024-01-01 00:15,500,0.001,2000,4,1,5,68\n";
    CsvImportOptions options = inZone("UTC");
    options.values = {column("wh", ImportUnit::WattHour),
                      column("mwh", ImportUnit::MegaWattHour),
                      column("w", ImportUnit::Watt),
                      column("kw", ImportUnit::KiloWatt),
                      column("gas", ImportUnit::CubicMetreGas),
                      column("steam", ImportUnit::KilogramSteam),
                      column("temp", ImportUnit::Fahrenheit)};
    const ImportResult result = importCsv(file, options);
    QVERIFY2(result.report.accepted(), qPrintable(result.report.reasons.join(u';')));
    QCOMPARE(result.series.size(), size_t(7));

    const qint64 first = utc(2024, 1, 1, 0, 0);
    const auto at = [&](int s) { return valueAt(result.series[size_t(s)], first); };
    QVERIFY(std::abs(at(0) - 1.5) < kKWhTolerance);            // 1500 Wh
    QVERIFY(std::abs(at(1) - 2.0) < kKWhTolerance);            // 0.002 MWh
    QVERIFY(std::abs(at(2) - 1.0) < kKWhTolerance);            // 4 kW x 0.25 h
    QVERIFY(std::abs(at(3) - 2.0) < kKWhTolerance);            // 8 kW x 0.25 h
    QVERIFY(std::abs(at(4) - 21.1) < kKWhTolerance);           // 2 m3 x 10.55
    QVERIFY(std::abs(at(5) - 22.6) < kKWhTolerance);           // 10 kg x 2.26
    QVERIFY(std::abs(at(6) - 10.0) < kCelsiusTolerance);       // (50 - 32) x 5/9
    QCOMPARE(result.series[6].kind, SeriesKind::Temperature);
    QVERIFY(std::abs(valueAt(result.series[6], utc(2024, 1, 1, 0, 15)) - 20.0)
            < kCelsiusTolerance);                              // (68 - 32) x 5/9
}

void TestCsvImport::dailyProductionCounts()
{
    const QByteArray file = "date,units\n2024-01-01,120\n2024-01-02,130\n2024-01-04,90\n";
    CsvImportOptions options = inZone("Europe/Berlin");
    options.values = {column("units", ImportUnit::Count)};
    const ImportResult result = importCsv(file, options);

    QVERIFY2(result.report.accepted(), qPrintable(result.report.reasons.join(u';')));
    const ImportedSeries &series = result.series.front();
    QCOMPARE(series.kind, SeriesKind::Count);
    QVERIFY(series.blocks.empty());
    QCOMPARE(series.daily.size(), size_t(3));
    QCOMPARE(series.daily[2].date, QDate(2024, 1, 4));
    QCOMPARE(series.daily[2].value, 90.0);
    QCOMPARE(result.report.missingIntervals, 1);     // 3 January
}

void TestCsvImport::duplicatesIdenticalAndConflicting()
{
    const QByteArray identical = "stamp,kWh\n2024-01-01 00:00,1\n2024-01-01 00:15,2\n"
                                 "2024-01-01 00:15,2\n2024-01-01 00:30,3\n";
    const ImportResult merged = importCsv(identical, inZone("UTC"));
    QVERIFY(merged.report.accepted());
    QCOMPARE(merged.report.identicalDuplicates, 1);
    QCOMPARE(merged.report.duplicates.front().lines, (std::vector<qint64>{3, 4}));
    QVERIFY(std::abs(merged.series.front().total - 6.0) < kKWhTolerance);

    const QByteArray conflicting = "stamp,kWh\n2024-01-01 00:00,1\n2024-01-01 00:15,2\n"
                                   "2024-01-01 00:15,2.5\n2024-01-01 00:30,3\n";
    const ImportResult refused = importCsv(conflicting, inZone("UTC"));
    QVERIFY(!refused.report.accepted());
    QCOMPARE(refused.report.conflictingDuplicates, 1);
    QVERIFY(hasReason(refused.report, RejectReason::ConflictingDuplicate, 4));
}

void TestCsvImport::gapsAndCoverage()
{
    const QByteArray file = "stamp,kWh\n2024-01-01 00:00,1\n2024-01-01 00:15,1\n"
                            "2024-01-01 01:00,1\n2024-01-01 01:15,1\n";
    const ImportResult result = importCsv(file, inZone("UTC"));

    QVERIFY(result.report.accepted());
    QCOMPARE(result.report.gaps.size(), size_t(1));
    QCOMPARE(result.report.gaps.front().fromUtc, utc(2024, 1, 1, 0, 30));
    QCOMPARE(result.report.gaps.front().toUtc, utc(2024, 1, 1, 1, 0));
    QCOMPARE(result.report.missingIntervals, 2);
    const DayCoverage &day = result.series.front().coverage.front();
    QCOMPARE(day.expectedSlots, 96);
    QCOMPARE(day.presentSlots, 4);
}

void TestCsvImport::impossibleValues()
{
    const QByteArray file = "stamp,kWh\n2024-01-01 00:00,1\n2024-01-01 00:15,-1\n"
                            "2024-01-01 00:30,NaN\n2024-01-01 00:45,5\n"
                            "2024-01-01 01:00,abc\n2024-01-01 01:15,\n";
    CsvImportOptions options = inZone("UTC");
    ValueMapping mapping = column("kWh", ImportUnit::KiloWattHour);
    mapping.ratedKW = 10.0;    // limit 1.5 x 10 = 15 kW; 5 kWh in 15 min is 20 kW
    options.values = {mapping};
    const ImportResult result = importCsv(file, options);

    QVERIFY(!result.report.accepted());
    QVERIFY(hasReason(result.report, RejectReason::NegativeValue, 3));
    QVERIFY(hasReason(result.report, RejectReason::NotANumber, 4));
    QVERIFY(hasReason(result.report, RejectReason::ImpossibleValue, 5));
    QVERIFY(hasReason(result.report, RejectReason::NotANumber, 6));
    QCOMPARE(result.report.rejectedLineCount, 4);
    QCOMPARE(result.series.front().emptyCells, 1);    // line 7 leaves its cell empty
}

void TestCsvImport::intervalMustDivideDay()
{
    // 7-minute spacing: 86400 / 420 is not whole.
    const QByteArray file = "stamp,kWh\n2024-01-01 00:00,1\n2024-01-01 00:07,1\n"
                            "2024-01-01 00:14,1\n";
    const ImportResult result = importCsv(file, inZone("UTC"));
    QVERIFY(!result.report.accepted());
    QVERIFY(result.report.reasons.join(u' ').contains(QStringLiteral("420 s")));
}

void TestCsvImport::zoneRequiredForLocalTimes()
{
    const QByteArray file = "stamp,kWh\n2024-01-01 00:00,1\n2024-01-01 00:15,1\n";
    const ImportResult noZone = importCsv(file, CsvImportOptions{});
    QVERIFY(!noZone.report.accepted());
    QVERIFY(noZone.report.reasons.join(u' ').contains(QStringLiteral("time zone")));

    const ImportResult badZone = importCsv(file, inZone("Mars/Olympus_Mons"));
    QVERIFY(!badZone.report.accepted());
    QVERIFY(badZone.report.reasons.join(u' ').contains(QStringLiteral("Unknown time zone")));
}

void TestCsvImport::checksumOfBytes()
{
    // The SHA-256 test vector for "abc" (FIPS 180-2).
    const ImportResult result = importCsv(QByteArrayLiteral("abc"), CsvImportOptions{});
    QCOMPARE(result.sha256Hex,
             QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QVERIFY(!result.report.accepted());
}

void TestCsvImport::previewShowsDetectedColumns()
{
    const QByteArray file = "site;Datum;Uhrzeit;kWh;Bemerkung\n"
                            "A;13.01.2024;00:00;1,5;ok\n"
                            "A;13.01.2024;00:15;2,5;ok\n";
    const Result<CsvPreview> preview = previewCsv(file, 10);
    QVERIFY(preview.ok());
    QCOMPARE(preview->separator, ';');
    QCOMPARE(preview->decimalMark, ',');
    QCOMPARE(preview->timestampColumn, 1);
    QCOMPARE(preview->timeColumn, 2);
    QCOMPARE(preview->timestampFormat, QStringLiteral("DD.MM.YYYY"));
    QCOMPARE(preview->numericColumns, std::vector<int>{3});
    QCOMPARE(preview->rows.size(), size_t(2));
    QCOMPARE(preview->rows[1][3], QStringLiteral("2,5"));
}

void TestCsvImport::reportAsJson()
{
    const QByteArray file = "stamp,kWh\n2024-01-01 00:00,1\n2024-01-01 00:15,x\n";
    const QJsonObject json = importReportToJson(importCsv(file, inZone("UTC")).report);
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    const QJsonObject first =
        json.value(QStringLiteral("rejected_lines")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(first.value(QStringLiteral("reason")).toString(), QStringLiteral("not_a_number"));
}

void TestCsvImport::sampleFile()
{
    // Two days of a steel-plant style export: 15-min kWh, DD/MM/YYYY, interval-end
    // stamps, midnight written on the day that ended.
    const QByteArray file = readData(QStringLiteral("steel_dmy_end.csv"));
    QVERIFY(!file.isEmpty());
    CsvImportOptions options = inZone("UTC");
    options.stamps = StampConvention::IntervalEnd;
    options.values = {column("Usage_kWh", ImportUnit::KiloWattHour)};
    const ImportResult result = importCsv(file, options);

    QVERIFY2(result.report.accepted(), qPrintable(result.report.reasons.join(u';')));
    QCOMPARE(result.report.rowsRead, 192);
    QCOMPARE(result.report.midnightAsSameDay.size(), size_t(2));
    QCOMPARE(result.series.front().blocks.size(), size_t(2));
    for (const DayCoverage &day : result.series.front().coverage)
        QCOMPARE(day.presentSlots, 96);
}

void TestCsvImport::brokenFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");    // a word the report must contain

    QTest::newRow("empty") << "empty.csv" << "empty";
    QTest::newRow("binary junk") << "junk.bin" << "binary";
    QTest::newRow("truncated last line") << "truncated.csv" << "field(s)";
    QTest::newRow("wrong column counts") << "wrong_columns.csv" << "field(s)";
    QTest::newRow("text in numbers") << "text_in_numbers.csv" << "not a number";
    QTest::newRow("dates that do not exist") << "nonexistent_dates.csv" << "exists";
    QTest::newRow("header only") << "header_only.csv" << "no data";
    QTest::newRow("unterminated quote") << "unterminated_quote.csv" << "never closed";
}

void TestCsvImport::brokenFiles()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);

    QFile file(QStringLiteral(ENMS_TEST_DATA_DIR "/import/broken/") + name);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = importCsv(file.readAll(), inZone("Europe/Berlin"));

    QVERIFY(timer.elapsed() < kBrokenFileBudgetMs);
    QVERIFY(!result.report.accepted());
    QVERIFY2(result.report.reasons.join(u' ').contains(expected, Qt::CaseInsensitive),
             qPrintable(result.report.reasons.join(u';')));
}

void TestCsvImport::thirtyMegabyteLine()
{
    constexpr qsizetype kThirtyMegabytes = 30 * 1024 * 1024;
    const QByteArray oneLine = QByteArray("2024-01-01 00:00,")
                               + QByteArray(kThirtyMegabytes, '7');
    const QByteArray noNewline = QByteArray(kThirtyMegabytes, 'x');

    for (const QByteArray &file : {oneLine, noNewline}) {
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = importCsv(file, inZone("UTC"));
        QVERIFY(timer.elapsed() < kBrokenFileBudgetMs);
        QVERIFY(!result.report.accepted());
        QVERIFY(!result.report.reasons.isEmpty());
    }
}

QTEST_APPLESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
