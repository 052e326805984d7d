// bgtm_bench_parse: a list reply of 1 000, 10 000 and 100 000 tokens parsed by mappers::tokenPage (the streaming
// TokenListReader) and by the QJsonDocument mapping it replaced (tests/client/TokenPageOracle), back to back in the
// same process, alternating old and new per repetition (this machine's speed drifts between minutes). Prints a
// table: wall and thread-CPU milliseconds, MB/s, and the ratio old / new. Not a test: nothing here judges time; it
// does check that both give the same page.
//
//   bgtm_bench_parse [--sizes 1000,10000,100000] [--reps N]
#include "BenchStats.h"
#include "GeneratedTokenList.h"
#include "TokenPageOracle.h"
#include "net/ReplyMappers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cstdio>
#include <functional>

using namespace bgtm;

namespace {

struct Timing {
    double wallMs = 0;
    double cpuMs = 0;
};

Timing measure(const std::function<void()> &step)
{
    QElapsedTimer timer;
    const double cpuBefore = bench::threadCpuMs();
    timer.start();
    step();
    return {static_cast<double>(timer.nsecsElapsed()) / 1e6, bench::threadCpuMs() - cpuBefore};
}

QByteArray megabytesPerSecond(qsizetype bytes, double ms)
{
    return QByteArray::number(static_cast<double>(bytes) / 1e6 / (ms / 1e3), 'f', 0);
}

bool benchSize(int count, int reps)
{
    const QByteArray json = bench::generateTokenList(count);
    const QString difference = test::tokenPageDifference(test::tokenPageOracle(json), mappers::tokenPage(json));
    if (!difference.isEmpty()) {
        std::fprintf(stderr, "%d tokens: the two parsers disagree: %s\n", count, qPrintable(difference));
        return false;
    }
    bench::Series oldWall, oldCpu, newWall, newCpu, jsonCpu;
    for (int r = 0; r < reps; ++r) {
        // Alternating which one goes first evens out warm caches and the allocator's state.
        // The parsed page is freed after the clock stops: the model keeps it in the app, and freeing 100 000 tokens
        // is not parsing.
        Result<mappers::TokenPage> kept = mappers::TokenPage();
        const auto runOld = [&] {
            const Timing t = measure([&] { kept = test::tokenPageOracle(json); });
            oldWall.add(t.wallMs);
            oldCpu.add(t.cpuMs);
            kept = mappers::TokenPage();
        };
        const auto runNew = [&] {
            const Timing t = measure([&] { kept = mappers::tokenPage(json); });
            newWall.add(t.wallMs);
            newCpu.add(t.cpuMs);
            kept = mappers::TokenPage();
        };
        if (r % 2) {
            runNew();
            runOld();
        } else {
            runOld();
            runNew();
        }
        QJsonDocument document;
        jsonCpu.add(measure([&] { document = QJsonDocument::fromJson(json); }).cpuMs);
        document = QJsonDocument();
    }
    std::printf("| %d | %.1f | old: QJsonDocument + mapping | %s | %s | %s | 1.00× |\n", count,
                static_cast<double>(json.size()) / 1e6, oldWall.text().constData(), oldCpu.text().constData(),
                megabytesPerSecond(json.size(), oldCpu.median()).constData());
    std::printf("| | | (of which QJsonDocument::fromJson alone) | | %s | %s | |\n", jsonCpu.text().constData(),
                megabytesPerSecond(json.size(), jsonCpu.median()).constData());
    std::printf("| | | new: TokenListReader (tokenPage) | %s | %s | %s | %.2f× |\n", newWall.text().constData(),
                newCpu.text().constData(), megabytesPerSecond(json.size(), newCpu.median()).constData(),
                oldCpu.median() / newCpu.median());
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes {1000, 10000, 100000};
    int reps = 0; // 0: 9 repetitions up to 10 000 tokens, 5 at 100 000
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args[i + 1].split(QLatin1Char(',')))
                sizes.append(s.toInt());
        } else if (args[i] == QLatin1String("--reps")) {
            reps = args[i + 1].toInt();
        }
    }
    std::printf("### Token-list parse: old (QJsonDocument + mapping) vs new (streaming TokenListReader)\n\n"
                "ms: median (min–max); MB/s and ratio from the CPU medians; ratio = old CPU / new CPU\n\n"
                "| tokens | MB | parser | wall ms | thread CPU ms | MB/s | ratio |\n|---|---|---|---|---|---|---|\n");
    for (const int count : sizes) {
        if (count <= 0 || !benchSize(count, reps > 0 ? reps : (count >= 100000 ? 5 : 9)))
            return 1;
    }
    return 0;
}
