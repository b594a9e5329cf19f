// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "engine/performance/actionplan.h"
#include "models/planrepository.h"
#include "models/plans/planfield.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QUndoStack;

namespace Enms {

class Database;
class PlanActionsModel;

// One stored action plan open for editing, with its actions table and its undo stack.
// Widgets change it only through the PlanEdits facade (plancommands.h), so every change
// can be undone.
//
// Saving rule: every change that reaches the document is written at once, in one
// transaction, as the plan's next revision with a one-line summary of what changed
// (PlanRepository::update). Undo and redo are changes like any other and are written
// the same way. Nothing is held back in memory, so a program that is killed loses no
// edit the document has received. Text widgets hand their text over when the user
// pauses typing for a second, leaves the field or closes the window (see PlanForm).
class PlanDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDocument)

public:
    // The plan as stored, with the currency of its site for the expected outcomes.
    static Engine::Result<std::unique_ptr<PlanDocument>> open(Database &database,
                                                              const QString &planId);
    PlanDocument(Database &database, QString currency, Engine::ActionPlan plan,
                 int revision);
    ~PlanDocument() override;

    // The plan with its current actions.
    Engine::ActionPlan plan() const;
    const QString &id() const { return m_plan.id; }
    const QString &currency() const { return m_currency; }
    int revision() const { return m_revision; }
    Database &database() const { return m_database; }

    QString problemStatement() const { return m_plan.problemStatement; }
    QStringList rootCauses() const { return m_plan.rootCauses; }
    QStringList monitoringPlan() const { return m_plan.monitoringPlan; }
    QString resultVerification() const { return m_plan.resultVerification; }
    QString performanceVerification() const { return m_plan.performanceVerification; }
    QDate targetDate() const { return m_plan.targetDate; }
    Engine::PlanStatus status() const { return m_plan.status; }
    // The stored revision that gave the plan its current status (a move or the
    // creation), with who and when. Up to date once statusChanged is emitted.
    const PlanStatusChange &statusChange() const { return m_statusChange; }
    const Engine::ExpectedOutcomes &expectedOutcomes() const { return m_plan.expectedOutcomes; }

    // A field as the editor shows it: lists one item a line, dates as ISO 8601.
    QString text(PlanField field) const;
    // `text` as text(field) would give it back once set: list items trimmed, blank
    // lines dropped.
    static QString normalizedText(PlanField field, const QString &text);

    PlanActionsModel *actions() const { return m_actions; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Typed setters, each saving a revision when the value differs. Called by the undo
    // commands; widgets use PlanEdits instead.
    void setProblemStatement(const QString &text);
    void setRootCauses(const QStringList &causes);
    void setMonitoringPlan(const QStringList &checks);
    void setResultVerification(const QString &text);
    void setPerformanceVerification(const QString &text);
    void setTargetDate(const QDate &date);
    // The setter for `field`, with lists split into lines (blank lines dropped).
    void setText(PlanField field, const QString &text);

    // Moves the plan along its status workflow (PlanRepository::setStatus, which records
    // who and when); a move the workflow refuses is an error naming the allowed ones.
    Engine::Status moveStatus(Engine::PlanStatus to);
    // Puts back the status a move replaced, as the undo of that move. It is written as
    // its own revision ("… (undone)") so the history still shows both steps.
    Engine::Status restoreStatus(Engine::PlanStatus to);

Q_SIGNALS:
    void problemStatementChanged(const QString &text);
    void rootCausesChanged(const QStringList &causes);
    void monitoringPlanChanged(const QStringList &checks);
    void resultVerificationChanged(const QString &text);
    void performanceVerificationChanged(const QString &text);
    void targetDateChanged(const QDate &date);
    void statusChanged(Engine::PlanStatus status);
    void fieldChanged(Enms::PlanField field);
    // A revision was written.
    void saved(int revision, const QString &summary);
    // A revision could not be written; the edit stays in memory and goes out with the
    // next successful save.
    void saveFailed(const QString &message);

private:
    void save(const QString &summary);
    void announce(PlanField field);
    void fieldEdited(PlanField field);
    void readStatusChange(Engine::PlanStatus from, Engine::PlanStatus to);

    Database &m_database;
    QString m_currency;
    Engine::ActionPlan m_plan;          // actions live in m_actions
    int m_revision = 1;
    PlanStatusChange m_statusChange;
    bool m_unsaved = false;             // the last save failed
    PlanActionsModel *m_actions = nullptr;
    QUndoStack *m_undoStack = nullptr;
};

// Names typed into the "responsible" column of any stored plan, sorted, for completion.
Engine::Result<QStringList> responsibleNames(Database &database);

} // namespace Enms
