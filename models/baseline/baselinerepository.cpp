// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/baseline/baselinerepository.h"

#include "models/auditlog.h"
#include "models/baseline/baselinejson.h"
#include "models/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace Enms {

using namespace Engine;

namespace {

const QString kColumns = QStringLiteral(
    "id, seu_id, status, period_from, period_to, period_length, model_form, drivers, "
    "rule_set, valid, model, created_at, created_by, accepted_at, accepted_by, "
    "superseded_at");

QString nowUtcText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime utcFromText(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

Error unknownBaseline(const QString &id)
{
    return makeError(ErrorCode::UnknownEntity,
                     QStringLiteral("No baseline has the id \"%1\".").arg(id));
}

Error corrupt(const QString &id, const QString &why)
{
    return makeError(ErrorCode::Internal,
                     QStringLiteral("The stored baseline %1 cannot be read: %2").arg(id, why));
}

// The fitted parts of the model document, back into engine structs.
Status readModel(Baseline &baseline, const QJsonObject &model)
{
    if (baseline.modelForm == olsFormCode()) {
        Result<OlsFit> fit = olsFitFromJson(model.value(QStringLiteral("model")).toObject());
        if (!fit)
            return corrupt(baseline.id, fit.error().message);
        baseline.fit = std::move(fit).value();
    } else {
        Result<ChangePointFit> cp =
            changePointFitFromJson(model.value(QStringLiteral("change_point")).toObject());
        if (!cp)
            return corrupt(baseline.id, cp.error().message);
        baseline.fit = cp->fit;
        baseline.changePoint = std::move(cp).value();
    }

    Result<Verdict> verdict = verdictFromJson(model.value(QStringLiteral("verdict")).toObject());
    Result<BaselineSummary> summary =
        baselineSummaryFromJson(model.value(QStringLiteral("summary")).toObject());
    if (!verdict || !summary)
        return corrupt(baseline.id, !verdict ? verdict.error().message
                                             : summary.error().message);
    baseline.verdict = std::move(verdict).value();
    baseline.summary = std::move(summary).value();
    baseline.heatingBaseC = model.value(QStringLiteral("heating_base_c")).toDouble(18.0);
    baseline.coolingBaseC = model.value(QStringLiteral("cooling_base_c")).toDouble(18.0);
    return Done{};
}

Result<Baseline> readRow(const QSqlQuery &query)
{
    Baseline b;
    b.id = query.value(0).toString();
    b.seuId = query.value(1).toString();
    const auto status = baselineStatusFromCode(query.value(2).toString());
    const auto period = periodLengthFromCode(query.value(5).toString());
    if (!status || !period)
        return corrupt(b.id, QStringLiteral("unknown status or period length"));
    b.status = *status;
    b.periodFrom = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    b.periodTo = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    b.periodLength = *period;
    b.modelForm = query.value(6).toString();
    const QJsonArray drivers =
        QJsonDocument::fromJson(query.value(7).toString().toUtf8()).array();
    for (const QJsonValue &driver : drivers)
        b.drivers << driver.toString();
    b.createdAtUtc = utcFromText(query.value(11));
    b.createdBy = query.value(12).toString();
    b.acceptedAtUtc = utcFromText(query.value(13));
    b.acceptedBy = query.value(14).toString();
    b.supersededAtUtc = utcFromText(query.value(15));

    const QJsonObject model = QJsonDocument::fromJson(query.value(10).toString().toUtf8()).object();
    if (Status read = readModel(b, model); !read)
        return read.error();
    return b;
}

} // namespace

QString baselineStatusCode(BaselineStatus status)
{
    switch (status) {
    case BaselineStatus::Draft:
        return QStringLiteral("draft");
    case BaselineStatus::Accepted:
        return QStringLiteral("accepted");
    case BaselineStatus::Superseded:
        return QStringLiteral("superseded");
    }
    return {};
}

std::optional<BaselineStatus> baselineStatusFromCode(const QString &code)
{
    for (BaselineStatus status : {BaselineStatus::Draft, BaselineStatus::Accepted,
                                  BaselineStatus::Superseded}) {
        if (baselineStatusCode(status) == code)
            return status;
    }
    return std::nullopt;
}

QJsonObject baselineModelToJson(const Baseline &baseline)
{
    QJsonObject json{{QStringLiteral("form"), baseline.modelForm},
                     {QStringLiteral("period_length"),
                      periodLengthCode(baseline.periodLength)},
                     {QStringLiteral("drivers"), QJsonArray::fromStringList(baseline.drivers)},
                     {QStringLiteral("heating_base_c"), baseline.heatingBaseC},
                     {QStringLiteral("cooling_base_c"), baseline.coolingBaseC},
                     {QStringLiteral("verdict"), verdictToJson(baseline.verdict)},
                     {QStringLiteral("summary"), baselineSummaryToJson(baseline.summary)}};
    if (baseline.changePoint)
        json.insert(QStringLiteral("change_point"), changePointFitToJson(*baseline.changePoint));
    else
        json.insert(QStringLiteral("model"), olsFitToJson(baseline.fit));
    return json;
}

Result<QString> BaselineRepository::store(const Baseline &baseline)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Status stored = m_database.transaction([&]() -> Status {
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral("INSERT INTO baselines (%1) VALUES "
                                      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                           .arg(kColumns));
        insert.addBindValue(id);
        insert.addBindValue(baseline.seuId);
        insert.addBindValue(baselineStatusCode(BaselineStatus::Draft));
        insert.addBindValue(baseline.periodFrom.toString(Qt::ISODate));
        insert.addBindValue(baseline.periodTo.toString(Qt::ISODate));
        insert.addBindValue(periodLengthCode(baseline.periodLength));
        insert.addBindValue(baseline.modelForm);
        insert.addBindValue(compact(baseline.drivers));
        insert.addBindValue(ruleSetCode(baseline.verdict.ruleSet));
        insert.addBindValue(baseline.verdict.valid ? 1 : 0);
        insert.addBindValue(compact(baselineModelToJson(baseline)));
        insert.addBindValue(nowUtcText());
        insert.addBindValue(currentActor());
        for (int i = 0; i < 3; ++i)
            insert.addBindValue(QVariant(QMetaType::fromType<QString>()));
        if (Status s = m_database.exec(insert, QStringLiteral("store a baseline")); !s)
            return s;

        return AuditLog(m_database).append(
            QStringLiteral("baseline.create"), QStringLiteral("baseline"), id,
            {{QStringLiteral("seu_id"), baseline.seuId},
             {QStringLiteral("model_form"), baseline.modelForm},
             {QStringLiteral("rule_set"), ruleSetCode(baseline.verdict.ruleSet)},
             {QStringLiteral("valid"), baseline.verdict.valid}});
    });
    if (!stored)
        return stored.error();
    return id;
}

Status BaselineRepository::supersedeAccepted(const QString &seuId, const QString &byId,
                                             const QString &nowText, QString *supersededId)
{
    QSqlQuery find(m_database.connection());
    find.prepare(QStringLiteral("SELECT id FROM baselines WHERE seu_id = ? AND status = ?"));
    find.addBindValue(seuId);
    find.addBindValue(baselineStatusCode(BaselineStatus::Accepted));
    if (Status s = m_database.exec(find, QStringLiteral("find the accepted baseline")); !s)
        return s;
    QStringList previous;
    while (find.next())
        previous << find.value(0).toString();
    find.finish();

    for (const QString &oldId : std::as_const(previous)) {
        QSqlQuery update(m_database.connection());
        update.prepare(QStringLiteral("UPDATE baselines SET status = ?, superseded_at = ? "
                                      "WHERE id = ?"));
        update.addBindValue(baselineStatusCode(BaselineStatus::Superseded));
        update.addBindValue(nowText);
        update.addBindValue(oldId);
        if (Status s = m_database.exec(update, QStringLiteral("supersede a baseline")); !s)
            return s;
        const Status logged = AuditLog(m_database).append(
            QStringLiteral("baseline.supersede"), QStringLiteral("baseline"), oldId,
            {{QStringLiteral("seu_id"), seuId}, {QStringLiteral("superseded_by"), byId}});
        if (!logged)
            return logged;
        *supersededId = oldId;
    }
    return Done{};
}

Result<QString> BaselineRepository::accept(const QString &baselineId)
{
    QString supersededId;
    const Status accepted = m_database.transaction([&]() -> Status {
        Result<Baseline> baseline = load(baselineId);
        if (!baseline)
            return baseline.error();
        if (baseline->status == BaselineStatus::Accepted)
            return Done{};
        if (baseline->status == BaselineStatus::Superseded)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("Baseline %1 was superseded; fit a new baseline "
                                            "instead of accepting it again.").arg(baselineId));

        const QString now = nowUtcText();
        if (Status s = supersedeAccepted(baseline->seuId, baselineId, now, &supersededId); !s)
            return s;
        QSqlQuery update(m_database.connection());
        update.prepare(QStringLiteral("UPDATE baselines SET status = ?, accepted_at = ?, "
                                      "accepted_by = ? WHERE id = ?"));
        update.addBindValue(baselineStatusCode(BaselineStatus::Accepted));
        update.addBindValue(now);
        update.addBindValue(currentActor());
        update.addBindValue(baselineId);
        if (Status s = m_database.exec(update, QStringLiteral("accept a baseline")); !s)
            return s;
        return AuditLog(m_database).append(
            QStringLiteral("baseline.accept"), QStringLiteral("baseline"), baselineId,
            {{QStringLiteral("seu_id"), baseline->seuId},
             {QStringLiteral("valid"), baseline->verdict.valid},
             {QStringLiteral("supersedes"), supersededId.isEmpty() ? QJsonValue()
                                                                    : QJsonValue(supersededId)}});
    });
    if (!accepted)
        return accepted.error();
    return supersededId;
}

Result<std::vector<Baseline>> BaselineRepository::select(const QString &where,
                                                         const QString &value) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM baselines WHERE %2 "
                                 "ORDER BY created_at DESC, id").arg(kColumns, where));
    query.addBindValue(value);
    if (Status s = m_database.exec(query, QStringLiteral("read baselines")); !s)
        return s.error();

    std::vector<Baseline> result;
    while (query.next()) {
        Result<Baseline> baseline = readRow(query);
        if (!baseline)
            return baseline.error();
        result.push_back(std::move(baseline).value());
    }
    return result;
}

Result<Baseline> BaselineRepository::load(const QString &baselineId) const
{
    Result<std::vector<Baseline>> found = select(QStringLiteral("id = ?"), baselineId);
    if (!found)
        return found.error();
    if (found->empty())
        return unknownBaseline(baselineId);
    return found->front();
}

Result<std::optional<Baseline>> BaselineRepository::accepted(const QString &seuId) const
{
    Result<std::vector<Baseline>> all = list(seuId);
    if (!all)
        return all.error();
    for (const Baseline &baseline : *all) {
        if (baseline.status == BaselineStatus::Accepted)
            return std::optional<Baseline>(baseline);
    }
    return std::optional<Baseline>();
}

Result<std::vector<Baseline>> BaselineRepository::list(const QString &seuId) const
{
    return select(QStringLiteral("seu_id = ?"), seuId);
}

} // namespace Enms
