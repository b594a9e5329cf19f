// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartinteraction.h"

#include "ui/logging.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QToolBar>
#include "ui/charts/customplot.h"

namespace Enms {

namespace {

const QString kReadoutLayer = QStringLiteral("readout");
constexpr int kLabelOffsetPx = 14;   // gap between the cursor and the label

} // namespace

ChartInteraction::ChartInteraction(QCustomPlot *plot, QToolBar *toolBar)
    : QObject(plot)
    , m_plot(plot)
    , m_exportName(tr("chart"))
{
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    createReadoutItems();

    m_resetAction = toolBar->addAction(tr("&Reset zoom"));
    m_resetAction->setToolTip(tr("Show all the data again"));
    m_exportAction = toolBar->addAction(tr("&Export…"));
    m_exportAction->setToolTip(tr("Save this chart as a PNG image or a PDF document"));
    connect(m_resetAction, &QAction::triggered, this, &ChartInteraction::resetZoom);
    connect(m_exportAction, &QAction::triggered, this, &ChartInteraction::exportWithDialog);
    connect(m_plot, &QCustomPlot::mouseMove, this,
            [this](QMouseEvent *event) { showReadoutAt(event->position()); });
}

void ChartInteraction::createReadoutItems()
{
    m_plot->addLayer(kReadoutLayer, m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_layer = m_plot->layer(kReadoutLayer);
    m_layer->setMode(QCPLayer::lmBuffered);

    m_tracer = new QCPItemTracer(m_plot);
    m_tracer->setLayer(m_layer);
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(9);
    m_tracer->setPen(QPen(QColor(20, 20, 20), 1.5));
    m_tracer->setBrush(QColor(255, 255, 255, 160));
    m_tracer->position->setType(QCPItemPosition::ptPlotCoords);

    m_label = new QCPItemText(m_plot);
    m_label->setLayer(m_layer);
    m_label->setClipToAxisRect(false);
    m_label->position->setType(QCPItemPosition::ptAbsolute);
    m_label->setTextAlignment(Qt::AlignLeft);
    m_label->setPadding(QMargins(6, 4, 6, 4));
    m_label->setPen(QPen(QColor(120, 120, 120)));
    m_label->setBrush(QColor(255, 255, 255, 235));
    m_label->setColor(QColor(20, 20, 20));
    hideReadout();
}

void ChartInteraction::setZoomDirections(Qt::Orientations orientations)
{
    m_plot->axisRect()->setRangeDrag(orientations);
    m_plot->axisRect()->setRangeZoom(orientations);
}

void ChartInteraction::resetZoom()
{
    // The chart's own reset replots; without one, every axis fits its data.
    if (m_resetZoom) {
        m_resetZoom();
        return;
    }
    m_plot->rescaleAxes();
    m_plot->replot();
}

QString ChartInteraction::showReadoutAt(const QPointF &pixel)
{
    const bool inside = m_plot->axisRect()->rect().contains(pixel.toPoint());
    const double key = m_plot->xAxis->pixelToCoord(pixel.x());
    const double value = m_plot->yAxis->pixelToCoord(pixel.y());
    const std::optional<ChartReadout> readout = inside && m_readout ? m_readout(key, value)
                                                                    : std::nullopt;
    if (!readout) {
        hideReadout();
        return {};
    }

    m_tracer->position->setCoords(readout->key, readout->value);
    m_label->setText(readout->text);
    placeLabel(pixel);
    m_tracer->setVisible(true);
    m_label->setVisible(true);
    m_layer->replot();
    return readout->text;
}

// Beside the cursor, flipped to the other side near the right or bottom edge.
void ChartInteraction::placeLabel(const QPointF &pixel)
{
    const QRect area = m_plot->axisRect()->rect();
    const QFontMetrics metrics(m_label->font());
    const QSize size = metrics.boundingRect(QRect(), Qt::AlignLeft, m_label->text()).size();
    const bool flipX = pixel.x() + kLabelOffsetPx + size.width() + 12 > area.right();
    const bool flipY = pixel.y() + kLabelOffsetPx + size.height() + 8 > area.bottom();
    Qt::Alignment alignment = (flipX ? Qt::AlignRight : Qt::AlignLeft)
                              | (flipY ? Qt::AlignBottom : Qt::AlignTop);
    m_label->setPositionAlignment(alignment);
    m_label->position->setCoords(pixel.x() + (flipX ? -kLabelOffsetPx : kLabelOffsetPx),
                                 pixel.y() + (flipY ? -kLabelOffsetPx : kLabelOffsetPx));
}

void ChartInteraction::hideReadout()
{
    if (!m_label->visible())
        return;
    m_tracer->setVisible(false);
    m_label->setVisible(false);
    m_label->setText({});
    m_layer->replot();
}

QString ChartInteraction::readoutText() const
{
    return m_label->visible() ? m_label->text() : QString();
}

bool ChartInteraction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Leave)
        hideReadout();
    return QObject::eventFilter(watched, event);
}

bool ChartInteraction::exportPng(const QString &fileName)
{
    hideReadout();
    const bool saved = m_plot->savePng(fileName);
    qCInfo(lcUiCharts) << "PNG export to" << fileName << (saved ? "done" : "failed");
    return saved;
}

bool ChartInteraction::exportPdf(const QString &fileName)
{
    hideReadout();
    const bool saved = m_plot->savePdf(fileName);
    qCInfo(lcUiCharts) << "PDF export to" << fileName << (saved ? "done" : "failed");
    return saved;
}

void ChartInteraction::exportWithDialog()
{
    const QString png = tr("PNG image (*.png)");
    const QString pdf = tr("PDF document (*.pdf)");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString filter = png;
    QString fileName = QFileDialog::getSaveFileName(
        m_plot->window(), tr("Export chart"), folder + QLatin1Char('/') + m_exportName,
        png + QStringLiteral(";;") + pdf, &filter);
    if (fileName.isEmpty())
        return;

    const bool asPdf = filter == pdf
                       || QFileInfo(fileName).suffix().compare(QLatin1String("pdf"),
                                                               Qt::CaseInsensitive) == 0;
    const QString suffix = asPdf ? QStringLiteral("pdf") : QStringLiteral("png");
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QLatin1Char('.') + suffix;

    if (asPdf ? exportPdf(fileName) : exportPng(fileName)) {
        emit exported(fileName);
        return;
    }
    emit exportFailed(fileName);
    QMessageBox::warning(m_plot->window(), tr("Export chart"),
                         tr("The chart could not be written to %1.")
                             .arg(QDir::toNativeSeparators(fileName)));
}

} // namespace Enms
