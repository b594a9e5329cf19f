// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/dayblock.h"
#include "engine/core/result.h"

#include <QDate>
#include <QString>

#include <functional>
#include <map>
#include <unordered_map>

namespace Enms {

class Database;

// How a write treats slots that already hold a reading.
enum class OverlapPolicy {
    Replace,   // the new reading wins
    Skip,      // the stored reading stays; only empty slots are filled
};

// What a write changed, so an import can report it.
struct WriteSummary {
    qint64 readingsWritten = 0;     // slots that now hold the new value
    qint64 readingsReplaced = 0;    // of those, slots that held another value before
    qint64 readingsSkipped = 0;     // new values not stored because a reading was there
    qint64 daysTouched = 0;
};

// What is stored for one series.
struct Coverage {
    qint64 firstUtc = 0;            // start of the first reading
    qint64 endUtc = 0;              // end of the last reading
    qint64 readings = 0;
    double hoursCovered = 0.0;
    bool isEmpty() const { return readings == 0; }
};

// A stored day row as it was before a write changed it; `existed` is false when the
// write created the row. Imports keep these so they can be undone.
struct PreviousDayRow {
    qint64 utcDay = 0;
    bool existed = false;
    int intervalSeconds = 0;
    QByteArray values;
};

// Interval energy per SEU and outdoor temperature per site, stored as day blocks (see
// the layout note in schema.cpp), and daily production per SEU. Writes merge with what
// is stored slot by slot; the caller's transaction (Database::transaction) makes a
// whole import atomic.
class ReadingStore final
{
public:
    explicit ReadingStore(Database &database) : m_database(database) {}

    // Called for every day row a write is about to change.
    using ChangeObserver = std::function<Engine::Status(const PreviousDayRow &)>;

    Engine::Result<WriteSummary> writeEnergy(const QString &seuId, const Engine::DayBlocks &blocks,
                                             OverlapPolicy policy = OverlapPolicy::Replace,
                                             const ChangeObserver &observer = {});
    // Blocks whose UTC day lies in [fromUtcDay, toUtcDay].
    Engine::Result<Engine::DayBlocks> energy(const QString &seuId, qint64 fromUtcDay,
                                             qint64 toUtcDay) const;
    Engine::Result<Coverage> energyCoverage(const QString &seuId) const;

    Engine::Result<WriteSummary> writeTemperature(const QString &siteId,
                                                  const Engine::DayBlocks &blocks,
                                                  OverlapPolicy policy = OverlapPolicy::Replace,
                                                  const ChangeObserver &observer = {});

    // Puts a day row back as it was (or removes it when it did not exist): the undo
    // of a write, used by the import log.
    Engine::Status restoreEnergyDay(const QString &seuId, const PreviousDayRow &row);
    Engine::Status restoreTemperatureDay(const QString &siteId, const PreviousDayRow &row);
    Engine::Result<Engine::DayBlocks> temperature(const QString &siteId, qint64 fromUtcDay,
                                                  qint64 toUtcDay) const;

    Engine::Status writeProduction(const QString &seuId, const std::map<QDate, double> &units);
    Engine::Result<std::map<QDate, double>> production(const QString &seuId, const QDate &from,
                                                       const QDate &to) const;

    // The local date range to offer by default: the first and last UTC day with data.
    Engine::Result<std::pair<qint64, qint64>> energyDayRange(const QString &seuId) const;

    struct Table;   // which table and columns a series lives in (readingstore.cpp)

private:
    Engine::Result<WriteSummary> write(const Table &table, const QString &ownerId,
                                       const Engine::DayBlocks &blocks, OverlapPolicy policy,
                                       const ChangeObserver &observer);
    Engine::Result<std::unordered_map<qint64, PreviousDayRow>>
    storedRows(const Table &table, const QString &ownerId, const Engine::DayBlocks &blocks) const;
    Engine::Status restore(const Table &table, const QString &ownerId,
                           const PreviousDayRow &row);
    Engine::Result<Engine::DayBlocks> read(const Table &table, const QString &ownerId,
                                           qint64 fromUtcDay, qint64 toUtcDay) const;

    Database &m_database;
};

// Blob coding of a block's values: little-endian IEEE doubles, NaN = no reading.
QByteArray encodeValues(const std::vector<double> &values);
std::vector<double> decodeValues(const QByteArray &blob);

} // namespace Enms
