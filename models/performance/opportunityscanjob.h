// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/performance/performanceservice.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

namespace Enms {

// What a scan ended with. Read it after OpportunityScanJob::finished.
struct OpportunityScanResult {
    bool cancelled = false;
    QString message;        // the error, plain English, when there is no report
    std::optional<PerformanceService::ForSite<Engine::OpportunityReport>> scan;
};

// Runs the opportunity scan of one site on a worker thread. The job opens its own
// Database on the given location in run(), on the thread it was moved to (a Qt Sql
// connection belongs to one thread), so the window stays responsive while a quarter
// of readings is loaded.
//
// Lifetime: move the job to a QThread, connect QThread::started to run(); finished()
// is emitted once, from the worker thread. cancel() may be called from any thread; the
// scan stops before the next SEU is loaded.
class OpportunityScanJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpportunityScanJob)

public:
    struct Request {
        QString location;       // Database::location() of the caller's database
        QString siteId;
        Engine::AnalysisPeriod period = Engine::AnalysisPeriod::Month;
        QDate endDate;          // null: the site's today
    };

    explicit OpportunityScanJob(Request request, QObject *parent = nullptr);

    void run();
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    const Request &request() const { return m_request; }
    // Valid once finished() was emitted.
    const OpportunityScanResult &result() const { return m_result; }

Q_SIGNALS:
    // Progress in permille over the SEUs of the site.
    void progressed(int permille);
    void finished();

private:
    Request m_request;
    std::atomic<bool> m_cancelled{false};
    OpportunityScanResult m_result;
};

} // namespace Enms
