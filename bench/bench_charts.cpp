// SPDX-License-Identifier: GPL-3.0-or-later
// How the SEU charts of one SEU respond with a year (and three years) of 15-minute data:
// the time from the click to the filled charts, one replot of each chart, and the time
// one wheel step, one drag step and one hover take from the event to the new picture.
// Prints figures and asserts nothing. Runs on the offscreen platform unless a display
// is chosen with QT_QPA_PLATFORM.
#include "models/baseline/baselinerepository.h"
#include "models/baseline/baselineservice.h"
#include "models/database.h"
#include "models/demostore.h"
#include "ui/charts/carpetchart.h"
#include "ui/charts/consumptionchart.h"
#include "ui/charts/cusumchart.h"
#include "ui/charts/loaddurationchart.h"
#include "ui/charts/seuchartsview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QWheelEvent>
#include "ui/charts/customplot.h"

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Enms;

namespace {

constexpr int kRepeats = 20;
const QString kSeu = QStringLiteral("Compressor-1");

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

double maximum(const std::vector<double> &values)
{
    return values.empty() ? 0.0 : *std::max_element(values.begin(), values.end());
}

void settle()
{
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

// Milliseconds of `step` followed by whatever it queued (QCustomPlot queues the
// replots of drags), for each of kRepeats runs.
template <typename Step>
std::vector<double> timeSteps(Step step)
{
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < kRepeats; ++i) {
        timer.start();
        step(i);
        settle();
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    return ms;
}

void print(const char *what, const std::vector<double> &ms)
{
    std::printf("  %-34s median %7.2f ms   max %7.2f ms\n", what, median(ms), maximum(ms));
}

bool acceptBaseline(Database &database, const QDate &from, const QDate &to)
{
    BaselineRequest request;
    request.seu = kSeu;
    request.from = from;
    request.to = to;
    auto fit = BaselineService(database).fit(request);
    if (!fit || !fit->chosen)
        return false;
    BaselineRepository repository(database);
    auto id = repository.store(*fit->chosen);
    return id && repository.accept(*id);
}

std::vector<double> replots(QCustomPlot *plot)
{
    return timeSteps([plot](int) { plot->replot(QCustomPlot::rpImmediateRefresh); });
}

std::vector<double> wheelSteps(QCustomPlot *plot)
{
    const QPointF centre = plot->axisRect()->rect().center();
    return timeSteps([plot, centre](int i) {
        const int delta = i < kRepeats / 2 ? 120 : -120;    // in, then out again
        QWheelEvent wheel(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, delta),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(plot, &wheel);
        plot->replot(QCustomPlot::rpImmediateRefresh);
    });
}

std::vector<double> dragSteps(QCustomPlot *plot)
{
    const QPointF start = plot->axisRect()->rect().center();
    QMouseEvent press(QEvent::MouseButtonPress, start, plot->mapToGlobal(start),
                      Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(plot, &press);
    std::vector<double> ms = timeSteps([plot, start](int i) {
        const QPointF at = start + QPointF(8.0 * (i + 1), 0.0);
        QMouseEvent move(QEvent::MouseMove, at, plot->mapToGlobal(at), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(plot, &move);
    });
    QMouseEvent release(QEvent::MouseButtonRelease, start, plot->mapToGlobal(start),
                        Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(plot, &release);
    return ms;
}

std::vector<double> hoverSteps(QCustomPlot *plot)
{
    const QRect area = plot->axisRect()->rect();
    return timeSteps([plot, area](int i) {
        const QPointF at(area.left() + area.width() * (i + 1) / (kRepeats + 1.0),
                         area.center().y());
        QMouseEvent move(QEvent::MouseMove, at, plot->mapToGlobal(at), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(plot, &move);
    });
}

void measure(SeuChartsView &view, int months)
{
    std::vector<double> loads;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        bool loaded = false;
        const auto ended = [&loaded] { loaded = true; };
        const QMetaObject::Connection done =
            QObject::connect(&view, &SeuChartsView::loaded, ended);
        const QMetaObject::Connection failed =
            QObject::connect(&view, &SeuChartsView::loadFailed, ended);
        view.showSeu(kSeu);     // every call reads the SEU anew
        while (!loaded && timer.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        QObject::disconnect(done);
        QObject::disconnect(failed);
        loads.push_back(timer.nsecsElapsed() / 1e6);
    }
    const qint64 intervals = qint64(view.series()->intervalKeys.size());
    std::printf("%d months, %lld fifteen-minute readings of %s\n", months, intervals,
                qPrintable(kSeu));
    print("click to all charts filled", loads);
    std::printf("  %-34s %7lld ms\n", "of which setData + replot of all", view.lastFillMilliseconds());

    QCustomPlot *consumption = view.consumptionChart()->plot();
    view.tabs()->setCurrentWidget(view.consumptionChart());
    settle();
    print("consumption replot", replots(consumption));
    print("consumption wheel step", wheelSteps(consumption));
    print("consumption drag step", dragSteps(consumption));
    print("consumption hover read-out", hoverSteps(consumption));

    view.tabs()->setCurrentWidget(view.carpetChart());
    settle();
    QCustomPlot *carpet = view.carpetChart()->plot();
    print("carpet replot", replots(carpet));
    print("carpet wheel step", wheelSteps(carpet));
    print("carpet hover read-out", hoverSteps(carpet));

    view.tabs()->setCurrentWidget(view.loadDurationChart());
    settle();
    print("load-duration replot", replots(view.loadDurationChart()->plot()));
    view.tabs()->setCurrentWidget(view.cusumChart());
    settle();
    print("CUSUM replot", replots(view.cusumChart()->plot()));
}

bool run(int months)
{
    QTemporaryDir folder;
    auto opened = Database::open(folder.filePath(QStringLiteral("bench.sqlite")));
    if (!opened)
        return false;
    std::unique_ptr<Database> database = std::move(opened).value();
    Engine::DemoOptions options;
    options.endDate = QDate(2026, 11, 30);
    options.months = months;
    auto demo = storeDemoPlant(*database, options);
    if (!demo || !acceptBaseline(*database, demo->firstDate.addDays(1),
                                 options.endDate.addDays(-31)))
        return false;

    SeuChartsView view;
    view.setDatabase(database.get());
    view.resize(1280, 760);
    view.show();
    settle();
    measure(view, months);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    for (int months : {13, 36}) {
        if (!run(months)) {
            std::fprintf(stderr, "could not prepare the %d-month demo\n", months);
            return 1;
        }
    }
    return 0;
}
