// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/baseline/baselineservice.h"

#include "engine/time/localcalendar.h"
#include "models/database.h"
#include "models/readingstore.h"
#include "models/registry.h"

#include <QElapsedTimer>
#include <QTimeZone>

#include <algorithm>

namespace Enms {

using namespace Engine;

namespace {

namespace Name = Engine::DriverName;   // the driver table's column names

const QString kAuto = QStringLiteral("auto");

bool needsTemperature(const QStringList &drivers)
{
    return drivers.contains(Name::hdd) || drivers.contains(Name::cdd)
           || drivers.contains(Name::temperature);
}

std::vector<NamedColumn> columnsNamed(const DriverTable &table, const QStringList &names)
{
    std::vector<NamedColumn> columns;
    for (const QString &name : names) {
        if (const NamedColumn *column = table.driver(name))
            columns.push_back(*column);
    }
    return columns;
}

Result<std::vector<double>> predict(const Baseline &baseline, const DriverTable &table)
{
    if (!baseline.changePoint)
        return predictOls(baseline.fit, table.drivers, table.rowCount());

    const NamedColumn *temperature = table.driver(Name::temperature);
    if (!temperature)
        return makeError(ErrorCode::NotEnoughData,
                         QStringLiteral("The change-point baseline needs outdoor "
                                        "temperatures, and the site has none stored."));
    std::vector<double> expected;
    for (double t : temperature->values)
        expected.push_back(predictChangePoint(*baseline.changePoint, t));
    return expected;
}

// Daily models are fitted on each day's energy per 24 hours (see table()), so that the
// 23- and 25-hour days of DST changes do not read as 4 % swings. This turns 24-hour
// figures back into the energy of those local days.
void toLocalDayLengths(std::vector<double> &values, const DriverTable &table,
                       const SiteInfo &site)
{
    if (table.period != PeriodLength::Day)
        return;
    const LocalCalendar calendar(QTimeZone(site.timeZoneId.toUtf8()));
    for (size_t i = 0; i < values.size() && i < table.periodStart.size(); ++i)
        values[i] *= calendar.dayLengthHours(table.periodStart[i]) / 24.0;
}

// Drivers of the model that the table lacks entirely (no production counted yet, no
// temperatures stored for the span).
QStringList missingDrivers(const Baseline &baseline, const DriverTable &table)
{
    QStringList missing;
    for (const QString &name : baseline.drivers) {
        if (!table.driver(name))
            missing << name;
    }
    return missing;
}

Status checkDrivers(const Baseline &baseline, const DriverTable &table, const SeuInfo &seu,
                    const QDate &from, const QDate &to)
{
    const QStringList missing = missingDrivers(baseline, table);
    if (missing.isEmpty())
        return Done{};
    return makeError(ErrorCode::NotEnoughData,
                     QStringLiteral("The baseline of %1 needs %2, and none are stored "
                                    "between %3 and %4.")
                         .arg(seu.name, missing.join(QStringLiteral(", ")),
                              from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
}

QStringList outOfRange(const Baseline &baseline, const DriverTable &table, int row)
{
    QStringList names;
    for (const DriverRange &range : baseline.summary.ranges) {
        const NamedColumn *column = table.driver(range.name);
        if (column && !range.covers(column->values[size_t(row)]))
            names << range.name;
    }
    return names;
}

// The request's model code, or an error listing the codes there are.
Result<std::optional<ChangePointForm>> parseModel(const QString &code)
{
    if (code == kAuto || code == olsFormCode())
        return std::optional<ChangePointForm>();
    const auto form = changePointFormFromCode(code);
    if (!form || *form == ChangePointForm::Mean1P)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Unknown model \"%1\"; use auto, ols, 2p, 3pc, 3ph, "
                                        "4p or 5p.").arg(code));
    return std::optional<ChangePointForm>(*form);
}

Error noAcceptedBaseline(const SeuInfo &seu)
{
    return makeError(ErrorCode::NotEnoughData,
                     QStringLiteral("%1 has no accepted baseline; fit one with "
                                    "`enms baseline fit --seu \"%1\" ... --accept`.")
                         .arg(seu.name));
}

// A change-point candidate judged by the rule set as well as by its own sign and
// population checks.
bool changePointUsable(const ChangePointFit &fit, RuleSet rules)
{
    return !fit.error && fit.valid && fit.form != ChangePointForm::Mean1P
           && judgeFit(fit.fit, rules).valid;
}

} // namespace

struct BaselineService::SeuContext {
    SeuInfo seu;
    SiteInfo site;
};

Result<BaselineService::SeuContext> BaselineService::context(const QString &seuNameOrId) const
{
    Result<SeuAndSite> found = Registry(m_database).seuWithSite(seuNameOrId);
    if (!found)
        return found.error();
    return SeuContext{found->seu, found->site};
}

QStringList BaselineService::defaultCandidates(const DriverTable &table,
                                               std::vector<ExcludedDriver> *excluded)
{
    // Operating hours are counted from the SEU's own energy readings, so as a driver they
    // partly explain energy by itself; the mean temperature is the change-point models'
    // variable, and next to HDD and CDD it would make every subset with all three
    // collinear. Both can still be named explicitly.
    QStringList names;
    for (const NamedColumn &column : table.drivers) {
        if (column.name != Name::operatingHours && column.name != Name::temperature)
            names << column.name;
    }
    if (excluded) {
        excluded->push_back(
            {Name::operatingHours, QStringLiteral("computed_from_own_energy")});
        if (table.driver(Name::temperature))
            excluded->push_back(
                {Name::temperature, QStringLiteral("change_point_variable")});
    }
    return names;
}

Result<DriverTable> BaselineService::table(const SeuContext &context, const QDate &from,
                                           const QDate &to, PeriodLength period,
                                           const QStringList &needed, bool needEnergy) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The period ends (%1) before it starts (%2).")
                             .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    const LocalCalendar calendar(QTimeZone(context.site.timeZoneId.toUtf8()));
    const qint64 firstUtcDay = utcDayOf(calendar.startOfDayUtc(from));
    const qint64 lastUtcDay = utcDayOf(calendar.startOfDayUtc(to.addDays(1)) - 1);
    ReadingStore store(m_database);

    DailyInputs inputs;
    const bool hours = needed.contains(Name::operatingHours);
    if (needEnergy || hours) {
        Result<DayBlocks> energy = store.energy(context.seu.id, firstUtcDay, lastUtcDay);
        if (!energy)
            return energy.error();
        if (needEnergy)
            inputs.energyKWh = dailyEnergyKWh(*energy, calendar, from, to);
        if (needEnergy && period == PeriodLength::Day) {
            for (auto &[date, energyKWh] : inputs.energyKWh)
                energyKWh *= 24.0 / calendar.dayLengthHours(date);
        }
        if (hours)
            inputs.operatingHours = dailyOperatingHours(*energy, calendar, from, to,
                                                        context.seu.ratedKW);
    }
    if (!needEnergy) {
        // Only the drivers are wanted: every day counts, with or without readings.
        for (QDate day = from; day <= to; day = day.addDays(1))
            inputs.energyKWh[day] = 0.0;
    }
    if (needed.contains(Name::production)) {
        Result<std::map<QDate, double>> units = store.production(context.seu.id, from, to);
        if (!units)
            return units.error();
        inputs.production = std::move(units).value();
    }
    if (needsTemperature(needed)) {
        Result<DayBlocks> temperature = store.temperature(context.site.id, firstUtcDay,
                                                          lastUtcDay);
        if (!temperature)
            return temperature.error();
        inputs.meanTemperatureC = dailyMeanTemperatureC(*temperature, calendar, from, to);
    }

    DriverTableOptions options;
    options.period = period;
    return buildDriverTable(inputs, from, to, options);
}

namespace {

Status checkNamedDrivers(const QStringList &named, const DriverTable &table)
{
    QStringList available;
    for (const NamedColumn &column : table.drivers)
        available << column.name;
    for (const QString &name : named) {
        if (!available.contains(name))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("No driver \"%1\" for this SEU and period; "
                                            "available: %2.")
                                 .arg(name, available.join(QStringLiteral(", "))));
    }
    return Done{};
}

Baseline draftFrom(const BaselineRequest &request, const SeuInfo &seu)
{
    Baseline baseline;
    baseline.seuId = seu.id;
    baseline.periodFrom = request.from;
    baseline.periodTo = request.to;
    baseline.periodLength = request.period;
    return baseline;
}

Baseline olsBaseline(Baseline draft, const SubsetCandidate &best, const DriverTable &table)
{
    draft.modelForm = olsFormCode();
    draft.drivers = best.drivers;
    draft.fit = *best.fit;
    draft.verdict = best.verdict;
    draft.summary = summariseBaseline(draft.fit, columnsNamed(table, best.drivers));
    return draft;
}

Baseline changePointBaseline(Baseline draft, const ChangePointFit &fit, RuleSet rules,
                             const DriverTable &table)
{
    draft.modelForm = changePointFormCode(fit.form);
    draft.drivers = QStringList{Name::temperature};
    draft.fit = fit.fit;
    draft.changePoint = fit;
    draft.verdict = judgeFit(fit.fit, rules);
    draft.verdict.valid = draft.verdict.valid && fit.valid;
    draft.summary = summariseBaseline(fit.fit, columnsNamed(table, draft.drivers));
    return draft;
}

} // namespace

namespace {

Error fitCancelled()
{
    return makeError(ErrorCode::Cancelled, QStringLiteral("The fit was cancelled."));
}

bool stopRequested(const FitHooks &hooks)
{
    return hooks.isCancelled && hooks.isCancelled();
}

void announce(const FitHooks &hooks, FitStage stage)
{
    if (hooks.stageStarted)
        hooks.stageStarted(stage);
}

// The rule set's judgement of each change-point candidate, and of the form's own checks.
std::vector<Verdict> changePointVerdicts(const ChangePointSearchResult &search, RuleSet rules)
{
    std::vector<Verdict> verdicts;
    for (const ChangePointFit &cp : search.candidates) {
        Verdict verdict = cp.error ? Verdict{rules, ruleSetSource(rules), false, {}, {}}
                                   : judgeFit(cp.fit, rules);
        verdict.valid = changePointUsable(cp, rules);
        verdicts.push_back(std::move(verdict));
    }
    return verdicts;
}

// The valid model with the highest adjusted R^2 across both families.
std::optional<Baseline> chooseModel(const BaselineRequest &request, const SeuInfo &seu,
                                    const BaselineFitReport &report)
{
    const Baseline draft = draftFrom(request, seu);
    std::optional<Baseline> chosen;
    if (report.subsets && report.subsets->best())
        chosen = olsBaseline(draft, *report.subsets->best(), report.table);
    if (!report.changePoints)
        return chosen;
    for (const ChangePointFit &cp : report.changePoints->candidates) {
        if (!changePointUsable(cp, request.rules))
            continue;
        if (!chosen || cp.fit.adjRSquared > chosen->fit.adjRSquared)
            chosen = changePointBaseline(draft, cp, request.rules, report.table);
    }
    return chosen;
}

} // namespace

Result<BaselineFitReport> BaselineService::fit(const BaselineRequest &request,
                                               const FitHooks &hooks) const
{
    Result<std::optional<ChangePointForm>> form = parseModel(request.model);
    if (!form)
        return form.error();
    Result<SeuContext> ctx = context(request.seu);
    if (!ctx)
        return ctx.error();

    const bool tryOls = !*form;
    const bool tryChangePoints = request.model == kAuto || *form;
    QStringList needed = request.drivers;
    if (needed.isEmpty())
        needed = QStringList{Name::production, Name::temperature};
    if (tryChangePoints && !needed.contains(Name::temperature))
        needed << Name::temperature;

    announce(hooks, FitStage::ReadingData);
    BaselineFitReport report;
    report.seu = ctx->seu;
    report.site = ctx->site;
    report.rules = request.rules;
    Result<DriverTable> table = this->table(*ctx, request.from, request.to, request.period,
                                            needed, true);
    if (!table)
        return table.error();
    report.table = std::move(table).value();
    // A span without readings is reported as such before any driver it lacks.
    if (report.table.rowCount() == 0)
        return makeError(ErrorCode::NotEnoughData,
                         QStringLiteral("%1 has no complete %2 with energy and drivers "
                                        "between %3 and %4.")
                             .arg(ctx->seu.name, periodLengthCode(request.period),
                                  request.from.toString(Qt::ISODate),
                                  request.to.toString(Qt::ISODate)));
    if (Status s = checkNamedDrivers(request.drivers, report.table); !s)
        return s.error();
    if (stopRequested(hooks))
        return fitCancelled();

    report.candidateDrivers = request.drivers.isEmpty()
        ? defaultCandidates(report.table, &report.excludedByDefault)
        : request.drivers;
    if (*form)
        report.candidateDrivers.clear();

    QElapsedTimer timer;
    timer.start();
    if (tryOls && !report.candidateDrivers.isEmpty()) {
        announce(hooks, FitStage::SearchingRegressions);
        Result<SubsetSearchResult> subsets = searchAllSubsets(
            report.table.energyKWh, columnsNamed(report.table, report.candidateDrivers),
            request.rules);
        if (!subsets)
            return subsets.error();
        report.subsets = std::move(subsets).value();
    } else if (tryOls && request.model == olsFormCode()) {
        return makeError(ErrorCode::NotEnoughData,
                         QStringLiteral("%1 has no drivers to regress on.").arg(ctx->seu.name));
    }
    if (stopRequested(hooks))
        return fitCancelled();

    const NamedColumn *temperature = report.table.driver(Name::temperature);
    if (tryChangePoints && temperature) {
        announce(hooks, FitStage::SearchingChangePoints);
        if (*form) {
            Result<ChangePointFit> one = fitChangePointModel(**form, temperature->values,
                                                             report.table.energyKWh);
            if (!one)
                return one.error();
            ChangePointSearchResult single;
            single.candidates.push_back(std::move(one).value());
            single.bestIndex = single.candidates.front().valid ? 0 : -1;
            report.changePoints = std::move(single);
        } else {
            Result<ChangePointSearchResult> all = searchChangePointModels(
                temperature->values, report.table.energyKWh);
            if (!all)
                return all.error();
            report.changePoints = std::move(all).value();
        }
        report.changePointVerdicts = changePointVerdicts(*report.changePoints, request.rules);
    } else if (*form) {
        return makeError(ErrorCode::NotEnoughData,
                         QStringLiteral("Change-point models need outdoor temperatures of "
                                        "%1, and none are stored.").arg(ctx->site.name));
    }
    report.searchSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (stopRequested(hooks))
        return fitCancelled();

    report.chosen = chooseModel(request, ctx->seu, report);
    return report;
}

Result<DriverChoice> BaselineService::driverChoice(const QString &seuNameOrId,
                                                   const QDate &from, const QDate &to,
                                                   PeriodLength period) const
{
    Result<SeuContext> ctx = context(seuNameOrId);
    if (!ctx)
        return ctx.error();
    const QStringList everything{Name::production, Name::temperature,
                                 Name::operatingHours};
    Result<DriverTable> drivers = table(*ctx, from, to, period, everything, true);
    if (!drivers)
        return drivers.error();

    DriverChoice choice;
    for (const NamedColumn &column : drivers->drivers)
        choice.available << column.name;
    choice.defaults = defaultCandidates(*drivers, &choice.excluded);
    choice.rows = drivers->rowCount();
    return choice;
}

DateSpan BaselineService::defaultReferencePeriod(const QDate &firstDataDate,
                                                 const QDate &lastDataDate)
{
    if (!firstDataDate.isValid() || !lastDataDate.isValid() || lastDataDate < firstDataDate)
        return {};

    // The last month that is complete on the day 30 days before the last reading.
    const QDate latestEnd = lastDataDate.addDays(-30);
    const QDate monthStart(latestEnd.year(), latestEnd.month(), 1);
    const bool monthComplete = latestEnd.day() == latestEnd.daysInMonth();
    const QDate to = monthComplete ? latestEnd : monthStart.addDays(-1);
    const QDate from = std::max(QDate(to.year(), to.month(), 1).addMonths(-11), firstDataDate);
    if (to < from)
        return {firstDataDate, lastDataDate};
    return {from, to};
}

Result<Baseline> BaselineService::acceptedBaseline(const SeuInfo &seu) const
{
    Result<std::optional<Baseline>> accepted = BaselineRepository(m_database).accepted(seu.id);
    if (!accepted)
        return accepted.error();
    if (!*accepted)
        return noAcceptedBaseline(seu);
    return **accepted;
}

Result<ExpectedEnergy> BaselineService::expected(const QString &seuNameOrId, const QDate &from,
                                                 const QDate &to) const
{
    Result<SeuContext> ctx = context(seuNameOrId);
    if (!ctx)
        return ctx.error();
    Result<Baseline> accepted = acceptedBaseline(ctx->seu);
    if (!accepted)
        return accepted.error();
    const Baseline &baseline = *accepted;

    Result<DriverTable> drivers = table(*ctx, from, to, baseline.periodLength,
                                        baseline.drivers, false);
    Result<DriverTable> actual = table(*ctx, from, to, baseline.periodLength, {}, true);
    if (!drivers || !actual)
        return !drivers ? drivers.error() : actual.error();
    if (Status s = checkDrivers(baseline, *drivers, ctx->seu, from, to); !s)
        return s.error();
    Result<std::vector<double>> values = predict(baseline, *drivers);
    if (!values)
        return values.error();
    toLocalDayLengths(*values, *drivers, ctx->site);
    toLocalDayLengths(actual->energyKWh, *actual, ctx->site);

    ExpectedEnergy result{ctx->seu, ctx->site, baseline, {}, drivers->skippedPeriods};
    for (int i = 0; i < drivers->rowCount(); ++i) {
        ExpectedPeriod period{drivers->labels.at(i), drivers->periodStart[size_t(i)],
                              drivers->dayCount[size_t(i)], (*values)[size_t(i)], {},
                              outOfRange(baseline, *drivers, i)};
        const int row = int(actual->labels.indexOf(period.label));
        if (row >= 0)
            period.actualKWh = actual->energyKWh[size_t(row)];
        result.periods.push_back(std::move(period));
    }
    return result;
}

Result<BaselineService::DailyExpectation>
BaselineService::expectedDaily(const SeuInfo &seu, const SiteInfo &site, const QDate &from,
                               const QDate &to) const
{
    Result<std::optional<Baseline>> accepted = BaselineRepository(m_database).accepted(seu.id);
    if (!accepted)
        return accepted.error();
    DailyExpectation result;
    if (!*accepted || (*accepted)->periodLength != PeriodLength::Day)
        return result;

    const Baseline &baseline = **accepted;
    Result<DriverTable> drivers = table(SeuContext{seu, site}, from, to, PeriodLength::Day,
                                        baseline.drivers, false);
    if (!drivers)
        return drivers.error();
    if (!missingDrivers(baseline, *drivers).isEmpty())
        return result;
    Result<std::vector<double>> values = predict(baseline, *drivers);
    if (!values)
        return values.error();
    toLocalDayLengths(*values, *drivers, site);

    // A model can predict zero or less far outside its drivers' range; such a day keeps
    // the thirty-day comparison rather than a meaningless percentage.
    for (int i = 0; i < drivers->rowCount(); ++i) {
        if ((*values)[size_t(i)] > 0.0)
            result.expectedKWh[drivers->periodStart[size_t(i)]] = (*values)[size_t(i)];
    }
    result.baselineId = baseline.id;
    return result;
}

Result<DriverTable> BaselineService::dailyDriverTable(const QString &seuNameOrId,
                                                      const QDate &from, const QDate &to,
                                                      const QStringList &drivers) const
{
    Result<SeuContext> ctx = context(seuNameOrId);
    if (!ctx)
        return ctx.error();
    const QStringList needed =
        drivers.isEmpty() ? QStringList{Name::production, Name::temperature} : drivers;
    return table(*ctx, from, to, PeriodLength::Day, needed, true);
}

Result<BaselineSavings> BaselineService::apply(const QString &seuNameOrId, const QDate &from,
                                               const QDate &to, double confidence) const
{
    if (!(confidence > 0.0 && confidence < 1.0))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The confidence must lie between 0 and 100 %."));
    Result<SeuContext> ctx = context(seuNameOrId);
    if (!ctx)
        return ctx.error();
    Result<Baseline> accepted = acceptedBaseline(ctx->seu);
    if (!accepted)
        return accepted.error();
    const Baseline &baseline = *accepted;

    Result<DriverTable> rows = table(*ctx, from, to, baseline.periodLength, baseline.drivers,
                                     true);
    if (!rows)
        return rows.error();
    if (Status s = checkDrivers(baseline, *rows, ctx->seu, from, to); !s)
        return s.error();
    if (rows->rowCount() == 0)
        return makeError(ErrorCode::NotEnoughData,
                         QStringLiteral("%1 has no complete %2 with energy and drivers "
                                        "between %3 and %4.")
                             .arg(ctx->seu.name, periodLengthCode(baseline.periodLength),
                                  from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    Result<std::vector<double>> expected = predict(baseline, *rows);
    if (!expected)
        return expected.error();
    toLocalDayLengths(*expected, *rows, ctx->site);
    toLocalDayLengths(rows->energyKWh, *rows, ctx->site);

    SavingsOptions options;
    options.confidence = confidence;
    Result<SavingsReport> report = computeSavings(baseline.summary, rows->energyKWh, *expected,
                                                  columnsNamed(*rows, baseline.drivers),
                                                  options);
    if (!report)
        return report.error();
    return BaselineSavings{ctx->seu, ctx->site, baseline, rows->labels,
                           std::move(report).value(), rows->skippedPeriods};
}

Result<BaselineSavings> BaselineService::cusum(const QString &seuNameOrId, const QDate &from,
                                               const QDate &to) const
{
    return apply(seuNameOrId, from, to, 0.90);
}

Result<BaselineSavings> BaselineService::savings(const QString &seuNameOrId, const QDate &from,
                                                 const QDate &to, double confidence) const
{
    return apply(seuNameOrId, from, to, confidence);
}

} // namespace Enms
