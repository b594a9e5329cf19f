// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/baseline/csvtable.h"
#include "engine/baseline/ols.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace Enms::Engine;

namespace {

// NIST StRD asks for agreement with its certified values to as many digits as double
// precision allows on these problems; we hold ourselves to nine significant digits on
// the linear sets and eight on the degree-5 polynomial.
constexpr double kCertifiedRelTolerance = 1e-9;
constexpr double kPolynomialRelTolerance = 1e-8;
// Wampler1 fits exactly, so its certified residual SD and standard errors are zero; what
// we compute is rounding noise, which must stay tiny against y values of up to 3.4e6.
constexpr double kExactFitResidualTolerance = 1e-6;
constexpr double kStatTolerance = 1e-12;

QString readData(const QString &name)
{
    QFile file(QStringLiteral(ENMS_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

double relativeError(double actual, double expected)
{
    return std::fabs(actual - expected) / std::fabs(expected);
}

// Norris.dat lists "y x" pairs after the line that starts the data block.
void readNorris(std::vector<double> &y, std::vector<double> &x)
{
    const QStringList lines = readData(QStringLiteral("nist-norris.dat")).split(u'\n');
    bool inData = false;
    for (const QString &line : lines) {
        const QStringList cells = line.simplified().split(u' ', Qt::SkipEmptyParts);
        if (!inData) {
            inData = cells.size() == 3 && cells.at(0) == QLatin1String("Data:")
                     && cells.at(1) == QLatin1String("y");
            continue;
        }
        if (cells.size() == 2) {
            y.push_back(cells.at(0).toDouble());
            x.push_back(cells.at(1).toDouble());
        }
    }
}

struct Certified {
    QString name;
    double estimate;
    double stdError;
};

void compareCertified(const OlsFit &fit, const std::vector<Certified> &expected,
                      double tolerance)
{
    QCOMPARE(fit.coefficients.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        const OlsCoefficient &c = fit.coefficients[i];
        QCOMPARE(c.name, expected[i].name);
        QVERIFY2(relativeError(c.estimate, expected[i].estimate) < tolerance,
                 qPrintable(QStringLiteral("%1 estimate %2").arg(c.name)
                                .arg(c.estimate, 0, 'g', 17)));
        QVERIFY2(relativeError(c.stdError, expected[i].stdError) < tolerance,
                 qPrintable(QStringLiteral("%1 std error %2").arg(c.name)
                                .arg(c.stdError, 0, 'g', 17)));
    }
}

} // namespace

class TestOls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void norris();
    void longleyFromCsv();
    void noIntercept1();
    void noIntercept2();
    void wampler1Polynomial();
    void handCalculatedStatistics();
    void rankDeficient_data();
    void rankDeficient();
    void csvErrorNamesLineAndColumn();
};

void TestOls::norris()
{
    std::vector<double> y;
    std::vector<double> x;
    readNorris(y, x);
    QCOMPARE(y.size(), size_t(36));

    const Result<OlsFit> fit = fitOls(y, {{QStringLiteral("x"), x}});
    QVERIFY2(fit.ok(), qPrintable(fit.ok() ? QString() : fit.error().message));
    const std::vector<Certified> certified{
        {QStringLiteral("intercept"), -0.262323073774029, 0.232818234301152},
        {QStringLiteral("x"), 1.00211681802045, 0.429796848199937E-03}};
    compareCertified(*fit, certified, kCertifiedRelTolerance);
    QVERIFY(relativeError(fit->rmse, 0.884796396144373) < kCertifiedRelTolerance);
    QVERIFY(relativeError(fit->rSquared, 0.999993745883712) < kCertifiedRelTolerance);
    QVERIFY(relativeError(fit->f, 5436385.54079785) < kCertifiedRelTolerance);
    QCOMPARE(fit->n, 36);
    QCOMPARE(fit->p, 2);
}

void TestOls::longleyFromCsv()
{
    RegressOptions options;
    options.yColumn = QStringLiteral("TOTEMP");
    options.xColumns = QStringList{QStringLiteral("GNPDEFL"), QStringLiteral("GNP"),
                                   QStringLiteral("UNEMP"), QStringLiteral("ARMED"),
                                   QStringLiteral("POP"), QStringLiteral("YEAR")};
    const QString csv = readData(QStringLiteral("nist-longley.csv"));
    const Result<OlsFit> fit = runRegress(csv, options);
    QVERIFY2(fit.ok(), qPrintable(fit.ok() ? QString() : fit.error().message));

    compareCertified(*fit,
                     {{QStringLiteral("intercept"), -3482258.63459582, 890420.383607373},
                      {QStringLiteral("GNPDEFL"), 15.0618722713733, 84.9149257747669},
                      {QStringLiteral("GNP"), -0.358191792925910E-01, 0.334910077722432E-01},
                      {QStringLiteral("UNEMP"), -2.02022980381683, 0.488399681651699},
                      {QStringLiteral("ARMED"), -1.03322686717359, 0.214274163161675},
                      {QStringLiteral("POP"), -0.511041056535807E-01, 0.226073200069370},
                      {QStringLiteral("YEAR"), 1829.15146461355, 455.478499142212}},
                     kCertifiedRelTolerance);
    QVERIFY(relativeError(fit->rmse, 304.854073561965) < kCertifiedRelTolerance);
    QVERIFY(relativeError(fit->rSquared, 0.995479004577296) < kCertifiedRelTolerance);
    QVERIFY(relativeError(fit->sse, 836424.055505915) < kCertifiedRelTolerance);
    QVERIFY(relativeError(fit->f, 330.285339234588) < kCertifiedRelTolerance);
    QCOMPARE(fit->n, 16);
    QCOMPARE(fit->p, 7);
    // Longley's drivers are famously collinear: GNP on the others has R^2 near 0.9995.
    QCOMPARE(fit->vif.size(), size_t(6));
    QVERIFY(fit->vif[1].vif > 1000.0);
}

void TestOls::noIntercept1()
{
    RegressOptions options{QStringLiteral("y"), {QStringLiteral("x")}, false};
    const Result<OlsFit> fit = runRegress(readData(QStringLiteral("nist-noint1.csv")), options);
    QVERIFY(fit.ok());
    compareCertified(*fit, {{QStringLiteral("x"), 2.07438016528926, 0.165289256198347E-01}},
                     kCertifiedRelTolerance);
    QVERIFY(relativeError(fit->rmse, 3.56753034006338) < kCertifiedRelTolerance);
    QVERIFY(relativeError(fit->rSquared, 0.999365492298663) < kCertifiedRelTolerance);
    QCOMPARE(fit->p, 1);
}

void TestOls::noIntercept2()
{
    RegressOptions options{QStringLiteral("y"), {QStringLiteral("x")}, false};
    const Result<OlsFit> fit = runRegress(readData(QStringLiteral("nist-noint2.csv")), options);
    QVERIFY(fit.ok());
    compareCertified(*fit, {{QStringLiteral("x"), 0.727272727272727, 0.420827318078432E-01}},
                     kCertifiedRelTolerance);
    QVERIFY(relativeError(fit->rmse, 0.369274472937998) < kCertifiedRelTolerance);
    QVERIFY(relativeError(fit->rSquared, 0.993348115299335) < kCertifiedRelTolerance);
}

void TestOls::wampler1Polynomial()
{
    const Result<NumericTable> table =
        parseNumericCsv(readData(QStringLiteral("nist-wampler1.csv")));
    QVERIFY(table.ok());
    const std::vector<double> &x = *table->column(QStringLiteral("x"));
    std::vector<NamedColumn> powers;
    for (int k = 1; k <= 5; ++k) {
        NamedColumn column{QStringLiteral("x%1").arg(k), {}};
        for (double v : x)
            column.values.push_back(std::pow(v, k));
        powers.push_back(column);
    }

    const Result<OlsFit> fit = fitOls(*table->column(QStringLiteral("y")), powers);
    QVERIFY2(fit.ok(), qPrintable(fit.ok() ? QString() : fit.error().message));
    for (const OlsCoefficient &c : fit->coefficients) {
        QVERIFY2(relativeError(c.estimate, 1.0) < kPolynomialRelTolerance,
                 qPrintable(QStringLiteral("%1 = %2").arg(c.name).arg(c.estimate, 0, 'g', 17)));
        QVERIFY(c.stdError < kExactFitResidualTolerance);
    }
    QVERIFY(fit->rmse < kExactFitResidualTolerance);
    QVERIFY(std::fabs(fit->rSquared - 1.0) < kStatTolerance);
}

// Five points worked out by hand: x = 1..5, y = 2, 4, 5, 4, 5.
// mean x = 3, mean y = 4, Sxx = 10, Sxy = 6 -> b1 = 0.6, b0 = 2.2.
// fitted = 2.8, 3.4, 4.0, 4.6, 5.2; residuals = -0.8, 0.6, 1.0, -0.6, -0.2.
// SSE = 0.64 + 0.36 + 1 + 0.36 + 0.04 = 2.4; SST = 4 + 0 + 1 + 0 + 1 = 6.
// R^2 = 0.6; adj = 1 - 0.4 * 4/3 = 0.4666...; RMSE = sqrt(2.4/3) = sqrt(0.8).
// F = (3.6/1) / 0.8 = 4.5. DW = (1.96 + 0.16 + 2.56 + 0.16)/2.4 = 4.84/2.4.
// Lag-1: (-0.48 + 0.6 - 0.6 + 0.12)/2.4 = -0.36/2.4 = -0.15.
// log L = -2.5 (ln 2pi + ln 0.48 + 1); k = 3; AIC = -2 log L + 6; AICc = AIC + 24/1.
void TestOls::handCalculatedStatistics()
{
    const Result<OlsFit> fit =
        fitOls({2, 4, 5, 4, 5}, {{QStringLiteral("x"), {1, 2, 3, 4, 5}}});
    QVERIFY(fit.ok());
    QVERIFY(std::fabs(fit->coefficients[0].estimate - 2.2) < kStatTolerance);
    QVERIFY(std::fabs(fit->coefficients[1].estimate - 0.6) < kStatTolerance);
    QVERIFY(std::fabs(fit->sse - 2.4) < kStatTolerance);
    QVERIFY(std::fabs(fit->rSquared - 0.6) < kStatTolerance);
    QVERIFY(std::fabs(fit->adjRSquared - (1.0 - 0.4 * 4.0 / 3.0)) < kStatTolerance);
    QVERIFY(std::fabs(fit->rmse - std::sqrt(0.8)) < kStatTolerance);
    QVERIFY(std::fabs(fit->cvRmse - std::sqrt(0.8) / 4.0) < kStatTolerance);
    QVERIFY(std::fabs(fit->nmbe) < kStatTolerance);
    QVERIFY(std::fabs(fit->f - 4.5) < kStatTolerance);
    QVERIFY(std::fabs(fit->durbinWatson - 4.84 / 2.4) < kStatTolerance);
    QVERIFY(std::fabs(fit->lag1Autocorrelation + 0.15) < kStatTolerance);

    const double logL = -2.5 * (std::log(2.0 * M_PI) + std::log(0.48) + 1.0);
    QVERIFY(std::fabs(fit->aic - (-2.0 * logL + 6.0)) < kStatTolerance);
    QVERIFY(std::fabs(fit->aicc - (-2.0 * logL + 6.0 + 24.0)) < kStatTolerance);
    QVERIFY(std::fabs(fit->bic - (-2.0 * logL + 3.0 * std::log(5.0))) < kStatTolerance);

    // se(b1) = sqrt(0.8 / 10); t = 0.6 / sqrt(0.08) = 2.1213; with 3 dof the two-sided
    // p of t is P(F(1,3) > t^2 = 4.5), the same number as the F test's p.
    const double se = std::sqrt(0.08);
    QVERIFY(std::fabs(fit->coefficients[1].stdError - se) < kStatTolerance);
    QVERIFY(std::fabs(fit->coefficients[1].p - fit->fP) < kStatTolerance);
    // F(1,3) upper tail at 4.5, from the closed form of t with 3 dof:
    // P(|T| > t) = 1 - (2/pi)(atan(t/sqrt3) + (t/sqrt3)/(1 + t^2/3)).
    const double u = 0.6 / se / std::sqrt(3.0);
    const double p = 1.0 - 2.0 / M_PI * (std::atan(u) + u / (1.0 + u * u));
    QVERIFY(std::fabs(fit->fP - p) < kStatTolerance);
}

void TestOls::rankDeficient_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("kindOfB");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("constant");
    QTest::addColumn<int>("dependentCount");

    QTest::newRow("constant driver")
        << 8 << QStringLiteral("constant")
        << QStringLiteral("design matrix has rank 2 of 3; constant column(s): b")
        << QStringList{QStringLiteral("b")} << 0;
    QTest::newRow("duplicated driver")
        << 8 << QStringLiteral("double")
        << QStringLiteral("design matrix has rank 2 of 3; column(s) that are linear "
                          "combinations of the others: ")
        << QStringList{} << 1;
    QTest::newRow("fewer rows than parameters")
        << 2 << QStringLiteral("root") << QStringLiteral("2 rows cannot determine 3 parameters")
        << QStringList{} << 0;
}

void TestOls::rankDeficient()
{
    QFETCH(int, rows);
    QFETCH(QString, kindOfB);
    QFETCH(QString, message);
    QFETCH(QStringList, constant);
    QFETCH(int, dependentCount);

    std::vector<double> y;
    NamedColumn a{QStringLiteral("a"), {}};
    NamedColumn b{QStringLiteral("b"), {}};
    for (int i = 0; i < rows; ++i) {
        y.push_back(3.0 + i * i);
        a.values.push_back(i);
        b.values.push_back(kindOfB == QLatin1String("constant") ? 5.0
                           : kindOfB == QLatin1String("double") ? 2.0 * i
                                                                : std::sqrt(double(i)));
    }
    const Result<OlsFit> fit = fitOls(y, {a, b});
    QVERIFY(!fit.ok());
    QCOMPARE(fit.error().code, ErrorCode::RankDeficient);
    QVERIFY2(fit.error().message.startsWith(message), qPrintable(fit.error().message));

    const RankReport report = diagnoseRank({a, b}, rows, true);
    QVERIFY(report.deficient);
    QCOMPARE(report.parameters, 3);
    QCOMPARE(report.constantColumns, constant);
    QCOMPARE(int(report.dependentColumns.size()), dependentCount);
    // A duplicated driver is named, whichever of the pair the pivoting kept.
    for (const QString &name : report.dependentColumns) {
        QVERIFY(name == QLatin1String("a") || name == QLatin1String("b"));
        QVERIFY(fit.error().message.endsWith(name));
    }
}

void TestOls::csvErrorNamesLineAndColumn()
{
    const QString text = QStringLiteral("\"y\",\"x\"\n1,2\n3,n/a\n");
    const Result<NumericTable> table = parseNumericCsv(text);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code, ErrorCode::ParseError);
    QCOMPARE(table.error().message,
             QStringLiteral("line 3, column 2 (x): 'n/a' is not a number"));

    // A regress run on a duplicated column names it in the rank report.
    const QString duplicated = QStringLiteral("y,a,b\n1,1,2\n2,2,4\n4,3,6\n3,4,8\n");
    const RegressOptions options{QStringLiteral("y"),
                                 {QStringLiteral("a"), QStringLiteral("b")}, true};
    const Result<OlsFit> fit = runRegress(duplicated, options);
    QVERIFY(!fit.ok());
    QCOMPARE(fit.error().code, ErrorCode::RankDeficient);
    const Result<RankReport> report = diagnoseRegress(duplicated, options);
    QVERIFY(report.ok());
    QCOMPARE(report->rank, 2);
    QCOMPARE(report->dependentColumns.size(), 1);

    const RegressOptions missing{QStringLiteral("y"), {QStringLiteral("c")}, true};
    QCOMPARE(runRegress(duplicated, missing).error().message,
             QStringLiteral("no column named c"));
}

QTEST_APPLESS_MAIN(TestOls)
#include "tst_ols.moc"
