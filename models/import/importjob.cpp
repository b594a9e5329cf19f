// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/importjob.h"

#include "models/database.h"

namespace Enms {

using namespace Engine;

ImportJob::ImportJob(QString location, std::vector<ImportRequest> requests, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_requests(std::move(requests))
{
}

void ImportJob::run()
{
    const Status stored = openAndStore();
    m_result.stored = bool(stored);
    if (!stored) {
        m_result.cancelled = stored.error().code == ErrorCode::Cancelled;
        m_result.message = stored.error().message;
        m_result.outcomes.clear();
    }
    Q_EMIT finished();
}

// The connection is opened and closed here, on the worker thread.
Status ImportJob::openAndStore()
{
    Result<std::unique_ptr<Database>> database = Database::open(m_location);
    if (!database)
        return database.error();
    return storeAll(**database);
}

Status ImportJob::storeAll(Database &database)
{
    const int files = int(m_requests.size());
    return database.transaction([&]() -> Status {
        for (int index = 0; index < files; ++index) {
            ImportRequest request = m_requests[size_t(index)];
            request.dryRun = false;
            request.isCancelled = [this] { return isCancelled(); };
            request.progress = [this, index, files](qint64 done, qint64 total) {
                const double share = total > 0 ? double(done) / double(total) : 1.0;
                Q_EMIT progressed(int(1000.0 * (index + share) / files));
            };
            Result<ImportOutcome> outcome = ImportService(database).run(request);
            if (!outcome)
                return outcome.error();
            if (!outcome->stored)
                return makeError(ErrorCode::ParseError,
                                 QStringLiteral("%1 was rejected: %2")
                                     .arg(request.fileName,
                                          outcome->report.reasons.join(QStringLiteral("; "))));
            m_result.outcomes.push_back(*outcome);
        }
        if (isCancelled())
            return makeError(ErrorCode::Cancelled,
                             QStringLiteral("The import was cancelled; nothing was stored."));
        return Done{};
    });
}

} // namespace Enms
