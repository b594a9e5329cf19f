// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/performance/opportunityscanjob.h"

#include "models/database.h"

namespace Enms {

using namespace Engine;

OpportunityScanJob::OpportunityScanJob(Request request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
}

// The connection is opened and closed here, on the worker thread.
void OpportunityScanJob::run()
{
    Result<std::unique_ptr<Database>> database = Database::open(m_request.location);
    if (!database) {
        m_result.message = database.error().message;
        Q_EMIT finished();
        return;
    }

    PerformanceService::ScanHooks hooks;
    hooks.isCancelled = [this] { return isCancelled(); };
    hooks.progress = [this](int done, int total) {
        Q_EMIT progressed(total > 0 ? int(1000LL * done / total) : 1000);
    };
    auto scan = PerformanceService(**database).opportunities(m_request.siteId, m_request.period,
                                                              m_request.endDate, hooks);
    if (scan) {
        m_result.scan = std::move(scan).value();
    } else {
        m_result.cancelled = scan.error().code == ErrorCode::Cancelled;
        m_result.message = scan.error().message;
    }
    Q_EMIT finished();
}

} // namespace Enms
