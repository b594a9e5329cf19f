// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Enms::Test {

// A fresh, empty database for one test: an SQLite file in a temporary folder, or a
// new database on the PostgreSQL server named by $ENMS_TEST_POSTGRES (an address such
// as postgresql://postgres@127.0.0.1:55433/postgres). Dropped or deleted afterwards.
class TestDatabase final
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit TestDatabase(Kind kind = Kind::Sqlite);
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    // The location to pass to Database::open(), empty when it could not be created.
    const QString &location() const { return m_location; }
    QString error() const { return m_error; }

    // The backends to run a data-driven test on: always SQLite, PostgreSQL when a
    // server is configured. Under CI a missing server is an error, not a skip.
    static QList<Kind> availableKinds();
    static QString kindName(Kind kind);
    static bool postgresRequired();

private:
    Kind m_kind;
    QTemporaryDir m_folder;
    QString m_location;
    QString m_postgresName;
    QString m_error;
};

} // namespace Enms::Test
