// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/import/csvimport.h"
#include "models/import/importpresets.h"
#include "models/import/importservice.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace Enms {

class ImportWizard;

// The first page: the files to import, added with a file dialog or dropped on the main
// window before the wizard opened.
class ImportFilesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFilesPage)

public:
    explicit ImportFilesPage(const QStringList &files, QWidget *parent = nullptr);

    QStringList files() const;
    void addFiles(const QStringList &paths);
    bool isComplete() const override;

private:
    void chooseFiles();
    void removeSelected();

    QListWidget *m_list = nullptr;
};

// The first rows of the first file as the importer reads them, with what it detected:
// encoding, separator, decimal mark, header and timestamp format.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewPage)

public:
    explicit ImportPreviewPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override { return m_readable; }

    // Empty for a Green Button file or an unreadable one.
    const std::optional<Engine::CsvPreview> &preview() const { return m_preview; }
    bool isGreenButton() const { return m_greenButton; }
    QString detectedText() const;
    QTableWidget *table() const { return m_table; }

private:
    void showPreview(const Engine::CsvPreview &preview);

    QLabel *m_detected = nullptr;
    QTableWidget *m_table = nullptr;
    std::optional<Engine::CsvPreview> m_preview;
    bool m_greenButton = false;
    bool m_readable = false;
};

// Where the values go and how they are read: target series and SEU or site, value
// column, unit, zone, stamp convention, date order, separator and decimal mark, what
// to do with overlaps, and the site's named presets.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportMappingPage)

public:
    explicit ImportMappingPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // The page's choices on a request that names no file yet.
    ImportRequest request() const;
    // The target's site, whose presets the page offers; empty without a target.
    QString siteId() const;

    bool applyPresetNamed(const QString &name);
    Engine::Status saveMappingAs(const QString &name);

    QComboBox *targetCombo() const { return m_target; }
    QComboBox *columnCombo() const { return m_column; }
    QComboBox *unitCombo() const { return m_unit; }
    QComboBox *zoneCombo() const { return m_zone; }
    QComboBox *stampCombo() const { return m_stamps; }
    QComboBox *dateOrderCombo() const { return m_dateOrder; }
    QComboBox *presetCombo() const { return m_preset; }
    QComboBox *overlapCombo() const { return m_overlap; }

private:
    ImportWizard *importWizard() const;
    void createWidgets();
    void fillTargets();
    void fillColumns();
    void fillUnits();
    void fillPresets();
    void targetChanged();
    void preselectFromPreview();
    void applyPreset(const ImportPreset &preset);
    void savePresetInteractively();
    ImportTarget targetKind() const;

    QComboBox *m_kind = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_column = nullptr;
    QComboBox *m_unit = nullptr;
    QCheckBox *m_cumulative = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_stamps = nullptr;
    QComboBox *m_dateOrder = nullptr;
    QComboBox *m_separator = nullptr;
    QComboBox *m_decimal = nullptr;
    QComboBox *m_overlap = nullptr;
    QComboBox *m_preset = nullptr;
    QLabel *m_presetStatus = nullptr;
};

} // namespace Enms
