// SPDX-License-Identifier: GPL-3.0-or-later
// enms-workbench: the desktop application. Parses the command line, loads the
// translations, opens the database and shows the main window.
#include "models/appidentity.h"
#include "models/database.h"
#include "models/demostore.h"
#include "models/settings.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <memory>

Q_LOGGING_CATEGORY(lcApp, "enms.app", QtInfoMsg)

namespace {

struct Options {
    QString database;
    QString seu;
    QString plan;
    QStringList importFiles;
};

// The user's language: the language setting when it names one, else the system's.
QLocale uiLocale()
{
    const QString language = Enms::Settings::language.value();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

// Our own strings come from the resource the build embeds (:/i18n/enms_de.qm); Qt's
// own dialogs and buttons from Qt's translation folder. Called again when the user
// switches the language: the translators of the previous language are removed first.
void installTranslations(QApplication &app)
{
    static QTranslator *qtTranslator = nullptr;
    static QTranslator *appTranslator = nullptr;
    for (QTranslator *old : {qtTranslator, appTranslator}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }

    const QLocale locale = uiLocale();
    QLocale::setDefault(locale);

    qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("enms"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
}

Options parseCommandLine(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Energy management workbench for ISO 50001."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Open the database at <path> (a file, or a "
                                            "postgresql:// address)."),
        QCoreApplication::translate("main", "path"), Enms::defaultDatabasePath());
    const QCommandLineOption select(
        QStringLiteral("select"),
        QCoreApplication::translate("main", "Show the SEU named <name> at start."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption plan(
        QStringLiteral("plan"),
        QCoreApplication::translate("main", "Open the action plan with the id <id> at start."),
        QCoreApplication::translate("main", "id"));
    parser.addOption(db);
    parser.addOption(select);
    parser.addOption(plan);
    const QCommandLineOption import(
        QStringLiteral("import"),
        QCoreApplication::translate("main", "Open the meter-data import wizard on <file> "
                                            "(may be given more than once)."),
        QCoreApplication::translate("main", "file"));
    parser.addOption(import);
    parser.process(app);
    return Options{parser.value(db), parser.value(select), parser.value(plan),
                   parser.values(import)};
}

// The first start without a database fills a new one with the demo plant, ending
// today in Los Angeles, and an accepted daily baseline for each of its SEUs fitted over
// its first twelve months, so a newcomer sees data, expected energy and CUSUM at once.
// It takes about half a second (a quarter of it for the nine fits).
void ensureDemoDatabase(const QString &path)
{
    if (Enms::Database::isPostgresLocation(path) || QFileInfo::exists(path))
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto database = Enms::Database::open(path);
    if (database) {
        Enms::Engine::DemoOptions options;
        options.endDate = QDateTime::currentDateTimeUtc()
                              .toTimeZone(QTimeZone("America/Los_Angeles"))
                              .date();
        // Without its baselines the plant is still worth showing: the Baseline tab fits them.
        const auto demo = Enms::storeDemoPlantWithBaselines(**database, options);
        if (!demo) {
            qCWarning(lcApp) << "demo baselines not created:" << demo.error().message;
            const auto plant = Enms::storeDemoPlant(**database, options);
            if (!plant)
                qCWarning(lcApp) << "demo plant not created:" << plant.error().message;
        }
    }
    QGuiApplication::restoreOverrideCursor();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Enms::applyApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/enms-workbench.svg")));
    QApplication::setDesktopFileName(QStringLiteral("enms-workbench"));
    installTranslations(app);

    const Options options = parseCommandLine(app);
    if (options.database == Enms::defaultDatabasePath())
        ensureDemoDatabase(options.database);

    std::unique_ptr<Enms::MainWindow> window = std::make_unique<Enms::MainWindow>();
    window->show();
    const bool opened = window->openDatabaseInteractively(options.database);
    if (opened && !options.seu.isEmpty() && !window->selectSeu(options.seu))
        window->statusBar()->showMessage(
            QCoreApplication::translate("main", "There is no SEU named %1.").arg(options.seu));
    if (opened && !options.plan.isEmpty() && !window->showPlan(options.plan))
        window->statusBar()->showMessage(
            QCoreApplication::translate("main", "There is no action plan %1.").arg(options.plan));
    if (opened && !options.importFiles.isEmpty())
        window->importMeterData(options.importFiles);

    // Widgets keep the texts they were built with, so a new language gets a new window
    // on the same database; the old one saves its edits and layout as it closes.
    std::function<void()> rebuildWindow = [&] {
        const QString location = window->databaseLocation();
        QGuiApplication::setQuitOnLastWindowClosed(false);   // for the moment without one
        window->close();
        window.reset();
        installTranslations(app);
        window = std::make_unique<Enms::MainWindow>();
        QObject::connect(window.get(), &Enms::MainWindow::languageChangeRequested, &app,
                         [&] { QTimer::singleShot(0, &app, rebuildWindow); });
        window->show();
        QGuiApplication::setQuitOnLastWindowClosed(true);
        if (!location.isEmpty())
            window->openDatabaseInteractively(location);
    };
    QObject::connect(window.get(), &Enms::MainWindow::languageChangeRequested, &app,
                     [&] { QTimer::singleShot(0, &app, rebuildWindow); });
    return app.exec();
}
