// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importwizard.h"

#include "ui/import/importpages.h"
#include "ui/import/importreportpages.h"

#include <QFile>

namespace Enms {

ImportWizard::ImportWizard(Database &database, const QStringList &files, QWidget *parent)
    : QWizard(parent)
    , m_database(database)
    , m_filesPage(new ImportFilesPage(files))
    , m_previewPage(new ImportPreviewPage)
    , m_mappingPage(new ImportMappingPage)
    , m_reportPage(new ImportReportPage)
    , m_commitPage(new ImportCommitPage)
{
    setWindowTitle(tr("Import meter data"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilesPageId, m_filesPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(ReportPageId, m_reportPage);
    setPage(CommitPageId, m_commitPage);
    // Files handed over (dropped, or named on the command line) skip the file page.
    setStartId(files.isEmpty() ? FilesPageId : PreviewPageId);
    resize(960, 680);

    connect(m_commitPage, &ImportCommitPage::importFinished, this, [this](bool stored) {
        if (stored)
            Q_EMIT readingsImported();
    });
}

ImportWizard::~ImportWizard() = default;

QStringList ImportWizard::files() const
{
    return m_filesPage->files();
}

std::vector<ImportRequest> ImportWizard::requests(bool dryRun) const
{
    std::vector<ImportRequest> requests;
    const ImportRequest mapping = m_mappingPage->request();
    for (const QString &path : files()) {
        ImportRequest request = mapping;
        request.fileName = path;
        request.dryRun = dryRun;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            request.bytes = file.readAll();
        requests.push_back(std::move(request));
    }
    return requests;
}

void ImportWizard::reject()
{
    if (m_commitPage->isRunning()) {
        m_commitPage->cancelImport();
        m_commitPage->waitForImport();
    }
    QWizard::reject();
}

} // namespace Enms
