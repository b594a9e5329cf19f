// SPDX-License-Identifier: GPL-3.0-or-later
// Stored energy baselines on both backends: drafts, acceptance that supersedes, the audit
// trail of who accepted what, and models that come back exactly as they were fitted.
#include "models/auditlog.h"
#include "models/baseline/baselinerepository.h"
#include "models/database.h"
#include "models/registry.h"

#include "testdatabase.h"

#include <QTest>

#include <cmath>

using namespace Enms;
using namespace Enms::Test;

namespace {

// Every stored number goes through JSON text; 17 significant digits bring a double back
// bit for bit, so the tolerance is zero.
constexpr double kExactTolerance = 0.0;

Engine::SiteInfo testSite()
{
    Engine::SiteInfo site;
    site.name = QStringLiteral("Plant R");
    site.timeZoneId = QStringLiteral("Europe/Berlin");
    site.currency = QStringLiteral("EUR");
    return site;
}

// y = 2 + 3 x with a small alternating disturbance, x = 1..12.
Baseline regressionBaseline(const QString &seuId)
{
    Engine::NamedColumn x{QStringLiteral("production"), {}};
    std::vector<double> y;
    for (int i = 1; i <= 12; ++i) {
        x.values.push_back(i);
        y.push_back(2.0 + 3.0 * i + ((i % 2) ? 0.1 : -0.1) * (1.0 + i / 7.0));
    }
    Baseline b;
    b.seuId = seuId;
    b.periodFrom = QDate(2025, 1, 1);
    b.periodTo = QDate(2025, 12, 31);
    b.periodLength = Engine::PeriodLength::Month;
    b.modelForm = olsFormCode();
    b.drivers = QStringList{x.name};
    b.fit = *Engine::fitOls(y, {x});
    b.verdict = Engine::judgeFit(b.fit, Engine::RuleSet::Sep);
    b.summary = Engine::summariseBaseline(b.fit, {x});
    return b;
}

} // namespace

class TestBaselineRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("ENMS_USER", "auditor-test"); }
    void backends_data();
    void storesDraftsExactly_data() { backends_data(); }
    void storesDraftsExactly();
    void acceptSupersedesWithAuditTrail_data() { backends_data(); }
    void acceptSupersedesWithAuditTrail();
    void changePointModelRoundTrips_data() { backends_data(); }
    void changePointModelRoundTrips();
    void unknownIdIsReported_data() { backends_data(); }
    void unknownIdIsReported();

private:
    struct Fixture {
        std::unique_ptr<Database> database;
        QString seuId;
    };
    static Fixture open(const TestDatabase &db);
};

void TestBaselineRepository::backends_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds())
        QTest::newRow(qPrintable(TestDatabase::kindName(kind))) << kind;
}

TestBaselineRepository::Fixture TestBaselineRepository::open(const TestDatabase &db)
{
    Fixture fixture;
    auto opened = Database::open(db.location());
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return fixture;
    }
    fixture.database = std::move(opened).value();
    Registry registry(*fixture.database);
    const auto site = registry.addSite(testSite());
    const auto seu = registry.addSeu({QString(), site ? site->id : QString(),
                                      QStringLiteral("Press-7"),
                                      Engine::EnergyCarrier::Electricity, 80.0, true});
    fixture.seuId = seu ? seu->id : QString();
    return fixture;
}

void TestBaselineRepository::storesDraftsExactly()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase db(kind);
    const Fixture f = open(db);
    QVERIFY(f.database && !f.seuId.isEmpty());
    BaselineRepository repository(*f.database);

    const Baseline fitted = regressionBaseline(f.seuId);
    const auto id = repository.store(fitted);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    const auto loaded = repository.load(*id);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));

    QCOMPARE(loaded->status, BaselineStatus::Draft);
    QCOMPARE(loaded->createdBy, QStringLiteral("auditor-test"));
    QVERIFY(loaded->createdAtUtc.isValid());
    QVERIFY(!loaded->acceptedAtUtc.isValid());
    QCOMPARE(loaded->periodFrom, fitted.periodFrom);
    QCOMPARE(loaded->periodLength, Engine::PeriodLength::Month);
    QCOMPARE(loaded->drivers, fitted.drivers);
    QCOMPARE(loaded->verdict.valid, fitted.verdict.valid);
    QCOMPARE(loaded->verdict.checks.size(), fitted.verdict.checks.size());
    QCOMPARE(loaded->fit.coefficients.size(), size_t(2));
    for (size_t i = 0; i < 2; ++i) {
        const double stored = loaded->fit.coefficients[i].estimate;
        const double original = fitted.fit.coefficients[i].estimate;
        QVERIFY(std::fabs(stored - original) <= kExactTolerance);
        QVERIFY(std::fabs(loaded->fit.coefficients[i].stdError
                          - fitted.fit.coefficients[i].stdError) <= kExactTolerance);
    }
    QVERIFY(std::fabs(loaded->fit.rSquared - fitted.fit.rSquared) <= kExactTolerance);
    QCOMPARE(loaded->summary.n, 12);
    QCOMPARE(loaded->summary.ranges.size(), size_t(1));
    QCOMPARE(loaded->summary.ranges.front().min, 1.0);
    QCOMPARE(loaded->summary.ranges.front().max, 12.0);

    const auto none = repository.accepted(f.seuId);
    QVERIFY(none && !none->has_value());
}

void TestBaselineRepository::acceptSupersedesWithAuditTrail()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase db(kind);
    const Fixture f = open(db);
    QVERIFY(f.database && !f.seuId.isEmpty());
    BaselineRepository repository(*f.database);

    const auto first = repository.store(regressionBaseline(f.seuId));
    const auto second = repository.store(regressionBaseline(f.seuId));
    QVERIFY(first && second && *first != *second);

    const auto noPrevious = repository.accept(*first);
    QVERIFY(noPrevious && noPrevious->isEmpty());
    const auto previous = repository.accept(*second);
    QVERIFY(previous);
    QCOMPARE(*previous, *first);

    const auto accepted = repository.accepted(f.seuId);
    QVERIFY(accepted && accepted->has_value());
    QCOMPARE((*accepted)->id, *second);
    QCOMPARE((*accepted)->acceptedBy, QStringLiteral("auditor-test"));
    QVERIFY((*accepted)->acceptedAtUtc.isValid());

    // The old baseline stays readable, marked superseded and when.
    const auto old = repository.load(*first);
    QVERIFY(old);
    QCOMPARE(old->status, BaselineStatus::Superseded);
    QVERIFY(old->supersededAtUtc.isValid());
    QVERIFY(old->acceptedAtUtc.isValid());
    const auto all = repository.list(f.seuId);
    QVERIFY(all);
    QCOMPARE(all->size(), size_t(2));

    // A superseded baseline cannot be accepted again; an accepted one stays as it is.
    const auto again = repository.accept(*first);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Engine::ErrorCode::InvalidInput);
    QVERIFY(repository.accept(*second));

    const auto log = AuditLog(*f.database).entries(QStringLiteral("baseline"));
    QVERIFY(log);
    QStringList actions;
    for (const AuditEntry &entry : *log)
        actions << entry.action + QLatin1Char(':') + entry.entityId;
    QCOMPARE(actions, (QStringList{QStringLiteral("baseline.create:") + *first,
                                   QStringLiteral("baseline.create:") + *second,
                                   QStringLiteral("baseline.accept:") + *first,
                                   QStringLiteral("baseline.supersede:") + *first,
                                   QStringLiteral("baseline.accept:") + *second}));
    const AuditEntry &secondAccept = log->back();
    QCOMPARE(secondAccept.actor, QStringLiteral("auditor-test"));
    QCOMPARE(secondAccept.detail.value(QStringLiteral("supersedes")).toString(), *first);
}

void TestBaselineRepository::changePointModelRoundTrips()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase db(kind);
    const Fixture f = open(db);
    QVERIFY(f.database && !f.seuId.isEmpty());

    // A heating load: 100 kWh plus 4 kWh per degree below 15 °C.
    std::vector<double> t, e;
    for (int i = 0; i < 40; ++i) {
        t.push_back(-5.0 + 0.75 * i);
        e.push_back(100.0 + 4.0 * std::max(0.0, 15.0 - t.back()) + ((i % 2) ? 0.5 : -0.5));
    }
    auto cp = Engine::fitChangePointModel(Engine::ChangePointForm::ThreePH, t, e);
    QVERIFY(cp);
    Baseline b;
    b.seuId = f.seuId;
    b.periodFrom = QDate(2025, 1, 1);
    b.periodTo = QDate(2025, 2, 9);
    b.modelForm = Engine::changePointFormCode(cp->form);
    b.drivers = QStringList{QStringLiteral("temperature")};
    b.fit = cp->fit;
    b.changePoint = *cp;
    b.verdict = Engine::judgeFit(cp->fit, Engine::RuleSet::Sep);
    b.summary = Engine::summariseBaseline(cp->fit, {{QStringLiteral("temperature"), t}});

    BaselineRepository repository(*f.database);
    const auto id = repository.store(b);
    QVERIFY(id);
    const auto loaded = repository.load(*id);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
    QVERIFY(loaded->isChangePoint());
    QCOMPARE(loaded->modelForm, QStringLiteral("3ph"));
    QVERIFY(std::fabs(loaded->changePoint->heatingChangePointC - cp->heatingChangePointC)
            <= kExactTolerance);
    QVERIFY(std::fabs(Engine::predictChangePoint(*loaded->changePoint, 0.0)
                      - Engine::predictChangePoint(*cp, 0.0)) <= kExactTolerance);
}

void TestBaselineRepository::unknownIdIsReported()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase db(kind);
    const Fixture f = open(db);
    QVERIFY(f.database);
    BaselineRepository repository(*f.database);
    const QString missing = QStringLiteral("00000000-0000-0000-0000-000000000000");
    QCOMPARE(repository.load(missing).error().code, Engine::ErrorCode::UnknownEntity);
    QCOMPARE(repository.accept(missing).error().code, Engine::ErrorCode::UnknownEntity);
}

QTEST_GUILESS_MAIN(TestBaselineRepository)
#include "tst_baselinerepository.moc"
