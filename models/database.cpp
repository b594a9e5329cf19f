// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/database.h"

#include "models/logging.h"
#include "models/schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>

#include <array>
#endif

namespace Enms {

using Engine::ErrorCode;
using Engine::makeError;

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("enms-%1").arg(counter.fetchAndAddRelaxed(1));
}

Status openSqlite(QSqlDatabase &db, const QString &path)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Cannot create the folder %1").arg(info.absolutePath()));
    db.setDatabaseName(path);
    return Engine::Done{};
}

Status openPostgres(QSqlDatabase &db, const QString &location)
{
    const QUrl url(location);
    if (!url.isValid() || url.path().size() < 2)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Not a PostgreSQL address: %1 (expected "
                                        "postgresql://user@host:port/database)")
                             .arg(location));
    db.setHostName(url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    return Engine::Done{};
}

} // namespace

Database::Database(QString connectionName, QString location, Backend backend)
    : m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_backend(backend)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isPostgresLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
           || location.startsWith(QLatin1String("postgres://"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &location)
{
    const Backend backend = isPostgresLocation(location) ? Backend::Postgres : Backend::Sqlite;
    const QString driver = backend == Backend::Postgres ? QStringLiteral("QPSQL")
                                                        : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return makeError(ErrorCode::Internal,
                         QStringLiteral("The Qt Sql driver %1 is not installed").arg(driver));

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(name, location, backend));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    const Status prepared = backend == Backend::Postgres ? openPostgres(db, location)
                                                         : openSqlite(db, location);
    if (!prepared)
        return prepared.error();
    if (backend == Backend::Sqlite)
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Cannot open the database %1: %2")
                             .arg(location, db.lastError().text()));

    // The version check comes before anything that could change the file.
    if (Status status = database->migrate(); !status)
        return status.error();
    if (Status status = database->configure(); !status)
        return status.error();
    qCDebug(lcModelsSql) << "opened" << location << "schema" << database->m_schemaVersion;
    return database;
}

// SQLite runs in WAL mode: a committed transaction survives a killed process, and
// readers on other threads are not blocked by a long import.
Status Database::configure()
{
    if (m_backend == Backend::Postgres)
        return exec(QStringLiteral("SET client_min_messages TO WARNING"), QStringLiteral("configure"));

    const char *const pragmas[] = {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                                   "PRAGMA foreign_keys=ON"};
    for (const char *pragma : pragmas) {
        if (Status status = exec(QString::fromLatin1(pragma), QStringLiteral("configure")); !status)
            return status;
    }
    return Engine::Done{};
}

Status Database::migrate()
{
    Result<int> version = Schema::migrate(*this);
    if (!version)
        return version.error();
    m_schemaVersion = *version;
    return Engine::Done{};
}

int Database::latestSchemaVersion()
{
    return Schema::latestVersion();
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status status = work();
        --m_transactionDepth;
        return status;
    }

    QSqlDatabase db = connection();
    if (!db.transaction())
        return makeError(ErrorCode::Internal, QStringLiteral("Cannot start a transaction: %1")
                                                  .arg(db.lastError().text()));
    ++m_transactionDepth;
    Status status = work();
    --m_transactionDepth;

    if (status && !db.commit()) {
        const QString text = db.lastError().text();
        db.rollback();
        return makeError(ErrorCode::Internal,
                         QStringLiteral("Cannot commit the transaction: %1").arg(text));
    }
    if (!status) {
        db.rollback();
        qCDebug(lcModelsSql) << "rolled back:" << status.error().message;
    }
    return status;
}

Status Database::exec(QSqlQuery &query, const QString &purpose) const
{
    if (query.exec())
        return Engine::Done{};
    const QString text = query.lastError().text();
    qCWarning(lcModelsSql) << purpose << "failed:" << text << query.lastQuery();
    return makeError(ErrorCode::Internal,
                     QStringLiteral("Database error while trying to %1: %2").arg(purpose, text));
}

// Runs a statement without preparing it: DDL and PRAGMAs cannot be prepared on every
// backend (PostgreSQL refuses PREPARE for CREATE TABLE).
Status Database::exec(const QString &sql, const QString &purpose) const
{
    QSqlQuery query(connection());
    if (query.exec(sql))
        return Engine::Done{};
    const QString text = query.lastError().text();
    qCWarning(lcModelsSql) << purpose << "failed:" << text << sql;
    return makeError(ErrorCode::Internal,
                     QStringLiteral("Database error while trying to %1: %2").arg(purpose, text));
}

#ifdef Q_OS_UNIX
namespace {

// The account name of the effective user id, empty when the system has none. The
// reentrant lookup, because audit records are also written from worker threads.
QString effectiveAccountName()
{
    passwd entry{};
    passwd *found = nullptr;
    std::array<char, 4096> buffer{};
    if (::getpwuid_r(::geteuid(), &entry, buffer.data(), buffer.size(), &found) != 0
        || !found || !found->pw_name)
        return {};
    return QString::fromLocal8Bit(found->pw_name);
}

} // namespace
#endif

// The name written into audit records and plan revisions. A session started without a
// login environment (a service, `env -i`, some remote shells) still has an effective
// user on POSIX systems, whose account name is better evidence than "unknown".
QString currentActor()
{
    for (const char *variable : {"ENMS_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    if (const QString account = effectiveAccountName(); !account.isEmpty())
        return account;
#endif
    return QStringLiteral("unknown");
}

} // namespace Enms
