// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/import/importservice.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <vector>

namespace Enms {

// What an import job ended with. Read it after ImportJob::finished.
struct ImportJobResult {
    bool stored = false;
    bool cancelled = false;
    QString message;                      // the error, plain English, when not stored
    std::vector<ImportOutcome> outcomes;  // one per file, in order, when stored
};

// Stores one or more checked files on a worker thread. The job opens its own
// Database on the given location in run(), on the thread it was moved to (a Qt Sql
// connection belongs to one thread), and stores all files in one transaction: either
// every file is stored, or — on an error or a cancel — none is.
//
// Lifetime: move the job to a QThread, connect QThread::started to run(); finished()
// is emitted once, from the worker thread. cancel() may be called from any thread.
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    ImportJob(QString location, std::vector<ImportRequest> requests, QObject *parent = nullptr);

    void run();
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    // Valid once finished() was emitted.
    const ImportJobResult &result() const { return m_result; }

Q_SIGNALS:
    // Overall progress in permille over all files.
    void progressed(int permille);
    void finished();

private:
    Engine::Status openAndStore();
    Engine::Status storeAll(Database &database);

    QString m_location;
    std::vector<ImportRequest> m_requests;
    std::atomic<bool> m_cancelled{false};
    ImportJobResult m_result;
};

} // namespace Enms
