// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "engine/import/importoptions.h"
#include "engine/import/importreport.h"
#include "models/readingstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <vector>

namespace Enms {

class Database;

// What a file feeds: interval energy of an SEU, outdoor temperature of a site, or
// daily production counts of an SEU.
enum class ImportTarget { Energy, Temperature, Production };

QString importTargetCode(ImportTarget target);

struct ImportRequest {
    ImportTarget target = ImportTarget::Energy;
    QString ownerNameOrId;             // the SEU (energy, production) or the site
    QString fileName;                  // recorded in the import log
    QByteArray bytes;
    Engine::CsvImportOptions options;  // zone defaults to the site's; one value column
    QString columnName;                // the value column; may be empty with one column
    int columnIndex = -1;              // 0-based, for files without a header row
    Engine::ImportUnit unit = Engine::ImportUnit::KiloWattHour;
    bool cumulative = false;
    bool dryRun = false;
    OverlapPolicy overlap = OverlapPolicy::Skip;

    // Asked between day rows while storing, on the thread that runs the import. True
    // rolls the whole import back: run() then fails with ErrorCode::Cancelled and
    // nothing of the file is stored.
    std::function<bool()> isCancelled;
    // Told how many of the file's day rows are stored so far, out of how many.
    std::function<void(qint64 done, qint64 total)> progress;
};

struct ImportOutcome {
    Engine::ImportReport report;
    QString ownerId;
    QString ownerName;
    bool stored = false;
    qint64 importId = 0;
    WriteSummary written;
    OverlapPolicy overlap = OverlapPolicy::Skip;
    QByteArray sha256Hex;
    std::vector<Engine::DayCoverage> coverage;   // per local date of the file
};

struct ImportRecord {
    qint64 id = 0;
    QDateTime atUtc;
    QString actor;
    QString fileName;
    QString checksum;
    QString targetKind;
    QString targetIds;
    QJsonObject report;
    QDateTime undoneAtUtc;             // null while the import stands
};

// Checks a meter file and stores it: the whole file in one transaction or nothing.
// Every stored import is logged with the file's checksum and the day rows it changed
// as they were before, so it can be undone as a unit as long as no later import has
// changed the same days.
class ImportService final
{
public:
    explicit ImportService(Database &database) : m_database(database) {}

    // A rejected file is not an error: the outcome carries the report and stored=false.
    Engine::Result<ImportOutcome> run(const ImportRequest &request);
    Engine::Status undo(qint64 importId);
    Engine::Result<std::vector<ImportRecord>> history() const;

private:
    struct Owner;
    Engine::Result<Owner> resolveOwner(const ImportRequest &request) const;
    Engine::Result<Engine::ImportResult> parse(const ImportRequest &request,
                                               const Owner &owner) const;
    Engine::Status store(const ImportRequest &request, const Owner &owner,
                         const Engine::ImportResult &parsed, ImportOutcome &outcome);
    Engine::Status storeProduction(const QString &seuId, qint64 importId,
                                   const Engine::ImportedSeries &series,
                                   ImportOutcome &outcome);

    Database &m_database;
};

QJsonObject importOutcomeToJson(const ImportOutcome &outcome);

} // namespace Enms
