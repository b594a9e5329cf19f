// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"

#include <QDateTime>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QString>

#include <functional>
#include <vector>

class QPagedPaintDevice;

namespace Enms {

// The running header and footer of every page. All texts are drawn as plain text (never
// as HTML), so user text needs no escaping here. `pageOf` is the caller's translation of
// "Page %1 of %2"; `generated` its translation of "Generated %1".
struct PageBands {
    QString title;          // first header line, bold
    QString where;          // second header line, left; elided when it would run into `when`
    QString when;           // second header line, right
    QString generated;      // footer, left: "Generated %1"
    QString pageOf;         // footer, right: "Page %1 of %2"
    QDateTime generatedAtUtc;
};

// An image the body's HTML shows with <img src="name">.
struct ReportImage {
    QString name;
    QImage image;
};

// The body of a printed report: HTML (user text already escaped), its style sheet and
// the images it refers to.
struct ReportBody {
    QString html;
    QString styleSheet;
    int fontPx = 12;
    std::vector<ReportImage> images;
};

// The page machinery shared by the printed reports (action plan, management review):
// lays an HTML body out in the page area left between a header and a footer band and
// paints each page with both bands, so every page names what it belongs to and its
// number. Sizes are CSS pixels (1/96 inch) whatever the device's resolution. Needs a
// QGuiApplication (fonts).
class PagedReport final
{
public:
    static constexpr qreal kCssDpi = 96.0;

    // DejaVu Sans at a pixel size, with ligatures off so that the PDF's text reads back
    // letter by letter ("efficient", not "eﬃcient").
    static QFont printFont(int pixelSize, bool bold = false);
    static QString utcText(const QDateTime &utc);      // "2026-12-03 18:40 UTC"

    // The size of the body area on one page of the device.
    static QSizeF bodySize(const QPagedPaintDevice &device);
    // A4 with 15 mm margins, the page of every report, on paper as in PDF.
    static QPageLayout pageLayout(QPageLayout::Orientation orientation);

    // Paints every page; returns the number of pages.
    static int paint(const ReportBody &body, const PageBands &bands,
                     QPagedPaintDevice &device);

    // Opens `path` for writing as an A4 PDF with 15 mm margins and lets `paintPages` fill
    // it. A path that cannot be written is an InvalidInput error whose message starts
    // with `cannotWrite` (the caller's translation of "Cannot write %1: %2").
    static Engine::Result<int> writePdf(
        const QString &path, const QString &title, QPageLayout::Orientation orientation,
        const QString &cannotWrite,
        const std::function<int(QPagedPaintDevice &)> &paintPages);
};

} // namespace Enms
