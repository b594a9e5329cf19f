// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "models/performance/performanceservice.h"

#include <QWidget>

#include <memory>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QUndoGroup;

namespace Enms {

class Database;
class PlanDocument;
class PlanForm;
class PlanHistoryView;
class PlanListModel;

// The action-plans view of the main window: the list of stored plans (filterable,
// sortable, keyboard navigable) beside the form of the selected plan and its revision
// history. It owns the open plan; the undo actions it makes follow that plan's stack.
class PlanEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanEditor)

public:
    explicit PlanEditor(QWidget *parent = nullptr);
    ~PlanEditor() override;

    // The database to list and edit plans in (not owned; null closes everything). The
    // open plan's pending text is saved first.
    void setDatabase(Database *database);

    // Opens a stored plan and selects it in the list; false when it cannot be read.
    bool openPlan(const QString &planId);
    // Drafts a plan for an SEU from the template of an issue type, stores it as
    // revision 1 and opens it. Returns its id.
    Engine::Result<QString> createPlan(const QString &seuNameOrId, const QString &issueTypeCode,
                                       const PlanWindow &window = {});
    // Asks for the issue type, then createPlan(); errors are shown to the user.
    void createPlanInteractively(const QString &seuId, const QString &seuName);

    PlanDocument *currentDocument() const { return m_document.get(); }
    PlanForm *form() const { return m_form; }
    PlanHistoryView *history() const { return m_history; }
    QTableView *planList() const { return m_planView; }
    PlanListModel *listModel() const { return m_listModel; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }

    // Undo and redo for the Edit menu (Ctrl+Z, Ctrl+Shift+Z). Unlike the plain
    // QUndoGroup actions they first hand over text still waiting for its typing pause,
    // so undo never skips what was just typed.
    QAction *createUndoAction(QObject *parent);
    QAction *createRedoAction(QObject *parent);

    void commitPendingEdits();

    Engine::Result<int> exportPdf(const QString &path);
    void exportPdfInteractively();
    void printPreview();

Q_SIGNALS:
    // Something for the status bar: a saved revision, a refused move, an error.
    void statusMessage(const QString &message);

private:
    void createWidgets();
    void connectSignals();
    void reloadList();
    void showSelectedPlan();
    void closePlan();
    void documentSaved(int revision, const QString &summary);
    void refreshHistory();
    void showError(const QString &title, const QString &message);

    Database *m_database = nullptr;
    std::unique_ptr<PlanDocument> m_document;
    PlanListModel *m_listModel = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_planView = nullptr;
    QTabWidget *m_tabs = nullptr;
    PlanForm *m_form = nullptr;
    PlanHistoryView *m_history = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
};

} // namespace Enms
