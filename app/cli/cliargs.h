// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Enms::Cli {

// A failure of a command, with the process exit code that scripts rely on.
struct CliError {
    enum Code { Other = 1, Usage = 2, Unknown = 3, NotEnoughData = 4 };
    int exitCode = Other;
    QString detail;
};

// The options after a command's words, as `--name value` pairs and bare `--flag`s.
// Each command declares which names it takes; anything else is a usage error, so a
// typo never silently falls back to a default.
class CliArgs final
{
public:
    // Splits argv into the command words and options. valueOptions take a value,
    // flags do not.
    static std::optional<CliArgs> parse(const QStringList &arguments,
                                        const QSet<QString> &valueOptions,
                                        const QSet<QString> &flags, CliError *error);

    bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return m_values.value(name, fallback);
    }

    // Typed access; a malformed or missing required value becomes a usage error.
    std::optional<QString> required(const QString &name, CliError *error) const;
    std::optional<double> number(const QString &name, std::optional<double> fallback,
                                 CliError *error) const;
    std::optional<QDate> date(const QString &name, std::optional<QDate> fallback,
                              CliError *error) const;
    std::optional<QString> choice(const QString &name, const QStringList &allowed,
                                  const QString &fallback, CliError *error) const;

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
};

} // namespace Enms::Cli
