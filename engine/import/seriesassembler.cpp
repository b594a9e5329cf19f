// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/import/seriesassembler.h"

#include "engine/core/energycarrier.h"
#include "engine/import/localtimeresolver.h"
#include "engine/time/localcalendar.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <unordered_map>

namespace Enms::Engine {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Outdoor temperatures outside this band (°C) do not occur on Earth.
constexpr double kLowestTemperatureC = -90.0;
constexpr double kHighestTemperatureC = 60.0;
// A register that falls from the top tenth of its range into the bottom tenth wrapped.
constexpr double kRolloverBand = 0.1;
constexpr double kOutlierIqrFactor = 3.0;

qint64 floorMod(qint64 a, qint64 b)
{
    const qint64 r = a % b;
    return r < 0 ? r + b : r;
}

// kWh (or kWh-equivalent, °C, count) per unit of the file; powers need the interval.
double conversionFactor(ImportUnit unit, int intervalSeconds)
{
    const double hours = intervalSeconds / 3600.0;
    switch (unit) {
    case ImportUnit::WattHour: return 0.001;
    case ImportUnit::KiloWattHour: return 1.0;
    case ImportUnit::MegaWattHour: return 1000.0;
    case ImportUnit::Watt: return hours / 1000.0;
    case ImportUnit::KiloWatt: return hours;
    case ImportUnit::CubicMetreGas: return kNaturalGasKWhPerCubicMetre;
    case ImportUnit::KilogramSteam: return kSteamKWhPerKilogram;
    case ImportUnit::Celsius:
    case ImportUnit::Fahrenheit:
    case ImportUnit::Count: return 1.0;
    }
    return 1.0;
}

double toCelsius(ImportUnit unit, double value)
{
    return unit == ImportUnit::Fahrenheit ? (value - 32.0) * 5.0 / 9.0 : value;
}

QString formatNumber(double value) { return QString::number(value, 'g', 10); }

// Row indices ordered by stamp; file order is kept among equal stamps.
std::vector<size_t> sortedRows(const std::vector<qint64> &stamps)
{
    std::vector<size_t> order(stamps.size());
    std::iota(order.begin(), order.end(), size_t(0));
    if (!std::is_sorted(stamps.begin(), stamps.end())) {
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return stamps[a] < stamps[b]; });
    }
    return order;
}

// The most common positive spacing between consecutive distinct stamps.
int detectInterval(const std::vector<qint64> &stamps, const std::vector<size_t> &order)
{
    std::unordered_map<qint64, qint64> histogram;
    for (size_t i = 1; i < order.size(); ++i) {
        const qint64 step = stamps[order[i]] - stamps[order[i - 1]];
        if (step > 0)
            ++histogram[step];
    }
    qint64 best = 0, bestCount = 0;
    for (const auto &[step, count] : histogram) {
        if (count > bestCount || (count == bestCount && step < best))
            best = step, bestCount = count;
    }
    return best > 0 && best <= kSecondsPerDay ? int(best) : 0;
}

// Everything the steps below share about one import.
struct Work {
    const RawTable &table;
    const AssemblyOptions &options;
    ImportReport &report;
    std::vector<size_t> order;
    std::vector<char> rejected;       // per row
    std::vector<size_t> unique;       // kept rows, sorted, one per stamp
    int interval = 0;
};

void rejectRow(Work &work, size_t row, RejectReason reason, const QString &detail)
{
    if (work.rejected[row])
        return;
    work.rejected[row] = 1;
    addRejectedLine(&work.report, work.table.lines[row], reason, detail);
}

bool settleInterval(Work &work)
{
    work.interval = work.options.intervalSeconds > 0
                        ? work.options.intervalSeconds
                        : (work.table.dateOnly ? int(kSecondsPerDay)
                                               : detectInterval(work.table.stamps, work.order));
    if (work.interval <= 0) {
        rejectFile(&work.report, QStringLiteral("The interval length cannot be detected: "
                                                "the file needs two distinct stamps less "
                                                "than a day apart"));
        return false;
    }
    if (kSecondsPerDay % work.interval != 0) {
        rejectFile(&work.report, QStringLiteral("The most common spacing, %1 s, does not "
                                                "divide a day into whole intervals")
                                     .arg(work.interval));
        return false;
    }
    work.report.intervalSeconds = work.interval;
    return true;
}

// Stamps outside 1970..2099 (possible in Green Button files, which carry raw Unix
// seconds) and stamps off the interval grid.
void checkGrid(Work &work)
{
    constexpr qint64 kYear2100 = 4102444800;
    for (size_t row = 0; row < work.table.rowCount(); ++row) {
        const qint64 stamp = work.table.stamps[row];
        if (stamp < 0 || stamp >= kYear2100) {
            rejectRow(work, row, RejectReason::DateDoesNotExist,
                      QStringLiteral("The instant %1 lies outside the years 1970 to 2099")
                          .arg(stamp));
        } else if (floorMod(stamp, work.interval) != 0) {
            rejectRow(work, row, RejectReason::OffGrid,
                      QStringLiteral("The stamp is not on the %1-second interval grid")
                          .arg(work.interval));
        }
    }
}

// Negative energy, temperatures beyond the planet's records, mean power far above the
// SEU's rating: values no meter can have produced.
void checkValues(Work &work)
{
    const RawTable &table = work.table;
    for (size_t row = 0; row < table.rowCount(); ++row) {
        for (size_t s = 0; s < table.specs.size(); ++s) {
            const RawSeriesSpec &spec = table.specs[s];
            const double raw = table.value(row, s);
            if (std::isnan(raw))
                continue;

            const SeriesKind kind = seriesKindOf(spec.unit);
            if (kind != SeriesKind::Temperature && raw < 0.0) {
                rejectRow(work, row, RejectReason::NegativeValue,
                          QStringLiteral("Negative value %1 in column %2")
                              .arg(formatNumber(raw), spec.targetId));
            } else if (kind == SeriesKind::Temperature) {
                const double celsius = toCelsius(spec.unit, raw);
                if (celsius < kLowestTemperatureC || celsius > kHighestTemperatureC) {
                    rejectRow(work, row, RejectReason::ImpossibleValue,
                              QStringLiteral("Temperature %1 °C in column %2 is impossible")
                                  .arg(formatNumber(celsius), spec.targetId));
                }
            }
        }
    }
}

bool sameValues(const RawTable &table, size_t a, size_t b)
{
    for (size_t s = 0; s < table.specs.size(); ++s) {
        const double x = table.value(a, s), y = table.value(b, s);
        if (!(x == y || (std::isnan(x) && std::isnan(y))))
            return false;
    }
    return true;
}

void recordDuplicates(Work &work, size_t first, size_t last)
{
    DuplicateGroup group;
    group.startUtc = work.table.stamps[work.order[first]];
    const size_t keep = work.order[first];
    for (size_t i = first; i <= last; ++i) {
        const size_t row = work.order[i];
        group.lines.push_back(work.table.lines[row]);
        if (!sameValues(work.table, keep, row))
            group.conflicting = true;
    }

    if (group.conflicting) {
        ++work.report.conflictingDuplicates;
        for (size_t i = first; i <= last; ++i) {
            rejectRow(work, work.order[i], RejectReason::ConflictingDuplicate,
                      QStringLiteral("The same interval appears on lines with different "
                                     "values"));
        }
    } else {
        work.report.identicalDuplicates += int(last - first);
    }
    if (work.report.duplicates.size() < kMaxListedProblems)
        work.report.duplicates.push_back(std::move(group));
}

// Groups rows that name the same interval; keeps one row per stamp.
void settleDuplicates(Work &work)
{
    std::vector<size_t> kept;
    kept.reserve(work.order.size());
    for (size_t i = 0; i < work.order.size(); ++i)
        if (!work.rejected[work.order[i]])
            kept.push_back(work.order[i]);
    work.order = std::move(kept);

    const auto &stamps = work.table.stamps;
    size_t i = 0;
    while (i < work.order.size()) {
        size_t last = i;
        while (last + 1 < work.order.size()
               && stamps[work.order[last + 1]] == stamps[work.order[i]])
            ++last;
        if (last > i)
            recordDuplicates(work, i, last);
        if (!work.rejected[work.order[i]])
            work.unique.push_back(work.order[i]);
        i = last + 1;
    }
}

qint64 shiftOf(const Work &work, const RawSeriesSpec &spec)
{
    if (spec.cumulative)
        return work.interval;
    const bool endStamped = work.options.stamps == StampConvention::IntervalEnd;
    return endStamped && !work.table.dateOnly ? work.interval : 0;
}

// The power of ten a register of this reading wraps at: 99,987 wraps at 100,000.
double wrapPoint(double reading)
{
    return std::pow(10.0, std::floor(std::log10(std::max(reading, 1.0))) + 1.0);
}

// Differences of register readings over consecutive intervals; the first reading and
// readings after a gap give no energy. A fall is a rollover when the register went from
// near the top of its range to near zero, otherwise a reset, whose interval is missing.
std::vector<double> registerDifferences(Work &work, size_t s)
{
    const RawTable &table = work.table;
    std::vector<double> out(work.unique.size(), kNaN);
    for (size_t i = 1; i < work.unique.size(); ++i) {
        const size_t row = work.unique[i], previous = work.unique[i - 1];
        const double now = table.value(row, s), before = table.value(previous, s);
        const bool adjacent = table.stamps[row] - table.stamps[previous] == work.interval;
        if (!adjacent || std::isnan(now) || std::isnan(before))
            continue;
        if (now >= before) {
            out[i] = now - before;
            continue;
        }

        RegisterEvent event{RegisterEvent::Kind::Reset, table.specs[s].targetId,
                            table.lines[row], before, now, 0.0};
        const double wrapsAt = wrapPoint(before);
        if (before >= wrapsAt * (1.0 - kRolloverBand) && now < wrapsAt * kRolloverBand) {
            event.kind = RegisterEvent::Kind::Rollover;
            event.wrapsAt = wrapsAt;
            out[i] = wrapsAt - before + now;
        }
        if (work.report.registerEvents.size() < kMaxListedProblems)
            work.report.registerEvents.push_back(event);
    }
    return out;
}

// Values of one column in the series unit (kWh per interval, °C or count), one per
// kept row; NaN where missing.
std::vector<double> convertedValues(Work &work, size_t s)
{
    const RawSeriesSpec &spec = work.table.specs[s];
    std::vector<double> values;
    if (spec.cumulative) {
        values = registerDifferences(work, s);
    } else {
        values.reserve(work.unique.size());
        for (const size_t row : work.unique)
            values.push_back(work.table.value(row, s));
    }

    const double factor = conversionFactor(spec.unit, work.interval);
    for (double &value : values)
        value = seriesKindOf(spec.unit) == SeriesKind::Temperature
                    ? toCelsius(spec.unit, value)
                    : value * factor;
    return values;
}

void checkRatedPower(Work &work, size_t s, std::vector<double> &values)
{
    const RawSeriesSpec &spec = work.table.specs[s];
    if (spec.ratedKW <= 0.0 || seriesKindOf(spec.unit) != SeriesKind::Energy)
        return;
    const double hours = work.interval / 3600.0;
    const double limitKW = spec.ratedKW * work.options.impossiblePowerFactor;
    for (size_t i = 0; i < values.size(); ++i) {
        const double meanKW = values[i] / hours;
        if (meanKW > limitKW) {
            rejectRow(work, work.unique[i], RejectReason::ImpossibleValue,
                      QStringLiteral("Mean power %1 kW in column %2 exceeds %3 kW "
                                     "(rated %4 kW)")
                          .arg(formatNumber(meanKW), spec.targetId, formatNumber(limitKW),
                               formatNumber(spec.ratedKW)));
            values[i] = kNaN;
        }
    }
}

double quantile(std::vector<double> &sorted, double p)
{
    return sorted[size_t(std::floor(p * double(sorted.size() - 1)))];
}

// Values above median + 3 x IQR (quartiles by nearest rank below). A series whose
// middle half is flat (IQR 0) has no outlier limit.
void findOutliers(Work &work, size_t s, const std::vector<double> &values, qint64 shift)
{
    std::vector<double> present;
    present.reserve(values.size());
    for (const double v : values)
        if (!std::isnan(v))
            present.push_back(v);
    if (present.size() < 4)
        return;

    std::sort(present.begin(), present.end());
    const double iqr = quantile(present, 0.75) - quantile(present, 0.25);
    if (iqr <= 0.0)
        return;
    const double limit = quantile(present, 0.5) + kOutlierIqrFactor * iqr;
    for (size_t i = 0; i < values.size(); ++i) {
        if (values[i] > limit && work.report.outliers.size() < kMaxListedProblems) {
            const size_t row = work.unique[i];
            work.report.outliers.push_back({work.table.specs[s].targetId,
                                            work.table.lines[row],
                                            work.table.stamps[row] - shift, values[i], limit});
        }
    }
}

void findGaps(Work &work, qint64 shift)
{
    const auto &stamps = work.table.stamps;
    for (size_t i = 1; i < work.unique.size(); ++i) {
        const qint64 before = stamps[work.unique[i - 1]], now = stamps[work.unique[i]];
        if (now - before <= work.interval)
            continue;
        work.report.missingIntervals += (now - before) / work.interval - 1;
        if (work.report.gaps.size() < kMaxListedProblems)
            work.report.gaps.push_back({before + work.interval - shift, now - shift});
    }
}

void fillBlocks(Work &work, const std::vector<double> &values, qint64 shift,
                ImportedSeries &series)
{
    for (size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i]))
            continue;
        const qint64 start = work.table.stamps[work.unique[i]] - shift;
        const qint64 day = utcDayOf(start);
        if (series.blocks.empty() || series.blocks.back().utcDay != day)
            series.blocks.push_back(DayBlock::empty(day, work.interval));
        const int slot = int((start - day * kSecondsPerDay) / work.interval);
        series.blocks.back().values[size_t(slot)] = values[i];
    }
}

void fillDaily(Work &work, const std::vector<double> &values, qint64 shift,
               ImportedSeries &series)
{
    for (size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i]))
            continue;
        const qint64 day = utcDayOf(work.table.stamps[work.unique[i]] - shift);
        series.daily.push_back({QDate(1970, 1, 1).addDays(day), values[i]});
    }
}

// Local day boundaries of the zone (or UTC days), for coverage and DST day lists.
class DayGrid final
{
public:
    explicit DayGrid(const LocalCalendar *calendar)
    {
        if (calendar)
            m_resolver.emplace(*calendar);
        m_calendar = calendar;
    }
    qint64 localDay(qint64 utc) const
    {
        return utcDayOf(m_calendar ? m_calendar->localSecs(utc) : utc);
    }
    qint64 dayStartUtc(qint64 localDay) const
    {
        const qint64 wall = localDay * kSecondsPerDay;
        return m_resolver ? m_resolver->earliestUtc(wall) : wall;
    }
    qint64 dayLength(qint64 localDay) const
    {
        return dayStartUtc(localDay + 1) - dayStartUtc(localDay);
    }

private:
    const LocalCalendar *m_calendar = nullptr;
    std::optional<LocalTimeResolver> m_resolver;
};

QDate dateOfDay(qint64 day) { return QDate::fromJulianDay(day + 2440588); }

void fillCoverage(Work &work, const DayGrid &grid, const std::vector<double> &values,
                  qint64 shift, ImportedSeries &series)
{
    if (work.unique.empty())
        return;
    const qint64 firstDay = grid.localDay(work.report.firstUtc);
    const qint64 lastDay = grid.localDay(work.report.endUtc - 1);
    std::vector<int> present(size_t(lastDay - firstDay + 1), 0);
    for (size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i]))
            continue;
        const qint64 day = grid.localDay(work.table.stamps[work.unique[i]] - shift);
        if (day >= firstDay && day <= lastDay)
            ++present[size_t(day - firstDay)];
    }

    for (qint64 day = firstDay; day <= lastDay; ++day) {
        const qint64 length = work.table.dateOnly ? kSecondsPerDay : grid.dayLength(day);
        series.coverage.push_back({dateOfDay(day), int(length / work.interval),
                                   present[size_t(day - firstDay)]});
    }
}

void findDstDays(Work &work, const DayGrid &grid)
{
    if (!work.options.calendar || work.table.dateOnly || work.unique.empty())
        return;
    const qint64 firstDay = grid.localDay(work.report.firstUtc);
    const qint64 lastDay = grid.localDay(work.report.endUtc - 1);
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        const qint64 length = grid.dayLength(day);
        if (length < kSecondsPerDay)
            work.report.shortDays.push_back(dateOfDay(day));
        else if (length > kSecondsPerDay)
            work.report.longDays.push_back(dateOfDay(day));
    }
}

qint64 primaryShift(const Work &work)
{
    const bool endStamped = work.options.stamps == StampConvention::IntervalEnd;
    return endStamped && !work.table.dateOnly ? work.interval : 0;
}

void buildSeries(Work &work, ImportResult *result)
{
    const DayGrid grid(work.options.calendar);
    for (size_t s = 0; s < work.table.specs.size(); ++s) {
        const RawSeriesSpec &spec = work.table.specs[s];
        const qint64 shift = shiftOf(work, spec);
        std::vector<double> values = convertedValues(work, s);
        checkRatedPower(work, s, values);
        findOutliers(work, s, values, shift);

        ImportedSeries series;
        series.targetId = spec.targetId;
        series.kind = seriesKindOf(spec.unit);
        for (const double v : values) {
            if (!std::isnan(v))
                series.total += v, ++series.presentValues;
        }
        for (const size_t row : work.unique)
            series.emptyCells += std::isnan(work.table.value(row, s)) ? 1 : 0;
        if (work.table.dateOnly)
            fillDaily(work, values, shift, series);
        else
            fillBlocks(work, values, shift, series);
        fillCoverage(work, grid, values, shift, series);
        result->series.push_back(std::move(series));
    }
    findDstDays(work, grid);
}

} // namespace

void assembleSeries(const RawTable &table, const AssemblyOptions &options,
                    ImportResult *result)
{
    ImportReport &report = result->report;
    const qint64 preRejected = std::count(table.preRejected.begin(), table.preRejected.end(), 1);
    report.rowsRead = qint64(table.rowCount()) + report.rejectedLineCount - preRejected;
    if (table.rowCount() == 0) {
        rejectFile(&report, QStringLiteral("The file holds no readable data rows"));
        decideStatus(&report);
        return;
    }

    Work work{table, options, report, sortedRows(table.stamps),
              table.preRejected.empty() ? std::vector<char>(table.rowCount(), 0)
                                        : table.preRejected,
              {}, 0};
    if (!settleInterval(work)) {
        decideStatus(&report);
        return;
    }
    checkGrid(work);
    checkValues(work);
    settleDuplicates(work);

    if (!work.unique.empty()) {
        const qint64 shift = primaryShift(work);
        report.firstUtc = table.stamps[work.unique.front()] - shift;
        report.endUtc = table.stamps[work.unique.back()] - shift + work.interval;
        findGaps(work, shift);
    }
    buildSeries(work, result);
    report.rowsUsed = qint64(std::count_if(work.unique.begin(), work.unique.end(),
                                           [&](size_t row) { return !work.rejected[row]; }));
    decideStatus(&report);
}

void addRejectedLine(ImportReport *report, qint64 line, RejectReason reason,
                     const QString &detail)
{
    ++report->rejectedLineCount;
    if (report->rejected.size() < kMaxListedProblems)
        report->rejected.push_back({line, reason, detail});
}

void rejectFile(ImportReport *report, const QString &reason)
{
    report->reasons.append(reason);
}

void decideStatus(ImportReport *report)
{
    std::stable_sort(report->rejected.begin(), report->rejected.end(),
                     [](const RejectedLine &a, const RejectedLine &b) { return a.line < b.line; });
    if (report->rejectedLineCount > 0 && !report->rejected.empty()) {
        const RejectedLine &first = report->rejected.front();
        report->reasons.append(QStringLiteral("%1 line(s) rejected; the first is line %2: %3")
                                   .arg(report->rejectedLineCount)
                                   .arg(first.line)
                                   .arg(first.detail));
    }
    if (report->conflictingDuplicates > 0) {
        report->reasons.append(QStringLiteral("%1 interval(s) appear more than once with "
                                              "different values")
                                   .arg(report->conflictingDuplicates));
    }
    report->reasons.removeDuplicates();
    report->status = report->reasons.isEmpty() ? ImportReport::Status::Accepted
                                               : ImportReport::Status::Rejected;
}

} // namespace Enms::Engine
