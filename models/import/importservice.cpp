// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/importservice.h"

#include "engine/import/csvimport.h"
#include "engine/import/greenbutton.h"
#include "engine/import/importreportjson.h"
#include "models/auditlog.h"
#include "models/database.h"
#include "models/logging.h"
#include "models/registry.h"

#include <QFileInfo>
#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>

namespace Enms {

using namespace Engine;

struct ImportService::Owner {
    QString id;
    QString name;
    QString timeZoneId;
    double ratedKW = 0.0;
};

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString seriesCode(ImportTarget target)
{
    return importTargetCode(target);
}

Error cancelled()
{
    return makeError(ErrorCode::Cancelled,
                     QStringLiteral("The import was cancelled; nothing was stored."));
}

bool wasCancelled(const ImportRequest &request)
{
    return request.isCancelled && request.isCancelled();
}

qint64 dayRowsOf(const ImportResult &parsed)
{
    qint64 rows = 0;
    for (const ImportedSeries &series : parsed.series)
        rows += qint64(series.blocks.size() + series.daily.size());
    return rows;
}

// A test hook, off unless the environment asks for it: ENMS_IMPORT_PAUSE_BEFORE_COMMIT_MS
// makes an import wait that many milliseconds after everything is written and before
// the commit, and say so on stderr. The killed-import test uses it to stop the process
// at a known point inside the transaction.
void pauseBeforeCommitIfAsked()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("ENMS_IMPORT_PAUSE_BEFORE_COMMIT_MS", &ok);
    if (!ok || ms <= 0)
        return;
    qCInfo(lcModels, "import written, pausing %d ms before the commit", ms);
    QThread::msleep(ulong(ms));
}

bool isXml(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(512).trimmed();
    return head.startsWith("<?xml") || head.startsWith("<feed") || head.startsWith("<entry");
}

// The one value column of a file when the user named none: the numeric column that is
// not the timestamp. Several candidates are a question only the user can answer.
Result<int> soleValueColumn(const QByteArray &bytes, const CsvImportOptions &options)
{
    Result<CsvPreview> preview = previewCsv(bytes);
    if (!preview)
        return preview.error();
    std::vector<int> candidates;
    for (int column : preview->numericColumns) {
        if (column != preview->timestampColumn && column != preview->timeColumn
            && column != options.timestampColumn)
            candidates.push_back(column);
    }
    if (candidates.size() == 1)
        return candidates.front();
    if (candidates.empty())
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("The file has no column of numbers to import."));
    QStringList names;
    for (int column : candidates)
        names.append(column < preview->header.size() ? preview->header[column]
                                                     : QStringLiteral("column %1").arg(column + 1));
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("The file has several value columns (%1); name the one "
                                    "to import with --column.")
                         .arg(names.join(QStringLiteral(", "))));
}

} // namespace

QString importTargetCode(ImportTarget target)
{
    switch (target) {
    case ImportTarget::Energy: return QStringLiteral("energy");
    case ImportTarget::Temperature: return QStringLiteral("outdoor_temperature");
    case ImportTarget::Production: return QStringLiteral("production");
    }
    return {};
}

Result<ImportService::Owner> ImportService::resolveOwner(const ImportRequest &request) const
{
    Registry registry(m_database);
    if (request.target == ImportTarget::Temperature) {
        Result<SiteInfo> site = registry.site(request.ownerNameOrId);
        if (!site)
            return site.error();
        return Owner{site->id, site->name, site->timeZoneId, 0.0};
    }
    Result<SeuInfo> seu = registry.seu(request.ownerNameOrId);
    if (!seu)
        return seu.error();
    Result<SiteInfo> site = registry.site(seu->siteId);
    if (!site)
        return site.error();
    return Owner{seu->id, seu->name, site->timeZoneId, seu->ratedKW};
}

Result<ImportResult> ImportService::parse(const ImportRequest &request, const Owner &owner) const
{
    if (isXml(request.bytes)) {
        if (request.target != ImportTarget::Energy)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("Green Button files hold energy, not %1.")
                                 .arg(importTargetCode(request.target)));
        return importGreenButton(request.bytes, {owner.id, owner.timeZoneId, owner.ratedKW});
    }

    CsvImportOptions options = request.options;
    if (options.timeZoneId.isEmpty())
        options.timeZoneId = owner.timeZoneId;
    ValueMapping mapping;
    // The mapping's label is left empty so that messages name the file's column; the
    // values are stored for the owner whatever the label says.
    mapping.columnName = request.columnName;
    mapping.unit = request.unit;
    mapping.cumulative = request.cumulative;
    mapping.ratedKW = request.target == ImportTarget::Energy ? owner.ratedKW : 0.0;
    if (mapping.columnName.isEmpty() && request.columnIndex >= 0) {
        mapping.columnIndex = request.columnIndex;
    } else if (mapping.columnName.isEmpty()) {
        Result<int> column = soleValueColumn(request.bytes, options);
        if (!column)
            return column.error();
        mapping.columnIndex = *column;
    }
    options.values = {mapping};
    return importCsv(request.bytes, options);
}

Result<ImportOutcome> ImportService::run(const ImportRequest &request)
{
    Result<Owner> owner = resolveOwner(request);
    if (!owner)
        return owner.error();
    Result<ImportResult> parsed = parse(request, *owner);
    if (!parsed)
        return parsed.error();

    ImportOutcome outcome;
    outcome.report = parsed->report;
    outcome.ownerId = owner->id;
    outcome.ownerName = owner->name;
    outcome.overlap = request.overlap;
    outcome.sha256Hex = parsed->sha256Hex;
    for (const ImportedSeries &series : parsed->series)
        outcome.coverage.insert(outcome.coverage.end(), series.coverage.begin(),
                                series.coverage.end());
    if (!parsed->report.accepted() || request.dryRun)
        return outcome;

    const Status stored = m_database.transaction([&]() -> Status {
        if (Status s = store(request, *owner, *parsed, outcome); !s)
            return s;
        pauseBeforeCommitIfAsked();
        // The last moment a cancel can still leave nothing stored.
        return wasCancelled(request) ? Status(cancelled()) : Status(Done{});
    });
    if (!stored)
        return stored.error();
    outcome.stored = true;
    return outcome;
}

Status ImportService::store(const ImportRequest &request, const Owner &owner,
                            const ImportResult &parsed, ImportOutcome &outcome)
{
    QSqlQuery log(m_database.connection());
    log.prepare(QStringLiteral("INSERT INTO imports (at_utc, actor, file_name, checksum, "
                               "target_kind, target_ids, options, report) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    log.addBindValue(nowText());
    log.addBindValue(currentActor());
    log.addBindValue(QFileInfo(request.fileName).fileName());
    log.addBindValue(QString::fromLatin1(parsed.sha256Hex));
    log.addBindValue(importTargetCode(request.target));
    log.addBindValue(owner.id);
    log.addBindValue(compact({{QStringLiteral("column"), request.columnName},
                              {QStringLiteral("unit"), importUnitCode(request.unit)},
                              {QStringLiteral("cumulative"), request.cumulative},
                              {QStringLiteral("on_overlap"),
                               request.overlap == OverlapPolicy::Skip ? QStringLiteral("skip")
                                                                      : QStringLiteral("replace")}}));
    log.addBindValue(compact(importReportToJson(parsed.report)));
    if (Status s = m_database.exec(log, QStringLiteral("record the import")); !s)
        return s;
    if (!log.next())
        return makeError(ErrorCode::Internal, QStringLiteral("The import got no log number."));
    outcome.importId = log.value(0).toLongLong();

    QSqlQuery change(m_database.connection());
    change.prepare(QStringLiteral("INSERT INTO import_changes (import_id, series, owner_id, "
                                  "day_key, previous_interval_s, previous_values) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"));
    const QString series = seriesCode(request.target);
    const qint64 total = dayRowsOf(parsed);
    qint64 done = 0;
    const auto remember = [&](const PreviousDayRow &row) -> Status {
        if (wasCancelled(request))
            return cancelled();
        if (request.progress)
            request.progress(++done, total);
        change.bindValue(0, outcome.importId);
        change.bindValue(1, series);
        change.bindValue(2, owner.id);
        change.bindValue(3, QString::number(row.utcDay));
        change.bindValue(4, row.existed ? QVariant(row.intervalSeconds)
                                        : QVariant(QMetaType(QMetaType::Int)));
        change.bindValue(5, row.existed ? QVariant(row.values)
                                        : QVariant(QMetaType(QMetaType::QByteArray)));
        return m_database.exec(change, QStringLiteral("record what the import replaces"));
    };

    ReadingStore store(m_database);
    for (const ImportedSeries &imported : parsed.series) {
        Result<WriteSummary> written = WriteSummary{};
        if (request.target == ImportTarget::Energy)
            written = store.writeEnergy(owner.id, imported.blocks, request.overlap, remember);
        else if (request.target == ImportTarget::Temperature)
            written = store.writeTemperature(owner.id, imported.blocks, request.overlap, remember);
        else if (Status s = storeProduction(owner.id, outcome.importId, imported, outcome); !s)
            return s;
        if (!written)
            return written.error();
        outcome.written.readingsWritten += written->readingsWritten;
        outcome.written.readingsReplaced += written->readingsReplaced;
        outcome.written.readingsSkipped += written->readingsSkipped;
        outcome.written.daysTouched += written->daysTouched;
    }
    if (request.progress)
        request.progress(total, total);

    return AuditLog(m_database).append(
        QStringLiteral("readings.import"), importTargetCode(request.target), owner.id,
        {{QStringLiteral("import_id"), double(outcome.importId)},
         {QStringLiteral("file"), QFileInfo(request.fileName).fileName()},
         {QStringLiteral("checksum"), QString::fromLatin1(parsed.sha256Hex)},
         {QStringLiteral("readings_written"), double(outcome.written.readingsWritten)},
         {QStringLiteral("readings_replaced"), double(outcome.written.readingsReplaced)}});
}

Status ImportService::storeProduction(const QString &seuId, qint64 importId,
                                      const ImportedSeries &series, ImportOutcome &outcome)
{
    ReadingStore store(m_database);
    QSqlQuery change(m_database.connection());
    change.prepare(QStringLiteral("INSERT INTO import_changes (import_id, series, owner_id, "
                                  "day_key, previous_units) VALUES (?, ?, ?, ?, ?)"));
    std::map<QDate, double> toWrite;
    for (const DailyValue &value : series.daily) {
        Result<std::map<QDate, double>> previous = store.production(seuId, value.date, value.date);
        if (!previous)
            return previous.error();
        const bool existed = !previous->empty();
        if (existed && outcome.overlap == OverlapPolicy::Skip) {
            ++outcome.written.readingsSkipped;
            continue;
        }
        if (existed && previous->begin()->second != value.value)
            ++outcome.written.readingsReplaced;
        change.bindValue(0, importId);
        change.bindValue(1, importTargetCode(ImportTarget::Production));
        change.bindValue(2, seuId);
        change.bindValue(3, value.date.toString(Qt::ISODate));
        change.bindValue(4, existed ? QVariant(previous->begin()->second)
                                    : QVariant(QMetaType(QMetaType::Double)));
        if (Status s = m_database.exec(change, QStringLiteral("record replaced production")); !s)
            return s;
        toWrite[value.date] = value.value;
        ++outcome.written.readingsWritten;
        ++outcome.written.daysTouched;
    }
    return store.writeProduction(seuId, toWrite);
}

Status ImportService::undo(qint64 importId)
{
    QSqlQuery record(m_database.connection());
    record.prepare(QStringLiteral("SELECT undone_at, target_kind FROM imports WHERE id = ?"));
    record.addBindValue(importId);
    if (Status s = m_database.exec(record, QStringLiteral("read the import log")); !s)
        return s;
    if (!record.next())
        return makeError(ErrorCode::UnknownEntity,
                         QStringLiteral("No import has the number %1.").arg(importId));
    if (!record.value(0).isNull())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Import %1 was undone already, at %2.")
                             .arg(importId)
                             .arg(record.value(0).toString()));

    // A later import that changed the same days must be undone first, or undoing this
    // one would throw its readings away.
    QSqlQuery later(m_database.connection());
    later.prepare(QStringLiteral(
        "SELECT MIN(c.import_id) FROM import_changes c JOIN imports i ON i.id = c.import_id "
        "WHERE c.import_id > ? AND i.undone_at IS NULL AND EXISTS (SELECT 1 FROM "
        "import_changes m WHERE m.import_id = ? AND m.series = c.series AND "
        "m.owner_id = c.owner_id AND m.day_key = c.day_key)"));
    later.addBindValue(importId);
    later.addBindValue(importId);
    if (Status s = m_database.exec(later, QStringLiteral("check later imports")); !s)
        return s;
    if (later.next() && !later.value(0).isNull())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Import %1 changed the same days later; undo it "
                                        "before import %2.")
                             .arg(later.value(0).toLongLong())
                             .arg(importId));

    return m_database.transaction([&]() -> Status {
        QSqlQuery changes(m_database.connection());
        changes.prepare(QStringLiteral("SELECT series, owner_id, day_key, previous_interval_s, "
                                       "previous_values, previous_units FROM import_changes "
                                       "WHERE import_id = ?"));
        changes.addBindValue(importId);
        if (Status s = m_database.exec(changes, QStringLiteral("read the import's changes")); !s)
            return s;
        ReadingStore store(m_database);
        while (changes.next()) {
            const QString series = changes.value(0).toString();
            const QString owner = changes.value(1).toString();
            Status restored = Done{};
            if (series == importTargetCode(ImportTarget::Production)) {
                const QDate date = QDate::fromString(changes.value(2).toString(), Qt::ISODate);
                QSqlQuery remove(m_database.connection());
                remove.prepare(QStringLiteral("DELETE FROM production_daily WHERE seu_id = ? "
                                              "AND local_date = ?"));
                remove.addBindValue(owner);
                remove.addBindValue(date.toString(Qt::ISODate));
                restored = m_database.exec(remove, QStringLiteral("undo production"));
                if (restored && !changes.value(5).isNull())
                    restored = store.writeProduction(owner, {{date, changes.value(5).toDouble()}});
            } else {
                const PreviousDayRow row{changes.value(2).toLongLong(), !changes.value(3).isNull(),
                                         changes.value(3).toInt(), changes.value(4).toByteArray()};
                restored = series == importTargetCode(ImportTarget::Energy)
                               ? store.restoreEnergyDay(owner, row)
                               : store.restoreTemperatureDay(owner, row);
            }
            if (!restored)
                return restored;
        }

        QSqlQuery mark(m_database.connection());
        mark.prepare(QStringLiteral("UPDATE imports SET undone_at = ?, undone_by = ? WHERE id = ?"));
        mark.addBindValue(nowText());
        mark.addBindValue(currentActor());
        mark.addBindValue(importId);
        if (Status s = m_database.exec(mark, QStringLiteral("mark the import undone")); !s)
            return s;
        return AuditLog(m_database).append(QStringLiteral("readings.import.undo"),
                                           record.value(1).toString(),
                                           QString::number(importId));
    });
}

Result<std::vector<ImportRecord>> ImportService::history() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, at_utc, actor, file_name, checksum, target_kind, "
                                 "target_ids, report, undone_at FROM imports ORDER BY id"));
    if (Status s = m_database.exec(query, QStringLiteral("read the import log")); !s)
        return s.error();
    std::vector<ImportRecord> records;
    while (query.next()) {
        ImportRecord record;
        record.id = query.value(0).toLongLong();
        record.atUtc = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        record.actor = query.value(2).toString();
        record.fileName = query.value(3).toString();
        record.checksum = query.value(4).toString();
        record.targetKind = query.value(5).toString();
        record.targetIds = query.value(6).toString();
        record.report = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        if (!query.value(8).isNull())
            record.undoneAtUtc = QDateTime::fromString(query.value(8).toString(),
                                                       Qt::ISODateWithMs);
        records.push_back(std::move(record));
    }
    return records;
}

QJsonObject importOutcomeToJson(const ImportOutcome &outcome)
{
    QJsonObject json = importReportToJson(outcome.report);
    json.insert(QStringLiteral("target"), outcome.ownerName);
    json.insert(QStringLiteral("target_id"), outcome.ownerId);
    json.insert(QStringLiteral("stored"), outcome.stored);
    json.insert(QStringLiteral("checksum_sha256"), QString::fromLatin1(outcome.sha256Hex));
    QJsonArray coverage;
    for (const DayCoverage &day : outcome.coverage) {
        coverage.append(QJsonObject{
            {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
            {QStringLiteral("expected_intervals"), day.expectedSlots},
            {QStringLiteral("present_intervals"), day.presentSlots},
            {QStringLiteral("coverage_percent"), std::round(day.fraction() * 10000.0) / 100.0}});
    }
    json.insert(QStringLiteral("coverage_per_day"), coverage);
    json.insert(QStringLiteral("on_overlap"), outcome.overlap == OverlapPolicy::Skip
                                                  ? QStringLiteral("skip")
                                                  : QStringLiteral("replace"));
    if (outcome.stored) {
        json.insert(QStringLiteral("import_id"), double(outcome.importId));
        json.insert(QStringLiteral("written"),
                    QJsonObject{{QStringLiteral("readings_written"),
                                 double(outcome.written.readingsWritten)},
                                {QStringLiteral("readings_replaced"),
                                 double(outcome.written.readingsReplaced)},
                                {QStringLiteral("readings_skipped_as_overlap"),
                                 double(outcome.written.readingsSkipped)},
                                {QStringLiteral("days_touched"),
                                 double(outcome.written.daysTouched)}});
    }
    return json;
}

} // namespace Enms
