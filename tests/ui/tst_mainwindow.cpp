// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/database.h"
#include "models/readingstore.h"
#include "models/registry.h"
#include "models/settings.h"
#include "models/sitetreemodel.h"
#include "ui/charts/consumptionchart.h"
#include "ui/charts/seuchartsview.h"
#include "ui/charts/sitetimeticker.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"

#include <QClipboard>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <QTimeZone>
#include <QTranslator>
#include <QTreeView>
#include "ui/charts/customplot.h"

#include <algorithm>
#include <cmath>

using namespace Enms;

namespace {

constexpr double kKWhTolerance = 1e-9;
constexpr double kIntervalKWh = 2.5;      // every stored reading
constexpr int kIntervalSeconds = 900;

// The fixture plant: one SEU in Los Angeles with 21 local days of readings,
// 2026-03-02 00:00 to 2026-03-23 00:00 local time. US clocks go forward on Sunday
// 2026-03-08, so that day has 23 hours. Three hours are missing on 2026-03-10,
// 10:00 to 13:00 local time.
const QTimeZone &siteZone()
{
    static const QTimeZone zone("America/Los_Angeles");
    return zone;
}

qint64 localInstant(int month, int day, int hour)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), siteZone()).toSecsSinceEpoch();
}

Engine::DayBlocks fixtureBlocks()
{
    const qint64 start = localInstant(3, 2, 0);
    const qint64 end = localInstant(3, 23, 0);
    const qint64 gapStart = localInstant(3, 10, 10);
    const qint64 gapEnd = localInstant(3, 10, 13);

    Engine::DayBlocks blocks;
    for (qint64 t = start; t < end; t += kIntervalSeconds) {
        const qint64 day = Engine::utcDayOf(t);
        if (blocks.empty() || blocks.back().utcDay != day)
            blocks.push_back(Engine::DayBlock::empty(day, kIntervalSeconds));
        if (t >= gapStart && t < gapEnd)
            continue;
        const int slot = int((t - day * Engine::kSecondsPerDay) / kIntervalSeconds);
        blocks.back().values[size_t(slot)] = kIntervalKWh;
    }
    return blocks;
}

// Selects an SEU and waits until its charts, loaded on a worker thread, are shown.
bool selectAndWait(MainWindow &window, const QString &seu)
{
    QSignalSpy loaded(window.chartsView(), &SeuChartsView::loaded);
    if (!window.selectSeu(seu))
        return false;
    return loaded.wait(10000);
}

} // namespace

class TstMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void opensDatabaseAndListsTheRegister();
    void selectingAnSeuChartsItsIntervals();
    void dailyTotalsFollowTheSiteCalendar();
    void axisTicksFallOnLocalMidnights();
    void statusBarShowsCoverage();
    void recentDatabasesAreKeptAndPruned();
    void unreadableDatabaseIsRefusedAndTheOldOneKept_data();
    void unreadableDatabaseIsRefusedAndTheOldOneKept();
    void geometryIsSavedOnClose();
    void lastSeuAndViewAreShownAgain();
    void toolBarRepeatsTheDailyCommands();
    void everyIconIsSharpAtEveryScale();
    void copyTakesTheSelectedRowsWithHeaders();
    void germanTranslationReachesTheWindow();

private:
    QTemporaryDir m_folder;
    QString m_databasePath;
};

void TstMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_folder.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("EnMS-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));

    m_databasePath = m_folder.filePath(QStringLiteral("plant.sqlite"));
    auto database = Database::open(m_databasePath);
    QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().message));
    Registry registry(**database);

    Engine::SiteInfo site;
    site.name = QStringLiteral("Test Plant");
    site.timeZoneId = QStringLiteral("America/Los_Angeles");
    auto addedSite = registry.addSite(site);
    QVERIFY(addedSite.ok());
    Engine::SeuInfo seu;
    seu.siteId = addedSite->id;
    seu.name = QStringLiteral("Compressor-T");
    seu.ratedKW = 55;
    auto addedSeu = registry.addSeu(seu);
    QVERIFY(addedSeu.ok());
    seu.name = QStringLiteral("Empty-SEU");
    QVERIFY(registry.addSeu(seu).ok());

    ReadingStore store(**database);
    QVERIFY(store.writeEnergy(addedSeu->id, fixtureBlocks()).ok());
}

void TstMainWindow::init()
{
    QSettings().clear();
}

void TstMainWindow::opensDatabaseAndListsTheRegister()
{
    MainWindow window;
    const Engine::Status opened = window.openDatabase(m_databasePath);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));

    QCOMPARE(window.databaseLocation(), m_databasePath);
    QCOMPARE(window.siteModel()->rowCount(), 1);
    QCOMPARE(window.siteModel()->rowCount(window.siteModel()->index(0, 0)), 2);
    QVERIFY(window.windowTitle().contains(QStringLiteral("plant.sqlite")));
}

void TstMainWindow::selectingAnSeuChartsItsIntervals()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_databasePath).ok());
    QVERIFY(selectAndWait(window, QStringLiteral("Compressor-T")));

    // 21 local days less the hour skipped on 2026-03-08: 503 h = 2012 intervals from
    // the first reading to the last; 12 of them (10:00-13:00 on 03-10) hold no reading.
    const QSharedPointer<QCPGraphDataContainer> data = window.chart()->intervalGraph()->data();
    QCOMPARE(data->size(), 2012);
    int missing = 0;
    for (const QCPGraphData &point : *data)
        missing += std::isnan(point.value) ? 1 : 0;
    QCOMPARE(missing, 12);

    // Keys are UTC seconds; the axis maps them to the site's wall clock.
    const double firstKey = data->constBegin()->key;
    QCOMPARE(qint64(firstKey), localInstant(3, 2, 0));
    const QDateTime firstLocal = window.chart()->ticker()->localDateTime(firstKey);
    QCOMPARE(firstLocal.date(), QDate(2026, 3, 2));
    QCOMPARE(firstLocal.time(), QTime(0, 0));
    const double lastKey = (data->constEnd() - 1)->key;
    QCOMPARE(window.chart()->ticker()->localDateTime(lastKey).time(), QTime(23, 45));
    QCOMPARE(qint64(lastKey), localInstant(3, 23, 0) - kIntervalSeconds);

    QCOMPARE(window.chart()->plot()->xAxis->range().lower, firstKey);
    QVERIFY(window.chart()->intervalGraph()->visible());
    QVERIFY(!window.chart()->dailyBars()->visible());
    QVERIFY(window.lastLoadMilliseconds() >= 0);
}

void TstMainWindow::dailyTotalsFollowTheSiteCalendar()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_databasePath).ok());
    QVERIFY(selectAndWait(window, QStringLiteral("Compressor-T")));
    window.chart()->setView(ConsumptionChart::View::DailyTotals);
    QVERIFY(window.chart()->dailyBars()->visible());
    QVERIFY(!window.chart()->intervalGraph()->visible());

    // A full day is 96 x 2.5 = 240 kWh; 2026-03-08 has 23 hours, 92 x 2.5 = 230 kWh;
    // 2026-03-10 misses 12 intervals, 84 x 2.5 = 210 kWh.
    const QSharedPointer<QCPBarsDataContainer> bars = window.chart()->dailyBars()->data();
    QCOMPARE(bars->size(), 21);
    for (int day = 0; day < bars->size(); ++day) {
        const QDate date = QDate(2026, 3, 2).addDays(day);
        const double expected = date == QDate(2026, 3, 8)    ? 92 * kIntervalKWh
                                : date == QDate(2026, 3, 10) ? 84 * kIntervalKWh
                                                             : 96 * kIntervalKWh;
        const QCPBarsData bar = *(bars->constBegin() + day);
        QVERIFY2(std::abs(bar.value - expected) < kKWhTolerance,
                 qPrintable(date.toString(Qt::ISODate)));
        const QDateTime centre = window.chart()->ticker()->localDateTime(bar.key);
        QCOMPARE(centre.date(), date);
    }
}

void TstMainWindow::axisTicksFallOnLocalMidnights()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_databasePath).ok());
    QVERIFY(selectAndWait(window, QStringLiteral("Compressor-T")));
    SiteTimeTicker *ticker = window.chart()->ticker();

    // Eight days around the change to daylight time give one tick per local midnight
    // (the ticker aims at eight ticks): 23 h apart across the short day.
    const QCPRange days(double(localInstant(3, 4, 12)), double(localInstant(3, 12, 12)));
    const QVector<double> ticks = ticker->ticksFor(days);
    QVERIFY(ticks.size() >= 7);
    for (double tick : ticks)
        QCOMPARE(ticker->localDateTime(tick).time(), QTime(0, 0));
    QVERIFY(ticks.contains(double(localInstant(3, 8, 0))));
    QVERIFY(ticks.contains(double(localInstant(3, 9, 0))));
    QCOMPARE(localInstant(3, 9, 0) - localInstant(3, 8, 0), 23 * 3600);

    // Labels follow the spacing last chosen: day ticks show the date and year.
    const QString label = ticker->labelFor(double(localInstant(3, 9, 0)), QLocale::c());
    QCOMPARE(label, QStringLiteral("9 Mar\n2026"));

    // Four days give 12-hour ticks: local midnight and noon, even on the short day.
    const QCPRange halfDays(double(localInstant(3, 7, 0)), double(localInstant(3, 11, 0)));
    for (double tick : ticker->ticksFor(halfDays)) {
        const QTime time = ticker->localDateTime(tick).time();
        QVERIFY2(time == QTime(0, 0) || time == QTime(12, 0), qPrintable(time.toString()));
    }
    QVERIFY(ticker->ticksFor(halfDays).contains(double(localInstant(3, 8, 12))));
}

void TstMainWindow::statusBarShowsCoverage()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_databasePath).ok());
    QVERIFY(selectAndWait(window, QStringLiteral("Compressor-T")));

    // Span 503 h, covered 2000 intervals = 500 h: 99.403 % covered, 3 h missing.
    QCOMPARE(window.coverageText(),
             QStringLiteral("Compressor-T: 2026-03-02 – 2026-03-22, 99.4 % covered, "
                            "3 h missing"));

    QVERIFY(selectAndWait(window, QStringLiteral("Empty-SEU")));
    QCOMPARE(window.coverageText(), QStringLiteral("Empty-SEU: no readings stored"));
    QCOMPARE(window.chart()->intervalGraph()->data()->size(), 0);
}

void TstMainWindow::recentDatabasesAreKeptAndPruned()
{
    const QString gone = m_folder.filePath(QStringLiteral("deleted.sqlite"));
    const QString server = QStringLiteral("postgresql://enms@db.example/enms");
    Settings::recentDatabases.setValue({gone, server});

    MainWindow window;
    QVERIFY(window.openDatabase(m_databasePath).ok());
    QCOMPARE(Settings::recentDatabases.value(), QStringList({m_databasePath, server}));

    QStringList many;
    for (int i = 0; i < 12; ++i)
        many = Settings::withRecentDatabase(many, QStringLiteral("/data/site-%1.sqlite").arg(i));
    QCOMPARE(many.size(), Settings::kMaxRecentDatabases);
    QCOMPARE(many.first(), QStringLiteral("/data/site-11.sqlite"));
    QCOMPARE(Settings::withRecentDatabase(many, QStringLiteral("/data/site-8.sqlite")).first(),
             QStringLiteral("/data/site-8.sqlite"));
}

void TstMainWindow::unreadableDatabaseIsRefusedAndTheOldOneKept_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("newerSchema");
    QTest::newRow("not an SQLite file") << QStringLiteral("junk.sqlite") << false;
    QTest::newRow("schema from a newer version") << QStringLiteral("newer.sqlite") << true;
}

void TstMainWindow::unreadableDatabaseIsRefusedAndTheOldOneKept()
{
    QFETCH(QString, fileName);
    QFETCH(bool, newerSchema);
    const QString path = m_folder.filePath(fileName);
    if (newerSchema) {
        auto created = Database::open(path);
        QVERIFY(created.ok());
        QVERIFY((*created)->exec(QStringLiteral("INSERT INTO schema_version (version) "
                                                "VALUES (9999)"),
                                 QStringLiteral("pretend a newer program wrote this"))
                    .ok());
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }

    MainWindow window;
    QVERIFY(window.openDatabase(m_databasePath).ok());
    const Engine::Status refused = window.openDatabase(path);
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().message.isEmpty());
    if (newerSchema)
        QVERIFY2(refused.error().message.contains(QStringLiteral("newer")),
                 qPrintable(refused.error().message));
    QCOMPARE(window.databaseLocation(), m_databasePath);
    QCOMPARE(window.siteModel()->rowCount(), 1);
    QCOMPARE(Settings::recentDatabases.value().first(), m_databasePath);
}

void TstMainWindow::geometryIsSavedOnClose()
{
    const QSize size(1111, 666);
    {
        MainWindow window;
        window.show();
        window.resize(size);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QVERIFY(!Settings::mainWindowGeometry.value().isEmpty());
    QVERIFY(!Settings::mainWindowState.value().isEmpty());

    MainWindow restored;
    QCOMPARE(restored.size(), size);
}

// Closing the window remembers the SEU and the view; the next window on the same
// database shows them again, and another database is left as it opens.
void TstMainWindow::lastSeuAndViewAreShownAgain()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(m_databasePath).ok());
        QVERIFY(selectAndWait(window, QStringLiteral("Empty-SEU")));
        window.viewTabs()->setCurrentIndex(3);
        window.close();
    }

    MainWindow restored;
    restored.show();
    QSignalSpy loaded(restored.chartsView(), &SeuChartsView::loaded);
    QVERIFY(restored.openDatabase(m_databasePath).ok());
    const Engine::SeuInfo *seu = restored.siteModel()->seuAt(restored.siteTree()->currentIndex());
    QVERIFY(seu);
    QCOMPARE(seu->name, QStringLiteral("Empty-SEU"));
    QCOMPARE(restored.viewTabs()->currentIndex(), 3);
    QVERIFY(loaded.wait(10000));
    restored.close();

    // Another database (here: a new, empty one) starts with nothing selected.
    const QString other = m_folder.filePath(QStringLiteral("other.sqlite"));
    MainWindow fresh;
    QVERIFY(fresh.openDatabase(other).ok());
    QVERIFY(!fresh.siteModel()->seuAt(fresh.siteTree()->currentIndex()));
    fresh.close();
    Settings::lastSeu.remove();
}

void TstMainWindow::toolBarRepeatsTheDailyCommands()
{
    MainWindow window;
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(bar);
    QStringList tips;
    for (QAction *action : bar->actions()) {
        if (action->isSeparator())
            continue;
        QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
        tips.append(action->toolTip());
    }
    QVERIFY(tips.contains(QStringLiteral("Import meter data (Ctrl+I)")));
    QVERIFY(tips.contains(QStringLiteral("Open database (Ctrl+O)")));
    QVERIFY(tips.contains(QStringLiteral("Settings (Ctrl+,)")));
    QVERIFY(std::any_of(tips.begin(), tips.end(), [](const QString &tip) {
        return tip.startsWith(QStringLiteral("Undo"));
    }));
    for (int tab = 0; tab < window.viewTabs()->count(); ++tab)
        QVERIFY(!window.viewTabs()->tabIcon(tab).isNull());
}

// Each of our icons is drawn from its SVG at 1x and at 2x: the 2x pixmap has twice the
// pixels, and neither is blank.
void TstMainWindow::everyIconIsSharpAtEveryScale()
{
    const QStringList names = Icons::allNames();
    QVERIFY(names.size() >= 14);
    for (const QString &name : names) {
        const QIcon icon = Icons::named(qPrintable(name));
        for (const qreal scale : {1.0, 2.0}) {
            const QPixmap pixmap = icon.pixmap(QSize(22, 22), scale);
            QVERIFY2(!pixmap.isNull(), qPrintable(name));
            QCOMPARE(pixmap.width(), qRound(22 * scale));
            const QImage image = pixmap.toImage();
            bool drawn = false;
            for (int y = 0; y < image.height() && !drawn; ++y)
                for (int x = 0; x < image.width() && !drawn; ++x)
                    drawn = qAlpha(image.pixel(x, y)) > 0;
            QVERIFY2(drawn, qPrintable(name));
        }
    }
}

// Ctrl+C on a table or tree copies its selected rows under their column headers, as
// a spreadsheet pastes them; Edit > Copy does the same, and in a text field copies text.
void TstMainWindow::copyTakesTheSelectedRowsWithHeaders()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDatabase(m_databasePath).ok());
    QVERIFY(selectAndWait(window, QStringLiteral("Compressor-T")));
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear();

    window.siteTree()->setFocus();
    QTest::keyClick(window.siteTree(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboard->text(),
             QStringLiteral("Site / SEU\tCarrier\tRated power\nCompressor-T\tElectricity\t55 kW\n"));

    QAction *copy = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Copy))
            copy = action;
    }
    QVERIFY(copy);
    clipboard->clear();
    copy->trigger();
    QVERIFY(clipboard->text().startsWith(QStringLiteral("Site / SEU\t")));

    auto *field = new QLineEdit(QStringLiteral("kWh & 'quotes'"), &window);
    field->show();
    field->setFocus();
    field->selectAll();
    QTRY_COMPARE(QApplication::focusWidget(), field);
    copy->trigger();
    QCOMPARE(clipboard->text(), QStringLiteral("kWh & 'quotes'"));
    window.close();
    Settings::lastSeu.remove();
}

void TstMainWindow::germanTranslationReachesTheWindow()
{
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(ENMS_DE_QM)), ENMS_DE_QM);
    QVERIFY(QCoreApplication::installTranslator(&translator));

    MainWindow window;
    QVERIFY(window.openDatabase(m_databasePath).ok());
    QVERIFY(selectAndWait(window, QStringLiteral("Compressor-T")));

    // Item models translate when asked, so the carrier reads German while the
    // translator is installed; widgets keep the text they were given.
    const QModelIndex carrier = window.siteModel()
                                    ->seuIndex(QStringLiteral("Compressor-T"))
                                    .siblingAtColumn(SiteTreeModel::CarrierColumn);
    QCOMPARE(carrier.data().toString(), QStringLiteral("Strom"));
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    QVERIFY2(window.coverageText().contains(QStringLiteral("abgedeckt")),
             qPrintable(window.coverageText()));
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
