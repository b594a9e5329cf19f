// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/baseline/baselineservice.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

namespace Enms {

// Fits a baseline, or looks up which relevant variables a fit could use, on a worker
// thread for the fit dialog. The job opens its own Database on the given location in
// run(), on the thread it was moved to (a Qt Sql connection belongs to one thread), so
// the window stays responsive while a year of readings is read and hundreds of models
// are tried. Nothing is stored: the dialog stores the result the user chooses.
//
// Lifetime: move the job to a QThread and connect QThread::started to run();
// finished() is emitted once, from the worker thread, and the result may be read after
// it. cancel() may be called from any thread; the fit stops before its next step.
class BaselineFitJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BaselineFitJob)

public:
    enum class Work { Drivers, Fit };
    Q_ENUM(Work)

    struct Request {
        QString location;            // Database::location() of the caller's database
        BaselineRequest fit;         // for Work::Drivers only seu, from, to and period
        Work work = Work::Fit;
    };

    explicit BaselineFitJob(Request request, QObject *parent = nullptr);

    void run();
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    const Request &request() const { return m_request; }
    // Valid once finished() was emitted, the one that matches the request's work.
    const std::optional<Engine::Result<BaselineFitReport>> &report() const { return m_report; }
    const std::optional<Engine::Result<DriverChoice>> &drivers() const { return m_drivers; }

Q_SIGNALS:
    void stageStarted(Enms::FitStage stage);
    void finished();

private:
    Engine::Result<BaselineFitReport> fit(Database &database);
    void fail(const Engine::Error &error);

    Request m_request;
    std::atomic<bool> m_cancelled{false};
    std::optional<Engine::Result<BaselineFitReport>> m_report;
    std::optional<Engine::Result<DriverChoice>> m_drivers;
};

} // namespace Enms
