// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plans/textfieldbinding.h"

#include "models/plans/plancommands.h"
#include "models/plans/plandocument.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QTimer>

namespace Enms {

TextFieldBinding::TextFieldBinding(QPlainTextEdit *edit, PlanField field, QObject *parent)
    : QObject(parent)
    , m_edit(edit)
    , m_field(field)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kCommitDelayMs);
    connect(m_timer, &QTimer::timeout, this, &TextFieldBinding::commit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!hasPendingText())
            return;
        m_timer->start();
        Q_EMIT textPending();
    });
    m_edit->installEventFilter(this);
}

void TextFieldBinding::setDocument(PlanDocument *document)
{
    disconnect(m_documentConnection);
    m_document = document;
    m_timer->stop();
    if (document) {
        m_documentConnection = connect(document, &PlanDocument::fieldChanged, this,
                                       [this](PlanField field) {
                                           if (field == m_field)
                                               showDocumentText();
                                       });
    }
    m_edit->setEnabled(document != nullptr);
    showDocumentText();
}

bool TextFieldBinding::hasPendingText() const
{
    return m_document
           && PlanDocument::normalizedText(m_field, m_edit->toPlainText())
                  != m_document->text(m_field);
}

void TextFieldBinding::commit()
{
    m_timer->stop();
    if (hasPendingText())
        PlanEdits::setText(*m_document, m_field, m_edit->toPlainText());
}

// Shows the field's stored text unless the widget already holds it (the user may have
// typed a trailing blank line that the plan does not keep).
void TextFieldBinding::showDocumentText()
{
    const QString text = m_document ? m_document->text(m_field) : QString();
    if (PlanDocument::normalizedText(m_field, m_edit->toPlainText()) == text)
        return;
    const QSignalBlocker blocker(m_edit);
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

bool TextFieldBinding::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        commit();
    return QObject::eventFilter(watched, event);
}

} // namespace Enms
