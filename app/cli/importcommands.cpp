// SPDX-License-Identifier: GPL-3.0-or-later
// enms import | imports | import undo
#include "clicommand.h"

#include "engine/import/timestampparse.h"
#include "models/database.h"
#include "models/import/importservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace Enms::Cli {

using namespace Engine;

namespace {

// What the command line says about the file and its mapping, or a usage error.
std::optional<ImportRequest> requestFrom(const CliArgs &args, CliError *error)
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
    request.columnName = args.value(QStringLiteral("column"));
    request.cumulative = args.flag(QStringLiteral("cumulative"));
    request.dryRun = args.flag(QStringLiteral("dry-run"));
    request.options.timeZoneId = args.value(QStringLiteral("timezone"));

    const QString defaultUnit = request.target == ImportTarget::Energy ? QStringLiteral("kWh")
                                : request.target == ImportTarget::Temperature
                                    ? QStringLiteral("degC") : QStringLiteral("count");
    const QString unit = args.value(QStringLiteral("unit"), defaultUnit);
    if (!importUnitFromCode(unit, &request.unit)) {
        *error = {CliError::Usage, QStringLiteral("Unknown unit \"%1\"; use Wh, kWh, MWh, W, "
                                                  "kW, m3, kg, degC, degF or count.").arg(unit)};
        return std::nullopt;
    }

    const auto stamp = args.choice(QStringLiteral("stamp"), {QStringLiteral("start"),
                                                             QStringLiteral("end")},
                                   QStringLiteral("start"), error);
    const auto order = args.choice(QStringLiteral("date-order"),
                                   {QStringLiteral("auto"), QStringLiteral("dmy"),
                                    QStringLiteral("mdy"), QStringLiteral("ymd")},
                                   QStringLiteral("auto"), error);
    const auto overlap = args.choice(QStringLiteral("on-overlap"),
                                     {QStringLiteral("skip"), QStringLiteral("replace")},
                                     QStringLiteral("skip"), error);
    if (!stamp || !order || !overlap)
        return std::nullopt;
    request.options.stamps = *stamp == QLatin1String("end") ? StampConvention::IntervalEnd
                                                            : StampConvention::IntervalStart;
    dateOrderFromCode(*order, &request.options.dateOrder);
    request.overlap = *overlap == QLatin1String("replace") ? OverlapPolicy::Replace
                                                           : OverlapPolicy::Skip;
    return request;
}

Outcome runImport(Database &db, const CliArgs &args)
{
    CliError error;
    std::optional<ImportRequest> request = requestFrom(args, &error);
    if (!request)
        return Outcome::failure(error);

    QFile file(request->fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::failure(CliError{CliError::Usage,
            QStringLiteral("Cannot read %1: %2").arg(request->fileName, file.errorString())});
    request->bytes = file.readAll();

    Result<ImportOutcome> outcome = ImportService(db).run(*request);
    if (!outcome)
        return Outcome::failure(outcome.error());
    const QJsonObject json = importOutcomeToJson(*outcome);
    if (!outcome->report.accepted())
        return Outcome{json, CliError::NotEnoughData,
                       QStringLiteral("The file was rejected and nothing was stored: %1")
                           .arg(outcome->report.reasons.join(QStringLiteral("; ")))};
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

} // namespace

void addImportCommands(CommandList &commands)
{
    commands.push_back({{QStringLiteral("import")},
                        {QStringLiteral("seu"), QStringLiteral("site"), QStringLiteral("variable"),
                         QStringLiteral("file"), QStringLiteral("column"),
                         QStringLiteral("timezone"), QStringLiteral("unit"),
                         QStringLiteral("stamp"), QStringLiteral("date-order"),
                         QStringLiteral("on-overlap")},
                        {QStringLiteral("cumulative"), QStringLiteral("dry-run")},
                        QStringLiteral("import --seu S --file F [--column C] [--timezone Z] "
                                       "[--unit U] [--stamp start|end] [--date-order dmy|mdy|ymd] "
                                       "[--cumulative] [--dry-run] [--on-overlap skip|replace]; "
                                       "import --site S --variable outdoor_temperature --file F "
                                       "...; import --seu S --variable production --file F ..."),
                        runImport});
    commands.push_back({{QStringLiteral("imports")}, {}, {}, QStringLiteral("imports"),
                        listImports});
    commands.push_back({{QStringLiteral("import"), QStringLiteral("undo")}, {QStringLiteral("id")},
                        {}, QStringLiteral("import undo --id N"), undoImport});
}

} // namespace Enms::Cli
