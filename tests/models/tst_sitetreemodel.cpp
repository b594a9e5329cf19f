// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/database.h"
#include "models/registry.h"
#include "models/sitetreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Enms;
using Engine::EnergyCarrier;

class TstSiteTreeModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyRegisterGivesEmptyTree();
    void reloadBuildsSitesWithTheirSeus();
    void rolesDescribeSitesAndSeus();
    void reloadPicksUpChanges();
    void seuIndexFindsByNameAndId();
    void clearEmptiesTheTree();

private:
    Engine::SiteInfo addSite(const QString &name, const QString &zone);
    Engine::SeuInfo addSeu(const QString &siteId, const QString &name, EnergyCarrier carrier,
                           double ratedKW);

    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<SiteTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TstSiteTreeModel::init()
{
    static int counter = 0;
    const QString path = m_folder.filePath(QStringLiteral("tree-%1.sqlite").arg(++counter));
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
    m_database = std::move(opened).value();
    m_registry = std::make_unique<Registry>(*m_database);

    // The tester watches every signal from here on and fails the test on a broken
    // parent(), a wrong row count or a missing begin/end pair.
    m_model = std::make_unique<SiteTreeModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TstSiteTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_registry.reset();
    m_database.reset();
}

Engine::SiteInfo TstSiteTreeModel::addSite(const QString &name, const QString &zone)
{
    Engine::SiteInfo site;
    site.name = name;
    site.timeZoneId = zone;
    auto added = m_registry->addSite(site);
    if (!added)
        qFatal("addSite failed: %s", qPrintable(added.error().message));
    return *added;
}

Engine::SeuInfo TstSiteTreeModel::addSeu(const QString &siteId, const QString &name,
                                         EnergyCarrier carrier, double ratedKW)
{
    Engine::SeuInfo seu;
    seu.siteId = siteId;
    seu.name = name;
    seu.carrier = carrier;
    seu.ratedKW = ratedKW;
    auto added = m_registry->addSeu(seu);
    if (!added)
        qFatal("addSeu failed: %s", qPrintable(added.error().message));
    return *added;
}

void TstSiteTreeModel::emptyRegisterGivesEmptyTree()
{
    QVERIFY(m_model->reload(*m_registry).ok());

    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(SiteTreeModel::ColumnCount));
    QVERIFY(!m_model->index(0, 0).isValid());
}

void TstSiteTreeModel::reloadBuildsSitesWithTheirSeus()
{
    const auto la = addSite(QStringLiteral("Demo Manufacturing Plant"),
                            QStringLiteral("America/Los_Angeles"));
    const auto berlin = addSite(QStringLiteral("European Production Facility"),
                                QStringLiteral("Europe/Berlin"));
    addSeu(la.id, QStringLiteral("Compressor-1"), EnergyCarrier::Electricity, 55);
    addSeu(la.id, QStringLiteral("Boiler-1"), EnergyCarrier::NaturalGas, 45);
    addSeu(berlin.id, QStringLiteral("Compressor-EU-1"), EnergyCarrier::Electricity, 90);

    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_model->reload(*m_registry).ok());
    QCOMPARE(resets.size(), 1);

    QCOMPARE(m_model->rowCount(), 2);
    QStringList siteNames;
    QList<int> seuCounts;
    for (int row = 0; row < 2; ++row) {
        const QModelIndex site = m_model->index(row, 0);
        siteNames << site.data().toString();
        seuCounts << m_model->rowCount(site);
        QCOMPARE(m_model->rowCount(m_model->index(row, SiteTreeModel::CarrierColumn)), 0);
    }
    const int laRow = siteNames.indexOf(la.name);
    const int berlinRow = siteNames.indexOf(berlin.name);
    QVERIFY(laRow >= 0 && berlinRow >= 0);
    QCOMPARE(seuCounts[laRow], 2);
    QCOMPARE(seuCounts[berlinRow], 1);

    const QModelIndex eu = m_model->index(0, 0, m_model->index(berlinRow, 0));
    QCOMPARE(eu.data().toString(), QStringLiteral("Compressor-EU-1"));
    QCOMPARE(eu.parent(), m_model->index(berlinRow, 0));
    QCOMPARE(m_model->rowCount(eu), 0);
}

void TstSiteTreeModel::rolesDescribeSitesAndSeus()
{
    const auto site = addSite(QStringLiteral("Plant"), QStringLiteral("Europe/Berlin"));
    const auto seu = addSeu(site.id, QStringLiteral("Boiler-1"), EnergyCarrier::NaturalGas, 45);
    QVERIFY(m_registry->setSeuActive(seu.id, false).ok());
    QVERIFY(m_model->reload(*m_registry).ok());

    const QModelIndex siteIndex = m_model->index(0, 0);
    QCOMPARE(siteIndex.data(SiteTreeModel::KindRole).toInt(),
             int(SiteTreeModel::ItemKind::Site));
    QCOMPARE(siteIndex.data(SiteTreeModel::IdRole).toString(), site.id);
    QCOMPARE(siteIndex.data(SiteTreeModel::TimeZoneRole).toString(),
             QStringLiteral("Europe/Berlin"));

    const QModelIndex name = m_model->index(0, SiteTreeModel::NameColumn, siteIndex);
    QCOMPARE(name.data(SiteTreeModel::KindRole).toInt(), int(SiteTreeModel::ItemKind::Seu));
    QCOMPARE(name.data(SiteTreeModel::IdRole).toString(), seu.id);
    QCOMPARE(name.data(SiteTreeModel::SiteIdRole).toString(), site.id);
    QCOMPARE(name.data(SiteTreeModel::TimeZoneRole).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(name.data(SiteTreeModel::CarrierRole).toString(), QStringLiteral("natural_gas"));
    QCOMPARE(name.data(SiteTreeModel::RatedKWRole).toDouble(), 45.0);
    QCOMPARE(name.data(SiteTreeModel::ActiveRole).toBool(), false);

    const QModelIndex carrier = name.siblingAtColumn(SiteTreeModel::CarrierColumn);
    QCOMPARE(carrier.data().toString(), QStringLiteral("Natural gas"));
    const QModelIndex rated = name.siblingAtColumn(SiteTreeModel::RatedPowerColumn);
    QCOMPARE(rated.data().toString(), QStringLiteral("45 kW"));
    QVERIFY(m_model->flags(name).testFlag(Qt::ItemNeverHasChildren));
    QCOMPARE(m_model->headerData(SiteTreeModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Site / SEU"));
}

void TstSiteTreeModel::reloadPicksUpChanges()
{
    const auto site = addSite(QStringLiteral("Plant"), QStringLiteral("Europe/Berlin"));
    addSeu(site.id, QStringLiteral("HVAC-EU-North"), EnergyCarrier::Electricity, 200);
    QVERIFY(m_model->reload(*m_registry).ok());
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 1);

    addSeu(site.id, QStringLiteral("Compressor-EU-1"), EnergyCarrier::Electricity, 90);
    addSite(QStringLiteral("Second plant"), QStringLiteral("America/Los_Angeles"));
    QVERIFY(m_model->reload(*m_registry).ok());

    QCOMPARE(m_model->rowCount(), 2);
    int seus = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        seus += m_model->rowCount(m_model->index(row, 0));
    QCOMPARE(seus, 2);
}

void TstSiteTreeModel::seuIndexFindsByNameAndId()
{
    const auto site = addSite(QStringLiteral("Plant"), QStringLiteral("America/Los_Angeles"));
    addSeu(site.id, QStringLiteral("Conveyor-A"), EnergyCarrier::Electricity, 22);
    const auto pump = addSeu(site.id, QStringLiteral("Hydraulic-Pump-1"),
                             EnergyCarrier::Electricity, 45);
    QVERIFY(m_model->reload(*m_registry).ok());

    const QModelIndex byName = m_model->seuIndex(QStringLiteral("Hydraulic-Pump-1"));
    QVERIFY(byName.isValid());
    QCOMPARE(m_model->seuIndex(pump.id), byName);
    QCOMPARE(m_model->seuAt(byName)->id, pump.id);
    QCOMPARE(m_model->siteAt(byName)->id, site.id);
    QCOMPARE(m_model->seuAt(byName.parent()), nullptr);
    QVERIFY(!m_model->seuIndex(QStringLiteral("No-Such-SEU")).isValid());
}

void TstSiteTreeModel::clearEmptiesTheTree()
{
    const auto site = addSite(QStringLiteral("Plant"), QStringLiteral("Europe/Berlin"));
    addSeu(site.id, QStringLiteral("HVAC-EU-North"), EnergyCarrier::Electricity, 200);
    QVERIFY(m_model->reload(*m_registry).ok());

    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_MAIN(TstSiteTreeModel)
#include "tst_sitetreemodel.moc"
