// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Include QCustomPlot through this header only.
//
// HACK: qcustomplot.h 2.1.0 iterates with Qt's foreach inside two inline templates,
// while our build defines QT_NO_FOREACH. A range-for stand-in covers the include and
// is removed right after it. Drop this header once QCustomPlot stops using foreach.
#include <QtGlobal>

#define foreach(variable, container) for (variable : container)
#include <qcustomplot.h>
#undef foreach
