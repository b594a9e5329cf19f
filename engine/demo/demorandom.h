// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QtGlobal>

namespace Enms::Engine {

// A small counter-based random source for the demo plant. Every draw is a pure
// function of (seed, stream, counter): a stream names what is drawn (one SEU's
// interval noise, one site's weather) and the counter is usually a day number, so the
// value for a given day never depends on where the generated span starts or on the
// order in which series are built.
//
// The standard library's distributions are implementation-defined, so the mixing
// (SplitMix64) and the normal variates (Box-Muller) are written out here: the same
// seed gives bit-identical numbers with any standard library.
class DemoRandom final
{
public:
    DemoRandom(quint64 seed, quint64 stream, qint64 counter);

    quint64 nextBits();

    // Uniform in (0, 1]; never 0, so its logarithm is finite.
    double uniform();

    // Standard normal variate, cut at +-limit standard deviations so that a rare
    // tail value cannot push a planted figure across a detector's threshold.
    double normal(double limit = 3.0);

private:
    quint64 m_state;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

// One step of the SplitMix64 finaliser: a bijective scramble of 64 bits.
quint64 mixBits(quint64 value);

// A stable 64-bit key for a stream name (FNV-1a over its UTF-16 code units).
quint64 streamKey(QStringView name);

} // namespace Enms::Engine
