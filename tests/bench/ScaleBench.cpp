// bgtm_bench_scale: a list reply of 1 000, 10 000 and 100 000 tokens (generated files: real servers page at 200)
// through the real path of the desktop app — ReplyMappers::tokenPage → TokenTableModel::setTokens →
// TokenProxyModel (sort, filter per keystroke) → a QTableView configured like MainWindow's — and prints tables.
// Not a test: nothing here judges time. Every step is synchronous on the UI thread and includes the
// processEvents() that lays out and paints the view afterwards, so each step's duration is an event-loop stall;
// the longest one per size is reported. Run offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb.
//
//   bgtm_bench_scale [--sizes 1000,10000,100000] [--reps N]
#include "BenchStats.h"
#include "TokenProxyModel.h"
#include "itemmodels/TokenTableModel.h"
#include "net/ReplyMappers.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace bgtm;

namespace {

double timeMs(const std::function<void()> &step)
{
    QElapsedTimer t;
    t.start();
    step();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// Heap bytes in use (glibc): RSS cannot show what the model holds because freed pages stay mapped.
qint64 heapInUse()
{
    const struct mallinfo2 m = mallinfo2();
    return static_cast<qint64>(m.uordblks) + static_cast<qint64>(m.hblkhd);
}

// A plausible list document: scopes, ip rules, limits in two coins, labels with a searchable number.
QByteArray generateList(int count)
{
    static const QStringList scopes {QStringLiteral("wallet_view_all"), QStringLiteral("wallet_spend_all"),
                                     QStringLiteral("user_manage"), QStringLiteral("wallet_create"),
                                     QStringLiteral("enterprise_view_all")};
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QJsonArray tokens;
    for (int i = 0; i < count; ++i) {
        QJsonObject t;
        t.insert(QStringLiteral("id"), QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0')));
        t.insert(QStringLiteral("label"),
                 QStringLiteral("bench-token-%1 %2").arg(i).arg(i % 7 ? QStringLiteral("ci") : QStringLiteral("ops")));
        t.insert(QStringLiteral("user"), QStringLiteral("5d0c1a2b3c4d5e6f7a8b9c0d"));
        t.insert(QStringLiteral("scope"), QJsonArray {scopes[i % 5], scopes[(i + 2) % 5]});
        t.insert(QStringLiteral("ipRestrict"), QJsonArray {QStringLiteral("10.0.%1.0/24").arg(i % 250)});
        const QDateTime created = base.addSecs(qint64(i) * 37);
        t.insert(QStringLiteral("created"), created.toString(Qt::ISODateWithMs));
        t.insert(QStringLiteral("expires"), created.addDays(30 + i % 400).toString(Qt::ISODateWithMs));
        t.insert(QStringLiteral("origin"), QStringLiteral("test.bitgo.com"));
        t.insert(QStringLiteral("isExtensible"), false);
        if (i % 3 == 0) {
            QJsonObject limits;
            limits.insert(QStringLiteral("tbtc"),
                          QJsonObject {{QStringLiteral("txCount"), i % 5},
                                       {QStringLiteral("txValue"), QStringLiteral("1000")},
                                       {QStringLiteral("txValueLimit"), QStringLiteral("100000000")}});
            limits.insert(QStringLiteral("teth"),
                          QJsonObject {{QStringLiteral("txCount"), 0},
                                       {QStringLiteral("txValue"), QStringLiteral("0")},
                                       {QStringLiteral("txValueLimit"), QStringLiteral("1000000000000000000")}});
            t.insert(QStringLiteral("unlock"), QJsonObject {{QStringLiteral("spendingLimits"), limits}});
        }
        tokens.append(t);
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("accessTokens"), tokens}}).toJson(QJsonDocument::Compact);
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
        if (!out.open(QIODevice::WriteOnly) || out.write(generateList(count)) < 0) {
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

    bench::Series parse, reset, firstShow, sort, keystroke, scroll;
    double longest = 0;
    qint64 heapPerToken = 0;
    for (int r = 0; r < reps; ++r) {
        model.setTokens({}, {});
        QCoreApplication::processEvents();
        const qint64 heapBefore = heapInUse();
        QList<AccessToken> tokens;
        double parseMs = timeMs([&] {
            Result<mappers::TokenPage> page = mappers::tokenPage(json);
            if (page)
                tokens = std::move(page.value().tokens);
        });
        if (tokens.size() != count) {
            std::fprintf(stderr, "parse returned %lld tokens, expected %d\n", static_cast<long long>(tokens.size()),
                         count);
            return false;
        }
        const double resetMs = timeMs([&] {
            model.setTokens(tokens, {});
            QCoreApplication::processEvents();
        });
        parse.add(parseMs);
        reset.add(resetMs);
        firstShow.add(parseMs + resetMs);
        tokens.clear();
        tokens.squeeze();
        heapPerToken = (heapInUse() - heapBefore) / count;
        longest = std::max({longest, parseMs, resetMs});

        for (const int column : {int(TokenTableModel::LabelColumn), int(TokenTableModel::ExpiresColumn),
                                 int(TokenTableModel::CreatedColumn)}) {
            const double ms = timeMs([&] {
                view.sortByColumn(column, r % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
                QCoreApplication::processEvents();
            });
            sort.add(ms);
            longest = std::max(longest, ms);
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
            longest = std::max(longest, ms);
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
            longest = std::max(longest, ms);
        }
    }

    std::printf("\n### %d tokens (%lld bytes of JSON, %d repetitions; ms: median (min–max))\n\n", count,
                static_cast<long long>(json.size()), reps);
    std::printf("| step | figure | target |\n|---|---|---|\n");
    row("parse (ReplyMappers::tokenPage)", parse.text() + " ms");
    row("model reset + view layout/paint (TokenTableModel::setTokens)", reset.text() + " ms");
    row("parsed and shown (parse + reset)", firstShow.text() + " ms", count == 100000 ? "< 1000 ms" : "");
    row("sort by a column (label, expires, created)", sort.text() + " ms");
    row("filter, per keystroke (type 10 keys, delete them)", keystroke.text() + " ms", "< 50 ms");
    row("scroll step + repaint", scroll.text() + " ms");
    row("heap per token (model + proxy, after the parsed list is freed)", QByteArray::number(heapPerToken) + " bytes");
    row("longest event-loop stall (longest single step above)", QByteArray::number(longest, 'f', 1) + " ms",
        "< 100 ms");
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
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
