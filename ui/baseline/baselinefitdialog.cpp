// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/baseline/baselinefitdialog.h"

#include "models/baseline/baselinerepository.h"
#include "models/baseline/baselinetext.h"
#include "models/baseline/fitcandidatemodel.h"
#include "models/database.h"
#include "ui/baseline/acceptconfirmation.h"
#include "ui/baseline/baselinedetails.h"
#include "ui/baseline/driverchoicebox.h"
#include "ui/logging.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace Enms {

using namespace Engine;

namespace {

const QColor kErrorText(0xb7, 0x1c, 0x1c);
constexpr int kInputWidth = 380;
constexpr int kModelColumnMaxWidth = 260;
// Initial split of the result's height between the chosen model and the candidates.
constexpr int kDetailsShare = 480;
constexpr int kCandidatesShare = 260;

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDateEdit *dateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

BaselineFitDialog::BaselineFitDialog(Database &database, Subject subject, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_subject(std::move(subject))
    , m_candidates(new FitCandidateModel(this))
{
    setWindowTitle(tr("Fit baseline – %1").arg(m_subject.seuName));
    setObjectName(QStringLiteral("baselineFitDialog"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createInputs());
    splitter->addWidget(createResults());
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    fillChoices();
    connectSignals();
    clearReport();
    resize(1240, 800);
    loadDrivers();
}

// Jobs still running are told to stop and awaited by m_jobs.
BaselineFitDialog::~BaselineFitDialog() = default;

QWidget *BaselineFitDialog::createInputs()
{
    const DateSpan span = BaselineService::defaultReferencePeriod(m_subject.firstDataDate,
                                                                  m_subject.lastDataDate);
    const QDate today = QDate::currentDate();
    m_from = dateEdit(span.from.isValid() ? span.from : today.addYears(-1), this);
    m_from->setObjectName(QStringLiteral("fitFromEdit"));
    m_to = dateEdit(span.to.isValid() ? span.to : today, this);
    m_to->setObjectName(QStringLiteral("fitToEdit"));
    m_period = new QComboBox(this);
    m_model = new QComboBox(this);
    m_rules = new QComboBox(this);

    auto *inputs = new QWidget(this);
    auto *form = new QFormLayout;
    auto *seu = new QLabel(m_subject.seuName, inputs);
    QFont bold = seu->font();
    bold.setBold(true);
    seu->setFont(bold);
    form->addRow(tr("SEU:"), seu);
    auto *data = new QLabel(m_subject.firstDataDate.isValid()
                                ? tr("readings from %1 to %2")
                                      .arg(isoDate(m_subject.firstDataDate),
                                           isoDate(m_subject.lastDataDate))
                                : tr("no readings stored"),
                            inputs);
    data->setWordWrap(true);
    form->addRow(tr("Data:"), data);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Periods:"), m_period);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Rule set:"), m_rules);

    m_fitButton = new QPushButton(tr("&Fit"), inputs);
    m_fitButton->setObjectName(QStringLiteral("fitButton"));
    m_fitButton->setDefault(true);
    m_busyLabel = new QLabel(inputs);
    m_busyLabel->setWordWrap(true);
    m_busyBar = new QProgressBar(inputs);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel fit"), inputs);
    m_cancelButton->setObjectName(QStringLiteral("cancelFitButton"));
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyBar, 1);
    busyRow->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(inputs);
    layout->addLayout(form);
    m_drivers = new DriverChoiceBox(inputs);
    layout->addWidget(m_drivers);
    layout->addWidget(m_fitButton);
    layout->addWidget(m_busyLabel);
    layout->addLayout(busyRow);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inputs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(kInputWidth);
    return scroll;
}

QWidget *BaselineFitDialog::createResults()
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fitMessage"));
    m_message->setWordWrap(true);
    QPalette errorPalette = m_message->palette();
    errorPalette.setColor(QPalette::WindowText, kErrorText);
    m_message->setPalette(errorPalette);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("fitSummary"));
    m_summary->setWordWrap(true);

    m_details = new BaselineDetails(this);

    m_candidateView = new QTableView(this);
    m_candidateView->setObjectName(QStringLiteral("candidateTable"));
    m_candidateView->setModel(m_candidates);
    m_candidateView->verticalHeader()->hide();
    m_candidateView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_candidateView->setWordWrap(true);
    QHeaderView *header = m_candidateView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FitCandidateModel::ModelColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(FitCandidateModel::ReasonColumn, QHeaderView::Stretch);
    m_candidateView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *candidates = new QWidget(this);
    auto *candidateLayout = new QVBoxLayout(candidates);
    candidateLayout->setContentsMargins(0, 0, 0, 0);
    candidateLayout->addWidget(new QLabel(tr("Every model tried, the best first:"), this));
    candidateLayout->addWidget(m_candidateView);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_details);
    split->addWidget(candidates);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({kDetailsShare, kCandidatesShare});
    split->setChildrenCollapsible(false);

    m_storeDraftButton = new QPushButton(tr("Store as &draft"), this);
    m_storeDraftButton->setObjectName(QStringLiteral("storeDraftButton"));
    m_storeAcceptButton = new QPushButton(tr("Store and &accept…"), this);
    m_storeAcceptButton->setObjectName(QStringLiteral("storeAcceptButton"));
    m_closeButton = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_storeDraftButton);
    buttons->addWidget(m_storeAcceptButton);
    buttons->addWidget(m_closeButton);

    auto *results = new QWidget(this);
    auto *layout = new QVBoxLayout(results);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    return results;
}

void BaselineFitDialog::fillChoices()
{
    m_period->addItem(BaselineText::periodLengthName(PeriodLength::Day), QStringLiteral("day"));
    m_period->addItem(BaselineText::periodLengthName(PeriodLength::Week),
                      QStringLiteral("week"));
    m_period->addItem(BaselineText::periodLengthName(PeriodLength::Month),
                      QStringLiteral("month"));

    m_model->addItem(tr("Automatic (best valid model)"), QStringLiteral("auto"));
    m_model->setItemData(0, tr("Every linear model of the ticked variables and every "
                               "change-point model; the valid one with the highest "
                               "adjusted R² wins"), Qt::ToolTipRole);
    m_model->addItem(tr("Linear regression (OLS)"), QStringLiteral("ols"));
    m_model->setItemData(1, tr("Every combination of the ticked variables, no "
                               "change-point model"), Qt::ToolTipRole);
    for (ChangePointForm form : {ChangePointForm::TwoP, ChangePointForm::ThreePC,
                                 ChangePointForm::ThreePH, ChangePointForm::FourP,
                                 ChangePointForm::FiveP})
        m_model->addItem(BaselineText::changePointFormName(form), changePointFormCode(form));

    for (RuleSet rules : {RuleSet::Sep, RuleSet::Rmv2, RuleSet::Nmec}) {
        m_rules->addItem(BaselineText::ruleSetName(rules), ruleSetCode(rules));
        m_rules->setItemData(m_rules->count() - 1, BaselineText::ruleSetDetails(rules),
                             Qt::ToolTipRole);
    }
    m_rules->setToolTip(BaselineText::ruleSetDetails(RuleSet::Sep));
}

void BaselineFitDialog::connectSignals()
{
    connect(m_fitButton, &QPushButton::clicked, this, &BaselineFitDialog::startFit);
    connect(m_cancelButton, &QPushButton::clicked, this, &BaselineFitDialog::cancelFit);
    connect(m_storeDraftButton, &QPushButton::clicked, this, &BaselineFitDialog::storeDraft);
    connect(m_storeAcceptButton, &QPushButton::clicked, this,
            &BaselineFitDialog::storeAndAccept);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_period, &QComboBox::currentIndexChanged, this, &BaselineFitDialog::loadDrivers);
    connect(m_model, &QComboBox::currentIndexChanged, this, &BaselineFitDialog::updateControls);
    connect(m_rules, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_rules->setToolTip(m_rules->itemData(index, Qt::ToolTipRole).toString());
    });
}

BaselineRequest BaselineFitDialog::currentRequest() const
{
    BaselineRequest request;
    request.seu = m_subject.seuId;
    request.from = m_from->date();
    request.to = m_to->date();
    request.period = *periodLengthFromCode(m_period->currentData().toString());
    request.model = m_model->currentData().toString();
    request.rules = *ruleSetFromCode(m_rules->currentData().toString());
    // A change-point model uses the temperature alone and ignores the boxes.
    if (!isChangePointModel() && driversKnown())
        request.drivers = m_drivers->checkedDrivers();
    return request;
}

bool BaselineFitDialog::driversKnown() const
{
    return m_drivers->hasChoice();
}

bool BaselineFitDialog::isChangePointModel() const
{
    const QString model = m_model->currentData().toString();
    return model != QLatin1String("auto") && model != QLatin1String("ols");
}

// ---- jobs ----

void BaselineFitDialog::loadDrivers()
{
    if (m_current)
        return;   // the running job keeps its period; a fit reports unknown drivers itself
    BaselineFitJob::Request request{m_database.location(), currentRequest(),
                                    BaselineFitJob::Work::Drivers};
    m_drivers->showStatus(tr("Looking up the relevant variables stored for %1…")
                              .arg(m_subject.seuName), false);
    startJob(std::move(request));
    setBusy(true, tr("Reading the relevant variables…"));
}

void BaselineFitDialog::startFit()
{
    if (m_current)
        return;
    clearReport();
    if (const std::optional<QString> error = inputError()) {
        showMessage(*error, true);
        Q_EMIT fitFinished(false);
        return;
    }

    showMessage({}, false);
    startJob(BaselineFitJob::Request{m_database.location(), currentRequest(),
                                     BaselineFitJob::Work::Fit});
    setBusy(true, tr("Reading the daily energy and relevant variables…"));
}

void BaselineFitDialog::startJob(BaselineFitJob::Request request)
{
    auto *job = new BaselineFitJob(std::move(request));
    connect(job, &BaselineFitJob::stageStarted, this, [this, job](FitStage stage) {
        if (job == m_current)
            showStage(stage);
    });
    connect(job, &BaselineFitJob::finished, this, [this, job] { jobFinished(job); });
    m_current = job;
    m_jobs.start(job);
}

// The dialog stops waiting at once; the job stops at its next step and is dropped.
void BaselineFitDialog::cancelFit()
{
    if (!m_current)
        return;
    const bool fitting = m_current->request().work == BaselineFitJob::Work::Fit;
    m_current->cancel();
    m_current = nullptr;
    setBusy(false);
    if (!fitting) {
        m_drivers->showStatus(tr("The look-up was cancelled; the fit tries the default "
                                 "variables."), true);
        return;
    }
    showMessage(tr("The fit was cancelled; nothing was stored."), true);
    Q_EMIT fitFinished(false);
}

// Runs on the GUI thread once a job has ended (queued from the worker).
void BaselineFitDialog::jobFinished(BaselineFitJob *job)
{
    const bool current = job == m_current;
    const std::unique_ptr<BaselineFitJob> ended = m_jobs.finish(job);
    if (!ended || !current)
        return;
    m_current = nullptr;
    setBusy(false);
    if (ended->request().work == BaselineFitJob::Work::Drivers)
        driversFinished(*ended->drivers());
    else
        fitJobFinished(*ended->report());
}

void BaselineFitDialog::driversFinished(const Result<DriverChoice> &result)
{
    if (!result)
        m_drivers->showStatus(tr("The relevant variables could not be read (%1); the fit "
                                 "tries the default ones.").arg(result.error().message),
                              true);
    else
        m_drivers->showChoice(*result);
    updateControls();
    Q_EMIT driversLoaded();
}

void BaselineFitDialog::fitJobFinished(const Result<BaselineFitReport> &result)
{
    if (!result) {
        const bool cancelled = result.error().code == ErrorCode::Cancelled;
        showMessage(cancelled ? tr("The fit was cancelled; nothing was stored.")
                              : tr("No baseline was fitted: %1").arg(result.error().message),
                    true);
        Q_EMIT fitFinished(false);
        return;
    }
    showReport(*result);
    qCInfo(lcUi) << "fitted a baseline of" << m_subject.seuName << "in"
                 << result->searchSeconds << "s of model search";
    Q_EMIT fitFinished(true);
}

// ---- results ----

std::optional<QString> BaselineFitDialog::inputError() const
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (from > to)
        return tr("The reference period starts on %1, after it ends on %2. Choose a start "
                  "date before the end date.").arg(isoDate(from), isoDate(to));
    if (!isChangePointModel() && driversKnown() && m_drivers->checkedDrivers().isEmpty())
        return tr("Tick at least one relevant variable for the linear models, or choose a "
                  "change-point model.");
    return std::nullopt;
}

void BaselineFitDialog::showReport(const BaselineFitReport &report)
{
    m_report = report;
    m_candidates->setReport(report);
    // Long model names wrap rather than squeeze the reasons.
    m_candidateView->resizeColumnToContents(FitCandidateModel::ModelColumn);
    m_candidateView->setColumnWidth(FitCandidateModel::ModelColumn,
                                    std::min(m_candidateView->columnWidth(
                                                 FitCandidateModel::ModelColumn),
                                             kModelColumnMaxWidth));
    m_summary->setText(reportSummary(report));
    if (report.chosen)
        m_details->showBaseline(*report.chosen, tr("Chosen model (not stored yet)"));
    else
        m_details->showMessage(
            tr("No model meets the %1 rules, so there is nothing to store. The table "
               "below lists every model tried and why it fails; a longer reference period, "
               "other relevant variables or another rule set may give a valid model.")
                .arg(BaselineText::ruleSetName(report.rules)));
    updateControls();
}

QString BaselineFitDialog::reportSummary(const BaselineFitReport &report) const
{
    // English has no numerus form file here, so counts are written as "label: n".
    const qsizetype skipped = report.table.skippedPeriods.size();
    QString text = skipped == 0
                       ? tr("Periods fitted: %1.").arg(report.table.rowCount())
                       : tr("Periods fitted: %1 (%2 left out for missing readings or "
                            "variables).").arg(report.table.rowCount()).arg(skipped);
    text += QLatin1Char(' ');
    //: models tried, how many of them are valid, rule set
    text += tr("Models tried: %1, valid under %3: %2.")
                .arg(m_candidates->rowCount())
                .arg(m_candidates->validCount())
                .arg(BaselineText::ruleSetName(report.rules));
    if (report.chosen)
        text += QLatin1Char(' ')
                + tr("Chosen: %1, the valid model with the highest adjusted R².")
                      .arg(BaselineText::modelSummary(*report.chosen));
    return text;
}

void BaselineFitDialog::clearReport()
{
    m_report.reset();
    m_candidates->clear();
    m_summary->clear();
    m_details->showMessage(tr("Choose the reference period and press Fit. The fit tries "
                              "the models, judges each by the rule set and shows the best "
                              "here; nothing is stored until you choose to."));
    updateControls();
}

void BaselineFitDialog::showStage(FitStage stage)
{
    switch (stage) {
    case FitStage::ReadingData:
        m_busyLabel->setText(tr("Reading the daily energy and relevant variables…"));
        break;
    case FitStage::SearchingRegressions:
        m_busyLabel->setText(tr("Trying every combination of the ticked variables…"));
        break;
    case FitStage::SearchingChangePoints:
        m_busyLabel->setText(tr("Trying the change-point models of outdoor temperature…"));
        break;
    }
}

void BaselineFitDialog::showMessage(const QString &text, bool isError)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     isError ? kErrorText : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString BaselineFitDialog::message() const
{
    return m_message->text();
}

QString BaselineFitDialog::summary() const
{
    return m_summary->text();
}

void BaselineFitDialog::setBusy(bool busy, const QString &text)
{
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    m_cancelButton->setVisible(busy);
    updateControls();
}

void BaselineFitDialog::updateControls()
{
    const bool busy = m_current != nullptr;
    const bool storable = !busy && m_report && m_report->chosen;
    m_fitButton->setEnabled(!busy);
    m_storeDraftButton->setEnabled(storable);
    m_storeAcceptButton->setEnabled(storable);
    for (QWidget *input : std::initializer_list<QWidget *>{m_from, m_to, m_period, m_model,
                                                           m_rules})
        input->setEnabled(!busy);
    m_drivers->setEditable(!busy && !isChangePointModel());
}

// ---- storing ----

Result<QString> BaselineFitDialog::store(bool accept)
{
    BaselineRepository repository(m_database);
    QString id;
    const Status stored = m_database.transaction([&]() -> Status {
        Result<QString> created = repository.store(*m_report->chosen);
        if (!created)
            return created.error();
        id = *created;
        if (!accept)
            return Done{};
        Result<QString> superseded = repository.accept(id);
        return superseded ? Status(Done{}) : Status(superseded.error());
    });
    if (!stored)
        return stored.error();
    return id;
}

bool BaselineFitDialog::storeDraft()
{
    if (isBusy() || !m_report || !m_report->chosen)
        return false;
    Result<QString> id = store(false);
    if (!id) {
        showMessage(tr("The baseline could not be stored: %1").arg(id.error().message), true);
        return false;
    }
    Q_EMIT baselineStored(m_subject.seuId, *id);
    QDialog::accept();
    return true;
}

bool BaselineFitDialog::storeAndAccept()
{
    if (isBusy() || !m_report || !m_report->chosen)
        return false;
    Result<std::optional<Baseline>> current = BaselineRepository(m_database)
                                                  .accepted(m_subject.seuId);
    if (!current) {
        showMessage(tr("The accepted baseline could not be read: %1")
                        .arg(current.error().message), true);
        return false;
    }
    const Baseline *superseded = *current ? &**current : nullptr;
    if (!AcceptConfirmation::ask(this, m_subject.seuName, *m_report->chosen, superseded))
        return false;

    Result<QString> id = store(true);
    if (!id) {
        showMessage(tr("The baseline could not be stored and accepted: %1")
                        .arg(id.error().message), true);
        return false;
    }
    Q_EMIT baselineAccepted(m_subject.seuId, *id);
    QDialog::accept();
    return true;
}

} // namespace Enms
