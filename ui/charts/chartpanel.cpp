// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartpanel.h"

#include "ui/charts/chartinteraction.h"

#include <QToolBar>
#include <QVBoxLayout>
#include "ui/charts/customplot.h"

namespace Enms {

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(tr("Chart"), this))
    , m_plot(new QCustomPlot(this))
{
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_interaction = new ChartInteraction(m_plot, m_toolBar);

    m_message = new QCPItemText(m_plot);
    m_message->setPositionAlignment(Qt::AlignCenter);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.5);
    m_message->setColor(palette().color(QPalette::PlaceholderText));
    m_message->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_plot, 1);
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::showMessage(const QString &message)
{
    clearData();
    m_hasData = false;
    m_interaction->hideReadout();
    m_message->setText(message);
    m_message->setVisible(true);
    for (QCPAxis *axis : m_plot->axisRect()->axes()) {
        axis->setTickLabels(false);   // an empty time axis would show 1970
        axis->setRange(0, 1);
    }
    m_plot->replot();
}

QString ChartPanel::message() const
{
    return m_message->visible() ? m_message->text() : QString();
}

void ChartPanel::dataShown()
{
    m_hasData = true;
    m_message->setVisible(false);
    m_plot->xAxis->setTickLabels(true);
    m_plot->yAxis->setTickLabels(true);
}

} // namespace Enms
