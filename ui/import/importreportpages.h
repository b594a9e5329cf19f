// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/import/importservice.h"

#include <QWizardPage>

#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QThread;

namespace Enms {

class ImportJob;
class ImportWizard;

// The dry run of every file with the chosen mapping: what was read, the interval, the
// period, gaps, duplicates, DST days, outliers and every rejected line, in words and in
// a table. Only a run where every file is accepted can go on to the commit.
class ImportReportPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportPage)

public:
    explicit ImportReportPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QString reportText() const;
    QTableWidget *rejectedTable() const { return m_rejected; }
    const std::vector<ImportOutcome> &outcomes() const { return m_outcomes; }

private:
    void addRejectedRows(const QString &fileName, const Engine::ImportReport &report);

    QTextBrowser *m_text = nullptr;
    QTableWidget *m_rejected = nullptr;
    std::vector<ImportOutcome> m_outcomes;
    bool m_allAccepted = false;
};

// Stores the files on a worker thread with its own database connection, showing the
// progress; Cancel stops before the commit and leaves nothing stored.
class ImportCommitPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportCommitPage)

public:
    explicit ImportCommitPage(QWidget *parent = nullptr);
    ~ImportCommitPage() override;

    void initializePage() override;
    bool isComplete() const override { return m_done; }

    bool isRunning() const { return m_thread != nullptr; }
    bool wasStored() const { return m_stored; }
    QString statusText() const;
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }

    // Asks the running import to stop; it rolls back before its commit.
    void cancelImport();
    // Blocks until a running import has ended (used before the wizard closes).
    void waitForImport();

Q_SIGNALS:
    void importFinished(bool stored);

private:
    void startImport();
    void jobFinished();

    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QThread *m_thread = nullptr;
    ImportJob *m_job = nullptr;
    bool m_done = false;
    bool m_stored = false;
};

} // namespace Enms
