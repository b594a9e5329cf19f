// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/import/greenbutton.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

#include <cmath>

using namespace Enms::Engine;

namespace {

constexpr double kKWhTolerance = 1e-9;

qint64 utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toSecsSinceEpoch();
}

double valueAt(const ImportedSeries &series, qint64 startUtc)
{
    for (const DayBlock &block : series.blocks) {
        if (block.utcDay == startUtc / 86400)
            return block.values[size_t((startUtc % 86400) / block.intervalSeconds)];
    }
    return std::nan("");
}

QByteArray sampleFeed()
{
    QFile file(QStringLiteral(ENMS_TEST_DATA_DIR "/import/greenbutton_15min.xml"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A bare IntervalBlock document with one ReadingType, as some portals export.
QByteArray bareBlock(int uom, int powerOfTen, const QByteArray &readings)
{
    return "<espi:UsagePoint xmlns:espi=\"http://naesb.org/espi\">"
           "<espi:ReadingType><espi:uom>" + QByteArray::number(uom)
           + "</espi:uom><espi:powerOfTenMultiplier>" + QByteArray::number(powerOfTen)
           + "</espi:powerOfTenMultiplier></espi:ReadingType><espi:IntervalBlock>"
           + readings + "</espi:IntervalBlock></espi:UsagePoint>";
}

QByteArray reading(qint64 start, int duration, const char *value)
{
    return "<espi:IntervalReading><espi:timePeriod><espi:duration>"
           + QByteArray::number(duration) + "</espi:duration><espi:start>"
           + QByteArray::number(start) + "</espi:start></espi:timePeriod><espi:value>"
           + value + "</espi:value></espi:IntervalReading>";
}

} // namespace

class TestGreenButton : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feedWithLinkedReadingType();
    void powerOfTenMultiplier();
    void meanDemandInWatts();
    void unsupportedUnitRefused();
    void brokenXmlRefused();
    void nonIntegerValueRejected();
    void emptyDocumentRefused();
};

void TestGreenButton::feedWithLinkedReadingType()
{
    GreenButtonOptions options;
    options.targetId = QStringLiteral("seu-1");
    options.timeZoneId = QStringLiteral("America/Los_Angeles");
    const ImportResult result = importGreenButton(sampleFeed(), options);

    QVERIFY2(result.report.accepted(), qPrintable(result.report.reasons.join(u';')));
    QCOMPARE(result.report.format, QStringLiteral("greenbutton"));
    QCOMPARE(result.report.rowsRead, 4);
    QCOMPARE(result.report.intervalSeconds, 900);
    const ImportedSeries &series = result.series.front();
    QCOMPARE(series.targetId, QStringLiteral("seu-1"));
    // 1250 Wh = 1.25 kWh at 00:00Z; 750 Wh at 00:15Z.
    QVERIFY(std::abs(valueAt(series, utc(2024, 1, 1, 0, 0)) - 1.25) < kKWhTolerance);
    QVERIFY(std::abs(valueAt(series, utc(2024, 1, 1, 0, 15)) - 0.75) < kKWhTolerance);
    // 1.25 + 0.75 + 2.0 + 0.5
    QVERIFY(std::abs(series.total - 4.5) < kKWhTolerance);
    // 00:45Z is missing between the readings at 00:30Z and 01:00Z.
    QCOMPARE(result.report.missingIntervals, 1);
    QCOMPARE(result.report.gaps.front().fromUtc, utc(2024, 1, 1, 0, 45));
    QVERIFY(result.report.notes.front().contains(QStringLiteral("code 8")));
}

void TestGreenButton::powerOfTenMultiplier()
{
    const qint64 start = utc(2024, 6, 1, 0, 0);
    const QByteArray xml = bareBlock(72, 3, reading(start, 3600, "2") + reading(start + 3600,
                                                                              3600, "3"));
    const ImportResult result = importGreenButton(xml, GreenButtonOptions{});

    QVERIFY2(result.report.accepted(), qPrintable(result.report.reasons.join(u';')));
    // 2 x 10^3 Wh = 2 kWh.
    QVERIFY(std::abs(valueAt(result.series.front(), start) - 2.0) < kKWhTolerance);
    QCOMPARE(result.report.intervalSeconds, 3600);
}

void TestGreenButton::meanDemandInWatts()
{
    const qint64 start = utc(2024, 6, 1, 0, 0);
    const QByteArray xml = bareBlock(38, 0, reading(start, 900, "4000")
                                                + reading(start + 900, 900, "8000"));
    const ImportResult result = importGreenButton(xml, GreenButtonOptions{});

    QVERIFY(result.report.accepted());
    // 8000 W for a quarter hour is 2 kWh.
    QVERIFY(std::abs(valueAt(result.series.front(), start + 900) - 2.0) < kKWhTolerance);
}

void TestGreenButton::unsupportedUnitRefused()
{
    const qint64 start = utc(2024, 6, 1, 0, 0);
    const QByteArray xml = bareBlock(169, 0, reading(start, 900, "1")
                                                 + reading(start + 900, 900, "1"));
    const ImportResult result = importGreenButton(xml, GreenButtonOptions{});
    QVERIFY(!result.report.accepted());
    QVERIFY(result.report.reasons.join(u' ').contains(QStringLiteral("169")));
}

void TestGreenButton::brokenXmlRefused()
{
    QByteArray xml = sampleFeed();
    xml.truncate(xml.size() / 2);
    const ImportResult result = importGreenButton(xml, GreenButtonOptions{});
    QVERIFY(!result.report.accepted());
    QVERIFY(result.report.reasons.join(u' ').contains(QStringLiteral("not well formed")));
    QVERIFY(result.series.empty());
}

void TestGreenButton::nonIntegerValueRejected()
{
    const qint64 start = utc(2024, 6, 1, 0, 0);
    const QByteArray xml = bareBlock(72, 0, reading(start, 900, "10")
                                                + reading(start + 900, 900, "ten")
                                                + reading(start + 1800, 900, "12"));
    const ImportResult result = importGreenButton(xml, GreenButtonOptions{});
    QVERIFY(!result.report.accepted());
    QCOMPARE(result.report.rejectedLineCount, 1);
    QCOMPARE(result.report.rejected.front().reason, RejectReason::NotANumber);
}

void TestGreenButton::emptyDocumentRefused()
{
    const ImportResult result = importGreenButton(QByteArrayLiteral("<feed/>"),
                                                  GreenButtonOptions{});
    QVERIFY(!result.report.accepted());
    QVERIFY(result.report.reasons.join(u' ').contains(QStringLiteral("no interval")));
}

QTEST_APPLESS_MAIN(TestGreenButton)
#include "tst_greenbutton.moc"
