#pragma once

// Small helpers shared by the in-process benchmarks: a series of timings printed as median (min–max).
#include <QByteArray>
#include <QList>

#include <algorithm>
#include <ctime>

namespace bgtm::bench {

/// CPU time of the calling thread so far: on a loaded machine wall time also counts other processes' turns.
inline double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct Series {
    QList<double> values;
    void add(double v) { values.append(v); }
    [[nodiscard]] double median() const
    {
        QList<double> s = values;
        std::sort(s.begin(), s.end());
        const qsizetype n = s.size();
        return n == 0 ? 0 : (n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2);
    }
    [[nodiscard]] double min() const { return values.isEmpty() ? 0 : *std::min_element(values.begin(), values.end()); }
    [[nodiscard]] double max() const { return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end()); }
    [[nodiscard]] QByteArray text(int decimals = 2) const
    {
        return QByteArray::number(median(), 'f', decimals) + " (" + QByteArray::number(min(), 'f', decimals) + "–"
            + QByteArray::number(max(), 'f', decimals) + ")";
    }
};

} // namespace bgtm::bench
