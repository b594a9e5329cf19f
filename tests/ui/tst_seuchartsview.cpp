// SPDX-License-Identifier: GPL-3.0-or-later
// The SEU chart tabs on the demo plant (13 months, SQLite): every chart holds the data
// loaded off the GUI thread, exports write real PNG and PDF files, the hover read-out
// names the value under the cursor, the wheel zooms, and a newer request wins.
#include "models/baseline/baselinerepository.h"
#include "models/baseline/baselineservice.h"
#include "models/database.h"
#include "models/demostore.h"
#include "ui/charts/carpetchart.h"
#include "ui/charts/chartinteraction.h"
#include "ui/charts/consumptionchart.h"
#include "ui/charts/cusumchart.h"
#include "ui/charts/driverscatterchart.h"
#include "ui/charts/loaddurationchart.h"
#include "ui/charts/seuchartsview.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include "ui/charts/customplot.h"

#include <cmath>

using namespace Enms;

namespace {

constexpr int kLoadTimeoutMs = 60000;
const QDate kDemoEnd(2026, 11, 30);
const QString kCompressor = QStringLiteral("Compressor-1");
const QString kHvac = QStringLiteral("HVAC-Main");

QByteArray head(const QString &fileName, int bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

} // namespace

class TstSeuChartsView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showSeuFillsEveryChart();
    void carpetHasOneColumnPerDateAndTwentyFourRows();
    void exportsWritePngAndPdf();
    void hoverReadsOutTheCarpetCell();
    void hoverReadsOutTheInterval();
    void wheelZoomNarrowsTheTimeAxis();
    void newerRequestSupersedesOlder();

private:
    bool loadSeu(const QString &seu);

    QTemporaryDir m_folder;
    QString m_location;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SeuChartsView> m_view;
};

void TstSeuChartsView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_location = m_folder.filePath(QStringLiteral("demo.sqlite"));
    auto database = Database::open(m_location);
    QVERIFY(database.ok());
    m_database = std::move(database).value();
    Engine::DemoOptions options;
    options.endDate = kDemoEnd;
    QVERIFY(storeDemoPlant(*m_database, options).ok());

    BaselineRequest request;
    request.seu = kCompressor;
    request.from = QDate(2025, 11, 1);
    request.to = QDate(2026, 10, 31);
    auto fit = BaselineService(*m_database).fit(request);
    QVERIFY2(fit.ok(), qPrintable(fit ? QString() : fit.error().message));
    QVERIFY(fit->chosen.has_value());
    BaselineRepository repository(*m_database);
    auto id = repository.store(*fit->chosen);
    QVERIFY(id.ok());
    QVERIFY(repository.accept(*id).ok());
}

void TstSeuChartsView::init()
{
    m_view = std::make_unique<SeuChartsView>();
    m_view->setDatabase(m_database.get());
    m_view->resize(1280, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TstSeuChartsView::cleanup()
{
    m_view.reset();
}

bool TstSeuChartsView::loadSeu(const QString &seu)
{
    QSignalSpy loaded(m_view.get(), &SeuChartsView::loaded);
    m_view->showSeu(seu);
    return loaded.wait(kLoadTimeoutMs) && m_view->series()
           && m_view->series()->seu.name == seu;
}

void TstSeuChartsView::showSeuFillsEveryChart()
{
    QVERIFY(loadSeu(kCompressor));
    const SeuChartData &data = *m_view->data();
    const EnergySeries &series = *m_view->series();

    ConsumptionChart *consumption = m_view->consumptionChart();
    QCOMPARE(consumption->intervalGraph()->dataCount(), int(series.intervalKeys.size()));
    QCOMPARE(consumption->dailyBars()->dataCount(), int(series.dayDates.size()));
    QVERIFY(consumption->expectedIntervalGraph()->dataCount() > 0);
    QCOMPARE(consumption->expectedIntervalGraph()->dataCount(), int(data.expected.stepKeys.size()));

    // One CUSUM point per complete day the baseline predicts.
    CusumChart *cusum = m_view->cusumChart();
    QVERIFY(!data.cusum.isEmpty());
    QCOMPARE(cusum->cusumGraph()->dataCount(), int(data.cusum.dates.size()));
    QCOMPARE((cusum->cusumGraph()->data()->constEnd() - 1)->value, data.cusum.cusumKWh.last());

    LoadDurationChart *duration = m_view->loadDurationChart();
    QCOMPARE(qint64(duration->curveGraph()->dataCount()), series.coverage.readings);

    DriverScatterChart *scatter = m_view->scatterChart();
    QCOMPARE(scatter->driverSelector()->count(), int(data.scatters.size()));
    QCOMPARE(scatter->pointsGraph()->dataCount(), int(data.scatters.front().dates.size()));
    QVERIFY(scatter->lineGraph()->dataCount() >= 2);
    QCOMPARE(m_view->tabs()->count(), 6);   // five charts and the Baseline tab
}

void TstSeuChartsView::carpetHasOneColumnPerDateAndTwentyFourRows()
{
    QVERIFY(loadSeu(kCompressor));
    QCPColorMapData *cells = m_view->carpetChart()->colorMap()->data();
    QCOMPARE(cells->keySize(), int(m_view->series()->dayDates.size()));
    QCOMPARE(cells->valueSize(), 24);
    QCOMPARE(m_view->carpetChart()->firstDate(), m_view->series()->dayDates.first());
}

void TstSeuChartsView::exportsWritePngAndPdf()
{
    QVERIFY(loadSeu(kCompressor));
    const QList<ChartInteraction *> charts = {
        m_view->consumptionChart()->interaction(), m_view->cusumChart()->interaction(),
        m_view->carpetChart()->interaction(), m_view->loadDurationChart()->interaction(),
        m_view->scatterChart()->interaction()};
    int index = 0;
    for (ChartInteraction *chart : charts) {
        const QString png = m_folder.filePath(QStringLiteral("chart%1.png").arg(index));
        const QString pdf = m_folder.filePath(QStringLiteral("chart%1.pdf").arg(index));
        QVERIFY(chart->exportPng(png));
        QVERIFY(chart->exportPdf(pdf));
        QVERIFY(QFileInfo(png).size() > 0);
        QCOMPARE(head(png, 4), QByteArray("\x89PNG"));
        QCOMPARE(head(pdf, 4), QByteArray("%PDF"));
        ++index;
    }
}

// 10:00–11:00 on Wednesday 2026-06-17 at Compressor-1: a shift hour, so well above zero.
void TstSeuChartsView::hoverReadsOutTheCarpetCell()
{
    QVERIFY(loadSeu(kCompressor));
    m_view->tabs()->setCurrentWidget(m_view->carpetChart());
    CarpetChart *carpet = m_view->carpetChart();
    QCustomPlot *plot = carpet->plot();
    plot->replot();

    const QDate date(2026, 6, 17);
    const int day = int(carpet->firstDate().daysTo(date));
    const double kW = m_view->data()->carpet.cellKW(day, 10);
    QVERIFY(kW > 0);
    const QPoint pixel(int(plot->xAxis->coordToPixel(day)), int(plot->yAxis->coordToPixel(10)));

    QTest::mouseMove(plot, pixel);
    const QString text = carpet->interaction()->readoutText();
    QVERIFY2(text.contains(QStringLiteral("Wed 2026-06-17 10:00–11:00")), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(kW, 'f', 1) + QStringLiteral(" kW")),
             qPrintable(text));
}

void TstSeuChartsView::hoverReadsOutTheInterval()
{
    QVERIFY(loadSeu(kCompressor));
    ConsumptionChart *chart = m_view->consumptionChart();
    const EnergySeries &series = *m_view->series();
    const qint64 start = QDateTime(QDate(2026, 6, 17), QTime(10, 15),
                                   QTimeZone(series.site.timeZoneId.toUtf8()))
                             .toSecsSinceEpoch();
    const qsizetype index = series.intervalKeys.indexOf(double(start));
    QVERIFY(index > 0);
    chart->plot()->xAxis->setRange(start - 3 * 3600, start + 3 * 3600);
    chart->plot()->replot();

    const double x = chart->plot()->xAxis->coordToPixel(start + 450);
    const QString text = chart->interaction()->showReadoutAt(QPointF(x, 100));
    const double kWh = series.intervalKWh[index];
    QVERIFY2(text.contains(QStringLiteral("Wed 2026-06-17 10:15–10:30")), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(kWh, 'f', 2) + QStringLiteral(" kWh")),
             qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(kWh * 4, 'f', 1) + QStringLiteral(" kW")),
             qPrintable(text));
}

void TstSeuChartsView::wheelZoomNarrowsTheTimeAxis()
{
    QVERIFY(loadSeu(kCompressor));
    QCustomPlot *plot = m_view->consumptionChart()->plot();
    const QCPRange before = plot->xAxis->range();
    const QPointF centre = plot->axisRect()->rect().center();
    QWheelEvent wheel(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(plot, &wheel);
    const QCPRange after = plot->xAxis->range();
    QVERIFY2(after.size() < before.size() * 0.95,
             qPrintable(QStringLiteral("%1 -> %2 s").arg(before.size()).arg(after.size())));
    QVERIFY(after.lower > before.lower && after.upper < before.upper);

    m_view->consumptionChart()->interaction()->resetAction()->trigger();
    QCOMPARE(plot->xAxis->range().size(), before.size());
}

void TstSeuChartsView::newerRequestSupersedesOlder()
{
    QSignalSpy loaded(m_view.get(), &SeuChartsView::loaded);
    m_view->showSeu(kCompressor);
    m_view->showSeu(kHvac);
    QVERIFY(loaded.wait(kLoadTimeoutMs));
    QTest::qWait(200);   // the older load, if it ended later, must not show
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(m_view->series()->seu.name, kHvac);
    QVERIFY(m_view->cusumChart()->message().contains(kHvac));   // no baseline
}

QTEST_MAIN(TstSeuChartsView)
#include "tst_seuchartsview.moc"
