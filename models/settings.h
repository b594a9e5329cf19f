// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Enms {

// One user preference: its QSettings key and its default, with the value type fixed at
// the declaration, so every reader and writer agrees on what is stored. The settings
// file is the one QSettings picks from the organisation and application names that
// applyApplicationIdentity() (models/appidentity.h) sets.
template <typename T>
class SettingKey final
{
public:
    explicit SettingKey(const char *key, T defaultValue = T{})
        : m_key(QString::fromLatin1(key))
        , m_default(std::move(defaultValue))
    {
    }

    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

    T value() const
    {
        const QVariant stored = QSettings().value(m_key);
        return stored.isValid() ? stored.template value<T>() : m_default;
    }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void remove() const { QSettings().remove(m_key); }

private:
    QString m_key;
    T m_default;
};

namespace Settings {

// Databases opened lately, most recent first (file paths or postgresql:// addresses).
inline const SettingKey<QStringList> recentDatabases{"databases/recent"};
inline constexpr int kMaxRecentDatabases = 8;

// QMainWindow::saveGeometry() / saveState() and the tree/chart splitter.
inline const SettingKey<QByteArray> mainWindowGeometry{"mainWindow/geometry"};
inline const SettingKey<QByteArray> mainWindowState{"mainWindow/state"};
inline const SettingKey<QByteArray> mainSplitterState{"mainWindow/splitter"};
// The view tab shown last (dashboard, charts, opportunities, plans).
inline const SettingKey<int> mainViewTab{"mainWindow/viewTab", 0};
// The database, SEU and action plan shown last, so a new start (or a new language)
// shows them again when that database is opened.
inline const SettingKey<QString> lastDatabase{"mainWindow/lastDatabase"};
inline const SettingKey<QString> lastSeu{"mainWindow/lastSeu"};
inline const SettingKey<QString> lastPlan{"mainWindow/lastPlan"};

// User interface language: empty = follow the system, otherwise a code such as "de".
inline const SettingKey<QString> language{"general/language"};

// The list with location moved (or added) to the front, duplicates removed, and cut to
// kMaxRecentDatabases entries.
QStringList withRecentDatabase(QStringList list, const QString &location);

// The list without SQLite files that no longer exist; server addresses are kept, since
// a server that is down now may be back later.
QStringList withoutMissingDatabases(const QStringList &list);

} // namespace Settings

} // namespace Enms
