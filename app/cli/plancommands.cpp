// SPDX-License-Identifier: GPL-3.0-or-later
// enms plan-pdf: an action plan as a PDF an auditor can read without the program.
#include "clicommand.h"

#include "models/database.h"
#include "models/reports/planpdf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace Enms::Cli {

using namespace Engine;

namespace {

Outcome planPdf(Database &db, const CliArgs &args)
{
    CliError error;
    const auto id = args.required(QStringLiteral("id"), &error);
    const auto out = args.required(QStringLiteral("out"), &error);
    if (!id || !out)
        return Outcome::failure(error);

    Result<PlanReport> report = PlanPdf::load(db, *id);
    if (!report)
        return Outcome::failure(report.error());
    Result<int> pages = PlanPdf::writePdf(*report, *out);
    if (!pages)
        return Outcome::failure(pages.error());
    return Outcome::success(QJsonObject{{QStringLiteral("id"), *id},
                                        {QStringLiteral("pdf"), QFileInfo(*out).absoluteFilePath()},
                                        {QStringLiteral("pages"), *pages}});
}

} // namespace

Result<int> writePlanPdf(Database &db, const ActionPlan &plan, bool saved, const QString &path)
{
    Result<PlanReport> report = saved ? PlanPdf::load(db, plan.id) : PlanPdf::forPlan(db, plan);
    if (!report)
        return report.error();
    return PlanPdf::writePdf(*report, path);
}

bool needsGuiApplication(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("plan-pdf") || argument == QLatin1String("--pdf"))
            return true;
        if (argument == QLatin1String("report"))
            return true;
    }
    return false;
}

// HACK: Qt's QStandardPaths warns on stderr when XDG_RUNTIME_DIR is unset (as under
// cron, ssh or a container) and then uses /tmp/runtime-<user>. Our stderr carries only
// JSON, so the same folder is made and named here before the QGuiApplication starts.
// Once Qt routes that warning through a logging category we can filter it instead.
void preparePrintingEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString folder = QDir::tempPath() + QStringLiteral("/runtime-")
                           + qEnvironmentVariable("USER", QStringLiteral("enms"));
    if (QDir().mkpath(folder)) {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(folder));
    }
}

void addPlanCommands(CommandList &commands)
{
    commands.push_back({{QStringLiteral("plan-pdf")},
                        {QStringLiteral("id"), QStringLiteral("out")}, {},
                        QStringLiteral("plan-pdf --id ID --out FILE"), planPdf});
}

} // namespace Enms::Cli
