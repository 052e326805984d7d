// bgtm_bench_keychain: store and read 100 tokens against the real gnome-keyring through KeychainSecretStore (the
// app's own keychain layer, QtKeychain → libsecret). Must run inside scripts/with-test-session.sh; items go under a
// bench-only service and are removed afterwards. Prints a table; a failed keychain call fails the run (exit 1).
// The secrets are random bytes generated here and compared, never printed.
#include "BenchStats.h"
#include "vault/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <utility>

using namespace bgtm;
using namespace std::chrono_literals;

namespace {

constexpr auto kTimeout = 10000ms;

// Runs one asynchronous store call to completion; the store's own timeout bounds the wait.
template <typename T, typename Start>
std::optional<Result<T>> await(Start start)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    start([&](Result<T> r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = 100;
    KeychainSecretStore store(QStringLiteral("bitgo-token-manager-bench"));
    QList<QByteArray> secrets;
    for (int i = 0; i < count; ++i) {
        QByteArray s(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(s.begin(), s.end());
        secrets.append("v2x" + s.toHex());
    }
    const auto key = [](int i) { return QStringLiteral("bench-%1").arg(i); };

    bench::Series writes, reads, removes;
    QElapsedTimer total;
    double writeTotal = 0, readTotal = 0;
    for (int phase = 0; phase < 3; ++phase) {
        total.start();
        for (int i = 0; i < count; ++i) {
            QElapsedTimer t;
            t.start();
            bool ok = false;
            if (phase == 0) {
                auto r = await<Done>([&](Callback<Done> done) {
                    store.write(key(i), SecretBytes(secrets[i]), kTimeout, &app, std::move(done));
                });
                ok = r && r->ok();
            } else if (phase == 1) {
                auto r = await<SecretBytes>(
                    [&](Callback<SecretBytes> done) { store.read(key(i), kTimeout, &app, std::move(done)); });
                ok = r && r->ok() && r->value() == SecretBytes(secrets[i]);
            } else {
                auto r =
                    await<Done>([&](Callback<Done> done) { store.remove(key(i), kTimeout, &app, std::move(done)); });
                ok = r && r->ok();
            }
            if (!ok) {
                std::fprintf(stderr, "keychain %s of item %d failed (is this inside scripts/with-test-session.sh?)\n",
                             phase == 0       ? "write"
                                 : phase == 1 ? "read/compare"
                                              : "remove",
                             i);
                return 1;
            }
            (phase == 0 ? writes : phase == 1 ? reads : removes).add(static_cast<double>(t.nsecsElapsed()) / 1e6);
        }
        if (phase == 0)
            writeTotal = static_cast<double>(total.nsecsElapsed()) / 1e6;
        else if (phase == 1)
            readTotal = static_cast<double>(total.nsecsElapsed()) / 1e6;
    }
    std::printf("\n## Keychain: %d tokens through KeychainSecretStore → gnome-keyring (one at a time)\n\n", count);
    std::printf("| operation | per item, ms: median (min–max) | all %d, ms |\n|---|---|---|\n", count);
    std::printf("| store | %s | %.0f |\n", writes.text().constData(), writeTotal);
    std::printf("| read (and compare) | %s | %.0f |\n", reads.text().constData(), readTotal);
    std::printf("| remove (clean-up) | %s | |\n", removes.text().constData());
    return 0;
}
