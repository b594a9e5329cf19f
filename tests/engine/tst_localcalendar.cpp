// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/time/localcalendar.h"

#include <QTest>

using Enms::Engine::LocalCalendar;

class TestLocalCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dayLength_data();
    void dayLength();
    void localDateAcrossMidnight();
    void offsetMatchesQTimeZone();
};

void TestLocalCalendar::dayLength_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<double>("hours");

    QTest::newRow("LA spring forward") << "America/Los_Angeles" << QDate(2025, 3, 9) << 23.0;
    QTest::newRow("LA fall back") << "America/Los_Angeles" << QDate(2025, 11, 2) << 25.0;
    QTest::newRow("LA ordinary") << "America/Los_Angeles" << QDate(2025, 6, 1) << 24.0;
    QTest::newRow("Berlin spring forward") << "Europe/Berlin" << QDate(2025, 3, 30) << 23.0;
    QTest::newRow("Berlin fall back") << "Europe/Berlin" << QDate(2025, 10, 26) << 25.0;
    QTest::newRow("UTC") << "UTC" << QDate(2025, 3, 30) << 24.0;
    // Beyond 2037 the zone database states DST as a rule, not as listed transitions.
    QTest::newRow("Berlin 2045 fall back") << "Europe/Berlin" << QDate(2045, 10, 29) << 25.0;
    QTest::newRow("LA 2060 spring forward") << "America/Los_Angeles" << QDate(2060, 3, 14)
                                            << 23.0;
}

void TestLocalCalendar::dayLength()
{
    QFETCH(QString, zone);
    QFETCH(QDate, date);
    QFETCH(double, hours);

    const LocalCalendar calendar(QTimeZone(zone.toUtf8()));
    QVERIFY(calendar.isValid());
    QCOMPARE(calendar.dayLengthHours(date), hours);
}

void TestLocalCalendar::localDateAcrossMidnight()
{
    const LocalCalendar la(QTimeZone("America/Los_Angeles"));
    // 2025-06-02T06:30Z is 23:30 on 1 June in Los Angeles (UTC-7 in summer).
    const qint64 utc = QDateTime(QDate(2025, 6, 2), QTime(6, 30), Qt::UTC).toSecsSinceEpoch();
    QCOMPARE(la.localDate(utc), QDate(2025, 6, 1));
    QCOMPARE(la.secondsOfLocalDay(utc), 23 * 3600 + 30 * 60);
    QCOMPARE(la.startOfDayUtc(QDate(2025, 6, 1)),
             QDateTime(QDate(2025, 6, 1), QTime(7, 0), Qt::UTC).toSecsSinceEpoch());
}

void TestLocalCalendar::offsetMatchesQTimeZone()
{
    const QTimeZone zone("Europe/Berlin");
    const LocalCalendar berlin(zone);
    const qint64 start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    for (qint64 t = start; t < start + 40 * 366 * 86400LL; t += 5 * 3600 + 17) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        QCOMPARE(berlin.offsetSeconds(t), zone.offsetFromUtc(at));
    }
}

QTEST_APPLESS_MAIN(TestLocalCalendar)
#include "tst_localcalendar.moc"
