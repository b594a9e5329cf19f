// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/schema.h"

#include "models/database.h"
#include "models/logging.h"

#include <QSqlQuery>
#include <QStringList>

#include <vector>

namespace Enms::Schema {

using Engine::ErrorCode;
using Engine::makeError;

namespace {

// Storage layout of interval data
// --------------------------------
// Readings are kept one row per series and UTC day (energy_blocks, temperature_blocks):
// the row holds the interval length and a blob of 86400/interval little-endian doubles,
// NaN marking a slot without a reading. 200 SEUs x 3 years of 15-minute data are
// 219,000 rows of 768 bytes instead of 21 million rows, so one SEU-year is 365 rows
// read by primary key and a site-quarter scan touches 90 rows per SEU. Local days are
// derived from the site's zone when reading; a local day spans at most two UTC rows.
//
// Each SQL text may use placeholders filled per backend:
//   {real} floating point, {blob} binary, {autoid} auto-increment primary key,
//   {rowid} the SQLite table option that drops the hidden rowid.
struct Migration {
    int version;
    const char *description;
    std::vector<const char *> statements;
};

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1, "sites, SEUs, readings, variables, plans, audit log", {
R"(CREATE TABLE sites (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    timezone TEXT NOT NULL,
    currency TEXT NOT NULL DEFAULT 'USD',
    working_days INTEGER NOT NULL DEFAULT 31,
    work_start_minute INTEGER NOT NULL DEFAULT 360,
    work_end_minute INTEGER NOT NULL DEFAULT 1200,
    created_at TEXT NOT NULL))",
R"(CREATE TABLE site_tariffs (
    site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    carrier TEXT NOT NULL,
    price_per_kwh {real} NOT NULL CHECK (price_per_kwh >= 0),
    co2_kg_per_kwh {real} NOT NULL CHECK (co2_kg_per_kwh >= 0),
    PRIMARY KEY (site_id, carrier)))",
R"(CREATE TABLE seus (
    id TEXT PRIMARY KEY,
    site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    name TEXT NOT NULL UNIQUE,
    carrier TEXT NOT NULL,
    rated_kw {real} NOT NULL CHECK (rated_kw > 0),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL))",
"CREATE INDEX seus_by_site ON seus (site_id)",
R"(CREATE TABLE energy_blocks (
    seu_id TEXT NOT NULL REFERENCES seus(id) ON DELETE CASCADE,
    utc_day INTEGER NOT NULL,
    interval_s INTEGER NOT NULL CHECK (interval_s > 0),
    kwh {blob} NOT NULL,
    PRIMARY KEY (seu_id, utc_day)) {rowid})",
R"(CREATE TABLE temperature_blocks (
    site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    utc_day INTEGER NOT NULL,
    interval_s INTEGER NOT NULL CHECK (interval_s > 0),
    celsius {blob} NOT NULL,
    PRIMARY KEY (site_id, utc_day)) {rowid})",
R"(CREATE TABLE production_daily (
    seu_id TEXT NOT NULL REFERENCES seus(id) ON DELETE CASCADE,
    local_date TEXT NOT NULL,
    units {real} NOT NULL,
    PRIMARY KEY (seu_id, local_date)) {rowid})",
R"(CREATE TABLE action_plans (
    id TEXT PRIMARY KEY,
    seu_id TEXT NOT NULL REFERENCES seus(id),
    issue_type TEXT NOT NULL,
    status TEXT NOT NULL,
    target_date TEXT NOT NULL,
    revision INTEGER NOT NULL,
    document TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))",
"CREATE INDEX action_plans_by_seu ON action_plans (seu_id)",
R"(CREATE TABLE plan_actions (
    plan_id TEXT NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    priority INTEGER NOT NULL,
    action TEXT NOT NULL,
    responsible TEXT NOT NULL,
    timeline_days INTEGER NOT NULL,
    resources_needed TEXT NOT NULL,
    PRIMARY KEY (plan_id, position)))",
R"(CREATE TABLE plan_revisions (
    plan_id TEXT NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    status TEXT NOT NULL,
    summary TEXT NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (plan_id, revision)))",
R"(CREATE TABLE audit_log (
    id {autoid},
    at_utc TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    detail TEXT NOT NULL))",
        }},
        // A baseline is a fitted model of an SEU's expected energy. Its whole fit (form,
        // drivers, coefficients, statistics, verdict) is kept as JSON in `model`, so an
        // auditor can read a superseded baseline exactly as it was accepted.
        {2, "energy baselines", {
R"(CREATE TABLE baselines (
    id TEXT PRIMARY KEY,
    seu_id TEXT NOT NULL REFERENCES seus(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('draft', 'accepted', 'superseded')),
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    period_length TEXT NOT NULL,
    model_form TEXT NOT NULL,
    drivers TEXT NOT NULL,
    rule_set TEXT NOT NULL,
    valid INTEGER NOT NULL,
    model TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    accepted_at TEXT,
    accepted_by TEXT,
    superseded_at TEXT))",
"CREATE INDEX baselines_by_seu ON baselines (seu_id, status)",
        }},
        // Every import is recorded with what it replaced, so it can be undone as a unit:
        // import_changes keeps, per touched day row, the row as it was before (NULL when
        // the import created it). Presets keep a site's column mappings by name.
        {3, "import log, undo records and mapping presets", {
R"(CREATE TABLE imports (
    id {autoid},
    at_utc TEXT NOT NULL,
    actor TEXT NOT NULL,
    file_name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_ids TEXT NOT NULL,
    options TEXT NOT NULL,
    report TEXT NOT NULL,
    undone_at TEXT,
    undone_by TEXT))",
R"(CREATE TABLE import_changes (
    import_id INTEGER NOT NULL REFERENCES imports(id),
    series TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    day_key TEXT NOT NULL,
    previous_interval_s INTEGER,
    previous_values {blob},
    previous_units {real},
    PRIMARY KEY (import_id, series, owner_id, day_key)))",
R"(CREATE TABLE import_presets (
    site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    options TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (site_id, name)))",
        }},
        {4, "detector thresholds per site", {
R"(CREATE TABLE site_rules (
    site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    rule TEXT NOT NULL,
    value {real} NOT NULL,
    PRIMARY KEY (site_id, rule)))",
        }},
    };
    return all;
}

// The audit log only ever grows: both backends refuse UPDATE and DELETE on it.
QStringList auditLogGuards(Database::Backend backend)
{
    if (backend == Database::Backend::Sqlite) {
        return {QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                               "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
                QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                               "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")};
    }
    return {QStringLiteral("CREATE FUNCTION audit_log_refuse() RETURNS trigger AS $$ BEGIN "
                           "RAISE EXCEPTION 'the audit log is append-only'; END $$ "
                           "LANGUAGE plpgsql"),
            QStringLiteral("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE "
                           "ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()")};
}

QString dialect(const char *sql, Database::Backend backend)
{
    const bool pg = backend == Database::Backend::Postgres;
    QString text = QString::fromUtf8(sql);
    text.replace(QLatin1String("{real}"), pg ? QLatin1String("DOUBLE PRECISION")
                                             : QLatin1String("REAL"));
    text.replace(QLatin1String("{blob}"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    text.replace(QLatin1String("{autoid}"), pg ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                               : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    text.replace(QLatin1String("{rowid}"), pg ? QLatin1String("") : QLatin1String("WITHOUT ROWID"));
    return text;
}

Result<int> readVersion(Database &database)
{
    // A database without our version table is either new (no tables at all) or
    // somebody else's file, which we refuse rather than add tables to.
    const QStringList tables = database.connection().tables();
    if (!tables.contains(QStringLiteral("schema_version"))) {
        if (!tables.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1 is not an EnMS Workbench database (it has "
                                            "tables but no schema version). It was left "
                                            "unchanged.")
                                 .arg(database.location()));
        const QString create = QStringLiteral("CREATE TABLE schema_version "
                                              "(version INTEGER NOT NULL)");
        if (Status status = database.exec(create, QStringLiteral("create the version table"));
            !status)
            return status.error();
        return 0;
    }

    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (Status status = database.exec(query, QStringLiteral("read the schema version")); !status)
        return status.error();
    return query.next() && !query.isNull(0) ? query.value(0).toInt() : 0;
}

Status apply(Database &database, const Migration &migration)
{
    return database.transaction([&]() -> Status {
        const QString purpose = QStringLiteral("apply schema migration %1 (%2)")
                                    .arg(migration.version)
                                    .arg(QString::fromUtf8(migration.description));
        for (const char *sql : migration.statements) {
            if (Status s = database.exec(dialect(sql, database.backend()), purpose); !s)
                return s;
        }
        if (migration.version == 1) {
            for (const QString &sql : auditLogGuards(database.backend())) {
                if (Status s = database.exec(sql, purpose); !s)
                    return s;
            }
        }
        QSqlQuery record(database.connection());
        record.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        record.addBindValue(migration.version);
        return database.exec(record, purpose);
    });
}

} // namespace

int latestVersion()
{
    return migrations().back().version;
}

Result<int> migrate(Database &database)
{
    Result<int> version = readVersion(database);
    if (!version)
        return version;
    if (*version > latestVersion())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The database %1 was written by a newer version of "
                                        "EnMS Workbench (schema %2; this program knows up to "
                                        "%3). It was left unchanged; please update the program.")
                             .arg(database.location())
                             .arg(*version)
                             .arg(latestVersion()));

    int current = *version;
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        if (Status status = apply(database, migration); !status)
            return status.error();
        qCDebug(lcModelsSql) << "applied schema migration" << migration.version;
        current = migration.version;
    }
    return current;
}

} // namespace Enms::Schema
