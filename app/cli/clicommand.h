// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliargs.h"

#include "engine/core/result.h"

#include <QJsonValue>
#include <QSet>
#include <QStringList>

#include <functional>
#include <vector>

namespace Enms {
class Database;
namespace Engine {
struct ActionPlan;
}
}

namespace Enms::Cli {

// What a command produced: JSON for stdout and, on failure, the exit code and the
// message printed as {"detail": ...} on stderr. A failed command may still print
// JSON (an import that was refused prints its report).
struct Outcome {
    QJsonValue output;
    int exitCode = 0;
    QString detail;

    static Outcome success(QJsonValue json) { return Outcome{std::move(json), 0, {}}; }
    static Outcome failure(const CliError &error) { return Outcome{{}, error.exitCode, error.detail}; }
    static Outcome failure(const Engine::Error &error);
};

// One command: the words that name it ("site", "add"), the options it takes, and
// the function that runs it on an open database.
struct Command {
    QStringList words;
    QSet<QString> options;
    QSet<QString> flags;
    QString synopsis;
    std::function<Outcome(Database &, const CliArgs &)> run;
    bool needsDatabase = true;
};

using CommandList = std::vector<Command>;

// Each group of commands adds itself to the list.
void addRegistryCommands(CommandList &commands);
void addReadingCommands(CommandList &commands);
void addPerformanceCommands(CommandList &commands);
void addPlanCommands(CommandList &commands);
void addReportCommands(CommandList &commands);

// Writes a plan as PDF (plancommands.cpp): a saved plan with its revision history, an
// unsaved draft without. Returns the number of pages.
Engine::Result<int> writePlanPdf(Database &db, const Engine::ActionPlan &plan, bool saved,
                                 const QString &path);

// Printing needs fonts and so a QGuiApplication (on the offscreen platform unless
// QT_QPA_PLATFORM says otherwise); the other commands start faster without one.
bool needsGuiApplication(const QStringList &arguments);
// Sets up what a QGuiApplication needs without a desktop; call it before creating one.
void preparePrintingEnvironment();
void addImportCommands(CommandList &commands);
void addBaselineCommands(CommandList &commands);

// The id of the site named by an optional --site option; empty when it is not given.
Engine::Result<QString> optionalSiteId(Database &db, const CliArgs &args);

// The exit code for an engine or database error.
int exitCodeFor(Engine::ErrorCode code);

} // namespace Enms::Cli
