// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/baseline/baselinefitjob.h"
#include "models/baseline/baselineservice.h"
#include "ui/jobthreads.h"

#include <QDate>
#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;

namespace Enms {

class BaselineDetails;
class Database;
class DriverChoiceBox;
class FitCandidateModel;

// Fits a new energy baseline for one SEU: reference period, period length, relevant
// variables, model and rule set in, the chosen model with its statistics and every model
// tried out, then "Store as draft" or "Store and accept". Reading the data and searching
// the models run in a BaselineFitJob on a worker thread with its own connection, with a
// busy display and Cancel; storing happens on the dialog's database in one transaction.
// The baseline tab opens it; nothing is stored unless the user presses a store button.
class BaselineFitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BaselineFitDialog)

public:
    struct Subject {
        QString seuId;
        QString seuName;
        QDate firstDataDate;     // local dates of the first and last reading
        QDate lastDataDate;
    };

    BaselineFitDialog(Database &database, Subject subject, QWidget *parent = nullptr);
    ~BaselineFitDialog() override;

    const Subject &subject() const { return m_subject; }
    bool isBusy() const { return m_current != nullptr; }
    bool driversKnown() const;
    // The last successful fit; none before one, after a failure or a cancel.
    const std::optional<BaselineFitReport> &report() const { return m_report; }
    BaselineRequest currentRequest() const;

    void startFit();
    void cancelFit();
    // Store the chosen model; false when nothing was stored (the message says why).
    bool storeDraft();
    bool storeAndAccept();

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *periodCombo() const { return m_period; }
    QComboBox *modelCombo() const { return m_model; }
    QComboBox *rulesCombo() const { return m_rules; }
    DriverChoiceBox *driverChoice() const { return m_drivers; }
    QPushButton *fitButton() const { return m_fitButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *storeDraftButton() const { return m_storeDraftButton; }
    QPushButton *storeAcceptButton() const { return m_storeAcceptButton; }
    QString message() const;
    QString summary() const;
    BaselineDetails *resultDetails() const { return m_details; }
    FitCandidateModel *candidateModel() const { return m_candidates; }
    QTableView *candidateView() const { return m_candidateView; }

Q_SIGNALS:
    void driversLoaded();
    // After every fit request: true when a report is shown, false when it failed, was
    // refused or was cancelled.
    void fitFinished(bool succeeded);
    void baselineStored(const QString &seuId, const QString &baselineId);
    void baselineAccepted(const QString &seuId, const QString &baselineId);

private:
    QWidget *createInputs();
    QWidget *createResults();
    void fillChoices();
    void connectSignals();

    void loadDrivers();
    void startJob(BaselineFitJob::Request request);
    void jobFinished(BaselineFitJob *job);
    void driversFinished(const Engine::Result<DriverChoice> &result);
    void fitJobFinished(const Engine::Result<BaselineFitReport> &result);

    void showReport(const BaselineFitReport &report);
    QString reportSummary(const BaselineFitReport &report) const;
    void clearReport();
    void showStage(FitStage stage);
    void showMessage(const QString &text, bool isError);
    void setBusy(bool busy, const QString &text = {});
    void updateControls();
    std::optional<QString> inputError() const;
    bool isChangePointModel() const;
    Engine::Result<QString> store(bool accept);

    Database &m_database;
    Subject m_subject;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_rules = nullptr;
    DriverChoiceBox *m_drivers = nullptr;
    QPushButton *m_fitButton = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_summary = nullptr;
    BaselineDetails *m_details = nullptr;
    FitCandidateModel *m_candidates = nullptr;
    QTableView *m_candidateView = nullptr;
    QPushButton *m_storeDraftButton = nullptr;
    QPushButton *m_storeAcceptButton = nullptr;
    QPushButton *m_closeButton = nullptr;

    JobThreads<BaselineFitJob> m_jobs;       // running jobs, abandoned ones included
    BaselineFitJob *m_current = nullptr;     // the job whose result is wanted
    std::optional<BaselineFitReport> m_report;
};

} // namespace Enms
