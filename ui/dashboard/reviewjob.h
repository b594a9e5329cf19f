// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/performance/sitereview.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace Enms {

// What to review: a site (name or id), a period and the end date (null = site's today).
struct ReviewRequest {
    QString location;             // where the database is; the job opens its own connection
    QString siteId;
    Engine::AnalysisPeriod period = Engine::AnalysisPeriod::Month;
    QDate endDate;
};

// How the job makes the review once its connection is open. The default asks
// SiteReviewService; tests may pass a slower or failing one.
using ReviewFunction = std::function<Engine::Result<SiteReview>(
    Database &database, const ReviewRequest &request, const ReviewProgress &progress)>;

// Builds one site review on a worker thread for the dashboard. The job opens its own
// Database on the request's location in run(), on the thread it was moved to, because a
// Qt Sql connection belongs to the thread that opened it.
//
// Lifetime: move the job to a QThread and connect QThread::started to run(); finished()
// is emitted once, from the worker thread, and the result may be read after it.
// cancel() may be called from any thread; the review stops at its next check.
class ReviewJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewJob)

public:
    explicit ReviewJob(ReviewRequest request, ReviewFunction function = {},
                       QObject *parent = nullptr);

    void run();
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    const ReviewRequest &request() const { return m_request; }
    // Valid once finished() was emitted: the review, or the error it ended with.
    const std::optional<Engine::Result<SiteReview>> &result() const { return m_result; }

    static Engine::Result<SiteReview> reviewWithService(Database &database,
                                                        const ReviewRequest &request,
                                                        const ReviewProgress &progress);

Q_SIGNALS:
    void progressed(int done, int total);
    void finished();

private:
    Engine::Result<SiteReview> openAndReview();

    ReviewRequest m_request;
    ReviewFunction m_function;
    std::atomic<bool> m_cancelled{false};
    std::optional<Engine::Result<SiteReview>> m_result;
};

} // namespace Enms
