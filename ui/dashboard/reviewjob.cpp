// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/reviewjob.h"

#include "models/database.h"

namespace Enms {

using namespace Engine;

ReviewJob::ReviewJob(ReviewRequest request, ReviewFunction function, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_function(function ? std::move(function) : ReviewFunction(&reviewWithService))
{
}

void ReviewJob::run()
{
    m_result = openAndReview();
    Q_EMIT finished();
}

Result<SiteReview> ReviewJob::reviewWithService(Database &database,
                                                const ReviewRequest &request,
                                                const ReviewProgress &progress)
{
    return SiteReviewService(database).review(request.siteId, request.period,
                                              request.endDate, progress);
}

// The connection is opened and closed here, on the worker thread.
Result<SiteReview> ReviewJob::openAndReview()
{
    if (isCancelled())
        return makeError(ErrorCode::Cancelled, QStringLiteral("The review was cancelled."));

    Result<std::unique_ptr<Database>> database = Database::open(m_request.location);
    if (!database)
        return database.error();

    ReviewProgress progress;
    progress.progress = [this](int done, int total) { Q_EMIT progressed(done, total); };
    progress.isCancelled = [this] { return isCancelled(); };
    Result<SiteReview> review = m_function(**database, m_request, progress);
    if (review && isCancelled())
        return makeError(ErrorCode::Cancelled, QStringLiteral("The review was cancelled."));
    return review;
}

} // namespace Enms
