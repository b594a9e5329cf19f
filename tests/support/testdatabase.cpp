// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace Enms::Test {

namespace {

QString serverAddress()
{
    return qEnvironmentVariable("ENMS_TEST_POSTGRES");
}

// Runs one statement on the server's maintenance database.
QString runOnServer(const QString &sql)
{
    const QUrl url(serverAddress());
    const QString name = QStringLiteral("enms-test-admin");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                error = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

TestDatabase::TestDatabase(Kind kind)
    : m_kind(kind)
{
    if (kind == Kind::Sqlite) {
        m_location = m_folder.filePath(QStringLiteral("enms-test.sqlite"));
        return;
    }

    static QAtomicInt counter;
    m_postgresName = QStringLiteral("enms_test_%1_%2")
                         .arg(QCoreApplication::applicationPid())
                         .arg(counter.fetchAndAddRelaxed(1));
    m_error = runOnServer(QStringLiteral("CREATE DATABASE %1").arg(m_postgresName));
    if (!m_error.isEmpty())
        return;
    QUrl url(serverAddress());
    url.setPath(QLatin1Char('/') + m_postgresName);
    m_location = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (m_kind == Kind::Postgres && !m_location.isEmpty())
        runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresName));
}

QList<TestDatabase::Kind> TestDatabase::availableKinds()
{
    QList<Kind> kinds{Kind::Sqlite};
    if (!serverAddress().isEmpty() || postgresRequired())
        kinds.append(Kind::Postgres);
    return kinds;
}

bool TestDatabase::postgresRequired()
{
    return !qEnvironmentVariable("CI").isEmpty();
}

QString TestDatabase::kindName(Kind kind)
{
    return kind == Kind::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgres");
}

} // namespace Enms::Test
