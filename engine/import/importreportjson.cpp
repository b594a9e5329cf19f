// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/import/importreportjson.h"

#include "engine/import/timestampparse.h"

#include <QDateTime>
#include <QJsonArray>

namespace Enms::Engine {

namespace {

QString isoUtc(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC).toString(Qt::ISODate);
}

QJsonArray datesToJson(const std::vector<QDate> &dates)
{
    QJsonArray array;
    for (const QDate &date : dates)
        array.append(date.toString(Qt::ISODate));
    return array;
}

QJsonArray gapsToJson(const std::vector<GapSpan> &gaps)
{
    QJsonArray array;
    for (const GapSpan &gap : gaps)
        array.append(QJsonObject{{QStringLiteral("from"), isoUtc(gap.fromUtc)},
                                 {QStringLiteral("to"), isoUtc(gap.toUtc)}});
    return array;
}

QJsonArray duplicatesToJson(const std::vector<DuplicateGroup> &groups)
{
    QJsonArray array;
    for (const DuplicateGroup &group : groups) {
        QJsonArray lines;
        for (const qint64 line : group.lines)
            lines.append(line);
        array.append(QJsonObject{{QStringLiteral("start"), isoUtc(group.startUtc)},
                                 {QStringLiteral("lines"), lines},
                                 {QStringLiteral("conflicting"), group.conflicting}});
    }
    return array;
}

QJsonArray registerEventsToJson(const std::vector<RegisterEvent> &events)
{
    QJsonArray array;
    for (const RegisterEvent &event : events) {
        const bool rollover = event.kind == RegisterEvent::Kind::Rollover;
        array.append(QJsonObject{
            {QStringLiteral("kind"), rollover ? QStringLiteral("rollover")
                                              : QStringLiteral("reset")},
            {QStringLiteral("target"), event.targetId},
            {QStringLiteral("line"), event.line},
            {QStringLiteral("before"), event.before},
            {QStringLiteral("after"), event.after},
            {QStringLiteral("wraps_at"), event.wrapsAt}});
    }
    return array;
}

QJsonArray outliersToJson(const std::vector<Outlier> &outliers)
{
    QJsonArray array;
    for (const Outlier &outlier : outliers)
        array.append(QJsonObject{{QStringLiteral("target"), outlier.targetId},
                                 {QStringLiteral("line"), outlier.line},
                                 {QStringLiteral("start"), isoUtc(outlier.startUtc)},
                                 {QStringLiteral("value"), outlier.value},
                                 {QStringLiteral("limit"), outlier.limit}});
    return array;
}

QJsonArray rejectedToJson(const std::vector<RejectedLine> &lines)
{
    QJsonArray array;
    for (const RejectedLine &line : lines)
        array.append(QJsonObject{{QStringLiteral("line"), line.line},
                                 {QStringLiteral("reason"), rejectReasonCode(line.reason)},
                                 {QStringLiteral("detail"), line.detail}});
    return array;
}

QJsonObject formatToJson(const ImportReport &report)
{
    return QJsonObject{{QStringLiteral("format"), report.format},
                       {QStringLiteral("encoding"), report.encoding},
                       {QStringLiteral("separator"), report.separator},
                       {QStringLiteral("decimal_mark"), report.decimalMark},
                       {QStringLiteral("header"), report.hasHeader},
                       {QStringLiteral("timestamp_format"), report.timestampFormat},
                       {QStringLiteral("date_order"), dateOrderCode(report.dateOrder)},
                       {QStringLiteral("time_zone"), report.timeZoneId}};
}

} // namespace

QJsonObject importReportToJson(const ImportReport &report)
{
    QJsonObject json{
        {QStringLiteral("status"), report.accepted() ? QStringLiteral("accepted")
                                                     : QStringLiteral("rejected")},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(report.reasons)},
        {QStringLiteral("source"), formatToJson(report)},
        {QStringLiteral("rows_read"), report.rowsRead},
        {QStringLiteral("rows_used"), report.rowsUsed},
        {QStringLiteral("interval_seconds"), report.intervalSeconds},
        {QStringLiteral("missing_intervals"), report.missingIntervals},
        {QStringLiteral("gaps"), gapsToJson(report.gaps)},
        {QStringLiteral("identical_duplicates"), report.identicalDuplicates},
        {QStringLiteral("conflicting_duplicates"), report.conflictingDuplicates},
        {QStringLiteral("duplicates"), duplicatesToJson(report.duplicates)},
        {QStringLiteral("days_23h"), datesToJson(report.shortDays)},
        {QStringLiteral("days_25h"), datesToJson(report.longDays)},
        {QStringLiteral("repeated_hour_stamps"), report.repeatedHourStamps},
        {QStringLiteral("midnight_written_on_day_ended"),
         datesToJson(report.midnightAsSameDay)},
        {QStringLiteral("register_events"), registerEventsToJson(report.registerEvents)},
        {QStringLiteral("outliers"), outliersToJson(report.outliers)},
        {QStringLiteral("rejected_line_count"), report.rejectedLineCount},
        {QStringLiteral("rejected_lines"), rejectedToJson(report.rejected)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(
                                      QStringList(report.notes.begin(), report.notes.end()))}};
    if (report.endUtc > report.firstUtc) {
        json.insert(QStringLiteral("period"),
                    QJsonObject{{QStringLiteral("from"), isoUtc(report.firstUtc)},
                                {QStringLiteral("to"), isoUtc(report.endUtc)}});
    }
    return json;
}

} // namespace Enms::Engine
