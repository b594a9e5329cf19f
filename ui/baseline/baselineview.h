// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/site.h"
#include "ui/baseline/baselinefitdialog.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Enms {

class BaselineDetails;
class BaselineListModel;
class Database;
struct Baseline;
struct SeuChartData;

// The "Baseline" tab of the SEU charts: the SEU's accepted energy baseline as an auditor
// reads it (model, rule set, verdict, statistics, coefficients), every baseline it ever
// had, a "Fit baseline…" dialog and the acceptance of a draft. It shows what the charts
// loaded (SeuChartData::baselines) and writes on the database it is given; after a store
// or an acceptance it says so through its signals, and SeuChartsView reloads the SEU.
class BaselineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BaselineView)

public:
    explicit BaselineView(QWidget *parent = nullptr);
    ~BaselineView() override;

    // Where accepted and fitted baselines are written. Not owned; nullptr before it closes.
    void setDatabase(Database *database);
    void showData(const SeuChartData &data);
    void showMessage(const QString &message);

    const QString &seuId() const { return m_seu.id; }
    BaselineListModel *listModel() const { return m_list; }
    QTableView *listView() const { return m_listView; }
    BaselineDetails *details() const { return m_details; }
    QPushButton *fitButton() const { return m_fitButton; }
    QPushButton *acceptButton() const { return m_acceptButton; }
    // The fit dialog while it is open, else nullptr.
    BaselineFitDialog *fitDialog() const { return m_dialog; }

    void openFitDialog();
    // Asks, then accepts the selected draft; false when nothing was accepted.
    bool acceptSelected();
    bool selectBaseline(const QString &baselineId);
    const Baseline *selectedBaseline() const;

Q_SIGNALS:
    void baselineStored(const QString &seuId, const QString &baselineId);
    void baselineAccepted(const QString &seuId, const QString &baselineId);
    void statusMessage(const QString &message);

private:
    void createWidgets();
    void connectSignals();
    void showSelected();
    void showNoAcceptedBaseline();
    void updateButtons();
    QString headingFor(const Baseline &baseline) const;

    Database *m_database = nullptr;
    Engine::SeuInfo m_seu;
    QDate m_firstDataDate;
    QDate m_lastDataDate;
    QString m_selectAfterLoad;

    QLabel *m_title = nullptr;
    QPushButton *m_fitButton = nullptr;
    QPushButton *m_acceptButton = nullptr;
    BaselineDetails *m_details = nullptr;
    BaselineListModel *m_list = nullptr;
    QTableView *m_listView = nullptr;
    QPointer<BaselineFitDialog> m_dialog;
};

} // namespace Enms
