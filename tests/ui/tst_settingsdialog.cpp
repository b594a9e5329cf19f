// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog on a real database: what it shows is what the register holds,
// what it saves reaches the register (and the audit log) in one piece, a refused value
// stores nothing, and the language choice is kept in the user's settings.
#include "models/auditlog.h"
#include "models/database.h"
#include "models/registry.h"
#include "models/settings.h"
#include "testdatabase.h"
#include "ui/settings/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

using namespace Enms;
using Enms::Test::TestDatabase;

namespace {

constexpr double kValueTolerance = 1e-9;

// Closes the next message box the dialog shows (a refused value) and remembers its text.
void closeNextMessageBox(QString *text)
{
    QTimer::singleShot(0, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        box->close();
    });
}

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheStoredSiteSettings_data() { backends(); }
    void showsTheStoredSiteSettings();
    void savesEveryPageInOneStep_data() { backends(); }
    void savesEveryPageInOneStep();
    void refusedValueStoresNothing_data() { backends(); }
    void refusedValueStoresNothing();
    void languageChoiceIsKept();

private:
    void backends();
    Engine::SiteInfo storedSite() const;

    QTemporaryDir m_settings;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_database;
    QString m_siteId;
};

void TestSettingsDialog::backends()
{
    QTest::addColumn<TestDatabase::Kind>("kind");
    for (TestDatabase::Kind kind : TestDatabase::availableKinds())
        QTest::newRow(qPrintable(TestDatabase::kindName(kind))) << kind;
}

void TestSettingsDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("EnMS-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
}

void TestSettingsDialog::init()
{
    QSettings().clear();
    const TestDatabase::Kind kind = QTest::currentDataTag()
                                        && QByteArray(QTest::currentDataTag()) == "postgres"
                                        ? TestDatabase::Kind::Postgres
                                        : TestDatabase::Kind::Sqlite;
    m_testDb = std::make_unique<TestDatabase>(kind);
    QVERIFY2(!m_testDb->location().isEmpty(), qPrintable(m_testDb->error()));
    auto database = Database::open(m_testDb->location());
    QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().message));
    m_database = std::move(database).value();

    Engine::SiteInfo site;
    site.name = QStringLiteral("Plant 'A' <b>&");
    site.timeZoneId = QStringLiteral("Europe/Berlin");
    site.currency = QStringLiteral("EUR");
    site.tariffs[Engine::EnergyCarrier::Electricity] = {0.22, 0.38};
    Engine::Result<Engine::SiteInfo> added = Registry(*m_database).addSite(site);
    QVERIFY(added.ok());
    m_siteId = added->id;
}

void TestSettingsDialog::cleanup()
{
    m_database.reset();
    m_testDb.reset();
}

Engine::SiteInfo TestSettingsDialog::storedSite() const
{
    Engine::Result<Engine::SiteInfo> site = Registry(*m_database).site(m_siteId);
    return site ? *site : Engine::SiteInfo{};
}

void TestSettingsDialog::showsTheStoredSiteSettings()
{
    SettingsDialog dialog(*m_database, m_siteId);
    QCOMPARE(dialog.currentSiteId(), m_siteId);
    QCOMPARE(dialog.siteBox()->currentText(), QStringLiteral("Plant 'A' <b>&"));
    using Engine::EnergyCarrier;
    QVERIFY(qAbs(dialog.priceEditor(EnergyCarrier::Electricity)->value() - 0.22)
            < kValueTolerance);
    QVERIFY(dialog.priceEditor(EnergyCarrier::Electricity)->suffix().contains(QStringLiteral("EUR")));
    QVERIFY(qAbs(dialog.co2Editor(EnergyCarrier::Electricity)->value() - 0.38)
            < kValueTolerance);
    // A carrier without a stored tariff shows the defaults the rules use.
    QVERIFY(qAbs(dialog.priceEditor(EnergyCarrier::Steam)->value() - 0.15) < kValueTolerance);

    for (int day = 1; day <= 5; ++day)
        QVERIFY(dialog.workingDayBox(day)->isChecked());
    QVERIFY(!dialog.workingDayBox(6)->isChecked());
    QCOMPARE(dialog.workStartEditor()->time(), QTime(6, 0));
    QCOMPARE(dialog.workEndEditor()->time(), QTime(20, 0));

    // Shares are shown in percent: the default idle-share limit is 0.30.
    QVERIFY(qAbs(dialog.ruleEditor(QStringLiteral("idle_share_limit"))->value() - 30.0) < kValueTolerance);
    QVERIFY(qAbs(dialog.ruleEditor(QStringLiteral("off_hours_minimum_kwh"))->value() - 50.0) < kValueTolerance);
    QVERIFY(dialog.ruleEditor(QStringLiteral("drift_assumed_cost"))->suffix().contains(QStringLiteral("EUR")));
    QVERIFY(!dialog.ruleEditor(QStringLiteral("idle_share_limit"))->toolTip().isEmpty());
}

void TestSettingsDialog::savesEveryPageInOneStep()
{
    SettingsDialog dialog(*m_database, m_siteId);
    QSignalSpy saved(&dialog, &SettingsDialog::siteSettingsSaved);
    dialog.priceEditor(Engine::EnergyCarrier::NaturalGas)->setValue(0.061);
    dialog.workingDayBox(5)->setChecked(false);
    dialog.workingDayBox(6)->setChecked(true);
    dialog.workEndEditor()->setTime(QTime(0, 0));     // midnight: work until the day ends
    dialog.ruleEditor(QStringLiteral("idle_share_limit"))->setValue(40.0);
    dialog.ruleEditor(QStringLiteral("off_hours_minimum_kwh"))->setValue(120.0);
    QVERIFY(dialog.apply());
    QCOMPARE(saved.count(), 1);

    const Engine::SiteInfo site = storedSite();
    QVERIFY(qAbs(site.tariff(Engine::EnergyCarrier::NaturalGas).pricePerKWh - 0.061)
            < kValueTolerance);
    QVERIFY(qAbs(site.tariff(Engine::EnergyCarrier::Electricity).pricePerKWh - 0.22)
            < kValueTolerance);
    QVERIFY(!site.calendar.isWorkingDay(5));
    QVERIFY(site.calendar.isWorkingDay(6));
    QCOMPARE(site.calendar.endMinute, 24 * 60);
    QVERIFY(qAbs(site.opportunityRules.idleShareLimit - 0.40) < kValueTolerance);
    QVERIFY(qAbs(site.opportunityRules.offHoursMinimumKWh - 120.0) < kValueTolerance);
    QVERIFY(qAbs(site.opportunityRules.driftLimit - 0.10) < kValueTolerance);

    Engine::Result<std::vector<AuditEntry>> log =
        AuditLog(*m_database).entries(QStringLiteral("site"), m_siteId);
    QVERIFY(log.ok());
    QStringList actions;
    for (const AuditEntry &entry : *log)
        actions.append(entry.action);
    QVERIFY(actions.contains(QStringLiteral("site.rules")));
    QVERIFY(actions.contains(QStringLiteral("site.calendar")));
    QVERIFY(actions.contains(QStringLiteral("site.tariff")));

    // A second dialog shows what the first one saved.
    SettingsDialog again(*m_database, m_siteId);
    QVERIFY(qAbs(again.ruleEditor(QStringLiteral("idle_share_limit"))->value() - 40.0) < kValueTolerance);
    QCOMPARE(again.workEndEditor()->time(), QTime(0, 0));
}

void TestSettingsDialog::refusedValueStoresNothing()
{
    SettingsDialog dialog(*m_database, m_siteId);
    dialog.priceEditor(Engine::EnergyCarrier::Electricity)->setValue(0.99);
    dialog.ruleEditor(QStringLiteral("drift_limit"))->setValue(0.0);       // a share must be above zero
    QString message;
    closeNextMessageBox(&message);
    QVERIFY(!dialog.apply());
    QVERIFY2(message.contains(QStringLiteral("drift_limit")), qPrintable(message));

    const Engine::SiteInfo site = storedSite();
    QVERIFY(qAbs(site.tariff(Engine::EnergyCarrier::Electricity).pricePerKWh - 0.22)
            < kValueTolerance);
    QVERIFY(qAbs(site.opportunityRules.driftLimit - 0.10) < kValueTolerance);
}

void TestSettingsDialog::languageChoiceIsKept()
{
    SettingsDialog dialog(*m_database, QString());
    QSignalSpy changed(&dialog, &SettingsDialog::languageChanged);
    const int german = dialog.languageBox()->findData(QStringLiteral("de"));
    QVERIFY(german > 0);
    dialog.languageBox()->setCurrentIndex(german);
    QVERIFY(dialog.apply());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("de"));
    QCOMPARE(Settings::language.value(), QStringLiteral("de"));

    // Applying again without a change announces nothing.
    QVERIFY(dialog.apply());
    QCOMPARE(changed.count(), 1);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
