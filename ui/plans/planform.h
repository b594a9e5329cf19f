// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/performance/actionplan.h"
#include "models/plans/plandocument.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QComboBox;
class QDataWidgetMapper;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QTimer;

namespace Enms {

class PlanActionDelegate;
class PlanFieldDelegate;
class PlanFieldsModel;

// The form for one open action plan: its texts, the actions table, the read-only
// expected outcomes, the target date and the status with who set it and when. The text
// fields and the target date are a QDataWidgetMapper over PlanFieldsModel; every change
// goes through the PlanEdits facade, so it lands on the plan's undo stack and is saved
// at once. Typed text is handed over when typing pauses for kCommitDelayMs, when the
// field loses focus and on commitPendingEdits().
class PlanForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanForm)

public:
    static constexpr int kCommitDelayMs = 1000;

    explicit PlanForm(QWidget *parent = nullptr);
    ~PlanForm() override;

    // Shows `document` (not owned; null clears the form).
    void setDocument(PlanDocument *document);
    PlanDocument *document() const { return m_document; }
    void setResponsibleNames(const QStringList &names);

    // Hands typed text that is still waiting for its pause over to the plan.
    void commitPendingEdits();

    // For tests and the window: the widgets by what they edit.
    QPlainTextEdit *problemStatementEdit() const { return m_problem; }
    QPlainTextEdit *rootCausesEdit() const { return m_rootCauses; }
    QPlainTextEdit *monitoringPlanEdit() const { return m_monitoring; }
    QPlainTextEdit *resultVerificationEdit() const { return m_resultVerification; }
    QPlainTextEdit *performanceVerificationEdit() const { return m_performanceVerification; }
    QDateEdit *targetDateEdit() const { return m_targetDate; }
    QComboBox *statusCombo() const { return m_statusCombo; }
    // The status in its colour, with who set it and when.
    QLabel *statusLabel() const { return m_statusLabel; }
    QTableView *actionsView() const { return m_actionsView; }
    PlanFieldsModel *fieldsModel() const { return m_fields; }
    QDataWidgetMapper *fieldMapper() const { return m_mapper; }

Q_SIGNALS:
    // A status move was refused or could not be stored; the message says why.
    void editRefused(const QString &message);
    // A text field holds typed text that has not been handed over yet.
    void textPending();

private:
    void createWidgets();
    void createFieldEdits();
    void mapFields();
    QWidget *createActionsBox();
    QWidget *createOutcomesBox();
    void connectSignals();

    void textEdited(QPlainTextEdit *edit);
    bool hasPendingText(QPlainTextEdit *edit) const;
    void showStatus();
    void showOutcomes();
    void statusChosen(int comboIndex);
    void addAction();
    void removeAction();
    void moveAction(int offset);

    QPointer<PlanDocument> m_document;
    QPlainTextEdit *m_problem = nullptr;
    QPlainTextEdit *m_rootCauses = nullptr;
    QPlainTextEdit *m_monitoring = nullptr;
    QPlainTextEdit *m_resultVerification = nullptr;
    QPlainTextEdit *m_performanceVerification = nullptr;
    std::vector<QPlainTextEdit *> m_textEdits;
    PlanFieldsModel *m_fields = nullptr;
    QDataWidgetMapper *m_mapper = nullptr;
    PlanFieldDelegate *m_fieldDelegate = nullptr;
    QTimer *m_typingPause = nullptr;
    QDateEdit *m_targetDate = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_planTitle = nullptr;
    QLabel *m_energy = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_carbon = nullptr;
    QLabel *m_basis = nullptr;
    QTableView *m_actionsView = nullptr;
    PlanActionDelegate *m_delegate = nullptr;
    QList<QMetaObject::Connection> m_documentConnections;
};

} // namespace Enms
