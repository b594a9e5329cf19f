// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/demo/demorandom.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Enms::Engine {

namespace {
constexpr quint64 kGoldenGamma = 0x9E3779B97F4A7C15ull;
constexpr double kTwoToMinus53 = 1.0 / 9007199254740992.0;
} // namespace

quint64 mixBits(quint64 value)
{
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ull;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBull;
    return value ^ (value >> 31);
}

quint64 streamKey(QStringView name)
{
    quint64 hash = 0xCBF29CE484222325ull;
    for (const QChar c : name) {
        hash ^= c.unicode();
        hash *= 0x100000001B3ull;
    }
    return hash;
}

DemoRandom::DemoRandom(quint64 seed, quint64 stream, qint64 counter)
    : m_state(mixBits(seed + kGoldenGamma * mixBits(stream ^ mixBits(quint64(counter)))))
{
}

quint64 DemoRandom::nextBits()
{
    m_state += kGoldenGamma;
    return mixBits(m_state);
}

double DemoRandom::uniform()
{
    // The top 53 bits give every double of the form k / 2^53; adding one skips 0.
    return double((nextBits() >> 11) + 1) * kTwoToMinus53;
}

double DemoRandom::normal(double limit)
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return std::clamp(m_spare, -limit, limit);
    }

    // Box-Muller: two uniforms give two independent standard normals.
    const double radius = std::sqrt(-2.0 * std::log(uniform()));
    const double angle = 2.0 * std::numbers::pi * uniform();
    m_spare = radius * std::sin(angle);
    m_hasSpare = true;
    return std::clamp(radius * std::cos(angle), -limit, limit);
}

} // namespace Enms::Engine
