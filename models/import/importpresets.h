// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "engine/import/importoptions.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace Enms {

class Database;
struct ImportRequest;

// The answers a user gives once about how a site's meter files are read: which column,
// which unit, which zone, what the stamps mark, how dates are ordered. The file and the
// target are not part of it, so the monthly import of the same export is one step.
// Unset fields (std::nullopt, empty text) leave the importer's detection or the
// caller's own choice in place.
struct ImportPreset {
    QString name;
    QString columnName;
    std::optional<Engine::ImportUnit> unit;
    QString timeZoneId;                            // empty: the site's zone
    std::optional<Engine::StampConvention> stamps;
    std::optional<Engine::DateOrder> dateOrder;
    std::optional<bool> cumulative;
    char separator = 0;                            // 0: detected
    char decimalMark = 0;                          // 0: detected
    QDateTime updatedUtc;                          // filled when read back
};

// The preset as stored: a JSON object with only the fields that are set.
QJsonObject importPresetToJson(const ImportPreset &preset);
// Unknown or malformed fields are an InvalidInput error naming the field.
Engine::Result<ImportPreset> importPresetFromJson(const QString &name, const QJsonObject &json);

// The mapping choices a request carries, as a preset of that name.
ImportPreset presetFromRequest(const QString &name, const ImportRequest &request);
// Sets the request's mapping choices that the preset holds; the rest stay as they are.
void applyPreset(const ImportPreset &preset, ImportRequest &request);

// Named presets per site, in import_presets. Saving a name that exists replaces it.
// Every save and delete is written to the audit log in the same transaction.
class ImportPresets final
{
public:
    explicit ImportPresets(Database &database) : m_database(database) {}

    // The site whose presets apply to a request: the site itself for temperature, the
    // SEU's site otherwise.
    Engine::Result<QString> siteOf(const ImportRequest &request) const;

    Engine::Status save(const QString &siteNameOrId, const ImportPreset &preset);
    Engine::Result<ImportPreset> load(const QString &siteNameOrId, const QString &name) const;
    Engine::Result<std::vector<ImportPreset>> list(const QString &siteNameOrId) const;
    Engine::Status remove(const QString &siteNameOrId, const QString &name);

private:
    Engine::Result<QString> siteId(const QString &siteNameOrId) const;

    Database &m_database;
};

} // namespace Enms
