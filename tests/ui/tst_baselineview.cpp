// SPDX-License-Identifier: GPL-3.0-or-later
// The Baseline tab of the SEU charts on the demo plant (13 months, SQLite, no baselines
// at first), driven through its real widgets on the offscreen platform: it says what to
// do without a baseline, fits through the dialog on a worker thread, stores and accepts
// with a confirmation that names what is superseded, and the charts reload with the new
// baseline's expected energy and CUSUM. Bad input and a cancelled fit store nothing.
// The main window refreshes its dashboard when a baseline is accepted.
#include "models/baseline/baselinelistmodel.h"
#include "models/baseline/baselinerepository.h"
#include "models/baseline/baselineservice.h"
#include "models/baseline/fitcandidatemodel.h"
#include "models/database.h"
#include "models/demostore.h"
#include "models/energyseries.h"
#include "models/registry.h"
#include "ui/baseline/acceptconfirmation.h"
#include "ui/baseline/baselinedetails.h"
#include "ui/baseline/baselinefitdialog.h"
#include "ui/baseline/driverchoicebox.h"
#include "ui/baseline/baselineview.h"
#include "ui/charts/consumptionchart.h"
#include "ui/charts/cusumchart.h"
#include "ui/charts/driverscatterchart.h"
#include "ui/charts/seuchartsview.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include "ui/charts/customplot.h"

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Enms;

namespace {

constexpr int kLoadTimeoutMs = 60000;
constexpr int kConfirmationPollMs = 20;
constexpr int kQuietMs = 1000;          // no further review started within this time
const QDate kDemoEnd(2026, 11, 30);
const QString kCompressor = QStringLiteral("Compressor-1");
// R² is shown with four decimals: half a unit of the last one.
constexpr double kShownRSquaredTolerance = 0.5e-4;
// The planted drift: Compressor-1 uses 15 % more from 14 days before the end date.
constexpr int kDriftDays = 14;
// The CUSUM chart leaves 8 % of the span (at least 1 kWh) above and below the sums.
constexpr double kAxisSlack = 1.2;
constexpr double kAxisMarginKWh = 2.0;

double parsed(const QString &shown)
{
    bool ok = false;
    const double value = QLocale().toDouble(shown, &ok);
    return ok ? value : qQNaN();
}

// Answers the next acceptance question: keeps its text and presses "Accept baseline"
// (or Cancel). The question is modal, so this runs from the event loop it opens.
void answerNextConfirmation(QString *text, bool accept = true)
{
    auto *poll = new QTimer;
    poll->setInterval(kConfirmationPollMs);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, text, accept] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (!box || !box->isVisible())
                continue;
            *text = box->text();
            QAbstractButton *button =
                accept ? static_cast<QAbstractButton *>(
                             box->findChild<QPushButton *>(QStringLiteral("confirmAcceptButton")))
                       : box->button(QMessageBox::Cancel);
            poll->deleteLater();
            button->click();
            return;
        }
    });
    poll->start();
}

int countBaselines(Database &database, const QString &seuId)
{
    auto all = BaselineRepository(database).list(seuId);
    return all ? int(all->size()) : -1;
}

} // namespace

class TstBaselineView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tabSaysWhatToDoWithoutABaseline();
    void dialogStartsFromTheDefaultPeriodAndDrivers();
    void fitStoreAndAcceptReloadsTheCharts();
    void draftIsAcceptedWithAQuestionNamingTheSuperseded();
    void periodEndingBeforeItStartsStoresNothing();
    void periodWithoutDataStoresNothing();
    void tooFewDaysGiveNoValidModel();
    void cancelledFitStoresNothing();
    void seuWithoutReadingsCannotBeFitted();
    void cusumAxisFollowsTheSeuShown();
    void questionWarnsAboutABaselineThatIsNotDaily();
    void mainWindowRefreshesTheDashboardOnAcceptance();

private:
    bool loadSeu(const QString &seu);
    BaselineView *baselineTab() const { return m_view->baselineView(); }
    BaselineFitDialog *openDialog();
    bool fit(BaselineFitDialog *dialog);
    bool ensureAcceptedBaseline(const QString &seu);

    QTemporaryDir m_folder;
    QString m_location;
    QString m_compressorId;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SeuChartsView> m_view;
};

void TstBaselineView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("ENMS_USER", "energy-manager");
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_folder.filePath(QStringLiteral("settings")));
    m_location = m_folder.filePath(QStringLiteral("demo.sqlite"));
    auto database = Database::open(m_location);
    QVERIFY(database.ok());
    m_database = std::move(database).value();
    Engine::DemoOptions options;
    options.endDate = kDemoEnd;
    QVERIFY(storeDemoPlant(*m_database, options).ok());
    m_compressorId = Registry(*m_database).seu(kCompressor)->id;
}

void TstBaselineView::init()
{
    m_view = std::make_unique<SeuChartsView>();
    m_view->setDatabase(m_database.get());
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->tabs()->setCurrentWidget(baselineTab());
}

void TstBaselineView::cleanup()
{
    m_view.reset();
}

bool TstBaselineView::loadSeu(const QString &seu)
{
    QSignalSpy loaded(m_view.get(), &SeuChartsView::loaded);
    m_view->showSeu(seu);
    return loaded.wait(kLoadTimeoutMs) && m_view->series() && m_view->series()->seu.name == seu;
}

BaselineFitDialog *TstBaselineView::openDialog()
{
    QTest::mouseClick(baselineTab()->fitButton(), Qt::LeftButton);
    BaselineFitDialog *dialog = baselineTab()->fitDialog();
    if (!dialog)
        return nullptr;
    QSignalSpy drivers(dialog, &BaselineFitDialog::driversLoaded);
    if (!dialog->driversKnown() && !drivers.wait(kLoadTimeoutMs))
        return nullptr;
    return dialog;
}

bool TstBaselineView::fit(BaselineFitDialog *dialog)
{
    QSignalSpy finished(dialog, &BaselineFitDialog::fitFinished);
    QTest::mouseClick(dialog->fitButton(), Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(kLoadTimeoutMs))
        return false;
    return finished.first().first().toBool();
}

// Fits and accepts a baseline over the default period through the service, unless the
// SEU has an accepted one already.
bool TstBaselineView::ensureAcceptedBaseline(const QString &seu)
{
    const QString seuId = Registry(*m_database).seu(seu)->id;
    BaselineRepository repository(*m_database);
    if (auto accepted = repository.accepted(seuId); accepted && *accepted)
        return true;
    auto series = loadEnergySeries(*m_database, seu);
    if (!series)
        return false;
    const DateSpan span = BaselineService::defaultReferencePeriod(
        series->coverage.firstLocalDate, series->coverage.lastLocalDate);
    BaselineRequest request;
    request.seu = seu;
    request.from = span.from;
    request.to = span.to;
    auto report = BaselineService(*m_database).fit(request);
    if (!report || !report->chosen)
        return false;
    auto id = repository.store(*report->chosen);
    return id && repository.accept(*id);
}

void TstBaselineView::tabSaysWhatToDoWithoutABaseline()
{
    QVERIFY(loadSeu(kCompressor));
    QCOMPARE(m_view->tabs()->tabText(m_view->tabs()->indexOf(baselineTab())),
             QStringLiteral("&Baseline"));

    const QString message = baselineTab()->details()->message();
    QVERIFY(!baselineTab()->details()->hasBaseline());
    QVERIFY2(message.contains(QStringLiteral("no accepted baseline")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Fit baseline…")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("enms ")), qPrintable(message));
    const QString cusum = m_view->cusumChart()->message();
    QVERIFY2(cusum.contains(QStringLiteral("Baseline tab")), qPrintable(cusum));
    QVERIFY2(!cusum.contains(QStringLiteral("enms baseline")), qPrintable(cusum));
    QVERIFY(baselineTab()->fitButton()->isEnabled());
    QVERIFY(!baselineTab()->acceptButton()->isEnabled());
    QCOMPARE(baselineTab()->listModel()->rowCount(), 0);
}

void TstBaselineView::dialogStartsFromTheDefaultPeriodAndDrivers()
{
    QVERIFY(loadSeu(kCompressor));
    BaselineFitDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    const SeriesCoverage &coverage = m_view->series()->coverage;
    const DateSpan span = BaselineService::defaultReferencePeriod(coverage.firstLocalDate,
                                                                  coverage.lastLocalDate);
    QCOMPARE(dialog->fromEdit()->date(), span.from);
    QCOMPARE(dialog->toEdit()->date(), span.to);
    QVERIFY(span.to <= coverage.lastLocalDate.addDays(-30));

    // Ticked: exactly the service's default candidates; the others say why not.
    auto choice = BaselineService(*m_database).driverChoice(kCompressor, span.from, span.to,
                                                             Engine::PeriodLength::Day);
    QVERIFY(choice);
    const DriverChoiceBox *drivers = dialog->driverChoice();
    QCOMPARE(drivers->shownDrivers().size(), 6);
    for (const QString &code : drivers->shownDrivers())
        QCOMPARE(drivers->box(code)->isChecked(), choice->defaults.contains(code));
    QCOMPARE(drivers->checkedDrivers(), choice->defaults);
    const QString note = drivers->note(QStringLiteral("operating_hours"));
    QVERIFY2(note.contains(QStringLiteral("own energy")), qPrintable(note));
    QVERIFY(!dialog->storeDraftButton()->isEnabled());
    dialog->reject();
}

void TstBaselineView::fitStoreAndAcceptReloadsTheCharts()
{
    QVERIFY(loadSeu(kCompressor));
    BaselineFitDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(fit(dialog));

    // The dialog shows the service's choice and its statistics.
    const BaselineFitReport report = *dialog->report();
    QVERIFY(report.chosen);
    const BaselineDetails *result = dialog->resultDetails();
    QVERIFY(result->hasBaseline());
    QVERIFY(std::fabs(parsed(result->shownText(BaselineDetails::Field::RSquared))
                      - report.chosen->fit.rSquared) <= kShownRSquaredTolerance);
    QVERIFY(dialog->candidateModel()->rowCount() > 1);
    QVERIFY(dialog->candidateModel()->index(0, 0).data(FitCandidateModel::ChosenRole).toBool());
    QVERIFY(dialog->storeAcceptButton()->isEnabled());

    QSignalSpy accepted(m_view.get(), &SeuChartsView::baselineAccepted);
    QSignalSpy reloaded(m_view.get(), &SeuChartsView::loaded);
    QString question;
    answerNextConfirmation(&question);
    QTest::mouseClick(dialog->storeAcceptButton(), Qt::LeftButton);
    QVERIFY2(question.contains(QStringLiteral("no accepted baseline yet")), qPrintable(question));
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(accepted.first().first().toString(), m_compressorId);
    QVERIFY(reloaded.wait(kLoadTimeoutMs));

    // Stored and accepted as fitted; the tab shows it, the charts use it.
    auto stored = BaselineRepository(*m_database).accepted(m_compressorId);
    QVERIFY(stored && *stored);
    const Baseline &baseline = **stored;
    QCOMPARE(baseline.modelForm, report.chosen->modelForm);
    QCOMPARE(baseline.drivers, report.chosen->drivers);
    QCOMPARE(baseline.acceptedBy, QStringLiteral("energy-manager"));
    const BaselineDetails *details = baselineTab()->details();
    QVERIFY(details->hasBaseline());
    QVERIFY(details->shownText(BaselineDetails::Field::Heading)
                .startsWith(QStringLiteral("Accepted baseline")));
    QVERIFY(std::fabs(parsed(details->shownText(BaselineDetails::Field::RSquared))
                      - baseline.fit.rSquared) <= kShownRSquaredTolerance);
    QVERIFY(details->shownText(BaselineDetails::Field::Status)
                .contains(QStringLiteral("Accepted by energy-manager")));
    QCOMPARE(baselineTab()->listModel()->rowCount(), 1);
    QCOMPARE(baselineTab()->selectedBaseline()->id, baseline.id);

    const SeuChartData &data = *m_view->data();
    QCOMPARE(data.expected.baselineId, baseline.id);
    QVERIFY(!data.cusum.isEmpty());
    QCOMPARE(m_view->cusumChart()->cusumGraph()->dataCount(), int(data.cusum.dates.size()));
    QVERIFY(m_view->consumptionChart()->expectedIntervalGraph()->dataCount() > 0);
    QVERIFY(m_view->scatterChart()->lineGraph()->dataCount() >= 2);
    // The planted leak: the CUSUM rises on every one of the last complete days.
    const QVector<double> &cusum = data.cusum.cusumKWh;
    for (qsizetype i = cusum.size() - kDriftDays + 1; i < cusum.size(); ++i)
        QVERIFY2(cusum[i] > cusum[i - 1], qPrintable(data.cusum.dates[i].toString()));
}

void TstBaselineView::draftIsAcceptedWithAQuestionNamingTheSuperseded()
{
    QVERIFY(loadSeu(kCompressor));
    auto before = BaselineRepository(*m_database).accepted(m_compressorId);
    QVERIFY(before && *before);     // from the test before
    const Baseline previous = **before;

    BaselineFitDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->fromEdit()->setDate(previous.periodFrom.addMonths(1));
    QVERIFY(fit(dialog));
    QSignalSpy reloaded(m_view.get(), &SeuChartsView::loaded);
    QTest::mouseClick(dialog->storeDraftButton(), Qt::LeftButton);
    QVERIFY(reloaded.wait(kLoadTimeoutMs));
    QCOMPARE(baselineTab()->listModel()->rowCount(), 2);

    // The new draft is selected, so Accept applies to it.
    const Baseline *draft = baselineTab()->selectedBaseline();
    QVERIFY(draft && draft->status == BaselineStatus::Draft);
    const QString draftId = draft->id;
    QVERIFY(baselineTab()->acceptButton()->isEnabled());
    QString question;
    QSignalSpy accepted(m_view.get(), &SeuChartsView::baselineAccepted);

    // Declining the question changes nothing.
    answerNextConfirmation(&question, false);
    QTest::mouseClick(baselineTab()->acceptButton(), Qt::LeftButton);
    QVERIFY(!question.isEmpty());
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(BaselineRepository(*m_database).load(draftId)->status, BaselineStatus::Draft);

    question.clear();
    answerNextConfirmation(&question);
    QTest::mouseClick(baselineTab()->acceptButton(), Qt::LeftButton);
    QVERIFY2(question.contains(previous.id.left(8)), qPrintable(question));
    QVERIFY2(question.contains(previous.periodFrom.toString(Qt::ISODate)), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("It supersedes")), qPrintable(question));
    QCOMPARE(accepted.count(), 1);
    QVERIFY(reloaded.wait(kLoadTimeoutMs));

    BaselineListModel *list = baselineTab()->listModel();
    QCOMPARE(list->baselineAt(list->rowOf(draftId)).status, BaselineStatus::Accepted);
    QCOMPARE(list->baselineAt(list->rowOf(previous.id)).status, BaselineStatus::Superseded);
    QCOMPARE(list->index(list->rowOf(previous.id), BaselineListModel::StatusColumn).data()
                 .toString(), QStringLiteral("Superseded"));
    QCOMPARE(m_view->data()->expected.baselineId, draftId);
    QVERIFY(!baselineTab()->acceptButton()->isEnabled());   // the accepted one is selected
}

void TstBaselineView::periodEndingBeforeItStartsStoresNothing()
{
    QVERIFY(loadSeu(kCompressor));
    const int stored = countBaselines(*m_database, m_compressorId);
    BaselineFitDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->fromEdit()->setDate(QDate(2026, 6, 1));
    dialog->toEdit()->setDate(QDate(2026, 3, 1));

    QVERIFY(!fit(dialog));
    QVERIFY2(dialog->message().contains(QStringLiteral("starts on 2026-06-01, after it ends on "
                                                       "2026-03-01")),
             qPrintable(dialog->message()));
    QVERIFY(!dialog->report());
    QVERIFY(!dialog->storeDraftButton()->isEnabled());
    QVERIFY(!dialog->storeAcceptButton()->isEnabled());
    QVERIFY(!dialog->storeDraft());
    QCOMPARE(countBaselines(*m_database, m_compressorId), stored);
    dialog->reject();
}

void TstBaselineView::periodWithoutDataStoresNothing()
{
    QVERIFY(loadSeu(kCompressor));
    const int stored = countBaselines(*m_database, m_compressorId);
    BaselineFitDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->fromEdit()->setDate(QDate(2020, 1, 1));
    dialog->toEdit()->setDate(QDate(2020, 12, 31));

    QVERIFY(!fit(dialog));
    QVERIFY2(dialog->message().contains(QStringLiteral("No baseline was fitted")),
             qPrintable(dialog->message()));
    QVERIFY2(dialog->message().contains(QStringLiteral("between 2020-01-01 and 2020-12-31")),
             qPrintable(dialog->message()));
    QVERIFY(!dialog->storeAcceptButton()->isEnabled());
    QCOMPARE(countBaselines(*m_database, m_compressorId), stored);
    dialog->reject();
}

// Five days cannot meet the SEP rules (at least 10 data points): the fit reports every
// model it tried and why, and offers nothing to store.
void TstBaselineView::tooFewDaysGiveNoValidModel()
{
    QVERIFY(loadSeu(kCompressor));
    const int stored = countBaselines(*m_database, m_compressorId);
    BaselineFitDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->fromEdit()->setDate(QDate(2026, 6, 1));
    dialog->toEdit()->setDate(QDate(2026, 6, 5));

    QVERIFY(fit(dialog));
    QVERIFY(dialog->report() && !dialog->report()->chosen);
    QVERIFY2(dialog->resultDetails()->message().contains(QStringLiteral("No model meets")),
             qPrintable(dialog->resultDetails()->message()));
    QCOMPARE(dialog->candidateModel()->validCount(), 0);
    QVERIFY(dialog->candidateModel()->rowCount() > 0);
    const QString reason = dialog->candidateModel()
                               ->index(0, FitCandidateModel::ReasonColumn).data().toString();
    QVERIFY2(!reason.isEmpty(), "a rejected model says why");
    QVERIFY(!dialog->storeDraftButton()->isEnabled());
    QVERIFY(!dialog->storeAndAccept());
    QCOMPARE(countBaselines(*m_database, m_compressorId), stored);
    dialog->reject();
}

void TstBaselineView::cancelledFitStoresNothing()
{
    QVERIFY(loadSeu(kCompressor));
    const int stored = countBaselines(*m_database, m_compressorId);
    BaselineFitDialog *dialog = openDialog();
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &BaselineFitDialog::fitFinished);

    QTest::mouseClick(dialog->fitButton(), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QVERIFY(dialog->cancelButton()->isVisible());
    QVERIFY(!dialog->fitButton()->isEnabled());
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);

    // The dialog stops waiting at once; the abandoned result is dropped when it comes.
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->fitButton()->isEnabled());
    QVERIFY2(dialog->message().contains(QStringLiteral("cancelled")),
             qPrintable(dialog->message()));
    QTest::qWait(1000);
    QVERIFY(!dialog->report());
    QVERIFY(!dialog->storeDraftButton()->isEnabled());
    QCOMPARE(countBaselines(*m_database, m_compressorId), stored);
    dialog->reject();
}

void TstBaselineView::seuWithoutReadingsCannotBeFitted()
{
    Engine::SeuInfo meter;
    meter.siteId = Registry(*m_database).seu(kCompressor)->siteId;
    meter.name = QStringLiteral("New-Meter");
    meter.ratedKW = 10.0;
    QVERIFY(Registry(*m_database).addSeu(meter));

    QVERIFY(loadSeu(meter.name));
    QVERIFY(!baselineTab()->fitButton()->isEnabled());
    const QString message = baselineTab()->details()->message();
    QVERIFY2(message.contains(QStringLiteral("No readings are stored for New-Meter")),
             qPrintable(message));
}

// Once every SEU can have a CUSUM, two SEUs over the same dates follow each other; the
// value axis must fit the second one's sums, not keep the first one's.
void TstBaselineView::cusumAxisFollowsTheSeuShown()
{
    const QString hvac = QStringLiteral("HVAC-Main");
    QVERIFY(ensureAcceptedBaseline(kCompressor));
    QVERIFY(ensureAcceptedBaseline(hvac));

    QVERIFY(loadSeu(kCompressor));
    QVERIFY(loadSeu(hvac));
    const QVector<double> &sums = m_view->data()->cusum.cusumKWh;
    QVERIFY(!sums.isEmpty());
    const double low = std::min(0.0, *std::min_element(sums.begin(), sums.end()));
    const double high = std::max(0.0, *std::max_element(sums.begin(), sums.end()));
    const QCPRange shown = m_view->cusumChart()->plot()->yAxis->range();
    QVERIFY(shown.lower <= low && shown.upper >= high);
    QVERIFY2(shown.size() <= kAxisSlack * (high - low) + kAxisMarginKWh,
             qPrintable(QStringLiteral("%1 to %2 kWh shown for sums from %3 to %4")
                            .arg(shown.lower).arg(shown.upper).arg(low).arg(high)));
}

void TstBaselineView::questionWarnsAboutABaselineThatIsNotDaily()
{
    QVERIFY(ensureAcceptedBaseline(kCompressor));
    auto accepted = BaselineRepository(*m_database).accepted(m_compressorId);
    QVERIFY(accepted && *accepted);
    Baseline weekly = **accepted;
    weekly.periodLength = Engine::PeriodLength::Week;
    const QString text = AcceptConfirmation::text(kCompressor, weekly, &**accepted);
    QVERIFY2(text.contains(QStringLiteral("This is a weekly baseline")), qPrintable(text));
    const QString daily = AcceptConfirmation::text(kCompressor, **accepted, nullptr);
    QVERIFY2(!daily.contains(QStringLiteral("weekly")), qPrintable(daily));
}

void TstBaselineView::mainWindowRefreshesTheDashboardOnAcceptance()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_location).ok());
    window.show();
    QVERIFY(window.selectSeu(kCompressor));
    QSignalSpy reviewed(window.dashboard(), &DashboardView::reviewFinished);
    QVERIFY(reviewed.wait(kLoadTimeoutMs));
    while (reviewed.wait(kQuietMs)) {
        // Let every review that opening and selecting started finish first.
    }
    reviewed.clear();

    emit window.chartsView()->baselineAccepted(m_compressorId);
    QVERIFY(reviewed.wait(kLoadTimeoutMs));
}

QTEST_MAIN(TstBaselineView)
#include "tst_baselineview.moc"
