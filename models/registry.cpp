// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/registry.h"

#include "models/auditlog.h"
#include "models/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

#include <cmath>

namespace Enms {

using namespace Engine;

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Status validateSite(const SiteInfo &site)
{
    if (site.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A site needs a name."));
    if (!QTimeZone::isTimeZoneIdAvailable(site.timeZoneId.toUtf8()))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Unknown time zone \"%1\"; use an IANA name such as "
                                        "Europe/Berlin.")
                             .arg(site.timeZoneId));
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyCode.match(site.currency).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Currency \"%1\" is not a three-letter ISO 4217 code.")
                             .arg(site.currency));
    if (!site.id.isEmpty() && QUuid::fromString(site.id).isNull())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Site id \"%1\" is not a UUID.").arg(site.id));
    return Done{};
}

Status validateTariff(const CarrierTariff &tariff)
{
    if (!std::isfinite(tariff.pricePerKWh) || tariff.pricePerKWh < 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The energy price must be zero or positive, not %1.")
                             .arg(tariff.pricePerKWh));
    if (!std::isfinite(tariff.co2KgPerKWh) || tariff.co2KgPerKWh < 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The CO2 factor must be zero or positive, not %1.")
                             .arg(tariff.co2KgPerKWh));
    return Done{};
}

Status validateSeu(const SeuInfo &seu)
{
    if (seu.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("An SEU needs a name."));
    if (!std::isfinite(seu.ratedKW) || seu.ratedKW <= 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The rated power of SEU \"%1\" must be above 0 kW, "
                                        "not %2.")
                             .arg(seu.name)
                             .arg(seu.ratedKW));
    if (!seu.id.isEmpty() && QUuid::fromString(seu.id).isNull())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("SEU id \"%1\" is not a UUID.").arg(seu.id));
    return Done{};
}

QString normalisedUuid(const QString &id)
{
    const QUuid uuid = id.isEmpty() ? QUuid::createUuid() : QUuid::fromString(id);
    return uuid.toString(QUuid::WithoutBraces);
}

SiteInfo siteFromRow(const QSqlQuery &query)
{
    SiteInfo site;
    site.id = query.value(0).toString();
    site.name = query.value(1).toString();
    site.timeZoneId = query.value(2).toString();
    site.currency = query.value(3).toString();
    site.calendar.workingDaysMask = query.value(4).toUInt();
    site.calendar.startMinute = query.value(5).toInt();
    site.calendar.endMinute = query.value(6).toInt();
    return site;
}

SeuInfo seuFromRow(const QSqlQuery &query)
{
    SeuInfo seu;
    seu.id = query.value(0).toString();
    seu.siteId = query.value(1).toString();
    seu.name = query.value(2).toString();
    seu.carrier = carrierFromCode(query.value(3).toString()).value_or(EnergyCarrier::Electricity);
    seu.ratedKW = query.value(4).toDouble();
    seu.active = query.value(5).toInt() != 0;
    return seu;
}

const QString kSiteColumns = QStringLiteral(
    "SELECT id, name, timezone, currency, working_days, work_start_minute, "
    "work_end_minute FROM sites");
const QString kSeuColumns = QStringLiteral(
    "SELECT id, site_id, name, carrier, rated_kw, active FROM seus");

} // namespace

Result<SiteInfo> Registry::addSite(SiteInfo site)
{
    site.name = site.name.trimmed();
    if (Status valid = validateSite(site); !valid)
        return valid.error();
    for (const auto &[carrier, tariff] : site.tariffs) {
        if (Status valid = validateTariff(tariff); !valid)
            return valid.error();
    }
    if (site.tariffs.find(EnergyCarrier::Electricity) == site.tariffs.end())
        site.tariffs[EnergyCarrier::Electricity] = CarrierTariff{};
    site.id = normalisedUuid(site.id);

    if (Result<SiteInfo> existing = this->site(site.name); existing)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A site named \"%1\" exists already.").arg(site.name));
    if (Result<SiteInfo> existing = this->site(site.id); existing)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A site with id %1 exists already.").arg(site.id));

    const Status stored = m_database.transaction([&]() -> Status {
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO sites (id, name, timezone, currency, working_days, "
            "work_start_minute, work_end_minute, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(site.id);
        insert.addBindValue(site.name);
        insert.addBindValue(site.timeZoneId);
        insert.addBindValue(site.currency);
        insert.addBindValue(site.calendar.workingDaysMask);
        insert.addBindValue(site.calendar.startMinute);
        insert.addBindValue(site.calendar.endMinute);
        insert.addBindValue(nowUtc());
        if (Status s = m_database.exec(insert, QStringLiteral("add a site")); !s)
            return s;
        for (const auto &[carrier, tariff] : site.tariffs) {
            if (Status s = writeTariff(site.id, carrier, tariff); !s)
                return s;
        }
        return AuditLog(m_database).append(
            QStringLiteral("site.add"), QStringLiteral("site"), site.id,
            {{QStringLiteral("name"), site.name}, {QStringLiteral("timezone"), site.timeZoneId},
             {QStringLiteral("currency"), site.currency}});
    });
    if (!stored)
        return stored.error();
    return site;
}

Status Registry::writeTariff(const QString &siteId, EnergyCarrier carrier,
                             const CarrierTariff &tariff)
{
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM site_tariffs WHERE site_id = ? AND carrier = ?"));
    remove.addBindValue(siteId);
    remove.addBindValue(carrierCode(carrier));
    if (Status s = m_database.exec(remove, QStringLiteral("replace a tariff")); !s)
        return s;

    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO site_tariffs (site_id, carrier, price_per_kwh, "
                                  "co2_kg_per_kwh) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(siteId);
    insert.addBindValue(carrierCode(carrier));
    insert.addBindValue(tariff.pricePerKWh);
    insert.addBindValue(tariff.co2KgPerKWh);
    return m_database.exec(insert, QStringLiteral("store a tariff"));
}

Status Registry::setTariff(const QString &siteId, EnergyCarrier carrier,
                           const CarrierTariff &tariff)
{
    if (Status valid = validateTariff(tariff); !valid)
        return valid;
    return m_database.transaction([&]() -> Status {
        if (Status s = writeTariff(siteId, carrier, tariff); !s)
            return s;
        return AuditLog(m_database).append(
            QStringLiteral("site.tariff"), QStringLiteral("site"), siteId,
            {{QStringLiteral("carrier"), carrierCode(carrier)},
             {QStringLiteral("price_per_kwh"), tariff.pricePerKWh},
             {QStringLiteral("co2_kg_per_kwh"), tariff.co2KgPerKWh}});
    });
}

Status Registry::setWorkingCalendar(const QString &siteId, const WorkingCalendar &calendar)
{
    if (calendar.startMinute < 0 || calendar.endMinute > 24 * 60
        || calendar.startMinute >= calendar.endMinute || calendar.workingDaysMask > 0x7f)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Working hours must start before they end, within "
                                        "00:00-24:00."));
    return m_database.transaction([&]() -> Status {
        QSqlQuery update(m_database.connection());
        update.prepare(QStringLiteral("UPDATE sites SET working_days = ?, work_start_minute = ?, "
                                      "work_end_minute = ? WHERE id = ?"));
        update.addBindValue(calendar.workingDaysMask);
        update.addBindValue(calendar.startMinute);
        update.addBindValue(calendar.endMinute);
        update.addBindValue(siteId);
        if (Status s = m_database.exec(update, QStringLiteral("change working hours")); !s)
            return s;
        return AuditLog(m_database).append(
            QStringLiteral("site.calendar"), QStringLiteral("site"), siteId,
            {{QStringLiteral("working_days"), int(calendar.workingDaysMask)},
             {QStringLiteral("start_minute"), calendar.startMinute},
             {QStringLiteral("end_minute"), calendar.endMinute}});
    });
}

Status Registry::setOpportunityRules(const QString &siteId, const OpportunityRules &rules)
{
    for (const OpportunityRuleField &field : opportunityRuleFields()) {
        if (Status valid = validateOpportunityRule(field, rules.*field.member); !valid)
            return valid;
    }
    return m_database.transaction([&]() -> Status {
        QSqlQuery remove(m_database.connection());
        remove.prepare(QStringLiteral("DELETE FROM site_rules WHERE site_id = ?"));
        remove.addBindValue(siteId);
        if (Status s = m_database.exec(remove, QStringLiteral("replace detector rules")); !s)
            return s;

        QJsonObject changed;
        for (const OpportunityRuleField &field : opportunityRuleFields()) {
            QSqlQuery insert(m_database.connection());
            insert.prepare(QStringLiteral("INSERT INTO site_rules (site_id, rule, value) "
                                          "VALUES (?, ?, ?)"));
            insert.addBindValue(siteId);
            insert.addBindValue(QString::fromLatin1(field.code));
            insert.addBindValue(rules.*field.member);
            if (Status s = m_database.exec(insert, QStringLiteral("store a detector rule")); !s)
                return s;
            changed.insert(QString::fromLatin1(field.code), rules.*field.member);
        }
        return AuditLog(m_database).append(QStringLiteral("site.rules"),
                                           QStringLiteral("site"), siteId, changed);
    });
}

Status Registry::saveSiteSettings(const SiteInfo &site)
{
    return m_database.transaction([&]() -> Status {
        for (const auto &[carrier, tariff] : site.tariffs) {
            if (Status s = setTariff(site.id, carrier, tariff); !s)
                return s;
        }
        if (Status s = setWorkingCalendar(site.id, site.calendar); !s)
            return s;
        return setOpportunityRules(site.id, site.opportunityRules);
    });
}

Status Registry::loadSiteDetails(SiteInfo &site) const
{
    if (Status s = loadTariffs(site); !s)
        return s;
    return loadOpportunityRules(site);
}

// A site that never tuned a rule keeps the defaults of OpportunityRules.
Status Registry::loadOpportunityRules(SiteInfo &site) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT rule, value FROM site_rules WHERE site_id = ?"));
    query.addBindValue(site.id);
    if (Status s = m_database.exec(query, QStringLiteral("read detector rules")); !s)
        return s;
    while (query.next()) {
        if (const OpportunityRuleField *field = findOpportunityRule(query.value(0).toString()))
            site.opportunityRules.*field->member = query.value(1).toDouble();
    }
    return Done{};
}

Status Registry::loadTariffs(SiteInfo &site) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT carrier, price_per_kwh, co2_kg_per_kwh "
                                 "FROM site_tariffs WHERE site_id = ?"));
    query.addBindValue(site.id);
    if (Status s = m_database.exec(query, QStringLiteral("read tariffs")); !s)
        return s;
    while (query.next()) {
        if (auto carrier = carrierFromCode(query.value(0).toString()))
            site.tariffs[*carrier] = {query.value(1).toDouble(), query.value(2).toDouble()};
    }
    return Done{};
}

Result<std::vector<SiteInfo>> Registry::sites() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(kSiteColumns + QStringLiteral(" ORDER BY name"));
    if (Status s = m_database.exec(query, QStringLiteral("list sites")); !s)
        return s.error();
    std::vector<SiteInfo> result;
    while (query.next())
        result.push_back(siteFromRow(query));
    for (SiteInfo &site : result) {
        if (Status s = loadSiteDetails(site); !s)
            return s.error();
    }
    return result;
}

Result<SiteInfo> Registry::site(const QString &nameOrId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(kSiteColumns + QStringLiteral(" WHERE id = ? OR name = ?"));
    query.addBindValue(nameOrId.trimmed().toLower());
    query.addBindValue(nameOrId.trimmed());
    if (Status s = m_database.exec(query, QStringLiteral("find a site")); !s)
        return s.error();
    if (!query.next())
        return makeError(ErrorCode::UnknownEntity,
                         QStringLiteral("No site is named or has the id \"%1\".").arg(nameOrId));
    SiteInfo site = siteFromRow(query);
    if (Status s = loadSiteDetails(site); !s)
        return s.error();
    return site;
}

Result<SeuInfo> Registry::addSeu(SeuInfo seu)
{
    seu.name = seu.name.trimmed();
    if (Status valid = validateSeu(seu); !valid)
        return valid.error();
    Result<SiteInfo> owner = site(seu.siteId);
    if (!owner)
        return owner.error();
    seu.siteId = owner->id;
    seu.id = normalisedUuid(seu.id);
    if (Result<SeuInfo> existing = this->seu(seu.name); existing)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("An SEU named \"%1\" exists already.").arg(seu.name));

    const Status stored = m_database.transaction([&]() -> Status {
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral("INSERT INTO seus (id, site_id, name, carrier, rated_kw, "
                                      "active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(seu.id);
        insert.addBindValue(seu.siteId);
        insert.addBindValue(seu.name);
        insert.addBindValue(carrierCode(seu.carrier));
        insert.addBindValue(seu.ratedKW);
        insert.addBindValue(seu.active ? 1 : 0);
        insert.addBindValue(nowUtc());
        if (Status s = m_database.exec(insert, QStringLiteral("add an SEU")); !s)
            return s;
        return AuditLog(m_database).append(
            QStringLiteral("seu.add"), QStringLiteral("seu"), seu.id,
            {{QStringLiteral("name"), seu.name}, {QStringLiteral("site_id"), seu.siteId},
             {QStringLiteral("carrier"), carrierCode(seu.carrier)},
             {QStringLiteral("rated_kw"), seu.ratedKW}});
    });
    if (!stored)
        return stored.error();
    return seu;
}

Status Registry::setSeuActive(const QString &seuId, bool active)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery update(m_database.connection());
        update.prepare(QStringLiteral("UPDATE seus SET active = ? WHERE id = ?"));
        update.addBindValue(active ? 1 : 0);
        update.addBindValue(seuId);
        if (Status s = m_database.exec(update, QStringLiteral("change an SEU")); !s)
            return s;
        return AuditLog(m_database).append(QStringLiteral("seu.active"), QStringLiteral("seu"),
                                           seuId, {{QStringLiteral("active"), active}});
    });
}

Result<std::vector<SeuInfo>> Registry::seus(const QString &siteId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(kSeuColumns
                  + (siteId.isEmpty() ? QString() : QStringLiteral(" WHERE site_id = ?"))
                  + QStringLiteral(" ORDER BY name"));
    if (!siteId.isEmpty())
        query.addBindValue(siteId);
    if (Status s = m_database.exec(query, QStringLiteral("list SEUs")); !s)
        return s.error();
    std::vector<SeuInfo> result;
    while (query.next())
        result.push_back(seuFromRow(query));
    return result;
}

Result<SeuInfo> Registry::seu(const QString &nameOrId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(kSeuColumns + QStringLiteral(" WHERE id = ? OR name = ?"));
    query.addBindValue(nameOrId.trimmed().toLower());
    query.addBindValue(nameOrId.trimmed());
    if (Status s = m_database.exec(query, QStringLiteral("find an SEU")); !s)
        return s.error();
    if (!query.next())
        return makeError(ErrorCode::UnknownEntity,
                         QStringLiteral("No SEU is named or has the id \"%1\".").arg(nameOrId));
    return seuFromRow(query);
}

Result<SeuAndSite> Registry::seuWithSite(const QString &nameOrId) const
{
    Result<SeuInfo> found = seu(nameOrId);
    if (!found)
        return found.error();
    Result<SiteInfo> owner = site(found->siteId);
    if (!owner)
        return owner.error();
    return SeuAndSite{*found, *owner};
}

} // namespace Enms
