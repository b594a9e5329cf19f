// SPDX-License-Identifier: GPL-3.0-or-later
// enms import | imports | import undo | presets | preset delete
#include "clicommand.h"

#include "engine/import/timestampparse.h"
#include "models/database.h"
#include "models/import/importpresets.h"
#include "models/import/importservice.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Enms::Cli {

using namespace Engine;

namespace {

// The target and file of an import, or a usage error.
std::optional<ImportRequest> targetFrom(const CliArgs &args, CliError *error)
{
    ImportRequest request;
    const QString variable = args.value(QStringLiteral("variable"));
    if (variable.isEmpty()) {
        request.target = ImportTarget::Energy;
    } else if (variable == QLatin1String("outdoor_temperature")) {
        request.target = ImportTarget::Temperature;
    } else if (variable == QLatin1String("production")) {
        request.target = ImportTarget::Production;
    } else {
        *error = {CliError::Usage, QStringLiteral("--variable takes outdoor_temperature or "
                                                  "production, not \"%1\".").arg(variable)};
        return std::nullopt;
    }

    const QString ownerOption = request.target == ImportTarget::Temperature
                                    ? QStringLiteral("site") : QStringLiteral("seu");
    const auto owner = args.required(ownerOption, error);
    const auto file = args.required(QStringLiteral("file"), error);
    if (!owner || !file)
        return std::nullopt;
    request.ownerNameOrId = *owner;
    request.fileName = *file;
    request.dryRun = args.flag(QStringLiteral("dry-run"));
    request.unit = request.target == ImportTarget::Energy ? ImportUnit::KiloWattHour
                   : request.target == ImportTarget::Temperature ? ImportUnit::Celsius
                                                                 : ImportUnit::Count;
    return request;
}

bool separatorFrom(const QString &text, char *separator)
{
    static const QHash<QString, char> known = {
        {QStringLiteral(","), ','}, {QStringLiteral(";"), ';'},
        {QStringLiteral("tab"), '\t'}, {QStringLiteral("|"), '|'}};
    if (!known.contains(text))
        return false;
    *separator = known.value(text);
    return true;
}

// The mapping options given on the command line; each one overrides the preset's.
bool applyExplicitOptions(const CliArgs &args, ImportRequest &request, CliError *error)
{
    if (args.has(QStringLiteral("column")))
        request.columnName = args.value(QStringLiteral("column"));
    if (args.has(QStringLiteral("timezone")))
        request.options.timeZoneId = args.value(QStringLiteral("timezone"));
    if (args.flag(QStringLiteral("cumulative")))
        request.cumulative = true;

    const QString unit = args.value(QStringLiteral("unit"), importUnitCode(request.unit));
    if (!importUnitFromCode(unit, &request.unit)) {
        *error = {CliError::Usage, QStringLiteral("Unknown unit \"%1\"; use Wh, kWh, MWh, W, "
                                                  "kW, m3, kg, degC, degF or count.").arg(unit)};
        return false;
    }
    const QString separator = args.value(QStringLiteral("separator"));
    if (!separator.isEmpty() && !separatorFrom(separator, &request.options.separator)) {
        *error = {CliError::Usage, QStringLiteral("--separator takes , ; | or tab.")};
        return false;
    }
    const QString decimal = args.value(QStringLiteral("decimal"));
    if (!decimal.isEmpty()) {
        if (decimal != QLatin1String(".") && decimal != QLatin1String(",")) {
            *error = {CliError::Usage, QStringLiteral("--decimal takes . or ,")};
            return false;
        }
        request.options.decimalMark = decimal.front().toLatin1();
    }

    const auto stamp = args.choice(QStringLiteral("stamp"), {QStringLiteral("start"),
                                                             QStringLiteral("end")},
                                   request.options.stamps == StampConvention::IntervalEnd
                                       ? QStringLiteral("end") : QStringLiteral("start"),
                                   error);
    const auto order = args.choice(QStringLiteral("date-order"),
                                   {QStringLiteral("auto"), QStringLiteral("dmy"),
                                    QStringLiteral("mdy"), QStringLiteral("ymd")},
                                   dateOrderCode(request.options.dateOrder), error);
    const auto overlap = args.choice(QStringLiteral("on-overlap"),
                                     {QStringLiteral("skip"), QStringLiteral("replace")},
                                     QStringLiteral("skip"), error);
    if (!stamp || !order || !overlap)
        return false;
    request.options.stamps = *stamp == QLatin1String("end") ? StampConvention::IntervalEnd
                                                            : StampConvention::IntervalStart;
    dateOrderFromCode(*order, &request.options.dateOrder);
    request.overlap = *overlap == QLatin1String("replace") ? OverlapPolicy::Replace
                                                           : OverlapPolicy::Skip;
    return true;
}

// What the command line says about the file and its mapping: the target's defaults,
// then the named preset of its site, then the options given explicitly.
Result<ImportRequest> requestFrom(Database &db, const CliArgs &args, CliError *error)
{
    const auto usage = [&] { return makeError(ErrorCode::InvalidInput, error->detail); };
    std::optional<ImportRequest> request = targetFrom(args, error);
    if (!request)
        return usage();

    const QString presetName = args.value(QStringLiteral("preset"));
    if (!presetName.isEmpty()) {
        ImportPresets presets(db);
        Result<QString> site = presets.siteOf(*request);
        if (!site)
            return site.error();
        Result<ImportPreset> preset = presets.load(*site, presetName);
        if (!preset)
            return preset.error();
        applyPreset(*preset, *request);
    }
    if (!applyExplicitOptions(args, *request, error))
        return usage();
    return *request;
}

// Keeps the mapping of an accepted import under a name, for the next file.
Status savePreset(Database &db, const ImportRequest &request, const QString &name)
{
    ImportPresets presets(db);
    Result<QString> site = presets.siteOf(request);
    if (!site)
        return site.error();
    return presets.save(*site, presetFromRequest(name, request));
}

QJsonObject presetJson(const ImportPreset &preset)
{
    return {{QStringLiteral("name"), preset.name},
            {QStringLiteral("options"), importPresetToJson(preset)},
            {QStringLiteral("updated_at"), preset.updatedUtc.toString(Qt::ISODate)}};
}

Outcome runImport(Database &db, const CliArgs &args)
{
    CliError error{CliError::Usage, {}};
    Result<ImportRequest> request = requestFrom(db, args, &error);
    if (!request)
        return Outcome::failure(request.error());

    QFile file(request->fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::failure(CliError{CliError::Usage,
            QStringLiteral("Cannot read %1: %2").arg(request->fileName, file.errorString())});
    request->bytes = file.readAll();

    Result<ImportOutcome> outcome = ImportService(db).run(*request);
    if (!outcome)
        return Outcome::failure(outcome.error());
    QJsonObject json = importOutcomeToJson(*outcome);
    if (!outcome->report.accepted())
        return Outcome{json, CliError::NotEnoughData,
                       QStringLiteral("The file was rejected and nothing was stored: %1")
                           .arg(outcome->report.reasons.join(QStringLiteral("; ")))};

    const QString saveAs = args.value(QStringLiteral("save-preset"));
    if (!saveAs.isEmpty()) {
        if (Status saved = savePreset(db, *request, saveAs); !saved)
            return Outcome{json, exitCodeFor(saved.error().code), saved.error().message};
        json.insert(QStringLiteral("preset_saved"), saveAs);
    }
    return Outcome::success(json);
}

Outcome listImports(Database &db, const CliArgs &)
{
    auto history = ImportService(db).history();
    if (!history)
        return Outcome::failure(history.error());
    QJsonArray list;
    for (const ImportRecord &record : *history) {
        list.append(QJsonObject{
            {QStringLiteral("id"), double(record.id)},
            {QStringLiteral("at"), record.atUtc.toString(Qt::ISODate)},
            {QStringLiteral("actor"), record.actor},
            {QStringLiteral("file_name"), record.fileName},
            {QStringLiteral("checksum_sha256"), record.checksum},
            {QStringLiteral("target_kind"), record.targetKind},
            {QStringLiteral("target_id"), record.targetIds},
            {QStringLiteral("rows_read"), record.report.value(QStringLiteral("rows_read"))},
            {QStringLiteral("undone_at"), record.undoneAtUtc.isValid()
                                              ? QJsonValue(record.undoneAtUtc.toString(Qt::ISODate))
                                              : QJsonValue()}});
    }
    return Outcome::success(QJsonObject{{QStringLiteral("imports"), list}});
}

Outcome undoImport(Database &db, const CliArgs &args)
{
    CliError error;
    const auto id = args.number(QStringLiteral("id"), std::nullopt, &error);
    if (!id)
        return Outcome::failure(error);
    if (Status undone = ImportService(db).undo(qint64(*id)); !undone)
        return Outcome::failure(undone.error());
    return Outcome::success(QJsonObject{{QStringLiteral("undone"), double(qint64(*id))}});
}

Outcome listPresets(Database &db, const CliArgs &args)
{
    CliError error;
    const auto site = args.required(QStringLiteral("site"), &error);
    if (!site)
        return Outcome::failure(error);
    Result<std::vector<ImportPreset>> presets = ImportPresets(db).list(*site);
    if (!presets)
        return Outcome::failure(presets.error());
    QJsonArray list;
    for (const ImportPreset &preset : *presets)
        list.append(presetJson(preset));
    return Outcome::success(QJsonObject{{QStringLiteral("presets"), list}});
}

Outcome deletePreset(Database &db, const CliArgs &args)
{
    CliError error;
    const auto site = args.required(QStringLiteral("site"), &error);
    const auto name = args.required(QStringLiteral("name"), &error);
    if (!site || !name)
        return Outcome::failure(error);
    if (Status removed = ImportPresets(db).remove(*site, *name); !removed)
        return Outcome::failure(removed.error());
    return Outcome::success(QJsonObject{{QStringLiteral("deleted"), *name}});
}

} // namespace

void addImportCommands(CommandList &commands)
{
    QSet<QString> importOptions;
    for (const char *name : {"seu", "site", "variable", "file", "column", "timezone", "unit",
                             "stamp", "date-order", "on-overlap", "separator", "decimal",
                             "preset", "save-preset"})
        importOptions.insert(QString::fromLatin1(name));
    commands.push_back({{QStringLiteral("import")}, importOptions,
                        {QStringLiteral("cumulative"), QStringLiteral("dry-run")},
                        QStringLiteral("import --seu S --file F [--column C] [--timezone Z] "
                                       "[--unit U] [--stamp start|end] [--date-order dmy|mdy|ymd] "
                                       "[--separator ,|;|tab|'|'] [--decimal .|,] [--cumulative] "
                                       "[--preset NAME] [--save-preset NAME] [--dry-run] "
                                       "[--on-overlap skip|replace]; "
                                       "import --site S --variable outdoor_temperature --file F "
                                       "...; import --seu S --variable production --file F ..."),
                        runImport});
    commands.push_back({{QStringLiteral("imports")}, {}, {}, QStringLiteral("imports"),
                        listImports});
    commands.push_back({{QStringLiteral("import"), QStringLiteral("undo")}, {QStringLiteral("id")},
                        {}, QStringLiteral("import undo --id N"), undoImport});
    commands.push_back({{QStringLiteral("presets")}, {QStringLiteral("site")}, {},
                        QStringLiteral("presets --site S"), listPresets});
    commands.push_back({{QStringLiteral("preset"), QStringLiteral("delete")},
                        {QStringLiteral("site"), QStringLiteral("name")}, {},
                        QStringLiteral("preset delete --site S --name NAME"), deletePreset});
}

} // namespace Enms::Cli
