// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/database.h"
#include "models/demostore.h"
#include "models/performance/reviewtablemodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

#include <cmath>

using namespace Enms;
using Engine::BaselineSource;
using Engine::EnergyCarrier;
using Engine::IsoStatus;
using Engine::PeriodPerformance;

namespace {

constexpr double kKWhTolerance = 1e-9;
// WCAG 2 asks for 4.5:1 between normal text and its background.
constexpr double kMinimumContrast = 4.5;

using Model = ReviewTableModel;

// One SEU row as the review service would fill it. The deviations below are written
// out by hand from actual - expected, and the percentages from deviation / expected.
PeriodPerformance seuRow(const QString &id, const QString &name, EnergyCarrier carrier,
                         double actualKWh, std::optional<double> expectedKWh)
{
    PeriodPerformance row;
    row.seuId = id;
    row.seuName = name;
    row.carrier = carrier;
    row.firstDate = QDate(2026, 10, 31);
    row.lastDate = QDate(2026, 11, 29);
    row.daysWithData = 30;
    row.coveredHours = 721.0;
    row.windowHours = 721.0;      // 30 days, one of them the 25-hour day of 1 November
    row.actualKWh = actualKWh;
    row.expectedKWh = expectedKWh;
    row.referenceCompleteDays = 28;
    return row;
}

// Five SEUs of a Los Angeles plant over November 2026, one for each ISO status and one
// without any expectation.
SiteReview handFilledReview()
{
    SiteReview review;
    review.site.id = QStringLiteral("site-la");
    review.site.name = QStringLiteral("Demo Manufacturing Plant");
    review.site.currency = QStringLiteral("USD");
    review.period = Engine::AnalysisPeriod::Month;
    review.endDate = QDate(2026, 11, 30);
    review.firstDate = QDate(2026, 10, 31);
    review.lastDate = QDate(2026, 11, 29);

    // 72,600 - 60,000 = +12,600 kWh; 12,600 / 60,000 = +21.0 %.
    PeriodPerformance molding = seuRow(QStringLiteral("seu-im"),
                                       QStringLiteral("Injection-Molding-1"),
                                       EnergyCarrier::Electricity, 72600.0, 60000.0);
    molding.deviationKWh = 12600.0;
    molding.deviationPercent = 21.0;
    molding.status = IsoStatus::NonCompliant;
    molding.baselineSource = BaselineSource::AcceptedBaseline;
    molding.pricePerKWh = 0.15;
    molding.costAmount = 10890.0;         // 72,600 kWh x 0.15 USD
    molding.deviationCost = 1890.0;       // 12,600 kWh x 0.15 USD
    molding.co2Kg = 32670.0;              // 72,600 kWh x 0.45 kg
    molding.coveredHours = 718.0;         // three hours missing: 718 / 721 = 99.58 %
    review.acceptedBaselines[molding.seuId] = QStringLiteral("BL-0007");

    // 31,234.56 - 30,000 = +1,234.56 kWh; 1,234.56 / 30,000 = +4.1152 %.
    PeriodPerformance compressor = seuRow(QStringLiteral("seu-c1"),
                                          QStringLiteral("Compressor-1"),
                                          EnergyCarrier::Electricity, 31234.56, 30000.0);
    compressor.deviationKWh = 1234.56;
    compressor.deviationPercent = 4.1152;
    compressor.status = IsoStatus::OnTarget;
    compressor.pricePerKWh = 0.15;
    compressor.costAmount = 4685.184;     // 31,234.56 x 0.15
    compressor.co2Kg = 14055.552;         // 31,234.56 x 0.45

    // 25,000 - 28,000 = -3,000 kWh; -3,000 / 28,000 = -10.714 %.
    PeriodPerformance hvac = seuRow(QStringLiteral("seu-hvac"), QStringLiteral("HVAC-Main"),
                                    EnergyCarrier::Electricity, 25000.0, 28000.0);
    hvac.deviationKWh = -3000.0;
    hvac.deviationPercent = -10.7142857;
    hvac.status = IsoStatus::Excellent;
    hvac.pricePerKWh = 0.15;
    hvac.costAmount = 3750.0;
    hvac.deviationCost = -450.0;
    hvac.co2Kg = 11250.0;

    // 10,800 - 10,000 = +800 kWh; +8.0 %.
    PeriodPerformance boiler = seuRow(QStringLiteral("seu-b1"), QStringLiteral("Boiler-1"),
                                      EnergyCarrier::NaturalGas, 10800.0, 10000.0);
    boiler.deviationKWh = 800.0;
    boiler.deviationPercent = 8.0;
    boiler.status = IsoStatus::RequiresAttention;
    boiler.pricePerKWh = 0.045;
    boiler.costAmount = 486.0;            // 10,800 x 0.045
    boiler.co2Kg = 1954.8;                // 10,800 x 0.181

    PeriodPerformance steam = seuRow(QStringLiteral("seu-s1"),
                                     QStringLiteral("Steam-Header-1"), EnergyCarrier::Steam,
                                     4321.0, std::nullopt);
    steam.referenceCompleteDays = 3;
    steam.pricePerKWh = 0.06;
    steam.costAmount = 259.26;            // 4,321 x 0.06
    steam.co2Kg = 1080.25;                // 4,321 x 0.25

    review.seus = {molding, compressor, hvac, boiler, steam};

    // Sums by hand: actual 72,600 + 31,234.56 + 25,000 + 10,800 + 4,321 = 143,955.56;
    // with expectation 139,634.56 against 128,000 expected: +11,634.56 kWh = +9.0895 %.
    // Cost 10,890 + 4,685.184 + 3,750 + 486 + 259.26 = 20,070.444 USD.
    review.totals.actualKWh = 143955.56;
    review.totals.expectedKWh = 128000.0;
    review.totals.actualKWhWithExpected = 139634.56;
    review.totals.deviationKWh = 11634.56;
    review.totals.deviationPercent = 9.0895;
    review.totals.costAmount = 20070.444;
    review.totals.co2Kg = 61010.602;
    review.totals.seusWithExpected = 4;
    return review;
}

double relativeLuminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
           + 0.0722 * channel(color.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TstReviewTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void passesTheModelTester();
    void displayStrings_data();
    void displayStrings();
    void sortRoleHoldsRawNumbers();
    void proxySortsOnRawNumbers();
    void statusText_data();
    void statusText();
    void noBaselineRow();
    void statusColoursAreReadable();
    void toolTipsNameTheUnit_data();
    void toolTipsNameTheUnit();
    void toolTipsSayWhereTheExpectationCameFrom();
    void headersCarryUnits();
    void numbersAreRightAligned();
    void seuIdRoleOnEveryColumn();
    void footerTotals();
    void rowsOfTheDemoPlantReview();
};

void TstReviewTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TstReviewTableModel::passesTheModelTester()
{
    Model model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    model.setReview(handFilledReview());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(Model::ColumnCount));

    SiteReview shorter = handFilledReview();
    shorter.seus.resize(2);
    model.setReview(shorter);
    QCOMPARE(model.rowCount(), 2);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TstReviewTableModel::displayStrings_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    QTest::newRow("name") << 0 << int(Model::SeuColumn)
                          << QStringLiteral("Injection-Molding-1");
    QTest::newRow("carrier gas") << 3 << int(Model::CarrierColumn)
                                 << QStringLiteral("Natural gas");
    QTest::newRow("energy with separators") << 0 << int(Model::EnergyColumn)
                                            << QStringLiteral("72,600");
    QTest::newRow("energy rounded") << 1 << int(Model::EnergyColumn)
                                    << QStringLiteral("31,235");
    QTest::newRow("expected") << 2 << int(Model::ExpectedColumn) << QStringLiteral("28,000");
    QTest::newRow("positive deviation signed") << 1 << int(Model::DeviationColumn)
                                               << QStringLiteral("+1,235");
    QTest::newRow("negative deviation") << 2 << int(Model::DeviationColumn)
                                        << QStringLiteral("-3,000");
    QTest::newRow("percent one decimal") << 1 << int(Model::DeviationPercentColumn)
                                         << QStringLiteral("+4.1");
    QTest::newRow("negative percent") << 2 << int(Model::DeviationPercentColumn)
                                      << QStringLiteral("-10.7");
    QTest::newRow("cost two decimals") << 0 << int(Model::CostColumn)
                                       << QStringLiteral("10,890.00");
    QTest::newRow("cost rounded") << 1 << int(Model::CostColumn) << QStringLiteral("4,685.18");
    QTest::newRow("co2") << 0 << int(Model::Co2Column) << QStringLiteral("32,670");
    QTest::newRow("coverage 718 of 721 h") << 0 << int(Model::CoverageColumn)
                                           << QStringLiteral("99.6");
    QTest::newRow("coverage full") << 1 << int(Model::CoverageColumn)
                                   << QStringLiteral("100.0");
}

void TstReviewTableModel::displayStrings()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);

    Model model;
    model.setReview(handFilledReview());
    QCOMPARE(model.index(row, column).data().toString(), text);
}

void TstReviewTableModel::sortRoleHoldsRawNumbers()
{
    Model model;
    model.setReview(handFilledReview());
    const auto sortValue = [&](int row, int column) {
        return model.index(row, column).data(Model::SortRole);
    };

    QVERIFY(std::abs(sortValue(1, Model::EnergyColumn).toDouble() - 31234.56) < kKWhTolerance);
    QVERIFY(std::abs(sortValue(1, Model::DeviationColumn).toDouble() - 1234.56)
            < kKWhTolerance);
    QVERIFY(std::abs(sortValue(2, Model::DeviationPercentColumn).toDouble() + 10.7142857)
            < kKWhTolerance);
    // 718 h of 721 h, as a percentage.
    QVERIFY(std::abs(sortValue(0, Model::CoverageColumn).toDouble() - 100.0 * 718.0 / 721.0)
            < kKWhTolerance);
    QVERIFY(!sortValue(4, Model::ExpectedColumn).isValid());
    QVERIFY(!sortValue(4, Model::StatusColumn).isValid());
}

void TstReviewTableModel::proxySortsOnRawNumbers()
{
    Model model;
    model.setReview(handFilledReview());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Model::SortRole);

    const auto names = [&] {
        QStringList list;
        for (int row = 0; row < proxy.rowCount(); ++row)
            list << proxy.index(row, Model::SeuColumn).data().toString();
        return list;
    };

    proxy.sort(Model::EnergyColumn, Qt::DescendingOrder);
    QCOMPARE(names(), (QStringList{QStringLiteral("Injection-Molding-1"),
                                   QStringLiteral("Compressor-1"), QStringLiteral("HVAC-Main"),
                                   QStringLiteral("Boiler-1"),
                                   QStringLiteral("Steam-Header-1")}));

    // -3,000 < +800 < +1,234.56 < +12,600, and the row without expectation last. As text,
    // "+1,235" would sort before "+800".
    proxy.sort(Model::DeviationColumn, Qt::AscendingOrder);
    QCOMPARE(names(), (QStringList{QStringLiteral("HVAC-Main"), QStringLiteral("Boiler-1"),
                                   QStringLiteral("Compressor-1"),
                                   QStringLiteral("Injection-Molding-1"),
                                   QStringLiteral("Steam-Header-1")}));

    proxy.sort(Model::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(names().first(), QStringLiteral("HVAC-Main"));
    QCOMPARE(names().at(3), QStringLiteral("Injection-Molding-1"));
}

void TstReviewTableModel::statusText_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("excellent") << 2 << QStringLiteral("Excellent")
                               << QStringLiteral("excellent");
    QTest::newRow("on target") << 1 << QStringLiteral("On target")
                               << QStringLiteral("on_target");
    QTest::newRow("requires attention") << 3 << QStringLiteral("Requires attention")
                                        << QStringLiteral("requires_attention");
    QTest::newRow("non-compliant") << 0 << QStringLiteral("Non-compliant")
                                   << QStringLiteral("non_compliant");
}

void TstReviewTableModel::statusText()
{
    QFETCH(int, row);
    QFETCH(QString, text);
    QFETCH(QString, code);

    Model model;
    model.setReview(handFilledReview());
    const QModelIndex status = model.index(row, Model::StatusColumn);
    QCOMPARE(status.data().toString(), text);
    QCOMPARE(status.data(Model::StatusCodeRole).toString(), code);
    QVERIFY(status.data(Qt::BackgroundRole).value<QColor>().isValid());
    QVERIFY(status.data(Qt::ToolTipRole).toString().startsWith(text));
}

void TstReviewTableModel::noBaselineRow()
{
    Model model;
    model.setReview(handFilledReview());
    constexpr int steam = 4;

    QCOMPARE(model.index(steam, Model::StatusColumn).data().toString(),
             QStringLiteral("No baseline"));
    QCOMPARE(model.index(steam, Model::ExpectedColumn).data().toString(),
             QStringLiteral("—"));
    QCOMPARE(model.index(steam, Model::DeviationColumn).data().toString(),
             QStringLiteral("—"));
    QCOMPARE(model.index(steam, Model::EnergyColumn).data().toString(),
             QStringLiteral("4,321"));
    QVERIFY(model.index(steam, Model::StatusColumn).data(Model::StatusCodeRole)
                .toString().isEmpty());
    QVERIFY(!model.index(steam, Model::StatusColumn).data(Qt::BackgroundRole).isValid());

    const QString why = model.index(steam, Model::ExpectedColumn).data(Qt::ToolTipRole)
                            .toString();
    QVERIFY2(why.contains(QStringLiteral("only 3 complete day")), qPrintable(why));
}

void TstReviewTableModel::statusColoursAreReadable()
{
    Model model;
    model.setReview(handFilledReview());

    QList<QRgb> fills;
    for (int row = 0; row < 4; ++row) {
        const QModelIndex status = model.index(row, Model::StatusColumn);
        const auto fill = status.data(Qt::BackgroundRole).value<QColor>();
        const auto text = status.data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(fill.isValid() && text.isValid());
        QVERIFY2(contrastRatio(fill, text) >= kMinimumContrast,
                 qPrintable(status.data().toString()));
        QVERIFY(!fills.contains(fill.rgb()));
        fills << fill.rgb();
    }
    // Colour marks only the status column.
    QVERIFY(!model.index(0, Model::EnergyColumn).data(Qt::BackgroundRole).isValid());
}

void TstReviewTableModel::toolTipsNameTheUnit_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("unit");

    QTest::newRow("energy") << int(Model::EnergyColumn) << QStringLiteral("72,600.0 kWh");
    QTest::newRow("expected") << int(Model::ExpectedColumn) << QStringLiteral("60,000.0 kWh");
    QTest::newRow("deviation") << int(Model::DeviationColumn)
                               << QStringLiteral("+12,600.0 kWh, +1,890.00 USD");
    QTest::newRow("percent") << int(Model::DeviationPercentColumn)
                             << QStringLiteral("+21.0 %");
    QTest::newRow("cost") << int(Model::CostColumn) << QStringLiteral("0.1500 USD/kWh");
    QTest::newRow("co2") << int(Model::Co2Column) << QStringLiteral("32,670.0 kg");
    QTest::newRow("coverage") << int(Model::CoverageColumn)
                              << QStringLiteral("718.0 h of the window's 721.0 h");
}

void TstReviewTableModel::toolTipsNameTheUnit()
{
    QFETCH(int, column);
    QFETCH(QString, unit);

    Model model;
    model.setReview(handFilledReview());
    const QString tip = model.index(0, column).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(unit), qPrintable(tip));
}

void TstReviewTableModel::toolTipsSayWhereTheExpectationCameFrom()
{
    Model model;
    model.setReview(handFilledReview());

    const QString accepted = model.index(0, Model::ExpectedColumn).data(Qt::ToolTipRole)
                                 .toString();
    QVERIFY2(accepted.contains(QStringLiteral("accepted baseline BL-0007")),
             qPrintable(accepted));

    const QString mean = model.index(1, Model::ExpectedColumn).data(Qt::ToolTipRole)
                             .toString();
    QVERIFY2(mean.contains(QStringLiteral("mean of 28 complete day")), qPrintable(mean));

    const QString status = model.index(1, Model::StatusColumn).data(Qt::ToolTipRole)
                               .toString();
    QVERIFY2(status.contains(QStringLiteral("within ±5 %")), qPrintable(status));
}

void TstReviewTableModel::headersCarryUnits()
{
    Model model;
    model.setReview(handFilledReview());
    const auto header = [&](int column) {
        return model.headerData(column, Qt::Horizontal).toString();
    };
    QCOMPARE(header(Model::EnergyColumn), QStringLiteral("Energy (kWh)"));
    QCOMPARE(header(Model::ExpectedColumn), QStringLiteral("Expected (kWh)"));
    QCOMPARE(header(Model::DeviationPercentColumn), QStringLiteral("Deviation (%)"));
    QCOMPARE(header(Model::CostColumn), QStringLiteral("Cost (USD)"));
    QCOMPARE(header(Model::Co2Column), QStringLiteral("CO₂ (kg)"));
}

void TstReviewTableModel::numbersAreRightAligned()
{
    Model model;
    model.setReview(handFilledReview());
    const auto alignment = [&](int column) {
        return Qt::Alignment(model.index(0, column).data(Qt::TextAlignmentRole).toInt());
    };
    QVERIFY(alignment(Model::EnergyColumn) & Qt::AlignRight);
    QVERIFY(alignment(Model::CoverageColumn) & Qt::AlignRight);
    QVERIFY(alignment(Model::SeuColumn) & Qt::AlignLeft);
}

void TstReviewTableModel::seuIdRoleOnEveryColumn()
{
    Model model;
    model.setReview(handFilledReview());
    for (int column = 0; column < Model::ColumnCount; ++column)
        QCOMPARE(model.index(3, column).data(Model::SeuIdRole).toString(),
                 QStringLiteral("seu-b1"));
    QCOMPARE(model.rowOf(QStringLiteral("seu-hvac")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
}

void TstReviewTableModel::footerTotals()
{
    Model model;
    QVERIFY(model.totalsText().isEmpty());
    model.setReview(handFilledReview());

    const ReviewStatusCounts counts = model.statusCounts();
    QCOMPARE(counts.count(IsoStatus::Excellent), 1);
    QCOMPARE(counts.count(IsoStatus::OnTarget), 1);
    QCOMPARE(counts.count(IsoStatus::RequiresAttention), 1);
    QCOMPARE(counts.count(IsoStatus::NonCompliant), 1);
    QCOMPARE(counts.withoutBaseline, 1);

    const QString footer = model.totalsText();
    QVERIFY2(footer.contains(QStringLiteral("143,956 kWh measured")), qPrintable(footer));
    QVERIFY2(footer.contains(QStringLiteral("expected 128,000 kWh (+9.1 %) for the SEUs "
                                            "with an expectation (4 of 5)")),
             qPrintable(footer));
    QVERIFY2(footer.contains(QStringLiteral("cost 20,070.44 USD")), qPrintable(footer));
    QVERIFY2(footer.contains(QStringLiteral("CO₂ 61,011 kg")), qPrintable(footer));
    QVERIFY2(footer.contains(QStringLiteral("1 excellent, 1 on target, 1 requiring attention, "
                                            "1 non-compliant, 1 without baseline")),
             qPrintable(footer));
}

// A month review of the demo plant's Los Angeles site, built by SiteReviewService from
// SQLite, against the figures docs/demo-plant.md gives: the tariffs per carrier, and
// 721 h in the window (the 25-hour 1 November) of which HVAC-Main misses three.
void TstReviewTableModel::rowsOfTheDemoPlantReview()
{
    constexpr double kMoneyTolerance = 0.005;   // half a cent, from rounding
    constexpr double kSumTolerance = 1e-6;      // kWh and kg after adding seven rows

    Test::TestDatabase store(Test::TestDatabase::Kind::Sqlite);
    auto database = Database::open(store.location());
    QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().message));
    Engine::DemoOptions options;
    options.endDate = QDate(2026, 11, 30);
    QVERIFY(storeDemoPlant(**database, options).ok());

    const auto review = SiteReviewService(**database)
                            .review(QStringLiteral("Demo Manufacturing Plant"),
                                    Engine::AnalysisPeriod::Month, options.endDate);
    QVERIFY2(review.ok(), qPrintable(review ? QString() : review.error().message));
    Model model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReview(*review);
    QCOMPARE(model.rowCount(), 7);

    const std::map<EnergyCarrier, std::pair<double, double>> priceAndCo2 = {
        {EnergyCarrier::Electricity, {0.15, 0.45}},
        {EnergyCarrier::NaturalGas, {0.045, 0.181}},
        {EnergyCarrier::Steam, {0.06, 0.25}},
    };
    double sumKWh = 0.0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const PeriodPerformance &seu = model.rowAt(row);
        const double actual = model.index(row, Model::EnergyColumn).data(Model::SortRole)
                                  .toDouble();
        const auto [price, co2] = priceAndCo2.at(seu.carrier);
        const double cost = model.index(row, Model::CostColumn).data(Model::SortRole)
                                .toDouble();
        QVERIFY2(std::abs(cost - actual * price) < kMoneyTolerance, qPrintable(seu.seuName));
        QCOMPARE(model.index(row, Model::CostColumn).data().toString(),
                 QLocale().toString(actual * price, 'f', 2));
        const double kg = model.index(row, Model::Co2Column).data(Model::SortRole).toDouble();
        QVERIFY(std::abs(kg - actual * co2) < kSumTolerance);
        sumKWh += actual;

        // The status words follow the ISO rule on the signed deviation.
        QVERIFY(seu.hasExpected());
        const double d = model.index(row, Model::DeviationPercentColumn)
                             .data(Model::SortRole).toDouble();
        const QString expectedWords = d < -5   ? QStringLiteral("Excellent")
                                      : d <= 5 ? QStringLiteral("On target")
                                      : d <= 15 ? QStringLiteral("Requires attention")
                                                : QStringLiteral("Non-compliant");
        QCOMPARE(model.index(row, Model::StatusColumn).data().toString(), expectedWords);
    }
    QVERIFY(std::abs(model.totals().actualKWh - sumKWh) < kSumTolerance);
    QVERIFY(model.totalsText().contains(QLocale().toString(sumKWh, 'f', 0)
                                        + QStringLiteral(" kWh measured")));

    int hvac = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.rowAt(row).seuName == QStringLiteral("HVAC-Main"))
            hvac = row;
    }
    QVERIFY(hvac >= 0);
    QCOMPARE(model.index(hvac, Model::CoverageColumn).data().toString(),
             QStringLiteral("99.6"));   // 718 h of 721 h
}

QTEST_GUILESS_MAIN(TstReviewTableModel)
#include "tst_reviewtablemodel.moc"
