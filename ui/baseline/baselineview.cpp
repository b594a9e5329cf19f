// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/baseline/baselineview.h"

#include "models/baseline/baselinelistmodel.h"
#include "models/baseline/baselinerepository.h"
#include "models/baseline/baselinetext.h"
#include "models/charts/seuchartdata.h"
#include "ui/baseline/acceptconfirmation.h"
#include "ui/baseline/baselinedetails.h"
#include "ui/baseline/baselinefitdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Enms {

namespace {

// Initial split of the tab's height between the details and the list.
constexpr int kDetailsShare = 700;
constexpr int kListShare = 220;

} // namespace

BaselineView::BaselineView(QWidget *parent)
    : QWidget(parent)
    , m_list(new BaselineListModel(this))
{
    createWidgets();
    connectSignals();
    showMessage(tr("Select an SEU to see its baselines."));
}

BaselineView::~BaselineView() = default;

void BaselineView::createWidgets()
{
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_fitButton = new QPushButton(tr("&Fit baseline…"), this);
    m_fitButton->setObjectName(QStringLiteral("fitBaselineButton"));
    m_acceptButton = new QPushButton(tr("Acc&ept…"), this);
    m_acceptButton->setObjectName(QStringLiteral("acceptBaselineButton"));
    m_acceptButton->setToolTip(tr("Make the selected draft the SEU's energy baseline; the "
                                  "accepted one is superseded and kept for audits"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 0);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_fitButton);
    bar->addWidget(m_acceptButton);

    m_details = new BaselineDetails(this);

    m_listView = new QTableView(this);
    m_listView->setObjectName(QStringLiteral("baselineList"));
    m_listView->setModel(m_list);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->verticalHeader()->hide();
    m_listView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_listView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_listView->horizontalHeader()->setStretchLastSection(true);
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(8, 0, 8, 0);
    listLayout->addWidget(new QLabel(tr("All baselines of this SEU, newest first:"), list));
    listLayout->addWidget(m_listView);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_details);
    split->addWidget(list);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({kDetailsShare, kListShare});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
}

void BaselineView::connectSignals()
{
    connect(m_fitButton, &QPushButton::clicked, this, &BaselineView::openFitDialog);
    connect(m_acceptButton, &QPushButton::clicked, this, &BaselineView::acceptSelected);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BaselineView::showSelected);
    connect(m_list, &QAbstractItemModel::modelReset, this, &BaselineView::updateButtons);
}

void BaselineView::setDatabase(Database *database)
{
    m_database = database;
    if (!database && m_dialog)
        m_dialog->reject();
    updateButtons();
}

void BaselineView::showData(const SeuChartData &data)
{
    m_seu = data.series.seu;
    m_firstDataDate = data.series.coverage.firstLocalDate;
    m_lastDataDate = data.series.coverage.lastLocalDate;
    m_title->setText(tr("Energy baselines of %1").arg(m_seu.name));
    m_list->setBaselines(data.baselines);

    const QString wanted = m_selectAfterLoad;
    m_selectAfterLoad.clear();
    if (!selectBaseline(wanted)) {
        const int accepted = m_list->acceptedRow();
        if (accepted >= 0)
            m_listView->selectRow(accepted);
        else
            showNoAcceptedBaseline();
    }
    updateButtons();
}

void BaselineView::showMessage(const QString &message)
{
    m_seu = {};
    m_firstDataDate = {};
    m_lastDataDate = {};
    m_title->clear();
    m_list->clear();
    m_details->showMessage(message);
    updateButtons();
}

bool BaselineView::selectBaseline(const QString &baselineId)
{
    const int row = baselineId.isEmpty() ? -1 : m_list->rowOf(baselineId);
    if (row < 0)
        return false;
    m_listView->selectRow(row);
    return true;
}

const Baseline *BaselineView::selectedBaseline() const
{
    const QModelIndex current = m_listView->selectionModel()->currentIndex();
    return current.isValid() ? &m_list->baselineAt(current.row()) : nullptr;
}

QString BaselineView::headingFor(const Baseline &baseline) const
{
    switch (baseline.status) {
    case BaselineStatus::Accepted:
        if (baseline.periodLength != Engine::PeriodLength::Day)
            return tr("Accepted baseline, not daily: the charts and the daily analysis of "
                      "%1 need a daily one").arg(m_seu.name);
        return tr("Accepted baseline: the expected energy, CUSUM and dashboard of %1 use it")
            .arg(m_seu.name);
    case BaselineStatus::Draft:
        return tr("Draft baseline: not in use until it is accepted");
    case BaselineStatus::Superseded:
        return tr("Superseded baseline: kept unchanged for audits");
    }
    return {};
}

void BaselineView::showSelected()
{
    const Baseline *baseline = selectedBaseline();
    if (baseline)
        m_details->showBaseline(*baseline, headingFor(*baseline));
    else
        showNoAcceptedBaseline();
    updateButtons();
}

void BaselineView::showNoAcceptedBaseline()
{
    if (!m_firstDataDate.isValid()) {
        m_details->showMessage(tr("No readings are stored for %1, so no baseline can be "
                                  "fitted yet. Import its meter data first (File > Import "
                                  "meter data…).").arg(m_seu.name));
        return;
    }
    QString text = tr("%1 has no accepted baseline yet, so its charts show no expected "
                      "energy, no CUSUM and no model line. Press “Fit baseline…” to fit one "
                      "over a reference period, check its statistics and accept it.")
                       .arg(m_seu.name);
    if (m_list->rowCount() > 0)
        text += QLatin1Char(' ')
                + tr("The baselines it had are listed below; select a draft to see it and "
                     "accept it.");
    m_details->showMessage(text);
}

void BaselineView::updateButtons()
{
    const bool hasData = m_database && !m_seu.id.isEmpty() && m_firstDataDate.isValid();
    m_fitButton->setEnabled(hasData);
    m_fitButton->setToolTip(hasData ? tr("Fit a new baseline for %1 over a reference period")
                                          .arg(m_seu.name)
                                    : tr("An SEU with stored readings is needed to fit a "
                                         "baseline"));
    const Baseline *selected = selectedBaseline();
    m_acceptButton->setEnabled(m_database && selected
                               && selected->status == BaselineStatus::Draft);
}

void BaselineView::openFitDialog()
{
    if (!m_database || m_seu.id.isEmpty() || m_dialog)
        return;
    BaselineFitDialog::Subject subject{m_seu.id, m_seu.name, m_firstDataDate, m_lastDataDate};
    m_dialog = new BaselineFitDialog(*m_database, subject, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &BaselineFitDialog::baselineStored, this,
            [this](const QString &seuId, const QString &id) {
                m_selectAfterLoad = id;
                Q_EMIT statusMessage(tr("The baseline was stored as a draft."));
                Q_EMIT baselineStored(seuId, id);
            });
    connect(m_dialog, &BaselineFitDialog::baselineAccepted, this,
            [this](const QString &seuId, const QString &id) {
                m_selectAfterLoad = id;
                Q_EMIT statusMessage(tr("The new baseline was stored and accepted."));
                Q_EMIT baselineAccepted(seuId, id);
            });
    m_dialog->open();
}

bool BaselineView::acceptSelected()
{
    const Baseline *selected = selectedBaseline();
    if (!m_database || !selected || selected->status != BaselineStatus::Draft)
        return false;
    const Baseline candidate = *selected;
    const int acceptedRow = m_list->acceptedRow();
    const Baseline *current = acceptedRow >= 0 ? &m_list->baselineAt(acceptedRow) : nullptr;
    if (!AcceptConfirmation::ask(this, m_seu.name, candidate, current))
        return false;

    Engine::Result<QString> superseded = BaselineRepository(*m_database).accept(candidate.id);
    if (!superseded) {
        QMessageBox::warning(this, tr("Baseline not accepted"),
                             tr("The baseline could not be accepted: %1")
                                 .arg(superseded.error().message));
        return false;
    }
    m_selectAfterLoad = candidate.id;
    Q_EMIT statusMessage(tr("The baseline of %1 for %2 is now accepted.")
                             .arg(m_seu.name, BaselineText::referencePeriod(
                                                  candidate.periodFrom, candidate.periodTo)));
    Q_EMIT baselineAccepted(m_seu.id, candidate.id);
    return true;
}

} // namespace Enms
