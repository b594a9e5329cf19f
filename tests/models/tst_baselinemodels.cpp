// SPDX-License-Identifier: GPL-3.0-or-later
// The item models and words of the baseline tab on baselines of the demo plant, fitted
// and stored through BaselineService and BaselineRepository: the list of an SEU's
// baselines through draft, acceptance and supersession, the coefficient table of a
// linear and of a change-point model, the candidates of a fit best first, the formula
// (evaluated back into the service's expected energy), the default reference period
// and the fit job. Run on SQLite and, when a server is configured, on PostgreSQL.
#include "models/baseline/baselinefitjob.h"
#include "models/baseline/baselinelistmodel.h"
#include "models/baseline/baselinerepository.h"
#include "models/baseline/baselineservice.h"
#include "models/baseline/baselinetext.h"
#include "models/baseline/coefficienttablemodel.h"
#include "models/baseline/fitcandidatemodel.h"
#include "models/database.h"
#include "models/demostore.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <cmath>
#include <map>
#include <memory>

using namespace Enms;
using namespace Enms::Test;
using Engine::ChangePointForm;

namespace {

const QDate kDemoEnd(2026, 11, 30);
const QString kCompressor = QStringLiteral("Compressor-1");
const QString kHvac = QStringLiteral("HVAC-Main");
constexpr int kDemoMonths = 6;
// Shown with four decimals: half a unit of the last one.
constexpr double kShownFourDecimalsTolerance = 0.5e-4;
// Shown with two decimals of a percent.
constexpr double kShownPercentTolerance = 0.005;
// Four significant digits: half a unit of the fourth, relative.
constexpr double kSignificantRelTolerance = 5e-4;
// The formula rounds each coefficient to four digits; a day's expectation then moves by
// less than this share.
constexpr double kFormulaRelTolerance = 2e-3;
constexpr int kJobTimeoutMs = 60000;

double parsed(const QString &shown)
{
    bool ok = false;
    const double value = QLocale().toDouble(QString(shown).remove(QStringLiteral(" %")), &ok);
    return ok ? value : qQNaN();
}

bool closeRel(double actual, double expected, double tolerance)
{
    return std::fabs(actual - expected) <= tolerance * std::max(std::fabs(expected), 1e-12);
}

// A demo plant on one backend, with the reference and reporting spans of its baselines.
struct Plant {
    std::unique_ptr<TestDatabase> testDb;
    std::unique_ptr<Database> database;
    QDate from;
    QDate to;
};

BaselineRequest requestFor(const QString &seu, const QDate &from, const QDate &to)
{
    BaselineRequest request;
    request.seu = seu;
    request.from = from;
    request.to = to;
    return request;
}

// The terms of a formula's right-hand side, split at " + " and " − " outside brackets;
// each keeps its sign in front ("+3.200 × HDD", "−250.0 × weekend day").
QStringList formulaTerms(const QString &right)
{
    QStringList terms;
    QString current;
    int depth = 0;
    for (qsizetype i = 0; i < right.size(); ++i) {
        const QChar c = right.at(i);
        depth += c == QLatin1Char('(') ? 1 : c == QLatin1Char(')') ? -1 : 0;
        const bool sign = i + 2 < right.size() && right.at(i + 2) == QLatin1Char(' ')
                          && (right.at(i + 1) == QLatin1Char('+')
                              || right.at(i + 1) == QChar(0x2212));
        if (depth == 0 && c == QLatin1Char(' ') && sign) {
            terms << current;
            current = right.at(i + 1);
            i += 2;
            continue;
        }
        current += c;
    }
    return terms << current;
}

// Evaluates a formula the way a reader would: each term is a number, or a number times
// a variable, where a variable is a driver symbol or a hinge "max(0, a − b)" of T.
double evaluate(const QString &formula, const std::map<QString, double> &values)
{
    const auto side = [&values](QString text) {
        text.remove(QStringLiteral(" °C"));
        return text == QStringLiteral("T") ? values.at(QStringLiteral("T")) : parsed(text);
    };
    double total = 0.0;
    for (QString term : formulaTerms(formula.section(QStringLiteral(" = "), 1))) {
        const bool negative = term.startsWith(QChar(0x2212));
        if (negative || term.startsWith(QLatin1Char('+')))
            term.remove(0, 1);
        const QString number = term.section(QStringLiteral(" × "), 0, 0);
        const QString variable = term.section(QStringLiteral(" × "), 1);
        double value = 1.0;
        if (variable.startsWith(QStringLiteral("max(0, "))) {
            const QStringList sides = variable.mid(7).chopped(1).split(QStringLiteral(" − "));
            value = std::max(0.0, side(sides.at(0)) - side(sides.at(1)));
        } else if (!variable.isEmpty()) {
            value = values.at(variable);
        }
        total += (negative ? -1.0 : 1.0) * parsed(number) * value;
    }
    return total;
}

} // namespace

class TestBaselineModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backends_data();

    void listFollowsDraftAcceptAndSupersede_data() { backends_data(); }
    void listFollowsDraftAcceptAndSupersede();
    void coefficientsOfALinearBaseline_data() { backends_data(); }
    void coefficientsOfALinearBaseline();
    void coefficientsOfAChangePointBaseline_data() { backends_data(); }
    void coefficientsOfAChangePointBaseline();
    void candidatesBestFirst_data() { backends_data(); }
    void candidatesBestFirst();
    void candidatesWhenNoneIsValid_data() { backends_data(); }
    void candidatesWhenNoneIsValid();
    void formulaGivesTheServiceExpectation_data();
    void formulaGivesTheServiceExpectation();
    void changePointFormulaGivesTheModel_data();
    void changePointFormulaGivesTheModel();
    void verdictSaysWhyInWords();
    void defaultReferencePeriod_data();
    void defaultReferencePeriod();
    void driverChoiceNamesTheExcludedDrivers_data() { backends_data(); }
    void driverChoiceNamesTheExcludedDrivers();
    void fitJobReportsStagesAndTheServiceResult_data() { backends_data(); }
    void fitJobReportsStagesAndTheServiceResult();
    void cancelledFitJobGivesNoReport();

private:
    Plant *plant(TestDatabase::Kind kind);
    Engine::Result<Baseline> fitAndStore(Database &database, const BaselineRequest &request,
                                         bool accept);

    std::map<TestDatabase::Kind, Plant> m_plants;
};

void TestBaselineModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("ENMS_USER", "auditor-test");
}

void TestBaselineModels::backends_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds())
        QTest::newRow(qPrintable(TestDatabase::kindName(kind))) << kind;
}

Plant *TestBaselineModels::plant(TestDatabase::Kind kind)
{
    if (const auto it = m_plants.find(kind); it != m_plants.end())
        return &it->second;

    Plant made;
    made.testDb = std::make_unique<TestDatabase>(kind);
    auto opened = Database::open(made.testDb->location());
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    made.database = std::move(opened).value();
    auto stored = storeDemoPlant(*made.database, {kDemoEnd, 42, kDemoMonths});
    if (!stored) {
        qWarning("%s", qPrintable(stored.error().message));
        return nullptr;
    }
    const DateSpan span = demoReferencePeriod(*stored);
    made.from = span.from;
    made.to = span.to;
    return &m_plants.emplace(kind, std::move(made)).first->second;
}

Engine::Result<Baseline> TestBaselineModels::fitAndStore(Database &database,
                                                         const BaselineRequest &request,
                                                         bool accept)
{
    auto report = BaselineService(database).fit(request);
    if (!report)
        return report.error();
    if (!report->chosen)
        return Engine::makeError(Engine::ErrorCode::NotEnoughData, QStringLiteral("no model"));
    BaselineRepository repository(database);
    auto id = repository.store(*report->chosen);
    if (!id)
        return id.error();
    if (accept) {
        if (auto accepted = repository.accept(*id); !accepted)
            return accepted.error();
    }
    return repository.load(*id);
}

void TestBaselineModels::listFollowsDraftAcceptAndSupersede()
{
    QFETCH(TestDatabase::Kind, kind);
    Plant *demo = plant(kind);
    QVERIFY(demo);
    Database &db = *demo->database;
    BaselineRepository repository(db);
    const QString seuId = BaselineService(db).fit(requestFor(kCompressor, demo->from,
                                                             demo->to))->seu.id;

    BaselineListModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(BaselineListModel::ColumnCount));

    // A draft, then accepted, then a second fit over a shorter span supersedes it.
    auto first = fitAndStore(db, requestFor(kCompressor, demo->from, demo->to), false);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    model.setBaselines(*repository.list(seuId));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, BaselineListModel::StatusColumn).data().toString(),
             QStringLiteral("Draft"));
    QCOMPARE(model.acceptedRow(), -1);

    QVERIFY(repository.accept(first->id));
    QTest::qWait(5);   // a later creation time, so the newer baseline sorts first
    auto second = fitAndStore(db, requestFor(kCompressor, demo->from.addDays(14), demo->to),
                              true);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    const std::vector<Baseline> stored = *repository.list(seuId);
    model.setBaselines(stored);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(second->id), 0);
    QCOMPARE(model.rowOf(first->id), 1);
    QCOMPARE(model.acceptedRow(), 0);
    QCOMPARE(model.index(0, BaselineListModel::StatusColumn).data().toString(),
             QStringLiteral("Accepted"));
    QCOMPARE(model.index(1, BaselineListModel::StatusColumn).data().toString(),
             QStringLiteral("Superseded"));
    QCOMPARE(model.index(1, BaselineListModel::StatusColumn)
                 .data(BaselineListModel::StatusCodeRole).toString(),
             QStringLiteral("superseded"));

    for (int row = 0; row < model.rowCount(); ++row) {
        const Baseline &b = stored[size_t(row)];
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.index(row, column).data(BaselineListModel::BaselineIdRole)
                         .toString(), b.id);
        const QModelIndex r2 = model.index(row, BaselineListModel::RSquaredColumn);
        QCOMPARE(r2.data(BaselineListModel::ValueRole).toDouble(), b.fit.rSquared);
        QVERIFY(std::fabs(parsed(r2.data().toString()) - b.fit.rSquared)
                <= kShownFourDecimalsTolerance);
        const QModelIndex cv = model.index(row, BaselineListModel::CvRmseColumn);
        QVERIFY(std::fabs(parsed(cv.data().toString()) - 100.0 * b.fit.cvRmse)
                <= kShownPercentTolerance);
        const QModelIndex created = model.index(row, BaselineListModel::CreatedColumn);
        QCOMPARE(created.data(BaselineListModel::ActorRole).toString(),
                 QStringLiteral("auditor-test"));
        QCOMPARE(created.data(BaselineListModel::ValueRole).toDateTime(), b.createdAtUtc);
        QVERIFY(created.data().toString().endsWith(QStringLiteral("\nauditor-test")));
        QCOMPARE(model.index(row, BaselineListModel::ModelColumn).data().toString(),
                 BaselineText::modelSummary(b));
    }
    QCOMPARE(model.index(1, BaselineListModel::AcceptedColumn)
                 .data(BaselineListModel::ActorRole).toString(),
             QStringLiteral("auditor-test"));
    QVERIFY(model.index(0, BaselineListModel::AcceptedColumn)
                .data(BaselineListModel::ValueRole).toDateTime().isValid());

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestBaselineModels::coefficientsOfALinearBaseline()
{
    QFETCH(TestDatabase::Kind, kind);
    Plant *demo = plant(kind);
    QVERIFY(demo);
    BaselineRequest request = requestFor(kCompressor, demo->from, demo->to);
    request.model = QStringLiteral("ols");
    auto report = BaselineService(*demo->database).fit(request);
    QVERIFY(report && report->chosen);
    const Baseline &baseline = *report->chosen;

    CoefficientTableModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBaseline(baseline);
    QCOMPARE(model.rowCount(), int(baseline.fit.coefficients.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const Engine::OlsCoefficient &c = baseline.fit.coefficients[size_t(row)];
        const auto cell = [&model, row](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, CoefficientTableModel::TermCodeRole).toString(), c.name);
        QCOMPARE(cell(CoefficientTableModel::EstimateColumn,
                      CoefficientTableModel::ValueRole).toDouble(), c.estimate);
        QVERIFY(closeRel(parsed(cell(CoefficientTableModel::EstimateColumn).toString()),
                         c.estimate, kSignificantRelTolerance));
        QVERIFY(closeRel(parsed(cell(CoefficientTableModel::StdErrorColumn).toString()),
                         c.stdError, kSignificantRelTolerance));
        QCOMPARE(cell(CoefficientTableModel::PColumn, CoefficientTableModel::ValueRole)
                     .toDouble(), c.p);
        QVERIFY(!cell(CoefficientTableModel::UnitColumn).toString().isEmpty());
        const bool intercept = c.name == QLatin1String("intercept");
        QCOMPARE(cell(CoefficientTableModel::VifColumn).toString() == QStringLiteral("—"),
                 intercept);
    }
    QCOMPARE(model.index(0, CoefficientTableModel::UnitColumn).data().toString(),
             QStringLiteral("kWh/day"));
    if (const int row = int(std::find_if(baseline.fit.coefficients.begin(),
                                         baseline.fit.coefficients.end(),
                                         [](const auto &c) {
                                             return c.name == QLatin1String("production");
                                         })
                            - baseline.fit.coefficients.begin());
        row < model.rowCount())
        QCOMPARE(model.index(row, CoefficientTableModel::UnitColumn).data().toString(),
                 QStringLiteral("kWh/unit"));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

// HVAC-Main heats and cools (docs/demo-plant.md), so a 5P model has both change points.
void TestBaselineModels::coefficientsOfAChangePointBaseline()
{
    QFETCH(TestDatabase::Kind, kind);
    Plant *demo = plant(kind);
    QVERIFY(demo);
    BaselineRequest request = requestFor(kHvac, demo->from, demo->to);
    request.model = QStringLiteral("5p");
    auto report = BaselineService(*demo->database).fit(request);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QVERIFY(report->changePoints && !report->changePoints->candidates.empty());
    Baseline baseline;
    baseline.periodFrom = demo->from;
    baseline.periodTo = demo->to;
    baseline.modelForm = QStringLiteral("5p");
    baseline.drivers = QStringList{QStringLiteral("temperature")};
    baseline.changePoint = report->changePoints->candidates.front();
    baseline.fit = baseline.changePoint->fit;

    CoefficientTableModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBaseline(baseline);
    const int linear = int(baseline.fit.coefficients.size());
    QCOMPARE(model.rowCount(), linear + 2);
    const QModelIndex heating = model.index(linear, CoefficientTableModel::EstimateColumn);
    QCOMPARE(heating.data(CoefficientTableModel::TermCodeRole).toString(),
             QStringLiteral("heating_change_point"));
    QCOMPARE(heating.data(CoefficientTableModel::ValueRole).toDouble(),
             baseline.changePoint->heatingChangePointC);
    QCOMPARE(model.index(linear + 1, 0).data(CoefficientTableModel::TermCodeRole).toString(),
             QStringLiteral("cooling_change_point"));
    QCOMPARE(model.index(linear, CoefficientTableModel::UnitColumn).data().toString(),
             QStringLiteral("°C"));
    for (int column : {CoefficientTableModel::StdErrorColumn, CoefficientTableModel::TColumn,
                       CoefficientTableModel::PColumn})
        QCOMPARE(model.index(linear, column).data().toString(), QStringLiteral("—"));
}

void TestBaselineModels::candidatesBestFirst()
{
    QFETCH(TestDatabase::Kind, kind);
    Plant *demo = plant(kind);
    QVERIFY(demo);
    auto report = BaselineService(*demo->database).fit(requestFor(kHvac, demo->from,
                                                                  demo->to));
    QVERIFY(report && report->chosen);

    FitCandidateModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(*report);
    const size_t searched = report->subsets->candidates.size()
                            + report->changePoints->candidates.size();
    QCOMPARE(size_t(model.rowCount()), searched);

    // The first row is the service's choice, with its statistics.
    const QModelIndex top = model.index(0, FitCandidateModel::AdjRSquaredColumn);
    QVERIFY(top.data(FitCandidateModel::ChosenRole).toBool());
    QCOMPARE(top.data(FitCandidateModel::ValueRole).toDouble(),
             report->chosen->fit.adjRSquared);
    QCOMPARE(model.index(0, FitCandidateModel::ModelColumn).data().toString(),
             BaselineText::modelSummary(*report->chosen));
    QCOMPARE(model.index(0, FitCandidateModel::VerdictColumn).data().toString(),
             QStringLiteral("Chosen"));

    // Chosen, then valid, then rejected, then unfitted rows, each group by adjusted R²;
    // every rejected row says why.
    int chosen = 0;
    int previousGroup = 0;
    double previousAdj = HUGE_VAL;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, FitCandidateModel::AdjRSquaredColumn);
        const bool isChosen = index.data(FitCandidateModel::ChosenRole).toBool();
        const bool valid = index.data(FitCandidateModel::ValidRole).toBool();
        const QVariant adj = index.data(FitCandidateModel::ValueRole);
        const int group = isChosen ? 0 : valid ? 1 : adj.isValid() ? 2 : 3;
        chosen += isChosen ? 1 : 0;
        QVERIFY2(group >= previousGroup, qPrintable(QString::number(row)));
        if (group != previousGroup)
            previousAdj = HUGE_VAL;
        if (adj.isValid() && std::isfinite(adj.toDouble())) {
            QVERIFY2(adj.toDouble() <= previousAdj, qPrintable(QString::number(row)));
            previousAdj = adj.toDouble();
        }
        previousGroup = group;
        const QString reason = model.index(row, FitCandidateModel::ReasonColumn).data()
                                   .toString();
        QCOMPARE(reason.isEmpty(), valid);
    }
    QCOMPARE(chosen, 1);
    QCOMPARE(model.validCount(), int(std::count_if(
        report->subsets->candidates.begin(), report->subsets->candidates.end(),
        [](const auto &c) { return c.verdict.valid; })) + int(std::count_if(
        report->changePointVerdicts.begin(), report->changePointVerdicts.end(),
        [](const auto &v) { return v.valid; })));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

// Six days cannot meet SEP's ten data points: every row is rejected, for that reason.
void TestBaselineModels::candidatesWhenNoneIsValid()
{
    QFETCH(TestDatabase::Kind, kind);
    Plant *demo = plant(kind);
    QVERIFY(demo);
    BaselineRequest request = requestFor(kCompressor, demo->to.addDays(-5), demo->to);
    request.drivers = QStringList{QStringLiteral("production")};
    request.model = QStringLiteral("ols");
    auto report = BaselineService(*demo->database).fit(request);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QVERIFY(!report->chosen);

    FitCandidateModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(*report);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.validCount(), 0);
    QVERIFY(!model.index(0, 0).data(FitCandidateModel::ChosenRole).toBool());
    const QString reason = model.index(0, FitCandidateModel::ReasonColumn).data().toString();
    QVERIFY2(reason.contains(QStringLiteral("The number of data points is 6, but must be at "
                                            "least 10.")), qPrintable(reason));
}

void TestBaselineModels::formulaGivesTheServiceExpectation_data()
{
    QTest::addColumn<QString>("seu");
    QTest::newRow("Compressor-1") << kCompressor;
    QTest::newRow("HVAC-Main") << kHvac;
    QTest::newRow("Boiler-1") << QStringLiteral("Boiler-1");
}

// The formula is what an auditor copies: evaluated with a day's drivers it must give
// the expected energy the service computes for that day (a 24-hour day, so no
// day-length scaling applies).
void TestBaselineModels::formulaGivesTheServiceExpectation()
{
    QFETCH(QString, seu);
    Plant *demo = plant(TestDatabase::Kind::Sqlite);
    QVERIFY(demo);
    Database &db = *demo->database;
    BaselineRequest request = requestFor(seu, demo->from, demo->to);
    request.model = QStringLiteral("ols");
    auto report = BaselineService(db).fit(request);
    QVERIFY2(report && report->chosen, qPrintable(seu));

    BaselineRepository repository(db);
    auto id = repository.store(*report->chosen);
    QVERIFY(id && repository.accept(*id));
    const QDate day = demo->to.addDays(10);     // a reporting day, 24 hours long
    auto table = BaselineService(db).dailyDriverTable(seu, day, day, {});
    auto expected = BaselineService(db).expected(seu, day, day);
    QVERIFY(table && expected && table->rowCount() == 1 && expected->periods.size() == 1);
    std::map<QString, double> values;
    for (const Engine::NamedColumn &column : table->drivers)
        values[BaselineText::driverSymbol(column.name, Engine::PeriodLength::Day)]
            = column.values.front();

    const QString formula = BaselineText::formula(*report->chosen);
    QVERIFY2(formula.startsWith(QStringLiteral("Expected kWh per day = ")), qPrintable(formula));
    const double fromFormula = evaluate(formula, values);
    QVERIFY2(closeRel(fromFormula, expected->periods.front().expectedKWh, kFormulaRelTolerance),
             qPrintable(QStringLiteral("%1 gives %2, the service %3")
                            .arg(formula).arg(fromFormula)
                            .arg(expected->periods.front().expectedKWh)));
}

void TestBaselineModels::changePointFormulaGivesTheModel_data()
{
    QTest::addColumn<QString>("form");
    for (const char *form : {"2p", "3pc", "3ph", "4p", "5p"})
        QTest::newRow(form) << QString::fromLatin1(form);
}

// Each change-point form written out, evaluated across the temperature range (both
// sides of every change point), against the engine's own prediction. The fit need not
// be valid for this: the formula must say what the model computes either way.
void TestBaselineModels::changePointFormulaGivesTheModel()
{
    QFETCH(QString, form);
    Plant *demo = plant(TestDatabase::Kind::Sqlite);
    QVERIFY(demo);
    BaselineRequest request = requestFor(QStringLiteral("HVAC-EU-North"), demo->from,
                                         demo->to);
    request.model = form;
    auto report = BaselineService(*demo->database).fit(request);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QVERIFY(report->changePoints && report->changePoints->candidates.size() == 1);
    Baseline baseline;
    baseline.modelForm = form;
    baseline.drivers = QStringList{QStringLiteral("temperature")};
    baseline.changePoint = report->changePoints->candidates.front();
    baseline.fit = baseline.changePoint->fit;

    const QString formula = BaselineText::formula(baseline);
    for (double t = -10.0; t <= 30.0; t += 2.5) {
        const double shown = evaluate(formula, {{QStringLiteral("T"), t}});
        const double model = Engine::predictChangePoint(*baseline.changePoint, t);
        QVERIFY2(closeRel(shown, model, kFormulaRelTolerance),
                 qPrintable(QStringLiteral("%1 at %2 °C gives %3, the model %4")
                                .arg(formula).arg(t).arg(shown).arg(model)));
    }
}

void TestBaselineModels::verdictSaysWhyInWords()
{
    Engine::OlsFit fit;
    fit.n = 8;
    fit.p = 2;
    fit.rSquared = 0.42;
    fit.fP = 0.3;
    fit.coefficients = {{QStringLiteral("intercept"), 100.0, 5.0, 20.0, 0.0001},
                        {QStringLiteral("production"), 0.5, 0.4, 1.25, 0.26}};
    Baseline baseline;
    baseline.fit = fit;
    baseline.drivers = QStringList{QStringLiteral("production")};
    baseline.modelForm = olsFormCode();
    baseline.verdict = Engine::judgeFit(fit, Engine::RuleSet::Sep);

    const QString text = BaselineText::verdictText(baseline);
    QVERIFY2(text.startsWith(QStringLiteral("Not valid under SEP (US DOE): ")), qPrintable(text));
    for (const char *reason : {"The F-test p value is 0.3000, but must be below 0.10.",
                               "R² is 0.4200, but must be at least 0.50.",
                               "The number of data points is 8, but must be at least 10."})
        QVERIFY2(text.contains(QString::fromUtf8(reason)), qPrintable(text));
    QCOMPARE(BaselineText::formula(baseline),
             QStringLiteral("Expected kWh per day = 100.0 + 0.5000 × production"));
    QVERIFY(BaselineText::ruleSetDetails(Engine::RuleSet::Rmv2).contains(QStringLiteral("LBNL")));
}

void TestBaselineModels::defaultReferencePeriod_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    // Written out by hand from the rule: the twelve complete months that end by the day
    // 30 days before the last reading, cut to the first reading.
    QTest::newRow("13 months of demo") << QDate(2025, 10, 30) << QDate(2026, 11, 30)
                                       << QDate(2025, 11, 1) << QDate(2026, 10, 31);
    QTest::newRow("mid-month last reading") << QDate(2024, 1, 1) << QDate(2026, 3, 15)
                                            << QDate(2025, 2, 1) << QDate(2026, 1, 31);
    QTest::newRow("30 days back is a first") << QDate(2024, 1, 1) << QDate(2026, 3, 31)
                                             << QDate(2025, 3, 1) << QDate(2026, 2, 28);
    QTest::newRow("leap day is a month end") << QDate(2022, 1, 1) << QDate(2024, 3, 30)
                                             << QDate(2023, 3, 1) << QDate(2024, 2, 29);
    QTest::newRow("short history") << QDate(2026, 6, 10) << QDate(2026, 11, 30)
                                   << QDate(2026, 6, 10) << QDate(2026, 10, 31);
    QTest::newRow("under two months: all of it")
        << QDate(2026, 11, 5) << QDate(2026, 11, 30) << QDate(2026, 11, 5)
        << QDate(2026, 11, 30);
    QTest::newRow("no readings") << QDate() << QDate() << QDate() << QDate();
}

void TestBaselineModels::defaultReferencePeriod()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const DateSpan span = BaselineService::defaultReferencePeriod(first, last);
    QCOMPARE(span.from, from);
    QCOMPARE(span.to, to);
}

void TestBaselineModels::driverChoiceNamesTheExcludedDrivers()
{
    QFETCH(TestDatabase::Kind, kind);
    Plant *demo = plant(kind);
    QVERIFY(demo);
    BaselineService service(*demo->database);

    auto compressor = service.driverChoice(kCompressor, demo->from, demo->to,
                                           Engine::PeriodLength::Day);
    QVERIFY2(compressor, qPrintable(compressor ? QString() : compressor.error().message));
    for (const char *name : {"production", "hdd", "cdd", "weekend", "temperature",
                             "operating_hours"})
        QVERIFY2(compressor->available.contains(QLatin1String(name)), name);
    QCOMPARE(compressor->defaults, (QStringList{QStringLiteral("production"),
                                                QStringLiteral("hdd"), QStringLiteral("cdd"),
                                                QStringLiteral("weekend")}));
    QStringList excluded;
    for (const ExcludedDriver &driver : compressor->excluded)
        excluded << driver.name;
    QVERIFY(excluded.contains(QStringLiteral("operating_hours")));
    QVERIFY(compressor->rows > 100);

    // HVAC-Main has no production; weeks have no weekend column.
    auto hvac = service.driverChoice(kHvac, demo->from, demo->to, Engine::PeriodLength::Week);
    QVERIFY(hvac);
    QVERIFY(!hvac->available.contains(QStringLiteral("production")));
    QVERIFY(!hvac->available.contains(QStringLiteral("weekend")));
}

void TestBaselineModels::fitJobReportsStagesAndTheServiceResult()
{
    QFETCH(TestDatabase::Kind, kind);
    Plant *demo = plant(kind);
    QVERIFY(demo);
    const BaselineRequest request = requestFor(kHvac, demo->from, demo->to);

    QThread thread;
    BaselineFitJob job({demo->database->location(), request, BaselineFitJob::Work::Fit});
    job.moveToThread(&thread);
    QList<FitStage> stages;
    connect(&job, &BaselineFitJob::stageStarted, this,
            [&stages](FitStage stage) { stages << stage; });
    QSignalSpy finished(&job, &BaselineFitJob::finished);
    connect(&thread, &QThread::started, &job, &BaselineFitJob::run);
    thread.start();
    QVERIFY(finished.wait(kJobTimeoutMs));
    thread.quit();
    thread.wait();
    QTRY_COMPARE(stages.size(), 3);

    QCOMPARE(stages, (QList<FitStage>{FitStage::ReadingData, FitStage::SearchingRegressions,
                                      FitStage::SearchingChangePoints}));
    QVERIFY(job.report().has_value() && !job.drivers().has_value());
    const auto &report = *job.report();
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    auto direct = BaselineService(*demo->database).fit(request);
    QVERIFY(direct && direct->chosen && report->chosen);
    QCOMPARE(report->chosen->modelForm, direct->chosen->modelForm);
    QCOMPARE(report->chosen->drivers, direct->chosen->drivers);
    QCOMPARE(report->chosen->fit.rSquared, direct->chosen->fit.rSquared);
}

void TestBaselineModels::cancelledFitJobGivesNoReport()
{
    Plant *demo = plant(TestDatabase::Kind::Sqlite);
    QVERIFY(demo);
    BaselineFitJob job({demo->database->location(),
                        requestFor(kCompressor, demo->from, demo->to),
                        BaselineFitJob::Work::Fit});
    QSignalSpy finished(&job, &BaselineFitJob::finished);
    job.cancel();
    job.run();
    QCOMPARE(finished.count(), 1);
    QVERIFY(job.report().has_value());
    QVERIFY(!*job.report());
    QCOMPARE(job.report()->error().code, Engine::ErrorCode::Cancelled);
}

QTEST_GUILESS_MAIN(TestBaselineModels)
#include "tst_baselinemodels.moc"
