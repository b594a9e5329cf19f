// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

namespace Enms {

// The worker threads of a view: each job (a QObject with a run() slot and cancel()) gets
// a thread of its own and is owned here until finish() hands it back. A view may start
// a new job before an older one ends (the older one is cancelled and its result
// dropped), so several can run at once. Destroying the set cancels every job and waits
// for its thread, so no thread outlives the view that started it.
template <typename Job>
class JobThreads final
{
    Q_DISABLE_COPY_MOVE(JobThreads)

public:
    JobThreads() = default;
    ~JobThreads()
    {
        for (const Worker &worker : m_workers)
            worker.job->cancel();
        for (const Worker &worker : m_workers) {
            worker.thread->quit();
            worker.thread->wait();
            delete worker.job;
            delete worker.thread;
        }
    }

    // Takes `job`, whose signals the caller has connected already (a job that ended
    // before its connections existed would go unheard), and runs it on a new thread.
    void start(Job *job)
    {
        auto *thread = new QThread;
        job->moveToThread(thread);
        QObject::connect(thread, &QThread::started, job, &Job::run);
        m_workers.push_back({thread, job});
        thread->start();
    }

    // Joins the thread of a job whose run() has returned and hands the job back; null
    // for a job that is not (or no longer) here.
    std::unique_ptr<Job> finish(Job *job)
    {
        const auto it = std::find_if(m_workers.begin(), m_workers.end(),
                                     [job](const Worker &worker) { return worker.job == job; });
        if (it == m_workers.end())
            return nullptr;
        const Worker worker = *it;
        m_workers.erase(it);
        worker.thread->quit();
        worker.thread->wait();
        delete worker.thread;
        return std::unique_ptr<Job>(worker.job);
    }

private:
    struct Worker {
        QThread *thread = nullptr;
        Job *job = nullptr;
    };
    std::vector<Worker> m_workers;
};

} // namespace Enms
