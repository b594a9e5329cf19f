// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importreportpages.h"

#include "models/database.h"
#include "models/import/importjob.h"
#include "ui/import/importwizard.h"

#include <QApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Enms {

using namespace Engine;

namespace {

// Lists in the words of the report stop here; the table has every rejected line.
constexpr int kListedItems = 5;

QString reasonText(RejectReason reason)
{
    switch (reason) {
    case RejectReason::MalformedRecord: return ImportReportPage::tr("malformed line");
    case RejectReason::WrongFieldCount: return ImportReportPage::tr("too few fields");
    case RejectReason::BadTimestamp: return ImportReportPage::tr("unreadable time stamp");
    case RejectReason::DateDoesNotExist: return ImportReportPage::tr("date does not exist");
    case RejectReason::LocalTimeInGap:
        return ImportReportPage::tr("local time skipped by a clock change");
    case RejectReason::OffGrid: return ImportReportPage::tr("off the interval grid");
    case RejectReason::NotANumber: return ImportReportPage::tr("not a number");
    case RejectReason::NegativeValue: return ImportReportPage::tr("negative value");
    case RejectReason::ImpossibleValue: return ImportReportPage::tr("impossible value");
    case RejectReason::ConflictingDuplicate:
        return ImportReportPage::tr("same interval twice with different values");
    }
    return {};
}

QString localText(qint64 utcSeconds, const QString &zone)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone(zone.toLatin1()))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString dateList(const std::vector<QDate> &dates)
{
    QStringList texts;
    for (size_t i = 0; i < dates.size() && i < size_t(kListedItems); ++i)
        texts.append(dates[i].toString(Qt::ISODate));
    if (dates.size() > size_t(kListedItems))
        texts.append(QStringLiteral("…"));
    return texts.join(QStringLiteral(", "));
}

QString intervalText(int seconds)
{
    if (seconds <= 0)
        return ImportReportPage::tr("not detected");
    if (seconds % 3600 == 0)
        return ImportReportPage::tr("%1 h").arg(seconds / 3600);
    if (seconds % 60 == 0)
        return ImportReportPage::tr("%1 min").arg(seconds / 60);
    return ImportReportPage::tr("%1 s").arg(seconds);
}

// "Coverage: 34 of 36 days complete; lowest 60.4 % on 2026-01-09."
QString coverageText(const std::vector<Engine::DayCoverage> &days)
{
    if (days.empty())
        return {};
    int complete = 0;
    const Engine::DayCoverage *lowest = &days.front();
    for (const Engine::DayCoverage &day : days) {
        complete += day.presentSlots >= day.expectedSlots ? 1 : 0;
        if (day.fraction() < lowest->fraction())
            lowest = &day;
    }
    const QLocale locale;
    if (complete == int(days.size()))
        return ImportReportPage::tr("Coverage: all %1 days complete.").arg(days.size());
    return ImportReportPage::tr("Coverage: %1 of %2 days complete; lowest %3 % on %4.")
        .arg(complete)
        .arg(days.size())
        .arg(locale.toString(lowest->fraction() * 100.0, 'f', 1),
             locale.toString(lowest->date, QLocale::ShortFormat));
}

// The checks of one file in sentences, as HTML paragraphs.
QString reportHtml(const QString &fileName, const ImportOutcome &outcome)
{
    const ImportReport &report = outcome.report;
    const QLocale locale;
    QStringList lines;
    lines << ImportReportPage::tr("<b>%1</b>: %2")
                 .arg(fileName.toHtmlEscaped(),
                      report.accepted() ? ImportReportPage::tr("ready to import")
                                        : ImportReportPage::tr("<b>refused</b> — %1")
                                              .arg(report.reasons.join(QStringLiteral("; "))
                                                       .toHtmlEscaped()));
    lines << ImportReportPage::tr("%1 rows read, %2 used; interval %3.")
                 .arg(locale.toString(report.rowsRead), locale.toString(report.rowsUsed),
                      intervalText(report.intervalSeconds));
    if (report.endUtc > report.firstUtc)
        lines << ImportReportPage::tr("Period: %1 to %2 (%3).")
                     .arg(localText(report.firstUtc, report.timeZoneId),
                          localText(report.endUtc, report.timeZoneId), report.timeZoneId);
    if (const QString coverage = coverageText(outcome.coverage); !coverage.isEmpty())
        lines << coverage;
    lines << ImportReportPage::tr("Gaps: %1, with %2 missing intervals.")
                 .arg(report.gaps.size())
                 .arg(locale.toString(report.missingIntervals));
    lines << ImportReportPage::tr("Duplicates: %1 identical (merged), %2 conflicting.")
                 .arg(report.identicalDuplicates)
                 .arg(report.conflictingDuplicates);
    if (!report.shortDays.empty() || !report.longDays.empty())
        lines << ImportReportPage::tr("Clock changes: 23-hour days %1; 25-hour days %2; "
                                      "%3 stamps placed in the repeated hour.")
                     .arg(report.shortDays.empty() ? ImportReportPage::tr("none")
                                                   : dateList(report.shortDays),
                          report.longDays.empty() ? ImportReportPage::tr("none")
                                                  : dateList(report.longDays))
                     .arg(report.repeatedHourStamps);
    if (!report.midnightAsSameDay.empty())
        lines << ImportReportPage::tr("Midnight written as 00:00 of the same day on: %1.")
                     .arg(dateList(report.midnightAsSameDay));
    if (!report.registerEvents.empty())
        lines << ImportReportPage::tr("Register rollovers or resets: %1.")
                     .arg(report.registerEvents.size());
    lines << ImportReportPage::tr("Outliers above median + 3 × IQR: %1.")
                 .arg(report.outliers.size());
    lines << ImportReportPage::tr("Rejected lines: %1.")
                 .arg(locale.toString(report.rejectedLineCount));
    for (const QString &note : report.notes)
        lines << note.toHtmlEscaped();
    return QStringLiteral("<p>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}

} // namespace

// --- report --------------------------------------------------------------------------

ImportReportPage::ImportReportPage(QWidget *parent)
    : QWizardPage(parent)
    , m_text(new QTextBrowser)
    , m_rejected(new QTableWidget(0, 4))
{
    setTitle(tr("Check"));
    setSubTitle(tr("A dry run with this mapping. Nothing is stored until you press "
                   "Import."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_text->setObjectName(QStringLiteral("reportText"));
    m_rejected->setObjectName(QStringLiteral("rejectedTable"));
    m_rejected->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Reason"), tr("Detail")});
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->verticalHeader()->hide();

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_text);
    splitter->addWidget(m_rejected);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void ImportReportPage::initializePage()
{
    auto *wizard = static_cast<ImportWizard *>(this->wizard());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_outcomes.clear();
    m_rejected->setRowCount(0);
    m_allAccepted = true;
    QString html;
    for (const ImportRequest &request : wizard->requests(true)) {
        const QString name = QFileInfo(request.fileName).fileName();
        Result<ImportOutcome> outcome = ImportService(wizard->database()).run(request);
        if (!outcome) {
            m_allAccepted = false;
            html += tr("<p><b>%1</b>: %2</p>")
                        .arg(name.toHtmlEscaped(), outcome.error().message.toHtmlEscaped());
            continue;
        }
        m_allAccepted = m_allAccepted && outcome->report.accepted();
        html += reportHtml(name, *outcome);
        addRejectedRows(name, outcome->report);
        m_outcomes.push_back(*outcome);
    }
    m_text->setHtml(html);
    QApplication::restoreOverrideCursor();
    Q_EMIT completeChanged();
}

void ImportReportPage::addRejectedRows(const QString &fileName, const ImportReport &report)
{
    for (const RejectedLine &line : report.rejected) {
        const int row = m_rejected->rowCount();
        m_rejected->insertRow(row);
        auto *number = new QTableWidgetItem;
        number->setData(Qt::DisplayRole, qlonglong(line.line));
        m_rejected->setItem(row, 0, new QTableWidgetItem(fileName));
        m_rejected->setItem(row, 1, number);
        m_rejected->setItem(row, 2, new QTableWidgetItem(reasonText(line.reason)));
        m_rejected->setItem(row, 3, new QTableWidgetItem(line.detail));
    }
}

bool ImportReportPage::isComplete() const
{
    return m_allAccepted && !m_outcomes.empty();
}

QString ImportReportPage::reportText() const
{
    return m_text->toPlainText();
}

// --- commit --------------------------------------------------------------------------

ImportCommitPage::ImportCommitPage(QWidget *parent)
    : QWizardPage(parent)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("&Cancel import")))
{
    setTitle(tr("Import"));
    setSubTitle(tr("The files are stored in one transaction: all of them, or, if you "
                   "cancel, none."));
    m_status->setObjectName(QStringLiteral("commitStatus"));
    m_status->setWordWrap(true);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    connect(m_cancel, &QPushButton::clicked, this, &ImportCommitPage::cancelImport);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch();
}

ImportCommitPage::~ImportCommitPage()
{
    cancelImport();
    waitForImport();
}

void ImportCommitPage::initializePage()
{
    startImport();
}

void ImportCommitPage::startImport()
{
    auto *wizard = static_cast<ImportWizard *>(this->wizard());
    m_done = false;
    m_stored = false;
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Storing the readings…"));

    m_thread = new QThread(this);
    m_job = new ImportJob(wizard->database().location(), wizard->requests(false));
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &ImportJob::run);
    connect(m_job, &ImportJob::progressed, m_progress, &QProgressBar::setValue);
    connect(m_job, &ImportJob::finished, this, &ImportCommitPage::jobFinished);
    m_thread->start();
    Q_EMIT completeChanged();
}

void ImportCommitPage::cancelImport()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ImportCommitPage::waitForImport()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    jobFinished();
}

// Runs on this page's thread once the job has ended (queued from the worker).
void ImportCommitPage::jobFinished()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    const ImportJobResult result = m_job->result();
    delete m_job;
    m_job = nullptr;
    delete m_thread;
    m_thread = nullptr;

    m_stored = result.stored;
    m_done = true;
    m_cancel->setEnabled(false);
    if (result.stored) {
        qint64 readings = 0;
        for (const ImportOutcome &outcome : result.outcomes)
            readings += outcome.written.readingsWritten;
        m_progress->setValue(m_progress->maximum());
        const QString count = QLocale().toString(readings);
        m_status->setText(result.outcomes.size() == 1
                              ? tr("Stored %1 readings.").arg(count)
                              : tr("Stored %1 readings from %2 files.")
                                    .arg(count)
                                    .arg(result.outcomes.size()));
    } else if (result.cancelled) {
        m_status->setText(tr("Cancelled. Nothing was stored."));
    } else {
        m_status->setText(tr("Nothing was stored: %1").arg(result.message));
    }
    Q_EMIT completeChanged();
    Q_EMIT importFinished(result.stored);
}

QString ImportCommitPage::statusText() const
{
    return m_status->text();
}

} // namespace Enms
