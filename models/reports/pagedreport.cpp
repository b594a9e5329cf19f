// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reports/pagedreport.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace Enms {

using namespace Engine;

namespace {

constexpr qreal kHeaderHeightPx = 44.0;
constexpr qreal kFooterHeightPx = 28.0;
constexpr int kBandFontPx = 10;
// A heading this close to the foot of a page goes to the next page with its section.
constexpr qreal kKeepWithHeadingPx = 90.0;
// The smallest spacing Qt keeps (it stores 1/64 px); invisible on paper.
constexpr qreal kNoLigatureSpacingPx = 1.0 / 32.0;

struct PageGeometry {
    QSizeF pagePx;        // the device's paint rectangle
    QRectF bodyPx;        // where the document's pages go
};

PageGeometry geometryOf(const QPagedPaintDevice &device)
{
    const QRectF points = device.pageLayout().paintRectPoints();
    const QSizeF page = points.size() * (PagedReport::kCssDpi / 72.0);
    const QRectF body(0, kHeaderHeightPx, page.width(),
                      page.height() - kHeaderHeightPx - kFooterHeightPx);
    return {page, body};
}

QFont bandFont(bool bold = false)
{
    return PagedReport::printFont(kBandFontPx, bold);
}

void paintHeader(QPainter &painter, const PageBands &bands, qreal width)
{
    // Two lines: the title; then `where` on the left and `when` on the right. The left
    // texts are elided rather than allowed to run into the right one.
    const qreal lineHeight = kBandFontPx * 1.5;
    const QRectF first(0, 0, width, lineHeight);
    const QRectF second(0, lineHeight, width, lineHeight);
    painter.setPen(Qt::black);
    painter.setFont(bandFont(true));
    painter.drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(bands.title, Qt::ElideMiddle,
                                                      int(width)));

    painter.setFont(bandFont());
    const qreal whenWidth = painter.fontMetrics().horizontalAdvance(bands.when) + 12;
    painter.drawText(second, Qt::AlignRight | Qt::AlignVCenter, bands.when);
    painter.drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(bands.where, Qt::ElideRight,
                                                      int(width - whenWidth)));
    painter.drawLine(QPointF(0, kHeaderHeightPx - 6), QPointF(width, kHeaderHeightPx - 6));
}

void paintFooter(QPainter &painter, const PageBands &bands, const PageGeometry &geometry,
                 int page, int pageCount)
{
    const qreal width = geometry.pagePx.width();
    const qreal footerTop = geometry.pagePx.height() - kFooterHeightPx;
    const QRectF bottom(0, footerTop + 8, width, kFooterHeightPx - 8);
    painter.setFont(bandFont());
    painter.drawLine(QPointF(0, footerTop + 4), QPointF(width, footerTop + 4));
    painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                     QString(bands.generated).arg(PagedReport::utcText(bands.generatedAtUtc)));
    painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
                     QString(bands.pageOf).arg(page).arg(pageCount));
}

// QTextDocument breaks pages between any two blocks, so a section heading can end up
// alone at the foot of a page with its table on the next. Such a heading starts a new
// page instead. Blocks are visited in order and each break only moves what follows, so
// one pass places every heading.
void keepHeadingsWithNext(QTextDocument &document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || block.blockNumber() == 0)
            continue;
        const QRectF box = layout->blockBoundingRect(block);
        const qreal top = std::fmod(box.top(), pageHeight);
        if (top > 0 && top + box.height() + kKeepWithHeadingPx > pageHeight) {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).mergeBlockFormat(format);
        }
    }
}

} // namespace

// HACK: a tiny letter spacing turns off the font's ligatures (Qt 6.4 has no API for
// font features), so "fi" and "ffi" stay separate letters and searching or copying the
// PDF's text finds "efficient". QFont::setFeature (Qt 6.6) would let us drop this.
QFont PagedReport::printFont(int pixelSize, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setLetterSpacing(QFont::AbsoluteSpacing, kNoLigatureSpacingPx);
    return font;
}

QString PagedReport::utcText(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QSizeF PagedReport::bodySize(const QPagedPaintDevice &device)
{
    return geometryOf(device).bodyPx.size();
}

// QTextDocument::print() cannot draw running headers, so the document is laid out at
// the body's size and each page is painted by hand: the bands first, then the slice of
// the document that falls on that page.
int PagedReport::paint(const ReportBody &body, const PageBands &bands,
                       QPagedPaintDevice &device)
{
    const PageGeometry geometry = geometryOf(device);
    QTextDocument document;
    for (const ReportImage &image : body.images)
        document.addResource(QTextDocument::ImageResource, QUrl(image.name), image.image);
    document.setDefaultStyleSheet(body.styleSheet);
    document.setDefaultFont(printFont(body.fontPx));
    document.setHtml(body.html);
    document.setPageSize(geometry.bodyPx.size());
    keepHeadingsWithNext(document, geometry.bodyPx.height());
    const int pageCount = document.pageCount();

    QPainter painter(&device);
    const qreal scale = device.logicalDpiX() / kCssDpi;
    painter.scale(scale, scale);
    const qreal bodyHeight = geometry.bodyPx.height();
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            device.newPage();
        paintHeader(painter, bands, geometry.pagePx.width());
        paintFooter(painter, bands, geometry, page + 1, pageCount);

        painter.save();
        painter.translate(geometry.bodyPx.left(), geometry.bodyPx.top() - page * bodyHeight);
        const QRectF slice(0, page * bodyHeight, geometry.bodyPx.width(), bodyHeight);
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return pageCount;
}

Result<int> PagedReport::writePdf(const QString &path, const QString &title,
                                  QPageLayout::Orientation orientation,
                                  const QString &cannotWrite,
                                  const std::function<int(QPagedPaintDevice &)> &paintPages)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::InvalidInput,
                         QString(cannotWrite).arg(path, file.errorString()));

    QPdfWriter writer(&file);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("EnMS Workbench"));
    writer.setPageLayout(pageLayout(orientation));
    return paintPages(writer);
}

QPageLayout PagedReport::pageLayout(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

} // namespace Enms
