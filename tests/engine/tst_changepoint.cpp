// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/baseline/changepoint.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace Enms::Engine;

Q_DECLARE_METATYPE(Enms::Engine::ChangePointForm)

namespace {

// Generated data carry 0.5 % noise, so slopes come back within a few per cent and change
// points within one step of the coarse grid.
constexpr double kSlopeRelTolerance = 0.03;
constexpr double kNoiseFraction = 0.005;
constexpr int kDays = 365;
constexpr double kFitTolerance = 1e-9;

// A year of daily mean temperatures: a seasonal swing of +-15 °C around 12 °C plus weather
// noise of 2 °C, fixed seed.
std::vector<double> yearOfTemperatures()
{
    std::mt19937 random(20240101u);
    std::normal_distribution<double> weather(0.0, 2.0);
    std::vector<double> t;
    for (int day = 0; day < kDays; ++day)
        t.push_back(12.0 - 15.0 * std::cos(2.0 * M_PI * day / kDays) + weather(random));
    return t;
}

struct Truth {
    double base;
    double heatingKnot;
    double heatingSlope;   // dE/dT below the heating knot (negative)
    double coolingKnot;
    double coolingSlope;   // dE/dT above the cooling knot (positive)
};

std::vector<double> energyFor(const std::vector<double> &t, const Truth &truth)
{
    std::mt19937 random(7u);
    std::normal_distribution<double> noise(0.0, kNoiseFraction * truth.base);
    std::vector<double> e;
    for (double v : t) {
        double value = truth.base;
        if (!std::isnan(truth.heatingKnot))
            value += truth.heatingSlope * std::min(0.0, v - truth.heatingKnot);
        if (!std::isnan(truth.coolingKnot))
            value += truth.coolingSlope * std::max(0.0, v - truth.coolingKnot);
        e.push_back(value + noise(random));
    }
    return e;
}

} // namespace

class TestChangePoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recoversKnownModel_data();
    void recoversKnownModel();
    void wrongSignIsRejected();
    void segmentsKeepSixPoints();
    void searchReportsEveryFormAndPicksFiveP();
    void flatDataPicksMeanByAicc();
};

void TestChangePoint::recoversKnownModel_data()
{
    QTest::addColumn<ChangePointForm>("form");
    QTest::addColumn<double>("heatingKnot");
    QTest::addColumn<double>("heatingSlope");
    QTest::addColumn<double>("coolingKnot");
    QTest::addColumn<double>("coolingSlope");

    QTest::newRow("3PH at 15.3 °C") << ChangePointForm::ThreePH << 15.3 << -20.0 << double(NAN)
                                    << 0.0;
    QTest::newRow("3PC at 19.0 °C") << ChangePointForm::ThreePC << double(NAN) << 0.0 << 19.0
                                    << 25.0;
    QTest::newRow("4P at 16.0 °C") << ChangePointForm::FourP << 16.0 << -18.0 << 16.0 << 9.0;
    QTest::newRow("5P 10.4 to 21.7 °C") << ChangePointForm::FiveP << 10.4 << -12.0 << 21.7
                                        << 30.0;
}

void TestChangePoint::recoversKnownModel()
{
    QFETCH(ChangePointForm, form);
    QFETCH(double, heatingKnot);
    QFETCH(double, heatingSlope);
    QFETCH(double, coolingKnot);
    QFETCH(double, coolingSlope);

    const std::vector<double> t = yearOfTemperatures();
    const Truth truth{500.0, heatingKnot, heatingSlope, coolingKnot, coolingSlope};
    const Result<ChangePointFit> fit = fitChangePointModel(form, t, energyFor(t, truth));
    QVERIFY2(fit.ok(), qPrintable(fit.ok() ? QString() : fit.error().message));
    QVERIFY2(fit->valid, qPrintable(fit->rejections.join(u',')));
    QVERIFY(fit->gridStepC > 0.0);

    if (!std::isnan(heatingKnot)) {
        QVERIFY2(std::fabs(fit->heatingChangePointC - heatingKnot) <= fit->gridStepC,
                 qPrintable(QString::number(fit->heatingChangePointC)));
        QVERIFY(std::fabs(fit->heatingSlope / heatingSlope - 1.0) < kSlopeRelTolerance);
    }
    if (!std::isnan(coolingKnot)) {
        QVERIFY2(std::fabs(fit->coolingChangePointC - coolingKnot) <= fit->gridStepC,
                 qPrintable(QString::number(fit->coolingChangePointC)));
        QVERIFY(std::fabs(fit->coolingSlope / coolingSlope - 1.0) < kSlopeRelTolerance);
    }
    // Change points count as parameters: 3P = 3, 4P = 4, 5P = 5.
    const int expectedP = form == ChangePointForm::FiveP  ? 5
                          : form == ChangePointForm::FourP ? 4
                                                           : 3;
    QCOMPARE(fit->fit.p, expectedP);
    // The prediction function reproduces the fitted values of the linear part.
    for (size_t i = 0; i < t.size(); i += 50)
        QVERIFY(std::fabs(predictChangePoint(*fit, t[i]) - fit->fit.fitted[i]) < kFitTolerance);
}

void TestChangePoint::wrongSignIsRejected()
{
    // Pure cooling data: the best heating change point has a slope of the wrong sign.
    const std::vector<double> t = yearOfTemperatures();
    const Truth cooling{500.0, NAN, 0.0, 14.0, 25.0};
    const Result<ChangePointFit> fit =
        fitChangePointModel(ChangePointForm::ThreePH, t, energyFor(t, cooling));
    QVERIFY(fit.ok());
    QVERIFY(!fit->valid);
    QCOMPARE(fit->rejections, QStringList{QStringLiteral("heating_slope_sign")});
}

void TestChangePoint::segmentsKeepSixPoints()
{
    // Twenty points, the coldest four far below the rest: a knot that isolates them would
    // fit best, but leaves fewer than six points on the heating segment.
    std::vector<double> t;
    std::vector<double> e;
    for (int i = 0; i < 20; ++i) {
        const double v = i < 4 ? -10.0 + i : 10.0 + i;
        t.push_back(v);
        e.push_back(i < 4 ? 900.0 - 30.0 * v : 400.0 + (i % 3));
    }
    const Result<ChangePointFit> fit = fitChangePointModel(ChangePointForm::ThreePH, t, e);
    QVERIFY(fit.ok());
    const double knot = fit->heatingChangePointC;
    const auto below = std::count_if(t.begin(), t.end(), [&](double v) { return v < knot; });
    const auto rest = std::count_if(t.begin(), t.end(), [&](double v) { return v >= knot; });
    QVERIFY2(below >= 6 && rest >= 6, qPrintable(QString::number(knot)));
}

void TestChangePoint::searchReportsEveryFormAndPicksFiveP()
{
    const std::vector<double> t = yearOfTemperatures();
    const Truth fiveP{800.0, 11.0, -15.0, 21.0, 28.0};
    const Result<ChangePointSearchResult> search =
        searchChangePointModels(t, energyFor(t, fiveP));
    QVERIFY(search.ok());
    QCOMPARE(search->candidates.size(), size_t(6));
    QVERIFY(search->best());
    QCOMPARE(search->best()->form, ChangePointForm::FiveP);
    QCOMPARE(changePointFormCode(search->best()->form), QStringLiteral("5p"));
}

// A change point profiled over the grid can always find some chance structure in pure noise,
// and its p values ignore that search. AICc, which charges for the change point, still
// picks the flat model for most noise samples; 20 samples, at least 14 must go to 1P.
void TestChangePoint::flatDataPicksMeanByAicc()
{
    const std::vector<double> t = yearOfTemperatures();
    ChangePointOptions options;
    options.criterion = ModelCriterion::Aicc;

    int flatWins = 0;
    for (unsigned seed = 1; seed <= 20; ++seed) {
        std::mt19937 random(seed);
        std::normal_distribution<double> noise(0.0, 3.0);
        std::vector<double> e;
        for (size_t i = 0; i < t.size(); ++i)
            e.push_back(600.0 + noise(random));
        const Result<ChangePointSearchResult> search = searchChangePointModels(t, e, options);
        QVERIFY(search.ok() && search->best());
        flatWins += search->best()->form == ChangePointForm::Mean1P;
    }
    QVERIFY2(flatWins >= 14, qPrintable(QString::number(flatWins)));
}

QTEST_APPLESS_MAIN(TestChangePoint)
#include "tst_changepoint.moc"
