// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/baseline/changepoint.h"
#include "engine/baseline/drivers.h"
#include "engine/baseline/ols.h"
#include "engine/baseline/rulesets.h"
#include "engine/baseline/savings.h"
#include "engine/core/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Enms {

class Database;

// draft -> accepted -> superseded. Only one baseline of an SEU is accepted at a time.
enum class BaselineStatus { Draft, Accepted, Superseded };

QString baselineStatusCode(BaselineStatus status);        // "draft", "accepted", ...
std::optional<BaselineStatus> baselineStatusFromCode(const QString &code);

// The model form code of a regression baseline; change-point baselines use the codes of
// changePointFormCode() ("2p", "3pc", ...).
inline QString olsFormCode() { return QStringLiteral("ols"); }

// An energy baseline (EnB) of one SEU: the reference period, the model that gives the
// expected energy of any period from its relevant variables, the statistics and verdict
// that show it is fit for use, and who accepted it. The fitted engine structs come back
// exactly as stored, so an auditor's re-computation starts from the same numbers.
struct Baseline {
    QString id;                                // a UUID, set when stored
    QString seuId;
    BaselineStatus status = BaselineStatus::Draft;
    QDate periodFrom;                          // local dates of the site, inclusive
    QDate periodTo;
    Engine::PeriodLength periodLength = Engine::PeriodLength::Day;
    QString modelForm;                         // olsFormCode() or a change-point code
    QStringList drivers;                       // the model's drivers ("temperature" for CP)
    double heatingBaseC = 18.0;
    double coolingBaseC = 18.0;

    Engine::OlsFit fit;                        // the linear part (CP: its profile fit)
    std::optional<Engine::ChangePointFit> changePoint;
    Engine::Verdict verdict;                   // the rule set and what it said
    Engine::BaselineSummary summary;           // n, p, CV(RMSE), driver ranges

    QDateTime createdAtUtc;
    QString createdBy;
    QDateTime acceptedAtUtc;                   // null until accepted
    QString acceptedBy;
    QDateTime supersededAtUtc;                 // null until superseded

    bool isChangePoint() const { return changePoint.has_value(); }
};

// The whole model as one JSON document (the `model` column and the CLI output).
QJsonObject baselineModelToJson(const Baseline &baseline);

// Stored baselines. A new fit is stored as a draft; accepting one supersedes the SEU's
// accepted baseline in the same transaction that records both changes in the audit log,
// so there is never a moment with two accepted baselines or with a change nobody signed.
// Superseded baselines are kept unchanged for audits.
class BaselineRepository final
{
public:
    explicit BaselineRepository(Database &database) : m_database(database) {}

    // Stores a copy of `baseline` as a draft under a new id and returns that id.
    Engine::Result<QString> store(const Baseline &baseline);

    // Accepts a draft (an accepted one stays as it is); a superseded baseline cannot come
    // back. Returns the id of the baseline it superseded, empty when there was none.
    Engine::Result<QString> accept(const QString &baselineId);

    Engine::Result<Baseline> load(const QString &baselineId) const;
    // The SEU's accepted baseline, if it has one.
    Engine::Result<std::optional<Baseline>> accepted(const QString &seuId) const;
    // Every baseline of the SEU, newest first, superseded ones included.
    Engine::Result<std::vector<Baseline>> list(const QString &seuId) const;

private:
    Engine::Status supersedeAccepted(const QString &seuId, const QString &byId,
                                     const QString &nowText, QString *supersededId);
    Engine::Result<std::vector<Baseline>> select(const QString &where,
                                                 const QString &value) const;

    Database &m_database;
};

} // namespace Enms
