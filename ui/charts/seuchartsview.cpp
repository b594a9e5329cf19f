// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/seuchartsview.h"

#include "models/database.h"
#include "ui/baseline/baselineview.h"
#include "ui/charts/carpetchart.h"
#include "ui/charts/consumptionchart.h"
#include "ui/charts/cusumchart.h"
#include "ui/charts/driverscatterchart.h"
#include "ui/charts/loaddurationchart.h"
#include "ui/logging.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace Enms {

using namespace Engine;

SeuChartsView::SeuChartsView(QWidget *parent)
    : QWidget(parent)
{
    createCharts();
    connectBaselineView();

    m_busyLabel = new QLabel(this);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);   // busy, without a known end
    m_busyBar->setMaximumWidth(160);
    m_busyBar->setTextVisible(false);
    auto *busyRow = new QHBoxLayout;
    busyRow->setContentsMargins(6, 2, 6, 2);
    busyRow->addWidget(m_busyLabel);
    busyRow->addWidget(m_busyBar);
    busyRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(busyRow);
    layout->addWidget(m_tabs, 1);
    setBusy(false);
}

// A load still running finishes before the view goes; it touches nothing of the view.
SeuChartsView::~SeuChartsView()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void SeuChartsView::createCharts()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_consumption = new ConsumptionChart(m_tabs);
    m_cusum = new CusumChart(m_tabs);
    m_carpet = new CarpetChart(m_tabs);
    m_loadDuration = new LoadDurationChart(m_tabs);
    m_scatter = new DriverScatterChart(m_tabs);
    m_baseline = new BaselineView(m_tabs);
    m_tabs->addTab(m_consumption, tr("&Consumption"));
    m_tabs->addTab(m_cusum, tr("C&USUM"));
    m_tabs->addTab(m_carpet, tr("C&arpet"));
    m_tabs->addTab(m_loadDuration, tr("&Load duration"));
    m_tabs->addTab(m_scatter, tr("&Energy vs driver"));
    m_tabs->addTab(m_baseline, tr("&Baseline"));
    m_tabs->setTabToolTip(1, tr("Cumulative sum of actual − expected energy (kWh)"));
    m_tabs->setTabToolTip(2, tr("Mean power (kW) by hour of day and date"));
    m_tabs->setTabToolTip(3, tr("Interval power (kW) sorted from highest to lowest"));
    m_tabs->setTabToolTip(4, tr("Daily energy (kWh) against a relevant variable"));
    m_tabs->setTabToolTip(5, tr("The energy baseline: model, statistics, fit and acceptance"));
}

// A stored draft changes only the list; an accepted baseline changes every chart.
void SeuChartsView::connectBaselineView()
{
    connect(m_baseline, &BaselineView::baselineStored, this,
            [this](const QString &seuId) { showSeu(seuId); });
    connect(m_baseline, &BaselineView::baselineAccepted, this, [this](const QString &seuId) {
        showSeu(seuId);
        emit baselineAccepted(seuId);
    });
    connect(m_baseline, &BaselineView::statusMessage, this, &SeuChartsView::statusMessage);
}

QList<ChartPanel *> SeuChartsView::panels() const
{
    return {m_cusum, m_carpet, m_loadDuration, m_scatter};
}

void SeuChartsView::setDatabase(Database *database)
{
    m_database = database;
    m_baseline->setDatabase(database);
}

void SeuChartsView::setBusy(bool busy, const QString &text)
{
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
}

void SeuChartsView::showSeu(const QString &seuId)
{
    if (!m_database) {
        showMessage(tr("No database is open."));
        return;
    }
    const quint64 request = ++m_request;
    m_pending = true;
    setBusy(true, tr("Loading the charts…"));
    emit statusMessage(tr("Loading the charts…"));

    // The worker opens, uses and closes its own connection; it shares nothing with the
    // view but the result slot, which it fills before the thread ends.
    auto result = std::make_shared<std::optional<Result<SeuChartData>>>();
    QThread *thread = QThread::create([location = m_database->location(), seuId, result] {
        Result<std::unique_ptr<Database>> database = Database::open(location);
        if (!database)
            result->emplace(database.error());
        else
            result->emplace(loadSeuChartData(**database, seuId));
    });
    connect(thread, &QThread::finished, this, [this, thread, request, result] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        if (request != m_request || !m_pending)
            return;   // superseded by a newer request or a message
        loadFinished(std::move(**result));
    });
    m_threads.append(thread);
    thread->start();
}

void SeuChartsView::loadFinished(Result<SeuChartData> result)
{
    m_pending = false;
    setBusy(false);
    if (!result) {
        showMessage(tr("The charts could not be loaded: %1").arg(result.error().message));
        emit loadFailed(result.error().message);
        emit statusMessage(result.error().message);
        return;
    }
    m_data = std::move(result).value();
    fillCharts();
    emit statusMessage(m_data->notes.join(QLatin1Char(' ')));
    emit loaded();
}

void SeuChartsView::fillCharts()
{
    QElapsedTimer timer;
    timer.start();
    m_consumption->showData(*m_data);
    for (ChartPanel *panel : panels())
        panel->showData(*m_data);
    m_baseline->showData(*m_data);
    m_fillMs = timer.elapsed();
    qCInfo(lcUiCharts) << "filled the SEU charts of" << m_data->series.seu.name << "in"
                       << m_fillMs << "ms";
}

void SeuChartsView::showMessage(const QString &message)
{
    ++m_request;
    m_pending = false;
    setBusy(false);
    m_data.reset();
    m_consumption->showMessage(message);
    for (ChartPanel *panel : panels())
        panel->showMessage(message);
    m_baseline->showMessage(message);
}

} // namespace Enms
