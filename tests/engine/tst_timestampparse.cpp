// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/import/localtimeresolver.h"
#include "engine/import/timestampparse.h"
#include "engine/time/localcalendar.h"

#include <QDateTime>
#include <QTest>

using namespace Enms::Engine;

Q_DECLARE_METATYPE(StampParts::Kind)

namespace {

qint64 utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toSecsSinceEpoch();
}

// Wall-clock seconds of a local date and time, as the importer counts them.
qint64 wall(int y, int mo, int d, int h, int mi)
{
    return utc(y, mo, d, h, mi);
}

} // namespace

class TestTimestampParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisedForms_data();
    void recognisedForms();
    void refusedForms_data();
    void refusedForms();
    void assembleMatchesQDateTime_data();
    void assembleMatchesQDateTime();
    void datesThatDoNotExist_data();
    void datesThatDoNotExist();
    void daysSinceEpochMatchesJulianDays();
    void twoColumns();
    void dateOrderFromEvidence();
    void dateOrderRefused();
    void dstRepeatResolvedByOrder_data();
    void dstRepeatResolvedByOrder();
    void dstGapDetected_data();
    void dstGapDetected();
};

void TestTimestampParse::recognisedForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<StampParts::Kind>("kind");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("second");
    QTest::addColumn<int>("secondsOfDay");
    QTest::addColumn<bool>("hasOffset");
    QTest::addColumn<int>("offsetSeconds");

    using K = StampParts::Kind;
    QTest::newRow("ISO Z") << "2024-03-05T14:30:00Z" << K::DateTime << 2024 << 3 << 5
                           << 52200 << true << 0;
    QTest::newRow("ISO offset") << "2024-03-05T14:30+01:00" << K::DateTime << 2024 << 3 << 5
                                << 52200 << true << 3600;
    QTest::newRow("ISO negative offset compact") << "2024-03-05T14:30:00-0800" << K::DateTime
                                                 << 2024 << 3 << 5 << 52200 << true << -28800;
    QTest::newRow("ISO local with space") << "2024-03-05 14:30" << K::DateTime << 2024 << 3
                                          << 5 << 52200 << false << 0;
    QTest::newRow("ISO with seconds") << "2024-03-05 14:30:15" << K::DateTime << 2024 << 3
                                      << 5 << 52215 << false << 0;
    QTest::newRow("slashes day first") << "25/03/2024 14:30" << K::DateTime << 2024 << 25
                                       << 3 << 52200 << false << 0;
    QTest::newRow("US with PM") << "3/25/2024 2:30 PM" << K::DateTime << 2024 << 3 << 25
                                << 52200 << false << 0;
    QTest::newRow("12 AM is midnight") << "3/25/2024 12:15 am" << K::DateTime << 2024 << 3
                                       << 25 << 900 << false << 0;
    QTest::newRow("dotted") << "25.03.2024 14:30" << K::DateTime << 2024 << 25 << 3 << 52200
                            << false << 0;
    QTest::newRow("24:00") << "2024-03-05 24:00" << K::DateTime << 2024 << 3 << 5 << 86400
                           << false << 0;
    QTest::newRow("date only") << "2024-03-05" << K::DateOnly << 2024 << 3 << 5 << 0 << false
                               << 0;
    QTest::newRow("year first slashes") << "2024/03/05 00:15" << K::DateTime << 2024 << 3
                                        << 5 << 900 << false << 0;
    QTest::newRow("padded") << "  2024-03-05 00:15 " << K::DateTime << 2024 << 3 << 5 << 900
                            << false << 0;
}

void TestTimestampParse::recognisedForms()
{
    QFETCH(QString, text);
    QFETCH(StampParts::Kind, kind);
    QFETCH(int, year);
    QFETCH(int, first);
    QFETCH(int, second);
    QFETCH(int, secondsOfDay);
    QFETCH(bool, hasOffset);
    QFETCH(int, offsetSeconds);

    const QByteArray utf8 = text.toUtf8();
    const StampParts parts = parseStamp(std::string_view(utf8.constData(), utf8.size()));
    QCOMPARE(parts.kind, kind);
    QCOMPARE(parts.year, year);
    QCOMPARE(parts.first, first);
    QCOMPARE(parts.second, second);
    QCOMPARE(parts.secondsOfDay, secondsOfDay);
    QCOMPARE(parts.hasOffset, hasOffset);
    QCOMPARE(parts.offsetSeconds, offsetSeconds);
}

void TestTimestampParse::refusedForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("word") << "Timestamp";
    QTest::newRow("time alone") << "14:30";
    QTest::newRow("half a date") << "2024-03";
    QTest::newRow("trailing words") << "2024-03-05 14:30 tomorrow";
    QTest::newRow("short number") << "12345";
    QTest::newRow("two-digit year") << "05/03/24 14:30";
    QTest::newRow("offset too large") << "2024-03-05T14:30+15:00";
    QTest::newRow("mixed separators") << "2024-03/05 14:30";
    QTest::newRow("13 PM") << "3/25/2024 13:30 PM";
}

void TestTimestampParse::refusedForms()
{
    QFETCH(QString, text);
    const QByteArray utf8 = text.toUtf8();
    QVERIFY(!parseStamp(std::string_view(utf8.constData(), utf8.size())).isValid());
}

void TestTimestampParse::assembleMatchesQDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("order");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("isUtc");

    const int dmy = int(DateOrder::DayMonthYear), mdy = int(DateOrder::MonthDayYear);
    const int ymd = int(DateOrder::YearMonthDay);
    QTest::newRow("ISO Z") << "2024-03-05T14:30:00Z" << ymd << utc(2024, 3, 5, 14, 30)
                           << true;
    // 14:30 at +01:00 is 13:30 UTC.
    QTest::newRow("ISO +01:00") << "2024-03-05T14:30+01:00" << ymd << utc(2024, 3, 5, 13, 30)
                                << true;
    QTest::newRow("day first") << "05/03/2024 14:30" << dmy << wall(2024, 3, 5, 14, 30)
                               << false;
    QTest::newRow("month first") << "05/03/2024 14:30" << mdy << wall(2024, 5, 3, 14, 30)
                                 << false;
    QTest::newRow("dotted is always day first") << "05.03.2024 14:30" << mdy
                                                << wall(2024, 3, 5, 14, 30) << false;
    QTest::newRow("24:00 is next midnight") << "2024-02-29 24:00" << ymd
                                            << wall(2024, 3, 1, 0, 0) << false;
    QTest::newRow("unix") << "1709649000" << ymd << qint64(1709649000) << true;
    QTest::newRow("2000 is leap") << "2000-02-29 23:45" << ymd << wall(2000, 2, 29, 23, 45)
                                  << false;
}

void TestTimestampParse::assembleMatchesQDateTime()
{
    QFETCH(QString, text);
    QFETCH(int, order);
    QFETCH(qint64, expected);
    QFETCH(bool, isUtc);

    const QByteArray utf8 = text.toUtf8();
    const StampParts parts = parseStamp(std::string_view(utf8.constData(), utf8.size()));
    const AssembledStamp stamp = assembleStamp(parts, DateOrder(order));
    QCOMPARE(stamp.error, StampError::None);
    QCOMPARE(stamp.seconds, expected);
    QCOMPARE(stamp.isUtc, isUtc);
}

void TestTimestampParse::datesThatDoNotExist_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("order");
    const int dmy = int(DateOrder::DayMonthYear), mdy = int(DateOrder::MonthDayYear);
    QTest::newRow("31 April") << "31/04/2024 00:00" << dmy;
    QTest::newRow("29 Feb common year") << "29/02/2023 00:00" << dmy;
    QTest::newRow("month 13 read month first") << "13/01/2024 00:00" << mdy;
    QTest::newRow("hour 25") << "2024-01-01 25:00" << int(DateOrder::YearMonthDay);
    QTest::newRow("minute 61") << "2024-01-01 10:61" << int(DateOrder::YearMonthDay);
    QTest::newRow("24:15") << "2024-01-01 24:15" << int(DateOrder::YearMonthDay);
    QTest::newRow("year 2324") << "13/01/2324 00:00" << int(DateOrder::DayMonthYear);
    QTest::newRow("year 1969") << "1969-12-31 23:45" << int(DateOrder::YearMonthDay);
}

void TestTimestampParse::datesThatDoNotExist()
{
    QFETCH(QString, text);
    QFETCH(int, order);
    const QByteArray utf8 = text.toUtf8();
    const StampParts parts = parseStamp(std::string_view(utf8.constData(), utf8.size()));
    QVERIFY(parts.isValid());
    QCOMPARE(assembleStamp(parts, DateOrder(order)).error, StampError::DateDoesNotExist);
}

void TestTimestampParse::daysSinceEpochMatchesJulianDays()
{
    // QDate's Julian day of 1970-01-01 is 2440588; every date of the supported range
    // must agree with Qt's own calendar.
    constexpr qint64 kJulianDayOfEpoch = 2440588;
    for (QDate date(1800, 1, 1); date.year() < 2400; date = date.addDays(1)) {
        const qint64 expected = date.toJulianDay() - kJulianDayOfEpoch;
        if (daysSinceEpoch(date.year(), date.month(), date.day()) != expected)
            QFAIL(qPrintable(date.toString(Qt::ISODate)));
    }
}

void TestTimestampParse::twoColumns()
{
    const StampParts date = parseStamp("05.03.2024");
    const StampParts time = parseTimeOfDay("14:30:00");
    QCOMPARE(date.kind, StampParts::Kind::DateOnly);
    QCOMPARE(time.kind, StampParts::Kind::TimeOnly);

    const StampParts joined = combineDateAndTime(date, time);
    QCOMPARE(joined.kind, StampParts::Kind::DateTime);
    QCOMPARE(assembleStamp(joined, DateOrder::Auto).seconds, wall(2024, 3, 5, 14, 30));
    QVERIFY(!combineDateAndTime(time, date).isValid());
}

void TestTimestampParse::dateOrderFromEvidence()
{
    DateOrderEvidence dayFirst;
    dayFirst.add(parseStamp("01/02/2024 00:00"), 2);
    dayFirst.add(parseStamp("13/02/2024 00:00"), 3);    // 13 can only be a day
    const DateOrderDecision dmy = decideDateOrder(dayFirst, DateOrder::Auto);
    QVERIFY(dmy.ok);
    QCOMPARE(dmy.order, DateOrder::DayMonthYear);

    DateOrderEvidence monthFirst;
    monthFirst.add(parseStamp("01/02/2024 00:00"), 2);
    monthFirst.add(parseStamp("02/13/2024 00:00"), 9);
    QCOMPARE(decideDateOrder(monthFirst, DateOrder::Auto).order, DateOrder::MonthDayYear);

    DateOrderEvidence iso;
    iso.add(parseStamp("2024-02-01 00:00"), 2);
    QCOMPARE(decideDateOrder(iso, DateOrder::Auto).order, DateOrder::YearMonthDay);
}

void TestTimestampParse::dateOrderRefused()
{
    DateOrderEvidence undecided;
    undecided.add(parseStamp("01/02/2024 00:00"), 2);
    undecided.add(parseStamp("12/11/2024 00:00"), 3);
    const DateOrderDecision refused = decideDateOrder(undecided, DateOrder::Auto);
    QVERIFY(!refused.ok);
    QVERIFY(refused.message.contains(QStringLiteral("dmy or mdy")));

    // The caller who knows the source decides.
    const DateOrderDecision told = decideDateOrder(undecided, DateOrder::MonthDayYear);
    QVERIFY(told.ok);
    QCOMPARE(told.order, DateOrder::MonthDayYear);

    DateOrderEvidence contradictory;
    contradictory.add(parseStamp("13/02/2024 00:00"), 7);
    contradictory.add(parseStamp("02/13/2024 00:00"), 42);
    const DateOrderDecision mixed = decideDateOrder(contradictory, DateOrder::Auto);
    QVERIFY(!mixed.ok);
    QVERIFY(mixed.message.contains(QStringLiteral("line 7")));
    QVERIFY(mixed.message.contains(QStringLiteral("line 42")));
}

void TestTimestampParse::dstRepeatResolvedByOrder_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qint64>("repeatedWall");
    QTest::addColumn<qint64>("firstUtc");
    QTest::addColumn<qint64>("secondUtc");

    // Berlin, 27 Oct 2024: 02:30 happens at +02:00 (00:30 UTC), then at +01:00 (01:30).
    QTest::newRow("Berlin") << "Europe/Berlin" << wall(2024, 10, 27, 2, 30)
                            << utc(2024, 10, 27, 0, 30) << utc(2024, 10, 27, 1, 30);
    // Los Angeles, 3 Nov 2024: 01:30 at -07:00 (08:30 UTC), then at -08:00 (09:30 UTC).
    QTest::newRow("Los Angeles") << "America/Los_Angeles" << wall(2024, 11, 3, 1, 30)
                                 << utc(2024, 11, 3, 8, 30) << utc(2024, 11, 3, 9, 30);
}

void TestTimestampParse::dstRepeatResolvedByOrder()
{
    QFETCH(QString, zone);
    QFETCH(qint64, repeatedWall);
    QFETCH(qint64, firstUtc);
    QFETCH(qint64, secondUtc);

    const LocalCalendar calendar{QTimeZone(zone.toUtf8())};
    LocalTimeResolver resolver(calendar);
    const auto first = resolver.resolve(repeatedWall);
    const auto second = resolver.resolve(repeatedWall);
    QCOMPARE(first.kind, LocalTimeResolver::Kind::FirstOfRepeat);
    QCOMPARE(first.utcSecs, firstUtc);
    QCOMPARE(second.kind, LocalTimeResolver::Kind::SecondOfRepeat);
    QCOMPARE(second.utcSecs, secondUtc);

    // An hour later the clock is unambiguous again.
    const auto after = resolver.resolve(repeatedWall + 3600);
    QCOMPARE(after.kind, LocalTimeResolver::Kind::Unique);
    QCOMPARE(after.utcSecs, secondUtc + 3600);
}

void TestTimestampParse::dstGapDetected_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qint64>("skippedWall");
    QTest::addColumn<qint64>("jumpUtc");

    // Berlin, 31 Mar 2024: 02:00 CET became 03:00 CEST at 01:00 UTC.
    QTest::newRow("Berlin") << "Europe/Berlin" << wall(2024, 3, 31, 2, 30)
                            << utc(2024, 3, 31, 1, 0);
    // Los Angeles, 10 Mar 2024: 02:00 PST became 03:00 PDT at 10:00 UTC.
    QTest::newRow("Los Angeles") << "America/Los_Angeles" << wall(2024, 3, 10, 2, 15)
                                 << utc(2024, 3, 10, 10, 0);
}

void TestTimestampParse::dstGapDetected()
{
    QFETCH(QString, zone);
    QFETCH(qint64, skippedWall);
    QFETCH(qint64, jumpUtc);

    const LocalCalendar calendar{QTimeZone(zone.toUtf8())};
    LocalTimeResolver resolver(calendar);
    QCOMPARE(resolver.resolve(skippedWall).kind, LocalTimeResolver::Kind::InGap);
    QCOMPARE(resolver.earliestUtc(skippedWall), jumpUtc);
}

QTEST_APPLESS_MAIN(TestTimestampParse)
#include "tst_timestampparse.moc"
