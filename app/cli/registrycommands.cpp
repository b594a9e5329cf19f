// SPDX-License-Identifier: GPL-3.0-or-later
// enms site add | site price | site hours | site rules | sites | seu add | seus
#include "clicommand.h"

#include "models/database.h"
#include "models/registry.h"

#include <QJsonArray>
#include <QJsonObject>

#include <variant>

namespace Enms::Cli {

using namespace Engine;

namespace {

const QStringList kCarrierCodes = {QStringLiteral("electricity"), QStringLiteral("natural_gas"),
                                   QStringLiteral("steam"), QStringLiteral("compressed_air")};

// Rule codes on the command line use hyphens: idle_share_limit is --idle-share-limit.
QString ruleOption(const OpportunityRuleField &field)
{
    return QString::fromLatin1(field.code).replace(QLatin1Char('_'), QLatin1Char('-'));
}

QJsonObject rulesJson(const OpportunityRules &rules)
{
    QJsonObject json;
    for (const OpportunityRuleField &field : opportunityRuleFields())
        json.insert(QString::fromLatin1(field.code), rules.*field.member);
    return json;
}

QJsonObject siteJson(const SiteInfo &site)
{
    QJsonObject tariffs;
    for (const auto &[carrier, tariff] : site.tariffs) {
        tariffs.insert(carrierCode(carrier),
                       QJsonObject{{QStringLiteral("price_per_kwh"), tariff.pricePerKWh},
                                   {QStringLiteral("co2_kg_per_kwh"), tariff.co2KgPerKWh}});
    }
    QJsonArray days;
    for (int day = 1; day <= 7; ++day) {
        if (site.calendar.isWorkingDay(day))
            days.append(day);
    }
    const auto clock = [](int minute) {
        return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0'))
            .arg(minute % 60, 2, 10, QLatin1Char('0'));
    };
    return {{QStringLiteral("id"), site.id},
            {QStringLiteral("name"), site.name},
            {QStringLiteral("timezone"), site.timeZoneId},
            {QStringLiteral("currency"), site.currency},
            {QStringLiteral("tariffs"), tariffs},
            {QStringLiteral("working_days"), days},
            {QStringLiteral("working_hours"),
             QStringLiteral("%1-%2").arg(clock(site.calendar.startMinute),
                                         clock(site.calendar.endMinute))},
            {QStringLiteral("opportunity_rules"), rulesJson(site.opportunityRules)}};
}

QJsonObject seuJson(const SeuInfo &seu, const QString &siteName)
{
    return {{QStringLiteral("id"), seu.id},
            {QStringLiteral("name"), seu.name},
            {QStringLiteral("site_id"), seu.siteId},
            {QStringLiteral("site_name"), siteName},
            {QStringLiteral("energy_source"), carrierCode(seu.carrier)},
            {QStringLiteral("rated_power_kw"), seu.ratedKW},
            {QStringLiteral("active"), seu.active}};
}

Outcome addSite(Database &db, const CliArgs &args)
{
    CliError error;
    SiteInfo site;
    const auto name = args.required(QStringLiteral("name"), &error);
    const auto zone = args.required(QStringLiteral("timezone"), &error);
    const auto price = args.number(QStringLiteral("price"), 0.15, &error);
    const auto co2 = args.number(QStringLiteral("co2"), 0.45, &error);
    if (!name || !zone || !price || !co2)
        return Outcome::failure(error);

    site.name = *name;
    site.timeZoneId = *zone;
    site.currency = args.value(QStringLiteral("currency"), QStringLiteral("USD")).toUpper();
    site.id = args.value(QStringLiteral("id"));
    site.tariffs[EnergyCarrier::Electricity] = {*price, *co2};
    Result<SiteInfo> added = Registry(db).addSite(site);
    if (!added)
        return Outcome::failure(added.error());
    return Outcome::success(siteJson(*added));
}

Outcome setPrice(Database &db, const CliArgs &args)
{
    CliError error;
    const auto siteName = args.required(QStringLiteral("site"), &error);
    const auto carrier = args.choice(QStringLiteral("energy"), kCarrierCodes, {}, &error);
    const auto price = args.number(QStringLiteral("price"), std::nullopt, &error);
    if (!siteName || !carrier || !price)
        return Outcome::failure(error);

    Registry registry(db);
    Result<SiteInfo> site = registry.site(*siteName);
    if (!site)
        return Outcome::failure(site.error());
    const EnergyCarrier code = *carrierFromCode(*carrier);
    const auto co2 = args.number(QStringLiteral("co2"), site->tariff(code).co2KgPerKWh, &error);
    if (!co2)
        return Outcome::failure(error);
    if (Status set = registry.setTariff(site->id, code, {*price, *co2}); !set)
        return Outcome::failure(set.error());
    return Outcome::success(siteJson(*registry.site(site->id)));
}

// The site named by the required --site option; on failure the outcome to print.
std::variant<SiteInfo, Outcome> requiredSite(Registry &registry, const CliArgs &args)
{
    CliError error;
    const auto siteName = args.required(QStringLiteral("site"), &error);
    if (!siteName)
        return Outcome::failure(error);
    Result<SiteInfo> site = registry.site(*siteName);
    if (!site)
        return Outcome::failure(site.error());
    return std::move(site).value();
}

// --days takes ISO day numbers such as 1-5 or 1,2,3,4,5,6; --start/--end take HH:MM.
Outcome setHours(Database &db, const CliArgs &args)
{
    Registry registry(db);
    auto found = requiredSite(registry, args);
    if (auto *failed = std::get_if<Outcome>(&found))
        return *failed;
    const SiteInfo &site = std::get<SiteInfo>(found);

    WorkingCalendar calendar = site.calendar;
    if (args.has(QStringLiteral("days"))) {
        calendar.workingDaysMask = 0;
        for (const QString &part : args.value(QStringLiteral("days")).split(QLatin1Char(','))) {
            const QStringList range = part.split(QLatin1Char('-'));
            const int from = range.first().toInt();
            const int to = range.last().toInt();
            if (from < 1 || to > 7 || from > to)
                return Outcome::failure(CliError{CliError::Usage,
                    QStringLiteral("--days takes ISO day numbers 1 (Monday) to 7 (Sunday), "
                                   "such as 1-5; \"%1\" is not one.").arg(part)});
            for (int day = from; day <= to; ++day)
                calendar.workingDaysMask |= 1u << (day - 1);
        }
    }
    for (const auto &[option, minute] : {std::pair{QStringLiteral("start"), &calendar.startMinute},
                                         std::pair{QStringLiteral("end"), &calendar.endMinute}}) {
        if (!args.has(option))
            continue;
        const QTime time = QTime::fromString(args.value(option), QStringLiteral("HH:mm"));
        const bool midnight = option == QLatin1String("end")
                              && args.value(option) == QLatin1String("24:00");
        if (!time.isValid() && !midnight)
            return Outcome::failure(CliError{CliError::Usage,
                QStringLiteral("--%1 takes a time as HH:MM.").arg(option)});
        *minute = midnight ? 24 * 60 : time.hour() * 60 + time.minute();
    }
    if (Status set = registry.setWorkingCalendar(site.id, calendar); !set)
        return Outcome::failure(set.error());
    return Outcome::success(siteJson(*registry.site(site.id)));
}

Outcome listSites(Database &db, const CliArgs &)
{
    Result<std::vector<SiteInfo>> sites = Registry(db).sites();
    if (!sites)
        return Outcome::failure(sites.error());
    QJsonArray list;
    for (const SiteInfo &site : *sites)
        list.append(siteJson(site));
    return Outcome::success(QJsonObject{{QStringLiteral("sites"), list}});
}

Outcome addSeu(Database &db, const CliArgs &args)
{
    CliError error;
    const auto siteName = args.required(QStringLiteral("site"), &error);
    const auto name = args.required(QStringLiteral("name"), &error);
    const auto carrier = args.choice(QStringLiteral("energy"), kCarrierCodes, {}, &error);
    const auto rated = args.number(QStringLiteral("rated-kw"), std::nullopt, &error);
    if (!siteName || !name || !carrier || !rated)
        return Outcome::failure(error);

    Registry registry(db);
    SeuInfo seu{args.value(QStringLiteral("id")), *siteName, *name, *carrierFromCode(*carrier),
                *rated, true};
    Result<SeuInfo> added = registry.addSeu(seu);
    if (!added)
        return Outcome::failure(added.error());
    return Outcome::success(seuJson(*added, registry.site(added->siteId)->name));
}

Outcome listSeus(Database &db, const CliArgs &args)
{
    Registry registry(db);
    Result<QString> siteId = optionalSiteId(db, args);
    if (!siteId)
        return Outcome::failure(siteId.error());
    Result<std::vector<SiteInfo>> sites = registry.sites();
    Result<std::vector<SeuInfo>> seus = registry.seus(*siteId);
    if (!sites || !seus)
        return Outcome::failure(!sites ? sites.error() : seus.error());

    QJsonArray list;
    for (const SeuInfo &seu : *seus) {
        const auto owner = std::find_if(sites->begin(), sites->end(),
                                        [&](const SiteInfo &s) { return s.id == seu.siteId; });
        list.append(seuJson(seu, owner == sites->end() ? QString() : owner->name));
    }
    return Outcome::success(QJsonObject{{QStringLiteral("seus"), list}});
}

// Changes the detector thresholds given as options and prints the site with all of
// them; without options it only prints.
Outcome setRules(Database &db, const CliArgs &args)
{
    Registry registry(db);
    auto found = requiredSite(registry, args);
    if (auto *failed = std::get_if<Outcome>(&found))
        return *failed;
    const SiteInfo &site = std::get<SiteInfo>(found);

    CliError error;
    OpportunityRules rules = site.opportunityRules;
    bool changed = false;
    for (const OpportunityRuleField &field : opportunityRuleFields()) {
        if (!args.has(ruleOption(field)))
            continue;
        const auto value = args.number(ruleOption(field), std::nullopt, &error);
        if (!value)
            return Outcome::failure(error);
        rules.*field.member = *value;
        changed = true;
    }
    if (!changed)
        return Outcome::success(siteJson(site));
    if (Status stored = registry.setOpportunityRules(site.id, rules); !stored)
        return Outcome::failure(stored.error());
    return Outcome::success(siteJson(*registry.site(site.id)));
}

QSet<QString> ruleOptions()
{
    QSet<QString> options{QStringLiteral("site")};
    for (const OpportunityRuleField &field : opportunityRuleFields())
        options.insert(ruleOption(field));
    return options;
}

QSet<QString> names(std::initializer_list<const char *> list)
{
    QSet<QString> set;
    for (const char *name : list)
        set.insert(QString::fromLatin1(name));
    return set;
}

} // namespace

void addRegistryCommands(CommandList &commands)
{
    commands.push_back({{QStringLiteral("site"), QStringLiteral("add")},
                        names({"name", "timezone", "currency", "price", "co2", "id"}), {},
                        QStringLiteral("site add --name N --timezone ZONE [--currency USD] "
                                       "[--price PER_KWH] [--co2 KG_PER_KWH] [--id UUID]"),
                        addSite});
    commands.push_back({{QStringLiteral("site"), QStringLiteral("price")},
                        names({"site", "energy", "price", "co2"}), {},
                        QStringLiteral("site price --site S --energy CARRIER --price P [--co2 F]"),
                        setPrice});
    commands.push_back({{QStringLiteral("site"), QStringLiteral("hours")},
                        names({"site", "days", "start", "end"}), {},
                        QStringLiteral("site hours --site S [--days 1-5] [--start HH:MM] "
                                       "[--end HH:MM]"),
                        setHours});
    commands.push_back({{QStringLiteral("site"), QStringLiteral("rules")}, ruleOptions(), {},
                        QStringLiteral("site rules --site S [--idle-share-limit 0.3] "
                                       "[--drift-limit 0.1] [--<rule> VALUE ...]"),
                        setRules});
    commands.push_back({{QStringLiteral("sites")}, {}, {}, QStringLiteral("sites"), listSites});
    commands.push_back({{QStringLiteral("seu"), QStringLiteral("add")},
                        names({"site", "name", "energy", "rated-kw", "id"}), {},
                        QStringLiteral("seu add --site S --name N --energy "
                                       "electricity|natural_gas|steam|compressed_air "
                                       "--rated-kw X"),
                        addSeu});
    commands.push_back({{QStringLiteral("seus")}, names({"site"}), {},
                        QStringLiteral("seus [--site S]"), listSeus});
}

} // namespace Enms::Cli
