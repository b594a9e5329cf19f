// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliargs.h"

#include <cmath>

namespace Enms::Cli {

namespace {
CliError usage(const QString &detail)
{
    return CliError{CliError::Usage, detail};
}
} // namespace

std::optional<CliArgs> CliArgs::parse(const QStringList &arguments,
                                      const QSet<QString> &valueOptions,
                                      const QSet<QString> &flags, CliError *error)
{
    CliArgs args;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (!word.startsWith(QLatin1String("--"))) {
            *error = usage(QStringLiteral("Unexpected argument \"%1\".").arg(word));
            return std::nullopt;
        }
        QString name = word.mid(2);
        QString inlineValue;
        const bool hasInlineValue = name.contains(QLatin1Char('='));
        if (hasInlineValue) {
            inlineValue = name.section(QLatin1Char('='), 1);
            name = name.section(QLatin1Char('='), 0, 0);
        }

        if (flags.contains(name) && !hasInlineValue) {
            args.m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (hasInlineValue) {
                args.m_values.insert(name, inlineValue);
            } else if (i + 1 < arguments.size()) {
                args.m_values.insert(name, arguments.at(++i));
            } else {
                *error = usage(QStringLiteral("Option --%1 needs a value.").arg(name));
                return std::nullopt;
            }
        } else {
            *error = usage(QStringLiteral("Unknown option --%1 for this command.").arg(name));
            return std::nullopt;
        }
    }
    return args;
}

std::optional<QString> CliArgs::required(const QString &name, CliError *error) const
{
    const QString text = value(name).trimmed();
    if (text.isEmpty()) {
        *error = usage(QStringLiteral("Option --%1 is required.").arg(name));
        return std::nullopt;
    }
    return text;
}

std::optional<double> CliArgs::number(const QString &name, std::optional<double> fallback,
                                      CliError *error) const
{
    if (!m_values.contains(name)) {
        if (!fallback)
            *error = usage(QStringLiteral("Option --%1 is required.").arg(name));
        return fallback;
    }
    bool ok = false;
    const double parsed = m_values.value(name).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(parsed)) {
        *error = usage(QStringLiteral("Option --%1 needs a number, not \"%2\".")
                           .arg(name, m_values.value(name)));
        return std::nullopt;
    }
    return parsed;
}

std::optional<QDate> CliArgs::date(const QString &name, std::optional<QDate> fallback,
                                   CliError *error) const
{
    if (!m_values.contains(name)) {
        if (!fallback)
            *error = usage(QStringLiteral("Option --%1 is required.").arg(name));
        return fallback;
    }
    const QDate parsed = QDate::fromString(m_values.value(name).trimmed(), Qt::ISODate);
    if (!parsed.isValid()) {
        *error = usage(QStringLiteral("Option --%1 needs a date as YYYY-MM-DD, not \"%2\".")
                           .arg(name, m_values.value(name)));
        return std::nullopt;
    }
    return parsed;
}

std::optional<QString> CliArgs::choice(const QString &name, const QStringList &allowed,
                                       const QString &fallback, CliError *error) const
{
    const QString text = value(name, fallback).trimmed();
    if (!allowed.contains(text)) {
        *error = usage(QStringLiteral("Option --%1 must be one of %2, not \"%3\".")
                           .arg(name, allowed.join(QStringLiteral(", ")), text));
        return std::nullopt;
    }
    return text;
}

} // namespace Enms::Cli
