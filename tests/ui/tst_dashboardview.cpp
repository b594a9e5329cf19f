// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/database.h"
#include "models/demostore.h"
#include "models/performance/reviewtablemodel.h"
#include "models/registry.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/dashboard/reviewbarchart.h"

#include <QBarSet>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Enms;

namespace {

constexpr double kKWhTolerance = 1e-6;
constexpr double kMoneyTolerance = 1e-6;   // the bar holds the saving as computed
constexpr int kReviewTimeoutMs = 30000;

// The demo plant ends at 14:30 local time on this date; a month review ending on it
// covers 31 October to 29 November 2026 in Los Angeles.
const QDate kDemoEnd(2026, 11, 30);
const QString kLosAngelesSite = QStringLiteral("11111111-1111-1111-1111-111111111111");

// The active SEUs of the Los Angeles site (docs/demo-plant.md).
const QStringList kLosAngelesSeus = {
    QStringLiteral("Compressor-1"),     QStringLiteral("HVAC-Main"),
    QStringLiteral("Conveyor-A"),       QStringLiteral("Hydraulic-Pump-1"),
    QStringLiteral("Injection-Molding-1"), QStringLiteral("Boiler-1"),
    QStringLiteral("Steam-Header-1"),
};

const QStringList kStatusWords = {
    QStringLiteral("Excellent"), QStringLiteral("On target"),
    QStringLiteral("Requires attention"), QStringLiteral("Non-compliant"),
    QStringLiteral("No baseline"),
};

} // namespace

class TstDashboardView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsARowPerActiveSeu();
    void energyChartHasABarPerSeu();
    void savingsChartShowsTheOpportunities();
    void cancelLeavesTheViewIdle();
    void aNewReviewReplacesTheRunningOne();
    void changingThePeriodReviewsAgain();
    void doubleClickAndEnterActivateTheSeu();
    void clickingAnEnergyBarActivatesTheSeu();
    void errorsAreShownAsWords();
    void withoutDatabaseTheViewIsEmpty();

private:
    // Shows the LA site's month ending on the demo's last day and waits for it.
    bool reviewDemoMonth();
    bool waitUntilIdle();
    QString seuId(const QString &name) const;
    QStringList activeSeuNames(const QString &siteId) const;

    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DashboardView> m_view;
};

void TstDashboardView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto database = Database::open(m_folder.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().message));
    m_database = std::move(database).value();

    Engine::DemoOptions options;
    options.endDate = kDemoEnd;
    const auto demo = storeDemoPlant(*m_database, options);
    QVERIFY2(demo.ok(), qPrintable(demo ? QString() : demo.error().message));
}

void TstDashboardView::init()
{
    m_view = std::make_unique<DashboardView>();
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TstDashboardView::cleanup()
{
    m_view.reset();
}

bool TstDashboardView::waitUntilIdle()
{
    return QTest::qWaitFor([this] { return !m_view->isBusy(); }, kReviewTimeoutMs);
}

bool TstDashboardView::reviewDemoMonth()
{
    m_view->setDatabase(m_database.get());
    m_view->setSite(kLosAngelesSite);
    m_view->setPeriod(Engine::AnalysisPeriod::Month);
    m_view->setEndDate(kDemoEnd);
    return waitUntilIdle() && m_view->review() && m_view->review()->endDate == kDemoEnd
           && m_view->review()->period == Engine::AnalysisPeriod::Month;
}

QString TstDashboardView::seuId(const QString &name) const
{
    const auto seu = Registry(*m_database).seu(name);
    return seu ? seu->id : QString();
}

// The active SEUs of a site in the register's own order.
QStringList TstDashboardView::activeSeuNames(const QString &siteId) const
{
    QStringList names;
    const auto seus = Registry(*m_database).seus(siteId);
    if (!seus)
        return names;
    for (const Engine::SeuInfo &seu : *seus) {
        if (seu.active)
            names << seu.name;
    }
    return names;
}

void TstDashboardView::showsARowPerActiveSeu()
{
    QVERIFY(reviewDemoMonth());
    QCOMPARE(m_view->siteId(), kLosAngelesSite);
    QVERIFY(m_view->messageText().isEmpty());

    const QAbstractItemModel *table = m_view->tableView()->model();
    const QStringList registered = activeSeuNames(kLosAngelesSite);
    QStringList documented = kLosAngelesSeus;
    documented.sort();
    QStringList sortedRegistered = registered;
    sortedRegistered.sort();
    QCOMPARE(sortedRegistered, documented);
    QCOMPARE(table->rowCount(), int(registered.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->index(row, ReviewTableModel::SeuColumn).data().toString(),
                 registered.at(row));
        const QString status = table->index(row, ReviewTableModel::StatusColumn).data()
                                   .toString();
        QVERIFY2(kStatusWords.contains(status), qPrintable(status));
    }

    // 31 October to 29 November holds the 25-hour day of 1 November: 30 x 24 + 1 =
    // 721 h; HVAC-Main misses three hours of it (718 / 721 = 99.58 %).
    const ReviewTableModel *model = m_view->tableModel();
    const int hvac = model->rowOf(seuId(QStringLiteral("HVAC-Main")));
    const int compressor = model->rowOf(seuId(QStringLiteral("Compressor-1")));
    QCOMPARE(model->index(hvac, ReviewTableModel::CoverageColumn).data().toString(),
             QStringLiteral("99.6"));
    QCOMPARE(model->index(compressor, ReviewTableModel::CoverageColumn).data().toString(),
             QStringLiteral("100.0"));
    QCOMPARE(model->review().firstDate, QDate(2026, 10, 31));
    QCOMPARE(model->review().lastDate, QDate(2026, 11, 29));

    QVERIFY(m_view->totalsText().contains(QStringLiteral("kWh measured")));
    QVERIFY(!m_view->progressBar()->isVisible());
    QVERIFY(!m_view->cancelButton()->isVisible());
}

void TstDashboardView::energyChartHasABarPerSeu()
{
    QVERIFY(reviewDemoMonth());
    const ReviewTableModel *model = m_view->tableModel();
    const ReviewBarChart *chart = m_view->energyChart();
    QVERIFY(chart->barSet());
    QCOMPARE(chart->barSet()->count(), model->rowCount());
    QCOMPARE(chart->categories(), activeSeuNames(kLosAngelesSite));
    for (int row = 0; row < model->rowCount(); ++row) {
        const double energy = model->index(row, ReviewTableModel::EnergyColumn)
                                  .data(ReviewTableModel::SortRole).toDouble();
        QVERIFY(energy > 0);
        QVERIFY(std::abs(chart->barValue(row) - energy) < kKWhTolerance);
        // Drawn top-down: the set holds the last row first.
        const int bar = model->rowCount() - 1 - row;
        QVERIFY(std::abs(chart->barSet()->at(bar) - energy) < kKWhTolerance);
    }
}

void TstDashboardView::savingsChartShowsTheOpportunities()
{
    QVERIFY(reviewDemoMonth());
    const Engine::OpportunityReport &found = m_view->review()->opportunities;
    QVERIFY(!found.opportunities.empty());

    const ReviewBarChart *chart = m_view->savingsChart();
    QCOMPARE(chart->barCount(), int(found.opportunities.size()));
    for (int index = 0; index < chart->barCount(); ++index) {
        const double saving = found.opportunities[size_t(index)].savingsCost;
        QVERIFY(std::abs(chart->barValue(index) - saving) < kMoneyTolerance);
    }
    // Ranked by money: Injection-Molding-1's off-hours use is the largest saving.
    QVERIFY(m_view->savingsChart()->categories().first().contains(
        QStringLiteral("Injection-Molding-1")));
}

void TstDashboardView::cancelLeavesTheViewIdle()
{
    QVERIFY(reviewDemoMonth());
    const QDate shownBefore = m_view->review()->firstDate;
    QSignalSpy finished(m_view.get(), &DashboardView::reviewFinished);

    m_view->setPeriod(Engine::AnalysisPeriod::Quarter);
    QVERIFY(m_view->isBusy());
    QVERIFY(m_view->progressBar()->isVisible());
    QVERIFY(m_view->cancelButton()->isVisible());
    QTest::mouseClick(m_view->cancelButton(), Qt::LeftButton);

    QVERIFY(waitUntilIdle());
    QCOMPARE(finished.count(), 1);
    QVERIFY2(m_view->messageText().contains(QStringLiteral("cancelled")),
             qPrintable(m_view->messageText()));
    QVERIFY(!m_view->progressBar()->isVisible());
    QVERIFY(!m_view->cancelButton()->isVisible());
    // The month review stays on show.
    QVERIFY(m_view->review());
    QCOMPARE(m_view->review()->firstDate, shownBefore);
}

void TstDashboardView::aNewReviewReplacesTheRunningOne()
{
    QVERIFY(reviewDemoMonth());
    QSignalSpy finished(m_view.get(), &DashboardView::reviewFinished);

    m_view->refresh();
    m_view->setPeriod(Engine::AnalysisPeriod::Week);
    QVERIFY(waitUntilIdle());
    // The abandoned review never reports; give it time to end on its own thread.
    QTest::qWait(300);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_view->review()->period, Engine::AnalysisPeriod::Week);
}

void TstDashboardView::changingThePeriodReviewsAgain()
{
    QVERIFY(reviewDemoMonth());
    const double monthEnergy = m_view->review()->totals.actualKWh;
    QSignalSpy finished(m_view.get(), &DashboardView::reviewFinished);

    m_view->setPeriod(Engine::AnalysisPeriod::Week);
    QVERIFY(m_view->isBusy());
    QVERIFY(waitUntilIdle());
    QCOMPARE(finished.count(), 1);

    const SiteReview *week = m_view->review();
    QVERIFY(week);
    QCOMPARE(week->period, Engine::AnalysisPeriod::Week);
    QCOMPARE(week->firstDate, QDate(2026, 11, 23));
    QCOMPARE(week->lastDate, QDate(2026, 11, 29));
    QCOMPARE(m_view->tableModel()->rowCount(), int(kLosAngelesSeus.size()));
    QVERIFY(week->totals.actualKWh < monthEnergy);
}

void TstDashboardView::doubleClickAndEnterActivateTheSeu()
{
    QVERIFY(reviewDemoMonth());
    QSignalSpy activated(m_view.get(), &DashboardView::seuActivated);
    QTableView *table = m_view->tableView();

    // Sorted by energy, largest first, the row of the conveyor moves; the id must follow.
    table->sortByColumn(ReviewTableModel::EnergyColumn, Qt::DescendingOrder);
    const QString conveyorId = seuId(QStringLiteral("Conveyor-A"));
    QModelIndex conveyor;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, ReviewTableModel::EnergyColumn);
        if (index.data(ReviewTableModel::SeuIdRole).toString() == conveyorId)
            conveyor = index;
    }
    QVERIFY(conveyor.isValid());
    QVERIFY(conveyor.row() != m_view->tableModel()->rowOf(conveyorId));

    // A double click arrives after the press and release of its first click.
    const QPoint centre = table->visualRect(conveyor).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().at(0).toString(), conveyorId);

    const QModelIndex top = table->model()->index(0, ReviewTableModel::SeuColumn);
    table->setFocus();
    table->setCurrentIndex(top);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().at(0).toString(),
             seuId(QStringLiteral("Injection-Molding-1")));
}

void TstDashboardView::clickingAnEnergyBarActivatesTheSeu()
{
    QVERIFY(reviewDemoMonth());
    QSignalSpy activated(m_view.get(), &DashboardView::seuActivated);
    // The third bar from the top is the third SEU of the register.
    const ReviewBarChart *chart = m_view->energyChart();
    Q_EMIT chart->barSet()->clicked(chart->barCount() - 1 - 2);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().at(0).toString(),
             seuId(activeSeuNames(kLosAngelesSite).at(2)));
}

void TstDashboardView::errorsAreShownAsWords()
{
    QVERIFY(reviewDemoMonth());
    QSignalSpy finished(m_view.get(), &DashboardView::reviewFinished);
    m_view->setReviewFunction([](Database &, const ReviewRequest &, const ReviewProgress &)
                                  -> Engine::Result<SiteReview> {
        return Engine::makeError(Engine::ErrorCode::NotEnoughData,
                                 QStringLiteral("No readings for the site."));
    });

    m_view->refresh();
    QVERIFY(waitUntilIdle());
    QCOMPARE(finished.count(), 1);
    QVERIFY(!m_view->review());
    QCOMPARE(m_view->tableModel()->rowCount(), 0);
    QCOMPARE(m_view->messageText(),
             QStringLiteral("The review failed: No readings for the site."));
    QVERIFY(!m_view->energyChart()->barSet());
}

void TstDashboardView::withoutDatabaseTheViewIsEmpty()
{
    QVERIFY(reviewDemoMonth());
    m_view->setDatabase(nullptr);
    QVERIFY(!m_view->isBusy());
    QVERIFY(!m_view->review());
    QCOMPARE(m_view->tableModel()->rowCount(), 0);
    QCOMPARE(m_view->messageText(), QStringLiteral("No database is open."));
}

QTEST_MAIN(TstDashboardView)
#include "tst_dashboardview.moc"
