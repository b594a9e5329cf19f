// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>
#include <QMap>
#include <QSet>
#include <QStringList>

class QCheckBox;
class QGridLayout;
class QLabel;

namespace Enms {

struct DriverChoice;

// The relevant variables of a baseline fit as check boxes: every driver the SEU's data
// have, ticked when the fit tries it by default, with a note under each one that is off
// by default or not available (and why). Ticks the user changed survive a new choice,
// e.g. after switching from days to weeks. Part of the fit dialog.
class DriverChoiceBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriverChoiceBox)

public:
    explicit DriverChoiceBox(QWidget *parent = nullptr);
    ~DriverChoiceBox() override;

    void showChoice(const DriverChoice &choice);
    // A line above the boxes: looking up, failed, ...; clears the boxes.
    void showStatus(const QString &text, bool clearBoxes);
    // Boxes can be ticked only when editable and their driver is available.
    void setEditable(bool editable);

    bool hasChoice() const { return !m_boxes.isEmpty(); }
    QStringList checkedDrivers() const;          // in the listed order
    QStringList shownDrivers() const;
    QCheckBox *box(const QString &code) const { return m_boxes.value(code); }
    QString note(const QString &code) const;
    QString status() const;

private:
    void clearBoxes();
    void addRow(const QString &code, const DriverChoice &choice,
                const QMap<QString, bool> &previous);
    static QString noteFor(const QString &code, const DriverChoice &choice);

    QLabel *m_status = nullptr;
    QGridLayout *m_grid = nullptr;
    QMap<QString, QCheckBox *> m_boxes;
    QMap<QString, QLabel *> m_notes;
    QSet<QString> m_available;
};

} // namespace Enms
