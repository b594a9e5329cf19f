// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plans/planform.h"

#include "models/performance/actionplantext.h"
#include "models/performance/performancetext.h"
#include "models/plans/planactionsmodel.h"
#include "models/plans/plancommands.h"
#include "models/plans/plandocument.h"
#include "models/plans/planfieldsmodel.h"
#include "models/plans/plantext.h"
#include "ui/plans/plandelegates.h"

#include <QComboBox>
#include <QDataWidgetMapper>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Enms {

using Engine::PlanStatus;

namespace {

QPlainTextEdit *textEdit(const QString &toolTip, int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setToolTip(toolTip);
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(lineHeight * lines + 12);
    edit->setMaximumHeight(lineHeight * (lines + 3) + 12);
    return edit;
}

} // namespace

PlanForm::PlanForm(QWidget *parent)
    : QWidget(parent)
    , m_fields(new PlanFieldsModel(this))
    , m_mapper(new QDataWidgetMapper(this))
    , m_fieldDelegate(new PlanFieldDelegate(this))
    , m_typingPause(new QTimer(this))
    , m_delegate(new PlanActionDelegate(this))
{
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(kCommitDelayMs);
    createWidgets();
    mapFields();
    connectSignals();
    setDocument(nullptr);
}

PlanForm::~PlanForm() = default;

void PlanForm::createFieldEdits()
{
    m_problem = textEdit(tr("What is wrong, in the energy manager's words"), 3);
    m_rootCauses = textEdit(tr("One root cause a line"), 3);
    m_monitoring = textEdit(tr("One check a line: what is watched after the actions"), 4);
    m_resultVerification = textEdit(tr("How completion of the actions is checked"), 2);
    m_performanceVerification = textEdit(tr("How the energy improvement is checked"), 3);
    m_textEdits = {m_problem, m_rootCauses, m_monitoring, m_resultVerification,
                   m_performanceVerification};

    m_targetDate = new QDateEdit;
    m_targetDate->setCalendarPopup(true);
    m_targetDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_targetDate->setToolTip(tr("The date by which the actions are to be completed"));
    m_targetDate->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

// AutoSubmit: a widget's value goes to the model whenever the delegate commits it (focus
// out, the typing pause, commitPendingEdits), never all fields at once.
void PlanForm::mapFields()
{
    m_mapper->setOrientation(Qt::Horizontal);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    m_mapper->setModel(m_fields);
    m_mapper->setItemDelegate(m_fieldDelegate);
    m_mapper->addMapping(m_problem, PlanFieldsModel::ProblemStatementColumn);
    m_mapper->addMapping(m_rootCauses, PlanFieldsModel::RootCausesColumn);
    m_mapper->addMapping(m_monitoring, PlanFieldsModel::MonitoringPlanColumn);
    m_mapper->addMapping(m_resultVerification, PlanFieldsModel::ResultVerificationColumn);
    m_mapper->addMapping(m_performanceVerification,
                         PlanFieldsModel::PerformanceVerificationColumn);
    m_mapper->addMapping(m_targetDate, PlanFieldsModel::TargetDateColumn);
}

void PlanForm::createWidgets()
{
    m_planTitle = new QLabel;
    m_planTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_planTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_planTitle->setFont(titleFont);

    createFieldEdits();
    m_statusCombo = new QComboBox;
    m_statusCombo->setToolTip(tr("Only the moves the plan workflow allows are offered"));
    // Its items change with every move; a width fixed at the first show would cut them.
    m_statusCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusLabel = new QLabel;
    m_statusLabel->setTextFormat(Qt::RichText);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusCombo);
    statusRow->addWidget(m_statusLabel, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Problem statement:"), m_problem);
    form->addRow(tr("&Root causes:"), m_rootCauses);
    form->addRow(createActionsBox());
    form->addRow(createOutcomesBox());
    form->addRow(tr("&Monitoring plan:"), m_monitoring);
    form->addRow(tr("Result ver&ification:"), m_resultVerification);
    form->addRow(tr("P&erformance verification:"), m_performanceVerification);
    form->addRow(tr("&Target date:"), m_targetDate);
    // A label made by addRow(text, layout) has no buddy, so its mnemonic would show.
    auto *statusTitle = new QLabel(tr("&Status:"));
    statusTitle->setBuddy(m_statusCombo);
    form->addRow(statusTitle, statusRow);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_planTitle);
    contentLayout->addLayout(form);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QWidget *PlanForm::createActionsBox()
{
    m_actionsView = new QTableView;
    m_actionsView->setItemDelegate(m_delegate);
    m_actionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_actionsView->setEditTriggers(QAbstractItemView::DoubleClicked
                                   | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::AnyKeyPressed);
    m_actionsView->setWordWrap(true);
    m_actionsView->setMinimumHeight(150);
    m_actionsView->horizontalHeader()->setStretchLastSection(true);
    m_actionsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *add = new QPushButton(tr("&Add action"));
    auto *remove = new QPushButton(tr("Remo&ve action"));
    auto *up = new QPushButton(tr("Move &up"));
    auto *down = new QPushButton(tr("Move &down"));
    connect(add, &QPushButton::clicked, this, &PlanForm::addAction);
    connect(remove, &QPushButton::clicked, this, &PlanForm::removeAction);
    connect(up, &QPushButton::clicked, this, [this] { moveAction(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveAction(+1); });
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {add, remove, up, down})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto *box = new QGroupBox(tr("Actions"));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_actionsView);
    layout->addLayout(buttons);
    return box;
}

QWidget *PlanForm::createOutcomesBox()
{
    m_energy = new QLabel;
    m_cost = new QLabel;
    m_carbon = new QLabel;
    m_basis = new QLabel;
    m_basis->setWordWrap(true);
    for (QLabel *label : {m_energy, m_cost, m_carbon})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_energy->setToolTip(tr("Energy saved over the basis period, in kWh"));
    m_carbon->setToolTip(tr("CO₂ avoided over the basis period, in kg"));

    auto *box = new QGroupBox(tr("Expected outcomes"));
    auto *layout = new QFormLayout(box);
    layout->addRow(tr("Energy:"), m_energy);
    layout->addRow(tr("Cost:"), m_cost);
    layout->addRow(tr("CO₂:"), m_carbon);
    layout->addRow(m_basis);
    return box;
}

void PlanForm::connectSignals()
{
    for (QPlainTextEdit *edit : m_textEdits)
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] { textEdited(edit); });
    connect(m_typingPause, &QTimer::timeout, this, &PlanForm::commitPendingEdits);
    // The calendar popup and Return finish an edit without the date edit losing focus.
    connect(m_targetDate, &QDateEdit::editingFinished, this,
            [this] { m_fieldDelegate->commit(m_targetDate); });
    connect(m_statusCombo, &QComboBox::activated, this, &PlanForm::statusChosen);
}

void PlanForm::textEdited(QPlainTextEdit *edit)
{
    if (!hasPendingText(edit))
        return;
    m_typingPause->start();
    Q_EMIT textPending();
}

// Whether the widget holds text that the plan, normalised as it stores it, lacks.
bool PlanForm::hasPendingText(QPlainTextEdit *edit) const
{
    const QModelIndex index = m_fields->index(0, m_mapper->mappedSection(edit));
    if (!index.isValid())
        return false;
    const PlanField field = PlanFieldsModel::fieldOf(PlanFieldsModel::Column(index.column()));
    return PlanDocument::normalizedText(field, edit->toPlainText())
           != index.data(Qt::EditRole).toString();
}

void PlanForm::setDocument(PlanDocument *document)
{
    commitPendingEdits();
    for (const QMetaObject::Connection &connection : std::as_const(m_documentConnections))
        disconnect(connection);
    m_documentConnections.clear();

    m_document = document;
    m_fields->setDocument(document);
    if (document)
        m_mapper->toFirst();
    else
        m_mapper->revert();   // no row: the widgets are emptied
    m_actionsView->setModel(document ? document->actions() : nullptr);
    if (document) {
        m_actionsView->setColumnWidth(PlanActionsModel::PriorityColumn, 60);
        m_actionsView->setColumnWidth(PlanActionsModel::ActionColumn, 280);
        m_actionsView->setColumnWidth(PlanActionsModel::ResponsibleColumn, 150);
        m_actionsView->setColumnWidth(PlanActionsModel::TimelineColumn, 100);
        m_documentConnections
            << connect(document, &PlanDocument::statusChanged, this, &PlanForm::showStatus);
    }
    m_planTitle->setText(document ? tr("%1 – %2").arg(document->id(), document->plan().seuName)
                                  : tr("No plan selected"));
    setEnabled(document != nullptr);
    showStatus();
    showOutcomes();
}

void PlanForm::setResponsibleNames(const QStringList &names)
{
    m_delegate->setResponsibleNames(names);
}

void PlanForm::commitPendingEdits()
{
    m_typingPause->stop();
    for (QPlainTextEdit *edit : m_textEdits) {
        if (hasPendingText(edit))
            m_fieldDelegate->commit(edit);
    }
}

// The combo offers the current status and the moves the workflow allows from it; the
// label repeats the status in its colour, so it is never told by colour alone, with who
// gave the plan that status and when.
void PlanForm::showStatus()
{
    const QSignalBlocker blocker(m_statusCombo);
    m_statusCombo->clear();
    if (!m_document) {
        m_statusLabel->clear();
        return;
    }
    const PlanStatus current = m_document->status();
    m_statusCombo->addItem(PlanText::statusName(current), int(current));
    for (PlanStatus next : Engine::allowedTransitions(current))
        m_statusCombo->addItem(tr("→ %1").arg(PlanText::statusName(next)), int(next));
    m_statusCombo->setCurrentIndex(0);

    const QString color = PlanText::statusColor(current).name();
    const PlanStatusChange &change = m_document->statusChange();
    const QString sentence = change.to == current
                                 ? PlanText::statusSentence(change, Qt::RichText)
                                 : QStringLiteral("<b style=\"color:%1\">%2</b>")
                                       .arg(color, PlanText::statusName(current).toHtmlEscaped());
    m_statusLabel->setText(QStringLiteral("<b style=\"color:%1\">●</b> %2")
                               .arg(color, sentence));
}

void PlanForm::showOutcomes()
{
    if (!m_document) {
        for (QLabel *label : {m_energy, m_cost, m_carbon, m_basis})
            label->clear();
        return;
    }
    const Engine::ExpectedOutcomes &outcomes = m_document->expectedOutcomes();
    const QLocale locale;
    m_energy->setText(tr("%1 kWh").arg(locale.toString(outcomes.energyKWh, 'f', 1)));
    //: amount and currency code
    m_cost->setText(tr("%1 %2").arg(locale.toString(outcomes.cost, 'f', 2),
                                    m_document->currency()));
    m_carbon->setText(tr("%1 kg").arg(locale.toString(outcomes.carbonKg, 'f', 1)));
    m_basis->setText(ActionPlanText::outcomeBasisNote(outcomes));
}

void PlanForm::statusChosen(int comboIndex)
{
    if (!m_document || comboIndex <= 0)
        return;
    commitPendingEdits();
    const auto status = PlanStatus(m_statusCombo->itemData(comboIndex).toInt());
    const Engine::Status moved = PlanEdits::changeStatus(*m_document, status);
    if (!moved)
        Q_EMIT editRefused(moved.error().message);
    showStatus();
}

void PlanForm::addAction()
{
    if (!m_document)
        return;
    const QModelIndex current = m_actionsView->currentIndex();
    const int row = current.isValid() ? current.row() + 1
                                      : m_document->actions()->rowCount();
    PlanEdits::insertAction(*m_document, row);
    m_actionsView->setCurrentIndex(m_document->actions()->index(row,
                                                                PlanActionsModel::ActionColumn));
    m_actionsView->setFocus();
}

void PlanForm::removeAction()
{
    const QModelIndex current = m_actionsView->currentIndex();
    if (m_document && current.isValid())
        PlanEdits::removeAction(*m_document, current.row());
}

void PlanForm::moveAction(int offset)
{
    const QModelIndex current = m_actionsView->currentIndex();
    if (!m_document || !current.isValid())
        return;
    const int to = current.row() + offset;
    if (to < 0 || to >= m_document->actions()->rowCount())
        return;
    PlanEdits::moveAction(*m_document, current.row(), to);
    m_actionsView->setCurrentIndex(m_document->actions()->index(to, current.column()));
}

} // namespace Enms
