// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plans/planeditor.h"

#include "models/database.h"
#include "models/performance/performanceservice.h"
#include "models/performance/opportunitytablemodel.h"
#include "models/planrepository.h"
#include "models/plans/plandocument.h"
#include "models/plans/planlistmodel.h"
#include "models/reports/planpdf.h"
#include "ui/plans/planform.h"
#include "ui/plans/planhistoryview.h"

#include <QAction>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Enms {

using namespace Engine;

PlanEditor::PlanEditor(QWidget *parent)
    : QWidget(parent)
    , m_listModel(new PlanListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_undoGroup(new QUndoGroup(this))
{
    createWidgets();
    connectSignals();
}

PlanEditor::~PlanEditor()
{
    commitPendingEdits();
}

void PlanEditor::createWidgets()
{
    m_proxy->setSourceModel(m_listModel);
    m_proxy->setSortRole(PlanListModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter plans by id, SEU, issue type or status"));
    m_filter->setClearButtonEnabled(true);

    m_planView = new QTableView;
    m_planView->setModel(m_proxy);
    m_planView->setSortingEnabled(true);
    m_planView->sortByColumn(PlanListModel::UpdatedColumn, Qt::DescendingOrder);
    m_planView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_planView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_planView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_planView->setTabKeyNavigation(false);
    m_planView->verticalHeader()->hide();
    m_planView->horizontalHeader()->setStretchLastSection(true);

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_planView);

    m_form = new PlanForm;
    m_history = new PlanHistoryView;
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_form, tr("Pla&n"));
    m_tabs->addTab(m_history, tr("Revision &history"));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(listPane);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 600});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void PlanEditor::connectSignals()
{
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_planView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlanEditor::showSelectedPlan);
    connect(m_form, &PlanForm::editRefused, this, [this](const QString &message) {
        showError(tr("Status not changed"), message);
    });
}

void PlanEditor::setDatabase(Database *database)
{
    closePlan();
    m_database = database;
    reloadList();
}

void PlanEditor::reloadList()
{
    if (!m_database) {
        m_listModel->clear();
        return;
    }
    const Status loaded = m_listModel->reload(PlanRepository(*m_database, {}));
    if (!loaded)
        Q_EMIT statusMessage(loaded.error().message);
    m_planView->resizeColumnsToContents();
}

void PlanEditor::closePlan()
{
    commitPendingEdits();
    m_form->setDocument(nullptr);
    m_history->clear();
    m_document.reset();
}

void PlanEditor::showSelectedPlan()
{
    const QModelIndex current = m_planView->currentIndex();
    const QString id = current.data(PlanListModel::PlanIdRole).toString();
    if (id.isEmpty() || (m_document && m_document->id() == id))
        return;
    openPlan(id);
}

bool PlanEditor::openPlan(const QString &planId)
{
    if (!m_database)
        return false;
    if (m_document && m_document->id() == planId)
        return true;

    closePlan();
    Result<std::unique_ptr<PlanDocument>> opened = PlanDocument::open(*m_database, planId);
    if (!opened) {
        Q_EMIT statusMessage(opened.error().message);
        return false;
    }
    m_document = std::move(opened).value();
    connect(m_document.get(), &PlanDocument::saved, this, &PlanEditor::documentSaved);
    connect(m_document.get(), &PlanDocument::saveFailed, this, [this](const QString &message) {
        showError(tr("The plan could not be saved"), message);
    });
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());

    const Result<QStringList> names = responsibleNames(*m_database);
    m_form->setResponsibleNames(names ? *names : QStringList());
    m_form->setDocument(m_document.get());
    refreshHistory();

    const int row = m_listModel->rowOf(planId);
    if (row >= 0) {
        const QSignalBlocker blocker(m_planView->selectionModel());
        m_planView->setCurrentIndex(m_proxy->mapFromSource(m_listModel->index(row, 0)));
    }
    return true;
}

void PlanEditor::documentSaved(int revision, const QString &summary)
{
    const int row = m_listModel->rowOf(m_document->id());
    if (row >= 0) {
        PlanSummary line = m_listModel->summaryAt(row);
        line.status = m_document->status();
        line.targetDate = m_document->targetDate();
        line.revision = revision;
        line.updatedAtUtc = QDateTime::currentDateTimeUtc();
        m_listModel->applySummary(line);
    }
    refreshHistory();
    //: revision number, what changed
    Q_EMIT statusMessage(tr("Saved revision %1: %2").arg(revision).arg(summary));
}

void PlanEditor::refreshHistory()
{
    if (!m_document || !m_database)
        return;
    Result<std::vector<PlanRevision>> revisions =
        PlanRepository(*m_database, {}).revisions(m_document->id());
    if (revisions)
        m_history->setRevisions(std::move(revisions).value());
}

Result<QString> PlanEditor::createPlan(const QString &seuNameOrId, const QString &issueTypeCode,
                                       const PlanWindow &window)
{
    if (!m_database)
        return makeError(ErrorCode::InvalidInput, tr("No database is open."));
    auto draft = PerformanceService(*m_database).draftPlan(seuNameOrId, issueTypeCode, window);
    if (!draft)
        return draft.error();
    Result<ActionPlan> stored =
        PlanRepository(*m_database, draft->site.currency).create(draft->result);
    if (!stored)
        return stored.error();

    reloadList();
    openPlan(stored->id);
    return stored->id;
}

void PlanEditor::createPlanInteractively(const QString &seuId, const QString &seuName)
{
    QStringList names;
    const QStringList codes = allIssueTypeCodes();
    for (const QString &code : codes)
        names.append(OpportunityTableModel::issueTypeLabel(*issueTypeFromCode(code)));
    bool chosen = false;
    const QString name = QInputDialog::getItem(
        this, tr("New action plan"), tr("What is the plan for %1 about?").arg(seuName), names,
        0, false, &chosen);
    if (!chosen)
        return;

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<QString> created = createPlan(seuId, codes.at(names.indexOf(name)));
    QGuiApplication::restoreOverrideCursor();
    if (!created) {
        showError(tr("No plan created"), created.error().message);
        return;
    }
    m_tabs->setCurrentWidget(m_form);
    Q_EMIT statusMessage(tr("Created action plan %1").arg(*created));
}

QAction *PlanEditor::createUndoAction(QObject *parent)
{
    auto *action = new QAction(parent);
    action->setShortcut(QKeySequence::Undo);
    action->setEnabled(m_undoGroup->canUndo());
    const QString text = m_undoGroup->undoText();
    action->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    // Typed text still waiting for its pause is something to undo as well.
    connect(m_form, &PlanForm::textPending, action, [action] { action->setEnabled(true); });
    connect(action, &QAction::triggered, this, [this] {
        commitPendingEdits();
        m_undoGroup->undo();
    });
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, action, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, action, [action](const QString &text) {
        action->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    return action;
}

QAction *PlanEditor::createRedoAction(QObject *parent)
{
    auto *action = new QAction(parent);
    action->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                          QKeySequence(Qt::CTRL | Qt::Key_Y)});
    action->setEnabled(m_undoGroup->canRedo());
    const QString text = m_undoGroup->redoText();
    action->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    connect(action, &QAction::triggered, this, [this] {
        commitPendingEdits();
        m_undoGroup->redo();
    });
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, action, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, action, [action](const QString &text) {
        action->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    return action;
}

void PlanEditor::commitPendingEdits()
{
    if (m_form)
        m_form->commitPendingEdits();
}

Result<int> PlanEditor::exportPdf(const QString &path)
{
    if (!m_document || !m_database)
        return makeError(ErrorCode::InvalidInput, tr("No action plan is open."));
    commitPendingEdits();
    Result<PlanReport> report = PlanPdf::load(*m_database, m_document->id());
    if (!report)
        return report.error();
    return PlanPdf::writePdf(*report, path);
}

void PlanEditor::exportPdfInteractively()
{
    if (!m_document) {
        Q_EMIT statusMessage(tr("Select an action plan first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export action plan as PDF"), m_document->id() + QStringLiteral(".pdf"),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const Result<int> pages = exportPdf(path);
    if (!pages) {
        showError(tr("PDF not written"), pages.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("Wrote %1 (%n page(s))", nullptr, *pages).arg(path));
}

void PlanEditor::printPreview()
{
    if (!m_document || !m_database) {
        Q_EMIT statusMessage(tr("Select an action plan first."));
        return;
    }
    commitPendingEdits();
    Result<PlanReport> report = PlanPdf::load(*m_database, m_document->id());
    if (!report) {
        showError(tr("Cannot print the plan"), report.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview – %1").arg(m_document->id()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&report](QPrinter *target) { PlanPdf::paint(*report, *target); });
    preview.exec();
}

void PlanEditor::showError(const QString &title, const QString &message)
{
    Q_EMIT statusMessage(message);
    if (isVisible())
        QMessageBox::warning(this, title, message);
}

} // namespace Enms
