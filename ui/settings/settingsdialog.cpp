// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/settingsdialog.h"

#include "models/database.h"
#include "models/registry.h"
#include "models/settings.h"
#include "models/sitetreemodel.h"
#include "ui/logging.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Enms {

using Engine::EnergyCarrier;
using Engine::OpportunityRuleField;
using Engine::RuleKind;

namespace {

struct RuleText {
    QString label;
    QString explanation;
};

// What each detector threshold means, in the words the settings page shows.
RuleText ruleText(const QString &code)
{
    static const std::map<QString, std::pair<const char *, const char *>> texts = {
        {QStringLiteral("idle_power_fraction"),
         {QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "Idle below (share of rated power)"),
          QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "An SEU counts as idle while its mean power is below this share of "
                            "its rated power.")}},
        {QStringLiteral("idle_share_limit"),
         {QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "Idle finding above (share of time)"),
          QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "Excessive idling is reported when the SEU idles for more than this "
                            "share of the time with readings.")}},
        {QStringLiteral("idle_saving_fraction"),
         {QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "Idle saving (share of idle energy)"),
          QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "The share of the energy used while idle that switching off could "
                            "save.")}},
        {QStringLiteral("idle_assumed_cost"),
         {QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "Idle measure cost"),
          QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "Assumed cost of idle detection and automatic shutdown, for the "
                            "payback time.")}},
        {QStringLiteral("off_hours_share_limit"),
         {QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "Off-hours finding above (share of energy)"),
          QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "Inefficient scheduling is reported when more than this share of "
                            "the SEU's energy is used outside working hours ...")}},
        {QStringLiteral("off_hours_minimum_kwh"),
         {QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "... and off-hours energy above"),
          QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "... and that energy exceeds this amount over the window.")}},
        {QStringLiteral("off_hours_saving_fraction"),
         {QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "Off-hours saving (share of off-hours energy)"),
          QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "The share of the off-hours energy a setback schedule could save.")}},
        {QStringLiteral("off_hours_assumed_cost"),
         {QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "Scheduling measure cost"),
          QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "Assumed cost of a time schedule, for the payback time.")}},
        {QStringLiteral("drift_limit"),
         {QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "Drift finding above (increase)"),
          QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "Baseline drift is reported when the daily energy of the later half "
                            "of the window (or against the accepted baseline) rises by more "
                            "than this share.")}},
        {QStringLiteral("drift_saving_fraction"),
         {QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "Drift saving (share of the excess)"),
          QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "The share of the daily excess that maintenance could win back.")}},
        {QStringLiteral("drift_assumed_cost"),
         {QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "Maintenance measure cost"),
          QT_TRANSLATE_NOOP("Enms::SettingsDialog",
                            "Assumed cost of inspection, calibration and repair, for the "
                            "payback time.")}},
    };
    const auto it = texts.find(code);
    if (it == texts.end())
        return {code, {}};
    return {SettingsDialog::tr(it->second.first), SettingsDialog::tr(it->second.second)};
}

QDoubleSpinBox *numberEditor(double maximum, int decimals, const QString &suffix)
{
    auto *editor = new QDoubleSpinBox;
    editor->setRange(0.0, maximum);
    editor->setDecimals(decimals);
    editor->setSuffix(suffix);
    editor->setAccelerated(true);
    editor->setAlignment(Qt::AlignRight);
    return editor;
}

} // namespace

SettingsDialog::SettingsDialog(Database &database, const QString &siteId, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("Settings"));
    m_pages = new QTabWidget;
    m_pages->addTab(createSitePage(), tr("&Site"));
    m_pages->addTab(createDetectorPage(), tr("&Detectors"));
    m_pages->addTab(createGeneralPage(), tr("&General"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                     | QDialogButtonBox::Apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);

    loadSites();
    selectSite(siteId);
}

QWidget *SettingsDialog::createSitePage()
{
    m_site = new QComboBox;
    m_site->setToolTip(tr("The site whose prices, CO2 factors and working hours are shown"));

    auto *tariffs = new QGroupBox(tr("Energy prices and CO2 factors"));
    auto *grid = new QGridLayout(tariffs);
    grid->addWidget(new QLabel(tr("Price per kWh")), 0, 1);
    grid->addWidget(new QLabel(tr("CO2 per kWh")), 0, 2);
    int row = 1;
    for (EnergyCarrier carrier : Engine::kAllCarriers) {
        QDoubleSpinBox *price = numberEditor(100.0, 4, {});
        price->setToolTip(tr("What one kWh of %1 costs, in the site's currency")
                              .arg(SiteTreeModel::carrierName(carrier)));
        QDoubleSpinBox *co2 = numberEditor(10.0, 3, tr(" kg"));
        co2->setToolTip(tr("Kilograms of CO2 emitted per kWh of %1")
                            .arg(SiteTreeModel::carrierName(carrier)));
        grid->addWidget(new QLabel(SiteTreeModel::carrierName(carrier)), row, 0);
        grid->addWidget(price, row, 1);
        grid->addWidget(co2, row, 2);
        m_prices[carrier] = price;
        m_co2[carrier] = co2;
        connect(price, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::markEdited);
        connect(co2, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::markEdited);
        ++row;
    }

    auto *calendar = new QGroupBox(tr("Working calendar (site's local time)"));
    auto *days = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat));
        box->setToolTip(tr("Energy used on %1 within the working hours counts as working "
                           "time").arg(QLocale().dayName(day)));
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::markEdited);
        m_dayBoxes.push_back(box);
        days->addWidget(box);
    }
    m_workStart = new QTimeEdit;
    m_workEnd = new QTimeEdit;
    m_workStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_workEnd->setDisplayFormat(QStringLiteral("HH:mm"));
    m_workEnd->setToolTip(tr("The first minute after work; 00:00 stands for midnight"));
    connect(m_workStart, &QTimeEdit::timeChanged, this, &SettingsDialog::markEdited);
    connect(m_workEnd, &QTimeEdit::timeChanged, this, &SettingsDialog::markEdited);
    auto *hours = new QFormLayout(calendar);
    hours->addRow(tr("Working days:"), days);
    hours->addRow(tr("Work starts at:"), m_workStart);
    hours->addRow(tr("Work ends at:"), m_workEnd);

    auto *page = new QWidget;
    auto *layout = new QFormLayout(page);
    layout->addRow(tr("S&ite:"), m_site);
    layout->addRow(tariffs);
    layout->addRow(calendar);
    connect(m_site, &QComboBox::activated, this, &SettingsDialog::showSite);
    return page;
}

QWidget *SettingsDialog::createDetectorPage()
{
    auto *page = new QWidget;
    auto *layout = new QFormLayout(page);
    auto *intro = new QLabel(tr("Thresholds of the opportunity scan for the site chosen on "
                                "the Site page. Shares are given in percent."));
    intro->setWordWrap(true);
    layout->addRow(intro);
    for (const OpportunityRuleField &field : Engine::opportunityRuleFields()) {
        const QString code = QString::fromLatin1(field.code);
        QDoubleSpinBox *editor = field.kind == RuleKind::Fraction
                                     ? numberEditor(100.0, 1, tr(" %"))
                                 : field.kind == RuleKind::Energy
                                     ? numberEditor(1e9, 0, tr(" kWh"))
                                     : numberEditor(1e9, 0, {});
        const RuleText text = ruleText(code);
        editor->setToolTip(text.explanation);
        editor->setObjectName(code);
        connect(editor, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::markEdited);
        m_rules[code] = editor;
        layout->addRow(text.label + QLatin1Char(':'), editor);
    }
    auto *defaults = new QPushButton(tr("Restore &defaults"));
    defaults->setToolTip(tr("The thresholds of the original performance rules"));
    connect(defaults, &QPushButton::clicked, this, &SettingsDialog::restoreDefaultRules);
    layout->addRow(defaults);
    return page;
}

QWidget *SettingsDialog::createGeneralPage()
{
    m_language = new QComboBox;
    for (const auto &[code, name] : languages())
        m_language->addItem(name, code);
    const int current = m_language->findData(Settings::language.value());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    m_language->setToolTip(tr("The language of menus, views and reports on this "
                              "workstation; the window is rebuilt in it at once"));

    auto *page = new QWidget;
    auto *layout = new QFormLayout(page);
    layout->addRow(tr("&Language:"), m_language);
    return page;
}

std::vector<std::pair<QString, QString>> SettingsDialog::languages()
{
    return {{QString(), tr("System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

void SettingsDialog::loadSites()
{
    Engine::Result<std::vector<Engine::SiteInfo>> sites = Registry(m_database).sites();
    if (!sites) {
        QMessageBox::warning(this, tr("Settings"), sites.error().message);
        return;
    }
    m_sites = std::move(sites).value();
    m_site->clear();
    for (const Engine::SiteInfo &site : m_sites)
        m_site->addItem(site.name, site.id);
}

void SettingsDialog::selectSite(const QString &siteId)
{
    const int index = std::max(0, m_site->findData(siteId));
    m_site->setCurrentIndex(index);
    showSite(index);
}

QString SettingsDialog::currentSiteId() const
{
    return m_shownSite >= 0 ? m_sites[size_t(m_shownSite)].id : QString();
}

void SettingsDialog::showSite(int index)
{
    if (index == m_shownSite || index < 0 || index >= int(m_sites.size()))
        return;
    if (m_shownSite >= 0 && !askToKeepEdits()) {
        m_site->setCurrentIndex(m_shownSite);
        return;
    }
    m_shownSite = index;
    const Engine::SiteInfo &site = m_sites[size_t(index)];
    for (EnergyCarrier carrier : Engine::kAllCarriers) {
        const Engine::CarrierTariff tariff = site.tariff(carrier);
        m_prices[carrier]->setSuffix(QLatin1Char(' ') + site.currency);
        m_prices[carrier]->setValue(tariff.pricePerKWh);
        m_co2[carrier]->setValue(tariff.co2KgPerKWh);
    }
    for (int day = 1; day <= 7; ++day)
        m_dayBoxes[size_t(day - 1)]->setChecked(site.calendar.isWorkingDay(day));
    m_workStart->setTime(QTime(0, 0).addSecs(site.calendar.startMinute * 60));
    m_workEnd->setTime(QTime(0, 0).addSecs(site.calendar.endMinute * 60));
    for (const OpportunityRuleField &field : Engine::opportunityRuleFields()) {
        QDoubleSpinBox *editor = m_rules[QString::fromLatin1(field.code)];
        const double value = site.opportunityRules.*field.member;
        editor->setValue(field.kind == RuleKind::Fraction ? value * 100.0 : value);
        if (field.kind == RuleKind::Money)
            editor->setSuffix(QLatin1Char(' ') + site.currency);
    }
    m_edited = false;
}

// Edits of the shown site are saved, dropped, or (Cancel) the switch is refused.
bool SettingsDialog::askToKeepEdits()
{
    if (!m_edited)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Settings"),
        tr("Save the changes to %1 before showing another site?")
            .arg(m_sites[size_t(m_shownSite)].name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || apply();
}

Engine::SiteInfo SettingsDialog::editedSite() const
{
    Engine::SiteInfo site = m_sites[size_t(m_shownSite)];
    for (EnergyCarrier carrier : Engine::kAllCarriers)
        site.tariffs[carrier] = {m_prices.at(carrier)->value(), m_co2.at(carrier)->value()};
    site.calendar.workingDaysMask = 0;
    for (int day = 1; day <= 7; ++day) {
        if (m_dayBoxes[size_t(day - 1)]->isChecked())
            site.calendar.workingDaysMask |= 1u << (day - 1);
    }
    site.calendar.startMinute = m_workStart->time().msecsSinceStartOfDay() / 60000;
    const int endMinute = m_workEnd->time().msecsSinceStartOfDay() / 60000;
    site.calendar.endMinute = endMinute == 0 ? 24 * 60 : endMinute;
    for (const OpportunityRuleField &field : Engine::opportunityRuleFields()) {
        const double shown = m_rules.at(QString::fromLatin1(field.code))->value();
        site.opportunityRules.*field.member =
            field.kind == RuleKind::Fraction ? shown / 100.0 : shown;
    }
    return site;
}

bool SettingsDialog::apply()
{
    if (m_shownSite >= 0 && m_edited) {
        const Engine::SiteInfo site = editedSite();
        if (Engine::Status saved = Registry(m_database).saveSiteSettings(site); !saved) {
            QMessageBox::warning(this, tr("Settings not saved"),
                                 tr("The settings of %1 were not saved: %2")
                                     .arg(site.name, saved.error().message));
            return false;
        }
        m_sites[size_t(m_shownSite)] = site;
        m_edited = false;
        qCInfo(lcUi) << "saved the settings of site" << site.id;
        emit siteSettingsSaved(site.id);
    }
    const QString language = m_language->currentData().toString();
    if (language != Settings::language.value()) {
        Settings::language.setValue(language);
        emit languageChanged(language);
    }
    return true;
}

void SettingsDialog::restoreDefaultRules()
{
    const Engine::OpportunityRules defaults;
    for (const OpportunityRuleField &field : Engine::opportunityRuleFields()) {
        const double value = defaults.*field.member;
        m_rules[QString::fromLatin1(field.code)]->setValue(
            field.kind == RuleKind::Fraction ? value * 100.0 : value);
    }
}

QDoubleSpinBox *SettingsDialog::priceEditor(EnergyCarrier carrier) const
{
    return m_prices.at(carrier);
}

QDoubleSpinBox *SettingsDialog::co2Editor(EnergyCarrier carrier) const
{
    return m_co2.at(carrier);
}

QDoubleSpinBox *SettingsDialog::ruleEditor(const QString &code) const
{
    const auto it = m_rules.find(code);
    return it == m_rules.end() ? nullptr : it->second;
}

} // namespace Enms
