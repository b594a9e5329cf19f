// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editcommands.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMenu>

#include <algorithm>
#include <map>
#include <set>

namespace Enms {

namespace {

// A cell's text on one line: tabs and line breaks would split it in a spreadsheet.
QString cellText(const QVariant &value)
{
    QString text = value.toString();
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

} // namespace

EditCommands::EditCommands(QObject *parent) : QObject(parent)
{
    qApp->installEventFilter(this);
}

void EditCommands::addActionsTo(QMenu *menu)
{
    menu->addSeparator();
    QAction *cut = menu->addAction(tr("Cu&t"), this, [this] { run("cut"); });
    cut->setShortcut(QKeySequence::Cut);
    QAction *copy = menu->addAction(tr("&Copy"), this, [this] { run("copy"); });
    copy->setShortcut(QKeySequence::Copy);
    copy->setStatusTip(tr("Copy the selected text, or the selected rows of a table with "
                          "their column headers"));
    QAction *paste = menu->addAction(tr("&Paste"), this, [this] { run("paste"); });
    paste->setShortcut(QKeySequence::Paste);
    menu->addSeparator();
    QAction *all = menu->addAction(tr("Select &all"), this, [this] { run("selectAll"); });
    all->setShortcut(QKeySequence::SelectAll);
}

// Text fields have cut(), copy(), paste() and selectAll() slots; item views copy
// their selection and select all their rows; read-only views ignore cut and paste.
void EditCommands::run(const char *textSlot)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return;
    if (auto *view = qobject_cast<QAbstractItemView *>(focus)) {
        const QByteArray slot(textSlot);
        if (slot == "copy" || slot == "cut")
            copySelection(*view);
        else if (slot == "selectAll")
            view->selectAll();
        return;
    }
    if (focus->metaObject()->indexOfSlot(QByteArray(textSlot).append("()")) >= 0)
        QMetaObject::invokeMethod(focus, textSlot);
}

QString EditCommands::selectionText(const QAbstractItemView &view)
{
    const QItemSelectionModel *selection = view.selectionModel();
    if (!selection || !view.model())
        return {};
    QModelIndexList cells = selection->selectedIndexes();
    if (cells.isEmpty() && view.currentIndex().isValid())
        cells.append(view.currentIndex());
    if (cells.isEmpty())
        return {};

    // Rows in the order the model has them, columns left to right.
    std::sort(cells.begin(), cells.end());
    std::set<int> columns;
    std::map<std::pair<int, quintptr>, std::map<int, QString>> rows;
    for (const QModelIndex &cell : std::as_const(cells)) {
        columns.insert(cell.column());
        rows[{cell.row(), quintptr(cell.internalId())}][cell.column()] = cellText(cell.data());
    }

    QStringList lines;
    QStringList header;
    for (int column : columns)
        header.append(cellText(view.model()->headerData(column, Qt::Horizontal)));
    lines.append(header.join(QLatin1Char('\t')));
    for (const auto &[key, row] : rows) {
        QStringList line;
        for (int column : columns) {
            const auto found = row.find(column);
            line.append(found == row.end() ? QString() : found->second);
        }
        lines.append(line.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void EditCommands::copySelection(const QAbstractItemView &view)
{
    const QString text = selectionText(view);
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

bool EditCommands::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        if (auto *view = qobject_cast<QAbstractItemView *>(watched)) {
            copySelection(*view);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Enms
