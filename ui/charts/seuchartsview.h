// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "models/charts/seuchartdata.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QTabWidget;
class QThread;

namespace Enms {

class BaselineView;
class CarpetChart;
class ChartPanel;
class ConsumptionChart;
class CusumChart;
class Database;
class DriverScatterChart;
class LoadDurationChart;

// The charts of one SEU on tabs: consumption with the expected energy, CUSUM, carpet,
// load duration, energy against a driver, and the SEU's baselines (where one is fitted
// and accepted; an acceptance reloads the charts). showSeu() reads and prepares the data on
// a worker thread with its own connection to the same database, so the window stays
// responsive; a newer request supersedes one still running, whose result is dropped.
// The main window shows it for the SEU selected in the site tree.
class SeuChartsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeuChartsView)

public:
    explicit SeuChartsView(QWidget *parent = nullptr);
    ~SeuChartsView() override;

    // The database showSeu() reads (its location; the view never uses the connection
    // itself). Not owned; pass nullptr before it closes.
    void setDatabase(Database *database);

    void showSeu(const QString &seuId);
    // A hint on every chart instead of data; cancels the result of a running load.
    void showMessage(const QString &message);

    bool isLoading() const { return !m_threads.isEmpty() && m_pending; }
    // The series on show, nullptr when none.
    const EnergySeries *series() const { return m_data ? &m_data->series : nullptr; }
    const SeuChartData *data() const { return m_data ? &*m_data : nullptr; }

    QTabWidget *tabs() const { return m_tabs; }
    ConsumptionChart *consumptionChart() const { return m_consumption; }
    CusumChart *cusumChart() const { return m_cusum; }
    CarpetChart *carpetChart() const { return m_carpet; }
    LoadDurationChart *loadDurationChart() const { return m_loadDuration; }
    DriverScatterChart *scatterChart() const { return m_scatter; }
    BaselineView *baselineView() const { return m_baseline; }

    // Wall-clock milliseconds of the last fill of all charts (setData and replot).
    qint64 lastFillMilliseconds() const { return m_fillMs; }

signals:
    void loaded();
    void loadFailed(const QString &message);
    void statusMessage(const QString &message);
    // A baseline of the SEU was accepted here; its charts are being reloaded, and every
    // figure computed from its expected energy elsewhere is out of date.
    void baselineAccepted(const QString &seuId);

private:
    void createCharts();
    void connectBaselineView();
    void setBusy(bool busy, const QString &text = {});
    void loadFinished(Engine::Result<SeuChartData> result);
    void fillCharts();
    QList<ChartPanel *> panels() const;

    Database *m_database = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    ConsumptionChart *m_consumption = nullptr;
    CusumChart *m_cusum = nullptr;
    CarpetChart *m_carpet = nullptr;
    LoadDurationChart *m_loadDuration = nullptr;
    DriverScatterChart *m_scatter = nullptr;
    BaselineView *m_baseline = nullptr;

    std::optional<SeuChartData> m_data;
    QList<QThread *> m_threads;       // loads still running, superseded ones included
    quint64 m_request = 0;            // the newest request; older results are dropped
    bool m_pending = false;
    qint64 m_fillMs = 0;
};

} // namespace Enms
