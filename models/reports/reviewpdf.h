// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace Enms {

struct SiteReview;

// The printed management review of one site and window, for a manager or an auditor
// who reads it without the program: a summary, the EnPI and deviation table per SEU,
// the ranked opportunities, the action plans with their status and two bar charts.
// Every page carries the site, the window, the generation time and "Page n of m".
// Names typed by users are escaped, so markup and ampersands print as typed. Numbers
// use the default locale with thousands separators (English when the locale is "C").
// Needs a QGuiApplication (fonts).
class ReviewPdf final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPdf)

public:
    // The body as HTML (without the page header and footer); the charts are referred
    // to as images that paint() provides.
    static QString html(const SiteReview &review);

    // Lays the report out on the device's pages and paints every page; returns the
    // number of pages.
    static int paint(const SiteReview &review, QPagedPaintDevice &device);

    // An A4 landscape PDF (the SEU table is wide). A path that cannot be written is an
    // InvalidInput error naming it.
    static Engine::Result<int> writePdf(const SiteReview &review, const QString &path);

    // "2026-11-01 – 2026-11-30 (month, 30 days)": the window as the bands show it.
    static QString periodText(const SiteReview &review);
};

} // namespace Enms
