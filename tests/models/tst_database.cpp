// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/auditlog.h"
#include "models/database.h"
#include "models/readingstore.h"
#include "models/registry.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Enms;
using Enms::Test::TestDatabase;

class TestDatabaseSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backends_data();
    void migratesEmptyDatabase_data() { backends_data(); }
    void migratesEmptyDatabase();
    void reopensExistingDatabase_data() { backends_data(); }
    void reopensExistingDatabase();
    void refusesNewerSchema_data() { backends_data(); }
    void refusesNewerSchema();
    void refusesForeignSqliteFile();
    void auditLogIsAppendOnly_data() { backends_data(); }
    void auditLogIsAppendOnly();
    void registryRejectsBadInput_data() { backends_data(); }
    void registryRejectsBadInput();
    void registryKeepsTextLiterally_data() { backends_data(); }
    void registryKeepsTextLiterally();
    void readingsRoundTripAndMerge_data() { backends_data(); }
    void readingsRoundTripAndMerge();
    void failedWriteStoresNothing_data() { backends_data(); }
    void failedWriteStoresNothing();

private:
    static std::unique_ptr<Database> openFresh(const TestDatabase &db);
    static Engine::SiteInfo berlinSite();
};

void TestDatabaseSchema::backends_data()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds())
        QTest::newRow(qPrintable(TestDatabase::kindName(kind))) << kind;
}

std::unique_ptr<Database> TestDatabaseSchema::openFresh(const TestDatabase &db)
{
    if (db.location().isEmpty())
        qWarning("test database not created: %s", qPrintable(db.error()));
    Engine::Result<std::unique_ptr<Database>> opened = Database::open(db.location());
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

Engine::SiteInfo TestDatabaseSchema::berlinSite()
{
    Engine::SiteInfo site;
    site.name = QStringLiteral("Plant B");
    site.timeZoneId = QStringLiteral("Europe/Berlin");
    site.currency = QStringLiteral("EUR");
    site.tariffs[Engine::EnergyCarrier::Electricity] = {0.22, 0.38};
    return site;
}

void TestDatabaseSchema::migratesEmptyDatabase()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    auto database = openFresh(testDb);
    QVERIFY(database);
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());

    const QStringList tables = database->connection().tables();
    for (const char *table : {"schema_version", "sites", "site_tariffs", "seus", "energy_blocks",
                              "temperature_blocks", "production_daily", "action_plans",
                              "plan_actions", "plan_revisions", "audit_log", "baselines",
                              "imports", "import_changes", "import_presets"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
}

void TestDatabaseSchema::reopensExistingDatabase()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    {
        auto database = openFresh(testDb);
        QVERIFY(database);
        QVERIFY(Registry(*database).addSite(berlinSite()));
    }
    auto reopened = openFresh(testDb);
    QVERIFY(reopened);
    QSqlQuery count(reopened->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), Database::latestSchemaVersion());
    const auto sites = Registry(*reopened).sites();
    QVERIFY(sites);
    QCOMPARE(sites->size(), size_t(1));
    QCOMPARE(sites->front().name, QStringLiteral("Plant B"));
}

void TestDatabaseSchema::refusesNewerSchema()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    {
        auto database = openFresh(testDb);
        QVERIFY(database);
        QSqlQuery bump(database->connection());
        QVERIFY(bump.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (999)")));
    }
    QByteArray before;
    if (kind == TestDatabase::Kind::Sqlite) {
        QFile file(testDb.location());
        QVERIFY(file.open(QIODevice::ReadOnly));
        before = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    const auto refused = Database::open(testDb.location());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("newer version")),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QLatin1String("999")));

    if (kind == TestDatabase::Kind::Sqlite) {
        QFile file(testDb.location());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
    }
}

void TestDatabaseSchema::refusesForeignSqliteFile()
{
    TestDatabase testDb(TestDatabase::Kind::Sqlite);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("foreign"));
        db.setDatabaseName(testDb.location());
        QVERIFY(db.open());
        QSqlQuery create(db);
        QVERIFY(create.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));

    const auto refused = Database::open(testDb.location());
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QLatin1String("not an EnMS Workbench database")));
}

void TestDatabaseSchema::auditLogIsAppendOnly()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    auto database = openFresh(testDb);
    QVERIFY(database);
    AuditLog log(*database);
    QVERIFY(log.append(QStringLiteral("test.event"), QStringLiteral("site"), QStringLiteral("x"),
                       {{QStringLiteral("k"), 1}}));

    QSqlQuery update(database->connection());
    QVERIFY(!update.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory'")));
    QSqlQuery remove(database->connection());
    QVERIFY(!remove.exec(QStringLiteral("DELETE FROM audit_log")));

    const auto entries = log.entries(QStringLiteral("site"), QStringLiteral("x"));
    QVERIFY(entries);
    QCOMPARE(entries->size(), size_t(1));
    QCOMPARE(entries->front().action, QStringLiteral("test.event"));
    QCOMPARE(entries->front().actor, currentActor());
}

void TestDatabaseSchema::registryRejectsBadInput()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    auto database = openFresh(testDb);
    QVERIFY(database);
    Registry registry(*database);

    Engine::SiteInfo badZone = berlinSite();
    badZone.timeZoneId = QStringLiteral("Mars/Olympus_Mons");
    QCOMPARE(registry.addSite(badZone).error().code, Engine::ErrorCode::InvalidInput);

    Engine::SiteInfo badPrice = berlinSite();
    badPrice.tariffs[Engine::EnergyCarrier::Electricity].pricePerKWh = -0.1;
    QCOMPARE(registry.addSite(badPrice).error().code, Engine::ErrorCode::InvalidInput);

    const auto site = registry.addSite(berlinSite());
    QVERIFY(site);
    QCOMPARE(registry.addSite(berlinSite()).error().code, Engine::ErrorCode::InvalidInput);

    Engine::SeuInfo negative{QString(), site->id, QStringLiteral("Pump"),
                             Engine::EnergyCarrier::Electricity, -5.0, true};
    const auto refused = registry.addSeu(negative);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QLatin1String("-5")));

    Engine::SeuInfo orphan{QString(), QStringLiteral("No Such Site"), QStringLiteral("Pump"),
                           Engine::EnergyCarrier::Electricity, 5.0, true};
    QCOMPARE(registry.addSeu(orphan).error().code, Engine::ErrorCode::UnknownEntity);
    QCOMPARE(registry.seu(QStringLiteral("Pump")).error().code, Engine::ErrorCode::UnknownEntity);

    // Nothing of the refused attempts is stored: one site, no SEU, one audit entry.
    QCOMPARE(registry.sites()->size(), size_t(1));
    QCOMPARE(registry.seus()->size(), size_t(0));
    QCOMPARE(AuditLog(*database).entries()->size(), size_t(1));
}

void TestDatabaseSchema::registryKeepsTextLiterally()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    auto database = openFresh(testDb);
    QVERIFY(database);
    Registry registry(*database);

    Engine::SiteInfo site = berlinSite();
    site.name = QStringLiteral("O'Brien's <b>Plant</b>; DROP TABLE sites; --");
    const auto added = registry.addSite(site);
    QVERIFY(added);
    const auto found = registry.site(site.name);
    QVERIFY(found);
    QCOMPARE(found->name, site.name);
    QCOMPARE(registry.site(added->id)->name, site.name);
    QCOMPARE(found->tariff(Engine::EnergyCarrier::Electricity).pricePerKWh, 0.22);
}

void TestDatabaseSchema::readingsRoundTripAndMerge()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    auto database = openFresh(testDb);
    QVERIFY(database);
    Registry registry(*database);
    const auto site = registry.addSite(berlinSite());
    QVERIFY(site);
    const auto seu = registry.addSeu({QString(), site->id, QStringLiteral("Pump"),
                                      Engine::EnergyCarrier::Electricity, 10.0, true});
    QVERIFY(seu);

    const qint64 day = 20000;
    Engine::DayBlock block = Engine::DayBlock::empty(day, 900);
    for (int i = 0; i < 48; ++i)
        block.values[size_t(i)] = 1.25 + i;
    ReadingStore store(*database);
    const auto first = store.writeEnergy(seu->id, {block});
    QVERIFY(first);
    QCOMPARE(first->readingsWritten, qint64(48));

    // A second write fills slots 48..95 and tries to overwrite slot 0.
    Engine::DayBlock second = Engine::DayBlock::empty(day, 900);
    for (int i = 48; i < 96; ++i)
        second.values[size_t(i)] = 2.0;
    second.values[0] = 99.0;
    const auto skipped = store.writeEnergy(seu->id, {second}, OverlapPolicy::Skip);
    QVERIFY(skipped);
    QCOMPARE(skipped->readingsWritten, qint64(48));
    QCOMPARE(skipped->readingsSkipped, qint64(1));

    auto read = store.energy(seu->id, day - 1, day + 1);
    QVERIFY(read);
    QCOMPARE(read->size(), size_t(1));
    QCOMPARE(read->front().values[0], 1.25);
    QCOMPARE(read->front().values[95], 2.0);

    const auto replaced = store.writeEnergy(seu->id, {second}, OverlapPolicy::Replace);
    QVERIFY(replaced);
    QCOMPARE(replaced->readingsReplaced, qint64(1));
    QCOMPARE(store.energy(seu->id, day, day)->front().values[0], 99.0);

    const auto coverage = store.energyCoverage(seu->id);
    QVERIFY(coverage);
    QCOMPARE(coverage->readings, qint64(96));
    QCOMPARE(coverage->hoursCovered, 24.0);
}

void TestDatabaseSchema::failedWriteStoresNothing()
{
    QFETCH(TestDatabase::Kind, kind);
    TestDatabase testDb(kind);
    auto database = openFresh(testDb);
    QVERIFY(database);
    Registry registry(*database);
    const auto site = registry.addSite(berlinSite());
    const auto seu = registry.addSeu({QString(), site->id, QStringLiteral("Pump"),
                                      Engine::EnergyCarrier::Electricity, 10.0, true});
    QVERIFY(seu);
    ReadingStore store(*database);
    Engine::DayBlock stored = Engine::DayBlock::empty(100, 900);
    stored.values[5] = 2.0;
    QVERIFY(store.writeEnergy(seu->id, {stored}));
    // A block without any reading creates no row.
    QVERIFY(store.writeEnergy(seu->id, {Engine::DayBlock::empty(102, 900)}));
    QVERIFY(store.energy(seu->id, 102, 102)->empty());

    // Day 101 is fine, day 100 clashes with the stored 15-minute interval: the whole
    // write is rolled back, including day 101.
    Engine::DayBlock fine = Engine::DayBlock::empty(101, 900);
    fine.values[0] = 1.0;
    Engine::DayBlock clash = Engine::DayBlock::empty(100, 3600);
    clash.values[0] = 1.0;
    const auto refused = store.writeEnergy(seu->id, {fine, clash});
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QLatin1String("15-minute")));
    QVERIFY(store.energy(seu->id, 101, 101)->empty());
}

QTEST_GUILESS_MAIN(TestDatabaseSchema)
#include "tst_database.moc"
