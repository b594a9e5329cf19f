// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/readingstore.h"

#include "models/database.h"

#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace Enms {

using namespace Engine;

struct ReadingStore::Table {
    QString name;
    QString ownerColumn;
    QString valueColumn;
};

QByteArray encodeValues(const std::vector<double> &values)
{
    QByteArray blob(qsizetype(values.size() * sizeof(double)), Qt::Uninitialized);
    char *out = blob.data();
    for (double value : values) {
        qToLittleEndian(value, out);
        out += sizeof(double);
    }
    return blob;
}

std::vector<double> decodeValues(const QByteArray &blob)
{
    std::vector<double> values(size_t(blob.size()) / sizeof(double));
    const char *in = blob.constData();
    for (double &value : values) {
        value = qFromLittleEndian<double>(in);
        in += sizeof(double);
    }
    return values;
}

namespace {

const ReadingStore::Table &energyTable()
{
    static const ReadingStore::Table table{QStringLiteral("energy_blocks"),
                                           QStringLiteral("seu_id"), QStringLiteral("kwh")};
    return table;
}

const ReadingStore::Table &temperatureTable()
{
    static const ReadingStore::Table table{QStringLiteral("temperature_blocks"),
                                           QStringLiteral("site_id"), QStringLiteral("celsius")};
    return table;
}

Status checkBlock(const DayBlock &block)
{
    if (block.intervalSeconds <= 0 || kSecondsPerDay % block.intervalSeconds != 0
        || block.slotCount() != kSecondsPerDay / block.intervalSeconds)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A block of %1-second intervals must divide the day "
                                        "evenly and hold one value per interval.")
                             .arg(block.intervalSeconds));
    return Done{};
}

// Folds the incoming values into the stored ones slot by slot.
void mergeInto(std::vector<double> &stored, const std::vector<double> &incoming,
               OverlapPolicy policy, WriteSummary &summary)
{
    for (size_t i = 0; i < incoming.size(); ++i) {
        const double value = incoming[i];
        if (DayBlock::isMissing(value))
            continue;
        if (!DayBlock::isMissing(stored[i])) {
            if (policy == OverlapPolicy::Skip) {
                ++summary.readingsSkipped;
                continue;
            }
            if (stored[i] != value)
                ++summary.readingsReplaced;
        }
        stored[i] = value;
        ++summary.readingsWritten;
    }
}

Error intervalMismatch(const PreviousDayRow &stored, const DayBlock &incoming)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("Readings of %1-minute intervals are stored for %2 (UTC); "
                                    "the new ones are %3-minute.")
                         .arg(stored.intervalSeconds / 60)
                         .arg(QDate(1970, 1, 1).addDays(incoming.utcDay).toString(Qt::ISODate))
                         .arg(incoming.intervalSeconds / 60));
}

} // namespace

// The rows already stored for the owner over the blocks' span of days, read in one
// query: an import of years of data would otherwise pay one round trip per day.
Result<std::unordered_map<qint64, PreviousDayRow>>
ReadingStore::storedRows(const Table &table, const QString &ownerId, const DayBlocks &blocks) const
{
    std::unordered_map<qint64, PreviousDayRow> rows;
    if (blocks.empty())
        return rows;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT utc_day, interval_s, %1 FROM %2 WHERE %3 = ? "
                                 "AND utc_day BETWEEN ? AND ?")
                      .arg(table.valueColumn, table.name, table.ownerColumn));
    // Callers usually pass blocks sorted by day, but nothing here relies on it.
    const auto [first, last] = std::minmax_element(
        blocks.begin(), blocks.end(),
        [](const DayBlock &a, const DayBlock &b) { return a.utcDay < b.utcDay; });
    query.addBindValue(ownerId);
    query.addBindValue(first->utcDay);
    query.addBindValue(last->utcDay);
    if (Status s = m_database.exec(query, QStringLiteral("read stored readings")); !s)
        return s.error();
    while (query.next()) {
        const qint64 day = query.value(0).toLongLong();
        rows[day] = PreviousDayRow{day, true, query.value(1).toInt(), query.value(2).toByteArray()};
    }
    return rows;
}

Result<WriteSummary> ReadingStore::write(const Table &table, const QString &ownerId,
                                         const DayBlocks &blocks, OverlapPolicy policy,
                                         const ChangeObserver &observer)
{
    for (const DayBlock &block : blocks) {
        if (Status s = checkBlock(block); !s)
            return s.error();
    }

    WriteSummary summary;
    const Status status = m_database.transaction([&]() -> Status {
        Result<std::unordered_map<qint64, PreviousDayRow>> stored =
            storedRows(table, ownerId, blocks);
        if (!stored)
            return stored.error();
        QSqlQuery update(m_database.connection());
        update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ? AND utc_day = ?")
                           .arg(table.name, table.valueColumn, table.ownerColumn));
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral("INSERT INTO %1 (%2, utc_day, interval_s, %3) "
                                      "VALUES (?, ?, ?, ?)")
                           .arg(table.name, table.ownerColumn, table.valueColumn));

        for (const DayBlock &block : blocks) {
            const auto found = stored->find(block.utcDay);
            const bool existed = found != stored->end();
            const PreviousDayRow previous = existed ? found->second
                                                    : PreviousDayRow{block.utcDay, false, 0, {}};
            if (existed && previous.intervalSeconds != block.intervalSeconds)
                return intervalMismatch(previous, block);

            std::vector<double> merged = existed ? decodeValues(previous.values)
                                                 : DayBlock::empty(block.utcDay,
                                                                   block.intervalSeconds).values;
            const qint64 writtenBefore = summary.readingsWritten;
            mergeInto(merged, block.values, policy, summary);
            if (summary.readingsWritten == writtenBefore)
                continue;   // nothing of this day changes (all skipped or empty)
            ++summary.daysTouched;
            if (observer) {
                if (Status s = observer(previous); !s)
                    return s;
            }

            QSqlQuery &statement = existed ? update : insert;
            if (existed) {
                update.bindValue(0, encodeValues(merged));
                update.bindValue(1, ownerId);
                update.bindValue(2, block.utcDay);
            } else {
                insert.bindValue(0, ownerId);
                insert.bindValue(1, block.utcDay);
                insert.bindValue(2, block.intervalSeconds);
                insert.bindValue(3, encodeValues(merged));
            }
            if (Status s = m_database.exec(statement, QStringLiteral("store readings")); !s)
                return s;
        }
        return Done{};
    });
    if (!status)
        return status.error();
    return summary;
}

Result<DayBlocks> ReadingStore::read(const Table &table, const QString &ownerId,
                                     qint64 fromUtcDay, qint64 toUtcDay) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT utc_day, interval_s, %1 FROM %2 WHERE %3 = ? "
                                 "AND utc_day BETWEEN ? AND ? ORDER BY utc_day")
                      .arg(table.valueColumn, table.name, table.ownerColumn));
    query.addBindValue(ownerId);
    query.addBindValue(fromUtcDay);
    query.addBindValue(toUtcDay);
    if (Status s = m_database.exec(query, QStringLiteral("read readings")); !s)
        return s.error();

    DayBlocks blocks;
    while (query.next()) {
        DayBlock block;
        block.utcDay = query.value(0).toLongLong();
        block.intervalSeconds = query.value(1).toInt();
        block.values = decodeValues(query.value(2).toByteArray());
        if (checkBlock(block))
            blocks.push_back(std::move(block));
    }
    return blocks;
}

Result<WriteSummary> ReadingStore::writeEnergy(const QString &seuId, const DayBlocks &blocks,
                                               OverlapPolicy policy,
                                               const ChangeObserver &observer)
{
    return write(energyTable(), seuId, blocks, policy, observer);
}

Status ReadingStore::restore(const Table &table, const QString &ownerId,
                             const PreviousDayRow &row)
{
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND utc_day = ?")
                       .arg(table.name, table.ownerColumn));
    remove.addBindValue(ownerId);
    remove.addBindValue(row.utcDay);
    if (Status s = m_database.exec(remove, QStringLiteral("undo readings")); !s)
        return s;
    if (!row.existed)
        return Done{};

    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO %1 (%2, utc_day, interval_s, %3) VALUES (?, ?, ?, ?)")
                       .arg(table.name, table.ownerColumn, table.valueColumn));
    insert.addBindValue(ownerId);
    insert.addBindValue(row.utcDay);
    insert.addBindValue(row.intervalSeconds);
    insert.addBindValue(row.values);
    return m_database.exec(insert, QStringLiteral("restore readings"));
}

Status ReadingStore::restoreEnergyDay(const QString &seuId, const PreviousDayRow &row)
{
    return restore(energyTable(), seuId, row);
}

Status ReadingStore::restoreTemperatureDay(const QString &siteId, const PreviousDayRow &row)
{
    return restore(temperatureTable(), siteId, row);
}

Result<DayBlocks> ReadingStore::energy(const QString &seuId, qint64 fromUtcDay,
                                       qint64 toUtcDay) const
{
    return read(energyTable(), seuId, fromUtcDay, toUtcDay);
}

Result<WriteSummary> ReadingStore::writeTemperature(const QString &siteId,
                                                    const DayBlocks &blocks,
                                                    OverlapPolicy policy,
                                                    const ChangeObserver &observer)
{
    return write(temperatureTable(), siteId, blocks, policy, observer);
}

Result<DayBlocks> ReadingStore::temperature(const QString &siteId, qint64 fromUtcDay,
                                            qint64 toUtcDay) const
{
    return read(temperatureTable(), siteId, fromUtcDay, toUtcDay);
}

Result<std::pair<qint64, qint64>> ReadingStore::energyDayRange(const QString &seuId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT MIN(utc_day), MAX(utc_day) FROM energy_blocks "
                                 "WHERE seu_id = ?"));
    query.addBindValue(seuId);
    if (Status s = m_database.exec(query, QStringLiteral("read the data range")); !s)
        return s.error();
    if (!query.next() || query.isNull(0))
        return makeError(ErrorCode::NotEnoughData, QStringLiteral("No readings are stored."));
    return std::pair{query.value(0).toLongLong(), query.value(1).toLongLong()};
}

Result<Coverage> ReadingStore::energyCoverage(const QString &seuId) const
{
    Result<std::pair<qint64, qint64>> range = energyDayRange(seuId);
    Coverage coverage;
    if (!range)
        return coverage;
    Result<DayBlocks> blocks = energy(seuId, range->first, range->second);
    if (!blocks)
        return blocks.error();
    bool first = true;
    forEachReading(*blocks, std::numeric_limits<qint64>::min(),
                   std::numeric_limits<qint64>::max(),
                   [&](qint64 start, int seconds, double) {
                       if (first)
                           coverage.firstUtc = start;
                       first = false;
                       coverage.endUtc = start + seconds;
                       ++coverage.readings;
                       coverage.hoursCovered += seconds / 3600.0;
                   });
    return coverage;
}

Status ReadingStore::writeProduction(const QString &seuId, const std::map<QDate, double> &units)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery remove(m_database.connection());
        remove.prepare(QStringLiteral("DELETE FROM production_daily WHERE seu_id = ? "
                                      "AND local_date = ?"));
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral("INSERT INTO production_daily (seu_id, local_date, units) "
                                      "VALUES (?, ?, ?)"));
        for (const auto &[date, count] : units) {
            const QString day = date.toString(Qt::ISODate);
            remove.bindValue(0, seuId);
            remove.bindValue(1, day);
            if (Status s = m_database.exec(remove, QStringLiteral("replace production")); !s)
                return s;
            insert.bindValue(0, seuId);
            insert.bindValue(1, day);
            insert.bindValue(2, count);
            if (Status s = m_database.exec(insert, QStringLiteral("store production")); !s)
                return s;
        }
        return Done{};
    });
}

Result<std::map<QDate, double>> ReadingStore::production(const QString &seuId,
                                                         const QDate &from,
                                                         const QDate &to) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT local_date, units FROM production_daily "
                                 "WHERE seu_id = ? AND local_date BETWEEN ? AND ? "
                                 "ORDER BY local_date"));
    query.addBindValue(seuId);
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (Status s = m_database.exec(query, QStringLiteral("read production")); !s)
        return s.error();
    std::map<QDate, double> result;
    while (query.next())
        result[QDate::fromString(query.value(0).toString(), Qt::ISODate)] = query.value(1).toDouble();
    return result;
}

} // namespace Enms
