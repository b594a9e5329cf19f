// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importpages.h"

#include "engine/import/timestampparse.h"
#include "models/registry.h"
#include "ui/import/importwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Enms {

using namespace Engine;

namespace {

// The preview needs only the first rows; a head this size holds thousands of them.
constexpr qint64 kPreviewBytes = 256 * 1024;

QByteArray fileHead(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(kPreviewBytes) : QByteArray();
}

bool looksLikeXml(const QByteArray &head)
{
    const QByteArray start = head.left(512).trimmed();
    return start.startsWith("<?xml") || start.startsWith("<feed") || start.startsWith("<entry");
}

QString separatorName(char separator)
{
    switch (separator) {
    case '\t': return ImportPreviewPage::tr("tab");
    case ';': return ImportPreviewPage::tr("semicolon (;)");
    case '|': return ImportPreviewPage::tr("vertical bar (|)");
    default: return ImportPreviewPage::tr("comma (,)");
    }
}

QString columnTitle(const CsvPreview &preview, int column)
{
    return column < preview.header.size() && !preview.header[column].isEmpty()
               ? preview.header[column]
               : ImportMappingPage::tr("Column %1").arg(column + 1);
}

// The unit a column header names, e.g. "Energie kWh", "Leistung [kW]", "Temp °F".
std::optional<ImportUnit> unitNamedIn(const QString &header)
{
    const QString text = header.toLower();
    const std::pair<const char *, ImportUnit> units[] = {
        {"mwh", ImportUnit::MegaWattHour}, {"kwh", ImportUnit::KiloWattHour},
        {"wh", ImportUnit::WattHour},      {"kw", ImportUnit::KiloWatt},
        {"m3", ImportUnit::CubicMetreGas}, {"m³", ImportUnit::CubicMetreGas},
        {"°f", ImportUnit::Fahrenheit},    {"degf", ImportUnit::Fahrenheit},
        {"°c", ImportUnit::Celsius},       {"degc", ImportUnit::Celsius},
    };
    for (const auto &[name, unit] : units) {
        if (text.contains(QString::fromUtf8(name)))
            return unit;
    }
    return std::nullopt;
}

QString unitLabel(ImportUnit unit)
{
    switch (unit) {
    case ImportUnit::WattHour: return ImportMappingPage::tr("Wh per interval");
    case ImportUnit::KiloWattHour: return ImportMappingPage::tr("kWh per interval");
    case ImportUnit::MegaWattHour: return ImportMappingPage::tr("MWh per interval");
    case ImportUnit::Watt: return ImportMappingPage::tr("W mean demand");
    case ImportUnit::KiloWatt: return ImportMappingPage::tr("kW mean demand");
    case ImportUnit::CubicMetreGas: return ImportMappingPage::tr("m³ of gas");
    case ImportUnit::KilogramSteam: return ImportMappingPage::tr("kg of steam");
    case ImportUnit::Celsius: return ImportMappingPage::tr("°C");
    case ImportUnit::Fahrenheit: return ImportMappingPage::tr("°F");
    case ImportUnit::Count: return ImportMappingPage::tr("units produced");
    }
    return {};
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

// --- files ---------------------------------------------------------------------------

ImportFilesPage::ImportFilesPage(const QStringList &files, QWidget *parent)
    : QWizardPage(parent)
    , m_list(new QListWidget)
{
    setTitle(tr("Meter files"));
    setSubTitle(tr("Choose the exported files to import. CSV and similar text files "
                   "and Green Button XML are read; all files share one mapping."));
    m_list->setObjectName(QStringLiteral("fileList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto *add = new QPushButton(tr("&Add files…"));
    auto *remove = new QPushButton(tr("&Remove"));
    connect(add, &QPushButton::clicked, this, &ImportFilesPage::chooseFiles);
    connect(remove, &QPushButton::clicked, this, &ImportFilesPage::removeSelected);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    addFiles(files);
}

QStringList ImportFilesPage::files() const
{
    QStringList paths;
    for (int row = 0; row < m_list->count(); ++row)
        paths.append(m_list->item(row)->data(Qt::UserRole).toString());
    return paths;
}

void ImportFilesPage::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isFile() || files().contains(info.absoluteFilePath()))
            continue;
        auto *item = new QListWidgetItem(info.fileName(), m_list);
        item->setData(Qt::UserRole, info.absoluteFilePath());
        item->setToolTip(info.absoluteFilePath());
    }
    Q_EMIT completeChanged();
}

bool ImportFilesPage::isComplete() const
{
    return m_list->count() > 0;
}

void ImportFilesPage::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import meter data"), {},
        tr("Meter exports (*.csv *.txt *.tsv *.xml);;All files (*)"));
    addFiles(paths);
}

void ImportFilesPage::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
    Q_EMIT completeChanged();
}

// --- preview -------------------------------------------------------------------------

ImportPreviewPage::ImportPreviewPage(QWidget *parent)
    : QWizardPage(parent)
    , m_detected(new QLabel)
    , m_table(new QTableWidget)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows of the first file, as the importer reads them."));
    m_detected->setObjectName(QStringLiteral("detectedFormat"));
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_detected);
    layout->addWidget(m_table, 1);
}

void ImportPreviewPage::initializePage()
{
    const QStringList files = static_cast<ImportWizard *>(wizard())->files();
    const QByteArray head = files.isEmpty() ? QByteArray() : fileHead(files.first());
    m_preview.reset();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_greenButton = looksLikeXml(head);
    m_readable = m_greenButton;
    if (m_greenButton) {
        m_detected->setText(tr("Green Button (ESPI) XML interval data. Its readings carry "
                               "their own start times and durations in UTC."));
    } else if (Result<CsvPreview> preview = previewCsv(head); preview) {
        showPreview(*preview);
        m_preview = *preview;
        m_readable = true;
    } else {
        m_detected->setText(tr("This file cannot be read as meter data: %1")
                                .arg(preview.error().message));
    }
    Q_EMIT completeChanged();
}

void ImportPreviewPage::showPreview(const CsvPreview &preview)
{
    //: encoding, separator name, decimal mark, header yes/no, timestamp format
    m_detected->setText(tr("Encoding: %1 · Separator: %2 · Decimal mark: %3 · Header row: "
                           "%4 · Timestamps: %5")
                            .arg(preview.encoding, separatorName(preview.separator),
                                 QString(QLatin1Char(preview.decimalMark)),
                                 preview.hasHeader ? tr("yes") : tr("no"),
                                 preview.timestampFormat));
    int columns = int(preview.header.size());
    for (const QStringList &row : preview.rows)
        columns = std::max(columns, int(row.size()));
    m_table->setColumnCount(columns);
    m_table->setRowCount(int(preview.rows.size()));
    QStringList titles;
    for (int column = 0; column < columns; ++column) {
        QString title = columnTitle(preview, column);
        if (column == preview.timestampColumn || column == preview.timeColumn)
            title = tr("%1 (time stamp)").arg(title);
        titles.append(title);
    }
    m_table->setHorizontalHeaderLabels(titles);
    for (int row = 0; row < int(preview.rows.size()); ++row) {
        const QStringList &fields = preview.rows[size_t(row)];
        for (int column = 0; column < fields.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(fields[column]));
    }
}

QString ImportPreviewPage::detectedText() const
{
    return m_detected->text();
}

// --- mapping -------------------------------------------------------------------------

ImportMappingPage::ImportMappingPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Mapping"));
    setSubTitle(tr("Where the values go and how the file is read. What the file showed "
                   "is preselected; change what is wrong."));
    createWidgets();
}

ImportWizard *ImportMappingPage::importWizard() const
{
    return static_cast<ImportWizard *>(wizard());
}

void ImportMappingPage::createWidgets()
{
    const auto combo = [this](const char *name) {
        auto *box = new QComboBox;
        box->setObjectName(QString::fromLatin1(name));
        connect(box, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
        return box;
    };
    m_kind = combo("kindCombo");
    m_target = combo("targetCombo");
    m_column = combo("columnCombo");
    m_unit = combo("unitCombo");
    m_zone = combo("zoneCombo");
    m_stamps = combo("stampCombo");
    m_dateOrder = combo("dateOrderCombo");
    m_separator = combo("separatorCombo");
    m_decimal = combo("decimalCombo");
    m_overlap = combo("overlapCombo");
    m_preset = combo("presetCombo");
    m_cumulative = new QCheckBox(tr("Cumulative register readings (the energy is the "
                                    "difference between readings)"));
    m_presetStatus = new QLabel;

    m_kind->addItem(tr("Interval energy of an SEU"), int(ImportTarget::Energy));
    m_kind->addItem(tr("Outdoor temperature of a site"), int(ImportTarget::Temperature));
    m_kind->addItem(tr("Daily production of an SEU"), int(ImportTarget::Production));
    m_zone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    m_stamps->addItem(tr("the start of the interval"), int(StampConvention::IntervalStart));
    m_stamps->addItem(tr("the end of the interval"), int(StampConvention::IntervalEnd));
    m_dateOrder->addItem(tr("decide from the whole file"), int(DateOrder::Auto));
    m_dateOrder->addItem(tr("day/month/year"), int(DateOrder::DayMonthYear));
    m_dateOrder->addItem(tr("month/day/year"), int(DateOrder::MonthDayYear));
    m_dateOrder->addItem(tr("year/month/day"), int(DateOrder::YearMonthDay));
    m_separator->addItem(tr("detected"), 0);
    m_separator->addItem(tr("comma (,)"), int(','));
    m_separator->addItem(tr("semicolon (;)"), int(';'));
    m_separator->addItem(tr("tab"), int('\t'));
    m_separator->addItem(tr("vertical bar (|)"), int('|'));
    m_decimal->addItem(tr("detected"), 0);
    m_decimal->addItem(tr("point (.)"), int('.'));
    m_decimal->addItem(tr("comma (,)"), int(','));
    m_overlap->addItem(tr("keep the stored readings (skip overlaps)"), int(OverlapPolicy::Skip));
    m_overlap->addItem(tr("replace the stored readings"), int(OverlapPolicy::Replace));

    auto *savePreset = new QPushButton(tr("&Save as preset…"));
    savePreset->setObjectName(QStringLiteral("savePresetButton"));
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_preset, 1);
    presetRow->addWidget(savePreset);

    auto *presetLabel = new QLabel(tr("&Preset:"));
    presetLabel->setBuddy(m_preset);
    auto *form = new QFormLayout(this);
    form->addRow(presetLabel, presetRow);
    form->addRow(QString(), m_presetStatus);
    form->addRow(tr("&Data:"), m_kind);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Value column:"), m_column);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(QString(), m_cumulative);
    form->addRow(tr("Time &zone:"), m_zone);
    form->addRow(tr("Stamps &mark:"), m_stamps);
    form->addRow(tr("Date &order:"), m_dateOrder);
    form->addRow(tr("&Separator:"), m_separator);
    form->addRow(tr("Decimal &mark:"), m_decimal);
    form->addRow(tr("&Overlaps:"), m_overlap);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillTargets();
        fillUnits();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, &ImportMappingPage::targetChanged);
    connect(m_preset, &QComboBox::activated, this,
            [this](int index) { applyPresetNamed(m_preset->itemData(index).toString()); });
    connect(savePreset, &QPushButton::clicked, this,
            &ImportMappingPage::savePresetInteractively);
}

void ImportMappingPage::initializePage()
{
    if (m_target->count() == 0)
        fillTargets();
    fillColumns();
    fillUnits();
    preselectFromPreview();
}

ImportTarget ImportMappingPage::targetKind() const
{
    return ImportTarget(m_kind->currentData().toInt());
}

void ImportMappingPage::fillTargets()
{
    if (!wizard())
        return;
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    const QString preferred = importWizard()->preferredTarget();
    Registry registry(importWizard()->database());
    if (targetKind() == ImportTarget::Temperature) {
        if (Result<std::vector<SiteInfo>> sites = registry.sites(); sites) {
            for (const SiteInfo &site : *sites)
                m_target->addItem(site.name, site.id);
        }
    } else if (Result<std::vector<SeuInfo>> seus = registry.seus(); seus) {
        for (const SeuInfo &seu : *seus) {
            const Result<SiteInfo> site = registry.site(seu.siteId);
            m_target->addItem(site ? tr("%1 (%2)").arg(seu.name, site->name) : seu.name, seu.id);
        }
    }
    selectData(m_target, preferred);
    targetChanged();
}

QString ImportMappingPage::siteId() const
{
    if (m_target->currentIndex() < 0 || !wizard())
        return {};
    const QString id = m_target->currentData().toString();
    if (targetKind() == ImportTarget::Temperature)
        return id;
    const Result<SeuInfo> seu = Registry(importWizard()->database()).seu(id);
    return seu ? seu->siteId : QString();
}

void ImportMappingPage::targetChanged()
{
    const Result<SiteInfo> site = Registry(importWizard()->database()).site(siteId());
    if (site)
        m_zone->setCurrentText(site->timeZoneId);
    fillPresets();
    Q_EMIT completeChanged();
}

void ImportMappingPage::fillColumns()
{
    m_column->clear();
    const auto &preview = importWizard()->previewPage()->preview();
    if (!preview)
        return;
    for (int column : preview->numericColumns) {
        if (column == preview->timestampColumn || column == preview->timeColumn)
            continue;
        m_column->addItem(columnTitle(*preview, column), column);
    }
}

void ImportMappingPage::fillUnits()
{
    const QVariant current = m_unit->currentData();
    m_unit->clear();
    std::vector<ImportUnit> units;
    switch (targetKind()) {
    case ImportTarget::Energy:
        units = {ImportUnit::KiloWattHour, ImportUnit::WattHour, ImportUnit::MegaWattHour,
                 ImportUnit::KiloWatt, ImportUnit::Watt, ImportUnit::CubicMetreGas,
                 ImportUnit::KilogramSteam};
        break;
    case ImportTarget::Temperature:
        units = {ImportUnit::Celsius, ImportUnit::Fahrenheit};
        break;
    case ImportTarget::Production:
        units = {ImportUnit::Count};
        break;
    }
    for (ImportUnit unit : units)
        m_unit->addItem(unitLabel(unit), int(unit));
    selectData(m_unit, current);
}

// What the preview showed: the one value column (or the first of several), the unit
// its header names, and the date order when the first rows already settle it.
void ImportMappingPage::preselectFromPreview()
{
    const auto &preview = importWizard()->previewPage()->preview();
    if (!preview || m_column->count() == 0)
        return;
    m_column->setCurrentIndex(0);
    if (const auto unit = unitNamedIn(m_column->currentText()))
        selectData(m_unit, int(*unit));

    // An undecided preview ("DD/MM or MM/DD") leaves the decision to the whole file.
    const QString format = preview->timestampFormat;
    DateOrder order = DateOrder::Auto;
    if (format.contains(QLatin1String(" or ")))
        order = DateOrder::Auto;
    else if (format.startsWith(QLatin1String("DD")))
        order = DateOrder::DayMonthYear;
    else if (format.startsWith(QLatin1String("MM")))
        order = DateOrder::MonthDayYear;
    selectData(m_dateOrder, int(order));
}

void ImportMappingPage::fillPresets()
{
    m_preset->clear();
    m_preset->addItem(tr("(no preset)"), QString());
    const QString site = siteId();
    if (site.isEmpty())
        return;
    const Result<std::vector<ImportPreset>> presets =
        ImportPresets(importWizard()->database()).list(site);
    if (!presets)
        return;
    for (const ImportPreset &preset : *presets)
        m_preset->addItem(preset.name, preset.name);
}

bool ImportMappingPage::applyPresetNamed(const QString &name)
{
    if (name.isEmpty())
        return false;
    const Result<ImportPreset> preset =
        ImportPresets(importWizard()->database()).load(siteId(), name);
    if (!preset) {
        m_presetStatus->setText(preset.error().message);
        return false;
    }
    applyPreset(*preset);
    selectData(m_preset, name);
    m_presetStatus->setText(tr("Preset \"%1\" applied.").arg(name));
    return true;
}

void ImportMappingPage::applyPreset(const ImportPreset &preset)
{
    if (!preset.columnName.isEmpty()) {
        const int index = m_column->findText(preset.columnName);
        if (index >= 0)
            m_column->setCurrentIndex(index);
    }
    if (preset.unit)
        selectData(m_unit, int(*preset.unit));
    if (!preset.timeZoneId.isEmpty())
        m_zone->setCurrentText(preset.timeZoneId);
    if (preset.stamps)
        selectData(m_stamps, int(*preset.stamps));
    if (preset.dateOrder)
        selectData(m_dateOrder, int(*preset.dateOrder));
    if (preset.cumulative)
        m_cumulative->setChecked(*preset.cumulative);
    selectData(m_separator, int(preset.separator));
    selectData(m_decimal, int(preset.decimalMark));
}

Status ImportMappingPage::saveMappingAs(const QString &name)
{
    const Status saved = ImportPresets(importWizard()->database())
                             .save(siteId(), presetFromRequest(name, request()));
    if (!saved) {
        m_presetStatus->setText(saved.error().message);
        return saved;
    }
    fillPresets();
    selectData(m_preset, name.trimmed());
    m_presetStatus->setText(tr("Saved as preset \"%1\".").arg(name.trimmed()));
    return saved;
}

void ImportMappingPage::savePresetInteractively()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save mapping as preset"),
                                               tr("Preset name:"), QLineEdit::Normal,
                                               m_preset->currentData().toString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        saveMappingAs(name);
}

bool ImportMappingPage::isComplete() const
{
    if (m_target->currentIndex() < 0 || !wizard())
        return false;
    return importWizard()->previewPage()->isGreenButton() || m_column->currentIndex() >= 0;
}

ImportRequest ImportMappingPage::request() const
{
    ImportRequest request;
    request.target = targetKind();
    request.ownerNameOrId = m_target->currentData().toString();
    // A header names the column for good (and for presets); without one, its position.
    const auto &preview = importWizard()->previewPage()->preview();
    if (m_column->currentIndex() >= 0 && preview && preview->hasHeader)
        request.columnName = m_column->currentText();
    else if (m_column->currentIndex() >= 0)
        request.columnIndex = m_column->currentData().toInt();
    request.unit = ImportUnit(m_unit->currentData().toInt());
    request.cumulative = m_cumulative->isChecked();
    request.options.timeZoneId = m_zone->currentText().trimmed();
    request.options.stamps = StampConvention(m_stamps->currentData().toInt());
    request.options.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
    request.options.separator = char(m_separator->currentData().toInt());
    request.options.decimalMark = char(m_decimal->currentData().toInt());
    request.overlap = OverlapPolicy(m_overlap->currentData().toInt());
    return request;
}

} // namespace Enms
