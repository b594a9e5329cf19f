// SPDX-License-Identifier: GPL-3.0-or-later
// The management-review PDF from hand-filled reviews, read back with pdftotext: names
// typed by users print literally, every page carries its bands, the table figures
// appear with thousands separators, and a long review runs over several pages.
#include "models/performance/sitereview.h"
#include "models/reports/deviationchart.h"
#include "models/reports/reviewcharts.h"
#include "models/reports/reviewpdf.h"

#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Enms;
using namespace Enms::Engine;

namespace {

const QString kSiteName = QStringLiteral("Plant <i>&'A'");
const QString kPressName = QStringLiteral("Press <b>&'1'");
const QString kOvenName = QStringLiteral("Oven-2");
const QString kPlanId = QStringLiteral("AP-<7>&'x'");
// A baseline id as stored (a UUID) with an ampersand, which must print literally.
const QString kBaselineId = QStringLiteral("7&8b1c2d-aaaa-4bbb-8ccc-123456789abc");
// The window the bands must name: 30 local days before 2026-12-01.
const QString kPeriodText = QStringLiteral("2026-11-01 – 2026-11-30 (month, 30 days)");

// The press: 12,345.6 kWh against an accepted baseline of 11,000 kWh:
// deviation 1,345.6 kWh = 12.233 % (requires attention, 5 < d <= 15),
// cost 12,345.6 × 0.15 = 1,851.84 USD, CO2 12,345.6 × 0.45 = 5,555.52 kg,
// covered 690 of 720 hours = 95.83 %.
constexpr double kPressKWh = 12345.6;
constexpr double kPressExpectedKWh = 11000.0;
// The oven: 2,500 kWh of gas, 30-day mean 2,700 kWh: −200 kWh = −7.407 % (excellent),
// cost 2,500 × 0.045 = 112.50 USD, CO2 2,500 × 0.181 = 452.5 kg, fully covered.
constexpr double kOvenKWh = 2500.0;
constexpr double kOvenExpectedKWh = 2700.0;
// The day without readings in the day-by-day comparison.
const QDate kGapDate(2026, 11, 10);
// The press's running deviation: 1,345.6 / 30 = 44.853 kWh a day, 29 days with data.
constexpr double kPressDailyDeviationKWh = (kPressKWh - kPressExpectedKWh) / 30.0;
constexpr double kKWhTolerance = 1e-9;

PeriodPerformance seu(const QString &name, EnergyCarrier carrier, double actual,
                      double expected, double price, double co2PerKWh)
{
    PeriodPerformance row;
    row.seuId = name + QStringLiteral("-id");
    row.seuName = name;
    row.carrier = carrier;
    row.firstDate = QDate(2026, 11, 1);
    row.lastDate = QDate(2026, 11, 30);
    row.daysWithData = 30;
    row.windowHours = 720.0;
    row.coveredHours = 720.0;
    row.actualKWh = actual;
    row.expectedKWh = expected;
    row.deviationKWh = actual - expected;
    row.deviationPercent = 100.0 * (actual - expected) / expected;
    row.pricePerKWh = price;
    row.costAmount = actual * price;
    row.deviationCost = (actual - expected) * price;
    row.co2Kg = actual * co2PerKWh;
    return row;
}

// Every day of November but the 10th has readings, each with a thirtieth of the
// window's actual and expected energy.
void addDays(PeriodPerformance &row)
{
    for (QDate date = row.firstDate; date <= row.lastDate; date = date.addDays(1)) {
        if (date != kGapDate)
            row.days.push_back({date, row.actualKWh / 30.0, *row.expectedKWh / 30.0});
    }
}

Opportunity opportunity(int rank, const PeriodPerformance &row, IssueType type,
                        double kwh, double cost, int roiDays)
{
    Opportunity found;
    found.rank = rank;
    found.seuId = row.seuId;
    found.seuName = row.seuName;
    found.carrier = row.carrier;
    found.type = type;
    found.savingsKWh = kwh;
    found.savingsCost = cost;
    found.effort = Effort::Low;
    found.roiDays = roiDays;
    return found;
}

SiteReview smallReview()
{
    SiteReview review;
    review.site.id = QStringLiteral("site-1");
    review.site.name = kSiteName;
    review.site.timeZoneId = QStringLiteral("America/Los_Angeles");
    review.site.currency = QStringLiteral("USD");
    review.period = AnalysisPeriod::Month;
    review.endDate = QDate(2026, 12, 1);
    review.firstDate = QDate(2026, 11, 1);
    review.lastDate = QDate(2026, 11, 30);
    review.generatedAtUtc = QDateTime(QDate(2026, 12, 3), QTime(18, 40), Qt::UTC);

    PeriodPerformance press = seu(kPressName, EnergyCarrier::Electricity, kPressKWh,
                                  kPressExpectedKWh, 0.15, 0.45);
    press.status = IsoStatus::RequiresAttention;
    press.baselineSource = BaselineSource::AcceptedBaseline;
    press.coveredHours = 690.0;
    PeriodPerformance oven = seu(kOvenName, EnergyCarrier::NaturalGas, kOvenKWh,
                                 kOvenExpectedKWh, 0.045, 0.181);
    oven.status = IsoStatus::Excellent;
    addDays(press);
    addDays(oven);
    review.seus = {press, oven};
    review.acceptedBaselines[press.seuId] = kBaselineId;

    // Totals by hand: actual 12,345.6 + 2,500 = 14,845.6 kWh; expected 13,700 kWh;
    // deviation 1,145.6 kWh = 8.362 %; cost 1,851.84 + 112.50 = 1,964.34 USD;
    // CO2 5,555.52 + 452.5 = 6,008.02 kg = 6.01 t.
    review.totals.actualKWh = 14845.6;
    review.totals.expectedKWh = 13700.0;
    review.totals.actualKWhWithExpected = 14845.6;
    review.totals.deviationKWh = 1145.6;
    review.totals.deviationPercent = 100.0 * 1145.6 / 13700.0;
    review.totals.costAmount = 1964.34;
    review.totals.deviationCost = 1345.6 * 0.15 - 200.0 * 0.045;
    review.totals.co2Kg = 6008.02;
    review.totals.seusWithExpected = 2;

    // Savings 3,210.4 kWh × 0.15 = 481.56 USD and 640 kWh × 0.045 = 28.80 USD;
    // together 3,850.4 kWh and 510.36 USD.
    review.opportunities.opportunities = {
        opportunity(1, press, IssueType::InefficientScheduling, 3210.4, 481.56, 42),
        opportunity(2, oven, IssueType::ExcessiveIdle, 640.0, 28.80, 1234)};
    review.opportunities.totalSavingsKWh = 3850.4;
    review.opportunities.totalSavingsCost = 510.36;

    PlanSummary plan;
    plan.id = kPlanId;
    plan.seuId = press.seuId;
    plan.seuName = kPressName;
    plan.issueType = QStringLiteral("inefficient_scheduling");
    plan.status = PlanStatus::InProgress;
    plan.targetDate = QDate(2027, 1, 31);
    review.plans = {plan};
    return review;
}

// Sixty more SEUs and as many opportunities: more rows than one page holds.
SiteReview largeReview()
{
    SiteReview review = smallReview();
    for (int i = 0; i < 60; ++i) {
        PeriodPerformance row = seu(QStringLiteral("Line-%1").arg(i + 1),
                                    EnergyCarrier::Electricity, 1000.0 + i, 1000.0, 0.15, 0.45);
        review.seus.push_back(row);
        review.opportunities.opportunities.push_back(
            opportunity(3 + i, row, IssueType::BaselineDrift, 10.0, 1.5, 100));
    }
    return review;
}

QStringList pdfPages(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

class TestReviewPdf final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void htmlEscapesUserText();
    void userTextPrintsLiterally();
    void tableFiguresAreFormatted();
    void summaryStatesTheTotals();
    void everyPageHasItsBands();
    void unwritablePathIsAClearError();
    void deviationChartSumsTheBaselineDays();
    void noPageEndsWithAHeading();

private:
    QStringList writeAndRead(const SiteReview &review, const QString &name, int *pages);

    QTemporaryDir m_out;
    QString m_text;     // the small review's PDF as text
};

void TestReviewPdf::initTestCase()
{
    QVERIFY(m_out.isValid());
    // To look at the pages: ENMS_KEEP_TEST_PDF=1 keeps the folder and prints its path.
    if (qEnvironmentVariableIsSet("ENMS_KEEP_TEST_PDF")) {
        m_out.setAutoRemove(false);
        qInfo("PDFs in %s", qPrintable(m_out.path()));
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    int pages = 0;
    m_text = writeAndRead(smallReview(), QStringLiteral("small.pdf"), &pages).join(u'\n');
    QVERIFY2(!m_text.isEmpty(), "pdftotext (poppler-utils) could not read the PDF");
}

// One line, for the SEU judged against its accepted baseline (the oven's thirty-day
// mean would only draw its weekly rhythm); flat on the day without readings; drawn in
// the PDF with its final value in the legend.
void TestReviewPdf::deviationChartSumsTheBaselineDays()
{
    const DeviationChart chart = DeviationCharts::cumulativeDeviation(smallReview());
    QCOMPARE(chart.lines.size(), size_t(1));
    const DeviationChart::Line &press = chart.lines.front();
    QCOMPARE(press.name, kPressName);
    QCOMPARE(press.cumulativeKWh.size(), size_t(30));
    QVERIFY(std::abs(press.cumulativeKWh[0] - kPressDailyDeviationKWh) < kKWhTolerance);
    QCOMPARE(press.cumulativeKWh[9], press.cumulativeKWh[8]);      // 10 November
    QVERIFY(std::abs(press.cumulativeKWh.back() - 29 * kPressDailyDeviationKWh)
            < kKWhTolerance);

    // The chart is an image in the PDF: its line is painted in its colour.
    const QImage image = DeviationCharts::render(chart);
    QCOMPARE(image.size(), DeviationCharts::sizePx(chart) * ReviewCharts::kPixelRatio);
    int linePixels = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            linePixels += QColor(image.pixel(x, y)) == press.color ? 1 : 0;
    QVERIFY2(linePixels > image.width(), qPrintable(QString::number(linePixels)));
    QVERIFY(ReviewPdf::html(smallReview()).contains(QStringLiteral("cumulative-deviation")));

    SiteReview withoutBaselines = smallReview();
    withoutBaselines.seus.front().baselineSource = BaselineSource::ThirtyDayMean;
    QVERIFY(DeviationCharts::cumulativeDeviation(withoutBaselines).isEmpty());
    QVERIFY(!ReviewPdf::html(withoutBaselines).contains(QStringLiteral("cumulative-deviation")));
}

QStringList TestReviewPdf::writeAndRead(const SiteReview &review, const QString &name,
                                        int *pages)
{
    const QString path = m_out.filePath(name);
    const Result<int> written = ReviewPdf::writePdf(review, path);
    if (!written)
        return {};
    *pages = *written;
    return pdfPages(path);
}

void TestReviewPdf::htmlEscapesUserText()
{
    const QString html = ReviewPdf::html(smallReview());
    QVERIFY(html.contains(QStringLiteral("Press &lt;b&gt;&amp;")));
    QVERIFY(html.contains(QStringLiteral("Plant &lt;i&gt;&amp;")));
    QVERIFY(!html.contains(kPressName));
    QVERIFY(!html.contains(kSiteName));
    QVERIFY(!html.contains(kPlanId));
}

void TestReviewPdf::userTextPrintsLiterally()
{
    QVERIFY2(m_text.contains(kPressName), qPrintable(m_text.left(3000)));
    QVERIFY(m_text.contains(kSiteName));
    QVERIFY(m_text.contains(kPlanId));
    QVERIFY(m_text.contains(QStringLiteral("accepted baseline 7&8b1c2d")));
    QVERIFY(!m_text.contains(QStringLiteral("&amp;")));
    QVERIFY(!m_text.contains(QStringLiteral("&lt;")));
}

void TestReviewPdf::tableFiguresAreFormatted()
{
    // The press row: actual, expected, signed deviation and percent, status in words,
    // cost, CO2, baseline and coverage (690 / 720 = 95.8 %).
    const QStringList pressFigures = {QStringLiteral("12,346"), QStringLiteral("11,000"),
                                      QStringLiteral("+1,346"), QStringLiteral("+12.2"),
                                      QStringLiteral("Requires attention"),
                                      QStringLiteral("1,851.84"), QStringLiteral("5,556"),
                                      QStringLiteral("95.8")};
    for (const QString &figure : pressFigures)
        QVERIFY2(m_text.contains(figure), qPrintable(figure));
    // The oven row: −200 kWh = −7.4 %, excellent, 112.50 USD, 453 kg, 30-day mean.
    for (const QString &figure : {QStringLiteral("2,500"), QStringLiteral("2,700"),
                                  QStringLiteral("-200"), QStringLiteral("-7.4"),
                                  QStringLiteral("Excellent"), QStringLiteral("112.50"),
                                  QStringLiteral("453"), QStringLiteral("30-day mean"),
                                  QStringLiteral("Natural gas")})
        QVERIFY2(m_text.contains(figure), qPrintable(figure));
    // Totals row: 14,846 kWh, 13,700 expected, +1,146 (+8.4 %), 1,964.34 USD, 6,008 kg.
    for (const QString &figure : {QStringLiteral("14,846"), QStringLiteral("13,700"),
                                  QStringLiteral("+1,146"), QStringLiteral("+8.4"),
                                  QStringLiteral("1,964.34"), QStringLiteral("6,008")})
        QVERIFY2(m_text.contains(figure), qPrintable(figure));
    // Opportunities: 3,210 kWh / 481.56 USD, ROI 1,234 days, issue types in words,
    // totals 3,850 kWh and 510.36 USD; the plan's status and target date.
    for (const QString &figure : {QStringLiteral("3,210"), QStringLiteral("481.56"),
                                  QStringLiteral("1,234"), QStringLiteral("3,850"),
                                  QStringLiteral("510.36"), QStringLiteral("In progress"),
                                  QStringLiteral("2027-01-31"), QStringLiteral("Cost USD")})
        QVERIFY2(m_text.contains(figure), qPrintable(figure));
}

void TestReviewPdf::summaryStatesTheTotals()
{
    const QString text = m_text.simplified();
    QVERIFY2(text.contains(QStringLiteral("used 14,846 kWh")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("costing 1,964.34 USD")));
    QVERIFY(text.contains(QStringLiteral("6.01 t CO₂")));
    QVERIFY(text.contains(QStringLiteral("+1,146 kWh (+8.4 %)")));
    QVERIFY(text.contains(QStringLiteral("1 excellent")));
    QVERIFY(text.contains(QStringLiteral("1 requires attention")));
    QVERIFY(text.contains(QStringLiteral("found 2 opportunities worth 3,850 kWh or "
                                         "510.36 USD")));
    QVERIFY(text.contains(QStringLiteral("1 of 1 action plans are open")));
}

void TestReviewPdf::everyPageHasItsBands()
{
    int pageCount = 0;
    const QStringList pages = writeAndRead(largeReview(), QStringLiteral("large.pdf"),
                                           &pageCount);
    QCOMPARE(pages.size(), pageCount);
    QVERIFY2(pageCount >= 3, qPrintable(QString::number(pageCount)));
    for (int page = 0; page < pages.size(); ++page) {
        const QString &text = pages[page];
        const QString number = QStringLiteral("Page %1 of %2").arg(page + 1).arg(pageCount);
        QVERIFY2(text.contains(number), qPrintable(number));
        QVERIFY(text.contains(QStringLiteral("Site: ") + kSiteName));
        QVERIFY(text.contains(QStringLiteral("Period: ") + kPeriodText));
        QVERIFY(text.contains(QStringLiteral("Generated 2026-12-03 18:40 UTC")));
    }
    // Rows are not lost at page breaks: the last SEU and the last opportunity appear.
    const QString all = pages.join(u'\n');
    QCOMPARE(all.count(QStringLiteral("Line-60")), 2);
}

// Reviews of 1 to 30 extra SEUs move every section across the page breaks; on no page
// is a section heading the last thing before the footer.
void TestReviewPdf::noPageEndsWithAHeading()
{
    const QStringList headings = {QStringLiteral("Summary"),
                                  QStringLiteral("Energy performance by significant energy use"),
                                  QStringLiteral("Ranked opportunities"),
                                  QStringLiteral("Action plans")};
    for (int extra = 1; extra <= 30; ++extra) {
        SiteReview review = smallReview();
        for (int i = 0; i < extra; ++i) {
            PeriodPerformance row = seu(QStringLiteral("Line-%1").arg(i + 1),
                                        EnergyCarrier::Electricity, 1000.0, 990.0, 0.15, 0.45);
            review.seus.push_back(row);
        }
        int pageCount = 0;
        const QStringList pages = writeAndRead(review, QStringLiteral("breaks.pdf"), &pageCount);
        QVERIFY(!pages.isEmpty());
        for (const QString &page : pages) {
            QStringList lines = page.split(u'\n', Qt::SkipEmptyParts);
            lines.removeIf([](const QString &line) {
                return line.startsWith(QStringLiteral("Generated "))
                    || line.startsWith(QStringLiteral("Page "));
            });
            QVERIFY(!lines.isEmpty());
            QVERIFY2(!headings.contains(lines.last().trimmed()),
                     qPrintable(QStringLiteral("%1 extra SEUs: a page ends with %2")
                                    .arg(extra)
                                    .arg(lines.last())));
        }
    }
}

void TestReviewPdf::unwritablePathIsAClearError()
{
    const QString path = m_out.filePath(QStringLiteral("no/such/folder/review.pdf"));
    const Result<int> written = ReviewPdf::writePdf(smallReview(), path);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::InvalidInput);
    QVERIFY(written.error().message.contains(QStringLiteral("Cannot write ") + path));
}

QTEST_MAIN(TestReviewPdf)
#include "tst_reviewpdf.moc"
