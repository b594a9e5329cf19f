// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;
class QMenu;
class QWidget;

namespace Enms {

// Cut, Copy, Paste and Select All for whatever has the keyboard focus: text fields do
// their own, and a table or tree copies its selected cells as a block a spreadsheet
// pastes cell by cell (tab-separated, one line a row, the column headers first).
// Item views copy only their current cell by themselves, so the filter installed on
// the application turns Ctrl+C on any view into a copy of the whole selection.
class EditCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditCommands)

public:
    explicit EditCommands(QObject *parent = nullptr);

    // Adds the four commands to `menu`, after what it already holds.
    void addActionsTo(QMenu *menu);

    static QString selectionText(const QAbstractItemView &view);
    static void copySelection(const QAbstractItemView &view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void run(const char *textSlot);
};

} // namespace Enms
