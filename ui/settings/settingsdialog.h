// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/site.h"

#include <QDialog>

#include <map>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QTabWidget;
class QTimeEdit;

namespace Enms {

class Database;

// The settings a user may change: per site its energy prices and CO2 factors per
// carrier, its working calendar and the thresholds of the opportunity detectors (stored
// in the database, so the command line and every workstation judge alike), and the
// language of this workstation (stored in the user's settings). Site settings are
// saved in one transaction when the user applies them; a refused value stores nothing.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(Database &database, const QString &siteId, QWidget *parent = nullptr);

    // The languages offered: code ("" = the system's) and the language's own name.
    static std::vector<std::pair<QString, QString>> languages();

    // Saves the shown site's settings and the language; false (with a message shown)
    // when the database refused them.
    bool apply();

    QString currentSiteId() const;
    void selectSite(const QString &siteId);

    // The widgets, for tests.
    QDoubleSpinBox *priceEditor(Engine::EnergyCarrier carrier) const;
    QDoubleSpinBox *co2Editor(Engine::EnergyCarrier carrier) const;
    QDoubleSpinBox *ruleEditor(const QString &code) const;
    QCheckBox *workingDayBox(int isoDay) const { return m_dayBoxes.at(size_t(isoDay - 1)); }
    QTimeEdit *workStartEditor() const { return m_workStart; }
    QTimeEdit *workEndEditor() const { return m_workEnd; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *siteBox() const { return m_site; }
    QTabWidget *pages() const { return m_pages; }

signals:
    void siteSettingsSaved(const QString &siteId);
    void languageChanged(const QString &languageCode);

private:
    QWidget *createSitePage();
    QWidget *createDetectorPage();
    QWidget *createGeneralPage();
    void loadSites();
    void showSite(int index);
    Engine::SiteInfo editedSite() const;
    void restoreDefaultRules();
    void markEdited() { m_edited = true; }
    bool askToKeepEdits();

    Database &m_database;
    std::vector<Engine::SiteInfo> m_sites;
    int m_shownSite = -1;
    bool m_edited = false;

    QTabWidget *m_pages = nullptr;
    QComboBox *m_site = nullptr;
    std::map<Engine::EnergyCarrier, QDoubleSpinBox *> m_prices;
    std::map<Engine::EnergyCarrier, QDoubleSpinBox *> m_co2;
    std::vector<QCheckBox *> m_dayBoxes;
    QTimeEdit *m_workStart = nullptr;
    QTimeEdit *m_workEnd = nullptr;
    std::map<QString, QDoubleSpinBox *> m_rules;
    QComboBox *m_language = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Enms
