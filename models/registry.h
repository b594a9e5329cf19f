// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "engine/core/site.h"

#include <QString>

#include <vector>

namespace Enms {

class Database;

// An SEU together with the site it belongs to: most rules need both.
struct SeuAndSite {
    Engine::SeuInfo seu;
    Engine::SiteInfo site;
};

// The register of sites and their significant energy uses. Every change is checked
// before it is stored, stored in one transaction with its audit-log record, and
// a site or SEU can be found by its name or its id wherever a user names one.
class Registry final
{
public:
    explicit Registry(Database &database) : m_database(database) {}

    Engine::Result<Engine::SiteInfo> addSite(Engine::SiteInfo site);
    Engine::Status setTariff(const QString &siteId, Engine::EnergyCarrier carrier,
                             const Engine::CarrierTariff &tariff);
    Engine::Status setWorkingCalendar(const QString &siteId,
                                      const Engine::WorkingCalendar &calendar);
    // Stores every detector threshold of a site; each is checked against its range first.
    Engine::Status setOpportunityRules(const QString &siteId,
                                       const Engine::OpportunityRules &rules);
    // Stores a site's tariffs, working calendar and detector thresholds together, as the
    // settings dialog edits them: all of them or, when one is refused, none.
    Engine::Status saveSiteSettings(const Engine::SiteInfo &site);
    Engine::Result<std::vector<Engine::SiteInfo>> sites() const;
    Engine::Result<Engine::SiteInfo> site(const QString &nameOrId) const;

    Engine::Result<Engine::SeuInfo> addSeu(Engine::SeuInfo seu);
    Engine::Status setSeuActive(const QString &seuId, bool active);
    // All SEUs, or those of one site (by id) when siteId is not empty.
    Engine::Result<std::vector<Engine::SeuInfo>> seus(const QString &siteId = {}) const;
    Engine::Result<Engine::SeuInfo> seu(const QString &nameOrId) const;
    Engine::Result<SeuAndSite> seuWithSite(const QString &nameOrId) const;

private:
    // Tariffs and detector thresholds, which live in tables of their own.
    Engine::Status loadSiteDetails(Engine::SiteInfo &site) const;
    Engine::Status loadTariffs(Engine::SiteInfo &site) const;
    Engine::Status loadOpportunityRules(Engine::SiteInfo &site) const;
    Engine::Status writeTariff(const QString &siteId, Engine::EnergyCarrier carrier,
                               const Engine::CarrierTariff &tariff);

    Database &m_database;
};

} // namespace Enms
