// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace Enms::Test {

// The outcome of one run of the built `enms` executable.
struct CliRun {
    int exitCode = -1;
    QJsonObject json;          // stdout parsed as a JSON object
    QJsonObject error;         // stderr parsed as a JSON object ({"detail": ...})
    QByteArray stdoutText;
    QByteArray stderrText;
    double seconds = 0.0;
};

// Runs `enms --db DATABASE ARGS...` and parses what it prints. ENMS_CLI_PATH is set by
// the build to the enms executable under test.
inline CliRun runCli(const QString &database, const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(ENMS_CLI_PATH),
                  QStringList{QStringLiteral("--db"), database} + arguments);
    process.waitForFinished(timeoutMs);
    CliRun run;
    run.seconds = timer.elapsed() / 1000.0;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.stdoutText = process.readAllStandardOutput();
    run.stderrText = process.readAllStandardError();
    run.json = QJsonDocument::fromJson(run.stdoutText).object();
    run.error = QJsonDocument::fromJson(run.stderrText).object();
    return run;
}

} // namespace Enms::Test
