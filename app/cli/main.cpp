// SPDX-License-Identifier: GPL-3.0-or-later
// enms: the command-line tool. JSON on stdout; on failure {"detail": "..."} on stderr
// and exit code 2 (bad usage), 3 (unknown site, SEU or plan), 4 (not enough data) or 1.
#include "clicommand.h"

#include "models/appidentity.h"
#include "models/database.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Enms;
using namespace Enms::Cli;

namespace {

void print(FILE *stream, const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                                   : QJsonDocument(value.toObject());
    const QByteArray text = document.toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, size_t(text.size()), stream);
    std::fflush(stream);
}

int finish(const Outcome &outcome)
{
    if (!outcome.output.isUndefined() && !outcome.output.isNull())
        print(stdout, outcome.output);
    if (outcome.exitCode != 0)
        print(stderr, QJsonObject{{QStringLiteral("detail"), outcome.detail}});
    return outcome.exitCode;
}

QString usageText(const CommandList &commands)
{
    QString text = QStringLiteral("usage: enms [--db PATH] COMMAND [options]\ncommands:\n");
    for (const Command &command : commands)
        text += QStringLiteral("  ") + command.synopsis + QLatin1Char('\n');
    return text;
}

// The command whose words match the start of the arguments, longest match first.
const Command *findCommand(const CommandList &commands, const QStringList &arguments)
{
    const Command *best = nullptr;
    for (const Command &command : commands) {
        if (command.words.size() > arguments.size())
            continue;
        if (arguments.mid(0, command.words.size()) != command.words)
            continue;
        if (!best || command.words.size() > best->words.size())
            best = &command;
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    const bool gui = needsGuiApplication(rawArguments);
    if (gui)
        preparePrintingEnvironment();
    std::unique_ptr<QCoreApplication> application;
    if (gui)
        application = std::make_unique<QGuiApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    applyApplicationIdentity();

    CommandList commands;
    addRegistryCommands(commands);
    addReadingCommands(commands);
    addPerformanceCommands(commands);
    addPlanCommands(commands);
    addReportCommands(commands);
    addImportCommands(commands);
    addBaselineCommands(commands);

    QStringList arguments = app.arguments().mid(1);
    QString location = defaultDatabasePath();
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1String("--"))) {
        const QString option = arguments.takeFirst();
        if (option == QLatin1String("--db") && !arguments.isEmpty()) {
            location = arguments.takeFirst();
        } else if (option.startsWith(QLatin1String("--db="))) {
            location = option.mid(5);
        } else if (option == QLatin1String("--help")) {
            std::fputs(qPrintable(usageText(commands)), stdout);
            return 0;
        } else if (option == QLatin1String("--version")) {
            return finish(Outcome::success(QJsonObject{
                {QStringLiteral("version"), QCoreApplication::applicationVersion()}}));
        } else {
            return finish(Outcome::failure(CliError{CliError::Usage,
                QStringLiteral("Unknown option %1. %2").arg(option, usageText(commands))}));
        }
    }

    const Command *command = findCommand(commands, arguments);
    if (!command)
        return finish(Outcome::failure(CliError{CliError::Usage,
            (arguments.isEmpty() ? QStringLiteral("No command given. ")
                                 : QStringLiteral("Unknown command \"%1\". ")
                                       .arg(arguments.join(QLatin1Char(' '))))
                + usageText(commands)}));

    CliError error;
    const auto args = CliArgs::parse(arguments.mid(command->words.size()), command->options,
                                     command->flags, &error);
    if (!args)
        return finish(Outcome::failure(CliError{error.exitCode,
            error.detail + QStringLiteral(" Usage: enms ") + command->synopsis}));

    // A command that works on files alone runs on a throw-away in-memory database.
    auto database = Database::open(command->needsDatabase ? location
                                                          : QStringLiteral(":memory:"));
    if (!database)
        return finish(Outcome::failure(CliError{CliError::Other, database.error().message}));
    return finish(command->run(**database, *args));
}
