// bgtm_bench_scale: a list reply of 1 000, 10 000 and 100 000 tokens (generated files: real servers page at 200)
// through the real path of the desktop app — ReplyMappers::tokenPage on a worker thread (as BitGoClient does) →
// TokenTableModel::buildRows on a worker → adoptRows on the UI thread (what TokenTableModel::loadTokens does) →
// TokenProxyModel (filter per keystroke; sorting is the model's) → a QTableView configured like MainWindow's — and
// prints tables. Not a test: nothing here judges time. A QTimer ticks every 5 ms on the UI thread for the whole run
// of a size; the longest gap between two ticks is the real event-loop stall (for the load, and for everything).
// Sort, keystroke and scroll steps are synchronous on the UI thread and include the processEvents() that lays out
// and paints the view, so each one's duration is a stall too. Run offscreen (QT_QPA_PLATFORM=offscreen) or under
// Xvfb.
//
//   bgtm_bench_scale [--sizes 1000,10000,100000] [--reps N]
#include "BenchStats.h"
#include "GeneratedTokenList.h"
#include "TokenProxyModel.h"
#include "app/WorkerThreads.h"
#include "itemmodels/TokenTableModel.h"
#include "net/ReplyMappers.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

using namespace bgtm;

namespace {

// The UI thread's CPU time of the last timeMs() step: on a loaded machine wall time also counts the time other
// processes had the CPU, so both are reported for the steps that dominate.
double g_lastCpuMs = 0;

double timeMs(const std::function<void()> &step)
{
    QElapsedTimer t;
    const double cpuBefore = bench::threadCpuMs();
    t.start();
    step();
    const auto wall = static_cast<double>(t.nsecsElapsed()) / 1e6;
    g_lastCpuMs = bench::threadCpuMs() - cpuBefore;
    return wall;
}

// Heap bytes in use (glibc): RSS cannot show what the model holds because freed pages stay mapped.
qint64 heapInUse()
{
    const struct mallinfo2 m = mallinfo2();
    return static_cast<qint64>(m.uordblks) + static_cast<qint64>(m.hblkhd);
}

// The longest gap between two ticks of a 5 ms timer on the UI thread: how long the event loop could not run.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(std::chrono::milliseconds(5));
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const auto now = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    /// Stops and returns the longest gap, counting the one still open.
    double stop()
    {
        m_timer.stop();
        return std::max(m_longest, static_cast<double>(m_clock.nsecsElapsed()) / 1e6 - m_last);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_longest = 0;
};

// Runs `work` on a worker thread (the app's runOnWorkerThread) while this thread's event loop keeps running;
// returns the worker's CPU time.
double onWorker(const std::function<void()> &work)
{
    QEventLoop loop;
    double cpu = 0;
    runOnWorkerThread([&] {
        const double before = bench::threadCpuMs();
        work();
        cpu = bench::threadCpuMs() - before;
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    return cpu;
}

void row(const char *what, const QByteArray &figure, const char *target = "")
{
    std::printf("| %s | %s | %s |\n", what, figure.constData(), target);
}

bool benchSize(int count, int reps, const QString &dir)
{
    const QString path = dir + QStringLiteral("/list-%1.json").arg(count);
    {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bench::generateTokenList(count)) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return false;
        }
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray json = in.readAll();

    TokenTableModel model;
    model.setNow(QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC));
    TokenProxyModel proxy;
    proxy.setSourceModel(&model);
    QTableView view; // as MainWindow.ui configures tokenTableView
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setWordWrap(false);
    view.setSortingEnabled(true);
    view.setModel(&proxy);
    view.resize(1100, 700);
    view.show();
    QCoreApplication::processEvents();

    bench::Series parse, build, adopt, firstShow, sort, keystroke, scroll, parseCpu, jsonCpu, buildCpu, adoptCpu,
        sortCpu, keystrokeCpu, loadStall, stall;
    double longestStep = 0;
    qint64 heapPerToken = 0;
    StallMeter meter;
    for (int r = 0; r < reps; ++r) {
        model.setTokens({}, {});
        QCoreApplication::processEvents();
        const qint64 heapBefore = heapInUse();
        // Qt's JSON reader alone on the same reply: what the list parse cost before the streaming reader.
        (void)timeMs([&] { (void)QJsonDocument::fromJson(json); });
        jsonCpu.add(g_lastCpuMs);

        // The app's path for a list reply: parsed on a worker, rows built on a worker, adopted here.
        meter.start();
        QElapsedTimer shown;
        shown.start();
        QList<AccessToken> tokens;
        QElapsedTimer stepClock;
        stepClock.start();
        parseCpu.add(onWorker([&] {
            Result<mappers::TokenPage> page = mappers::tokenPage(json);
            if (page)
                tokens = std::move(page.value().tokens);
        }));
        parse.add(static_cast<double>(stepClock.nsecsElapsed()) / 1e6);
        if (tokens.size() != count) {
            std::fprintf(stderr, "parse returned %lld tokens, expected %d\n", static_cast<long long>(tokens.size()),
                         count);
            return false;
        }
        TokenTableModel::Rows rows;
        stepClock.start();
        buildCpu.add(
            onWorker([&, context = model.buildContext()] { rows = TokenTableModel::buildRows(context, tokens, {}); }));
        build.add(static_cast<double>(stepClock.nsecsElapsed()) / 1e6);
        const double adoptMs = timeMs([&] {
            model.adoptRows(std::move(rows));
            QCoreApplication::processEvents();
        });
        adopt.add(adoptMs);
        adoptCpu.add(g_lastCpuMs);
        firstShow.add(static_cast<double>(shown.nsecsElapsed()) / 1e6);
        loadStall.add(meter.stop());
        tokens.clear();
        tokens.squeeze();
        heapPerToken = (heapInUse() - heapBefore) / count;

        meter.start();
        for (const int column : {int(TokenTableModel::LabelColumn), int(TokenTableModel::ExpiresColumn),
                                 int(TokenTableModel::CreatedColumn)}) {
            const double ms = timeMs([&] {
                view.sortByColumn(column, r % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
                QCoreApplication::processEvents();
            });
            sort.add(ms);
            sortCpu.add(g_lastCpuMs);
            longestStep = std::max(longestStep, ms);
        }

        // Typing "bench-token-4711" one key at a time, then deleting it again: each keystroke re-filters.
        const QString typed = QStringLiteral("token-%1").arg(count / 3 + 11);
        QStringList states;
        for (qsizetype i = 1; i <= typed.size(); ++i)
            states.append(typed.left(i));
        for (qsizetype i = typed.size() - 1; i >= 0; --i)
            states.append(typed.left(i));
        for (const QString &text : states) {
            const double ms = timeMs([&] {
                proxy.setSearchText(text);
                QCoreApplication::processEvents();
            });
            keystroke.add(ms);
            keystrokeCpu.add(g_lastCpuMs);
            longestStep = std::max(longestStep, ms);
        }
        if (proxy.rowCount() != count) {
            std::fprintf(stderr, "filter cleared but %d of %d rows shown\n", proxy.rowCount(), count);
            return false;
        }

        QScrollBar *bar = view.verticalScrollBar();
        for (int step = 0; step <= 40; ++step) {
            const double ms = timeMs([&] {
                bar->setValue(bar->maximum() * (step % 2 ? step : 40 - step) / 40);
                view.viewport()->repaint();
                QCoreApplication::processEvents();
            });
            scroll.add(ms);
            longestStep = std::max(longestStep, ms);
        }
        stall.add(std::max(meter.stop(), loadStall.values.constLast()));
    }

    std::printf("\n### %d tokens (%lld bytes of JSON, %d repetitions; ms: median (min–max))\n\n", count,
                static_cast<long long>(json.size()), reps);
    std::printf("| step | figure | target |\n|---|---|---|\n");
    row("parse (ReplyMappers::tokenPage, worker thread)", parse.text() + " ms");
    row("build rows (TokenTableModel::buildRows, worker thread)", build.text() + " ms");
    row("adopt rows + view layout/paint (TokenTableModel::adoptRows, UI thread)", adopt.text() + " ms");
    row("parsed and shown (reply in hand → table painted)", firstShow.text() + " ms",
        count == 100000 ? "< 1000 ms" : "");
    row("sort by a column (label, expires, created)", sort.text() + " ms");
    row("filter, per keystroke (type 10 keys, delete them)", keystroke.text() + " ms", "< 50 ms");
    row("scroll step + repaint", scroll.text() + " ms");
    row("CPU: parse (QJsonDocument::fromJson alone, for comparison) / build (worker) / adopt / sort / keystroke (UI; "
        "medians)",
        QByteArray::number(parseCpu.median(), 'f', 2) + " (" + QByteArray::number(jsonCpu.median(), 'f', 2) + ") / "
            + QByteArray::number(buildCpu.median(), 'f', 2) + " / " + QByteArray::number(adoptCpu.median(), 'f', 2)
            + " / " + QByteArray::number(sortCpu.median(), 'f', 2) + " / "
            + QByteArray::number(keystrokeCpu.median(), 'f', 2) + " ms");
    row("CPU of one sort / one keystroke (UI thread)", sortCpu.text() + " / " + keystrokeCpu.text() + " ms");
    row("heap per token (model + proxy, after the parsed list is freed)", QByteArray::number(heapPerToken) + " bytes");
    row("longest event-loop stall while loading (5 ms ticker)", loadStall.text(1) + " ms", "< 100 ms");
    row("longest event-loop stall, whole run (5 ms ticker)", stall.text(1) + " ms", "< 100 ms");
    row("longest single synchronous step (sort, keystroke, scroll)", QByteArray::number(longestStep, 'f', 1) + " ms",
        "< 100 ms");
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    useOneHeapForAllThreads(); // as the desktop app does
    QApplication app(argc, argv);
    QList<int> sizes {1000, 10000, 100000};
    int reps = 5;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args[i + 1].split(QLatin1Char(',')))
                sizes.append(s.toInt());
        } else if (args[i] == QLatin1String("--reps")) {
            reps = std::max(1, args[i + 1].toInt());
        }
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    std::printf("\n## Scale: list replies through parse → model → proxy → view (platform %s)\n",
                qPrintable(QGuiApplication::platformName()));
    for (const int n : sizes)
        if (n <= 0 || !benchSize(n, n >= 100000 ? std::max(1, reps / 2) : reps, dir.path()))
            return 1;
    return 0;
}
