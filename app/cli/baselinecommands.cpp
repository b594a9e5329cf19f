// SPDX-License-Identifier: GPL-3.0-or-later
// enms regress | baseline fit | baseline show | baseline list | baseline accept |
// baseline expected | cusum | savings
#include "clicommand.h"

#include "engine/baseline/csvtable.h"
#include "models/baseline/baselinejson.h"
#include "models/baseline/baselinerepository.h"
#include "models/baseline/baselineservice.h"
#include "models/database.h"
#include "models/registry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Enms::Cli {

using namespace Engine;

namespace {

QJsonValue utcText(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toString(Qt::ISODateWithMs)) : QJsonValue();
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items << item.trimmed();
    return items;
}

QJsonObject baselineToJson(const Baseline &b)
{
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("seu_id"), b.seuId},
            {QStringLiteral("status"), baselineStatusCode(b.status)},
            {QStringLiteral("period_from"), b.periodFrom.toString(Qt::ISODate)},
            {QStringLiteral("period_to"), b.periodTo.toString(Qt::ISODate)},
            {QStringLiteral("period_length"), periodLengthCode(b.periodLength)},
            {QStringLiteral("model_form"), b.modelForm},
            {QStringLiteral("drivers"), QJsonArray::fromStringList(b.drivers)},
            {QStringLiteral("rule_set"), ruleSetCode(b.verdict.ruleSet)},
            {QStringLiteral("valid"), b.verdict.valid},
            {QStringLiteral("r_squared"), b.fit.rSquared},
            {QStringLiteral("adj_r_squared"), b.fit.adjRSquared},
            {QStringLiteral("cv_rmse"), b.fit.cvRmse},
            {QStringLiteral("created_at"), utcText(b.createdAtUtc)},
            {QStringLiteral("created_by"), b.createdBy},
            {QStringLiteral("accepted_at"), utcText(b.acceptedAtUtc)},
            {QStringLiteral("accepted_by"),
             b.acceptedBy.isEmpty() ? QJsonValue() : QJsonValue(b.acceptedBy)},
            {QStringLiteral("superseded_at"), utcText(b.supersededAtUtc)},
            {QStringLiteral("model"), baselineModelToJson(b)}};
}

QJsonObject seuHeader(const SeuInfo &seu, const Baseline &baseline)
{
    return {{QStringLiteral("seu_id"), seu.id},
            {QStringLiteral("seu_name"), seu.name},
            {QStringLiteral("baseline_id"), baseline.id},
            {QStringLiteral("baseline_source"), QStringLiteral("accepted_baseline")},
            {QStringLiteral("period_length"), periodLengthCode(baseline.periodLength)}};
}

// ---- regress ----

Outcome regress(Database &, const CliArgs &args)
{
    CliError error;
    const auto path = args.required(QStringLiteral("csv"), &error);
    const auto y = args.required(QStringLiteral("y"), &error);
    const auto x = args.required(QStringLiteral("x"), &error);
    if (!path || !y || !x)
        return Outcome::failure(error);

    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::failure(CliError{CliError::Usage,
            QStringLiteral("Cannot read %1: %2").arg(*path, file.errorString())});
    const QString text = QString::fromUtf8(file.readAll());

    RegressOptions options{*y, splitList(*x), !args.flag(QStringLiteral("no-intercept"))};
    Result<OlsFit> fit = runRegress(text, options);
    if (fit) {
        QJsonObject json = olsFitToJson(*fit);
        json.insert(QStringLiteral("y"), *y);
        json.insert(QStringLiteral("x"), QJsonArray::fromStringList(options.xColumns));
        return Outcome::success(json);
    }
    if (fit.error().code != ErrorCode::RankDeficient)
        return Outcome::failure(fit.error());

    // A rank-deficient design prints its diagnosis, on stdout and in the detail.
    Result<RankReport> report = diagnoseRegress(text, options);
    const QJsonObject diagnosis = report ? rankReportToJson(*report) : QJsonObject();
    const QString compact = QString::fromUtf8(QJsonDocument(diagnosis)
                                                  .toJson(QJsonDocument::Compact));
    return Outcome{QJsonObject{{QStringLiteral("rank_report"), diagnosis}},
                   exitCodeFor(ErrorCode::RankDeficient),
                   fit.error().message + QStringLiteral(". Rank report: ") + compact};
}

// ---- baseline fit ----

std::optional<BaselineRequest> fitRequest(const CliArgs &args, CliError *error)
{
    const auto seu = args.required(QStringLiteral("seu"), error);
    const auto from = args.date(QStringLiteral("from"), std::nullopt, error);
    const auto to = args.date(QStringLiteral("to"), std::nullopt, error);
    const auto period = args.choice(QStringLiteral("period"),
                                    {QStringLiteral("day"), QStringLiteral("week"),
                                     QStringLiteral("month")},
                                    QStringLiteral("day"), error);
    const auto model = args.choice(QStringLiteral("model"),
                                   {QStringLiteral("auto"), QStringLiteral("ols"),
                                    QStringLiteral("2p"), QStringLiteral("3pc"),
                                    QStringLiteral("3ph"), QStringLiteral("4p"),
                                    QStringLiteral("5p")},
                                   QStringLiteral("auto"), error);
    const auto rules = args.choice(QStringLiteral("rules"),
                                   {QStringLiteral("sep"), QStringLiteral("rmv2"),
                                    QStringLiteral("nmec")},
                                   QStringLiteral("sep"), error);
    if (!seu || !from || !to || !period || !model || !rules)
        return std::nullopt;

    BaselineRequest request;
    request.seu = *seu;
    request.from = *from;
    request.to = *to;
    request.period = *periodLengthFromCode(*period);
    request.drivers = splitList(args.value(QStringLiteral("drivers")));
    request.model = *model;
    request.rules = *ruleSetFromCode(*rules);
    return request;
}

QJsonObject fitReportToJson(const BaselineFitReport &report, const BaselineRequest &request)
{
    QJsonArray excluded;
    for (const ExcludedDriver &driver : report.excludedByDefault)
        excluded.append(QJsonObject{{QStringLiteral("name"), driver.name},
                                    {QStringLiteral("reason"), driver.reason}});
    QJsonObject json{
        {QStringLiteral("seu_id"), report.seu.id},
        {QStringLiteral("seu_name"), report.seu.name},
        {QStringLiteral("from"), request.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), request.to.toString(Qt::ISODate)},
        {QStringLiteral("period_length"), periodLengthCode(request.period)},
        {QStringLiteral("model_request"), request.model},
        {QStringLiteral("rule_set"), ruleSetCode(request.rules)},
        {QStringLiteral("rule_source"), ruleSetSource(request.rules)},
        {QStringLiteral("rows"), report.table.rowCount()},
        {QStringLiteral("skipped_periods"),
         QJsonArray::fromStringList(report.table.skippedPeriods)},
        {QStringLiteral("candidate_drivers"),
         QJsonArray::fromStringList(report.candidateDrivers)},
        {QStringLiteral("excluded_by_default"), excluded},
        {QStringLiteral("search_seconds"), report.searchSeconds},
        {QStringLiteral("ols_search"),
         report.subsets ? QJsonValue(subsetSearchToJson(*report.subsets)) : QJsonValue()},
        {QStringLiteral("change_point_search"),
         report.changePoints ? QJsonValue(changePointSearchToJson(*report.changePoints))
                             : QJsonValue()},
        {QStringLiteral("chosen"),
         report.chosen ? QJsonValue(baselineToJson(*report.chosen)) : QJsonValue()}};
    return json;
}

Outcome fitBaseline(Database &db, const CliArgs &args)
{
    CliError error;
    const std::optional<BaselineRequest> request = fitRequest(args, &error);
    if (!request)
        return Outcome::failure(error);
    Result<BaselineFitReport> report = BaselineService(db).fit(*request);
    if (!report)
        return Outcome::failure(report.error());

    QJsonObject json = fitReportToJson(*report, *request);
    json.insert(QStringLiteral("accepted"), false);
    if (!args.flag(QStringLiteral("accept")))
        return Outcome::success(json);
    if (!report->chosen)
        return Outcome{json, CliError::NotEnoughData,
                       QStringLiteral("No candidate model of %1 is valid under the %2 rules, "
                                      "so none was accepted.")
                           .arg(report->seu.name, ruleSetCode(request->rules))};

    BaselineRepository repository(db);
    Result<QString> id = repository.store(*report->chosen);
    if (!id)
        return Outcome::failure(id.error());
    Result<QString> superseded = repository.accept(*id);
    if (!superseded)
        return Outcome::failure(superseded.error());
    Result<Baseline> stored = repository.load(*id);
    if (!stored)
        return Outcome::failure(stored.error());
    json.insert(QStringLiteral("chosen"), baselineToJson(*stored));
    json.insert(QStringLiteral("accepted"), true);
    json.insert(QStringLiteral("supersedes"),
                superseded->isEmpty() ? QJsonValue() : QJsonValue(*superseded));
    return Outcome::success(json);
}

// ---- baseline show | list | accept ----

Outcome showBaseline(Database &db, const CliArgs &args)
{
    CliError error;
    const auto seuName = args.required(QStringLiteral("seu"), &error);
    if (!seuName)
        return Outcome::failure(error);
    Result<SeuInfo> seu = Registry(db).seu(*seuName);
    if (!seu)
        return Outcome::failure(seu.error());
    Result<std::optional<Baseline>> accepted = BaselineRepository(db).accepted(seu->id);
    if (!accepted)
        return Outcome::failure(accepted.error());
    if (!*accepted)
        return Outcome::failure(CliError{CliError::NotEnoughData,
            QStringLiteral("%1 has no accepted baseline.").arg(seu->name)});
    QJsonObject json = baselineToJson(**accepted);
    json.insert(QStringLiteral("seu_name"), seu->name);
    return Outcome::success(json);
}

Outcome listBaselines(Database &db, const CliArgs &args)
{
    CliError error;
    const auto seuName = args.required(QStringLiteral("seu"), &error);
    if (!seuName)
        return Outcome::failure(error);
    Result<SeuInfo> seu = Registry(db).seu(*seuName);
    if (!seu)
        return Outcome::failure(seu.error());
    Result<std::vector<Baseline>> all = BaselineRepository(db).list(seu->id);
    if (!all)
        return Outcome::failure(all.error());
    QJsonArray list;
    for (const Baseline &baseline : *all)
        list.append(baselineToJson(baseline));
    return Outcome::success(QJsonObject{{QStringLiteral("seu_id"), seu->id},
                                        {QStringLiteral("seu_name"), seu->name},
                                        {QStringLiteral("baselines"), list}});
}

Outcome acceptBaseline(Database &db, const CliArgs &args)
{
    CliError error;
    const auto id = args.required(QStringLiteral("id"), &error);
    if (!id)
        return Outcome::failure(error);
    BaselineRepository repository(db);
    Result<QString> superseded = repository.accept(*id);
    if (!superseded)
        return Outcome::failure(superseded.error());
    Result<Baseline> stored = repository.load(*id);
    if (!stored)
        return Outcome::failure(stored.error());
    QJsonObject json = baselineToJson(*stored);
    json.insert(QStringLiteral("supersedes"),
                superseded->isEmpty() ? QJsonValue() : QJsonValue(*superseded));
    return Outcome::success(json);
}

// ---- baseline expected | cusum | savings ----

struct Span {
    QString seu;
    QDate from;
    QDate to;
};

std::optional<Span> span(const CliArgs &args, CliError *error)
{
    const auto seu = args.required(QStringLiteral("seu"), error);
    const auto from = args.date(QStringLiteral("from"), std::nullopt, error);
    const auto to = args.date(QStringLiteral("to"), std::nullopt, error);
    if (!seu || !from || !to)
        return std::nullopt;
    return Span{*seu, *from, *to};
}

Outcome expectedEnergy(Database &db, const CliArgs &args)
{
    CliError error;
    const auto range = span(args, &error);
    if (!range)
        return Outcome::failure(error);
    Result<ExpectedEnergy> result = BaselineService(db).expected(range->seu, range->from,
                                                                 range->to);
    if (!result)
        return Outcome::failure(result.error());

    QJsonArray periods;
    double total = 0.0;
    for (const ExpectedPeriod &p : result->periods) {
        total += p.expectedKWh;
        periods.append(QJsonObject{
            {QStringLiteral("label"), p.label},
            {QStringLiteral("start"), p.start.toString(Qt::ISODate)},
            {QStringLiteral("days"), p.days},
            {QStringLiteral("expected_kwh"), p.expectedKWh},
            {QStringLiteral("actual_kwh"), p.actualKWh ? QJsonValue(*p.actualKWh) : QJsonValue()},
            {QStringLiteral("drivers_out_of_range"),
             QJsonArray::fromStringList(p.driversOutOfRange)}});
    }
    QJsonObject json = seuHeader(result->seu, result->baseline);
    json.insert(QStringLiteral("expected_kwh"), total);
    json.insert(QStringLiteral("periods"), periods);
    json.insert(QStringLiteral("skipped_periods"),
                QJsonArray::fromStringList(result->skippedPeriods));
    return Outcome::success(json);
}

// The savings JSON with each period's label added.
QJsonObject savingsJson(const BaselineSavings &result)
{
    QJsonObject json = seuHeader(result.seu, result.baseline);
    const QJsonObject report = savingsToJson(result.report);
    for (auto it = report.begin(); it != report.end(); ++it)
        json.insert(it.key(), it.value());
    QJsonArray periods = report.value(QStringLiteral("periods")).toArray();
    for (int i = 0; i < periods.size() && i < result.labels.size(); ++i) {
        QJsonObject period = periods.at(i).toObject();
        period.insert(QStringLiteral("label"), result.labels.at(i));
        periods.replace(i, period);
    }
    json.insert(QStringLiteral("periods"), periods);
    json.insert(QStringLiteral("skipped_periods"),
                QJsonArray::fromStringList(result.skippedPeriods));
    return json;
}

Outcome cusum(Database &db, const CliArgs &args)
{
    CliError error;
    const auto range = span(args, &error);
    if (!range)
        return Outcome::failure(error);
    Result<BaselineSavings> result = BaselineService(db).cusum(range->seu, range->from,
                                                               range->to);
    if (!result)
        return Outcome::failure(result.error());

    QJsonObject json = seuHeader(result->seu, result->baseline);
    QJsonArray periods;
    int alarms = 0;
    for (size_t i = 0; i < result->report.periods.size(); ++i) {
        const PeriodSavings &p = result->report.periods[i];
        alarms += p.alarm ? 1 : 0;
        periods.append(QJsonObject{
            {QStringLiteral("label"), result->labels.at(qsizetype(i))},
            {QStringLiteral("actual_kwh"), p.actual},
            {QStringLiteral("expected_kwh"), p.expected},
            {QStringLiteral("cusum_kwh"), p.cusum},
            {QStringLiteral("alarm_upper"), p.alarmUpper},
            {QStringLiteral("alarm_lower"), p.alarmLower},
            {QStringLiteral("alarm"), p.alarm},
            {QStringLiteral("drivers_out_of_range"),
             QJsonArray::fromStringList(p.driversOutOfRange)}});
    }
    json.insert(QStringLiteral("cusum_sign"), QStringLiteral("actual_minus_expected"));
    json.insert(QStringLiteral("final_cusum_kwh"), result->report.actualTotal
                                                       - result->report.expectedTotal);
    json.insert(QStringLiteral("alarms"), alarms);
    json.insert(QStringLiteral("periods"), periods);
    json.insert(QStringLiteral("skipped_periods"),
                QJsonArray::fromStringList(result->skippedPeriods));
    return Outcome::success(json);
}

Outcome savings(Database &db, const CliArgs &args)
{
    CliError error;
    const auto range = span(args, &error);
    const auto percent = args.number(QStringLiteral("confidence"), 90.0, &error);
    if (!range || !percent)
        return Outcome::failure(error);
    if (!(*percent > 0.0 && *percent < 100.0))
        return Outcome::failure(CliError{CliError::Usage,
            QStringLiteral("--confidence takes a percentage above 0 and below 100.")});

    Result<BaselineSavings> result = BaselineService(db).savings(range->seu, range->from,
                                                                 range->to, *percent / 100.0);
    if (!result)
        return Outcome::failure(result.error());
    return Outcome::success(savingsJson(*result));
}

} // namespace

void addBaselineCommands(CommandList &commands)
{
    const QString seu = QStringLiteral("seu");
    const QString from = QStringLiteral("from");
    const QString to = QStringLiteral("to");
    commands.push_back({{QStringLiteral("regress")},
                        {QStringLiteral("csv"), QStringLiteral("y"), QStringLiteral("x")},
                        {QStringLiteral("no-intercept")},
                        QStringLiteral("regress --csv FILE --y COLUMN --x COL[,COL...] "
                                       "[--no-intercept]"),
                        regress, false});
    commands.push_back({{QStringLiteral("baseline"), QStringLiteral("fit")},
                        {seu, from, to, QStringLiteral("period"), QStringLiteral("drivers"),
                         QStringLiteral("model"), QStringLiteral("rules")},
                        {QStringLiteral("accept")},
                        QStringLiteral("baseline fit --seu S --from D --to D "
                                       "[--period day|week|month] [--drivers LIST] "
                                       "[--model auto|ols|2p|3pc|3ph|4p|5p] "
                                       "[--rules sep|rmv2|nmec] [--accept]"),
                        fitBaseline});
    commands.push_back({{QStringLiteral("baseline"), QStringLiteral("show")}, {seu}, {},
                        QStringLiteral("baseline show --seu S"), showBaseline});
    commands.push_back({{QStringLiteral("baseline"), QStringLiteral("list")}, {seu}, {},
                        QStringLiteral("baseline list --seu S"), listBaselines});
    commands.push_back({{QStringLiteral("baseline"), QStringLiteral("accept")},
                        {QStringLiteral("id")}, {},
                        QStringLiteral("baseline accept --id ID"), acceptBaseline});
    commands.push_back({{QStringLiteral("baseline"), QStringLiteral("expected")},
                        {seu, from, to}, {},
                        QStringLiteral("baseline expected --seu S --from D --to D"),
                        expectedEnergy});
    commands.push_back({{QStringLiteral("cusum")}, {seu, from, to}, {},
                        QStringLiteral("cusum --seu S --from D --to D"), cusum});
    commands.push_back({{QStringLiteral("savings")},
                        {seu, from, to, QStringLiteral("confidence")}, {},
                        QStringLiteral("savings --seu S --from D --to D [--confidence 90]"),
                        savings});
}

} // namespace Enms::Cli
