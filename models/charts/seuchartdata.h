// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/core/result.h"
#include "models/baseline/baselinerepository.h"
#include "models/energyseries.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Enms {

class Database;

// The accepted baseline's expected energy next to the actual series. Dates follow
// EnergySeries::dayDates; a day the baseline cannot predict (a driver missing, no
// accepted daily baseline at all) holds NaN.
//
// The baseline predicts whole local days only, so the interval overlay spreads each
// day's expectation evenly over the day: a flat step at (expected kWh of the day) ×
// (interval length / day length). Charts must call it the expected daily energy, not
// an expected load profile.
struct ExpectedOverlay {
    QString baselineId;              // empty: the SEU has no accepted daily baseline
    QString modelForm;               // "ols", "3ph", ...
    QVector<double> dayKWh;          // per EnergySeries::dayDates, NaN = none

    // Step line points in kWh per interval: two points per predicted day (its local
    // midnight and the next), a NaN point before each run of days after a gap.
    QVector<double> stepKeys;
    QVector<double> stepKWhPerInterval;

    bool isEmpty() const { return baselineId.isEmpty(); }
};

// Cumulative sum of (actual − expected) daily energy over the complete days that have
// both. Positive and rising = more energy used than the baseline expects.
struct CusumSeries {
    QVector<QDate> dates;
    QVector<double> dayCentreKeys;   // UTC seconds of each local day's middle
    QVector<double> differenceKWh;   // actual − expected of the day
    QVector<double> cusumKWh;        // running sum up to and including the day

    bool isEmpty() const { return dates.isEmpty(); }
};

// One local day of the carpet plot. Rows are the day's elapsed hours, so a 23-hour
// day has 23 rows and a 25-hour day 25; wallClockHour says which hour of the site's
// clock each row is (on the spring day 02 never appears, on the autumn day 02 twice).
// Nothing is shifted: the hour after a transition keeps its own wall-clock hour.
struct CarpetDay {
    QDate date;
    QVector<int> wallClockHour;
    QVector<double> meanKW;          // kWh of the hour / hours covered; NaN = no reading
};

// Hour of day × local date, mean power per hour.
struct CarpetGrid {
    QVector<CarpetDay> days;         // every date of the series, first to last
    double maxKW = 0.0;

    // The value a 24-row picture shows for wall-clock hour 0–23: the hour's mean
    // power, the mean of both hours on the repeated autumn hour, NaN for the hour the
    // spring change skips or an hour without readings.
    double cellKW(int dayIndex, int hour) const;
};

// Interval power sorted from highest to lowest against the share of time it is
// reached or exceeded.
struct LoadDurationCurve {
    QVector<double> percentOfTime;   // 100 × (rank + 1) / n, rank 0 = highest power
    QVector<double> powerKW;         // descending

    bool isEmpty() const { return powerKW.isEmpty(); }
};

// Daily energy against one relevant variable, with the model line of that view.
// For a one-driver baseline the line is the model itself; for a model with more
// drivers it is the partial line with the other drivers held at their means over the
// points; for a change-point model the curve over temperature; without an accepted
// baseline, the least-squares line of energy on this driver alone.
struct DriverScatter {
    enum class Line { None, Model, PartialModel, LeastSquares };

    QString driver;                  // code: production, hdd, cdd, temperature, ...
    QVector<QDate> dates;
    QVector<double> driverValues;
    QVector<double> energyKWh;       // per local day scaled to 24 h, as baselines fit
    Line line = Line::None;
    QVector<double> lineX;
    QVector<double> lineY;
};

// Everything the SEU charts show for one SEU, computed in one go off the GUI thread.
struct SeuChartData {
    EnergySeries series;
    ExpectedOverlay expected;
    CusumSeries cusum;
    CarpetGrid carpet;
    LoadDurationCurve loadDuration;
    std::vector<DriverScatter> scatters;   // the baseline's drivers first
    std::vector<Baseline> baselines;       // every baseline of the SEU, newest first
    QStringList notes;                     // why a part is empty, plain English

    // The accepted baseline among `baselines`, nullptr when there is none.
    const Baseline *acceptedBaseline() const;
};

// Reads the SEU's series and baselines and derives every chart's data.
// An SEU without readings gives empty charts, not an error.
Engine::Result<SeuChartData> loadSeuChartData(Database &database, const QString &seuNameOrId);

// The parts that need no database, exposed for tests.
CarpetGrid buildCarpet(const EnergySeries &series);
LoadDurationCurve buildLoadDuration(const EnergySeries &series);
CusumSeries buildCusum(const EnergySeries &series, const QVector<double> &expectedDayKWh);

} // namespace Enms
