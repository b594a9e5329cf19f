// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/baseline/baselinefitjob.h"

#include "models/database.h"

namespace Enms {

using namespace Engine;

namespace {

Error cancelledError()
{
    return makeError(ErrorCode::Cancelled, QStringLiteral("The fit was cancelled."));
}

} // namespace

BaselineFitJob::BaselineFitJob(Request request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
}

// The connection is opened and closed here, on the worker thread.
void BaselineFitJob::run()
{
    if (isCancelled()) {
        fail(cancelledError());
        return;
    }
    Result<std::unique_ptr<Database>> database = Database::open(m_request.location);
    if (!database) {
        fail(database.error());
        return;
    }

    const BaselineRequest &fit = m_request.fit;
    if (m_request.work == Work::Drivers)
        m_drivers.emplace(BaselineService(**database).driverChoice(fit.seu, fit.from, fit.to,
                                                                   fit.period));
    else
        m_report.emplace(this->fit(**database));
    Q_EMIT finished();
}

void BaselineFitJob::fail(const Error &error)
{
    if (m_request.work == Work::Drivers)
        m_drivers.emplace(error);
    else
        m_report.emplace(error);
    Q_EMIT finished();
}

Result<BaselineFitReport> BaselineFitJob::fit(Database &database)
{
    FitHooks hooks;
    hooks.isCancelled = [this] { return isCancelled(); };
    hooks.stageStarted = [this](FitStage stage) { Q_EMIT stageStarted(stage); };
    Result<BaselineFitReport> report = BaselineService(database).fit(m_request.fit, hooks);
    if (report && isCancelled())
        return cancelledError();
    return report;
}

} // namespace Enms
