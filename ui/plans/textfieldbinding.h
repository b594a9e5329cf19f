// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/plans/plandocument.h"
#include "models/plans/planfield.h"

#include <QObject>
#include <QPointer>

class QPlainTextEdit;
class QTimer;

namespace Enms {


// Connects a multi-line text widget to one field of an open plan. The typed text is
// handed to the plan (one undoable edit, saved at once) when typing pauses for
// kCommitDelayMs, when the widget loses focus and when commit() is called (before
// undo, redo, closing). Changes of the field from elsewhere (undo) are shown.
class TextFieldBinding final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextFieldBinding)

public:
    static constexpr int kCommitDelayMs = 1000;

    TextFieldBinding(QPlainTextEdit *edit, PlanField field, QObject *parent);

    void setDocument(PlanDocument *document);
    // Hands over text typed since the last hand-over.
    void commit();
    bool hasPendingText() const;

Q_SIGNALS:
    // The widget holds text the plan does not have yet.
    void textPending();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showDocumentText();

    QPlainTextEdit *m_edit;
    PlanField m_field;
    QPointer<PlanDocument> m_document;
    QTimer *m_timer;
    QMetaObject::Connection m_documentConnection;
};

} // namespace Enms
