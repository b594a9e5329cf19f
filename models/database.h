// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace Enms {

using Engine::Result;
using Engine::Status;

// One open EnMS database: an SQLite file (the default, one user) or a PostgreSQL
// database that a team shares. Opening runs the numbered schema migrations; a
// database written by a newer program is refused and left untouched.
//
// Each Database owns one named Qt Sql connection, which belongs to the thread that
// opened it. Work on another thread opens its own Database on the same location.
class Database final
{
public:
    enum class Backend { Sqlite, Postgres };

    // location: a file path for SQLite, or postgresql://user[:password]@host[:port]/name.
    static Result<std::unique_ptr<Database>> open(const QString &location);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    static bool isPostgresLocation(const QString &location);
    static int latestSchemaVersion();

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    Backend backend() const { return m_backend; }
    const QString &location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }

    // Runs work inside one transaction: committed when it returns success, rolled back
    // (and nothing stored) when it fails. Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);

    // Prepares and runs a statement; the error names the statement's purpose.
    Status exec(QSqlQuery &query, const QString &purpose) const;
    Status exec(const QString &sql, const QString &purpose) const;

private:
    Database(QString connectionName, QString location, Backend backend);

    Status configure();
    Status migrate();

    QString m_connectionName;
    QString m_location;
    Backend m_backend;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
};

// Who is acting, for the audit log and plan revisions: $ENMS_USER, else the login name
// from the environment, else (on POSIX) the account name of the effective user.
QString currentActor();

} // namespace Enms
