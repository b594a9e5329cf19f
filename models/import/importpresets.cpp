// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/importpresets.h"

#include "engine/import/timestampparse.h"
#include "models/auditlog.h"
#include "models/database.h"
#include "models/import/importservice.h"
#include "models/registry.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Enms {

using namespace Engine;

namespace {

// JSON keys of a stored preset. They are part of the file format of import_presets:
// rename none of them without reading the old name too.
const QLatin1String kColumn("column");
const QLatin1String kUnit("unit");
const QLatin1String kTimeZone("timezone");
const QLatin1String kStamp("stamp");
const QLatin1String kDateOrder("date_order");
const QLatin1String kCumulative("cumulative");
const QLatin1String kSeparator("separator");
const QLatin1String kDecimal("decimal");

QString separatorText(char separator)
{
    return separator == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(separator));
}

bool separatorFromText(const QString &text, char *separator)
{
    if (text == QLatin1String("tab")) {
        *separator = '\t';
        return true;
    }
    if (text.size() != 1 || !QStringLiteral(",;|").contains(text))
        return false;
    *separator = text.front().toLatin1();
    return true;
}

Error badField(const QString &preset, const QString &field, const QString &text)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("The preset \"%1\" has an unreadable %2: \"%3\".")
                         .arg(preset, field, text));
}

} // namespace

QJsonObject importPresetToJson(const ImportPreset &preset)
{
    QJsonObject json;
    if (!preset.columnName.isEmpty())
        json.insert(kColumn, preset.columnName);
    if (preset.unit)
        json.insert(kUnit, importUnitCode(*preset.unit));
    if (!preset.timeZoneId.isEmpty())
        json.insert(kTimeZone, preset.timeZoneId);
    if (preset.stamps)
        json.insert(kStamp, *preset.stamps == StampConvention::IntervalEnd
                                ? QStringLiteral("end") : QStringLiteral("start"));
    if (preset.dateOrder)
        json.insert(kDateOrder, dateOrderCode(*preset.dateOrder));
    if (preset.cumulative)
        json.insert(kCumulative, *preset.cumulative);
    if (preset.separator != 0)
        json.insert(kSeparator, separatorText(preset.separator));
    if (preset.decimalMark != 0)
        json.insert(kDecimal, QString(QLatin1Char(preset.decimalMark)));
    return json;
}

Result<ImportPreset> importPresetFromJson(const QString &name, const QJsonObject &json)
{
    ImportPreset preset;
    preset.name = name;
    preset.columnName = json.value(kColumn).toString();
    preset.timeZoneId = json.value(kTimeZone).toString();
    if (json.contains(kCumulative))
        preset.cumulative = json.value(kCumulative).toBool();

    if (json.contains(kUnit)) {
        ImportUnit unit;
        const QString text = json.value(kUnit).toString();
        if (!importUnitFromCode(text, &unit))
            return badField(name, kUnit, text);
        preset.unit = unit;
    }
    if (json.contains(kStamp)) {
        const QString text = json.value(kStamp).toString();
        if (text != QLatin1String("start") && text != QLatin1String("end"))
            return badField(name, kStamp, text);
        preset.stamps = text == QLatin1String("end") ? StampConvention::IntervalEnd
                                                     : StampConvention::IntervalStart;
    }
    if (json.contains(kDateOrder)) {
        DateOrder order;
        const QString text = json.value(kDateOrder).toString();
        if (!dateOrderFromCode(text, &order))
            return badField(name, kDateOrder, text);
        preset.dateOrder = order;
    }
    if (json.contains(kSeparator)
        && !separatorFromText(json.value(kSeparator).toString(), &preset.separator))
        return badField(name, kSeparator, json.value(kSeparator).toString());
    if (json.contains(kDecimal)) {
        const QString text = json.value(kDecimal).toString();
        if (text != QLatin1String(".") && text != QLatin1String(","))
            return badField(name, kDecimal, text);
        preset.decimalMark = text.front().toLatin1();
    }
    return preset;
}

ImportPreset presetFromRequest(const QString &name, const ImportRequest &request)
{
    ImportPreset preset;
    preset.name = name;
    preset.columnName = request.columnName;
    preset.unit = request.unit;
    preset.timeZoneId = request.options.timeZoneId;
    preset.stamps = request.options.stamps;
    preset.dateOrder = request.options.dateOrder;
    preset.cumulative = request.cumulative;
    preset.separator = request.options.separator;
    preset.decimalMark = request.options.decimalMark;
    return preset;
}

void applyPreset(const ImportPreset &preset, ImportRequest &request)
{
    if (!preset.columnName.isEmpty())
        request.columnName = preset.columnName;
    if (preset.unit)
        request.unit = *preset.unit;
    if (!preset.timeZoneId.isEmpty())
        request.options.timeZoneId = preset.timeZoneId;
    if (preset.stamps)
        request.options.stamps = *preset.stamps;
    if (preset.dateOrder)
        request.options.dateOrder = *preset.dateOrder;
    if (preset.cumulative)
        request.cumulative = *preset.cumulative;
    if (preset.separator != 0)
        request.options.separator = preset.separator;
    if (preset.decimalMark != 0)
        request.options.decimalMark = preset.decimalMark;
}

Result<QString> ImportPresets::siteOf(const ImportRequest &request) const
{
    Registry registry(m_database);
    if (request.target == ImportTarget::Temperature) {
        Result<SiteInfo> site = registry.site(request.ownerNameOrId);
        if (!site)
            return site.error();
        return site->id;
    }
    Result<SeuInfo> seu = registry.seu(request.ownerNameOrId);
    if (!seu)
        return seu.error();
    return seu->siteId;
}

Result<QString> ImportPresets::siteId(const QString &siteNameOrId) const
{
    Result<SiteInfo> site = Registry(m_database).site(siteNameOrId);
    if (!site)
        return site.error();
    return site->id;
}

Status ImportPresets::save(const QString &siteNameOrId, const ImportPreset &preset)
{
    if (preset.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A preset needs a name."));
    Result<QString> site = siteId(siteNameOrId);
    if (!site)
        return site.error();

    const QJsonObject options = importPresetToJson(preset);
    return m_database.transaction([&]() -> Status {
        QSqlQuery upsert(m_database.connection());
        upsert.prepare(QStringLiteral(
            "INSERT INTO import_presets (site_id, name, options, updated_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (site_id, name) DO UPDATE SET "
            "options = excluded.options, updated_at = excluded.updated_at"));
        upsert.addBindValue(*site);
        upsert.addBindValue(preset.name.trimmed());
        upsert.addBindValue(QString::fromUtf8(QJsonDocument(options).toJson(
            QJsonDocument::Compact)));
        upsert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (Status s = m_database.exec(upsert, QStringLiteral("save the import preset")); !s)
            return s;
        return AuditLog(m_database).append(QStringLiteral("import.preset.save"),
                                           QStringLiteral("site"), *site,
                                           {{QStringLiteral("name"), preset.name.trimmed()},
                                            {QStringLiteral("options"), options}});
    });
}

Result<ImportPreset> ImportPresets::load(const QString &siteNameOrId, const QString &name) const
{
    Result<std::vector<ImportPreset>> all = list(siteNameOrId);
    if (!all)
        return all.error();
    for (const ImportPreset &preset : *all) {
        if (preset.name == name.trimmed())
            return preset;
    }
    return makeError(ErrorCode::UnknownEntity,
                     QStringLiteral("The site has no import preset named \"%1\".").arg(name));
}

Result<std::vector<ImportPreset>> ImportPresets::list(const QString &siteNameOrId) const
{
    Result<QString> site = siteId(siteNameOrId);
    if (!site)
        return site.error();

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT name, options, updated_at FROM import_presets "
                                 "WHERE site_id = ? ORDER BY name"));
    query.addBindValue(*site);
    if (Status s = m_database.exec(query, QStringLiteral("read the import presets")); !s)
        return s.error();

    std::vector<ImportPreset> presets;
    while (query.next()) {
        const QJsonObject json =
            QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        Result<ImportPreset> preset = importPresetFromJson(query.value(0).toString(), json);
        if (!preset)
            return preset.error();
        preset->updatedUtc = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        presets.push_back(*preset);
    }
    return presets;
}

Status ImportPresets::remove(const QString &siteNameOrId, const QString &name)
{
    Result<ImportPreset> existing = load(siteNameOrId, name);
    if (!existing)
        return existing.error();
    Result<QString> site = siteId(siteNameOrId);
    if (!site)
        return site.error();

    return m_database.transaction([&]() -> Status {
        QSqlQuery remove(m_database.connection());
        remove.prepare(QStringLiteral("DELETE FROM import_presets WHERE site_id = ? "
                                      "AND name = ?"));
        remove.addBindValue(*site);
        remove.addBindValue(existing->name);
        if (Status s = m_database.exec(remove, QStringLiteral("delete the import preset")); !s)
            return s;
        return AuditLog(m_database).append(QStringLiteral("import.preset.delete"),
                                           QStringLiteral("site"), *site,
                                           {{QStringLiteral("name"), existing->name}});
    });
}

} // namespace Enms
