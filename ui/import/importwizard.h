// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/import/importservice.h"

#include <QStringList>
#include <QWizard>

#include <vector>

namespace Enms {

class Database;
class ImportFilesPage;
class ImportPreviewPage;
class ImportMappingPage;
class ImportReportPage;
class ImportCommitPage;

// The meter-data import wizard: pick files → preview of the first rows as read →
// mapping to an SEU or site (detected formats preselected, presets) → the dry-run report →
// commit on a worker thread with progress and cancel. All files of one run share the
// mapping and are stored in one transaction, so a cancel or an error stores nothing.
//
// The wizard works on the main window's database for reading (registry, presets, dry
// runs); the commit opens its own connection on the worker thread.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId { FilesPageId, PreviewPageId, MappingPageId, ReportPageId, CommitPageId };

    ImportWizard(Database &database, const QStringList &files, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Database &database() const { return m_database; }

    // The SEU (or site) the mapping page offers first, e.g. the one selected in the
    // main window. Set it before the mapping page is shown.
    void setPreferredTarget(const QString &id) { m_preferredTarget = id; }
    QString preferredTarget() const { return m_preferredTarget; }
    QStringList files() const;

    // One request per file with the mapping page's choices and the file's bytes.
    std::vector<ImportRequest> requests(bool dryRun) const;

    ImportFilesPage *filesPage() const { return m_filesPage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportReportPage *reportPage() const { return m_reportPage; }
    ImportCommitPage *commitPage() const { return m_commitPage; }

Q_SIGNALS:
    // Readings were stored; views showing readings should reload.
    void readingsImported();

public Q_SLOTS:
    // While the commit runs, closing the wizard cancels the import first.
    void reject() override;

private:
    Database &m_database;
    QString m_preferredTarget;
    ImportFilesPage *m_filesPage = nullptr;
    ImportPreviewPage *m_previewPage = nullptr;
    ImportMappingPage *m_mappingPage = nullptr;
    ImportReportPage *m_reportPage = nullptr;
    ImportCommitPage *m_commitPage = nullptr;
};

} // namespace Enms
