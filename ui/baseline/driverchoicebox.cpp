// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/baseline/driverchoicebox.h"

#include "models/baseline/baselineservice.h"
#include "models/baseline/baselinetext.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace Enms {

namespace {

// Every driver a table can hold, in the order the box lists them.
namespace Name = Engine::DriverName;
const QStringList kKnownDrivers{Name::production, Name::hdd, Name::cdd, Name::weekend,
                                Name::operatingHours, Name::temperature};
constexpr int kNoteIndent = 22;          // pixels: a note sits under its box's text

} // namespace

DriverChoiceBox::DriverChoiceBox(QWidget *parent)
    : QGroupBox(tr("Relevant variables (linear models)"), parent)
{
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(0, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(m_grid);
}

DriverChoiceBox::~DriverChoiceBox() = default;

void DriverChoiceBox::clearBoxes()
{
    qDeleteAll(m_boxes);
    qDeleteAll(m_notes);
    m_boxes.clear();
    m_notes.clear();
    m_available.clear();
}

void DriverChoiceBox::showStatus(const QString &text, bool clear)
{
    if (clear)
        clearBoxes();
    m_status->setText(text);
}

void DriverChoiceBox::showChoice(const DriverChoice &choice)
{
    QMap<QString, bool> previous;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        previous.insert(it.key(), it.value()->isChecked());
    clearBoxes();
    for (const QString &code : kKnownDrivers)
        addRow(code, choice, previous);
    m_status->setText(tr("Ticked: the variables the search tries in every combination. "
                         "Complete periods in the span with energy and every variable: %1.")
                          .arg(choice.rows));
}

QString DriverChoiceBox::noteFor(const QString &code, const DriverChoice &choice)
{
    if (!choice.available.contains(code)) {
        if (code == QLatin1String("weekend"))
            return tr("not for weeks: every week has two weekend days");
        if (code == QLatin1String("production"))
            return tr("no production counts are stored for this SEU");
        if (code == QLatin1String("operating_hours"))
            return tr("not available for this SEU");
        return tr("no outdoor temperatures are stored for this site");
    }
    const auto excluded = std::find_if(choice.excluded.begin(), choice.excluded.end(),
                                       [&code](const ExcludedDriver &d) {
                                           return d.name == code;
                                       });
    if (excluded == choice.excluded.end())
        return {};
    return tr("off by default: %1").arg(BaselineText::excludedReason(excluded->reason));
}

void DriverChoiceBox::addRow(const QString &code, const DriverChoice &choice,
                             const QMap<QString, bool> &previous)
{
    const bool available = choice.available.contains(code);
    if (available)
        m_available.insert(code);
    auto *box = new QCheckBox(BaselineText::driverName(code), this);
    box->setObjectName(QStringLiteral("driver_") + code);
    box->setEnabled(available);
    box->setChecked(available && previous.value(code, choice.defaults.contains(code)));

    const QString text = noteFor(code, choice);
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setContentsMargins(kNoteIndent, 0, 0, 4);
    note->setVisible(!text.isEmpty());

    const int row = m_grid->rowCount();
    m_grid->addWidget(box, row, 0);
    m_grid->addWidget(note, row + 1, 0);
    m_boxes.insert(code, box);
    m_notes.insert(code, note);
}

void DriverChoiceBox::setEditable(bool editable)
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setEnabled(editable && m_available.contains(it.key()));
}

QStringList DriverChoiceBox::checkedDrivers() const
{
    QStringList drivers;
    for (const QString &code : kKnownDrivers) {
        const QCheckBox *box = m_boxes.value(code);
        if (box && m_available.contains(code) && box->isChecked())
            drivers << code;
    }
    return drivers;
}

QStringList DriverChoiceBox::shownDrivers() const
{
    QStringList shown;
    for (const QString &code : kKnownDrivers) {
        if (m_boxes.contains(code))
            shown << code;
    }
    return shown;
}

QString DriverChoiceBox::note(const QString &code) const
{
    const QLabel *label = m_notes.value(code);
    return label ? label->text() : QString();
}

QString DriverChoiceBox::status() const
{
    return m_status->text();
}

} // namespace Enms
