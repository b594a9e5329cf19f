// SPDX-License-Identifier: GPL-3.0-or-later
// Storage benchmark: fills an SQLite database with 200 SEUs x 3 years of 15-minute
// readings (about 21 million readings in 219,000 day blocks), then times what the
// program does with them: loading one SEU-year for a chart, and a quarter's opportunity
// scan of the whole site. Prints the figures; it asserts nothing.
//   bench_storage [DATABASE_FILE]   (default /tmp/enms_bench_storage.sqlite, reused if present)
#include "engine/core/dayblock.h"
#include "models/database.h"
#include "models/performance/performanceservice.h"
#include "models/readingstore.h"
#include "models/registry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimeZone>

#include <cmath>
#include <cstdio>

using namespace Enms;
using namespace Enms::Engine;

namespace {

constexpr int kSeuCount = 200;
constexpr int kDays = 3 * 365;
const QDate kEndDate(2026, 11, 30);

DayBlocks syntheticYears(int seuIndex)
{
    const qint64 lastDay = QDate(1970, 1, 1).daysTo(kEndDate);
    DayBlocks blocks;
    blocks.reserve(kDays);
    for (qint64 day = lastDay - kDays + 1; day <= lastDay; ++day) {
        DayBlock block = DayBlock::empty(day, 900);
        for (int slot = 0; slot < 96; ++slot)
            block.values[size_t(slot)] = 5.0 + seuIndex % 7 + std::sin(slot / 15.0) * 2.0;
        blocks.push_back(std::move(block));
    }
    return blocks;
}

bool fill(Database &database)
{
    Registry registry(database);
    SiteInfo site;
    site.name = QStringLiteral("Benchmark Plant");
    site.timeZoneId = QStringLiteral("Europe/Berlin");
    const auto added = registry.addSite(site);
    if (!added)
        return false;
    ReadingStore store(database);
    const Status filled = database.transaction([&]() -> Status {
        for (int i = 0; i < kSeuCount; ++i) {
            SeuInfo seu{QString(), added->id, QStringLiteral("SEU-%1").arg(i, 3, 10, QLatin1Char('0')),
                        EnergyCarrier::Electricity, 40.0, true};
            const auto stored = registry.addSeu(seu);
            if (!stored)
                return stored.error();
            if (auto written = store.writeEnergy(stored->id, syntheticYears(i)); !written)
                return written.error();
        }
        return Done{};
    });
    return bool(filled);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                  : QStringLiteral("/tmp/enms_bench_storage.sqlite");
    const bool existed = QFileInfo::exists(path);
    auto database = Database::open(path);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 1;
    }

    QElapsedTimer timer;
    if (!existed) {
        timer.start();
        if (!fill(**database))
            return 1;
        std::printf("fill: %d SEUs x %d days of 15-minute data in %.1f s (%.0f MB)\n",
                    kSeuCount, kDays, timer.elapsed() / 1000.0,
                    QFileInfo(path).size() / 1e6);
    }

    Registry registry(**database);
    const auto seu = registry.seu(QStringLiteral("SEU-042"));
    if (!seu)
        return 1;
    const LocalCalendar calendar(QTimeZone("Europe/Berlin"));
    PerformanceService service(**database);
    for (int run = 0; run < 3; ++run) {
        timer.start();
        const auto year = service.loadEnergy(seu->id, calendar, kEndDate.addDays(-364), kEndDate);
        const double loadMs = timer.nsecsElapsed() / 1e6;
        timer.start();
        const auto scan = service.opportunities(QStringLiteral("Benchmark Plant"),
                                                AnalysisPeriod::Quarter, kEndDate);
        const double scanMs = timer.nsecsElapsed() / 1e6;
        std::printf("run %d: one SEU-year (%zu day blocks) loaded in %.1f ms; quarter scan of "
                    "%d SEUs in %.1f ms (%zu opportunities)\n",
                    run + 1, year ? year->size() : size_t(0), loadMs, kSeuCount, scanMs,
                    scan ? scan->result.opportunities.size() : size_t(0));
    }
    return 0;
}
