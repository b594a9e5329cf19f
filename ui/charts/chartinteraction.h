// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointF>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QCPItemText;
class QCPItemTracer;
class QCPLayer;
class QCustomPlot;
class QToolBar;

namespace Enms {

// What the hover read-out shows for one mouse position: the point it marks (plot
// coordinates of the chart's first axes) and the text beside it, units included.
struct ChartReadout {
    double key = 0.0;
    double value = 0.0;
    QString text;
};

// The behaviour every SEU chart shares, attached to a chart's plot and tool bar:
// wheel zoom and drag pan (the chart picks the directions), a "Reset zoom" and an
// "Export…" button (PNG or PDF of the chart as shown), and a hover read-out that
// follows the mouse. The read-out lives on its own buffered layer, so moving the mouse
// redraws only the marker and label, never the (possibly 35,000-point) data.
class ChartInteraction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartInteraction)

public:
    // Maps a mouse position in plot coordinates (key, value) to a read-out, or none
    // when there is nothing under the cursor.
    using ReadoutFunction = std::function<std::optional<ChartReadout>(double, double)>;

    ChartInteraction(QCustomPlot *plot, QToolBar *toolBar);

    void setZoomDirections(Qt::Orientations orientations);
    void setReadout(ReadoutFunction function) { m_readout = std::move(function); }
    void setResetZoom(std::function<void()> function) { m_resetZoom = std::move(function); }
    // The file name the export dialog proposes, without suffix.
    void setExportName(const QString &baseName) { m_exportName = baseName; }

    void resetZoom();
    // Shows the read-out for a pixel position in the plot; hides it when nothing is
    // there. Returns the text shown (empty when hidden).
    QString showReadoutAt(const QPointF &pixel);
    void hideReadout();
    QString readoutText() const;

    // Write the chart as it is shown now (without the read-out).
    bool exportPng(const QString &fileName);
    bool exportPdf(const QString &fileName);

    QAction *resetAction() const { return m_resetAction; }
    QAction *exportAction() const { return m_exportAction; }

signals:
    void exported(const QString &fileName);
    void exportFailed(const QString &fileName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createReadoutItems();
    void exportWithDialog();
    void placeLabel(const QPointF &pixel);

    QCustomPlot *m_plot;
    QAction *m_resetAction = nullptr;
    QAction *m_exportAction = nullptr;
    QCPLayer *m_layer = nullptr;
    QCPItemTracer *m_tracer = nullptr;
    QCPItemText *m_label = nullptr;
    ReadoutFunction m_readout;
    std::function<void()> m_resetZoom;
    QString m_exportName;
};

} // namespace Enms
